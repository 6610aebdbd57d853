//! The fuzz harness (native only, never in the page): generators of arbitrary valid states and
//! of hostile links, and the checks every case must pass — the link decoder never panics, what
//! it decodes is a valid state whose every output (the model, the barrier indicators, the
//! tornado, a small Monte Carlo) is finite, and that state links back to itself within the
//! documented length; and every valid state exported as JSON imports back to itself.
//! `./scripts/fuzz.sh` runs millions of cases; `cargo test` a quick 20,000.

use std::panic::{catch_unwind, AssertUnwindSafe};

use fastrand::Rng;

use frontier_cost::export::{self, import_query, Snapshot};

use frontier_cost_model::barrier::{access, ladder, verdict, Ratio};
use frontier_cost_model::chips::ChipId;
use frontier_cost_model::currency::Currency;
use frontier_cost_model::edition::{Edition, EDITIONS};
use frontier_cost_model::link::{
    all_keys, decode, encode, max_len, normalise_rate, LinkState, ECHO_CHARS, FEW_RANGES,
    MAX_LINK_LEN, MAX_NOTICES, RANGE_KEYS,
};
use frontier_cost_model::params::{validate, Kind};
use frontier_cost_model::presets;
use frontier_cost_model::scenario::{clean_name, default_name, Pinned, MAX_NAME_CHARS, MAX_PINNED};
use frontier_cost_model::text::{is_hidden, Lang};
use frontier_cost_model::trajectory::{in_five_years, project};
use frontier_cost_model::uncertainty::{monte_carlo, tornado, Range, Ranges, UNCERTAIN};
use frontier_cost_model::view::{Panel, Theme, ViewFlags};

/// Keys that embedding tools and trackers add to an address (pym.js's, click ids): a link
/// must ignore them.
const NOISE_KEYS: [&str; 6] = [
    "initialWidth",
    "childId",
    "parentTitle",
    "parentUrl",
    "fbclid",
    "gclid",
];
use frontier_cost_model::{evaluate, OutKey, ParamKey, Scenario, Value};

/// Samples of the small Monte Carlo each case runs (the page draws 10,000; the arithmetic per
/// sample is the same).
pub const MC_SAMPLES: usize = 48;

/// A number in `[min, max]`: the ends, uniform, or log-uniform down to 1e-300.
pub fn random_in(rng: &mut Rng, min: f64, max: f64) -> f64 {
    match rng.u8(..10) {
        0 => min,
        1 => max,
        2..=4 => min + rng.f64() * (max - min),
        _ => {
            let low = if min > 0.0 { min.log10() } else { -300.0 };
            let v = 10f64.powf(low + rng.f64() * (max.log10() - low));
            v.clamp(min, max)
        }
    }
}

/// A random valid scenario: any preset and chip, each parameter either the reference value or
/// a random one anywhere in its range (from absurdly small to the maximum), rounded as
/// `validate` does.
pub fn arbitrary_scenario(rng: &mut Rng) -> Scenario {
    let edition = EDITIONS[rng.usize(..EDITIONS.len())];
    arbitrary_scenario_in(rng, edition)
}

/// [`arbitrary_scenario`] of one edition: its presets and chips only.
pub fn arbitrary_scenario_in(rng: &mut Rng, edition: &'static Edition) -> Scenario {
    let preset = &edition.presets[rng.usize(..edition.presets.len())];
    let mut scenario = Scenario::from_preset(preset);
    let change = rng.f64();
    if rng.f64() < change {
        scenario.params = scenario
            .params
            .with_chip(edition, edition.chips[rng.usize(..edition.chips.len())]);
    }
    for key in ParamKey::ALL {
        if rng.f64() >= change {
            continue;
        }
        let value = match key.meta().kind {
            Kind::Choice(choices) => Value::Choice(choices[rng.usize(..choices.len())].code),
            Kind::Number(spec) if spec.optional && rng.bool() => Value::Auto,
            Kind::Number(spec) => Value::Number(random_in(rng, spec.min, spec.max)),
        };
        if !edition.has_param(key)
            || matches!((key, value), (ParamKey::Accelerator, Value::Choice(code))
                if !ChipId::from_code(code).is_some_and(|chip| edition.offers(chip)))
        {
            continue;
        }
        if let Ok(value) = validate(key, value) {
            // `Params::set` takes a chip without its catalogue prices (any chip with any price:
            // what choosing it and then editing gives), keeping the precision valid.
            if key == ParamKey::TrainingPrecision {
                // A precision the chip lacks is refused, as on the page.
                let _ = scenario.params.set(key, value);
            } else {
                scenario.params.set(key, value).expect("a validated value");
            }
        }
    }
    scenario
}

