//! Share links: the whole state as a short, versioned query string, and back.
//!
//! `v=1&preset=gpt-4&n=32768&mode=rent&lang=zh`: the schema version, the preset, and only what
//! differs from that preset under that version, then the uncertainty settings that differ from
//! theirs (`unc=0`, `r.mfu=0.3~2`) and the pinned scenarios (`s1=Big_run~gpt-4~n.5e4`).
//! Version 1's presets and defaults are frozen (pinned by `tests/golden_links.json`), so an old
//! link shows what it showed; a later version reads older links through [`migrate`]. A link
//! whose readable form would pass [`MAX_LINK_LEN`] is written in the compact form of
//! [`compact`]. Reading is tolerant: unknown keys are ignored and a bad value is replaced by
//! the preset's (or the default), with a [`Notice`].
//! `docs/links.md` documents every key for people who write links by hand.

pub mod compact;
pub mod deeper;
mod query;

use super::currency::Currency;
use super::decimal;
use super::edition::{self, Edition};
use super::params::{edit_text, format_exact, parse_value, round_significant, Unit};
use super::parse::parse_number;
use super::presets::Preset;
use super::scenario::{clean_name, default_name, Pinned, MAX_PINNED};
use super::text::{is_hidden, Lang};
use super::uncertainty::{Range, Ranges, UNCERTAIN};
use super::view::{parse_flag, ViewFlags, LINK_KEYS};
use super::{ParamKey, Params, Scenario, Value};

pub use query::{percent_decode_bytes, Pairs};

/// One migration per released version after the first: `MIGRATIONS[i]` turns the pairs of
/// version `i + 1` into those of version `i + 2`. Append only (see docs/links.md). Version 2
/// renamed no key and changed no key's meaning, so its step is the identity: what changed are
/// the figures, which each version keeps in its [`Edition`] (a version 1 link is read, and
/// shown, with version 1's).
const MIGRATIONS: [fn(&mut Pairs); 1] = [|_| {}];

/// The schema version new links are written in: the latest [`Edition`]'s.
pub const VERSION: u32 = 1 + MIGRATIONS.len() as u32;

/// No link we write is longer than this (the query string, without `?`) when it pins no
/// scenario and changes at most [`FEW_RANGES`] ranges: every state of schema version 1 before
/// ranges and scenarios were links, and nearly every one since.
pub const MAX_LINK_LEN: usize = 300;

/// Ranges a state may change and still be sure of [`MAX_LINK_LEN`], when it uses none of the
/// deeper panels' keys (`budget`, `halving`, `grid`) nor the panels added with them in `show`.
pub const FEW_RANGES: usize = 5;

/// The same for a state that uses them all.
pub const FEW_RANGES_DEEPER: usize = 3;

/// The longest link of a state without pinned scenarios: the compact form with every slot at
/// its widest (tested).
pub const MAX_STATE_LEN: usize = 393;

/// What one pinned scenario adds to a link at most: `&s1=`, a 32-character name of 4-byte
/// characters in base64url, the longest preset id and every parameter in the compact form.
pub const MAX_PINNED_LEN: usize = 378;

/// The bound of a link pinning `pinned` scenarios (tested; 1,905 characters for four).
pub const fn max_len(pinned: usize) -> usize {
    MAX_STATE_LEN + pinned * MAX_PINNED_LEN
}

/// Pairs read from one link at most; the rest are ignored with a notice.
pub const MAX_PAIRS: usize = 200;

/// The key of the notice saying that a link had more than [`MAX_PAIRS`] pairs.
pub const TOO_MANY_PAIRS: &str = "…";

/// What a notice repeats of a value at most, in characters.
pub const ECHO_CHARS: usize = 40;

/// Notices a link gives at most, besides one [`MORE_NOTICES`] notice saying how many more
/// there were: a hostile link can make thousands (items of pinned scenarios).
pub const MAX_NOTICES: usize = 20;

/// The key of the notice that says how many notices past [`MAX_NOTICES`] are not shown
/// (its `given`); like [`TOO_MANY_PAIRS`], not a key of the link.
pub const MORE_NOTICES: &str = "+";

