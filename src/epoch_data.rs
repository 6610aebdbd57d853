//! Epoch AI's 82 cost estimates for version 2's trajectory chart. The page's WebAssembly does
//! not hold them (its first load is near its size limit): it fetches the data file the first
//! time the chart is shown, under the hashed name the build gives it in a `<meta>`. Native
//! builds (tests) have them compiled into the model.

use std::rc::Rc;

use crate::model::epoch_points::EpochPoint;

/// The points, or `None` when they could not be had.
pub type Points = Option<Rc<Vec<EpochPoint>>>;

/// Calls `then` with the points: at once when they are there, otherwise once loaded.
#[cfg(not(target_arch = "wasm32"))]
pub fn ensure_loaded(then: impl FnOnce(Points) + 'static) {
    then(Some(Rc::new(crate::model::epoch_points::all())));
}

#[cfg(target_arch = "wasm32")]
pub use page::ensure_loaded;

#[cfg(target_arch = "wasm32")]
mod page {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::prelude::*;

    use super::Points;
    use crate::model::epoch_points::parse;

    /// The `<meta>` naming the file (its name carries a hash of its content).
    const META_NAME: &str = "frontier-cost-epoch";
    /// The file's name when the page names none (a development build).
    const FALLBACK_FILE: &str = "epoch-points.tsv";

    /// The load's state: not started, under way (with who waits), or done.
    enum State {
        Idle,
        Loading(Vec<Box<dyn FnOnce(Points)>>),
        Done(Points),
    }

    thread_local! {
        static STATE: RefCell<State> = const { RefCell::new(State::Idle) };
    }

    /// Calls `then` with the points: at once when the load is done (a failed load gives
    /// `None`, and is not retried until the page reloads), otherwise when it is.
    pub fn ensure_loaded(then: impl FnOnce(Points) + 'static) {
        let mut then: Option<Box<dyn FnOnce(Points)>> = Some(Box::new(then));
        // What to do once the state is no longer borrowed: call `then`, or start the load.
        let (ready, first) = STATE.with(|state| match &mut *state.borrow_mut() {
            State::Done(points) => (Some(points.clone()), false),
            State::Loading(waiting) => {
                waiting.extend(then.take());
                (None, false)
            }
            idle @ State::Idle => {
                *idle = State::Loading(then.take().into_iter().collect());
                (None, true)
            }
        });
        if let (Some(points), Some(then)) = (ready, then) {
            then(points);
        }
        if first {
            start();
        }
    }

    fn start() {
        let done = Closure::once_into_js(|text: JsValue| {
            let points = text.as_string().and_then(|text| parse(&text)).map(Rc::new);
            if points.is_none() {
                web_sys::console::warn_1(
                    &"frontier-cost: Epoch AI's estimates did not load".into(),
                );
            }
            let waiting = STATE.with(|state| {
                match std::mem::replace(&mut *state.borrow_mut(), State::Done(points.clone())) {
                    State::Loading(waiting) => waiting,
                    _ => Vec::new(),
                }
            });
            for callback in waiting {
                callback(points.clone());
            }
        });
        crate::zh_texts::fetch_text(&file_name(), &done);
    }

    fn file_name() -> String {
        gloo::utils::document()
            .query_selector(&format!("meta[name=\"{META_NAME}\"]"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .unwrap_or_else(|| FALLBACK_FILE.to_string())
    }
}
