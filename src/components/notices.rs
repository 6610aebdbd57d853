//! Notices about the link the page was opened with: which values could not be used and why.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::i18n::share as link_texts;
use crate::model::link::{compact, MAX_PAIRS, TOO_MANY_PAIRS};
use crate::model::ParamKey;
use crate::state::{Action, Notice};

/// What a notice calls a link key: the parameter's or setting's name, and the key itself.
fn key_name(locale: &Locale, key: &str) -> String {
    let name = match key {
        "v" => Some(locale.t(link_texts::KEY_VERSION)),
        "preset" => Some(locale.t(t::PRESET)),
        "cur" => Some(locale.t(t::CURRENCY)),
        "fx" => Some(locale.t(t::FX_RATE)),
        "lang" => Some(locale.t(t::LANGUAGE)),
        compact::KEY => Some(locale.t(link_texts::KEY_COMPACT)),
        _ => ParamKey::from_code(key).map(|param| param.meta().label.get(locale.lang)),
    };
    match name {
        Some(name) => format!("{name} ({key})"),
        None => key.to_string(),
    }
}

fn notice_text(locale: &Locale, notice: &Notice) -> String {
    if notice.key == TOO_MANY_PAIRS {
        return locale.fill(
            link_texts::NOTICE_TOO_MANY,
            &[&notice.given, &MAX_PAIRS.to_string()],
        );
    }
    locale.fill(
        t::NOTICE_ITEM,
        &[&key_name(locale, &notice.key), &notice.given, &notice.used],
    )
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    if props.notices.is_empty() {
        return Html::default();
    }
    let on_dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::DismissNotices))
    };
    // Everything from the link is shown as text, never as HTML.
    html! {
        <section class="notices" data-notice="" aria-labelledby="notice-title">
            <h2 id="notice-title">{locale.t(t::NOTICE_TITLE)}</h2>
            <ul>
                { for props.notices.iter().map(|notice| html! {
                    <li data-notice-key={notice.key.clone()}>
                        {notice_text(&locale, notice)}
                    </li>
                }) }
            </ul>
            <button type="button" class="button" onclick={on_dismiss}>{locale.t(t::DISMISS)}</button>
        </section>
    }
}
