//! A numeric parameter: a text field that reads the forms people write, a paired slider,
//! its unit, help, the changed-from-preset mark and, for a bad entry, a message.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::decimal::fixed;

use crate::components::param_help::{display_value, param_help, ParamHelpProps};
use crate::format::Locale;
use crate::hooks::use_draft;
use crate::i18n::page as t;
use crate::model::params::{edit_text, parse_value, validate, ParamError, Unit};
use crate::model::{ChipId, ParamKey, Preset, Value};
use crate::slider;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub param: ParamKey,
    pub value: Value,
    pub preset: &'static Preset,
    /// For an optional parameter left on auto: the value the model derives and uses.
    #[prop_or_default]
    pub derived: Option<f64>,
    /// Advice about the value in force (a price that looks like a server's share).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The page's dispatch (stable for the app's life, so that a field whose own props did
    /// not change skips its render when something else changes).
    /// The accelerator in force, for the chip's own figures (price, power, cloud price) only:
    /// their help names its note and sources.
    #[prop_or_default]
    pub chip: Option<ChipId>,
    pub dispatch: Callback<Action>,
}

/// A translated message for a refused entry.
pub fn error_message(locale: &Locale, error: &ParamError) -> String {
    let key = error.key();
    let range = || {
        key.number_spec().map_or_else(String::new, |spec| {
            locale.fill(
                t::ERR_RANGE,
                &[
                    &display_value(locale, key, Value::Number(spec.min)),
                    &display_value(locale, key, Value::Number(spec.max)),
                ],
            )
        })
    };
    match error {
        ParamError::Unreadable { text, .. } => locale.fill(t::ERR_UNREADABLE, &[text]),
        ParamError::NotFinite { .. } | ParamError::OutOfRange { .. } => range(),
        ParamError::UnknownChoice { text, .. } => locale.fill(t::ERR_CHOICE, &[text]),
        ParamError::Required { .. } => locale.t(t::ERR_REQUIRED).to_string(),
        ParamError::NotInVersion { version, .. } => {
            locale.fill(t::ERR_NOT_IN_VERSION, &[&version.to_string()])
        }
        ParamError::UnsupportedPrecision { precision, chip } => {
            let spec = chip.spec();
            locale.fill(
                t::ERR_PRECISION,
                &[
                    spec.name,
                    precision.name(),
                    &spec.precisions_joined(locale.t(crate::i18n::barrier::LIST_SEPARATOR)),
                ],
            )
        }
    }
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    // The help's body is drawn once the reader first opens it.
    let (help_opened, on_open) = crate::hooks::use_opened();
    let key = props.param;
    let on_set = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |value: Value| dispatch.emit(Action::SetParam(key, value)))
    };
    let meta = key.meta();
    let drafts = use_draft();
    // Hooks first, always in the same order; a choice parameter has no number field.
    let Some(spec) = key.number_spec() else {
        return Html::default();
    };
    let in_force_value = props.value;
    let typing = drafts.handlers(0, in_force_value, {
        let on_set = on_set.clone();
        move |text| {
            let value = parse_value(key, text)
                .and_then(|value| validate(key, value))
                .ok()?;
            on_set.emit(value);
            Some(value)
        }
    });
    let typed = drafts.shown(0, in_force_value);
    let error = typed.filter(|draft| draft.refused).and_then(|draft| {
        parse_value(key, &draft.text)
            .and_then(|value| validate(key, value))
            .err()
    });
    let on_slide = {
        let drafts = drafts.clone();
        let on_set = on_set.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let position = input.value_as_number();
            drafts.clear();
            on_set.emit(Value::Number(slider::value_at(&spec, position)));
        })
    };
    let on_auto = {
        let on_set = on_set.clone();
        Callback::from(move |_: MouseEvent| on_set.emit(Value::Auto))
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetParam(key)))
    };

    let id = format!("param-{}", key.code());
    let error_id = format!("{id}-error");
    let label = meta.label.get(locale.lang);
    let preset_value = props.preset.params.get(key);
    let changed = props.value != preset_value;
    let in_force = match props.value {
        Value::Number(v) => Some(v),
        _ => props.derived,
    };
    let text = typed.map_or_else(|| edit_text(key, props.value), |draft| draft.text.clone());
    let placeholder = match (props.value, props.derived) {
        (Value::Auto, Some(derived)) => Some(locale.fill(
            t::AUTO_VALUE,
            &[&display_value(&locale, key, Value::Number(derived))],
        )),
        _ => None,
    };
    let position = in_force.map_or(0.0, |v| slider::position(&spec, v));
    let value_text = in_force.map_or_else(
        || locale.t(t::AUTO).to_string(),
        |v| display_value(&locale, key, Value::Number(v)),
    );
    let unit = match meta.unit {
        Unit::Count => String::new(),
        unit => unit.label().get(locale.lang).to_string(),
    };
    let message = error.as_ref().map(|refused| {
        locale.fill(
            t::INVALID_KEPT,
            &[&error_message(&locale, refused), &value_text],
        )
    });

    html! {
        <div class={classes!("field", "field-number", changed.then_some("is-changed"), error.is_some().then_some("is-invalid"))}>
            <div class="field-head">
                <label for={id.clone()}>{crate::format::text_node(label)}</label>
                if changed {
                    <span class="changed-mark" title={locale.fill(t::CHANGED_FROM, &[&display_value(&locale, key, preset_value)])}>
                        {locale.node(t::CHANGED)}
                    </span>
                }
                {param_help(&locale, &ParamHelpProps { param: key, preset: props.preset, chip: props.chip.unwrap_or(props.preset.params.chip), preset_value, opened: help_opened, on_open })}
            </div>
            <div class="field-input">
                <input
                    id={id.clone()}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    data-param={key.code()}
                    value={text}
                    placeholder={placeholder}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={match (error.is_some(), props.hint.is_some()) {
                        (true, true) => Some(format!("{error_id} {id}-hint")),
                        (true, false) => Some(error_id.clone()),
                        (false, true) => Some(format!("{id}-hint")),
                        (false, false) => None,
                    }}
                    oninput={typing.oninput}
                    onblur={typing.onblur}
                    onkeydown={typing.onkeydown}
                />
                if !unit.is_empty() {
                    <span class="unit" aria-hidden="true">{crate::format::text_node(unit)}</span>
                }
            </div>
            <input
                class="slider"
                type="range"
                min="0"
                max={fixed(slider::STEPS, 0)}
                step="1"
                value={fixed(position, 0)}
                aria-label={locale.fill(t::SLIDER_LABEL, &[label])}
                aria-valuetext={value_text}
                oninput={on_slide}
            />
            if let Some(message) = message {
                <p id={error_id} class="field-error">{crate::format::text_node(message)}</p>
            }
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={format!("{id}-hint")} data-hint={key.code()}>{crate::format::text_node(hint.clone())}</p>
            }
            if spec.optional && props.value != Value::Auto || changed {
                <div class="field-actions">
                    if spec.optional && props.value != Value::Auto {
                        <button type="button" class="link-button" onclick={on_auto}>{locale.node(t::USE_AUTO)}</button>
                    }
                    if changed {
                        <button type="button" class="link-button" onclick={on_reset}
                            aria-label={locale.fill(t::RESET_VALUE_LABEL, &[label])}>
                            {locale.node(t::RESET_VALUE)}
                        </button>
                    }
                </div>
            }
        </div>
    }
}
