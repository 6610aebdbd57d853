//! The link codec's tests: round trips and the length bound over arbitrary valid states,
//! tolerant reading of anything, the golden links of version 1, and the documentation.

use crate::scenario::change_everything;
use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde::{Deserialize, Serialize};

use super::compact::{self, Form, SLOTS};
use super::*;
use crate::chips::ChipId;
use crate::edition::{self, EDITIONS};
use crate::params::Kind;
use crate::presets;
use crate::view::{Panel, Theme};
use crate::{evaluate, Facility, Mode, OutKey};

fn state_of(query: &str) -> LinkState {
    let decoded = decode(query);
    assert_eq!(decoded.notices, vec![], "{query}");
    decoded.state
}

/// The page of version 1 links without keys of their own: its default preset.
fn v1_default() -> LinkState {
    LinkState {
        scenario: Scenario::from_preset(edition::V1.default_preset()),
        ..LinkState::default()
    }
}

/// The latest edition's preset with the longest id: what the length bounds are about.
fn longest_preset() -> &'static Preset {
    edition::latest()
        .presets
        .iter()
        .max_by_key(|preset| preset.id.len())
        .expect("presets")
}

/// The latest edition's preset of an id (every id of version 1 is kept).
fn latest_preset(id: &str) -> &'static Preset {
    edition::latest()
        .preset(id)
        .expect("a preset of the latest edition")
}

fn keys_of(notices: &[Notice]) -> Vec<&str> {
    notices.iter().map(|notice| notice.key.as_str()).collect()
}

#[test]
fn the_longest_compact_link_fits() {
    // Every slot present at its widest, with the longest preset id.
    let longest_id = EDITIONS
        .iter()
        .flat_map(|edition| edition.presets)
        .map(|p| p.id.len())
        .max()
        .unwrap();
    let head = "v=1&preset=".len() + longest_id + "&c=".len();
    let width = |keys: &[&str]| -> usize {
        SLOTS
            .iter()
            .filter(|slot| keys.contains(&slot.key))
            .map(|slot| slot.max_len())
            .sum()
    };
    let payload: usize = SLOTS.iter().map(|slot| slot.max_len()).sum();
    assert_eq!(payload, 363);
    assert_eq!(head + payload, MAX_STATE_LEN);
    // Without ranges the payload is 231 characters (with `unc`, the method keys, the deeper
    // panels' keys and every panel in `show`).
    let ranges = width(&RANGE_KEYS);
    assert_eq!(payload - ranges, 231);
    let range = ranges / RANGE_KEYS.len();
    // A link without the deeper panels' keys and the panels added with them (every link
    // written before they were): FEW_RANGES ranges still fit in 300; one more may not.
    let deeper = width(&deeper::KEYS) + 3;
    let before = head + payload - ranges - deeper;
    assert!(before + FEW_RANGES * range <= MAX_LINK_LEN);
    assert!(before + (FEW_RANGES + 1) * range > MAX_LINK_LEN);
    // With them, FEW_RANGES_DEEPER.
    assert!(head + payload - ranges + FEW_RANGES_DEEPER * range <= MAX_LINK_LEN);
    assert!(head + payload - ranges + (FEW_RANGES_DEEPER + 1) * range > MAX_LINK_LEN);
    // A link using none of the method keys keeps version 1's bound: seven ranges fit.
    let method = width(&["prec", "dep", "prog", "age", "basis", "tier"]);
    assert!(before - method + 7 * range <= MAX_LINK_LEN);
    // A pinned scenario: `&s1=`, the longest name (32 four-byte characters: 128 bytes, 171
    // base64url characters after a `.`), `~`, the preset, `~c.` and every parameter.
    let params: Vec<&str> = ParamKey::ALL.iter().map(|key| key.code()).collect();
    let name = 1 + (128usize * 4).div_ceil(3);
    assert_eq!(name, encode_name(&"😀".repeat(32)).len());
    assert_eq!(
        "&s1=".len() + name + 1 + longest_id + "~c.".len() + width(&params),
        MAX_PINNED_LEN
    );
    assert_eq!(max_len(4), 1905);
}

/// The widest comparison link there is: every slot of the state, four scenarios with every
/// parameter changed and the longest names, at the documented bound.
#[test]
fn the_widest_comparison_link_meets_its_bound() {
    let mut state = widest_state();
    let mut scenario = Scenario::from_preset(longest_preset());
    change_everything(&mut scenario);
    for _ in 0..MAX_PINNED {
        state.pinned.push(Pinned {
            name: "😀".repeat(32),
            scenario,
        });
    }
    let link = encode(&state);
    assert_eq!(link.len(), max_len(4), "{link}");
    assert_eq!(state_of(&link), state);
}

/// A state with every key of every section changed, at its widest.
fn widest_state() -> LinkState {
    let mut state = LinkState {
        scenario: Scenario::from_preset(longest_preset()),
        lang: Lang::Zh,
        currency: Currency::Eur,
        fx: 0.91234,
        view: ViewFlags {
            embed: true,
            theme: Theme::Dark,
            transparent: true,
            plain: true,
            show: Panel::ALL.iter().rev().copied().collect(),
            // The embed's own keys come after the calculation, outside the bound.
            ..ViewFlags::default()
        },
        uncertainty: false,
        ranges: Ranges::default(),
        pinned: Vec::new(),
        // A budget in dollars (a number is wider than an organisation's code).
        deeper: deeper::Deeper {
            budget: crate::budget::BudgetSpec::Usd(crate::units::Usd(1.2345e9)),
            halving_months: 12.345,
            grid: crate::carbon::Grid::France,
        },
    };
    change_everything(&mut state.scenario);
    for key in UNCERTAIN {
        assert!(state.ranges.set(
            key,
            Range {
                low: 0.012_345,
                high: 12.345
            }
        ));
    }
    state
}

