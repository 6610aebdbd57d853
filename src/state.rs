//! The page's one state and its reducer: every change the reader makes is an [`Action`].
//! The reducer is plain Rust (tested natively); Yew sees it through `Reducible`.

use crate::model::currency::Currency;
use crate::model::link::{self, normalise_rate, Decoded, LinkState};
use crate::model::uncertainty::{Range, Ranges};
use crate::model::view::ViewFlags;
use crate::model::{Lang, ParamKey, Preset, Scenario, Value};

pub use crate::model::scenario::{clean_name, default_name, Pinned, MAX_NAME_CHARS, MAX_PINNED};

/// Something the page should tell the reader about the link it was opened with.
pub use crate::model::link::Notice;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    pub lang: Lang,
    pub currency: Currency,
    /// Units of `currency` per US dollar.
    pub fx: f64,
    pub view: ViewFlags,
    pub notices: Vec<Notice>,
    /// Bumped by changes that deserve their own browser-history entry (choosing a preset).
    pub history_generation: u32,
    /// Whether the Monte Carlo band and the tornado are shown.
    pub uncertainty: bool,
    /// The reader's ranges for the uncertain parameters.
    pub ranges: Ranges,
    /// Scenarios pinned for comparison, at most [`MAX_PINNED`].
    pub pinned: Vec<Pinned>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            scenario: Scenario::default(),
            lang: Lang::En,
            currency: Currency::Usd,
            fx: 1.0,
            view: ViewFlags::default(),
            notices: Vec::new(),
            history_generation: 0,
            uncertainty: true,
            ranges: Ranges::default(),
            pinned: Vec::new(),
        }
    }
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
    SetCurrency(Currency),
    SetFx(f64),
    DismissNotices,
    /// Replaces everything, as when the reader goes Back to an earlier link.
    Restore(Box<AppState>),
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
}

impl AppState {
    /// The state after an action. Pure: the same state and action give the same result.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetParam(key, value) => {
                // Refused values leave the scenario as it was.
                let _ = next.scenario.set(key, value);
            }
            Action::ResetParam(key) => next.scenario.reset(key),
            Action::ChoosePreset(preset) => {
                next.scenario = Scenario::from_preset(preset);
                next.history_generation = next.history_generation.wrapping_add(1);
            }
            Action::ResetToPreset => next.scenario = Scenario::from_preset(next.scenario.preset),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetCurrency(currency) => {
                next.currency = currency;
                next.fx = currency.default_rate();
            }
            Action::SetFx(rate) => {
                // Kept to 5 significant digits, like every number a link says.
                if let Some(rate) = normalise_rate(rate, next.currency) {
                    next.fx = rate;
                }
            }
            Action::DismissNotices => next.notices.clear(),
            Action::Restore(state) => next = *state,
            Action::SetUncertainty(on) => next.uncertainty = on,
            Action::SetRangeEnd { key, high, value } => {
                if let Some(current) = next.ranges.get(key) {
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
                    next.ranges.set(key, range);
                }
            }
            Action::ResetRanges => next.ranges = Ranges::default(),
            Action::Pin(name) => {
                if next.pinned.len() < MAX_PINNED {
                    let name = clean_name(&name);
                    let name = if name.is_empty() {
                        default_name(&next.pinned)
                    } else {
                        name
                    };
                    next.pinned.push(Pinned {
                        name,
                        scenario: next.scenario,
                    });
                }
            }
            Action::Unpin(index) => {
                if index < next.pinned.len() {
                    next.pinned.remove(index);
                }
            }
            Action::LoadPinned(index) => {
                if let Some(pinned) = next.pinned.get(index) {
                    next.scenario = pinned.scenario;
                }
            }
        }
        next
    }
}

impl AppState {
    /// What a link of this state says.
    pub fn link_state(&self) -> LinkState {
        LinkState {
            scenario: self.scenario,
            lang: self.lang,
            currency: self.currency,
            fx: self.fx,
            view: self.view.clone(),
            uncertainty: self.uncertainty,
            ranges: self.ranges,
            pinned: self.pinned.clone(),
        }
    }

