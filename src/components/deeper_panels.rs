//! The on-demand module's root for the deeper barrier panels (issue 19): the page's
//! calculation, passed as its language and link query (`later::args`), decoded with the same
//! codec and model as the page's, evaluated once (`model::deeper`), and drawn as the panels the
//! page asks for: the rules the run triggers, what a budget buys, when followers catch up (with
//! the carbon of the runs). The page owns the link: a setting the reader changes goes back
//! through `on_change`, and the page answers with new `args`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::budget_panel::BudgetPanel;
use crate::components::catchup_panel::CatchupPanel;
use crate::components::rules_panel::RulesPanel;
use crate::components::{decode_args, locale_of};
use crate::format::Locale;
use crate::model::deeper;
use crate::model::evaluate;
use crate::model::view::Panel;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct DeeperPanelsProps {
    /// The page's language, a line break, and the calculation's link query (as `later::args` builds it).
    pub args: AttrValue,
    /// The panels to draw, as `show=` codes joined by `~` (`rules~budget~catchup`); empty = all three.
    pub panels: AttrValue,
    /// A setting changed by the reader: (link key, text), e.g. ("budget", "5e8"), ("halving", "6"), ("grid", "fr"); the page applies it and sends new args.
    pub on_change: Callback<(String, String)>,
    /// Whether the reader can change settings (false in results-only embeds: show values, no fields).
    #[prop_or(true)]
    pub interactive: bool,
}

/// The panels this module draws, in page order.
const DEEPER: [Panel; 3] = [Panel::Rules, Panel::Budget, Panel::Catchup];

/// Which of the three panels `codes` asks for, in page order (codes of other panels and
/// unknown ones are ignored; none of the three, all three).
pub fn chosen_panels(codes: &str) -> Vec<Panel> {
    let asked: Vec<Panel> = codes.split('~').filter_map(Panel::from_code).collect();
    let chosen: Vec<Panel> = DEEPER
        .into_iter()
        .filter(|panel| asked.contains(panel))
        .collect();
    if chosen.is_empty() {
        DEEPER.to_vec()
    } else {
        chosen
    }
}

#[component]
pub fn DeeperPanels(props: &DeeperPanelsProps) -> Html {
    let mut state = decode_args(&props.args);
    // The page's language comes first in `args`: a link that does not say its language (most
    // do not) is read in English by the codec, while the reader sees the page in theirs.
    if let Some(lang) = props
        .args
        .split_once('\n')
        .and_then(|(lang, _)| Lang::from_code(lang))
    {
        state.link.lang = lang;
    }
    let locale = locale_of(&state);
    let link = &state.link;
    let edition = link.edition();
    let params = link.scenario.params;
    let outputs = evaluate(&params);
    // Computed once: every panel reads the same numbers the exports and golden links do.
    let results = Rc::new(deeper::evaluate(&params, &outputs, link.deeper, edition));
    let panels = chosen_panels(&props.panels);
    let interactive = props.interactive;
    let on_change = props.on_change.clone();

    let sections = panels.into_iter().map(|panel| match panel {
        Panel::Rules => html! {
            <RulesPanel deeper={results.clone()} />
        },
        Panel::Budget => html! {
            <BudgetPanel deeper={results.clone()} version={edition.version}
                months={params.months} {interactive} on_change={on_change.clone()} />
        },
        _ => html! {
            <CatchupPanel deeper={results.clone()}
                energy_mwh={outputs.energy_mwh.get()} {interactive} on_change={on_change.clone()} />
        },
    });
    html! {
        <ContextProvider<Locale> context={locale}>
            <div class="deeper-panels">
                { for sections }
            </div>
        </ContextProvider<Locale>>
    }
}
