//! Bilingual text: every string the reader sees exists in English and Simplified Chinese.

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Every interface language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The link value and the `<html lang>` subtag.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The BCP 47 tag given to `Intl.NumberFormat`.
    pub const fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language a link value or language tag names, in any case: `en`, or `zh`, `zh-CN` or
    /// `zh-Hans`; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The language to open in for a browser's preferred languages (`navigator.languages`).
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }
}

/// A string in both interface languages.
///
/// With the `external-zh` feature (the page's WebAssembly build), the Chinese text is not in
/// the binary: a `Text` keeps only its [`zh_id`], and the page loads the table of Chinese texts
/// (`static/zh-texts.txt`, generated from every text by `cargo run --example zh_texts`) when a
/// reader wants Chinese. English readers, most of them, never download it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// The English text.
    pub en: &'static str,
    /// The Chinese text.
    #[cfg(not(feature = "external-zh"))]
    pub zh: &'static str,
    /// The Chinese text's id in the table of Chinese texts ([`zh_id`] of the text).
    #[cfg(feature = "external-zh")]
    pub zh_id: u32,
}

impl Text {
    /// A text in English and Chinese.
    pub const fn new(en: &'static str, zh: &'static str) -> Self {
        #[cfg(not(feature = "external-zh"))]
        {
            Text { en, zh }
        }
        #[cfg(feature = "external-zh")]
        {
            Text {
                en,
                zh_id: zh_id(zh),
            }
        }
    }

    /// The text in one language. Chinese falls back to English while the table of Chinese
    /// texts is not loaded (`external-zh` only).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh(),
        }
    }

    /// The Chinese text (or, with `external-zh` before its table is loaded, the English one).
    pub fn zh(&self) -> &'static str {
        #[cfg(not(feature = "external-zh"))]
        {
            self.zh
        }
        #[cfg(feature = "external-zh")]
        {
            zh_table::lookup(self.zh_id).unwrap_or(self.en)
        }
    }

    /// Whether `text` is this text's Chinese (without needing the table).
    pub fn is_zh(&self, text: &str) -> bool {
        #[cfg(not(feature = "external-zh"))]
        {
            self.zh == text
        }
        #[cfg(feature = "external-zh")]
        {
            zh_id(text) == self.zh_id
        }
    }
}

/// The id of a Chinese text in the table of Chinese texts: its 32-bit FNV-1a hash (a test
/// checks that no two texts share one).
pub const fn zh_id(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The table of Chinese texts as the page loads it: one line per text, `<id in 8 hex
/// digits>\t<text>`, sorted by id, with `\\` and `\n` escaped; lines starting with `#` are
/// comments.
pub mod zh_table {
    use std::sync::OnceLock;

    static TABLE: OnceLock<Vec<(u32, &'static str)>> = OnceLock::new();

    /// The file's text for these Chinese texts (duplicates kept once).
    pub fn write<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
        let mut entries: Vec<(u32, &str)> = texts
            .into_iter()
            .map(|text| (super::zh_id(text), text))
            .collect();
        entries.sort_unstable();
        entries.dedup();
        let mut out = String::from(
            "# Chinese texts of the calculator, by id. Generated: cargo run --example zh_texts > static/zh-texts.txt\n",
        );
        for (id, text) in entries {
            out.push_str(&format!("{id:08x}\t"));
            out.push_str(&text.replace('\\', "\\\\").replace('\n', "\\n"));
            out.push('\n');
        }
        out
    }

    /// Reads the file's text. `None` when a line is not `<id>\t<text>` or the ids are not
    /// strictly increasing (a file that is not ours, or damaged).
    pub fn parse(file: &str) -> Option<Vec<(u32, String)>> {
        let mut entries: Vec<(u32, String)> = Vec::new();
        for line in file
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
        {
            let (id, text) = line.split_once('\t')?;
            if id.len() != 8 {
                return None;
            }
            let id = u32::from_str_radix(id, 16).ok()?;
            if entries.last().is_some_and(|(last, _)| *last >= id) {
                return None;
            }
            let mut unescaped = String::with_capacity(text.len());
            let mut chars = text.chars();
            while let Some(c) = chars.next() {
                match (c, c == '\\') {
                    (_, true) => match chars.next()? {
                        'n' => unescaped.push('\n'),
                        '\\' => unescaped.push('\\'),
                        _ => return None,
                    },
                    (c, false) => unescaped.push(c),
                }
            }
            entries.push((id, unescaped));
        }
        Some(entries)
    }

    /// Installs the table read from the file's text; returns how many texts it holds, or
    /// `None` when the file does not parse (the table stays as it was). Only the first
    /// successful install counts: the texts live as long as the page.
    pub fn install(file: &str) -> Option<usize> {
        let entries = parse(file)?;
        let count = entries.len();
        let leaked: Vec<(u32, &'static str)> = entries
            .into_iter()
            .map(|(id, text)| (id, &*Box::leak(text.into_boxed_str())))
            .collect();
        let _ = TABLE.set(leaked);
        Some(count)
    }

    /// Whether a table is installed.
    pub fn is_loaded() -> bool {
        TABLE.get().is_some()
    }

    /// The Chinese text with this id, when the table is installed and holds it.
    pub fn lookup(id: u32) -> Option<&'static str> {
        let table = TABLE.get()?;
        table
            .binary_search_by_key(&id, |(entry, _)| *entry)
            .ok()
            .map(|index| table[index].1)
    }
}

/// Fills `{0}`, `{1}`… in a translated template; placeholders may appear in any order,
/// because word order differs between the languages.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after
            .find('}')
            .and_then(|end| after[..end].parse::<usize>().ok().map(|index| (index, end)))
        {
            Some((index, end)) => {
                out.push_str(args.get(index).copied().unwrap_or(""));
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Appends a JSON string literal (quotes included): for the exports, the embed messages and
/// the command line. U+2028 and U+2029 are escaped too, so the text is also safe inside a
/// script.
///
/// ```
/// let mut out = String::new();
/// frontier_cost_model::text::json_string(&mut out, "a \"b\"\n\u{2028}");
/// assert_eq!(out, r#""a \"b\"\n\u2028""#);
/// ```
pub fn json_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[(c as usize >> shift) & 15] as char);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// True when a string holds at least one CJK ideograph: a Chinese text that is really Chinese.
pub fn has_cjk(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c))
}

