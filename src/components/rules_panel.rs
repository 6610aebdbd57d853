//! "Rules this run triggers": the scenario's final-run compute and its compute cost at cloud
//! prices against each rule of `model::rules` (a table: threshold, whether and by how much the
//! run crosses it, status and date, citation), a log-scale compute axis with the 10^25 and
//! 10^26 thresholds, the run and Epoch AI's published models, and the days this cluster needs
//! to reach each threshold.
//!
//! The axis is laid out like the page's other charts: percentages of the width, pixels of the
//! height, so that its text keeps its size from 320 px to a wide desktop.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::barrier_panel::{pct, source_short, svg_text};
use crate::components::output::{output, raw};
use crate::components::param_help::source_line;
use crate::format::Locale;
use crate::i18n::barrier::THIS_SCENARIO;
use crate::i18n::deeper as t;
use crate::i18n::page::EXACT;
use crate::log_scale::LogScale;
use crate::model::deeper::Deeper;
use crate::model::epoch_points::{self, EpochPoint};
use crate::model::rules::{self, Crossing, Status, MILESTONES};
use crate::model::units::Flop;

#[derive(Properties, PartialEq)]
pub struct RulesPanelProps {
    /// The deeper panels' results, computed once by the root.
    pub deeper: Rc<Deeper>,
}

/// The axis's height in pixels and where its parts sit.
const HEIGHT: f64 = 132.0;
const LABEL_Y: f64 = 16.0;
const DOTS_TOP: f64 = 34.0;
const AXIS_Y: f64 = 100.0;

fn px(value: f64) -> String {
    crate::model::decimal::fixed(value, 1)
}

/// A number of days as a sentence carries it: whole days from 10 on, one decimal below.
pub(crate) fn days_text(locale: &Locale, days: f64) -> String {
    let rounded = if days >= 10.0 {
        days.round()
    } else {
        (days * 10.0).round() / 10.0
    };
    locale.plain(rounded)
}

/// A whole power of ten as an axis labels it: `10²⁵` (the formatter's `1 × 10²⁵` without its
/// `1 ×`, which only crowds a narrow axis).
fn power_of_ten(locale: &Locale, value: f64) -> String {
    let text = locale.flop(value);
    match text.strip_prefix("1 × ") {
        Some(power) => power.to_string(),
        None => text,
    }
}

