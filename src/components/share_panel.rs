//! The Share menu's panel: the link to what the reader sees (copy it, the device's share
//! sheet, X, LinkedIn, e-mail) and "Cite this": the link as APA, BibTeX and GB/T 7714
//! citations and the barrier verdict as a quote (built in `crate::cite`). The link points to
//! the calculator's public address, never to a page embedding it, and leaves out the embed's
//! render flags. Part of the on-demand module (`src/later_main.rs`), drawn inside the page's
//! Share menu (`share_menu.rs`), which keeps its button and opens it. The page's app does not
//! see this panel's events (each module's Yew handles its own elements): the panel closes
//! itself on Escape and when the focus leaves the menu, and says so.

use crate::cite::Cite;
use crate::download::{then, today, today_in_words};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Clipboard, Element, HtmlElement, HtmlInputElement, Node, ShareData};
use yew::prelude::*;

use crate::components::{decode_args, full_calculator_href, locale_of};

use crate::format::Locale;
use crate::i18n::barrier::verdict_text;
use crate::i18n::page::APP_TITLE;
use crate::i18n::share as t;
use crate::model::barrier::verdict;
use crate::model::edition;
use crate::model::units::Usd;
use crate::model::Text;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The page's language, a line break, and the calculation's query (`later::args`).
    pub args: AttrValue,
    /// Closes the menu: `true` gives the focus back to its button (Escape).
    pub on_close: Callback<bool>,
}

/// What the panel shares: the calculation's query, its capital required (for the quoted
/// verdict) and its edition (`v=`: its version and the date of its figures).
struct Shared {
    query: String,
    capital: f64,
    version: u32,
}

/// What the status line says: a text and what fills its `{0}`.
type Status = Option<(Text, String)>;

/// Copies `text` and says `done`; without a clipboard (or when it refuses), selects `field`
/// for the reader to copy by hand.
fn copy(
    status: &UseStateHandle<Status>,
    text: &str,
    done: Status,
    field: Option<HtmlInputElement>,
) {
    let by_hand = {
        let status = status.clone();
        move || {
            if let Some(field) = field {
                let _ = field.focus();
                field.select();
            }
            status.set(Some((t::COPY_BY_HAND, String::new())));
        }
    };
    match navigator_member("clipboard") {
        Some(clipboard) => {
            let promise = clipboard.unchecked_into::<Clipboard>().write_text(text);
            let status = status.clone();
            then(&promise, move |_| status.set(done), by_hand);
        }
        None => by_hand(),
    }
}

