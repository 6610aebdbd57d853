//! Uncertainty and sensitivity: the published ranges of the uncertain parameters, a seeded Monte
//! Carlo of the total and capital required, and a tornado of one-at-a-time swings.

use super::cost::evaluate;
use super::params::{round_significant, ParamKey, Params, Value};
use super::sources::Source;
use super::text::Text;

/// The uncertain parameters in sampling order, and their default ranges: declared with each
/// parameter (`params`).
pub use super::params::{DEFAULT_RANGES, UNCERTAIN};

/// A range as multiples of the parameter's current value: low × value to high × value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    /// The low end, as a multiple of the current value (0 < low ≤ 1).
    pub low: f64,
    /// The high end, as a multiple of the current value (1 ≤ high ≤ 100).
    pub high: f64,
}

impl Range {
    /// No uncertainty: both ends at the current value.
    pub const POINT: Range = Range {
        low: 1.0,
        high: 1.0,
    };

    /// Valid when 0 < low ≤ 1 ≤ high ≤ 100: the current value is always inside its range.
    pub fn is_valid(&self) -> bool {
        self.low.is_finite()
            && self.high.is_finite()
            && self.low > 0.0
            && self.low <= 1.0
            && self.high >= 1.0
            && self.high <= 100.0
    }
}

/// A parameter's default range and why.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DefaultRange {
    /// The uncertain parameter.
    pub key: ParamKey,
    /// Its default range, as multiples of the value.
    pub range: Range,
    /// Where the range comes from.
    pub source: Source,
    /// Why the range is what it is, for the reader.
    pub note: Text,
}

/// The reader's ranges for the uncertain parameters, in the order of [`UNCERTAIN`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranges(pub [Range; 12]);

impl Default for Ranges {
    fn default() -> Self {
        Ranges(DEFAULT_RANGES.map(|default| default.range))
    }
}

impl Ranges {
    /// Every range collapsed to the current value.
    pub fn points() -> Ranges {
        Ranges([Range::POINT; 12])
    }

    /// A parameter's range; `None` when the parameter is not uncertain.
    pub fn get(&self, key: ParamKey) -> Option<Range> {
        UNCERTAIN.iter().position(|k| *k == key).map(|i| self.0[i])
    }

    /// Sets one range, its ends kept to 5 significant digits like every stored number (so a
    /// link says it exactly); refused (false) when the key is not uncertain or the range
    /// invalid.
    pub fn set(&mut self, key: ParamKey, range: Range) -> bool {
        let range = Range {
            low: round_significant(range.low),
            high: round_significant(range.high),
        };
        match UNCERTAIN.iter().position(|k| *k == key) {
            Some(i) if range.is_valid() => {
                self.0[i] = range;
                true
            }
            _ => false,
        }
    }
}

/// Applies a multiple to one parameter, kept inside its valid range.
fn scaled(params: &mut Params, key: ParamKey, multiple: f64) {
    if let (Some(spec), Some(value)) = (key.number_spec(), params.number(key)) {
        let v = super::units::clamp(value * multiple, spec.min, spec.max);
        // Bypass the five-digit rounding of `set`: samples are not stored states.
        let _ = params.set_unrounded(key, v);
    }
}

/// The seed every run uses unless told otherwise: the same inputs always give the same band.
pub const DEFAULT_SEED: u64 = 0x2024_0603;

/// The number of samples the page draws.
pub const DEFAULT_SAMPLES: usize = 10_000;

/// Median and 90% interval of one output.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The 5th percentile.
    pub p5: f64,
    /// The median.
    pub p50: f64,
    /// The 95th percentile.
    pub p95: f64,
}

/// What a Monte Carlo run gives: the interval of the total and of the capital required, and
/// the sorted totals for the distribution chart.
#[derive(Clone, Debug, PartialEq)]
pub struct MonteCarlo {
    /// The interval of the total development cost, in US dollars.
    pub total: Interval,
    /// The interval of the capital required, in US dollars.
    pub capital: Interval,
    /// How many samples were drawn (at least 1).
    pub samples: usize,
    /// Sorted totals (US dollars).
    pub totals: Vec<f64>,
}

/// A range prepared for drawing: a triangular distribution in log space with its mode at 1
/// (the current value) and its ends at the range's ends — most draws near the value, none
/// beyond. The logarithms are taken once per run, not once per draw.
#[derive(Clone, Copy)]
struct Sampler {
    low: f64,
    high: f64,
    split: f64,
}

