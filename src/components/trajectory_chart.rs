//! Where costs are heading: published frontier costs by year on a log scale, the scenario at
//! its preset's year, and what the same position costs later at 2.4× a year (2.0–3.1×).
//!
//! Positions are percentages of the width and pixels of the height (see the ladder), with
//! the cost labels in a gutter the wrapper's padding leaves on the left.

use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::barrier_panel::{fill_nodes, pct, source_short, source_text, svg_text};
use crate::components::chart_downloads;
use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::barrier::{self as t, list};
use crate::log_scale::LogScale;
use crate::model::barrier::BarrierOut;
use crate::model::barrier::LARGEST_COMPANY_YEAR;
use crate::model::sources::Source;
use crate::model::trajectory::{
    in_five_years, project, year_beyond, Projection, PublishedPoint, GROWTH, PUBLISHED,
};
use crate::model::units::Usd;

#[derive(PartialEq)]
pub struct TrajectoryChartProps {
    /// The scenario's total development cost, US dollars.
    pub total: f64,
    /// The year of its preset.
    pub year: u16,
}

const HEIGHT: f64 = 300.0;
/// The band's viewBox (x in percent, y in pixels of [`HEIGHT`]), written out: formatting the
/// f64 would link float formatting.
const BAND_VIEW_BOX: &str = "0 0 100 300";
const _: () = assert!(HEIGHT == 300.0);
const TOP: f64 = 18.0;
const AXIS: f64 = 26.0;