/// Everything a link says: the scenario, how it is shown, the render flags, the uncertainty
/// settings and the scenarios pinned for comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkState {
    /// The preset and the reader's changes to it (`preset` and the parameter keys).
    pub scenario: Scenario,
    /// The interface language (`lang`).
    pub lang: Lang,
    /// The display currency (`cur`).
    pub currency: Currency,
    /// Units of `currency` per US dollar.
    pub fx: f64,
    /// The render flags (`embed`, `dark`, `transparent`, `plain`, `show`).
    pub view: ViewFlags,
    /// Whether the uncertainty band and its simulation are on (`unc`).
    pub uncertainty: bool,
    /// The ranges of the uncertain parameters (`r.<key>`).
    pub ranges: Ranges,
    /// At most [`MAX_PINNED`] scenarios (`s1` … `s4`).
    pub pinned: Vec<Pinned>,
    /// The deeper barrier panels' budget, algorithmic halving time and grid (`budget`,
    /// `halving`, `grid`).
    pub deeper: deeper::Deeper,
}

impl Default for LinkState {
    fn default() -> Self {
        LinkState {
            scenario: Scenario::default(),
            lang: Lang::En,
            currency: Currency::Usd,
            fx: Currency::Usd.default_rate(),
            view: ViewFlags::default(),
            uncertainty: true,
            ranges: Ranges::default(),
            pinned: Vec::new(),
            deeper: deeper::Deeper::default(),
        }
    }
}

impl LinkState {
    /// The edition the state is shown with: its scenario's (pinned scenarios share it).
    pub fn edition(&self) -> &'static Edition {
        self.scenario.edition()
    }

    /// The state as shared with others: without the render flags of this page's embed (the
    /// uncertainty settings and pinned scenarios are kept).
    pub fn for_sharing(&self) -> LinkState {
        LinkState {
            view: ViewFlags::default(),
            ..self.clone()
        }
    }
}

/// Something the page tells the reader about the link it was opened with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The link key concerned.
    pub key: String,
    /// What the link said (shortened to [`ECHO_CHARS`]).
    pub given: String,
    /// What is used instead.
    pub used: String,
    /// Further notices of the same key and the same value used, merged into this one (which
    /// repeats the first of them): the page says "and N more".
    pub more: usize,
}

impl Notice {
    /// A notice about `key`, the key and the value given shortened by [`echo`].
    pub fn new(key: &str, given: &str, used: &str) -> Notice {
        Notice {
            key: echo(key),
            given: echo(given),
            used: used.to_string(),
            more: 0,
        }
    }
}

/// The notices as the page shows them: those of the same key and the same value used merged
/// into the first (counting the others), then at most [`MAX_NOTICES`] of them and one
/// [`MORE_NOTICES`] notice for the rest. Links with a few problems keep their notices as
/// they were.
fn merge_notices(notices: Vec<Notice>) -> Vec<Notice> {
    // Different keys and outcomes are few (the link's keys, the pinned scenarios' items):
    // a linear search stays cheap however many notices there are.
    let mut merged: Vec<Notice> = Vec::new();
    for notice in notices {
        match merged
            .iter_mut()
            .find(|kept| kept.key == notice.key && kept.used == notice.used)
        {
            Some(kept) => kept.more += 1 + notice.more,
            None => merged.push(notice),
        }
    }
    if merged.len() > MAX_NOTICES {
        let hidden = merged.len() - MAX_NOTICES;
        merged.truncate(MAX_NOTICES);
        merged.push(Notice::new(MORE_NOTICES, &hidden.to_string(), ""));
    }
    merged
}

/// A decoded link: the state it gives and what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The state the link gives, with the preset's or default values for what could not be used.
    pub state: LinkState,
    /// One notice for each value that could not be used, in the order read.
    pub notices: Vec<Notice>,
    /// The link chose the language (`lang=`).
    pub lang_given: bool,
    /// The link holds no key of ours at all (no query, or only `utm_*` and the like): the
    /// page may follow the browser's language.
    pub bare: bool,
}

/// One group of link keys: adding a feature's keys means adding a `Section` to [`SECTIONS`]
/// (and a field to [`LinkState`], and slots to [`compact`]'s table). See docs/links.md.
pub trait Section: Sync {
    /// The keys, in the order [`encode`] writes them.
    fn keys(&self) -> Vec<&'static str>;
    /// Appends `key=value` for each value that differs from its default.
    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>);
    /// Takes its keys from the pairs into the state. A bad value keeps the default and adds a
    /// notice naming the key, what the link said and what is used instead.
    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>);
}

