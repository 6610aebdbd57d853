//! A scenario: a preset and the reader's changes to it; scenarios pinned for comparison.

use super::chips::ChipId;
use super::cost::{evaluate, Outputs};
use super::edition::{self, Edition};
use super::params::{CloudTier, ParamError, ParamKey, Params, Value};
use super::presets::Preset;
use super::text::is_hidden;

/// What the calculator computes: a preset's parameters with the reader's edits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// The preset the scenario starts from (its values are what "reset" restores).
    pub preset: &'static Preset,
    /// The current values: the preset's with the reader's edits.
    pub params: Params,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::from_preset(edition::latest().default_preset())
    }
}

impl Scenario {
    /// A scenario with a preset's values and no edits.
    pub fn from_preset(preset: &'static Preset) -> Scenario {
        Scenario {
            preset,
            params: preset.params,
        }
    }

    /// Whether a parameter differs from the preset's value (the page marks it).
    pub fn is_changed(&self, key: ParamKey) -> bool {
        self.params.get(key) != self.preset.params.get(key)
    }

    /// The parameters that differ from the preset's values, in [`ParamKey::ALL`] order.
    pub fn changed_keys(&self) -> Vec<ParamKey> {
        self.params.differing_keys(&self.preset.params)
    }

    /// Sets one parameter. Choosing an accelerator also takes its price, power and cloud price.
    ///
    /// ```
    /// use frontier_cost_model::chips::{ChipId, B200};
    /// use frontier_cost_model::{presets, ParamKey, Scenario, Value};
    ///
    /// let mut scenario = Scenario::from_preset(&presets::LLAMA_31_405B);
    /// scenario.set(ParamKey::Accelerator, Value::Choice("b200")).unwrap();
    /// assert_eq!(scenario.params.chip, ChipId::B200);
    /// // The chip's own price, server power and cloud price come with it.
    /// assert_eq!(scenario.params.accel_price, B200.price.get());
    /// assert_eq!(scenario.params.watts_per_accel, B200.server_watts.get());
    /// assert_eq!(scenario.params.rent_per_hour, B200.rent_per_hour.get());
    /// assert!(scenario.is_changed(ParamKey::PowerPerAccelerator));
    ///
    /// // An unknown chip is refused and changes nothing.
    /// let before = scenario;
    /// assert!(scenario.set(ParamKey::Accelerator, Value::Choice("z80")).is_err());
    /// assert_eq!(scenario, before);
    /// ```
    pub fn set(&mut self, key: ParamKey, value: Value) -> Result<(), ParamError> {
        let edition = self.edition();
        match (key, value) {
            (ParamKey::Accelerator, Value::Choice(code)) => {
                let chip = ChipId::from_code(code)
                    .filter(|chip| edition.offers(*chip))
                    .ok_or_else(|| ParamError::UnknownChoice {
                        key,
                        text: code.to_string(),
                    })?;
                self.params = self.params.with_chip(edition, chip);
                Ok(())
            }
            (ParamKey::CloudTierChoice, _) if !edition.has_tiers => Err(ParamError::NotInVersion {
                key,
                version: edition.version,
            }),
            (ParamKey::CloudTierChoice, Value::Choice(code)) => {
                let tier = CloudTier::from_code(code).ok_or_else(|| ParamError::UnknownChoice {
                    key,
                    text: code.to_string(),
                })?;
                self.params = self.params.with_tier(edition, tier);
                Ok(())
            }
            _ => self.params.set(key, value),
        }
    }

    /// The edition the scenario's preset belongs to: its chips, budgets and scale.
    pub fn edition(&self) -> &'static Edition {
        edition::get(self.preset.version).unwrap_or(&edition::V1)
    }

    /// Puts one parameter back to the preset's value.
    pub fn reset(&mut self, key: ParamKey) {
        // The preset's values are valid by construction (tested), so this cannot fail.
        let _ = self.params.set(key, self.preset.params.get(key));
    }

    /// Evaluates the current values (see [`evaluate`]).
    pub fn evaluate(&self) -> Outputs {
        evaluate(&self.params)
    }
}

