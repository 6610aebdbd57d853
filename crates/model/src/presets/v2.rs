//! Schema version 2's presets: the published models of 2024–2025 and scenarios rebuilt from
//! late-2026 evidence, on Epoch AI's amortisation method and the one time basis of the runs.
//!
//! Frozen once released, like version 1's (see the parent module).

use super::Preset;
use crate::params::{Depreciation, Params, TimeBasis};

/// Version 2's method over a version 1 preset's values: Epoch's depreciation, time used.
const fn method_2026(params: Params) -> Params {
    Params {
        depreciation: Depreciation::Progress,
        time_basis: TimeBasis::Use,
        ..params
    }
}

/// A version 1 preset carried into version 2 with the method of version 2.
const fn carried(preset: Preset) -> Preset {
    Preset {
        version: 2,
        params: method_2026(preset.params),
        ..preset
    }
}

/// Llama 3.1 405B.
pub const LLAMA_31_405B: Preset = carried(super::LLAMA_31_405B);
/// GPT-4.
pub const GPT_4: Preset = carried(super::GPT_4);
/// DeepSeek-V3.
pub const DEEPSEEK_V3: Preset = carried(super::DEEPSEEK_V3);
/// A frontier model of 2025.
pub const FRONTIER_2025: Preset = carried(super::FRONTIER_2025);
/// A frontier model of 2026.
pub const FRONTIER_2026: Preset = carried(super::FRONTIER_2026);
/// A university lab.
pub const UNIVERSITY_LAB: Preset = carried(super::UNIVERSITY_LAB);
/// A start-up.
pub const STARTUP: Preset = carried(super::STARTUP);

/// Every preset of version 2, in the picker's order: the first opens the page.
pub const ALL: [Preset; 7] = [
    LLAMA_31_405B,
    GPT_4,
    DEEPSEEK_V3,
    FRONTIER_2025,
    FRONTIER_2026,
    UNIVERSITY_LAB,
    STARTUP,
];
