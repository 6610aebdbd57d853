//! The uncertainty panel: the switch, the distribution of simulated totals, and the ranges
//! used, which the reader can edit.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::chart_downloads;
use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::{use_draft, Simulation};
use crate::i18n::uncertainty as t;
use crate::model::params::format_exact;
use crate::model::parse::parse_number;
use crate::model::uncertainty::{value_at, MonteCarlo, Range, Ranges, DEFAULT_RANGES, UNCERTAIN};
use crate::model::Params;
use crate::state::Action;

#[derive(PartialEq)]
pub struct UncertaintyPanelProps {
    pub enabled: bool,
    pub run: Option<Rc<Simulation>>,
    pub params: Params,
    pub total: f64,
    pub ranges: Ranges,
    pub dispatch: Callback<Action>,
    /// Results only (`plain=1`): the panel shows what the link chose, without its switch or
    /// the ranges editor.
    pub plain: bool,
}

const BINS: usize = 36;

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm); the ranges editor, which has, stays one.
pub fn uncertainty_panel(locale: Locale, props: &UncertaintyPanelProps) -> Html {
    let on_toggle = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            dispatch.emit(Action::SetUncertainty(input.checked()));
        })
    };
    let body = match (&props.run, props.enabled) {
        (_, false) => html! { <p class="muted">{locale.node(t::UNC_OFF)}</p> },
        (None, true) => html! { <p class="muted">{locale.node(t::UNC_COMPUTING)}</p> },
        (Some(run), true) => html! {
            <>
                <p class="panel-note">{locale.fill_node(t::UNC_EXPLAIN, &[&locale.plain(run.1.samples as f64)])}</p>
                {distribution(&locale, &run.1, props.total)}
            </>
        },
    };
    html! {
        <section class="panel uncertainty-panel" aria-labelledby="uncertainty-title">
            <div class="panel-head">
                <h2 id="uncertainty-title">{locale.node(t::UNC_TITLE)}</h2>
                if !props.plain {
                    <label class="switch">
                        <input type="checkbox" role="switch" data-param="unc" checked={props.enabled} onchange={on_toggle} />
                        <span>{locale.node(t::UNC_TOGGLE)}</span>
                    </label>
                }
            </div>
            {body}
            if props.enabled && !props.plain {
                <RangesEditor params={props.params} ranges={props.ranges} dispatch={props.dispatch.clone()} />
            }
        </section>
    }
}