/// The sections, in the order their keys are written and read. The pinned scenarios come
/// last: the compact form leaves them out of its payload.
pub const SECTIONS: [&dyn Section; 6] = [
    &ScenarioKeys,
    &DisplayKeys,
    &UncertaintyKeys,
    &ViewKeys,
    &deeper::DeeperKeys,
    &PinnedKeys,
];

/// Keys of the link itself rather than of a section: the version and the compact payload.
pub const FRAME_KEYS: [&str; 2] = ["v", compact::KEY];

/// Every key a link may hold, in the order they are written.
pub fn all_keys() -> Vec<&'static str> {
    let mut keys = vec![FRAME_KEYS[0]];
    for section in SECTIONS {
        keys.extend(section.keys());
    }
    keys.push(FRAME_KEYS[1]);
    keys
}

/// The query string (without `?`) that reproduces a state: readable when it fits in
/// [`MAX_LINK_LEN`]; otherwise the state in the compact form unless its readable form fits,
/// and each pinned scenario in the shorter of its two forms.
///
/// ```
/// use frontier_cost_model::link::{decode, encode, LinkState};
/// use frontier_cost_model::{presets, ParamKey, Scenario, Value};
///
/// let mut state = LinkState::default();
/// state.scenario = Scenario::from_preset(&presets::GPT_4);
/// state.scenario.set(ParamKey::ClusterSize, Value::Number(32_768.0)).unwrap();
///
/// // The version, the preset and only what differs from it.
/// let link = encode(&state);
/// assert_eq!(link, "v=1&preset=gpt-4&n=32768");
///
/// // Reading the link back gives the same state, with nothing to report.
/// let decoded = decode(&link);
/// assert_eq!(decoded.state, state);
/// assert!(decoded.notices.is_empty());
/// ```
pub fn encode(state: &LinkState) -> String {
    let pairs = readable_pairs(state);
    let mut readable = join(&pairs);
    if readable.len() <= MAX_LINK_LEN {
        push_embed_pairs(&state.view, &mut readable);
        return readable;
    }
    let base = &pairs[..pairs.len() - state.pinned.len().min(MAX_PINNED)];
    let mut link = join(base);
    if link.len() > MAX_LINK_LEN {
        // The compact form cannot fail for a valid state (tested); the readable one is the
        // honest fallback should it ever.
        link = compact::encode(base).unwrap_or(link);
    }
    for (key, pinned) in PINNED_KEYS.iter().zip(&state.pinned) {
        let (long, short) = (pinned_value(pinned, false), pinned_value(pinned, true));
        link.push('&');
        link.push_str(key);
        link.push('=');
        link.push_str(if short.len() < long.len() {
            &short
        } else {
            &long
        });
    }
    push_embed_pairs(&state.view, &mut link);
    link
}

/// An embed's own flags (`inputs`, `static`, `title`, `dek`), last: free text has no compact
/// form, and the length budget is the calculation's.
pub fn push_embed_pairs(view: &ViewFlags, link: &mut String) {
    for (key, text) in view.embed_pairs() {
        if !link.is_empty() {
            link.push('&');
        }
        link.push_str(key);
        link.push('=');
        escape_into(&text, link);
    }
}

/// A value percent-encoded for a query (what stays readable in links stays as it is).
pub fn escape_into(value: &str, out: &mut String) {
    query::escape_into(value, out);
}

/// The `key=value` pairs of the readable form, in canonical order, starting with `v`.
pub fn readable_pairs(state: &LinkState) -> Vec<(&'static str, String)> {
    let mut pairs = vec![("v", state.edition().version.to_string())];
    for section in SECTIONS {
        section.write(state, &mut pairs);
    }
    pairs
}