#[test]
fn a_state_with_everything_changed_uses_the_compact_form() {
    let mut state = widest_state();
    state.ranges = Ranges::default();
    let link = encode(&state);
    let head = format!("v=2&preset={}&c=", longest_preset().id);
    assert!(link.starts_with(&head), "{link}");
    assert!(link.len() <= MAX_LINK_LEN);
    assert!(readable_pairs(&state).len() > 30);
    assert_eq!(state_of(&link), state);
    // With every range changed too: the widest state link there is.
    let state = widest_state();
    let link = encode(&state);
    assert_eq!(link.len(), MAX_STATE_LEN, "{link}");
    assert_eq!(state_of(&link), state);
}

#[test]
fn decoding_any_string_never_panics() {
    let mut runner = TestRunner::new(Config {
        cases: 3000,
        failure_persistence: None,
        ..Config::default()
    });
    let key = prop_oneof![
        Just("v".to_string()),
        Just("c".to_string()),
        Just("preset".to_string()),
        proptest::sample::select(all_keys()).prop_map(str::to_string),
        "[a-zA-Z_%+]{0,8}",
    ];
    let value = prop_oneof![
        "\\PC{0,30}",
        "[%0-9a-fA-F+~_.-]{0,20}",
        "[A-Za-z0-9_-]{0,80}",
        "[0-9.e+-]{1,12}[kKmMbBtT%]?",
    ];
    let pair = (key, value).prop_map(|(k, v)| format!("{k}={v}"));
    let query = prop_oneof![
        "\\PC{0,200}",
        "(.|%[0-9A-Fa-f]{0,2}|&|=|~){0,100}",
        proptest::collection::vec(pair, 0..40).prop_map(|pairs| pairs.join("&")),
    ];
    runner
        .run(&query, |query| {
            let decoded = decode(&query);
            // Whatever it says, the result is a valid state that links back to itself.
            decoded.state.scenario.params.validate_all().unwrap();
            prop_assert!(evaluate(&decoded.state.scenario.params)
                .total
                .get()
                .is_finite());
            let again = decode(&encode(&decoded.state));
            prop_assert_eq!(again.state, decoded.state);
            for notice in &decoded.notices {
                prop_assert!(notice.given.chars().count() <= ECHO_CHARS + 1);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn readable_links_say_only_what_differs() {
    // A new page writes the latest version and its default preset.
    let latest = LinkState::default();
    assert_eq!(
        encode(&latest),
        format!(
            "v={VERSION}&preset={}",
            edition::latest().default_preset().id
        )
    );
    assert_eq!(state_of(&encode(&latest)), latest);
    // Version 1's links say what differs from version 1's presets, as they always did.
    let default = v1_default();
    assert_eq!(encode(&default), "v=1&preset=llama-3.1-405b");
    let mut state = default.clone();
    state
        .scenario
        .set(ParamKey::Accelerator, Value::Choice("b200"))
        .unwrap();
    assert_eq!(encode(&state), "v=1&preset=llama-3.1-405b&chip=b200");
    state
        .scenario
        .set(ParamKey::AcceleratorPrice, Value::Number(40_000.0))
        .unwrap();
    state
        .scenario
        .set(ParamKey::FinalRunFlop, Value::Auto)
        .unwrap();
    state
        .scenario
        .set(ParamKey::Utilisation, Value::Number(0.4))
        .unwrap();
    state.currency = Currency::Cny;
    state.fx = Currency::Cny.default_rate();
    state.lang = Lang::Zh;
    state.view.embed = true;
    assert_eq!(
        encode(&state),
        "v=1&preset=llama-3.1-405b&flop=auto&mfu=0.4&chip=b200&price=4e4&cur=cny&lang=zh&embed=1"
    );
    assert_eq!(state_of(&encode(&state)), state);
    assert_eq!(
        encode(&state.for_sharing()),
        "v=1&preset=llama-3.1-405b&flop=auto&mfu=0.4&chip=b200&price=4e4&cur=cny&lang=zh"
    );
    // The preset's own chip keeps the preset's prices.
    let frontier = state_of("v=1&preset=frontier-2026&chip=b200");
    assert_eq!(frontier.scenario.params, presets::FRONTIER_2026.params);
}

#[test]
fn human_forms_are_read() {
    let state = state_of(
        "preset=gpt-4&n=16k&price=%2430%2C000&mfu=40%25&p=405B&tok=15.6T&hours=2.788M&chip=H100&mode=Rent&lang=zh-CN&cur=EUR&fx=0.9&dark=1&show=total,breakdown",
    );
    let params = state.scenario.params;
    assert_eq!(state.scenario.preset.id, "gpt-4");
    assert_eq!(params.accelerators, 16_000.0);
    assert_eq!(params.accel_price, 30_000.0);
    assert_eq!(params.mfu, 0.4);
    assert_eq!(params.params_b, 405.0);
    assert_eq!(params.tokens_t, 15.6);
    assert_eq!(params.hours_override, Some(2_788_000.0));
    assert_eq!(params.chip, ChipId::H100);
    assert_eq!(params.watts_per_accel, 1275.0, "the chip's defaults");
    assert_eq!(params.mode, Mode::Rent);
    assert_eq!(
        (state.lang, state.currency, state.fx),
        (Lang::Zh, Currency::Eur, 0.9)
    );
    assert_eq!(state.view.theme, Theme::Dark);
    assert_eq!(state.view.show, vec![Panel::Total, Panel::Breakdown]);
    // "+" is a space, as Facebook rewrites %20.
    assert_eq!(state_of("n=16+384").scenario.params.accelerators, 16_384.0);
}

#[test]
fn bad_values_are_replaced_by_the_preset_and_named() {
    let decoded = decode(
        "?v=1&preset=gpt-4&n=-5&mfu=abc&utm_source=x&chip=z80&fbclid=1&initialWidth=600&childId=c&parentTitle=t&parentUrl=u&dc=moon&flop=&dark=purple&cur=gbp&fx=-1&lang=fr",
    );
    let gpt4 = presets::GPT_4.params;
    let params = decoded.state.scenario.params;
    assert_eq!(decoded.state.scenario.preset.id, "gpt-4");
    assert_eq!(params.accelerators, gpt4.accelerators);
    assert_eq!(params.mfu, gpt4.mfu);
    assert_eq!(params.chip, gpt4.chip);
    assert_eq!(
        params.flop_override, None,
        "an empty optional value is auto"
    );
    assert_eq!(
        decoded.notices,
        vec![
            Notice::new("chip", "z80", "a100"),
            Notice::new("mfu", "abc", "33%"),
            Notice::new("n", "-5", "25,000"),
            Notice::new("dc", "moon", "build"),
            Notice::new("cur", "gbp", "usd"),
            Notice::new("fx", "-1", "1"),
            Notice::new("lang", "fr", "en"),
            Notice::new("dark", "purple", "auto"),
        ]
    );
    assert!(!decoded.bare && decoded.lang_given);
    assert_eq!(decoded.state.lang, Lang::En);
}

#[test]
fn out_of_range_and_wrong_kinds() {
    let decoded = decode("preset=startup&n=1e9&load=150%25&sys=auto&staff=3.5e5&hrs=%E4%B8%AD");
    assert_eq!(
        decoded.notices,
        vec![
            Notice::new("hrs", "中", "0"),
            Notice::new("n", "1e9", "1,024"),
            Notice::new("sys", "auto", "2"),
            Notice::new("load", "150%", "75%"),
            Notice::new("staff", "3.5e5", "30"),
        ]
    );
    assert_eq!(decoded.state.scenario.params, presets::STARTUP.params);
    let decoded = decode("preset=nope&v=9");
    assert_eq!(
        decoded.notices,
        vec![
            Notice::new("v", "9", "1"),
            Notice::new("preset", "nope", "llama-3.1-405b")
        ]
    );
}

#[test]
fn unknown_keys_duplicates_and_nothing_at_all() {
    let decoded = decode("utm_source=x&utm_medium=y&fbclid=z&initialWidth=1&childId=c");
    assert!(decoded.bare && !decoded.lang_given);
    assert_eq!(decoded.notices, vec![]);
    assert_eq!(decoded.state, LinkState::default());
    assert!(decode("").bare && decode("?").bare);
    assert!(!decode("v=1").bare);
    let decoded = decode("n=1000&n=2000&n=1000&lang=zh");
    assert_eq!(decoded.state.scenario.params.accelerators, 1000.0);
    assert_eq!(decoded.notices, vec![Notice::new("n", "2000", "1000")]);
    assert!(decoded.lang_given && !decoded.bare);
}

#[test]
fn hostile_links_are_text_and_cheap() {
    let decoded = decode("preset=gpt-4&n=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
    assert_eq!(
        decoded.notices,
        vec![Notice::new("n", "<img src=x onerror=alert(1)>", "25,000")]
    );
    let long = "9".repeat(100_000);
    let decoded = decode(&format!("n={long}&lang={long}"));
    assert_eq!(decoded.notices.len(), 2);
    assert!(decoded
        .notices
        .iter()
        .all(|n| n.given.chars().count() == ECHO_CHARS + 1));
    let many = "x=1&".repeat(100_000) + "n=5";
    let decoded = decode(&many);
    assert_eq!(keys_of(&decoded.notices), ["…"]);
    assert_eq!(decoded.notices[0].given, "100001");
    assert_eq!(
        decoded.state,
        LinkState::default(),
        "pairs past the cap are not read"
    );
}

#[test]
fn notice_floods_are_merged_per_key_and_capped() {
    // Items of pinned scenarios that are not parameters: one notice per scenario key, however
    // many items, each naming the first and how many more there were.
    let junk: Vec<String> = (0..200).map(|i| format!("x{i}.<b>")).collect();
    let scenario = format!("A~gpt-4~{}", junk.join("~"));
    let query = format!("s1={scenario}&s2={scenario}&s3={scenario}&s4={scenario}");
    let decoded = decode(&query);
    assert_eq!(keys_of(&decoded.notices), ["s1", "s2", "s3", "s4"]);
    for notice in &decoded.notices {
        assert_eq!(notice.given, "x0.<b>");
        assert_eq!(notice.more, 199);
    }
    assert_eq!(decoded.state.pinned.len(), 4);
    // Many different keys, each with a bad value: the first MAX_NOTICES, then one saying how
    // many more there were.
    let mut query = String::new();
    for key in ParamKey::ALL {
        query.push_str(&format!("{}=bad&", key.code()));
    }
    for key in RANGE_KEYS {
        query.push_str(&format!("{key}=bad&"));
    }
    let decoded = decode(&query);
    let total = ParamKey::ALL.len() + RANGE_KEYS.len();
    assert_eq!(decoded.notices.len(), MAX_NOTICES + 1);
    let last = decoded.notices.last().unwrap();
    assert_eq!(last.key, MORE_NOTICES);
    assert_eq!(last.given, (total - MAX_NOTICES).to_string());
    assert!(decoded.notices[..MAX_NOTICES].iter().all(|n| n.more == 0));
    // What the notices name is still replaced: the state is the preset's (a link without
    // `v` is version 1's).
    assert_eq!(decoded.state, v1_default());
    // Notices of one key with different outcomes stay apart: the link's other value, then
    // what is used instead of the bad one.
    let decoded = decode("n=-5&mfu=abc&n=7");
    assert_eq!(
        decoded.notices,
        vec![
            Notice::new("mfu", "abc", "35%"),
            Notice::new("n", "7", "-5"),
            Notice::new("n", "-5", "16,384"),
        ]
    );
}

#[test]
fn notices_do_not_echo_spoofing_characters() {
    // `n=%E2%80%AE1e9` (U+202E before the digits) and the like: a right-to-left override, isolates, zero-width characters and
    // noncharacters are not repeated (the page shows what is left, isolated).
    let decoded =
        decode("n=%E2%80%AE5-%E2%81%A6x%E2%81%A9%E2%80%8B%EF%BF%BE%EF%BB%BF&%E2%80%AEq%E2%80%AC=1");
    assert_eq!(decoded.notices, vec![Notice::new("n", "5-x", "16,384")]);
    assert_eq!(decoded.notices[0].given, "5-x");
    assert_eq!(echo("a\u{202E}b\u{200F}c\u{FFFF}d"), "abcd");
    // The cut counts what is kept.
    let long = "\u{200B}".repeat(100) + &"x".repeat(ECHO_CHARS);
    assert_eq!(echo(&long), "x".repeat(ECHO_CHARS));
}

#[test]
fn compact_payloads_that_do_not_parse_keep_what_they_can() {
    let mut state = v1_default();
    state
        .scenario
        .set(ParamKey::ClusterSize, Value::Number(2048.0))
        .unwrap();
    state
        .scenario
        .set(ParamKey::ProgrammeMonths, Value::Number(24.0))
        .unwrap();
    let link = compact::encode(&readable_pairs(&state)).unwrap();
    assert_eq!(state_of(&link), state, "{link}");
    // The last field cut short: the first is kept, the rest comes from the preset.
    let cut = &link[..link.len() - 2];
    let decoded = decode(cut);
    assert_eq!(decoded.state.scenario.params.accelerators, 2048.0);
    assert_eq!(decoded.state.scenario.params.months, 12.0);
    assert_eq!(keys_of(&decoded.notices), ["c"]);
    assert_eq!(decoded.notices[0].used, "llama-3.1-405b");
    // A readable key next to a compact one: the first wins.
    let decoded = decode(&format!(
        "n=4096&{}",
        &link["v=1&preset=llama-3.1-405b&".len()..]
    ));
    assert_eq!(decoded.state.scenario.params.accelerators, 4096.0);
    assert_eq!(keys_of(&decoded.notices), ["n"]);
}

#[test]
fn version_one_keeps_its_keys_and_its_figures() {
    // No key changed name or meaning in version 2: the pairs go through unchanged, and the
    // figures come from the link's edition.
    let mut pairs = Pairs::from_pairs([("preset", "gpt-4"), ("n", "5")]);
    let before = pairs.clone();
    migrate(1, &mut pairs);
    assert_eq!(pairs, before);
    assert_eq!(VERSION, 2);
    assert_eq!(VERSION, edition::LATEST_VERSION);
    // No `v`: version 1, without a notice.
    let decoded = decode("preset=gpt-4");
    assert_eq!(decoded.notices, vec![]);
    assert_eq!(decoded.state.edition().version, 1);
    assert_eq!(decoded.state.scenario.params, presets::GPT_4.params);
    // `v=2`: version 2's preset of the same id.
    let decoded = decode("v=2&preset=gpt-4");
    assert_eq!(decoded.notices, vec![]);
    assert_eq!(decoded.state.scenario.preset, latest_preset("gpt-4"));
    // A version this page does not know reads as version 1, with a notice.
    let decoded = decode("v=9&preset=gpt-4");
    assert_eq!(decoded.notices, vec![Notice::new("v", "9", "1")]);
    assert_eq!(decoded.state.edition().version, 1);
    // A bare address opens the latest figures.
    assert_eq!(decode("").state, LinkState::default());
    assert_eq!(decode("utm_source=x").state.edition().version, VERSION);
}

#[test]
fn keys_of_a_later_version_are_left_out_of_older_links() {
    // `tier` came with version 2: a version 1 link that has it keeps version 1's price.
    let decoded = decode("v=1&preset=gpt-4&mode=rent&tier=3y");
    assert_eq!(decoded.notices, vec![Notice::new("tier", "3y", "")]);
    assert_eq!(decoded.state.scenario.params, {
        let mut params = presets::GPT_4.params;
        params.mode = crate::Mode::Rent;
        params
    });
    // In version 2 it sets the chip's price at that tier; an explicit `rent` still wins.
    let decoded = state_of("v=2&preset=gpt-4&mode=rent&tier=3y");
    let cloud = decoded.scenario.params.chip.spec().late_2026.cloud;
    assert_eq!(
        decoded.scenario.params.rent_per_hour,
        crate::params::round_significant(cloud.three_year.get())
    );
    let decoded = state_of("v=2&preset=gpt-4&mode=rent&tier=ondemand&rent=2.2");
    assert_eq!(decoded.scenario.params.rent_per_hour, 2.2);
    assert_eq!(
        decoded.scenario.params.cloud_tier,
        crate::params::CloudTier::OnDemand
    );
}

/// Every key a section writes has a compact slot, and every code it may write has a
/// position in that slot's list: the compact form can say any state.
#[test]
fn the_compact_table_covers_every_key_and_code() {
    for key in all_keys() {
        if compact::READABLE.contains(&key)
            || FRAME_KEYS.contains(&key)
            || PINNED_KEYS.contains(&key)
            // An embed's own keys follow the compact form, readable.
            || crate::view::EMBED_KEYS.contains(&key)
        {
            continue;
        }
        if RANGE_KEYS.contains(&key) {
            let (_, slot) = compact::slot(key).unwrap_or_else(|| panic!("no slot for {key}"));
            assert_eq!(slot.form, Form::Pair, "{key}");
            continue;
        }
        let (_, slot) = compact::slot(key).unwrap_or_else(|| panic!("no compact slot for {key}"));
        let codes: Vec<&str> = match key {
            "cur" => Currency::ALL.iter().map(|c| c.link_code()).collect(),
            "lang" => Lang::ALL.iter().map(|l| l.code()).collect(),
            "dark" => [Theme::Auto, Theme::Light, Theme::Dark]
                .iter()
                .map(|t| t.link_code())
                .collect(),
            "show" => Panel::ALL.iter().map(|p| p.code()).collect(),
            "embed" | "transparent" | "plain" => vec!["1"],
            "unc" => vec!["0"],
            "grid" => crate::carbon::Grid::ALL.iter().map(|g| g.code()).collect(),
            "budget" => crate::edition::EDITIONS
                .iter()
                .flat_map(|edition| edition.budgets.iter().map(|b| b.id))
                .collect(),
            _ => match ParamKey::from_code(key).map(|k| k.meta().kind) {
                Some(Kind::Choice(choices)) => choices.iter().map(|c| c.code).collect(),
                _ => vec![],
            },
        };
        match slot.form {
            Form::Number => assert!(codes.is_empty(), "{key} is a choice"),
            Form::Pair => panic!("{key} is not a range"),
            Form::Code(list) | Form::List(list) | Form::CodeOrNumber(list) => {
                assert!(!codes.is_empty(), "{key} is a number");
                for code in codes {
                    assert!(list.contains(&code), "{key}: no compact code for {code}");
                }
            }
        }
    }
    assert_eq!(
        Mode::Rent.code(),
        "rent",
        "mode codes are part of the format"
    );
    assert_eq!(Facility::Colo.code(), "colo");
}

#[test]
fn docs_name_every_key_preset_chip_and_panel() {
    let docs = include_str!("../../../../docs/links.md");
    let mut names: Vec<String> = all_keys().iter().map(|k| format!("`{k}`")).collect();
    for edition in EDITIONS {
        names.extend(edition.presets.iter().map(|p| format!("`{}`", p.id)));
    }
    names.extend(ChipId::ALL.iter().map(|c| format!("`{}`", c.code())));
    names.extend(Panel::ALL.iter().map(|p| format!("`{}`", p.code())));
    for name in names {
        assert!(
            docs.contains(&name),
            "docs/links.md does not mention {name}"
        );
    }
    for key in ParamKey::ALL {
        let row = docs
            .lines()
            .find(|line| line.starts_with(&format!("| `{}` |", key.code())))
            .unwrap_or_else(|| panic!("docs/links.md has no table row for {}", key.code()));
        if let Some(spec) = key.number_spec() {
            let range = format!("{} – {}", format_exact(spec.min), format_exact(spec.max));
            assert!(row.contains(&range), "{}: the range is {range}", key.code());
        }
    }
}

// ---------- Golden links: what version 1 links must show, forever ----------

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
struct Golden {
    /// The link as people wrote it.
    link: String,
    /// What this link checks.
    why: String,
    /// The link the page writes for the state it opens. `None` for an entry being added (only
    /// `link` and `why`): `UPDATE_GOLDEN=1` fills in such entries, and only those.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    canonical: Option<String>,
    /// `[key, given, used]`.
    #[serde(default)]
    notices: Vec<[String; 3]>,
    /// Every `data-param` value, as a link writes it.
    #[serde(default)]
    params: BTreeMap<String, String>,
    /// Every `data-out` value (US dollars for money).
    #[serde(default)]
    out: BTreeMap<String, f64>,
    /// `unc=0`: the uncertainty band is off.
    #[serde(default, skip_serializing_if = "is_false")]
    uncertainty_off: bool,
    /// The ranges that differ from the defaults, as `low~high`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    ranges: BTreeMap<String, String>,
    /// With ranges of its own: the seeded 90% band of the total, `[p5, p50, p95]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    band: Option<[f64; 3]>,
    /// The pinned scenarios.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pinned: Vec<GoldenPinned>,
    /// The deeper panels' numbers (`deeper::Deeper::values`): pinned by the entries written
    /// since those panels exist, checked whenever an entry has them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    deeper: BTreeMap<String, f64>,
}

#[derive(Serialize, Deserialize, Debug, Default, PartialEq, Clone)]
struct GoldenPinned {
    name: String,
    preset: String,
    /// The parameters that differ from the preset's, as a link writes them.
    params: BTreeMap<String, String>,
    total: f64,
}

fn is_false(value: &bool) -> bool {
    !value
}

fn close(value: f64, expected: f64) -> bool {
    (value - expected).abs() <= 1e-9 * expected.abs().max(f64::MIN_POSITIVE)
}

fn golden_path() -> String {
    format!(
        "{}/../../tests/golden_links.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn expectations(golden: &Golden) -> Golden {
    let decoded = decode(&golden.link);
    let state = &decoded.state;
    let outputs = evaluate(&state.scenario.params);
    Golden {
        link: golden.link.clone(),
        why: golden.why.clone(),
        canonical: Some(encode(state)),
        notices: decoded
            .notices
            .iter()
            .map(|n| [n.key.clone(), n.given.clone(), n.used.clone()])
            .collect(),
        params: ParamKey::ALL
            .iter()
            .map(|key| {
                (
                    key.code().to_string(),
                    link_value(state.scenario.params.get(*key)),
                )
            })
            .collect(),
        out: OutKey::ALL
            .iter()
            .map(|key| (key.code().to_string(), outputs.value(*key)))
            .collect(),
        uncertainty_off: !state.uncertainty,
        ranges: RANGE_KEYS
            .iter()
            .zip(state.ranges.0.iter().zip(Ranges::default().0))
            .filter(|(_, (range, default))| **range != *default)
            .map(|(key, (range, _))| (key.to_string(), range_text(*range)))
            .collect(),
        band: (state.ranges != Ranges::default()).then(|| {
            let run = crate::uncertainty::monte_carlo(
                &state.scenario.params,
                &state.ranges,
                crate::uncertainty::DEFAULT_SAMPLES,
                crate::uncertainty::DEFAULT_SEED,
            );
            [run.total.p5, run.total.p50, run.total.p95]
        }),
        pinned: state
            .pinned
            .iter()
            .map(|pinned| GoldenPinned {
                name: pinned.name.clone(),
                preset: pinned.scenario.preset.id.to_string(),
                params: scenario_pairs(&pinned.scenario)
                    .into_iter()
                    .map(|(key, value)| (key.to_string(), value))
                    .collect(),
                total: evaluate(&pinned.scenario.params).total.get(),
            })
            .collect(),
        deeper: crate::deeper::evaluate(
            &state.scenario.params,
            &outputs,
            state.deeper,
            state.edition(),
        )
        .values()
        .into_iter()
        .collect(),
    }
}

/// The first way a golden entry's link no longer shows what the entry says, if any.
fn golden_mismatch(golden: &Golden) -> Option<String> {
    let actual = expectations(golden);
    let link = &golden.link;
    let differs = |what: &str| Some(format!("{what} of {link}"));
    if actual.canonical != golden.canonical {
        return Some(format!(
            "canonical link of {link}: {:?} instead of {:?}",
            actual.canonical, golden.canonical
        ));
    }
    if actual.notices != golden.notices {
        return Some(format!(
            "notices of {link}: {:?} instead of {:?}",
            actual.notices, golden.notices
        ));
    }
    // Every value the golden link names is the same; a key added since (the entry predates
    // it) keeps the value of the link's preset: the link says nothing of it.
    for (key, value) in &actual.params {
        let same = match golden.params.get(key) {
            Some(expected) => value == expected,
            None => {
                let param = ParamKey::from_code(key)?;
                let state = decode(link).state;
                *value == link_value(reference_params(&state.scenario).get(param))
            }
        };
        if !same {
            return Some(format!("{key} of {link}: {value}"));
        }
    }
    if !golden
        .params
        .keys()
        .all(|key| actual.params.contains_key(key))
    {
        return differs("parameters");
    }
    if !actual.out.keys().eq(golden.out.keys()) {
        return differs("output keys");
    }
    for (name, expected) in &golden.out {
        let value = actual.out[name];
        if !close(value, *expected) {
            return Some(format!("{name} of {link}: {value} instead of {expected}"));
        }
    }
    if !golden.deeper.is_empty() {
        if !actual.deeper.keys().eq(golden.deeper.keys()) {
            return differs("deeper panels' outputs");
        }
        for (name, expected) in &golden.deeper {
            let value = actual.deeper[name];
            if !close(value, *expected) {
                return Some(format!("{name} of {link}: {value} instead of {expected}"));
            }
        }
    }
    if actual.uncertainty_off != golden.uncertainty_off {
        return differs("unc");
    }
    if actual.ranges != golden.ranges {
        return differs("ranges");
    }
    let same_band = match (actual.band, golden.band) {
        (Some(value), Some(expected)) => (0..3).all(|i| close(value[i], expected[i])),
        (value, expected) => value == expected,
    };
    if !same_band {
        return Some(format!(
            "band of {link}: {:?} instead of {:?}",
            actual.band, golden.band
        ));
    }
    let same_pinned = actual.pinned.len() == golden.pinned.len()
        && actual
            .pinned
            .iter()
            .zip(&golden.pinned)
            .all(|(value, expected)| {
                (&value.name, &value.preset, &value.params)
                    == (&expected.name, &expected.preset, &expected.params)
                    && close(value.total, expected.total)
            });
    if !same_pinned {
        return differs("pinned scenarios");
    }
    None
}

/// What `UPDATE_GOLDEN=1` writes: entries being added (only `link` and `why`) get their
/// expectations; every other entry must still hold and is kept as it is. An expectation
/// that would change is an error naming the link: it would break links people have shared.
fn update_goldens(goldens: &[Golden]) -> Result<Vec<Golden>, String> {
    goldens
        .iter()
        .map(|golden| {
            if golden.canonical.is_none() {
                return Ok(expectations(golden));
            }
            match golden_mismatch(golden) {
                None => Ok(golden.clone()),
                Some(problem) => Err(format!(
                    "UPDATE_GOLDEN only fills in new entries; an existing expectation would \
                     change: {problem}"
                )),
            }
        })
        .collect()
}

/// `UPDATE_GOLDEN=1 cargo test golden` fills in the expectations of entries being added
/// (written with only `link` and `why`) and refuses to change any other: changing an
/// expectation breaks links people have shared.
#[test]
fn golden_links_show_what_they_showed() {
    let text = std::fs::read_to_string(golden_path()).expect("tests/golden_links.json");
    let goldens: Vec<Golden> = serde_json::from_str(&text).expect("valid golden JSON");
    assert!(goldens.len() >= 30);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let updated = update_goldens(&goldens).unwrap_or_else(|problem| panic!("{problem}"));
        let json = serde_json::to_string_pretty(&updated).unwrap() + "\n";
        std::fs::write(golden_path(), json).unwrap();
        return;
    }
    for golden in &goldens {
        let link = &golden.link;
        let Some(canonical) = &golden.canonical else {
            panic!("{link} has no expectations yet: run UPDATE_GOLDEN=1 cargo test golden");
        };
        if let Some(problem) = golden_mismatch(golden) {
            panic!("{problem}");
        }
        // The canonical link gives the same state, without notices.
        assert_eq!(state_of(canonical), decode(link).state, "{link}");
    }
    // Every preset of every version and every key is covered (links without `v` are
    // version 1's).
    for edition in EDITIONS {
        for preset in edition.presets {
            assert!(
                goldens.iter().any(|g| {
                    let version = decode(&g.link).state.edition().version;
                    version == edition.version && g.link.contains(&format!("preset={}", preset.id))
                }),
                "no golden link of version {} uses preset {}",
                edition.version,
                preset.id
            );
        }
    }
    for key in all_keys() {
        assert!(
            goldens.iter().any(|g| g.link.contains(&format!("{key}="))),
            "no golden link uses {key}"
        );
    }
}

#[test]
fn updating_goldens_only_fills_in_new_entries() {
    let entry = |link: &str| Golden {
        link: link.to_string(),
        why: "a test".to_string(),
        ..Golden::default()
    };
    let existing = expectations(&entry("v=1&preset=gpt-4&n=5e4"));
    let added = entry("v=1&preset=startup&mon=24");
    let updated = update_goldens(&[existing.clone(), added.clone()]).expect("nothing changes");
    assert_eq!(
        serde_json::to_value(&updated[0]).unwrap(),
        serde_json::to_value(&existing).unwrap(),
        "an existing entry is kept as it is"
    );
    assert_eq!(
        serde_json::to_value(&updated[1]).unwrap(),
        serde_json::to_value(expectations(&added)).unwrap(),
        "a new entry gets its expectations"
    );
    // An entry with only `link` and `why` reads as new.
    let json = r#"[{"link": "v=1&preset=startup&mon=24", "why": "a test"}]"#;
    let read: Vec<Golden> = serde_json::from_str(json).unwrap();
    assert!(read[0].canonical.is_none());
    // An existing expectation that no longer holds is refused, naming the link.
    let mut changed = existing.clone();
    changed.canonical = Some("v=1&preset=gpt-4&n=4e4".to_string());
    let mut moved = existing.clone();
    *moved.out.get_mut("total").unwrap() *= 1.01;
    let mut renotified = existing;
    renotified
        .notices
        .push(["n".into(), "x".into(), "y".into()]);
    for tampered in [changed, moved, renotified] {
        let problem = update_goldens(&[added.clone(), tampered]).expect_err("refused");
        assert!(problem.contains("v=1&preset=gpt-4&n=5e4"), "{problem}");
    }
}

// ---------- Uncertainty settings and pinned scenarios ----------

fn set(scenario: &mut Scenario, key: ParamKey, value: Value) {
    scenario.set(key, value).unwrap();
}

#[test]
fn uncertainty_ranges_and_scenarios_in_readable_links() {
    let mut state = LinkState {
        uncertainty: false,
        ..v1_default()
    };
    let range = |low, high| Range { low, high };
    assert!(state.ranges.set(ParamKey::Utilisation, range(0.3, 2.0)));
    assert!(state.ranges.set(ParamKey::CostPerPerson, range(0.5, 4.0)));
    let mut big = Scenario::from_preset(&presets::GPT_4);
    set(&mut big, ParamKey::ClusterSize, Value::Number(5e4));
    set(&mut big, ParamKey::BuyOrRent, Value::Choice("rent"));
    state.pinned = vec![
        Pinned {
            name: "Big cluster".into(),
            scenario: big,
        },
        Pinned {
            name: "大集群".into(),
            scenario: v1_default().scenario,
        },
    ];
    let link = encode(&state);
    assert_eq!(
        link,
        "v=1&preset=llama-3.1-405b&unc=0&r.mfu=0.3~2&r.sal=0.5~4\
         &s1=Big_cluster~gpt-4~n.5e4~mode.rent&s2=.5aSn6ZuG576k~llama-3.1-405b"
    );
    assert_eq!(state_of(&link), state);
    // The Share menu keeps them and drops only the render flags.
    let mut embedded = state.clone();
    embedded.view.embed = true;
    embedded.view.show = vec![Panel::Scenarios];
    assert_eq!(encode(&embedded.for_sharing()), link);
    // Ranges are kept to 5 significant digits, so that a link says them exactly.
    let mut ranges = Ranges::default();
    assert!(ranges.set(ParamKey::Utilisation, range(0.123_456_789, 1.000_001)));
    assert_eq!(ranges.get(ParamKey::Utilisation), Some(range(0.12346, 1.0)));
    // Hand-written forms.
    let state = state_of("unc=off&r.mfu=+0.5~1.5e0&r.sal=%200.4%20~3&s1=Big+cluster~GPT-4~N.50k");
    assert!(!state.uncertainty);
    assert_eq!(
        state.ranges.get(ParamKey::Utilisation),
        Some(range(0.5, 1.5))
    );
    assert_eq!(
        state.ranges.get(ParamKey::CostPerPerson),
        Some(range(0.4, 3.0))
    );
    assert_eq!(state.pinned[0].name, "Big cluster");
    assert_eq!(state.pinned[0].scenario.params.accelerators, 50_000.0);
    assert_eq!(state.pinned[0].scenario.preset.id, "gpt-4");
}

#[test]
fn names_are_link_safe_and_reversible() {
    for name in [
        "A",
        "Meta as published",
        "GPT-4 bigger",
        "大集群",
        "大集群 B",
        "x_y",
        "a~b.c",
        "<img src=x onerror=alert(1)>",
        "\"'`",
        "😀 2",
        "javascript:alert(1)",
    ] {
        let text = encode_name(name);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)),
            "{text}"
        );
        assert_eq!(decode_name(&text).as_deref(), Some(name), "{text}");
    }
    assert_eq!(encode_name("Meta as published"), "Meta_as_published");
    assert_eq!(encode_name("大集群"), ".5aSn6ZuG576k");
    // Hand-written names are cleaned as the page keeps names.
    assert_eq!(
        decode_name("  two   spaces_ ").as_deref(),
        Some("two spaces")
    );
    assert_eq!(decode_name("中文名").as_deref(), Some("中文名"));
    assert_eq!(decode_name(".%%%"), None, "not base64url");
    assert_eq!(decode_name(".gA"), None, "not UTF-8");
}

#[test]
fn bad_ranges_and_scenarios_are_named_and_the_rest_is_kept() {
    let decoded = decode(
        "preset=gpt-4&unc=maybe&r.mfu=2~3&r.sal=0.5&r.price=abc~2&r.exp=0.5~1.5&r.pue=1e999~2\
         &s1=A~nope~n.5&s2=~gpt-4~n.-5~zz.1~mode.rent~chip&s3=.gA~startup&s4=Ok~deepseek-v3~c.!!\
         &s5=Five~gpt-4",
    );
    let notice = |key: &str, given: &str, used: &str| Notice::new(key, given, used);
    assert_eq!(
        decoded.notices,
        vec![
            notice("unc", "maybe", "1"),
            notice("r.mfu", "2~3", "0.5~1.5"),
            notice("r.price", "abc~2", "0.5~2"),
            notice("r.pue", "1e999~2", "0.95~1.4"),
            notice("r.sal", "0.5", "0.64~2.15"),
            notice("s1", "A~nope~n.5", ""),
            notice("s2.chip", "", "a100"),
            notice("s2.n", "-5", "25,000"),
            notice("s2", "zz.1", ""),
            notice("s3", ".gA", "B"),
            notice("s4.c", "!!", "deepseek-v3"),
        ]
    );
    let state = decoded.state;
    assert!(state.uncertainty, "a bad unc keeps the default");
    let mut ranges = Ranges::default();
    ranges.set(
        ParamKey::ExperimentMultiple,
        Range {
            low: 0.5,
            high: 1.5,
        },
    );
    assert_eq!(state.ranges, ranges);
    let names: Vec<&str> = state.pinned.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "Ok"]);
    assert_eq!(state.pinned[0].scenario.params.mode, Mode::Rent);
    assert_eq!(
        state.pinned[0].scenario.params.accelerators,
        presets::GPT_4.params.accelerators
    );
    assert_eq!(
        state.pinned[1].scenario,
        Scenario::from_preset(&presets::STARTUP)
    );
    assert_eq!(
        state.pinned[2].scenario,
        Scenario::from_preset(&presets::DEEPSEEK_V3)
    );
    // What was read links back to itself.
    assert_eq!(state_of(&encode(&state)), state);
}

