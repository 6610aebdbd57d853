//! The calculator page: one state, results derived from it, and the layout of the panels.

use yew::prelude::*;

use crate::components::{
    BarrierPanel, BarrierVerdict, Breakdown, Headline, KeyFigures, LiveSummary, Notices,
    ParamGroup, PresetBar, SettingsBar, SiteFooter, Warnings,
};
use crate::format::Locale;
use crate::hooks::use_document_settings;
use crate::i18n::page as t;
use crate::model::view::Panel;
use crate::model::{evaluate, Group};
use crate::state::{Action, AppState};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to open on (from the link and the browser's language).
    pub initial: AppState,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let initial = props.initial.clone();
        use_reducer(move || initial)
    };
    // Results are derived from the parameters, never stored.
    let outputs = use_memo(state.scenario.params, evaluate);
    let locale = Locale {
        lang: state.lang,
        currency: state.currency,
        fx: state.fx,
    };
    use_document_settings(state.lang, state.view.theme, state.view.transparent);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let scenario = state.scenario;
    let view = &state.view;

    html! {
        <ContextProvider<Locale> context={locale}>
            <div class={classes!("app", view.embed.then_some("is-embed"), view.plain.then_some("is-plain"))}>
                if !view.embed {
                    <header class="masthead">
                        <p class="kicker">{locale.t(t::APP_KICKER)}</p>
                        <h1>{locale.t(t::APP_TITLE)}</h1>
                        <p class="dek">{locale.t(t::APP_DEK)}</p>
                        <SettingsBar dispatch={dispatch.clone()} />
                    </header>
                }
                <Notices notices={state.notices.clone()} dispatch={dispatch.clone()} />
                <main class="layout">
                    if !view.plain {
                        <section class="inputs" aria-label={locale.t(t::INPUTS)}>
                            <PresetBar {scenario} dispatch={dispatch.clone()} />
                            { for Group::ALL.into_iter().map(|group| html! {
                                <ParamGroup key={group.code()} {group} {scenario}
                                    outputs={outputs.clone()} dispatch={dispatch.clone()} />
                            }) }
                        </section>
                    }
                    <section class="results" aria-label={locale.t(t::RESULTS)}>
                        <div class="results-inner">
                            <Headline outputs={outputs.clone()} mode={scenario.params.mode} />
                            if view.shows(Panel::Barrier) {
                                <BarrierVerdict capital={outputs.capital.get()} />
                            }
                            <Warnings warnings={outputs.warnings.clone()} />
                            <Breakdown outputs={outputs.clone()} />
                            <KeyFigures outputs={outputs.clone()} />
                        </div>
                    </section>
                </main>
                <BarrierPanel params={scenario.params} outputs={outputs.clone()}
                    year={scenario.preset.year} view={view.clone()} />
                if !view.embed {
                    <SiteFooter />
                }
                <LiveSummary outputs={outputs.clone()} accelerators={scenario.params.accelerators} />
            </div>
        </ContextProvider<Locale>>
    }
}
