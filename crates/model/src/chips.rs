//! The accelerator catalogue: dense BF16 peak, server-level power, price and cloud price, sourced.

use super::params::{CloudTier, Precision};
use super::sources::{self, Source};
use super::text::Text;
use super::units::{FlopPerSecond, Usd, Watts};

crate::link_codes! {
    /// An accelerator's stable id, also its link value.
    pub enum ChipId {
        /// NVIDIA A100 SXM (2020).
        A100 = "a100",
        /// NVIDIA H100 SXM (2022).
        H100 = "h100",
        /// NVIDIA H800 SXM (2023), the export variant of the H100.
        H800 = "h800",
        /// NVIDIA H200 SXM (2024).
        H200 = "h200",
        /// NVIDIA B200 (2025).
        B200 = "b200",
        /// AMD Instinct MI300X (2023).
        Mi300x = "mi300x",
        /// Google TPU v5p (2023), rented only, never sold.
        TpuV5p = "tpu-v5p",
        /// NVIDIA GB200 in an NVL72 rack (2025), per GPU.
        Gb200 = "gb200",
        /// NVIDIA GB300 in an NVL72 rack (2025), per GPU.
        Gb300 = "gb300",
        /// NVIDIA B300 (HGX, 2025).
        B300 = "b300",
        /// AMD Instinct MI325X (2024).
        Mi325x = "mi325x",
        /// AMD Instinct MI355X (2025).
        Mi355x = "mi355x",
        /// Google TPU v6e, Trillium (2024), rented only.
        TpuV6e = "tpu-v6e",
        /// Google TPU7x, Ironwood (2025), rented only.
        Tpu7x = "tpu7x",
        /// AWS Trainium2 (2024), rented only.
        Trainium2 = "trainium2",
        /// NVIDIA H20 (2024), the export-compliant Hopper for China.
        H20 = "h20",
        /// Huawei Ascend 910C (2025).
        Ascend910c = "ascend-910c",
    }
}

/// What the model needs to know of an accelerator, with where each figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Chip {
    /// The chip's id, whose [`ChipId::spec`] is this entry.
    pub id: ChipId,
    /// The vendor's product name, as shown to the reader.
    pub name: &'static str,
    /// The year the chip became available.
    pub year: u16,
    /// Dense (no sparsity) peak at BF16: vendors' headline figures often double this.
    pub peak_bf16: FlopPerSecond,
    /// Dense peak at FP8, when the chip has FP8 tensor cores (never a sparsity figure).
    pub peak_fp8: Option<FlopPerSecond>,
    /// Dense peak at FP4, when the chip has FP4 tensor cores (never a sparsity figure).
    pub peak_fp4: Option<FlopPerSecond>,
    /// The chip's own rated power.
    pub tdp: Watts,
    /// Peak power per accelerator including its share of the server and network.
    pub server_watts: Watts,
    /// Purchase price per accelerator, in US dollars (indicative: vendors publish no list prices).
    pub price: Usd,
    /// Cloud price per accelerator-hour, energy and facility included.
    pub rent_per_hour: Usd,
    /// Where the figures come from.
    pub sources: &'static [Source],
    /// A note for the reader explaining the figures and their sources.
    pub note: Text,
    /// The figures of schema version 2 (late 2026); the fields above are version 1's, frozen.
    pub late_2026: ChipFigures,
}

/// A chip's cloud prices per accelerator-hour by contract: on demand, one year, three years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CloudPrices {
    /// On demand, no commitment.
    pub on_demand: Usd,
    /// On a one-year commitment.
    pub one_year: Usd,
    /// On a three-year commitment.
    pub three_year: Usd,
}

impl CloudPrices {
    /// The price of a contract tier.
    pub const fn get(&self, tier: CloudTier) -> Usd {
        match tier {
            CloudTier::OnDemand => self.on_demand,
            CloudTier::OneYear => self.one_year,
            CloudTier::ThreeYear => self.three_year,
        }
    }
}

/// A chip's dated defaults of one schema version: what choosing the chip sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChipFigures {
    /// Purchase price per accelerator alone (no server), or a sourced equivalent.
    pub price: Usd,
    /// Peak power per accelerator including its share of the server and network.
    pub server_watts: Watts,
    /// Average draw ÷ server-level peak during training (Epoch: GPUs 0.75; TPUs 0.43).
    pub load_factor: f64,
    /// Cloud prices by contract.
    pub cloud: CloudPrices,
    /// When the figures were gathered: `2026-06`.
    pub as_of: &'static str,
    /// Where the figures come from.
    pub sources: &'static [Source],
    /// A note for the reader explaining the figures and their sources.
    pub note: Text,
}

