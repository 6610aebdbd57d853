//! Catch-up: what reaching today's capability costs in later years, and when each reference
//! budget could afford it (docs/methodology.md, "Rules, budgets, catch-up and carbon").
//!
//! Two rates make the same capability cheaper each year:
//!
//! - **hardware price-performance**: the FLOP a dollar buys grows `prog` orders of magnitude a
//!   year (the parameter of the price-performance depreciation, Epoch AI 0.14,
//!   [`crate::Params::progress_ooms_per_year`]);
//! - **algorithmic progress**: the compute needed for the same capability halves every `h`
//!   months (Ho et al. 2024: 8 months, 95% CI 5–14, [`crate::sources::HO_2024`]), i.e.
//!   `12 · log10(2) / h` orders of magnitude a year.
//!
//! `cost(y) = cost(y0) × 10^(−(prog + 12·log10 2 / h) × (y − y0))`.
//!
//! The cost carried forward is what the caller passes: the page's default is the final run at
//! cloud prices ([`crate::Outputs::cost_final_run_cloud`]), the compute that buys the capability,
//! whoever owns the chips. Team and data are not in it: they do not fall with these rates.

use crate::barrier::{self, Budget};
use crate::edition::Edition;
use crate::text::{fill, Lang, Text};
use crate::units::Usd;

/// Ho et al. (2024): the compute for a given performance halves every 8 months.
pub const ALGORITHMIC_HALVING_MONTHS: f64 = 8.0;
/// Ho et al. (2024): the 95% confidence interval of the halving time, 5–14 months.
pub const ALGORITHMIC_HALVING_RANGE: (f64, f64) = (5.0, 14.0);
/// Epoch AI's hardware price-performance, 0.14 orders of magnitude a year (the `prog` default).
pub const HARDWARE_OOMS_PER_YEAR: f64 = 0.14;
/// The last year a budget is looked for: later is "not by 2060".
pub const HORIZON_YEAR: u16 = 2060;

/// The two rates of progress.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// Hardware price-performance, orders of magnitude a year (≥ 0).
    pub hardware_ooms_per_year: f64,
    /// Months for the compute of the same capability to halve (> 0).
    pub algorithmic_halving_months: f64,
}

impl Default for Rates {
    /// Epoch AI's 0.14 orders of magnitude a year and Ho et al.'s 8 months.
    fn default() -> Self {
        Rates {
            hardware_ooms_per_year: HARDWARE_OOMS_PER_YEAR,
            algorithmic_halving_months: ALGORITHMIC_HALVING_MONTHS,
        }
    }
}

impl Rates {
    /// The scenario's hardware rate (`prog`) with an algorithmic halving time.
    pub fn for_params(params: &crate::Params, algorithmic_halving_months: f64) -> Rates {
        Rates {
            hardware_ooms_per_year: params.progress_ooms_per_year,
            algorithmic_halving_months,
        }
    }

    /// Both rates together, in orders of magnitude a year: `prog + 12 · log10(2) / h`
    /// (0.14 + 0.4515 = 0.5915 with the defaults, a cost ÷ 3.9 a year). Rates outside their
    /// domain (negative, not a number, a halving time that is not positive) count as zero.
    pub fn ooms_per_year(&self) -> f64 {
        let hardware = if self.hardware_ooms_per_year > 0.0 {
            self.hardware_ooms_per_year
        } else {
            0.0
        };
        let h = self.algorithmic_halving_months;
        let algorithmic = if h > 0.0 && h.is_finite() {
            12.0 * core::f64::consts::LOG10_2 / h
        } else {
            0.0
        };
        hardware + algorithmic
    }
}

/// What the same capability costs `years` after the scenario's year (fractional years allowed;
/// negative ones go back in time).
pub fn cost_after(cost_today: Usd, years: f64, rates: Rates) -> Usd {
    Usd(cost_today.get() * 10f64.powf(-rates.ooms_per_year() * years))
}

