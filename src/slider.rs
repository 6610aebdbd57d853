//! Maps parameter values to slider positions and back: logarithmic for wide ranges, with
//! every step landing on a round number.

use crate::model::params::{round_significant, NumberSpec};

/// Slider positions run from 0 to this.
pub const STEPS: f64 = 1000.0;

/// The lowest non-zero value of a logarithmic slider whose range starts at 0: six decades
/// below the top, so the slider is still fine-grained where values matter.
fn log_floor(spec: &NumberSpec) -> f64 {
    if spec.min > 0.0 {
        spec.min
    } else {
        spec.max * 1e-6
    }
}

/// The slider position (0–[`STEPS`]) of a value.
pub fn position(spec: &NumberSpec, value: f64) -> f64 {
    if !value.is_finite() {
        return 0.0;
    }
    let t = if spec.log {
        let floor = log_floor(spec);
        if value <= floor {
            if spec.min == 0.0 && value <= 0.0 {
                0.0
            } else {
                // Values between 0 and the floor sit at the first step.
                1.0 / STEPS
            }
        } else {
            (value / floor).ln() / (spec.max / floor).ln()
        }
    } else {
        (value - spec.min) / (spec.max - spec.min)
    };
    (crate::model::units::clamp(t, 0.0, 1.0) * STEPS).round()
}

/// The value at a slider position, rounded to a number people would type.
pub fn value_at(spec: &NumberSpec, position: f64) -> f64 {
    let t = crate::model::units::clamp(position / STEPS, 0.0, 1.0);
    let raw = if spec.log {
        if spec.min == 0.0 && t == 0.0 {
            return 0.0;
        }
        let floor = log_floor(spec);
        // exp(t · ln r) rather than r^t: the page then needs no general power routine.
        floor * (t * (spec.max / floor).ln()).exp()
    } else {
        spec.min + t * (spec.max - spec.min)
    };
    let rounded = if spec.log {
        round_to_digits(raw, 2)
    } else {
        // Linear sliders: steps of a round fraction of the range.
        let step = nice_step((spec.max - spec.min) / STEPS);
        (raw / step).round() * step
    };
    let rounded = if spec.integer {
        rounded.round()
    } else {
        rounded
    };
    round_significant(crate::model::units::clamp(rounded, spec.min, spec.max))
}

fn round_to_digits(value: f64, digits: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(magnitude - digits + 1);
    (value / factor).round() * factor
}

/// The smallest of 1, 2, 5 × 10ⁿ at least as large as `step`.
fn nice_step(step: f64) -> f64 {
    let magnitude = 10f64.powi(step.log10().floor() as i32);
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * magnitude)
        .find(|candidate| *candidate >= step * 0.999)
        .unwrap_or(magnitude * 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::params::{validate, ParamKey, Value};

    #[test]
    fn every_position_of_every_slider_is_a_valid_round_value() {
        for key in ParamKey::ALL {
            let Some(spec) = key.number_spec() else {
                continue;
            };
            let mut previous = f64::NEG_INFINITY;
            for step in 0..=STEPS as usize {
                let value = value_at(&spec, step as f64);
                assert!(value.is_finite(), "{key:?} at {step}");
                assert_eq!(
                    validate(key, Value::Number(value)),
                    Ok(Value::Number(value)),
                    "{key:?} at {step}"
                );
                assert!(value >= previous, "{key:?} not monotone at {step}");
                previous = value;
            }
        }
    }

    #[test]
    fn positions_invert_values() {
        for key in ParamKey::ALL {
            let Some(spec) = key.number_spec() else {
                continue;
            };
            for step in [0.0, 1.0, 250.0, 500.0, 999.0, 1000.0] {
                let value = value_at(&spec, step);
                let back = position(&spec, value);
                assert!(
                    (back - step).abs() <= 12.0,
                    "{key:?}: {step} → {value} → {back}"
                );
            }
        }
    }

    #[test]
    fn log_slider_for_cluster_size() {
        let spec = ParamKey::ClusterSize.number_spec().unwrap();
        assert_eq!(value_at(&spec, 0.0), 1.0);
        assert_eq!(value_at(&spec, STEPS), 10_000_000.0);
        let middle = position(&spec, 16_384.0);
        assert!(middle > 500.0 && middle < 650.0, "{middle}");
    }

    #[test]
    fn zero_floor_log_slider() {
        let spec = ParamKey::LicensedData.number_spec().unwrap();
        assert_eq!(value_at(&spec, 0.0), 0.0);
        assert_eq!(position(&spec, 0.0), 0.0);
        assert!(value_at(&spec, 1.0) > 0.0);
    }
}
