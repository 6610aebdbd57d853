//! The five-step barrier scale with its documented thresholds, the scenario's step marked.

use yew::prelude::*;

use crate::components::barrier_panel::source_short;
use crate::format::Locale;
use crate::i18n::barrier as t;
use crate::model::edition;

#[derive(PartialEq)]
pub struct BarrierScaleProps {
    /// The scenario's level, 0 to 4.
    pub level: u8,
    /// The schema version whose scale is drawn.
    pub version: u32,
}

/// A plain function, not a component: it has no state of its own (a component costs about a
/// kilobyte of glue in the wasm).
pub fn barrier_scale(locale: &Locale, props: &BarrierScaleProps) -> Html {
    let levels = edition::get(props.version).unwrap_or(&edition::V1).levels;
    let steps = levels.iter().enumerate().map(|(i, step)| {
        let range = match (step.upper, i.checked_sub(1).and_then(|prev| levels[prev].upper)) {
            (Some(upper), _) => locale.fill(t::SCALE_UP_TO, &[&locale.money(upper.get())]),
            (None, Some(lower)) => locale.fill(t::SCALE_OVER, &[&locale.money(lower.get())]),
            (None, None) => String::new(),
        };
        let current = step.index == props.level;
        // As u32: the page formats no u8 (each integer type's formatting is code of its own).
        let index = u32::from(step.index);
        html! {
            <li class={format!("scale-step level-{}{}", index, if current { " is-current" } else { "" })}
                aria-current={current.then_some("step")}>
                <span class="scale-index" aria-hidden="true">{index}</span>
                <div class="scale-body">
                    <p class="scale-name">
                        <span class="visually-hidden">{index}{". "}</span>
                        {locale.node(step.name)}
                        <span class="scale-range">{crate::format::text_node(range)}</span>
                        if current {
                            <span class="scale-here">{locale.node(t::SCALE_HERE)}</span>
                        }
                    </p>
                    <p class="scale-basis">
                        {locale.node(step.basis)}
                        <span class="scale-source">{" ("}{source_short(locale, &step.source)}{")"}</span>
                    </p>
                </div>
            </li>
        }
    });
    html! {
        <section class="barrier-card scale" aria-labelledby="scale-title">
            <h3 id="scale-title" class="barrier-card-title">{locale.node(t::SCALE_TITLE)}</h3>
            <p class="barrier-card-dek">{locale.node(t::SCALE_DEK)}</p>
            <ol class="scale-steps">{ for steps }</ol>
        </section>
    }
}