/// How many scenarios can be pinned side by side.
pub const MAX_PINNED: usize = 4;
/// The longest scenario name kept.
pub const MAX_NAME_CHARS: usize = 32;

/// A scenario the reader pinned to compare with others.
#[derive(Clone, Debug, PartialEq)]
pub struct Pinned {
    /// The name shown above its column (cleaned by [`clean_name`]).
    pub name: String,
    /// The scenario as it was when pinned.
    pub scenario: Scenario,
}

/// A scenario name as kept: printable characters only (no control characters, nor the
/// bidi, zero-width and noncharacters of [`is_hidden`]), trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|&c| !c.is_control() && !is_hidden(c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        // Cutting may leave a space at the end: cleaning twice must change nothing.
        .trim_end()
        .to_string()
}

/// The first of "A", "B", "C", "D" no pinned scenario is called: short default names that
/// never collide.
pub fn default_name(pinned: &[Pinned]) -> String {
    ["A", "B", "C", "D"]
        .into_iter()
        .find(|candidate| pinned.iter().all(|p| p.name != *candidate))
        .unwrap_or("A")
        .to_string()
}

/// Every parameter changed: another choice than the preset's, or a number near its maximum
/// with 5 digits; the accelerator first (one with every precision, so that the precision can
/// change too). The widest scenario a link can say: for the length and round-trip tests of
/// the link codec and the exports (`test-support` feature, and the model's own tests).
#[cfg(any(test, feature = "test-support"))]
pub fn change_everything(scenario: &mut Scenario) {
    use super::params::Kind;
    scenario
        .set(ParamKey::Accelerator, Value::Choice("b200"))
        .expect("a catalogue chip");
    for key in ParamKey::ALL {
        if key == ParamKey::Accelerator || !scenario.edition().has_param(key) {
            continue;
        }
        let value = match key.meta().kind {
            Kind::Choice(choices) => {
                let preset = scenario.preset.params.get(key);
                let other = choices
                    .iter()
                    .rev()
                    .find(|c| Value::Choice(c.code) != preset);
                Value::Choice(other.expect("another choice").code)
            }
            Kind::Number(spec) => Value::Number(spec.max * 0.987_654_321),
        };
        scenario.set(key, value).expect("a valid value");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_a_chip_takes_its_defaults() {
        let mut scenario = Scenario::default();
        scenario
            .set(ParamKey::Accelerator, Value::Choice("b200"))
            .unwrap();
        assert_eq!(scenario.params.chip, ChipId::B200);
        assert_eq!(scenario.params.watts_per_accel, 1787.5);
        assert!(scenario.is_changed(ParamKey::Accelerator));
        assert!(scenario.is_changed(ParamKey::PowerPerAccelerator));
        assert!(scenario
            .set(ParamKey::Accelerator, Value::Choice("z80"))
            .is_err());
    }

    #[test]
    fn names_lose_spoofing_and_invisible_characters() {
        // Bidi overrides, isolates and marks; zero-width and other format characters;
        // noncharacters (which also break the SVG export's XML).
        for hidden in [
            '\u{202E}',
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
        ] {
            let name = format!("Big{hidden} run{hidden}");
            assert_eq!(clean_name(&name), "Big run", "U+{:04X}", hidden as u32);
        }
        assert_eq!(clean_name("\u{202E}gnp.exe"), "gnp.exe");
        assert_eq!(clean_name("\u{2067}\u{2069}"), "");
        // Ordinary text of every script is kept.
        for kept in ["大集群", "Größe", "مرحبا", "שלום", "😀 2", "é"] {
            assert_eq!(clean_name(kept), kept);
        }
    }

    #[test]
    fn changes_and_reset() {
        let mut scenario = Scenario::default();
        assert!(scenario.changed_keys().is_empty());
        scenario
            .set(ParamKey::ClusterSize, Value::Number(32_768.0))
            .unwrap();
        assert_eq!(scenario.changed_keys(), vec![ParamKey::ClusterSize]);
        scenario.reset(ParamKey::ClusterSize);
        assert!(scenario.changed_keys().is_empty());
    }
}
