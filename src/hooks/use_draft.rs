//! One rule for every typed field (a parameter's number, the currency rate, the embed
//! height, the ends of the ranges): what the reader types is read at every keystroke; a
//! value it gives is committed at once, a text it cannot use stays with its message while
//! the value in force stays; leaving the field shows a committed value in its tidy form and
//! keeps a refused text; Escape gives the text up.
//!
//! The text is kept with the value in force just after it was typed, and shown only while
//! that value is still in force: a render while typing (a simulation arriving, the preview
//! reporting its size) leaves it under the cursor, and a value set elsewhere (a preset, a
//! slider, Back, an import) replaces it. Derived at render: no effect clears it.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the reader typed in one field.
#[derive(Clone, PartialEq)]
pub struct Draft<V> {
    /// Which field of the component (`0` for a component with one).
    field: usize,
    pub text: String,
    /// The text gave nothing usable: it stays, with its message, and so does the value.
    pub refused: bool,
    /// The value in force just after the text was typed.
    typed_against: V,
}

#[derive(PartialEq)]
struct Drafts<V>(Vec<Draft<V>>);

enum Change<V> {
    Typed(Draft<V>),
    /// The field lost the focus (`false`) or Escape was pressed (`true`).
    Done(usize, bool),
    Clear,
}

impl<V: Clone + PartialEq> Reducible for Drafts<V> {
    type Action = Change<V>;

    fn reduce(self: Rc<Self>, change: Change<V>) -> Rc<Self> {
        let mut drafts = self.0.clone();
        match change {
            Change::Typed(draft) => {
                drafts.retain(|d| d.field != draft.field);
                drafts.push(draft);
            }
            Change::Done(field, give_up) => {
                drafts.retain(|d| d.field != field || (d.refused && !give_up));
            }
            Change::Clear => drafts.clear(),
        }
        if drafts == self.0 {
            self
        } else {
            Rc::new(Drafts(drafts))
        }
    }
}

/// The drafts of one component's typed fields.
#[derive(Clone)]
pub struct UseDraft<V: Clone + PartialEq + 'static>(UseReducerHandle<Drafts<V>>);

/// A typed field's event handlers, to spread on its `<input>`.
pub struct DraftHandlers {
    pub oninput: Callback<InputEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// The drafts of a component's typed fields, all under the rule above.
#[hook]
pub fn use_draft<V: Clone + PartialEq + 'static>() -> UseDraft<V> {
    UseDraft(use_reducer(|| Drafts(Vec::new())))
}

impl<V: Clone + PartialEq + 'static> UseDraft<V> {
    /// The draft of `field`, while the value it was typed against is still in force.
    pub fn shown(&self, field: usize, in_force: &V) -> Option<&Draft<V>> {
        self.0
             .0
            .iter()
            .find(|d| d.field == field && d.typed_against == *in_force)
    }

    /// Gives up every draft (a reset of the whole table).
    pub fn clear(&self) {
        self.0.dispatch(Change::Clear);
    }

    /// The handlers of `field`: `read` gives the value a text commits and that is in force
    /// after it (`None`: the text is refused), `commit` puts it in force.
    pub fn handlers(
        &self,
        field: usize,
        in_force: V,
        read: impl Fn(&str) -> Option<V> + 'static,
        commit: impl Fn(V) + 'static,
    ) -> DraftHandlers {
        let drafts = self.0.dispatcher();
        let oninput = {
            let drafts = drafts.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let text = input.value();
                let value = read(&text);
                if let Some(value) = value.clone() {
                    commit(value);
                }
                drafts.dispatch(Change::Typed(Draft {
                    field,
                    text,
                    refused: value.is_none(),
                    typed_against: value.unwrap_or_else(|| in_force.clone()),
                }));
            })
        };
        let onblur = {
            let drafts = drafts.clone();
            Callback::from(move |_: FocusEvent| drafts.dispatch(Change::Done(field, false)))
        };
        let onkeydown = Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                drafts.dispatch(Change::Done(field, true));
            }
        });
        DraftHandlers {
            oninput,
            onblur,
            onkeydown,
        }
    }
}
