//! Version 2's presets against the figures they are built from: published hours, Epoch AI's
//! estimates, DeepSeek-R1's RL stage, and Amodei's quotes as a comparison, not a target.

use frontier_cost_model::chips::ChipId;
use frontier_cost_model::params::Precision;
use frontier_cost_model::presets::{self, v2, Preset};
use frontier_cost_model::{edition, evaluate, sources, trajectory, Outputs, ParamKey};

fn preset(id: &str) -> &'static Preset {
    edition::V2
        .preset(id)
        .unwrap_or_else(|| panic!("no version 2 preset {id}"))
}

fn out(id: &str) -> Outputs {
    evaluate(&preset(id).params)
}

/// `value` is within `share` (0.1 = 10%) of `target`.
fn within(value: f64, target: f64, share: f64) -> bool {
    (value / target - 1.0).abs() <= share
}

#[test]
fn every_version_2_preset_is_of_version_2_with_sources_and_translated_notes() {
    // Validity, exact link values and distinct notes: presets.rs tests every version's.
    for (i, preset) in v2::ALL.iter().enumerate() {
        assert_eq!(preset.version, 2, "{}", preset.id);
        assert!(preset
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'));
        assert!(v2::ALL[i + 1..].iter().all(|other| other.id != preset.id));
        assert!(!preset.sources.is_empty(), "{}", preset.id);
        for source in preset.sources {
            assert_eq!(sources::by_id(source.id), Some(source), "{}", preset.id);
        }
        assert!(!preset.notes.is_empty(), "{}", preset.id);
        for (key, note) in preset.notes {
            assert!(
                !note.en.is_empty() && !note.zh.is_empty(),
                "{} {key:?}",
                preset.id
            );
        }
    }
}

#[test]
fn version_2_keeps_every_version_1_id_and_opens_on_grok_3() {
    for old in presets::ALL {
        assert!(edition::V2.preset(old.id).is_some(), "{}", old.id);
    }
    assert_eq!(edition::V2.default_preset().id, "grok-3");
}

#[test]
fn version_2_presets_use_epochs_method_and_their_models_precision() {
    use frontier_cost_model::params::{Depreciation, TimeBasis};
    for preset in v2::ALL {
        assert_eq!(
            preset.params.depreciation,
            Depreciation::Progress,
            "{}",
            preset.id
        );
        assert_eq!(preset.params.time_basis, TimeBasis::Use, "{}", preset.id);
    }
    for id in [
        "deepseek-v3",
        "deepseek-r1",
        "deepseek-owned",
        "llama-4-maverick",
    ] {
        assert_eq!(preset(id).params.precision, Precision::Fp8, "{id}");
    }
}

#[test]
fn llama_4_maverick_takes_the_published_hours() {
    let out = out("llama-4-maverick");
    assert!(within(out.accel_hours_final.get(), 2.38e6, 0.10));
    // And the compute shown is the card's 6 × 17B × 22T.
    assert!(within(out.flop_final.get(), 6.0 * 17e9 * 22e12, 0.05));
}

#[test]
fn grok_3_final_run_is_near_epochs_amortised_estimate() {
    let out = out("grok-3");
    // Epoch AI: $301M of amortised hardware and energy (2023 dollars).
    assert!(
        within(out.cost_final_run.get(), 301e6, 0.30),
        "{:?}",
        out.cost_final_run
    );
    // Epoch: $5.48B to buy the hardware (the model's servers and interconnect, not the site).
    assert!(within(out.hardware_capex.get(), 5.48e9, 0.10));
}

#[test]
fn grok_3_is_4_64e26_flop_on_100k_h100_for_about_100_days() {
    let p = &preset("grok-3").params;
    assert_eq!(p.chip, ChipId::H100);
    assert_eq!(p.accelerators, 100_000.0);
    let out = out("grok-3");
    assert_eq!(out.flop_final.get(), 4.64e26);
    assert!(within(out.days_final, 100.0, 0.05), "{}", out.days_final);
}

#[test]
fn deepseek_r1_adds_the_published_rl_stage_to_v3() {
    let v3 = out("deepseek-v3");
    let r1 = out("deepseek-r1");
    // The paper's $5.576M for V3 at $2 an H800-hour.
    assert!(within(v3.cost_final_run.get(), 5.576e6, 0.001));
    // The RL stage: 147k H800-hours on 512 H800, $294k (Nature supplement).
    let rl_stage = r1.cost_final_run.get() - v3.cost_final_run.get();
    assert!(within(rl_stage, 294e3, 0.05), "{rl_stage}");
    let rl_hours = r1.accel_hours_final.get() - v3.accel_hours_final.get();
    assert!(within(rl_hours, 147e3, 0.05), "{rl_hours}");
    // Otherwise the same programme.
    let (a, b) = (&preset("deepseek-v3").params, &preset("deepseek-r1").params);
    for key in ParamKey::ALL {
        if key != ParamKey::FinalRunHours {
            assert_eq!(a.get(key), b.get(key), "{key:?}");
        }
    }
}

#[test]
fn owning_deepseeks_reported_cluster_takes_over_a_billion() {
    let rented = out("deepseek-v3");
    let owned = out("deepseek-owned");
    // $1–1.6B of servers for about 50,000 Hopper GPUs (SemiAnalysis; disputed).
    assert!((1e9..=1.6e9).contains(&owned.hardware_capex.get()));
    assert_eq!(preset("deepseek-owned").params.accelerators, 50_000.0);
    assert!(owned.capital.get() > 30.0 * rented.capital.get());
    // The same run, so about the same development cost: owning changes the barrier.
    assert!(within(owned.total.get(), rented.total.get(), 0.25));
    let name = preset("deepseek-owned").name;
    assert!(name.en.contains("disputed") && name.zh.contains("争议"));
}

#[test]
fn nemotron_4_340b_is_1_8e25_flop_on_6144_h100_at_41_percent() {
    let p = &preset("nemotron-4-340b").params;
    assert_eq!(
        (p.chip, p.accelerators, p.mfu),
        (ChipId::H100, 6144.0, 0.41)
    );
    assert_eq!(p.precision, Precision::Bf16);
    let out = out("nemotron-4-340b");
    assert_eq!(out.flop_final.get(), 1.8e25);
    // Epoch infers about 2,200 hours of training; these figures give about 2,000.
    assert!(
        within(out.days_final * 24.0, 2200.0, 0.12),
        "{}",
        out.days_final
    );
    // Epoch AI: $20.5M amortised (2023 dollars).
    assert!(within(out.cost_final_run.get(), 20.5e6, 0.30));
}

#[test]
fn frontier_scenarios_bracket_amodeis_figures_without_being_tuned_to_them() {
    // His figures are chart points; a scenario is built from published runs and clusters. The
    // check: each figure lies between the narrowest cost the scenario counts (the final run)
    // and the broadest (the whole programme), so it is of the same order as the evidence.
    let quote = |id: &str| {
        trajectory::PUBLISHED
            .iter()
            .find(|point| point.id == id)
            .unwrap_or_else(|| panic!("no published point {id}"))
    };
    for (preset_id, point_id) in [
        ("frontier-2025", "in-training-2024"),
        ("frontier-2026", "forecast-2025-26"),
    ] {
        let out = out(preset_id);
        let point = quote(point_id);
        assert!(
            out.cost_final_run < point.low && point.high < out.total,
            "{preset_id}: final run {:?}, total {:?}, quote {:?}–{:?}",
            out.cost_final_run,
            out.total,
            point.low,
            point.high
        );
        // And within a factor of five of it either way.
        assert!(out.total.get() < 5.0 * point.high.get(), "{preset_id}");
        assert!(
            out.cost_final_run.get() > point.low.get() / 5.0,
            "{preset_id}"
        );
    }
}

#[test]
fn frontier_2025_follows_grok_4s_published_resources() {
    let out = out("frontier-2025");
    // Epoch AI: median about $490M, 246M H100-hours, 310 GWh for Grok 4.
    assert_eq!(out.accel_hours_final.get(), 246e6);
    assert!(within(out.cost_final_run.get(), 490e6, 0.30));
    let p = &preset("frontier-2025").params;
    let final_gwh = p.watts_per_accel * p.load_factor * p.pue * 246e6 / 1e9;
    assert!(within(final_gwh, 310.0, 0.10), "{final_gwh}");
}

#[test]
fn frontier_2026_is_a_campus_of_about_a_gigawatt() {
    let out = out("frontier-2026");
    assert_eq!(preset("frontier-2026").params.chip, ChipId::Gb200);
    assert!(within(out.power_mw, 1000.0, 0.10), "{}", out.power_mw);
    // The runs fit the year-long programme.
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
}

#[test]
fn frontier_experiment_multiple_spans_epochs_three_to_ten() {
    let range = frontier_cost_model::uncertainty::DEFAULT_RANGES
        .iter()
        .find(|range| range.key == ParamKey::ExperimentMultiple)
        .expect("exp is uncertain")
        .range;
    for id in ["frontier-2025", "frontier-2026"] {
        let exp = preset(id).params.experiment_factor;
        let (low, high) = (exp * range.low, exp * range.high);
        // Final runs at 10–30% of R&D compute: a multiple of about 3–10 (Epoch, 2026).
        assert!(
            within(low, 3.0, 0.05) && within(high, 10.0, 0.05),
            "{low}–{high}"
        );
    }
}

#[test]
fn cost_per_person_follows_epochs_notebook() {
    // development_cost.ipynb: 90% intervals of base salary from levels.fyi and aipaygrad.es,
    // geometric means of their ends; overhead 1.25–1.4 on salary only, plus equity.
    let salary = ((148e3_f64 * 132e3).sqrt() * (335e3_f64 * 210e3).sqrt()).sqrt();
    let equity = ((34e3_f64 * 37e3).sqrt() * (760e3_f64 * 331.25e3).sqrt()).sqrt();
    let overhead = (1.25_f64 * 1.4).sqrt();
    let epoch = salary * overhead + equity;
    for id in [
        "grok-3",
        "llama-4-maverick",
        "nemotron-4-340b",
        "llama-3.1-405b",
        "gpt-4",
    ] {
        let salary = preset(id).params.salary;
        assert!(
            within(salary, epoch, 0.02),
            "{id}: {salary} against {epoch}"
        );
    }
}

#[test]
fn llama_3_1_annotations_are_not_priced_without_a_source() {
    let p = &preset("llama-3.1-405b").params;
    assert_eq!(p.annotations, 0.0);
    assert!(preset("llama-3.1-405b")
        .note(ParamKey::Annotations)
        .is_some());
}
