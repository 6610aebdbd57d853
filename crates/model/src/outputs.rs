//! Every named number the page shows for a scenario, under its public `data-out` name: the
//! evaluation's results ([`OutKey`]) and the barrier indicators ([`BarrierOut`]). One list for
//! the page, the exports and the command line, so that none of them can disagree with another.

use super::barrier::{access, verdict, Access, BarrierOut};
use super::cost::{OutKey, Outputs};
use super::scenario::Scenario;
use super::trajectory::{in_five_years, year_beyond, TrajectoryBasis};

/// The cost a scenario's trajectory starts from under its version.
fn trajectory_start(scenario: &Scenario, outputs: &Outputs) -> super::units::Usd {
    TrajectoryBasis::of_version(scenario.edition().version).start(outputs)
}

/// One named output: a result of the evaluation or a barrier indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Named {
    /// A result of the evaluation ([`Outputs::value`]).
    Result(OutKey),
    /// A barrier-to-entry indicator ([`barrier_value`]).
    Barrier(BarrierOut),
}

/// How many named outputs there are.
pub const COUNT: usize = OutKey::ALL.len() + BarrierOut::ALL.len();

impl Named {
    /// Every named output: the results in [`OutKey::ALL`] order, then the barrier indicators in
    /// [`BarrierOut::ALL`] order. Part of the public format (the command line's CSV columns).
    pub const ALL: [Named; COUNT] = {
        let mut all = [Named::Result(OutKey::Total); COUNT];
        let mut i = 0;
        while i < OutKey::ALL.len() {
            all[i] = Named::Result(OutKey::ALL[i]);
            i += 1;
        }
        let mut j = 0;
        while j < BarrierOut::ALL.len() {
            all[i + j] = Named::Barrier(BarrierOut::ALL[j]);
            j += 1;
        }
        all
    };

    /// The `data-out` name: part of the public format, never renamed.
    pub const fn code(self) -> &'static str {
        match self {
            Named::Result(key) => key.code(),
            Named::Barrier(out) => out.code(),
        }
    }

    /// The named output of a `data-out` name, if there is one.
    pub fn from_code(code: &str) -> Option<Named> {
        Named::ALL.into_iter().find(|named| named.code() == code)
    }

    /// Whether the number is an amount of money (in US dollars).
    pub const fn is_money(self) -> bool {
        match self {
            Named::Result(key) => key.is_money(),
            Named::Barrier(out) => matches!(out, BarrierOut::TrajectoryFiveYears),
        }
    }

    /// The raw number the page shows under this name (`data-value`; US dollars for money), or
    /// `None` where it shows no number. `outputs` is the evaluation of `scenario.params`.
    pub fn value(self, scenario: &Scenario, outputs: &Outputs) -> Option<f64> {
        match self {
            Named::Result(key) => Some(outputs.value(key)),
            Named::Barrier(out) => barrier_value(out, scenario, outputs),
        }
    }
}

/// A barrier indicator's raw number, or `None` where the page shows none: no licence share
/// when there is no data cost at all, no year when the scenario's position would not pass a
/// year of the largest company's spending within fifty years. `outputs` is the evaluation of
/// `scenario.params`.
pub fn barrier_value(out: BarrierOut, scenario: &Scenario, outputs: &Outputs) -> Option<f64> {
    barrier_value_with(out, &access(&scenario.params, outputs), scenario, outputs)
}

/// [`barrier_value`] with the access indicators already worked out.
fn barrier_value_with(
    out: BarrierOut,
    a: &Access,
    scenario: &Scenario,
    outputs: &Outputs,
) -> Option<f64> {
    match out {
        BarrierOut::Level => Some(f64::from(scenario.edition().level_for(outputs.capital))),
        BarrierOut::FundableCount => Some(verdict(scenario.edition(), outputs.capital).able as f64),
        BarrierOut::VsMetaFleet => Some(a.share_of_meta_fleet),
        BarrierOut::VsUniversity => Some(a.times_university),
        BarrierOut::VsCluster => Some(a.times_100k_cluster),
        BarrierOut::LicenceShare => a.licence_share_of_data,
        BarrierOut::LicenceDeals => Some(a.news_corp_deals),
        BarrierOut::ProgrammeMonths => Some(a.programme_months),
        // Version 1 projects the development cost; version 2 the final run's amortised
        // hardware + energy, the quantity the rate was fitted to (see `TrajectoryBasis`).
        BarrierOut::TrajectoryFiveYears => {
            Some(in_five_years(trajectory_start(scenario, outputs)).get())
        }
        BarrierOut::TrajectoryBeyondYear => year_beyond(
            trajectory_start(scenario, outputs),
            scenario.preset.year,
            scenario.edition().largest_company_year,
        )
        .map(f64::from),
    }
}

