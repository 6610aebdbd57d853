//! The Undo offer: after a one-click action (reset to preset, remove or load a pinned
//! scenario, reset the ranges), a button that undoes it for a few seconds (see
//! [`crate::hooks::use_undo`], which also serves Ctrl/Cmd+Z).
//!
//! A plain function, not a component: its few seconds are the page's hook, and a component
//! type costs readers about a kilobyte.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::state::{Action, Undoable};

/// The offer, `shown` or not. The polite status region is always there, so that what
/// appears in it is announced; it floats over the page, so that nothing moves when it does.
pub fn undo_offer(locale: &Locale, shown: Option<Undoable>, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="undo-offer" role="status">
            if let Some(what) = shown {
                <div class="undo-box">
                    <span>{locale.t(done_text(what))}</span>
                    <button type="button" class="button button-primary" data-undo=""
                        onclick={dispatch.reform(|_: MouseEvent| Action::Undo)}>
                        {locale.t(t::UNDO)}
                    </button>
                </div>
            }
        </div>
    }
}

/// What was just done, in words.
fn done_text(what: Undoable) -> crate::model::Text {
    match what {
        Undoable::ResetToPreset => t::DONE_RESET,
        Undoable::Unpin => t::DONE_UNPIN,
        Undoable::LoadPinned => t::DONE_LOAD,
        Undoable::ResetRanges => t::DONE_RANGES,
    }
}
