use super::*;
use crate::model::barrier::{level_for, BarrierOut};
use crate::model::chips::ChipId;
use crate::model::scenario::change_everything;
use crate::model::uncertainty::{monte_carlo, Ranges};
use crate::model::{presets, Lang};

const PERMALINK: &str = "https://calc.example/?v=1&preset=deepseek-v3&n=4096";

fn state(lang: Lang, currency: Currency) -> LinkState {
    let mut scenario = Scenario::from_preset(&presets::DEEPSEEK_V3);
    scenario
        .set(ParamKey::ClusterSize, Value::Number(4096.0))
        .expect("valid");
    LinkState {
        scenario,
        lang,
        currency,
        fx: currency.default_rate(),
        ..LinkState::default()
    }
}

/// Builds a snapshot of `state` (with a simulation and two pinned scenarios) and hands it on.
fn with_snapshot<R>(state: &LinkState, check: impl FnOnce(&Snapshot) -> R) -> R {
    let outputs = evaluate(&state.scenario.params);
    let run = monte_carlo(&state.scenario.params, &Ranges::default(), 200, 7);
    let pinned = [
        ("=cmd|' /C calc'!A0", Scenario::from_preset(&presets::GPT_4)),
        ("Small, \"cheap\"", Scenario::from_preset(&presets::STARTUP)),
    ];
    check(&Snapshot {
        title: "What does it cost to build a frontier AI model?",
        permalink: PERMALINK,
        date: "2026-11-29",
        state,
        outputs: &outputs,
        uncertainty: true,
        ranges: &Ranges::default(),
        simulation: Some(&run),
        pinned: &pinned,
    })
}

/// A small RFC 4180 reader for the tests: fields of each record (quotes undone).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && record.is_empty(), "no final line end");
    records
}

#[test]
fn csv_header_names_the_permalink_date_and_schema() {
    let text = with_snapshot(&state(Lang::En, Currency::Usd), csv);
    assert!(
        text.starts_with('\u{feff}'),
        "byte-order mark for spreadsheets"
    );
    let lines: Vec<&str> = text[3..].split("\r\n").collect();
    assert_eq!(
        lines[0],
        format!("# What does it cost to build a frontier AI model? — permalink: {PERMALINK}")
    );
    assert_eq!(lines[1], "# date: 2026-11-29");
    // The version of the calculation's own link: these presets are version 1's.
    assert_eq!(lines[2], "# link schema version: 1");
    let latest = LinkState::default();
    let text = with_snapshot(&latest, csv);
    assert!(text.contains(&format!("# link schema version: {}\r\n", link::VERSION)));
    assert_eq!(lines[3], CSV_COLUMNS);
    assert_eq!(lines.last(), Some(&""), "every line ends with CRLF");
    assert!(!text.contains("\n\n") && text.matches('\n').count() == text.matches("\r\n").count());
}

