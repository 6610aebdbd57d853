//! The on-demand module's root for the Embed dialog: the page's calculation, passed as its
//! language and link query (`later::args`), decoded with the same codec and model as the
//! page's, and the dialog for it.

use yew::prelude::*;

use crate::components::{summary, EmbedDialog};
use crate::format::Locale;
use crate::model::evaluate;
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub struct EmbedRootProps {
    /// The page's language, a line break, and the calculation's query.
    pub args: AttrValue,
    pub on_closed: Callback<()>,
}

/// The state `args` stands for: a language and a calculation.
pub fn decode_args(args: &str) -> AppState {
    let (lang, query) = args.split_once('\n').unwrap_or(("en", args));
    AppState::from_query(query, [lang])
}

/// The page's locale for `state` (its texts are loaded before anything mounts).
pub fn locale_of(state: &AppState) -> Locale {
    Locale {
        lang: state.link.lang,
        currency: state.link.currency,
        fx: state.link.fx,
        texts: Locale::ALL_TEXTS,
    }
}

#[component]
pub fn EmbedRoot(props: &EmbedRootProps) -> Html {
    let state = decode_args(&props.args);
    let locale = locale_of(&state);
    let scenario = state.link.scenario;
    let outputs = evaluate(&scenario.params);
    let sentence = summary(&locale, &outputs, scenario.params.accelerators);
    let query = props.args.split_once('\n').map_or("", |(_, query)| query);
    html! {
        <ContextProvider<Locale> context={locale}>
            <EmbedDialog query={AttrValue::from(query.to_string())} {scenario}
                summary={AttrValue::from(sentence)} on_closed={props.on_closed.clone()} />
        </ContextProvider<Locale>>
    }
}
