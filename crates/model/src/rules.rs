//! Rules with a training-compute or compute-cost threshold, and whether a training run crosses
//! them (docs/methodology.md, "Rules, budgets, catch-up and carbon").
//!
//! Each rule's threshold is compared with the **final run's** training compute and its compute
//! cost **at cloud prices** ([`crate::Outputs::cost_final_run_cloud`]). The texts count more:
//! the EU AI Act the cumulative compute of training, California's SB 53 later fine-tuning and
//! modifications too. The final run is therefore a lower bound: a run shown below a threshold
//! may still cross it once the rest of the training compute is counted.
//!
//! Every statute here says "greater than": a run exactly at a threshold does not cross it.

use crate::cost::Outputs;
use crate::epoch_points::EpochPoint;
use crate::params::Params;
use crate::sources::{self, Source};
use crate::text::{fill, Lang, Text};
use crate::units::{Flop, Usd};

/// Where a rule stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Enacted and applying.
    InForce,
    /// Signed into law; its obligations start later or its amendments are pending.
    Signed,
    /// Revoked: shown as history.
    Revoked,
}

/// One rule with a compute (and possibly a cost) threshold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Stable id: `eu-ai-act`, `ca-sb-53`, `ny-raise`, `us-eo-14110`.
    pub id: &'static str,
    /// The rule's name: "EU AI Act".
    pub name: Text,
    /// What the threshold is called in a ratio sentence: "the EU presumption".
    pub threshold_name: Text,
    /// Training compute above which the rule applies (strictly greater than), in FLOP.
    pub flop_threshold: Flop,
    /// A compute cost that must also be exceeded (New York's RAISE Act: more than $100M).
    pub cost_threshold: Option<Usd>,
    /// Where the rule stands.
    pub status: Status,
    /// The status as the reader sees it, with its date.
    pub status_text: Text,
    /// The rule's key date (ISO): when its obligations began, it was signed or it was revoked.
    pub date: &'static str,
    /// What the threshold means and what the model does not compute (a revenue test, the
    /// compute that counts).
    pub note: Text,
    /// Where it comes from (the enacted text, or summaries of it: `indicative`).
    pub source: Source,
}

/// The EU AI Act's presumption of systemic risk for general-purpose AI models.
pub const EU_AI_ACT: Rule = Rule {
    id: "eu-ai-act",
    name: Text::new("EU AI Act", "欧盟《人工智能法》"),
    threshold_name: Text::new("the EU presumption", "欧盟推定门槛"),
    flop_threshold: Flop(1e25),
    cost_threshold: None,
    status: Status::InForce,
    status_text: Text::new(
        "In force; obligations for general-purpose AI models since 2 August 2025",
        "已生效；通用人工智能模型义务自2025年8月2日起适用",
    ),
    date: "2025-08-02",
    note: Text::new(
        "Article 51(2): a general-purpose AI model is presumed to have systemic risk when the cumulative compute of its training is greater than 10^25 FLOP. The Commission's guidelines take more than 10^23 FLOP as the indicative criterion of a general-purpose model.",
        "第51(2)条：通用人工智能模型训练的累计算力超过10^25 FLOP时，推定其具有系统性风险。欧盟委员会指南以超过10^23 FLOP作为通用模型的参考标准。",
    ),
    source: sources::EU_AI_ACT,
};

/// California's Transparency in Frontier Artificial Intelligence Act.
pub const CA_SB_53: Rule = Rule {
    id: "ca-sb-53",
    name: Text::new("California SB 53", "加州SB 53法案"),
    threshold_name: Text::new("California's frontier-model threshold", "加州前沿模型门槛"),
    flop_threshold: Flop(1e26),
    cost_threshold: None,
    status: Status::InForce,
    status_text: Text::new(
        "Signed 29 September 2025; in force since 1 January 2026",
        "2025年9月29日签署；自2026年1月1日起生效",
    ),
    date: "2025-09-29",
    note: Text::new(
        "A frontier model is trained with more than 10^26 operations, fine-tuning and later modifications included. A large frontier developer also had more than $500M of annual revenue: a test of the company, stated here, not computed.",
        "前沿模型指训练算力超过10^26次运算（含后续微调和修改）的模型。大型前沿开发者还须上一年营收超过5亿美元：这是对公司的检验，此处只作说明，不作计算。",
    ),
    source: sources::CA_SB_53,
};

