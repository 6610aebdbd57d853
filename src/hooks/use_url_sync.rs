//! Keeps the address in step with the state: edits rewrite the current history entry (the
//! first at once, the next ones after a quiet time or when the page is hidden or left),
//! choosing a preset or an undoable action adds an entry, and Back or Forward restores an
//! entry's state.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::model::link;
use crate::state::{read_query, Action};

/// Quiet time after the last edit before the address is rewritten again: typing stays
/// smooth, and Safari throws after 100 history calls in 30 seconds.
const DEBOUNCE_MS: u32 = 250;

/// The browser's preferred languages (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Inside a frame, new history entries would hijack the host page's Back button.
fn framed() -> bool {
    super::parent_window().is_some()
}

/// Writes a query to the address, keeping the path and any `#fragment`.
fn write(query: &str, push: bool) {
    let window = gloo::utils::window();
    let hash = window.location().hash().unwrap_or_default();
    // With the path: a pre-rendered page in a folder (`/gpt-4/`) has `<base href="../">`,
    // against which a bare `?query` would lead to another page.
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}?{query}{hash}");
    if let Ok(history) = window.history() {
        // A refused write (sandboxed frames may refuse) leaves the address as it was.
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// What the hook remembers between renders: queries, never the state itself.
#[derive(Default)]
struct AddressSync {
    /// The query the current history entry says (as last written or restored).
    written: String,
    /// The query of what the page shows.
    shown: String,
    generation: u32,
    /// The query waiting for the quiet time, and its timer (dropping it cancels it).
    pending: Option<String>,
    timer: Option<Timeout>,
}

impl AddressSync {
    fn cancel(&mut self) {
        self.pending = None;
        self.timer = None;
    }

    /// Writes the query waiting for the quiet time now, if there is one.
    fn flush(&mut self) {
        self.timer = None;
        if let Some(pending) = self.pending.take() {
            write(&pending, false);
            self.written = pending;
        }
    }
}

/// Syncs the address with `query` (the link of what the page shows); a new `generation`
/// adds a history entry (none in embeds and frames). `dispatch` receives
/// [`Action::Restore`] on Back/Forward. The address is left as opened until the reader
/// changes something.
#[hook]
pub fn use_url_sync(query: String, generation: u32, embed: bool, dispatch: Callback<Action>) {
    let sync = {
        let query = query.clone();
        use_mut_ref(move || AddressSync {
            written: query.clone(),
            shown: query,
            generation,
            ..AddressSync::default()
        })
    };

    {
        let sync = sync.clone();
        use_effect_with((query, generation), move |(query, generation)| {
            let mut current = sync.borrow_mut();
            current.shown = query.clone();
            if *generation != current.generation {
                current.generation = *generation;
                // An edit still waiting belongs to the entry being left.
                current.flush();
                write(query, !embed && !framed());
                current.written = query.clone();
            } else if *query == current.written {
                current.cancel();
            } else {
                // The first edit after a quiet time is written at once (a reload or a copy
                // of the address a moment later has it); the next ones wait for the quiet
                // time, which then writes the last.
                if current.timer.is_none() {
                    write(query, false);
                    current.written = query.clone();
                } else {
                    current.pending = Some(query.clone());
                }
                let sync = sync.clone();
                current.timer = Some(Timeout::new(DEBOUNCE_MS, move || {
                    sync.borrow_mut().flush();
                }));
            }
        });
    }

    use_effect_with((), move |_| {
        let (window, document) = (gloo::utils::window(), gloo::utils::document());
        // A reload, a closed tab or a copied address right after an edit: the address says
        // it at once rather than after the quiet time.
        let flushers = ["pagehide", "visibilitychange", "blur"].map(|event| {
            let sync = sync.clone();
            let target: &web_sys::EventTarget = if event == "visibilitychange" {
                document.as_ref()
            } else {
                window.as_ref()
            };
            EventListener::new(target, event, move |_| sync.borrow_mut().flush())
        });
        let popstate = EventListener::new(&window, "popstate", move |_| {
            let search = crate::page_query();
            let languages = browser_languages();
            let (restored, notices) = read_query(&search, languages.iter().map(String::as_str));
            let query = link::encode(&restored);
            let mut current = sync.borrow_mut();
            if query == current.written || query == current.shown {
                // Same state (a `#fragment` link was followed): keep what is shown, and
                // let this entry say it.
                if current.shown != current.written {
                    let shown = current.shown.clone();
                    write(&shown, false);
                    current.written = shown;
                }
                current.cancel();
                return;
            }
            current.cancel();
            current.written = query;
            drop(current);
            dispatch.emit(Action::Restore(Box::new(restored), notices));
        });
        move || drop((flushers, popstate))
    });
}
