//! Loads the table of Chinese texts. The page's WebAssembly has no Chinese compiled in (the
//! model's `external-zh` feature, see `model::text::Text`): English readers, most of them,
//! never download it, and a Chinese reader's page fetches it once, before it shows Chinese.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::model::text::zh_table;

/// The `<meta>` through which the build names the table's file (its name carries a hash of
/// its content, so that it can be cached for ever).
const META_NAME: &str = "frontier-cost-zh";
/// The file's name when the page names none (a development build).
const FALLBACK_FILE: &str = "zh-texts.txt";

/// Callers waiting for a load under way (`None` when none is).
type Waiting = Option<Vec<Box<dyn FnOnce()>>>;

thread_local! {
    /// What waits for a load under way: one request, however many callers.
    static WAITING: RefCell<Waiting> = const { RefCell::new(None) };
}

/// Calls `then` once the Chinese texts are there: at once when they already are, otherwise
/// after loading them. A failed load still calls it (the page then shows English text, which
/// beats showing nothing) and says why in the console.
pub fn ensure_loaded(then: impl FnOnce() + 'static) {
    if zh_table::is_loaded() {
        then();
        return;
    }
    let first = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let first = waiting.is_none();
        waiting.get_or_insert_with(Vec::new).push(Box::new(then));
        first
    });
    if first {
        let done = Closure::once_into_js(|text: JsValue| {
            let installed = text.as_string().and_then(zh_table::install).is_some();
            if !installed {
                web_sys::console::warn_1(&"frontier-cost: the Chinese texts did not load".into());
            }
            let callbacks = WAITING.with(|waiting| waiting.borrow_mut().take());
            for callback in callbacks.into_iter().flatten() {
                callback();
            }
        });
        fetch_text(&file_name(), &done);
    }
}

// A few lines of JavaScript instead of Rust futures: the same request for far fewer bytes.
#[wasm_bindgen(
    inline_js = "export function fetch_text(url, done) { fetch(url).then((r) => (r.ok ? r.text() : null)).then(done, () => done(null)); }"
)]
extern "C" {
    /// Fetches `url` and calls `done` with its text, or with `null` when it cannot.
    pub(crate) fn fetch_text(url: &str, done: &JsValue);
}

fn file_name() -> String {
    named_file(META_NAME, FALLBACK_FILE)
}

/// The file a `<meta name>` of the build names, or `fallback`.
pub(crate) fn named_file(meta_name: &str, fallback: &str) -> String {
    gloo::utils::document()
        .query_selector(&format!("meta[name=\"{meta_name}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| fallback.to_string())
}

/// Loads the English of the texts shown only on demand (help and notes, inside closed
/// disclosures: the model's `deferred-en` feature), once, after the page has started; calls
/// `then` with whether they are there. A failed load says so in the console; the
/// disclosures then stay without their notes, nothing else changes.
pub fn load_deferred_en(then: impl FnOnce(bool) + 'static) {
    use crate::model::text::en_table;
    if en_table::is_loaded() {
        then(true);
        return;
    }
    let done = Closure::once_into_js(move |text: JsValue| {
        let installed = text.as_string().and_then(en_table::install).is_some();
        if !installed {
            web_sys::console::warn_1(&"frontier-cost: the help texts did not load".into());
        }
        then(installed);
    });
    fetch_text(&named_file("frontier-cost-en", "deferred-en.txt"), &done);
}
