//! The on-demand module's loader. The Embed dialog, the CSV and JSON exports and the chart
//! images are a second WebAssembly file (`src/later_main.rs`), fetched the first time a reader
//! asks for one of them: the first load, which every reader downloads, carries none of their
//! code. The two modules share nothing but the page: this one passes the calculation as its
//! link query, the other decodes it with the same codec and model.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

// `import()` is syntax, hence this glue. One load however many callers; a failed one is
// forgotten, so that the next click tries again.
#[wasm_bindgen(inline_js = "let p = null;
export function load_later(js) {
  const at = (f) => new URL(f, document.baseURI).href;
  return p ??= import(at(js))
    .then(async (m) => { await m.default({ module_or_path: at(js.replace(/\\.js$/, '_bg.wasm')) }); return m; })
    .catch((e) => { p = null; throw e; });
}
export function when_near(el, then) {
  if (!window.IntersectionObserver) { then(); return function () {}; }
  const o = new IntersectionObserver(function (es) {
    if (es.some(function (e) { return e.isIntersecting; })) { o.disconnect(); then(); }
  }, { rootMargin: '800px 0px' });
  o.observe(el);
  return function () { o.disconnect(); };
}")]
extern "C" {
    fn load_later(js: &str) -> js_sys::Promise;
    /// Calls `then` once `element` comes within 800 px of the viewport (at once without
    /// IntersectionObserver); returns what stops watching.
    fn when_near(element: &Element, then: &Function) -> Function;
}

/// Calls `then` once `element` nears the viewport: what sits below the fold loads its code
/// only when the reader scrolls towards it. The returned function stops watching.
pub fn on_near(element: &Element, then: impl FnOnce() + 'static) -> Function {
    let then = Closure::once_into_js(then);
    when_near(element, then.unchecked_ref())
}

/// The `<meta>` through which the build names the module's glue (`later-<hash>.js`; its wasm
/// is `later-<hash>_bg.wasm`).
const META_NAME: &str = "frontier-cost-later";

thread_local! {
    /// The open Embed dialog (see [`open_dialog`]).
    static DIALOG: RefCell<Option<Handle>> = const { RefCell::new(None) };
}

/// What the page holds of something the other module draws: 0 while the module loads, 1 once
/// given up (unmounted before it came), otherwise its handle there.
pub type Handle = Rc<Cell<u32>>;

/// What the other module needs to know of the page: its language, then the calculation's
/// query (without render flags).
pub fn args(lang: crate::model::Lang, query: &str) -> String {
    format!("{}\n{query}", lang.code())
}

/// Calls `then` with the module once it is there; `failed` when it cannot load.
fn with_module(then: impl FnOnce(JsValue) + 'static, failed: impl FnOnce() + 'static) {
    let file = crate::zh_texts::named_file(META_NAME, "later.js");
    crate::download::then(&load_later(&file), then, failed);
}

/// Calls the module's function `name`.
fn call(module: &JsValue, name: &str, args: &[&JsValue]) -> JsValue {
    Reflect::get(module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| {
            f.apply(&JsValue::NULL, &args.iter().copied().collect::<Array>())
                .ok()
        })
        .unwrap_or(JsValue::UNDEFINED)
}

/// Has the module draw `kind` (`share`: the Share menu's panel; `embed`: the Embed dialog;
/// `deeper`: the deeper barrier panels, those the host's `data-panels` names)
/// into `host` for `args` (see [`args`]); `failed` runs when the module cannot load. `closed`
/// is called when it closes itself (the panel passes whether the focus goes back to its
/// button).
pub fn mount_with(
    kind: &'static str,
    host: Element,
    args: String,
    closed: JsValue,
    failed: impl FnOnce() + 'static,
) -> Handle {
    mount_current(kind, host, Rc::new(RefCell::new(args)), closed, failed)
}

/// [`mount_with`] for something that follows the calculation: it is drawn with what `args`
/// holds once the module has loaded (an edit meanwhile is not lost).
pub fn mount_current(
    kind: &'static str,
    host: Element,
    args: Rc<RefCell<String>>,
    closed: JsValue,
    failed: impl FnOnce() + 'static,
) -> Handle {
    let handle = Handle::default();
    let mounted = handle.clone();
    with_module(
        move |module| {
            if mounted.get() == 1 {
                return;
            }
            let args = JsValue::from_str(&args.borrow());
            let id = call(&module, "mount", &[&kind.into(), &host, &args, &closed]);
            mounted.set(id.as_f64().map_or(1, |id| id as u32));
        },
        failed,
    );
    handle
}

/// See [`mount_with`]: something the page closes itself ([`unmount`]).
pub fn mount(
    kind: &'static str,
    host: Element,
    args: String,
    failed: impl FnOnce() + 'static,
) -> Handle {
    mount_with(kind, host, args, JsValue::UNDEFINED, failed)
}

/// Takes down what `handle` names (or gives it up while the module loads).
pub fn unmount(handle: &Handle) {
    let id = handle.replace(1);
    if id > 1 {
        with_module(
            move |module| drop(call(&module, "unmount", &[&JsValue::from(id)])),
            || {},
        );
    }
}

/// Gives what `handle` names the page's new calculation.
pub fn update(handle: &Handle, args: String) {
    let id = handle.get();
    if id > 1 {
        with_module(
            move |module| {
                drop(call(
                    &module,
                    "update",
                    &[&JsValue::from(id), &JsValue::from_str(&args)],
                ))
            },
            || {},
        );
    }
}

/// Opens the Embed dialog for `args`. It lives outside the app's element (a modal dialog is
/// drawn above the page wherever it sits). Closing it gives focus back to the Embed button.
/// `failed` runs when the module cannot load.
pub fn open_dialog(args: String, failed: impl FnOnce() + 'static) {
    if DIALOG.with_borrow(Option::is_some) {
        return;
    }
    let document = gloo::utils::document();
    let Ok(host) = document.create_element("div") else {
        return;
    };
    host.set_class_name("later-host");
    let _ = document.body().map(|body| body.append_child(&host));
    let closed = {
        let host = host.clone();
        Closure::once_into_js(move || {
            if let Some(handle) = DIALOG.take() {
                unmount(&handle);
            }
            host.remove();
            if let Ok(Some(button)) = document.query_selector("[data-embed-open]") {
                let _ = button.unchecked_into::<HtmlElement>().focus();
            }
        })
    };
    let removed = host.clone();
    let handle = mount_with("embed", host, args, closed, move || {
        DIALOG.take();
        removed.remove();
        failed();
    });
    DIALOG.set(Some(handle));
}

/// Gives the open dialog, if any, the page's new calculation (an undo while it is open).
pub fn update_dialog(args: String) {
    DIALOG.with_borrow(|handle| {
        if let Some(handle) = handle {
            update(handle, args);
        }
    });
}

/// Runs an export (`csv`, `json`) or a chart's download (its `button`) in the other module.
pub fn run(action: &str, button: Element, args: String, failed: impl FnOnce() + 'static) {
    let action = action.to_string();
    with_module(
        move |module| {
            call(
                &module,
                "run",
                &[
                    &JsValue::from_str(&action),
                    &button,
                    &JsValue::from_str(&args),
                ],
            );
        },
        failed,
    );
}