/// One result with an extra attribute naming what it is of (`data-rule`, `data-flop`): the
/// page's test hook for results that come once per rule or threshold.
pub(crate) fn keyed_output(
    name: &'static str,
    (key, id): (&'static str, AttrValue),
    value: f64,
    text: String,
) -> Html {
    let mut tag = yew::virtual_dom::VTag::new("span");
    tag.add_attribute("class", "out");
    tag.add_attribute("data-out", name);
    tag.add_attribute(key, id);
    tag.add_attribute("data-value", raw(value));
    tag.add_child(crate::format::string_node(text));
    tag.into()
}

/// The "this run" cell of a rule's row: whether it crosses, and by how much.
fn crossing_cell(locale: &Locale, crossing: &Crossing) -> Html {
    let rule = crossing.rule;
    let ratio = if crossing.flop_ratio.is_finite() {
        crossing.flop_ratio
    } else {
        0.0
    };
    // A revoked order applies to nothing now: it says what would have been.
    let verdict = match (crossing.crossed, crossing.rule.status == Status::Revoked) {
        (true, true) => t::WOULD_HAVE_CROSSED,
        (true, false) => rules::CROSSES,
        (false, _) => rules::BELOW,
    };
    let cost = crossing
        .cost_ratio
        .filter(|r| r.is_finite())
        .map(|r| locale.fill(t::COST_TIMES, &[&rules::ratio_number(r)]));
    html! {
        <td class={classes!("rule-run", crossing.crossed.then_some("is-crossed"))}>
            <strong class="rule-verdict">{locale.node(verdict)}</strong>{" · "}
            {keyed_output("rule_ratio", ("data-rule", AttrValue::Static(rule.id)), ratio,
                rules::times_threshold(rule, ratio, locale.lang))}
            if let Some(cost) = cost {
                {"; "}{crate::format::string_node(cost)}
            }
        </td>
    }
}

/// One row of the table.
fn rule_row(locale: &Locale, crossing: &Crossing) -> Html {
    let rule = crossing.rule;
    let threshold = locale.fill(
        t::THRESHOLD_FLOP,
        &[&locale.flop(rule.flop_threshold.get())],
    );
    let cost = rule
        .cost_threshold
        // The statute's own dollars, whatever the reader's currency.
        .map(|usd| {
            let dollars = crate::format::money(
                crate::model::currency::Money {
                    usd: usd.get(),
                    currency: crate::model::currency::Currency::Usd,
                    rate: 1.0,
                },
                locale.lang,
            );
            locale.fill(t::THRESHOLD_AND_COST, &[&dollars])
        });
    let revoked = rule.status == Status::Revoked;
    html! {
        <tr class={classes!("rule-row", revoked.then_some("is-revoked"))} data-rule={rule.id}>
            <th scope="row">
                {locale.node(rule.name)}
                if revoked {
                    {" "}<span class="rule-history">{locale.node(t::RULE_HISTORY)}</span>
                }
                <details class="rule-more">
                    <summary>{source_short(locale, &rule.source)}</summary>
                    <p>{locale.node(rule.note)}</p>
                    <p class="rule-source">{source_line(locale, &rule.source)}</p>
                </details>
            </th>
            <td class="rule-threshold">
                {crate::format::string_node(threshold)}
                if let Some(cost) = cost {
                    {" "}{crate::format::string_node(cost)}
                }
            </td>
            {crossing_cell(locale, crossing)}
            <td class="rule-status">
                {locale.node(rule.status_text)}{" "}
                <time datetime={rule.date}>{format!("({})", rule.date)}</time>
            </td>
        </tr>
    }
}

/// The compute axis: thresholds, published models and this run.
fn compute_axis(locale: &Locale, flop: f64, points: Option<&[EpochPoint]>) -> Html {
    let points = points.unwrap_or(&[]);
    let scale = LogScale::covering(
        points
            .iter()
            .map(|p| p.flop)
            .chain([flop])
            .chain(MILESTONES.map(Flop::get)),
        (22, 27),
    );
    let fx = |v: f64| scale.fraction(v);
    let ticks = scale.ticks(6).into_iter().enumerate().map(|(i, value)| {
        let x = pct(fx(value));
        // Every second label gives way on narrow screens (CSS).
        let class = if i % 2 == 1 { "grid tick-odd" } else { "grid" };
        html! {
            <g {class}>
                <line x1={x.clone()} x2={x.clone()} y1={px(AXIS_Y - 4.0)} y2={px(AXIS_Y + 4.0)} />
                {svg_text("grid-label", (x, px(AXIS_Y + 20.0)), ("0", "0"), "middle", power_of_ten(locale, value))}
            </g>
        }
    });
    let thresholds = MILESTONES.iter().map(|threshold| {
        let x = pct(fx(threshold.get()));
        html! {
            <g class="threshold">
                <line x1={x.clone()} x2={x.clone()} y1={px(LABEL_Y + 6.0)} y2={px(AXIS_Y)} />
                {svg_text("threshold-label", (x, px(LABEL_Y)), ("0", "0"), "middle", power_of_ten(locale, threshold.get()))}
            </g>
        }
    });
    let dots = points.iter().enumerate().map(|(i, p)| {
        // Four rows, so that models of nearly the same compute stay apart.
        let y = DOTS_TOP + 8.0 + (i % 4) as f64 * 13.0;
        let title = format!(
            "{} ({}): {} FLOP",
            p.name,
            p.organisation,
            locale.flop(p.flop)
        );
        html! {
            <circle class="epoch-point" cx={pct(fx(p.flop))} cy={px(y)} r="3.5">
                <title>{crate::format::string_node(title)}</title>
            </circle>
        }
    });
    let scenario_x = fx(flop);
    // The label beside the run's line, on the side with more room, below the thresholds'.
    let (anchor, dx) = if scenario_x < 0.5 {
        ("start", "8")
    } else {
        ("end", "-8")
    };
    let over = |threshold: Flop| rules::models_over(points, threshold).len();
    let models = (!points.is_empty()).then(|| {
        locale.fill(
            t::MODELS_OVER,
            &[
                &over(MILESTONES[0]).to_string(),
                &points.len().to_string(),
                &over(MILESTONES[1]).to_string(),
            ],
        )
    });
    let description = locale.fill(
        t::AXIS_DESC,
        &[&locale.flop(flop), models.as_deref().unwrap_or("")],
    );
    html! {
        <div class="deeper-chart rules-axis">
            <svg class="rules-svg" width="100%" height={px(HEIGHT)} role="img"
                aria-labelledby="rules-svg-title rules-svg-desc">
                <title id="rules-svg-title">{locale.node(t::AXIS_TITLE)}</title>
                <desc id="rules-svg-desc">{crate::format::string_node(description)}</desc>
                <line class="axis" x1="0" x2="100%" y1={px(AXIS_Y)} y2={px(AXIS_Y)} />
                { for ticks }
                { for thresholds }
                <g class="epoch-points">{ for dots }</g>
                <g class="scenario-point">
                    <line x1={pct(scenario_x)} x2={pct(scenario_x)} y1={px(DOTS_TOP)} y2={px(AXIS_Y)} />
                    <circle cx={pct(scenario_x)} cy={px(AXIS_Y)} r="6.5" />
                    {svg_text("scenario-label", (pct(scenario_x), px(AXIS_Y)), (dx, "-8"), anchor,
                        locale.t(THIS_SCENARIO).to_string())}
                </g>
            </svg>
            <p class="deeper-note">
                if let Some(models) = models {
                    {crate::format::string_node(models)}{" "}
                } else {
                    {locale.node(t::EPOCH_WAITING)}{" "}
                }
                {locale.fill_node(t::EPOCH_CREDIT, &[epoch_points::SOURCE.as_of])}
            </p>
        </div>
    }
}

/// "This cluster needs 2.2 days to do 10^25 FLOP and 22 days to do 10^26 FLOP."
fn days_sentence(locale: &Locale, days: [Option<f64>; 2]) -> Html {
    let [Some(first), Some(second)] = days else {
        return html! { <p class="rules-days">{locale.node(t::DAYS_NEVER)}</p> };
    };
    let day = |flop: &'static str, days: f64| {
        keyed_output(
            "days_to",
            ("data-flop", AttrValue::Static(flop)),
            days,
            days_text(locale, days),
        )
    };
    html! {
        <p class="rules-days">
            {crate::components::barrier_panel::fill_nodes(
                locale.t(t::DAYS_TO),
                &[day("1e25", first), day("1e26", second)],
            )}
        </p>
    }
}

