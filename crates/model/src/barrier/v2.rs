//! Schema version 2's reference budgets and barrier scale: 2025 actuals and 2026 guidance.
//!
//! Frozen once released, like version 1's (see the parent module).

use super::{Budget, Level};
use crate::units::Usd;

/// A year of the largest single company's capital spending.
pub const LARGEST_COMPANY_YEAR: Usd = super::LARGEST_COMPANY_YEAR;

/// The ladder, from the smallest budget to the largest.
pub const BUDGETS: [Budget; 14] = super::BUDGETS;

/// The five steps, by capital required.
pub const LEVELS: [Level; 5] = super::LEVELS;