#[test]
fn long_comparisons_write_each_scenario_in_its_shorter_form() {
    let mut state = v1_default();
    for i in 0..MAX_PINNED {
        let mut scenario = Scenario::from_preset(&presets::ALL[i]);
        change_everything(&mut scenario);
        state.pinned.push(Pinned {
            name: format!("Scenario {i}"),
            scenario,
        });
    }
    // One scenario with a single change stays readable beside the compact ones.
    let mut light = Scenario::from_preset(&presets::GPT_4);
    set(&mut light, ParamKey::ClusterSize, Value::Number(3e4));
    state.pinned[3].scenario = light;
    let link = encode(&state);
    assert!(link.starts_with("v=1&preset=llama-3.1-405b&s1=Scenario_0~llama-3.1-405b~c."));
    assert!(link.ends_with("&s4=Scenario_3~gpt-4~n.3e4"), "{link}");
    assert_eq!(link.matches("~c.").count(), 3);
    assert!(link.len() <= max_len(4));
    assert_eq!(state_of(&link), state);
}

#[test]
fn range_keys_follow_the_uncertain_parameters() {
    // The link reads `RANGE_KEYS[i]` into the range of `UNCERTAIN[i]`.
    assert_eq!(RANGE_KEYS.len(), crate::uncertainty::UNCERTAIN.len());
    for (key, param) in RANGE_KEYS.iter().zip(crate::uncertainty::UNCERTAIN) {
        assert_eq!(*key, format!("r.{}", param.code()));
    }
}

