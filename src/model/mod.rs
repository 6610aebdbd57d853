//! The cost model: quantities, parameters, accelerators, presets, sources and the evaluation.
//! Plain Rust with no web dependencies, so that it is tested natively and fast.

pub mod barrier;
pub mod chips;
pub mod cost;
pub mod currency;
pub mod log_scale;
pub mod params;
pub mod parse;
pub mod presets;
pub mod scenario;
pub mod slider;
pub mod sources;
pub mod text;
pub mod trajectory;
pub mod units;
pub mod view;

pub use chips::{Chip, ChipId};
pub use cost::{evaluate, CostLine, OutKey, Outputs, Warning};
pub use params::{Facility, Group, Mode, ParamError, ParamKey, Params, Value};
pub use presets::Preset;
pub use scenario::Scenario;
pub use text::{Lang, Text};
