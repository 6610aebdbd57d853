//! The one polite live region: a one-sentence summary, announced after the reader pauses.

use yew::prelude::*;

use crate::format::Locale;
use crate::hooks::use_debounced;
use crate::i18n::page as t;
use crate::model::{CostLine, Outputs};

#[derive(Properties, PartialEq)]
pub struct LiveSummaryProps {
    /// The sentence of [`summary`], made once by the page (the Embed dialog's alt text too).
    pub sentence: AttrValue,
}

/// The summary sentence for some outputs.
pub fn summary(locale: &Locale, out: &Outputs, accelerators: f64) -> String {
    let largest = CostLine::ALL
        .into_iter()
        .max_by(|a, b| out.cost(*a).get().total_cmp(&out.cost(*b).get()))
        .unwrap_or(CostLine::Compute);
    locale.fill(
        t::SUMMARY,
        &[
            &locale.money(out.total.get()),
            &locale.money(out.capital.get()),
            largest.label().get(locale.lang),
            &locale.percent(out.share(largest)),
            &locale.plain(out.days_final.round()),
            &locale.plain(accelerators),
        ],
    )
}

#[component]
pub fn LiveSummary(props: &LiveSummaryProps) -> Html {
    let sentence = props.sentence.to_string();
    // Announce only once the reader has paused, never on every keystroke.
    let settled = use_debounced(sentence, 1200);
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" data-live-summary="">{crate::format::text_node(settled)}</div>
    }
}
