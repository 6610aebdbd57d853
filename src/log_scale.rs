//! Log-scale axes for the charts: whole decades covering the data, positions as fractions.

/// An axis from 10^`lo` to 10^`hi` (whole decades, `lo < hi`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogScale {
    pub lo: i32,
    pub hi: i32,
}

impl LogScale {
    /// The smallest whole-decade axis covering every positive, finite value (and at least
    /// `lo..hi` when given as a floor), so that no mark falls outside the chart.
    pub fn covering(values: impl IntoIterator<Item = f64>, at_least: (i32, i32)) -> LogScale {
        let (mut lo, mut hi) = at_least;
        for value in values {
            if value > 0.0 && value.is_finite() {
                let exponent = value.log10();
                lo = lo.min(exponent.floor() as i32);
                hi = hi.max(exponent.ceil() as i32);
            }
        }
        if hi <= lo {
            hi = lo + 1;
        }
        LogScale { lo, hi }
    }

    /// Where a value sits, from 0 (at 10^lo) to 1 (at 10^hi); clamped, and 0 for values that
    /// have no logarithm.
    pub fn fraction(&self, value: f64) -> f64 {
        if !(value > 0.0 && value.is_finite()) {
            return 0.0;
        }
        let f = (value.log10() - f64::from(self.lo)) / f64::from(self.hi - self.lo);
        crate::model::units::clamp(f, 0.0, 1.0)
    }

    /// Gridline values: every decade, or every second or third one when there are many, so
    /// that at most `max` are labelled.
    pub fn ticks(&self, max: usize) -> Vec<f64> {
        let decades = (self.hi - self.lo) as usize + 1;
        let step = decades.div_ceil(max.max(1)).max(1);
        (self.lo..=self.hi)
            .step_by(step)
            .map(|exponent| 10f64.powi(exponent))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_the_data_in_whole_decades() {
        let scale = LogScale::covering([2.04e6, 380e9, 7.9e9], (6, 12));
        assert_eq!(scale, LogScale { lo: 6, hi: 12 });
        let scale = LogScale::covering([5e4, 2e13], (6, 12));
        assert_eq!(scale, LogScale { lo: 4, hi: 14 });
        // Nothing usable: the floor, and never an empty axis.
        let scale = LogScale::covering([0.0, f64::NAN, -1.0, f64::INFINITY], (3, 3));
        assert_eq!(scale, LogScale { lo: 3, hi: 4 });
    }

    #[test]
    fn fractions_are_clamped_and_finite() {
        let scale = LogScale { lo: 6, hi: 12 };
        assert_eq!(scale.fraction(1e6), 0.0);
        assert_eq!(scale.fraction(1e12), 1.0);
        assert!((scale.fraction(1e9) - 0.5).abs() < 1e-12);
        assert_eq!(scale.fraction(1e3), 0.0);
        assert_eq!(scale.fraction(1e20), 1.0);
        assert_eq!(scale.fraction(0.0), 0.0);
        assert_eq!(scale.fraction(f64::NAN), 0.0);
    }

    #[test]
    fn ticks_thin_out_on_long_axes() {
        let scale = LogScale { lo: 6, hi: 12 };
        assert_eq!(scale.ticks(7).len(), 7);
        assert_eq!(scale.ticks(4), vec![1e6, 1e8, 1e10, 1e12]);
        let long = LogScale { lo: 0, hi: 14 };
        // Every third decade from the low end: 15 decades in at most 7 ticks.
        assert_eq!(long.ticks(7), vec![1e0, 1e3, 1e6, 1e9, 1e12]);
    }
}
