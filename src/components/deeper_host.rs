//! Where the deeper barrier panels (rules, budget, catch-up and carbon) sit on the page. They
//! are drawn by the on-demand module (`DeeperPanels`, `src/later_main.rs`), loaded when the
//! reader scrolls near them, so the first load carries none of their code. The settings they
//! change (`budget`, `halving`, `grid`) come back here as link pairs for the page's reducer.

use std::cell::{Cell, RefCell};

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::export::LATER_FAILED;
use crate::state::Action;

thread_local! {
    /// The pre-rendered page's panels, kept while the app replaces the page's markup.
    static PRERENDERED: std::cell::RefCell<Option<Element>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the pre-rendered deeper panels of `root` (the page's markup, about to be replaced)
/// when they show this very state (the page is not pending): the host shows them until the
/// on-demand module draws its own, so nothing below the fold blinks out at start-up.
pub fn keep_prerendered_panels(root: &Element) {
    let pending = gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("fc-pending"));
    if let (false, Ok(Some(host))) = (pending, root.query_selector(".deeper-host")) {
        PRERENDERED.set(Some(host));
    }
}

#[derive(Properties, PartialEq)]
pub struct DeeperHostProps {
    /// The page's language and the calculation's query (`later::args`).
    pub args: AttrValue,
    /// The panels to draw, as `show=` codes joined by `~` (empty: all three).
    pub panels: AttrValue,
    /// Whether the reader can change the panels' settings.
    pub interactive: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn DeeperHost(props: &DeeperHostProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let host = use_node_ref();
    // The panels' handle in the on-demand module once asked for (see `later::mount`).
    let mounted = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    // The calculation as it is now, for the module when it has loaded.
    let args = use_memo((), |_| RefCell::new(String::new()));
    *args.borrow_mut() = props.args.to_string();
    {
        let host = host.clone();
        let mounted = mounted.clone();
        let args: Rc<RefCell<String>> = args.clone();
        let dispatch = props.dispatch.clone();
        let failed = locale.t(LATER_FAILED);
        use_effect_with((), move |_| {
            let stop = host.cast::<Element>().map(|element| {
                if let Some(old) = PRERENDERED.take() {
                    while let Some(child) = old.first_child() {
                        let _ = element.append_child(&child);
                    }
                }
                let status = element.clone();
                let target = element.clone();
                let mounted = mounted.clone();
                crate::later::on_near(&element, move || {
                    let changed = Closure::<dyn Fn(String, String)>::new(move |key, text| {
                        dispatch.emit(Action::SetDeeper(key, text))
                    });
                    let handle = crate::later::mount_current(
                        "deeper",
                        target,
                        args,
                        changed.into_js_value(),
                        move || {
                            let _ = status.set_attribute("role", "alert");
                            status.set_text_content(Some(failed));
                        },
                    );
                    *mounted.borrow_mut() = handle;
                })
            });
            move || {
                if let Some(stop) = stop {
                    let _ = stop.call0(&JsValue::NULL);
                }
                crate::later::unmount(&mounted.borrow());
            }
        });
    }
    // The panels follow the calculation.
    {
        let mounted = mounted.clone();
        use_effect_with(props.args.clone(), move |args| {
            crate::later::update(&mounted.borrow(), args.to_string());
        });
    }
    html! {
        <div class="deeper-host" ref={host} data-panels={props.panels.clone()}
            data-interactive={if props.interactive { "1" } else { "0" }}></div>
    }
}
