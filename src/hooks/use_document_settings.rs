//! Keeps the document in step with the state: `<html lang>`, its title in that language, and
//! the forced light or dark theme.

use yew::prelude::*;

use crate::model::view::Theme;
use crate::model::Lang;

#[hook]
pub fn use_document_settings(lang: Lang, theme: Theme, transparent: bool) {
    use_effect_with((lang, theme, transparent), |(lang, theme, transparent)| {
        gloo::utils::document().set_title(crate::i18n::page::DOCUMENT_TITLE.get(*lang));
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute(
                "lang",
                match lang {
                    Lang::En => "en",
                    Lang::Zh => "zh-Hans",
                },
            );
            let _ = match theme {
                Theme::Auto => root.remove_attribute("data-theme"),
                Theme::Light => root.set_attribute("data-theme", "light"),
                Theme::Dark => root.set_attribute("data-theme", "dark"),
            };
            let _ = if *transparent {
                root.set_attribute("data-transparent", "")
            } else {
                root.remove_attribute("data-transparent")
            };
        }
    });
}
