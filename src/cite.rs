//! "Cite this": a calculation's permalink as a citation (APA, BibTeX, GB/T 7714) and the
//! barrier verdict as a quote. Pure text, given the day of access, so that it is tested
//! natively; the Share menu passes today's date from the browser.
//!
//! APA and BibTeX are English styles: their words and the title are English. GB/T 7714 and the
//! quote are in the page's language, the language the permalink opens in.

use crate::i18n::embed::EMBED_NAME;
use crate::i18n::page::{APP_TITLE, EDITION_AS_OF};
use crate::i18n::share::QUOTE;
use crate::model::text::{fill, Lang};

/// What a citation of a calculation says.
pub struct Cite<'a> {
    /// The permalink (the full calculator's address with the calculation).
    pub url: &'a str,
    /// The link's schema version (`v=`).
    pub version: u32,
    /// When the version's figures were gathered: `2026-11`.
    pub as_of: &'a str,
    /// The day of access, `YYYY-MM-DD`.
    pub today: &'a str,
    /// The same day as APA writes it, `December 2, 2026` (the page asks the browser's `Intl`).
    pub long_date: &'a str,
}

/// The formats, filled by [`Cite::all`] from the same arguments: `{0}` the verdict, `{1}` the
/// author, `{2}` "figures as of … (version …)", `{3}` the day of access, `{4}` the permalink and
/// `{5}` the title (in the page's language); `{6}` the author and `{7}` the title in English,
/// `{8}` the version, `{9}` the date of the figures, `{10}` the year of access, `{11}` the day
/// of access in words, `{12}` the permalink for BibTeX. (One template per format, not one
/// function each: the page downloads less.)
const APA: &str = "{6}. ({10}). {7} (Version {8}, figures as of {9}) [Computer software]. \
                   Retrieved {11}, from {4}";
const BIBTEX: &str = "@misc{frontier-cost-{3},\n  author = {{{6}}},\n  title = {{{7}}},\n  \
                      year = {{10}},\n  note = {Version {8}, figures as of {9}},\n  \
                      howpublished = {\\url{{12}}},\n  urldate = {{3}}\n}";
const GBT7714: &str = "{1}. {5}[EB/OL]. {2}. ({9})[{3}]. {4}.";