/// A random valid range: ends at 1, ordinary multiples, or extreme ones.
pub fn arbitrary_range(rng: &mut Rng) -> Range {
    let low = match rng.u8(..5) {
        0 => 1.0,
        1 => 10f64.powf(-300.0 * rng.f64()),
        _ => 10f64.powf(-2.0 * rng.f64()),
    };
    let high = match rng.u8(..5) {
        0 => 1.0,
        1 => 100.0,
        _ => 10f64.powf(2.0 * rng.f64()),
    };
    Range { low, high }
}

/// Ranges with `changed` of them (at most) different from the defaults.
pub fn arbitrary_ranges(rng: &mut Rng, changed: usize) -> Ranges {
    let mut ranges = Ranges::default();
    for _ in 0..changed {
        let key = UNCERTAIN[rng.usize(..UNCERTAIN.len())];
        // A refused range (rounding cannot make one invalid, but to be sure) changes nothing.
        ranges.set(key, arbitrary_range(rng));
    }
    ranges
}

/// Pieces of scenario names: words, spaces, Chinese, emoji, the link's own separators,
/// markup, quotes and control characters.
const NAME_PIECES: [&str; 25] = [
    "Meta",
    "as published",
    " ",
    "  ",
    "-",
    "_",
    "~",
    ".",
    "大集群",
    "方案",
    "二",
    "😀",
    "é",
    "<b>",
    "\"><script>alert(1)</script>",
    "'",
    "&amp;",
    "=",
    "%20",
    "+",
    "\n\t",
    "x",
    "\u{202e}gnp",
    "\u{2067}שלום\u{2069}",
    "\u{200d}\u{fffe}",
];

/// A name as the page keeps it, never empty.
pub fn arbitrary_name(rng: &mut Rng, pinned: &[Pinned]) -> String {
    let mut raw = String::new();
    for _ in 0..rng.usize(..12) {
        raw.push_str(NAME_PIECES[rng.usize(..NAME_PIECES.len())]);
    }
    if rng.u8(..10) == 0 {
        // As long as a name may be, in four-byte characters.
        raw = "😀".repeat(MAX_NAME_CHARS);
    }
    let name = clean_name(&raw);
    if name.is_empty() {
        default_name(pinned)
    } else {
        name
    }
}

/// A random valid state: any scenario, display settings and render flags, the uncertainty
/// switch, up to every range changed, and up to four pinned scenarios.
pub fn arbitrary_state(rng: &mut Rng) -> LinkState {
    let scenario = arbitrary_scenario(rng);
    // Scenarios of one state share its version's figures.
    let edition = scenario.edition();
    let currency = Currency::ALL[rng.usize(..Currency::ALL.len())];
    let fx = if rng.bool() {
        currency.default_rate()
    } else {
        let (low, high) = currency.rate_range();
        normalise_rate(random_in(rng, low, high), currency).expect("a rate in range")
    };
    let mut show = Panel::ALL.to_vec();
    rng.shuffle(&mut show);
    show.truncate(rng.usize(..=Panel::ALL.len()));
    let changed_ranges = match rng.u8(..4) {
        0 | 1 => 0,
        2 => rng.usize(..=3),
        _ => rng.usize(..=24),
    };
    let mut pinned = Vec::new();
    let count = match rng.u8(..3) {
        0 => 0,
        _ => rng.usize(..=MAX_PINNED),
    };
    for _ in 0..count {
        let name = arbitrary_name(rng, &pinned);
        pinned.push(Pinned {
            name,
            scenario: arbitrary_scenario_in(rng, edition),
        });
    }
    LinkState {
        scenario,
        lang: Lang::ALL[rng.usize(..Lang::ALL.len())],
        currency,
        fx,
        view: ViewFlags {
            embed: rng.bool(),
            theme: [Theme::Auto, Theme::Light, Theme::Dark][rng.usize(..3)],
            transparent: rng.bool(),
            plain: rng.bool(),
            show,
            inputs: arbitrary_inputs(rng),
            is_static: rng.bool(),
            title: arbitrary_heading(rng, frontier_cost_model::view::MAX_TITLE_CHARS),
            dek: arbitrary_heading(rng, frontier_cost_model::view::MAX_DEK_CHARS),
        },
        uncertainty: rng.u8(..4) != 0,
        ranges: arbitrary_ranges(rng, changed_ranges),
        pinned,
        deeper: arbitrary_deeper(rng, edition),
    }
}

