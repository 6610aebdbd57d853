//! The query string as `key=value` pairs: tolerant reading (percent-encoding, `+`, duplicate
//! and unknown keys, absurd lengths) and escaping of what we write.

use super::{Notice, MAX_PAIRS, TOO_MANY_PAIRS};

/// A value longer than this is cut before it is read: no valid value comes close (the
/// longest, an embed's standfirst of 240 four-byte characters, is 2,880 percent-encoded), and
/// it keeps the work done for a hostile link small.
const MAX_VALUE_BYTES: usize = 3072;

/// The pairs of a link in their order, keys lower-cased. Sections take the keys they know;
/// what is left is ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pairs {
    items: Vec<(String, String)>,
}

impl Pairs {
    /// Reads a query string, with or without its `?`; a `#fragment` is not part of it.
    /// Reads at most [`MAX_PAIRS`] pairs (a notice says how many there were).
    pub fn parse(query: &str, notices: &mut Vec<Notice>) -> Pairs {
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = query.split('#').next().unwrap_or_default();
        let mut items = Vec::new();
        let mut pieces = query.split('&').filter(|piece| !piece.is_empty());
        for piece in pieces.by_ref() {
            let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
            let key = percent_decode(cut(key, 64)).trim().to_ascii_lowercase();
            if key.is_empty() {
                continue;
            }
            items.push((key, percent_decode(cut(value, MAX_VALUE_BYTES))));
            if items.len() == MAX_PAIRS {
                break;
            }
        }
        let rest = pieces.count();
        if rest > 0 {
            let total = (MAX_PAIRS + rest).to_string();
            notices.push(Notice::new(TOO_MANY_PAIRS, &total, &MAX_PAIRS.to_string()));
        }
        Pairs { items }
    }

    /// Pairs from `(key, value)` items, in their order, taken as given (keys are not lower-cased).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Pairs {
        Pairs {
            items: pairs
                .into_iter()
                .map(|(key, value)| (key.into(), value.into()))
                .collect(),
        }
    }

    /// The keys, in their order (a repeated key appears each time).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|(key, _)| key.as_str())
    }

    /// Whether the key is present.
    pub fn contains(&self, key: &str) -> bool {
        self.items.iter().any(|(k, _)| k == key)
    }

    /// The first value of a key.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, value)| value.as_str())
    }

    /// Removes every occurrence of a key and returns the first value: the first wins, and a
    /// later, different value gets a notice.
    pub fn take(&mut self, key: &str, notices: &mut Vec<Notice>) -> Option<String> {
        let first = self.items.iter().position(|(k, _)| k == key)?;
        let (_, value) = self.items.remove(first);
        let mut ignored = None;
        self.items.retain(|(k, v)| {
            if k != key {
                return true;
            }
            if ignored.is_none() && *v != value {
                ignored = Some(v.clone());
            }
            false
        });
        if let Some(other) = ignored {
            notices.push(Notice::new(key, &other, &super::echo(&value)));
        }
        Some(value)
    }

    /// Sets a key's value (replacing every occurrence) or appends it: for migrations.
    pub fn set(&mut self, key: &str, value: &str) {
        match self.items.iter().position(|(k, _)| k == key) {
            Some(first) => {
                self.items[first].1 = value.to_string();
                let mut seen = false;
                self.items.retain(|(k, _)| {
                    let keep = k != key || !seen;
                    seen |= k == key;
                    keep
                });
            }
            None => self.items.push((key.to_string(), value.to_string())),
        }
    }

    /// Replaces the first occurrence of a key by other pairs, in place (the compact form).
    pub fn splice(&mut self, key: &str, replacement: Vec<(String, String)>) {
        if let Some(at) = self.items.iter().position(|(k, _)| k == key) {
            self.items.splice(at..=at, replacement);
        }
    }

    /// The pairs no section took.
    pub fn into_items(self) -> Vec<(String, String)> {
        self.items
    }

    /// Removes a key: for migrations.
    pub fn remove(&mut self, key: &str) {
        self.items.retain(|(k, _)| k != key);
    }
}

/// At most `limit` bytes of a string, cut on a character boundary.
fn cut(text: &str, limit: usize) -> &str {
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Decodes `%XX` and `+` (a space, as forms and Facebook write it). A `%` not followed by two
/// hex digits is kept as it is; bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(text: &str) -> String {
    if !text.bytes().any(|b| matches!(b, b'%' | b'+')) {
        return text.to_string();
    }
    String::from_utf8_lossy(&percent_decode_bytes(text)).into_owned()
}

/// The bytes `%XX` and `+` stand for; what to do with bytes that are not UTF-8 is the
/// caller's choice.
pub fn percent_decode_bytes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|pair| {
                    let high = (pair[0] as char).to_digit(16)?;
                    let low = (pair[1] as char).to_digit(16)?;
                    Some((high * 16 + low) as u8)
                });
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    out
}

/// Appends a value, percent-encoding anything outside the unreserved characters
/// `A-Z a-z 0-9 . _ ~ -` (what we write never needs it; a safety net).
pub fn escape_into(value: &str, out: &mut String) {
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~' | b'-') {
            out.push(byte as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_and_plus() {
        assert_eq!(percent_decode("%2430%2C000"), "$30,000");
        assert_eq!(percent_decode("16+k"), "16 k");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%E4%B8%AD"), "中");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        // Two hex digits exactly: no sign, as `from_str_radix` would accept.
        assert_eq!(percent_decode("%+4%-1"), "% 4%-1");
        let mut out = String::new();
        escape_into("a b/中~", &mut out);
        assert_eq!(out, "a%20b%2F%E4%B8%AD~");
        assert_eq!(percent_decode(&out), "a b/中~");
    }

    #[test]
    fn first_wins_and_later_values_are_named() {
        let mut notices = Vec::new();
        let mut pairs = Pairs::parse("?N=1&utm_source=x&n=2&n=1#frag=9", &mut notices);
        assert_eq!(
            pairs.keys().collect::<Vec<_>>(),
            ["n", "utm_source", "n", "n"]
        );
        assert_eq!(pairs.take("n", &mut notices).as_deref(), Some("1"));
        assert_eq!(notices, vec![Notice::new("n", "2", "1")]);
        assert!(!pairs.contains("n") && !pairs.contains("frag"));
        assert_eq!(pairs.take("n", &mut notices), None);
    }

    #[test]
    fn pairs_are_capped() {
        let mut notices = Vec::new();
        let query = "a=1&".repeat(5000);
        let pairs = Pairs::parse(&query, &mut notices);
        assert_eq!(pairs.keys().count(), MAX_PAIRS);
        assert_eq!(notices, vec![Notice::new("…", "5000", "200")]);
    }

    #[test]
    fn editing_for_migrations() {
        let mut pairs = Pairs::from_pairs([("a", "1"), ("b", "2"), ("a", "3")]);
        pairs.set("a", "9");
        assert_eq!(pairs, Pairs::from_pairs([("a", "9"), ("b", "2")]));
        pairs.set("c", "4");
        pairs.remove("b");
        pairs.splice(
            "a",
            vec![("x".into(), "1".into()), ("y".into(), "2".into())],
        );
        assert_eq!(
            pairs,
            Pairs::from_pairs([("x", "1"), ("y", "2"), ("c", "4")])
        );
    }
}
