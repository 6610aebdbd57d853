//! Browser tests of what depends on the browser itself: numbers as Chromium's
//! `Intl.NumberFormat` writes them in both languages and three currencies (the page formats
//! numbers with Intl by design; the options chosen are tested natively in
//! `model::number_style`), and importing an exported file, whose JSON the browser parses.
#![cfg(target_arch = "wasm32")]

use frontier_cost::components::import_file;
use frontier_cost::export::{self, ImportError, Snapshot};
use frontier_cost::format::{self, Locale, Style};
use frontier_cost::model::currency::{Currency, Money};
use frontier_cost::model::link;
use frontier_cost::model::{evaluate, presets, Lang, ParamKey, Value};
use frontier_cost::state::{Action, AppState};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn money(usd: f64, currency: Currency, lang: Lang) -> String {
    let rate = currency.default_rate();
    format::money(
        Money {
            usd,
            currency,
            rate,
        },
        lang,
    )
}

#[wasm_bindgen_test]
fn compact_money_in_english_and_chinese() {
    assert_eq!(money(1.2e9, Currency::Usd, Lang::En), "$1.2B");
    assert_eq!(money(1.2e9, Currency::Usd, Lang::Zh), "12亿美元");
    assert_eq!(money(419e6, Currency::Usd, Lang::En), "$419M");
    assert_eq!(money(419e6, Currency::Usd, Lang::Zh), "4.19亿美元");
    // 1.2e9 US dollars at 7.17 yuan and 0.853 euro to the dollar.
    assert_eq!(money(1.2e9, Currency::Cny, Lang::En), "CN¥8.6B");
    assert_eq!(money(1.2e9, Currency::Cny, Lang::Zh), "86亿人民币");
    assert_eq!(money(1.2e9, Currency::Eur, Lang::En), "€1.02B");
    assert_eq!(money(1.2e9, Currency::Eur, Lang::Zh), "10.2亿欧元");
    assert_eq!(money(35_000.0, Currency::Usd, Lang::Zh), "3.5万美元");
}

#[wasm_bindgen_test]
fn plain_numbers_follow_the_language() {
    assert_eq!(format::compact(35_000.0, Lang::Zh), "3.5万");
    assert_eq!(format::compact(35_000.0, Lang::En), "35K");
    assert_eq!(format::compact(1.2e9, Lang::Zh), "12亿");
    assert_eq!(format::plain(16_384.0, Lang::En), "16,384");
    assert_eq!(format::percent(0.384, Lang::Zh), "38.4%");
    assert_eq!(format::flop(3.8e25, Lang::En), "3.8 × 10²⁵");
    let exact = Locale {
        lang: Lang::Zh,
        currency: Currency::Cny,
        fx: 7.17,
        texts: Locale::ALL_TEXTS,
    };
    assert_eq!(exact.money_exact(1e6), "7,170,000人民币");
    let euros = Locale {
        lang: Lang::En,
        currency: Currency::Eur,
        fx: 0.853,
        texts: Locale::ALL_TEXTS,
    };
    assert_eq!(euros.money_exact(1e6), "€853,000");
    // Nothing that is not a number reaches the page.
    assert_eq!(format::compact(f64::NAN, Lang::En), "—");
}

/// Runs `run` while `Intl.NumberFormat.prototype.format` throws, as a broken or patched
/// browser might, then puts the real one back.
fn with_throwing_intl<T>(run: impl FnOnce() -> T) -> T {
    let get = |target: &JsValue, key: &str| Reflect::get(target, &JsValue::from_str(key)).unwrap();
    let prototype: Object = get(
        &get(&get(&js_sys::global(), "Intl"), "NumberFormat"),
        "prototype",
    )
    .unchecked_into();
    let key = JsValue::from_str("format");
    let original = Object::get_own_property_descriptor(&prototype, &key);
    let throwing = Object::new();
    let thrower = Function::new_no_args("throw new Error('Intl is broken')");
    Reflect::set(&throwing, &JsValue::from_str("get"), &thrower).unwrap();
    Reflect::set(
        &throwing,
        &JsValue::from_str("configurable"),
        &JsValue::TRUE,
    )
    .unwrap();
    Object::define_property(&prototype, &key, &throwing);
    let result = run();
    Object::define_property(&prototype, &key, original.unchecked_ref());
    result
}

#[wasm_bindgen_test]
fn formatting_survives_an_exception_in_intl_and_recovers() {
    // A style and language no other test formats, so that its formatter is built here.
    let style = Style::MoneyPrecise(Currency::Eur);
    // Called from JavaScript, so that an exception escaping the formatter is caught here.
    let attempt = Closure::<dyn FnMut() -> JsValue>::new(move || {
        JsValue::from_str(&format::format(2.35, style, Lang::Zh))
    });
    let during = with_throwing_intl(|| {
        attempt
            .as_ref()
            .unchecked_ref::<Function>()
            .call0(&JsValue::NULL)
    });
    // Every later call works: the cache was not left borrowed by the exception.
    assert_eq!(format::plain(16_384.0, Lang::En), "16,384");
    assert_eq!(format::format(2.35, style, Lang::Zh), "2.35欧元");
    // And the call that met the exception fell back to a plain number instead of throwing.
    let during = during.ok().and_then(|text| text.as_string());
    assert_eq!(during.as_deref(), Some("EUR 2.35"));
}

#[wasm_bindgen_test]
fn an_exported_file_imports_back_and_others_are_refused() {
    let state = AppState::default()
        .apply(Action::ChoosePreset(&presets::DEEPSEEK_V3))
        .apply(Action::SetParam(
            ParamKey::ClusterSize,
            Value::Number(4096.0),
        ))
        .apply(Action::SetLang(Lang::Zh))
        .apply(Action::SetCurrency(Currency::Eur));
    let link_state = state.link.clone();
    let query = link::encode(&link_state);
    let outputs = evaluate(&state.link.scenario.params);
    let file = export::json(
        &Snapshot {
            title: "t",
            permalink: "https://calc.example/",
            date: "2026-11-29",
            state: &link_state,
            outputs: &outputs,
            uncertainty: false,
            ranges: &Default::default(),
            simulation: None,
            pinned: &[],
        },
        &query,
    );
    let current = AppState::default();
    let import = |text: &str| import_file(text).map(|query| current.apply(Action::Import(query)));
    let imported = import(&file).expect("our own export");
    assert_eq!(imported.link, link_state);
    assert_eq!(imported.history_generation, current.history_generation + 1);
    assert!(imported.notices.is_empty());
    // A file with a bad value keeps the rest and says what it replaced, like a link.
    let damaged = file.replace("n=4096", "n=banana");
    let imported = import(&damaged).expect("still ours");
    assert_eq!(imported.notices.len(), 1);
    assert_eq!(imported.notices[0].key, "n");
    assert_eq!(imported.link.lang, Lang::Zh);
    for text in [
        "",
        "not json",
        "[1, 2]",
        "{\"link\": \"v=1\"}",
        "{\"schema\": 1}",
    ] {
        assert_eq!(import(text), Err(ImportError::NotOurs), "{text}");
    }
    assert_eq!(
        import("{\"schema\": 99, \"link\": \"v=99\"}"),
        Err(ImportError::Newer(99))
    );
}
