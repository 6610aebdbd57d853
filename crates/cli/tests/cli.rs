//! The command line as its users run it: the built binary on every golden link (the page's
//! numbers, pinned), a batch as CSV, the presets, and what it says to unusable arguments.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use frontier_cost_model::link::decode;
use frontier_cost_model::outputs::{named_values, Named};
use serde_json::Value;

const BINARY: &str = env!("CARGO_BIN_EXE_frontier-cost-cli");

fn run(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(BINARY)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(stdin.as_ref())
        .expect("stdin written");
    child.wait_with_output().expect("the binary ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// `eval <link>`: exit 0 and the JSON object it prints.
fn eval(link: &str) -> (String, Value) {
    let output = run(&["eval", link], "");
    assert_eq!(output.status.code(), Some(0), "eval {link:?}");
    assert!(output.stderr.is_empty(), "eval {link:?}");
    let stdout = text(&output.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    (stdout, json)
}

fn goldens() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden_links.json");
    let text = std::fs::read_to_string(path).expect("tests/golden_links.json");
    match serde_json::from_str(&text).expect("JSON") {
        Value::Array(goldens) => goldens,
        other => panic!("not a list: {other}"),
    }
}

/// The numbers of a printed JSON object read back with Rust's exact parser, by name (serde's
/// default float parsing may be one unit in the last place off).
fn exact_numbers(json: &str) -> Vec<(String, Option<f64>)> {
    json.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().trim_end_matches(',').split_once("\": ")?;
            let name = name.strip_prefix('"')?;
            let value = match value {
                "null" => None,
                number => Some(number.parse::<f64>().ok()?),
            };
            Some((name.to_string(), value))
        })
        .collect()
}

#[test]
fn every_golden_link_gives_the_golden_numbers_link_and_notices() {
    let goldens = goldens();
    assert!(goldens.len() >= 40, "{} golden links", goldens.len());
    for golden in &goldens {
        let link = golden["link"].as_str().expect("a link");
        let (_, json) = eval(link);
        let object = json.as_object().expect("an object");
        assert_eq!(json["link"], golden["canonical"], "link of {link:?}");
        // Every output, and only these besides the link and the notices.
        assert_eq!(object.len(), Named::ALL.len() + 2, "{link:?}");
        for named in Named::ALL {
            assert!(
                object.contains_key(named.code()),
                "{link:?}: {}",
                named.code()
            );
        }
        let golden_out = golden["out"].as_object().expect("out");
        assert!(golden_out.len() >= 20);
        for (name, expected) in golden_out {
            let expected = expected.as_f64().expect("a number");
            let got = json[name.as_str()]
                .as_f64()
                .unwrap_or_else(|| panic!("{link:?}: {name} = {}", json[name.as_str()]));
            let scale = expected.abs().max(1e-300);
            assert!(
                (got - expected).abs() / scale <= 1e-9,
                "{link:?}: {name} is {got}, golden {expected}"
            );
        }
        let notices: Vec<Value> = json["notices"]
            .as_array()
            .expect("notices")
            .iter()
            .map(|n| {
                Value::from(vec![
                    n["key"].clone(),
                    n["given"].clone(),
                    n["used"].clone(),
                ])
            })
            .collect();
        assert_eq!(
            Value::from(notices),
            golden["notices"],
            "notices of {link:?}"
        );
    }
}

#[test]
fn printed_numbers_are_the_models_to_the_last_bit() {
    for link in [
        "v=1&preset=frontier-2026",
        "v=1&preset=deepseek-v3",
        "v=1&preset=llama-3.1-405b&p=70&tok=15&flop=auto&mfu=0.4&exp=3",
        "v=1&preset=university-lab&dc=build&mw=9.3e6&dclife=15",
    ] {
        let (stdout, _) = eval(link);
        let printed = exact_numbers(&stdout);
        let scenario = decode(link).state.scenario;
        let expected: Vec<(String, Option<f64>)> = named_values(&scenario, &scenario.evaluate())
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect();
        assert_eq!(printed, expected, "{link}");
    }
    // DeepSeek-V3 buys no data: the page shows no licence share, and neither does the CLI.
    let (_, json) = eval("v=1&preset=deepseek-v3");
    assert_eq!(json["licence_share_of_data"], Value::Null);
    assert_eq!(json["barrier_level"], 1);
}

#[test]
fn a_query_with_question_mark_or_a_whole_address_reads_the_same() {
    let (plain, _) = eval("v=1&preset=gpt-4&n=32768");
    for form in [
        "?v=1&preset=gpt-4&n=32768",
        "https://calc.example/frontier/?v=1&preset=gpt-4&n=32768#who-can-afford",
        "  v=1&preset=gpt-4&n=32768\n",
    ] {
        assert_eq!(eval(form).0, plain, "{form:?}");
    }
}

