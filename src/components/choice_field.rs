//! A choice parameter: a menu for the accelerator, a segmented switch for two options.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::number_field::error_message;
use crate::components::param_help::{display_value, param_help, ParamHelpProps};
use crate::format::Locale;
use crate::hooks::use_select_value;
use crate::i18n::page as t;
use crate::model::params::Precision;
use crate::model::params::{Choice, Kind};
use crate::model::{ChipId, ParamError, ParamKey, Preset, Value};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub param: ParamKey,
    pub value: Value,
    pub preset: &'static Preset,
    /// The accelerator in force, for the precision field only (which refuses a precision the
    /// chip lacks, beside the control); `None` for the others, which then never re-render
    /// when the chip changes.
    #[prop_or_default]
    pub chip: Option<ChipId>,
    /// The page's dispatch (stable for the app's life, so that a field whose own props did
    /// not change skips its render when something else changes).
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let locale = use_context::<Locale>().unwrap_or_default();
    // The help's body is drawn once the reader first opens it.
    let (help_opened, on_open) = crate::hooks::use_opened();
    let key = props.param;
    // A refused choice (a precision the chip lacks), with the chip it was refused for: shown
    // while that chip is in force; the value in force stays.
    let refused = use_state(|| None::<ParamError>);
    let on_set = {
        let dispatch = props.dispatch.clone();
        let refused = refused.clone();
        let chip = props.chip;
        // Says whether the value was taken.
        Callback::from(move |value: Value| -> bool {
            if let (Some(chip), Value::Choice(code)) = (chip, value) {
                let precision = Precision::from_code(code).unwrap_or(Precision::Bf16);
                if chip.spec().peak(precision).is_none() {
                    refused.set(Some(ParamError::UnsupportedPrecision { precision, chip }));
                    return false;
                }
            }
            refused.set(None);
            dispatch.emit(Action::SetParam(key, value));
            true
        })
    };
    let refusal = (*refused).clone().filter(|error| match error {
        ParamError::UnsupportedPrecision { chip, .. } => Some(*chip) == props.chip,
        _ => false,
    });
    let meta = key.meta();
    let current = match props.value {
        Value::Choice(code) => code,
        _ => "",
    };
    let select_ref = use_select_value(AttrValue::from(current));
    let Kind::Choice(choices) = meta.kind else {
        return Html::default();
    };
    let id = format!("param-{}", key.code());
    let label = meta.label.get(locale.lang);
    let preset_value = props.preset.params.get(key);
    let changed = props.value != preset_value;
    // The accelerator field's help explains the chip chosen in it.
    let help_chip = props
        .chip
        .or_else(|| {
            (key == ParamKey::Accelerator)
                .then(|| ChipId::from_code(current))
                .flatten()
        })
        .unwrap_or(props.preset.params.chip);
    let choose = |code: &'static str| Value::Choice(code);

    let control = if choices.len() > 2 {
        let on_change = {
            let on_set = on_set.clone();
            Callback::from(move |event: Event| {
                let select: HtmlSelectElement = event.target_unchecked_into();
                let code = select.value();
                if let Some(choice) = choices.iter().find(|choice| choice.code == code) {
                    if !on_set.emit(choose(choice.code)) {
                        // Refused: the menu shows the value in force again.
                        select.set_value(current);
                    }
                }
            })
        };
        let option = |choice: &Choice| {
            html! {
                <option value={choice.code} selected={choice.code == current}>
                    {locale.node(choice.label)}
                </option>
            }
        };
        let options = if key == ParamKey::Accelerator {
            chip_groups(&locale, props.preset, choices, option)
        } else {
            choices.iter().map(option).collect()
        };
        html! {
            <select id={id.clone()} data-param={key.code()} ref={select_ref} onchange={on_change}
                aria-invalid={refusal.is_some().then_some("true")}
                aria-describedby={refusal.is_some().then(|| format!("{id}-error"))}>
                {options}
            </select>
        }
    } else {
        // Two options: a radio group drawn as a segmented switch; the group carries the key.
        html! {
            <div class="segmented" role="radiogroup" aria-labelledby={format!("{id}-label")}
                data-param={key.code()} data-value={current}>
                { for choices.iter().map(|choice| {
                    let on_set = on_set.clone();
                    let code = choice.code;
                    let on_change = Callback::from(move |event: Event| {
                        let input: HtmlInputElement = event.target_unchecked_into();
                        if input.checked() {
                            let _ = on_set.emit(choose(code));
                        }
                    });
                    html! {
                        <label class="segment">
                            <input type="radio" name={id.clone()} value={code}
                                checked={code == current} onchange={on_change} />
                            <span>{locale.node(choice.label)}</span>
                        </label>
                    }
                }) }
            </div>
        }
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetParam(key)))
    };
    let label_html = if choices.len() > 2 {
        html! { <label for={id.clone()}>{crate::format::text_node(label)}</label> }
    } else {
        html! { <span class="label" id={format!("{id}-label")}>{crate::format::text_node(label)}</span> }
    };

    html! {
        <div class={classes!("field", "field-choice", changed.then_some("is-changed"))}>
            <div class="field-head">
                {label_html}
                if changed {
                    <span class="changed-mark" title={locale.fill(t::CHANGED_FROM, &[&display_value(&locale, key, preset_value)])}>
                        {locale.node(t::CHANGED)}
                    </span>
                }
                {param_help(&locale, &ParamHelpProps { param: key, preset: props.preset, chip: help_chip, preset_value, opened: help_opened, on_open })}
            </div>
            {control}
            if let Some(error) = &refusal {
                <p class="field-error" id={format!("{id}-error")} role="alert">
                    {error_message(&locale, error)}
                </p>
            }
            if changed {
                <div class="field-actions">
                    <button type="button" class="link-button" onclick={on_reset}
                        aria-label={locale.fill(t::RESET_VALUE_LABEL, &[label])}>
                        {locale.node(t::RESET_VALUE)}
                    </button>
                </div>
            }
        </div>
    }
}

/// The chips the preset's edition offers, one `<optgroup>` per vendor and generation in the
/// edition's order (which keeps each family together).
fn chip_groups(
    locale: &Locale,
    preset: &'static Preset,
    choices: &'static [Choice],
    option: impl Fn(&Choice) -> Html,
) -> Html {
    let edition = crate::model::edition::get(preset.version).unwrap_or(&crate::model::edition::V1);
    let mut groups: Vec<(crate::model::Text, Vec<Html>)> = Vec::new();
    for chip in edition.chips {
        let Some(choice) = choices.iter().find(|choice| choice.code == chip.code()) else {
            continue;
        };
        let family = chip.spec().family;
        match groups.last_mut() {
            Some((last, options)) if last.en == family.en => options.push(option(choice)),
            _ => groups.push((family, vec![option(choice)])),
        }
    }
    groups
        .into_iter()
        .map(|(family, options)| {
            html! { <optgroup label={family.get(locale.lang)}>{options}</optgroup> }
        })
        .collect()
}
