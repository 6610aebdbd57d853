//! The compact form, for the rare state whose readable link would pass `MAX_LINK_LEN`:
//! `v=1&preset=<id>&c=<payload>`, where the payload spells the same pairs in fixed-width
//! fields over the 64 characters `A–Z a–z 0–9 - _`. Each field is one character naming a slot
//! of [`SLOTS`] (its position there) followed by its value:
//!
//! - a number: 5 characters, a base-64 integer `n` (most significant first); `n = 0` is
//!   `auto`, otherwise `n − 1 = (e + 350) × 100000 + m` for the value `m × 10^e`;
//! - a choice: 1 character, its position in the slot's list of codes;
//! - a list (`show`): 1 character for its length, then one per item;
//! - a pair (a range `r.<key>`, `low~high`): two numbers.
//!
//! Every stored number has at most 5 significant digits, so every valid state has a compact
//! form; the longest payload (every slot present) is 363 characters (`link::MAX_STATE_LEN`).
//! Pinned scenarios (`s1`…) stay outside the payload; each may carry its own (`c.<payload>`).
//! The slot table and the code lists are append-only: a position, once released, keeps its
//! meaning in every version.

use super::{echo, Notice, Pairs};
use crate::decimal;
use crate::params::format_exact;

/// The link key holding the payload.
pub const KEY: &str = "c";

/// Keys the compact form keeps readable, before the payload.
pub const READABLE: [&str; 2] = ["v", "preset"];

/// Also the alphabet of base64url (RFC 4648 §5), which scenario names use.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Characters of one number.
pub const NUMBER_WIDTH: usize = 5;
const MANTISSA: u64 = 100_000;
const EXPONENT_OFFSET: i32 = 350;

/// How a slot's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// One number (5 characters), or `auto`.
    Number,
    /// One code of the list (1 character, its position there).
    Code(&'static [&'static str]),
    /// Several codes of the list (1 character for their number, then one per code).
    List(&'static [&'static str]),
    /// Two numbers, `low~high`.
    Pair,
    /// One code of the list (1 character, its position there), or a number: the character
    /// [`NUMBER_MARK`] and 5 more (a budget: an organisation's id or dollars).
    CodeOrNumber(&'static [&'static str]),
}

/// What marks a number in a [`Form::CodeOrNumber`] slot (its lists stay shorter than 63).
const NUMBER_MARK: u8 = b'_';

/// One entry of the compact form's table: a link key and how its value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The readable link key the slot stands for.
    pub key: &'static str,
    /// How its value is written.
    pub form: Form,
}

impl Slot {
    /// The longest field of this slot, its slot character included.
    pub const fn max_len(&self) -> usize {
        1 + match self.form {
            Form::Number => NUMBER_WIDTH,
            Form::Code(_) => 1,
            Form::List(items) => 1 + items.len(),
            Form::Pair => 2 * NUMBER_WIDTH,
            Form::CodeOrNumber(_) => 1 + NUMBER_WIDTH,
        }
    }
}

// Code lists, frozen: append new codes at the end, never reorder or remove.
const CHIPS: &[&str] = &[
    "a100",
    "h100",
    "h800",
    "h200",
    "b200",
    "mi300x",
    "tpu-v5p",
    "gb200",
    "gb300",
    "b300",
    "mi325x",
    "mi355x",
    "tpu-v6e",
    "tpu7x",
    "trainium2",
    "h20",
    "ascend-910c",
];
const MODES: &[&str] = &["buy", "rent"];
const FACILITIES: &[&str] = &["build", "colo"];
const CURRENCIES: &[&str] = &["usd", "cny", "eur"];
const LANGS: &[&str] = &["en", "zh"];
const FLAG: &[&str] = &["0", "1"];
const PRECISIONS: &[&str] = &["bf16", "fp8", "fp4"];
const DEPRECIATIONS: &[&str] = &["progress", "life"];
const TIME_BASES: &[&str] = &["use", "dedicated", "v1"];
const CLOUD_TIERS: &[&str] = &["ondemand", "1y", "3y"];
const THEMES: &[&str] = &["auto", "true", "false"];
const GRIDS: &[&str] = &["world", "us", "eu", "cn", "fr"];
const PANELS: &[&str] = &[
    "total",
    "figures",
    "breakdown",
    "barrier",
    "ladder",
    "trajectory",
    "uncertainty",
    "sensitivity",
    "scenarios",
    "rules",
    "budget",
    "catchup",
];
/// Every reference budget's id of every edition's ladder, in the order they first appeared.
pub const BUDGET_IDS: &[&str] = &[
    "university-lab",
    "seed",
    "series-a",
    "series-b",
    "nairr",
    "largest-ai-round",
    "alphabet-quarter",
    "microsoft-quarter",
    "meta-year",
    "alphabet-year",
    "microsoft-year",
    "amazon-year",
    "bigtech-2024",
    "bigtech-2025",
    "mistral-round",
    "china-ai-fund",
    "anthropic-round",
    "eu-gigafactories",
    "amazon-2026",
    "stargate",
    "bigtech-2026",
];

