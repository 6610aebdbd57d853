//! Typed physical and money quantities, so that dollars, FLOP, hours and watts never mix.

use core::ops::{Add, AddAssign, Div, Mul, Sub};

macro_rules! quantity {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd)]
        pub struct $name(pub f64);

        impl $name {
            /// No amount of this quantity.
            pub const ZERO: Self = Self(0.0);
            /// The raw number in this quantity's unit.
            pub const fn get(self) -> f64 {
                self.0
            }
        }
        impl Add for $name {
            type Output = Self;
            fn add(self, other: Self) -> Self {
                Self(self.0 + other.0)
            }
        }
        impl AddAssign for $name {
            fn add_assign(&mut self, other: Self) {
                self.0 += other.0;
            }
        }
        impl Sub for $name {
            type Output = Self;
            fn sub(self, other: Self) -> Self {
                Self(self.0 - other.0)
            }
        }
        impl Mul<f64> for $name {
            type Output = Self;
            fn mul(self, k: f64) -> Self {
                Self(self.0 * k)
            }
        }
        impl Div<f64> for $name {
            type Output = Self;
            fn div(self, k: f64) -> Self {
                Self(self.0 / k)
            }
        }
        /// The ratio of two amounts of the same quantity is a plain number.
        impl Div for $name {
            type Output = f64;
            fn div(self, other: Self) -> f64 {
                self.0 / other.0
            }
        }
        impl core::iter::Sum for $name {
            fn sum<I: Iterator<Item = Self>>(iter: I) -> Self {
                Self(iter.map(|q| q.0).sum())
            }
        }
    };
}

quantity!(
    /// US dollars.
    Usd
);
quantity!(
    /// Floating-point operations (a count, not a rate).
    Flop
);
quantity!(
    /// Floating-point operations per second.
    FlopPerSecond
);
quantity!(
    /// Hours: of an accelerator's time, or of wall-clock time.
    Hours
);
quantity!(
    /// Electrical power in watts.
    Watts
);
quantity!(
    /// Electrical energy in megawatt-hours.
    MegawattHours
);

/// Hours in a (non-leap) year: 365 × 24.
pub const HOURS_PER_YEAR: f64 = 8760.0;
/// Hours in a year of 365.25 days, as Epoch AI's amortisation counts them.
pub const HOURS_PER_JULIAN_YEAR: f64 = 8766.0;
/// Hours in an average month: a twelfth of [`HOURS_PER_YEAR`], 730.
pub const HOURS_PER_MONTH: f64 = HOURS_PER_YEAR / 12.0;
/// Seconds in an hour.
pub const SECONDS_PER_HOUR: f64 = 3600.0;

impl Flop {
    /// Time to do this much work at a sustained rate, in hours.
    pub fn hours_at(self, rate: FlopPerSecond) -> Hours {
        Hours(self.0 / rate.0 / SECONDS_PER_HOUR)
    }
}

impl FlopPerSecond {
    /// Work done at this rate over some hours.
    pub fn over(self, hours: Hours) -> Flop {
        Flop(self.0 * hours.0 * SECONDS_PER_HOUR)
    }
}

impl Watts {
    /// Energy drawn at this power over some hours.
    pub fn over(self, hours: Hours) -> MegawattHours {
        MegawattHours(self.0 * hours.0 / 1e6)
    }
    /// This power in megawatts.
    pub fn megawatts(self) -> f64 {
        self.0 / 1e6
    }
}

impl MegawattHours {
    /// Cost at a price per kilowatt-hour.
    pub fn cost_at(self, usd_per_kwh: f64) -> Usd {
        Usd(self.0 * 1000.0 * usd_per_kwh)
    }
}

/// `value` limited to `low..=high` (NaN stays NaN). Unlike `f64::clamp` it has no panic
/// message that formats floats, which keeps the standard float formatting out of the page.
pub fn clamp(value: f64, low: f64, high: f64) -> f64 {
    if value < low {
        low
    } else if value > high {
        high
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn h100_hours_for_llama_flop() {
        // 3.8e25 FLOP at 989.4 TFLOP/s and 35% utilisation is about 30.5M hours.
        let hours = Flop(3.8e25).hours_at(FlopPerSecond(989.4e12 * 0.35));
        assert!((hours.get() / 30.48e6 - 1.0).abs() < 0.01, "{hours:?}");
    }

    #[test]
    fn energy_and_its_cost() {
        let energy = Watts(1_000_000.0).over(Hours(2.0));
        assert_eq!(energy, MegawattHours(2.0));
        assert_eq!(energy.cost_at(0.1), Usd(200.0));
    }

    #[test]
    fn clamping() {
        assert_eq!(clamp(5.0, 0.0, 1.0), 1.0);
        assert_eq!(clamp(-5.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.5, 0.0, 1.0), 0.5);
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }

    #[test]
    fn ratios_and_sums() {
        assert_eq!(Usd(10.0) / Usd(4.0), 2.5);
        let total: Usd = [Usd(1.0), Usd(2.0)].into_iter().sum();
        assert_eq!(total, Usd(3.0));
    }
}
