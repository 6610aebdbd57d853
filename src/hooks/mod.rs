//! Hooks: behaviour the components share (debouncing, document settings, the address).

mod use_debounced;
mod use_document_settings;
mod use_select_value;
mod use_url_sync;

pub use use_debounced::use_debounced;
pub use use_document_settings::use_document_settings;
pub use use_select_value::use_select_value;
pub use use_url_sync::{browser_languages, use_url_sync};
