//! The preset picker, its summary and sources, and "reset to preset".

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::use_select_value;
use crate::i18n::page as t;
use crate::model::Scenario;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PresetBarProps {
    pub scenario: Scenario,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PresetBar(props: &PresetBarProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let preset = props.scenario.preset;
    let edition = props.scenario.edition();
    let changed = props.scenario.changed_keys().len();
    let select_ref = use_select_value(AttrValue::from(preset.id));
    // The preset's sources are drawn once opened, not in the page's first render.
    let (sources_opened, open_sources) = crate::hooks::use_opened();
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(preset) = edition.preset(&select.value()) {
                dispatch.emit(Action::ChoosePreset(preset));
            }
        })
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetToPreset))
    };
    html! {
        <section class="preset-bar" aria-labelledby="preset-label">
            <div class="preset-pick">
                <label id="preset-label" for="preset">{locale.node(t::PRESET)}</label>
                <select id="preset" data-param="preset" ref={select_ref} onchange={on_change} aria-describedby="preset-summary">
                    { for edition.presets.iter().map(|option| html! {
                        <option value={option.id} selected={option.id == preset.id}>
                            {locale.node(option.name)}
                        </option>
                    }) }
                </select>
                <button type="button" class="button" onclick={on_reset} disabled={changed == 0}>
                    {locale.node(t::RESET_TO_PRESET)}
                </button>
                <span class="changed-count" data-changed-count={changed.to_string()}>
                    if changed == 0 {
                        {locale.node(t::NONE_CHANGED)}
                    } else {
                        {locale.fill_node(t::CHANGED_COUNT, &[&changed.to_string()])}
                    }
                </span>
            </div>
            <p id="preset-summary" class="preset-summary">{locale.node(preset.summary)}</p>
            <details class="preset-sources" ontoggle={open_sources}>
                <summary>{locale.node(t::PRESET_SOURCES)}</summary>
                if sources_opened {
                    <ul>
                        { for preset.sources.iter().map(|source| html! { <li>{source_line(&locale, source)}</li> }) }
                    </ul>
                }
            </details>
        </section>
    }
}
