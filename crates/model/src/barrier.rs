//! Barrier to entry: the capital a scenario needs set against the budgets of real organisations,
//! a five-step scale of who can still afford it, and what access to chips, power, data and
//! time it implies. Every reference budget carries its source; the thresholds are data.

use super::cost::Outputs;
use super::edition::Edition;
use super::params::Params;
use super::sources::{self, Source};
use super::text::Text;
use super::units::Usd;

/// How a reference budget takes part in the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetRole {
    /// One organisation's round, programme or year of spending: counted in the verdict.
    Organisation,
    /// Shown for scale only (one quarter, or several companies together): never counted.
    ForScale,
}

/// A reference budget on the affordability ladder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget {
    /// Stable id (used as a key in the page).
    pub id: &'static str,
    /// The ladder's row label: "Median US Series B round".
    pub label: Text,
    /// The same as a noun phrase inside a ratio sentence: "a median US Series B round".
    pub phrase: Text,
    /// Who it is, as the verdict names them: "Microsoft".
    pub who: Text,
    /// The budget, in US dollars.
    pub amount: Usd,
    /// When and how the figure was arrived at.
    pub detail: Text,
    /// Whether the verdict counts it or it is shown for scale only.
    pub role: BudgetRole,
    /// Where the figure comes from.
    pub source: Source,
}

/// One News-Corp-size content deal: OpenAI–News Corp, more than $250M over five years.
pub const NEWS_CORP_DEAL_PER_YEAR: Usd = Usd(50e6);
/// The AI training-data market in 2024 (seed article).
pub const DATA_MARKET_2024: Usd = Usd(2.5e9);
pub mod v2;

/// H100 that Meta said it would own by the end of 2024.
pub const META_FLEET_H100: f64 = 350_000.0;
/// GPUs of Stanford's NLP group in 2024 (Washington Post).
pub const UNIVERSITY_GPUS: f64 = 68.0;
/// Facility power of a 100,000-H100 cluster (SemiAnalysis).
pub const CLUSTER_100K_MW: f64 = 150.0;
/// A gigawatt-scale AI campus.
pub const GIGAWATT_CAMPUS_MW: f64 = 1000.0;
/// H100 unit price used to value the university lab's GPUs (seed article; GPU_PRICES).
const GPU_UNIT_PRICE: f64 = 30_000.0;
/// A median US Series B round, Q1 2024 (Carta): a budget and the top of the scale's first step.
pub const SERIES_B: Usd = Usd(21e6);
/// The largest AI start-up round, OpenAI's of October 2024: a budget and a step's top.
pub const LARGEST_AI_ROUND: Usd = Usd(6.6e9);
/// A year of the largest single company's capital spending (Amazon, 2024): a budget, the top
/// of the hyperscalers' step and the trajectory's "beyond one company" line.
pub const LARGEST_COMPANY_YEAR: Usd = Usd(83e9);

pub(crate) const fn organisation(
    id: &'static str,
    label: Text,
    phrase: Text,
    who: Text,
    amount: f64,
    detail: Text,
    source: Source,
) -> Budget {
    Budget {
        id,
        label,
        phrase,
        who,
        amount: Usd(amount),
        detail,
        role: BudgetRole::Organisation,
        source,
    }
}

pub(crate) const fn for_scale(
    id: &'static str,
    label: Text,
    phrase: Text,
    amount: f64,
    detail: Text,
    source: Source,
) -> Budget {
    Budget {
        id,
        label,
        phrase,
        who: label,
        amount: Usd(amount),
        detail,
        role: BudgetRole::ForScale,
        source,
    }
}