    /// This state with what a decoded link says, and its notices. What links do not carry
    /// (the history generation) is kept, so that Back changes only what the link says.
    pub fn with_link(&self, decoded: Decoded) -> AppState {
        let LinkState {
            scenario,
            lang,
            currency,
            fx,
            view,
            uncertainty,
            ranges,
            pinned,
        } = decoded.state;
        AppState {
            scenario,
            lang,
            currency,
            fx,
            view,
            notices: decoded.notices,
            uncertainty,
            ranges,
            pinned,
            ..self.clone()
        }
    }

    /// The state a decoded link opens.
    pub fn from_link(decoded: Decoded) -> AppState {
        AppState::default().with_link(decoded)
    }

    /// This state with what an address's query (`location.search`) says. A page opened
    /// without any key of the link format follows the browser's preferred languages; a link
    /// shows what its author saw, in English unless it says `lang=`.
    pub fn with_query<'a>(
        &self,
        query: &str,
        browser_languages: impl IntoIterator<Item = &'a str>,
    ) -> AppState {
        let decoded = link::decode(query);
        let follow_browser = decoded.bare && !decoded.lang_given;
        let mut state = self.with_link(decoded);
        if follow_browser {
            state.lang = Lang::from_browser(browser_languages);
        }
        state
    }

    /// The state a page opens on for its address's query.
    pub fn from_query<'a>(
        query: &str,
        browser_languages: impl IntoIterator<Item = &'a str>,
    ) -> AppState {
        AppState::default().with_query(query, browser_languages)
    }
}

impl From<&AppState> for LinkState {
    fn from(state: &AppState) -> LinkState {
        state.link_state()
    }
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
    use crate::model::presets;

    #[test]
    fn invalid_values_keep_the_state() {
        let state = AppState::default();
        let next = state.apply(Action::SetParam(ParamKey::Utilisation, Value::Number(7.0)));
        assert_eq!(next, state);
        let next = state.apply(Action::SetParam(ParamKey::Utilisation, Value::Number(0.4)));
        assert_eq!(next.scenario.params.mfu, 0.4);
    }