impl Chip {
    /// The dense peak at a precision, `None` when the chip has no tensor cores for it.
    pub const fn peak(&self, precision: Precision) -> Option<FlopPerSecond> {
        match precision {
            Precision::Bf16 => Some(self.peak_bf16),
            Precision::Fp8 => self.peak_fp8,
            Precision::Fp4 => self.peak_fp4,
        }
    }

    /// The precisions the chip trains in, as datasheets name them: `BF16, FP8`.
    pub fn precisions(&self) -> String {
        self.precisions_joined(", ")
    }

    /// The same with another separator (Chinese lists take `、`).
    pub fn precisions_joined(&self, separator: &str) -> String {
        Precision::ALL
            .into_iter()
            .filter(|precision| self.peak(*precision).is_some())
            .map(Precision::name)
            .collect::<Vec<_>>()
            .join(separator)
    }
}

impl ChipId {
    /// The catalogue entry for this chip.
    pub const fn spec(self) -> &'static Chip {
        match self {
            ChipId::A100 => &A100,
            ChipId::H100 => &H100,
            ChipId::H800 => &H800,
            ChipId::H200 => &H200,
            ChipId::B200 => &B200,
            ChipId::Mi300x => &MI300X,
            ChipId::TpuV5p => &TPU_V5P,
            ChipId::Gb200 => &GB200,
            ChipId::Gb300 => &GB300,
            ChipId::B300 => &B300,
            ChipId::Mi325x => &MI325X,
            ChipId::Mi355x => &MI355X,
            ChipId::TpuV6e => &TPU_V6E,
            ChipId::Tpu7x => &TPU7X,
            ChipId::Trainium2 => &TRAINIUM2,
            ChipId::H20 => &H20,
            ChipId::Ascend910c => &ASCEND_910C,
        }
    }
}

/// DGX H100: 10.2 kW for 8 GPUs = 1,275 W per GPU, 1.82× the GPU's 700 W. Used to estimate
/// server-level power where a vendor publishes only the chip's.
const SERVER_OVERHEAD: f64 = 1275.0 / 700.0;

/// Placeholder while version 2's chip notes are written.
const NOTE_TO_WRITE: Text = Text::new("", "");

