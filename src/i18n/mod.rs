//! The interface's own words, in English and Simplified Chinese, one module per area of the page.
//! Model texts (parameters, presets, chips) live beside their data in `model`.

pub use crate::model::text::{fill, Lang, Text};

/// Declares bilingual texts: `NAME = "English", "中文";`. A missing translation does not
/// compile; `ALL` lists every text so that a test can check each one.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $en:expr, $zh:expr;)*) => {
        $($(#[$doc])* pub const $name: $crate::model::text::Text = $crate::model::text::Text::new($en, $zh);)*
        /// Every text of this module.
        #[allow(dead_code)]
        pub const ALL: &[$crate::model::text::Text] = &[$($name),*];
    };
}
pub(crate) use texts;

pub mod barrier;
pub mod deeper;
pub mod embed;
pub mod export;
pub mod page;
pub mod share;
pub mod trajectory;
pub mod uncertainty;

/// Every interface text, for the translation tests.
pub fn all_texts() -> Vec<Text> {
    let modules: &[&[Text]] = &[
        page::ALL,
        uncertainty::ALL,
        embed::ALL,
        share::ALL,
        barrier::ALL,
        export::ALL,
        trajectory::ALL,
        deeper::ALL,
    ];
    modules
        .iter()
        .flat_map(|texts| texts.iter().copied())
        .collect()
}

/// The interface texts shown only on demand, in menus and dialogs the reader opens (the Embed
/// dialog, the Share menu, the ranges editor) or after an action (import and export messages,
/// the exports' labels, the chart image's caption): like the model's
/// ([`crate::model::deferred_en_texts`]), their English is loaded after the page starts
/// (`crates/model/deferred-en.txt`). Never a text on the page at first render
/// (`tests/web_first_render.rs`).
pub fn deferred_texts() -> Vec<Text> {
    use self::{embed as e, export as x, share as s, uncertainty as u};
    let mut texts = vec![
        e::EMBED_TITLE,
        e::EMBED_INTRO,
        e::EMBED_SHOW,
        e::EMBED_PLAIN,
        e::EMBED_THEME,
        e::THEME_AUTO,
        e::THEME_LIGHT,
        e::THEME_DARK,
        e::EMBED_TRANSPARENT,
        e::EMBED_HEIGHT,
        e::EMBED_HEIGHT_HELP,
        e::EMBED_CODE,
        e::EMBED_VARIANT,
        e::EMBED_VARIANT_SCRIPT,
        e::EMBED_VARIANT_IFRAME,
        e::EMBED_COPY,
        e::EMBED_COPIED,
        e::EMBED_COPY_BLOCKED,
        e::EMBED_PREVIEW,
        e::EMBED_PREVIEW_TITLE,
        e::EMBED_VARIANT_AMP,
        e::EMBED_VARIANT_IMAGE,
        e::EMBED_AMP_MORE,
        e::EMBED_WORDS,
        e::EMBED_HEADING,
        e::EMBED_STANDFIRST,
        e::EMBED_STATIC,
        e::EMBED_INPUTS,
        e::EMBED_MEASURED,
        e::EMBED_IMAGE,
        e::EMBED_IMAGE_HELP,
        e::EMBED_IMAGE_MAKE,
        e::EMBED_IMAGE_SIZE,
        e::EMBED_IMAGE_DOWNLOAD,
        e::EMBED_ALT,
        e::EMBED_IMAGE_URL,
        e::EMBED_IMAGE_SOURCE,
        e::PANEL_TOTAL,
        e::PANEL_LADDER,
        e::PANEL_TRAJECTORY,
        e::PANEL_UNCERTAINTY,
        e::PANEL_SENSITIVITY,
        e::PANEL_RULES,
        e::PANEL_BUDGET,
        e::PANEL_CATCHUP,
        s::SHARE_MENU,
        s::LINK_LABEL,
        s::LINK_NOTE,
        s::COPY_LINK,
        s::LINK_COPIED,
        s::COPY_BY_HAND,
        s::SHARE_NATIVE,
        s::SHARE_X,
        s::SHARE_LINKEDIN,
        s::SHARE_EMAIL,
        s::EMAIL_BODY,
        s::CITE,
        s::COPY_FORMAT,
        s::FORMAT_COPIED,
        s::QUOTE_NAME,
        s::COPY_QUOTE,
        s::QUOTE,
        // Drawn once the Export menu is opened (not `IMPORT`: its field's label is there at once).
        x::EXPORT_MENU,
        x::EXPORT_CSV,
        x::EXPORT_CSV_NOTE,
        x::EXPORT_JSON,
        x::EXPORT_JSON_NOTE,
        x::PRINT,
        x::EXPORT_DONE,
        x::IMPORT_DONE,
        x::IMPORT_NOT_OURS,
        x::IMPORT_NEWER,
        x::IMPORT_TOO_BIG,
        x::IMPORT_UNREADABLE,
        x::CHART_SOURCE,
        x::CHART_INPUTS,
        x::CHART_FAILED,
        x::OUT_LEVEL,
        x::OUT_FUNDABLE,
        x::OUT_VS_META,
        x::OUT_VS_UNIVERSITY,
        x::OUT_VS_CLUSTER,
        x::OUT_LICENCE_SHARE,
        x::OUT_LICENCE_DEALS,
        x::OUT_PROGRAMME,
        x::OUT_FIVE_YEARS,
        x::OUT_BEYOND_YEAR,
        x::OUT_P5,
        x::OUT_P50,
        x::OUT_P95,
        x::OUT_PINNED,
        x::SET_BUDGET,
        x::SET_HALVING,
        x::SET_GRID,
        x::OUT_CLOUD_COST,
        x::OUT_RULE_RATIO,
        x::OUT_RULE_CROSSED,
        x::OUT_RULE_COST_RATIO,
        x::OUT_DAYS_TO,
        x::OUT_BUDGET_FLOP,
        x::OUT_BUDGET_PARAMS,
        x::OUT_BUDGET_TOKENS,
        x::OUT_BUDGET_DAYS,
        x::OUT_CATCHUP_3Y,
        x::OUT_CATCHUP_YEAR,
        x::OUT_CO2,
        u::RANGES_NOTE,
        u::RANGE_LOW,
        u::RANGE_HIGH,
        u::RANGE_LOW_LABEL,
        u::RANGE_HIGH_LABEL,
        u::RANGE_INVALID,
        u::RANGES_RESET,
        u::COLUMN_VALUES,
    ];
    // The deeper panels are drawn by the on-demand module only.
    texts.extend_from_slice(deeper::ALL);
    texts
}

