//! Hooks: behaviour the components share (debouncing, document settings).

mod use_debounced;
mod use_document_settings;

pub use use_debounced::use_debounced;
pub use use_document_settings::use_document_settings;
