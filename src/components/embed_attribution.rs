//! The small line under an embed: the calculator's name and a link to the full calculator
//! with the same calculation (without the embed's render flags).

use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::embed::{self, Field};
use crate::format::Locale;
use crate::hooks::{parent_window, to_js};
use crate::i18n::embed as t;
use crate::i18n::page;
use crate::model::edition::Edition;

/// The calculator's public address without query: the canonical link when absolute (set at
/// build time from `PUBLIC_URL`), else where this page is served from.
pub fn public_base() -> String {
    let document = gloo::utils::document();
    let canonical = document
        .query_selector("link[rel=canonical]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"));
    let location = gloo::utils::window().location();
    let base = embed::public_base(
        canonical.as_deref(),
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
    );
    // A pre-rendered page in a folder (`/gpt-4/`, `<base href="../">`): the calculator is
    // the base's folder, where its files are.
    let folder = document
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("href"));
    match folder.and_then(|href| web_sys::Url::new_with_base(&href, &base).ok()) {
        Some(url) => url.href(),
        None => base,
    }
}

/// The full calculator with a calculation (a link query without render flags).
pub fn full_calculator_href(query: &str) -> String {
    embed::full_calculator_href(&public_base(), query)
}

/// Opens the full calculator; see [`embed_attribution`].
fn open_full_calculator(event: MouseEvent) {
    let Some(link) = event
        .current_target()
        .and_then(|target| target.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    let href = link.href();
    // WordPress shows embeds in sandboxed frames that cannot open tabs; its host script
    // opens the link itself when asked with the frame's secret.
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let (Some(parent), Some(secret)) = (parent_window(), embed::wordpress_secret(&hash)) {
        event.prevent_default();
        let message = embed::wordpress_message("link", Field::Text(href), &secret);
        let _ = parent.post_message(&to_js(&message), "*");
    }
}

/// The attribution line of an embed (a plain function: it has no state of its own): the
/// calculator's name, the date of its figures and the full calculator with the same
/// calculation (`query`, a link without render flags). A static embed has nothing to focus:
/// the address is spelt out instead.
pub fn embed_attribution(locale: &Locale, query: &str, edition: &Edition, is_static: bool) -> Html {
    let href = full_calculator_href(query);
    html! {
        <footer class="embed-attribution">
            <span class="embed-name">{locale.node(t::EMBED_NAME)}</span>
            <span class="embed-as-of" data-as-of={edition.as_of}>
                {locale.fill_node(page::EDITION_AS_OF, &[edition.as_of, &edition.version.to_string()])}
            </span>
            if is_static {
                <span class="embed-address">{crate::format::string_node(href.split_once("://").map_or(href.as_str(), |(_, rest)| rest).to_string())}</span>
            } else {
                <a {href} target="_blank" rel="noopener"
                    onclick={Callback::from(open_full_calculator)} data-full-calculator="">
                    {locale.node(t::EMBED_OPEN_FULL)}
                    <span class="visually-hidden">{" "}{locale.node(t::EMBED_NEW_TAB)}</span>
                </a>
            }
        </footer>
    }
}