fn px(value: f64) -> String {
    fixed(value, 1)
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
/// Version 1's trajectory: its title and lead, with the projection's outputs (the page draws
/// these, so its numbers are there with the first render), and a place for `host`, where the
/// on-demand module draws the chart, its table and its sources ([`trajectory_body`]).
pub fn trajectory_v1(locale: &Locale, props: &TrajectoryChartProps, host: &NodeRef) -> Html {
    let total = Usd(props.total);
    let year = props.year;
    let projections = project(total, year);
    let last = projections[projections.len() - 1];
    let company_year = LARGEST_COMPANY_YEAR;
    let five_years = in_five_years(total).get();
    let times = |g: f64| locale.fill(t::TIMES, &[&locale.plain(g)]);
    let lead = fill_nodes(
        locale.t(t::TRAJECTORY_TEXT),
        &[
            html! { {crate::format::string_node(times(GROWTH.central))} },
            html! { {crate::format::string_node(times(GROWTH.low))} },
            html! { {crate::format::string_node(times(GROWTH.high))} },
            five_years_out(locale, five_years),
            html! { {crate::format::string_node(last.year.to_string())} },
        ],
    );
    let beyond = beyond(
        locale,
        total,
        year,
        company_year,
        (t::TRAJECTORY_ALREADY, t::TRAJECTORY_BEYOND),
    );

    html! {
        <section class="barrier-card trajectory" aria-labelledby="trajectory-title">
            <h3 id="trajectory-title" class="barrier-card-title">{locale.node(t::TRAJECTORY_TITLE)}</h3>
            <p class="trajectory-lead">
                {lead}
                if let Some(beyond) = beyond {
                    {" "}{beyond}
                }
            </p>
            <div class="later-trajectory" ref={host.clone()}></div>
        </section>
    }
}

/// Version 1's trajectory chart, its table and its sources (the on-demand module's part of
/// [`trajectory_v1`]).
pub fn trajectory_body(locale: &Locale, props: &TrajectoryChartProps) -> Html {
    let total = Usd(props.total);
    let year = props.year;
    let projections = project(total, year);
    let last = projections[projections.len() - 1];

    let first_year = f64::from(year.min(2023)) - 0.4;
    let last_year = f64::from(last.year) + 0.4;
    let fx = |y: f64| (y - first_year) / (last_year - first_year);
    let scale = LogScale::covering(
        PUBLISHED
            .iter()
            .flat_map(|p| [p.low.get(), p.high.get()])
            .chain(projections.iter().flat_map(|p| [p.low.get(), p.high.get()])),
        (8, 9),
    );
    let plot = HEIGHT - TOP - AXIS;
    let fy = |v: f64| TOP + (1.0 - scale.fraction(v)) * plot;

    let grid = grid(locale, &scale, &fy);
    let years = year_labels(
        first_year.ceil() as u32,
        last_year.floor() as u32,
        &fx,
        HEIGHT,
    );
    let band = band(&projections, &fx, &fy, HEIGHT, BAND_VIEW_BOX);

    let published = PUBLISHED.iter().map(|point| {
        let x = pct(fx(point.year));
        let (y_low, y_high) = (fy(point.low.get()), fy(point.high.get()));
        // Labels sit above the (top) dot; near the left edge they start at the dot.
        let anchor = if fx(point.year) < 0.12 { "start" } else { "middle" };
        html! {
            <g class="published">
                <line x1={x.clone()} x2={x.clone()} y1={px(y_low)} y2={px(y_high)} />
                <circle cx={x.clone()} cy={px(y_high)} r="4.5" />
                <circle cx={x.clone()} cy={px(y_low)} r="4.5" />
                {svg_text("point-label", (x, px(y_high)), ("0", "-10"), anchor, locale.t(point.label).to_string())}
            </g>
        }
    });

    let scenario_x = fx(f64::from(year));
    let scenario_y = fy(total.get());
    let (scenario_anchor, scenario_dx) = if scenario_x < 0.5 {
        ("start", "10")
    } else {
        ("end", "-10")
    };
    let end_x = pct(fx(f64::from(last.year)));

    let published_text: Vec<String> = PUBLISHED
        .iter()
        .map(|point| {
            format!(
                "{} ({}): {}",
                locale.t(point.detail),
                point.when,
                published_cost(locale, point)
            )
        })
        .collect();
    let description = locale.fill(
        t::TRAJECTORY_ALT,
        &[
            &list(
                locale.lang,
                &published_text
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            ),
            &locale.money(total.get()),
            &year.to_string(),
            &locale.fill(t::TIMES, &[&locale.plain(GROWTH.central)]),
            &locale.money(last.central.get()),
            &last.year.to_string(),
            &locale.money(last.low.get()),
            &locale.money(last.high.get()),
        ],
    );

    let times = |g: f64| locale.fill(t::TIMES, &[&locale.plain(g)]);
    let range_header = locale.fill(t::COLUMN_RANGE, &[&times(GROWTH.low), &times(GROWTH.high)]);
    // One row shape for published figures, the scenario and the projection.
    let rows: Vec<(String, &str, String, String, &str)> = PUBLISHED
        .iter()
        .map(|point| {
            (
                point.when.to_string(),
                locale.t(point.detail),
                published_cost(locale, point),
                String::new(),
                "is-published",
            )
        })
        .chain(projections.iter().map(|p| {
            let scenario = p.year == year;
            (
                p.year.to_string(),
                locale.t(if scenario {
                    t::THIS_SCENARIO
                } else {
                    t::PROJECTED
                }),
                locale.money(p.central.get()),
                if scenario {
                    String::new()
                } else {
                    locale.fill(
                        t::RANGE,
                        &[&locale.money(p.low.get()), &locale.money(p.high.get())],
                    )
                },
                if scenario {
                    "is-scenario"
                } else {
                    "is-projected"
                },
            )
        }))
        .collect();
    let rows = rows.into_iter().map(|(when, what, cost, range, class)| {
        html! {
            <tr {class}>
                <td>{crate::format::text_node(when)}</td>
                <th scope="row">{crate::format::text_node(what)}</th>
                <td class="num">
                    {cost}
                    if !range.is_empty() {
                        <span class="trajectory-range">{crate::format::text_node(range)}</span>
                    }
                </td>
            </tr>
        }
    });

    let chart_sources = sources_text(locale, &[&GROWTH.source, &PUBLISHED[0].source]);
    html! {
        <>
            <div class="trajectory-layout">
                <div id="trajectory-chart" class="trajectory-plot">
                    <svg class="trajectory-svg" width="100%" height={px(HEIGHT)} role="img"
                        aria-labelledby="trajectory-svg-title trajectory-svg-desc">
                        <title id="trajectory-svg-title">{locale.node(t::TRAJECTORY_TITLE)}</title>
                        <desc id="trajectory-svg-desc">{crate::format::text_node(description)}</desc>
                        {grid}
                        {years}
                        {band}
                        <circle class="projection-dot" cx={end_x.clone()} cy={px(fy(last.central.get()))} r="4" />
                        { for published }
                        {svg_text(
                            "projection-label",
                            (end_x, px(fy(last.central.get()))),
                            ("0", "-10"),
                            "end",
                            format!("{} · {}", last.year, locale.money(last.central.get())),
                        )}
                        <g class="scenario-point">
                            <circle cx={pct(scenario_x)} cy={px(scenario_y)} r="6.5" />
                            {svg_text(
                                "scenario-label",
                                (pct(scenario_x), px(scenario_y)),
                                (scenario_dx, "18"),
                                scenario_anchor,
                                locale.t(t::THIS_SCENARIO).to_string(),
                            )}
                        </g>
                    </svg>
                </div>
                <table class="trajectory-table">
                    <caption>
                        {locale.node(t::TRAJECTORY_TABLE)}
                        <span class="trajectory-range">{crate::format::text_node(range_header)}</span>
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{locale.node(t::COLUMN_YEAR)}</th>
                            <th scope="col">{locale.node(t::COLUMN_WHAT)}</th>
                            <th scope="col" class="num">{locale.node(t::COLUMN_COST)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows }
                    </tbody>
                </table>
            </div>
            {chart_downloads(locale, "trajectory-chart", t::TRAJECTORY_TITLE, Some(chart_sources))}
            <p class="trajectory-note">
                {locale.fill_node(t::TRAJECTORY_NOTE, &[&year.to_string()])}{" "}
                {sources_note(locale, &[&GROWTH.source, &PUBLISHED[0].source])}
            </p>
        </>
    }
}

/// A published figure as text: "more than $100M", "about $1B", "$5B–$10B".
pub(crate) fn published_cost(locale: &Locale, point: &PublishedPoint) -> String {
    if point.low != point.high {
        locale.fill(
            t::RANGE,
            &[
                &locale.money(point.low.get()),
                &locale.money(point.high.get()),
            ],
        )
    } else if point.at_least {
        locale.fill(t::AT_LEAST, &[&locale.money(point.low.get())])
    } else {
        locale.fill(t::ABOUT, &[&locale.money(point.low.get())])
    }
}

/// The grid lines at the scale's ticks, each with its cost in the left gutter.
#[inline(never)]
pub(crate) fn grid(locale: &Locale, scale: &LogScale, fy: &dyn Fn(f64) -> f64) -> Html {
    scale
        .ticks(6)
        .into_iter()
        .map(|value| {
            let y = px(fy(value));
            html! {
                <g class="grid">
                    <line x1="0" x2="100%" y1={y.clone()} y2={y.clone()} />
                    {svg_text("grid-label", ("-8".into(), y), ("0", "4"), "end", locale.money(value))}
                </g>
            }
        })
        .collect()
}

/// The years along the bottom, `first` to `last` (u32: the page formats no i32, each integer
/// type's formatting is code of its own).
#[inline(never)]
pub(crate) fn year_labels(first: u32, last: u32, fx: &dyn Fn(f64) -> f64, height: f64) -> Html {
    (first..=last)
        .map(|y| {
            // Odd years give way on narrow screens (CSS).
            let class = if y % 2 == 0 { "year" } else { "year year-odd" };
            svg_text(
                class,
                (pct(fx(f64::from(y))), px(height - 8.0)),
                ("0", "0"),
                "middle",
                y.to_string(),
            )
        })
        .collect()
}

/// The band of the confidence interval and the projection, in a nested viewport whose x unit
/// is 1% of the width (polygons and polylines cannot mix percentages and pixels).
#[inline(never)]
pub(crate) fn band(
    projections: &[Projection],
    fx: &dyn Fn(f64) -> f64,
    fy: &dyn Fn(f64) -> f64,
    height: f64,
    view_box: &'static str,
) -> Html {
    let point = |year: u16, value: Usd| {
        format!(
            "{},{}",
            fixed(fx(f64::from(year)) * 100.0, 2),
            fixed(fy(value.get()), 1)
        )
    };
    let band_points = projections
        .iter()
        .map(|p| point(p.year, p.high))
        .chain(projections.iter().rev().map(|p| point(p.year, p.low)))
        .collect::<Vec<_>>()
        .join(" ");
    let line_points = projections
        .iter()
        .map(|p| point(p.year, p.central))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <svg class="band" x="0" y="0" width="100%" height={px(height)}
            viewBox={view_box} preserveAspectRatio="none" aria-hidden="true">
            <polygon points={band_points} />
            <polyline class="projection-line" points={line_points} />
        </svg>
    }
}

