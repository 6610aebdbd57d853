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
//!
//! Not generic: one copy of the hook's code serves every field ([`InForce`] says any value).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::currency::Currency;
use crate::model::uncertainty::Range;
use crate::model::Value;

/// A value in force, as bits: two values are the same when their bits are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InForce(u64, u64);

impl From<Value> for InForce {
    fn from(value: Value) -> InForce {
        match value {
            Value::Number(v) => InForce(0, v.to_bits()),
            Value::Auto => InForce(1, 0),
            // No typed field holds a choice.
            Value::Choice(_) => InForce(2, 0),
        }
    }
}

impl From<(Currency, f64)> for InForce {
    fn from((currency, rate): (Currency, f64)) -> InForce {
        InForce(currency as u64, rate.to_bits())
    }
}

impl From<Range> for InForce {
    fn from(range: Range) -> InForce {
        InForce(range.low.to_bits(), range.high.to_bits())
    }
}

impl From<Option<u32>> for InForce {
    fn from(height: Option<u32>) -> InForce {
        height.map_or(InForce(0, 0), |h| InForce(1, u64::from(h)))
    }
}

/// What the reader typed in one field.
#[derive(Clone, PartialEq)]
pub struct Draft {
    /// Which field of the component (`0` for a component with one).
    field: usize,
    pub text: String,
    /// The text gave nothing usable: it stays, with its message, and so does the value.
    pub refused: bool,
    /// The value in force just after the text was typed.
    typed_against: InForce,
}

#[derive(PartialEq)]
struct Drafts(Vec<Draft>);

enum Change {
    Typed(Draft),
    /// The field lost the focus (`false`) or Escape was pressed (`true`).
    Done(usize, bool),
    Clear,
}

impl Reducible for Drafts {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
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
pub struct UseDraft(UseReducerHandle<Drafts>);

/// A typed field's event handlers, to spread on its `<input>`.
pub struct DraftHandlers {
    pub oninput: Callback<InputEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
}

/// Reads a typed text and commits the value it gives; `None` when the text is refused.
type Commit = Rc<dyn Fn(&str) -> Option<InForce>>;

/// The drafts of a component's typed fields, all under the rule above.
#[hook]
pub fn use_draft() -> UseDraft {
    UseDraft(use_reducer(|| Drafts(Vec::new())))
}

impl UseDraft {
    /// The draft of `field`, while the value it was typed against is still in force.
    pub fn shown(&self, field: usize, in_force: impl Into<InForce>) -> Option<&Draft> {
        let in_force = in_force.into();
        self.0
             .0
            .iter()
            .find(|d| d.field == field && d.typed_against == in_force)
    }

    /// Gives up every draft (a reset of the whole table).
    pub fn clear(&self) {
        self.0.dispatch(Change::Clear);
    }

    /// The handlers of `field`, whose value in force is `in_force`: `commit` reads a text,
    /// puts the value it gives in force and returns it (`None`: the text is refused).
    pub fn handlers<V: Into<InForce>>(
        &self,
        field: usize,
        in_force: V,
        commit: impl Fn(&str) -> Option<V> + 'static,
    ) -> DraftHandlers {
        self.handlers_of(
            field,
            in_force.into(),
            Rc::new(move |text| commit(text).map(Into::into)),
        )
    }

    fn handlers_of(&self, field: usize, in_force: InForce, commit: Commit) -> DraftHandlers {
        let drafts = self.0.dispatcher();
        let oninput = {
            let drafts = drafts.clone();
            Callback::from(move |event: InputEvent| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let text = input.value();
                let committed = commit(&text);
                drafts.dispatch(Change::Typed(Draft {
                    field,
                    text,
                    refused: committed.is_none(),
                    typed_against: committed.unwrap_or(in_force),
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