/// A property of `navigator`, when the browser has it.
fn navigator_member(name: &str) -> Option<JsValue> {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn encode_component(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let state = decode_args(&props.args);
    let locale = locale_of(&state);
    let shared = Shared {
        query: props
            .args
            .split_once('\n')
            .map_or("", |(_, query)| query)
            .to_string(),
        capital: state.link.scenario.evaluate().capital.get(),
        version: state.link.scenario.preset.version,
    };
    let status = use_state_eq(|| None::<(Text, String)>);
    let first_action = use_node_ref();
    let field = use_node_ref();

    let url = full_calculator_href(&shared.query);
    let title = locale.t(APP_TITLE);
    let can_share = navigator_member("share").is_some_and(|share| share.is_function());

    // Opening moves focus into the panel.
    {
        let first_action = first_action.clone();
        use_effect_with((), move |_| {
            if let Some(button) = first_action.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let on_keydown = {
        let close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                close.emit(true);
            }
        })
    };
    // Tabbing out of the menu (its button included) closes it.
    let on_focusout = {
        let close = props.on_close.clone();
        Callback::from(move |event: FocusEvent| {
            let menu = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|panel| panel.closest(".share").ok().flatten());
            let next = event
                .related_target()
                .and_then(|t| t.dyn_into::<Node>().ok());
            if let (Some(menu), Some(next)) = (menu, next) {
                if !menu.contains(Some(&next)) {
                    close.emit(false);
                }
            }
        })
    };
    let on_copy = {
        let status = status.clone();
        let field = field.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let done = Some((t::LINK_COPIED, String::new()));
            copy(&status, &url, done, field.cast());
        })
    };
    let on_native = {
        let url = url.clone();
        let title = title.to_string();
        Callback::from(move |_: MouseEvent| {
            let data = ShareData::new();
            data.set_title(&title);
            data.set_url(&url);
            let promise = gloo::utils::window().navigator().share_with_data(&data);
            // Closing the share sheet rejects the promise: nothing to say.
            then(&promise, |_| {}, || {});
        })
    };
    let on_field_focus = Callback::from(|event: FocusEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        input.select();
    });

    let encoded_url = encode_component(&url);
    let x_href = format!(
        "https://twitter.com/intent/tweet?url={encoded_url}&text={}",
        encode_component(title)
    );
    let linkedin_href =
        format!("https://www.linkedin.com/sharing/share-offsite/?url={encoded_url}");
    let mail_href = format!(
        "mailto:?subject={}&body={}",
        encode_component(title),
        encode_component(&format!("{}\n\n{url}", locale.t(t::EMAIL_BODY)))
    );
    let new_tab = html! { <span class="visually-hidden">{" "}{locale.node(t::NEW_TAB)}</span> };

    html! {
                <div class="share-panel" role="group" aria-labelledby="share-panel-title"
                    onkeydown={on_keydown} onfocusout={on_focusout}>
                    <h2 id="share-panel-title" class="share-title">{locale.node(t::SHARE_MENU)}</h2>
                    <label class="share-link-label" for="share-link">{locale.node(t::LINK_LABEL)}</label>
                    <input id="share-link" class="share-link" type="text" readonly=true
                        value={url.clone()} ref={field} onfocus={on_field_focus}
                        data-share-link="" aria-describedby="share-link-note" />
                    <p id="share-link-note" class="share-note">{locale.node(t::LINK_NOTE)}</p>
                    <ul class="share-actions">
                        <li>
                            <button type="button" class="button button-primary share-copy"
                                ref={first_action} onclick={on_copy} data-share="copy">
                                {locale.node(t::COPY_LINK)}
                            </button>
                        </li>
                        if can_share {
                            <li>
                                <button type="button" class="button" onclick={on_native} data-share="native">
                                    {locale.node(t::SHARE_NATIVE)}
                                </button>
                            </li>
                        }
                        <li>
                            <a class="share-out" href={x_href} target="_blank" rel="noopener noreferrer" data-share="x">
                                {locale.node(t::SHARE_X)}{new_tab.clone()}
                            </a>
                        </li>
                        <li>
                            <a class="share-out" href={linkedin_href} target="_blank" rel="noopener noreferrer" data-share="linkedin">
                                {locale.node(t::SHARE_LINKEDIN)}{new_tab}
                            </a>
                        </li>
                        <li>
                            <a class="share-out" href={mail_href} data-share="email">{locale.node(t::SHARE_EMAIL)}</a>
                        </li>
                    </ul>
                    {cite(&locale, &status, &url, &shared)}
                    <p class={classes!("share-status", status.as_ref().is_some_and(|(text, _)| *text != t::COPY_BY_HAND).then_some("is-copied"))} role="status">
                        { status.as_ref().map(|(text, arg)| locale.fill(*text, &[arg])).unwrap_or_default() }
                    </p>
                </div>
    }
}

/// "Cite this": each citation and the quote in a read-only field, each followed by its copy
/// button (a plain function: the menu draws it only when open).
fn cite(locale: &Locale, status: &UseStateHandle<Status>, url: &str, props: &Shared) -> Html {
    let edition = edition::get(props.version).unwrap_or_else(edition::latest);
    let today = today();
    let long_date = today_in_words();
    let cite = Cite {
        url,
        version: edition.version,
        as_of: edition.as_of,
        today: &today,
        long_date: &long_date,
    };
    let verdict = verdict_text(locale, &verdict(edition, Usd(props.capital)));
    let texts = cite.all(locale.lang, &verdict);
    // One handler for the four buttons: each copies the field just before it, named by its
    // label.
    let onclick = {
        let status = status.clone();
        Callback::from(move |event: MouseEvent| {
            let Some(field) = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .filter(|button| button.has_attribute("data-cite"))
                .and_then(|button| button.previous_element_sibling())
            else {
                return;
            };
            let name = field.get_attribute("aria-label").unwrap_or_default();
            // A textarea: it has an input's value(), focus() and select().
            let field = field.unchecked_into::<HtmlInputElement>();
            copy(
                &status,
                &field.value(),
                Some((t::FORMAT_COPIED, name)),
                Some(field),
            );
        })
    };
    let formats = [
        ("apa", "APA"),
        ("bibtex", "BibTeX"),
        ("gbt7714", "GB/T 7714"),
        ("quote", locale.t(t::QUOTE_NAME)),
    ];
    html! {
        <details class="cite" {onclick}>
            <summary>{locale.node(t::CITE)}</summary>
            { for formats.into_iter().zip(texts).map(|((key, name), text)| {
                let button = if key == "quote" { locale.t(t::COPY_QUOTE).to_string() } else { locale.fill(t::COPY_FORMAT, &[name]) };
                // APA and BibTeX are English whatever the page's language.
                let lang = (key == "apa" || key == "bibtex").then_some("en");
                html! { <>
                    <textarea class="cite-text" readonly=true rows="3" aria-label={name} {lang}
                        data-cite-text={key} value={text} />
                    <button type="button" class="button cite-copy" data-cite={key}>{button}</button>
                </> }
            }) }
        </details>
    }
}
