//! Runs the Monte Carlo a moment after the inputs stop changing, so typing never waits for it.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::uncertainty::{monte_carlo, MonteCarlo, Ranges, DEFAULT_SAMPLES, DEFAULT_SEED};
use crate::model::Params;

/// A simulation and the inputs it simulated: a band is stale when either has changed since.
pub type Simulation = ((Params, Ranges), MonteCarlo);

/// How long the inputs must rest before the simulation runs.
const DELAY_MS: u32 = 120;

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
                let pending = enabled.then(|| {
                    let (params, ranges) = (*params, *ranges);
                    Timeout::new(DELAY_MS, move || {
                        let run = monte_carlo(&params, &ranges, DEFAULT_SAMPLES, DEFAULT_SEED);
                        result.set(Some(Rc::new(((params, ranges), run))));
                    })
                });
                // A newer change cancels the waiting run.
                move || drop(pending)
            },
        );
    }
    if enabled {
        (*result).clone()
    } else {
        None
    }
}
