//! Notices about the link the page was opened with: which values could not be used and why.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    if props.notices.is_empty() {
        return Html::default();
    }
    let on_dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::DismissNotices))
    };
    // Everything from the link is shown as text, never as HTML.
    html! {
        <section class="notices" data-notice="" aria-labelledby="notice-title">
            <h2 id="notice-title">{locale.t(t::NOTICE_TITLE)}</h2>
            <ul>
                { for props.notices.iter().map(|notice| html! {
                    <li data-notice-key={notice.key.clone()}>
                        {locale.fill(t::NOTICE_ITEM, &[&notice.key, &notice.given, &notice.used])}
                    </li>
                }) }
            </ul>
            <button type="button" class="button" onclick={on_dismiss}>{locale.t(t::DISMISS)}</button>
        </section>
    }
}
