//! "When followers catch up": the algorithmic halving time (`halving`, Ho et al. 2024), the
//! falling cost of matching today's final run at cloud prices (`model::catchup`) drawn against
//! a few reference budgets and the rising cost of staying at the frontier, the sentence a
//! journalist can quote, the first year each organisation of the ladder affords the run, and
//! the carbon line.
//!
//! The chart is laid out like the trajectory's: percentages of the width, pixels of the
//! height, lines in a nested viewport whose x unit is 1% of the width.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::barrier_panel::{fill_nodes, pct, source_short, svg_text};
use crate::components::carbon_line::CarbonLine;
use crate::components::output::output;
use crate::components::param_help::source_line;
use crate::components::trajectory_chart::{grid, year_labels};
use crate::format::Locale;
use crate::hooks::use_draft;
use crate::i18n::deeper as t;
use crate::i18n::page::EXACT;
use crate::log_scale::LogScale;
use crate::model::barrier::Budget;
use crate::model::catchup::{
    self, cost_in_year, frontier_cost_in_year, ALGORITHMIC_HALVING_MONTHS,
    ALGORITHMIC_HALVING_RANGE, HORIZON_YEAR,
};
use crate::model::decimal::fixed;
use crate::model::deeper::Deeper;
use crate::model::link::deeper::read_halving;
use crate::model::params::format_exact;
use crate::model::sources;
use crate::model::trajectory::GROWTH;
use crate::model::Value;

#[derive(Properties, PartialEq)]
pub struct CatchupPanelProps {
    /// The deeper panels' results, computed once by the root.
    pub deeper: Rc<Deeper>,
    /// The runs' electricity, MWh (for the carbon line).
    pub energy_mwh: f64,
    /// Whether the reader can change the halving time and the grid.
    pub interactive: bool,
    /// A setting the reader changed: `("halving", months)` or `("grid", code)`.
    pub on_change: Callback<(String, String)>,
}

/// The budgets the sentence and the chart name, smallest first: those the edition's ladder has.
const QUOTED: [&str; 5] = ["university-lab", "seed", "series-a", "series-b", "nairr"];

const HEIGHT: f64 = 280.0;
/// The lines' viewBox (x in percent, y in pixels of [`HEIGHT`]), written out.
const VIEW_BOX: &str = "0 0 100 280";
const _: () = assert!(HEIGHT == 280.0);
const TOP: f64 = 16.0;
const AXIS: f64 = 26.0;

fn px(value: f64) -> String {
    fixed(value, 1)
}

