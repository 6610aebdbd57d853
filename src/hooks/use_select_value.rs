//! Keeps a `<select>` showing the state's value. Yew only toggles the options' `selected`
//! attributes, which the browser ignores for an option the reader has picked before: after
//! Back/Forward or a reset, the menu would show a stale or wrong option.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Returns the `ref` to put on the `<select>` whose value should follow `value`.
#[hook]
pub fn use_select_value(value: AttrValue) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(value, move |value| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                if select.value() != value.as_str() {
                    select.set_value(value);
                }
            }
        });
    }
    node
}
