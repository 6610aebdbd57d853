//! Inside a frame, tells the host page how tall the content is, in every format of
//! [`embed::height_messages`]: on load, when fonts are ready, on every change of at least one
//! pixel, and when a host script asks. Obeys its parent window's theme and language messages
//! ([`embed::HostMessage`]). Also marks `<html data-embed>` in embed mode.
//! Needs no cookies or storage, so it works in sandboxed, opaque-origin frames.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

use crate::embed::{self, Field, FrameAddress, HeightMessage, HostMessage};
use crate::state::AppState;

/// `wrapper` is the element holding everything the page shows; `embed` the `embed=1` flag;
/// `dispatch` takes the host page's theme and language.
#[hook]
pub fn use_embed_frame(wrapper: NodeRef, embed: bool, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(embed, move |embed| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = if *embed {
                root.set_attribute("data-embed", "")
            } else {
                root.remove_attribute("data-embed")
            };
        }
        let reporter = parent_window()
            .zip(wrapper.cast::<Element>())
            .map(|(parent, wrapper)| HeightReporter::start(parent, wrapper, dispatch));
        move || drop(reporter)
    });
}

/// The window this page is framed in, if it is framed at all.
pub fn parent_window() -> Option<Window> {
    let window = gloo::utils::window();
    let parent = window.parent().ok().flatten()?;
    (!Object::is(&parent, &window)).then_some(parent)
}

/// Converts a message to what `postMessage` sends: an object or a string.
pub fn to_js(message: &HeightMessage) -> JsValue {
    match message {
        HeightMessage::Text(text) => JsValue::from_str(text),
        HeightMessage::Object(fields) => {
            let object = Object::new();
            for (key, value) in fields {
                let value = match value {
                    Field::Number(number) => JsValue::from_f64(*number),
                    Field::Text(text) => JsValue::from_str(text),
                };
                // Setting a property on a fresh plain object cannot fail.
                let _ = Reflect::set(&object, &JsValue::from_str(key), &value);
            }
            object.into()
        }
    }
}

struct Sender {
    parent: Window,
    wrapper: Element,
    /// The address the frame was loaded with: the messages never tell the reader's edits.
    address: FrameAddress,
    /// The last height reported; 0 before the first report.
    last: Cell<u32>,
}

impl Sender {
    /// The content's height: the bottom of the wrapper in document coordinates, rounded up.
    /// Never the viewport's: inside a self-sizing frame that would only ever grow.
    fn height(&self) -> Option<u32> {
        let window = gloo::utils::window();
        let bottom = self.wrapper.get_bounding_client_rect().bottom();
        embed::sane_height(bottom + window.scroll_y().unwrap_or(0.0))
    }

    /// Sends the height when it changed (or always, when `force`).
    fn report(&self, force: bool) {
        let Some(height) = self.height() else { return };
        if !force && height == self.last.get() {
            return;
        }
        self.last.set(height);
        for message in self.address.height_messages(height) {
            // The host's origin is unknown (and opaque when sandboxed): the messages carry
            // nothing but the height and the address the host itself gave the frame.
            let _ = self.parent.post_message(&to_js(&message), "*");
        }
    }
}

struct HeightReporter {
    observer: Option<ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_load: Option<EventListener>,
    _on_request: EventListener,
    alive: Rc<Cell<bool>>,
}

impl HeightReporter {
    fn start(
        parent: Window,
        wrapper: Element,
        dispatch: UseReducerDispatcher<AppState>,
    ) -> HeightReporter {
        let window = gloo::utils::window();
        let document = gloo::utils::document();
        // Taken before any edit can rewrite it (the frame starts reporting as it mounts).
        let href = window.location().href().unwrap_or_default();
        let sender = Rc::new(Sender {
            parent,
            wrapper: wrapper.clone(),
            address: FrameAddress::loaded(&href),
            last: Cell::new(0),
        });
        let alive = Rc::new(Cell::new(true));

        let on_resize = {
            let sender = sender.clone();
            Closure::<dyn FnMut()>::new(move || sender.report(false))
        };
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &observer {
            observer.observe(&wrapper);
        }

        // The load event may have passed before the app mounted: report now, and again on it.
        sender.report(true);
        let on_load = (document.ready_state() != "complete").then(|| {
            let sender = sender.clone();
            EventListener::once(&window, "load", move |_| sender.report(true))
        });

        // Web fonts change line heights once they arrive.
        if let Ok(ready) = document.fonts().ready() {
            let sender = sender.clone();
            let alive = alive.clone();
            let on_ready = move |_| {
                if alive.get() {
                    sender.report(true);
                }
            };
            crate::download::then(&ready, on_ready, || {});
        }

        // Only the parent window is heard: a host script that loaded after our first report
        // asks again; the host page sets the theme and the language.
        let on_request = {
            let sender = sender.clone();
            EventListener::new(&window, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                if !event
                    .source()
                    .is_some_and(|source| Object::is(&source, &sender.parent))
                {
                    return;
                }
                let data = event.data();
                let field = |key| Reflect::get(&data, &JsValue::from_str(key)).ok();
                let Some(kind) = field("type").and_then(|kind| kind.as_string()) else {
                    return;
                };
                if kind == embed::REQUEST_HEIGHT_TYPE {
                    sender.report(true);
                } else if let Some(message) = HostMessage::parse(
                    &kind,
                    field("dark").and_then(|dark| dark.as_bool()),
                    field("lang").and_then(|lang| lang.as_string()).as_deref(),
                ) {
                    dispatch.dispatch(message.action());
                }
            })
        };

        HeightReporter {
            observer,
            _on_resize: on_resize,
            _on_load: on_load,
            _on_request: on_request,
            alive,
        }
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.alive.set(false);
    }
}
