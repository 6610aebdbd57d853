//! Scenarios side by side: pin the current one (up to four, named), then compare the inputs
//! that differ, every result, and the breakdown as grouped bars.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::{chart_downloads, display_value, output};
use crate::format::Locale;
use crate::i18n::page as page_text;
use crate::i18n::uncertainty as t;
use crate::model::{evaluate, CostLine, OutKey, Outputs, ParamKey, Scenario};
use crate::state::{Action, Pinned, MAX_PINNED};

#[derive(Properties, PartialEq)]
pub struct ScenarioCompareProps {
    pub pinned: Vec<Pinned>,
    pub current: Scenario,
    pub dispatch: Callback<Action>,
    /// Results only (`plain=1`): the comparison without the pin form and the buttons.
    pub plain: bool,
}

/// The results compared, in order.
const COMPARED: [OutKey; 9] = [
    OutKey::Total,
    OutKey::Capital,
    OutKey::CostFinalRun,
    OutKey::CostData,
    OutKey::CostCompute,
    OutKey::CostEnergy,
    OutKey::CostFacility,
    OutKey::CostStaff,
    OutKey::DaysFinal,
];

#[component]
pub fn ScenarioCompare(props: &ScenarioCompareProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_pin = {
        let name = name.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatch.emit(Action::Pin((*name).clone()));
            name.set(String::new());
        })
    };
    let full = props.pinned.len() >= MAX_PINNED;
    let form = html! {
        <form class="pin-form" onsubmit={on_pin}>
            <label>
                <span class="setting-label">{locale.node(t::SCEN_NAME)}</span>
                <input type="text" maxlength="32" value={(*name).clone()} oninput={on_name} disabled={full} data-scenario-name="" />
            </label>
            <button type="submit" class="button" disabled={full}>{locale.node(t::SCEN_PIN)}</button>
            if full {
                <span class="muted">{locale.node(t::SCEN_FULL)}</span>
            }
        </form>
    };
    let form = if props.plain { Html::default() } else { form };
    if props.pinned.is_empty() {
        return html! {
            <section class="panel scenarios" aria-labelledby="scenarios-title">
                <h2 id="scenarios-title">{locale.node(t::SCEN_TITLE)}</h2>
                <p class="panel-note">{locale.node(t::SCEN_EMPTY)}</p>
                {form}
            </section>
        };
    }

    // The pinned scenarios and the current one, with their results.
    let mut columns: Vec<(String, Scenario, Option<usize>)> = props
        .pinned
        .iter()
        .enumerate()
        .map(|(i, pinned)| (pinned.name.clone(), pinned.scenario, Some(i)))
        .collect();
    columns.push((locale.t(t::SCEN_CURRENT).to_string(), props.current, None));
    let results: Vec<Outputs> = columns
        .iter()
        .map(|(_, scenario, _)| evaluate(&scenario.params))
        .collect();
    let differing: Vec<ParamKey> = ParamKey::ALL
        .into_iter()
        .filter(|key| {
            let first = columns[0].1.params.get(*key);
            columns
                .iter()
                .any(|(_, scenario, _)| scenario.params.get(*key) != first)
        })
        .collect();
    let presets_differ = columns
        .iter()
        .any(|(_, s, _)| s.preset.id != columns[0].1.preset.id);

    let header = columns.iter().map(|(name, _, index)| match index {
        Some(_) if props.plain => html! {
            <th scope="col" class="num"><span class="scenario-name">{crate::format::text_node(name.clone())}</span></th>
        },
        Some(i) => {
            let i = *i;
            let on_remove = {
                let dispatch = props.dispatch.clone();
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::Unpin(i)))
            };
            let on_load = {
                let dispatch = props.dispatch.clone();
                Callback::from(move |_: MouseEvent| dispatch.emit(Action::LoadPinned(i)))
            };
            html! {
                <th scope="col" class="num" data-scenario={(i + 1).to_string()}>
                    <span class="scenario-name">{crate::format::text_node(name.clone())}</span>
                    <span class="scenario-actions">
                        <button type="button" class="link-button" onclick={on_load}
                            aria-label={locale.fill(t::SCEN_LOAD_LABEL, &[name])}>{locale.node(t::SCEN_LOAD)}</button>
                        <button type="button" class="link-button" onclick={on_remove}
                            aria-label={locale.fill(t::SCEN_REMOVE_LABEL, &[name])}>{locale.node(t::SCEN_REMOVE)}</button>
                    </span>
                </th>
            }
        }
        None => html! { <th scope="col" class="num scenario-current">{crate::format::text_node(name.clone())}</th> },
    });
    let input_rows = differing.iter().map(|key| {
        html! {
            <tr>
                <th scope="row">{locale.node(key.meta().label)}</th>
                { for columns.iter().map(|(_, scenario, _)| html! {
                    <td class="num">{display_value(&locale, *key, scenario.params.get(*key))}</td>
                }) }
            </tr>
        }
    });
    let result_rows = COMPARED.iter().map(|out| {
        html! {
            <tr>
                <th scope="row">{locale.node(out.label())}</th>
                { for columns.iter().zip(&results).map(|((_, _, index), result)| {
                    let value = result.value(*out);
                    let text = if out.is_money() {
                        locale.money(value)
                    } else {
                        locale.fill(page_text::DAYS_VALUE, &[&locale.plain(value.round())])
                    };
                    match (index, out) {
                        (Some(i), OutKey::Total | OutKey::Capital) => html! {
                            <td class="num">{output(format!("pinned{}_{}", i + 1, out.code()), value, text, None, "")}</td>
                        },
                        _ => html! { <td class="num">{crate::format::text_node(text)}</td> },
                    }
                }) }
            </tr>
        }
    });

    html! {
        <section class="panel scenarios" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{locale.node(t::SCEN_TITLE)}</h2>
            {form}
            <div class="table-scroll">
                <table class="compare-table">
                    <thead>
                        <tr><td></td>{ for header }</tr>
                    </thead>
                    <tbody>
                        <tr class="table-section"><th colspan={(columns.len() + 1).to_string()}>{locale.node(t::SCEN_INPUTS)}</th></tr>
                        if presets_differ {
                            <tr>
                                <th scope="row">{locale.node(t::SCEN_PRESET)}</th>
                                { for columns.iter().map(|(_, s, _)| html! { <td class="num">{locale.node(s.preset.name)}</td> }) }
                            </tr>
                        }
                        if differing.is_empty() && !presets_differ {
                            <tr><td colspan={(columns.len() + 1).to_string()} class="muted">{locale.node(t::SCEN_NO_DIFFERENCE)}</td></tr>
                        }
                        { for input_rows }
                        <tr class="table-section"><th colspan={(columns.len() + 1).to_string()}>{locale.node(t::SCEN_RESULTS)}</th></tr>
                        { for result_rows }
                    </tbody>
                </table>
            </div>
            {grouped_bars(&locale, &columns, &results)}
        </section>
    }
}

