//! The long fuzz run over the link decoder and the model (see `model::fuzz`): hostile and
//! broken links must decode without a panic to valid states whose every output is finite and
//! which link back to themselves (with at most 21 notices); arbitrary valid states must do the
//! same through the model, and import back from their JSON export.
//! Run through `./scripts/fuzz.sh [cases] [seed]`; cases are split over the machine's cores and
//! each is reproducible on its own from the seed and its number.

// The harness catches panics and uses threads: native only (the wasm32 build of the examples,
// for clippy, gets an empty program).
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::time::Instant;

    use frontier_cost_fuzz::{run, Report, DEFAULT_SEED};
    use frontier_cost_model::link::MAX_NOTICES;

    pub fn main() {
        let mut args = std::env::args().skip(1);
        let cases: u64 = args
            .next()
            .map(|text| {
                text.replace(['_', ','], "")
                    .parse()
                    .expect("cases: a number")
            })
            .unwrap_or(1_000_000);
        let seed: u64 = args
            .next()
            .map(|text| text.parse().expect("seed: a number"))
            .unwrap_or(DEFAULT_SEED);
        let threads = std::thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(1)
            .min(8) as u64;
        println!("fuzz: {cases} cases, seed {seed}, {threads} threads");
        let start = Instant::now();
        let reports: Vec<Result<Report, String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let (from, to) = (cases * t / threads, cases * (t + 1) / threads);
                    scope.spawn(move || {
                        run(seed, from..to).map_err(|failure| {
                            format!(
                                "case {} (seed {seed}): {}\ninput: {}",
                                failure.case, failure.problem, failure.input
                            )
                        })
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|handle| handle.join().expect("a fuzz thread"))
                .collect()
        });
        let elapsed = start.elapsed();
        let mut total = Report::default();
        let mut failed = false;
        for report in reports {
            match report {
                Ok(report) => {
                    total.cases += report.cases;
                    total.queries += report.queries;
                    total.states += report.states;
                    total.notices += report.notices;
                    total.capped += report.capped;
                    total.most_notices = total.most_notices.max(report.most_notices);
                    total.comparisons += report.comparisons;
                    total.imports += report.imports;
                }
                Err(message) => {
                    eprintln!("FAILED {message}");
                    failed = true;
                }
            }
        }
        println!(
            "fuzz: {} cases passed in {:.1} s ({:.0} cases/s): {} hostile links ({} notices; at most {} per link, the bound {}; {} links capped), {} valid states ({} with pinned scenarios; {} exported as JSON and imported back)",
            total.cases,
            elapsed.as_secs_f64(),
            total.cases as f64 / elapsed.as_secs_f64(),
            total.queries,
            total.notices,
            total.most_notices,
            MAX_NOTICES + 1,
            total.capped,
            total.states,
            total.comparisons,
            total.imports,
        );
        if failed {
            std::process::exit(1);
        }
    }
}
