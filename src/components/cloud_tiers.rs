//! The chosen chip's cloud prices by contract, side by side beside the cloud-price field, the
//! tier in force marked, with their sources and date (editions with tiers only).

use yew::prelude::*;

use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::params::{CloudTier, Kind};
use crate::model::{ChipId, ParamKey};

/// A plain function, not a component: it has no state of its own, and each component costs
/// about a kilobyte of glue in the wasm.
pub fn cloud_tiers(locale: &Locale, chip: ChipId, in_force: CloudTier) -> Html {
    let spec = chip.spec();
    let figures = &spec.late_2026;
    // The tiers' names are the contract menu's own.
    let Kind::Choice(choices) = ParamKey::CloudTierChoice.meta().kind else {
        return Html::default();
    };
    let cells = CloudTier::ALL
        .into_iter()
        .zip(choices)
        .map(|(tier, choice)| {
            let current = tier == in_force;
            html! {
                <td data-tier={tier.code()} class={classes!(current.then_some("is-current"))}
                    aria-current={current.then_some("true")}>
                    <span class="tier-name">{locale.node(choice.label)}</span>
                    {crate::format::string_node(locale.money_precise(figures.cloud.get(tier).get()))}
                </td>
            }
        });
    html! {
        <div class="cloud-tiers" data-tiers={chip.code()}>
            <table>
                <caption>{locale.fill_node(t::TIERS_CAPTION, &[spec.name])}</caption>
                <tr>{ for cells }</tr>
            </table>
            <p class="help-source">
                <span class="label">{locale.node(t::SOURCES)}{": "}</span>
                { for figures.sources.iter().enumerate().map(|(i, source)| html! {
                    <>{(i > 0).then_some("; ")}{source_line(locale, source)}</>
                }) }
                {" · "}{locale.fill_node(t::AS_OF, &[figures.as_of])}
            </p>
        </div>
    }
}