/// What the same capability costs in `year`, from a cost in `from_year` (the year of the
/// figures the cost is computed at: `deeper::figures_year`).
///
/// ```
/// use frontier_cost_model::catchup::{cost_in_year, Rates};
/// use frontier_cost_model::units::Usd;
///
/// // Hardware alone, 0.14 OOM a year, no algorithmic progress (a halving time of 0 is off):
/// // $1B in 2025 costs 1e9 × 10^(−0.14 × 5) = $199.5M in 2030.
/// let rates = Rates { hardware_ooms_per_year: 0.14, algorithmic_halving_months: 0.0 };
/// let cost = cost_in_year(Usd(1e9), 2025, 2030, rates);
/// assert!((cost.get() - 199.526e6).abs() < 1e3);
/// ```
pub fn cost_in_year(cost_today: Usd, from_year: u16, year: u16, rates: Rates) -> Usd {
    cost_after(cost_today, f64::from(year) - f64::from(from_year), rates)
}

/// The cost three years on (`catchup_cost_3y`).
pub fn catchup_cost_3y(cost_today: Usd, rates: Rates) -> Usd {
    cost_after(cost_today, 3.0, rates)
}

/// The first year from `from_year` on in which `budget` covers the capability that costs
/// `cost_today` in `from_year`; `None` when that is after [`HORIZON_YEAR`] (or never: no
/// progress and a budget too small).
///
/// Found by the closed form `from_year + ceil(log10(cost / budget) / rate)`, then checked
/// against [`cost_in_year`] so that the year returned is exactly the first whose cost is within
/// the budget.
pub fn first_year_affordable(
    budget: Usd,
    cost_today: Usd,
    from_year: u16,
    rates: Rates,
) -> Option<u16> {
    let fits = |year: u16| cost_in_year(cost_today, from_year, year, rates).get() <= budget.get();
    if fits(from_year) {
        return Some(from_year);
    }
    let rate = rates.ooms_per_year();
    if rate <= 0.0 || budget.get() <= 0.0 || from_year >= HORIZON_YEAR {
        return None;
    }
    let years = (cost_today.get() / budget.get()).log10() / rate;
    if !years.is_finite() || years > f64::from(HORIZON_YEAR - from_year) + 1.0 {
        return None;
    }
    let guess = from_year.saturating_add(years.ceil().max(1.0) as u16);
    // Rounding can put the closed form one year off either way: step to the first that fits.
    let mut year = guess.saturating_sub(1).max(from_year + 1);
    while year <= HORIZON_YEAR {
        if fits(year) {
            return Some(year);
        }
        year += 1;
    }
    None
}

/// The first affordable year at the ends of Ho et al.'s 95% interval of the halving time
/// ([`ALGORITHMIC_HALVING_RANGE`]: 5 and 14 months), the hardware rate held: (the earliest, with
/// the faster progress; the latest, with the slower). `None` is after [`HORIZON_YEAR`].
pub fn first_year_range(
    budget: Usd,
    cost_today: Usd,
    from_year: u16,
    hardware_ooms_per_year: f64,
) -> (Option<u16>, Option<u16>) {
    let at = |halving: f64| {
        first_year_affordable(
            budget,
            cost_today,
            from_year,
            Rates {
                hardware_ooms_per_year,
                algorithmic_halving_months: halving,
            },
        )
    };
    (
        at(ALGORITHMIC_HALVING_RANGE.0),
        at(ALGORITHMIC_HALVING_RANGE.1),
    )
}

/// The frontier moving on: a frontier run's cost `years` later if frontier training costs keep
/// growing at `growth` a year (Cottier et al.: 2.4×, [`crate::trajectory::GROWTH`]), for the
/// catch-up chart's rising line against the falling cost of matching today's run.
pub fn frontier_cost_in_year(cost_today: Usd, from_year: u16, year: u16, growth: f64) -> Usd {
    Usd(cost_today.get() * growth.powf(f64::from(year) - f64::from(from_year)))
}

/// For each organisation of an edition's ladder (the budgets the verdict counts), the first
/// year its budget affords today's capability (`catchup_year`, `data-org` = the budget's id).
pub fn years_by_organisation(
    edition: &'static Edition,
    cost_today: Usd,
    from_year: u16,
    rates: Rates,
) -> Vec<(&'static Budget, Option<u16>)> {
    barrier::organisations(edition)
        .map(|budget| {
            (
                budget,
                first_year_affordable(budget.amount, cost_today, from_year, rates),
            )
        })
        .collect()
}

