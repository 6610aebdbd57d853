//! If the app ever panics, the reader sees a short message and a reload link instead of a
//! frozen page. The release build aborts on panic, so this runs from the panic hook, before
//! the abort, and only touches the DOM directly.

use crate::i18n::page as t;
use crate::model::Lang;

/// Installs the panic hook. Called once, first thing at start-up.
pub fn install() {
    // Through Yew: it replaces any other hook when the app is rendered.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("frontier-cost: {info}").into());
        show();
    }));
}

/// Puts the message on the page (once).
pub fn show() {
    let document = gloo::utils::document();
    if document.get_element_by_id("panic-screen").is_some() {
        return;
    }
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(code.split('-').next().unwrap_or("")))
        .unwrap_or_default();
    let build = || -> Option<()> {
        let screen = document.create_element("div").ok()?;
        screen.set_id("panic-screen");
        screen.set_class_name("panic-screen");
        screen.set_attribute("role", "alert").ok()?;
        let title = document.create_element("h2").ok()?;
        title.set_text_content(Some(t::PANIC_TITLE.get(lang)));
        let text = document.create_element("p").ok()?;
        text.set_text_content(Some(t::PANIC_TEXT.get(lang)));
        let reload = document.create_element("a").ok()?;
        reload.set_class_name("button button-primary");
        let href = gloo::utils::window().location().href().ok()?;
        reload.set_attribute("href", &href).ok()?;
        reload.set_text_content(Some(t::PANIC_RELOAD.get(lang)));
        screen.append_child(&title).ok()?;
        screen.append_child(&text).ok()?;
        screen.append_child(&reload).ok()?;
        document.body()?.prepend_with_node_1(&screen).ok()?;
        Some(())
    };
    let _ = build();
}
