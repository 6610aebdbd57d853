//! Hooks: behaviour the components share (debouncing, document settings, the drafts of
//! typed fields, the address, simulation, embed sizing, the undo keys, disclosures opened).

mod use_debounced;
mod use_document_settings;
mod use_draft;
mod use_embed_frame;
mod use_later_panel;
mod use_monte_carlo;
mod use_opened;
mod use_select_value;
mod use_undo_keys;
mod use_url_sync;

pub use use_debounced::use_debounced;
pub use use_document_settings::use_document_settings;
pub use use_draft::{use_draft, Draft, DraftHandlers, InForce, UseDraft};
pub use use_embed_frame::{parent_window, to_js, use_embed_frame};
pub use use_later_panel::{deeper_host, keep_prerendered_panels, use_later_panel, LaterPanel};
pub use use_monte_carlo::{use_monte_carlo, Simulation};
pub use use_opened::use_opened;
pub use use_select_value::use_select_value;
pub use use_undo_keys::use_undo_keys;
pub use use_url_sync::{browser_languages, use_url_sync};