/// NVIDIA A100 SXM: 312 TFLOP/s dense BF16, 812.5 W at server level.
pub const A100: Chip = Chip {
    id: ChipId::A100,
    name: "NVIDIA A100 SXM",
    year: 2020,
    peak_bf16: FlopPerSecond(312e12),
    peak_fp8: None,
    peak_fp4: None,
    tdp: Watts(400.0),
    server_watts: Watts(812.5),
    price: Usd(15_000.0),
    rent_per_hour: Usd(1.5),
    sources: &[sources::NVIDIA_A100, sources::EPOCH_CODE, sources::CLOUD_PRICES],
    note: Text::new(
        "312 TFLOP/s dense BF16; DGX A100 draws 6.5 kW for 8 GPUs (812.5 W each). Price about $10,000–$15,000 (indicative); cloud about $1.50 an hour in 2025 (indicative).",
        "稠密BF16算力312 TFLOP/s；DGX A100整机8卡6.5千瓦（每卡812.5瓦）。单价约1万至1.5万美元（参考值）；2025年云端租价约每小时1.5美元（参考值）。",
    ),    late_2026: ChipFigures {
        price: Usd(15_000.0),
        server_watts: Watts(812.5),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(1.5),
            one_year: Usd(1.5),
            three_year: Usd(1.5),
        },
        as_of: "2026-06",
        sources: &[sources::NVIDIA_A100, sources::EPOCH_CODE, sources::CLOUD_PRICES],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA H100 SXM: 989.4 TFLOP/s dense BF16, 1,275 W at server level.
pub const H100: Chip = Chip {
    id: ChipId::H100,
    name: "NVIDIA H100 SXM",
    year: 2022,
    peak_bf16: FlopPerSecond(989.4e12),
    peak_fp8: Some(FlopPerSecond(1978.9e12)),
    peak_fp4: None,
    tdp: Watts(700.0),
    server_watts: Watts(1275.0),
    price: Usd(30_000.0),
    rent_per_hour: Usd(2.0),
    sources: &[
        sources::NVIDIA_H100,
        sources::EPOCH_CODE,
        sources::GPU_PRICES,
        sources::SEED,
        sources::CLOUD_PRICES,
    ],
    note: Text::new(
        "989.4 TFLOP/s dense BF16 and 1,979 dense FP8 (the datasheet's 1,979 BF16 and 3,958 FP8 are with sparsity). DGX H100: 10.2 kW for 8 GPUs = 1,275 W each. About $30,000 each (seed article; $25,000–$30,000 per Raymond James). Cloud: $12.29 an hour in 2023, about $2 on one-year contracts in 2025–2026.",
        "稠密BF16算力989.4 TFLOP/s、稠密FP8 1979 TFLOP/s（规格书中BF16 1979、FP8 3958为稀疏算力，不可用）。DGX H100整机8卡10.2千瓦，每卡1275瓦。单价约3万美元（原文；Raymond James称2.5万至3万美元）。云端租价：2023年每小时12.29美元，2025—2026年一年期合约约2美元。",
    ),    late_2026: ChipFigures {
        price: Usd(30_000.0),
        server_watts: Watts(1275.0),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.0),
            one_year: Usd(2.0),
            three_year: Usd(2.0),
        },
        as_of: "2026-06",
        sources: &[
        sources::NVIDIA_H100,
        sources::EPOCH_CODE,
        sources::GPU_PRICES,
        sources::SEED,
        sources::CLOUD_PRICES,
    ],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA H800 SXM: the H100's compute and power with a slower interconnect, for export to China.
pub const H800: Chip = Chip {
    id: ChipId::H800,
    name: "NVIDIA H800 SXM",
    year: 2023,
    peak_bf16: FlopPerSecond(989.4e12),
    peak_fp8: Some(FlopPerSecond(1978.9e12)),
    peak_fp4: None,
    tdp: Watts(700.0),
    server_watts: Watts(1275.0),
    price: Usd(30_000.0),
    rent_per_hour: Usd(2.0),
    sources: &[sources::DEEPSEEK_V3, sources::NVIDIA_H100, sources::GPU_PRICES],
    note: Text::new(
        "Export variant of the H100 with the same compute and a slower interconnect. DeepSeek-V3's report assumes $2 per H800-hour. Price taken as the H100's (indicative).",
        "H100的出口版本，算力相同、互联带宽较低。DeepSeek-V3技术报告按每H800小时2美元计算。单价按H100计（参考值）。",
    ),    late_2026: ChipFigures {
        price: Usd(30_000.0),
        server_watts: Watts(1275.0),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.0),
            one_year: Usd(2.0),
            three_year: Usd(2.0),
        },
        as_of: "2026-06",
        sources: &[sources::DEEPSEEK_V3, sources::NVIDIA_H100, sources::GPU_PRICES],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA H200 SXM: the H100's compute and power with 141 GB of HBM3e.
pub const H200: Chip = Chip {
    id: ChipId::H200,
    name: "NVIDIA H200 SXM",
    year: 2024,
    peak_bf16: FlopPerSecond(989.4e12),
    peak_fp8: Some(FlopPerSecond(1978.9e12)),
    peak_fp4: None,
    tdp: Watts(700.0),
    server_watts: Watts(1275.0),
    price: Usd(35_000.0),
    rent_per_hour: Usd(2.5),
    sources: &[sources::NVIDIA_H200, sources::GPU_PRICES, sources::CLOUD_PRICES],
    note: Text::new(
        "Same dense compute as the H100 with more and faster memory (141 GB HBM3e); same 700 W. Price about $30,000–$40,000 and cloud about $2.50 an hour (both indicative).",
        "稠密算力与H100相同，显存更大更快（141GB HBM3e），功耗同为700瓦。单价约3万至4万美元，云端约每小时2.5美元（均为参考值）。",
    ),    late_2026: ChipFigures {
        price: Usd(35_000.0),
        server_watts: Watts(1275.0),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.5),
            one_year: Usd(2.5),
            three_year: Usd(2.5),
        },
        as_of: "2026-06",
        sources: &[sources::NVIDIA_H200, sources::GPU_PRICES, sources::CLOUD_PRICES],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA B200: 2.25 PFLOP/s dense BF16, 1,787.5 W at server level.
pub const B200: Chip = Chip {
    id: ChipId::B200,
    name: "NVIDIA B200",
    year: 2025,
    peak_bf16: FlopPerSecond(2.25e15),
    peak_fp8: Some(FlopPerSecond(4.5e15)),
    peak_fp4: Some(FlopPerSecond(9e15)),
    tdp: Watts(1000.0),
    server_watts: Watts(1787.5),
    price: Usd(35_000.0),
    rent_per_hour: Usd(3.5),
    sources: &[sources::NVIDIA_B200, sources::GPU_PRICES, sources::CLOUD_PRICES],
    note: Text::new(
        "DGX B200: 72 PFLOP/s of FP8 for 8 GPUs with sparsity, so 4.5 PFLOP/s dense FP8 and 2.25 PFLOP/s dense BF16 each (dense FP4: 9 PFLOP/s); about 14.3 kW for 8 GPUs (1,787.5 W each). Price $30,000–$40,000 (NVIDIA's CEO, indicative); cloud about $3.50 an hour (indicative).",
        "DGX B200整机8卡FP8算力72 PFLOP/s（含稀疏），即每卡稠密FP8 4.5 PFLOP/s、稠密BF16 2.25 PFLOP/s（稠密FP4 9 PFLOP/s）；整机约14.3千瓦（每卡1787.5瓦）。单价3万至4万美元（英伟达CEO所述，参考值）；云端约每小时3.5美元（参考值）。",
    ),    late_2026: ChipFigures {
        price: Usd(35_000.0),
        server_watts: Watts(1787.5),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(3.5),
            one_year: Usd(3.5),
            three_year: Usd(3.5),
        },
        as_of: "2026-06",
        sources: &[sources::NVIDIA_B200, sources::GPU_PRICES, sources::CLOUD_PRICES],
        note: NOTE_TO_WRITE,
    },
};

