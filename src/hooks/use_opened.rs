//! Whether a disclosure has been opened yet: its body is drawn from then on, not in the page's
//! first render (help and the footer's sources: about 500 elements, a quarter of that render).
//! The price: the browser's find in page does not see a body never opened.

use yew::prelude::*;

/// `(opened, on_open)`: give `on_open` to the `<details>`' `ontoggle` (fired from a task
/// queued as it opens: at worst one frame shows it open and empty). One hook for every such
/// disclosure: one copy of it in the wasm; and the event's own type, so that no call site
/// needs an adapter of its own.
#[hook]
pub fn use_opened() -> (bool, Callback<Event>) {
    let opened = use_state(|| false);
    let setter = opened.setter();
    let was = *opened;
    // Once opened, closing and opening again changes nothing: no render.
    (
        was,
        Callback::from(move |_: Event| {
            if !was {
                setter.set(true)
            }
        }),
    )
}