#[test]
fn current_figures_reopen_the_same_scenario_under_the_latest_version() {
    // The reader's own changes and settings carry over; the rest is the latest figures.
    let old = state_of(
        "v=1&preset=gpt-4&n=5e4&mfu=0.4&chip=b200&cur=eur&lang=zh&r.mfu=0.3~2&s1=Mine~startup~mon.24",
    );
    let current = current_figures(&old);
    assert_eq!(current.notices, vec![]);
    let state = &current.state;
    assert_eq!(state.edition().version, VERSION);
    let preset = latest_preset("gpt-4");
    assert_eq!(state.scenario.preset, preset);
    let mut expected = Scenario::from_preset(preset);
    set(&mut expected, ParamKey::Accelerator, Value::Choice("b200"));
    set(&mut expected, ParamKey::ClusterSize, Value::Number(5e4));
    set(&mut expected, ParamKey::Utilisation, Value::Number(0.4));
    assert_eq!(state.scenario, expected);
    assert_eq!((state.lang, state.currency), (old.lang, old.currency));
    assert_eq!(state.ranges, old.ranges);
    assert_eq!(state.pinned.len(), 1);
    assert_eq!(state.pinned[0].scenario.preset, latest_preset("startup"));
    assert_eq!(state.pinned[0].scenario.params.months, 24.0);
    // Changing nothing gives the latest version's preset as it comes.
    let plain = current_figures(&state_of("v=1&preset=deepseek-v3"));
    assert_eq!(
        plain.state.scenario,
        Scenario::from_preset(latest_preset("deepseek-v3"))
    );
    // A state of the latest version stays what it is.
    assert_eq!(current_figures(state).state, *state);
}

