//! Editions: what each schema version freezes — its presets, the chips it offers and their dated
//! defaults, its reference budgets and the barrier scale — so that a link of any released
//! version shows what it showed, while new links use the latest figures.

use super::barrier::{self, Budget, Level};
use super::chips::ChipId;
use super::params::{CloudTier, ParamKey, Params};
use super::presets::{self, Preset};
use super::sources::Source;
use super::text::Text;
use super::units::{Usd, Watts};

/// The figures of one schema version.
#[derive(Debug, PartialEq)]
pub struct Edition {
    /// The schema version (`v=`).
    pub version: u32,
    /// When its figures were gathered, as the notice says it: `2024–25`, `2026-11`.
    pub as_of: &'static str,
    /// Its presets, in the picker's order; the first opens the page.
    pub presets: &'static [Preset],
    /// The chips it offers, in the picker's order.
    pub chips: &'static [ChipId],
    /// Its reference budgets, smallest first.
    pub budgets: &'static [Budget],
    /// Its five-step barrier scale.
    pub levels: &'static [Level; 5],
    /// A year of the largest single company's capital spending: the trajectory's "beyond one
    /// company" line and the scale's last boundary.
    pub largest_company_year: Usd,
    /// Whether chips carry cloud prices by contract tier (`tier`).
    pub has_tiers: bool,
}

/// Version 1: figures of 2024 and mid-2025, frozen since links of it were shared.
pub static V1: Edition = Edition {
    version: 1,
    as_of: "2025-06",
    presets: &presets::ALL,
    chips: &[
        ChipId::A100,
        ChipId::H100,
        ChipId::H800,
        ChipId::H200,
        ChipId::B200,
        ChipId::Mi300x,
        ChipId::TpuV5p,
    ],
    budgets: &barrier::BUDGETS,
    levels: &barrier::LEVELS,
    largest_company_year: barrier::LARGEST_COMPANY_YEAR,
    has_tiers: false,
};

/// Version 2: figures of late 2026 and Epoch AI's amortisation method by default.
pub static V2: Edition = Edition {
    version: 2,
    as_of: "2026-11",
    presets: &presets::v2::ALL,
    // Grouped by vendor and generation (each chip's `family`), oldest first within a group.
    chips: &[
        ChipId::A100,
        ChipId::H100,
        ChipId::H800,
        ChipId::H200,
        ChipId::H20,
        ChipId::B200,
        ChipId::B300,
        ChipId::Gb200,
        ChipId::Gb300,
        ChipId::Mi300x,
        ChipId::Mi325x,
        ChipId::Mi355x,
        ChipId::TpuV5p,
        ChipId::TpuV6e,
        ChipId::Tpu7x,
        ChipId::Trainium2,
        ChipId::Ascend910c,
    ],
    budgets: &barrier::v2::BUDGETS,
    levels: &barrier::v2::LEVELS,
    largest_company_year: barrier::v2::LARGEST_COMPANY_YEAR,
    has_tiers: true,
};

/// Every edition, oldest first: `EDITIONS[v - 1]` is version `v`'s.
pub static EDITIONS: [&Edition; 2] = [&V1, &V2];

/// The version new links are written in.
pub const LATEST_VERSION: u32 = EDITIONS.len() as u32;

/// The latest edition.
pub fn latest() -> &'static Edition {
    EDITIONS[EDITIONS.len() - 1]
}

/// The edition of a schema version, if it is released.
pub fn get(version: u32) -> Option<&'static Edition> {
    EDITIONS.get(version.checked_sub(1)? as usize).copied()
}

/// What choosing a chip sets under an edition: its price, server power, average load (where
/// the edition has one per chip) and cloud price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChipDefaults {
    /// Purchase price per accelerator.
    pub price: Usd,
    /// Server-level power per accelerator.
    pub server_watts: Watts,
    /// Average load, when the edition sets one per chip family.
    pub load_factor: Option<f64>,
    /// Cloud price per accelerator-hour at the tier in force.
    pub rent_per_hour: Usd,
}

