//! Component tests of the chip picker and the cloud tiers in headless Chromium: the picker
//! offers the scenario edition's chips grouped by vendor and generation, and version 2 shows
//! the chosen chip's prices by contract with the tier in force marked.
#![cfg(target_arch = "wasm32")]

mod support;

use frontier_cost::model::edition::{V1, V2};
use frontier_cost::model::params::CloudTier;
use frontier_cost::model::{ChipId, ParamKey, Value};
use frontier_cost::state::{Action, AppState};
use support::{count, mount};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn families(chips: &[ChipId]) -> u32 {
    let mut names: Vec<&str> = chips.iter().map(|chip| chip.spec().family.en).collect();
    names.dedup();
    names.len() as u32
}

fn renting(state: AppState, chip: ChipId) -> AppState {
    state
        .apply(Action::SetParam(ParamKey::BuyOrRent, Value::Choice("rent")))
        .apply(Action::SetParam(
            ParamKey::Accelerator,
            Value::Choice(chip.code()),
        ))
}

#[wasm_bindgen_test]
async fn version_2_groups_every_chip_and_shows_its_tiers() {
    let state = renting(AppState::default(), ChipId::TpuV6e).apply(Action::SetParam(
        ParamKey::CloudTierChoice,
        Value::Choice("1y"),
    ));
    assert_eq!(state.link.edition().version, 2);
    let root = mount(state).await;
    let select = "select[data-param=chip]";
    assert_eq!(
        count(&root, &format!("{select} option")),
        V2.chips.len() as u32
    );
    assert_eq!(
        count(&root, &format!("{select} optgroup")),
        families(V2.chips)
    );
    let group = root
        .query_selector(&format!("{select} optgroup[label=\"Google TPU\"]"))
        .unwrap()
        .expect("a Google TPU group");
    assert_eq!(group.query_selector_all("option").unwrap().length(), 3);

    let tiers = "[data-tiers=tpu-v6e]";
    assert_eq!(count(&root, &format!("{tiers} td")), 3);
    let current = root
        .query_selector(&format!("{tiers} td[aria-current=true]"))
        .unwrap()
        .expect("the tier in force is marked");
    assert_eq!(
        current.get_attribute("data-tier").as_deref(),
        Some(CloudTier::OneYear.code())
    );
    assert!(current.text_content().unwrap().contains("$1.89"));
    let text = root
        .query_selector(tiers)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(text.contains("$2.7") && text.contains("$1.22"), "{text}");
    assert!(
        text.contains("Google Cloud"),
        "the sources are named: {text}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn version_1_offers_its_own_chips_and_no_tiers() {
    let state = AppState::from_query("v=1", ["en"]);
    assert_eq!(state.link.edition().version, 1);
    let root = mount(renting(state, ChipId::H100)).await;
    let select = "select[data-param=chip]";
    assert_eq!(
        count(&root, &format!("{select} option")),
        V1.chips.len() as u32
    );
    assert_eq!(
        count(&root, &format!("{select} optgroup")),
        families(V1.chips)
    );
    assert_eq!(count(&root, "[data-tiers]"), 0);
    root.remove();
}
