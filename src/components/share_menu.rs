//! The Share button and its menu's frame: opening and closing (a click outside, the button).
//! What the menu holds, the link and "Cite this", is the on-demand module's
//! (`share_panel.rs`, drawn by `crate::later` in this menu), which also closes it on Escape
//! and when the focus leaves it.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::export::LATER_FAILED;
use crate::i18n::share as t;

#[derive(Properties, PartialEq)]
pub struct ShareMenuProps {
    /// The page's language and the calculation's query (`later::args`).
    pub args: AttrValue,
}

#[component]
pub fn ShareMenu(props: &ShareMenuProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let open = use_state_eq(|| false);
    let container = use_node_ref();
    let toggle = use_node_ref();
    let panel = use_node_ref();
    // The panel's handle in the on-demand module while open (see `later::mount`).
    let mounted = use_mut_ref(|| Rc::new(Cell::new(0u32)));

    // Opening draws the panel in the on-demand module, which moves focus into it; a click
    // outside closes it.
    {
        let container = container.clone();
        let open_handle = open.clone();
        let panel = panel.clone();
        let toggle = toggle.clone();
        let mounted = mounted.clone();
        let args = props.args.to_string();
        let failed = locale.t(LATER_FAILED);
        use_effect_with(*open, move |is_open| {
            let handle = is_open.then(|| {
                panel.cast::<Element>().map(|host| {
                    let status = host.clone();
                    let open = open_handle.clone();
                    let closed = Closure::<dyn Fn(bool)>::new(move |focus_back: bool| {
                        open.set(false);
                        if focus_back {
                            if let Some(button) = toggle.cast::<HtmlElement>() {
                                let _ = button.focus();
                            }
                        }
                    });
                    crate::later::mount_with(
                        "share",
                        host,
                        args,
                        closed.into_js_value(),
                        move || {
                            let _ = status.set_attribute("role", "alert");
                            status.set_text_content(Some(failed));
                        },
                    )
                })
            });
            let handle = handle.flatten();
            if let Some(handle) = &handle {
                *mounted.borrow_mut() = handle.clone();
            }
            let listener = is_open.then(|| {
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
            move || {
                drop(listener);
                if let Some(handle) = handle {
                    crate::later::unmount(&handle);
                }
            }
        });
    }
    // An open panel follows the calculation (an undo while it is open).
    {
        let mounted = mounted.clone();
        use_effect_with(props.args.clone(), move |args| {
            crate::later::update(&mounted.borrow(), args.to_string());
        });
    }

    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
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

    html! {
        <div class="share" ref={container} onkeydown={on_keydown} onfocusout={on_focusout}>
            <button type="button" class="button share-toggle" ref={toggle}
                aria-expanded={if *open { "true" } else { "false" }} aria-controls="share-panel"
                onclick={on_toggle} data-share="toggle">
                <svg class="share-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                    <path d="M8 1.5v8.5M4.75 4.75 8 1.5l3.25 3.25M3 8.5v5.25h10V8.5"
                        fill="none" stroke="currentColor" stroke-width="1.6"
                        stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                {locale.node(t::SHARE)}
            </button>
            if *open {
                // The on-demand module draws the panel inside (a shadow root); a message
                // replaces it when the module cannot load.
                <div id="share-panel" class="share-host" ref={panel}></div>
            }
        </div>
    }
}
