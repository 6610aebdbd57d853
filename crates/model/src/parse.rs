//! Reads numbers as people write them: `16k`, `1.5M`, `3.8e25`, `$30,000`, `40%`, `2亿`.

/// A number read from text, with what its form said beyond the digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParsedNumber {
    /// The number, magnitude applied (`16k` is 16,000) and a percentage divided by 100.
    pub value: f64,
    /// Written with a `%` sign (the value is already divided by 100).
    pub percent: bool,
    /// Written with a magnitude word or suffix (`k`, `M`, `B`, `T`, `万`, `亿`).
    pub magnitude_given: bool,
}

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing but spaces.
    Empty,
    /// Not a number in any form read: stray characters, no digits, or a malformed number.
    NotANumber,
    /// A number too large to represent (`1e999`).
    NotFinite,
}

/// Magnitude suffixes, longest first so that `bn` wins over `b`.
const MAGNITUDES: &[(&str, f64)] = &[
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("万亿", 1e12),
    ("bn", 1e9),
    ("tn", 1e12),
    ("mn", 1e6),
    ("mm", 1e6),
    ("k", 1e3),
    ("m", 1e6),
    ("b", 1e9),
    ("g", 1e9),
    ("t", 1e12),
    ("千", 1e3),
    ("万", 1e4),
    ("亿", 1e8),
];

/// Currency signs and words that may surround a money amount; all amounts are US dollars.
const CURRENCY: &[&str] = &["us$", "usd", "$", "美元", "dollars", "dollar"];

/// Parses one number. Spaces, thousands separators (`,`, `_`, `'`, thin spaces) and a dollar
/// sign are ignored; `×10^25` and `x10^25` are read like `e25`.
pub fn parse_number(text: &str) -> Result<ParsedNumber, ParseError> {
    let mut s: String = text
        .trim()
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '_' | '\'' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '，'
            )
        })
        .collect::<String>()
        .to_ascii_lowercase();
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    for sign in CURRENCY {
        if let Some(rest) = s.strip_prefix(sign) {
            s = rest.to_string();
        }
        if let Some(rest) = s.strip_suffix(sign) {
            s = rest.to_string();
        }
    }
    let s = s
        .replace("×10^", "e")
        .replace("x10^", "e")
        .replace('−', "-");
    let mut body = s.as_str();
    let percent = if let Some(rest) = body.strip_suffix('%') {
        body = rest;
        true
    } else {
        false
    };
    let mut multiplier = 1.0;
    let mut magnitude_given = false;
    if !percent {
        for (suffix, factor) in MAGNITUDES {
            if let Some(rest) = body.strip_suffix(suffix) {
                // "1e6" must not lose its exponent to the suffix table.
                if !rest.is_empty() && !rest.ends_with('e') {
                    body = rest;
                    multiplier = *factor;
                    magnitude_given = true;
                    break;
                }
            }
        }
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
        || !body.chars().any(|c| c.is_ascii_digit())
    {
        return Err(ParseError::NotANumber);
    }
    let number = super::decimal::parse(body).ok_or(ParseError::NotANumber)?;
    let mut value = number * multiplier;
    if percent {
        value /= 100.0;
    }
    if !value.is_finite() {
        return Err(ParseError::NotFinite);
    }
    Ok(ParsedNumber {
        value,
        percent,
        magnitude_given,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> f64 {
        parse_number(text).unwrap().value
    }

    #[test]
    fn forms_people_write() {
        assert_eq!(value("16k"), 16_000.0);
        assert_eq!(value("16K"), 16_000.0);
        assert_eq!(value("1.5M"), 1_500_000.0);
        assert_eq!(value("3.8e25"), 3.8e25);
        assert_eq!(value("3.8E25"), 3.8e25);
        assert_eq!(value("3.8×10^25"), 3.8e25);
        assert_eq!(value("$30,000"), 30_000.0);
        assert_eq!(value("US$ 30 000"), 30_000.0);
        assert_eq!(value("30000 USD"), 30_000.0);
        assert_eq!(value("40%"), 0.4);
        assert_eq!(value("2.5bn"), 2.5e9);
        assert_eq!(value("2.5 billion"), 2.5e9);
        assert_eq!(value("15.6T"), 15.6e12);
        assert_eq!(value("3.5万"), 35_000.0);
        assert_eq!(value("12亿"), 1.2e9);
        assert_eq!(value("1e6"), 1e6);
        assert_eq!(value("-2"), -2.0);
        assert_eq!(value(".5"), 0.5);
    }

    #[test]
    fn flags() {
        assert!(parse_number("40%").unwrap().percent);
        assert!(parse_number("405B").unwrap().magnitude_given);
        assert!(!parse_number("405").unwrap().magnitude_given);
    }

    #[test]
    fn rejects() {
        assert_eq!(parse_number(""), Err(ParseError::Empty));
        assert_eq!(parse_number("  "), Err(ParseError::Empty));
        assert_eq!(parse_number("abc"), Err(ParseError::NotANumber));
        assert_eq!(parse_number("k"), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1.2.3"), Err(ParseError::NotANumber));
        assert_eq!(parse_number("NaN"), Err(ParseError::NotANumber));
        assert_eq!(parse_number("inf"), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1e999"), Err(ParseError::NotFinite));
        assert_eq!(parse_number("<img src=x>"), Err(ParseError::NotANumber));
    }
}
