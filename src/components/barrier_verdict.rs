//! The verdict beside the headline: the barrier level on its five-step scale and one or two
//! sentences a journalist can quote.
//!
//! A plain function, not a component: a component type costs readers about half a kilobyte of
//! download, and this one has no state of its own (it is redrawn with the results anyway).

use yew::prelude::*;

use crate::components::barrier_panel::SECTION_ID;
use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::barrier::{self as t, verdict_text};
use crate::model::barrier::verdict;
use crate::model::barrier::BarrierOut;
use crate::model::edition::Edition;
use crate::model::units::Usd;

/// A pre-rendered page in a folder has `<base href="../">`, against which `#id` would lead to
/// another page: the fragment is set on this page's own address. The whole page is laid out
/// first (no more `fc-lazy`, see lib.rs `mount`): the jump passes sections not drawn yet, which
/// would take their own heights later, above the reader (a browser without scroll anchoring
/// would then move what they read).
fn follow_fragment(event: MouseEvent) {
    event.prevent_default();
    if let Some(app) = gloo::utils::document().get_element_by_id("app") {
        let _ = app.remove_attribute("class");
    }
    let _ = gloo::utils::window().location().set_hash(SECTION_ID);
}

pub fn barrier_verdict(locale: &Locale, edition: &'static Edition, capital: f64) -> Html {
    let verdict = verdict(edition, Usd(capital));
    let levels = edition.levels;
    let level = verdict.level;
    let name = locale.t(levels[usize::from(level)].name);
    // As u32: the page formats no u8 (each integer type's formatting is code of its own).
    let index = u32::from(level).to_string();
    html! {
        <section class={format!("verdict level-{index}")} aria-labelledby="verdict-title">
            <h2 id="verdict-title" class="section-label">{locale.node(t::VERDICT_LABEL)}</h2>
            <div class="verdict-head">
                <span class="level-meter" aria-hidden="true">
                    { for levels.iter().map(|step| html! {
                        <span class={if step.index <= level { "level-meter-step is-on" } else { "level-meter-step" }}></span>
                    }) }
                </span>
                <p class="verdict-level">
                    {output(BarrierOut::Level.code(), f64::from(level), name, None, "verdict-level-name")}
                    <span class="verdict-level-index">{locale.fill_node(t::LEVEL_BADGE, &[&index])}</span>
                </p>
            </div>
            <p class="verdict-text">{verdict_text(locale, &verdict)}</p>
            // The verdict is shown with the barrier panel, so the section it links to is there.
            <a class="verdict-more" href={format!("#{SECTION_ID}")} onclick={follow_fragment}>{locale.node(t::SEE_LADDER)}</a>
        </section>
    }
}
