//! Where the money goes: a stacked bar in SVG with a legend and text alternative, and the
//! same numbers as a table.
//!
//! A plain function, not a component: a component type costs readers about half a kilobyte of
//! download, and this one has no state of its own (it is redrawn with the results anyway).

use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::chart_downloads;
use crate::components::output::output;
use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::{CostLine, Outputs};

/// Width of the bar in SVG user units; the bar stretches to the column.
const BAR_WIDTH: f64 = 1000.0;
/// The bar's viewBox, written out: formatting the f64 above would link float formatting.
const VIEW_BOX: &str = "0 0 1000 40";
const _: () = assert!(BAR_WIDTH == 1000.0);

pub fn breakdown(locale: &Locale, out: &Outputs) -> Html {
    let total = out.total.get();
    let lines: Vec<(CostLine, f64, f64)> = CostLine::ALL
        .into_iter()
        .map(|line| (line, out.cost(line).get(), out.share(line)))
        .collect();
    let description = lines
        .iter()
        .filter(|(_, cost, _)| *cost > 0.0)
        .map(|(line, cost, share)| {
            locale.fill(
                t::BREAKDOWN_ITEM,
                &[
                    line.label().get(locale.lang),
                    &locale.money(*cost),
                    &locale.percent(*share),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(locale.t(crate::i18n::page::LIST_SEPARATOR));
    let mut x = 0.0;
    let segments = lines
        .iter()
        .filter(|(_, _, share)| *share > 0.0)
        .map(|(line, _, share)| {
            let width = share * BAR_WIDTH;
            let segment = html! {
                <rect class={classes!("seg", format!("seg-{}", line.code()))}
                    x={fixed(x, 2)} y="0" width={fixed(width, 2)} height="40" />
            };
            x += width;
            segment
        });
    html! {
        <section class="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title" class="section-label">{locale.node(t::BREAKDOWN)}</h2>
            <div id="breakdown-chart">
            <svg class="bar" viewBox={VIEW_BOX} preserveAspectRatio="none"
                role="img" aria-labelledby="breakdown-svg-title breakdown-svg-desc">
                <title id="breakdown-svg-title">{locale.node(t::BREAKDOWN)}</title>
                <desc id="breakdown-svg-desc">{locale.fill_node(t::BREAKDOWN_ALT, &[&description])}</desc>
                { for segments }
            </svg>
            <ul class="legend" aria-hidden="true">
                { for lines.iter().map(|(line, _, share)| html! {
                    <li>
                        <span class={classes!("swatch", format!("seg-{}", line.code()))}></span>
                        <span class="legend-label">{locale.node(line.label())}</span>
                        <span class="legend-share">{crate::format::string_node(locale.percent(*share))}</span>
                    </li>
                }) }
            </ul>
            </div>
            {chart_downloads(locale, "breakdown-chart", t::BREAKDOWN, None)}
            <table class="breakdown-table">
                <caption class="visually-hidden">{locale.node(t::BREAKDOWN_TABLE)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{locale.node(t::COLUMN_ITEM)}</th>
                        <th scope="col" class="num">{locale.node(t::COLUMN_COST)}</th>
                        <th scope="col" class="num">{locale.node(t::COLUMN_SHARE)}</th>
                    </tr>
                </thead>
                <tbody>
                    { for lines.iter().map(|(line, cost, share)| html! {
                        <tr>
                            <th scope="row">
                                <span class={classes!("swatch", format!("seg-{}", line.code()))}></span>
                                {locale.node(line.label())}
                            </th>
                            <td class="num">
                                {output(format!("cost_{}", line.code()), *cost, locale.money(*cost), Some(AttrValue::from(locale.fill(t::EXACT, &[&locale.money_exact(*cost)]))), "")}
                            </td>
                            <td class="num">
                                {output(format!("share_{}", line.code()), *share, locale.percent(*share), None, "")}
                            </td>
                        </tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{locale.node(t::ROW_TOTAL)}</th>
                        <td class="num">{locale.money_node(total)}</td>
                        <td class="num">{crate::format::string_node(locale.percent(if total > 0.0 { 1.0 } else { 0.0 }))}</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}