const fn number(key: &'static str) -> Slot {
    Slot {
        key,
        form: Form::Number,
    }
}
const fn code(key: &'static str, codes: &'static [&'static str]) -> Slot {
    Slot {
        key,
        form: Form::Code(codes),
    }
}
const fn pair(key: &'static str) -> Slot {
    Slot {
        key,
        form: Form::Pair,
    }
}

/// The slots, frozen: append new ones at the end (at most 64 in all).
pub const SLOTS: [Slot; 59] = [
    number("lic"),
    number("hrs"),
    number("hrc"),
    number("ann"),
    number("anc"),
    number("p"),
    number("tok"),
    number("flop"),
    number("hours"),
    number("mfu"),
    number("exp"),
    code("chip", CHIPS),
    number("n"),
    code("mode", MODES),
    number("price"),
    number("sys"),
    number("life"),
    number("rent"),
    number("w"),
    number("load"),
    number("pue"),
    number("kwh"),
    code("dc", FACILITIES),
    number("mw"),
    number("dclife"),
    number("colo"),
    number("staff"),
    number("sal"),
    number("mon"),
    code("cur", CURRENCIES),
    number("fx"),
    code("lang", LANGS),
    code("embed", FLAG),
    code("dark", THEMES),
    code("transparent", FLAG),
    code("plain", FLAG),
    Slot {
        key: "show",
        form: Form::List(PANELS),
    },
    code("unc", FLAG),
    pair("r.mfu"),
    pair("r.exp"),
    pair("r.price"),
    pair("r.sys"),
    pair("r.life"),
    pair("r.rent"),
    pair("r.load"),
    pair("r.pue"),
    pair("r.kwh"),
    pair("r.mw"),
    pair("r.anc"),
    pair("r.sal"),
    code("prec", PRECISIONS),
    code("dep", DEPRECIATIONS),
    number("prog"),
    number("age"),
    code("basis", TIME_BASES),
    code("tier", CLOUD_TIERS),
    Slot {
        key: "budget",
        form: Form::CodeOrNumber(BUDGET_IDS),
    },
    number("halving"),
    code("grid", GRIDS),
];

/// The slot of a readable link key, with its position in [`SLOTS`]; `None` for a key the
/// compact form does not hold.
pub fn slot(key: &str) -> Option<(usize, &'static Slot)> {
    SLOTS.iter().enumerate().find(|(_, slot)| slot.key == key)
}

/// The compact link for readable pairs (as `encode` writes them), or `None` when a value has
/// no compact spelling (never for a valid state).
pub fn encode(pairs: &[(&str, String)]) -> Option<String> {
    let mut head = String::new();
    for (key, value) in pairs.iter().filter(|(key, _)| READABLE.contains(key)) {
        head.push_str(key);
        head.push('=');
        head.push_str(value);
        head.push('&');
    }
    let rest: Vec<(&str, String)> = pairs
        .iter()
        .filter(|(key, _)| !READABLE.contains(key))
        .cloned()
        .collect();
    Some(format!("{head}{KEY}={}", payload(&rest)?))
}

/// The payload spelling these pairs (none of them [`READABLE`]).
pub fn payload(pairs: &[(&str, String)]) -> Option<String> {
    let mut payload = String::new();
    for (key, value) in pairs {
        let (index, slot) = slot(key)?;
        payload.push(ALPHABET[index] as char);
        match slot.form {
            Form::Number => push_base64(encode_number(value)?, NUMBER_WIDTH, &mut payload),
            Form::Code(codes) => payload.push(ALPHABET[position(codes, value)?] as char),
            Form::List(items) => {
                let codes: Vec<&str> = value.split('~').filter(|c| !c.is_empty()).collect();
                payload.push(*ALPHABET.get(codes.len())? as char);
                for code in codes {
                    payload.push(ALPHABET[position(items, code)?] as char);
                }
            }
            Form::Pair => {
                for number in value.split_once('~').map(|(low, high)| [low, high])? {
                    push_base64(encode_number(number)?, NUMBER_WIDTH, &mut payload);
                }
            }
            Form::CodeOrNumber(codes) => match position(codes, value) {
                Some(at) => payload.push(ALPHABET[at] as char),
                None => {
                    payload.push(NUMBER_MARK as char);
                    push_base64(encode_number(value)?, NUMBER_WIDTH, &mut payload);
                }
            },
        }
    }
    Some(payload)
}

/// Appends the base64url spelling of bytes, without padding.
pub fn base64_into(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let mut group = 0u32;
        for (i, byte) in chunk.iter().enumerate() {
            group |= u32::from(*byte) << (16 - 8 * i);
        }
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(group >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

/// The bytes a base64url text (without padding) spells, or `None` when it is not one.
pub fn base64_bytes(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut group = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            group |= (digit(*c)? as u32) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((group >> (16 - 8 * i)) as u8);
        }
    }
    Some(bytes)
}

fn position(codes: &[&str], code: &str) -> Option<usize> {
    codes.iter().position(|c| *c == code)
}

/// A number's code: `0` for `auto`, else `1 + (e + 350) × 100000 + m` for `m × 10^e`.
pub fn encode_number(text: &str) -> Option<u64> {
    if text == "auto" {
        return Some(0);
    }
    let value = decimal::parse(text)?;
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    // The shortest digits that read back as this very double.
    let (mantissa, exponent) = decimal::shortest_parts(value);
    if mantissa >= MANTISSA {
        return None;
    }
    let shifted = u64::try_from(exponent + EXPONENT_OFFSET).ok()?;
    (shifted <= 2 * EXPONENT_OFFSET as u64).then_some(1 + shifted * MANTISSA + mantissa)
}

/// The readable text of a number's code (it may be out of any range: reading it says so).
pub fn decode_number(code: u64) -> String {
    if code == 0 {
        return "auto".to_string();
    }
    let mantissa = (code - 1) % MANTISSA;
    // The exponent as a sign and a magnitude: one integer type formatted in the page, not two.
    let (scaled, offset) = ((code - 1) / MANTISSA, EXPONENT_OFFSET as u64);
    let (sign, power) = if scaled >= offset {
        ("", scaled - offset)
    } else {
        ("-", offset - scaled)
    };
    let text = format!("{mantissa}e{sign}{power}");
    match decimal::parse(&text) {
        Some(value) if value.is_finite() => format_exact(value),
        _ => text,
    }
}

fn push_base64(mut value: u64, width: usize, out: &mut String) {
    let start = out.len();
    for _ in 0..width {
        out.insert(start, ALPHABET[(value % 64) as usize] as char);
        value /= 64;
    }
}

fn digit(byte: u8) -> Option<usize> {
    ALPHABET.iter().position(|c| *c == byte)
}

/// Replaces a `c=` payload by the readable pairs it spells, in place. Returns the part it
/// could not read, if any (the caller names it in a notice once the preset is known).
pub fn expand(pairs: &mut Pairs, notices: &mut Vec<Notice>) -> Option<String> {
    let payload = pairs.get(KEY)?.to_string();
    let (expanded, error) = read_payload(payload.trim());
    pairs.splice(KEY, expanded);
    let mut ignored = Vec::new();
    if let Some(other) = pairs.take(KEY, &mut ignored) {
        if other != payload {
            notices.push(Notice::new(KEY, &other, &echo(&payload)));
        }
    }
    error
}

/// The pairs a payload spells, and the unread rest when it stops making sense.
pub fn read_payload(payload: &str) -> (Vec<(String, String)>, Option<String>) {
    let bytes = payload.as_bytes();
    let mut pairs = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match read_field(bytes, at) {
            Some((pair, next)) => {
                pairs.push(pair);
                at = next;
            }
            // Everything before `at` is ASCII, so `at` is a character boundary.
            None => return (pairs, Some(payload[at..].to_string())),
        }
    }
    (pairs, None)
}

