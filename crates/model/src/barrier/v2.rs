//! Schema version 2's reference budgets and barrier scale: 2025 actuals, with 2026 guidance
//! shown for scale only.
//!
//! Frozen once released, like version 1's (see the parent module). Each level boundary is one
//! of this ladder's budgets, so the scale moves only when a documented figure does
//! (docs/methodology.md §8.3, "Version 2").

use super::{for_scale, organisation, Budget, Level};
use crate::sources;
use crate::text::Text;
use crate::units::Usd;

/// US dollars per euro, ECB monthly averages: February 2025 (InvestAI) and September 2025
/// (Mistral AI's round). Each euro figure is converted at its own month's rate.
const USD_PER_EUR_2025_02: f64 = 1.04;
const USD_PER_EUR_2025_09: f64 = 1.17;

/// A median US Series B round: no later round-size median is used, so version 1's Carta
/// figure (Q1 2024) stays the first step's top.
pub const SERIES_B: Usd = super::SERIES_B;
/// Mistral AI's Series C, €1.7B (September 2025): the top of the well-funded start-ups' step.
pub const MISTRAL_ROUND: Usd = Usd(1.7e9 * USD_PER_EUR_2025_09);
/// The largest private AI round: OpenAI's $40B of 31 March 2025.
pub const LARGEST_AI_ROUND: Usd = Usd(40e9);
/// A year of the largest single company's capital spending: Amazon's 2025 actual, $131.8B.
/// An actual rather than 2026 guidance, because the verdict says who *could* pay and a reported
/// figure does not move; the guidance (about $200B) is a rung for scale.
pub const LARGEST_COMPANY_YEAR: Usd = Usd(131.8e9);

/// Microsoft's capital expenditure including finance leases in calendar 2025: its fiscal
/// quarters Q3 and Q4 2025 and Q1 and Q2 2026 (derived from four earnings releases).
const MICROSOFT_2025: f64 = 21.4e9 + 24.2e9 + 34.9e9 + 37.5e9;
const META_2025: f64 = 72.2e9;
const ALPHABET_2025: f64 = 91.4e9;

