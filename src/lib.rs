//! The open calculator of what it costs to build a frontier AI model: the web app. The pure
//! cost model is the `frontier-cost-model` crate; this crate adds the page logic (interface
//! texts, exports, embeds, number styles) natively testable, and, in the browser, the Yew app.

pub mod cite;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod log_scale;
pub mod number_style;
pub mod size_classes;
pub mod slider;
pub mod state;

/// The page's allocator (see [`size_classes`]): smaller than the standard library's.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: size_classes::SizeClasses =
    size_classes::SizeClasses::new(size_classes::grow_memory);

/// The cost model, a crate of its own (`crates/model`): the page reads it as `crate::model`.
pub use frontier_cost_model as model;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod download;
pub mod epoch_data;
#[cfg(target_arch = "wasm32")]
pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod later;
#[cfg(target_arch = "wasm32")]
pub mod panic_screen;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
mod test_hooks;
#[cfg(target_arch = "wasm32")]
pub mod zh_texts;

/// Renders the app into `#app` (the body when there is none).
#[cfg(target_arch = "wasm32")]
fn mount(initial: state::AppState) {
    let props = app::AppProps { initial };
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            // The loading message, or the pre-rendered page, is replaced by the app: Yew renders
            // in a microtask, so nothing is painted in between. The pre-rendered deeper panels'
            // place is kept until the on-demand module draws them.
            hooks::keep_prerendered_panels(&root);
            // Taken over at the top of the page, the sections below the fold are laid out as
            // they come near (`.fc-lazy`, styles/main.css): the takeover's layout is a fraction
            // of the page's. Scrolled already, the page is laid out whole: a section above the
            // reader would take its placeholder's height, and what they read would jump. Not
            // in an embed (`embed=1`), whose frame is as tall as its content.
            if !props.initial.link.view.embed
                && gloo::utils::window().scroll_y().is_ok_and(|y| y == 0.0)
            {
                let _ = root.set_attribute("class", "fc-lazy");
            }
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
}

/// The query of the address, or, when it has none, of the state a pre-rendered page was
/// written for (`/gpt-4/`, `/zh/`: `<meta name="frontier-cost-state">`, scripts/prerender.mjs).
#[cfg(target_arch = "wasm32")]
pub fn page_query() -> String {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    if !search.is_empty() {
        return search;
    }
    gloo::utils::document()
        .query_selector("meta[name=frontier-cost-state]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// Called at the first render: `<html data-app="ready">`, and the values of a pre-rendered
/// page that was pending (another state's, hidden by `static/pending.js`) are the app's now.
#[cfg(target_arch = "wasm32")]
pub fn mark_ready() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-app", "ready");
        let _ = root.class_list().remove_1("fc-pending");
    }
}

/// Mounts the calculator on the page's `#app` element (the body when there is none).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic_screen::install();
    // The state comes from the link; the browser's language only for a page without one.
    let search = page_query();
    let languages = hooks::browser_languages();
    let initial = state::AppState::from_query(&search, languages.iter().map(String::as_str));
    // Chinese texts are not compiled in: a page opening in Chinese waits for them.
    if initial.link.lang == model::Lang::Zh {
        zh_texts::ensure_loaded(move || {
            let mut initial = initial;
            // Without its texts a Chinese page would be a mix: English, as a whole, instead.
            if !model::text::zh_table::is_loaded() {
                initial.link.lang = model::Lang::En;
                // A Chinese page's markup is then another state's: pending, none of it kept.
                if let Some(root) = gloo::utils::document().document_element() {
                    let _ = root.class_list().add_1("fc-pending");
                }
            }
            mount(initial);
        });
    } else {
        mount(initial);
    }
    // The panic screen's crash switches exist only in the test build: no link can crash the
    // calculator that readers get.
    #[cfg(feature = "test-hooks")]
    test_hooks::arm();
}
