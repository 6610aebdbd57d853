//! What access the scenario takes: chips against Meta's fleet and a university group, power
//! against data-centre campuses, licensed data against News-Corp-size deals, and time.

use yew::prelude::*;

use crate::components::barrier_panel::{fill_nodes, source_short};
use crate::components::key_figures::round_days;
use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::barrier::{self as t, ratio_phrase};
use crate::i18n::page;
use crate::model::barrier::BarrierOut;
use crate::model::barrier::{
    ratio, round2, Access, CLUSTER_100K_MW, DATA_MARKET_2024, META_FLEET_H100,
    NEWS_CORP_DEAL_PER_YEAR, UNIVERSITY_GPUS,
};
use crate::model::sources::{self, Source};
use crate::model::{ChipId, Text};

#[derive(PartialEq)]
pub struct AccessIndicatorsProps {
    pub access: Access,
    pub chip: ChipId,
}

/// One indicator: a large figure, what it counts, a sentence and its sources.
fn card(
    locale: &Locale,
    title: Text,
    figure: Html,
    caption: String,
    text: Html,
    sources: &[Source],
) -> Html {
    let sources = sources.iter().enumerate().map(|(i, source)| {
        html! { <>{(i > 0).then_some(" · ")}{source_short(locale, source)}</> }
    });
    html! {
        <li class="access-card">
            <h4 class="access-title">{locale.node(title)}</h4>
            <p class="access-figure">{figure}</p>
            <p class="access-caption">{crate::format::text_node(caption)}</p>
            <p class="access-text">{text}</p>
            if sources.len() > 0 {
                <p class="access-source">{locale.node(t::SOURCE_LABEL)}{ for sources }</p>
            }
        </li>
    }
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn access_indicators(locale: &Locale, props: &AccessIndicatorsProps) -> Html {
    let a = &props.access;
    let chip = props.chip.spec();

    let meta_phrase = locale.fill(t::META_PHRASE, &[&locale.plain(META_FLEET_H100)]);
    let university_phrase = locale.fill(t::UNIVERSITY_PHRASE, &[&locale.plain(UNIVERSITY_GPUS)]);
    let chips = card(
        locale,
        t::CHIPS,
        html! { {crate::format::string_node(locale.plain(a.accelerators))} },
        chip.name.to_string(),
        fill_nodes(
            locale.t(t::CHIPS_TEXT),
            &[
                html! { {crate::format::string_node(locale.plain(round2(a.h100_equivalents)))} },
                html! { {output(BarrierOut::VsMetaFleet.code(), a.share_of_meta_fleet, ratio_phrase(locale, ratio(a.share_of_meta_fleet, 1.0), &meta_phrase), None, "")} },
                html! { {output(BarrierOut::VsUniversity.code(), a.times_university, ratio_phrase(locale, ratio(a.times_university, 1.0), &university_phrase), None, "")} },
            ],
        ),
        &[sources::META_FLEET, sources::WAPO_STANFORD],
    );

    let cluster_phrase = locale.fill(
        t::CLUSTER_PHRASE,
        &[
            &locale.plain(100_000.0),
            &locale.fill(page::POWER_VALUE, &[&locale.plain(CLUSTER_100K_MW)]),
        ],
    );
    let power = card(
        locale,
        t::POWER,
        html! { {locale.fill_node(page::POWER_VALUE, &[&locale.plain(round2(a.power_mw))])} },
        locale.t(t::POWER_FIGURE).to_string(),
        fill_nodes(
            locale.t(t::POWER_TEXT),
            &[
                html! { {output(BarrierOut::VsCluster.code(), a.times_100k_cluster, ratio_phrase(locale, ratio(a.times_100k_cluster, 1.0), &cluster_phrase), None, "")} },
                html! { {ratio_phrase(locale, ratio(a.share_of_gigawatt, 1.0), locale.t(t::GIGAWATT_PHRASE))} },
            ],
        ),
        &[sources::SEMIANALYSIS_100K, sources::EPOCH_DATACENTRES],
    );

    // With no data cost at all there is no share, and no number for tools to read either
    // (the exports and the command line say none too).
    let share_output = match a.licence_share_of_data {
        Some(share) => html! {
            {output(BarrierOut::LicenceShare.code(), share, locale.percent(share), None, "")}
        },
        None => html! {
            <span class="out" data-out={BarrierOut::LicenceShare.code()}><span class="out-text">{"—"}</span></span>
        },
    };
    let deal = NEWS_CORP_DEAL_PER_YEAR.get();
    let data_text = if a.licences_per_year.get() > 0.0 {
        fill_nodes(
            locale.t(t::DATA_TEXT),
            &[
                html! { {locale.money_node(a.licences_per_year.get())} },
                share_output,
                html! { {crate::format::string_node(locale.percent(round2(a.share_of_data_market)))} },
                html! { {locale.money_node(DATA_MARKET_2024.get())} },
            ],
        )
    } else {
        fill_nodes(locale.t(t::DATA_NONE), &[share_output])
    };
    let data = card(
        locale,
        t::DATA,
        html! { {output(BarrierOut::LicenceDeals.code(), a.news_corp_deals, locale.plain(round2(a.news_corp_deals)), None, "")} },
        locale.fill(t::DATA_FIGURE, &[&locale.money(deal)]),
        html! {
            <>
                {data_text}{" "}
                {locale.fill_node(t::DATA_NEWS_CORP, &[&locale.money(deal * 5.0)])}
            </>
        },
        &[sources::SEED],
    );

    let months = (a.programme_months * 10.0).round() / 10.0;
    let over = a.programme_months > a.planned_months;
    let time = card(
        locale,
        t::TIME,
        html! { {output(BarrierOut::ProgrammeMonths.code(), a.programme_months, locale.fill(t::MONTHS_VALUE, &[&locale.plain(months)]), None, "")} },
        locale.t(t::TIME_FIGURE).to_string(),
        html! {
            {locale.fill_node(
                if over { t::TIME_OVER } else { t::TIME_TEXT },
                &[
                    &locale.plain(round_days(a.final_run_days)),
                    &locale.plain(a.accelerators),
                    &locale.plain(a.planned_months),
                ],
            )}
        },
        &[],
    );

    html! {
        <section class="barrier-card access" aria-labelledby="access-title">
            <h3 id="access-title" class="barrier-card-title">{locale.node(t::ACCESS_TITLE)}</h3>
            <p class="barrier-card-dek">{locale.node(t::ACCESS_DEK)}</p>
            <ul class="access-grid">
                {chips}{power}{data}{time}
            </ul>
        </section>
    }
}
