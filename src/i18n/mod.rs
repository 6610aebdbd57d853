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
pub mod embed;
pub mod export;
pub mod page;
pub mod share;
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
    ];
    modules
        .iter()
        .flat_map(|texts| texts.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::has_cjk;

    /// A text that is a symbol or a proper name may be the same in both languages.
    fn language_neutral(text: &Text) -> bool {
        !text.en.chars().any(|c| c.is_ascii_alphabetic())
            || text.en == text.zh && text.en.len() <= 12
    }

    #[test]
    fn every_interface_text_is_translated() {
        for text in all_texts().into_iter().chain(crate::model::all_texts()) {
            assert!(!text.en.trim().is_empty(), "empty English text: {text:?}");
            assert!(
                !text.zh.trim().is_empty(),
                "missing Chinese for “{}”",
                text.en
            );
            if !language_neutral(&text) {
                assert!(
                    has_cjk(text.zh),
                    "untranslated Chinese for “{}”: “{}”",
                    text.en,
                    text.zh
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
                    text.zh.contains(&placeholder),
                    "placeholder {placeholder} in “{}” / “{}”",
                    text.en,
                    text.zh
                );
            }
        }
    }
}