impl Cite<'_> {
    fn year(&self) -> &str {
        self.today.get(..4).unwrap_or(self.today)
    }

    /// The citations and the quote, in this order:
    ///
    /// - APA 7, software: `Frontier AI cost calculator. (2026). What does it cost …? (Version 2,
    ///   figures as of 2026-11) [Computer software]. Retrieved December 2, 2026, from <url>`;
    /// - a BibTeX `@misc` entry, the permalink in `\url{}` with `%` and `#` escaped (and braces
    ///   and backslashes percent-encoded, so that the entry's braces stay balanced);
    /// - GB/T 7714-2015, online resource, in `lang`: `<author>. <title>[EB/OL]. <figures>.
    ///   (2026-11)[2026-12-02]. <url>.`;
    /// - the verdict quoted, in `lang`: `“…” — Frontier AI cost calculator. Figures as of
    ///   2026-11 (version 2), accessed 2026-12-02: <url>`.
    ///
    /// APA and BibTeX are English styles: their words and the title are English.
    pub fn all(&self, lang: Lang, verdict: &str) -> [String; 4] {
        let mut bibtex_url = String::with_capacity(self.url.len() + 8);
        for c in self.url.chars() {
            match c {
                '%' => bibtex_url.push_str("\\%"),
                '#' => bibtex_url.push_str("\\#"),
                '{' => bibtex_url.push_str("\\%7B"),
                '}' => bibtex_url.push_str("\\%7D"),
                '\\' => bibtex_url.push_str("\\%5C"),
                c => bibtex_url.push(c),
            }
        }
        let version = self.version.to_string();
        let args = [
            verdict,
            EMBED_NAME.get(lang),
            &fill(EDITION_AS_OF.get(lang), &[self.as_of, &version]),
            self.today,
            self.url,
            APP_TITLE.get(lang),
            EMBED_NAME.get(Lang::En),
            APP_TITLE.get(Lang::En),
            &version,
            self.as_of,
            self.year(),
            self.long_date,
            &bibtex_url,
        ];
        [APA, BIBTEX, GBT7714, QUOTE.get(lang)].map(|template| fill(template, &args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://calc.example/?v=2&preset=gpt-4&n=32k&note=50%25_off#top";
    const CITE: Cite = Cite {
        url: URL,
        version: 2,
        as_of: "2026-11",
        today: "2026-12-02",
        long_date: "December 2, 2026",
    };

    const VERDICT_EN: &str = "At $7.9B of capital required, this is for the hyperscalers only.";
    const VERDICT_ZH: &str = "所需资本$7.9B，只有超大规模云厂商才建得起。";

    fn all() -> Vec<String> {
        let mut all = CITE.all(Lang::En, VERDICT_EN).to_vec();
        all.extend(CITE.all(Lang::Zh, VERDICT_ZH));
        all
    }

    fn apa(cite: &Cite) -> String {
        cite.all(Lang::En, "").into_iter().next().unwrap()
    }

    fn bibtex(cite: &Cite) -> String {
        cite.all(Lang::En, "").into_iter().nth(1).unwrap()
    }

    #[test]
    fn every_citation_has_the_permalink_the_version_and_the_dates() {
        for text in all() {
            let bibtex = text.starts_with("@misc");
            if bibtex {
                assert!(
                    text.contains(
                        "https://calc.example/?v=2&preset=gpt-4&n=32k&note=50\\%25_off\\#top"
                    ),
                    "{text}"
                );
            } else {
                assert!(text.contains(URL), "{text}");
            }
            assert!(
                text.contains("Version 2") || text.contains("version 2") || text.contains("第2版"),
                "{text}"
            );
            assert!(text.contains("2026-11"), "{text}");
            assert!(
                text.contains("2026-12-02") || text.contains("December 2, 2026"),
                "{text}"
            );
        }
    }

    #[test]
    fn apa_for_software() {
        assert_eq!(
            apa(&CITE),
            format!(
                "Frontier AI cost calculator. (2026). What does it cost to build a frontier AI model? \
                 (Version 2, figures as of 2026-11) [Computer software]. \
                 Retrieved December 2, 2026, from {URL}"
            )
        );
        // No markdown.
        assert!(!apa(&CITE).contains('*'));
    }

    #[test]
    fn bibtex_entry_is_balanced_and_escapes_the_url() {
        let entry = bibtex(&CITE);
        assert!(entry.starts_with("@misc{frontier-cost-2026-12-02,\n"));
        assert!(entry.contains("  author = {{Frontier AI cost calculator}},\n"));
        assert!(entry.contains("  title = {{What does it cost to build a frontier AI model?}},\n"));
        assert!(entry.contains("  year = {2026},\n"));
        assert!(entry.contains("  note = {Version 2, figures as of 2026-11},\n"));
        assert!(entry.contains("  urldate = {2026-12-02}\n}"));
        // `&` and `_` are fine inside \url; `%` and `#` are escaped.
        assert!(entry.contains(
            "  howpublished = {\\url{https://calc.example/?v=2&preset=gpt-4&n=32k&note=50\\%25_off\\#top}},\n"
        ));
        let balanced = |text: &str| {
            let mut depth = 0i32;
            for c in text.chars() {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                assert!(depth >= 0, "{text}");
            }
            depth == 0
        };
        assert!(balanced(&entry), "{entry}");
        // Braces and backslashes in a link cannot unbalance the entry.
        let odd = Cite {
            url: "https://calc.example/?x={a}}\\",
            ..CITE
        };
        assert!(balanced(&bibtex(&odd)), "{}", bibtex(&odd));
        assert!(bibtex(&odd).contains("\\url{https://calc.example/?x=\\%7Ba\\%7D\\%7D\\%5C}"));
    }

    #[test]
    fn gbt7714_in_each_language() {
        assert_eq!(
            CITE.all(Lang::Zh, "")[2],
            format!(
                "前沿AI成本计算器. 打造一个前沿AI大模型要花多少钱？[EB/OL]. \
                 数据截至2026-11（第2版）. (2026-11)[2026-12-02]. {URL}."
            )
        );
        assert_eq!(
            CITE.all(Lang::En, "")[2],
            format!(
                "Frontier AI cost calculator. What does it cost to build a frontier AI model?[EB/OL]. \
                 Figures as of 2026-11 (version 2). (2026-11)[2026-12-02]. {URL}."
            )
        );
    }

    #[test]
    fn quote_in_each_language() {
        assert_eq!(
            CITE.all(Lang::En, VERDICT_EN)[3],
            format!(
                "“At $7.9B of capital required, this is for the hyperscalers only.” — Frontier AI \
                 cost calculator. Figures as of 2026-11 (version 2), accessed 2026-12-02: {URL}"
            )
        );
        assert_eq!(
            CITE.all(Lang::Zh, VERDICT_ZH)[3],
            format!(
                "“所需资本$7.9B，只有超大规模云厂商才建得起。”——前沿AI成本计算器。\
                 数据截至2026-11（第2版），访问于2026-12-02：{URL}"
            )
        );
    }
}