/// New York's Responsible AI Safety and Education Act.
pub const NY_RAISE: Rule = Rule {
    id: "ny-raise",
    name: Text::new("New York RAISE Act", "纽约RAISE法案"),
    threshold_name: Text::new("New York's frontier-model threshold", "纽约前沿模型门槛"),
    flop_threshold: Flop(1e26),
    cost_threshold: Some(Usd(100e6)),
    status: Status::Signed,
    status_text: Text::new(
        "Signed 19 December 2025, with chapter amendments agreed for 2026 (indicative)",
        "2025年12月19日签署，章节修正案约定于2026年通过（参考）",
    ),
    date: "2025-12-19",
    note: Text::new(
        "As passed (S6953B, June 2025): more than 10^26 operations and more than $100M of compute cost at US cloud market prices, both; distilled models above $5M of compute cost too. The agreed amendments bring it closer to California's SB 53 and may change this test: check the chaptered text.",
        "按2025年6月通过的文本（S6953B）：训练算力超过10^26次运算，且按美国云市场价格计算的算力成本超过1亿美元，两者须同时满足；蒸馏模型算力成本超过500万美元亦适用。约定的修正案使其更接近加州SB 53，可能改变这一标准：请核对最终文本。",
    ),
    source: sources::NY_RAISE,
};

/// US Executive Order 14110's reporting threshold, revoked.
pub const US_EO_14110: Rule = Rule {
    id: "us-eo-14110",
    name: Text::new("US Executive Order 14110", "美国第14110号行政令"),
    threshold_name: Text::new("the revoked US reporting threshold", "已撤销的美国报告门槛"),
    flop_threshold: Flop(1e26),
    cost_threshold: None,
    status: Status::Revoked,
    status_text: Text::new(
        "Revoked 20 January 2025 (history; signed 30 October 2023)",
        "2025年1月20日撤销（历史；2023年10月30日签署）",
    ),
    date: "2025-01-20",
    note: Text::new(
        "Section 4.2(b) required reports on models trained with more than 10^26 operations (10^23 for mainly biological sequence data) and on clusters above 10^20 operations a second. Revoked by Executive Order 14148.",
        "第4.2(b)节要求报告训练算力超过10^26次运算（主要使用生物序列数据的为10^23）的模型，以及算力超过每秒10^20次运算的集群。已被第14148号行政令撤销。",
    ),
    source: sources::EO_14110,
};

/// Every rule, lowest threshold first, the revoked one last.
pub const RULES: [Rule; 4] = [EU_AI_ACT, CA_SB_53, NY_RAISE, US_EO_14110];

/// The two compute thresholds a cluster is timed against: 10^25 and 10^26 FLOP.
pub const MILESTONES: [Flop; 2] = [Flop(1e25), Flop(1e26)];

/// Looks a rule up by its id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// How a training run stands against one rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Crossing {
    /// The rule.
    pub rule: &'static Rule,
    /// Whether the compute is greater than the rule's compute threshold.
    pub flop_crossed: bool,
    /// The compute ÷ the compute threshold ("8× the EU presumption" is 8).
    pub flop_ratio: f64,
    /// With a cost threshold (RAISE): whether the compute cost at cloud prices is greater.
    pub cost_crossed: Option<bool>,
    /// With a cost threshold: the compute cost ÷ the cost threshold.
    pub cost_ratio: Option<f64>,
    /// Whether the run falls under the rule: every condition it has is crossed.
    pub crossed: bool,
}

