//! The open calculator of what it costs to build a frontier AI model: the pure cost model
//! and interface texts (native and wasm) and, in the browser, the Yew app.

pub mod i18n;
pub mod model;
pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod format;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod panic_screen;

/// Mounts the calculator on the page's `#app` element (the body when there is none).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use crate::model::Lang;

    panic_screen::install();
    let languages: Vec<String> = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let (view, notices) = interim_render_flags();
    let initial = state::AppState {
        lang: Lang::from_browser(languages.iter().map(String::as_str)),
        view,
        notices,
        ..state::AppState::default()
    };
    let props = app::AppProps { initial };
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            // The loading message is replaced by the app.
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
    // A deliberate panic for the end-to-end test of the panic screen (`?__panic=1`).
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    if search.contains("__panic=1") {
        gloo::timers::callback::Timeout::new(50, || panic!("requested by ?__panic=1")).forget();
    }
}

/// INTERIM until the link codec (`src/model/link.rs`) lands and decodes every key: the render
/// flags (`embed`, `dark`, `transparent`, `plain`, `show`) from the page's address, with a
/// notice for each value that could not be used. Replace with the codec at merge.
#[cfg(target_arch = "wasm32")]
fn interim_render_flags() -> (model::view::ViewFlags, Vec<state::Notice>) {
    let mut flags = model::view::ViewFlags::default();
    let mut notices = Vec::new();
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    for (key, value) in model::embed::query_pairs(&search) {
        if let Err(used) = flags.apply_link_pair(key, &value) {
            notices.push(state::Notice {
                key: key.to_string(),
                given: value,
                used,
            });
        }
    }
    (flags, notices)
}
