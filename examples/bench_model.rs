//! Native timing of the model: one evaluation (medians over repeated batches). Run through
//! `./scripts/bench.sh`, or `cargo run --release --example bench_model`.

use std::hint::black_box;
use std::time::Instant;

use frontier_cost::model::{evaluate, presets};

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
}