/// The ladder, from the smallest budget to the largest.
pub const BUDGETS: [Budget; 14] = [
    organisation(
        "university-lab",
        Text::new("Top university lab’s GPUs", "顶尖高校实验室的GPU"),
        Text::new("a top university lab’s GPUs", "顶尖高校实验室全部GPU"),
        Text::new("a top university lab", "顶尖高校实验室"),
        UNIVERSITY_GPUS * GPU_UNIT_PRICE,
        Text::new(
            "Stanford’s NLP group had 68 GPUs (2024), valued at about $30,000 each (derived).",
            "斯坦福NLP团队有68块GPU（2024年），按每块约3万美元估值（推算）。",
        ),
        sources::WAPO_STANFORD,
    ),
    organisation(
        "seed",
        Text::new("Median US seed round", "美国种子轮融资中位数"),
        Text::new("a median US seed round", "美国种子轮融资中位数"),
        Text::new(
            "a start-up with a median seed round",
            "完成中位数种子轮融资的初创公司",
        ),
        3.5e6,
        Text::new("Q1 2024", "2024年第一季度"),
        sources::CARTA_Q1_2024,
    ),
    organisation(
        "series-a",
        Text::new("Median US Series A", "美国A轮融资中位数"),
        Text::new("a median US Series A round", "美国A轮融资中位数"),
        Text::new(
            "a start-up with a median Series A",
            "完成中位数A轮融资的初创公司",
        ),
        9.3e6,
        Text::new("Q1 2024", "2024年第一季度"),
        sources::CARTA_Q1_2024,
    ),
    organisation(
        "series-b",
        Text::new("Median US Series B", "美国B轮融资中位数"),
        Text::new("a median US Series B round", "美国B轮融资中位数"),
        Text::new(
            "a start-up with a median Series B",
            "完成中位数B轮融资的初创公司",
        ),
        SERIES_B.get(),
        Text::new("Q1 2024", "2024年第一季度"),
        sources::CARTA_Q1_2024,
    ),
    organisation(
        "nairr",
        Text::new("US NAIRR, six years", "美国NAIRR（六年）"),
        Text::new(
            "the US National AI Research Resource’s six-year budget",
            "美国国家人工智能研究资源六年预算",
        ),
        Text::new(
            "the proposed US National AI Research Resource",
            "拟议中的美国国家人工智能研究资源",
        ),
        2.6e9,
        Text::new(
            "Proposed public programme, over six years (2023)",
            "拟议的公共计划，为期六年（2023年）",
        ),
        sources::NAIRR,
    ),
    organisation(
        "largest-ai-round",
        Text::new("Largest AI start-up round", "最大一轮AI初创公司融资"),
        Text::new(
            "the largest AI start-up round",
            "规模最大的一轮AI初创公司融资",
        ),
        Text::new("OpenAI, with its record round", "完成创纪录融资的OpenAI"),
        LARGEST_AI_ROUND.get(),
        Text::new("OpenAI, October 2024", "OpenAI，2024年10月"),
        sources::AI_STARTUP_ROUNDS,
    ),
    for_scale(
        "alphabet-quarter",
        Text::new("Alphabet, a quarter’s capex", "Alphabet单季资本支出"),
        Text::new("Alphabet’s capex in one quarter", "Alphabet单季资本支出"),
        12e9,
        Text::new(
            "Q1 2024, +91% on a year earlier",
            "2024年第一季度，同比增长91%",
        ),
        sources::BIGTECH_CAPEX,
    ),
    for_scale(
        "microsoft-quarter",
        Text::new("Microsoft, a quarter’s capex", "微软单季资本支出"),
        Text::new("Microsoft’s capex in one quarter", "微软单季资本支出"),
        14e9,
        Text::new(
            "Q1 2024, +79% on a year earlier",
            "2024年第一季度，同比增长79%",
        ),
        sources::BIGTECH_CAPEX,
    ),
    organisation(
        "meta-year",
        Text::new("Meta, a year’s capex", "Meta全年资本支出"),
        Text::new("Meta’s capex in a year", "Meta全年资本支出"),
        Text::new("Meta", "Meta"),
        37.5e9,
        Text::new(
            "2024 guidance of $35–40B, midpoint",
            "2024年预期350亿至400亿美元，取中值",
        ),
        sources::BIGTECH_CAPEX,
    ),
    organisation(
        "alphabet-year",
        Text::new("Alphabet, a year’s capex", "Alphabet全年资本支出"),
        Text::new("Alphabet’s capex in a year", "Alphabet全年资本支出"),
        Text::new("Alphabet", "Alphabet"),
        48e9,
        Text::new(
            "Q1 2024’s pace for a year: 4 × $12B (derived)",
            "按2024年第一季度的速度全年计：4 × 120亿美元（推算）",
        ),
        sources::BIGTECH_CAPEX,
    ),
    organisation(
        "microsoft-year",
        Text::new("Microsoft, a year’s capex", "微软全年资本支出"),
        Text::new("Microsoft’s capex in a year", "微软全年资本支出"),
        Text::new("Microsoft", "微软"),
        56e9,
        Text::new(
            "Q1 2024’s pace for a year: 4 × $14B (derived)",
            "按2024年第一季度的速度全年计：4 × 140亿美元（推算）",
        ),
        sources::BIGTECH_CAPEX,
    ),
    organisation(
        "amazon-year",
        Text::new("Amazon, a year’s capex", "亚马逊全年资本支出"),
        Text::new("Amazon’s capex in a year", "亚马逊全年资本支出"),
        Text::new("Amazon", "亚马逊"),
        LARGEST_COMPANY_YEAR.get(),
        Text::new("2024, cash capital expenditure", "2024年现金资本支出"),
        sources::AMAZON_CAPEX_2024,
    ),
    for_scale(
        "bigtech-2024",
        Text::new("Big Tech four, 2024 capex", "四大科技公司2024年资本支出"),
        Text::new(
            "the four largest tech firms’ capex in 2024",
            "四大科技公司2024年资本支出总和",
        ),
        230e9,
        Text::new(
            "Microsoft, Alphabet, Amazon and Meta together",
            "微软、Alphabet、亚马逊和Meta合计",
        ),
        sources::BIGTECH_CAPEX,
    ),
    for_scale(
        "bigtech-2025",
        Text::new("Big Tech four, 2025 capex", "四大科技公司2025年资本支出"),
        Text::new(
            "the four largest tech firms’ capex in 2025",
            "四大科技公司2025年资本支出总和",
        ),
        380e9,
        Text::new(
            "Microsoft, Alphabet, Amazon and Meta together",
            "微软、Alphabet、亚马逊和Meta合计",
        ),
        sources::BIGTECH_CAPEX,
    ),
];

