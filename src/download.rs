//! Files made in the reader's browser: downloads (a Blob behind an `<a download>`), today's
//! date, and chart images, which `static/chart-image.js` draws: that module is loaded only
//! when a reader asks for an image, so that readers who never do (most, on a phone inside an
//! article) don't download its code. Nothing leaves the browser.

use js_sys::{Array, Date, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, Url};

// Chart images are drawn by `static/chart-image.js`, imported (`import()` is syntax, not a
// function, hence this glue) only when a reader asks for one. Its address is resolved against
// the page, wherever the bindings' snippets are served from. `status` shows `failed` if the
// image could not be made.
#[wasm_bindgen(
    inline_js = "const m = () => import(new URL('chart-image.js', document.baseURI).href);
export function chart_image(i, f, n, title, source, link, s, e) {
  m().then((m) => m.download(i, f, n, { title, source, link }), () => 0)
    .then((ok) => { if (s) s.textContent = ok ? '' : e; });
}
export function embed_image(src, title, source, link, img, a) {
  return m().then((m) => m.embedImage(src, { title, source, link }, img, a));
}"
)]
extern "C" {
    /// Offers the chart drawn in the element `id` as an SVG or PNG (`format`) named `name`,
    /// with a footer saying `title`, `source` and `link`.
    #[allow(clippy::too_many_arguments)]
    pub fn chart_image(
        id: &str,
        format: &str,
        name: &str,
        title: &str,
        source: &str,
        link: &str,
        status: Option<Element>,
        failed: &str,
    );

    /// Draws the embed at `src` (this origin's, static) as a PNG at 2× with a footer, into
    /// `img` and the download link `a`; resolves to `[width, height]` in pixels.
    pub fn embed_image(
        src: &str,
        title: &str,
        source: &str,
        link: &str,
        img: &Element,
        a: &Element,
    ) -> js_sys::Promise;
}

/// Today in the reader's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let date = Date::new_0();
    let two = |n: u32| {
        if n < 10 {
            format!("0{n}")
        } else {
            n.to_string()
        }
    };
    format!(
        "{}-{}-{}",
        date.get_full_year(),
        two(date.get_month() + 1),
        two(date.get_date())
    )
}

/// Today in English words, as APA writes the day of access: `December 2, 2026`.
pub fn today_in_words() -> String {
    let options = js_sys::Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"long".into());
    String::from(Date::new_0().to_locale_date_string("en-US", &options))
}

/// Offers a blob as a download named `name`.
pub fn save_blob(name: &str, blob: &Blob) -> bool {
    let Ok(url) = Url::create_object_url_with_blob(blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let saved = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        .is_some_and(|link| {
            link.set_href(&url);
            link.set_download(name);
            link.click();
            true
        });
    // The download has started; the address is no longer needed once it has.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    saved
}

fn text_blob(text: &str, mime: &str) -> Option<Blob> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options).ok()
}

/// Offers a text as a download.
pub fn save_text(name: &str, mime: &str, text: &str) -> bool {
    text_blob(text, mime).is_some_and(|blob| save_blob(name, &blob))
}

/// Runs `on_value` with a promise's value, or `on_error` if it is rejected (never left
/// unhandled).
pub fn then(
    promise: &JsValue,
    on_value: impl FnOnce(JsValue) + 'static,
    on_error: impl FnOnce() + 'static,
) {
    call_then(
        promise,
        &Closure::once_into_js(on_value),
        &Closure::once_into_js(move |_: JsValue| on_error()),
    );
}

/// The part of [`then`] that is the same for every caller (compiled once).
fn call_then(promise: &JsValue, ok: &JsValue, err: &JsValue) {
    if let Some(method) = Reflect::get(promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|method| method.dyn_into::<Function>().ok())
    {
        let _ = method.call2(promise, ok, err);
    }
}
