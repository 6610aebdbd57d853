//! On narrow screens, a slim bar that keeps the total and capital in view while the reader
//! scrolls through the inputs (the full headline sits above them). Hidden on wide screens,
//! where the results column stays in view, and from assistive technology (it repeats the
//! headline).
//!
//! A plain function, not a component: a component type costs readers about a kilobyte of
//! download, and this one has no state.

use yew::prelude::*;

use crate::format::Locale;
use crate::model::{OutKey, Outputs};

pub fn mini_total(locale: &Locale, outputs: &Outputs) -> Html {
    html! {
        <div class="mini-total" aria-hidden="true">
            <span><span class="mini-label">{locale.node(const { OutKey::Total.label() })}</span>{" "}<strong>{locale.money_node(outputs.total.get())}</strong></span>
            <span><span class="mini-label">{locale.node(const { OutKey::Capital.label() })}</span>{" "}<strong>{locale.money_node(outputs.capital.get())}</strong></span>
        </div>
    }
}
