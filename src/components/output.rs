//! One result on the page: its formatted text, its raw value for tests and tools
//! (`data-out`, `data-value`) and, on hover or focus, its exact value.

use yew::prelude::*;

thread_local! {
    /// Whether results offer their exact value on focus: not in a static embed, where
    /// nothing is focusable (set by the page before it draws).
    static FOCUSABLE: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// See [`FOCUSABLE`].
pub fn set_focusable(focusable: bool) {
    FOCUSABLE.with(|cell| cell.set(focusable));
}

/// Whether results and chart points may take the focus (not in a static embed).
pub fn focusable() -> bool {
    FOCUSABLE.with(std::cell::Cell::get)
}

/// The raw number as `data-value` carries it: the shortest text that reads back exactly
/// (JavaScript's own number-to-text, which any tool reading the page parses back exactly).
pub fn raw(value: f64) -> AttrValue {
    if value.is_finite() {
        js_sys::Number::from(value)
            .to_string_with_radix(10)
            .map(|text| AttrValue::from(String::from(text)))
            .unwrap_or(AttrValue::Static("0"))
    } else {
        AttrValue::Static("0")
    }
}

/// One result (a plain function, not a component: it has no state, and the page shows
/// dozens of them). `name` is the public `data-out` name, `value` the raw number (US dollars
/// for money), `exact` the exact value offered on hover and focus.
#[inline(never)]
pub fn output(
    name: impl Into<AttrValue>,
    value: f64,
    text: impl Into<AttrValue>,
    exact: Option<AttrValue>,
    class: &'static str,
) -> Html {
    render(name.into(), value, text.into(), exact, class)
}

fn render(
    name: AttrValue,
    value: f64,
    text: AttrValue,
    exact: Option<AttrValue>,
    class: &'static str,
) -> Html {
    let tabindex = exact
        .as_ref()
        .filter(|_| focusable())
        .map(|_| AttrValue::Static("0"));
    let class = if class.is_empty() {
        AttrValue::Static("out")
    } else {
        AttrValue::from(format!("out {class}"))
    };
    html! {
        <span {class} data-out={name} data-value={raw(value)} title={exact.clone()} {tabindex}>
            <span class="out-text">{crate::format::text_node(text)}</span>
            if let Some(exact) = exact {
                <span class="out-exact">{crate::format::text_node(exact)}</span>
            }
        </span>
    }
}
