//! The footer: how it is calculated, what changed between versions, the seed article, privacy
//! and the full list of sources.

use yew::prelude::*;

use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::sources;

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm). The list of sources (about 270 elements) is drawn once the
/// reader first opens it (`sources_opened`, `on_open`: `hooks::use_opened`), not in
/// the page's first render; the pre-rendered pages link to a page of its own instead.
pub fn site_footer(locale: &Locale, sources_opened: bool, on_open: &Callback<Event>) -> Html {
    html! {
        <footer class="site-footer">
            <section aria-labelledby="method-title">
                <h2 id="method-title">{locale.node(t::METHOD)}</h2>
                <p>{locale.node(t::METHOD_TEXT)}</p>
                <p><a href="methodology.html">{locale.node(t::METHOD_LINK)}</a></p>
                <p><a href="changes.html" data-link="changes">{locale.node(t::CHANGES_LINK)}</a></p>
                <p>{locale.node(t::SEED_CREDIT)}</p>
            </section>
            <details class="all-sources" ontoggle={on_open.clone()}>
                <summary>{locale.node(t::SOURCES)}</summary>
                if sources_opened {
                    <ol>
                        { for sources::ALL.iter().map(|source| html! {
                            <li id={format!("source-{}", source.id)}>{source_line(locale, source)}</li>
                        }) }
                    </ol>
                }
            </details>
            <p class="privacy">{locale.node(t::FOOTER_OPEN)}</p>
        </footer>
    }
}