/// Characters that change how text around them looks without showing themselves, or that
/// are not characters at all: bidi embeddings, overrides, isolates and marks (U+202E can make
/// `exe.png` read `gnp.exe`), zero-width and other format characters (two names that look
/// alike), and noncharacters (U+FFFE, U+FFFF and the like, which XML refuses: the SVG export).
/// Names and echoed link values are kept without them.
pub fn is_hidden(c: char) -> bool {
    let code = c as u32;
    matches!(
        code,
        0x00AD // soft hyphen
            | 0x061C // Arabic letter mark
            | 0x180E // Mongolian vowel separator
            | 0x200B..=0x200F // zero-width space, non-joiner, joiner; LRM, RLM
            | 0x202A..=0x202E // embeddings and overrides
            | 0x2060..=0x2064 // word joiner, invisible operators
            | 0x2066..=0x2069 // isolates
            | 0xFEFF // zero-width no-break space (byte-order mark)
            | 0xFFF9..=0xFFFB // interlinear annotation
            | 0xFDD0..=0xFDEF // noncharacters
    ) || code & 0xFFFE == 0xFFFE // U+FFFE, U+FFFF of every plane
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chinese_table_reads_back_what_it_writes() {
        let texts = ["总成本", "两行\n文字", "反斜杠\\n", "总成本"];
        let file = zh_table::write(texts);
        let entries = zh_table::parse(&file).expect("our own file");
        assert_eq!(entries.len(), 3, "duplicates once");
        for text in texts {
            let id = zh_id(text);
            assert!(entries.iter().any(|(e, t)| *e == id && t == text), "{text}");
        }
        assert_eq!(zh_table::parse("12\tshort id"), None);
        assert_eq!(
            zh_table::parse("0000000b\tb\n0000000a\ta"),
            None,
            "unsorted"
        );
        assert_eq!(zh_table::parse("0000000a\tbad \\x escape"), None);
        assert_eq!(zh_id(""), 0x811c_9dc5);
        assert_eq!(zh_id("a"), 0xe40c_292c, "FNV-1a");
    }

    #[test]
    fn fill_in_any_order() {
        assert_eq!(fill("{1} of {0}", &["a", "b"]), "b of a");
        assert_eq!(fill("{0}×{0}", &["x"]), "x×x");
        assert_eq!(fill("no {x} args {", &[]), "no {x} args {");
        assert_eq!(fill("{3}", &["a"]), "");
    }

    #[test]
    fn browser_language_picks_chinese_or_english() {
        assert_eq!(Lang::from_browser(["zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["fr-FR", "zh-TW"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["de", "en-GB"]), Lang::En);
        assert_eq!(Lang::from_browser(["fr"]), Lang::En);
    }

    #[test]
    fn cjk_detection() {
        assert!(has_cjk("总成本"));
        assert!(!has_cjk("Total cost"));
    }
}
