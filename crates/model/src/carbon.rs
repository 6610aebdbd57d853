//! Carbon: the runs' energy × the grid's carbon intensity, and a reference a reader knows.
//!
//! `co2_t = energy_kWh × intensity_g_per_kWh / 1e6`, with the energy of all runs, facility
//! overhead included ([`crate::Outputs::energy_mwh`], the same whether the cluster is bought or
//! rented). Intensities are lifecycle averages of each grid's generation (Ember), not the
//! marginal emissions of a new load nor a company's market-based accounting with renewable
//! contracts.

use crate::cost::Outputs;
use crate::sources::{self, Source};
use crate::text::Text;

crate::link_codes! {
    /// A grid whose average carbon intensity the energy is charged at.
    pub enum Grid {
        /// The world average.
        World = "world",
        /// The United States.
        Us = "us",
        /// The European Union (27).
        Eu = "eu",
        /// China.
        China = "cn",
        /// France (mostly nuclear).
        France = "fr",
    }
}

/// A grid's figure: its average carbon intensity, the year of the figure and its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Intensity {
    /// Grams of CO2-equivalent per kilowatt-hour generated (lifecycle).
    pub g_per_kwh: f64,
    /// The year the figure describes.
    pub year: u16,
    /// Where it comes from.
    pub source: Source,
}

impl Grid {
    /// The grid's name.
    pub const fn label(self) -> Text {
        match self {
            Grid::World => const { Text::new("World average", "全球平均") },
            Grid::Us => const { Text::new("United States", "美国") },
            Grid::Eu => const { Text::new("European Union", "欧盟") },
            Grid::China => const { Text::new("China", "中国") },
            Grid::France => const { Text::new("France", "法国") },
        }
    }

    /// The grid's carbon intensity: Ember's 2023 figures (indicative: read through Our World
    /// in Data and Statista, [`sources::EMBER_2024`]).
    pub const fn intensity(self) -> Intensity {
        let g_per_kwh = match self {
            Grid::World => 481.0,
            Grid::Us => 369.0,
            Grid::Eu => 244.0,
            Grid::China => 582.0,
            Grid::France => 56.0,
        };
        Intensity {
            g_per_kwh,
            year: 2023,
            source: sources::EMBER_2024,
        }
    }
}

/// Tonnes of CO2e for an energy in kilowatt-hours at an intensity in grams per kilowatt-hour:
/// `energy_kWh × intensity / 1e6`.
///
/// ```
/// use frontier_cost_model::carbon::co2_t;
///
/// // 1 GWh = 1e6 kWh at 481 g/kWh: 481 t.
/// assert_eq!(co2_t(1e6, 481.0), 481.0);
/// ```
pub fn co2_t(energy_kwh: f64, g_per_kwh: f64) -> f64 {
    energy_kwh * g_per_kwh / 1e6
}

/// Tonnes of CO2e of a scenario's runs on a grid: [`Outputs::energy_mwh`] × 1,000 kWh ×
/// the grid's intensity.
pub fn co2_t_for(outputs: &Outputs, grid: Grid) -> f64 {
    co2_t(
        outputs.energy_mwh.get() * 1000.0,
        grid.intensity().g_per_kwh,
    )
}

/// One passenger's return flight London–New York: about 0.986 t of CO2 (Atmosfair via the
/// Guardian, CO2 only; [`sources::ATMOSFAIR_FLIGHT`], indicative).
pub const FLIGHT_LONDON_NEW_YORK_RETURN_T: f64 = 0.986;

/// "As many as N return flights London–New York": tonnes ÷ [`FLIGHT_LONDON_NEW_YORK_RETURN_T`].
pub fn return_flights(co2_t: f64) -> f64 {
    co2_t / FLIGHT_LONDON_NEW_YORK_RETURN_T
}

/// "{0} t CO₂e, as many as {1} return flights London–New York, one passenger each".
pub const AS_MANY_FLIGHTS: Text = Text::new(
    "{0} t CO₂e, as much as {1} passengers’ return flights London–New York",
    "{0}吨二氧化碳当量，相当于{1}人次伦敦—纽约往返航班",
);

/// The texts of this module, for the translation tests.
pub fn texts() -> Vec<Text> {
    let mut texts: Vec<Text> = Grid::ALL.iter().map(|grid| grid.label()).collect();
    texts.push(AS_MANY_FLIGHTS);
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carbon_is_energy_times_intensity() {
        for preset in crate::presets::ALL.iter().chain(&crate::presets::v2::ALL) {
            let out = crate::evaluate(&preset.params);
            for grid in Grid::ALL {
                let expected = out.energy_mwh.get() * 1000.0 * grid.intensity().g_per_kwh / 1e6;
                assert_eq!(co2_t_for(&out, grid), expected, "{} {grid:?}", preset.id);
            }
        }
    }

    #[test]
    fn hand_computed_grok_3_scale() {
        // Epoch's Grok 4 figure, 310 GWh = 310,000,000 kWh: at the world's 481 g/kWh,
        // 310e6 × 481 / 1e6 = 149,110 t; ÷ 0.986 t ≈ 151,227 return flights. On France's grid
        // (56 g/kWh): 17,360 t.
        assert!((co2_t(310e6, 481.0) - 149_110.0).abs() < 1e-6);
        assert!((return_flights(149_110.0) - 151_227.18).abs() < 0.01);
        assert!((co2_t(310e6, Grid::France.intensity().g_per_kwh) - 17_360.0).abs() < 1e-6);
    }

    #[test]
    fn the_engine_texts_are_bilingual_and_distinct_from_the_page_s() {
        let engine = crate::engine_texts();
        let all = crate::all_texts();
        for text in &engine {
            assert!(
                !text.en.is_empty() && crate::text::has_cjk(text.zh()),
                "{}",
                text.en
            );
            // Chaining them into `all_texts` later must not merge two different English texts.
            for other in engine.iter().chain(&all) {
                assert!(
                    other.zh() != text.zh() || other.en == text.en,
                    "{}",
                    text.en
                );
            }
        }
    }

    #[test]
    fn grids_are_sourced_and_ordered_sensibly() {
        for grid in Grid::ALL {
            let i = grid.intensity();
            assert!(i.g_per_kwh > 0.0 && i.year >= 2020);
            assert!(crate::sources::by_id(i.source.id).is_some());
            assert_eq!(Grid::from_code(grid.code()), Some(grid));
        }
        assert!(Grid::France.intensity().g_per_kwh < Grid::Eu.intensity().g_per_kwh);
        assert!(Grid::China.intensity().g_per_kwh > Grid::World.intensity().g_per_kwh);
        for text in texts() {
            assert!(crate::text::has_cjk(text.zh()), "{}", text.en);
        }
    }
}
