//! Runs the Monte Carlo a moment after the inputs stop changing, so typing never waits for it,
//! and in slices of a few milliseconds, so that no task of it holds up the reader's input
//! (a background tab, whose timers browsers slow to about one a second, gets its band later).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::uncertainty::{MonteCarlo, MonteCarloRun, Ranges, DEFAULT_SAMPLES, DEFAULT_SEED};
use crate::model::Params;

/// A simulation and the inputs it simulated: a band is stale when either has changed since.
pub type Simulation = ((Params, Ranges), MonteCarlo);

/// How long the inputs must rest before the simulation runs.
const DELAY_MS: u32 = 120;

/// How long one slice may hold the main thread, on any device: within a frame, and far from a
/// long task (50 ms, on Lighthouse's phone four times this machine's). Not much shorter: from
/// the fifth slice on, browsers wait at least 4 ms between chained timeouts.
const SLICE_MS: f64 = 6.0;

/// Samples drawn between two looks at the clock: a fraction of a millisecond here once the
/// code is optimised, but a batch of 100 took 10–20 ms (2026-12-04) while the browser still
/// ran it unoptimised, just after the start, and made each slice a long task on a phone.
const BATCH: usize = 10;

/// The run's timeouts: the waiting one and those of the slices (one each, dropped together
/// when the inputs change; a slice never drops the timeout that is running it).
type Slices = Rc<RefCell<Vec<Timeout>>>;

/// The latest simulation, with the inputs it simulated (parameters and ranges): those of now,
/// or the previous ones while a new run waits. `None` before the first run and when switched
/// off.
#[hook]
pub fn use_monte_carlo(params: Params, ranges: Ranges, enabled: bool) -> Option<Rc<Simulation>> {
    let result = use_state(|| None::<Rc<Simulation>>);
    {
        let result = result.clone();
        use_effect_with(
            (params, ranges, enabled),
            move |(params, ranges, enabled)| {
                let slices: Slices = Rc::default();
                if *enabled {
                    let run = MonteCarloRun::new(params, ranges, DEFAULT_SAMPLES, DEFAULT_SEED);
                    next_slice(&slices, DELAY_MS, run, (*params, *ranges), result);
                }
                // A newer change cancels the run, wherever it is.
                move || drop(slices.take())
            },
        );
    }
    if enabled {
        (*result).clone()
    } else {
        None
    }
}

/// Draws the run's next slice after `delay_ms`, then the one after it, until the run is done.
fn next_slice(
    slices: &Slices,
    delay_ms: u32,
    mut run: MonteCarloRun,
    inputs: (Params, Ranges),
    result: UseStateHandle<Option<Rc<Simulation>>>,
) {
    let later = Rc::downgrade(slices);
    let timeout = Timeout::new(delay_ms, move || {
        let started = now_ms();
        while !run.draw(BATCH) {
            if now_ms() - started >= SLICE_MS {
                // Cancelled meanwhile: the slices are gone, and so is the run.
                if let Some(slices) = later.upgrade() {
                    next_slice(&slices, 0, run, inputs, result);
                }
                return;
            }
        }
        result.set(Some(Rc::new((inputs, run.finish()))));
    });
    slices.borrow_mut().push(timeout);
}

/// The page's clock in milliseconds, to a fraction of one (`performance.now()`).
fn now_ms() -> f64 {
    gloo::utils::window()
        .performance()
        .map_or_else(js_sys::Date::now, |clock| clock.now())
}
