//! If the app ever panics, it stops visibly: the app turns inert and dimmed, every result is
//! marked as stopped, and a message with Reload and "Start again" appears where the reader is
//! (at what they last pressed or focused, also in a frame sized to its content, where only the
//! host page scrolls); nothing reloads by itself. The release build aborts on panic, so this
//! runs from the panic hook, before the abort.
//!
//! "Abort" in wasm only throws out of the code that panicked, leaving its state half-changed:
//! what must work afterwards is script. `panic_screen.js` (in the first load, a few lines)
//! remembers what the reader last pressed or focused and, on a panic, makes the app inert at
//! once; the message comes from `static/panic.js`, loaded only then (readers whose calculator
//! never panics never download it).

use wasm_bindgen::prelude::*;

use crate::i18n::page as t;
use crate::model::Lang;

#[wasm_bindgen(module = "/src/panic_screen.js")]
extern "C" {
    /// Makes the app inert, then shows the message (`static/panic.js`).
    fn stop(title: &str, text: &str, reload: &str, again: &str);
}

/// Installs the panic hook. Called once, first thing at start-up.
pub fn install() {
    // Through Yew: it replaces any other hook when the app is rendered.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("frontier-cost: {info}").into());
        show();
    }));
}

/// Stops the app and puts the message on the page, in the page's language.
pub fn show() {
    let document = gloo::utils::document();
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(code.split('-').next().unwrap_or("")))
        .unwrap_or_default();
    let [title, text, reload, again] = [
        t::PANIC_TITLE,
        t::PANIC_TEXT,
        t::PANIC_RELOAD,
        t::PANIC_START_AGAIN,
    ]
    .map(|text| text.get(lang));
    stop(title, text, reload, again);
}