#[test]
fn csv_has_every_input_and_output_in_dollars() {
    let state = state(Lang::Zh, Currency::Cny);
    let text = with_snapshot(&state, csv);
    let body: String = text[3..]
        .split("\r\n")
        .skip(3)
        .collect::<Vec<_>>()
        .join("\r\n");
    let records = parse_csv(&body);
    assert_eq!(records[0], ["section", "key", "label", "value", "unit"]);
    let find = |key: &str| {
        records
            .iter()
            .find(|record| record[1] == key)
            .unwrap_or_else(|| panic!("no row {key}"))
            .clone()
    };
    for record in &records {
        assert_eq!(record.len(), 5, "{record:?}");
    }
    assert_eq!(find("preset")[3], "deepseek-v3");
    for key in ParamKey::ALL {
        let row = find(key.code());
        assert_eq!(row[0], "input");
        assert_eq!(
            row[2],
            key.meta().label.zh(),
            "labels in the reader's language"
        );
        match state.scenario.params.get(key) {
            Value::Number(v) => assert_eq!(decimal_value(&row[3]), v, "{}", key.code()),
            Value::Auto => assert_eq!(row[3], "auto"),
            Value::Choice(code) => assert_eq!(row[3], code),
        }
    }
    assert_eq!(find("n")[3], "4096");
    assert_eq!(find("price")[3], "30000", "plain numbers for spreadsheets");
    assert_eq!(find("mfu")[4], "fraction");
    assert_eq!(find("lang")[3], "zh");
    assert_eq!(find("cur")[3], "CNY");
    assert_eq!(find("fx")[3], "7.17");
    assert_eq!(find("fx")[4], "CNY per USD");
    assert_eq!(find("unc")[3], "1");
    assert_eq!(find("mfu_low")[3], "0.5");
    assert_eq!(find("sal_high")[3], "2.15");
    assert_eq!(
        find("mfu_low")[2],
        format!("{}的下限倍数", ParamKey::Utilisation.meta().label.zh())
    );
    // Results stay in US dollars whatever the page shows.
    let outputs = evaluate(&state.scenario.params);
    for key in OutKey::ALL {
        let row = find(key.code());
        assert_eq!(row[0], "output");
        assert_eq!(decimal_value(&row[3]), outputs.value(key), "{}", key.code());
    }
    assert_eq!(find("total")[4], "USD");
    for key in [
        "total_p5",
        "total_p50",
        "total_p95",
        "capital_p5",
        "capital_p50",
        "capital_p95",
    ] {
        assert_eq!(find(key)[0], "uncertainty");
        assert!(decimal_value(&find(key)[3]) > 0.0);
    }
    assert!(decimal_value(&find("total_p5")[3]) <= decimal_value(&find("total_p95")[3]));
    for out in BarrierOut::ALL {
        assert_eq!(find(out.code())[0], "barrier");
    }
    assert_eq!(
        decimal_value(&find("barrier_level")[3]),
        f64::from(level_for(outputs.capital))
    );
    assert_eq!(
        decimal_value(&find("pinned1_total")[3]),
        evaluate(&presets::GPT_4.params).total.get()
    );
    assert_eq!(
        decimal_value(&find("pinned2_capital")[3]),
        evaluate(&presets::STARTUP.params).capital.get()
    );
}

fn decimal_value(text: &str) -> f64 {
    crate::model::decimal::parse(text).unwrap_or_else(|| panic!("not a number: {text}"))
}

#[test]
fn csv_quotes_and_defuses_formulas() {
    let text = with_snapshot(&state(Lang::En, Currency::Usd), csv);
    // The reader's scenario names are text, never formulas or broken columns.
    assert!(text.contains(",Scenario “=cmd|' /C calc'!A0”: Total development cost,"));
    assert!(text.contains("\"Scenario “Small, \"\"cheap\"\"”: Capital required\""));
    let mut out = String::new();
    csv_field(&mut out, "=1+1", true);
    csv_field(&mut out, "a,b", false);
    csv_field(&mut out, "-5", false);
    csv_field(&mut out, "line\nbreak", true);
    assert_eq!(out, "\"'=1+1\"\"a,b\"-5\"line\nbreak\"");
    let mut plain = String::new();
    csv_field(&mut plain, "Total development cost", true);
    assert_eq!(plain, "Total development cost");
}

