//! The evaluation: from parameters to compute, time, energy and every cost line.

use super::params::{Depreciation, Facility, Mode, Params, TimeBasis};
use super::text::Text;
use super::units::{
    Flop, FlopPerSecond, Hours, MegawattHours, Usd, Watts, HOURS_PER_JULIAN_YEAR, HOURS_PER_MONTH,
    HOURS_PER_YEAR,
};

crate::link_codes! {
    /// The five cost lines of the total, in the order the breakdown shows them.
    pub enum CostLine {
        /// Licensed data, transcription and human annotation.
        Data = "data",
        /// Accelerators: the used share of bought hardware, or the rent paid.
        Compute = "compute",
        /// Electricity for the runs (zero when renting: it is in the cloud price).
        Energy = "energy",
        /// The data centre: the used share of a built one, or colocation rent (zero when renting).
        Facility = "facility",
        /// The team's salaries over the programme.
        Staff = "staff",
    }
}

impl CostLine {
    /// The line's cost, as an output.
    pub const fn out_key(self) -> OutKey {
        match self {
            CostLine::Data => OutKey::CostData,
            CostLine::Compute => OutKey::CostCompute,
            CostLine::Energy => OutKey::CostEnergy,
            CostLine::Facility => OutKey::CostFacility,
            CostLine::Staff => OutKey::CostStaff,
        }
    }

    /// The line's name: its cost's ([`OutKey::label`]).
    pub const fn label(self) -> Text {
        self.out_key().label()
    }
}

/// Something in the inputs the reader should know about; the numbers are still computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Warning {
    /// The cluster is busy longer than the programme lasts.
    ClusterBusierThanProgramme {
        /// Months the cluster is busy with all runs.
        busy_months: f64,
        /// Months the programme lasts (the `months` parameter).
        programme_months: f64,
    },
    /// The FLOP shown is implied by published hours and utilisation, not 6 × N × D.
    FlopImpliedByHours,
    /// Given FLOP and published hours disagree by more than a factor of two.
    HoursDisagreeWithFlop {
        /// The utilisation (fraction 0–1 of peak) that the given FLOP and hours imply.
        implied_mfu: f64,
    },
}

/// Everything the model computes for one scenario. Money in US dollars.
#[derive(Clone, Debug, PartialEq)]
pub struct Outputs {
    /// The development cost: the sum of the five cost lines.
    pub total: Usd,
    /// Cash committed to do it at all: when buying, the whole cluster and facility up front plus
    /// energy, data and team; when renting, the total.
    pub capital: Usd,
    /// The data line: licences, transcription and annotation.
    pub cost_data: Usd,
    /// The compute line: the used share of bought accelerators, or the rent.
    pub cost_compute: Usd,
    /// The energy line: electricity for all runs (zero when renting).
    pub cost_energy: Usd,
    /// The data-centre line: the used share of a built facility, or colocation rent (zero when
    /// renting).
    pub cost_facility: Usd,
    /// The team line: staff × salary × years of the programme.
    pub cost_staff: Usd,
    /// Compute and energy of the final run alone.
    pub cost_final_run: Usd,
    /// The final run at cloud prices, whether the cluster is bought or rented: its
    /// accelerator-hours × the scenario's cloud price per accelerator-hour (`rent`, the chip's
    /// price at the chosen contract tier unless typed). The compute cost New York's RAISE Act
    /// counts, and the basis of the rules and catch-up estimates ([`crate::rules`],
    /// [`crate::catchup`]). Not (yet) a `data-out` name: no [`OutKey`] of its own.
    pub cost_final_run_cloud: Usd,
    /// Compute of the final training run, in FLOP.
    pub flop_final: Flop,
    /// Compute of all runs (the final run × the experiment factor), in FLOP.
    pub flop_total: Flop,
    /// Accelerator-hours of the final run.
    pub accel_hours_final: Hours,
    /// Accelerator-hours of all runs.
    pub accel_hours: Hours,
    /// Wall-clock days of the final run on the whole cluster.
    pub days_final: f64,
    /// Wall-clock months the cluster is busy with all runs.
    pub busy_months: f64,
    /// Electrical energy of all runs, facility overhead (PUE) included.
    pub energy_mwh: MegawattHours,
    /// Facility power: IT load at peak times PUE.
    pub power_mw: f64,
    /// Up-front purchases, shown in the capital breakdown.
    pub hardware_capex: Usd,
    /// The cost of building the data centre (zero for colocation or renting).
    pub facility_capex: Usd,
    /// Licensed data alone (part of `cost_data`).
    pub cost_licences: Usd,
    /// What the reader should know about the inputs, in the order found.
    pub warnings: Vec<Warning>,
}