/// Deeper panels' settings: the defaults, or any budget (an organisation of the edition's
/// ladder or dollars), halving time and grid.
fn arbitrary_deeper(
    rng: &mut fastrand::Rng,
    edition: &'static frontier_cost_model::edition::Edition,
) -> frontier_cost_model::link::deeper::Deeper {
    use frontier_cost_model::budget::BudgetSpec;
    use frontier_cost_model::carbon::Grid;
    use frontier_cost_model::link::deeper::Deeper;
    use frontier_cost_model::params::round_significant;
    if rng.bool() {
        return Deeper::default();
    }
    let budget = if rng.bool() {
        BudgetSpec::Organisation(edition.budgets[rng.usize(..edition.budgets.len())].id)
    } else {
        BudgetSpec::Usd(frontier_cost_model::units::Usd(round_significant(
            10f64.powf(random_in(rng, 3.0, 12.0)),
        )))
    };
    Deeper {
        budget,
        halving_months: round_significant(random_in(rng, 5.0, 14.0)),
        grid: Grid::ALL[rng.usize(..Grid::ALL.len())],
    }
}

/// An embed's inputs: the default, none, all, or some of them in the page's order.
fn arbitrary_inputs(rng: &mut Rng) -> frontier_cost_model::view::Inputs {
    use frontier_cost_model::view::Inputs;
    match rng.u8(..4) {
        0 => Inputs::Story,
        1 => Inputs::None,
        2 => Inputs::All,
        _ => {
            let listed: Vec<_> = Inputs::All
                .at_once()
                .into_iter()
                .filter(|_| rng.u8(..4) == 0)
                .collect();
            if listed.is_empty() {
                Inputs::Story
            } else {
                Inputs::Listed(listed)
            }
        }
    }
}

/// An embed's heading or standfirst as a link keeps it: mostly none, else hostile text
/// cleaned to one line within its length.
fn arbitrary_heading(rng: &mut Rng, max: usize) -> String {
    if rng.u8(..4) != 0 {
        return String::new();
    }
    let mut text = String::new();
    for _ in 0..rng.usize(1..6) {
        text.push_str(HOSTILE_VALUES[rng.usize(..HOSTILE_VALUES.len())]);
        text.push(' ');
    }
    frontier_cost_model::view::clean_heading(&text, max).0
}

/// Values that have broken parsers elsewhere, and ours' own edge cases.
const HOSTILE_VALUES: [&str; 48] = [
    "<img src=x onerror=alert(1)>",
    "\"><script>alert(1)</script>",
    "javascript:alert(1)",
    "'\"`",
    "",
    " ",
    "-5",
    "-0",
    "0",
    "1e999",
    "-1e999",
    "1e-999",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "0x10",
    "1.2.3",
    "..",
    "e5",
    "1e",
    "1e+",
    "16k",
    "$30,000",
    "40%",
    "150%",
    "%",
    "%%",
    "%zz",
    "%E4%B8",
    "%FF%FE",
    "%00",
    "３２",
    "١٢٣",
    "亿",
    "3万",
    "auto",
    "AUTO",
    "~",
    "0~0",
    "0.5~",
    "1~1e308",
    "1e-320~100",
    "x~gpt-4~n.5e4",
    "~~~",
    ".~.",
    "c.",
];

