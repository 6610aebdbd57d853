//! Whether a disclosure has been opened yet: its body is drawn from then on, not in the page's
//! first render (help and the footer's sources, about 570 elements: a quarter of that render).

use yew::prelude::*;

/// `(opened, on_toggle)`: give `on_toggle` to the `<details>`' `ontoggle` (the browser fires
/// it before the next frame, so no frame shows the disclosure open and empty). One hook for
/// every such disclosure: one copy of it in the wasm.
#[hook]
pub fn use_opened() -> (bool, Callback<()>) {
    let opened = use_state(|| false);
    let setter = opened.setter();
    (*opened, Callback::from(move |()| setter.set(true)))
}