impl Sampler {
    fn new(range: Range) -> Sampler {
        let (low, high) = (range.low.ln(), range.high.ln());
        let split = if high > low { -low / (high - low) } else { 0.0 };
        Sampler { low, high, split }
    }

    fn draw(&self, rng: &mut fastrand::Rng) -> f64 {
        let u = rng.f64();
        if self.high == self.low {
            return self.low.exp();
        }
        let (a, b) = (self.low, self.high);
        // Inverse CDF of the triangular distribution on [a, b] with mode 0.
        let x = if u < self.split {
            a + (u * (b - a) * -a).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * b).sqrt()
        };
        x.exp()
    }
}

/// Sorts non-negative finite numbers (every cost is one) by their bits, which for such
/// numbers order as the numbers do: a radix sort in eight byte-wide passes. Small code (the
/// page ships no general sort routine for it) and fast for ten thousand values.
fn sort_non_negative(values: &mut [f64]) {
    let mut keys: Vec<u64> = values.iter().map(|v| v.max(0.0).to_bits()).collect();
    let mut spare = vec![0u64; keys.len()];
    for pass in 0..8 {
        let shift = pass * 8;
        let mut counts = [0usize; 257];
        for key in &keys {
            counts[((key >> shift) & 0xff) as usize + 1] += 1;
        }
        if counts[1..].contains(&keys.len()) {
            // Every key has the same byte here: nothing to move.
            continue;
        }
        for i in 1..257 {
            counts[i] += counts[i - 1];
        }
        for key in &keys {
            let slot = &mut counts[((key >> shift) & 0xff) as usize];
            spare[*slot] = *key;
            *slot += 1;
        }
        std::mem::swap(&mut keys, &mut spare);
    }
    for (value, key) in values.iter_mut().zip(keys) {
        *value = f64::from_bits(key);
    }
}

/// Percentile of sorted values by nearest rank.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn interval(sorted: &[f64]) -> Interval {
    Interval {
        p5: percentile(sorted, 0.05),
        p50: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
    }
}

/// Draws `samples` scenarios around `params` and evaluates each. Deterministic for a seed.
///
/// ```
/// use frontier_cost_model::presets;
/// use frontier_cost_model::uncertainty::{monte_carlo, Ranges, DEFAULT_SEED};
///
/// let params = presets::LLAMA_31_405B.params;
/// let run = monte_carlo(&params, &Ranges::default(), 100, DEFAULT_SEED);
/// assert_eq!(run.samples, 100);
/// assert_eq!(run.totals.len(), 100);
/// assert!(run.total.p5 <= run.total.p50 && run.total.p50 <= run.total.p95);
/// assert!(run.total.p5 < run.total.p95, "the default ranges give a band");
///
/// // The same seed gives the same run; another seed, other draws.
/// assert_eq!(run, monte_carlo(&params, &Ranges::default(), 100, DEFAULT_SEED));
/// assert_ne!(run.totals, monte_carlo(&params, &Ranges::default(), 100, 1).totals);
///
/// // With every range collapsed to a point, each sample is the deterministic total.
/// let point = monte_carlo(&params, &Ranges::points(), 100, DEFAULT_SEED);
/// let total = frontier_cost_model::evaluate(&params).total.get();
/// assert_eq!((point.total.p5, point.total.p95), (total, total));
/// ```
pub fn monte_carlo(params: &Params, ranges: &Ranges, samples: usize, seed: u64) -> MonteCarlo {
    MonteCarloRun::new(params, ranges, samples, seed).finish()
}

/// A [`monte_carlo`] run drawn a slice at a time: the page spreads its ten thousand draws over
/// short tasks, so that none holds up the reader's input (on a phone one long task was over a
/// hundred milliseconds). The draws, their order and the result are those of [`monte_carlo`],
/// however the run is sliced: one generator, drawn in the same sequence.
///
/// ```
/// use frontier_cost_model::presets;
/// use frontier_cost_model::uncertainty::{monte_carlo, MonteCarloRun, Ranges, DEFAULT_SEED};
///
/// let params = presets::LLAMA_31_405B.params;
/// let mut run = MonteCarloRun::new(&params, &Ranges::default(), 1000, DEFAULT_SEED);
/// while !run.draw(70) {}
/// assert_eq!(run.finish(), monte_carlo(&params, &Ranges::default(), 1000, DEFAULT_SEED));
/// ```
pub struct MonteCarloRun {
    params: Params,
    samplers: [Sampler; UNCERTAIN.len()],
    rng: fastrand::Rng,
    samples: usize,
    totals: Vec<f64>,
    capitals: Vec<f64>,
}

