//! The headline: total development cost and capital required, large and compact.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::output::Output;
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
                <Output name="total" value={total} text={locale.money(total)} exact={exact(total)} class="headline-number" />
                <p class="headline-note">{locale.t(t::TOTAL_NOTE)}</p>
            </div>
            <div class="headline-item headline-capital">
                <h2 class="headline-label">{locale.t(t::CAPITAL)}</h2>
                <Output name="capital" value={capital} text={locale.money(capital)} exact={exact(capital)} class="headline-number" />
                <p class="headline-note">{locale.t(capital_note)}</p>
            </div>
        </div>
    }
}
