//! The carbon line of "When followers catch up": the runs' electricity (`outputs.energy_mwh`)
//! times a grid's average carbon intensity (`model::carbon`, Ember's figures, indicative), set
//! against a reference a reader knows: return flights London–New York. The grid is a setting
//! of the link (`grid`), chosen in a `<select>` the page answers with new `args`.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::barrier_panel::fill_nodes;
use crate::components::output::output;
use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::hooks::use_select_value;
use crate::i18n::deeper as t;
use crate::i18n::page::EXACT;
use crate::model::carbon::{return_flights, Grid, AS_MANY_FLIGHTS};
use crate::model::sources;

#[derive(Properties, PartialEq)]
pub struct CarbonLineProps {
    /// Tonnes of CO2e of all runs on the grid (`Deeper::co2_t`).
    pub co2_t: f64,
    /// The runs' electricity, MWh, facility overhead included.
    pub energy_mwh: f64,
    /// The grid the tonnes are counted at.
    pub grid: Grid,
    /// Whether the reader can change the grid.
    pub interactive: bool,
    /// A grid the reader chose: `("grid", code)`.
    pub on_change: Callback<(String, String)>,
}

/// A grid as its option reads: "World average: 481 g CO₂e/kWh (2023)".
fn grid_option(locale: &Locale, grid: Grid) -> String {
    let intensity = grid.intensity();
    locale.fill(
        t::GRID_OPTION,
        &[
            locale.t(grid.label()),
            &locale.plain(intensity.g_per_kwh),
            &intensity.year.to_string(),
        ],
    )
}

#[component]
pub fn CarbonLine(props: &CarbonLineProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let select = use_select_value(AttrValue::Static(props.grid.code()));
    let on_pick = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let code = select.value();
            if Grid::from_code(&code).is_some() {
                on_change.emit(("grid".to_string(), code));
            }
        })
    };
    // No NaN on the page: a scenario without energy has no carbon.
    let co2 = if props.co2_t.is_finite() {
        props.co2_t
    } else {
        0.0
    };
    let energy = if props.energy_mwh.is_finite() {
        props.energy_mwh
    } else {
        0.0
    };
    let flights = return_flights(co2);
    // Whole tonnes, or two significant figures below ten (a small lab's run is not "0 t").
    let shown = |value: f64| {
        if value >= 10.0 {
            value.round()
        } else {
            crate::model::decimal::round_significant(value, 2)
        }
    };
    let tonnes = output(
        "co2_t",
        co2,
        locale.plain(shown(co2)),
        Some(AttrValue::from(locale.fill(EXACT, &[&locale.plain(co2)]))),
        "",
    );
    let sentence = fill_nodes(
        locale.t(AS_MANY_FLIGHTS),
        &[
            tonnes,
            crate::format::string_node(locale.plain(shown(flights))),
        ],
    );
    let grid = props.grid;
    html! {
        <div class="deeper-carbon" data-carbon="">
            <h3>{locale.node(t::CARBON_TITLE)}</h3>
            if props.interactive {
                <div class="deeper-field">
                    <label for="deeper-grid">{locale.node(t::GRID_LABEL)}</label>
                    <div class="deeper-field-inputs">
                        <select id="deeper-grid" ref={select} data-param="grid" onchange={on_pick}>
                            { for Grid::ALL.iter().map(|each| html! {
                                <option value={each.code()} selected={*each == grid}>
                                    {grid_option(&locale, *each)}
                                </option>
                            }) }
                        </select>
                    </div>
                </div>
            } else {
                <p class="deeper-grid">{crate::format::string_node(grid_option(&locale, grid))}</p>
            }
            <p class="deeper-lead">
                {locale.fill_node(t::CARBON_LEAD, &[&locale.plain(energy.round())])}{" "}
                {sentence}{"."}
            </p>
            <p class="deeper-note">
                {locale.node(t::CARBON_NOTE)}{" "}
                {locale.node(t::SOURCES)}
                {source_line(&locale, &grid.intensity().source)}{"; "}
                {source_line(&locale, &sources::ATMOSFAIR_FLIGHT)}{"."}
            </p>
        </div>
    }
}
