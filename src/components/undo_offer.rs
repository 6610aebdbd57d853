//! The Undo offer: after a one-click action (reset to preset, remove or load a pinned
//! scenario, reset the ranges), a button that undoes it for a few seconds; Ctrl/Cmd+Z does
//! too ([`crate::hooks::use_undo_keys`]) for as long as nothing else has changed.
//!
//! A plain function, not a component: the stylesheet times the few seconds (an animation
//! that hides it), so it needs no state, no timer and no component type (about a kilobyte).

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::state::{Action, Undoable};

/// The offer of what can be undone, if anything; `generation` (each undoable action has its
/// own) makes each offer a new element, whose animation starts afresh. The polite status
/// region is always there, so that what appears in it is announced; it floats over the
/// page, so that nothing moves when it does.
pub fn undo_offer(
    locale: &Locale,
    what: Option<Undoable>,
    generation: u32,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <div class="undo-offer" role="status">
            if let Some(what) = what {
                <div class="undo-box" key={generation}>
                    <span>{locale.node(done_text(what))}</span>
                    <button type="button" class="button button-primary" data-undo=""
                        onclick={dispatch.reform(|_: MouseEvent| Action::Undo)}>
                        {locale.node(t::UNDO)}
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
