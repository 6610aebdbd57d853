//! Epoch AI's published cost estimates for 82 notable models (2015–2025), for the trajectory
//! chart's points and for "which models sit closest to my run": name, organisation, date, FLOP
//! and two cost bases of the final run in 2023 US dollars — amortised hardware + energy, and
//! cloud price — never mixed in one series (they differ 3–4×).
//!
//! The data is a committed text file, `data/epoch-points.tsv`, written by
//! `scripts/epoch-points.py` from Epoch's `model_costs.csv` joined with their database (see
//! `/work/shared/reference`). The page does not compile it in — its first load is near its
//! size limit — but fetches it when the trajectory panel is shown and reads it with [`parse`];
//! native builds (tests, the command line) have it as [`DATA`].

use super::decimal;
use super::sources::{self, Source};

/// The data file, compiled in for native use only (the page fetches it; see the module doc).
#[cfg(not(target_arch = "wasm32"))]
pub const DATA: &str = include_str!("../data/epoch-points.tsv");

/// Where the estimates come from: Epoch AI, CC BY 4.0.
pub const SOURCE: Source = sources::EPOCH_COSTS;

/// How many models the file holds.
pub const COUNT: usize = 82;

/// Epoch's confidence in a model's training compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// "Confident".
    Confident,
    /// "Likely".
    Likely,
    /// "Speculative".
    Speculative,
    /// Not stated.
    Unknown,
}

/// Which of Epoch's two final-run cost bases a series shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Basis {
    /// Amortised hardware (with interconnect) + energy, Epoch's method.
    #[default]
    Amortised,
    /// The final run at cloud rental prices.
    Cloud,
}

/// One model's estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochPoint {
    /// The model's name as Epoch writes it.
    pub name: String,
    /// The organisations, comma-separated.
    pub organisation: String,
    /// The publication date as a fractional year (2024.557 is 23 July 2024).
    pub year: f64,
    /// Training compute of the final run, FLOP.
    pub flop: f64,
    /// Amortised hardware + energy of the final run, 2023 US dollars (`None` when Epoch gives
    /// none).
    pub amortised: Option<f64>,
    /// The final run at cloud prices, 2023 US dollars (`None` when Epoch gives none).
    pub cloud: Option<f64>,
    /// Epoch's confidence in the compute estimate.
    pub confidence: Confidence,
}

impl EpochPoint {
    /// The estimate on a basis, if Epoch gives one.
    pub fn cost(&self, basis: Basis) -> Option<f64> {
        match basis {
            Basis::Amortised => self.amortised,
            Basis::Cloud => self.cloud,
        }
    }
}

/// Reads the data file: one model a line, seven tab-separated fields (see the script). `None`
/// when any line is malformed, so that a damaged download shows no points rather than wrong
/// ones.
pub fn parse(text: &str) -> Option<Vec<EpochPoint>> {
    text.lines()
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let mut next = || fields.next();
            let name = next()?.to_string();
            let organisation = next()?.to_string();
            let year = decimal::parse(next()?)?;
            let flop = decimal::parse(next()?)?;
            // Zero stands for "no estimate".
            let cost = |text: &str| decimal::parse(text).map(|v| (v > 0.0).then_some(v));
            let amortised = cost(next()?)?;
            let cloud = cost(next()?)?;
            let confidence = match next()? {
                "C" => Confidence::Confident,
                "L" => Confidence::Likely,
                "S" => Confidence::Speculative,
                "U" => Confidence::Unknown,
                _ => return None,
            };
            if next().is_some() || !(flop > 0.0 && year > 2000.0) {
                return None;
            }
            Some(EpochPoint {
                name,
                organisation,
                year,
                flop,
                amortised,
                cloud,
                confidence,
            })
        })
        .collect()
}

/// The compiled-in points (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn all() -> Vec<EpochPoint> {
    parse(DATA).expect("the committed data file is well formed")
}

/// How many models [`closest`] lists.
pub const CLOSEST: usize = 10;

/// The distance between a run and a model: Euclidean in orders of magnitude of FLOP and in
/// years, one order of magnitude counting as much as two years (frontier compute has grown
/// about 4–5× a year, roughly 0.5–0.7 orders of magnitude, so two years is about one order of
/// magnitude along the frontier).
pub fn distance(flop: f64, year: f64, point: &EpochPoint) -> f64 {
    let dlog = (point.flop / flop).log10();
    let dyear = (point.year - year) / 2.0;
    (dlog * dlog + dyear * dyear).sqrt()
}

/// The indices of the [`CLOSEST`] models nearest a run of `flop` FLOP in `year` that have an
/// estimate on `basis`, nearest first (ties keep the file's order).
pub fn closest(points: &[EpochPoint], flop: f64, year: f64, basis: Basis) -> Vec<usize> {
    let found: Vec<(usize, f64)> = points
        .iter()
        .enumerate()
        .filter(|(_, p)| p.cost(basis).is_some())
        .map(|(i, p)| (i, distance(flop, year, p)))
        .collect();
    // The nearest left, CLOSEST times: what a stable sort's first ones would be (equal
    // distances keep the file's order), without the sort's code in the page.
    let mut chosen: Vec<usize> = Vec::with_capacity(CLOSEST);
    while chosen.len() < CLOSEST {
        let mut best: Option<(usize, f64)> = None;
        for &(i, d) in &found {
            if !chosen.contains(&i) && best.is_none_or(|(_, b)| d.total_cmp(&b).is_lt()) {
                best = Some((i, d));
            }
        }
        match best {
            Some((i, _)) => chosen.push(i),
            None => break,
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_is_a_stable_sort_s_first_ones() {
        let points = all();
        for (flop, year) in [
            (3.8e25, 2024.5),
            (1e20, 2016.0),
            (1e30, 2030.0),
            (2e25, 2023.2),
        ] {
            for basis in [Basis::Amortised, Basis::Cloud] {
                let mut sorted: Vec<(usize, f64)> = points
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| p.cost(basis).is_some())
                    .map(|(i, p)| (i, distance(flop, year, p)))
                    .collect();
                sorted.sort_by(|a, b| a.1.total_cmp(&b.1));
                let expected: Vec<usize> =
                    sorted.into_iter().take(CLOSEST).map(|(i, _)| i).collect();
                assert_eq!(closest(&points, flop, year, basis), expected);
            }
        }
    }

    #[test]
    fn the_file_reads_and_damage_is_refused() {
        let points = all();
        assert_eq!(points.len(), COUNT);
        assert!(parse("GPT-4\tOpenAI\t2023.2\t2.1e25\t4e7\t8e7\tS\n").is_some());
        // A field missing, one too many, a bad number, an unknown confidence.
        assert!(parse("GPT-4\tOpenAI\t2023.2\t2.1e25\t4e7\tS\n").is_none());
        assert!(parse("GPT-4\tOpenAI\t2023.2\t2.1e25\t4e7\t8e7\tS\tx\n").is_none());
        assert!(parse("GPT-4\tOpenAI\t2023.2\tlots\t4e7\t8e7\tS\n").is_none());
        assert!(parse("GPT-4\tOpenAI\t2023.2\t2.1e25\t4e7\t8e7\tX\n").is_none());
    }

    #[test]
    fn distance_weighs_an_order_of_magnitude_as_two_years() {
        let p = &parse("M\tO\t2025\t1e25\t1\t1\tC\n").unwrap()[0];
        assert!((distance(1e24, 2025.0, p) - 1.0).abs() < 1e-12);
        assert!((distance(1e25, 2023.0, p) - 1.0).abs() < 1e-12);
        assert_eq!(distance(1e25, 2025.0, p), 0.0);
    }
}