/// The ladder, from the smallest budget to the largest.
pub const BUDGETS: [Budget; 18] = [
    // The lowest rungs have no 2025 successor in a primary source: version 1's figures, as dated.
    super::BUDGETS[0],
    super::BUDGETS[1],
    super::BUDGETS[3],
    organisation(
        "mistral-round",
        Text::new("Mistral AI’s Series C", "Mistral AI的C轮融资"),
        Text::new("Mistral AI’s Series C round", "Mistral AI的C轮融资"),
        Text::new(
            "Mistral AI, with its 2025 round",
            "完成2025年融资的Mistral AI",
        ),
        MISTRAL_ROUND.get(),
        Text::new(
            "€1.7B, September 2025, at $1.17 per euro (derived)",
            "17亿欧元，2025年9月，按1欧元兑1.17美元换算（推算）",
        ),
        sources::MISTRAL_SERIES_C,
    ),
    super::BUDGETS[4],
    organisation(
        "china-ai-fund",
        Text::new("China’s national AI fund", "中国国家人工智能产业投资基金"),
        Text::new(
            "China’s national AI industry investment fund",
            "中国国家人工智能产业投资基金",
        ),
        Text::new("China’s national AI fund", "中国国家人工智能产业投资基金"),
        8.2e9,
        Text::new("¥60.06B, January 2025", "600.6亿元，2025年1月"),
        sources::CHINA_AI_FUND,
    ),
    organisation(
        "anthropic-round",
        Text::new("Anthropic’s Series F", "Anthropic的F轮融资"),
        Text::new("Anthropic’s Series F round", "Anthropic的F轮融资"),
        Text::new("Anthropic", "Anthropic"),
        13e9,
        Text::new("September 2025", "2025年9月"),
        sources::ANTHROPIC_SERIES_F,
    ),
    organisation(
        "eu-gigafactories",
        Text::new("EU fund for AI gigafactories", "欧盟AI超级工厂基金"),
        Text::new("the EU’s fund for AI gigafactories", "欧盟AI超级工厂基金"),
        Text::new("the EU’s AI gigafactories fund", "欧盟AI超级工厂基金"),
        20e9 * USD_PER_EUR_2025_02,
        Text::new(
            "€20B within InvestAI, February 2025, at $1.04 per euro (derived)",
            "InvestAI中的200亿欧元，2025年2月，按1欧元兑1.04美元换算（推算）",
        ),
        sources::EU_INVESTAI,
    ),
    for_scale(
        "microsoft-quarter",
        Text::new("Microsoft, a quarter’s capex", "微软单季资本支出"),
        Text::new("Microsoft’s capex in one quarter", "微软单季资本支出"),
        37.5e9,
        Text::new(
            "October–December 2025, with finance leases",
            "2025年10月至12月，含融资租赁",
        ),
        sources::MICROSOFT_CAPEX_2025,
    ),
    organisation(
        "largest-ai-round",
        Text::new("Largest private AI round", "最大一轮AI私募融资"),
        Text::new("the largest private AI round", "规模最大的一轮AI私募融资"),
        Text::new("OpenAI, with its record round", "完成创纪录融资的OpenAI"),
        LARGEST_AI_ROUND.get(),
        Text::new("OpenAI, March 2025", "OpenAI，2025年3月"),
        sources::OPENAI_ROUND_2025,
    ),
    organisation(
        "meta-year",
        Text::new("Meta, a year’s capex", "Meta全年资本支出"),
        Text::new("Meta’s capex in a year", "Meta全年资本支出"),
        Text::new("Meta", "Meta"),
        META_2025,
        Text::new("2025, with finance leases", "2025年，含融资租赁"),
        sources::META_CAPEX_2025,
    ),
    organisation(
        "alphabet-year",
        Text::new("Alphabet, a year’s capex", "Alphabet全年资本支出"),
        Text::new("Alphabet’s capex in a year", "Alphabet全年资本支出"),
        Text::new("Alphabet", "Alphabet"),
        ALPHABET_2025,
        Text::new("2025", "2025年"),
        sources::ALPHABET_CAPEX_2025,
    ),
    organisation(
        "microsoft-year",
        Text::new("Microsoft, a year’s capex", "微软全年资本支出"),
        Text::new("Microsoft’s capex in a year", "微软全年资本支出"),
        Text::new("Microsoft", "微软"),
        MICROSOFT_2025,
        Text::new(
            "Calendar 2025, four quarters with finance leases (derived)",
            "2025自然年，四个季度合计，含融资租赁（推算）",
        ),
        sources::MICROSOFT_CAPEX_2025,
    ),
    organisation(
        "amazon-year",
        Text::new("Amazon, a year’s capex", "亚马逊全年资本支出"),
        Text::new("Amazon’s capex in a year", "亚马逊全年资本支出"),
        Text::new("Amazon", "亚马逊"),
        LARGEST_COMPANY_YEAR.get(),
        Text::new("2025, cash capital expenditure", "2025年现金资本支出"),
        sources::AMAZON_CAPEX_2025,
    ),
    for_scale(
        "amazon-2026",
        Text::new("Amazon, 2026 guidance", "亚马逊2026年预期"),
        Text::new(
            "Amazon’s expected capex for 2026",
            "亚马逊2026年预期资本支出",
        ),
        200e9,
        Text::new(
            "About $200B, said in February 2026",
            "约2000亿美元，2026年2月表示",
        ),
        sources::AMAZON_CAPEX_2025,
    ),
    for_scale(
        "bigtech-2025",
        Text::new("Big Tech four, 2025 capex", "四大科技公司2025年资本支出"),
        Text::new(
            "the four largest tech firms’ capex in 2025",
            "四大科技公司2025年资本支出总和",
        ),
        META_2025 + ALPHABET_2025 + MICROSOFT_2025 + LARGEST_COMPANY_YEAR.get(),
        Text::new(
            "Microsoft, Alphabet, Amazon and Meta, the four years above (derived)",
            "微软、Alphabet、亚马逊和Meta，即上列四项之和（推算）",
        ),
        sources::MICROSOFT_CAPEX_2025,
    ),
    for_scale(
        "stargate",
        Text::new("Stargate, four years", "星际之门（四年）"),
        Text::new(
            "the Stargate project’s four-year plan",
            "星际之门项目的四年计划",
        ),
        500e9,
        Text::new(
            "OpenAI, SoftBank, Oracle and MGX: up to $500B, announced January 2025",
            "OpenAI、软银、甲骨文和MGX：最多5000亿美元，2025年1月宣布",
        ),
        sources::STARGATE,
    ),
    for_scale(
        "bigtech-2026",
        Text::new("Big Tech four, 2026 guidance", "四大科技公司2026年预期"),
        Text::new(
            "the four largest tech firms’ expected capex for 2026",
            "四大科技公司2026年预期资本支出总和",
        ),
        650e9,
        Text::new(
            "Low end of the $650–700B press totals",
            "媒体汇总6500亿至7000亿美元的下限",
        ),
        sources::BIGTECH_CAPEX_2026,
    ),
];

