//! The takeover of a page pre-rendered for its own state: what the first render can only draw
//! incomplete stays as pre-rendered until it can be drawn whole — the uncertainty band and
//! panel until the simulation has run, the trajectory until Epoch AI's estimates have arrived
//! — so nothing blinks to "Simulating…" or loses its dots meanwhile, and the first render is
//! shorter (the takeover was one long task; total blocking time).

use std::cell::RefCell;

use web_sys::{Element, Node};

/// What is kept, by [`take`]'s index: the band, the uncertainty panel, the trajectory.
const KEPT: [&str; 3] = [
    ".results-inner>.band",
    ".panels>.uncertainty-panel",
    ".trajectory-v2",
];
/// The band's index in [`KEPT`].
pub const BAND: usize = 0;
/// The uncertainty panel's.
pub const UNCERTAINTY: usize = 1;
/// The trajectory's.
pub const TRAJECTORY: usize = 2;

thread_local! {
    static PRERENDERED: RefCell<[Option<Node>; 3]> = const { RefCell::new([None, None, None]) };
}

/// Takes the sections the first render keeps from `root`, the page's markup about to be
/// replaced (only when it shows this very state: see `hooks::keep_prerendered_panels`). Each
/// is `inert` while kept, like the pre-rendered page's disabled controls: its switch, its
/// "Ranges used" and its downloads wait for the live section (a click on one would open a
/// disclosure the live one then closes). The end-to-end tests mark the same sections
/// (tests/e2e/fixtures.mjs) and wait for them to go.
pub fn keep_sections(root: &Element) {
    PRERENDERED.set(KEPT.map(|selector| {
        let kept = root.query_selector(selector).ok().flatten()?;
        let _ = kept.set_attribute("inert", "");
        Some(kept.into())
    }));
}

/// The kept section `index`, once (the first render that asks for it takes it; drawn as it
/// is with `Html::VRef` while the state is the page's own and its live version not whole).
pub fn take(index: usize) -> Option<Node> {
    PRERENDERED.with_borrow_mut(|kept| kept[index].take())
}
