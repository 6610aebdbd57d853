//! The Embed button. Its dialog is in the on-demand module (`crate::later`), loaded on the
//! first click: a plain function, the button is all the first load carries.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::embed as t;
use crate::i18n::export::LATER_FAILED;

/// The button that opens the Embed dialog for the calculation `args` (`later::args`).
pub fn embed_launch(locale: &Locale, args: &str) -> Html {
    let onclick = {
        let args = args.to_string();
        let failed = locale.t(LATER_FAILED);
        Callback::from(move |event: MouseEvent| {
            let target: web_sys::Element = event.target_unchecked_into();
            let status = target
                .closest("[data-embed-open]")
                .ok()
                .flatten()
                .and_then(|button| button.next_element_sibling());
            if let Some(status) = &status {
                status.set_text_content(None);
            }
            crate::later::open_dialog(args.clone(), move || {
                if let Some(status) = status {
                    status.set_text_content(Some(failed));
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="button embed-launch" aria-haspopup="dialog" {onclick}
                data-embed-open="">
                <svg class="embed-launch-icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M5.5 4 1.5 8l4 4M10.5 4l4 4-4 4" />
                </svg>
                {locale.node(t::EMBED_OPEN)}
            </button>
            // Filled only when the dialog cannot load; never by the page's render.
            <span class="later-status" role="status"></span>
        </>
    }
}
