//! The disclosure next to a parameter: what it means, the preset's value and its source.

use yew::prelude::*;

use crate::format::Locale;
use crate::i18n::page as t;
use crate::model::sources::Source;
use crate::model::{ChipId, ParamKey, Preset, Value};

#[derive(PartialEq)]
pub struct ParamHelpProps {
    pub param: ParamKey,
    pub preset: &'static Preset,
    /// The accelerator in force: chip-dependent values are explained with its figures.
    pub chip: ChipId,
    /// The preset's value.
    pub preset_value: Value,
    /// Whether the reader has opened it: its body is drawn from then on, not before (about
    /// 240 elements fewer in the page's first render, `hooks::use_opened`; the pre-rendered
    /// pages leave the bodies out too).
    pub opened: bool,
    /// Called when it is opened or closed (its `toggle` event).
    pub on_open: Callback<Event>,
}

/// A source as one line: publisher, title, date, and whether it is indicative.
pub fn source_line(locale: &Locale, source: &Source) -> Html {
    let title = match source.full_url() {
        Some(url) => html! {
            <a href={url} rel="noopener noreferrer" target="_blank">{source.full_title()}</a>
        },
        None => html! { <cite>{source.full_title()}</cite> },
    };
    // The citation stays in its own language, marked as such.
    html! {
        <>
            <span lang={source.lang().code()}>{source.publisher}{", "}{title}</span>
            {" ("}{locale.fill_node(t::AS_OF, &[source.as_of])}
            if source.indicative {
                {"; "}{locale.node(t::INDICATIVE)}
            }
            {")"}
        </>
    }
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn param_help(locale: &Locale, props: &ParamHelpProps) -> Html {
    let label = props.param.meta().label.get(locale.lang);
    html! {
        <details class="help" ontoggle={props.on_open.clone()}>
            <summary aria-label={locale.fill(t::ABOUT_LABEL, &[label])} title={locale.t(t::ABOUT)}>
                <span aria-hidden="true">{"?"}</span>
            </summary>
            if props.opened {
                {help_body(locale, props)}
            }
        </details>
    }
}

/// What the disclosure says once opened.
fn help_body(locale: &Locale, props: &ParamHelpProps) -> Html {
    let meta = props.param.meta();
    let note = props.preset.note(props.param);
    let preset_value = display_value(locale, props.param, props.preset_value);
    // Chip-dependent values come from the accelerator in force, its note and sources as the
    // preset's edition gives them.
    let edition =
        crate::model::edition::get(props.preset.version).unwrap_or(&crate::model::edition::V1);
    let chip_dependent = matches!(
        props.param,
        ParamKey::Accelerator
            | ParamKey::AcceleratorPrice
            | ParamKey::PowerPerAccelerator
            | ParamKey::CloudPrice
    );
    let chip_source = chip_dependent.then(|| edition.chip_note(props.chip));
    let sources: &[Source] = match (chip_dependent, meta.source.as_ref()) {
        (true, _) => edition.chip_sources(props.chip),
        (false, Some(source)) => std::slice::from_ref(source),
        // The usual default's source, or else the preset's own (a model card, a paper).
        (false, None) => &props.preset.sources[..props.preset.sources.len().min(1)],
    };
    html! {
            <div class="help-body">
                <p>{locale.node(meta.help)}</p>
                <p>
                    {locale.fill_node(t::DEFAULT_IN_PRESET, &[props.preset.name.get(locale.lang), &preset_value])}
                    if let Some(note) = note {
                        {" — "}{locale.node(*note)}
                    }
                </p>
                if let Some(chip_note) = chip_source {
                    <p class="help-chip">{locale.node(chip_note)}</p>
                }
                if !sources.is_empty() {
                    <p class="help-source">
                        <span class="label">{locale.node(if sources.len() > 1 { t::SOURCES } else { t::SOURCE })}{": "}</span>
                        { for sources.iter().enumerate().map(|(i, source)| html! {
                            <>{(i > 0).then_some("; ")}{source_line(locale, source)}</>
                        }) }
                    </p>
                }
            </div>
    }
}

/// A parameter's value as a reader reads it: `$30,000`, `35%`, `3.8 × 10²⁵ FLOP`, `auto`.
pub fn display_value(locale: &Locale, param: ParamKey, value: Value) -> String {
    use crate::model::params::{Kind, Unit};
    let meta = param.meta();
    match value {
        Value::Auto => locale.t(t::AUTO).to_string(),
        Value::Choice(code) => match meta.kind {
            Kind::Choice(choices) => choices
                .iter()
                .find(|choice| choice.code == code)
                .map_or(code, |choice| choice.label.get(locale.lang))
                .to_string(),
            Kind::Number(_) => code.to_string(),
        },
        Value::Number(v) => match meta.unit {
            Unit::Percent => locale.percent(v),
            Unit::Flop => locale.fill(t::FLOP_UNIT, &[&locale.flop(v)]),
            Unit::Billions | Unit::Trillions => {
                format!("{} {}", locale.plain(v), meta.unit.label().get(locale.lang))
            }
            unit if unit.is_money() => {
                let amount = crate::format::plain(v, locale.lang);
                let unit_label = unit.label().get(locale.lang);
                format!("{amount} {unit_label}")
            }
            Unit::Count => locale.plain(v),
            unit => format!("{} {}", locale.plain(v), unit.label().get(locale.lang)),
        },
    }
}
