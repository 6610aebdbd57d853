//! Regression tests against published figures (../shared/reference/figures.md): the presets
//! must reproduce what the model cards, papers and the seed article say.

use frontier_cost_model::{evaluate, presets, Mode, ParamKey, Value};

#[test]
fn deepseek_v3_final_run_is_the_papers_5_576_million() {
    let out = evaluate(&presets::DEEPSEEK_V3.params);
    // 2.788M H800-hours at $2 an hour.
    assert_eq!(out.accel_hours_final.get(), 2_788_000.0);
    assert!(
        (out.cost_final_run.get() - 5_576_000.0).abs() < 1e-6,
        "{}",
        out.cost_final_run.get()
    );
    assert_eq!(presets::DEEPSEEK_V3.params.mode, Mode::Rent);
    // Active parameters, never total: 6 × 37B × 14.8T ≈ 3.3e24 FLOP, what the hours deliver.
    let from_size = 6.0 * 37e9 * 14.8e12;
    assert!(
        (out.flop_final.get() / from_size - 1.0).abs() < 0.02,
        "{}",
        out.flop_final.get()
    );
}

#[test]
fn llama_31_405b_hours_within_ten_percent_of_the_model_card() {
    let out = evaluate(&presets::LLAMA_31_405B.params);
    let published = 30.84e6;
    let ratio = out.accel_hours_final.get() / published;
    assert!(
        (0.9..=1.1).contains(&ratio),
        "{} H100-hours",
        out.accel_hours_final.get()
    );
    // The hours are derived from 3.8e25 FLOP, not copied from the card.
    assert_eq!(presets::LLAMA_31_405B.params.hours_override, None);
    assert_eq!(out.flop_final.get(), 3.8e25);
}

#[test]
fn gpt4_final_run_is_between_40_and_110_million() {
    let out = evaluate(&presets::GPT_4.params);
    let cost = out.cost_final_run.get();
    assert!((40e6..=110e6).contains(&cost), "{cost}");
    // About 25,000 A100 for 90–100 days.
    assert!(
        (85.0..=105.0).contains(&out.days_final),
        "{} days",
        out.days_final
    );
    // Altman: more than $100M in all.
    assert!(out.total.get() > 100e6);
}

#[test]
fn frontier_presets_cost_what_their_names_say() {
    let run_2025 = evaluate(&presets::FRONTIER_2025.params).total.get();
    assert!(
        (0.7e9..=1.5e9).contains(&run_2025),
        "the “$1B run” costs {run_2025}"
    );
    let programme_2026 = evaluate(&presets::FRONTIER_2026.params).total.get();
    assert!(
        (5e9..=10e9).contains(&programme_2026),
        "the “$5–10B programme” costs {programme_2026}"
    );
}

#[test]
fn small_presets_stay_small() {
    let lab = evaluate(&presets::UNIVERSITY_LAB.params);
    assert!(lab.capital.get() < 10e6, "{}", lab.capital.get());
    let startup = evaluate(&presets::STARTUP.params);
    assert!(startup.capital.get() < 25e6, "{}", startup.capital.get());
    assert_eq!(
        startup.capital, startup.total,
        "renting: capital is the total"
    );
}

#[test]
fn a_100k_h100_cluster_draws_about_150_mw() {
    // SemiAnalysis: a 100,000-H100 cluster is about 150 MW of facility power.
    let out = evaluate(&presets::FRONTIER_2025.params);
    assert!(
        (120.0..=170.0).contains(&out.power_mw),
        "{} MW",
        out.power_mw
    );
}

#[test]
fn news_corp_deal_is_fifty_million_a_year() {
    let mut params = presets::LLAMA_31_405B.params;
    params
        .set(ParamKey::LicensedData, Value::Number(50e6))
        .unwrap();
    params
        .set(ParamKey::ProgrammeMonths, Value::Number(60.0))
        .unwrap();
    // > $250M over 5 years.
    assert_eq!(evaluate(&params).cost_licences.get(), 250e6);
}