/// AMD Instinct MI300X: 1,307.4 TFLOP/s dense BF16 at 750 W; server power estimated.
pub const MI300X: Chip = Chip {
    id: ChipId::Mi300x,
    name: "AMD Instinct MI300X",
    year: 2023,
    peak_bf16: FlopPerSecond(1307.4e12),
    peak_fp8: Some(FlopPerSecond(2614.9e12)),
    peak_fp4: None,
    tdp: Watts(750.0),
    server_watts: Watts(750.0 * SERVER_OVERHEAD),
    price: Usd(15_000.0),
    rent_per_hour: Usd(2.0),
    sources: &[sources::AMD_MI300X, sources::NVIDIA_H100, sources::CLOUD_PRICES],
    note: Text::new(
        "1,307.4 TFLOP/s dense BF16 and 2,614.9 dense FP8 at 750 W. Server-level power estimated with the DGX H100's ratio (1,275 W per 700 W GPU). Price about $10,000–$15,000 and cloud about $2 an hour (indicative).",
        "稠密BF16算力1307.4 TFLOP/s、稠密FP8 2614.9 TFLOP/s，功耗750瓦。整机功耗按DGX H100的比例估算（700瓦芯片对应1275瓦）。单价约1万至1.5万美元，云端约每小时2美元（参考值）。",
    ),    late_2026: ChipFigures {
        price: Usd(15_000.0),
        server_watts: Watts(750.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.0),
            one_year: Usd(2.0),
            three_year: Usd(2.0),
        },
        as_of: "2026-06",
        sources: &[sources::AMD_MI300X, sources::NVIDIA_H100, sources::CLOUD_PRICES],
        note: NOTE_TO_WRITE,
    },
};

