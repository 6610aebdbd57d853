//! The quiet line an older link shows: whose figures these are, the same scenario with current
//! figures, and what changed between versions.
//!
//! A plain function, not a component: it has no state of its own.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::edition::LATEST_VERSION;
use crate::model::link::{self, LinkState};
use crate::state::Action;

/// Nothing for a state of the latest version, nor in an embed: an article's frame keeps exactly
/// what its author chose, height included (its "Open in full calculator" link leads to the page,
/// which says it). On the page the current figures replace the state, as a history entry of
/// their own (Back returns to the old figures).
pub fn edition_note(locale: &Locale, state: &LinkState, dispatch: &Callback<Action>) -> Html {
    let edition = state.edition();
    if edition.version >= LATEST_VERSION || state.view.embed {
        return Html::default();
    }
    let current = link::current_figures(&state.for_sharing()).state;
    let query = link::encode(&current);
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            // A plain click stays on the page; a middle or modified click opens a tab.
            if !(event.ctrl_key() || event.meta_key() || event.shift_key()) {
                event.prevent_default();
                dispatch.emit(Action::OpenCurrentFigures);
            }
        })
    };
    let version = edition.version.to_string();
    html! {
        <p class="edition-note" data-edition={version.clone()}>
            {locale.fill_node(t::EDITION_AS_OF, &[edition.as_of, &version])}
            {" · "}
            <a href={format!("?{query}")} {onclick} data-link="current-figures">
                {locale.node(t::OPEN_CURRENT_FIGURES)}
            </a>
            {" · "}
            <a href="changes.html" data-link="changes-note">
                {locale.node(t::WHAT_CHANGED)}
            </a>
        </p>
    }
}
