//! The cost model of the frontier AI cost calculator: quantities, parameters, accelerators,
//! presets, sources, the evaluation, uncertainty, barrier indicators, the trajectory and the
//! link codec. Plain Rust with no web dependencies, so that it is tested natively and fast.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod barrier;
pub mod budget;
pub mod carbon;
pub mod catchup;
pub mod chips;
mod codes;
pub mod cost;
pub mod currency;
pub mod decimal;
pub mod deeper;
pub mod edition;
pub mod epoch_points;
pub mod link;
pub mod outputs;
pub mod params;
pub mod parse;
pub mod presets;
pub mod rules;
pub mod scenario;
pub mod sources;
pub mod text;
pub mod trajectory;
pub mod uncertainty;
pub mod units;
pub mod view;

pub use chips::{Chip, ChipId};
pub use cost::{evaluate, CostLine, OutKey, Outputs, Warning};
pub use params::{Facility, Group, Mode, ParamError, ParamKey, Params, Value};
pub use presets::Preset;
pub use scenario::Scenario;
pub use text::{Lang, Text};

/// The texts shown only on demand, inside closed disclosures: parameter help, chip notes,
/// preset notes, the notes of the default ranges and the details of the reference budgets. With the `deferred-en` feature their
/// English is loaded after the page starts (`deferred-en.txt`, see [`text::Text`]).
pub fn deferred_en_texts() -> Vec<Text> {
    let mut texts: Vec<Text> = ParamKey::ALL.iter().map(|key| key.meta().help).collect();
    texts.extend(ChipId::ALL.map(|chip| chip.spec().note));
    texts.extend(ChipId::ALL.map(|chip| chip.spec().late_2026.note));
    for preset in presets::ALL.iter().chain(&presets::v2::ALL) {
        texts.extend(preset.notes.iter().map(|(_, note)| *note));
    }
    texts.extend(uncertainty::DEFAULT_RANGES.map(|range| range.note));
    // Shown only in the ladder's list, a disclosure.
    for budget in barrier::BUDGETS.iter().chain(&barrier::v2::BUDGETS) {
        texts.push(budget.detail);
    }
    texts
}

/// The sources whose title is shown only on demand, in the disclosures of sources: all but
/// the exchange rates' (shown with the currency setting) and the titles in Chinese. With the
/// `deferred-en` feature their titles and addresses are loaded after the page starts, like
/// [`deferred_en_texts`].
pub fn deferred_source_titles() -> Vec<sources::Source> {
    sources::ALL
        .iter()
        .filter(|source| source.id != currency::RATE_SOURCE.id && !text::has_cjk(source.title))
        // The cloud prices' sources are shown at once beside the cloud price (version 2).
        .filter(|source| {
            !ChipId::ALL
                .iter()
                .any(|chip| chip.spec().late_2026.sources.contains(source))
        })
        .copied()
        .collect()
}

/// The texts of the rules, budget, catch-up and carbon engine (issue 19). Not yet in
/// [`all_texts`]: the page does not show them, and adding them changes the table of Chinese
/// texts (`static/zh-texts.txt`), which is regenerated when the page draws them.
pub fn engine_texts() -> Vec<Text> {
    let mut texts = rules::texts();
    texts.extend(budget::texts());
    texts.extend(catchup::texts());
    texts.extend(carbon::texts());
    texts
}

/// Every text the model shows a reader (labels, help, notes), for the translation tests.
pub fn all_texts() -> Vec<Text> {
    use params::Kind;
    let mut texts = Vec::new();
    for key in ParamKey::ALL {
        let meta = key.meta();
        texts.extend([meta.label, meta.help]);
        let unit = meta.unit.label();
        if !unit.en.is_empty() {
            texts.push(unit);
        }
        if let Kind::Choice(choices) = meta.kind {
            texts.extend(choices.iter().map(|choice| choice.label));
        }
    }
    texts.extend(Group::ALL.map(|group| group.label()));
    texts.extend(ChipId::ALL.map(|chip| chip.spec().note));
    texts.extend(ChipId::ALL.map(|chip| chip.spec().late_2026.note));
    texts.extend(ChipId::ALL.map(|chip| chip.spec().family));
    for preset in presets::ALL.iter().chain(&presets::v2::ALL) {
        texts.extend([preset.name, preset.summary]);
        texts.extend(preset.notes.iter().map(|(_, note)| *note));
    }
    texts.extend(CostLine::ALL.map(|line| line.label()));
    texts.extend(OutKey::ALL.map(|key| key.label()));
    texts.extend(currency::Currency::ALL.map(|currency| currency.label()));
    texts.extend(uncertainty::DEFAULT_RANGES.map(|range| range.note));
    for budget in barrier::BUDGETS {
        texts.extend([budget.label, budget.phrase, budget.who, budget.detail]);
    }
    for level in barrier::LEVELS {
        texts.extend([level.name, level.basis]);
    }
    for budget in barrier::v2::BUDGETS {
        texts.extend([budget.label, budget.phrase, budget.who, budget.detail]);
    }
    for level in barrier::v2::LEVELS {
        texts.extend([level.name, level.basis]);
    }
    for point in trajectory::PUBLISHED {
        texts.extend([point.label, point.detail]);
    }
    texts.extend(engine_texts());
    texts
}
