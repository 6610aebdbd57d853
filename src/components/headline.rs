//! The headline: total development cost and capital required, large and compact.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::{Mode, Outputs};

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub outputs: Rc<Outputs>,
    pub mode: Mode,
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let total = props.outputs.total.get();
    let capital = props.outputs.capital.get();
    let exact = |usd: f64| {
        Some(AttrValue::from(
            locale.fill(t::EXACT, &[&locale.money_exact(usd)]),
        ))
    };
    let capital_note = match props.mode {
        Mode::Buy => t::CAPITAL_NOTE,
        Mode::Rent => t::CAPITAL_NOTE_RENT,
    };
    html! {
        <div class="headline">
            <div class="headline-item headline-total">
                <h2 class="headline-label">{locale.t(t::TOTAL)}</h2>
                {output("total", total, locale.money(total), exact(total), "headline-number")}
                <p class="headline-note">{locale.t(t::TOTAL_NOTE)}</p>
            </div>
            <div class="headline-item headline-capital">
                <h2 class="headline-label">{locale.t(t::CAPITAL)}</h2>
                {output("capital", capital, locale.money(capital), exact(capital), "headline-number")}
                <p class="headline-note">{locale.t(capital_note)}</p>
            </div>
        </div>
    }
}
