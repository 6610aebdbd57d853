//! Ctrl/Cmd+Z anywhere in the page outside a text field (where it undoes typing, as the
//! browser does) undoes the last undoable action.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::state::Action;

/// Where Ctrl/Cmd+Z belongs to the browser: the fields one types in (every text input of
/// the page says its type).
const TEXT_FIELDS: &str = "[type=text], [type=number], [type=search], textarea, [contenteditable]";

/// Sends [`Action::Undo`] to `dispatch` (stable for the page's life) on Ctrl/Cmd+Z.
#[hook]
pub fn use_undo_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        // Not passive: the browser's own Ctrl/Cmd+Z is prevented.
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let in_text_field = event
                    .target()
                    .and_then(|target| target.dyn_into::<Element>().ok())
                    .is_some_and(|element| element.matches(TEXT_FIELDS).unwrap_or(false));
                // With Shift it is "Z": redo, which is not ours.
                if (event.ctrl_key() || event.meta_key()) && event.key() == "z" && !in_text_field {
                    event.prevent_default();
                    dispatch.emit(Action::Undo);
                }
            });
        move || drop(listener)
    });
}
