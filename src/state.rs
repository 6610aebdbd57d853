//! The page's one state and its reducer: every change the reader makes is an [`Action`].
//! The reducer is plain Rust (tested natively); Yew sees it through `Reducible`.

use crate::model::currency::Currency;
use crate::model::link::{self, normalise_rate, Decoded, LinkState};
use crate::model::uncertainty::{Range, Ranges};
use crate::model::view::Theme;
use crate::model::{Lang, ParamKey, Preset, Scenario, Value};

pub use crate::model::scenario::{clean_name, default_name, Pinned, MAX_NAME_CHARS, MAX_PINNED};

/// Something the page should tell the reader about the link it was opened with.
pub use crate::model::link::Notice;

/// What the page holds: what a link says, stored once in `link`, and what no link carries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// Everything a link says (scenario, language, currency, view, ranges, pinned scenarios).
    pub link: LinkState,
    pub notices: Vec<Notice>,
    /// Bumped by changes that deserve their own browser-history entry (choosing a preset, an
    /// import, every undoable action).
    pub history_generation: u32,
    /// The last undoable action, while nothing has changed since.
    pub undo: Option<Undo>,
}

/// The one-click actions that can be undone (by the Undo button, Ctrl/Cmd+Z or Back).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undoable {
    ResetToPreset,
    Unpin,
    LoadPinned,
    ResetRanges,
}

