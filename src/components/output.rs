//! One result on the page: its formatted text, its raw value for tests and tools
//! (`data-out`, `data-value`) and, on hover or focus, its exact value.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The public `data-out` name.
    pub name: AttrValue,
    /// The raw number (US dollars for money).
    pub value: f64,
    pub text: AttrValue,
    /// The exact value, offered on hover and focus.
    #[prop_or_default]
    pub exact: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

/// The raw number as `data-value` carries it: the shortest text that reads back exactly.
pub fn raw(value: f64) -> AttrValue {
    if value.is_finite() {
        AttrValue::from(format!("{value}"))
    } else {
        AttrValue::Static("0")
    }
}

#[component]
pub fn Output(props: &OutputProps) -> Html {
    let tabindex = props.exact.as_ref().map(|_| AttrValue::Static("0"));
    html! {
        <span
            class={classes!("out", props.class.clone())}
            data-out={props.name.clone()}
            data-value={raw(props.value)}
            title={props.exact.clone()}
            tabindex={tabindex}
        >
            <span class="out-text">{props.text.clone()}</span>
            if let Some(exact) = &props.exact {
                <span class="out-exact">{exact.clone()}</span>
            }
        </span>
    }
}
