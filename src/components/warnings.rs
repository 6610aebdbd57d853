//! What the reader should know about the inputs: an over-busy cluster, implied compute.
//!
//! A plain function, not a component: a component type costs readers about a kilobyte of
//! download, and this one has no state.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::Warning;

pub fn warnings(locale: &Locale, warnings: &[Warning]) -> Html {
    if warnings.is_empty() {
        return Html::default();
    }
    let text = |warning: &Warning| match *warning {
        Warning::ClusterBusierThanProgramme {
            busy_months,
            programme_months,
        } => locale.fill(
            t::WARN_BUSY,
            &[
                &locale.plain((busy_months * 10.0).round() / 10.0),
                &locale.plain(programme_months),
            ],
        ),
        Warning::FlopImpliedByHours => locale.t(t::WARN_IMPLIED).to_string(),
        Warning::HoursDisagreeWithFlop { implied_mfu } => {
            locale.fill(t::WARN_HOURS_FLOP, &[&locale.percent(implied_mfu)])
        }
    };
    html! {
        <ul class="warnings">
            { for warnings.iter().map(|warning| {
                let kind = match warning {
                    Warning::FlopImpliedByHours => "info",
                    _ => "warning",
                };
                html! { <li class={classes!("warning", kind)} data-warning={kind}>{text(warning)}</li> }
            }) }
        </ul>
    }
}