#[test]
fn a_batch_is_one_csv_row_per_link() {
    let goldens = goldens();
    let links: Vec<&str> = goldens
        .iter()
        .map(|g| g["link"].as_str().expect("a link"))
        .filter(|link| !link.is_empty())
        .collect();
    let mut input = links.join("\n\n");
    input.push_str("\r\n  \n");
    let output = run(&["eval", "-"], &input);
    assert_eq!(output.status.code(), Some(0));
    let stdout = text(&output.stdout);
    let mut rows = stdout.lines();
    let header: Vec<&str> = rows.next().expect("a header").split(',').collect();
    let mut expected_header = vec!["link"];
    expected_header.extend(Named::ALL.iter().map(|n| n.code()));
    expected_header.push("notices");
    assert_eq!(header, expected_header);
    let rows: Vec<&str> = rows.collect();
    assert_eq!(rows.len(), links.len());
    let mut notices = 0;
    for (row, link) in rows.iter().zip(&links) {
        let fields: Vec<&str> = row.split(',').collect();
        assert_eq!(fields.len(), header.len(), "{row}");
        // The same numbers, spelt the same, as `eval` of that one link.
        let (single, json) = eval(link);
        assert_eq!(json["link"], fields[0]);
        for (name, value) in exact_numbers(&single) {
            let column = header.iter().position(|h| *h == name).expect("a column");
            assert_eq!(
                fields[column].parse::<f64>().ok(),
                value,
                "{link}: {name} in {row}"
            );
        }
        let count = json["notices"].as_array().expect("notices").len();
        assert_eq!(fields[header.len() - 1], count.to_string(), "{link}");
        notices += count;
    }
    // Each notice is named on standard error with its line (links are two lines apart).
    let stderr = text(&output.stderr);
    assert_eq!(stderr.lines().count(), notices, "{stderr}");
    assert!(notices > 0);
    let hostile = links
        .iter()
        .position(|link| link.contains("mfu=abc"))
        .expect("a golden link with a bad value");
    assert!(
        stderr.contains(&format!("line {}: \"mfu\": \"abc\" → ", 2 * hostile + 1)),
        "{stderr}"
    );
}

#[test]
fn a_hostile_link_still_evaluates_with_its_notices() {
    let hostile = "v=999&preset=<script>alert(1)</script>&n=%00%FF%E2%80&mfu=NaN&p=1e999&c=!!!\u{7}&\"=\\&&&==&s1=%ZZ";
    let (stdout, json) = eval(hostile);
    let notices = json["notices"].as_array().expect("notices");
    assert!(notices.len() >= 4, "{stdout}");
    for notice in notices {
        for field in ["key", "given", "used"] {
            assert!(notice[field].is_string(), "{notice}");
        }
    }
    let link = json["link"].as_str().expect("a link");
    assert!(link.starts_with("v=1&preset="), "{link}");
    assert!(!link.contains(['<', '>', '"', '\\']), "{link}");
    for named in Named::ALL {
        if let Some(value) = json[named.code()].as_f64() {
            assert!(value.is_finite() && value >= 0.0, "{}", named.code());
        }
    }
    // The same in a batch, with bytes that are not UTF-8 on the line.
    let output = run(&["eval", "-"], b"v=1&preset=gpt-4&n=\xff\xfe\n");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stdout).lines().count(), 2);
}

#[test]
fn unusable_arguments_exit_2_with_the_reason() {
    for (args, reason) in [
        (&[][..], "a command is needed"),
        (&["eval"], "eval needs a link query"),
        (&["eval", "v=1", "preset=gpt-4"], "one too many"),
        (&["evaluate", "v=1"], "unknown command `evaluate`"),
        (&["presets", "--yaml"], "presets takes only --json"),
    ] {
        let output = run(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert!(stderr.contains("--help"), "{args:?}: {stderr}");
    }
}

#[test]
fn help_documents_every_command_and_exit_status() {
    for flag in ["--help", "-h"] {
        let output = run(&[flag], "");
        assert_eq!(output.status.code(), Some(0));
        let help = text(&output.stdout);
        for needle in [
            "eval '<link query>'",
            "eval -",
            "presets [--json]",
            "data-value",
            "notices",
            "EXIT STATUS",
            "    2 ",
        ] {
            assert!(help.contains(needle), "{needle}");
        }
    }
}

#[test]
fn presets_list_ids_names_and_years() {
    let output = run(&["presets"], "");
    assert_eq!(output.status.code(), Some(0));
    let listed = text(&output.stdout);
    let lines: Vec<Vec<&str>> = listed.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        lines.len(),
        frontier_cost_model::edition::latest().presets.len()
    );
    assert_eq!(lines[0], ["grok-3", "Grok 3 (xAI, 2025)", "2025"]);
    let output = run(&["presets", "--json"], "");
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let presets = json.as_array().expect("a list");
    for (preset, line) in presets.iter().zip(&lines) {
        assert_eq!(preset["id"], line[0]);
        assert_eq!(preset["name"], line[1]);
        assert_eq!(preset["year"].to_string(), line[2]);
    }
}