fn join(pairs: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(pairs.len() * 12);
    for (i, (key, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        query::escape_into(value, &mut out);
    }
    out
}

/// Reads a query string (with or without `?`). Never fails: what cannot be used is replaced
/// by the preset's value and named in a notice.
///
/// ```
/// use frontier_cost_model::link::decode;
/// use frontier_cost_model::presets;
///
/// let decoded = decode("?v=1&preset=gpt-4&n=32k&mode=rent");
/// assert!(decoded.notices.is_empty());
/// assert_eq!(decoded.state.scenario.preset.id, "gpt-4");
/// assert_eq!(decoded.state.scenario.params.accelerators, 32_000.0);
///
/// // A value that cannot be used keeps the preset's, and a notice says so.
/// let decoded = decode("v=1&preset=gpt-4&n=lots");
/// let gpt_4 = presets::GPT_4.params.accelerators;
/// assert_eq!(decoded.state.scenario.params.accelerators, gpt_4);
/// assert_eq!(decoded.notices.len(), 1);
/// let notice = &decoded.notices[0];
/// assert_eq!((notice.key.as_str(), notice.given.as_str()), ("n", "lots"));
/// assert_eq!(notice.used, "25,000");
/// ```
pub fn decode(query: &str) -> Decoded {
    let mut notices = Vec::new();
    let mut pairs = Pairs::parse(query, &mut notices);
    let known = all_keys();
    let bare = !pairs.keys().any(|key| known.contains(&key));
    // A bare address opens the latest figures; a link keeps its version's.
    let version = if bare {
        VERSION
    } else {
        read_version(&mut pairs, &mut notices)
    };
    let compact_error = compact::expand(&mut pairs, &mut notices);
    migrate(version, &mut pairs);
    let lang_given = pairs.contains("lang");
    let mut state = LinkState {
        scenario: Scenario::from_preset(edition_of(version).default_preset()),
        ..LinkState::default()
    };
    for section in SECTIONS {
        section.read(&mut pairs, &mut state, &mut notices);
    }
    if let Some(given) = compact_error {
        // What the compact payload could not say comes from the preset.
        notices.push(Notice::new(compact::KEY, &given, state.scenario.preset.id));
    }
    Decoded {
        state,
        notices: merge_notices(notices),
        lang_given,
        bare,
    }
}

/// The same state under the latest version's figures: the same preset id, the reader's own
/// changes (what the state's link says differs from its preset), the same display, ranges and
/// pinned scenarios (each re-based the same way). What the latest version cannot take is
/// named in the notices, like any link's.
///
/// ```
/// use frontier_cost_model::link::{current_figures, decode, VERSION};
///
/// let old = decode("v=1&preset=gpt-4&n=5e4&mode=rent").state;
/// let current = current_figures(&old);
/// assert!(current.notices.is_empty());
/// assert_eq!(current.state.edition().version, VERSION);
/// assert_eq!(current.state.scenario.preset.id, "gpt-4");
/// assert_eq!(current.state.scenario.params.accelerators, 5e4);
/// ```
pub fn current_figures(state: &LinkState) -> Decoded {
    let mut pairs = readable_pairs(state);
    pairs[0].1 = VERSION.to_string();
    decode(&join(&pairs))
}

/// Brings the pairs of a link written in `version` to the current [`VERSION`]. Pure.
pub fn migrate(version: u32, pairs: &mut Pairs) {
    let done = version.saturating_sub(1) as usize;
    for step in MIGRATIONS.iter().skip(done) {
        step(pairs);
    }
}

/// The edition of a version read from a link (version 1's for one it cannot be).
fn edition_of(version: u32) -> &'static Edition {
    edition::get(version).unwrap_or(&edition::V1)
}

fn read_version(pairs: &mut Pairs, notices: &mut Vec<Notice>) -> u32 {
    match pairs.take("v", notices) {
        // Hand-written links without `v` are version 1, forever.
        None => 1,
        Some(text) => match text.trim().parse::<u32>() {
            Ok(version) if (1..=VERSION).contains(&version) => version,
            _ => {
                // A version this page does not know is read as version 1, the version of
                // links without `v`: what its keys meant then, they still mean.
                notices.push(Notice::new("v", &text, "1"));
                1
            }
        },
    }
}

/// A value as a notice repeats it: at most [`ECHO_CHARS`] characters, without the bidi,
/// zero-width and noncharacters of [`is_hidden`] (the page isolates what is left, too).
pub fn echo(text: &str) -> String {
    let mut chars = text.chars().filter(|&c| !is_hidden(c));
    let mut short: String = chars.by_ref().take(ECHO_CHARS).collect();
    if chars.next().is_some() {
        short.push('…');
    }
    short
}

/// A parameter's value as a link writes it: `3.8e25`, `auto`, `h100`.
pub fn link_value(value: Value) -> String {
    match value {
        Value::Number(v) => format_exact(v),
        Value::Auto => "auto".to_string(),
        Value::Choice(code) => code.to_string(),
    }
}

