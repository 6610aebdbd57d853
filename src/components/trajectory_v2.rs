//! Version 2's "where costs are heading": the scenario's final run against Epoch AI's estimates
//! for 82 models on the same basis (amortised hardware + energy, or cloud price: a toggle, never
//! both), its projection at 2.4× a year with the rate's interval, the quotes as separate
//! markers, the ten closest models, and the total development cost beside, not projected.
//! Version 1 links keep `TrajectoryChart`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::barrier_panel::{fill_nodes, pct};
use crate::components::chart_downloads;
use crate::components::trajectory_chart::{
    band, beyond, five_years_out, grid, published_cost, sources_note, sources_text, year_labels,
};
use crate::format::Locale;
use crate::i18n::barrier as tb;
use crate::i18n::trajectory as t;
use crate::log_scale::LogScale;
use crate::model::decimal::fixed;
use crate::model::epoch_points::{self, Basis, EpochPoint};
use crate::model::trajectory::{in_five_years, project, GROWTH_V2, PUBLISHED};
use crate::model::units::Usd;

#[derive(Properties, PartialEq)]
pub struct TrajectoryV2Props {
    /// The final run's amortised hardware + energy, or its rent when renting (US dollars).
    pub final_run: f64,
    /// The final run at the scenario's cloud price (accelerator-hours × `rent`).
    pub final_run_cloud: f64,
    /// The scenario's cloud price per accelerator-hour.
    pub rent_per_hour: f64,
    /// The total development cost, shown beside.
    pub total: f64,
    /// The final run's compute, FLOP.
    pub flop: f64,
    /// The year of its preset.
    pub year: u16,
    /// Whether the scenario rents (its final run is then on the cloud basis).
    pub rent: bool,
    /// The edition's year of the largest company's capital spending.
    pub company_year: f64,
}

const HEIGHT: f64 = 320.0;
const TOP: f64 = 18.0;
const AXIS: f64 = 26.0;
const FIRST_YEAR: f64 = 2015.5;

fn px(value: f64) -> String {
    fixed(value, 1)
}

/// "2024-07" from a fractional year.
fn month(year: f64) -> String {
    let whole = year.floor();
    let m = ((year - whole) * 12.0).floor() as u32 + 1;
    format!(
        "{}-{}{}",
        whole as u32,
        if m < 10 { "0" } else { "" },
        m.min(12)
    )
}

