//! The Export menu: every input and result as CSV, the calculation as a JSON file and its
//! import, and a printed one-page summary (with its print-only header, [`print_summary`]).
//!
//! The menu is plain markup in a native disclosure (`<details>`); the page's one click
//! handler, [`on_page_click`], serves its buttons and the charts' download buttons. Plain
//! functions rather than components: every kilobyte of code is downloaded by every reader.

use std::rc::Rc;

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, Node};
use yew::prelude::*;

use crate::components::chart_downloads::download_chart;
use crate::components::full_calculator_href;
use crate::download::{save_text, then, today};
use crate::export::{self, import_query, ImportError, Snapshot, MAX_IMPORT_BYTES};
use crate::format::Locale;
use crate::hooks::Simulation;
use crate::i18n::export as t;
use crate::i18n::page::{APP_TITLE, CHANGED_COUNT, NONE_CHANGED};
use crate::model::link::LinkState;
use crate::model::{Outputs, Scenario, Text};
use crate::state::Action;

/// The id of the menu's status line.
const STATUS_ID: &str = "export-status";

/// Everything the page's exports need, as the page shows it now.
pub struct Exports {
    pub locale: Locale,
    /// What the page's link says.
    pub link: LinkState,
    pub outputs: Rc<Outputs>,
    pub simulation: Option<Rc<Simulation>>,
    /// The calculation as a link query, without render flags.
    pub query: AttrValue,
}

impl Exports {
    /// The calculation's full address.
    pub fn permalink(&self) -> String {
        full_calculator_href(&self.query)
    }

    /// The CSV (or JSON) of the calculation and its file name.
    fn file(&self, json: bool) -> (String, String) {
        let state = &self.link;
        let date = today();
        let permalink = self.permalink();
        let link_state = state.for_sharing();
        let pinned: Vec<(&str, Scenario)> = state
            .pinned
            .iter()
            .map(|pinned| (pinned.name.as_str(), pinned.scenario))
            .collect();
        // A run still catching up with an edit is left out rather than mismatched.
        let run = self
            .simulation
            .as_ref()
            .filter(|run| state.uncertainty && run.0 == (state.scenario.params, state.ranges))
            .map(|run| &run.1);
        let snapshot = Snapshot {
            title: self.locale.t(APP_TITLE),
            permalink: &permalink,
            date: &date,
            state: &link_state,
            outputs: &self.outputs,
            uncertainty: state.uncertainty,
            ranges: &state.ranges,
            simulation: run,
            pinned: &pinned,
        };
        let preset = state.scenario.preset.id;
        if json {
            let name = export::file_name(preset, &date, "", "json");
            (name, export::json(&snapshot, &self.query))
        } else {
            (
                export::file_name(preset, &date, "", "csv"),
                export::csv(&snapshot),
            )
        }
    }
}

/// Says something in the menu's status line (an alert when it is an error). Written to the
/// page directly: a passing message needs no state of its own.
fn say(text: &str, error: bool) {
    if let Some(status) = gloo::utils::document().get_element_by_id(STATUS_ID) {
        status.set_text_content(Some(text));
        let _ = status.set_attribute("role", if error { "alert" } else { "status" });
        let _ = status.class_list().toggle_with_force("is-error", error);
    }
}

/// The page's click handler: closes the Export menu on a click elsewhere, opens the import
/// field and the print dialog, and hands the exports (`data-export` `csv` and `json`) and the
/// charts' download buttons (`data-download`) to the on-demand module (`crate::later`) with
/// the calculation, `args` (`later::args`).
pub fn on_page_click(locale: Locale, args: String) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let menu = gloo::utils::document().get_element_by_id("export-menu");
        if let Some(menu) = &menu {
            if !menu.contains(Some(target.unchecked_ref::<Node>())) {
                let _ = menu.remove_attribute("open");
            }
        }
        let Some(button) = target
            .closest("[data-export], [data-download]")
            .ok()
            .flatten()
        else {
            return;
        };
        let action = button.get_attribute("data-export").unwrap_or_default();
        match action.as_str() {
            "import" => {
                if let Some(input) = gloo::utils::document()
                    .query_selector("[data-import-file]")
                    .ok()
                    .flatten()
                {
                    input.unchecked_into::<HtmlElement>().click();
                }
            }
            "print" => {
                let _ = gloo::utils::window().print();
            }
            _ => {
                // Said where the reader looks: the menu's status line, or the chart's.
                let failed = {
                    let chart_status = button.parent_element().and_then(|group| {
                        group.query_selector(".chart-download-error").ok().flatten()
                    });
                    let text = locale.t(t::LATER_FAILED);
                    move || match chart_status {
                        Some(status) if action.is_empty() => status.set_text_content(Some(text)),
                        _ => say(text, true),
                    }
                };
                let action = button.get_attribute("data-export").unwrap_or_default();
                crate::later::run(&action, button, args.clone(), failed);
            }
        }
    })
}

/// Makes the export (`csv`, `json`) or the chart image (`action` empty: the chart's `button`)
/// asked for: the on-demand module's part of [`on_page_click`].
pub fn perform(action: &str, button: &Element, exports: &Exports) {
    let locale = &exports.locale;
    match action {
        "csv" | "json" => {
            let (name, text) = exports.file(action == "json");
            let mime = if action == "json" {
                "application/json"
            } else {
                "text/csv;charset=utf-8"
            };
            if save_text(&name, mime, &text) {
                say(&locale.fill(t::EXPORT_DONE, &[&name]), false);
            }
        }
        "" => download_chart(
            button,
            locale,
            &exports.permalink(),
            exports.link.scenario.preset,
        ),
        _ => {}
    }
}

