//! What a budget buys: the largest final run that fits, with every other setting of the
//! scenario held (docs/methodology.md, "Rules, budgets, catch-up and carbon").
//!
//! **What is varied.** The final run's training compute `C` (FLOP), as if typed as the `flop`
//! parameter (published hours, if any, are dropped): the cluster (chip, number of
//! accelerators, utilisation), the experiment factor, the programme's months, the team, the data
//! and the buy/rent choice stay as the scenario has them. More compute on the same cluster means
//! a longer run: the days on the cluster are part of the answer (a run longer than the
//! programme gets the model's usual warning). Holding the duration and growing the cluster
//! instead would give the same development cost with the default time basis (`use`), since the
//! model charges accelerator-hours; it differs only with the `dedicated` basis, where the
//! whole cluster is paid for the whole programme.
//!
//! **What "fits" means.** By default the development cost, [`Outputs::total`]: what the
//! scenario's page headlines, with bought hardware charged for the share the runs use.
//! [`CostBasis::Capital`] uses the capital required instead (what the ladder compares with
//! budgets: a bought cluster is paid in full up front, so beyond the cluster's price more
//! compute costs only energy).
//!
//! **Fixed costs.** The cost at zero compute: team and data, and what the time basis charges
//! whatever the runs (a facility or cluster reserved for the programme). A budget below them
//! buys no run at all: [`BudgetError::BelowFixedCosts`] carries how much they are.
//!
//! The cost grows with `C` (it is affine in the accelerator-hours, or flat then affine with the
//! `dedicated` basis), so bisection finds the largest `C` whose cost is within the budget; it
//! stops at a relative width of 1e-7, well inside the 0.1% asked.

use crate::barrier;
use crate::cost::{evaluate, Outputs};
use crate::edition::Edition;
use crate::params::Params;
use crate::rules::{self, Crossing};
use crate::text::Text;
use crate::units::{Flop, Usd};

/// Which cost must fit within the budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CostBasis {
    /// The development cost, [`Outputs::total`] (the default).
    #[default]
    Total,
    /// The capital required, [`Outputs::capital`] (the ladder's basis).
    Capital,
}

impl CostBasis {
    /// The cost on this basis.
    pub fn of(self, outputs: &Outputs) -> Usd {
        match self {
            CostBasis::Total => outputs.total,
            CostBasis::Capital => outputs.capital,
        }
    }
}

/// A budget: in US dollars, or one of a ladder's reference budgets by id (`series-b`,
/// `meta-year`…).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BudgetSpec<'a> {
    /// An amount in US dollars.
    Usd(Usd),
    /// A reference budget of the edition's ladder, by its id.
    Organisation(&'a str),
}

impl BudgetSpec<'_> {
    /// The amount: the dollars, or the ladder budget's amount; `None` for an id the edition's
    /// ladder does not have.
    pub fn amount(self, edition: &'static Edition) -> Option<Usd> {
        match self {
            BudgetSpec::Usd(usd) => Some(usd),
            BudgetSpec::Organisation(id) => barrier::budget(edition, id).map(|b| b.amount),
        }
    }
}

impl<'a> BudgetSpec<'a> {
    /// Reads a budget as a link or a reader writes it: an amount in US dollars (`5e8`, `500M`,
    /// `$2,000,000,000`; not a percentage) or a reference budget's id of the edition's ladder
    /// (`series-b`, any case). `None` for anything else, a negative amount included.
    ///
    /// ```
    /// use frontier_cost_model::budget::BudgetSpec;
    /// use frontier_cost_model::edition;
    /// use frontier_cost_model::units::Usd;
    ///
    /// let v2 = edition::latest();
    /// assert_eq!(BudgetSpec::parse("500M", v2), Some(BudgetSpec::Usd(Usd(500e6))));
    /// assert_eq!(BudgetSpec::parse("Series-B", v2), Some(BudgetSpec::Organisation("series-b")));
    /// assert_eq!(BudgetSpec::parse("40%", v2), None);
    /// ```
    pub fn parse(text: &'a str, edition: &'static Edition) -> Option<BudgetSpec<'static>> {
        if let Some(budget) = edition
            .budgets
            .iter()
            .find(|budget| budget.id.eq_ignore_ascii_case(text.trim()))
        {
            return Some(BudgetSpec::Organisation(budget.id));
        }
        match crate::parse::parse_number(text) {
            Ok(number) if !number.percent && number.value >= 0.0 && number.value.is_finite() => {
                Some(BudgetSpec::Usd(Usd(number.value)))
            }
            _ => None,
        }
    }
}