    #[test]
    fn presets_are_history_entries_and_reset_works() {
        let state = AppState::default()
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(1000.0),
            ))
            .apply(Action::ChoosePreset(&presets::DEEPSEEK_V3));
        assert_eq!(state.history_generation, 1);
        assert_eq!(state.scenario.params, presets::DEEPSEEK_V3.params);
        let edited = state.apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(3.0)));
        assert_eq!(edited.scenario.changed_keys(), vec![ParamKey::CloudPrice]);
        assert_eq!(edited.apply(Action::ResetToPreset).scenario, state.scenario);
        assert_eq!(
            edited
                .apply(Action::ResetParam(ParamKey::CloudPrice))
                .scenario,
            state.scenario
        );
    }

    #[test]
    fn pinning_names_and_limits() {
        let mut state = AppState::default();
        for _ in 0..6 {
            state = state.apply(Action::Pin(String::new()));
        }
        let names: Vec<&str> = state.pinned.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C", "D"]);
        let state = state
            .apply(Action::Unpin(1))
            .apply(Action::Pin("  Big\n cluster <b>  ".into()))
            .apply(Action::Unpin(0))
            .apply(Action::Unpin(9));
        let names: Vec<&str> = state.pinned.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["C", "D", "Big cluster <b>"]);
        let long = "x".repeat(100);
        assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn pinned_scenarios_load_back() {
        let state = AppState::default()
            .apply(Action::SetParam(
                ParamKey::ClusterSize,
                Value::Number(2048.0),
            ))
            .apply(Action::Pin("small".into()))
            .apply(Action::ResetToPreset)
            .apply(Action::LoadPinned(0));
        assert_eq!(state.scenario.params.accelerators, 2048.0);
    }

    #[test]
    fn ranges_are_validated() {
        let state = AppState::default();
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
        assert_eq!(next.ranges.get(ParamKey::Utilisation), Some(good));
        assert_eq!(next.apply(Action::ResetRanges).ranges, Ranges::default());
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
        assert_eq!(ends.ranges.get(ParamKey::Utilisation), Some(Range::POINT));
        let refused = state.apply(Action::SetRangeEnd {
            key: ParamKey::Utilisation,
            high: true,
            value: 0.5,
        });
        assert_eq!(refused, state);
    }

    #[test]
    fn currency_switch_takes_its_default_rate_and_rejects_absurd_ones() {
        let state = AppState::default().apply(Action::SetCurrency(Currency::Cny));
        assert_eq!(state.fx, Currency::Cny.default_rate());
        assert_eq!(state.apply(Action::SetFx(7.3)).fx, 7.3);
        assert_eq!(state.apply(Action::SetFx(f64::NAN)).fx, state.fx);
        assert_eq!(state.apply(Action::SetFx(1e9)).fx, state.fx);
        assert_eq!(state.apply(Action::SetFx(7.123_456)).fx, 7.1235);
    }

    #[test]
    fn link_state_round_trips_through_a_link() {
        let state = AppState::default()
            .apply(Action::ChoosePreset(&presets::DEEPSEEK_V3))
            .apply(Action::SetParam(
                ParamKey::Accelerator,
                Value::Choice("h100"),
            ))
            .apply(Action::SetParam(ParamKey::CloudPrice, Value::Number(2.5)))
            .apply(Action::SetLang(Lang::Zh))
            .apply(Action::SetCurrency(Currency::Eur))
            .apply(Action::SetFx(0.92));
        let query = link::encode(&state.link_state());
        assert_eq!(
            query,
            "v=1&preset=deepseek-v3&chip=h100&rent=2.5&cur=eur&fx=0.92&lang=zh"
        );
        let reopened = AppState::from_query(&query, ["en-US"]);
        assert_eq!(reopened.link_state(), state.link_state());
        assert_eq!(LinkState::from(&reopened), state.link_state());
        assert!(reopened.notices.is_empty());
        assert_eq!(reopened.history_generation, 0);
        // Back to an earlier link: only what the link says changes.
        let earlier = state.with_query("?v=1&preset=gpt-4", ["en"]);
        assert_eq!(earlier.scenario, Scenario::from_preset(&presets::GPT_4));
        assert_eq!(
            (earlier.lang, earlier.currency, earlier.fx),
            (Lang::En, Currency::Usd, 1.0)
        );
        assert_eq!(earlier.history_generation, state.history_generation);
    }

    #[test]
    fn uncertainty_ranges_and_pinned_scenarios_travel_in_links() {
        let state = AppState::default()
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
        let query = link::encode(&state.link_state());
        assert!(query.contains(
            "&unc=0&r.mfu=0.5~1.2346&r.sal=0.5~4&s1=Small_cluster~llama-3.1-405b~n.2048&s2=."
        ));
        let reopened = AppState::from_query(&query, ["en"]);
        assert!(reopened.notices.is_empty());
        assert_eq!(reopened.link_state(), state.link_state());
        assert!(!reopened.uncertainty);
        assert_eq!(reopened.ranges, state.ranges);
        assert_eq!(reopened.pinned, state.pinned);
        assert_eq!(reopened.pinned[1].name, "大集群 “B”");
        // Back to a link without them: they go, as the link says.
        let earlier = state.with_query("?v=1&preset=gpt-4", ["en"]);
        assert!(earlier.uncertainty && earlier.pinned.is_empty());
        assert_eq!(earlier.ranges, Ranges::default());
    }

    #[test]
    fn a_bare_page_follows_the_browser_and_a_link_does_not() {
        assert_eq!(AppState::from_query("", ["zh-CN", "en"]).lang, Lang::Zh);
        assert_eq!(
            AppState::from_query("?utm_source=x&fbclid=y", ["zh-TW"]).lang,
            Lang::Zh
        );
        assert_eq!(
            AppState::from_query("?v=1&preset=gpt-4", ["zh-CN"]).lang,
            Lang::En
        );
        assert_eq!(AppState::from_query("?lang=zh", ["en"]).lang, Lang::Zh);
        let opened = AppState::from_query("?preset=gpt-4&n=-5", ["en"]);
        assert_eq!(opened.scenario.preset.id, "gpt-4");
        assert_eq!(
            opened.notices,
            vec![Notice::new("n", "-5", "25,000")],
            "notices stay with the state"
        );
        assert_eq!(
            opened.apply(Action::DismissNotices).link_state(),
            opened.link_state()
        );
    }
}