/// A histogram of the simulated totals with the interval, the median and the reader's value.
fn distribution(locale: &Locale, run: &MonteCarlo, yours: f64) -> Html {
    let totals = &run.totals;
    if totals.is_empty() {
        return Html::default();
    }
    // Trim the extreme 0.5% at each end so one outlier does not flatten the chart.
    let pick = |p: f64| totals[((totals.len() - 1) as f64 * p).round() as usize];
    let (low, high) = (pick(0.005).min(yours), pick(0.995).max(yours));
    let span = (high - low).max(high.abs() * 1e-9).max(1e-9);
    let mut counts = [0usize; BINS];
    for value in totals {
        let bin = (((value - low) / span) * BINS as f64).floor();
        if (0.0..BINS as f64).contains(&bin) {
            counts[bin as usize] += 1;
        }
    }
    let tallest = counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let width = 600.0 / BINS as f64;
    let x = |value: f64| crate::model::units::clamp((value - low) / span * 600.0, 0.0, 600.0);
    let interval = run.total;
    let description = locale.fill(
        t::DIST_ALT,
        &[
            &locale.plain(run.samples as f64),
            &locale.money(interval.p5),
            &locale.money(interval.p95),
            &locale.money(interval.p50),
            &locale.money(yours),
        ],
    );
    html! {
        <figure id="distribution-chart" class="distribution">
            <figcaption class="section-label" id="distribution-title">{locale.node(t::DIST_TITLE)}</figcaption>
            <svg viewBox="0 0 600 170" class="chart" role="img" aria-labelledby="distribution-title distribution-desc">
                <desc id="distribution-desc">{crate::format::text_node(description)}</desc>
                <rect class="dist-interval" x={fixed(x(interval.p5), 1)} y="0"
                    width={fixed((x(interval.p95) - x(interval.p5)).max(1.0), 1)} height="140" />
                { for counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| {
                    let h = *n as f64 / tallest * 130.0;
                    html! { <rect class="dist-bar" x={fixed(i as f64 * width + 0.5, 1)} y={fixed(140.0 - h, 1)}
                        width={fixed(width - 1.0, 1)} height={fixed(h, 1)} /> }
                }) }
                <line class="dist-median" x1={fixed(x(interval.p50), 1)} x2={fixed(x(interval.p50), 1)} y1="0" y2="140" />
                <line class="dist-yours" x1={fixed(x(yours), 1)} x2={fixed(x(yours), 1)} y1="0" y2="150" />
                <line class="axis" x1="0" x2="600" y1="140.5" y2="140.5" />
                <text class="tick" x="0" y="164">{locale.money_node(low)}</text>
                <text class="tick" x="600" y="164" text-anchor="end">{locale.money_node(high)}</text>
            </svg>
            <p class="chart-key">
                <span class="key key-interval">{locale.fill_node(t::UNC_BAND, &[&locale.money(interval.p5), &locale.money(interval.p95)])}</span>
                <span class="key key-median">{locale.fill_node(t::UNC_MEDIAN, &[&locale.money(interval.p50)])}</span>
                <span class="key key-yours">{locale.node(t::DIST_YOURS)}{": "}{locale.money_node(yours)}</span>
            </p>
            {chart_downloads(locale, "distribution-chart", t::DIST_TITLE, None)}
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct RangesEditorProps {
    params: Params,
    ranges: Ranges,
    dispatch: Callback<Action>,
}

/// The ranges as a table the reader can edit: multiples, the values they give, the source.
#[component]
fn RangesEditor(props: &RangesEditorProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    // One draft per box, kept with the row's range in force (see `use_draft`).
    let drafts = use_draft();
    // The table is drawn only while the section is open: closed, it would still cost every
    // edit a re-render of 24 fields.
    let open = use_state(|| false);
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            let details: web_sys::HtmlDetailsElement = event.target_unchecked_into();
            open.set(details.open());
        })
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            drafts.clear();
            dispatch.emit(Action::ResetRanges);
        })
    };
    let rows = UNCERTAIN.iter().zip(DEFAULT_RANGES.iter()).enumerate().map(|(row, (key, default))| {
        let key = *key;
        let range = props.ranges.get(key).unwrap_or(Range::POINT);
        let label = key.meta().label.get(locale.lang);
        let field = |high: bool| 2 * row + usize::from(high);
        let draft = |high: bool| drafts.shown(field(high), range);
        let typing = |high: bool| {
            let dispatch = props.dispatch.clone();
            drafts.handlers(field(high), range, move |text| {
                let value = parse_number(text).ok()?.value;
                let next = if high {
                    Range { high: value, ..range }
                } else {
                    Range { low: value, ..range }
                };
                if !next.is_valid() {
                    return None;
                }
                // The end alone, relative to the state rather than to this render: two
                // quick edits of a row must not undo each other.
                dispatch.emit(Action::SetRangeEnd { key, high, value });
                Some(next)
            })
        };
        let shown = |high: bool, value: f64| draft(high).map_or_else(|| format_exact(value), |d| d.text.clone());
        let box_id = |high: bool| format!("{}-{}", key.code(), if high { "high" } else { "low" });
        let values = match (value_at(&props.params, key, range.low), value_at(&props.params, key, range.high)) {
            (Some(low), Some(high)) => format!(
                "{} – {}",
                crate::components::display_value(&locale, key, low),
                crate::components::display_value(&locale, key, high)
            ),
            _ => String::new(),
        };
        let error_id = format!("range-{}-error", key.code());
        let is_invalid = [false, true].into_iter().any(|high| draft(high).is_some_and(|d| d.refused));
        let (low, high) = (typing(false), typing(true));
        html! {
            <tr key={key.code()} class={classes!(is_invalid.then_some("is-invalid"))}>
                <th scope="row">
                    {label}
                    <details class="range-source">
                        <summary aria-label={format!("{label}: {}", locale.t(crate::i18n::page::SOURCE))}>{"?"}</summary>
                        <p>{locale.node(default.note)}</p>
                        <p>{source_line(&locale, &default.source)}</p>
                    </details>
                </th>
                <td>
                    <input type="text" inputmode="decimal" class="range-input" data-range={box_id(false)}
                        value={shown(false, range.low)} oninput={low.oninput} onblur={low.onblur} onkeydown={low.onkeydown}
                        aria-label={locale.fill(t::RANGE_LOW_LABEL, &[label])}
                        aria-invalid={is_invalid.then_some("true")} aria-describedby={is_invalid.then(|| error_id.clone())} />
                </td>
                <td>
                    <input type="text" inputmode="decimal" class="range-input" data-range={box_id(true)}
                        value={shown(true, range.high)} oninput={high.oninput} onblur={high.onblur} onkeydown={high.onkeydown}
                        aria-label={locale.fill(t::RANGE_HIGH_LABEL, &[label])}
                        aria-invalid={is_invalid.then_some("true")} aria-describedby={is_invalid.then(|| error_id.clone())} />
                    if is_invalid {
                        <span id={error_id} class="field-error">{locale.node(t::RANGE_INVALID)}</span>
                    }
                </td>
                <td class="range-values">{crate::format::text_node(values)}</td>
            </tr>
        }
    });
    html! {
        <details class="ranges" ontoggle={on_toggle}>
            <summary>{locale.node(t::RANGES_TITLE)}</summary>
            if *open {
            <p class="panel-note">{locale.node(t::RANGES_NOTE)}</p>
            <div class="table-scroll">
                <table class="ranges-table">
                    <thead>
                        <tr>
                            <th scope="col">{locale.node(t::COLUMN_PARAMETER)}</th>
                            <th scope="col">{locale.node(t::RANGE_LOW)}</th>
                            <th scope="col">{locale.node(t::RANGE_HIGH)}</th>
                            <th scope="col">{locale.node(t::COLUMN_VALUES)}</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <button type="button" class="button" onclick={on_reset}>{locale.node(t::RANGES_RESET)}</button>
            }
        </details>
    }
}
