//! The on-demand module's root for version 1's trajectory chart: older links only, so its
//! code is not in the first load (the page draws the title and the outputs). It decodes the
//! page's language and link query (`later::args`) with the same codec and model, draws
//! `trajectory_body`, and makes the chart's images itself: the page's click handler does not
//! see this module's elements.

use yew::prelude::*;

use crate::components::trajectory_chart::{trajectory_body, TrajectoryChartProps};
use crate::components::{decode_args, locale_of};
use crate::components::{perform, Exports};
use crate::model::evaluate;
use wasm_bindgen::JsCast;
use web_sys::Element;

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
    let props_chart = TrajectoryChartProps {
        total: outputs.total.get(),
        year: scenario.preset.year,
    };
    let onclick = {
        let link = state.link.clone();
        let outputs = std::rc::Rc::new(outputs.clone());
        Callback::from(move |event: MouseEvent| {
            let button = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-download]").ok().flatten());
            if let Some(button) = button {
                let exports = Exports {
                    locale,
                    query: AttrValue::from(crate::model::link::encode(&link.for_sharing())),
                    link: link.clone(),
                    outputs: outputs.clone(),
                    simulation: None,
                };
                perform("", &button, &exports);
            }
        })
    };
    html! {
        <ContextProvider<Locale> context={locale}>
            <div class="trajectory-body" {onclick}>{trajectory_body(&locale, &props_chart)}</div>
        </ContextProvider<Locale>>
    }
}

use crate::format::Locale;
