//! The tornado: each uncertain value moved alone to the ends of its range, its effect on the
//! total, largest first (the top eight), and a sentence naming the biggest driver.

use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::{chart_downloads, display_value};
use crate::format::Locale;
use crate::i18n::uncertainty as t;
use crate::model::uncertainty::{value_at, Ranges, Swing};
use crate::model::Params;

#[derive(PartialEq)]
pub struct TornadoChartProps {
    pub params: Params,
    pub ranges: Ranges,
    pub total: f64,
}

/// Bars shown at most.
const TOP: usize = 8;

/// A plain function, not a component (a component costs about a kilobyte of glue in the
/// wasm): the swings are the page's, memoised there and computed only while this panel is
/// shown (`uncertainty::tornado`).
pub fn tornado_chart(locale: Locale, props: &TornadoChartProps, all_swings: &[Swing]) -> Html {
    let swings: Vec<&Swing> = all_swings.iter().take(TOP).collect();
    let Some(first) = swings.first() else {
        return html! {
            <section class="panel tornado" aria-labelledby="tornado-title">
                <h2 id="tornado-title">{locale.node(t::TORNADO_TITLE)}</h2>
                <p class="muted">{locale.node(t::TORNADO_NONE)}</p>
            </section>
        };
    };
    let low = swings
        .iter()
        .map(|s| s.at_low.min(s.at_high))
        .fold(props.total, f64::min);
    let high = swings
        .iter()
        .map(|s| s.at_low.max(s.at_high))
        .fold(props.total, f64::max);
    let span = (high - low).max(1e-9);
    let x = |value: f64| crate::model::units::clamp((value - low) / span * 1000.0, 0.0, 1000.0);
    let centre = x(props.total);
    let label = |swing: &Swing| swing.key.meta().label.get(locale.lang);
    let ends = |swing: &Swing| -> (String, String) {
        let range = props
            .ranges
            .get(swing.key)
            .map_or((1.0, 1.0), |range| (range.low, range.high));
        let show = |multiple: f64| {
            value_at(&props.params, swing.key, multiple)
                .map(|value| display_value(&locale, swing.key, value))
                .unwrap_or_default()
        };
        (show(range.0), show(range.1))
    };
    // Inside an English sentence a label reads in lower case ("cost per person"), acronyms kept.
    let driver = in_sentence(label(first));
    let sentence = locale.fill(
        t::TORNADO_SENTENCE,
        &[
            &driver,
            &locale.money(first.at_low.min(first.at_high)),
            &locale.money(first.at_low.max(first.at_high)),
        ],
    );
    let separator = locale.t(crate::i18n::page::LIST_SEPARATOR);
    let description = swings
        .iter()
        .map(|s| {
            locale.fill(
                t::TORNADO_ITEM,
                &[
                    label(s),
                    &locale.money(s.at_low.min(s.at_high)),
                    &locale.money(s.at_low.max(s.at_high)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(separator);
    html! {
        <section class="panel tornado" aria-labelledby="tornado-title">
            <h2 id="tornado-title">{locale.node(t::TORNADO_TITLE)}</h2>
            <p class="lead-sentence" data-out-text="tornado_sentence">{crate::format::text_node(sentence)}</p>
            <div id="tornado-chart" class="tornado-rows" role="img" aria-label={locale.fill(t::TORNADO_ALT, &[&description])}>
                { for swings.iter().map(|swing| {
                    let (from, to) = (x(swing.at_low), x(swing.at_high));
                    let (left, right) = (from.min(to), from.max(to));
                    // The parameter's values in the order of the totals they give, so that
                    // each value stands on the side of the total it produces.
                    let (low_value, high_value) = ends(swing);
                    let (low_value, high_value) = if swing.at_low <= swing.at_high {
                        (low_value, high_value)
                    } else {
                        (high_value, low_value)
                    };
                    // The part of the bar below the total and the part above, so that the
                    // direction of each end reads without colour (labels say which end).
                    html! {
                        <div class="tornado-row" data-tornado-key={swing.key.code()} aria-hidden="true">
                            <span class="tornado-label">{label(swing)}</span>
                            <svg class="tornado-bar" viewBox="0 0 1000 20" preserveAspectRatio="none">
                                <rect class="tornado-low" x={fixed(left, 1)} y="2"
                                    width={fixed((centre - left).max(0.0), 1)} height="16" />
                                <rect class="tornado-high" x={fixed(centre, 1)} y="2"
                                    width={fixed((right - centre).max(0.0), 1)} height="16" />
                                <rect class="tornado-centre" x={fixed(centre - 1.0, 1)} y="0" width="2" height="20" />
                            </svg>
                            <span class="tornado-ends">
                                <span class="tornado-end">{locale.money_node(swing.at_low.min(swing.at_high))}</span>
                                <span class="tornado-values">{crate::format::string_node(format!("{low_value} – {high_value}"))}</span>
                                <span class="tornado-end">{locale.money_node(swing.at_low.max(swing.at_high))}</span>
                            </span>
                        </div>
                    }
                }) }
            </div>
            {chart_downloads(&locale, "tornado-chart", t::TORNADO_TITLE, None)}
        </section>
    }
}

/// "Cost per person" → "cost per person"; "PUE" and Chinese labels stay as they are.
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_ascii_lowercase() => {
            first.to_ascii_lowercase().to_string() + &label[first.len_utf8()..]
        }
        _ => label.to_string(),
    }
}