/// Evaluates the model. Every valid [`Params`] gives finite, non-negative outputs.
///
/// ```
/// use frontier_cost_model::units::Usd;
/// use frontier_cost_model::{evaluate, presets, CostLine};
///
/// let out = evaluate(&presets::LLAMA_31_405B.params);
/// // The total is the sum of its five lines.
/// let sum: Usd = CostLine::ALL.iter().map(|line| out.cost(*line)).sum();
/// assert_eq!(out.total, sum);
/// assert!(out.cost_compute > Usd::ZERO && out.cost_staff > Usd::ZERO);
/// // The preset's published compute, 3.8e25 FLOP, is the final run's.
/// assert_eq!(out.flop_final.get(), 3.8e25);
/// assert!(out.flop_total > out.flop_final);
/// // Meta owns its cluster: buying it needs more capital than the share the model uses.
/// assert!(out.capital > out.total);
/// ```
pub fn evaluate(params: &Params) -> Outputs {
    let p = params;
    let chip = p.chip.spec();
    // Utilisation is measured against the dense peak at the training precision (a valid
    // state never pairs a chip with a precision it lacks; BF16 is every chip's).
    let peak = chip.peak(p.precision).unwrap_or(chip.peak_bf16);
    let sustained = FlopPerSecond(peak.get() * p.mfu);
    let mut warnings = Vec::new();

    // Compute and accelerator time of the final run.
    let flop_from_size = Flop(6.0 * p.params_b * 1e9 * p.tokens_t * 1e12);
    let flop_given = p.flop_override.map(Flop);
    let (flop_final, accel_hours_final) = match p.hours_override {
        Some(hours) => {
            let hours = Hours(hours);
            let implied = sustained.over(hours);
            warnings.push(Warning::FlopImpliedByHours);
            if let Some(given) = flop_given {
                let ratio = given / implied;
                if !(0.5..=2.0).contains(&ratio) {
                    warnings.push(Warning::HoursDisagreeWithFlop {
                        implied_mfu: given.get() / peak.over(hours).get(),
                    });
                }
            }
            (implied, hours)
        }
        None => {
            let flop = flop_given.unwrap_or(flop_from_size);
            (flop, flop.hours_at(sustained))
        }
    };
    let flop_total = flop_final * p.experiment_factor;
    let accel_hours = accel_hours_final * p.experiment_factor;
    let days_final = accel_hours_final.get() / p.accelerators / 24.0;
    let busy_months = accel_hours.get() / p.accelerators / HOURS_PER_MONTH;
    if busy_months > p.months {
        warnings.push(Warning::ClusterBusierThanProgramme {
            busy_months,
            programme_months: p.months,
        });
    }

    // Physical power and energy: the same whether the cluster is bought or rented.
    let it_power = Watts(p.accelerators * p.watts_per_accel);
    let power_mw = it_power.megawatts() * p.pue;
    let energy_per_accel_hour = Watts(p.watts_per_accel * p.load_factor * p.pue);
    let energy_mwh = energy_per_accel_hour.over(accel_hours);
    let years = p.months / 12.0;

    // Compute, energy and facility depend on buying or renting.
    let (hardware_capex, cost_compute, cost_energy, final_run_hardware, final_run_energy);
    // `facility_cash`: what the facility takes in cash over the programme, whatever share of
    // it the model is charged.
    let (facility_capex, cost_facility, facility_cash);
    // The accelerator-hours charged: those the runs use, or the whole cluster for the whole
    // programme when it is reserved for it.
    let programme_hours = p.accelerators * p.months * HOURS_PER_MONTH;
    let charged_hours = match p.time_basis {
        TimeBasis::Use | TimeBasis::V1 => accel_hours.get(),
        // Reserved for the programme, or for as long as the runs take when that is longer.
        TimeBasis::Dedicated => programme_hours.max(accel_hours.get()),
    };
    match p.mode {
        Mode::Buy => {
            hardware_capex = Usd(p.accelerators * p.accel_price * p.system_factor);
            let per_accel_hour = hardware_per_accel_hour(p, hardware_capex / p.accelerators);
            cost_compute = per_accel_hour * charged_hours;
            final_run_hardware = per_accel_hour * accel_hours_final.get();
            cost_energy = energy_mwh.cost_at(p.usd_per_kwh);
            final_run_energy = energy_per_accel_hour
                .over(accel_hours_final)
                .cost_at(p.usd_per_kwh);
            // The facility for the whole cluster and programme; with `use`, the share of it
            // the runs' accelerator-time takes.
            let whole_programme = match p.facility {
                Facility::Build => {
                    facility_capex = Usd(it_power.megawatts() * p.facility_capex_per_mw);
                    facility_capex * (years / p.facility_life_years)
                }
                Facility::Colo => {
                    facility_capex = Usd::ZERO;
                    Usd(it_power.get() / 1000.0 * p.colo_per_kw_month * p.months)
                }
            };
            facility_cash = whole_programme;
            cost_facility = match p.time_basis {
                TimeBasis::Use => whole_programme * (accel_hours.get() / programme_hours),
                TimeBasis::Dedicated | TimeBasis::V1 => whole_programme,
            };
        }
        Mode::Rent => {
            hardware_capex = Usd::ZERO;
            cost_compute = Usd(charged_hours * p.rent_per_hour);
            final_run_hardware = Usd(accel_hours_final.get() * p.rent_per_hour);
            // Energy and facility are in the cloud price.
            cost_energy = Usd::ZERO;
            final_run_energy = Usd::ZERO;
            facility_capex = Usd::ZERO;
            cost_facility = Usd::ZERO;
            facility_cash = Usd::ZERO;
        }
    }

    let cost_licences = Usd(p.licence_per_year * years);
    let cost_data = cost_licences
        + Usd(p.transcribed_hours * p.cost_per_transcribed_hour)
        + Usd(p.annotations * p.cost_per_annotation);
    let cost_staff = Usd(p.staff * p.salary * years);

    let total = cost_data + cost_compute + cost_energy + cost_facility + cost_staff;
    // Cash committed to do it at all: buying means paying for the whole cluster and
    // facility up front, not just the share this model uses.
    let capital = match p.mode {
        Mode::Buy => {
            let facility_cash = match p.facility {
                Facility::Build => facility_capex,
                Facility::Colo => facility_cash,
            };
            hardware_capex + facility_cash + cost_energy + cost_data + cost_staff
        }
        Mode::Rent => total,
    };

    Outputs {
        total,
        capital,
        cost_data,
        cost_compute,
        cost_energy,
        cost_facility,
        cost_staff,
        cost_final_run: final_run_hardware + final_run_energy,
        cost_final_run_cloud: final_run_cloud_cost(p, accel_hours_final),
        flop_final,
        flop_total,
        accel_hours_final,
        accel_hours,
        days_final,
        busy_months,
        energy_mwh,
        power_mw,
        hardware_capex,
        facility_capex,
        cost_licences,
        warnings,
    }
}

