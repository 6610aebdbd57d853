//! Crash switches for the end-to-end tests of the panic screen, compiled only with the
//! `test-hooks` feature (the tests' second build, `target/dist-test`); the shipping build has
//! none. Read from the `__panic` key itself, never from anywhere in the query.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;

/// `?__panic=1`: a panic just after start-up, with no action of the reader (as a link that
/// crashes the app would cause); `?__panic=input`: a panic in the event handler of the first
/// edit.
pub fn arm() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let Ok(query) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    match query.get("__panic").as_deref() {
        Some("1") => {
            Timeout::new(50, || panic!("requested by ?__panic=1")).forget();
        }
        Some("input") => {
            let document = gloo::utils::document();
            EventListener::new(&document, "input", |_| {
                panic!("requested by ?__panic=input")
            })
            .forget();
        }
        _ => {}
    }
}
