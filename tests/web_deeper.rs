//! Component tests of the deeper barrier panels (issue 19) in headless Chromium: drawn on their
//! own with what the page hands them (`later::args`), they show the numbers of
//! `model::deeper::evaluate`, say so when a budget is below the fixed costs, refuse a typed
//! text that does not read (and tell the page nothing), pass a valid one on, and draw in
//! Chinese.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use frontier_cost::components::{decode_args, DeeperPanels, DeeperPanelsProps};
use frontier_cost::later;
use frontier_cost::model::link::deeper::{budget_text, read_budget};
use frontier_cost::model::{deeper, evaluate, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, InputEvent};
use web_sys::{HtmlElement, InputEventInit};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

/// What the panels told the page.
type Changes = Rc<RefCell<Vec<(String, String)>>>;

/// The panels drawn for `lang` and `query` into a fresh element; the settings they send back
/// are recorded.
async fn mount(lang: Lang, query: &str, panels: &str, interactive: bool) -> (Element, Changes) {
    // The on-demand module loads its deferred English before it mounts: so do the tests.
    let _ = frontier_cost::model::text::en_table::install(
        include_str!("../crates/model/deferred-en.txt").into(),
    );
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let changes: Changes = Rc::default();
    let recorded = changes.clone();
    let props = DeeperPanelsProps {
        args: AttrValue::from(later::args(lang, query)),
        panels: AttrValue::from(panels.to_string()),
        on_change: Callback::from(move |change| recorded.borrow_mut().push(change)),
        interactive,
    };
    yew::Renderer::<DeeperPanels>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, changes)
}

/// The expected results: the model's, for the same args.
fn expected(lang: Lang, query: &str) -> deeper::Deeper {
    let state = decode_args(&later::args(lang, query));
    let params = state.link.scenario.params;
    let outputs = evaluate(&params);
    deeper::evaluate(&params, &outputs, state.link.deeper, state.link.edition())
}

