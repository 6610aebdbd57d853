//! Where frontier costs are heading: published cost points, the 2.4×-a-year growth of frontier
//! training costs (Cottier et al. 2024) and what the scenario's position would cost later.

use super::cost::Outputs;
use super::sources::{self, Source};
use super::text::Text;
use super::units::Usd;

/// Yearly growth of frontier training costs since 2016, with its 95% confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    /// The central estimate, a yearly multiple (2.4 means ×2.4 a year).
    pub central: f64,
    /// The low end of the 95% interval, a yearly multiple.
    pub low: f64,
    /// The high end of the 95% interval, a yearly multiple.
    pub high: f64,
    /// Where the estimate comes from.
    pub source: Source,
}

/// Cottier et al. (2024): frontier training costs grow 2.4× a year (95% CI 2.0–3.1×).
pub const GROWTH: Growth = Growth {
    central: 2.4,
    low: 2.0,
    high: 3.1,
    source: sources::COTTIER_2024,
};

/// The same rate as version 2 cites it: the interval is version 1 of the paper's (and Epoch's
/// blog's) 95% interval, 2.0–3.1×; a later revision reports a 90% interval of 2.0–2.9×. The
/// band compounds the interval's ends, so it shows uncertainty in the rate, not a spread of
/// possible costs.
pub const GROWTH_V2: Growth = Growth {
    source: sources::COTTIER_2024_V1,
    ..GROWTH
};

/// What a scenario's trajectory grows from, by schema version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrajectoryBasis {
    /// Version 1: the whole development cost (frozen: its links show what they showed).
    Total,
    /// Version 2: the final run's amortised hardware + energy ([`Outputs::cost_final_run`]),
    /// the quantity the 2.4× rate was fitted to; when renting, the final run's cloud price.
    FinalRun,
}

impl TrajectoryBasis {
    /// The basis of a schema version.
    pub const fn of_version(version: u32) -> TrajectoryBasis {
        if version <= 1 {
            TrajectoryBasis::Total
        } else {
            TrajectoryBasis::FinalRun
        }
    }

    /// The growth rate the version cites.
    pub const fn growth(self) -> Growth {
        match self {
            TrajectoryBasis::Total => GROWTH,
            TrajectoryBasis::FinalRun => GROWTH_V2,
        }
    }

    /// The cost the projection starts from.
    pub fn start(self, outputs: &Outputs) -> Usd {
        match self {
            TrajectoryBasis::Total => outputs.total,
            TrajectoryBasis::FinalRun => outputs.cost_final_run,
        }
    }
}

/// How many years ahead the projection goes.
pub const HORIZON: u16 = 5;

/// A published figure for what a frontier model cost (or will cost).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PublishedPoint {
    /// Stable identifier of the point.
    pub id: &'static str,
    /// Short label for the chart.
    pub label: Text,
    /// What the figure is, for the table.
    pub detail: Text,
    /// When, as the table prints it.
    pub when: &'static str,
    /// Where the chart places it: fractional years place points said in mid-year.
    pub year: f64,
    /// The figure, or the low end of a range, in US dollars.
    pub low: Usd,
    /// Equal to `low` for a single figure; higher for a range.
    pub high: Usd,
    /// "More than" rather than "about".
    pub at_least: bool,
    /// Where the figure comes from.
    pub source: Source,
}

/// The published points, in chronological order: GPT-4 (more than $100M), models in training
/// in mid-2024 (about $1B) and the forecast for 2025–2026 ($5B–$10B).
pub const PUBLISHED: [PublishedPoint; 3] = [
    PublishedPoint {
        id: "gpt-4",
        label: Text::new("GPT-4", "GPT-4"),
        detail: Text::new(
            "GPT-4, to train (Sam Altman)",
            "GPT-4的训练成本（奥尔特曼）",
        ),
        when: "2023",
        year: 2023.0,
        low: Usd(100e6),
        high: Usd(100e6),
        at_least: true,
        source: sources::SEED,
    },
    PublishedPoint {
        id: "in-training-2024",
        label: Text::new("in training, 2024", "2024年在训"),
        detail: Text::new(
            "Models in training in mid-2024 (Dario Amodei)",
            "2024年年中在训的模型（阿莫代）",
        ),
        when: "2024",
        year: 2024.5,
        low: Usd(1e9),
        high: Usd(1e9),
        at_least: false,
        source: sources::SEED,
    },
    PublishedPoint {
        id: "forecast-2025-26",
        label: Text::new("2025–26 forecast", "2025—26年预测"),
        detail: Text::new(
            "Models of 2025–2026, forecast (Dario Amodei)",
            "2025—2026年的模型，预测（阿莫代）",
        ),
        when: "2025–26",
        year: 2025.5,
        low: Usd(5e9),
        high: Usd(10e9),
        at_least: false,
        source: sources::SEED,
    },
];

/// What the same frontier position costs some years on: the central growth and its interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// The calendar year.
    pub year: u16,
    /// The cost at the central growth rate, in US dollars.
    pub central: Usd,
    /// The cost at the low end of the growth interval, in US dollars.
    pub low: Usd,
    /// The cost at the high end of the growth interval, in US dollars.
    pub high: Usd,
}

