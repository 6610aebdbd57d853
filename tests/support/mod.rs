//! What the browser component tests share: mounting the page on a state, counting elements.

use frontier_cost::app::{App, AppProps};
use frontier_cost::state::AppState;
use web_sys::Element;

/// The page rendered on `initial` into a fresh element of the document.
pub async fn mount(initial: AppState) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial }).render();
    yew::scheduler::flush().await;
    root
}

/// How many elements under `root` match `selector`.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}