/// Characters hostile strings are made of.
const CHARS: [char; 45] = [
    'a', 'Z', '0', '9', '.', '-', '_', '~', '%', '&', '=', '+', '#', '?', '/', '\\', '<', '>', '"',
    '\'', ' ', '\t', '\n', '\0', 'e', 'E', 'k', 'M', 'c', 's', '中', '文', '😀', '\u{202e}',
    '\u{feff}', '\u{fffd}', 'é', '𝟘', 'ß', '\u{7f}', '\u{2066}', '\u{2069}', '\u{200b}',
    '\u{ffff}', 'ש',
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    (0..rng.usize(..=max))
        .map(|_| CHARS[rng.usize(..CHARS.len())])
        .collect()
}

/// Percent-encodes some bytes of a text, as browsers and messengers sometimes do.
fn maybe_escape(rng: &mut Rng, text: &str) -> String {
    if rng.u8(..4) != 0 {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if rng.bool() {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A value for any key: hostile, random, long, or a valid one from an encoded state.
fn hostile_value(rng: &mut Rng) -> String {
    let value = match rng.u8(..10) {
        0..=2 => HOSTILE_VALUES[rng.usize(..HOSTILE_VALUES.len())].to_string(),
        3 | 4 => random_text(rng, 30),
        5 => {
            // A number in some form.
            let mantissa = rng.u32(..100_000);
            let exponent = rng.i32(-400..400);
            format!("{mantissa}e{exponent}")
        }
        6 => {
            // A scenario-like value: name, preset, items (now and then hundreds: a flood of
            // notices, which must be merged and capped).
            let mut value = random_text(rng, 6);
            let items = if rng.u8(..8) == 0 {
                rng.usize(..600)
            } else {
                rng.usize(..8)
            };
            for _ in 0..items {
                value.push('~');
                match rng.u8(..4) {
                    0 => value.push_str(presets::ALL[rng.usize(..presets::ALL.len())].id),
                    1 => {
                        let key = ParamKey::ALL[rng.usize(..ParamKey::ALL.len())].code();
                        value.push_str(key);
                        value.push('.');
                        value.push_str(HOSTILE_VALUES[rng.usize(..HOSTILE_VALUES.len())]);
                    }
                    2 => {
                        value.push_str("c.");
                        value.push_str(&random_payload(rng, 40));
                    }
                    _ => value.push_str(&random_text(rng, 8)),
                }
            }
            value
        }
        7 => {
            // A range-like value.
            format!("{}~{}", random_text(rng, 6), rng.f64() * 200.0)
        }
        8 => random_payload(rng, 80),
        _ => {
            // Long.
            let piece = HOSTILE_VALUES[rng.usize(..HOSTILE_VALUES.len())];
            piece.repeat(rng.usize(1..400))
        }
    };
    maybe_escape(rng, &value)
}

/// Characters of the compact alphabet, with a little garbage.
fn random_payload(rng: &mut Rng, max: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_!.";
    (0..rng.usize(..=max))
        .map(|_| ALPHABET[rng.usize(..ALPHABET.len())] as char)
        .collect()
}

fn hostile_key(rng: &mut Rng, keys: &[&'static str]) -> String {
    let key = match rng.u8(..10) {
        0..=5 => keys[rng.usize(..keys.len())].to_string(),
        6 => NOISE_KEYS[rng.usize(..NOISE_KEYS.len())].to_string(),
        7 => format!("s{}", rng.u8(..10)),
        8 => keys[rng.usize(..keys.len())].to_ascii_uppercase(),
        _ => random_text(rng, 8),
    };
    maybe_escape(rng, &key)
}

/// Small edits of a valid link: characters flipped, dropped, doubled or inserted, the link
/// cut short, pairs repeated.
fn mutate(rng: &mut Rng, link: &str) -> String {
    let mut chars: Vec<char> = link.chars().collect();
    for _ in 0..rng.usize(1..6) {
        if chars.is_empty() {
            break;
        }
        let at = rng.usize(..chars.len());
        match rng.u8(..6) {
            0 => chars[at] = CHARS[rng.usize(..CHARS.len())],
            1 => {
                chars.remove(at);
            }
            2 => chars.insert(at, CHARS[rng.usize(..CHARS.len())]),
            3 => chars.truncate(at),
            4 => {
                let copy: Vec<char> = chars[at..].to_vec();
                chars.push('&');
                chars.extend(copy);
            }
            _ => chars.insert(at, ['~', '.', '&', '='][rng.usize(..4)]),
        }
    }
    chars.into_iter().collect()
}

/// A hostile or broken query string: random characters, a valid link edited, pairs of known
/// and unknown keys with hostile values, compact payloads of garbage, thousands of keys.
pub fn hostile_query(rng: &mut Rng, keys: &[&'static str]) -> String {
    match rng.u8(..8) {
        0 => random_text(rng, 200),
        1 | 2 => {
            let link = encode(&arbitrary_state(rng));
            mutate(rng, &link)
        }
        3 => format!(
            "v={}&preset={}&c={}",
            ["1", "2", "0", "", "1e3"][rng.usize(..5)],
            presets::ALL[rng.usize(..presets::ALL.len())].id,
            random_payload(rng, 400)
        ),
        4 => {
            // More pairs than are read.
            let count = rng.usize(150..2500);
            (0..count)
                .map(|_| format!("{}={}", hostile_key(rng, keys), random_text(rng, 3)))
                .collect::<Vec<_>>()
                .join("&")
        }
        _ => {
            let mut query = String::new();
            if rng.bool() {
                query.push('?');
            }
            for i in 0..rng.usize(..40) {
                if i > 0 {
                    query.push(['&', '&', '&', '#', '='][rng.usize(..5)]);
                }
                query.push_str(&hostile_key(rng, keys));
                if rng.u8(..8) != 0 {
                    query.push('=');
                    query.push_str(&hostile_value(rng));
                }
            }
            query
        }
    }
}

/// What went wrong in a case.
pub type Problem = String;

fn finite(what: &str, value: f64) -> Result<(), Problem> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(format!("{what} is {value}"))
    }
}

/// Every output the page shows for these parameters is finite: the model's results, the
/// barrier indicators and trajectory, the tornado and a small Monte Carlo.
pub fn check_outputs(scenario: &Scenario, ranges: &Ranges) -> Result<(), Problem> {
    let (params, year, edition) = (&scenario.params, scenario.preset.year, scenario.edition());
    params
        .validate_all()
        .map_err(|error| format!("invalid parameters: {error:?}"))?;
    let out = evaluate(params);
    for key in OutKey::ALL {
        let value = out.value(key);
        finite(key.code(), value)?;
        if value < 0.0 {
            return Err(format!("{} is negative: {value}", key.code()));
        }
    }
    finite("hardware capex", out.hardware_capex.get())?;
    finite("facility capex", out.facility_capex.get())?;
    finite("busy months", out.busy_months)?;
    let a = access(params, &out);
    for (what, value) in [
        ("h100 equivalents", a.h100_equivalents),
        ("share of Meta's fleet", a.share_of_meta_fleet),
        ("times a university", a.times_university),
        ("times a 100k cluster", a.times_100k_cluster),
        ("share of a gigawatt", a.share_of_gigawatt),
        ("News Corp deals", a.news_corp_deals),
        ("share of the data market", a.share_of_data_market),
        ("programme months", a.programme_months),
        ("licence share", a.licence_share_of_data.unwrap_or(0.0)),
    ] {
        finite(what, value)?;
    }
    for rung in ladder(edition, out.capital) {
        if let Ratio::Share(r) | Ratio::Times(r) = rung.ratio {
            finite(rung.budget.id, r)?;
        }
    }
    let said = verdict(edition, out.capital);
    if said.able > said.organisations
        || said.level != edition.level_for(out.capital)
        || said.level > 4
    {
        return Err(format!(
            "verdict {} of {} able at level {} for {}",
            said.able,
            said.organisations,
            said.level,
            out.capital.get()
        ));
    }
    for step in project(out.total, year) {
        finite(
            "projection",
            step.central.get() + step.low.get() + step.high.get(),
        )?;
    }
    finite("in five years", in_five_years(out.total).get())?;
    for swing in tornado(params, ranges) {
        finite(swing.key.code(), swing.at_low)?;
        finite(swing.key.code(), swing.at_high)?;
    }
    let run = monte_carlo(params, ranges, MC_SAMPLES, 0x5eed);
    for interval in [run.total, run.capital] {
        finite("p5", interval.p5)?;
        finite("p50", interval.p50)?;
        finite("p95", interval.p95)?;
    }
    if let Some(bad) = run.totals.iter().find(|t| !t.is_finite()) {
        return Err(format!("a simulated total is {bad}"));
    }
    Ok(())
}

/// A decoded state is one the page can hold: valid parameters, ranges, rate and scenarios.
pub fn check_state(state: &LinkState) -> Result<(), Problem> {
    let (low, high) = state.currency.rate_range();
    if state.fx != state.currency.default_rate() && !(low..=high).contains(&state.fx) {
        return Err(format!("exchange rate {}", state.fx));
    }
    for (i, range) in state.ranges.0.iter().enumerate() {
        if !range.is_valid() {
            return Err(format!("{} is {range:?}", RANGE_KEYS[i]));
        }
    }
    if state.pinned.len() > MAX_PINNED {
        return Err(format!("{} pinned scenarios", state.pinned.len()));
    }
    for pinned in &state.pinned {
        if pinned.name.is_empty() || clean_name(&pinned.name) != pinned.name {
            return Err(format!("scenario name {:?}", pinned.name));
        }
    }
    Ok(())
}

/// Decodes a query and checks everything about the result. Returns the number of notices.
pub fn check_query(query: &str) -> Result<usize, Problem> {
    let decoded = decode(query);
    let state = &decoded.state;
    check_state(state)?;
    check_outputs(&state.scenario, &state.ranges)?;
    for pinned in &state.pinned {
        check_outputs(&pinned.scenario, &state.ranges)?;
    }
    if decoded.notices.len() > MAX_NOTICES + 1 {
        return Err(format!(
            "{} notices, more than {MAX_NOTICES} and the one saying how many more",
            decoded.notices.len()
        ));
    }
    for notice in &decoded.notices {
        if notice.given.chars().count() > ECHO_CHARS + 1 || notice.key.chars().count() > 60 {
            return Err(format!("a notice repeats too much: {notice:?}"));
        }
        if notice
            .given
            .chars()
            .chain(notice.key.chars())
            .any(is_hidden)
        {
            return Err(format!("a notice repeats a hidden character: {notice:?}"));
        }
    }
    check_round_trip(state)?;
    Ok(decoded.notices.len())
}

/// The link of a state without an embed's own keys (`inputs`, `static`, `title`, `dek`),
/// which follow it, outside the length bounds.
pub fn calculation_link(state: &LinkState) -> String {
    let mut calculation = state.clone();
    calculation.view = ViewFlags {
        inputs: Default::default(),
        is_static: false,
        title: String::new(),
        dek: String::new(),
        ..state.view.clone()
    };
    encode(&calculation)
}

/// A valid state links back to itself, without notices, within the documented length, in
/// unreserved characters only (an embed's free text aside, percent-encoded after it).
pub fn check_round_trip(state: &LinkState) -> Result<(), Problem> {
    let link = encode(state);
    // An embed's own keys come last, outside the bounds (free text, percent-encoded).
    let calculation = calculation_link(state);
    let Some(embed_keys) = link.strip_prefix(calculation.as_str()) else {
        return Err(format!(
            "{link} does not start with its calculation {calculation}"
        ));
    };
    let bytes = embed_keys.as_bytes();
    if let Some(at) = (0..bytes.len()).find(|&i| {
        let b = bytes[i];
        let escape = b == b'%'
            && bytes.len() > i + 2
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit();
        !(b.is_ascii_alphanumeric() || b"._~-=&".contains(&b) || escape)
            && !(i >= 1 && bytes[i - 1] == b'%' || i >= 2 && bytes[i - 2] == b'%')
    }) {
        return Err(format!("bad escape at {at} in {embed_keys}"));
    }
    let link = calculation;
    let bound = max_len(state.pinned.len());
    if link.len() > bound {
        return Err(format!("{} characters > {bound}: {link}", link.len()));
    }
    let changed_ranges = state
        .ranges
        .0
        .iter()
        .zip(Ranges::default().0)
        .filter(|(a, b)| **a != *b)
        .count();
    if state.pinned.is_empty() && changed_ranges <= FEW_RANGES && link.len() > MAX_LINK_LEN {
        return Err(format!(
            "{} characters > {MAX_LINK_LEN}: {link}",
            link.len()
        ));
    }
    if let Some(bad) = link
        .bytes()
        .find(|b| !(b.is_ascii_alphanumeric() || b"._~-=&".contains(b)))
    {
        return Err(format!("reserved character {:?} in {link}", bad as char));
    }
    let link = encode(state);
    let again = decode(&link);
    if !again.notices.is_empty() {
        return Err(format!("notices {:?} for {link}", again.notices));
    }
    if again.state != *state {
        return Err(format!(
            "{link} gives another state:\n{:?}\ninstead of\n{state:?}",
            again.state
        ));
    }
    Ok(())
}

/// A state as the page exports it (the JSON file of the Export menu: the shared state, its
/// link, its rows) imports back to the same state, without notices: the file's `schema` and
/// `link` read as the page reads them (a JSON parser, then [`import_query`]), the link
/// decoded.
pub fn check_import(state: &LinkState) -> Result<(), Problem> {
    let shared = state.for_sharing();
    let query = encode(&shared);
    let outputs = evaluate(&shared.scenario.params);
    let pinned: Vec<(&str, Scenario)> = shared
        .pinned
        .iter()
        .map(|pinned| (pinned.name.as_str(), pinned.scenario))
        .collect();
    let permalink = format!("https://calculator.example/?{query}");
    let text = export::json(
        &Snapshot {
            title: "fuzz",
            permalink: &permalink,
            date: "2026-12-01",
            state: &shared,
            outputs: &outputs,
            uncertainty: shared.uncertainty,
            ranges: &shared.ranges,
            simulation: None,
            pinned: &pinned,
        },
        &query,
    );
    let file: serde_json::Value =
        serde_json::from_str(&text).map_err(|error| format!("the export is not JSON: {error}"))?;
    let link = import_query(file["schema"].as_f64(), file["link"].as_str())
        .map_err(|error| format!("the export of {query} does not import: {error:?}"))?;
    let back = decode(link);
    if !back.notices.is_empty() {
        return Err(format!("notices {:?} importing {query}", back.notices));
    }
    if back.state != shared {
        return Err(format!("importing {query} gives another state"));
    }
    Ok(())
}

/// What a fuzz run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub cases: u64,
    /// Hostile queries decoded and checked.
    pub queries: u64,
    /// Arbitrary valid states linked and checked.
    pub states: u64,
    /// Notices the hostile queries gave (after merging and the cap).
    pub notices: u64,
    /// Hostile queries whose notices reached the cap ([`MAX_NOTICES`] and one for the rest).
    pub capped: u64,
    /// The most notices one query gave (at most [`MAX_NOTICES`] + 1).
    pub most_notices: u64,
    /// States with pinned scenarios among them.
    pub comparisons: u64,
    /// States exported as JSON and imported back to themselves (every valid state).
    pub imports: u64,
}

/// A failed case: its number (rerun it with the same seed), the input and the problem.
#[derive(Clone, Debug)]
pub struct Failure {
    pub case: u64,
    pub input: String,
    pub problem: Problem,
}

/// The generator of case `case`: every case is reproducible on its own.
pub fn case_rng(seed: u64, case: u64) -> Rng {
    Rng::with_seed(seed ^ case.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// Runs the cases `cases` of a seed: even ones a hostile query, odd ones an arbitrary state.
/// A panic is caught and reported as a failure of its case.
pub fn run(seed: u64, cases: std::ops::Range<u64>) -> Result<Report, Failure> {
    let keys = all_keys();
    let mut report = Report::default();
    for case in cases {
        let mut rng = case_rng(seed, case);
        let hostile = case % 2 == 0;
        let mut input = String::new();
        let result = catch_unwind(AssertUnwindSafe(|| {
            if hostile {
                input = hostile_query(&mut rng, &keys);
                check_query(&input)
            } else {
                let state = arbitrary_state(&mut rng);
                check_state(&state)?;
                check_outputs(&state.scenario, &state.ranges)?;
                check_round_trip(&state)?;
                check_import(&state)?;
                Ok(usize::from(!state.pinned.is_empty()))
            }
        }));
        let outcome = result.unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("panic: {message}"))
        });
        match outcome {
            Ok(count) => {
                report.cases += 1;
                if hostile {
                    report.queries += 1;
                    report.notices += count as u64;
                    report.capped += u64::from(count > MAX_NOTICES);
                    report.most_notices = report.most_notices.max(count as u64);
                } else {
                    report.states += 1;
                    report.imports += 1;
                    report.comparisons += count as u64;
                }
            }
            Err(problem) => {
                if !hostile {
                    // The same generator gives the same state again.
                    input = format!("{:?}", arbitrary_state(&mut case_rng(seed, case)));
                }
                return Err(Failure {
                    case,
                    input,
                    problem,
                });
            }
        }
    }
    Ok(report)
}

/// The seed the fuzz command and the quick test use unless told otherwise.
pub const DEFAULT_SEED: u64 = 0x0F0F_2026;

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick version of `./scripts/fuzz.sh`: 20,000 cases in the normal test run.
    #[test]
    fn twenty_thousand_fuzz_cases() {
        match run(DEFAULT_SEED, 0..20_000) {
            Ok(report) => {
                assert_eq!(report.cases, 20_000);
                assert!(report.notices > report.queries, "{report:?}");
                assert!(report.comparisons > 1000, "{report:?}");
                assert!(report.capped > 0, "the notice cap is reached: {report:?}");
                assert_eq!(report.imports, report.states, "{report:?}");
                assert!(report.most_notices <= MAX_NOTICES as u64 + 1, "{report:?}");
            }
            Err(failure) => panic!(
                "case {}: {}\ninput: {}",
                failure.case, failure.problem, failure.input
            ),
        }
    }

    #[test]
    fn the_checks_catch_what_they_should() {
        assert!(finite("x", f64::NAN).is_err() && finite("x", f64::INFINITY).is_err());
        let mut state = LinkState::default();
        assert_eq!(check_state(&state), Ok(()));
        let pinned = Pinned {
            name: "A ".into(),
            scenario: Scenario::default(),
        };
        state.pinned = vec![pinned.clone()];
        assert!(
            check_state(&state).is_err(),
            "a name as the page never keeps it"
        );
        state.pinned = vec![
            Pinned {
                name: "A".into(),
                ..pinned
            };
            MAX_PINNED + 1
        ];
        assert!(check_state(&state).is_err());
        state.pinned.clear();
        state.ranges.0[0] = Range {
            low: 2.0,
            high: 3.0,
        };
        assert!(check_state(&state).is_err());
        // A state a link cannot say: a range with more digits than are kept.
        let mut state = LinkState::default();
        state.ranges.0[0] = Range {
            low: 0.123_456_789,
            high: 1.0,
        };
        assert!(check_round_trip(&state).is_err());
        assert_eq!(check_query("n=5&c=!!"), Ok(1));
    }
}