/// The table of deferred English texts the page loads after starting
/// (`crates/model/deferred-en.txt`): the model's texts and sources shown on demand and the
/// interface's ([`deferred_texts`]). Native only.
#[cfg(not(target_arch = "wasm32"))]
pub fn deferred_en_file() -> String {
    let texts: Vec<Text> = crate::model::deferred_en_texts()
        .into_iter()
        .chain(deferred_texts())
        .collect();
    crate::model::text::en_table::write(&texts, &crate::model::deferred_source_titles())
}

/// The table of Chinese texts the page loads (`static/zh-texts.txt`): every Chinese text of the
/// interface and the model. Native only (the page's own build has no Chinese compiled in).
#[cfg(not(target_arch = "wasm32"))]
pub fn zh_table_file() -> String {
    let texts: Vec<Text> = all_texts()
        .into_iter()
        .chain(crate::model::all_texts())
        .collect();
    crate::model::text::zh_table::write(texts.iter().map(|text| text.zh()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::has_cjk;

    /// A text that is a symbol or a proper name may be the same in both languages.
    fn language_neutral(text: &Text) -> bool {
        !text.en.chars().any(|c| c.is_ascii_alphabetic())
            || text.en == text.zh() && text.en.len() <= 12
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_table_of_chinese_texts_is_up_to_date_and_complete() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/zh-texts.txt");
        let file = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            file == zh_table_file(),
            "static/zh-texts.txt is out of date: cargo run --example zh_texts > static/zh-texts.txt"
        );
        // No two texts share an id.
        let texts: Vec<Text> = all_texts()
            .into_iter()
            .chain(crate::model::all_texts())
            .collect();
        for a in &texts {
            for b in &texts {
                let same_id =
                    crate::model::text::zh_id(a.zh()) == crate::model::text::zh_id(b.zh());
                assert!(
                    !same_id || a.zh() == b.zh(),
                    "{} and {} share an id",
                    a.zh(),
                    b.zh()
                );
            }
        }
        // The table of deferred English texts is up to date, and no text shown at once shares
        // an id with a deferred one (the interface's or the model's): each deferred id is as
        // often among the deferred texts as among all of them.
        let deferred_file = include_str!("../../crates/model/deferred-en.txt");
        assert!(
            deferred_file == deferred_en_file(),
            "crates/model/deferred-en.txt is out of date: cargo run --example deferred_en > crates/model/deferred-en.txt"
        );
        let count = |list: &[Text], zh: &str| list.iter().filter(|t| t.zh() == zh).count();
        let (web, web_deferred) = (all_texts(), deferred_texts());
        let (model, model_deferred) =
            (crate::model::all_texts(), crate::model::deferred_en_texts());
        for text in &web {
            let id = crate::model::text::zh_id(text.zh());
            let listed = count(&web_deferred, text.zh()) + count(&model_deferred, text.zh());
            assert_eq!(
                crate::model::text::table_has_id(deferred_file.as_bytes(), id),
                listed > 0,
                "{}",
                text.en
            );
            assert!(
                listed == 0
                    || count(&web_deferred, text.zh()) == count(&web, text.zh())
                        && count(&model_deferred, text.zh()) == count(&model, text.zh()),
                "{} shares its Chinese with a text shown at once",
                text.en
            );
        }
        // Every Chinese string literal of the page's and the model's code is in the table, so
        // that the page never falls back to English for a text the lists forgot. Literals the
        // code only compares with what people type (`万`, `自动`) are not texts.
        let known: Vec<&str> = texts.iter().map(|text| text.zh()).collect();
        let root = env!("CARGO_MANIFEST_DIR");
        let mut missing = Vec::new();
        for dir in ["src", "crates/model/src"] {
            for path in rust_files(&std::path::Path::new(root).join(dir)) {
                let name = path.to_string_lossy().into_owned();
                // Citations keep their own language (sources.rs); parse.rs reads what people type.
                if name.ends_with("parse.rs")
                    || name.ends_with("sources.rs")
                    || name.contains("tests")
                {
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                // Test modules come last in each file.
                let code = source.split("#[cfg(test)]").next().unwrap_or("");
                for literal in string_literals(code) {
                    // A language's own name is shown as it is whatever the page's language.
                    let own_name = literal == "中文";
                    if has_cjk(&literal) && !own_name && !known.contains(&literal.as_str()) {
                        missing.push(format!("{name}: {literal}"));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "Chinese literals outside the text lists: {missing:#?}"
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
        files
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// The contents of the plain string literals of some Rust code, escapes undone (`\"`, `\n`).
    fn string_literals(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '\'' => {
                    // A char literal ('"', '\'') or a lifetime: skip what could hide a quote.
                    let mut ahead = chars.clone();
                    match (ahead.next(), ahead.next(), ahead.next()) {
                        (Some('\\'), Some(_), Some('\'')) => {
                            chars.next();
                            chars.next();
                            chars.next();
                        }
                        (Some(_), Some('\''), _) => {
                            chars.next();
                            chars.next();
                        }
                        _ => {}
                    }
                }
                '"' => {
                    let mut literal = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => match chars.next() {
                                Some('n') => literal.push('\n'),
                                Some('\n') => {
                                    // A line continuation: the next line's indent is dropped.
                                    while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                        chars.next();
                                    }
                                }
                                Some(other) => literal.push(other),
                                None => {}
                            },
                            c => literal.push(c),
                        }
                    }
                    out.push(literal);
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_interface_text_is_translated() {
        for text in all_texts().into_iter().chain(crate::model::all_texts()) {
            assert!(!text.en.trim().is_empty(), "empty English text: {text:?}");
            assert!(
                !text.zh().trim().is_empty(),
                "missing Chinese for “{}”",
                text.en
            );
            if !language_neutral(&text) {
                assert!(
                    has_cjk(text.zh()),
                    "untranslated Chinese for “{}”: “{}”",
                    text.en,
                    text.zh()
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for text in all_texts().into_iter().chain(crate::model::all_texts()) {
            for i in 0..10 {
                let placeholder = format!("{{{i}}}");
                assert_eq!(
                    text.en.contains(&placeholder),
                    text.zh().contains(&placeholder),
                    "placeholder {placeholder} in “{}” / “{}”",
                    text.en,
                    text.zh()
                );
            }
        }
    }
}