/// A reference budget's amount by id in an edition's ladder (any budget, organisation or for
/// scale).
pub fn organisation_budget(edition: &'static Edition, id: &str) -> Option<Usd> {
    barrier::budget(edition, id).map(|budget| budget.amount)
}

/// Why no run fits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BudgetError {
    /// The budget does not cover what the scenario costs before any compute.
    BelowFixedCosts {
        /// The budget asked about.
        budget: Usd,
        /// The fixed costs: the scenario's cost at zero compute on the chosen basis.
        fixed: Usd,
    },
    /// The cost does not grow with compute (for example energy at $0 with the capital basis):
    /// any compute up to [`MAX_FLOP`] fits.
    Unbounded,
    /// A negative or non-finite budget, or an organisation the ladder does not have.
    InvalidBudget,
}

/// The message below the fixed costs; `{0}` is their amount, formatted by the page in the
/// reader's currency.
pub const BELOW_FIXED_COSTS: Text = Text::new(
    "This budget does not cover the scenario’s fixed costs: {0} for the team, data and whatever the facility costs before any compute.",
    "该预算不足以支付此情景的固定成本：在任何算力之前，团队、数据和设施需要{0}。",
);

/// The texts of this module, for the translation tests.
pub fn texts() -> Vec<Text> {
    vec![BELOW_FIXED_COSTS]
}

/// The largest compute searched: 1e40 FLOP, a trillion times today's largest runs.
pub const MAX_FLOP: Flop = Flop(1e40);

/// Chinchilla's compute-optimal ratio: 20 tokens per parameter.
pub const TOKENS_PER_PARAM: f64 = 20.0;

/// The compute-optimal model for a compute budget: `C = 6·N·D` with `D = 20·N`, so
/// `N = sqrt(C / 120)` parameters and `D = 20·N` tokens. Returned as (billions of parameters,
/// trillions of tokens).
///
/// ```
/// use frontier_cost_model::budget::compute_optimal;
/// use frontier_cost_model::units::Flop;
///
/// // 1.2e24 FLOP: N = sqrt(1e22) = 1e11 (100B parameters), D = 2e12 (2T tokens).
/// let (params_b, tokens_t) = compute_optimal(Flop(1.2e24));
/// assert!((params_b - 100.0).abs() < 1e-9 && (tokens_t - 2.0).abs() < 1e-12);
/// ```
pub fn compute_optimal(flop: Flop) -> (f64, f64) {
    let n = (flop.get().max(0.0) / (6.0 * TOKENS_PER_PARAM)).sqrt();
    (n / 1e9, TOKENS_PER_PARAM * n / 1e12)
}

/// The scenario with its final run set to `flop` (the `flop` parameter, published hours
/// dropped) and a compute-optimal model of that size; everything else held.
pub fn with_final_compute(params: &Params, flop: Flop) -> Params {
    let (params_b, tokens_t) = compute_optimal(flop);
    Params {
        flop_override: Some(flop.get()),
        hours_override: None,
        params_b,
        tokens_t,
        ..*params
    }
}

/// The scenario's cost on a basis at zero compute: what no run can spend.
pub fn fixed_costs(params: &Params, basis: CostBasis) -> Usd {
    basis.of(&evaluate(&with_final_compute(params, Flop(0.0))))
}