/// An embed's own keys come last, after the compact form too, and read back as they were:
/// free text of any script, markup included, stays text.
#[test]
fn embed_keys_follow_the_calculation_and_read_back() {
    use crate::view::{Input, Inputs};
    for compact in [false, true] {
        let mut state = if compact {
            let mut state = widest_state();
            state.ranges = Ranges::default();
            state
        } else {
            state_of("v=2&preset=gpt-4&n=5e4&embed=1")
        };
        state.view.inputs =
            Inputs::Listed(vec![Input::Preset, Input::Param(ParamKey::ClusterSize)]);
        state.view.is_static = true;
        state.view.title = "What <b>AI</b> costs & who pays: 前沿 100%".to_string();
        state.view.dek = "Set the chips; see the bill.".to_string();
        let link = encode(&state);
        assert_eq!(link.contains("&c="), compact, "{link}");
        assert!(
            link.ends_with("&inputs=preset~n&static=1&title=What%20%3Cb%3EAI%3C%2Fb%3E%20costs%20%26%20who%20pays%3A%20%E5%89%8D%E6%B2%BF%20100%25&dek=Set%20the%20chips%3B%20see%20the%20bill.")
                || link.contains("&inputs=preset~n&static=1&title="),
            "{link}"
        );
        let decoded = decode(&link);
        assert!(decoded.notices.is_empty(), "{:?}", decoded.notices);
        assert_eq!(decoded.state, state);
        // Shared links of the full calculator leave them out.
        assert!(!encode(&state.for_sharing()).contains("title="));
    }
}