#[test]
fn barrier_values_match_the_model() {
    let mut state = state(Lang::En, Currency::Usd);
    // On H100, one accelerator is one H100-equivalent.
    state
        .scenario
        .set(ParamKey::Accelerator, Value::Choice("h100"))
        .expect("valid");
    // Licensed data, so that every row has a value.
    state
        .scenario
        .set(ParamKey::LicensedData, Value::Number(120e6))
        .expect("valid");
    let params = state.scenario.params;
    assert_eq!(params.chip, ChipId::H100);
    let outputs = evaluate(&params);
    let value = |out| {
        barrier_row(out, &state.scenario, &outputs)
            .2
            .expect("a value")
    };
    // Worked out here from the inputs and the published references, not through `access`.
    let close = |out, expected: f64| {
        let got = value(out);
        assert!(
            (got - expected).abs() <= expected.abs() * 1e-12,
            "{out:?}: {got} vs {expected}"
        );
    };
    close(BarrierOut::VsMetaFleet, params.accelerators / 350_000.0);
    close(BarrierOut::VsUniversity, params.accelerators / 68.0);
    close(BarrierOut::VsCluster, outputs.power_mw / 150.0);
    close(BarrierOut::LicenceDeals, params.licence_per_year / 50e6);
    close(BarrierOut::ProgrammeMonths, outputs.busy_months);
    close(
        BarrierOut::TrajectoryFiveYears,
        outputs.total.get() * 2.4f64.powi(5),
    );
    // The first year in which the cost, growing 2.4× a year, exceeds Amazon's $83B year.
    let first_beyond = (0..=50)
        .find(|k| outputs.total.get() * 2.4f64.powi(*k) > 83e9)
        .map(|k| f64::from(state.scenario.preset.year) + f64::from(k));
    assert_eq!(Some(value(BarrierOut::TrajectoryBeyondYear)), first_beyond);
    // The measures are eight different figures, so no two rows read the same field (the level
    // and the count are small whole numbers and may coincide).
    let measures = &BarrierOut::ALL[2..];
    assert!(
        !measures.contains(&BarrierOut::Level) && !measures.contains(&BarrierOut::FundableCount)
    );
    let mut values: Vec<f64> = measures.iter().map(|out| value(*out)).collect();
    values.sort_by(f64::total_cmp);
    values.dedup();
    assert_eq!(values.len(), measures.len(), "{values:?}");
    // No licensed data at all: no share to give.
    let mut scenario = state.scenario;
    scenario
        .set(ParamKey::LicensedData, Value::Number(0.0))
        .expect("valid");
    scenario
        .set(ParamKey::TranscribedHours, Value::Number(0.0))
        .expect("valid");
    scenario
        .set(ParamKey::Annotations, Value::Number(0.0))
        .expect("valid");
    let outputs = evaluate(&scenario.params);
    assert_eq!(
        barrier_row(BarrierOut::LicenceShare, &scenario, &outputs).2,
        None
    );
}

#[test]
fn json_holds_the_link_and_readable_state() {
    let state = state(Lang::En, Currency::Eur);
    let query = link::encode(&state);
    let text = with_snapshot(&state, |snapshot| json(snapshot, &query));
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(parsed["schema"], 1, "the version of the calculation's link");
    assert_eq!(parsed["link"], query.as_str());
    assert_eq!(parsed["permalink"], PERMALINK);
    assert_eq!(parsed["date"], "2026-11-29");
    let inputs = &parsed["state"]["inputs"];
    assert_eq!(inputs["preset"], "deepseek-v3");
    assert_eq!(inputs["n"], 4096);
    assert_eq!(inputs["chip"], "h800");
    assert_eq!(parsed["state"]["settings"]["cur"], "EUR");
    assert_eq!(parsed["state"]["settings"]["fx"], 0.853);
    let pinned = parsed["state"]["pinned"].as_array().expect("list");
    assert_eq!(pinned.len(), 2);
    assert_eq!(pinned[1]["name"], "Small, \"cheap\"");
    assert_eq!(pinned[1]["link"], "v=1&preset=startup");
    let outputs = evaluate(&state.scenario.params);
    assert_eq!(parsed["outputs"]["total"], outputs.total.get());
    assert!(parsed["outputs"]["total_p50"].is_number());
    assert!(parsed["outputs"]["pinned2_total"].is_number());
    for key in ParamKey::ALL {
        assert!(!inputs[key.code()].is_null(), "{}", key.code());
    }
    // The link reads back to the exported state.
    let back = import_query(parsed["schema"].as_f64(), parsed["link"].as_str()).expect("ours");
    assert_eq!(link::decode(back).state, state);
}

#[test]
fn json_escapes_text() {
    let mut out = String::new();
    json_string(&mut out, "a\"b\\c\nd\u{1}é中");
    assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001é中\"");
    let parsed: String = serde_json::from_str(&out).expect("valid");
    assert_eq!(parsed, "a\"b\\c\nd\u{1}é中");
}

