//! The page's first render asks for none of the deferred English (the texts shown on demand,
//! loaded after the page has started): a deferred text drawn at once would be empty until the
//! table arrives, and the whole page would then be drawn again, a long task at start-up (it
//! was, on every full page, until 2026-12-07: the Export menu's panel and the print summary).
//! A test binary of its own: the flag it reads is the page's, and no other test may set it.
#![cfg(target_arch = "wasm32")]

use frontier_cost::app::{App, AppProps};
use frontier_cost::model::text::en_table;
use frontier_cost::state::AppState;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn no_first_render_asks_for_a_deferred_text() {
    assert!(!en_table::is_loaded(), "the test runs without the table");
    // The full page of each edition, a renting scenario, the results only and an embed with
    // every input.
    for query in [
        "",
        "v=1&preset=gpt-4",
        "v=2&preset=startup&mode=rent",
        "v=2&plain=1",
        "v=2&embed=1&inputs=all",
    ] {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let initial = AppState::from_query(query, ["en"]);
        let app =
            yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial }).render();
        yew::scheduler::flush().await;
        assert!(
            root.query_selector("[data-out=total]").unwrap().is_some(),
            "{query}: drawn"
        );
        assert!(
            !en_table::asked_early(),
            "{query}: a deferred text was drawn at once"
        );
        app.destroy();
        root.remove();
    }
}