/// Looks a reference budget of an edition up by id.
pub fn budget(edition: &'static Edition, id: &str) -> Option<&'static Budget> {
    edition.budgets.iter().find(|budget| budget.id == id)
}

/// The budgets of an edition the verdict counts: one per organisation.
pub fn organisations(edition: &'static Edition) -> impl Iterator<Item = &'static Budget> {
    edition
        .budgets
        .iter()
        .filter(|budget| budget.role == BudgetRole::Organisation)
}

/// A budget covers the capital required when it is at least as large.
pub fn could_fund(budget: &Budget, capital: Usd) -> bool {
    budget.amount.get() >= capital.get()
}

/// One step of the barrier scale: who can still pay, up to which capital, and why there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Level {
    /// The step's position on the scale, 0 (open to start-ups) to 4 (beyond any single company).
    pub index: u8,
    /// The step's name: "Open to start-ups", "Hyperscalers only"…
    pub name: Text,
    /// The largest capital required at this level (inclusive); `None` for the last one.
    pub upper: Option<Usd>,
    /// Why the step ends where it does.
    pub basis: Text,
    /// Where the boundary's figure comes from.
    pub source: Source,
}

/// The five steps, by capital required. Each boundary is a reference budget (or, for the
/// second, the cost Dario Amodei gave for the frontier models in training in 2024), so the
/// scale moves only when a documented figure does.
pub const LEVELS: [Level; 5] = [
    Level {
        index: 0,
        name: Text::new("Open to start-ups", "初创公司可及"),
        upper: Some(SERIES_B),
        basis: Text::new(
            "Up to a median US Series B round: an ordinary venture-backed start-up can raise it.",
            "不超过美国B轮融资中位数：普通风投支持的初创公司即可筹得。",
        ),
        source: sources::CARTA_Q1_2024,
    },
    Level {
        index: 1,
        name: Text::new("Well-funded start-ups", "资金雄厚的初创公司"),
        upper: Some(Usd(1e9)),
        basis: Text::new(
            "Up to $1B, what frontier models in training cost in 2024 (Amodei): many rounds, or a strategic backer.",
            "不超过10亿美元，即2024年在训前沿模型的成本（阿莫代）：需多轮融资或战略投资方。",
        ),
        source: sources::SEED,
    },
    Level {
        index: 2,
        name: Text::new("Top labs and governments", "顶尖实验室与政府"),
        upper: Some(LARGEST_AI_ROUND),
        basis: Text::new(
            "Up to the largest AI start-up round (OpenAI, $6.6B); national programmes such as NAIRR ($2.6B) sit here.",
            "不超过最大一轮AI初创公司融资（OpenAI，66亿美元）；NAIRR（26亿美元）等国家计划处于此级。",
        ),
        source: sources::AI_STARTUP_ROUNDS,
    },
    Level {
        index: 3,
        name: Text::new("Hyperscalers only", "仅限超大规模云厂商"),
        upper: Some(LARGEST_COMPANY_YEAR),
        basis: Text::new(
            "Up to a year of the largest single company’s capital spending (Amazon, 2024): only Big Tech.",
            "不超过单家公司一年资本支出的最高值（亚马逊，2024年）：只有科技巨头。",
        ),
        source: sources::AMAZON_CAPEX_2024,
    },
    Level {
        index: 4,
        name: Text::new("Beyond any single company", "超出任何单家公司"),
        upper: None,
        basis: Text::new(
            "More than any one company spends on infrastructure in a year.",
            "超过任何一家公司一年的基础设施支出。",
        ),
        source: sources::BIGTECH_CAPEX,
    },
];

/// The step of the scale for a capital required: the first whose upper bound it does not
/// exceed (a capital exactly at a bound belongs to the lower step).
///
/// ```
/// use frontier_cost_model::barrier::{level_for, LEVELS, SERIES_B};
/// use frontier_cost_model::units::Usd;
///
/// assert_eq!(level_for(Usd(1e6)), 0);
/// // Exactly a median Series B round is still open to start-ups; a dollar more is not.
/// assert_eq!(level_for(SERIES_B), 0);
/// assert_eq!(level_for(SERIES_B + Usd(1.0)), 1);
/// assert_eq!(LEVELS[usize::from(level_for(Usd(5e9)))].name.en, "Top labs and governments");
/// assert_eq!(level_for(Usd(1e12)), 4);
/// ```
pub fn level_for(capital: Usd) -> u8 {
    level_for_in(&LEVELS, capital)
}

/// [`level_for`] on the scale of any edition.
pub fn level_for_in(levels: &[Level; 5], capital: Usd) -> u8 {
    levels
        .iter()
        .find(|level| level.upper.is_none_or(|upper| capital.get() <= upper.get()))
        .map_or(4, |level| level.index)
}

/// How a capital required compares with a budget, in the words a sentence will use.
/// Numbers are rounded to two significant figures; the page formats them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ratio {
    /// Under 1% of the budget.
    UnderOnePercent,
    /// A share of the budget (a fraction, 0.01 to 0.95).
    Share(f64),
    /// Within 5% either way.
    AboutTheSame,
    /// A multiple of the budget (1.05 or more).
    Times(f64),
}