#[component]
pub fn RulesPanel(props: &RulesPanelProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let points = use_state(|| None::<Rc<Vec<EpochPoint>>>);
    {
        let points = points.clone();
        use_effect_with((), move |_| {
            crate::epoch_data::ensure_loaded(move |loaded| {
                if let Some(loaded) = loaded {
                    points.set(Some(loaded));
                }
            });
        });
    }
    let deeper = &props.deeper;
    let cloud = deeper.cloud_cost.get();
    let cloud_out = output(
        "cost_final_run_cloud",
        cloud,
        locale.money(cloud),
        Some(AttrValue::from(
            locale.fill(EXACT, &[&locale.money_exact(cloud)]),
        )),
        "",
    );
    let lead = crate::components::barrier_panel::fill_nodes(
        locale.t(t::RULES_LEAD),
        &[
            crate::format::string_node(locale.flop(props.deeper.flop.get())),
            cloud_out,
        ],
    );
    html! {
        <section class="deeper-panel deeper-rules" data-panel="rules" aria-labelledby="deeper-rules-title">
            <h2 id="deeper-rules-title">{locale.node(crate::i18n::embed::PANEL_RULES)}</h2>
            <p class="deeper-lead">{lead}</p>
            <div class="deeper-table-wrap">
                <table class="deeper-table rules-table">
                    <caption>{locale.node(t::RULES_TABLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{locale.node(t::COLUMN_RULE)}</th>
                            <th scope="col">{locale.node(t::COLUMN_THRESHOLD)}</th>
                            <th scope="col">{locale.node(t::COLUMN_THIS_RUN)}</th>
                            <th scope="col">{locale.node(t::COLUMN_STATUS)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for deeper.crossings.iter().map(|crossing| rule_row(&locale, crossing)) }
                    </tbody>
                </table>
            </div>
            {compute_axis(&locale, props.deeper.flop.get(), points.as_deref().map(Vec::as_slice))}
            {days_sentence(&locale, deeper.days_to_milestones)}
            <p class="deeper-note">{locale.node(t::LOWER_BOUND)}</p>
        </section>
    }
}
