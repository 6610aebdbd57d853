//! Key physical figures: compute, accelerator-hours, time, energy and power.
//!
//! A plain function, not a component: a component type costs readers about half a kilobyte of
//! download, and this one has no state of its own (it is redrawn with the results anyway).

use yew::prelude::*;

use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::Outputs;

pub fn key_figures(locale: &Locale, out: &Outputs) -> Html {
    let flop = |v: f64| locale.fill(t::FLOP_UNIT, &[&locale.flop(v)]);
    let hours = |v: f64| locale.fill(t::HOURS_VALUE, &[&locale.compact(v)]);
    let exact_hours = |v: f64| {
        Some(AttrValue::from(
            locale.fill(t::HOURS_VALUE, &[&locale.plain(v.round())]),
        ))
    };
    let final_run = out.cost_final_run.get();
    let rows: Vec<(
        &'static str,
        crate::model::Text,
        f64,
        String,
        Option<AttrValue>,
    )> = vec![
        (
            "cost_final_run",
            t::FINAL_RUN_COST,
            final_run,
            locale.money(final_run),
            Some(AttrValue::from(
                locale.fill(t::EXACT, &[&locale.money_exact(final_run)]),
            )),
        ),
        (
            "flop_final",
            t::FLOP_FINAL,
            out.flop_final.get(),
            flop(out.flop_final.get()),
            None,
        ),
        (
            "flop_total",
            t::FLOP_TOTAL,
            out.flop_total.get(),
            flop(out.flop_total.get()),
            None,
        ),
        (
            "accel_hours_final",
            t::ACCEL_HOURS_FINAL,
            out.accel_hours_final.get(),
            hours(out.accel_hours_final.get()),
            exact_hours(out.accel_hours_final.get()),
        ),
        (
            "accel_hours",
            t::ACCEL_HOURS,
            out.accel_hours.get(),
            hours(out.accel_hours.get()),
            exact_hours(out.accel_hours.get()),
        ),
        (
            "days_final",
            t::DAYS_FINAL,
            out.days_final,
            locale.fill(t::DAYS_VALUE, &[&locale.plain(round_days(out.days_final))]),
            None,
        ),
        (
            "energy_mwh",
            t::ENERGY,
            out.energy_mwh.get(),
            locale.fill(t::ENERGY_VALUE, &[&locale.compact(out.energy_mwh.get())]),
            None,
        ),
        (
            "power_mw",
            t::POWER,
            out.power_mw,
            locale.fill(t::POWER_VALUE, &[&locale.compact(out.power_mw)]),
            None,
        ),
    ];
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title" class="section-label">{locale.t(t::KEY_FIGURES)}</h2>
            <dl class="figures">
                { for rows.into_iter().map(|(name, label, value, text, exact)| html! {
                    <div class="figure">
                        <dt>{locale.t(label)}</dt>
                        <dd>{output(name, value, text, exact, "")}</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

/// Days to a precision that means something: 0.4, 12, 95.
pub(crate) fn round_days(days: f64) -> f64 {
    if days < 10.0 {
        (days * 10.0).round() / 10.0
    } else {
        days.round()
    }
}
