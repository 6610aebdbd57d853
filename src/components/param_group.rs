//! One group of parameters (Data, Training, Chips, Data centre, Team) with its subtotal.
//! Controls that do not apply to the current choices are hidden; their values are kept.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::choice_field::ChoiceField;
use crate::components::cloud_tiers::cloud_tiers;
use crate::components::number_field::NumberField;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::params::Kind;
use crate::model::{Group, Outputs, ParamKey, Scenario};
use crate::state::Action;

#[derive(PartialEq)]
pub struct ParamGroupProps {
    pub group: Group,
    pub scenario: Scenario,
    pub outputs: Rc<Outputs>,
    pub dispatch: Callback<Action>,
    /// Keys shown elsewhere (an embed's inputs shown at once): left out here.
    pub except: Vec<ParamKey>,
}

/// One parameter's control, or nothing when it does not apply to the current choices or
/// edition.
pub fn param_field(
    locale: Locale,
    key: ParamKey,
    scenario: Scenario,
    outputs: &Outputs,
    dispatch: &Callback<Action>,
) -> Option<Html> {
    if !(key.applies(&scenario.params) && scenario.edition().has_param(key)) {
        return None;
    }
    let dispatch = dispatch.clone();
    let value = scenario.params.get(key);
    Some(match key.meta().kind {
        Kind::Number(_) => {
            let derived = match key {
                ParamKey::FinalRunFlop => Some(outputs.flop_final.get()),
                ParamKey::FinalRunHours => Some(outputs.accel_hours_final.get()),
                _ => None,
            };
            let hint = (key == ParamKey::AcceleratorPrice)
                .then(|| price_hint(&locale, &scenario))
                .flatten();
            // Only the chip's own figures re-render when the chip changes.
            let chip = matches!(
                key,
                ParamKey::AcceleratorPrice | ParamKey::PowerPerAccelerator | ParamKey::CloudPrice
            )
            .then_some(scenario.params.chip);
            html! {
                <NumberField key={key.code()} param={key} {value} preset={scenario.preset}
                    {derived} {hint} {chip} {dispatch} />
            }
        }
        Kind::Choice(_) => {
            let chip = (key == ParamKey::TrainingPrecision).then_some(scenario.params.chip);
            html! {
                <ChoiceField key={key.code()} param={key} {value} preset={scenario.preset}
                    {chip} {dispatch} />
            }
        }
    })
}

/// A price more than half above the chip's catalogue price (the edition's) looks like a whole
/// server's share per accelerator, which with the default cluster ratio would count the
/// servers twice.
fn price_hint(locale: &Locale, scenario: &Scenario) -> Option<AttrValue> {
    let params = &scenario.params;
    let spec = params.chip.spec();
    let catalogue = scenario
        .edition()
        .chip_defaults(params.chip, params.cloud_tier)
        .price
        .get();
    (params.accel_price > 1.5 * catalogue).then(|| {
        AttrValue::from(locale.fill(
            t::PRICE_LOOKS_LIKE_SERVER,
            &[
                &locale.money_exact(params.accel_price),
                spec.name,
                &locale.money_exact(catalogue),
            ],
        ))
    })
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn param_group(locale: Locale, props: &ParamGroupProps) -> Html {
    let group = props.group;
    let scenario = props.scenario;
    let heading_id = format!("group-{}", group.code());
    let subtotal = match props.outputs.group_subtotal(group) {
        Some(cost) => html! {
            <span class="group-subtotal" title={locale.money_exact(cost.get())}>
                <span class="visually-hidden">{locale.node(t::SUBTOTAL)}{": "}</span>
                {locale.money_node(cost.get())}
            </span>
        },
        None => html! {
            <span class="group-subtotal">
                {locale.fill_node(t::GROUP_TRAINING_SUBTOTAL, &[&locale.flop(props.outputs.flop_total.get())])}
            </span>
        },
    };
    let fields = group
        .keys()
        .filter(|key| !props.except.contains(key))
        .filter_map(|key| param_field(locale, key, scenario, &props.outputs, &props.dispatch))
        .collect::<Vec<_>>();
    let tiers = group == Group::Chips
        && scenario.edition().has_tiers
        && ParamKey::CloudPrice.applies(&scenario.params)
        && !props.except.contains(&ParamKey::CloudPrice);
    if fields.is_empty() && !tiers {
        return Html::default();
    }
    html! {
        <section class="group" aria-labelledby={heading_id.clone()} data-group={group.code()}>
            <h3 class="group-head" id={heading_id}>
                <span class="group-name">{locale.node(group.label())}</span>
                {subtotal}
            </h3>
            <div class="group-fields">
                { for fields }
                // The cloud price is the group's last field: its tiers follow it.
                if tiers {
                    {cloud_tiers(&locale, scenario.params.chip, scenario.params.cloud_tier)}
                }
            </div>
        </section>
    }
}
