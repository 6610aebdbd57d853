//! The Embed dialog: choose the panels and render flags, see a live preview that sizes itself
//! like the real embed, and copy the code (iframe, or iframe and resizing script) in one click.
//! Part of the on-demand module (`src/later_main.rs`): it opens as it mounts, and says when it
//! has closed; the page's Embed button is `embed_launch`.

use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    HtmlDialogElement, HtmlDocument, HtmlIFrameElement, HtmlInputElement, HtmlTextAreaElement,
    MessageEvent,
};
use yew::prelude::*;

use crate::components::embed_attribution::public_base;
use crate::embed::{self, CodeVariant, DialogAction, DialogState, PANELS_ON_PAGE};
use crate::format::Locale;
use crate::hooks::use_draft;
use crate::i18n::embed::{self as t, panel_name};
use crate::i18n::page;
use crate::model::view::{Input, Theme};
use crate::model::{ParamKey, Scenario, Text};

/// Yew's view of the dialog's pure state ([`DialogState::apply`]).
#[derive(Clone, Debug, Default, PartialEq)]
struct Dialog(DialogState);

impl Reducible for Dialog {
    type Action = DialogAction;

    fn reduce(self: Rc<Self>, action: DialogAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Dialog(next))
        }
    }
}

/// One checkbox or radio button of the dialog; `name` and `value` are what
/// [`embed::EmbedChoices::apply`] reads.
struct Choice {
    radio: bool,
    name: &'static str,
    value: &'static str,
    label: Text,
    checked: bool,
    disabled: bool,
}

fn choice(locale: &Locale, choice: Choice) -> Html {
    html! {
        <label class="embed-check">
            <input type={if choice.radio { "radio" } else { "checkbox" }} name={choice.name}
                value={choice.value} checked={choice.checked} disabled={choice.disabled} />
            <span>{locale.node(choice.label)}</span>
        </label>
    }
}