#[test]
fn imports_are_checked() {
    assert_eq!(
        import_query(Some(1.0), Some("v=1&n=4096")),
        Ok("v=1&n=4096")
    );
    assert_eq!(import_query(None, Some("v=1")), Err(ImportError::NotOurs));
    assert_eq!(import_query(Some(1.0), None), Err(ImportError::NotOurs));
    assert_eq!(
        import_query(Some(0.0), Some("v=1")),
        Err(ImportError::NotOurs)
    );
    assert_eq!(
        import_query(Some(1.5), Some("v=1")),
        Err(ImportError::NotOurs)
    );
    assert_eq!(
        import_query(Some(f64::NAN), Some("v=1")),
        Err(ImportError::NotOurs)
    );
    let next = f64::from(link::VERSION + 1);
    assert_eq!(
        import_query(Some(next), Some("v=9")),
        Err(ImportError::Newer(link::VERSION + 1))
    );
    let long = "n=1&".repeat(1000);
    assert_eq!(
        import_query(Some(1.0), Some(&long)),
        Err(ImportError::NotOurs)
    );
    // The longest link the page writes is ours; one character more is not.
    let longest = "x".repeat(link::max_len(MAX_PINNED));
    assert!(import_query(Some(1.0), Some(&longest)).is_ok());
    let longer = longest + "x";
    assert_eq!(
        import_query(Some(1.0), Some(&longer)),
        Err(ImportError::NotOurs)
    );
}

#[test]
fn the_longest_comparison_exports_and_imports_back() {
    // Four pinned scenarios with every parameter changed and the longest names: the longest
    // link the page writes.
    let mut state = state(Lang::En, Currency::Usd);
    change_everything(&mut state.scenario);
    for _ in 0..MAX_PINNED {
        let mut scenario = Scenario::from_preset(&presets::UNIVERSITY_LAB);
        change_everything(&mut scenario);
        state.pinned.push(crate::model::scenario::Pinned {
            name: "😀".repeat(32),
            scenario,
        });
    }
    let query = link::encode(&state);
    assert!(query.len() > 1200, "{}", query.len());
    assert!(query.len() <= link::max_len(MAX_PINNED));
    let names: Vec<(&str, Scenario)> = state
        .pinned
        .iter()
        .map(|pinned| (pinned.name.as_str(), pinned.scenario))
        .collect();
    let outputs = evaluate(&state.scenario.params);
    let text = json(
        &Snapshot {
            title: "t",
            permalink: PERMALINK,
            date: "2026-12-01",
            state: &state,
            outputs: &outputs,
            uncertainty: true,
            ranges: &Ranges::default(),
            simulation: None,
            pinned: &names,
        },
        &query,
    );
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let back = import_query(parsed["schema"].as_f64(), parsed["link"].as_str())
        .expect("our own export imports");
    assert_eq!(link::decode(back).state, state);
}

#[test]
fn file_names() {
    assert_eq!(
        file_name("deepseek-v3", "2026-11-29", "", "csv"),
        "frontier-ai-cost-deepseek-v3-2026-11-29.csv"
    );
    assert_eq!(
        file_name("deepseek-v3", "2026-11-29", "breakdown", "svg"),
        "frontier-ai-cost-deepseek-v3-breakdown-2026-11-29.svg"
    );
}

#[test]
fn numbers_are_plain_unless_huge_or_tiny() {
    assert_eq!(number_text(3e4), "30000");
    assert_eq!(number_text(1.17e7), "11700000");
    assert_eq!(number_text(0.08), "0.08");
    assert_eq!(number_text(0.0), "0");
    assert_eq!(number_text(67_060_042.802_917_29), "67060042.80291729");
    assert_eq!(number_text(3.8e25), "3.8e25");
    assert_eq!(number_text(1e-7), "1e-7");
    for value in [3e4, 1.17e7, 0.08, 67_060_042.802_917_29, 3.8e25, 1e-7, 7.17] {
        assert_eq!(decimal_value(&number_text(value)), value, "exact");
    }
}
