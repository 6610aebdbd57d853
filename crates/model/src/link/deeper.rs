//! The settings of the deeper barrier panels (rules, budget, catch-up, carbon) and their link
//! keys: `budget` (US dollars or a ladder organisation's id), `halving` (months for
//! algorithmic progress to halve the compute of a capability) and `grid` (the carbon
//! intensity's grid). None of them changes a cost: links without them show what they showed.

use super::{Notice, Pairs, Section};
use crate::budget::BudgetSpec;
use crate::carbon::Grid;
use crate::catchup::{ALGORITHMIC_HALVING_MONTHS, ALGORITHMIC_HALVING_RANGE};
use crate::edition::Edition;
use crate::params::{format_exact, round_significant};
use crate::units::Usd;

use super::LinkState;

/// The budget "What a budget buys" starts with: a round billion dollars, the order of a
/// frontier run in 2025–26 (docs/methodology.md, section 12).
pub const DEFAULT_BUDGET: BudgetSpec<'static> = BudgetSpec::Usd(Usd(1e9));

/// What the deeper panels are set to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deeper {
    /// The budget whose largest run is solved for (`budget`).
    pub budget: BudgetSpec<'static>,
    /// Months for algorithmic progress to halve the compute of a capability (`halving`).
    pub halving_months: f64,
    /// The grid the energy's carbon is counted at (`grid`).
    pub grid: Grid,
}

impl Default for Deeper {
    fn default() -> Self {
        Deeper {
            budget: DEFAULT_BUDGET,
            halving_months: ALGORITHMIC_HALVING_MONTHS,
            grid: Grid::World,
        }
    }
}

/// The link keys, in the order they are written.
pub const KEYS: [&str; 3] = ["budget", "halving", "grid"];

/// A budget as a link writes it: its id, or its dollars (`1e9`).
pub fn budget_text(budget: BudgetSpec) -> String {
    match budget {
        BudgetSpec::Usd(usd) => format_exact(usd.0),
        BudgetSpec::Organisation(id) => id.to_string(),
    }
}

/// Reads a budget as the link or the budget field says it: a reference budget's id of the
/// edition's ladder, or dollars (rounded to 5 significant digits, as every stored number).
pub fn read_budget(text: &str, edition: &'static Edition) -> Option<BudgetSpec<'static>> {
    match BudgetSpec::parse(text, edition)? {
        BudgetSpec::Usd(usd) => Some(BudgetSpec::Usd(Usd(round_significant(usd.0)))),
        organisation => Some(organisation),
    }
}

/// Reads the algorithmic halving time in months: within the 95% interval of Ho et al. (2024),
/// 5 to 14, rounded to 5 significant digits.
pub fn read_halving(text: &str) -> Option<f64> {
    let months = crate::parse::parse_number(text).ok()?;
    let (low, high) = ALGORITHMIC_HALVING_RANGE;
    (!months.percent && months.value >= low && months.value <= high)
        .then(|| round_significant(months.value))
}

/// Sets one of the keys from its text (an empty text puts back its default). `false`, with
/// nothing changed, for a text the link would refuse or a key that is not one of these.
pub fn set(deeper: &mut Deeper, key: &str, text: &str, edition: &'static Edition) -> bool {
    let defaults = Deeper::default();
    let text = text.trim();
    match key {
        "budget" if text.is_empty() => deeper.budget = defaults.budget,
        "budget" => match read_budget(text, edition) {
            Some(budget) => deeper.budget = budget,
            None => return false,
        },
        "halving" if text.is_empty() => deeper.halving_months = defaults.halving_months,
        "halving" => match read_halving(text) {
            Some(months) => deeper.halving_months = months,
            None => return false,
        },
        "grid" => match Grid::from_code(text) {
            Some(grid) => deeper.grid = grid,
            None => return false,
        },
        _ => return false,
    }
    true
}

/// The `budget`, `halving` and `grid` keys.
pub struct DeeperKeys;

impl Section for DeeperKeys {
    fn keys(&self) -> Vec<&'static str> {
        KEYS.to_vec()
    }

    fn write(&self, state: &LinkState, out: &mut Vec<(&'static str, String)>) {
        let defaults = Deeper::default();
        let deeper = state.deeper;
        if deeper.budget != defaults.budget {
            out.push(("budget", budget_text(deeper.budget)));
        }
        if deeper.halving_months != defaults.halving_months {
            out.push(("halving", format_exact(deeper.halving_months)));
        }
        if deeper.grid != defaults.grid {
            out.push(("grid", deeper.grid.code().to_string()));
        }
    }

    fn read(&self, pairs: &mut Pairs, state: &mut LinkState, notices: &mut Vec<Notice>) {
        let defaults = Deeper::default();
        let mut deeper = defaults;
        if let Some(text) = pairs.take("budget", notices) {
            match read_budget(&text, state.edition()) {
                Some(budget) => deeper.budget = budget,
                None => notices.push(Notice::new("budget", &text, &budget_text(defaults.budget))),
            }
        }
        if let Some(text) = pairs.take("halving", notices) {
            match read_halving(&text) {
                Some(months) => deeper.halving_months = months,
                None => notices.push(Notice::new(
                    "halving",
                    &text,
                    &format_exact(defaults.halving_months),
                )),
            }
        }
        if let Some(text) = pairs.take("grid", notices) {
            match Grid::from_code(&text) {
                Some(grid) => deeper.grid = grid,
                None => notices.push(Notice::new("grid", &text, defaults.grid.code())),
            }
        }
        state.deeper = deeper;
    }
}