/// The final run's cost at cloud prices whatever the buy/rent choice: its accelerator-hours ×
/// the cloud price per accelerator-hour of the scenario (`rent_per_hour`, which choosing a chip
/// and a contract tier sets, and which a typed price overrides). When renting it is the final
/// run's cost ([`Outputs::cost_final_run`]); when buying, what renting the same hours would cost.
///
/// ```
/// use frontier_cost_model::units::Hours;
/// use frontier_cost_model::{cost::final_run_cloud_cost, presets};
///
/// let mut params = presets::LLAMA_31_405B.params;
/// params.rent_per_hour = 2.0;
/// // 1,000,000 accelerator-hours at $2 an hour: $2M.
/// assert_eq!(final_run_cloud_cost(&params, Hours(1e6)).get(), 2e6);
/// ```
pub fn final_run_cloud_cost(params: &Params, accel_hours_final: Hours) -> Usd {
    Usd(accel_hours_final.get() * params.rent_per_hour)
}

/// What one accelerator-hour of bought hardware costs the model, for hardware worth
/// `capex_per_accel` (the accelerator and its share of servers and interconnect).
///
/// - Price-performance (Epoch AI's method): the value at the start of training,
///   `capex × 10^(−prog × age)`, charged at `prog × ln 10` of it a year over 8,766 hours.
/// - Accounting life: `capex` spread evenly over `life` years of 8,760 hours (version 1).
pub fn hardware_per_accel_hour(params: &Params, capex_per_accel: Usd) -> Usd {
    match params.depreciation {
        Depreciation::Progress => {
            let rate = params.progress_ooms_per_year * core::f64::consts::LN_10;
            let value = capex_per_accel
                * (-params.progress_ooms_per_year
                    * params.hardware_age_years
                    * core::f64::consts::LN_10)
                    .exp();
            value * (rate / HOURS_PER_JULIAN_YEAR)
        }
        Depreciation::Life => capex_per_accel / (params.hw_life_years * HOURS_PER_YEAR),
    }
}

