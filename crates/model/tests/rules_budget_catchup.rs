//! Issue 19's engine: rules crossed, the budget solver's inverse property and its error below
//! the fixed costs, catch-up years monotone in the budget and both rates, carbon = energy ×
//! intensity. Property tests run natively only.
#![cfg(not(target_arch = "wasm32"))]

use frontier_cost_model::budget::{fixed_costs, solve, with_final_compute, BudgetError, CostBasis};
use frontier_cost_model::carbon::{co2_t, co2_t_for, Grid};
use frontier_cost_model::catchup::{cost_in_year, first_year_affordable, Rates, HORIZON_YEAR};
use frontier_cost_model::params::{Mode, TimeBasis};
use frontier_cost_model::rules::{self, assess, RULES};
use frontier_cost_model::units::{Flop, Usd};
use frontier_cost_model::{evaluate, presets, Params, Preset};
use proptest::prelude::*;

fn all_presets() -> Vec<&'static Preset> {
    presets::ALL.iter().chain(&presets::v2::ALL).collect()
}

/// A preset's scenario, sometimes rented instead of bought and on another time basis, with
/// another cluster size and utilisation.
fn scenario() -> impl Strategy<Value = Params> {
    let count = all_presets().len();
    (
        0..count,
        prop::bool::ANY,
        0..3usize,
        (1.0f64..6.0).prop_map(|x| 10f64.powf(x)),
        0.1f64..0.7,
    )
        .prop_map(|(i, rent, basis, accelerators, mfu)| {
            let mut p = all_presets()[i].params;
            if rent {
                p.mode = if p.mode == Mode::Buy {
                    Mode::Rent
                } else {
                    Mode::Buy
                };
            }
            p.time_basis = [TimeBasis::Use, TimeBasis::Dedicated, TimeBasis::V1][basis];
            p.accelerators = accelerators.round().max(1.0);
            p.mfu = mfu;
            p
        })
}

fn basis() -> impl Strategy<Value = CostBasis> {
    prop_oneof![Just(CostBasis::Total), Just(CostBasis::Capital)]
}