/// The cost in five years, as its `data-out`.
#[inline(never)]
pub(crate) fn five_years_out(locale: &Locale, five: f64) -> Html {
    output(
        BarrierOut::TrajectoryFiveYears.code(),
        five,
        locale.money(five),
        Some(AttrValue::from(locale.fill(
            crate::i18n::page::EXACT,
            &[&locale.money_exact(five)],
        ))),
        "",
    )
}

/// When the position would pass the largest company's year of spending: `already` when it
/// does now, else `beyond` with the year as its `data-out`.
#[inline(never)]
pub(crate) fn beyond(
    locale: &Locale,
    cost: Usd,
    year: u16,
    company_year: Usd,
    (already, beyond): (crate::model::Text, crate::model::Text),
) -> Option<Html> {
    year_beyond(cost, year, company_year).map(|when| {
        fill_nodes(
            locale.t(if when == year { already } else { beyond }),
            &[
                html! { {locale.money_node(company_year.get())} },
                html! { {output(BarrierOut::TrajectoryBeyondYear.code(), f64::from(when), when.to_string(), None, "")} },
            ],
        )
    })
}

/// The chart's sources as text, for its downloads.
pub(crate) fn sources_text(locale: &Locale, sources: &[&Source]) -> String {
    sources
        .iter()
        .map(|source| source_text(locale, source))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Source: …; …." after the chart's note.
#[inline(never)]
pub(crate) fn sources_note(locale: &Locale, sources: &[&Source]) -> Html {
    html! {
        <>
            {locale.node(t::SOURCE_LABEL)}
            { for sources.iter().enumerate().map(|(i, source)| html! {
                <>{(i > 0).then_some("; ")}{source_short(locale, source)}</>
            }) }
            {"."}
        </>
    }
}
