//! Native timing of the model: one evaluation (medians over repeated batches). Run through
//! `./scripts/bench.sh`, or `cargo run --release --example bench_model`.

use std::hint::black_box;
use std::time::Instant;

use frontier_cost_model::uncertainty::{
    monte_carlo, tornado, Ranges, DEFAULT_SAMPLES, DEFAULT_SEED,
};
use frontier_cost_model::{evaluate, presets};

/// Median of `rounds` measurements of `f` repeated `per_round` times, in nanoseconds per call.
fn median_ns(rounds: usize, per_round: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_round {
                f();
            }
            start.elapsed().as_nanos() as f64 / per_round as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let all = presets::ALL;
    let mut i = 0;
    let one = median_ns(101, 20_000, || {
        i = (i + 1) % all.len();
        black_box(evaluate(black_box(&all[i].params)));
    });
    println!(
        "model: one evaluation               {one:>10.0} ns (median of 101 × 20,000, all presets)"
    );
    let params = presets::default_preset().params;
    let ranges = Ranges::default();
    let run = median_ns(31, 1, || {
        black_box(monte_carlo(
            black_box(&params),
            &ranges,
            DEFAULT_SAMPLES,
            DEFAULT_SEED,
        ));
    });
    println!(
        "model: Monte Carlo, {DEFAULT_SAMPLES} samples      {:>10.3} ms (median of 31)",
        run / 1e6
    );
    let swings = median_ns(101, 100, || {
        black_box(tornado(black_box(&params), &ranges));
    });
    println!(
        "model: tornado (12 parameters × 2)   {:>10.1} µs (median of 101 × 100)",
        swings / 1e3
    );
}
