//! The page's function components, one per file.

mod breakdown;
mod choice_field;
mod headline;
mod key_figures;
mod live_summary;
mod notices;
mod number_field;
mod output;
mod param_group;
mod param_help;
mod preset_bar;
mod settings_bar;
mod share_menu;
mod site_footer;
mod warnings;

pub use breakdown::Breakdown;
pub use choice_field::ChoiceField;
pub use headline::Headline;
pub use key_figures::KeyFigures;
pub use live_summary::{summary, LiveSummary};
pub use notices::Notices;
pub use number_field::{error_message, NumberField};
pub use output::{raw, Output};
pub use param_group::ParamGroup;
pub use param_help::{display_value, source_line, ParamHelp};
pub use preset_bar::PresetBar;
pub use settings_bar::SettingsBar;
pub use share_menu::{public_address, ShareMenu};
pub use site_footer::SiteFooter;
pub use warnings::Warnings;
