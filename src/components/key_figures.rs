//! Key physical figures: compute, accelerator-hours, time, energy and power.
//!
//! A plain function, not a component: a component type costs readers about half a kilobyte of
//! download, and this one has no state of its own (it is redrawn with the results anyway).

use yew::prelude::*;

use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::{OutKey, Outputs, Text};

/// The figures, in order: each one's name and `data-out` come from its `OutKey`, like the
/// exports' (the names written out here, at compile time).
const FIGURES: [(OutKey, Text); 8] = {
    let keys = [
        OutKey::CostFinalRun,
        OutKey::FlopFinal,
        OutKey::FlopTotal,
        OutKey::AccelHoursFinal,
        OutKey::AccelHours,
        OutKey::DaysFinal,
        OutKey::EnergyMwh,
        OutKey::PowerMw,
    ];
    let mut figures = [(OutKey::Total, OutKey::Total.label()); 8];
    let mut i = 0;
    while i < keys.len() {
        figures[i] = (keys[i], keys[i].label());
        i += 1;
    }
    figures
};

pub fn key_figures(locale: &Locale, out: &Outputs) -> Html {
    let flop = |v: f64| locale.fill(t::FLOP_UNIT, &[&locale.flop(v)]);
    let hours = |v: f64| locale.fill(t::HOURS_VALUE, &[&locale.compact(v)]);
    let exact_hours = |v: f64| {
        Some(AttrValue::from(
            locale.fill(t::HOURS_VALUE, &[&locale.plain(v.round())]),
        ))
    };
    let value = |key: OutKey| out.value(key);
    let shown: [(String, Option<AttrValue>); 8] = [
        (
            locale.money(value(OutKey::CostFinalRun)),
            Some(AttrValue::from(locale.fill(
                t::EXACT,
                &[&locale.money_exact(value(OutKey::CostFinalRun))],
            ))),
        ),
        (flop(value(OutKey::FlopFinal)), None),
        (flop(value(OutKey::FlopTotal)), None),
        (
            hours(value(OutKey::AccelHoursFinal)),
            exact_hours(value(OutKey::AccelHoursFinal)),
        ),
        (
            hours(value(OutKey::AccelHours)),
            exact_hours(value(OutKey::AccelHours)),
        ),
        (
            locale.fill(t::DAYS_VALUE, &[&locale.plain(round_days(out.days_final))]),
            None,
        ),
        (
            locale.fill(t::ENERGY_VALUE, &[&locale.compact(out.energy_mwh.get())]),
            None,
        ),
        (
            locale.fill(t::POWER_VALUE, &[&locale.compact(out.power_mw)]),
            None,
        ),
    ];
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title" class="section-label">{locale.node(t::KEY_FIGURES)}</h2>
            <dl class="figures">
                { for FIGURES.into_iter().zip(shown).map(|((key, label), (text, exact))| html! {
                    <div class="figure">
                        <dt>{locale.node(label)}</dt>
                        <dd>{output(key.code(), value(key), text, exact, "")}</dd>
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
