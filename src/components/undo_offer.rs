//! The Undo offer: after a one-click action (reset to preset, remove or load a pinned
//! scenario, reset the ranges), a button that undoes it for a few seconds; Ctrl/Cmd+Z outside
//! a text field ([`use_undo_keys`]) undoes it for as long as nothing else has changed.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::format::Locale;
use crate::hooks::use_undo_keys;
use crate::i18n::page as t;
use crate::state::{Action, Undoable};

/// How long the button stays: long enough to notice, short enough not to linger.
const SHOWN_MS: u32 = 6000;

#[derive(Properties, PartialEq)]
pub struct UndoOfferProps {
    /// What can be undone now, if anything.
    pub what: Option<Undoable>,
    /// The history generation: each undoable action has its own, and shows the button afresh.
    pub generation: u32,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn UndoOffer(props: &UndoOfferProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    // The generation whose button has timed out. Only the button goes: Ctrl/Cmd+Z still
    // undoes while nothing else has changed.
    let expired = use_state(|| None::<u32>);
    {
        let expired = expired.clone();
        use_effect_with(
            (props.generation, props.what.is_some()),
            move |(generation, offered)| {
                let generation = *generation;
                let timer =
                    offered.then(|| Timeout::new(SHOWN_MS, move || expired.set(Some(generation))));
                move || drop(timer)
            },
        );
    }
    use_undo_keys(props.dispatch.clone());
    let shown = props.what.filter(|_| *expired != Some(props.generation));
    let on_undo = props.dispatch.reform(|_: MouseEvent| Action::Undo);
    // The polite status region is always there, so that what appears in it is announced; it
    // floats over the page, so that nothing moves when it appears.
    html! {
        <div class="undo-offer" role="status">
            if let Some(what) = shown {
                <div class="undo-box">
                    <span>{locale.t(done_text(what))}</span>
                    <button type="button" class="button button-primary" data-undo="" onclick={on_undo}>
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
