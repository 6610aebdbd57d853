//! The calculator page: one state, results derived from it, and the layout of the panels.

use yew::prelude::*;

use crate::components::{
    barrier_panel, barrier_verdict, breakdown, edition_note, embed_attribution, embed_inputs,
    embed_launch, export_menu, full_calculator_href, headline, key_figures, mini_total, notices,
    on_import, on_page_click, param_group, print_summary, site_footer, summary, tornado_chart,
    uncertainty_band, uncertainty_panel, undo_offer, warnings, BarrierPanelProps, LiveSummary,
    NoticesProps, ParamGroupProps, PresetBar, ScenarioCompare, SettingsBar, ShareMenu,
    TornadoChartProps, UncertaintyBandProps, UncertaintyPanelProps,
};
use crate::format::Locale;
use crate::hooks::{
    deeper_host, use_document_settings, use_embed_frame, use_later_panel, use_monte_carlo,
    use_undo_keys, use_url_sync, LaterPanel,
};
use crate::i18n::page as t;
use crate::model::link;
use crate::model::view::{Inputs, Panel};
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
    let outputs = use_memo(state.link.scenario.params, evaluate);
    // The tornado's swings, computed only while its panel is shown (an embed without it never
    // computes them).
    let swings = use_memo(
        (
            state.link.scenario.params,
            state.link.ranges,
            state.link.view.shows(Panel::Sensitivity),
        ),
        |(params, ranges, shown)| {
            if *shown {
                crate::model::uncertainty::tornado(params, ranges)
            } else {
                Vec::new()
            }
        },
    );
    // The simulation runs a moment after typing stops (see the hook).
    let simulation = use_monte_carlo(
        state.link.scenario.params,
        state.link.ranges,
        state.link.uncertainty && state.link.view.shows(Panel::Uncertainty),
    );
    // What the link says: the address follows it, and while it is what the page opened on, a
    // pre-rendered page's band and uncertainty panel stay as pre-rendered until the simulation
    // has run (see `takeover`).
    let query = link::encode(&state.link);
    let kept = use_memo((), |_| {
        let take = crate::takeover::take;
        (
            query.clone(),
            [
                take(crate::takeover::BAND),
                take(crate::takeover::UNCERTAINTY),
            ],
        )
    });
    let keep = simulation.is_none() && kept.0 == query;
    let [kept_band, kept_uncertainty] = kept.1.clone().map(|node| node.filter(|_| keep));
    // Chinese texts load on first use. The language switch waits for them; a state that turns
    // Chinese another way (Back, an imported file) shows them once they are there, every
    // component at once (the context changes).
    let zh_loaded = use_state(crate::model::text::zh_table::is_loaded);
    // The English of help and notes (shown only on demand) loads once the page has started;
    // the page is drawn again with it only if it asked for some before (see below).
    let notes_loaded = use_state(crate::model::text::en_table::is_loaded);
    let locale = Locale {
        lang: state.link.lang,
        currency: state.link.currency,
        fx: state.link.fx,
        // Each table arriving changes the context on its own (the deferred English only when
        // the page asked for some before it came): a Chinese page, whose citations keep their
        // English titles, may need either, in either order.
        texts: if *zh_loaded { Locale::ZH_TEXTS } else { 0 }
            | if *notes_loaded { Locale::EN_NOTES } else { 0 },
    };
    {
        let notes_loaded = notes_loaded.clone();
        use_effect_with((), move |_| {
            // Rendered: the loader's start-up watch (static/boot.js), the styles and the
            // pending mark of pre-rendered pages key on it.
            crate::mark_ready();
            if !*notes_loaded {
                crate::zh_texts::load_deferred_en(move |loaded| {
                    // Drawn again only when something drawn so far went without its text:
                    // with every help closed, nothing did, and a re-render of the whole page
                    // would be a long task for nothing (help opened later reads the table).
                    if loaded && crate::model::text::en_table::asked_early() {
                        notes_loaded.set(true);
                    }
                });
            }
        });
    }
    use_document_settings(
        state.link.lang,
        state.link.view.theme,
        state.link.view.transparent,
    );
    {
        let zh_loaded = zh_loaded.clone();
        use_effect_with(state.link.lang, move |lang| {
            if *lang == crate::model::Lang::Zh && !*zh_loaded {
                crate::zh_texts::ensure_loaded(move || zh_loaded.set(true));
            }
        });
    }
    // The footer's list of sources is drawn once the reader first opens it.
    let (sources_opened, open_sources) = crate::hooks::use_opened();
    // So are the ladder's list and sources, and the Export menu's actions.
    let (ladder_opened, open_ladder) = crate::hooks::use_opened();
    let (export_opened, open_export) = crate::hooks::use_opened();
    // In a frame, the host page is told the content's height.
    let wrapper = use_node_ref();
    use_embed_frame(wrapper.clone(), state.link.view.embed, state.dispatcher());
    // One callback for the app's life: children that get it re-render only when their own
    // props change (a simulation arriving does not redraw every field).
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    use_url_sync(
        query,
        state.history_generation,
        state.link.view.embed,
        dispatch.clone(),
    );
    use_undo_keys(dispatch.clone());
    // Shared links open the full calculator: without this page's render flags.
    let share_query = AttrValue::from(link::encode(&state.link.for_sharing()));
    let scenario = state.link.scenario;
    let view = &state.link.view;
    // What the on-demand module (the Embed dialog, exports, chart images) is told of the
    // calculation; an open dialog follows it.
    let later_args = crate::later::args(state.link.lang, &share_query);
    use_effect_with(later_args.clone(), |args| {
        crate::later::update_dialog(args.clone())
    });
    let permalink = full_calculator_href(&share_query);
    // Results only, or a static embed: nothing to change, nothing to focus.
    let interactive = view.interactive();
    // The one-sentence summary: the live region's, and the fallback image's alt text.
    let sentence = AttrValue::from(summary(&locale, &outputs, scenario.params.accelerators));
    let is_static = view.embed && view.is_static;
    // The deeper panels this page shows, as `show=` codes (empty: all of them), if any.
    let deeper_panels = if view.show.is_empty() {
        Some(AttrValue::default())
    } else {
        let codes: Vec<&str> = [Panel::Rules, Panel::Budget, Panel::Catchup]
            .into_iter()
            .filter(|panel| view.shows(*panel))
            .map(|panel| panel.code())
            .collect();
        (!codes.is_empty()).then(|| AttrValue::from(codes.join("~")))
    };
    let deeper_ref = use_node_ref();
    let failed = locale.t(crate::i18n::export::LATER_FAILED);
    let deeper = LaterPanel {
        kind: "deeper",
        at_once: view.embed,
        shown: deeper_panels.is_some(),
    };
    use_later_panel(
        deeper,
        deeper_ref.clone(),
        later_args.clone(),
        dispatch.clone(),
        failed,
    );
    // Version 1's trajectory chart, for older links only, is drawn by the on-demand module.
    let trajectory_ref = use_node_ref();
    let trajectory = LaterPanel {
        kind: "trajectory1",
        at_once: true,
        shown: scenario.preset.version < 2 && view.shows(Panel::Trajectory),
    };
    use_later_panel(
        trajectory,
        trajectory_ref.clone(),
        later_args.clone(),
        dispatch.clone(),
        failed,
    );

    crate::components::output::set_focusable(!is_static);
    html! {
        <ContextProvider<Locale> context={locale}>
            <div ref={wrapper} class={classes!("app", view.embed.then_some("is-embed"), (!interactive).then_some("is-plain"),
                is_static.then_some("is-static"))}
                onclick={on_page_click(locale, later_args.clone())}>
                // An article's own heading and standfirst, as text.
                if view.embed && !(view.title.is_empty() && view.dek.is_empty()) {
                    <header class="embed-head">
                        if !view.title.is_empty() {
                            <h1 class="embed-title" data-embed-title="">{view.title.clone()}</h1>
                        }
                        if !view.dek.is_empty() {
                            <p class="embed-dek" data-embed-dek="">{view.dek.clone()}</p>
                        }
                    </header>
                }
                if !view.embed {
                    <header class="masthead">
                        <p class="kicker">{locale.node(t::APP_KICKER)}</p>
                        <h1>{locale.node(t::APP_TITLE)}</h1>
                        <p class="dek">{locale.node(t::APP_DEK)}</p>
                        {print_summary(&locale, &scenario, &permalink)}
                        <SettingsBar dispatch={dispatch.clone()}>
                            <ShareMenu args={AttrValue::from(later_args.clone())} />
                            {export_menu(&locale, on_import(locale, dispatch.clone()), export_opened, &open_export)}
                        </SettingsBar>
                        {embed_launch(&locale, &later_args)}
                    </header>
                }
                {notices(&locale, &NoticesProps { notices: state.notices.clone(), chip: scenario.params.chip, dispatch: dispatch.clone() })}
                {edition_note(&locale, &state.link, &dispatch)}
                <main class="layout">
                    // The results before the inputs: on a narrow screen they are above them,
                    // and a page painted while its html is still arriving (pre-rendered) then
                    // only ever grows downwards. Wide screens place the inputs on the left.
                    <section class="results" aria-label={locale.t(t::RESULTS)}>
                        <div class="results-inner">
                            if view.shows(Panel::Total) {
                                {headline(&locale, &outputs, scenario.params.mode)}
                            }
                            if state.link.uncertainty && view.shows(Panel::Uncertainty) {
                                {match kept_band { Some(kept) => Html::VRef(kept), None => uncertainty_band(&locale, &UncertaintyBandProps { run: simulation.clone(), total: outputs.total.get(), inputs: (scenario.params, state.link.ranges) }) }}
                            }
                            if view.shows(Panel::Barrier) {
                                {barrier_verdict(&locale, scenario.edition(), outputs.capital.get())}
                            }
                            {warnings(&locale, &outputs.warnings)}
                            if view.shows(Panel::Breakdown) {
                                {breakdown(&locale, &outputs)}
                            }
                            if view.shows(Panel::Figures) {
                                {key_figures(&locale, &outputs)}
                            }
                        </div>
                    </section>
                    if interactive {
                        <section class="inputs" aria-labelledby="inputs-title">
                            // The groups' h3 need an h2 above them (heading order).
                            <h2 id="inputs-title" class="visually-hidden">{locale.t(t::INPUTS)}</h2>
                            if view.embed && view.inputs != Inputs::All {
                                {embed_inputs(locale, &view.inputs, scenario, &outputs, &dispatch)}
                            } else {
                                {mini_total(&locale, &outputs)}
                                <PresetBar {scenario} dispatch={dispatch.clone()} />
                                { for Group::ALL.into_iter().map(|group| param_group(locale, &ParamGroupProps {
                                    group, scenario, outputs: outputs.clone(), dispatch: dispatch.clone(), except: Vec::new(),
                                })) }
                            }
                        </section>
                    }
                </main>
                {barrier_panel(&locale, &BarrierPanelProps { params: scenario.params, outputs: outputs.clone(),
                    year: scenario.preset.year, version: scenario.preset.version, view: view.clone(), trajectory_host: trajectory_ref.clone(),
                    ladder_opened, open_ladder })}
                <div class="panels">
                    if view.shows(Panel::Uncertainty) {
                        {match kept_uncertainty { Some(kept) => Html::VRef(kept), None => uncertainty_panel(locale, &UncertaintyPanelProps { enabled: state.link.uncertainty, run: simulation.clone(), params: scenario.params,
                            total: outputs.total.get(), ranges: state.link.ranges, dispatch: dispatch.clone(), plain: !interactive }) }}
                    }
                    if view.shows(Panel::Sensitivity) {
                        {tornado_chart(locale, &TornadoChartProps { params: scenario.params, ranges: state.link.ranges,
                            total: outputs.total.get() }, &swings)}
                    }
                    // Embeds and results-only pages show the comparison only when it has
                    // something to compare (they have no pin form).
                    if view.shows(Panel::Scenarios) && (!view.embed && interactive || !state.link.pinned.is_empty()) {
                        <ScenarioCompare pinned={state.link.pinned.clone()} current={scenario} dispatch={dispatch.clone()} plain={!interactive} />
                    }
                    if let Some(panels) = deeper_panels {
                        {deeper_host(&deeper_ref, panels, interactive)}
                    }
                </div>
                if view.embed {
                    { embed_attribution(&locale, &share_query, scenario.edition(), is_static) }
                } else {
                    {site_footer(&locale, sources_opened, &open_sources)}
                }
                <LiveSummary {sentence} />
                {undo_offer(&locale, state.undo.as_ref().map(|undo| undo.what), state.history_generation, &dispatch)}
            </div>
        </ContextProvider<Locale>>
    }
}
