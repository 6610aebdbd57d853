//! Writes, as JSON, what the model says for the end-to-end test cases: each preset, and each
//! preset with a few edits typed the way a reader types them. The Playwright tests compare
//! every `data-out` value of the page with these numbers.

use frontier_cost::model::{evaluate, presets, OutKey, ParamKey};
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
    for preset in presets::ALL {
        cases.push(json!({
            "name": format!("preset {}", preset.id),
            "preset": preset.id,
            "edits": [],
            "outputs": outputs(&preset.params),
        }));
    }
    for (name, preset_id, edits) in CASES {
        let preset = presets::by_id(preset_id).expect("a known preset");
        let mut params = preset.params;
        for (key, text) in *edits {
            let key = ParamKey::from_code(key).expect("a known key");
            params.set_text(key, text).expect("a valid edit");
        }
        cases.push(json!({
            "name": name,
            "preset": preset_id,
            "edits": edits.iter().map(|(key, text)| json!([key, text])).collect::<Vec<_>>(),
            "outputs": outputs(&params),
        }));
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&cases).expect("serialisable")
    );
}