fn read_number(bytes: &[u8], at: &mut usize) -> Option<String> {
    let mut code = 0u64;
    for _ in 0..NUMBER_WIDTH {
        code = code * 64 + digit(*bytes.get(*at)?)? as u64;
        *at += 1;
    }
    Some(decode_number(code))
}

fn read_field(bytes: &[u8], at: usize) -> Option<((String, String), usize)> {
    let slot = SLOTS.get(digit(*bytes.get(at)?)?)?;
    let mut at = at + 1;
    let value = match slot.form {
        Form::Number => read_number(bytes, &mut at)?,
        Form::Code(codes) => {
            let code = codes.get(digit(*bytes.get(at)?)?)?;
            at += 1;
            code.to_string()
        }
        Form::List(items) => {
            let count = digit(*bytes.get(at)?)?;
            at += 1;
            let mut codes = Vec::with_capacity(count);
            for _ in 0..count {
                codes.push(*items.get(digit(*bytes.get(at)?)?)?);
                at += 1;
            }
            codes.join("~")
        }
        Form::Pair => {
            let low = read_number(bytes, &mut at)?;
            format!("{low}~{}", read_number(bytes, &mut at)?)
        }
        Form::CodeOrNumber(codes) => {
            let mark = *bytes.get(at)?;
            at += 1;
            if mark == NUMBER_MARK {
                read_number(bytes, &mut at)?
            } else {
                codes.get(digit(mark)?)?.to_string()
            }
        }
    };
    Some(((slot.key.to_string(), value), at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for text in [
            "auto",
            "0",
            "16384",
            "3.8e25",
            "0.4",
            "1.2345e-100",
            "5e-324",
            "1.7976e308",
            "99999",
            "0.00012345",
        ] {
            let code = encode_number(text).unwrap_or_else(|| panic!("{text}"));
            assert!(code < 64u64.pow(NUMBER_WIDTH as u32), "{text}");
            let back = decode_number(code);
            if text == "auto" {
                assert_eq!(back, "auto");
            } else {
                assert_eq!(back.parse::<f64>(), text.parse::<f64>(), "{text}");
            }
        }
        // A code past every finite number reads as its digits and exponent (a notice says so).
        assert_eq!(decode_number(1 + 2000 * MANTISSA + 5), "5e1650");
        assert_eq!(
            decode_number(1 + 5),
            "0",
            "5e-350 is below the smallest f64"
        );
        assert_eq!(encode_number("1.23456"), None, "more than 5 digits");
        assert_eq!(encode_number("-1"), None);
        assert_eq!(encode_number("abc"), None);
    }

    #[test]
    fn payload_round_trip_and_errors() {
        let pairs: Vec<(&str, String)> = vec![
            ("v", "1".into()),
            ("preset", "gpt-4".into()),
            ("flop", "auto".into()),
            ("chip", "b200".into()),
            ("n", "32768".into()),
            ("show", "breakdown~total".into()),
            ("lang", "zh".into()),
        ];
        let link = encode(&pairs).unwrap();
        let payload = link.split_once("&c=").unwrap().1;
        assert!(link.starts_with("v=1&preset=gpt-4&c="));
        assert_eq!(payload.len(), 6 + 2 + 6 + 4 + 2);
        let (read, error) = read_payload(payload);
        assert_eq!(error, None);
        let expected: Vec<(String, String)> = pairs[2..]
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        assert_eq!(read, expected);
        // Cut short, or garbage after valid fields: the valid fields are kept.
        let (read, error) = read_payload(&payload[..payload.len() - 1]);
        assert_eq!(read.len(), 4);
        assert_eq!(
            error.as_deref(),
            Some(&payload[payload.len() - 2..payload.len() - 1])
        );
        let (read, error) = read_payload("中文");
        assert!(read.is_empty());
        assert_eq!(error.as_deref(), Some("中文"));
    }

    #[test]
    fn every_slot_is_distinct_and_fits_the_alphabet() {
        assert!(SLOTS.len() <= ALPHABET.len());
        for (i, a) in SLOTS.iter().enumerate() {
            assert!(SLOTS[i + 1..].iter().all(|b| a.key != b.key), "{}", a.key);
            if let Form::Code(codes) | Form::List(codes) = a.form {
                assert!(codes.len() < ALPHABET.len());
            }
        }
    }

    #[test]
    fn base64_round_trips() {
        for text in [
            "",
            "f",
            "fo",
            "foo",
            "foob",
            "fooba",
            "foobar",
            "中文 名",
            "😀~.",
        ] {
            let mut out = String::new();
            base64_into(text.as_bytes(), &mut out);
            assert_eq!(
                base64_bytes(&out).as_deref(),
                Some(text.as_bytes()),
                "{out}"
            );
        }
        // RFC 4648 test vectors, in the URL-safe alphabet and without padding.
        let mut out = String::new();
        base64_into(b"foobar", &mut out);
        assert_eq!(out, "Zm9vYmFy");
        out.clear();
        base64_into(&[0xfb, 0xff], &mut out);
        assert_eq!(out, "-_8");
        assert_eq!(base64_bytes("Zm9vY"), None, "one character left over");
        assert_eq!(base64_bytes("Zm9v*"), None);
    }

    #[test]
    fn pairs_round_trip() {
        let pairs: Vec<(&str, String)> = vec![("r.mfu", "0.3~2.5".into()), ("unc", "0".into())];
        let payload = payload(&pairs).unwrap();
        assert_eq!(payload.len(), 11 + 2);
        let (read, error) = read_payload(&payload);
        assert_eq!(error, None);
        assert_eq!(read[0], ("r.mfu".to_string(), "0.3~2.5".to_string()));
        assert_eq!(read[1], ("unc".to_string(), "0".to_string()));
        assert_eq!(super::payload(&[("r.mfu", "0.3".into())]), None);
    }
}