/// Rounds to two significant figures: 14.3 → 14, 0.0834 → 0.083, 1843 → 1800.
pub fn round2(value: f64) -> f64 {
    super::decimal::round_significant(value, 2)
}

/// The ratio of an amount to a reference, classified for wording.
pub fn ratio(amount: f64, reference: f64) -> Ratio {
    let r = if reference > 0.0 {
        amount / reference
    } else {
        f64::INFINITY
    };
    if !r.is_finite() {
        // Nothing compares with a zero reference: say "many times" with the largest number
        // a sentence can carry rather than infinity.
        return Ratio::Times(f64::MAX);
    }
    if r < 0.01 {
        Ratio::UnderOnePercent
    } else if r < 0.95 {
        Ratio::Share(round2(r))
    } else if r < 1.05 {
        Ratio::AboutTheSame
    } else {
        Ratio::Times(round2(r))
    }
}

/// One rung of the ladder as the page draws it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rung {
    /// The reference budget of the rung.
    pub budget: &'static Budget,
    /// The capital required compared with the budget.
    pub ratio: Ratio,
    /// Whether the budget covers the capital required (see [`could_fund`]).
    pub could_fund: bool,
}

/// The ladder for a capital required, smallest budget first.
pub fn ladder(edition: &'static Edition, capital: Usd) -> Vec<Rung> {
    edition
        .budgets
        .iter()
        .map(|budget| Rung {
            budget,
            ratio: ratio(capital.get(), budget.amount.get()),
            could_fund: could_fund(budget, capital),
        })
        .collect()
}

/// What the verdict says about how many organisations could pay.
#[derive(Clone, Debug, PartialEq)]
pub enum Count {
    /// No reference organisation could pay.
    None,
    /// One to four: named, smallest first.
    Few(Vec<&'static Budget>),
    /// Five or more but not all: the smallest that could is named.
    Many {
        /// How many organisations could pay.
        count: usize,
        /// The smallest budget that could.
        smallest: &'static Budget,
    },
    /// Every reference organisation could pay.
    All,
}

/// The plain-language verdict: the level and who could pay.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// The capital required the verdict is about, in US dollars.
    pub capital: Usd,
    /// The step of the scale, [`level_for`] the capital (0–4).
    pub level: u8,
    /// How many reference organisations there are.
    pub organisations: usize,
    /// How many of them could cover the capital required.
    pub able: usize,
    /// Who could pay, for the sentence.
    pub count: Count,
}

