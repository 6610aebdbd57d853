//! An embed's inputs: those that tell the story at once (`inputs=`, by default the preset,
//! the chip, how many and buy or rent), every other one behind one "All parameters"
//! disclosure, so that the frame in an article is as tall as its story.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::cloud_tiers::cloud_tiers;
use crate::components::param_group::{param_field, param_group, ParamGroupProps};
use crate::components::PresetBar;
use crate::format::Locale;
use crate::i18n::embed as t;
use crate::model::view::{Input, Inputs};
use crate::model::{Group, Outputs, ParamKey, Scenario};
use crate::state::Action;

/// A plain function, not a component: it has no state of its own.
pub fn embed_inputs(
    locale: Locale,
    inputs: &Inputs,
    scenario: Scenario,
    outputs: &Rc<Outputs>,
    dispatch: &Callback<Action>,
) -> Html {
    let at_once = inputs.at_once();
    let keys: Vec<ParamKey> = at_once
        .iter()
        .filter_map(|input| match input {
            Input::Param(key) => Some(*key),
            Input::Preset => None,
        })
        .collect();
    let preset = || html! { <PresetBar {scenario} dispatch={dispatch.clone()} /> };
    let fields = at_once.iter().map(|input| match input {
        Input::Preset => preset(),
        Input::Param(key) => {
            let field = param_field(locale, *key, scenario, outputs, dispatch).unwrap_or_default();
            // The cloud price's tiers stay beside it.
            if *key == ParamKey::CloudPrice
                && scenario.edition().has_tiers
                && key.applies(&scenario.params)
            {
                html! { <>{field}{cloud_tiers(&locale, scenario.params.chip, scenario.params.cloud_tier)}</> }
            } else {
                field
            }
        }
    });
    // The disclosure only when it holds something: an input of this edition, for these
    // choices, not shown at once.
    let rest = !at_once.contains(&Input::Preset)
        || ParamKey::ALL.into_iter().any(|key| {
            !keys.contains(&key)
                && key.applies(&scenario.params)
                && scenario.edition().has_param(key)
        });
    html! {
        <>
            if !at_once.is_empty() {
                <div class="story-inputs" data-inputs="at-once">{ for fields }</div>
            }
            if rest {
                <details class="all-params" data-inputs="rest">
                    <summary>{locale.node(t::ALL_PARAMETERS)}</summary>
                    if !at_once.contains(&Input::Preset) {
                        {preset()}
                    }
                    { for Group::ALL.into_iter().map(|group| param_group(locale, &ParamGroupProps {
                        group, scenario, outputs: outputs.clone(), dispatch: dispatch.clone(), except: keys.clone(),
                    })) }
                </details>
            }
        </>
    }
}