/// A parameter's value as a notice names it: as its field shows it (`16,384`, `35%`).
fn notice_value(key: ParamKey, value: Value) -> String {
    match value {
        Value::Auto => "auto".to_string(),
        Value::Number(_) if key.meta().unit == Unit::Percent => {
            format!("{}%", edit_text(key, value))
        }
        _ => edit_text(key, value),
    }
}

/// The values `encode` compares a scenario with: the preset's, with the scenario's chip and
/// its defaults when the chip differs (so that `chip=b200` alone says "B200 as it comes"), and
/// the cloud price of the scenario's tier when the tier differs.
pub fn reference_params(scenario: &Scenario) -> Params {
    let preset = scenario.preset.params;
    let edition = scenario.edition();
    let mut reference = if scenario.params.chip == preset.chip {
        preset
    } else {
        preset.with_chip(edition, scenario.params.chip)
    };
    // Likewise `tier=3y` alone says "the chip's three-year price".
    if scenario.params.cloud_tier != preset.cloud_tier {
        reference = reference.with_tier(edition, scenario.params.cloud_tier);
    }
    reference
}

/// The pairs saying what differs in a scenario from its preset (under the chip rule of
/// [`reference_params`]), in canonical order.
fn scenario_pairs(scenario: &Scenario) -> Vec<(&'static str, String)> {
    let reference = reference_params(scenario);
    let mut out = Vec::new();
    for key in ParamKey::ALL {
        let value = scenario.params.get(key);
        let differs = if matches!(key, ParamKey::Accelerator | ParamKey::CloudTierChoice) {
            value != scenario.preset.params.get(key)
        } else {
            value != reference.get(key)
        };
        if differs {
            out.push((key.code(), link_value(value)));
        }
    }
    out
}

/// The scenario the parameters among the pairs make of a preset. A bad value keeps the
/// preset's and adds a notice.
fn read_scenario(
    preset: &'static Preset,
    pairs: &mut Pairs,
    notices: &mut Vec<Notice>,
) -> Scenario {
    let mut scenario = Scenario::from_preset(preset);
    // The chip first: choosing one sets its price, power and cloud price, which the
    // link's own values then override. The preset's own chip keeps the preset's values.
    if let Some(text) = pairs.take(ParamKey::Accelerator.code(), notices) {
        match parse_value(ParamKey::Accelerator, &text) {
            Ok(value) if value == preset.params.get(ParamKey::Accelerator) => {}
            Ok(value) if scenario.set(ParamKey::Accelerator, value).is_ok() => {}
            _ => notices.push(Notice::new(
                ParamKey::Accelerator.code(),
                &text,
                preset.params.chip.code(),
            )),
        }
    }
    for key in ParamKey::ALL {
        if key == ParamKey::Accelerator {
            continue;
        }
        let Some(text) = pairs.take(key.code(), notices) else {
            continue;
        };
        if !scenario.edition().has_param(key) {
            // Left out, with a notice: the key came with a later version.
            notices.push(Notice::new(key.code(), &text, ""));
            continue;
        }
        let stored = parse_value(key, &text).and_then(|value| scenario.set(key, value));
        if stored.is_err() {
            let used = notice_value(key, scenario.params.get(key));
            notices.push(Notice::new(key.code(), &text, &used));
        }
    }
    scenario
}

/// `preset` and the model's parameters (`p`, `tok`, … `mon`).
struct ScenarioKeys;

impl Section for ScenarioKeys {
    fn keys(&self) -> Vec<&'static str> {
        let mut keys = vec!["preset"];
        keys.extend(ParamKey::ALL.iter().map(|key| key.code()));
        keys
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        out.push(("preset", state.scenario.preset.id.to_string()));
        out.extend(scenario_pairs(&state.scenario));
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        // `decode` starts from the default preset of the link's version.
        let edition = state.edition();
        let default = edition.default_preset();
        let preset: &'static Preset = match pairs.take("preset", notices) {
            None => default,
            Some(id) => edition.preset(&id).unwrap_or_else(|| {
                notices.push(Notice::new("preset", &id, default.id));
                default
            }),
        };
        state.scenario = read_scenario(preset, pairs, notices);
    }
}

/// The reader's display settings: `cur`, `fx`, `lang`.
struct DisplayKeys;

