//! What the deeper barrier panels show, computed once from a scenario and its settings
//! (`budget`, `halving`, `grid`): the rules its final run triggers, what the budget buys, when
//! each reference budget catches up, and the carbon of its energy. The page's panels, the
//! exports and the golden links all read [`Deeper::values`], so their numbers are one.

use crate::barrier::Budget;
use crate::budget::{self, BudgetError, BudgetRun, CostBasis};
use crate::carbon;
use crate::catchup::{self, Rates};
use crate::cost::Outputs;
use crate::edition::Edition;
use crate::link::deeper::Deeper as Settings;
use crate::params::Params;
use crate::rules::{self, Crossing, MILESTONES};
use crate::units::Usd;

/// The deeper panels' results for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Deeper {
    /// The settings they were computed with.
    pub settings: Settings,
    /// The final run's training compute.
    pub flop: crate::units::Flop,
    /// The final run's compute cost at cloud prices, whatever the buy/rent choice.
    pub cloud_cost: Usd,
    /// Each rule against the final run, in the order of [`rules::RULES`].
    pub crossings: [Crossing; 4],
    /// Days the scenario's cluster needs to reach 1e25 and 1e26 FLOP ([`MILESTONES`]).
    pub days_to_milestones: [Option<f64>; 2],
    /// The budget's amount (`None` for an organisation the edition's ladder does not have).
    pub budget_amount: Option<Usd>,
    /// The largest final run the budget buys, or why none fits.
    pub budget: Result<BudgetRun, BudgetError>,
    /// The year the catch-up starts from: the edition's figures' year.
    pub from_year: u16,
    /// The rates of progress: the scenario's `prog` and the `halving` setting.
    pub rates: Rates,
    /// The final run's cloud cost three years on.
    pub catchup_cost_3y: Usd,
    /// For each organisation of the ladder, the first year its budget affords the final run.
    pub years: Vec<(&'static Budget, Option<u16>)>,
    /// Tonnes of CO2e of all runs' energy on the chosen grid.
    pub co2_t: f64,
}

/// The year an edition's figures describe (`as_of` starts with it: `2026-11`).
pub fn figures_year(edition: &Edition) -> u16 {
    edition
        .as_of
        .get(..4)
        .and_then(|year| year.parse().ok())
        .unwrap_or(2026)
}

/// The deeper panels' results for a scenario of `edition` already evaluated as `outputs`.
pub fn evaluate(
    params: &Params,
    outputs: &Outputs,
    settings: Settings,
    edition: &'static Edition,
) -> Deeper {
    let cloud_cost = outputs.cost_final_run_cloud;
    let per_day = rules::cluster_flop_per_day(params);
    let budget_amount = settings.budget.amount(edition);
    let budget = budget::solve_spec(params, settings.budget, edition, CostBasis::Total);
    let from_year = figures_year(edition);
    let rates = Rates::for_params(params, settings.halving_months);
    Deeper {
        settings,
        flop: outputs.flop_final,
        cloud_cost,
        crossings: rules::assess_outputs(outputs),
        days_to_milestones: MILESTONES.map(|flop| rules::days_to_reach(flop, per_day)),
        budget_amount,
        budget,
        from_year,
        rates,
        catchup_cost_3y: catchup::catchup_cost_3y(cloud_cost, rates),
        years: catchup::years_by_organisation(edition, cloud_cost, from_year, rates),
        co2_t: carbon::co2_t_for(outputs, settings.grid),
    }
}

impl Deeper {
    /// Every number the panels show, by the name their `data-out` carries (`catchup_year`
    /// once per organisation as `catchup_year.<id>`, the page's `data-org`; a rule's ratio as
    /// `rule_ratio.<id>`): what exports list and golden links pin. A budget that buys no run
    /// leaves its outputs out; a year after the horizon is left out too.
    pub fn values(&self) -> Vec<(String, f64)> {
        let mut values = vec![("cost_final_run_cloud".to_string(), self.cloud_cost.get())];
        for crossing in &self.crossings {
            values.push((
                format!("rule_ratio.{}", crossing.rule.id),
                crossing.flop_ratio,
            ));
        }
        for (flop, days) in MILESTONES.iter().zip(self.days_to_milestones) {
            if let Some(days) = days {
                values.push((format!("days_to.{:e}", flop.get()), days));
            }
        }
        if let Ok(run) = &self.budget {
            values.push(("budget_flop".to_string(), run.flop.get()));
            values.push(("budget_params_b".to_string(), run.params_b));
            values.push(("budget_tokens_t".to_string(), run.tokens_t));
            values.push(("budget_days".to_string(), run.days));
        }
        values.push(("catchup_cost_3y".to_string(), self.catchup_cost_3y.get()));
        for (budget, year) in &self.years {
            if let Some(year) = year {
                values.push((format!("catchup_year.{}", budget.id), f64::from(*year)));
            }
        }
        values.push(("co2_t".to_string(), self.co2_t));
        values
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edition::latest;

    #[test]
    fn the_values_are_the_engines() {
        let edition = latest();
        let params = edition.default_preset().params;
        let outputs = crate::evaluate(&params);
        let deeper = evaluate(&params, &outputs, Settings::default(), edition);
        let value = |name: &str| {
            deeper
                .values()
                .into_iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value)
        };
        assert_eq!(
            value("cost_final_run_cloud"),
            Some(outputs.cost_final_run_cloud.get())
        );
        assert_eq!(
            value("co2_t"),
            Some(carbon::co2_t_for(&outputs, carbon::Grid::World))
        );
        let run = budget::solve(&params, Usd(1e9), CostBasis::Total);
        match run {
            Ok(run) => assert_eq!(value("budget_flop"), Some(run.flop.get())),
            Err(_) => assert_eq!(value("budget_flop"), None),
        }
        assert_eq!(
            value("rule_ratio.eu-ai-act"),
            Some(outputs.flop_final.get() / 1e25)
        );
        assert_eq!(figures_year(edition), 2026);
        assert!(value("days_to.1e25").is_some());
    }
}
