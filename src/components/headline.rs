//! The headline: total development cost and capital required, large and compact.
//!
//! A plain function, not a component: a component type costs readers about half a kilobyte of
//! download, and this one has no state of its own (it is redrawn with the results anyway).

use yew::prelude::*;

use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::{Mode, OutKey, Outputs};

pub fn headline(locale: &Locale, outputs: &Outputs, mode: Mode) -> Html {
    let total = outputs.total.get();
    let capital = outputs.capital.get();
    let exact = |usd: f64| {
        Some(AttrValue::from(
            locale.fill(t::EXACT, &[&locale.money_exact(usd)]),
        ))
    };
    let capital_note = match mode {
        Mode::Buy => t::CAPITAL_NOTE,
        Mode::Rent => t::CAPITAL_NOTE_RENT,
    };
    html! {
        <div class="headline">
            <div class="headline-item headline-total">
                <h2 class="headline-label">{locale.node(const { OutKey::Total.label() })}</h2>
                {output(OutKey::Total.code(), total, locale.money(total), exact(total), "headline-number")}
                <p class="headline-note">{locale.node(t::TOTAL_NOTE)}</p>
            </div>
            <div class="headline-item headline-capital">
                <h2 class="headline-label">{locale.node(const { OutKey::Capital.label() })}</h2>
                {output(OutKey::Capital.code(), capital, locale.money(capital), exact(capital), "headline-number")}
                <p class="headline-note">{locale.node(capital_note)}</p>
            </div>
        </div>
    }
}