crate::link_codes! {
    /// The name of each number the page shows (`data-out`): part of the public format.
    pub enum OutKey {
        /// The development cost (US dollars).
        Total = "total",
        /// The capital required (US dollars).
        Capital = "capital",
        /// The data line (US dollars).
        CostData = "cost_data",
        /// The compute line (US dollars).
        CostCompute = "cost_compute",
        /// The energy line (US dollars).
        CostEnergy = "cost_energy",
        /// The data-centre line (US dollars).
        CostFacility = "cost_facility",
        /// The team line (US dollars).
        CostStaff = "cost_staff",
        /// Compute and energy of the final run alone (US dollars).
        CostFinalRun = "cost_final_run",
        /// Compute of the final run (FLOP).
        FlopFinal = "flop_final",
        /// Compute of all runs (FLOP).
        FlopTotal = "flop_total",
        /// Accelerator-hours of the final run.
        AccelHoursFinal = "accel_hours_final",
        /// Accelerator-hours of all runs.
        AccelHours = "accel_hours",
        /// Wall-clock days of the final run on the whole cluster.
        DaysFinal = "days_final",
        /// Energy of all runs (megawatt-hours).
        EnergyMwh = "energy_mwh",
        /// Facility power (megawatts).
        PowerMw = "power_mw",
        /// The data line's share of the total (fraction 0–1).
        ShareData = "share_data",
        /// The compute line's share of the total (fraction 0–1).
        ShareCompute = "share_compute",
        /// The energy line's share of the total (fraction 0–1).
        ShareEnergy = "share_energy",
        /// The data-centre line's share of the total (fraction 0–1).
        ShareFacility = "share_facility",
        /// The team line's share of the total (fraction 0–1).
        ShareStaff = "share_staff",
    }
}

impl OutKey {
    /// True for the outputs in US dollars (the total, capital and cost lines), which are shown in
    /// the display currency.
    pub const fn is_money(self) -> bool {
        matches!(
            self,
            OutKey::Total
                | OutKey::Capital
                | OutKey::CostData
                | OutKey::CostCompute
                | OutKey::CostEnergy
                | OutKey::CostFacility
                | OutKey::CostStaff
                | OutKey::CostFinalRun
        )
    }