/// Google TPU v5p: 459 TFLOP/s BF16; power and price are estimates, as Google only rents it.
pub const TPU_V5P: Chip = Chip {
    id: ChipId::TpuV5p,
    name: "Google TPU v5p",
    year: 2023,
    peak_bf16: FlopPerSecond(459e12),
    peak_fp8: None,
    peak_fp4: None,
    tdp: Watts(450.0),
    server_watts: Watts(450.0 * SERVER_OVERHEAD),
    price: Usd(20_000.0),
    rent_per_hour: Usd(4.2),
    sources: &[sources::GOOGLE_TPU_V5P, sources::NVIDIA_H100],
    note: Text::new(
        "459 TFLOP/s BF16 per chip. Not sold: Google rents it at $4.20 per chip-hour on demand (less on one- or three-year commitments). Google publishes no power figure; 450 W per chip and the price are estimates for comparison only.",
        "每芯片BF16算力459 TFLOP/s。不对外出售：谷歌云按需价格为每芯片小时4.2美元（一年或三年承诺更低）。谷歌未公布功耗；每芯片450瓦及单价仅为对比用的估算值。",
    ),    late_2026: ChipFigures {
        price: Usd(20_000.0),
        server_watts: Watts(450.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(4.2),
            one_year: Usd(4.2),
            three_year: Usd(4.2),
        },
        as_of: "2026-06",
        sources: &[sources::GOOGLE_TPU_V5P, sources::NVIDIA_H100],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA GB200 (NVL72): figures being sourced (version 2 only).
pub const GB200: Chip = Chip {
    id: ChipId::Gb200,
    name: "NVIDIA GB200 (NVL72)",
    year: 2025,
    peak_bf16: FlopPerSecond(2.500000e+15),
    peak_fp8: Some(FlopPerSecond(5e15)),
    peak_fp4: Some(FlopPerSecond(10e15)),
    tdp: Watts(1200.0),
    server_watts: Watts(1200.0 * SERVER_OVERHEAD),
    price: Usd(47000.0),
    rent_per_hour: Usd(6.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(47000.0),
        server_watts: Watts(1200.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(6.0),
            one_year: Usd(6.0),
            three_year: Usd(6.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA GB300 (NVL72): figures being sourced (version 2 only).
pub const GB300: Chip = Chip {
    id: ChipId::Gb300,
    name: "NVIDIA GB300 (NVL72)",
    year: 2025,
    peak_bf16: FlopPerSecond(2.500000e+15),
    peak_fp8: Some(FlopPerSecond(5e15)),
    peak_fp4: Some(FlopPerSecond(15e15)),
    tdp: Watts(1400.0),
    server_watts: Watts(1400.0 * SERVER_OVERHEAD),
    price: Usd(55000.0),
    rent_per_hour: Usd(7.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(55000.0),
        server_watts: Watts(1400.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(7.0),
            one_year: Usd(7.0),
            three_year: Usd(7.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA B300: figures being sourced (version 2 only).
pub const B300: Chip = Chip {
    id: ChipId::B300,
    name: "NVIDIA B300",
    year: 2025,
    peak_bf16: FlopPerSecond(2.250000e+15),
    peak_fp8: Some(FlopPerSecond(4.5e15)),
    peak_fp4: Some(FlopPerSecond(13.5e15)),
    tdp: Watts(1100.0),
    server_watts: Watts(1100.0 * SERVER_OVERHEAD),
    price: Usd(40000.0),
    rent_per_hour: Usd(5.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(40000.0),
        server_watts: Watts(1100.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(5.0),
            one_year: Usd(5.0),
            three_year: Usd(5.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// AMD Instinct MI325X: figures being sourced (version 2 only).
pub const MI325X: Chip = Chip {
    id: ChipId::Mi325x,
    name: "AMD Instinct MI325X",
    year: 2024,
    peak_bf16: FlopPerSecond(1.307400e+15),
    peak_fp8: Some(FlopPerSecond(2614.9e12)),
    peak_fp4: None,
    tdp: Watts(1000.0),
    server_watts: Watts(1000.0 * SERVER_OVERHEAD),
    price: Usd(20000.0),
    rent_per_hour: Usd(1.95),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(20000.0),
        server_watts: Watts(1000.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(1.95),
            one_year: Usd(1.95),
            three_year: Usd(1.95),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// AMD Instinct MI355X: figures being sourced (version 2 only).
pub const MI355X: Chip = Chip {
    id: ChipId::Mi355x,
    name: "AMD Instinct MI355X",
    year: 2025,
    peak_bf16: FlopPerSecond(2.500000e+15),
    peak_fp8: Some(FlopPerSecond(5e15)),
    peak_fp4: Some(FlopPerSecond(10e15)),
    tdp: Watts(1400.0),
    server_watts: Watts(1400.0 * SERVER_OVERHEAD),
    price: Usd(25000.0),
    rent_per_hour: Usd(3.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(25000.0),
        server_watts: Watts(1400.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(3.0),
            one_year: Usd(3.0),
            three_year: Usd(3.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// Google TPU v6e (Trillium): figures being sourced (version 2 only).
pub const TPU_V6E: Chip = Chip {
    id: ChipId::TpuV6e,
    name: "Google TPU v6e (Trillium)",
    year: 2024,
    peak_bf16: FlopPerSecond(9.180000e+14),
    peak_fp8: None,
    peak_fp4: None,
    tdp: Watts(300.0),
    server_watts: Watts(300.0 * SERVER_OVERHEAD),
    price: Usd(15000.0),
    rent_per_hour: Usd(2.7),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(15000.0),
        server_watts: Watts(300.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.7),
            one_year: Usd(2.7),
            three_year: Usd(2.7),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// Google TPU7x (Ironwood): figures being sourced (version 2 only).
pub const TPU7X: Chip = Chip {
    id: ChipId::Tpu7x,
    name: "Google TPU7x (Ironwood)",
    year: 2025,
    peak_bf16: FlopPerSecond(2.307000e+15),
    peak_fp8: Some(FlopPerSecond(4614e12)),
    peak_fp4: None,
    tdp: Watts(980.0),
    server_watts: Watts(980.0 * SERVER_OVERHEAD),
    price: Usd(30000.0),
    rent_per_hour: Usd(6.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(30000.0),
        server_watts: Watts(980.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(6.0),
            one_year: Usd(6.0),
            three_year: Usd(6.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// AWS Trainium2: figures being sourced (version 2 only).
pub const TRAINIUM2: Chip = Chip {
    id: ChipId::Trainium2,
    name: "AWS Trainium2",
    year: 2024,
    peak_bf16: FlopPerSecond(6.670000e+14),
    peak_fp8: Some(FlopPerSecond(1299e12)),
    peak_fp4: None,
    tdp: Watts(500.0),
    server_watts: Watts(500.0 * SERVER_OVERHEAD),
    price: Usd(15000.0),
    rent_per_hour: Usd(2.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(15000.0),
        server_watts: Watts(500.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.0),
            one_year: Usd(2.0),
            three_year: Usd(2.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// NVIDIA H20: figures being sourced (version 2 only).
pub const H20: Chip = Chip {
    id: ChipId::H20,
    name: "NVIDIA H20",
    year: 2024,
    peak_bf16: FlopPerSecond(1.480000e+14),
    peak_fp8: Some(FlopPerSecond(296e12)),
    peak_fp4: None,
    tdp: Watts(400.0),
    server_watts: Watts(400.0 * SERVER_OVERHEAD),
    price: Usd(12000.0),
    rent_per_hour: Usd(1.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(12000.0),
        server_watts: Watts(400.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(1.0),
            one_year: Usd(1.0),
            three_year: Usd(1.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

/// Huawei Ascend 910C: figures being sourced (version 2 only).
pub const ASCEND_910C: Chip = Chip {
    id: ChipId::Ascend910c,
    name: "Huawei Ascend 910C",
    year: 2025,
    peak_bf16: FlopPerSecond(7.800000e+14),
    peak_fp8: None,
    peak_fp4: None,
    tdp: Watts(700.0),
    server_watts: Watts(700.0 * SERVER_OVERHEAD),
    price: Usd(25000.0),
    rent_per_hour: Usd(2.0),
    sources: &[sources::EPOCH_CODE],
    note: NOTE_TO_WRITE,
    late_2026: ChipFigures {
        price: Usd(25000.0),
        server_watts: Watts(700.0 * SERVER_OVERHEAD),
        load_factor: 0.75,
        cloud: CloudPrices {
            on_demand: Usd(2.0),
            one_year: Usd(2.0),
            three_year: Usd(2.0),
        },
        as_of: "2026-06",
        sources: &[sources::EPOCH_CODE],
        note: NOTE_TO_WRITE,
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_specs_match() {
        for chip in ChipId::ALL {
            assert_eq!(ChipId::from_code(chip.code()), Some(chip));
            assert_eq!(chip.spec().id, chip);
        }
        assert_eq!(ChipId::from_code(" H100 "), Some(ChipId::H100));
        assert_eq!(ChipId::from_code("h100-pcie"), None);
    }

    #[test]
    fn figures_are_dense_and_server_level() {
        // Never the sparsity figure.
        assert_eq!(H100.peak_bf16, FlopPerSecond(989.4e12));
        assert_eq!(H100.server_watts, Watts(1275.0));
        for chip in ChipId::ALL {
            let spec = chip.spec();
            assert!(spec.server_watts.get() > spec.tdp.get(), "{}", spec.name);
            assert!(spec.peak_bf16.get() > 1e14 && spec.peak_bf16.get() < 1e16);
        }
    }
}