/// The height a frame reported in our own message format, if the message is one.
fn reported_height(data: &JsValue) -> Option<u32> {
    let field = |key: &str| Reflect::get(data, &JsValue::from_str(key)).ok();
    let kind = field("type")?.as_string()?;
    if kind != embed::RESIZE_TYPE {
        return None;
    }
    embed::sane_height(field("height")?.as_f64()?)
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The calculation as a link query, without render flags.
    pub query: AttrValue,
    /// The calculation shown: its edition names the figures' date, its preset the image's file.
    pub scenario: Scenario,
    /// The one-sentence summary of the results: the fallback image's alt text.
    pub summary: AttrValue,
    /// Called once the dialog has closed (Escape, its close button, the backdrop).
    pub on_closed: Callback<()>,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    let dialog_ref = use_node_ref();
    let preview_ref = use_node_ref();
    let code_ref = use_node_ref();
    let state = use_reducer_eq(Dialog::default);
    // The height being typed (see `use_draft`): the preview reporting its size meanwhile
    // leaves it under the cursor.
    let height_draft = use_draft();
    let dispatch = state.dispatcher();

    // The native modal dialog (Escape closes it, focus stays inside), and while it is open,
    // the preview's height reports: it sizes itself like any embed. Only its own frame is
    // believed.
    {
        let dialog_ref = dialog_ref.clone();
        let preview_ref = preview_ref.clone();
        let dispatch = dispatch.clone();
        // The words and the image's address are the reader's while they type: the page
        // writes them once, as the dialog opens (a value bound to the state would be reset
        // by every re-render, such as the preview reporting its height, before `change`).
        let words = [
            ("embed-title-text", state.0.choices.flags.title.clone()),
            ("embed-dek-text", state.0.choices.flags.dek.clone()),
            ("embed-image-url", state.0.choices.image.clone()),
        ];
        use_effect_with(state.0.open, move |open| {
            if let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() {
                if *open && !dialog.open() {
                    let _ = dialog.show_modal();
                }
            }
            if *open {
                let document = gloo::utils::document();
                for (id, text) in words {
                    if let Some(field) = document.get_element_by_id(id) {
                        // Inputs and text areas alike have a `value` property.
                        let _ = Reflect::set(
                            &field,
                            &JsValue::from_str("value"),
                            &JsValue::from_str(&text),
                        );
                    }
                }
            }
            let listener = open.then(|| {
                EventListener::new(&gloo::utils::window(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else {
                        return;
                    };
                    let from_preview = preview_ref
                        .cast::<HtmlIFrameElement>()
                        .and_then(|frame| frame.content_window())
                        .zip(event.source())
                        .is_some_and(|(frame, source)| Object::is(&frame, &source));
                    let own_origin = gloo::utils::window().location().origin().ok();
                    if from_preview && own_origin.as_deref() == Some(event.origin().as_str()) {
                        if let Some(height) = reported_height(&event.data()) {
                            dispatch.dispatch(DialogAction::Measured(height));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }

    // It opens as it mounts.
    {
        let dispatch = dispatch.clone();
        let version = props.scenario.edition().version;
        use_effect_with((), move |_| dispatch.dispatch(DialogAction::Open(version)));
    }
    // Closed by Escape, the close button or the backdrop: the page takes the focus back.
    let on_closed = {
        let dispatch = dispatch.clone();
        let closed = props.on_closed.clone();
        Callback::from(move |_: Event| {
            dispatch.dispatch(DialogAction::Closed);
            closed.emit(());
        })
    };
    let on_close = {
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog_ref.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    // Every option reports here (change events bubble): one handler for all of them.
    let on_change = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                dispatch.dispatch(DialogAction::Change(
                    input.name(),
                    input.value(),
                    input.checked(),
                ));
            } else if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                dispatch.dispatch(DialogAction::Change(area.name(), area.value(), false));
            }
        })
    };

    let choices = &state.0.choices;
    // Every text is usable: one that says no height follows the preview's.
    let typing = height_draft.handlers(0, choices.height, {
        let dispatch = dispatch.clone();
        move |text| {
            dispatch.dispatch(DialogAction::Change("height".into(), text.into(), false));
            Some(embed::typed_height(text))
        }
    });
    let typed_height = height_draft
        .shown(0, choices.height)
        .map(|draft| draft.text.clone());
    let measured = state.0.measured;
    let flags = &choices.flags;
    let height = choices.code_height(measured);
    let base = public_base();
    let query = props.query.as_str();
    let edition = props.scenario.edition();
    let full = embed::full_calculator_href(&base, query);
    let file = format!("frontier-cost-{}.png", props.scenario.preset.id);
    let (image_width, image_height) = state.0.image.unwrap_or((1344, 2 * height));
    let title = if flags.title.is_empty() {
        locale.t(page::APP_TITLE)
    } else {
        flags.title.as_str()
    };
    let code = embed::embed_code(
        choices.variant,
        &embed::embed_src(&base, query, flags),
        title,
        height,
        &embed::sibling_url(&base, embed::HOST_SCRIPT),
        &embed::Fallback {
            image: if choices.image.is_empty() {
                &file
            } else {
                &choices.image
            },
            alt: &props.summary,
            width: image_width / 2,
            height: image_height / 2,
            href: &full,
            more: locale.t(t::EMBED_AMP_MORE),
        },
    );
    // The preview always comes from this page's own origin, whatever the public address.
    let location = gloo::utils::window().location();
    let here = location.origin().unwrap_or_default() + &location.pathname().unwrap_or_default();
    let preview_src = embed::embed_src(&here, query, flags);
    // The image: the same embed, static and light, drawn out of view.
    let on_image = {
        let image_src = embed::embed_src(
            &here,
            query,
            &crate::model::view::ViewFlags {
                is_static: true,
                theme: Theme::Light,
                transparent: false,
                ..flags.clone()
            },
        );
        let footer = (
            locale.t(t::EMBED_NAME).to_string(),
            locale.fill(
                t::EMBED_IMAGE_SOURCE,
                &[
                    edition.as_of,
                    &edition.version.to_string(),
                    &crate::download::today(),
                ],
            ),
            full.clone(),
        );
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let document = gloo::utils::document();
            let (Some(img), Some(link)) = (
                document.get_element_by_id("embed-image"),
                document.get_element_by_id("embed-image-link"),
            ) else {
                return;
            };
            let promise = crate::download::embed_image(
                &image_src, &footer.0, &footer.1, &footer.2, &img, &link,
            );
            let dispatch = dispatch.clone();
            crate::download::then(
                &promise,
                move |size| {
                    let side = |i| Reflect::get_u32(&size, i).ok().and_then(|n| n.as_f64());
                    if let (Some(width), Some(height)) = (side(0), side(1)) {
                        dispatch.dispatch(DialogAction::ImageMade(width as u32, height as u32));
                    }
                },
                || {},
            );
        })
    };

    let on_copy = {
        let code = code.clone();
        let code_ref = code_ref.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| copy_code(&code, &code_ref, dispatch.clone()))
    };
    let on_code_focus = Callback::from(|event: FocusEvent| {
        if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
            area.select();
        }
    });

    let shown = PANELS_ON_PAGE.iter().filter(|p| flags.shows(**p)).count();
    let panels = PANELS_ON_PAGE.into_iter().map(|panel| {
        let checked = flags.shows(panel);
        choice(
            &locale,
            Choice {
                radio: false,
                name: "show",
                value: panel.code(),
                label: panel_name(panel),
                checked,
                // The last panel shown stays on.
                disabled: checked && shown == 1,
            },
        )
    });
    let themes = [
        (Theme::Auto, t::THEME_AUTO),
        (Theme::Light, t::THEME_LIGHT),
        (Theme::Dark, t::THEME_DARK),
    ]
    .map(|(theme, label)| {
        choice(
            &locale,
            Choice {
                radio: true,
                name: "dark",
                value: theme.link_code(),
                label,
                checked: flags.theme == theme,
                disabled: false,
            },
        )
    });
    let variants = CodeVariant::ALL
        .into_iter()
        .zip([
            t::EMBED_VARIANT_SCRIPT,
            t::EMBED_VARIANT_IFRAME,
            t::EMBED_VARIANT_AMP,
            t::EMBED_VARIANT_IMAGE,
        ])
        .map(|(variant, label)| {
            choice(
                &locale,
                Choice {
                    radio: true,
                    name: "variant",
                    value: variant.code(),
                    label,
                    checked: choices.variant == variant,
                    disabled: false,
                },
            )
        });
    // The inputs a reader sees at once (the others wait behind "All parameters").
    let no_inputs = flags.plain || flags.is_static;
    let inputs = embed::offered_inputs(edition).into_iter().map(|input| {
        let label = match input {
            Input::Preset => page::PRESET,
            Input::Param(key) => ParamKey::meta(key).label,
        };
        choice(
            &locale,
            Choice {
                radio: false,
                name: "inputs",
                value: input.code(),
                label,
                checked: flags.inputs.shows(input),
                disabled: no_inputs,
            },
        )
    });
    let flag = |name: &'static str, label: Text, checked: bool| {
        choice(
            &locale,
            Choice {
                radio: false,
                name,
                value: "1",
                label,
                checked,
                disabled: false,
            },
        )
    };
    let status = match state.0.copied {
        None => "",
        Some(true) => locale.t(t::EMBED_COPIED),
        Some(false) => locale.t(t::EMBED_COPY_BLOCKED),
    };

    html! {
        <>
            // `closedby="any"`: a click on the backdrop closes it too, where supported.
            <dialog class="embed-dialog" ref={dialog_ref} aria-labelledby="embed-title" closedby="any"
                onclose={on_closed}>
                if state.0.open {
                    <div class="embed-dialog-body">
                        <header class="embed-dialog-head">
                            <h2 id="embed-title">{locale.node(t::EMBED_TITLE)}</h2>
                            <button type="button" class="embed-close" aria-label={locale.t(t::EMBED_CLOSE)}
                                onclick={on_close}>
                                <svg viewBox="0 0 16 16" aria-hidden="true">
                                    <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" />
                                </svg>
                            </button>
                        </header>
                        <p class="embed-intro">{locale.node(t::EMBED_INTRO)}</p>
                        <div class="embed-grid">
                            // A form of its own scopes the radio groups; it is never submitted.
                            <form class="embed-options" onchange={on_change.clone()}
                                onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                                <fieldset class="embed-words">
                                    <legend>{locale.node(t::EMBED_WORDS)}</legend>
                                    <label for="embed-title-text">{locale.node(t::EMBED_HEADING)}</label>
                                    <input id="embed-title-text" name="title" type="text" maxlength="120"
                                        data-embed-field="title" />
                                    <label for="embed-dek-text">{locale.node(t::EMBED_STANDFIRST)}</label>
                                    <textarea id="embed-dek-text" name="dek" rows="2" maxlength="240"
                                        data-embed-field="dek" />
                                </fieldset>
                                <fieldset>
                                    <legend>{locale.node(t::EMBED_SHOW)}</legend>
                                    { for panels }
                                    { flag("plain", t::EMBED_PLAIN, flags.plain) }
                                    { flag("static", t::EMBED_STATIC, flags.is_static) }
                                </fieldset>
                                <fieldset class="embed-inputs">
                                    <legend>{locale.node(t::EMBED_INPUTS)}</legend>
                                    <div class="embed-inputs-list">{ for inputs }</div>
                                </fieldset>
                                <fieldset>
                                    <legend>{locale.node(t::EMBED_THEME)}</legend>
                                    { for themes }
                                    { flag("transparent", t::EMBED_TRANSPARENT, flags.transparent) }
                                </fieldset>
                                <fieldset>
                                    <legend>{locale.node(t::EMBED_VARIANT)}</legend>
                                    { for variants }
                                </fieldset>
                                <div class="embed-height">
                                    <label for="embed-height">{locale.node(t::EMBED_HEIGHT)}</label>
                                    <span class="embed-height-input">
                                        <input id="embed-height" name="height" type="number" inputmode="numeric"
                                            min="100" max="9999" step="10"
                                            value={typed_height.unwrap_or_else(|| height.to_string())}
                                            oninput={typing.oninput} onblur={typing.onblur} onkeydown={typing.onkeydown}
                                            aria-describedby="embed-height-help" />
                                        <span class="unit">{locale.node(t::EMBED_HEIGHT_UNIT)}</span>
                                    </span>
                                    <p id="embed-height-help" class="embed-help">{locale.node(t::EMBED_HEIGHT_HELP)}</p>
                                </div>
                            </form>
                            <div class="embed-output">
                                <label class="embed-code-label" for="embed-code">{locale.node(t::EMBED_CODE)}</label>
                                <textarea id="embed-code" class="embed-code" ref={code_ref} readonly=true
                                    rows="6" spellcheck="false" value={code} onfocus={on_code_focus} />
                                <div class="embed-copy">
                                    <button type="button" class="button button-primary embed-copy-button" onclick={on_copy}>
                                        {locale.node(t::EMBED_COPY)}
                                    </button>
                                    <span class="embed-copy-status" role="status">{status}</span>
                                </div>
                                <h3 class="embed-preview-label">{locale.node(t::EMBED_PREVIEW)}</h3>
                                <p class="embed-help" data-embed-height={measured.map(|h| h.to_string())}>
                                    {measured.map(|h| locale.fill(t::EMBED_MEASURED, &[&h.to_string()])).unwrap_or_default()}
                                </p>
                                <div class="embed-preview-box">
                                    <iframe class="embed-preview" ref={preview_ref} src={preview_src}
                                        title={locale.t(t::EMBED_PREVIEW_TITLE)}
                                        height={measured.unwrap_or_else(|| embed::default_height(flags)).to_string()} />
                                </div>
                                <h3 class="embed-preview-label">{locale.node(t::EMBED_IMAGE)}</h3>
                                <p class="embed-help">{locale.node(t::EMBED_IMAGE_HELP)}</p>
                                <button type="button" class="button" onclick={on_image} data-embed-image="make">
                                    {locale.node(t::EMBED_IMAGE_MAKE)}
                                </button>
                                <div class="embed-image" hidden={state.0.image.is_none()}>
                                    <img id="embed-image" alt={props.summary.clone()} data-embed-image="" />
                                    <p data-embed-image-size={state.0.image.map(|(w, h)| format!("{w}x{h}"))}>
                                        {state.0.image.map(|(w, h)| locale.fill(t::EMBED_IMAGE_SIZE, &[&w.to_string(), &h.to_string()])).unwrap_or_default()}
                                        {" "}
                                        <a id="embed-image-link" download={file.clone()} data-embed-image="download">{locale.node(t::EMBED_IMAGE_DOWNLOAD)}</a>
                                    </p>
                                    <label for="embed-alt">{locale.node(t::EMBED_ALT)}</label>
                                    <textarea id="embed-alt" readonly=true rows="3" value={props.summary.clone()} data-embed-alt="" />
                                </div>
                                <p class="embed-image-address">
                                    <label for="embed-image-url">{locale.node(t::EMBED_IMAGE_URL)}</label>
                                    <input id="embed-image-url" name="image" type="url" placeholder={file}
                                        onchange={on_change.clone()} data-embed-field="image" />
                                </p>
                            </div>
                        </div>
                    </div>
                }
            </dialog>
        </>
    }
}

/// Copies `code` with the Clipboard API; where that is missing or refused, selects the code
/// and tries the older copy command; failing that, says how to copy by hand.
fn copy_code(code: &str, code_ref: &NodeRef, dispatch: UseReducerDispatcher<Dialog>) {
    let fallback = {
        let code_ref = code_ref.clone();
        let dispatch = dispatch.clone();
        move || {
            let copied = code_ref.cast::<HtmlTextAreaElement>().is_some_and(|area| {
                let _ = area.focus();
                area.select();
                gloo::utils::document()
                    .dyn_into::<HtmlDocument>()
                    .ok()
                    .and_then(|document| document.exec_command("copy").ok())
                    .unwrap_or(false)
            });
            dispatch.dispatch(DialogAction::Copied(copied));
        }
    };
    let navigator = gloo::utils::window().navigator();
    // Missing outside secure contexts: calling it would throw.
    let has_clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| clipboard.is_object());
    if !has_clipboard {
        fallback();
        return;
    }
    let promise = navigator.clipboard().write_text(code);
    crate::download::then(
        &promise,
        move |_| dispatch.dispatch(DialogAction::Copied(true)),
        fallback,
    );
}