/// Whether a run of `flop` final-run compute, costing `cloud_cost` at cloud prices, crosses
/// one rule.
pub fn assess_rule(rule: &'static Rule, flop: Flop, cloud_cost: Usd) -> Crossing {
    let flop_crossed = flop.get() > rule.flop_threshold.get();
    let flop_ratio = flop.get() / rule.flop_threshold.get();
    let cost_crossed = rule.cost_threshold.map(|t| cloud_cost.get() > t.get());
    let cost_ratio = rule.cost_threshold.map(|t| cloud_cost.get() / t.get());
    Crossing {
        rule,
        flop_crossed,
        flop_ratio,
        cost_crossed,
        cost_ratio,
        crossed: flop_crossed && cost_crossed.unwrap_or(true),
    }
}

/// Every rule against a run: its final-run compute (FLOP) and that run's compute cost at cloud
/// prices (US dollars), in the order of [`RULES`].
///
/// ```
/// use frontier_cost_model::rules::assess;
/// use frontier_cost_model::units::{Flop, Usd};
///
/// // 8e25 FLOP costing $90M at cloud prices: 8× the EU presumption, under the US thresholds.
/// let rows = assess(Flop(8e25), Usd(90e6));
/// assert!(rows[0].crossed);
/// assert!((rows[0].flop_ratio - 8.0).abs() < 1e-12);
/// assert!(!rows[1].crossed && !rows[2].crossed);
/// assert_eq!(rows[2].cost_crossed, Some(false));
/// ```
pub fn assess(flop: Flop, cloud_cost: Usd) -> [Crossing; 4] {
    [0, 1, 2, 3].map(|i| assess_rule(&RULES[i], flop, cloud_cost))
}

/// [`assess`] for an evaluated scenario: its final-run compute and cloud cost.
pub fn assess_outputs(outputs: &Outputs) -> [Crossing; 4] {
    assess(outputs.flop_final, outputs.cost_final_run_cloud)
}

/// The FLOP a scenario's whole cluster does in a day at its utilisation: accelerators × dense
/// peak at the training precision × MFU × 86,400 s.
pub fn cluster_flop_per_day(params: &Params) -> f64 {
    let chip = params.chip.spec();
    let peak = chip.peak(params.precision).unwrap_or(chip.peak_bf16);
    params.accelerators * peak.get() * params.mfu * 86_400.0
}

/// Days a cluster doing `cluster_flop_per_day` needs to reach `flop_threshold`; `None` when it
/// does no work (zero, negative or not a number).
///
/// ```
/// use frontier_cost_model::rules::days_to_reach;
/// use frontier_cost_model::units::Flop;
///
/// // 1e24 FLOP a day reaches 1e25 in 10 days.
/// assert!((days_to_reach(Flop(1e25), 1e24).unwrap() - 10.0).abs() < 1e-12);
/// assert_eq!(days_to_reach(Flop(1e25), 0.0), None);
/// ```
pub fn days_to_reach(flop_threshold: Flop, cluster_flop_per_day: f64) -> Option<f64> {
    (cluster_flop_per_day > 0.0 && cluster_flop_per_day.is_finite())
        .then(|| flop_threshold.get() / cluster_flop_per_day)
}

/// The published models (Epoch AI's estimates, [`crate::epoch_points`]) trained with more
/// final-run compute than a threshold, by their index in `points`: for the compute axis on
/// which the thresholds are drawn ("21 of Epoch's 82 models are over 1e25 FLOP").
pub fn models_over(points: &[EpochPoint], flop_threshold: Flop) -> Vec<usize> {
    points
        .iter()
        .enumerate()
        .filter(|(_, point)| point.flop > flop_threshold.get())
        .map(|(i, _)| i)
        .collect()
}

/// "{0}× {1}": a ratio to a threshold, in a sentence ("8× the EU presumption").
pub const TIMES_THE_THRESHOLD: Text = Text::new("{0}× {1}", "{1}的{0}倍");
/// "Crosses", for a rule a run falls under.
pub const CROSSES: Text = Text::new("Crosses", "超过门槛");
/// "Below", for a rule a run does not fall under.
pub const BELOW: Text = Text::new("Below", "低于门槛");