/// The largest final run a budget buys.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetRun {
    /// The budget.
    pub budget: Usd,
    /// The basis the budget was compared with.
    pub basis: CostBasis,
    /// The final run's compute (`budget_flop`).
    pub flop: Flop,
    /// The compute-optimal model's parameters, in billions (`budget_params_b`).
    pub params_b: f64,
    /// Its training tokens, in trillions (`budget_tokens_t`).
    pub tokens_t: f64,
    /// Days of the final run on the scenario's cluster.
    pub days: f64,
    /// The fixed costs within the budget.
    pub fixed: Usd,
    /// The scenario evaluated at that compute (its cost on the basis is the budget, to 1e-7).
    pub outputs: Outputs,
    /// The rules that run would fall under (final-run compute and its cost at cloud prices).
    pub rules: [Crossing; 4],
}

/// The largest final-run compute whose cost (on `basis`) fits within `budget`, every other
/// setting of `params` held.
///
/// ```
/// use frontier_cost_model::budget::{fixed_costs, solve, BudgetError, CostBasis};
/// use frontier_cost_model::presets;
/// use frontier_cost_model::units::Usd;
///
/// let params = presets::v2::FRONTIER_2026.params;
/// let fixed = fixed_costs(&params, CostBasis::Total);
/// let run = solve(&params, fixed * 3.0, CostBasis::Total).unwrap();
/// // Evaluating the answer costs the budget.
/// assert!((run.outputs.total / (fixed * 3.0) - 1.0).abs() < 1e-3);
/// // Below the fixed costs, the error says how much they are.
/// assert_eq!(
///     solve(&params, fixed * 0.5, CostBasis::Total),
///     Err(BudgetError::BelowFixedCosts { budget: fixed * 0.5, fixed })
/// );
/// ```
pub fn solve(params: &Params, budget: Usd, basis: CostBasis) -> Result<BudgetRun, BudgetError> {
    if !(budget.get() >= 0.0 && budget.get().is_finite()) {
        return Err(BudgetError::InvalidBudget);
    }
    let cost = |flop: f64| {
        basis
            .of(&evaluate(&with_final_compute(params, Flop(flop))))
            .get()
    };
    let fixed = cost(0.0);
    if budget.get() < fixed {
        return Err(BudgetError::BelowFixedCosts {
            budget,
            fixed: Usd(fixed),
        });
    }
    // Bracket: `lo` fits, `hi` does not.
    let (mut lo, mut hi) = (0.0, 1e18);
    while cost(hi) <= budget.get() {
        lo = hi;
        hi *= 10.0;
        if hi > MAX_FLOP.get() {
            return Err(BudgetError::Unbounded);
        }
    }
    while hi - lo > 1e-7 * hi {
        let mid = 0.5 * (lo + hi);
        if cost(mid) <= budget.get() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let flop = Flop(lo);
    let run_params = with_final_compute(params, flop);
    let outputs = evaluate(&run_params);
    let (params_b, tokens_t) = compute_optimal(flop);
    Ok(BudgetRun {
        budget,
        basis,
        flop,
        params_b,
        tokens_t,
        days: outputs.days_final,
        fixed: Usd(fixed),
        rules: rules::assess_outputs(&outputs),
        outputs,
    })
}

/// [`solve`] for a [`BudgetSpec`] under an edition (an organisation's budget by id).
pub fn solve_spec(
    params: &Params,
    spec: BudgetSpec<'_>,
    edition: &'static Edition,
    basis: CostBasis,
) -> Result<BudgetRun, BudgetError> {
    let budget = spec.amount(edition).ok_or(BudgetError::InvalidBudget)?;
    solve(params, budget, basis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{Mode, TimeBasis};

    /// A rented scenario with round numbers: 1,000 H100-class accelerators at $2 an hour,
    /// dense BF16 peak × MFU as the preset has it, a team of 10 at $400k for 12 months, no data.
    fn rented() -> Params {
        let mut p = crate::presets::v2::FRONTIER_2026.params;
        p.mode = Mode::Rent;
        p.time_basis = TimeBasis::Use;
        p.rent_per_hour = 2.0;
        p.accelerators = 1000.0;
        p.experiment_factor = 1.0;
        p.staff = 10.0;
        p.salary = 400_000.0;
        p.months = 12.0;
        p.licence_per_year = 0.0;
        p.transcribed_hours = 0.0;
        p.annotations = 0.0;
        p
    }

    #[test]
    fn hand_computed_rented_run() {
        // Fixed: 10 × $400k × 1 year = $4M. A $10M budget leaves $6M of compute: 3M
        // accelerator-hours at $2. Each hour does peak × MFU × 3,600 FLOP, so
        // C = 3e6 × 3,600 × peak × MFU.
        let p = rented();
        let chip = p.chip.spec();
        let sustained = chip.peak(p.precision).unwrap().get() * p.mfu;
        let expected = 3e6 * 3600.0 * sustained;
        let run = solve(&p, Usd(10e6), CostBasis::Total).unwrap();
        assert!(
            (run.flop.get() / expected - 1.0).abs() < 1e-6,
            "{:e}",
            run.flop.get()
        );
        assert_eq!(run.fixed, Usd(4e6));
        // 3M accelerator-hours on 1,000 accelerators: 3,000 hours, 125 days.
        assert!((run.days - 125.0).abs() < 1e-3, "{}", run.days);
        // Chinchilla: N = sqrt(C / 120).
        assert!((run.params_b * 1e9 - (run.flop.get() / 120.0).sqrt()).abs() < 1.0);
        assert!((run.tokens_t * 1e12 - 20.0 * run.params_b * 1e9).abs() < 1e3);
    }

    #[test]
    fn below_the_fixed_costs_says_how_much_they_are() {
        let p = rented();
        assert_eq!(
            solve(&p, Usd(3e6), CostBasis::Total),
            Err(BudgetError::BelowFixedCosts {
                budget: Usd(3e6),
                fixed: Usd(4e6)
            })
        );
        assert_eq!(fixed_costs(&p, CostBasis::Total), Usd(4e6));
        // Exactly the fixed costs: no compute to speak of (what rounds away in the sum).
        let run = solve(&p, Usd(4e6), CostBasis::Total).unwrap();
        assert!(run.flop.get() < 1e12, "{:e}", run.flop.get());
        assert!(run.outputs.total.get() <= 4e6);
        assert_eq!(
            solve(&p, Usd(f64::NAN), CostBasis::Total),
            Err(BudgetError::InvalidBudget)
        );
    }

    #[test]
    fn the_message_names_the_amount() {
        let text = crate::text::fill(BELOW_FIXED_COSTS.en, &["$4M"]);
        assert!(text.contains("$4M"));
        assert!(crate::text::fill(BELOW_FIXED_COSTS.zh(), &["400万美元"]).contains("400万美元"));
        assert!(crate::text::has_cjk(BELOW_FIXED_COSTS.zh()));
    }

    #[test]
    fn organisations_are_budgets() {
        let edition = crate::edition::latest();
        let p = crate::presets::v2::FRONTIER_2026.params;
        let by_id = solve_spec(
            &p,
            BudgetSpec::Organisation("meta-year"),
            edition,
            CostBasis::Total,
        );
        let amount = organisation_budget(edition, "meta-year").unwrap();
        assert_eq!(amount, Usd(72.2e9));
        assert_eq!(by_id, solve(&p, amount, CostBasis::Total));
        assert_eq!(
            solve_spec(
                &p,
                BudgetSpec::Organisation("nobody"),
                edition,
                CostBasis::Total
            ),
            Err(BudgetError::InvalidBudget)
        );
    }

    #[test]
    fn the_capital_basis_counts_a_bought_cluster_in_full() {
        let p = crate::presets::v2::FRONTIER_2026.params;
        assert_eq!(p.mode, Mode::Buy);
        let capital = fixed_costs(&p, CostBasis::Capital);
        let total = fixed_costs(&p, CostBasis::Total);
        assert!(capital > total);
        let run = solve(&p, capital * 1.5, CostBasis::Capital).unwrap();
        assert!((run.outputs.capital.get() / (capital.get() * 1.5) - 1.0).abs() < 1e-3);
    }
}
