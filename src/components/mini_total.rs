//! On narrow screens, a slim bar that keeps the total and capital in view while the reader
//! scrolls through the inputs (the full headline sits above them). Hidden on wide screens,
//! where the results column stays in view, and from assistive technology (it repeats the
//! headline).

use std::rc::Rc;

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::Outputs;

#[derive(Properties, PartialEq)]
pub struct MiniTotalProps {
    pub outputs: Rc<Outputs>,
}

#[component]
pub fn MiniTotal(props: &MiniTotalProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    html! {
        <div class="mini-total" aria-hidden="true">
            <span><span class="mini-label">{locale.t(t::TOTAL)}</span>{" "}<strong>{locale.money(props.outputs.total.get())}</strong></span>
            <span><span class="mini-label">{locale.t(t::CAPITAL)}</span>{" "}<strong>{locale.money(props.outputs.capital.get())}</strong></span>
        </div>
    }
}
