//! Under the headline: the 90% interval of the total as a range bar, with its median and
//! where the reader's own inputs fall.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::barrier_panel::fill_nodes;
use crate::components::output::output;
use crate::format::Locale;
use crate::hooks::Simulation;
use crate::i18n::uncertainty as t;
use crate::model::uncertainty::Ranges;
use crate::model::Params;

#[derive(PartialEq)]
pub struct UncertaintyBandProps {
    pub run: Option<Rc<Simulation>>,
    /// The deterministic total of the current inputs.
    pub total: f64,
    /// The inputs of now, to tell a run that is catching up with an edit.
    pub inputs: (Params, Ranges),
}

/// Position (0–100) of a value on a log scale between two bounds.
pub fn log_position(value: f64, low: f64, high: f64) -> f64 {
    if !(low > 0.0 && high > low && value > 0.0) {
        return 50.0;
    }
    crate::model::units::clamp((value / low).ln() / (high / low).ln() * 100.0, 0.0, 100.0)
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn uncertainty_band(locale: &Locale, props: &UncertaintyBandProps) -> Html {
    let Some(run) = &props.run else {
        return html! { <p class="band band-pending" aria-hidden="true">{locale.node(t::UNC_COMPUTING)}</p> };
    };
    let mc = &run.1;
    let stale = run.0 != props.inputs;
    let total = mc.total;
    // The bar spans a little beyond the interval so its ends are visible.
    let (low, high) = (
        total.p5.min(props.total) / 1.15,
        total.p95.max(props.total) * 1.15,
    );
    let x = |value: f64| log_position(value, low, high) * 10.0;
    let exact = |v: f64| Some(AttrValue::from(locale.money_exact(v)));
    html! {
        <div class={classes!("band", stale.then_some("is-stale"))} aria-busy={stale.then_some("true")}>
            <svg class="band-bar" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true">
                <rect class="band-track" x="0" y="10" width="1000" height="4" />
                <rect class="band-range" x={fixed(x(total.p5), 1)} y="6"
                    width={fixed((x(total.p95) - x(total.p5)).max(2.0), 1)} height="12" rx="3" />
                <rect class="band-median" x={fixed(x(total.p50) - 1.5, 1)} y="2" width="3" height="20" />
                <rect class="band-yours" x={fixed(x(props.total) - 1.0, 1)} y="0" width="2" height="24" />
            </svg>
            <p class="band-text">
                <span class="band-interval">
                    {fill_nodes(locale.t(t::UNC_BAND), &[
                        html! { {output("total_p5", total.p5, locale.money(total.p5), exact(total.p5), "")} },
                        html! { {output("total_p95", total.p95, locale.money(total.p95), exact(total.p95), "")} },
                    ])}
                </span>
                {" · "}
                <span class="band-median-text">
                    {fill_nodes(locale.t(t::UNC_MEDIAN), &[
                        html! { {output("total_p50", total.p50, locale.money(total.p50), exact(total.p50), "")} },
                    ])}
                </span>
            </p>
            <p class="band-capital">
                {locale.fill_node(t::UNC_CAPITAL_BAND, &[&locale.money(mc.capital.p5), &locale.money(mc.capital.p95)])}
                <span class="visually-hidden">
                    {output("capital_p5", mc.capital.p5, locale.money(mc.capital.p5), None, "")}
                    {output("capital_p50", mc.capital.p50, locale.money(mc.capital.p50), None, "")}
                    {output("capital_p95", mc.capital.p95, locale.money(mc.capital.p95), None, "")}
                </span>
            </p>
        </div>
    }
}