/// "{0} by {1}": who could afford today's capability, and from which year.
pub const BY_YEAR: Text = Text::new("{0} by {1}", "{0}到{1}年");
/// "{0} already": a budget that affords it in the scenario's year.
pub const ALREADY: Text = Text::new("{0} already", "{0}现在即可");
/// "{0} not by {1}": beyond the horizon.
pub const NOT_BEFORE: Text = Text::new("{0} not by {1}", "{0}在{1}年前都无法负担");
/// The assumptions a quoted sentence must name: `{0}` the hardware rate (orders of magnitude a
/// year), `{1}` the algorithmic halving time (months), `{2}` the cost basis.
pub const ASSUMPTIONS: Text = Text::new(
    "assuming hardware price-performance improves {0} orders of magnitude a year and the compute for the same capability halves every {1} months; cost of the final run at cloud prices",
    "假设硬件性价比每年提升{0}个数量级，同等能力所需算力每{1}个月减半；按云价格计算的最终训练成本",
);

/// One organisation's phrase: "Anthropic by 2027", "a start-up with a median Series B
/// already", "… not by 2060" (the budget's `who`).
pub fn phrase(budget: &Budget, year: Option<u16>, from_year: u16, lang: Lang) -> String {
    let who = budget.who.get(lang);
    match year {
        Some(year) if year <= from_year => fill(ALREADY.get(lang), &[who]),
        Some(year) => fill(BY_YEAR.get(lang), &[who, &year.to_string()]),
        None => fill(NOT_BEFORE.get(lang), &[who, &HORIZON_YEAR.to_string()]),
    }
}