#[component]
pub fn TrajectoryV2(props: &TrajectoryV2Props) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    // View state, never in the link: which of Epoch's bases is drawn. A renting scenario's
    // own cost is a cloud price, so it opens on that basis.
    let chosen = use_state(|| None::<Basis>);
    let basis = chosen.unwrap_or(if props.rent {
        Basis::Cloud
    } else {
        Basis::Amortised
    });
    let points = use_state(|| None::<Option<Rc<Vec<EpochPoint>>>>);
    {
        let points = points.clone();
        use_effect_with((), move |_| {
            crate::epoch_data::ensure_loaded(move |loaded| points.set(Some(loaded)));
        });
    }
    // A pre-rendered page's chart, with its dots, until they are here: only at the first
    // render, the one that takes it (see `takeover`); any other before they arrive has new
    // props or a new language (the component is drawn again only then).
    if points.is_none() {
        if let Some(kept) = crate::takeover::take(crate::takeover::TRAJECTORY) {
            return Html::VRef(kept);
        }
    }

    let year = props.year;
    // The scenario's point on the basis shown; the projection only where that is its own cost.
    let own_basis = if props.rent {
        Basis::Cloud
    } else {
        Basis::Amortised
    };
    // A bought cluster's final run has a cloud price (its hours at `rent`); a rented one has no
    // amortised cost, so it is not drawn on that basis.
    let scenario_cost = if basis == own_basis {
        Some(props.final_run)
    } else {
        (basis == Basis::Cloud).then_some(props.final_run_cloud)
    };
    let projections = (basis == own_basis).then(|| project(Usd(props.final_run), year));
    let last_year = f64::from(year) + 5.4;

    let loaded: Vec<&EpochPoint> = match &*points {
        Some(Some(all)) => all.iter().filter(|p| p.cost(basis).is_some()).collect(),
        _ => Vec::new(),
    };
    let fx = |y: f64| (y - FIRST_YEAR) / (last_year - FIRST_YEAR);
    let scale = LogScale::covering(
        loaded
            .iter()
            .filter_map(|p| p.cost(basis))
            .chain(scenario_cost)
            .chain(PUBLISHED.iter().flat_map(|p| [p.low.get(), p.high.get()]))
            .chain(
                projections
                    .iter()
                    .flatten()
                    .flat_map(|p| [p.low.get(), p.high.get()]),
            ),
        (3, 9),
    );
    let plot = HEIGHT - TOP - AXIS;
    let fy = |v: f64| TOP + (1.0 - scale.fraction(v)) * plot;

    let grid = grid(&locale, &scale, &fy);
    let years = year_labels(2016, last_year.floor() as u32, &fx, HEIGHT);

    let point_title = |p: &EpochPoint| {
        locale.fill(
            t::POINT_TITLE,
            &[
                &p.name,
                &p.organisation,
                &month(p.year),
                &locale.flop(p.flop),
                &locale.money(p.cost(basis).unwrap_or(0.0)),
            ],
        )
    };
    let epoch_dots = loaded.iter().map(|p| {
        let cost = p.cost(basis).unwrap_or(0.0);
        dot(
            "epoch-point",
            (pct(fx(p.year)), px(fy(cost))),
            "3.5",
            point_title(p),
        )
    });

    // Quotes: a diamond each (a nested viewport places a pixel shape at a percentage), never
    // joined to the series.
    let quotes = PUBLISHED.iter().map(|q| {
        let title = locale.fill(
            t::QUOTE_TITLE,
            &[locale.t(q.detail), q.when, &published_cost(&locale, q)],
        );
        html! {
            <svg class="quote" x={pct(fx(q.year))} y={px(fy(q.high.get()))} overflow="visible" tabindex={crate::components::output::focusable().then_some("0")} role="img">
                <title>{crate::format::text_node(title)}</title>
                <polygon points="0,-6 6,0 0,6 -6,0" />
            </svg>
        }
    });

    let band = projections.as_ref().map(|projections| {
        let last = projections[projections.len() - 1];
        let title = locale.fill(
            t::PROJECTION_TITLE,
            &[
                &times(&locale, GROWTH_V2.central),
                &last.year.to_string(),
                &locale.money(last.central.get()),
                &locale.money(last.low.get()),
                &locale.money(last.high.get()),
            ],
        );
        html! {
            <>
                {band(projections, &fx, &fy, HEIGHT, "0 0 100 320")}
                {dot(
                    "projection-dot",
                    (pct(fx(f64::from(last.year))), px(fy(last.central.get()))),
                    "4",
                    title,
                )}
            </>
        }
    });

    let scenario_dot = scenario_cost.map(|cost| {
        let title = locale.fill(
            t::SCENARIO_TITLE,
            &[
                &year.to_string(),
                &locale.flop(props.flop),
                &locale.money(cost),
            ],
        );
        dot(
            "scenario-point",
            (pct(fx(f64::from(year))), px(fy(cost))),
            "6.5",
            title,
        )
    });

    // The lead: the data-outs are version 2's (the final run's cost, grown).
    let five = in_five_years(Usd(props.final_run)).get();
    let lead = fill_nodes(
        locale.t(if props.rent {
            t::V2_LEAD_CLOUD
        } else {
            t::V2_LEAD
        }),
        &[
            html! { {crate::format::string_node(times(&locale, GROWTH_V2.central))} },
            html! { {locale.money_node(props.final_run)} },
            five_years_out(&locale, five),
            html! { {crate::format::string_node((year + 5).to_string())} },
        ],
    );
    let beyond = beyond(
        &locale,
        Usd(props.final_run),
        year,
        Usd(props.company_year),
        (t::V2_ALREADY, t::V2_BEYOND),
    );

    let toggle = |value: Basis, label| {
        let chosen = chosen.clone();
        html! {
            <button type="button" aria-pressed={if basis == value { "true" } else { "false" }}
                data-basis={if value == Basis::Cloud { "cloud" } else { "amortised" }}
                onclick={move |_| chosen.set(Some(value))}>{locale.node(label)}</button>
        }
    };

    let closest = match &*points {
        Some(Some(all)) => {
            let near = epoch_points::closest(all, props.flop, f64::from(year) + 0.5, basis);
            html! {
                <ol class="trajectory-closest">
                    { for near.into_iter().map(|i| {
                        let p = &all[i];
                        html! {
                            <li>
                                <span class="closest-name">{&p.name}</span>{" "}
                                <span class="trajectory-range">{crate::format::string_node(format!("{} · {} FLOP · {}", month(p.year), locale.flop(p.flop), locale.money(p.cost(basis).unwrap_or(0.0))))}</span>
                            </li>
                        }
                    }) }
                </ol>
            }
        }
        Some(None) => html! { <p>{locale.node(t::EPOCH_FAILED)}</p> },
        None => html! { <p role="status">{locale.node(t::EPOCH_LOADING)}</p> },
    };

    let basis_name = locale.t(if basis == Basis::Cloud {
        t::BASIS_CLOUD
    } else {
        t::BASIS_AMORTISED
    });
    let sources = [
        &GROWTH_V2.source,
        &epoch_points::SOURCE,
        &PUBLISHED[0].source,
    ];
    let chart_sources = sources_text(&locale, &sources);
    html! {
        <section class="barrier-card trajectory trajectory-v2" aria-labelledby="trajectory-title">
            <h3 id="trajectory-title" class="barrier-card-title">{locale.node(tb::TRAJECTORY_TITLE)}</h3>
            <p class="trajectory-lead">
                {lead}
                if let Some(beyond) = beyond {
                    {" "}{beyond}
                }
            </p>
            <div class="trajectory-basis" role="group" aria-label={locale.t(t::BASIS_LABEL)} data-toggle="trajectory-basis">
                {toggle(Basis::Amortised, t::BASIS_AMORTISED)}
                {toggle(Basis::Cloud, t::BASIS_CLOUD)}
            </div>
            <div class="trajectory-layout">
                <div id="trajectory-chart" class="trajectory-plot" data-basis={if basis == Basis::Cloud { "cloud" } else { "amortised" }}>
                    <svg class="trajectory-svg" width="100%" height={px(HEIGHT)} role="group"
                        aria-labelledby="trajectory-svg-title">
                        <title id="trajectory-svg-title">{crate::format::string_node(format!("{} · {}", locale.t(tb::TRAJECTORY_TITLE), basis_name))}</title>
                        {grid}
                        {years}
                        {band.unwrap_or_default()}
                        { for epoch_dots }
                        { for quotes }
                        {scenario_dot.unwrap_or_default()}
                    </svg>
                </div>
                <div class="trajectory-side">
                    <h4>{locale.node(t::CLOSEST_TITLE)}</h4>
                    {closest}
                    <p class="trajectory-note">{locale.node(t::CLOSEST_NOTE)}</p>
                    <p class="trajectory-total">{locale.fill_node(t::TOTAL_BESIDE, &[&locale.money(props.total)])}</p>
                </div>
            </div>
            {chart_downloads(&locale, "trajectory-chart", tb::TRAJECTORY_TITLE, Some(chart_sources))}
            <p class="trajectory-note">
                if projections.is_some() {
                    {locale.fill_node(t::BAND_NOTE, &[&times(&locale, GROWTH_V2.low), &times(&locale, GROWTH_V2.high)])}
                } else if props.rent {
                    {locale.node(t::RENTED_NOT_AMORTISED)}
                } else {
                    {locale.fill_node(t::NO_PROJECTION, &[&locale.money_precise(props.rent_per_hour)])}
                }
                {" "}{locale.fill_node(t::EPOCH_POINTS, &[&loaded.len().to_string()])}
                {" "}{locale.node(t::QUOTES_NOTE)}{" "}
                {sources_note(&locale, &sources)}
            </p>
        </section>
    }
}

/// A point with its title, reachable by keyboard.
#[inline(never)]
fn dot(class: &'static str, (cx, cy): (String, String), r: &'static str, title: String) -> Html {
    html! {
        <circle {class} tabindex={crate::components::output::focusable().then_some("0")} role="img" {cx} {cy} {r}>
            <title>{crate::format::text_node(title)}</title>
        </circle>
    }
}

fn times(locale: &Locale, g: f64) -> String {
    locale.fill(tb::TIMES, &[&locale.plain(g)])
}