/// An undoable action and what the link said before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub what: Undoable,
    pub before: Box<LinkState>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A valid value for one parameter (fields validate before dispatching; an invalid
    /// value is ignored here too, so the last valid one stays in force).
    SetParam(ParamKey, Value),
    ResetParam(ParamKey),
    ChoosePreset(&'static Preset),
    ResetToPreset,
    SetLang(Lang),
    /// The theme a host page asks for (its `frontier-cost:theme` message).
    SetTheme(Theme),
    SetCurrency(Currency),
    SetFx(f64),
    DismissNotices,
    /// What an earlier history entry's link says, with its notices (Back or Forward): only
    /// what links say changes.
    Restore(Box<LinkState>, Vec<Notice>),
    /// The link query of an imported file: read like any link, and a history entry of its own.
    Import(String),
    /// The same scenario under the latest version's figures (an older link's offer), as a
    /// history entry of its own, with the notices of what the latest version could not take.
    OpenCurrentFigures,
    SetUncertainty(bool),
    /// One end of a range, combined with the other end as it is now (ignored when the
    /// result is invalid). `high` says which end.
    SetRangeEnd {
        key: ParamKey,
        high: bool,
        value: f64,
    },
    ResetRanges,
    /// Pins the current scenario under a name (ignored when [`MAX_PINNED`] are pinned).
    Pin(String),
    Unpin(usize),
    /// Makes a pinned scenario the current one.
    LoadPinned(usize),
    /// Goes back to the state before the last undoable action (nothing without one).
    Undo,
    /// A deeper panel's setting as its link key and text (`budget`, `halving`, `grid`),
    /// from the on-demand module's fields; a value the link would refuse is ignored.
    SetDeeper(String, String),
}

impl Action {
    /// Which undoable action this is, if it is one.
    fn undoable(&self) -> Option<Undoable> {
        match self {
            Action::ResetToPreset => Some(Undoable::ResetToPreset),
            Action::Unpin(_) => Some(Undoable::Unpin),
            Action::LoadPinned(_) => Some(Undoable::LoadPinned),
            Action::ResetRanges => Some(Undoable::ResetRanges),
            _ => None,
        }
    }
}

impl AppState {
    /// The state after an action. Pure: the same state and action give the same result.
    pub fn apply(&self, action: Action) -> AppState {
        let undoable = action.undoable();
        let mut next = self.clone();
        let link = &mut next.link;
        match action {
            Action::SetParam(key, value) => {
                // Refused values leave the scenario as it was.
                let _ = link.scenario.set(key, value);
            }
            Action::ResetParam(key) => link.scenario.reset(key),
            Action::ChoosePreset(preset) => {
                // A preset of the state's own version: scenarios of one state share figures.
                let edition = link.edition();
                let preset = edition
                    .preset(preset.id)
                    .unwrap_or(edition.default_preset());
                link.scenario = Scenario::from_preset(preset);
                next.history_generation = next.history_generation.wrapping_add(1);
            }
            Action::ResetToPreset => link.scenario = Scenario::from_preset(link.scenario.preset),
            Action::SetLang(lang) => link.lang = lang,
            Action::SetTheme(theme) => link.view.theme = theme,
            Action::SetCurrency(currency) => {
                link.currency = currency;
                link.fx = currency.default_rate();
            }
            Action::SetFx(rate) => {
                // Kept to 5 significant digits, like every number a link says.
                if let Some(rate) = normalise_rate(rate, link.currency) {
                    link.fx = rate;
                }
            }
            Action::DismissNotices => next.notices.clear(),
            Action::Restore(restored, notices) => {
                next.link = *restored;
                next.notices = notices;
            }
            Action::Import(query) => {
                next = self.with_link(link::decode(&query));
                next.history_generation = next.history_generation.wrapping_add(1);
            }
            Action::OpenCurrentFigures => {
                next = self.with_link(link::current_figures(&self.link));
                next.history_generation = next.history_generation.wrapping_add(1);
            }
            Action::SetUncertainty(on) => link.uncertainty = on,
            Action::SetRangeEnd { key, high, value } => {
                if let Some(current) = link.ranges.get(key) {
                    let range = if high {
                        Range {
                            high: value,
                            ..current
                        }
                    } else {
                        Range {
                            low: value,
                            ..current
                        }
                    };
                    link.ranges.set(key, range);
                }
            }
            Action::ResetRanges => link.ranges = Ranges::default(),
            Action::Pin(name) => {
                if link.pinned.len() < MAX_PINNED {
                    let name = clean_name(&name);
                    let name = if name.is_empty() {
                        default_name(&link.pinned)
                    } else {
                        name
                    };
                    link.pinned.push(Pinned {
                        name,
                        scenario: link.scenario,
                    });
                }
            }
            Action::Unpin(index) => {
                if index < link.pinned.len() {
                    link.pinned.remove(index);
                }
            }
            Action::LoadPinned(index) => {
                if let Some(pinned) = link.pinned.get(index) {
                    link.scenario = pinned.scenario;
                }
            }
            Action::SetDeeper(key, text) => {
                let edition = link.edition();
                let _ = link::deeper::set(&mut link.deeper, &key, &text, edition);
            }
            Action::Undo => {
                if let Some(undo) = next.undo.take() {
                    // In the history entry the action added: Back from here leaves it.
                    next.link = *undo.before;
                }
                return next;
            }
        }
        // One rule for undo: an undoable action that changed something is a history entry
        // and can be undone; any other change ends the chance to undo.
        if next.link != self.link {
            next.undo = undoable.map(|what| {
                next.history_generation = next.history_generation.wrapping_add(1);
                Undo {
                    what,
                    before: Box::new(self.link.clone()),
                }
            });
        }
        next
    }
}

impl AppState {
    /// This state with what a decoded link says, and its notices. What links do not carry
    /// (the history generation) is kept, so that Back changes only what the link says.
    pub fn with_link(&self, decoded: Decoded) -> AppState {
        AppState {
            link: decoded.state,
            notices: decoded.notices,
            ..self.clone()
        }
    }

    /// This state with what an address's query (`location.search`) says. A page opened
    /// without any key of the link format follows the browser's preferred languages; a link
    /// shows what its author saw, in English unless it says `lang=`.
    pub fn with_query<'a>(
        &self,
        query: &str,
        browser_languages: impl IntoIterator<Item = &'a str>,
    ) -> AppState {
        let (link, notices) = read_query(query, browser_languages);
        AppState {
            link,
            notices,
            ..self.clone()
        }
    }

    /// The state a page opens on for its address's query.
    pub fn from_query<'a>(
        query: &str,
        browser_languages: impl IntoIterator<Item = &'a str>,
    ) -> AppState {
        AppState::default().with_query(query, browser_languages)
    }
}

