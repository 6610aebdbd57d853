//! What the on-demand module draws in the page as the reader scrolls near it, and the hook
//! that has it drawn: the deeper barrier panels (rules, budget, catch-up and carbon, whose
//! settings `budget`, `halving` and `grid` come back as link pairs for the page's reducer) and
//! version 1's trajectory chart (older links only). The first load carries none of their code.
//! A hook of the app and plain functions, not components: a component costs the first load a
//! copy of Yew's machinery.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::prelude::*;

use crate::state::Action;

thread_local! {
    /// The pre-rendered page's panels, kept while the app replaces the page's markup.
    static PRERENDERED: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Keeps the pre-rendered deeper panels of `root` (the page's markup, about to be replaced)
/// when they show this very state (the page is not pending): the host shows them until the
/// on-demand module draws its own, so nothing below the fold blinks out at start-up; so are
/// the sections the first render keeps (see `takeover`).
pub fn keep_prerendered_panels(root: &Element) {
    let pending = gloo::utils::document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("fc-pending"));
    if pending {
        return;
    }
    if let Ok(Some(host)) = root.query_selector(".deeper-host") {
        PRERENDERED.set(Some(host));
    }
    crate::takeover::keep_sections(root);
}

/// The host's markup: `panels` are the `show=` codes it draws (empty: all three).
pub fn deeper_host(host: &NodeRef, panels: AttrValue, interactive: bool) -> Html {
    html! {
        <div class="deeper-host" ref={host.clone()} data-panels={panels}
            data-interactive={if interactive { "1" } else { "0" }}></div>
    }
}

/// What [`use_later_panel`] draws, and when.
pub struct LaterPanel {
    /// What the module draws: `deeper` or `trajectory1`.
    pub kind: &'static str,
    /// Drawn right after the render rather than when the reader nears it.
    pub at_once: bool,
    /// Whether the page draws the host at all.
    pub shown: bool,
}

/// Fills `host` (when it is drawn) with what the on-demand module draws as `kind` (`deeper`:
/// the deeper panels; `trajectory1`: version 1's trajectory chart) for `args` (the page's
/// language and query, `later::args`) once it nears the viewport; it follows `args`, and a
/// setting the reader changes there is dispatched as [`Action::SetDeeper`]. `at_once` draws it
/// right after the render instead (an embed, sized to its content).
#[hook]
pub fn use_later_panel(
    panel: LaterPanel,
    host: NodeRef,
    args: String,
    dispatch: Callback<Action>,
    failed: &'static str,
) {
    let LaterPanel {
        kind,
        at_once,
        shown,
    } = panel;
    // The panels' handle in the on-demand module once asked for (see `later::mount`).
    let mounted = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    // The calculation as it is now, for the module when it has loaded.
    let current = use_memo((), |_| RefCell::new(String::new()));
    *current.borrow_mut() = args.clone();
    {
        let mounted = mounted.clone();
        let current: Rc<RefCell<String>> = current.clone();
        // Again whenever the page starts or stops showing it (Back to an older link draws
        // version 1's chart): `shown` says whether the host is drawn.
        use_effect_with(shown, move |_| {
            let stop = host.cast::<Element>().map(|element| {
                if let Some(old) = (kind == "deeper").then(|| PRERENDERED.take()).flatten() {
                    while let Some(child) = old.first_child() {
                        let _ = element.append_child(&child);
                    }
                }
                let status = element.clone();
                let target = element.clone();
                let mounted = mounted.clone();
                let draw = move || {
                    let changed = Closure::<dyn Fn(String, String)>::new(move |key, text| {
                        dispatch.emit(Action::SetDeeper(key, text))
                    });
                    let handle = crate::later::mount_current(
                        kind,
                        target,
                        current,
                        changed.into_js_value(),
                        move || {
                            let _ = status.set_attribute("role", "alert");
                            status.set_text_content(Some(failed));
                        },
                    );
                    *mounted.borrow_mut() = handle;
                };
                // Version 1's chart sits high on its page, and an embed's frame is sized to what
                // it shows: drawn at once, after the first render.
                if !at_once {
                    Some(crate::later::on_near(&element, draw))
                } else {
                    draw();
                    None
                }
            });
            move || {
                if let Some(stop) = stop.flatten() {
                    let _ = stop.call0(&JsValue::NULL);
                }
                crate::later::unmount(&mounted.borrow());
            }
        });
    }
    // The panels follow the calculation.
    use_effect_with(args, move |args| {
        crate::later::update(&mounted.borrow(), args.clone());
    });
}
