//! The page's function components, one per file.

mod breakdown;
mod choice_field;
mod embed_attribution;
mod embed_dialog;
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
mod site_footer;
mod warnings;

pub use breakdown::Breakdown;
pub use choice_field::ChoiceField;
pub use embed_attribution::{embed_attribution, full_calculator_href, public_base, state_query};
pub use embed_dialog::EmbedDialog;
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
pub use site_footer::SiteFooter;
pub use warnings::Warnings;
