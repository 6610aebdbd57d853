//! The analysis section under the calculator: who can still afford the scenario (ladder and
//! scale), what access it takes, and where costs are heading. Embeds pick panels with `show=`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::access_indicators::{access_indicators, AccessIndicatorsProps};
use crate::components::affordability_ladder::{affordability_ladder, AffordabilityLadderProps};
use crate::components::barrier_scale::{barrier_scale, BarrierScaleProps};
use crate::components::trajectory_chart::{trajectory_v1, TrajectoryChartProps};
use crate::components::trajectory_v2::TrajectoryV2;
use crate::format::Locale;
use crate::i18n::barrier::{self as t, Numbers};
use crate::model::barrier::access;
use crate::model::sources::Source;
use crate::model::view::{Panel, ViewFlags};
use crate::model::{Lang, Outputs, Params};

/// The id the verdict links to.
pub const SECTION_ID: &str = "who-can-afford";

impl Numbers for Locale {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn money(&self, usd: f64) -> String {
        Locale::money(self, usd)
    }
    fn number(&self, value: f64) -> String {
        self.plain(value)
    }
    fn percent(&self, fraction: f64) -> String {
        Locale::percent(self, fraction)
    }
}

/// A translated template with page elements (results with their `data-out`, links) in its
/// placeholders, so that a number can sit inside a sentence in either word order. The one
/// such helper of the page.
pub fn fill_nodes(template: &str, args: &[Html]) -> Html {
    let mut parts: Vec<Html> = Vec::with_capacity(args.len() * 2 + 1);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after
            .find('}')
            .and_then(|end| after[..end].parse::<usize>().ok().map(|index| (index, end)))
        {
            Some((index, end)) => {
                parts.push(Html::from(rest[..start].to_string()));
                parts.push(args.get(index).cloned().unwrap_or_default());
                rest = &after[end + 1..];
            }
            None => {
                parts.push(Html::from(rest[..=start].to_string()));
                rest = after;
            }
        }
    }
    parts.push(Html::from(rest.to_string()));
    html! { <>{ for parts }</> }
}

/// A fraction as an SVG percentage coordinate ("12.34%").
pub fn pct(fraction: f64) -> String {
    format!("{}%", crate::model::decimal::fixed(fraction * 100.0, 2))
}

/// An SVG text label. One shared builder for every chart label keeps the code small.
#[inline(never)]
pub fn svg_text(
    class: &'static str,
    (x, y): (String, String),
    (dx, dy): (&'static str, &'static str),
    anchor: &'static str,
    content: String,
) -> Html {
    html! {
        <text {class} {x} {y} {dx} {dy} text-anchor={anchor}>{crate::format::text_node(content)}</text>
    }
}

/// A source in a few words: publisher (in its own language, marked as such) and date, and
/// whether it is indicative.
pub fn source_short(locale: &Locale, source: &Source) -> Html {
    html! {
        <>
            <span lang={source.lang().code()}>{source.publisher}</span>
            {source_tail(locale, source)}
        </>
    }
}

/// The same as text: `Epoch AI, 2024-05; indicative`.
pub fn source_text(locale: &Locale, source: &Source) -> String {
    format!("{}{}", source.publisher, source_tail(locale, source))
}

fn source_tail(locale: &Locale, source: &Source) -> String {
    let mut text = format!(", {}", source.as_of);
    if source.indicative {
        text.push_str(if locale.lang == Lang::Zh { "，" } else { "; " });
        text.push_str(locale.t(crate::i18n::page::INDICATIVE));
    }
    text
}

#[derive(PartialEq)]
pub struct BarrierPanelProps {
    pub params: Params,
    pub outputs: Rc<Outputs>,
    /// The year of the scenario's preset, where the trajectory places it.
    pub year: u16,
    /// The schema version whose budgets and scale the panels use.
    pub version: u32,
    pub view: ViewFlags,
    /// Where the on-demand module draws version 1's trajectory chart (`app.rs`).
    pub trajectory_host: yew::NodeRef,
    /// Whether the ladder's list and sources have been opened, and what opens them (see
    /// `AffordabilityLadderProps`).
    pub ladder_opened: bool,
    pub open_ladder: yew::Callback<web_sys::Event>,
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn barrier_panel(locale: &Locale, props: &BarrierPanelProps) -> Html {
    let view = &props.view;
    let (barrier, ladder, trajectory) = (
        view.shows(Panel::Barrier),
        view.shows(Panel::Ladder),
        view.shows(Panel::Trajectory),
    );
    if !(barrier || ladder || trajectory) {
        return html! {};
    }
    let out = &props.outputs;
    let capital = out.capital.get();
    let version = props.version;
    let edition = crate::model::edition::get(version).unwrap_or(&crate::model::edition::V1);
    // An embed shows the verdict; the scale and what it takes wait behind one disclosure
    // (interactive) or are left out (static: nothing to open).
    let collapsed = view.embed;
    let is_static = view.embed && view.is_static;
    if is_static && !ladder && !trajectory {
        return html! {};
    }
    let scale = barrier.then(|| {
        barrier_scale(
            locale,
            &BarrierScaleProps {
                level: edition.level_for(out.capital),
                version,
            },
        )
    });
    let indicators = barrier.then(|| {
        access_indicators(
            locale,
            &AccessIndicatorsProps {
                access: access(&props.params, out),
                chip: props.params.chip,
            },
        )
    });
    // Each panel gets only the numbers it draws, so it re-renders only when they change.
    html! {
        <section id={SECTION_ID} class={classes!("analysis", (collapsed && !ladder && !trajectory).then_some("is-collapsed"))}
            aria-labelledby="analysis-title">
            <header class="analysis-head">
                <h2 id="analysis-title" class="analysis-title">{locale.node(t::SECTION_TITLE)}</h2>
                <p class="analysis-dek">{locale.node(t::SECTION_DEK)}</p>
            </header>
            if ladder {
                <div class="analysis-row analysis-row-ladder">
                    {affordability_ladder(locale, &AffordabilityLadderProps { capital, version,
                        details_opened: props.ladder_opened, on_open: props.open_ladder.clone() })}
                    if barrier && !collapsed {
                        {scale.clone()}
                    }
                </div>
            } else if barrier && !collapsed {
                <div class="analysis-row analysis-row-ladder">{scale.clone()}</div>
            }
            if barrier && !collapsed {
                {indicators.clone()}
            }
            // In an interactive embed the verdict above says the level: the scale and what it
            // takes wait behind one disclosure, so that the frame stays article-sized.
            if barrier && collapsed && !is_static {
                <details class="embed-more" data-embed-more="barrier">
                    <summary>{locale.node(t::EMBED_MORE)}</summary>
                    <div class="analysis-row analysis-row-ladder">{scale.clone()}</div>
                    {indicators.clone()}
                </details>
            }
            if trajectory {
                if version >= 2 {
                    <TrajectoryV2 final_run={out.cost_final_run.get()}
                        final_run_cloud={out.accel_hours_final.get() * props.params.rent_per_hour}
                        rent_per_hour={props.params.rent_per_hour} total={out.total.get()}
                        flop={out.flop_final.get()} year={props.year}
                        rent={props.params.mode == crate::model::Mode::Rent}
                        company_year={edition.largest_company_year.get()} />
                } else {
                    // Only older links show it: its chart comes with the on-demand module.
                    {trajectory_v1(locale, &TrajectoryChartProps { total: out.total.get(), year: props.year }, &props.trajectory_host)}
                }
            }
        </section>
    }
}