impl Section for DisplayKeys {
    fn keys(&self) -> Vec<&'static str> {
        vec!["cur", "fx", "lang"]
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        if state.currency != Currency::Usd {
            out.push(("cur", state.currency.link_code().to_string()));
        }
        if state.fx != state.currency.default_rate() {
            out.push(("fx", format_exact(state.fx)));
        }
        if state.lang != Lang::En {
            out.push(("lang", state.lang.code().to_string()));
        }
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        state.currency = Currency::Usd;
        if let Some(text) = pairs.take("cur", notices) {
            match Currency::from_code(&text) {
                Some(currency) => state.currency = currency,
                None => notices.push(Notice::new("cur", &text, Currency::Usd.link_code())),
            }
        }
        state.fx = state.currency.default_rate();
        if let Some(text) = pairs.take("fx", notices) {
            match read_rate(&text, state.currency) {
                Some(rate) => state.fx = rate,
                None => notices.push(Notice::new("fx", &text, &format_exact(state.fx))),
            }
        }
        state.lang = Lang::En;
        if let Some(text) = pairs.take("lang", notices) {
            match Lang::from_code(text.trim()) {
                Some(lang) => state.lang = lang,
                None => notices.push(Notice::new("lang", &text, Lang::En.code())),
            }
        }
    }
}

/// An exchange rate as stored: 5 significant digits, within the currency's range.
pub fn normalise_rate(rate: f64, currency: Currency) -> Option<f64> {
    let rate = round_significant(rate);
    let (low, high) = currency.rate_range();
    (rate.is_finite() && (low..=high).contains(&rate)).then_some(rate + 0.0)
}

/// A rate as a reader or a link writes it (`0.92`), in force once rounded like a link.
pub fn read_rate(text: &str, currency: Currency) -> Option<f64> {
    let number = parse_number(text).ok()?;
    if number.percent {
        return None;
    }
    normalise_rate(number.value, currency)
}

/// The render flags of an embed: `embed`, `dark`, `transparent`, `plain`, `show`.
struct ViewKeys;

impl Section for ViewKeys {
    fn keys(&self) -> Vec<&'static str> {
        LINK_KEYS.to_vec()
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        // The free-text flags are written last, by `encode`.
        out.extend(state.view.link_pairs());
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        let mut view = ViewFlags::default();
        for key in LINK_KEYS {
            if let Some(text) = pairs.take(key, notices) {
                if let Err(used) = view.apply_link_pair(key, &text) {
                    notices.push(Notice::new(key, &text, &used));
                }
            }
        }
        state.view = view;
    }
}

pub use super::params::RANGE_KEYS;

/// A range as a link writes it: `0.5~1.5`.
fn range_text(range: Range) -> String {
    format!("{}~{}", format_exact(range.low), format_exact(range.high))
}

/// The uncertainty settings: `unc=0` when switched off, and `r.<key>=<low>~<high>` for each
/// range (multiples of the value) that differs from its default.
struct UncertaintyKeys;

impl Section for UncertaintyKeys {
    fn keys(&self) -> Vec<&'static str> {
        let mut keys = vec!["unc"];
        keys.extend(RANGE_KEYS);
        keys
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        if !state.uncertainty {
            out.push(("unc", "0".to_string()));
        }
        let defaults = Ranges::default();
        for (i, key) in RANGE_KEYS.into_iter().enumerate() {
            if state.ranges.0[i] != defaults.0[i] {
                out.push((key, range_text(state.ranges.0[i])));
            }
        }
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        state.uncertainty = true;
        if let Some(text) = pairs.take("unc", notices) {
            match parse_flag(&text) {
                Some(on) => state.uncertainty = on,
                None => notices.push(Notice::new("unc", &text, "1")),
            }
        }
        let mut ranges = Ranges::default();
        for (key, param) in RANGE_KEYS.into_iter().zip(UNCERTAIN) {
            let Some(text) = pairs.take(key, notices) else {
                continue;
            };
            let read = text.split_once('~').and_then(|(low, high)| {
                Some(Range {
                    low: decimal::parse(low.trim())?,
                    high: decimal::parse(high.trim())?,
                })
            });
            // `set` keeps 5 significant digits and refuses what is not a valid range.
            if !read.is_some_and(|range| ranges.set(param, range)) {
                let default = Ranges::default().get(param).unwrap_or(Range::POINT);
                notices.push(Notice::new(key, &text, &range_text(default)));
            }
        }
        state.ranges = ranges;
    }
}

/// The link keys of the pinned scenarios, in order.
pub const PINNED_KEYS: [&str; MAX_PINNED] = ["s1", "s2", "s3", "s4"];