#[test]
fn formulas_by_hand_for_one_case() {
    // Buy, build: every line computed by hand.
    let mut p = presets::LLAMA_31_405B.params;
    for (key, value) in [
        (ParamKey::FinalRunFlop, Value::Number(1e24)),
        (ParamKey::Utilisation, Value::Number(0.5)),
        (ParamKey::ExperimentMultiple, Value::Number(2.0)),
        (ParamKey::ClusterSize, Value::Number(1000.0)),
        (ParamKey::AcceleratorPrice, Value::Number(20_000.0)),
        (ParamKey::ClusterCostRatio, Value::Number(2.0)),
        (ParamKey::HardwareLife, Value::Number(4.0)),
        (ParamKey::PowerPerAccelerator, Value::Number(1000.0)),
        (ParamKey::AverageLoad, Value::Number(0.8)),
        (ParamKey::Pue, Value::Number(1.25)),
        (ParamKey::ElectricityPrice, Value::Number(0.1)),
        (ParamKey::FacilityCostPerMw, Value::Number(10e6)),
        (ParamKey::FacilityLife, Value::Number(20.0)),
        (ParamKey::LicensedData, Value::Number(12e6)),
        (ParamKey::TranscribedHours, Value::Number(1000.0)),
        (ParamKey::CostPerTranscribedHour, Value::Number(100.0)),
        (ParamKey::Annotations, Value::Number(1000.0)),
        (ParamKey::CostPerAnnotation, Value::Number(10.0)),
        (ParamKey::Staff, Value::Number(10.0)),
        (ParamKey::CostPerPerson, Value::Number(300_000.0)),
        (ParamKey::ProgrammeMonths, Value::Number(6.0)),
    ] {
        p.set(key, value).unwrap();
    }
    let out = evaluate(&p);
    let peak = 989.4e12;
    let hours_final = 1e24 / (peak * 0.5 * 3600.0);
    let hours = hours_final * 2.0;
    assert!((out.accel_hours_final.get() / hours_final - 1.0).abs() < 1e-12);
    let capex = 1000.0 * 20_000.0 * 2.0;
    let compute = capex * (hours / 1000.0) / (4.0 * 8760.0);
    let energy = hours * 1000.0 * 0.8 * 1.25 * 0.1 / 1000.0;
    let facility_capex = 1000.0 * 1000.0 / 1e6 * 10e6;
    let facility = facility_capex * (0.5 / 20.0);
    let data = 12e6 * 0.5 + 1000.0 * 100.0 + 1000.0 * 10.0;
    let staff = 10.0 * 300_000.0 * 0.5;
    let close = |a: f64, b: f64| (a / b - 1.0).abs() < 1e-12;
    assert!(close(out.cost_compute.get(), compute));
    assert!(close(out.cost_energy.get(), energy));
    assert!(close(out.cost_facility.get(), facility));
    assert!(close(out.cost_data.get(), data));
    assert!(close(out.cost_staff.get(), staff));
    assert!(close(
        out.total.get(),
        compute + energy + facility + data + staff
    ));
    assert!(close(
        out.capital.get(),
        capex + facility_capex + energy + data + staff
    ));
    assert!(close(out.power_mw, 1.25));
    assert!(close(out.days_final, hours_final / 1000.0 / 24.0));
    // Colocation instead: IT kW × price × months.
    p.set(ParamKey::Facility, Value::Choice("colo")).unwrap();
    p.set(ParamKey::ColocationPrice, Value::Number(150.0))
        .unwrap();
    let out = evaluate(&p);
    assert!(close(out.cost_facility.get(), 1000.0 * 150.0 * 6.0));
    assert!(close(
        out.capital.get(),
        capex + 1000.0 * 150.0 * 6.0 + energy + data + staff
    ));
    // Renting: compute = hours × price; no energy or facility line.
    p.set(ParamKey::BuyOrRent, Value::Choice("rent")).unwrap();
    p.set(ParamKey::CloudPrice, Value::Number(2.5)).unwrap();
    let out = evaluate(&p);
    assert!(close(out.cost_compute.get(), hours * 2.5));
    assert_eq!(out.cost_energy.get(), 0.0);
    assert_eq!(out.cost_facility.get(), 0.0);
    assert!(close(out.cost_final_run.get(), hours_final * 2.5));
    assert_eq!(out.capital, out.total);
}

#[test]
fn busy_cluster_warns() {
    let mut p = presets::LLAMA_31_405B.params;
    p.set(ParamKey::ClusterSize, Value::Number(100.0)).unwrap();
    let out = evaluate(&p);
    assert!(out.warnings.iter().any(|w| matches!(
        w,
        frontier_cost_model::Warning::ClusterBusierThanProgramme { .. }
    )));
    assert!(evaluate(&presets::LLAMA_31_405B.params)
        .warnings
        .iter()
        .all(|w| !matches!(
            w,
            frontier_cost_model::Warning::ClusterBusierThanProgramme { .. }
        )));
}
