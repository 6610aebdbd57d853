//! The Share menu: the link to what the reader sees (copy it, the device's share sheet, X,
//! LinkedIn, e-mail). The link points to the calculator's public address, never to a page
//! embedding it, and leaves out the embed's render flags.

use crate::download::then;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Clipboard, HtmlElement, HtmlInputElement, Node, ShareData};
use yew::prelude::*;

use crate::components::full_calculator_href;

use crate::format::Locale;
use crate::i18n::page::APP_TITLE;
use crate::i18n::share as t;
use crate::model::Text;

#[derive(Properties, PartialEq)]
pub struct ShareMenuProps {
    /// The query of the state to share (`link::encode`, without render flags).
    pub query: AttrValue,
}

/// A property of `navigator`, when the browser has it.
fn navigator_member(name: &str) -> Option<JsValue> {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn encode_component(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

#[component]
pub fn ShareMenu(props: &ShareMenuProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let open = use_state_eq(|| false);
    let status = use_state_eq(|| None::<Text>);
    let container = use_node_ref();
    let toggle = use_node_ref();
    let first_action = use_node_ref();
    let field = use_node_ref();

    let url = full_calculator_href(&props.query);
    let title = locale.t(APP_TITLE);
    let can_share = navigator_member("share").is_some_and(|share| share.is_function());

    // Opening moves focus into the menu; a click outside closes it.
    {
        let first_action = first_action.clone();
        let container = container.clone();
        let open_handle = open.clone();
        use_effect_with(*open, move |is_open| {
            let listener = is_open.then(|| {
                if let Some(button) = first_action.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
                gloo::events::EventListener::new(&gloo::utils::document(), "click", move |event| {
                    let target = event.target().and_then(|t| t.dyn_into::<Node>().ok());
                    let inside = container
                        .cast::<Node>()
                        .is_some_and(|menu| menu.contains(target.as_ref()));
                    if !inside {
                        open_handle.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_toggle = {
        let open = open.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(None);
            open.set(!*open);
        })
    };
    let on_keydown = {
        let open = open.clone();
        let toggle = toggle.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                event.prevent_default();
                open.set(false);
                if let Some(button) = toggle.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    let on_focusout = {
        let open = open.clone();
        let container = container.clone();
        Callback::from(move |event: FocusEvent| {
            // Tabbing out closes the menu; a click elsewhere is handled by the listener.
            let Some(next) = event
                .related_target()
                .and_then(|t| t.dyn_into::<Node>().ok())
            else {
                return;
            };
            let inside = container
                .cast::<Node>()
                .is_some_and(|menu| menu.contains(Some(&next)));
            if !inside {
                open.set(false);
            }
        })
    };
    let on_copy = {
        let status = status.clone();
        let field = field.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let by_hand = {
                let status = status.clone();
                let field = field.clone();
                move || {
                    if let Some(input) = field.cast::<HtmlInputElement>() {
                        let _ = input.focus();
                        input.select();
                    }
                    status.set(Some(t::COPY_BY_HAND));
                }
            };
            match navigator_member("clipboard") {
                Some(clipboard) => {
                    let promise = clipboard.unchecked_into::<Clipboard>().write_text(&url);
                    let status = status.clone();
                    then(&promise, move |_| status.set(Some(t::LINK_COPIED)), by_hand);
                }
                None => by_hand(),
            }
        })
    };
    let on_native = {
        let url = url.clone();
        let title = title.to_string();
        Callback::from(move |_: MouseEvent| {
            let data = ShareData::new();
            data.set_title(&title);
            data.set_url(&url);
            let promise = gloo::utils::window().navigator().share_with_data(&data);
            // Closing the share sheet rejects the promise: nothing to say.
            then(&promise, |_| {}, || {});
        })
    };
    let on_field_focus = Callback::from(|event: FocusEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        input.select();
    });

    let encoded_url = encode_component(&url);
    let x_href = format!(
        "https://twitter.com/intent/tweet?url={encoded_url}&text={}",
        encode_component(title)
    );
    let linkedin_href =
        format!("https://www.linkedin.com/sharing/share-offsite/?url={encoded_url}");
    let mail_href = format!(
        "mailto:?subject={}&body={}",
        encode_component(title),
        encode_component(&format!("{}\n\n{url}", locale.t(t::EMAIL_BODY)))
    );
    let new_tab = html! { <span class="visually-hidden">{" "}{locale.t(t::NEW_TAB)}</span> };

    html! {
        <div class="share" ref={container} onkeydown={on_keydown} onfocusout={on_focusout}>
            <button type="button" class="button share-toggle" ref={toggle}
                aria-expanded={if *open { "true" } else { "false" }} aria-controls="share-panel"
                onclick={on_toggle} data-share="toggle">
                <svg class="share-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                    <path d="M8 1.5v8.5M4.75 4.75 8 1.5l3.25 3.25M3 8.5v5.25h10V8.5"
                        fill="none" stroke="currentColor" stroke-width="1.6"
                        stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                {locale.t(t::SHARE)}
            </button>
            if *open {
                <div id="share-panel" class="share-panel" role="group" aria-labelledby="share-panel-title">
                    <h2 id="share-panel-title" class="share-title">{locale.t(t::SHARE_MENU)}</h2>
                    <label class="share-link-label" for="share-link">{locale.t(t::LINK_LABEL)}</label>
                    <input id="share-link" class="share-link" type="text" readonly=true
                        value={url.clone()} ref={field} onfocus={on_field_focus}
                        data-share-link="" aria-describedby="share-link-note" />
                    <p id="share-link-note" class="share-note">{locale.t(t::LINK_NOTE)}</p>
                    <ul class="share-actions">
                        <li>
                            <button type="button" class="button button-primary share-copy"
                                ref={first_action} onclick={on_copy} data-share="copy">
                                {locale.t(t::COPY_LINK)}
                            </button>
                        </li>
                        if can_share {
                            <li>
                                <button type="button" class="button" onclick={on_native} data-share="native">
                                    {locale.t(t::SHARE_NATIVE)}
                                </button>
                            </li>
                        }
                        <li>
                            <a class="share-out" href={x_href} target="_blank" rel="noopener noreferrer" data-share="x">
                                {locale.t(t::SHARE_X)}{new_tab.clone()}
                            </a>
                        </li>
                        <li>
                            <a class="share-out" href={linkedin_href} target="_blank" rel="noopener noreferrer" data-share="linkedin">
                                {locale.t(t::SHARE_LINKEDIN)}{new_tab}
                            </a>
                        </li>
                        <li>
                            <a class="share-out" href={mail_href} data-share="email">{locale.t(t::SHARE_EMAIL)}</a>
                        </li>
                    </ul>
                    <p class={classes!("share-status", (*status == Some(t::LINK_COPIED)).then_some("is-copied"))} role="status">
                        { (*status).map(|text| locale.t(text)).unwrap_or_default() }
                    </p>
                </div>
            }
        </div>
    }
}