/// A ratio as a sentence carries it: two significant figures, plain digits (`8`, `0.38`,
/// `46`, `4600`).
pub fn ratio_number(ratio: f64) -> String {
    if !ratio.is_finite() || ratio <= 0.0 {
        return "0".to_string();
    }
    crate::decimal::plain_text(crate::barrier::round2(ratio))
}

/// "8× the EU presumption" (English) or "欧盟推定门槛的8倍" (Chinese) for a compute ratio.
pub fn times_threshold(rule: &Rule, ratio: f64, lang: Lang) -> String {
    fill(
        TIMES_THE_THRESHOLD.get(lang),
        &[&ratio_number(ratio), rule.threshold_name.get(lang)],
    )
}

/// The texts of this module, for the translation tests (and, once the page shows them, the
/// table of Chinese texts: chain them into `crate::all_texts`).
pub fn texts() -> Vec<Text> {
    let mut texts = vec![TIMES_THE_THRESHOLD, CROSSES, BELOW];
    for rule in &RULES {
        texts.extend([rule.name, rule.threshold_name, rule.status_text, rule.note]);
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The next representable number above and below.
    fn up(x: f64) -> f64 {
        f64::from_bits(x.to_bits() + 1)
    }
    fn down(x: f64) -> f64 {
        f64::from_bits(x.to_bits() - 1)
    }

    #[test]
    fn crossings_at_just_below_and_just_above_each_threshold() {
        let rich = Usd(1e12);
        for rule in &RULES {
            let t = rule.flop_threshold.get();
            // At the threshold: "greater than" is not met.
            assert!(!assess_rule(rule, Flop(t), rich).crossed, "{}", rule.id);
            assert!(
                !assess_rule(rule, Flop(down(t)), rich).crossed,
                "{}",
                rule.id
            );
            assert!(
                !assess_rule(rule, Flop(t * 0.999), rich).crossed,
                "{}",
                rule.id
            );
            assert!(assess_rule(rule, Flop(up(t)), rich).crossed, "{}", rule.id);
            assert!(
                assess_rule(rule, Flop(t * 1.001), rich).crossed,
                "{}",
                rule.id
            );
            assert_eq!(assess_rule(rule, Flop(t), rich).flop_ratio, 1.0);
        }
    }

    #[test]
    fn raise_needs_both_conditions() {
        let over = Flop(2e26);
        let under = Flop(0.5e26);
        // $100M exactly is not "more than $100M".
        let at = assess_rule(&NY_RAISE, over, Usd(100e6));
        assert_eq!(at.cost_crossed, Some(false));
        assert!(at.flop_crossed && !at.crossed);
        let both = assess_rule(&NY_RAISE, over, Usd(up(100e6)));
        assert!(both.crossed);
        assert!(!assess_rule(&NY_RAISE, under, Usd(500e6)).crossed);
        let cheap = assess_rule(&NY_RAISE, over, Usd(99.9e6));
        assert!(cheap.flop_crossed && !cheap.crossed);
        // 2e26 FLOP at $250M: 2× the compute threshold, 2.5× the cost threshold.
        let row = assess_rule(&NY_RAISE, over, Usd(250e6));
        assert!((row.flop_ratio - 2.0).abs() < 1e-12);
        assert!((row.cost_ratio.unwrap() - 2.5).abs() < 1e-12);
        // The other rules have no cost condition.
        for rule in [&EU_AI_ACT, &CA_SB_53, &US_EO_14110] {
            let row = assess_rule(rule, over, Usd::ZERO);
            assert_eq!(row.cost_crossed, None);
            assert!(row.crossed);
        }
    }

    #[test]
    fn hand_computed_llama_405b() {
        // Llama 3.1 405B: 3.8e25 FLOP. 3.8e25 / 1e25 = 3.8× the EU presumption; 3.8e25 / 1e26
        // = 0.38 of the US thresholds, so none of those. At cloud prices its final run is its
        // accelerator-hours × the preset's $2 an hour, about $61M: under RAISE's $100M too.
        let out = crate::evaluate(&crate::presets::LLAMA_31_405B.params);
        let rows = assess_outputs(&out);
        assert!(rows[0].crossed);
        assert!((rows[0].flop_ratio - 3.8).abs() < 1e-12);
        assert!(rows[1..].iter().all(|row| !row.crossed));
        assert!((rows[1].flop_ratio - 0.38).abs() < 1e-12);
        let cloud = out.accel_hours_final.get() * 2.0;
        assert_eq!(out.cost_final_run_cloud.get(), cloud);
        assert!((60e6..62e6).contains(&cloud), "{cloud}");
        assert_eq!(rows[2].cost_crossed, Some(false));
        assert_eq!(
            times_threshold(&EU_AI_ACT, rows[0].flop_ratio, Lang::En),
            "3.8× the EU presumption"
        );
        assert_eq!(
            times_threshold(&EU_AI_ACT, 8.0, Lang::Zh),
            "欧盟推定门槛的8倍"
        );
        assert_eq!(ratio_number(0.3849), "0.38");
        assert_eq!(ratio_number(46.4), "46");
    }

    #[test]
    fn days_to_cross_1e25_and_1e26() {
        // 16,384 H100 at 989.4 TFLOP/s and MFU 0.375 (Llama 3.1 405B's preset):
        // 16,384 × 989.4e12 × 0.375 × 86,400 = 5.2523e23 FLOP a day, so 1e25 takes 19.04 days
        // and 1e26 190.4 days.
        let params = crate::presets::LLAMA_31_405B.params;
        assert_eq!(params.accelerators, 16_384.0);
        let per_day = cluster_flop_per_day(&params);
        let expected = 16_384.0 * params.chip.spec().peak_bf16.get() * params.mfu * 86_400.0;
        assert_eq!(per_day, expected);
        let d25 = days_to_reach(MILESTONES[0], per_day).unwrap();
        let d26 = days_to_reach(MILESTONES[1], per_day).unwrap();
        assert!((d26 / d25 - 10.0).abs() < 1e-12);
        // And the scenario's own run takes its own days on the same cluster.
        let out = crate::evaluate(&params);
        let own = days_to_reach(out.flop_final, per_day).unwrap();
        assert!(
            (own / out.days_final - 1.0).abs() < 1e-9,
            "{own} {}",
            out.days_final
        );
        assert_eq!(days_to_reach(Flop(1e26), f64::NAN), None);
    }

    #[test]
    fn published_models_over_the_thresholds() {
        // Counted in epoch-frontier-costs.csv: 21 of the 82 over 1e25 FLOP, 2 over 1e26
        // (Grok-3, 4.64e26, and GPT-4.5, about 2.1e26). The compiled data
        // (data/epoch-points.tsv) keeps three significant figures, so Inflection-2 (1.001e25)
        // and Inflection-2.5 (1.0001e25) are 1e25 there: at the threshold, not over it. 19.
        let points = crate::epoch_points::all();
        assert_eq!(points.len(), 82);
        let over = models_over(&points, MILESTONES[0]);
        assert_eq!(over.len(), 19);
        let at: Vec<&str> = points
            .iter()
            .filter(|p| p.flop == 1e25)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(at, ["Inflection-2", "Inflection-2.5"]);
        let over = models_over(&points, MILESTONES[1]);
        let names: Vec<&str> = over.iter().map(|&i| points[i].name.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.iter().any(|n| n.starts_with("Grok")), "{names:?}");
    }

    #[test]
    fn rules_are_dated_sourced_and_bilingual() {
        for rule in &RULES {
            assert!(rule.date.starts_with("20"));
            assert!(sources::by_id(rule.source.id).is_some(), "{}", rule.id);
            assert_eq!(by_id(rule.id), Some(rule));
        }
        // Only the RAISE Act's status rests on secondary summaries.
        const { assert!(NY_RAISE.source.indicative) };
        const { assert!(!EU_AI_ACT.source.indicative && !CA_SB_53.source.indicative) };
        assert_eq!(US_EO_14110.status, Status::Revoked);
        for text in texts() {
            assert!(!text.en.is_empty());
            assert!(crate::text::has_cjk(text.zh()), "{}", text.en);
        }
    }
}