/// The five steps, by capital required; each boundary is a budget of [`BUDGETS`].
pub const LEVELS: [Level; 5] = [
    Level {
        index: 0,
        name: super::LEVELS[0].name,
        upper: Some(SERIES_B),
        basis: super::LEVELS[0].basis,
        source: sources::CARTA_Q1_2024,
    },
    Level {
        index: 1,
        name: super::LEVELS[1].name,
        upper: Some(MISTRAL_ROUND),
        basis: Text::new(
            "Up to Mistral AI’s €1.7B Series C (September 2025, about $2B): many rounds, or a strategic backer.",
            "不超过Mistral AI的17亿欧元C轮融资（2025年9月，约20亿美元）：需多轮融资或战略投资方。",
        ),
        source: sources::MISTRAL_SERIES_C,
    },
    Level {
        index: 2,
        name: super::LEVELS[2].name,
        upper: Some(LARGEST_AI_ROUND),
        basis: Text::new(
            "Up to the largest private AI round (OpenAI, $40B, March 2025); Anthropic, China’s and the EU’s AI funds and NAIRR sit here.",
            "不超过规模最大的一轮AI私募融资（OpenAI，400亿美元，2025年3月）；Anthropic、中国和欧盟的AI基金以及NAIRR处于此级。",
        ),
        source: sources::OPENAI_ROUND_2025,
    },
    Level {
        index: 3,
        name: super::LEVELS[3].name,
        upper: Some(LARGEST_COMPANY_YEAR),
        basis: Text::new(
            "Up to a year of the largest single company’s capital spending (Amazon, 2025): only Big Tech.",
            "不超过单家公司一年资本支出的最高值（亚马逊，2025年）：只有科技巨头。",
        ),
        source: sources::AMAZON_CAPEX_2025,
    },
    Level {
        index: 4,
        name: super::LEVELS[4].name,
        upper: None,
        basis: Text::new(
            "More than any one company spent on infrastructure in 2025; 2026 guidance is drawn for scale.",
            "超过任何一家公司2025年的基础设施支出；2026年预期仅作比较。",
        ),
        source: sources::AMAZON_CAPEX_2025,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::barrier::{budget, organisations, verdict, BudgetRole, Count};
    use crate::edition::{V1, V2};
    use crate::text::has_cjk;

    #[test]
    fn the_ladder_is_sorted_sourced_dated_and_translated() {
        assert_eq!(V2.budgets, &BUDGETS[..]);
        for pair in BUDGETS.windows(2) {
            assert!(
                pair[0].amount.get() < pair[1].amount.get(),
                "{}",
                pair[1].id
            );
        }
        for (i, a) in BUDGETS.iter().enumerate() {
            assert!(BUDGETS[i + 1..].iter().all(|b| b.id != a.id), "{}", a.id);
            assert_eq!(budget(&V2, a.id), Some(a));
            for text in [a.label, a.phrase, a.who, a.detail] {
                // A name such as "Anthropic" is the same in both languages.
                assert!(!text.en.is_empty(), "{}", a.id);
                assert!(has_cjk(text.zh()) || text.zh() == text.en, "{}", a.id);
            }
            assert!(
                crate::sources::by_id(a.source.id).is_some(),
                "{}",
                a.source.id
            );
            assert!(a.source.as_of.starts_with("20"), "{}", a.id);
        }
        assert_eq!(organisations(&V2).count(), 13);
    }

    /// Each figure against the published one (sources in `sources.rs`, docs/methodology.md §8.1).
    #[test]
    fn figures_are_the_published_ones() {
        let amount = |id: &str| budget(&V2, id).unwrap().amount.get();
        let close = |id: &str, expected: f64| {
            assert!(
                (amount(id) / expected - 1.0).abs() < 1e-9,
                "{id}: {}",
                amount(id)
            );
        };
        close("amazon-year", 131.8e9);
        close("alphabet-year", 91.4e9);
        close("meta-year", 72.2e9);
        close("microsoft-year", 118.0e9);
        close("microsoft-quarter", 37.5e9);
        close("largest-ai-round", 40e9);
        close("anthropic-round", 13e9);
        close("mistral-round", 1.989e9);
        close("eu-gigafactories", 20.8e9);
        close("china-ai-fund", 8.2e9);
        close("nairr", 2.6e9);
        close("stargate", 500e9);
        close("amazon-2026", 200e9);
        close("bigtech-2026", 650e9);
        // The audit: the four spent over $400B in 2025, not $380B.
        close("bigtech-2025", 413.4e9);
        assert!(amount("bigtech-2025") > 400e9);
        // Whole years, not a quarter × 4 as version 1's Microsoft and Alphabet were.
        assert!(amount("microsoft-year") > 4.0 * 21.4e9);
        // The rungs kept from version 1 are the same figures, still dated 2023–24.
        for id in ["university-lab", "seed", "series-b", "nairr"] {
            assert_eq!(budget(&V2, id), budget(&V1, id), "{id}");
        }
    }

    #[test]
    fn roles_count_each_payer_once() {
        let scale: Vec<&str> = BUDGETS
            .iter()
            .filter(|b| b.role == BudgetRole::ForScale)
            .map(|b| b.id)
            .collect();
        // A quarter, guidance, several companies together or a joint multi-year plan.
        assert_eq!(
            scale,
            [
                "microsoft-quarter",
                "amazon-2026",
                "bigtech-2025",
                "stargate",
                "bigtech-2026"
            ]
        );
    }

    #[test]
    fn boundaries_are_budgets_of_this_ladder() {
        let upper = |i: usize| LEVELS[i].upper.unwrap();
        assert_eq!(upper(0), budget(&V2, "series-b").unwrap().amount);
        assert_eq!(upper(1), budget(&V2, "mistral-round").unwrap().amount);
        assert_eq!(upper(2), budget(&V2, "largest-ai-round").unwrap().amount);
        assert_eq!(upper(3), budget(&V2, "amazon-year").unwrap().amount);
        assert_eq!(LEVELS[4].upper, None);
        // The hyperscalers' step ends at the largest organisation's budget, which is also the
        // trajectory's "beyond one company" line.
        let largest = organisations(&V2)
            .map(|b| b.amount.get())
            .fold(0.0, f64::max);
        assert_eq!(upper(3).get(), largest);
        assert_eq!(V2.largest_company_year, upper(3));
        for (i, level) in LEVELS.iter().enumerate() {
            assert_eq!(usize::from(level.index), i);
            assert!(has_cjk(level.name.zh()) && has_cjk(level.basis.zh()));
        }
    }

    /// The boundaries docs/methodology.md §8.3 states for version 2 are the code's.
    #[test]
    fn boundaries_are_as_documented() {
        let doc = include_str!("../../../../docs/methodology.md");
        let section = doc
            .split("#### Version 2: the barrier scale")
            .nth(1)
            .expect("§8.3 has a version 2 subsection");
        let section = section.split("\n#").next().unwrap();
        let documented: Vec<f64> = section
            .lines()
            .filter_map(|line| {
                let cells: Vec<&str> = line.split('|').map(str::trim).collect();
                let amount = cells.get(3)?.strip_prefix("up to $")?;
                let (number, unit) = amount.split_at(amount.len() - 1);
                let scale = match unit {
                    "M" => 1e6,
                    "B" => 1e9,
                    _ => return None,
                };
                Some(number.parse::<f64>().ok()? * scale)
            })
            .collect();
        let code: Vec<f64> = LEVELS
            .iter()
            .filter_map(|l| l.upper)
            .map(Usd::get)
            .collect();
        assert_eq!(documented.len(), code.len(), "{documented:?}");
        for (doc, code) in documented.iter().zip(&code) {
            // The document rounds to the figures it prints ($1.99B).
            assert!(
                (doc / code - 1.0).abs() < 0.005,
                "documented {doc}, code {code}"
            );
        }
    }

    /// docs/changes.md states the ladder's size and each boundary as the code has them.
    #[test]
    fn the_changes_page_says_what_the_code_has() {
        let doc = include_str!("../../../../docs/changes.md");
        let counted = organisations(&V2).count();
        assert!(
            doc.contains(&format!(
                "({} budgets, {counted} counted in the verdict)",
                BUDGETS.len()
            )),
            "docs/changes.md: ladder size"
        );
        for row in [
            "| 1 Well-funded start-ups | up to $1B | up to $1.99B |",
            "| 2 Top labs and governments | up to $6.6B | up to $40B |",
            "| 3 Hyperscalers only | up to $83B | up to $131.8B |",
        ] {
            assert!(doc.contains(row), "docs/changes.md lacks {row}");
        }
        assert!((MISTRAL_ROUND.get() / 1.99e9 - 1.0).abs() < 0.005);
        assert_eq!(LARGEST_AI_ROUND.get(), 40e9);
        assert_eq!(LARGEST_COMPANY_YEAR.get(), 131.8e9);
    }

    #[test]
    fn verdicts_under_version_2() {
        let at = |capital: f64| verdict(&V2, Usd(capital));
        // Frontier 2025 of version 1, $7.9B: now within reach of labs and governments.
        let v = at(7.9e9);
        assert_eq!((v.level, v.able, v.organisations), (2, 8, 13));
        assert_eq!(
            v.count,
            Count::Many {
                count: 8,
                smallest: budget(&V2, "china-ai-fund").unwrap()
            }
        );
        // $60B: the four companies, by name.
        let v = at(60e9);
        assert_eq!(v.level, 3);
        match &v.count {
            Count::Few(names) => assert_eq!(
                names.iter().map(|b| b.who.en).collect::<Vec<_>>(),
                ["Meta", "Alphabet", "Microsoft", "Amazon"]
            ),
            other => panic!("{other:?}"),
        }
        // Exactly a year of Amazon's 2025 spending is still level 3; past it, nobody.
        assert_eq!(at(131.8e9).level, 3);
        assert_eq!(at(131.8e9).able, 1);
        let beyond = at(150e9);
        assert_eq!((beyond.level, beyond.count), (4, Count::None));
        // $100B was beyond any company in version 1, not in version 2.
        assert_eq!(verdict(&V1, Usd(100e9)).level, 4);
        assert_eq!(at(100e9).level, 3);
        assert_eq!(at(1.5e9).level, 1);
        assert_eq!(at(21e6).level, 0);
        assert_eq!(at(1e6).count, Count::All);
    }
}