/// Escape closes the menu and gives focus back to its button.
fn close_on_escape(event: KeyboardEvent) {
    if event.key() != "Escape" {
        return;
    }
    if let Some(menu) = gloo::utils::document().get_element_by_id("export-menu") {
        if menu.has_attribute("open") {
            event.prevent_default();
            let _ = menu.remove_attribute("open");
            if let Some(summary) = menu.first_element_child() {
                let _ = summary.unchecked_into::<HtmlElement>().focus();
            }
        }
    }
}

/// The link query inside an exported file's text, checked: what [`Action::Import`] opens
/// (through the link codec like any link: same checks, same notices).
pub fn import_file(text: &str) -> Result<String, ImportError> {
    let parsed = JSON::parse(text).map_err(|_| ImportError::NotOurs)?;
    if !parsed.is_object() {
        return Err(ImportError::NotOurs);
    }
    let field = |name: &str| Reflect::get(&parsed, &JsValue::from_str(name)).ok();
    let schema = field("schema").and_then(|value| value.as_f64());
    let link = field("link").and_then(|value| value.as_string());
    import_query(schema, link.as_deref()).map(str::to_string)
}

/// Reads the file chosen in the import field and opens its calculation, or says why not.
pub fn on_import(locale: Locale, dispatch: Callback<Action>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let input: HtmlInputElement = event.target_unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // The same file can be chosen again after a change.
        input.set_value("");
        let message = move |text: Text, arg: &str| locale.fill(text, &[arg]);
        if file.size() > MAX_IMPORT_BYTES {
            say(&message(t::IMPORT_TOO_BIG, ""), true);
            return;
        }
        let dispatch = dispatch.clone();
        then(
            &file.text(),
            move |text| {
                let outcome = text
                    .as_string()
                    .ok_or(ImportError::NotOurs)
                    .and_then(|text| import_file(&text));
                match outcome {
                    Ok(query) => {
                        dispatch.emit(Action::Import(query));
                        say(&message(t::IMPORT_DONE, ""), false);
                    }
                    Err(ImportError::NotOurs) => say(&message(t::IMPORT_NOT_OURS, ""), true),
                    Err(ImportError::Newer(version)) => {
                        say(&message(t::IMPORT_NEWER, &version.to_string()), true)
                    }
                }
            },
            move || say(&message(t::IMPORT_UNREADABLE, ""), true),
        );
    })
}

/// The Export button and its menu, whose actions are drawn once it has been opened (`opened`,
/// `on_open`: `hooks::use_opened`): their texts are deferred English, and the page's first
/// render asks for none. The import's field is always there (the Import action clicks it).
#[inline(never)]
pub fn export_menu(
    locale: &Locale,
    on_import: Callback<Event>,
    opened: bool,
    on_open: &Callback<Event>,
) -> Html {
    // One action: its button, and the note (or status line) that describes it.
    let action = |what: &'static str,
                  text: Text,
                  described_by: &'static str,
                  note: Option<Text>| {
        html! {
            <li>
                <button type="button" class={if what == "csv" { "button button-primary" } else { "button" }}
                    data-export={what} aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                    {locale.node(text)}
                </button>
                if let Some(note) = note {
                    <p id={described_by} class="share-note">{locale.node(note)}</p>
                }
            </li>
        }
    };
    html! {
        <details id="export-menu" class="share export" onkeydown={Callback::from(close_on_escape)}
            ontoggle={on_open.clone()}>
            <summary class="button share-toggle">
                <svg class="share-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                    <path d="M8 1.5v8.5M4.75 6.75 8 10l3.25-3.25M3 10.5v3.25h10V10.5"
                        fill="none" stroke="currentColor" stroke-width="1.6"
                        stroke-linecap="round" stroke-linejoin="round" />
                </svg>
                {locale.node(t::EXPORT)}
            </summary>
            <div class="share-panel" role="group" aria-labelledby={opened.then_some("export-panel-title")}>
                if opened {
                    <h2 id="export-panel-title" class="share-title">{locale.node(t::EXPORT_MENU)}</h2>
                    <ul class="export-actions">
                        {action("csv", t::EXPORT_CSV, "export-csv-note", Some(t::EXPORT_CSV_NOTE))}
                        {action("json", t::EXPORT_JSON, "export-json-note", Some(t::EXPORT_JSON_NOTE))}
                        {action("import", t::IMPORT, STATUS_ID, None)}
                        {action("print", t::PRINT, "", None)}
                    </ul>
                }
                // Filled by `say`, never by the page: no children of its own.
                <p id={STATUS_ID} class="share-status" role="status" data-export-status=""></p>
                <input type="file" accept=".json,application/json" hidden=true onchange={on_import}
                    data-import-file="" aria-label={locale.t(t::IMPORT)} />
            </div>
        </details>
    }
}

/// The lines a printout starts with (hidden on screen): the starting point, what changed,
/// the date and the link of the calculation.
pub fn print_summary(locale: &Locale, scenario: &Scenario, permalink: &str) -> Html {
    let changed = scenario.changed_keys().len();
    let changes = if changed == 0 {
        locale.t(NONE_CHANGED).to_string()
    } else {
        locale.fill(CHANGED_COUNT, &[&changed.to_string()])
    };
    html! {
        <div class="print-summary">
            <p>{locale.fill_node(t::PRINT_PRESET, &[scenario.preset.name.get(locale.lang), &changes])}</p>
            <p class="print-link">{locale.fill_node(t::PRINT_DATE, &[&today(), permalink])}</p>
        </div>
    }
}