/// The sentence a journalist can quote, for the rows given (the page chooses which), joined
/// with "; " (Chinese "；"), then the assumptions.
pub fn sentence(
    rows: &[(&'static Budget, Option<u16>)],
    from_year: u16,
    rates: Rates,
    lang: Lang,
) -> String {
    let separator = match lang {
        Lang::En => "; ",
        Lang::Zh => "；",
    };
    let phrases: Vec<String> = rows
        .iter()
        .map(|(budget, year)| phrase(budget, *year, from_year, lang))
        .collect();
    let assumptions = fill(
        ASSUMPTIONS.get(lang),
        &[
            &crate::decimal::plain_text(rates.hardware_ooms_per_year),
            &crate::decimal::plain_text(rates.algorithmic_halving_months),
        ],
    );
    fill(
        SENTENCE.get(lang),
        &[&phrases.join(separator), &assumptions],
    )
}

/// The catch-up sentence: the budgets' years, then the assumptions.
pub const SENTENCE: Text = Text::new("{0} ({1}).", "{0}（{1}）。");

/// The texts of this module, for the translation tests.
pub fn texts() -> Vec<Text> {
    vec![BY_YEAR, ALREADY, NOT_BEFORE, ASSUMPTIONS, SENTENCE]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_defaults() {
        // 0.14 + 12 × 0.30103 / 8 = 0.14 + 0.451545 = 0.591545 OOM a year.
        let rates = Rates::default();
        assert!((rates.ooms_per_year() - 0.591_545).abs() < 1e-6);
        // $1B today, three years on: 1e9 × 10^(−1.774635) = $16.80M.
        let c3 = catchup_cost_3y(Usd(1e9), rates).get();
        assert!((c3 - 16.80e6).abs() < 0.01e6, "{c3}");
        // A $21M Series B: log10(1e9 / 21e6) = 1.67778; ÷ 0.591545 = 2.836 years → 3 years:
        // 2025 + 3 = 2028 (2027 would still cost 1e9 × 10^(−1.18309) = $65.6M).
        assert_eq!(
            first_year_affordable(Usd(21e6), Usd(1e9), 2025, rates),
            Some(2028)
        );
        assert_eq!(
            first_year_affordable(Usd(1e9), Usd(1e9), 2025, rates),
            Some(2025)
        );
        // No progress, too small a budget: never.
        let none = Rates {
            hardware_ooms_per_year: 0.0,
            algorithmic_halving_months: 0.0,
        };
        assert_eq!(first_year_affordable(Usd(1.0), Usd(1e9), 2025, none), None);
        // Beyond the horizon: $1 for $1T at the defaults takes 12 / 0.59 ≈ 20.3 years → 2046;
        // at hardware progress alone, 12 / 0.14 ≈ 86 years: after 2060.
        assert_eq!(
            first_year_affordable(Usd(1.0), Usd(1e12), 2025, rates),
            Some(2046)
        );
        let hardware = Rates {
            hardware_ooms_per_year: 0.14,
            algorithmic_halving_months: 0.0,
        };
        assert_eq!(
            first_year_affordable(Usd(1.0), Usd(1e12), 2025, hardware),
            None
        );
    }

    #[test]
    fn the_first_year_is_exactly_the_first_that_fits() {
        let rates = Rates::default();
        for budget in [1e5, 3e6, 21e6, 9.3e6, 4e8, 1.3e10] {
            let cost = Usd(2.3e9);
            if let Some(year) = first_year_affordable(Usd(budget), cost, 2026, rates) {
                assert!(cost_in_year(cost, 2026, year, rates).get() <= budget);
                if year > 2026 {
                    assert!(cost_in_year(cost, 2026, year - 1, rates).get() > budget);
                }
            }
        }
    }

    #[test]
    fn a_sentence_a_journalist_can_quote() {
        let edition = crate::edition::latest();
        let series_b = barrier::budget(edition, "series-b").unwrap();
        let rows = [
            (series_b, Some(2028)),
            (series_b, Some(2025)),
            (series_b, None),
        ];
        let text = sentence(&rows, 2025, Rates::default(), Lang::En);
        assert!(
            text.starts_with(&format!("{} by 2028; ", series_b.who.en)),
            "{text}"
        );
        assert!(
            text.contains(" already; ") && text.contains("not by 2060"),
            "{text}"
        );
        assert!(
            text.contains("0.14 orders of magnitude a year") && text.contains("every 8 months"),
            "{text}"
        );
        let zh = sentence(&rows[..1], 2025, Rates::default(), Lang::Zh);
        assert!(zh.contains("到2028年") && zh.ends_with("）。"), "{zh}");
        for text in texts() {
            assert!(crate::text::has_cjk(text.zh()), "{}", text.en);
        }
    }

    #[test]
    fn the_interval_of_the_halving_time_brackets_the_year() {
        // $567M (Grok 3 at cloud prices, 2025) for a $21M Series B: log10(27.0) = 1.431.
        // Halving 5 months: 0.14 + 0.7225 = 0.8625 OOM a year → 1.66 years → 2027.
        // 8 months: 0.5915 → 2.42 years → 2028. 14 months: 0.14 + 0.258 = 0.398 → 3.60 → 2029.
        let (cost, budget) = (Usd(566.9e6), Usd(21e6));
        let (early, late) = first_year_range(budget, cost, 2025, 0.14);
        assert_eq!(early, Some(2027));
        assert_eq!(
            first_year_affordable(budget, cost, 2025, Rates::default()),
            Some(2028)
        );
        assert_eq!(late, Some(2029));
        // The frontier at 2.4× a year: $1B becomes 2.4^3 = 13.824 × in three years.
        let f = frontier_cost_in_year(Usd(1e9), 2025, 2028, crate::trajectory::GROWTH.central);
        assert!((f.get() - 13.824e9).abs() < 1.0);
    }

    #[test]
    fn every_organisation_gets_a_year_or_none() {
        let edition = crate::edition::latest();
        let rows = years_by_organisation(edition, Usd(1e9), 2026, Rates::default());
        assert_eq!(rows.len(), barrier::organisations(edition).count());
        // Budgets are smallest first: their years never go up.
        for pair in rows.windows(2) {
            let (a, b) = (pair[0].1.unwrap_or(u16::MAX), pair[1].1.unwrap_or(u16::MAX));
            assert!(b <= a, "{} {}", pair[0].0.id, pair[1].0.id);
        }
    }
}
