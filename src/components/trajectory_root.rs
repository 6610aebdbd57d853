//! The on-demand module's root for version 1's trajectory chart: older links only, so its
//! code is not in the first load. It decodes the page's language and link query
//! (`later::args`) with the same codec and model and draws `trajectory_chart`.

use yew::prelude::*;

use crate::components::trajectory_chart::{trajectory_chart, TrajectoryChartProps};
use crate::components::{decode_args, locale_of};
use crate::model::evaluate;

#[derive(Properties, PartialEq)]
pub struct TrajectoryRootProps {
    /// The page's language, a line break, and the calculation's query.
    pub args: AttrValue,
}

#[component]
pub fn TrajectoryRoot(props: &TrajectoryRootProps) -> Html {
    let state = decode_args(&props.args);
    let locale = locale_of(&state);
    let scenario = state.link.scenario;
    let outputs = evaluate(&scenario.params);
    html! {
        <ContextProvider<Locale> context={locale}>
            {trajectory_chart(&locale, &TrajectoryChartProps { total: outputs.total.get(), year: scenario.preset.year })}
        </ContextProvider<Locale>>
    }
}

use crate::format::Locale;