/// What an address's query says, and its notices (see [`AppState::with_query`]): what
/// [`Action::Restore`] carries.
pub fn read_query<'a>(
    query: &str,
    browser_languages: impl IntoIterator<Item = &'a str>,
) -> (LinkState, Vec<Notice>) {
    let decoded = link::decode(query);
    let follow_browser = decoded.bare && !decoded.lang_given;
    let mut state = decoded.state;
    if follow_browser {
        state.lang = Lang::from_browser(browser_languages);
    }
    (state, decoded.notices)
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            std::rc::Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page opened on a version 1 link: the figures these tests were written against.
    fn v1_state() -> AppState {
        AppState::from_query("v=1", ["en"])
    }

    #[test]
    fn an_older_link_opens_with_current_figures_as_a_history_entry() {
        let old = AppState::from_query("v=1&preset=gpt-4&n=5e4&cur=eur", ["en"]);
        assert_eq!(old.link.edition().version, 1);
        let next = old.apply(Action::OpenCurrentFigures);
        assert_eq!(next.link.edition().version, link::VERSION);
        assert_eq!(next.link.scenario.preset.id, "gpt-4");
        assert_eq!(next.link.scenario.params.accelerators, 5e4);
        assert_eq!(next.link.currency, Currency::Eur);
        assert_eq!(next.history_generation, old.history_generation + 1);
        // Choosing a preset keeps the state's version.
        let chosen = next.apply(Action::ChoosePreset(&crate::model::presets::STARTUP));
        assert_eq!(chosen.link.scenario.preset.version, link::VERSION);
        let chosen = old.apply(Action::ChoosePreset(&crate::model::presets::STARTUP));
        assert_eq!(chosen.link.scenario.preset, &crate::model::presets::STARTUP);
    }
    use crate::model::presets;

    #[test]
    fn invalid_values_keep_the_state() {
        let state = v1_state();
        let next = state.apply(Action::SetParam(ParamKey::Utilisation, Value::Number(7.0)));
        assert_eq!(next, state);
        let next = state.apply(Action::SetParam(ParamKey::Utilisation, Value::Number(0.4)));
        assert_eq!(next.link.scenario.params.mfu, 0.4);
    }

    #[test]
    fn presets_are_history_entries_and_reset_works() {
        let state = v1_state()
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(1000.0),
            ))
            .apply(Action::ChoosePreset(&presets::DEEPSEEK_V3));
        assert_eq!(state.history_generation, 1);
        assert_eq!(state.link.scenario.params, presets::DEEPSEEK_V3.params);
        let edited = state.apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(3.0)));
        assert_eq!(
            edited.link.scenario.changed_keys(),
            vec![ParamKey::CloudPrice]
        );
        assert_eq!(
            edited.apply(Action::ResetToPreset).link.scenario,
            state.link.scenario
        );
        assert_eq!(
            edited
                .apply(Action::ResetParam(ParamKey::CloudPrice))
                .link
                .scenario,
            state.link.scenario
        );
    }

    #[test]
    fn pinning_names_and_limits() {
        let mut state = v1_state();
        for _ in 0..6 {
            state = state.apply(Action::Pin(String::new()));
        }
        let names: Vec<&str> = state.link.pinned.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C", "D"]);
        let state = state
            .apply(Action::Unpin(1))
            .apply(Action::Pin("  Big\n cluster <b>  ".into()))
            .apply(Action::Unpin(0))
            .apply(Action::Unpin(9));
        let names: Vec<&str> = state.link.pinned.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["C", "D", "Big cluster <b>"]);
        let long = "x".repeat(100);
        assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn pinned_scenarios_load_back() {
        let state = v1_state()
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(2048.0),
            ))
            .apply(Action::Pin("small".into()))
            .apply(Action::ResetToPreset)
            .apply(Action::LoadPinned(0));
        assert_eq!(state.link.scenario.params.accelerators, 2048.0);
    }

    #[test]
    fn ranges_are_validated() {
        let state = v1_state();
        // A low end above the high end (1.5 by default) is refused.
        let refused = state.apply(Action::SetRangeEnd {
            key: ParamKey::Utilisation,
            high: false,
            value: 3.0,
        });
        assert_eq!(refused, state);
        let good = Range {
            low: 0.9,
            high: 1.1,
        };
        let next = state
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: false,
                value: good.low,
            })
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: true,
                value: good.high,
            });
        assert_eq!(next.link.ranges.get(ParamKey::Utilisation), Some(good));
        assert_eq!(
            next.apply(Action::ResetRanges).link.ranges,
            Ranges::default()
        );
        let ends = state
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: false,
                value: 1.0,
            })
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: true,
                value: 1.0,
            });
        assert_eq!(
            ends.link.ranges.get(ParamKey::Utilisation),
            Some(Range::POINT)
        );
        let refused = state.apply(Action::SetRangeEnd {
            key: ParamKey::Utilisation,
            high: true,
            value: 0.5,
        });
        assert_eq!(refused, state);
    }

    #[test]
    fn currency_switch_takes_its_default_rate_and_rejects_absurd_ones() {
        let state = v1_state().apply(Action::SetCurrency(Currency::Cny));
        assert_eq!(state.link.fx, Currency::Cny.default_rate());
        assert_eq!(state.apply(Action::SetFx(7.3)).link.fx, 7.3);
        assert_eq!(state.apply(Action::SetFx(f64::NAN)).link.fx, state.link.fx);
        assert_eq!(state.apply(Action::SetFx(1e9)).link.fx, state.link.fx);
        assert_eq!(state.apply(Action::SetFx(7.123_456)).link.fx, 7.1235);
    }

    #[test]
    fn link_state_round_trips_through_a_link() {
        let state = v1_state()
            .apply(Action::ChoosePreset(&presets::DEEPSEEK_V3))
            .apply(Action::SetParam(
                ParamKey::Accelerator,
                Value::Choice("h100"),
            ))
            .apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(2.5)))
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::SetCurrency(Currency::Eur))
            .apply(Action::SetFx(0.92));
        let query = link::encode(&state.link);
        assert_eq!(
            query,
            "v=1&preset=deepseek-v3&chip=h100&rent=2.5&cur=eur&fx=0.92&lang=zh"
        );
        let reopened = AppState::from_query(&query, ["en-US"]);
        assert_eq!(reopened.link, state.link);
        assert!(reopened.notices.is_empty());
        assert_eq!(reopened.history_generation, 0);
        // Back to an earlier link: only what the link says changes.
        let earlier = state.with_query("?v=1&preset=gpt-4", ["en"]);
        assert_eq!(
            earlier.link.scenario,
            Scenario::from_preset(&presets::GPT_4)
        );
        assert_eq!(
            (earlier.link.lang, earlier.link.currency, earlier.link.fx),
            (Lang::En, Currency::Usd, 1.0)
        );
        assert_eq!(earlier.history_generation, state.history_generation);
    }

    #[test]
    fn uncertainty_ranges_and_pinned_scenarios_travel_in_links() {
        let state = v1_state()
            .apply(Action::SetUncertainty(false))
            .apply(Action::SetRangeEnd {
                key: ParamKey::CostPerPerson,
                high: false,
                value: 0.5,
            })
            .apply(Action::SetRangeEnd {
                key: ParamKey::CostPerPerson,
                high: true,
                value: 4.0,
            })
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(2048.0),
            ))
            .apply(Action::Pin("Small cluster".into()))
            .apply(Action::ChoosePreset(&presets::GPT_4))
            .apply(Action::Pin("大集群 “B”".into()))
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: true,
                value: 1.234_567,
            });
        let query = link::encode(&state.link);
        assert!(query.contains(
            "&unc=0&r.mfu=0.5~1.2346&r.sal=0.5~4&s1=Small_cluster~llama-3.1-405b~n.2048&s2=."
        ));
        let reopened = AppState::from_query(&query, ["en"]);
        assert!(reopened.notices.is_empty());
        assert_eq!(reopened.link, state.link);
        assert!(!reopened.link.uncertainty);
        assert_eq!(reopened.link.ranges, state.link.ranges);
        assert_eq!(reopened.link.pinned, state.link.pinned);
        assert_eq!(reopened.link.pinned[1].name, "大集群 “B”");
        // Back to a link without them: they go, as the link says.
        let earlier = state.with_query("?v=1&preset=gpt-4", ["en"]);
        assert!(earlier.link.uncertainty && earlier.link.pinned.is_empty());
        assert_eq!(earlier.link.ranges, Ranges::default());
    }

    #[test]
    fn a_bare_page_follows_the_browser_and_a_link_does_not() {
        assert_eq!(
            AppState::from_query("", ["zh-CN", "en"]).link.lang,
            Lang::Zh
        );
        assert_eq!(
            AppState::from_query("?utm_source=x&fbclid=y", ["zh-TW"])
                .link
                .lang,
            Lang::Zh
        );
        assert_eq!(
            AppState::from_query("?v=1&preset=gpt-4", ["zh-CN"])
                .link
                .lang,
            Lang::En
        );
        assert_eq!(AppState::from_query("?lang=zh", ["en"]).link.lang, Lang::Zh);
        let opened = AppState::from_query("?preset=gpt-4&n=-5", ["en"]);
        assert_eq!(opened.link.scenario.preset.id, "gpt-4");
        assert_eq!(
            opened.notices,
            vec![Notice::new("n", "-5", "25,000")],
            "notices stay with the state"
        );
        assert_eq!(opened.apply(Action::DismissNotices).link, opened.link);
    }

    /// A state with something to undo for each undoable action: changed values, ranges and
    /// two pinned scenarios.
    fn edited() -> AppState {
        v1_state()
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(2048.0),
            ))
            .apply(Action::Pin("small".into()))
            .apply(Action::ChoosePreset(&presets::GPT_4))
            .apply(Action::Pin("gpt".into()))
            .apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(3.0)))
            .apply(Action::SetRangeEnd {
                key: ParamKey::Utilisation,
                high: true,
                value: 2.0,
            })
    }

    #[test]
    fn every_undoable_action_is_a_history_entry_and_undo_restores_the_state_before() {
        let before = edited();
        for action in [
            Action::ResetToPreset,
            Action::Unpin(1),
            Action::LoadPinned(0),
            Action::ResetRanges,
        ] {
            let done = before.apply(action.clone());
            assert_ne!(done.link, before.link, "{action:?} changes something");
            assert_eq!(
                done.history_generation,
                before.history_generation + 1,
                "{action:?} is a history entry"
            );
            let undone = done.apply(Action::Undo);
            // Exactly the state before, in the history entry the action added.
            assert_eq!(
                undone,
                AppState {
                    history_generation: done.history_generation,
                    ..before.clone()
                },
                "{action:?} undone"
            );
            // Undone once: a second undo changes nothing.
            assert_eq!(undone.apply(Action::Undo), undone);
        }
    }

    #[test]
    fn undo_of_nothing_changes_nothing() {
        let state = edited();
        assert_eq!(state.undo, None);
        assert_eq!(state.apply(Action::Undo), state);
        // An undoable action that changes nothing is neither an entry nor undoable.
        let fresh = v1_state();
        assert_eq!(fresh.apply(Action::ResetToPreset), fresh);
        assert_eq!(fresh.apply(Action::ResetRanges), fresh);
        assert_eq!(fresh.apply(Action::Unpin(0)), fresh);
        // Any other change after the action ends the chance to undo it.
        let reset = state.apply(Action::ResetToPreset);
        assert_eq!(
            reset.undo.as_ref().map(|undo| undo.what),
            Some(Undoable::ResetToPreset)
        );
        let changed = reset.apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(4.0)));
        assert_eq!(changed.undo, None);
        assert_eq!(changed.apply(Action::Undo), changed);
        // Dismissing the notices changes no link: the undo stays.
        assert_eq!(reset.apply(Action::DismissNotices).undo, reset.undo);
    }

    #[test]
    fn an_import_is_a_history_entry_read_like_a_link() {
        let state = edited();
        let imported = state.apply(Action::Import("v=1&preset=deepseek-v3&n=banana".into()));
        assert_eq!(imported.history_generation, state.history_generation + 1);
        assert_eq!(
            imported.link.scenario,
            Scenario::from_preset(&presets::DEEPSEEK_V3)
        );
        assert_eq!(imported.notices.len(), 1);
        assert!(imported.link.pinned.is_empty());
    }

    #[test]
    fn back_restores_what_the_link_says_and_keeps_the_generation() {
        let state = edited();
        let (link, notices) = read_query("?v=1&preset=gpt-4&n=-5", ["zh"]);
        let back = state.apply(Action::Restore(Box::new(link.clone()), notices.clone()));
        assert_eq!((back.link, back.notices), (link, notices));
        assert_eq!(back.history_generation, state.history_generation);
    }
}