impl Edition {
    /// The edition's preset with this link id (any case, spaces around ignored).
    pub fn preset(&self, id: &str) -> Option<&'static Preset> {
        self.presets
            .iter()
            .find(|preset| preset.id.eq_ignore_ascii_case(id.trim()))
    }

    /// The preset the page opens on.
    pub fn default_preset(&self) -> &'static Preset {
        &self.presets[0]
    }

    /// Whether the edition offers a chip.
    pub fn offers(&self, chip: ChipId) -> bool {
        self.chips.contains(&chip)
    }

    /// Whether a parameter exists in this edition's links and page (`tier` from version 2).
    pub fn has_param(&self, key: ParamKey) -> bool {
        key != ParamKey::CloudTierChoice || self.has_tiers
    }

    /// A chip's defaults under this edition, the cloud price at `tier`.
    pub fn chip_defaults(&self, chip: ChipId, tier: CloudTier) -> ChipDefaults {
        let spec = chip.spec();
        if self.version == 1 {
            return ChipDefaults {
                price: spec.price,
                server_watts: spec.server_watts,
                load_factor: None,
                rent_per_hour: spec.rent_per_hour,
            };
        }
        let figures = &spec.late_2026;
        ChipDefaults {
            price: figures.price,
            server_watts: figures.server_watts,
            load_factor: Some(figures.load_factor),
            rent_per_hour: figures.cloud.get(tier),
        }
    }

    /// The note shown beside a chip under this edition: its figures and where they come from.
    pub fn chip_note(&self, chip: ChipId) -> Text {
        let spec = chip.spec();
        if self.version == 1 {
            spec.note
        } else {
            spec.late_2026.note
        }
    }

    /// Where a chip's defaults under this edition come from (each source carries its date).
    pub fn chip_sources(&self, chip: ChipId) -> &'static [Source] {
        let spec = chip.spec();
        if self.version == 1 {
            spec.sources
        } else {
            spec.late_2026.sources
        }
    }

    /// A level of the scale for a capital required (see [`barrier::level_for`]).
    pub fn level_for(&self, capital: Usd) -> u8 {
        barrier::level_for_in(self.levels, capital)
    }

    /// Whether a set of parameters is what this edition's page can produce (the chip offered).
    pub fn admits(&self, params: &Params) -> bool {
        self.offers(params.chip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_index_editions() {
        for (i, edition) in EDITIONS.iter().enumerate() {
            assert_eq!(edition.version as usize, i + 1);
            assert_eq!(get(edition.version), Some(*edition));
            for preset in edition.presets {
                assert_eq!(preset.version, edition.version, "{}", preset.id);
                assert!(edition.offers(preset.params.chip), "{}", preset.id);
            }
        }
        assert_eq!(get(0), None);
        assert_eq!(get(LATEST_VERSION + 1), None);
        assert_eq!(latest().version, LATEST_VERSION);
    }

    #[test]
    fn later_editions_offer_every_earlier_chip_and_preset() {
        for pair in EDITIONS.windows(2) {
            for chip in pair[0].chips {
                assert!(pair[1].offers(*chip), "{chip:?}");
            }
            for preset in pair[0].presets {
                assert!(pair[1].preset(preset.id).is_some(), "{}", preset.id);
            }
        }
    }

    #[test]
    fn version_2_offers_every_chip_grouped_by_family() {
        assert_eq!(V2.chips.len(), ChipId::ALL.len());
        for chip in ChipId::ALL {
            assert!(V2.offers(chip), "{chip:?}");
        }
        // A family appears as one run, so the picker shows it as one group.
        let mut seen: Vec<&str> = Vec::new();
        for pair in V2.chips.windows(2) {
            let (a, b) = (pair[0].spec().family.en, pair[1].spec().family.en);
            if a != b {
                seen.push(a);
                assert!(!seen.contains(&b), "{b} is split");
            }
        }
    }

    #[test]
    fn version_2_chip_defaults_take_the_tier_and_the_family_load() {
        use crate::chips::{H100, TPU_V6E};
        let tpu = V2.chip_defaults(ChipId::TpuV6e, CloudTier::OneYear);
        assert_eq!(tpu.load_factor, Some(0.43));
        assert_eq!(tpu.rent_per_hour, TPU_V6E.late_2026.cloud.one_year);
        let gpu = V2.chip_defaults(ChipId::H100, CloudTier::ThreeYear);
        assert_eq!(gpu.load_factor, Some(0.75));
        assert_eq!(gpu.rent_per_hour, H100.late_2026.cloud.three_year);
        // Version 1 keeps the frozen figures and sets no load.
        let v1 = V1.chip_defaults(ChipId::H100, CloudTier::ThreeYear);
        assert_eq!(
            (v1.price, v1.server_watts, v1.rent_per_hour, v1.load_factor),
            (Usd(30_000.0), Watts(1275.0), Usd(2.0), None)
        );
    }

    #[test]
    fn with_chip_sets_the_tpu_load_in_version_2_only() {
        let base = V2.default_preset().params.with_chip(&V2, ChipId::H100);
        assert_eq!(base.load_factor, 0.75);
        let tpu = base.with_chip(&V2, ChipId::Tpu7x);
        assert_eq!(tpu.load_factor, 0.43);
        assert_eq!(
            tpu.watts_per_accel,
            crate::params::round_significant(980.0 * 1.56)
        );
        // Back to a GPU, back to the GPUs' load.
        assert_eq!(tpu.with_chip(&V2, ChipId::B200).load_factor, 0.75);
        let v1 = presets::ALL[0].params;
        assert_eq!(
            v1.with_chip(&V1, ChipId::TpuV5p).load_factor,
            v1.load_factor
        );
    }
}