/// Names are listed up to this many; beyond, the verdict names only the smallest.
pub const MAX_NAMED: usize = 4;

/// The verdict for a capital required: its step of the scale and which of the reference
/// organisations ([`organisations`]) could cover it.
///
/// ```
/// use frontier_cost_model::barrier::{verdict, Count};
/// use frontier_cost_model::edition::V1;
/// use frontier_cost_model::units::Usd;
///
/// // A million dollars: every organisation on the ladder could pay.
/// let small = verdict(&V1, Usd(1e6));
/// assert_eq!((small.level, small.count.clone()), (0, Count::All));
/// assert_eq!(small.able, small.organisations);
///
/// // $40B: only the largest companies' yearly spending covers it, and they are named.
/// let large = verdict(&V1, Usd(40e9));
/// assert_eq!(large.level, 3);
/// match &large.count {
///     Count::Few(budgets) => {
///         let names: Vec<&str> = budgets.iter().map(|budget| budget.who.en).collect();
///         assert_eq!(names, ["Alphabet", "Microsoft", "Amazon"]);
///     }
///     other => panic!("expected a few named organisations, got {other:?}"),
/// }
///
/// // More than any single company spends in a year: nobody.
/// let beyond = verdict(&V1, Usd(1e12));
/// assert_eq!((beyond.level, beyond.able, beyond.count), (4, 0, Count::None));
/// ```
pub fn verdict(edition: &'static Edition, capital: Usd) -> Verdict {
    let able: Vec<&'static Budget> = organisations(edition)
        .filter(|budget| could_fund(budget, capital))
        .collect();
    let organisations = organisations(edition).count();
    let count = match able.len() {
        0 => Count::None,
        n if n == organisations => Count::All,
        n if n <= MAX_NAMED => Count::Few(able.clone()),
        n => Count::Many {
            count: n,
            // BUDGETS is sorted, so the first that could is the smallest.
            smallest: able[0],
        },
    };
    Verdict {
        capital,
        level: edition.level_for(capital),
        organisations,
        able: able.len(),
        count,
    }
}

/// Access to chips, power, data and time that a scenario implies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Access {
    /// Accelerators in the cluster.
    pub accelerators: f64,
    /// The accelerators in H100s of the same dense BF16 peak.
    pub h100_equivalents: f64,
    /// H100-equivalents ÷ Meta's 350,000 H100.
    pub share_of_meta_fleet: f64,
    /// Accelerators ÷ a top university group's 68 GPUs.
    pub times_university: f64,
    /// Facility power, in megawatts.
    pub power_mw: f64,
    /// Facility power ÷ a 100,000-H100 cluster's 150 MW.
    pub times_100k_cluster: f64,
    /// Facility power ÷ 1 GW.
    pub share_of_gigawatt: f64,
    /// Licensed data per year, in US dollars.
    pub licences_per_year: Usd,
    /// Licensed data ÷ all data costs; `None` when there is no data cost at all.
    pub licence_share_of_data: Option<f64>,
    /// Yearly licences ÷ a News-Corp-size deal ($50M a year).
    pub news_corp_deals: f64,
    /// Yearly licences ÷ the $2.5B training-data market of 2024.
    pub share_of_data_market: f64,
    /// Wall-clock days of the final run on the whole cluster.
    pub final_run_days: f64,
    /// Months the cluster is busy with every run, experiments included.
    pub programme_months: f64,
    /// The programme's planned length.
    pub planned_months: f64,
}

/// The access indicators of a scenario, from its parameters and their evaluation.
pub fn access(params: &Params, outputs: &Outputs) -> Access {
    let h100 = super::chips::ChipId::H100.spec().peak_bf16.get();
    let h100_equivalents = params.accelerators * params.chip.spec().peak_bf16.get() / h100;
    let cost_data = outputs.cost_data.get();
    Access {
        accelerators: params.accelerators,
        h100_equivalents,
        share_of_meta_fleet: h100_equivalents / META_FLEET_H100,
        times_university: params.accelerators / UNIVERSITY_GPUS,
        power_mw: outputs.power_mw,
        times_100k_cluster: outputs.power_mw / CLUSTER_100K_MW,
        share_of_gigawatt: outputs.power_mw / GIGAWATT_CAMPUS_MW,
        licences_per_year: Usd(params.licence_per_year),
        licence_share_of_data: (cost_data > 0.0).then(|| outputs.cost_licences.get() / cost_data),
        news_corp_deals: params.licence_per_year / NEWS_CORP_DEAL_PER_YEAR.get(),
        share_of_data_market: params.licence_per_year / DATA_MARKET_2024.get(),
        final_run_days: outputs.days_final,
        programme_months: outputs.busy_months,
        planned_months: params.months,
    }
}