impl MonteCarloRun {
    /// A run of `samples` draws (at least 1) around `params`, none drawn yet.
    pub fn new(params: &Params, ranges: &Ranges, samples: usize, seed: u64) -> MonteCarloRun {
        let samples = samples.max(1);
        MonteCarloRun {
            params: *params,
            samplers: ranges.0.map(Sampler::new),
            rng: fastrand::Rng::with_seed(seed),
            samples,
            totals: Vec::with_capacity(samples),
            capitals: Vec::with_capacity(samples),
        }
    }

    /// Draws and evaluates up to `count` more samples; whether every sample is drawn now.
    pub fn draw(&mut self, count: usize) -> bool {
        let count = count.min(self.samples - self.totals.len());
        for _ in 0..count {
            let mut sample = self.params;
            for (key, sampler) in UNCERTAIN.iter().zip(self.samplers.iter()) {
                // Every range draws, even a point, so that one range's width never shifts
                // another's draws.
                let multiple = sampler.draw(&mut self.rng);
                scaled(&mut sample, *key, multiple);
            }
            let out = evaluate(&sample);
            self.totals.push(out.total.get());
            self.capitals.push(out.capital.get());
        }
        self.is_done()
    }

    /// Whether every sample is drawn.
    pub fn is_done(&self) -> bool {
        self.totals.len() >= self.samples
    }

    /// The run's result (drawing first whatever is left).
    pub fn finish(mut self) -> MonteCarlo {
        self.draw(usize::MAX);
        let (mut totals, mut capitals) = (self.totals, self.capitals);
        sort_non_negative(&mut totals);
        sort_non_negative(&mut capitals);
        MonteCarlo {
            total: interval(&totals),
            capital: interval(&capitals),
            samples: self.samples,
            totals,
        }
    }
}

/// One bar of the tornado: the total with one parameter at each end of its range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    /// The parameter moved.
    pub key: ParamKey,
    /// The total with the parameter at its range's low end, in US dollars.
    pub at_low: f64,
    /// The total with the parameter at its range's high end, in US dollars.
    pub at_high: f64,
}

