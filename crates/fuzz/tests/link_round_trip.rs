//! Round trips of the link codec over arbitrary valid states (the fuzz harness's generators):
//! every state the page can hold links back to itself, in unreserved characters, within its
//! documented length.

use frontier_cost_model::link::{decode, encode, max_len, LinkState, FEW_RANGES, MAX_LINK_LEN};
use frontier_cost_model::uncertainty::Ranges;

fn arbitrary_state(seed: u64) -> LinkState {
    frontier_cost_fuzz::arbitrary_state(&mut fastrand::Rng::with_seed(seed))
}

fn changed_ranges(state: &LinkState) -> usize {
    let defaults = Ranges::default();
    (0..12)
        .filter(|i| state.ranges.0[*i] != defaults.0[*i])
        .count()
}

/// decode(encode(s)) == s for arbitrary valid states — uncertainty switch, ranges and pinned
/// scenarios included — in unreserved characters, within 300 characters for states without
/// pinned scenarios and at most [`FEW_RANGES`] changed ranges, within [`max_len`] otherwise.
#[test]
fn every_valid_state_round_trips_within_its_bound() {
    let longest = std::cell::RefCell::new((0usize, String::new()));
    let compact_count = std::cell::Cell::new(0usize);
    let comparisons = std::cell::Cell::new(0usize);
    let mut seeds = fastrand::Rng::with_seed(0x2026_1201);
    for _ in 0..20_000 {
        let seed = seeds.u64(..);
        {
            let state = arbitrary_state(seed);
            // An embed's own keys follow the calculation, outside its bound.
            let link = frontier_cost_fuzz::calculation_link(&state);
            assert!(encode(&state).starts_with(&link));
            let bound = if state.pinned.is_empty() && changed_ranges(&state) <= FEW_RANGES {
                MAX_LINK_LEN
            } else {
                max_len(state.pinned.len())
            };
            assert!(link.len() <= bound, "{} chars: {link}", link.len());
            assert!(link
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._~-=&".contains(&b)));
            let decoded = decode(&encode(&state));
            assert_eq!(&decoded.notices, &vec![], "{}", link);
            assert_eq!(&decoded.state, &state, "{}", link);
            assert!(!decoded.bare);
            if link.contains("&c=") {
                compact_count.set(compact_count.get() + 1);
            }
            if !state.pinned.is_empty() {
                comparisons.set(comparisons.get() + 1);
            } else {
                let mut longest = longest.borrow_mut();
                if link.len() > longest.0 {
                    *longest = (link.len(), link);
                }
            }
        }
    }
    let (length, link) = longest.into_inner();
    println!(
        "longest link without pinned scenarios: {length} characters, {} of 20000 compact, {} comparisons: {link}",
        compact_count.get(),
        comparisons.get()
    );
    assert!(comparisons.get() > 5000 && compact_count.get() > 1000);
}