/// The cost `years` after `year` of a scenario costing `total` in `year`, for each year from
/// `year` (the scenario itself) to `year + HORIZON`.
///
/// ```
/// use frontier_cost_model::trajectory::{project, GROWTH, HORIZON};
/// use frontier_cost_model::units::Usd;
///
/// let points = project(Usd(1e9), 2025);
/// assert_eq!(points.len(), usize::from(HORIZON) + 1);
/// // The first point is the scenario itself.
/// assert_eq!((points[0].year, points[0].central), (2025, Usd(1e9)));
/// // A year on, the central, low and high growth rates apply once.
/// assert_eq!(points[1].year, 2026);
/// assert!((points[1].central.get() - 1e9 * GROWTH.central).abs() < 1.0);
/// assert!(points[1].low < points[1].central && points[1].central < points[1].high);
/// ```
pub fn project(total: Usd, year: u16) -> Vec<Projection> {
    (0..=HORIZON)
        .map(|k| {
            // Whole years: `powi`, which needs no general power routine in the page.
            let k_i = i32::from(k);
            Projection {
                year: year.saturating_add(k),
                central: total * GROWTH.central.powi(k_i),
                low: total * GROWTH.low.powi(k_i),
                high: total * GROWTH.high.powi(k_i),
            }
        })
        .collect()
}

/// The cost `HORIZON` years on, at the central growth rate.
pub fn in_five_years(total: Usd) -> Usd {
    total * GROWTH.central.powi(i32::from(HORIZON))
}

/// Beyond this many years a projection says nothing worth printing.
const MAX_YEARS: u16 = 50;

/// The first year in which the scenario's position, growing at the central rate, would cost
/// more than `threshold`: `year` itself when it already does, `None` for a zero cost or when
/// that would take more than fifty years.
pub fn year_beyond(total: Usd, year: u16, threshold: Usd) -> Option<u16> {
    let (total, threshold) = (total.get(), threshold.get());
    if !(total > 0.0 && total.is_finite() && threshold.is_finite()) {
        return None;
    }
    if total > threshold {
        return Some(year);
    }
    // Smallest whole k with total × g^k > threshold.
    let k = ((threshold / total).ln() / GROWTH.central.ln()).floor() + 1.0;
    (k <= f64::from(MAX_YEARS)).then(|| year.saturating_add(k as u16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_is_cottier_et_al() {
        assert_eq!((GROWTH.central, GROWTH.low, GROWTH.high), (2.4, 2.0, 3.1));
        assert_eq!(GROWTH.source.id, "cottier-2024");
    }

    #[test]
    fn projection_numbers() {
        let p = project(Usd(1e9), 2025);
        assert_eq!(p.len(), usize::from(HORIZON) + 1);
        assert_eq!(p[0].year, 2025);
        assert_eq!(p[0].central, Usd(1e9));
        assert_eq!(p[0].low, Usd(1e9));
        assert_eq!(p[1].year, 2026);
        assert!((p[1].central.get() - 2.4e9).abs() < 1.0);
        assert!((p[1].low.get() - 2.0e9).abs() < 1.0);
        assert!((p[1].high.get() - 3.1e9).abs() < 1.0);
        // Five years at 2.4× is about 79.6×; at 2.0× 32×; at 3.1× about 286×.
        assert!((p[5].central.get() / 1e9 - 79.626_24).abs() < 1e-6);
        assert!((p[5].low.get() / 1e9 - 32.0).abs() < 1e-9);
        assert!((p[5].high.get() / 1e9 - 286.291_51).abs() < 1e-5);
        assert_eq!(in_five_years(Usd(1e9)), p[5].central);
        for w in p.windows(2) {
            assert!(w[0].low <= w[0].central && w[0].central <= w[0].high);
            assert!(w[1].central > w[0].central);
        }
    }

    #[test]
    fn the_year_a_position_passes_a_budget() {
        // $1B × 2.4^k > $83B first at k = 6 (2.4^5 ≈ 79.6, 2.4^6 ≈ 191).
        assert_eq!(year_beyond(Usd(1e9), 2025, Usd(83e9)), Some(2031));
        // Exactly at the threshold is not beyond it; one growth step later is.
        assert_eq!(year_beyond(Usd(83e9), 2026, Usd(83e9)), Some(2027));
        assert_eq!(year_beyond(Usd(100e9), 2026, Usd(83e9)), Some(2026));
        assert_eq!(year_beyond(Usd(0.0), 2026, Usd(83e9)), None);
        assert_eq!(year_beyond(Usd(1e-3), 2026, Usd(83e9)), Some(2063));
        assert_eq!(year_beyond(Usd(1e-9), 2026, Usd(83e9)), None);
    }

    #[test]
    fn published_points_are_ordered_and_ranges_valid() {
        for pair in PUBLISHED.windows(2) {
            assert!(pair[0].year <= pair[1].year);
        }
        for point in PUBLISHED {
            assert!(point.low <= point.high, "{}", point.id);
        }
    }
}
