//! Property tests of the cost model: the total is the sum of its lines, every output is finite
//! for every valid input, costs move the right way when a price, size or duration grows, and
//! a Monte Carlo drawn in slices is the one drawn at once.
#![cfg(not(target_arch = "wasm32"))]

use frontier_cost_model::params::{validate, Kind};
use frontier_cost_model::{
    evaluate, presets, CostLine, OutKey, ParamError, ParamKey, Params, Value,
};
use proptest::prelude::*;

/// A valid value for one parameter: log-uniform over wide ranges, uniform otherwise, as the
/// page would store it (rounded by `validate`).
fn value_for(key: ParamKey) -> BoxedStrategy<Value> {
    match key.meta().kind {
        Kind::Choice(choices) => proptest::sample::select(choices.to_vec())
            .prop_map(|choice| Value::Choice(choice.code))
            .boxed(),
        Kind::Number(spec) => {
            let number = if spec.log && spec.min > 0.0 {
                (spec.min.ln()..=spec.max.ln())
                    .prop_map(|x: f64| x.exp())
                    .boxed()
            } else if spec.log {
                prop_oneof![
                    Just(0.0),
                    (0.0f64..=spec.max.log10()).prop_map(|x| 10f64.powf(x) - 1.0)
                ]
                .boxed()
            } else {
                (spec.min..=spec.max).boxed()
            };
            let number = number.prop_map(move |v| match validate(key, Value::Number(v)) {
                Ok(value) => value,
                // Rounding can push a value just past a bound: clamp to it.
                Err(_) => Value::Number(if v > spec.max { spec.max } else { spec.min }),
            });
            if spec.optional {
                // Mostly numbers: a value on auto cannot be grown by the monotonicity tests.
                prop_oneof![1 => Just(Value::Auto), 4 => number].boxed()
            } else {
                number.boxed()
            }
        }
    }
}

/// Any valid state the page or a link can produce.
pub fn any_params() -> impl Strategy<Value = Params> {
    let strategies: Vec<BoxedStrategy<Value>> =
        ParamKey::ALL.iter().map(|key| value_for(*key)).collect();
    (0..presets::ALL.len(), strategies).prop_map(|(preset, values)| {
        let mut params = presets::ALL[preset].params;
        for (key, value) in ParamKey::ALL.into_iter().zip(values) {
            match params.set(key, value) {
                // A precision the chip lacks is refused, as on the page.
                Err(ParamError::UnsupportedPrecision { .. }) => {}
                other => other.expect("generated values are valid"),
            }
        }
        params
    })
}

/// Keys whose growth never lowers the cost, and those whose growth never raises it.
const RAISE_COST: [ParamKey; 23] = [
    ParamKey::ActiveParams,
    ParamKey::TrainingTokens,
    ParamKey::FinalRunFlop,
    ParamKey::FinalRunHours,
    ParamKey::ExperimentMultiple,
    ParamKey::ClusterSize,
    ParamKey::AcceleratorPrice,
    ParamKey::ClusterCostRatio,
    ParamKey::CloudPrice,
    ParamKey::PowerPerAccelerator,
    ParamKey::AverageLoad,
    ParamKey::Pue,
    ParamKey::ElectricityPrice,
    ParamKey::FacilityCostPerMw,
    ParamKey::ColocationPrice,
    ParamKey::LicensedData,
    ParamKey::TranscribedHours,
    ParamKey::CostPerTranscribedHour,
    ParamKey::Annotations,
    ParamKey::CostPerAnnotation,
    ParamKey::Staff,
    ParamKey::CostPerPerson,
    ParamKey::ProgrammeMonths,
];
const LOWER_COST: [ParamKey; 4] = [
    ParamKey::Utilisation,
    ParamKey::HardwareLife,
    ParamKey::FacilityLife,
    // Older hardware is worth less when training starts (Epoch's method).
    ParamKey::HardwareAge,
];