crate::link_codes! {
    /// Every number the barrier panels show, by its public `data-out` name.
    pub enum BarrierOut {
        /// The step of the barrier scale, 0–4 ([`level_for`]).
        Level = "barrier_level",
        /// How many reference organisations could cover the capital required ([`Verdict::able`]).
        FundableCount = "ladder_fundable_count",
        /// H100-equivalents ÷ Meta's 350,000 H100 ([`Access::share_of_meta_fleet`]).
        VsMetaFleet = "accelerators_vs_meta_fleet",
        /// Accelerators ÷ a top university group's 68 GPUs ([`Access::times_university`]).
        VsUniversity = "accelerators_vs_university",
        /// Facility power ÷ a 100,000-H100 cluster's 150 MW ([`Access::times_100k_cluster`]).
        VsCluster = "power_vs_100k_cluster",
        /// Licensed data's share of the data costs, 0–1 ([`Access::licence_share_of_data`]).
        LicenceShare = "licence_share_of_data",
        /// Yearly licences in News-Corp-size deals of $50M a year ([`Access::news_corp_deals`]).
        LicenceDeals = "licence_deals",
        /// Months the cluster is busy with every run ([`Access::programme_months`]).
        ProgrammeMonths = "programme_months",
        /// Five years on at the central growth rate, in US dollars
        /// ([`in_five_years`](crate::trajectory::in_five_years)): of the total in version 1,
        /// of the final run in version 2 ([`TrajectoryBasis`](crate::trajectory::TrajectoryBasis)).
        TrajectoryFiveYears = "trajectory_5y",
        /// The first year the position (version 1: the total; version 2: the final run) would
        /// cost more than the edition's year of the largest company's spending
        /// ([`year_beyond`](crate::trajectory::year_beyond)).
        TrajectoryBeyondYear = "trajectory_beyond_year",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cost::{evaluate, OutKey};
    use crate::edition::V1;
    use crate::params::{ParamKey, Value};
    use crate::presets;
    use crate::text::has_cjk;

    fn capital_of(id: &str) -> Usd {
        evaluate(&presets::by_id(id).unwrap().params).capital
    }

    #[test]
    fn budgets_are_sorted_sourced_and_translated() {
        for pair in BUDGETS.windows(2) {
            assert!(
                pair[0].amount.get() < pair[1].amount.get(),
                "{}",
                pair[1].id
            );
        }
        for (i, a) in BUDGETS.iter().enumerate() {
            assert_eq!(
                budget(&V1, a.id).map(|found| found.amount),
                Some(a.amount),
                "{}",
                a.id
            );
            assert!(BUDGETS[i + 1..].iter().all(|b| b.id != a.id));
            for text in [a.label, a.phrase, a.who, a.detail] {
                assert!(!text.en.is_empty() && !text.zh().is_empty(), "{}", a.id);
                assert!(has_cjk(text.zh()) || text.zh() == text.en, "{}", a.id);
            }
            assert!(a.source.as_of.starts_with("20"));
        }
        assert_eq!(organisations(&V1).count(), 10);
    }

    #[test]
    fn reference_figures_match_the_sources() {
        let amount = |id: &str| budget(&V1, id).unwrap().amount.get();
        assert_eq!(amount("seed"), 3.5e6);
        assert_eq!(amount("series-a"), 9.3e6);
        assert_eq!(amount("series-b"), 21e6);
        assert_eq!(amount("university-lab"), 68.0 * 30_000.0);
        assert_eq!(amount("nairr"), 2.6e9);
        assert_eq!(amount("microsoft-quarter"), 14e9);
        assert_eq!(amount("alphabet-quarter"), 12e9);
        assert_eq!(amount("microsoft-year"), 4.0 * amount("microsoft-quarter"));
        assert_eq!(amount("alphabet-year"), 4.0 * amount("alphabet-quarter"));
        assert_eq!(amount("meta-year"), (35e9 + 40e9) / 2.0);
        assert_eq!(amount("bigtech-2024"), 230e9);
        assert_eq!(amount("bigtech-2025"), 380e9);
    }

    #[test]
    fn thresholds_are_reference_budgets() {
        let upper = |i: usize| LEVELS[i].upper.unwrap().get();
        assert_eq!(upper(0), budget(&V1, "series-b").unwrap().amount.get());
        assert_eq!(
            upper(2),
            budget(&V1, "largest-ai-round").unwrap().amount.get()
        );
        // The hyperscaler step ends at the largest single organisation's budget.
        let largest = organisations(&V1)
            .map(|b| b.amount.get())
            .fold(0.0, f64::max);
        assert_eq!(upper(3), largest);
        assert_eq!(LEVELS[4].upper, None);
        for (i, level) in LEVELS.iter().enumerate() {
            assert_eq!(level.index as usize, i);
        }
        for pair in LEVELS.windows(2) {
            if let (Some(a), Some(b)) = (pair[0].upper, pair[1].upper) {
                assert!(a.get() < b.get());
            }
        }
    }

    #[test]
    fn levels_at_and_around_each_threshold() {
        assert_eq!(level_for(Usd(0.0)), 0);
        for level in &LEVELS[..4] {
            let bound = level.upper.unwrap().get();
            assert_eq!(level_for(Usd(bound)), level.index, "exactly at {bound}");
            assert_eq!(level_for(Usd(bound * 0.999)), level.index);
            assert_eq!(level_for(Usd(bound * 1.001)), level.index + 1);
        }
        assert_eq!(level_for(Usd(1e15)), 4);
        assert_eq!(level_for(Usd(f64::MAX)), 4);
    }

    #[test]
    fn presets_sit_where_the_brief_expects() {
        assert_eq!(level_for(capital_of("university-lab")), 0);
        assert_eq!(level_for(capital_of("startup")), 0);
        assert_eq!(level_for(capital_of("deepseek-v3")), 1);
        assert_eq!(level_for(capital_of("gpt-4")), 2);
        assert_eq!(level_for(capital_of("llama-3.1-405b")), 2);
        assert_eq!(level_for(capital_of("frontier-2025")), 3);
        assert!(level_for(capital_of("frontier-2026")) >= 3);
    }

    #[test]
    fn a_much_bigger_cluster_raises_the_level() {
        let mut params = presets::default_preset().params;
        let before = level_for(evaluate(&params).capital);
        params
            .set(ParamKey::ClusterSize, Value::Number(2_000_000.0))
            .unwrap();
        let after = level_for(evaluate(&params).capital);
        assert!(after > before, "{before} → {after}");
        assert_eq!(after, 4);
    }

    #[test]
    fn rounding_to_two_significant_figures() {
        assert_eq!(round2(14.3), 14.0);
        assert_eq!(round2(1.18), 1.2);
        assert_eq!(round2(1843.0), 1800.0);
        assert_eq!(round2(0.0834), 0.083);
        assert_eq!(round2(0.0), 0.0);
        // Through the decimal text: no binary residue (6.599999999999999e6).
        assert_eq!(round2(6.591e6), 6.6e6);
    }

    #[test]
    fn ratio_classes_and_their_boundaries() {
        assert_eq!(ratio(295e6, 21e6), Ratio::Times(14.0));
        assert_eq!(ratio(1.18e9, 14e9), Ratio::Share(0.084));
        assert_eq!(ratio(0.5, 100.0), Ratio::UnderOnePercent);
        assert_eq!(ratio(1.0, 100.0), Ratio::Share(0.01));
        assert_eq!(ratio(0.949, 1.0), Ratio::Share(0.95));
        assert_eq!(ratio(0.95, 1.0), Ratio::AboutTheSame);
        assert_eq!(ratio(1.0, 1.0), Ratio::AboutTheSame);
        assert_eq!(ratio(1.049, 1.0), Ratio::AboutTheSame);
        assert_eq!(ratio(1.05, 1.0), Ratio::Times(1.1));
        assert_eq!(ratio(1.0, 0.0), Ratio::Times(f64::MAX));
    }

    #[test]
    fn could_fund_means_the_budget_is_at_least_the_capital() {
        let series_b = budget(&V1, "series-b").unwrap();
        assert!(could_fund(series_b, Usd(21e6)));
        assert!(!could_fund(series_b, Usd(21e6 + 1.0)));
        let rungs = ladder(&V1, Usd(7.9e9));
        assert_eq!(rungs.len(), BUDGETS.len());
        let fundable: Vec<&str> = rungs
            .iter()
            .filter(|r| r.could_fund)
            .map(|r| r.budget.id)
            .collect();
        assert_eq!(
            fundable,
            [
                "alphabet-quarter",
                "microsoft-quarter",
                "meta-year",
                "alphabet-year",
                "microsoft-year",
                "amazon-year",
                "bigtech-2024",
                "bigtech-2025"
            ]
        );
    }

    #[test]
    fn verdict_counts_and_names() {
        let none = verdict(&V1, Usd(100e9));
        assert_eq!(
            (none.level, none.able, none.count.clone()),
            (4, 0, Count::None)
        );
        assert_eq!(none.organisations, 10);

        let few = verdict(&V1, Usd(7.9e9));
        assert_eq!(few.level, 3);
        assert_eq!(few.able, 4);
        match &few.count {
            Count::Few(names) => assert_eq!(
                names.iter().map(|b| b.who.en).collect::<Vec<_>>(),
                ["Meta", "Alphabet", "Microsoft", "Amazon"]
            ),
            other => panic!("{other:?}"),
        }

        let many = verdict(&V1, Usd(1.5e9));
        assert_eq!(many.level, 2);
        assert_eq!(
            many.count,
            Count::Many {
                count: 6,
                smallest: budget(&V1, "nairr").unwrap()
            }
        );

        let all = verdict(&V1, Usd(1e6));
        assert_eq!((all.level, all.able, all.count), (0, 10, Count::All));

        // Exactly at Meta's budget Meta counts; a dollar more and it does not.
        assert_eq!(verdict(&V1, Usd(37.5e9)).able, 4);
        assert_eq!(verdict(&V1, Usd(37.5e9 + 1.0)).able, 3);
    }

    #[test]
    fn access_indicators() {
        let params = presets::FRONTIER_2026.params;
        let out = evaluate(&params);
        let a = access(&params, &out);
        // 400,000 B200 at 2.25 PFLOP/s each are about 910,000 H100s.
        assert!((a.h100_equivalents / (400_000.0 * 2.25e15 / 989.4e12) - 1.0).abs() < 1e-12);
        assert!((a.share_of_meta_fleet - a.h100_equivalents / 350_000.0).abs() < 1e-12);
        assert!((a.times_university - 400_000.0 / 68.0).abs() < 1e-9);
        assert_eq!(a.power_mw, out.power_mw);
        assert!((a.times_100k_cluster - out.power_mw / 150.0).abs() < 1e-12);
        assert_eq!(a.news_corp_deals, 6.0);
        assert!((a.share_of_data_market - 0.12).abs() < 1e-12);
        let share = a.licence_share_of_data.unwrap();
        assert!((share - out.cost_licences.get() / out.cost_data.get()).abs() < 1e-12);
        assert!(share > 0.0 && share < 1.0);
        assert_eq!(a.final_run_days, out.value(OutKey::DaysFinal));
        assert_eq!(a.programme_months, out.busy_months);
        assert_eq!(a.planned_months, 18.0);

        // No data cost at all: no share rather than 0/0.
        let mut params = presets::DEEPSEEK_V3.params;
        params.licence_per_year = 0.0;
        let a = access(&params, &evaluate(&params));
        assert_eq!(a.licence_share_of_data, None);
        assert_eq!(a.news_corp_deals, 0.0);
    }

    #[test]
    fn every_preset_gives_finite_indicators() {
        for preset in presets::ALL {
            let out = evaluate(&preset.params);
            let a = access(&preset.params, &out);
            for v in [
                a.h100_equivalents,
                a.share_of_meta_fleet,
                a.times_university,
                a.times_100k_cluster,
                a.share_of_gigawatt,
                a.news_corp_deals,
                a.share_of_data_market,
                a.final_run_days,
                a.programme_months,
            ] {
                assert!(v.is_finite() && v >= 0.0, "{}", preset.id);
            }
        }
    }

    #[test]
    fn output_names_are_unique_and_new() {
        for (i, a) in BarrierOut::ALL.iter().enumerate() {
            assert!(BarrierOut::ALL[i + 1..]
                .iter()
                .all(|b| b.code() != a.code()));
            assert!(OutKey::from_code(a.code()).is_none(), "{}", a.code());
        }
    }
}