/// A scenario name as a link writes it: a name of letters, digits, `-` and spaces as it is,
/// spaces as `_` (`Big_cluster`); any other name as `.` and the base64url of its UTF-8 bytes
/// (`.5aSn6ZuG576k` for 大集群). Both use only unreserved characters.
pub fn encode_name(name: &str) -> String {
    if name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b' ')
    {
        name.replace(' ', "_")
    } else {
        let mut out = String::from(".");
        compact::base64_into(name.as_bytes(), &mut out);
        out
    }
}

/// The name a link's text spells, cleaned as the page keeps names (`None` when base64url
/// text does not spell UTF-8). Hand-written names may hold anything but `~` (`_` is a space).
pub fn decode_name(text: &str) -> Option<String> {
    let name = match text.strip_prefix('.') {
        Some(data) => String::from_utf8(compact::base64_bytes(data)?).ok()?,
        None => text.replace('_', " "),
    };
    Some(clean_name(&name))
}

/// A pinned scenario as a link value: `name~preset`, then what differs from the preset as
/// `~key.value` items, or (`compact`) as one `~c.<payload>` item.
fn pinned_value(pinned: &Pinned, compact: bool) -> String {
    let mut out = encode_name(&pinned.name);
    out.push('~');
    out.push_str(pinned.scenario.preset.id);
    let pairs = scenario_pairs(&pinned.scenario);
    match compact::payload(&pairs) {
        Some(payload) if compact && !payload.is_empty() => {
            out.push_str("~c.");
            out.push_str(&payload);
        }
        _ => {
            for (key, value) in pairs {
                out.push('~');
                out.push_str(key);
                out.push('.');
                out.push_str(&value);
            }
        }
    }
    out
}

/// Reads one pinned scenario. One whose preset is unknown is left out; a bad name becomes a
/// default one; a bad value keeps the preset's. Each with a notice (`s2`, `s2.n`).
fn read_pinned(
    edition: &'static Edition,
    key: &str,
    text: &str,
    pinned: &mut Vec<Pinned>,
    notices: &mut Vec<Notice>,
) {
    let mut items = text.split('~');
    let name_text = items.next().unwrap_or_default();
    let Some(preset) = items.next().and_then(|id| edition.preset(id)) else {
        // An empty "used": the notice says the scenario is left out.
        notices.push(Notice::new(key, text, ""));
        return;
    };
    let name = match decode_name(name_text) {
        Some(name) if !name.is_empty() => name,
        read => {
            let name = default_name(pinned);
            if read.is_none() {
                notices.push(Notice::new(key, name_text, &name));
            }
            name
        }
    };
    let mut pairs = Pairs::from_pairs(items.map(|item| {
        let (item_key, value) = item.split_once('.').unwrap_or((item, ""));
        (item_key.trim().to_ascii_lowercase(), value)
    }));
    let mut local = Vec::new();
    let compact_error = compact::expand(&mut pairs, &mut local);
    let scenario = read_scenario(preset, &mut pairs, &mut local);
    if let Some(given) = compact_error {
        local.push(Notice::new(compact::KEY, &given, preset.id));
    }
    for notice in &mut local {
        notice.key = format!("{key}.{}", notice.key);
    }
    notices.extend(local);
    // What is not a parameter of the scenario is named and left out.
    for (item_key, value) in pairs.into_items() {
        let given = if value.is_empty() {
            item_key
        } else {
            format!("{item_key}.{value}")
        };
        notices.push(Notice::new(key, &given, ""));
    }
    pinned.push(Pinned { name, scenario });
}

/// Scenarios pinned for comparison: `s1` … `s4`, each `name~preset~key.value~…`.
struct PinnedKeys;

impl Section for PinnedKeys {
    fn keys(&self) -> Vec<&'static str> {
        PINNED_KEYS.to_vec()
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        for (key, pinned) in PINNED_KEYS.iter().zip(&state.pinned) {
            out.push((key, pinned_value(pinned, false)));
        }
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        let mut pinned = Vec::new();
        for key in PINNED_KEYS {
            if let Some(text) = pairs.take(key, notices) {
                read_pinned(state.edition(), key, &text, &mut pinned, notices);
            }
        }
        state.pinned = pinned;
    }
}

// Native only: property tests and the golden file need the host (proptest, std::fs).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
