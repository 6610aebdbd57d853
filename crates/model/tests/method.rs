//! The method the numbers claim (issue 14): Epoch AI's price-performance depreciation, the
//! training precision's dense peak, and the time basis of hardware, facility and colocation,
//! each checked on cases computed by hand.

use frontier_cost_model::params::{Depreciation, Precision, TimeBasis};
use frontier_cost_model::{evaluate, presets, ChipId, Mode, ParamError, ParamKey, Params, Value};

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a / b - 1.0).abs() <= tolerance
}

#[test]
fn progress_depreciation_matches_a_hand_computed_case() {
    // $60,000 of hardware per accelerator (price 30,000 × sys 2), bought 0.5 years before
    // training, progress 0.14 OOM a year: value 60,000 × 10^(−0.07) = 51,068.3; charged at
    // 0.14 × ln 10 = 0.322362 a year over 8,766 hours: $1.87799 an accelerator-hour.
    let mut params = presets::LLAMA_31_405B.params;
    params.depreciation = Depreciation::Progress;
    params.progress_ooms_per_year = 0.14;
    params.hardware_age_years = 0.5;
    let per_hour = 60_000.0 * 10f64.powf(-0.07) * 0.14 * std::f64::consts::LN_10 / 8766.0;
    assert!(close(per_hour, 1.877_99, 1e-5), "{per_hour}");
    let out = evaluate(&params);
    let hours = out.accel_hours.get();
    assert!(close(out.cost_compute.get(), per_hour * hours, 1e-12));
    assert!(close(
        out.cost_final_run.get() - final_run_energy(&params, &out),
        per_hour * out.accel_hours_final.get(),
        1e-12
    ));
    // Straight line over 5 years of 8,760 hours, as version 1: $1.36986 an hour.
    params.depreciation = Depreciation::Life;
    let out = evaluate(&params);
    assert!(close(
        out.cost_compute.get(),
        60_000.0 / (5.0 * 8760.0) * hours,
        1e-12
    ));
}

/// The final run's energy: average draw × PUE × hours × price.
fn final_run_energy(params: &Params, out: &frontier_cost_model::Outputs) -> f64 {
    params.watts_per_accel * params.load_factor * params.pue / 1e3
        * out.accel_hours_final.get()
        * params.usd_per_kwh
}

#[test]
fn llama_3_1_405b_final_run_hardware_under_epochs_method() {
    // Issue 14: Epoch's method moves the final run's hardware from about $42M (5-year life)
    // to about $64M (60 days old, 0.14 OOM a year, 1.64 × 1/0.81 ≈ 2 server and network).
    let mut params = presets::LLAMA_31_405B.params;
    let energy = |p: &Params, out: &frontier_cost_model::Outputs| final_run_energy(p, out);
    let out = evaluate(&params);
    let life = out.cost_final_run.get() - energy(&params, &out);
    assert!(close(life, 41.76e6, 0.01), "{life}");
    params.depreciation = Depreciation::Progress;
    let out = evaluate(&params);
    let progress = out.cost_final_run.get() - energy(&params, &out);
    assert!(close(progress, 63.8e6, 0.01), "{progress}");
}

#[test]
fn fp8_halves_the_hours_at_a_fixed_utilisation() {
    let mut params = presets::LLAMA_31_405B.params;
    assert_eq!(params.chip, ChipId::H100);
    let bf16 = evaluate(&params);
    params
        .set(ParamKey::TrainingPrecision, Value::Choice("fp8"))
        .unwrap();
    assert_eq!(params.precision, Precision::Fp8);
    let fp8 = evaluate(&params);
    // H100: 1,978.9 against 989.4 TFLOP/s dense.
    let ratio = fp8.accel_hours_final.get() / bf16.accel_hours_final.get();
    assert!(close(ratio, 989.4 / 1978.9, 1e-12), "{ratio}");
    assert!(close(ratio, 0.5, 1e-4));
    assert!(fp8.cost_compute.get() < bf16.cost_compute.get() * 0.51);
    assert_eq!(fp8.flop_final, bf16.flop_final, "the same compute, faster");
}

#[test]
fn a_precision_the_chip_lacks_is_refused_and_the_value_stays() {
    let mut params = presets::GPT_4.params;
    assert_eq!(params.chip, ChipId::A100);
    let before = params;
    let error = params
        .set(ParamKey::TrainingPrecision, Value::Choice("fp8"))
        .unwrap_err();
    assert_eq!(
        error,
        ParamError::UnsupportedPrecision {
            precision: Precision::Fp8,
            chip: ChipId::A100
        }
    );
    assert_eq!(
        error.to_string(),
        "The NVIDIA A100 SXM has no dense FP8 peak: it trains in BF16"
    );
    assert_eq!(params, before);
    // B200 trains in all three; choosing A100 afterwards falls back to BF16.
    let mut params = params.with_chip(&frontier_cost_model::edition::V1, ChipId::B200);
    params
        .set(ParamKey::TrainingPrecision, Value::Choice("fp4"))
        .unwrap();
    assert_eq!(ChipId::B200.spec().precisions(), "BF16, FP8, FP4");
    let params = params.with_chip(&frontier_cost_model::edition::V1, ChipId::A100);
    assert_eq!(params.precision, Precision::Bf16);
    params.validate_all().unwrap();
}

#[test]
fn time_basis_use_charges_the_facility_for_the_time_the_runs_use() {
    let mut params = presets::LLAMA_31_405B.params;
    assert_eq!(params.time_basis, TimeBasis::V1);
    let v1 = evaluate(&params);
    params.time_basis = TimeBasis::Use;
    let used = evaluate(&params);
    // The cluster is busy busy_months of the programme's 12: the facility in proportion.
    let share = used.busy_months / params.months;
    assert!(share > 0.3 && share < 0.7, "{share}");
    assert!(close(
        used.cost_facility.get(),
        v1.cost_facility.get() * share,
        1e-12
    ));
    assert_eq!(
        used.cost_compute, v1.cost_compute,
        "hardware: time used, as v1"
    );
    // The capital required still pays for the whole facility.
    assert_eq!(used.capital, v1.capital);

    params.time_basis = TimeBasis::Dedicated;
    let dedicated = evaluate(&params);
    assert_eq!(dedicated.cost_facility, v1.cost_facility);
    let programme_hours = params.accelerators * params.months * 730.0;
    assert!(close(
        dedicated.cost_compute.get(),
        v1.cost_compute.get() * programme_hours / v1.accel_hours.get(),
        1e-12
    ));
    // Colocation the same way.
    params.facility = frontier_cost_model::Facility::Colo;
    params.time_basis = TimeBasis::Use;
    let colo_used = evaluate(&params);
    params.time_basis = TimeBasis::Dedicated;
    let colo_all = evaluate(&params);
    assert!(close(
        colo_used.cost_facility.get(),
        colo_all.cost_facility.get() * share,
        1e-12
    ));
}

#[test]
fn renting_a_dedicated_cluster_pays_for_every_hour_of_the_programme() {
    let mut params = presets::STARTUP.params;
    assert_eq!(params.mode, Mode::Rent);
    let used = evaluate(&params);
    params.time_basis = TimeBasis::Dedicated;
    let dedicated = evaluate(&params);
    assert!(close(
        dedicated.cost_compute.get(),
        params.accelerators * params.months * 730.0 * params.rent_per_hour,
        1e-12
    ));
    assert!(dedicated.cost_compute > used.cost_compute);
}
