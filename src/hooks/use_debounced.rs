//! A value that follows another once it has stopped changing for a while.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Returns `value` as it was `delay_ms` after its last change; until then, the previous one.
#[hook]
pub fn use_debounced<T>(value: T, delay_ms: u32) -> T
where
    T: Clone + PartialEq + 'static,
{
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = Timeout::new(delay_ms, move || settled.set(value));
            // Dropping the timeout on the next change cancels it.
            move || drop(timeout)
        });
    }
    (*settled).clone()
}