impl Swing {
    /// The size of the swing: the distance between the two totals, in US dollars.
    pub fn width(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// Each uncertain parameter moved alone to its low and high end, sorted by effect on the
/// total (largest first); parameters with no effect are left out.
pub fn tornado(params: &Params, ranges: &Ranges) -> Vec<Swing> {
    let mut swings: Vec<Swing> = UNCERTAIN
        .iter()
        .zip(ranges.0.iter())
        .map(|(key, range)| {
            let at = |multiple: f64| {
                let mut p = *params;
                scaled(&mut p, *key, multiple);
                evaluate(&p).total.get()
            };
            Swing {
                key: *key,
                at_low: at(range.low),
                at_high: at(range.high),
            }
        })
        .filter(|swing| swing.width() > 0.0)
        .collect();
    // Insertion sort: a dozen items, and no second sort routine in the page's download.
    for i in 1..swings.len() {
        let mut j = i;
        while j > 0 && comes_before(&swings[j], &swings[j - 1]) {
            swings.swap(j, j - 1);
            j -= 1;
        }
    }
    swings
}

/// Tornado order: the widest swing first, ties by parameter order.
fn comes_before(a: &Swing, b: &Swing) -> bool {
    a.width()
        .total_cmp(&b.width())
        .reverse()
        .then(a.key.cmp(&b.key))
        .is_lt()
}

/// The value a parameter takes at a multiple of its current one (for labels).
pub fn value_at(params: &Params, key: ParamKey, multiple: f64) -> Option<Value> {
    let mut p = *params;
    scaled(&mut p, key, multiple);
    Some(p.get(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    #[test]
    fn default_ranges_line_up_with_the_keys() {
        for (default, key) in DEFAULT_RANGES.iter().zip(UNCERTAIN) {
            assert_eq!(default.key, key);
            assert!(default.range.is_valid(), "{key:?}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_interval() {
        let params = presets::LLAMA_31_405B.params;
        let a = monte_carlo(&params, &Ranges::default(), 2000, 7);
        let b = monte_carlo(&params, &Ranges::default(), 2000, 7);
        assert_eq!(a, b);
        let c = monte_carlo(&params, &Ranges::default(), 2000, 8);
        assert_ne!(a.total, c.total);
    }

    #[test]
    fn collapsed_ranges_give_the_deterministic_total() {
        for preset in presets::ALL {
            let run = monte_carlo(&preset.params, &Ranges::points(), 500, DEFAULT_SEED);
            let total = evaluate(&preset.params).total.get();
            assert_eq!(run.total.p5, total, "{}", preset.id);
            assert_eq!(run.total.p50, total);
            assert_eq!(run.total.p95, total);
            let capital = evaluate(&preset.params).capital.get();
            assert_eq!((run.capital.p5, run.capital.p95), (capital, capital));
        }
    }

    #[test]
    fn the_interval_widens_when_a_range_widens() {
        let params = presets::LLAMA_31_405B.params;
        let base = monte_carlo(&params, &Ranges::default(), 4000, DEFAULT_SEED);
        let mut wider = Ranges::default();
        assert!(wider.set(
            ParamKey::CostPerPerson,
            Range {
                low: 0.3,
                high: 4.0
            }
        ));
        let wide = monte_carlo(&params, &wider, 4000, DEFAULT_SEED);
        assert!(wide.total.p95 - wide.total.p5 > base.total.p95 - base.total.p5);
        assert!(base.total.p5 <= base.total.p50 && base.total.p50 <= base.total.p95);
    }

    #[test]
    fn radix_sort_orders_like_the_standard_sort() {
        let mut rng = fastrand::Rng::with_seed(3);
        let mut values: Vec<f64> = (0..5000)
            .map(|i| match i % 4 {
                0 => rng.f64() * 1e12,
                1 => rng.f64() * 1e-3,
                2 => (rng.u32(..) as f64).floor(),
                _ => 0.0,
            })
            .collect();
        let mut expected = values.clone();
        expected.sort_by(f64::total_cmp);
        sort_non_negative(&mut values);
        assert_eq!(values, expected);
        let mut empty: Vec<f64> = Vec::new();
        sort_non_negative(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn draws_stay_inside_their_range() {
        let mut rng = fastrand::Rng::with_seed(1);
        let sampler = Sampler::new(Range {
            low: 0.5,
            high: 2.0,
        });
        for _ in 0..10_000 {
            let x = sampler.draw(&mut rng);
            assert!((0.5..=2.0).contains(&x), "{x}");
        }
    }

    #[test]
    fn tornado_order_by_hand() {
        // The start-up rents: the team is 100 × $350k for 12 months = $35M; compute is
        // 6 × 30B × 5T = 9e23 FLOP ÷ (989.4 TFLOP/s × 40% × 3600) = 631,655 H100-hours,
        // × 2 for experiments × $2 = $2.527M.
        let mut params = presets::STARTUP.params;
        params.set(ParamKey::Staff, Value::Number(100.0)).unwrap();
        let mut ranges = Ranges::points();
        ranges.set(
            ParamKey::CostPerPerson,
            Range {
                low: 0.5,
                high: 1.5,
            },
        );
        ranges.set(
            ParamKey::CloudPrice,
            Range {
                low: 0.5,
                high: 1.5,
            },
        );
        ranges.set(
            ParamKey::AcceleratorPrice,
            Range {
                low: 0.5,
                high: 2.0,
            },
        );
        let swings = tornado(&params, &ranges);
        // Salary ±50% swings the total by $35M, the cloud price ±50% by $2.527M, and the
        // purchase price does nothing when renting, so it is left out.
        assert_eq!(
            swings.iter().map(|s| s.key).collect::<Vec<_>>(),
            vec![ParamKey::CostPerPerson, ParamKey::CloudPrice]
        );
        assert!(
            (swings[0].width() - 35e6).abs() < 1.0,
            "{}",
            swings[0].width()
        );
        let compute_hours = 9e23 / (989.4e12 * 0.4 * 3600.0) * 2.0;
        assert!(
            (swings[1].width() - compute_hours * 2.0).abs() < 1.0,
            "{}",
            swings[1].width()
        );
        assert!(swings[0].at_low < swings[0].at_high);
    }

    #[test]
    fn ranges_refuse_nonsense() {
        let mut ranges = Ranges::default();
        assert!(!ranges.set(
            ParamKey::Utilisation,
            Range {
                low: 2.0,
                high: 3.0
            }
        ));
        assert!(!ranges.set(
            ParamKey::Utilisation,
            Range {
                low: f64::NAN,
                high: 1.0
            }
        ));
        assert!(!ranges.set(
            ParamKey::ClusterSize,
            Range {
                low: 0.5,
                high: 2.0
            }
        ));
        assert_eq!(ranges, Ranges::default());
    }
}
