//! Component tests of the barrier panels in headless Chromium: the level and verdict follow the
//! inputs, and `show=` picks which panels an embed renders.
#![cfg(target_arch = "wasm32")]

mod support;

use frontier_cost::model::barrier::verdict;
use frontier_cost::model::link::LinkState;
use frontier_cost::model::view::{Panel, ViewFlags};
use frontier_cost::model::{evaluate, ParamKey, Value};
use frontier_cost::state::AppState;
use support::{count, mount};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn out_value(root: &Element, name: &str) -> f64 {
    root.query_selector(&format!("[data-out=\"{name}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no data-out={name}"))
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

#[wasm_bindgen_test]
async fn level_and_verdict_follow_the_cluster_size() {
    let root = mount(AppState::default()).await;
    let edition = frontier_cost::model::edition::latest();
    let params = edition.default_preset().params;
    let capital = evaluate(&params).capital;
    // Below the top step, so that the edit below has somewhere to move the level.
    assert!(edition.level_for(capital) < 4);
    assert_eq!(
        out_value(&root, "barrier_level"),
        f64::from(edition.level_for(capital))
    );
    assert_eq!(
        out_value(&root, "ladder_fundable_count"),
        verdict(edition, capital).able as f64
    );

    let input: HtmlInputElement = root
        .query_selector("input[data-param=n]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("2M");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;

    let mut bigger = params;
    bigger
        .set(ParamKey::ClusterSize, Value::Number(2_000_000.0))
        .unwrap();
    let capital = evaluate(&bigger).capital;
    assert_eq!(edition.level_for(capital), 4);
    assert_eq!(out_value(&root, "barrier_level"), 4.0);
    let text = root
        .query_selector(".verdict-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.contains("beyond any single company"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn show_picks_the_barrier_panels() {
    let only = |panels: Vec<Panel>| AppState {
        link: LinkState {
            view: ViewFlags {
                embed: true,
                show: panels,
                ..ViewFlags::default()
            },
            ..LinkState::default()
        },
        ..AppState::default()
    };

    let root = mount(only(vec![Panel::Ladder])).await;
    assert_eq!(count(&root, ".ladder-svg"), 1);
    assert_eq!(count(&root, ".trajectory-svg"), 0);
    assert_eq!(count(&root, "[data-out=barrier_level]"), 0);
    assert_eq!(count(&root, "[data-out=programme_months]"), 0);
    root.remove();

    let root = mount(only(vec![Panel::Total, Panel::Barrier])).await;
    assert_eq!(count(&root, "[data-out=barrier_level]"), 1);
    assert_eq!(count(&root, ".scale-step"), 5);
    assert_eq!(count(&root, "[data-out=programme_months]"), 1);
    assert_eq!(count(&root, ".ladder-svg"), 0);
    assert_eq!(count(&root, ".trajectory-svg"), 0);
    root.remove();

    let root = mount(only(vec![Panel::Breakdown])).await;
    assert_eq!(count(&root, ".analysis"), 0);
    root.remove();

    let root = mount(only(vec![Panel::Trajectory])).await;
    assert_eq!(count(&root, ".trajectory-svg"), 1);
    assert_eq!(count(&root, "[data-out=trajectory_5y]"), 1);
    root.remove();
}