/// `None` (beyond the horizon) sorts after every year.
fn year_key(year: Option<u16>) -> u32 {
    year.map_or(u32::MAX, u32::from)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// The solver's inverse property: evaluating the returned compute costs the budget to 0.1%,
    /// and 0.1% more compute no longer fits.
    #[test]
    fn the_solved_compute_costs_the_budget(
        params in scenario(),
        basis in basis(),
        above in (-3.0f64..3.0).prop_map(|x| 10f64.powf(x)),
    ) {
        let fixed = fixed_costs(&params, basis);
        let budget = fixed * (1.0 + above);
        match solve(&params, budget, basis) {
            Ok(run) => {
                let cost = basis.of(&evaluate(&with_final_compute(&params, run.flop)));
                prop_assert!(cost.get() <= budget.get() * (1.0 + 1e-12));
                prop_assert!((cost / budget - 1.0).abs() < 1e-3, "{} vs {}", cost.get(), budget.get());
                let more = basis.of(&evaluate(&with_final_compute(&params, run.flop * 1.001)));
                prop_assert!(more > budget, "{:e} FLOP: {} ≤ {}", run.flop.get(), more.get(), budget.get());
                prop_assert_eq!(run.outputs.flop_final, run.flop);
                prop_assert_eq!(run.fixed, fixed);
                prop_assert!((run.params_b * 1e9 * run.tokens_t * 1e12 * 6.0 / run.flop.get() - 1.0).abs() < 1e-9);
            }
            // Only when more compute costs nothing more: energy at $0 on the capital basis.
            Err(BudgetError::Unbounded) => prop_assert!(basis == CostBasis::Capital || params.usd_per_kwh == 0.0),
            Err(other) => prop_assert!(false, "{other:?}"),
        }
    }

    /// Below the fixed costs the solver says how much they are.
    #[test]
    fn below_the_fixed_costs_is_an_error_with_their_amount(
        params in scenario(),
        basis in basis(),
        share in 0.0f64..0.999,
    ) {
        let fixed = fixed_costs(&params, basis);
        let budget = fixed * share;
        prop_assert_eq!(
            solve(&params, budget, basis),
            Err(BudgetError::BelowFixedCosts { budget, fixed })
        );
    }

    /// More budget never buys less compute.
    #[test]
    fn the_solved_compute_grows_with_the_budget(
        params in scenario(),
        a in 1.0f64..1e3,
        b in 1.0f64..1e3,
    ) {
        let fixed = fixed_costs(&params, CostBasis::Total);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let small = solve(&params, fixed * low, CostBasis::Total).unwrap();
        let large = solve(&params, fixed * high, CostBasis::Total).unwrap();
        prop_assert!(large.flop.get() >= small.flop.get() * (1.0 - 1e-6));
    }

    /// The first affordable year comes no later with a larger budget or faster progress of
    /// either kind, and the cost of a year falls with both rates.
    #[test]
    fn catch_up_years_are_monotone(
        cost in (5.0f64..12.0).prop_map(|x| 10f64.powf(x)),
        budgets in ((3.0f64..12.0), (3.0f64..12.0)),
        progs in ((0.0f64..0.5), (0.0f64..0.5)),
        halvings in ((3.0f64..30.0), (3.0f64..30.0)),
        from in 2015u16..2030,
        later in 0u16..30,
    ) {
        let sort = |(a, b): (f64, f64)| if a <= b { (a, b) } else { (b, a) };
        let (b1, b2) = sort(budgets);
        let (p1, p2) = sort(progs);
        let (h_fast, h_slow) = sort(halvings);
        let (b1, b2) = (10f64.powf(b1), 10f64.powf(b2));
        let base = Rates { hardware_ooms_per_year: p1, algorithmic_halving_months: h_slow };
        let year = |budget: f64, rates: Rates| first_year_affordable(Usd(budget), Usd(cost), from, rates);
        // A larger budget.
        prop_assert!(year_key(year(b2, base)) <= year_key(year(b1, base)));
        // Faster hardware progress.
        let faster_hw = Rates { hardware_ooms_per_year: p2, ..base };
        prop_assert!(year_key(year(b1, faster_hw)) <= year_key(year(b1, base)));
        // Faster algorithmic progress (a shorter halving time).
        let faster_algo = Rates { algorithmic_halving_months: h_fast, ..base };
        prop_assert!(year_key(year(b1, faster_algo)) <= year_key(year(b1, base)));
        // The cost of a given year falls with both rates, and with time.
        let y = from + later;
        let c = |rates: Rates| cost_in_year(Usd(cost), from, y, rates).get();
        prop_assert!(c(faster_hw) <= c(base) && c(faster_algo) <= c(base));
        prop_assert!(cost_in_year(Usd(cost), from, y + 1, base).get() <= c(base));
        // The year found is the first that fits, within the horizon.
        if let Some(first) = year(b1, base) {
            prop_assert!((from..=HORIZON_YEAR.max(from)).contains(&first));
            prop_assert!(cost_in_year(Usd(cost), from, first, base).get() <= b1);
            if first > from {
                prop_assert!(cost_in_year(Usd(cost), from, first - 1, base).get() > b1);
            }
        }
    }

    /// A run crossing a threshold still crosses it with more compute and more cost.
    #[test]
    fn crossings_are_monotone(
        flop in (22.0f64..28.0).prop_map(|x| 10f64.powf(x)),
        cost in (6.0f64..10.0).prop_map(|x| 10f64.powf(x)),
        more in 1.0f64..100.0,
    ) {
        let small = assess(Flop(flop), Usd(cost));
        let large = assess(Flop(flop * more), Usd(cost * more));
        for (a, b) in small.iter().zip(&large) {
            prop_assert!(!a.crossed || b.crossed, "{}", a.rule.id);
            prop_assert_eq!(a.flop_crossed, flop > a.rule.flop_threshold.get());
        }
    }

    /// Carbon is energy × intensity.
    #[test]
    fn carbon_is_energy_times_intensity(params in scenario()) {
        let out = evaluate(&params);
        for grid in Grid::ALL {
            let expected = out.energy_mwh.get() * 1000.0 * grid.intensity().g_per_kwh / 1e6;
            prop_assert_eq!(co2_t_for(&out, grid), expected);
            prop_assert_eq!(co2_t(out.energy_mwh.get() * 1000.0, grid.intensity().g_per_kwh), expected);
        }
    }
}