/// The chart: the cost of matching today's run year by year, the frontier's, and the budgets.
fn chart(locale: &Locale, deeper: &Deeper, rows: &[(&'static Budget, Option<u16>)]) -> Html {
    let from = deeper.from_year;
    let cost = deeper.cloud_cost;
    let last_row_year = rows
        .iter()
        .filter_map(|(_, year)| *year)
        .max()
        .unwrap_or(from);
    let to = last_row_year
        .saturating_add(1)
        .clamp(from + 6, from + 15)
        .min(HORIZON_YEAR.max(from + 1));
    let years: Vec<u16> = (from..=to).collect();
    let falling: Vec<(u16, f64)> = years
        .iter()
        .map(|&year| (year, cost_in_year(cost, from, year, deeper.rates).get()))
        .collect();
    let scale = LogScale::covering(
        falling
            .iter()
            .map(|(_, value)| *value)
            .chain(rows.iter().map(|(budget, _)| budget.amount.get()))
            // Room above today's run for the frontier's first years.
            .chain([cost.get() * 30.0]),
        (5, 9),
    );
    let top = 10f64.powi(scale.hi);
    let fx = |year: f64| (year - (f64::from(from) - 0.3)) / (f64::from(to) - f64::from(from) + 0.6);
    let plot = HEIGHT - TOP - AXIS;
    let fy = |value: f64| TOP + (1.0 - scale.fraction(value)) * plot;
    let point = |year: u16, value: f64| {
        format!(
            "{},{}",
            fixed(fx(f64::from(year)) * 100.0, 2),
            fixed(fy(value), 1)
        )
    };
    let falling_points = falling
        .iter()
        .filter(|(_, value)| value.is_finite() && *value > 0.0)
        .map(|&(year, value)| point(year, value))
        .collect::<Vec<_>>()
        .join(" ");
    // The frontier only while it stays on the chart: it grows far faster than the axis.
    let frontier_points = years
        .iter()
        .map(|&year| {
            (
                year,
                frontier_cost_in_year(cost, from, year, GROWTH.central).get(),
            )
        })
        .take_while(|(_, value)| value.is_finite() && *value <= top)
        .map(|(year, value)| point(year, value))
        .collect::<Vec<_>>();
    let frontier_points = (frontier_points.len() > 1).then(|| frontier_points.join(" "));
    let budgets = rows.iter().enumerate().map(|(i, (budget, _))| {
        let y = px(fy(budget.amount.get()));
        // Labels alternate ends, so that close budgets do not overprint.
        let (x, anchor) = if i % 2 == 0 {
            ("100%".to_string(), "end")
        } else {
            ("0".to_string(), "start")
        };
        html! {
            <g class="budget-line">
                <line x1="0" x2="100%" y1={y.clone()} y2={y.clone()} />
                {svg_text("budget-label budget-label-full", (x.clone(), y.clone()), ("0", "-4"), anchor,
                    format!("{} · {}", locale.t(budget.label), locale.money(budget.amount.get())))}
                // The amount alone on narrow screens (CSS), where the names would overprint.
                {svg_text("budget-label budget-label-short", (x, y), ("0", "-4"), anchor,
                    locale.money(budget.amount.get()))}
            </g>
        }
    });
    let end = falling.last().copied().unwrap_or((from, cost.get()));
    let names: Vec<String> = rows
        .iter()
        .map(|(budget, _)| {
            format!(
                "{} {}",
                locale.t(budget.label),
                locale.money(budget.amount.get())
            )
        })
        .collect();
    let description = locale.fill(
        t::CHART_DESC,
        &[
            &locale.money(cost.get()),
            &from.to_string(),
            &locale.money(end.1),
            &end.0.to_string(),
            &crate::i18n::barrier::list(
                locale.lang,
                &names.iter().map(String::as_str).collect::<Vec<_>>(),
            ),
        ],
    );
    html! {
        <div class="deeper-chart catchup-plot">
            <svg class="catchup-svg" width="100%" height={px(HEIGHT)} role="img"
                aria-labelledby="catchup-svg-title catchup-svg-desc">
                <title id="catchup-svg-title">{locale.node(t::CHART_TITLE)}</title>
                <desc id="catchup-svg-desc">{crate::format::string_node(description)}</desc>
                {grid(locale, &scale, &fy)}
                {year_labels(u32::from(from), u32::from(to), &fx, HEIGHT)}
                { for budgets }
                <svg class="lines" x="0" y="0" width="100%" height={px(HEIGHT)}
                    viewBox={VIEW_BOX} preserveAspectRatio="none" aria-hidden="true">
                    if let Some(frontier) = frontier_points {
                        <polyline class="frontier-line" points={frontier} />
                    }
                    <polyline class="catchup-line" points={falling_points} />
                </svg>
                <g class="scenario-point">
                    <circle cx={pct(fx(f64::from(from)))} cy={px(fy(cost.get()))} r="6" />
                </g>
            </svg>
            <ul class="deeper-legend">
                <li class="legend-match">{locale.node(t::LEGEND_MATCH)}</li>
                <li class="legend-frontier">{locale.fill_node(t::LEGEND_FRONTIER, &[&locale.plain(GROWTH.central)])}</li>
            </ul>
        </div>
    }
}

/// The year cell of an organisation's row: its `data-out` when there is a year by the horizon.
fn year_cell(locale: &Locale, budget: &Budget, year: Option<u16>, from: u16) -> Html {
    match year {
        Some(year) => {
            html! {
                <td class="num">
                    <span class="out" data-out="catchup_year" data-org={budget.id}
                        data-value={crate::components::output::raw(f64::from(year))}>
                        {crate::format::string_node(year.to_string())}
                    </span>
                    if year <= from {
                        <span class="deeper-source">{locale.node(t::ALREADY_NOW)}</span>
                    }
                </td>
            }
        }
        None => html! {
            <td class="num is-never">{locale.fill_node(t::NOT_BEFORE, &[&HORIZON_YEAR.to_string()])}</td>
        },
    }
}

/// The halving time as a field, with its message for a text that does not read.
fn halving_field(
    locale: &Locale,
    text: String,
    message: Option<String>,
    handlers: crate::hooks::DraftHandlers,
) -> Html {
    let described = if message.is_some() {
        "deeper-halving-error deeper-halving-help"
    } else {
        "deeper-halving-help"
    };
    let (low, high) = ALGORITHMIC_HALVING_RANGE;
    html! {
        <div class={classes!("deeper-field", message.is_some().then_some("is-invalid"))}>
            <label for="deeper-halving">{locale.node(t::HALVING_LABEL)}</label>
            <div class="deeper-field-inputs">
                <input id="deeper-halving" type="text" inputmode="decimal" autocomplete="off"
                    spellcheck="false" data-param="halving" value={text}
                    aria-invalid={message.is_some().then_some("true")}
                    aria-describedby={described}
                    oninput={handlers.oninput} onblur={handlers.onblur} onkeydown={handlers.onkeydown} />
            </div>
            <p id="deeper-halving-help" class="field-hint">
                {locale.fill_node(t::HALVING_HELP, &[
                    &locale.plain(ALGORITHMIC_HALVING_MONTHS),
                    &locale.plain(low),
                    &locale.plain(high),
                ])}{" "}
                {source_line(locale, &sources::HO_2024)}
            </p>
            if let Some(message) = message {
                <p id="deeper-halving-error" class="field-error">{crate::format::string_node(message)}</p>
            }
        </div>
    }
}

#[component]
pub fn CatchupPanel(props: &CatchupPanelProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let deeper = &props.deeper;
    let months = deeper.settings.halving_months;
    let in_force = Value::Number(months);
    let drafts = use_draft();
    let typing = drafts.handlers(0, in_force, {
        let on_change = props.on_change.clone();
        move |text| {
            let months = read_halving(text)?;
            on_change.emit(("halving".to_string(), format_exact(months)));
            Some(Value::Number(months))
        }
    });
    let typed = drafts.shown(0, in_force);
    let message = typed.filter(|draft| draft.refused).map(|draft| {
        let (low, high) = catchup::ALGORITHMIC_HALVING_RANGE;
        locale.fill(
            t::HALVING_INVALID,
            &[
                &draft.text,
                &locale.plain(months),
                &locale.plain(low),
                &locale.plain(high),
            ],
        )
    });
    let text = typed.map_or_else(|| format_exact(months), |draft| draft.text.clone());

    let from = deeper.from_year;
    let cloud = deeper.cloud_cost.get();
    let three = deeper.catchup_cost_3y.get();
    let three = if three.is_finite() { three } else { 0.0 };
    let lead = fill_nodes(
        locale.t(t::CATCHUP_LEAD),
        &[
            crate::format::string_node(locale.money(cloud)),
            crate::format::string_node(from.to_string()),
            output(
                "catchup_cost_3y",
                three,
                locale.money(three),
                Some(AttrValue::from(
                    locale.fill(EXACT, &[&locale.money_exact(three)]),
                )),
                "",
            ),
        ],
    );
    // The rows the sentence and the chart name: the small budgets this edition has.
    let quoted: Vec<(&'static Budget, Option<u16>)> = QUOTED
        .iter()
        .filter_map(|id| deeper.years.iter().find(|(budget, _)| budget.id == *id))
        .copied()
        .collect();
    // The quote names what is matched: this run's compute at the figures' cloud prices.
    let sentence = locale.fill(
        t::QUOTE_RUN,
        &[
            &locale.flop(deeper.flop.get()),
            &locale.money(deeper.cloud_cost.get()),
            &from.to_string(),
            &catchup::sentence(&quoted, from, deeper.rates, locale.lang),
        ],
    );
    let rows = deeper.years.iter().map(|(budget, year)| {
        html! {
            <tr data-org={budget.id}>
                <th scope="row">
                    {locale.node(budget.label)}
                    <span class="deeper-source">{source_short(&locale, &budget.source)}</span>
                </th>
                <td class="num">{locale.money_node(budget.amount.get())}</td>
                {year_cell(&locale, budget, *year, from)}
            </tr>
        }
    });
    html! {
        <section class="deeper-panel deeper-catchup" data-panel="catchup" aria-labelledby="deeper-catchup-title">
            <h2 id="deeper-catchup-title">{locale.node(crate::i18n::embed::PANEL_CATCHUP)}</h2>
            if props.interactive {
                {halving_field(&locale, text, message, typing)}
            }
            <p class="deeper-lead">{lead}</p>
            {chart(&locale, deeper, &quoted)}
            <figure class="deeper-quote">
                <figcaption>{locale.node(t::QUOTE_LABEL)}</figcaption>
                <blockquote data-catchup-sentence="">{crate::format::string_node(sentence)}</blockquote>
            </figure>
            <div class="deeper-table-wrap">
                <table class="deeper-table catchup-table">
                    <caption>{locale.node(t::ORG_TABLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{locale.node(t::COLUMN_ORG)}</th>
                            <th scope="col" class="num">{locale.node(t::COLUMN_BUDGET)}</th>
                            <th scope="col" class="num">{locale.node(t::COLUMN_FROM)}</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p class="deeper-note">
                {locale.fill_node(t::RATES_NOTE, &[&locale.plain(deeper.rates.hardware_ooms_per_year)])}{" "}
                {locale.node(t::SOURCES)}{source_line(&locale, &sources::EPOCH_CODE)}{"; "}
                {source_line(&locale, &sources::HO_2024)}{"; "}
                {source_line(&locale, &GROWTH.source)}{"."}
            </p>
            <CarbonLine co2_t={deeper.co2_t} energy_mwh={props.energy_mwh} grid={deeper.settings.grid}
                interactive={props.interactive} on_change={props.on_change.clone()} />
        </section>
    }
}