/// Every named output of a scenario with its raw number, in [`Named::ALL`] order. `outputs`
/// is the evaluation of `scenario.params`.
///
/// ```
/// use frontier_cost_model::outputs::{named_values, COUNT};
/// use frontier_cost_model::{presets, Scenario};
///
/// let scenario = Scenario::from_preset(presets::by_id("gpt-4").unwrap());
/// let values = named_values(&scenario, &scenario.evaluate());
/// assert_eq!(values.len(), COUNT);
/// assert_eq!(values[0].0, "total");
/// let level = values.iter().find(|(name, _)| *name == "barrier_level").unwrap();
/// // GPT-4 is a job for top labs and governments: step 2 of the barrier scale.
/// assert_eq!(level.1, Some(2.0));
/// ```
pub fn named_values(scenario: &Scenario, outputs: &Outputs) -> Vec<(&'static str, Option<f64>)> {
    let a = access(&scenario.params, outputs);
    Named::ALL
        .iter()
        .map(|named| {
            let value = match *named {
                Named::Result(key) => Some(outputs.value(key)),
                Named::Barrier(out) => barrier_value_with(out, &a, scenario, outputs),
            };
            (named.code(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{ParamKey, Value};
    use crate::presets;

    #[test]
    fn every_result_and_indicator_once_under_its_own_name() {
        for key in OutKey::ALL {
            assert_eq!(
                Named::ALL
                    .iter()
                    .filter(|n| **n == Named::Result(key))
                    .count(),
                1
            );
        }
        for out in BarrierOut::ALL {
            assert_eq!(
                Named::ALL
                    .iter()
                    .filter(|n| **n == Named::Barrier(out))
                    .count(),
                1
            );
        }
        for (i, named) in Named::ALL.iter().enumerate() {
            assert_eq!(Named::from_code(named.code()), Some(*named));
            assert!(Named::ALL[i + 1..].iter().all(|b| b.code() != named.code()));
        }
        assert_eq!(Named::from_code("nope"), None);
    }

    #[test]
    fn values_are_the_models_for_every_preset() {
        for preset in &presets::ALL {
            let scenario = Scenario::from_preset(preset);
            let outputs = scenario.evaluate();
            let values = named_values(&scenario, &outputs);
            for ((name, value), named) in values.iter().zip(Named::ALL) {
                assert_eq!(*name, named.code());
                assert_eq!(*value, named.value(&scenario, &outputs), "{name}");
                // DeepSeek-V3 buys no data: a share of nothing is no number.
                let expected = !(named == Named::Barrier(BarrierOut::LicenceShare)
                    && outputs.cost_data.get() == 0.0);
                assert_eq!(value.is_some(), expected, "{} {name}", preset.id);
                if let Some(number) = *value {
                    assert!(number.is_finite() && number >= 0.0, "{name}: {number}");
                }
            }
            for key in OutKey::ALL {
                assert_eq!(
                    Named::Result(key).value(&scenario, &outputs),
                    Some(outputs.value(key))
                );
            }
        }
    }

    #[test]
    fn barrier_numbers_from_first_principles() {
        // Frontier 2026: $300M a year of licences is six $50M News-Corp-size deals, and
        // 400,000 accelerators are 400,000 / 68 top university labs.
        let scenario = Scenario::from_preset(&presets::FRONTIER_2026);
        let outputs = scenario.evaluate();
        let value = |out| barrier_value(out, &scenario, &outputs).expect("a number");
        assert_eq!(value(BarrierOut::LicenceDeals), 6.0);
        assert!((value(BarrierOut::VsUniversity) - 400_000.0 / 68.0).abs() < 1e-9);
        assert!((value(BarrierOut::VsCluster) - outputs.power_mw / 150.0).abs() < 1e-12);
        let five = outputs.total.get() * 2.4 * 2.4 * 2.4 * 2.4 * 2.4;
        assert!((value(BarrierOut::TrajectoryFiveYears) / five - 1.0).abs() < 1e-12);
        assert!(Named::Barrier(BarrierOut::TrajectoryFiveYears).is_money());
        assert!(!Named::Barrier(BarrierOut::Level).is_money());
    }

    #[test]
    fn no_data_cost_means_no_licence_share() {
        let mut scenario = Scenario::from_preset(&presets::DEEPSEEK_V3);
        for key in [
            ParamKey::LicensedData,
            ParamKey::TranscribedHours,
            ParamKey::Annotations,
        ] {
            scenario.set(key, Value::Number(0.0)).expect("valid");
        }
        let outputs = scenario.evaluate();
        assert_eq!(outputs.cost_data.get(), 0.0);
        let share = Named::Barrier(BarrierOut::LicenceShare);
        assert_eq!(share.value(&scenario, &outputs), None);
        let values = named_values(&scenario, &outputs);
        let missing: Vec<&str> = values
            .iter()
            .filter(|(_, value)| value.is_none())
            .map(|(name, _)| *name)
            .collect();
        assert_eq!(missing, ["licence_share_of_data"]);
    }
}
