//! Notices about the link the page was opened with: which values could not be used and why.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::i18n::share as link_texts;
use crate::model::link::{compact, MAX_PAIRS, MORE_NOTICES, PINNED_KEYS, TOO_MANY_PAIRS};
use crate::model::{ChipId, ParamKey};
use crate::state::{Action, Notice};

/// What a notice calls a link key: the parameter's or setting's name (`r.mfu`: the range of
/// the utilisation; `s2.n`: scenario 2's accelerators).
fn key_label(locale: &Locale, key: &str) -> Option<String> {
    let text = match key {
        "v" => link_texts::KEY_VERSION,
        "preset" => t::PRESET,
        "cur" => t::CURRENCY,
        "fx" => t::FX_RATE,
        "lang" => t::LANGUAGE,
        "unc" => crate::i18n::uncertainty::UNC_TOGGLE,
        compact::KEY => link_texts::KEY_COMPACT,
        "budget" => link_texts::KEY_BUDGET,
        "halving" => link_texts::KEY_HALVING,
        "grid" => link_texts::KEY_GRID,
        _ => {
            let param = |code: &str| {
                ParamKey::from_code(code).map(|param| param.meta().label.get(locale.lang))
            };
            let (head, rest) = key.split_once('.').unwrap_or((key, ""));
            if head == "r" {
                return Some(locale.fill(link_texts::KEY_RANGE, &[param(rest)?]));
            }
            if PINNED_KEYS.contains(&head) {
                let scenario = locale.fill(link_texts::KEY_SCENARIO, &[&head[1..]]);
                return Some(match key_label(locale, rest) {
                    Some(item) => format!("{scenario} · {item}"),
                    None => scenario,
                });
            }
            return param(key).map(str::to_string);
        }
    };
    Some(locale.t(text).to_string())
}

/// The key's name and the key itself.
fn key_name(locale: &Locale, key: &str) -> String {
    match key_label(locale, key) {
        Some(name) => format!("{name} ({key})"),
        None => key.to_string(),
    }
}

/// Stands for what the link said while the sentence is filled in: a noncharacter, which the
/// model's `echo` never leaves in a notice (a `char`: splitting on it needs no substring
/// search in the page's code).
const GIVEN: char = '\u{FFFF}';

/// A notice's sentence in three parts: the text before what the link said, what it said
/// (shown in a `<bdi>`: the reader's text is isolated from ours, so that right-to-left text in
/// it cannot reorder the sentence around it), and the text after.
fn notice_parts(locale: &Locale, notice: &Notice) -> (String, String, String) {
    if notice.key == TOO_MANY_PAIRS {
        let text = locale.fill(
            link_texts::NOTICE_TOO_MANY,
            &[&notice.given, &MAX_PAIRS.to_string()],
        );
        return (text, String::new(), String::new());
    }
    if notice.key == MORE_NOTICES {
        let text = locale.fill(link_texts::NOTICE_MORE, &[&notice.given]);
        return (text, String::new(), String::new());
    }
    let name = key_name(locale, &notice.key);
    // Nothing used instead: what the link said is left out.
    let mut buffer = [0; 4];
    let mark: &str = GIVEN.encode_utf8(&mut buffer);
    let text = if notice.used.is_empty() {
        locale.fill(link_texts::NOTICE_LEFT_OUT, &[&name, mark])
    } else {
        locale.fill(t::NOTICE_ITEM, &[&name, mark, &notice.used])
    };
    let (before, after) = text.split_once(GIVEN).unwrap_or((&text, ""));
    let mut after = after.to_string();
    // Notices of the same key and outcome, merged by the model into this one.
    if notice.more > 0 {
        after += &locale.fill(link_texts::NOTICE_MORE_LIKE_IT, &[&notice.more.to_string()]);
    }
    (before.to_string(), notice.given.clone(), after)
}

#[derive(PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    /// The accelerator in force: a refused precision is explained with the ones it has.
    pub chip: ChipId,
    pub dispatch: Callback<Action>,
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn notices(locale: &Locale, props: &NoticesProps) -> Html {
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
            <h2 id="notice-title">{locale.node(t::NOTICE_TITLE)}</h2>
            <ul>
                { for props.notices.iter().map(|notice| {
                    let (before, given, mut after) = notice_parts(locale, notice);
                    // A precision the chip in force lacks: name the ones it has.
                    let lacked = crate::model::params::Precision::from_code(&notice.given)
                        .filter(|precision| props.chip.spec().peak(*precision).is_none());
                    if let (true, Some(precision)) = (notice.key == ParamKey::TrainingPrecision.code(), lacked) {
                        let spec = props.chip.spec();
                        let separator = locale.t(crate::i18n::barrier::LIST_SEPARATOR);
                        after.push(' ');
                        after += &locale.fill(
                            t::ERR_PRECISION,
                            &[spec.name, precision.name(), &spec.precisions_joined(separator)],
                        );
                    }
                    html! {
                        <li data-notice-key={notice.key.clone()}>{crate::format::text_node(before)}<bdi>{crate::format::text_node(given)}</bdi>{crate::format::text_node(after)}</li>
                    }
                }) }
            </ul>
            <button type="button" class="button" onclick={on_dismiss}>{locale.node(t::DISMISS)}</button>
        </section>
    }
}