/// The same state with one number grown by a factor (within its range), or None when it
/// cannot grow (at its maximum, or on auto).
fn grown(params: &Params, key: ParamKey, factor: f64) -> Option<Params> {
    let spec = key.number_spec()?;
    let Value::Number(v) = params.get(key) else {
        return None;
    };
    let bigger = if v == 0.0 {
        spec.max / 1e3
    } else {
        (v * factor).min(spec.max)
    };
    let mut next = *params;
    next.set(key, Value::Number(bigger)).ok()?;
    (next.get(key) != params.get(key)).then_some(next)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn total_is_the_sum_of_its_lines(params in any_params()) {
        let out = evaluate(&params);
        let sum: f64 = CostLine::ALL.iter().map(|line| out.cost(*line).get()).sum();
        prop_assert!(close(out.total.get(), sum), "{} vs {}", out.total.get(), sum);
        let shares: f64 = CostLine::ALL.iter().map(|line| out.share(*line)).sum();
        prop_assert!(close(shares, 1.0), "shares sum to {shares}");
    }

    #[test]
    fn every_output_is_finite_and_non_negative(params in any_params()) {
        let out = evaluate(&params);
        for key in OutKey::ALL {
            let value = out.value(key);
            prop_assert!(value.is_finite() && value >= 0.0, "{}: {value}", key.code());
        }
        prop_assert!(out.capital.get() >= out.cost_data.get() + out.cost_staff.get() - 1e-6);
        // Not a `data-out` name (yet), but an output all the same.
        let cloud = out.cost_final_run_cloud.get();
        prop_assert!(cloud.is_finite() && cloud >= 0.0, "cost_final_run_cloud: {cloud}");
    }

    #[test]
    fn costs_grow_with_prices_sizes_and_durations(
        params in any_params(),
        factor in 1.01f64..4.0,
        which in 0usize..RAISE_COST.len(),
    ) {
        let key = RAISE_COST[which];
        // On auto or at its maximum the value cannot grow: such a case is not a pass.
        let Some(next) = grown(&params, key, factor) else {
            return Err(TestCaseError::reject("cannot grow"));
        };
        let (before, after) = (evaluate(&params), evaluate(&next));
        prop_assert!(after.total.get() >= before.total.get() * (1.0 - 1e-12),
            "total fell when {} grew: {} → {}", key.code(), before.total.get(), after.total.get());
        prop_assert!(after.capital.get() >= before.capital.get() * (1.0 - 1e-12),
            "capital fell when {} grew", key.code());
    }

    #[test]
    fn costs_fall_with_efficiency_and_longer_lives(
        params in any_params(),
        factor in 1.01f64..4.0,
        which in 0usize..LOWER_COST.len(),
    ) {
        let key = LOWER_COST[which];
        let Some(next) = grown(&params, key, factor) else {
            return Err(TestCaseError::reject("cannot grow"));
        };
        let (before, after) = (evaluate(&params), evaluate(&next));
        prop_assert!(after.total.get() <= before.total.get() * (1.0 + 1e-12),
            "total rose when {} grew", key.code());
        prop_assert!(after.capital.get() <= before.capital.get() * (1.0 + 1e-12),
            "capital rose when {} grew", key.code());
    }

    #[test]
    fn refused_values_change_nothing(
        params in any_params(),
        // Any text, and numbers as people write them (many out of range).
        text in prop_oneof![".{0,24}", "-?[0-9]{1,12}(\\.[0-9]{1,4})?(e-?[0-9]{1,3})?[%kMB]?"],
        which in 0usize..ParamKey::ALL.len(),
    ) {
        let key = ParamKey::ALL[which];
        let mut edited = params;
        if edited.set_text(key, &text).is_err() {
            prop_assert_eq!(edited, params);
        } else {
            prop_assert!(edited.validate_all().is_ok());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The page draws its Monte Carlo in slices (src/hooks/use_monte_carlo.rs): whatever the
    /// slices, the band is the one-go run's, bit for bit (links show the same band forever).
    #[test]
    fn a_sliced_monte_carlo_is_the_one_go_run(
        params in any_params(),
        slices in proptest::collection::vec(1usize..400, 1..12),
        samples in 1usize..1500,
        seed in any::<u64>(),
    ) {
        use frontier_cost_model::uncertainty::{monte_carlo, MonteCarloRun, Ranges};
        let ranges = Ranges::default();
        let mut run = MonteCarloRun::new(&params, &ranges, samples, seed);
        for slice in slices.iter().cycle().take(samples) {
            if run.draw(*slice) {
                break;
            }
        }
        prop_assert!(run.is_done());
        prop_assert_eq!(run.finish(), monte_carlo(&params, &ranges, samples, seed));
    }
}

proptest! {
    /// The tables of texts the page loads (Chinese, deferred English) read back any text they
    /// were written with: escapes of backslashes and line breaks, anywhere in a text.
    #[test]
    fn a_table_of_texts_reads_back_any_text(
        texts in proptest::collection::vec("[a-z\\\\\\n总é]{0,12}", 1..8),
    ) {
        let file = frontier_cost_model::text::zh_table::write(texts.iter().map(String::as_str));
        let entries = frontier_cost_model::text::zh_table::parse(file).expect("our own file");
        for text in &texts {
            let id = frontier_cost_model::text::zh_id(text);
            prop_assert!(entries.iter().any(|(e, t)| *e == id && t == text), "{:?}", text);
        }
    }
}
