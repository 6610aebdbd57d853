//! The affordability ladder: reference budgets as bars on a log scale with the capital
//! required drawn across them, and the same comparisons as sentences in a list.
//!
//! The SVG is laid out in percentages of its width and pixels of its height, so that its
//! text keeps its size at any width (320 px to a wide desktop) without measuring the page.

use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::barrier_panel::{fill_nodes, pct, source_short, svg_text};
use crate::components::chart_downloads;
use crate::components::output::output;
use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::i18n::barrier::{self as t, list, ratio_phrase};
use crate::log_scale::LogScale;
use crate::model::barrier::BarrierOut;
use crate::model::barrier::{ladder, verdict, BudgetRole, Rung};
use crate::model::units::Usd;

#[derive(PartialEq)]
pub struct AffordabilityLadderProps {
    /// Capital required, US dollars.
    pub capital: f64,
    /// The schema version whose budgets are drawn.
    pub version: u32,
    /// Whether the reader has opened the list or the sources yet (`hooks::use_opened`): their
    /// bodies are drawn from then on, not in the page's first render (about 180 elements).
    pub details_opened: bool,
    pub on_open: Callback<Event>,
}

const HEADER: f64 = 26.0;
const ROW: f64 = 34.0;
const AXIS: f64 = 24.0;

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn affordability_ladder(locale: &Locale, props: &AffordabilityLadderProps) -> Html {
    let capital = Usd(props.capital);
    let edition = crate::model::edition::get(props.version).unwrap_or(&crate::model::edition::V1);
    let mut rungs = ladder(edition, capital);
    // Largest budget at the top: the reader sees first who can pay.
    rungs.reverse();
    let verdict = verdict(edition, capital);
    let scale = LogScale::covering(
        rungs
            .iter()
            .map(|rung| rung.budget.amount.get())
            .chain([capital.get()]),
        (6, 12),
    );
    let height = HEADER + ROW * rungs.len() as f64 + AXIS;
    let plot_bottom = height - AXIS;
    let capital_x = scale.fraction(capital.get());
    let capital_label = locale.fill(t::CAPITAL_LINE, &[&locale.money(capital.get())]);
    let capital_anchor = if capital_x < 0.35 {
        "start"
    } else if capital_x > 0.65 {
        "end"
    } else {
        "middle"
    };
    let lang = locale.lang;
    let names = |could: bool| {
        let names: Vec<String> = rungs
            .iter()
            .filter(|rung| rung.could_fund == could)
            .map(|rung| {
                format!(
                    "{} {}",
                    rung.budget.label.get(lang),
                    locale.money(rung.budget.amount.get())
                )
            })
            .collect();
        if names.is_empty() {
            locale.t(t::NOBODY).to_string()
        } else {
            list(lang, &names.iter().map(String::as_str).collect::<Vec<_>>())
        }
    };
    let description = locale.fill(
        t::LADDER_ALT,
        &[
            &locale.plain(rungs.len() as f64),
            &locale.money(capital.get()),
            &names(true),
            &names(false),
        ],
    );
    let ticks = scale.ticks(7);
    let tick_count = ticks.len();
    let grid = ticks.into_iter().enumerate().map(|(i, value)| {
        let x = pct(scale.fraction(value));
        let anchor = if i == 0 {
            "start"
        } else if i + 1 == tick_count {
            "end"
        } else {
            "middle"
        };
        html! {
            <g class="grid">
                <line x1={x.clone()} x2={x.clone()} y1={fixed(HEADER, 1)} y2={fixed(plot_bottom, 1)} />
                {svg_text("", (x, fixed(height - 6.0, 1)), ("0", "0"), anchor, locale.money(value))}
            </g>
        }
    });
    // "rung", then whether it could fund the project and whether it is shown for scale only.
    let row_class = |rung: &Rung| match (rung.could_fund, rung.budget.role == BudgetRole::ForScale)
    {
        (true, true) => "rung rung-funds rung-scale",
        (true, false) => "rung rung-funds",
        (false, true) => "rung rung-scale",
        (false, false) => "rung",
    };
    // Bars first, then the capital line, then the labels (with a halo) over both.
    let bars = rungs.iter().enumerate().map(|(i, rung)| {
        let top = HEADER + ROW * i as f64;
        let width = pct(scale.fraction(rung.budget.amount.get()).max(0.004));
        html! {
            <rect class={format!("{} rung-bar", row_class(rung))} x="0" y={fixed(top + 18.0, 1)}
                width={width} height="11" rx="2" />
        }
    });
    let labels = rungs.iter().enumerate().map(|(i, rung)| {
        let y = fixed(HEADER + ROW * i as f64 + 13.0, 1);
        let budget = rung.budget;
        html! {
            <g class={row_class(rung)}>
                <text class="rung-label" x="0" y={y.clone()}>
                    if rung.could_fund {
                        <tspan class="rung-mark">{"✓ "}</tspan>
                    }
                    {budget.label.get(lang)}
                </text>
                {svg_text("rung-amount", ("100%".into(), y), ("0", "0"), "end", locale.money(budget.amount.get()))}
            </g>
        }
    });
    let able = verdict.able as f64;
    let mut sources: Vec<_> = Vec::new();
    for rung in &rungs {
        if !sources.contains(&rung.budget.source) {
            sources.push(rung.budget.source);
        }
    }
    let source_names = sources
        .iter()
        .map(|source| source.publisher)
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <section class="barrier-card ladder" aria-labelledby="ladder-title">
            <h3 id="ladder-title" class="barrier-card-title">{locale.node(t::LADDER_TITLE)}</h3>
            <p class="barrier-card-dek">{locale.node(t::LADDER_DEK)}</p>
            <p class="barrier-card-dek ladder-capex-note">{locale.node(t::CAPEX_NOTE)}</p>
            <p class="ladder-count">
                {fill_nodes(locale.t(t::LADDER_COUNT), &[
                    html! { {output(BarrierOut::FundableCount.code(), able, locale.plain(able), None, "ladder-count-number")} },
                    html! { {crate::format::string_node(locale.plain(verdict.organisations as f64))} },
                ])}
            </p>
            <svg id="ladder-chart" class="ladder-svg" width="100%" height={fixed(height, 0)} role="img"
                aria-labelledby="ladder-svg-title ladder-svg-desc">
                <title id="ladder-svg-title">{locale.node(t::LADDER_TITLE)}</title>
                <desc id="ladder-svg-desc">{crate::format::text_node(description)}</desc>
                { for grid }
                { for bars }
                <g class="capital-marker">
                    <line x1={pct(capital_x)} x2={pct(capital_x)} y1={fixed(HEADER - 6.0, 1)}
                        y2={fixed(plot_bottom, 1)} />
                    {svg_text("", (pct(capital_x), "14".into()), ("0", "0"), capital_anchor, capital_label)}
                </g>
                { for labels }
            </svg>
            {chart_downloads(locale, "ladder-chart", t::LADDER_TITLE, Some(source_names))}
            <details class="ladder-details" ontoggle={props.on_open.clone()}>
                <summary>{locale.node(t::LADDER_TABLE)}</summary>
                if props.details_opened {
                    <ul class="ladder-list">
                        { for rungs.iter().map(|rung| ladder_item(locale, rung)) }
                    </ul>
                }
            </details>
            <details class="barrier-sources" ontoggle={props.on_open.clone()}>
                <summary>{locale.node(crate::i18n::page::SOURCES)}</summary>
                if props.details_opened {
                    <ul>
                        { for sources.iter().map(|source| html! { <li>{source_line(locale, source)}</li> }) }
                    </ul>
                }
            </details>
        </section>
    }
}

/// One budget as text: whether it could cover the capital, its amount, the ratio sentence
/// and where the figure comes from.
fn ladder_item(locale: &Locale, rung: &Rung) -> Html {
    let budget = rung.budget;
    let funds = if rung.could_fund { t::YES } else { t::NO };
    html! {
        <li class={if rung.could_fund { "ladder-item is-funds" } else { "ladder-item" }}>
            <span class="ladder-item-funds">
                <span class="visually-hidden">{locale.node(t::COLUMN_FUNDS)}{" "}</span>
                {locale.node(funds)}
            </span>
            <span class="ladder-item-name">
                {locale.node(budget.label)}{": "}{locale.money_node(budget.amount.get())}
                if budget.role == BudgetRole::ForScale {
                    <span class="ladder-item-tag">{locale.node(t::FOR_SCALE)}</span>
                }
            </span>
            <span class="ladder-item-ratio">
                {locale.fill_node(t::RATIO_SENTENCE, &[&ratio_phrase(locale, rung.ratio, locale.t(budget.phrase))])}
            </span>
            <span class="ladder-item-source">
                {locale.node(budget.detail)}{" · "}{source_short(locale, &budget.source)}
            </span>
        </li>
    }
}
