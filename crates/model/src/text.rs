//! Bilingual text: every string the reader sees exists in English and Simplified Chinese.

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Text {
    pub const fn new(en: &'static str, zh: &'static str) -> Self {
        Text { en, zh }
    }

    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
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
