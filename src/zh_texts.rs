//! Loads the table of Chinese texts. The page's WebAssembly has no Chinese compiled in (the
//! model's `external-zh` feature, see `model::text::Text`): English readers, most of them,
//! never download it, and a Chinese reader's page fetches it once, before it shows Chinese.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
        wasm_bindgen_futures::spawn_local(async {
            if let Err(why) = load().await {
                web_sys::console::warn_1(&format!("frontier-cost: Chinese texts: {why}").into());
            }
            let callbacks = WAITING.with(|waiting| waiting.borrow_mut().take());
            for callback in callbacks.into_iter().flatten() {
                callback();
            }
        });
    }
}

fn file_name() -> String {
    gloo::utils::document()
        .query_selector(&format!("meta[name=\"{META_NAME}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| FALLBACK_FILE.to_string())
}

async fn load() -> Result<(), String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&file_name()))
        .await
        .map_err(|_| "not reachable".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "unreadable")?;
    let text = JsFuture::from(text).await.map_err(|_| "unreadable")?;
    let text = text.as_string().ok_or("not text")?;
    zh_table::install(&text).ok_or("not a table of texts")?;
    Ok(())
}