    /// The name the page, its exports and its summary give this number: the one source of
    /// these labels (the cost lines' too).
    pub const fn label(self) -> Text {
        match self {
            OutKey::Total => const { Text::new("Total development cost", "总开发成本") },
            OutKey::Capital => const { Text::new("Capital required", "所需资本") },
            OutKey::CostData => const { Text::new("Data", "数据") },
            OutKey::CostCompute => const { Text::new("Compute", "算力") },
            OutKey::CostEnergy => const { Text::new("Energy", "电力") },
            OutKey::CostFacility => const { Text::new("Data centre", "数据中心") },
            OutKey::CostStaff => const { Text::new("Team", "团队") },
            OutKey::CostFinalRun => const { Text::new("Final training run", "最终训练成本") },
            OutKey::FlopFinal => const { Text::new("Final-run compute", "最终训练算力") },
            OutKey::FlopTotal => const { Text::new("Total compute", "总算力") },
            OutKey::AccelHoursFinal => {
                const { Text::new("Final-run accelerator-hours", "最终训练卡时") }
            }
            OutKey::AccelHours => const { Text::new("Total accelerator-hours", "总卡时") },
            OutKey::DaysFinal => const { Text::new("Final run on the cluster", "最终训练耗时") },
            OutKey::EnergyMwh => const { Text::new("Energy", "耗电量") },
            OutKey::PowerMw => const { Text::new("Facility power", "设施功率") },
            OutKey::ShareData => const { Text::new("Data share", "数据占比") },
            OutKey::ShareCompute => const { Text::new("Compute share", "算力占比") },
            OutKey::ShareEnergy => const { Text::new("Energy share", "电力占比") },
            OutKey::ShareFacility => const { Text::new("Data-centre share", "数据中心占比") },
            OutKey::ShareStaff => const { Text::new("Team share", "团队占比") },
        }
    }
}

impl Outputs {
    /// The amount of one cost line.
    pub fn cost(&self, line: CostLine) -> Usd {
        match line {
            CostLine::Data => self.cost_data,
            CostLine::Compute => self.cost_compute,
            CostLine::Energy => self.cost_energy,
            CostLine::Facility => self.cost_facility,
            CostLine::Staff => self.cost_staff,
        }
    }

    /// A line's share of the total, 0 when the total is 0.
    pub fn share(&self, line: CostLine) -> f64 {
        if self.total.get() > 0.0 {
            self.cost(line) / self.total
        } else {
            0.0
        }
    }

    /// The raw number behind a `data-out` name (US dollars for money).
    pub fn value(&self, key: OutKey) -> f64 {
        match key {
            OutKey::Total => self.total.get(),
            OutKey::Capital => self.capital.get(),
            OutKey::CostData => self.cost_data.get(),
            OutKey::CostCompute => self.cost_compute.get(),
            OutKey::CostEnergy => self.cost_energy.get(),
            OutKey::CostFacility => self.cost_facility.get(),
            OutKey::CostStaff => self.cost_staff.get(),
            OutKey::CostFinalRun => self.cost_final_run.get(),
            OutKey::FlopFinal => self.flop_final.get(),
            OutKey::FlopTotal => self.flop_total.get(),
            OutKey::AccelHoursFinal => self.accel_hours_final.get(),
            OutKey::AccelHours => self.accel_hours.get(),
            OutKey::DaysFinal => self.days_final,
            OutKey::EnergyMwh => self.energy_mwh.get(),
            OutKey::PowerMw => self.power_mw,
            OutKey::ShareData => self.share(CostLine::Data),
            OutKey::ShareCompute => self.share(CostLine::Compute),
            OutKey::ShareEnergy => self.share(CostLine::Energy),
            OutKey::ShareFacility => self.share(CostLine::Facility),
            OutKey::ShareStaff => self.share(CostLine::Staff),
        }
    }

    /// The cost attributed to one group of inputs, shown in the group's header. The groups
    /// with a cost partition the total; training has none of its own (its size drives the
    /// compute line), so the page shows its compute instead.
    pub fn group_subtotal(&self, group: super::params::Group) -> Option<Usd> {
        use super::params::Group;
        match group {
            Group::Data => Some(self.cost_data),
            Group::Training => None,
            Group::Chips => Some(self.cost_compute),
            Group::DataCentre => Some(self.cost_energy + self.cost_facility),
            Group::Team => Some(self.cost_staff),
        }
    }
}