/// For each cost line, one bar per scenario on a common scale.
fn grouped_bars(
    locale: &Locale,
    columns: &[(String, Scenario, Option<usize>)],
    results: &[Outputs],
) -> Html {
    let largest = results
        .iter()
        .flat_map(|out| CostLine::ALL.map(|line| out.cost(line).get()))
        .fold(0.0, f64::max)
        .max(1e-9);
    let separator = locale.t(crate::i18n::page::LIST_SEPARATOR);
    let description = CostLine::ALL
        .iter()
        .map(|line| {
            let values = columns
                .iter()
                .zip(results)
                .map(|((name, _, _), out)| {
                    format!("{name} {}", locale.money(out.cost(*line).get()))
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {values}", line.label().get(locale.lang))
        })
        .collect::<Vec<_>>()
        .join(separator);
    html! {
        <figure class="grouped">
            <figcaption class="section-label">{locale.node(t::SCEN_CHART)}</figcaption>
            <div id="scenario-chart" role="img" aria-label={locale.fill(t::SCEN_CHART_ALT, &[&description])}>
                { for CostLine::ALL.iter().map(|line| html! {
                    <div class="grouped-row" aria-hidden="true">
                        <span class="grouped-label">
                            <span class={classes!("swatch", format!("seg-{}", line.code()))}></span>
                            {locale.node(line.label())}
                        </span>
                        <div class="grouped-bars">
                            { for columns.iter().zip(results).enumerate().map(|(i, ((name, _, _), out))| {
                                let value = out.cost(*line).get();
                                let width = value / largest * 1000.0;
                                html! {
                                    <div class={classes!("grouped-bar", format!("scenario-{}", i + 1))}>
                                        <span class="grouped-name">{crate::format::text_node(name.clone())}</span>
                                        <svg viewBox="0 0 1000 12" preserveAspectRatio="none">
                                            <rect class={classes!("seg", format!("seg-{}", line.code()))} x="0" y="0"
                                                width={fixed(width.max(if value > 0.0 { 2.0 } else { 0.0 }), 1)} height="12" />
                                        </svg>
                                        <span class="grouped-value">{locale.money_node(value)}</span>
                                    </div>
                                }
                            }) }
                        </div>
                    </div>
                }) }
            </div>
            {chart_downloads(locale, "scenario-chart", t::SCEN_CHART, None)}
        </figure>
    }
}
