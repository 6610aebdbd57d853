//! Writes, as JSON, what the model says for the end-to-end test cases: each preset, and each
//! preset with a few edits typed the way a reader types them. The Playwright tests compare
//! every `data-out` value of the page with these numbers.

use frontier_cost::model::edition::EDITIONS;
use frontier_cost::model::{evaluate, OutKey, ParamKey, Scenario};
use serde_json::{json, Map, Value};

/// Edits as typed: link key and text.
type Edits = &'static [(&'static str, &'static str)];

/// (name, preset id, edits).
const CASES: &[(&str, &str, Edits)] = &[
    ("bigger cluster", "llama-3.1-405b", &[("n", "32k")]),
    (
        "utilisation and price",
        "llama-3.1-405b",
        &[("mfu", "40%"), ("price", "$25,000")],
    ),
    ("more experiments on GPT-4", "gpt-4", &[("exp", "3")]),
    (
        "rented",
        "llama-3.1-405b",
        &[("mode", "rent"), ("rent", "2.5")],
    ),
    (
        "colocation",
        "frontier-2025",
        &[("dc", "colo"), ("colo", "200")],
    ),
    (
        "licences and team",
        "startup",
        &[("lic", "50M"), ("staff", "45"), ("mon", "18")],
    ),
    ("published hours", "deepseek-v3", &[("hours", "3.1M")]),
    (
        "compute from size",
        "llama-3.1-405b",
        &[("flop", "auto"), ("p", "70"), ("tok", "15T")],
    ),
    (
        "Epoch's depreciation",
        "llama-3.1-405b",
        &[("dep", "progress"), ("prog", "0.2"), ("age", "1")],
    ),
    ("FP8 on the H800", "deepseek-v3", &[("prec", "fp8")]),
    ("FP4 on the B200", "frontier-2026", &[("prec", "fp4")]),
    (
        "the time the runs use",
        "llama-3.1-405b",
        &[("basis", "use")],
    ),
    (
        "a rented cluster for the whole programme",
        "startup",
        &[("basis", "dedicated")],
    ),
];

fn outputs(params: &frontier_cost::model::Params) -> Value {
    let out = evaluate(params);
    let map: Map<String, Value> = OutKey::ALL
        .iter()
        .map(|key| (key.code().to_string(), json!(out.value(*key))))
        .collect();
    Value::Object(map)
}

fn main() {
    let mut cases = Vec::new();
    // Every preset of every version, and every edit case in every version: the page opened
    // on `v=N` offers that version's presets.
    for edition in EDITIONS {
        let query = format!("v={}", edition.version);
        let label = |name: &str| format!("{name} (version {})", edition.version);
        for preset in edition.presets {
            cases.push(json!({
                "name": label(&format!("preset {}", preset.id)),
                "query": query,
                "preset": preset.id,
                "edits": [],
                "outputs": outputs(&preset.params),
            }));
        }
        for (name, preset_id, edits) in CASES {
            let preset = edition.preset(preset_id).expect("a known preset");
            let mut scenario = Scenario::from_preset(preset);
            for (key, text) in *edits {
                let key = ParamKey::from_code(key).expect("a known key");
                let value = frontier_cost::model::params::parse_value(key, text).expect("readable");
                scenario.set(key, value).expect("a valid edit");
            }
            cases.push(json!({
                "name": label(name),
                "query": query,
                "preset": preset_id,
                "edits": edits.iter().map(|(key, text)| json!([key, text])).collect::<Vec<_>>(),
                "outputs": outputs(&scenario.params),
            }));
        }
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&cases).expect("serialisable")
    );
}