fn value_of(expected: &deeper::Deeper, name: &str) -> Option<f64> {
    expected
        .values()
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

fn out_value(root: &Element, selector: &str) -> f64 {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .get_attribute("data-value")
        .unwrap()
        .parse()
        .unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn input(root: &Element, key: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[data-param=\"{key}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no field {key}"))
        .dyn_into()
        .unwrap()
}

async fn type_into(field: &HtmlInputElement, text: &str) {
    field.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    field
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: HtmlSelectElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap();
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

const GROK_3: &str = "v=2&preset=grok-3";

#[wasm_bindgen_test]
async fn the_panels_show_the_engine_s_numbers() {
    let (root, changes) = mount(Lang::En, GROK_3, "", true).await;
    let model = expected(Lang::En, GROK_3);
    // The three panels, in page order, each with its heading.
    let panels: Vec<String> = (0..3)
        .map(|i| {
            root.query_selector_all("section[data-panel]")
                .unwrap()
                .item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-panel")
                .unwrap()
        })
        .collect();
    assert_eq!(panels, ["rules", "budget", "catchup"]);
    assert_eq!(count(&root, "section[data-panel] > h2"), 3);

    for name in [
        "cost_final_run_cloud",
        "budget_flop",
        "budget_params_b",
        "budget_tokens_t",
        "budget_days",
        "catchup_cost_3y",
        "co2_t",
    ] {
        let expected = value_of(&model, name).unwrap_or_else(|| panic!("{name} in values()"));
        assert_eq!(
            out_value(&root, &format!("[data-out=\"{name}\"]")),
            expected,
            "{name}"
        );
    }
    // Once per rule and per threshold, by the names exports use.
    for crossing in &model.crossings {
        let id = crossing.rule.id;
        assert_eq!(
            Some(out_value(
                &root,
                &format!("[data-out=rule_ratio][data-rule=\"{id}\"]")
            )),
            value_of(&model, &format!("rule_ratio.{id}")),
            "{id}"
        );
    }
    assert_eq!(
        Some(out_value(&root, "[data-out=days_to][data-flop=\"1e25\"]")),
        value_of(&model, "days_to.1e25")
    );
    assert_eq!(
        Some(out_value(&root, "[data-out=days_to][data-flop=\"1e26\"]")),
        value_of(&model, "days_to.1e26")
    );
    // "46× the EU presumption" (4.64e26 ÷ 1e25).
    let eu = root
        .query_selector("[data-out=rule_ratio][data-rule=eu-ai-act]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(eu, "46× the EU presumption");
    // The catch-up year of every organisation the model gives one, a top university lab's
    // 2031 among them.
    assert_eq!(
        out_value(
            &root,
            "[data-out=catchup_year][data-org=\"university-lab\"]"
        ),
        2031.0
    );
    for (budget, year) in &model.years {
        let selector = format!("[data-out=catchup_year][data-org=\"{}\"]", budget.id);
        match year {
            Some(year) => assert_eq!(out_value(&root, &selector), f64::from(*year)),
            None => assert_eq!(count(&root, &selector), 0),
        }
    }
    // The quotable sentence names its assumptions.
    let sentence = root
        .query_selector("[data-catchup-sentence]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(sentence.contains("every 8 months"), "{sentence}");
    // No NaN anywhere, and nothing was sent to the page by drawing.
    let text = root.unchecked_ref::<HtmlElement>().inner_text();
    assert!(!text.contains("NaN"), "{text}");
    assert!(changes.borrow().is_empty());
    // Every field carries its link key.
    assert_eq!(count(&root, "input[data-param=budget]"), 1);
    assert_eq!(count(&root, "select[data-budget-pick]"), 1);
    assert_eq!(count(&root, "input[data-param=halving]"), 1);
    assert_eq!(count(&root, "select[data-param=grid]"), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_budget_below_the_fixed_costs_says_so() {
    let query = "v=2&preset=university-lab&budget=2e5";
    let (root, _) = mount(Lang::En, query, "budget", true).await;
    let model = expected(Lang::En, query);
    assert!(model.budget.is_err());
    let message = root
        .query_selector("[data-budget-error=below-fixed-costs]")
        .unwrap()
        .expect("the fixed-costs message")
        .text_content()
        .unwrap();
    assert!(
        message.starts_with("This budget does not cover the scenario’s fixed costs: $"),
        "{message}"
    );
    assert_eq!(count(&root, "[data-out=budget_flop]"), 0);
    // Only the panel asked for.
    assert_eq!(count(&root, "section[data-panel]"), 1);
    assert_eq!(count(&root, "section[data-panel=budget]"), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn typed_settings_that_do_not_read_are_refused_and_valid_ones_sent() {
    let (root, changes) = mount(Lang::En, GROK_3, "", true).await;
    let budget = input(&root, "budget");
    let before = out_value(&root, "[data-out=budget_flop]");

    type_into(&budget, "lots").await;
    assert!(
        changes.borrow().is_empty(),
        "a text that does not read is kept"
    );
    let budget = input(&root, "budget");
    assert_eq!(
        budget.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = budget.get_attribute("aria-describedby").unwrap();
    assert!(described.contains("deeper-budget-error"), "{described}");
    let message = root
        .query_selector("#deeper-budget-error")
        .unwrap()
        .expect("the message beside the field")
        .text_content()
        .unwrap();
    assert!(message.contains("“lots” is not a budget"), "{message}");
    assert_eq!(
        budget.value(),
        "lots",
        "the refused text stays to be corrected"
    );
    assert_eq!(out_value(&root, "[data-out=budget_flop]"), before);

    type_into(&budget, "500M").await;
    let edition = frontier_cost::model::edition::latest();
    let normalised = budget_text(read_budget("500M", edition).unwrap());
    assert_eq!(
        changes.borrow().as_slice(),
        [("budget".to_string(), normalised)]
    );
    changes.borrow_mut().clear();

    // An organisation from the list.
    choose(&root, "select[data-budget-pick]", "series-b").await;
    assert_eq!(
        changes.borrow().as_slice(),
        [("budget".to_string(), "series-b".to_string())]
    );
    changes.borrow_mut().clear();

    let halving = input(&root, "halving");
    type_into(&halving, "20").await;
    assert!(changes.borrow().is_empty(), "20 months is outside 5–14");
    assert_eq!(
        input(&root, "halving")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(count(&root, "#deeper-halving-error"), 1);
    type_into(&halving, "6").await;
    assert_eq!(
        changes.borrow().as_slice(),
        [("halving".to_string(), "6".to_string())]
    );
    changes.borrow_mut().clear();

    choose(&root, "select[data-param=grid]", "fr").await;
    assert_eq!(
        changes.borrow().as_slice(),
        [("grid".to_string(), "fr".to_string())]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_settings_of_the_link_are_shown() {
    let query = "v=2&preset=grok-3&budget=series-b&halving=6&grid=fr";
    let (root, _) = mount(Lang::En, query, "", true).await;
    let model = expected(Lang::En, query);
    assert_eq!(input(&root, "budget").value(), "series-b");
    assert_eq!(input(&root, "halving").value(), "6");
    let grid: HtmlSelectElement = root
        .query_selector("select[data-param=grid]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(grid.value(), "fr");
    assert_eq!(
        Some(out_value(&root, "[data-out=co2_t]")),
        value_of(&model, "co2_t")
    );
    assert_eq!(
        Some(out_value(&root, "[data-out=catchup_cost_3y]")),
        value_of(&model, "catchup_cost_3y")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn results_only_embeds_show_values_without_fields() {
    let (root, _) = mount(Lang::En, GROK_3, "catchup~rules", false).await;
    assert_eq!(count(&root, "[data-param]"), 0);
    assert_eq!(count(&root, "section[data-panel]"), 2);
    assert_eq!(count(&root, "[data-out=co2_t]"), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn chinese_draws() {
    // Without its table, Chinese falls back to English: it must draw all the same.
    let (root, _) = mount(Lang::Zh, GROK_3, "", true).await;
    assert_eq!(count(&root, "section[data-panel]"), 3);
    assert_eq!(count(&root, "[data-out=co2_t]"), 1);
    root.remove();

    // With it (the page loads it before the module mounts), the page's language is used even
    // when the link does not say it.
    let _ = frontier_cost::model::text::zh_table::install(
        include_str!("../static/zh-texts.txt").into(),
    );
    let (root, _) = mount(Lang::Zh, GROK_3, "", true).await;
    let heading = root
        .query_selector("section[data-panel=budget] h2")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(heading, frontier_cost::i18n::embed::PANEL_BUDGET.zh());
    assert!(frontier_cost::model::text::has_cjk(&heading), "{heading}");
    let text = root.unchecked_ref::<HtmlElement>().inner_text();
    assert!(!text.contains("NaN"), "{text}");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_run_longer_than_the_programme_is_warned_of() {
    let query = "v=2&preset=university-lab&budget=5e6";
    let (root, _) = mount(Lang::En, query, "budget", true).await;
    let model = expected(Lang::En, query);
    let state = decode_args(&later::args(Lang::En, query));
    let days = value_of(&model, "budget_days").expect("a run fits $5M");
    assert!(days > state.link.scenario.params.months * 365.25 / 12.0);
    assert_eq!(out_value(&root, "[data-out=budget_days]"), days);
    assert_eq!(count(&root, "[data-warning=budget-days]"), 1);
    root.remove();

    // Grok 3's $1B run: the rules it would trigger are named.
    let (root, _) = mount(Lang::En, GROK_3, "budget", true).await;
    let model = expected(Lang::En, GROK_3);
    let run = model.budget.as_ref().expect("$1B buys a run");
    let rules = root
        .query_selector("[data-budget-rules]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    for crossing in run.rules.iter().filter(|crossing| crossing.crossed) {
        assert!(rules.contains(crossing.rule.name.en), "{rules}");
    }
    root.remove();
}