/// `cost_final_run_cloud` is the final run's accelerator-hours × the cloud price, bought or
/// rented; renting, it is the final run's cost.
#[test]
fn the_cloud_cost_of_the_final_run() {
    for preset in all_presets() {
        let out = evaluate(&preset.params);
        let expected = out.accel_hours_final.get() * preset.params.rent_per_hour;
        assert_eq!(out.cost_final_run_cloud.get(), expected, "{}", preset.id);
        if preset.params.mode == Mode::Rent {
            assert_eq!(
                out.cost_final_run_cloud, out.cost_final_run,
                "{}",
                preset.id
            );
        }
        let mut bought = preset.params;
        bought.mode = Mode::Buy;
        let mut rented = preset.params;
        rented.mode = Mode::Rent;
        assert_eq!(
            evaluate(&bought).cost_final_run_cloud,
            evaluate(&rented).cost_final_run_cloud,
            "{}: whatever the buy/rent choice",
            preset.id
        );
    }
}

/// Hand-computed: Grok 3 (version 2's preset, 4.64e26 FLOP) crosses every rule in force;
/// its 4.64e26 / 1e25 = 46.4× the EU presumption, 4.64× the US thresholds, and at the preset's
/// cloud price ($2.35 an hour × its H100-hours, about $567M) RAISE's $100M 5.7 times.
#[test]
fn grok_3_crosses_all_of_them() {
    let out = evaluate(&presets::v2::GROK_3.params);
    let rows = rules::assess_outputs(&out);
    assert!(rows.iter().all(|row| row.crossed));
    assert!((rows[0].flop_ratio - 46.4).abs() < 1e-9);
    assert_eq!(
        rules::times_threshold(&RULES[0], rows[0].flop_ratio, frontier_cost_model::Lang::En),
        "46× the EU presumption"
    );
    let cost_ratio = rows[2].cost_ratio.unwrap();
    assert!((5.0..6.5).contains(&cost_ratio), "{cost_ratio}");
}

/// Hand-computed budget: a rented scenario, $10M against $4M of team, 3M accelerator-hours.
/// On 2,000 H100 at dense BF16 989.4 TFLOP/s and 40% MFU: 3e6 h × 3,600 s × 989.4e12 × 0.4 =
/// 4.274e24 FLOP, 1,500 h = 62.5 days on the cluster; N = sqrt(4.274e24 / 120) = 188.7B
/// parameters, 3.774T tokens; 0.43× the EU presumption (not crossed).
#[test]
fn hand_computed_budget() {
    let mut p = presets::v2::DEEPSEEK_V3.params;
    p.chip = frontier_cost_model::ChipId::H100;
    p.precision = frontier_cost_model::params::Precision::Bf16;
    p.mode = Mode::Rent;
    p.time_basis = TimeBasis::Use;
    p.rent_per_hour = 2.0;
    p.accelerators = 2000.0;
    p.mfu = 0.4;
    p.experiment_factor = 1.0;
    p.staff = 10.0;
    p.salary = 400_000.0;
    p.months = 12.0;
    p.licence_per_year = 0.0;
    p.transcribed_hours = 0.0;
    p.annotations = 0.0;
    let run = solve(&p, Usd(10e6), CostBasis::Total).unwrap();
    let expected = 3e6 * 3600.0 * 989.4e12 * 0.4;
    assert!(
        (run.flop.get() / expected - 1.0).abs() < 1e-6,
        "{:e}",
        run.flop.get()
    );
    assert!((run.flop.get() / 4.274e24 - 1.0).abs() < 1e-3);
    assert!((run.days - 62.5).abs() < 1e-3, "{}", run.days);
    assert!((run.params_b - 188.7).abs() < 0.1, "{}", run.params_b);
    assert!((run.tokens_t - 3.774).abs() < 0.001, "{}", run.tokens_t);
    assert!(!run.rules[0].crossed);
    assert!((run.rules[0].flop_ratio - 0.4274).abs() < 1e-3);
}
