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
    /// Vendor and generation, the chip picker's group: `NVIDIA Hopper`.
    pub family: Text,
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

/// DGX H100: 10.2 kW for 8 GPUs = 1,275 W per GPU, 1.82× the GPU's 700 W. Version 1 used it to
/// estimate server-level power where a vendor publishes only the chip's; its figures are frozen.
const SERVER_OVERHEAD: f64 = 1275.0 / 700.0;

/// Epoch AI's server power ÷ chip power for a GPU without a published system figure
/// (`chip_to_server_power`, [`sources::EPOCH_CODE`]); version 2 uses it for such chips.
pub const GPU_SERVER_RATIO: f64 = 1.8;
/// Epoch AI's average draw of a GPU server while training, as a share of its peak.
pub const GPU_LOAD: f64 = 0.75;
/// Epoch AI's TPU constants: server power is 1.56 × the chip's TDP (Google publishes no
/// server figure) and the average draw is 0.43 of it (`server_TDP_fraction`).
pub const TPU_SERVER_RATIO: f64 = 1.56;
/// See [`TPU_SERVER_RATIO`].
pub const TPU_LOAD: f64 = 0.43;

/// Epoch AI's committed-use discounts for a provider other than AWS, Google and Azure (the
/// average of theirs, `DEFAULT_CUD`): 34% for a year, 56% for three. Applied to an on-demand
/// price where no contract price is published.
const ONE_YEAR_SHARE: f64 = 1.0 - 0.34;
/// See [`ONE_YEAR_SHARE`].
const THREE_YEAR_SHARE: f64 = 1.0 - 0.56;

/// Contract prices from an on-demand price with Epoch's discounts.
const fn with_discounts(on_demand: f64) -> CloudPrices {
    CloudPrices {
        on_demand: Usd(on_demand),
        one_year: Usd(on_demand * ONE_YEAR_SHARE),
        three_year: Usd(on_demand * THREE_YEAR_SHARE),
    }
}

/// Another chip's tiers scaled by a factor (a chip with no price list of its own).
const fn scaled(prices: CloudPrices, factor: f64) -> CloudPrices {
    CloudPrices {
        on_demand: Usd(prices.on_demand.0 * factor),
        one_year: Usd(prices.one_year.0 * factor),
        three_year: Usd(prices.three_year.0 * factor),
    }
}

/// The "equivalent" price of a chip that is not sold (TPUs, Trainium): the B200's $35,000
/// per 2.25 PFLOP/s of dense BF16, the newest sold chip with a price, at the chip's peak.
const fn b200_equivalent(peak_bf16: f64) -> Usd {
    Usd(35_000.0 * peak_bf16 / 2.25e15)
}

/// H100 per GPU-hour in 2026: on demand the median of 37 providers, one year the contract
/// index, three years the on-demand price less Epoch's 56%.
const H100_CLOUD_2026: CloudPrices = CloudPrices {
    on_demand: Usd(2.95),
    one_year: Usd(2.35),
    three_year: Usd(2.95 * THREE_YEAR_SHARE),
};

/// B200 per GPU-hour in 2026: the middle of $3.75–6 on demand outside the hyperscalers.
const B200_CLOUD_2026: CloudPrices = with_discounts(4.875);

/// GB200 per GPU-hour: CoreWeave's list, $42 an hour for four GPUs.
const GB200_CLOUD_2026: CloudPrices = with_discounts(10.5);

/// Google's list for TPU v6e per chip-hour (us-east): on demand, one-year and three-year.
const TPU_V6E_CLOUD: CloudPrices = CloudPrices {
    on_demand: Usd(2.70),
    one_year: Usd(1.89),
    three_year: Usd(1.22),
};

/// NVIDIA A100 SXM: 312 TFLOP/s dense BF16, 812.5 W at server level.
pub const A100: Chip = Chip {
    id: ChipId::A100,
    name: "NVIDIA A100 SXM",
    year: 2020,
    family: Text::new("NVIDIA Ampere", "英伟达 Ampere"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(15_000.0),
        server_watts: Watts(812.5),
        load_factor: GPU_LOAD,
        cloud: with_discounts(1.5),
        as_of: "2025-06",
        sources: &[sources::NVIDIA_A100, sources::CLOUD_PRICES, sources::EPOCH_CODE],
        note: Text::new(
            "312 TFLOP/s dense BF16; DGX A100: 6.5 kW for 8 GPUs (812.5 W each). Price about $15,000 and cloud about $1.50 an hour on demand (2025, indicative); one and three years: Epoch's discounts of 34% and 56%.",
            "稠密BF16算力312 TFLOP/s；DGX A100整机8卡6.5千瓦（每卡812.5瓦）。单价约1.5万美元，按需云价约每小时1.5美元（2025年，参考值）；一年期、三年期按Epoch的折扣34%、56%计。",
        ),
    },
};

/// NVIDIA H100 SXM: 989.4 TFLOP/s dense BF16, 1,275 W at server level.
pub const H100: Chip = Chip {
    id: ChipId::H100,
    name: "NVIDIA H100 SXM",
    year: 2022,
    family: Text::new("NVIDIA Hopper", "英伟达 Hopper"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(30_000.0),
        server_watts: Watts(1275.0),
        load_factor: GPU_LOAD,
        cloud: H100_CLOUD_2026,
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_H100,
            sources::GPU_PRICES,
            sources::CLOUD_PRICES_2026,
            sources::EPOCH_CODE,
        ],
        note: Text::new(
            "989.4 TFLOP/s dense BF16, 1,979 dense FP8 (the datasheet's 1,979 and 3,958 are with sparsity). DGX H100: 10.2 kW for 8 GPUs = 1,275 W each. About $30,000 each. Cloud per hour, 2026 (indicative): $2.95 on demand (median of 37 providers), $2.35 on one-year contracts (index), three years $1.30 (on demand less Epoch's 56%).",
            "稠密BF16算力989.4 TFLOP/s、稠密FP8 1979 TFLOP/s（规格书中的1979与3958为稀疏算力）。DGX H100整机8卡10.2千瓦，每卡1275瓦。单价约3万美元。2026年每小时云价（参考值）：按需2.95美元（37家服务商中位数），一年期合约2.35美元（指数），三年期1.30美元（按需价减去Epoch的56%折扣）。",
        ),
    },
};

/// NVIDIA H800 SXM: the H100's compute and power with a slower interconnect, for export to China.
pub const H800: Chip = Chip {
    id: ChipId::H800,
    name: "NVIDIA H800 SXM",
    year: 2023,
    family: Text::new("NVIDIA Hopper", "英伟达 Hopper"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(30_000.0),
        server_watts: Watts(1275.0),
        load_factor: GPU_LOAD,
        cloud: H100_CLOUD_2026,
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_H100,
            sources::DEEPSEEK_V3,
            sources::CLOUD_PRICES_2026,
        ],
        note: Text::new(
            "Export variant of the H100: same compute and power, slower interconnect. Price and 2026 cloud prices taken as the H100's ($2.95, $2.35, $1.30 an hour, indicative); DeepSeek-V3's report assumed $2.",
            "H100的出口版本：算力与功耗相同，互联较慢。单价与2026年云价按H100计（每小时2.95、2.35、1.30美元，参考值）；DeepSeek-V3技术报告按2美元计算。",
        ),
    },
};

/// NVIDIA H200 SXM: the H100's compute and power with 141 GB of HBM3e.
pub const H200: Chip = Chip {
    id: ChipId::H200,
    name: "NVIDIA H200 SXM",
    year: 2024,
    family: Text::new("NVIDIA Hopper", "英伟达 Hopper"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(35_000.0),
        server_watts: Watts(1275.0),
        load_factor: GPU_LOAD,
        cloud: with_discounts(3.0),
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_H200,
            sources::GPU_PRICES,
            sources::CLOUD_PRICES_2026,
            sources::EPOCH_CODE,
        ],
        note: Text::new(
            "The H100's dense compute and 700 W with 141 GB of HBM3e. Price about $35,000 (indicative). Cloud, 2026: $3.00 an hour on demand (middle of $2.50–3.50 outside the hyperscalers, indicative); one and three years: Epoch's discounts of 34% and 56%.",
            "稠密算力与700瓦功耗同H100，配141GB HBM3e。单价约3.5万美元（参考值）。2026年云价：按需每小时3.00美元（超大规模云厂商以外2.50至3.50美元的中值，参考值）；一年期、三年期按Epoch的折扣34%、56%计。",
        ),
    },
};

/// NVIDIA H20: the export-compliant Hopper for China, 148 TFLOP/s dense BF16 at 400 W.
pub const H20: Chip = Chip {
    id: ChipId::H20,
    name: "NVIDIA H20",
    year: 2024,
    family: Text::new("NVIDIA Hopper", "英伟达 Hopper"),
    peak_bf16: FlopPerSecond(148e12),
    peak_fp8: Some(FlopPerSecond(296e12)),
    peak_fp4: None,
    tdp: Watts(400.0),
    server_watts: Watts(400.0 * GPU_SERVER_RATIO),
    price: Usd(12_000.0),
    rent_per_hour: H20_CLOUD.on_demand,
    sources: &[
        sources::NVIDIA_H20,
        sources::EPOCH_CODE,
        sources::CLOUD_PRICES_2026,
    ],
    note: H20_NOTE,
    late_2026: ChipFigures {
        price: Usd(12_000.0),
        server_watts: Watts(400.0 * GPU_SERVER_RATIO),
        load_factor: GPU_LOAD,
        cloud: H20_CLOUD,
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_H20,
            sources::EPOCH_CODE,
            sources::CLOUD_PRICES_2026,
        ],
        note: H20_NOTE,
    },
};

/// No cloud list found: the H100's 2026 prices scaled by the ratio of purchase prices.
const H20_CLOUD: CloudPrices = scaled(H100_CLOUD_2026, 12_000.0 / 30_000.0);

const H20_NOTE: Text = Text::new(
    "Export-compliant Hopper for China: 148 TFLOP/s dense BF16, 296 dense FP8, 400 W; server power 1.8 × that (Epoch's ratio). About $12,000 (distributors, indicative). No cloud list found: estimate, the H100's 2026 prices × 0.4, the ratio of their prices.",
    "面向中国的合规版Hopper：稠密BF16 148 TFLOP/s、稠密FP8 296 TFLOP/s，功耗400瓦；整机功耗按其1.8倍计（Epoch的比例）。单价约1.2万美元（经销商，参考值）。未找到云端报价：估算值，按H100的2026年云价乘以两者单价之比0.4。",
);

/// NVIDIA B200: 2.25 PFLOP/s dense BF16, 1,787.5 W at server level.
pub const B200: Chip = Chip {
    id: ChipId::B200,
    name: "NVIDIA B200",
    year: 2025,
    family: Text::new("NVIDIA Blackwell", "英伟达 Blackwell"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(35_000.0),
        server_watts: Watts(1787.5),
        load_factor: GPU_LOAD,
        cloud: B200_CLOUD_2026,
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_B200,
            sources::GPU_PRICES,
            sources::CLOUD_PRICES_2026,
            sources::EPOCH_CODE,
        ],
        note: Text::new(
            "DGX B200's 72 PFLOP/s of FP8 for 8 GPUs is the sparse figure: dense, 4.5 PFLOP/s FP8, 2.25 BF16 and 9 FP4 each; about 14.3 kW for 8 (1,787.5 W each). Price $30,000–$40,000 (NVIDIA's CEO, indicative). Cloud, 2026: $4.88 an hour on demand (middle of $3.75–6, indicative); one and three years: Epoch's discounts of 34% and 56%.",
            "DGX B200整机8卡FP8 72 PFLOP/s为稀疏算力：每卡稠密FP8 4.5 PFLOP/s、BF16 2.25、FP4 9；整机约14.3千瓦（每卡1787.5瓦）。单价3万至4万美元（英伟达CEO所述，参考值）。2026年云价：按需每小时4.88美元（3.75至6美元的中值，参考值）；一年期、三年期按Epoch的折扣34%、56%计。",
        ),
    },
};

/// NVIDIA B300 (HGX, Blackwell Ultra): the B200's dense BF16 and FP8, 13.5 PFLOP/s dense FP4.
pub const B300: Chip = Chip {
    id: ChipId::B300,
    name: "NVIDIA B300",
    year: 2025,
    family: Text::new("NVIDIA Blackwell", "英伟达 Blackwell"),
    peak_bf16: FlopPerSecond(2.25e15),
    peak_fp8: Some(FlopPerSecond(4.5e15)),
    peak_fp4: Some(FlopPerSecond(13.5e15)),
    tdp: Watts(1100.0),
    server_watts: Watts(1100.0 * 1787.5 / 1000.0),
    price: Usd(35_000.0),
    rent_per_hour: B200_CLOUD_2026.on_demand,
    sources: &[
        sources::NVIDIA_B300,
        sources::NVIDIA_B200,
        sources::CLOUD_PRICES_2026,
    ],
    note: B300_NOTE,
    late_2026: ChipFigures {
        price: Usd(35_000.0),
        server_watts: Watts(1100.0 * 1787.5 / 1000.0),
        load_factor: GPU_LOAD,
        cloud: B200_CLOUD_2026,
        as_of: "2026-05",
        sources: &[
            sources::NVIDIA_B300,
            sources::NVIDIA_B200,
            sources::CLOUD_PRICES_2026,
        ],
        note: B300_NOTE,
    },
};

const B300_NOTE: Text = Text::new(
    "HGX B300: dense 2.25 PFLOP/s BF16, 4.5 FP8, 13.5 FP4 per GPU (72 PFLOP/s FP8 for 8 is with sparsity); 1,100 W, server power scaled by DGX B200's ratio (estimate). No price found: the B200's $35,000 and cloud prices (estimates).",
    "HGX B300：每卡稠密BF16 2.25 PFLOP/s、FP8 4.5、FP4 13.5（8卡FP8 72 PFLOP/s为稀疏算力）；功耗1100瓦，整机功耗按DGX B200的比例估算。未找到价格：单价与云价按B200的3.5万美元及其云价计（估算值）。",
);

/// NVIDIA GB200 in an NVL72 rack, per GPU: 2.5 PFLOP/s dense BF16.
pub const GB200: Chip = Chip {
    id: ChipId::Gb200,
    name: "NVIDIA GB200 (NVL72)",
    year: 2025,
    family: Text::new("NVIDIA Blackwell", "英伟达 Blackwell"),
    peak_bf16: FlopPerSecond(2.5e15),
    peak_fp8: Some(FlopPerSecond(5e15)),
    peak_fp4: Some(FlopPerSecond(10e15)),
    tdp: Watts(1200.0),
    server_watts: Watts(145_000.0 / 72.0),
    price: Usd(47_000.0),
    rent_per_hour: GB200_CLOUD_2026.on_demand,
    sources: GB200_SOURCES,
    note: GB200_NOTE,
    late_2026: ChipFigures {
        price: Usd(47_000.0),
        server_watts: Watts(145_000.0 / 72.0),
        load_factor: GPU_LOAD,
        cloud: GB200_CLOUD_2026,
        as_of: "2026-05",
        sources: GB200_SOURCES,
        note: GB200_NOTE,
    },
};

const GB200_SOURCES: &[Source] = &[
    sources::NVIDIA_GB200,
    sources::SEMIANALYSIS_CM384,
    sources::BERNSTEIN_GB200,
    sources::CLOUD_PRICES_2026,
    sources::EPOCH_CODE,
];

const GB200_NOTE: Text = Text::new(
    "NVL72 rack of 72 GPUs: 360 PFLOP/s BF16 with sparsity, so 2.5 dense per GPU (5 FP8, 10 FP4); 1,200 W per GPU, about 145 kW a rack all-in (2,014 W per GPU; SemiAnalysis). About $3.4M of compute a rack, $47,000 per GPU with its CPU share (Bernstein). Cloud: $10.50 an hour on demand (CoreWeave); one and three years: Epoch's discounts of 34% and 56%. All indicative.",
    "NVL72机架72卡：BF16含稀疏360 PFLOP/s，即每卡稠密2.5（FP8 5、FP4 10）；每卡1200瓦，整机架含网络约145千瓦（每卡2014瓦；SemiAnalysis）。每机架计算部分约340万美元，含CPU分摊每卡4.7万美元（Bernstein）。云价：按需每小时10.50美元（CoreWeave）；一年期、三年期按Epoch的折扣34%、56%计。均为参考值。",
);

/// NVIDIA GB300 in an NVL72 rack, per GPU: the GB200's dense BF16, 15 PFLOP/s dense FP4.
pub const GB300: Chip = Chip {
    id: ChipId::Gb300,
    name: "NVIDIA GB300 (NVL72)",
    year: 2025,
    family: Text::new("NVIDIA Blackwell", "英伟达 Blackwell"),
    peak_bf16: FlopPerSecond(2.5e15),
    peak_fp8: Some(FlopPerSecond(5e15)),
    peak_fp4: Some(FlopPerSecond(15e15)),
    tdp: Watts(1400.0),
    server_watts: Watts(1400.0 * 145_000.0 / 72.0 / 1200.0),
    price: Usd(47_000.0),
    rent_per_hour: GB200_CLOUD_2026.on_demand,
    sources: GB300_SOURCES,
    note: GB300_NOTE,
    late_2026: ChipFigures {
        price: Usd(47_000.0),
        server_watts: Watts(1400.0 * 145_000.0 / 72.0 / 1200.0),
        load_factor: GPU_LOAD,
        cloud: GB200_CLOUD_2026,
        as_of: "2026-05",
        sources: GB300_SOURCES,
        note: GB300_NOTE,
    },
};

const GB300_SOURCES: &[Source] = &[
    sources::NVIDIA_GB300,
    sources::SEMIANALYSIS_CM384,
    sources::BERNSTEIN_GB200,
    sources::CLOUD_PRICES_2026,
];

const GB300_NOTE: Text = Text::new(
    "Blackwell Ultra in an NVL72 rack: dense 2.5 PFLOP/s BF16, 5 FP8 and 15 FP4 per GPU (1,080 PFLOP/s dense FP4 a rack); 1,400 W per GPU, server power scaled by the GB200 rack's ratio (estimate). No price found: the GB200's $47,000 and cloud prices (estimates; rents rose in 2025–26).",
    "NVL72机架中的Blackwell Ultra：每卡稠密BF16 2.5 PFLOP/s、FP8 5、FP4 15（每机架稠密FP4 1080 PFLOP/s）；每卡1400瓦，整机功耗按GB200机架的比例估算。未找到价格：单价与云价按GB200的4.7万美元及其云价计（估算值；2025—26年租价上涨）。",
);

/// AMD Instinct MI300X: 1,307.4 TFLOP/s dense BF16 at 750 W; server power estimated.
pub const MI300X: Chip = Chip {
    id: ChipId::Mi300x,
    name: "AMD Instinct MI300X",
    year: 2023,
    family: Text::new("AMD Instinct MI300", "AMD Instinct MI300系列"),
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
    ),
    late_2026: ChipFigures {
        price: Usd(15_000.0),
        server_watts: Watts(750.0 * GPU_SERVER_RATIO),
        load_factor: GPU_LOAD,
        cloud: with_discounts(2.0),
        as_of: "2026-05",
        sources: &[
            sources::AMD_MI300X,
            sources::EPOCH_CODE,
            sources::CLOUD_PRICES_2026,
        ],
        note: Text::new(
            "1,307.4 TFLOP/s dense BF16, 2,614.9 dense FP8, 750 W; server power 1.8 × that (Epoch's ratio). Price about $10,000–$15,000 (indicative). Cloud, 2026: about $2 an hour on demand (median listing, indicative); one and three years: Epoch's discounts of 34% and 56%.",
            "稠密BF16算力1307.4 TFLOP/s、稠密FP8 2614.9 TFLOP/s，功耗750瓦；整机功耗按其1.8倍计（Epoch的比例）。单价约1万至1.5万美元（参考值）。2026年云价：按需约每小时2美元（报价中位数，参考值）；一年期、三年期按Epoch的折扣34%、56%计。",
        ),
    },
};

/// AMD Instinct MI325X: the MI300X's compute with 256 GB of HBM3e at 1,000 W.
pub const MI325X: Chip = Chip {
    id: ChipId::Mi325x,
    name: "AMD Instinct MI325X",
    year: 2024,
    family: Text::new("AMD Instinct MI300", "AMD Instinct MI300系列"),
    peak_bf16: FlopPerSecond(1307.4e12),
    peak_fp8: Some(FlopPerSecond(2614.9e12)),
    peak_fp4: None,
    tdp: Watts(1000.0),
    server_watts: Watts(1000.0 * GPU_SERVER_RATIO),
    price: Usd(15_000.0),
    rent_per_hour: Usd(1.95),
    sources: MI325X_SOURCES,
    note: MI325X_NOTE,
    late_2026: ChipFigures {
        price: Usd(15_000.0),
        server_watts: Watts(1000.0 * GPU_SERVER_RATIO),
        load_factor: GPU_LOAD,
        cloud: with_discounts(1.95),
        as_of: "2026-05",
        sources: MI325X_SOURCES,
        note: MI325X_NOTE,
    },
};

const MI325X_SOURCES: &[Source] = &[
    sources::AMD_MI325X,
    sources::EPOCH_CODE,
    sources::CLOUD_PRICES_2026,
];

const MI325X_NOTE: Text = Text::new(
    "The MI300X's dense compute (1,307.4 TFLOP/s BF16, 2,614.9 FP8) with 256 GB of HBM3e, 1,000 W; server power 1.8 × that (Epoch's ratio). No price found: the MI300X's $15,000 (estimate). Cloud: about $1.95 an hour on demand (indicative); one and three years: Epoch's discounts of 34% and 56%.",
    "稠密算力同MI300X（BF16 1307.4 TFLOP/s、FP8 2614.9），配256GB HBM3e，功耗1000瓦；整机功耗按其1.8倍计（Epoch的比例）。未找到价格：按MI300X的1.5万美元计（估算值）。云价：按需约每小时1.95美元（参考值）；一年期、三年期按Epoch的折扣34%、56%计。",
);

/// AMD Instinct MI355X: 2.5 PFLOP/s dense BF16 at 1,400 W.
pub const MI355X: Chip = Chip {
    id: ChipId::Mi355x,
    name: "AMD Instinct MI355X",
    year: 2025,
    family: Text::new("AMD Instinct MI350", "AMD Instinct MI350系列"),
    peak_bf16: FlopPerSecond(2516.6e12),
    peak_fp8: Some(FlopPerSecond(5033.2e12)),
    peak_fp4: Some(FlopPerSecond(10_066.4e12)),
    tdp: Watts(1400.0),
    server_watts: Watts(1400.0 * GPU_SERVER_RATIO),
    price: Usd(25_000.0),
    rent_per_hour: MI355X_CLOUD.on_demand,
    sources: MI355X_SOURCES,
    note: MI355X_NOTE,
    late_2026: ChipFigures {
        price: Usd(25_000.0),
        server_watts: Watts(1400.0 * GPU_SERVER_RATIO),
        load_factor: GPU_LOAD,
        cloud: MI355X_CLOUD,
        as_of: "2025-07",
        sources: MI355X_SOURCES,
        note: MI355X_NOTE,
    },
};

/// No cloud list found: the MI300X's $2 an hour per dense BF16 FLOP.
const MI355X_CLOUD: CloudPrices = with_discounts(2.0 * 2516.6 / 1307.4);

const MI355X_SOURCES: &[Source] = &[
    sources::AMD_MI355X,
    sources::MI350_PRICE,
    sources::EPOCH_CODE,
    sources::CLOUD_PRICES_2026,
];

const MI355X_NOTE: Text = Text::new(
    "Dense 2.5 PFLOP/s BF16, 5 FP8, 10 FP4 (the 5, 10 and 20 headlines are with sparsity); 1,400 W, server power 1.8 × that (Epoch's ratio). About $25,000 (press, indicative). No cloud list found: estimate, the MI300X's $2 an hour per dense BF16 FLOP ($3.85); one and three years: Epoch's discounts of 34% and 56%.",
    "稠密BF16 2.5 PFLOP/s、FP8 5、FP4 10（宣传的5、10、20为稀疏算力）；功耗1400瓦，整机功耗按其1.8倍计（Epoch的比例）。单价约2.5万美元（媒体报道，参考值）。未找到云端报价：估算值，按MI300X每单位稠密BF16算力每小时2美元计（3.85美元）；一年期、三年期按Epoch的折扣34%、56%计。",
);

/// Google TPU v5p: 459 TFLOP/s BF16; power and price are estimates, as Google only rents it.
pub const TPU_V5P: Chip = Chip {
    id: ChipId::TpuV5p,
    name: "Google TPU v5p",
    year: 2023,
    family: Text::new("Google TPU", "谷歌 TPU"),
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
    ),
    late_2026: ChipFigures {
        price: b200_equivalent(459e12),
        server_watts: Watts(450.0 * TPU_SERVER_RATIO),
        load_factor: TPU_LOAD,
        cloud: CloudPrices {
            on_demand: Usd(4.20),
            one_year: Usd(2.94),
            three_year: Usd(1.89),
        },
        as_of: "2025-03",
        sources: &[sources::GOOGLE_TPU_V5P, sources::EPOCH_CODE],
        note: Text::new(
            "459 TFLOP/s BF16 per chip. Not sold: Google's list is $4.20 per chip-hour on demand, $2.94 for one year, $1.89 for three. No power published: 450 W per chip (estimate) × 1.56 for the server, average draw 43% (Epoch's TPU constants). Price: an estimate, the B200's price per dense BF16 FLOP ($7,140).",
            "每芯片BF16算力459 TFLOP/s。不对外出售：谷歌报价每芯片小时按需4.20美元、一年期2.94美元、三年期1.89美元。未公布功耗：每芯片450瓦（估算）×1.56为整机功耗，平均负载43%（Epoch的TPU常数）。单价为估算值：按B200每单位稠密BF16算力的价格计（7140美元）。",
        ),
    },
};

/// Google TPU v6e (Trillium): 918 TFLOP/s BF16, rented only.
pub const TPU_V6E: Chip = Chip {
    id: ChipId::TpuV6e,
    name: "Google TPU v6e (Trillium)",
    year: 2024,
    family: Text::new("Google TPU", "谷歌 TPU"),
    peak_bf16: FlopPerSecond(918e12),
    peak_fp8: None,
    peak_fp4: None,
    tdp: Watts(TPU_V6E_TDP),
    server_watts: Watts(TPU_V6E_TDP * TPU_SERVER_RATIO),
    price: b200_equivalent(918e12),
    rent_per_hour: TPU_V6E_CLOUD.on_demand,
    sources: TPU_V6E_SOURCES,
    note: TPU_V6E_NOTE,
    late_2026: ChipFigures {
        price: b200_equivalent(918e12),
        server_watts: Watts(TPU_V6E_TDP * TPU_SERVER_RATIO),
        load_factor: TPU_LOAD,
        cloud: TPU_V6E_CLOUD,
        as_of: "2025-03",
        sources: TPU_V6E_SOURCES,
        note: TPU_V6E_NOTE,
    },
};

/// Google publishes no power for TPU v6e. Estimate: Ironwood has twice Trillium's performance
/// per watt (Google), so 918 TFLOP/s ÷ (4,614 TFLOP/s ÷ 980 W ÷ 2) ≈ 390 W.
const TPU_V6E_TDP: f64 = 918.0 / (4614.0 / 980.0 / 2.0);

const TPU_V6E_SOURCES: &[Source] = &[
    sources::GOOGLE_TPU_V6E,
    sources::GOOGLE_TPU7X,
    sources::EPOCH_CHIPS,
    sources::EPOCH_CODE,
];

const TPU_V6E_NOTE: Text = Text::new(
    "918 TFLOP/s BF16 per chip. Not sold: Google's list is $2.70 per chip-hour on demand, $1.89 for one year, $1.22 for three. No power published: about 390 W per chip (estimate: half Ironwood's performance per watt, as Google says) × 1.56 for the server, average draw 43% (Epoch's TPU constants). Price: an estimate, the B200's price per dense BF16 FLOP ($14,280).",
    "每芯片BF16算力918 TFLOP/s。不对外出售：谷歌报价每芯片小时按需2.70美元、一年期1.89美元、三年期1.22美元。未公布功耗：每芯片约390瓦（估算：据谷歌，其能效为Ironwood的一半）×1.56为整机功耗，平均负载43%（Epoch的TPU常数）。单价为估算值：按B200每单位稠密BF16算力的价格计（14280美元）。",
);

/// Google TPU7x (Ironwood): 2,307 TFLOP/s dense BF16 and 4,614 FP8, rented only.
pub const TPU7X: Chip = Chip {
    id: ChipId::Tpu7x,
    name: "Google TPU7x (Ironwood)",
    year: 2025,
    family: Text::new("Google TPU", "谷歌 TPU"),
    peak_bf16: FlopPerSecond(2307e12),
    peak_fp8: Some(FlopPerSecond(4614e12)),
    peak_fp4: None,
    tdp: Watts(980.0),
    server_watts: Watts(980.0 * TPU_SERVER_RATIO),
    price: b200_equivalent(2307e12),
    rent_per_hour: TPU7X_CLOUD.on_demand,
    sources: TPU7X_SOURCES,
    note: TPU7X_NOTE,
    late_2026: ChipFigures {
        price: b200_equivalent(2307e12),
        server_watts: Watts(980.0 * TPU_SERVER_RATIO),
        load_factor: TPU_LOAD,
        cloud: TPU7X_CLOUD,
        as_of: "2025-11",
        sources: TPU7X_SOURCES,
        note: TPU7X_NOTE,
    },
};

/// No list price: TPU v6e's prices per dense BF16 FLOP.
const TPU7X_CLOUD: CloudPrices = scaled(TPU_V6E_CLOUD, 2307.0 / 918.0);

const TPU7X_SOURCES: &[Source] = &[
    sources::GOOGLE_TPU7X,
    sources::GOOGLE_TPU_V6E,
    sources::EPOCH_CHIPS,
    sources::EPOCH_CODE,
];

const TPU7X_NOTE: Text = Text::new(
    "2,307 TFLOP/s BF16 and 4,614 FP8 per chip. Not sold and no list price: estimates at TPU v6e's prices per BF16 FLOP ($6.79, $4.75, $3.07 an hour). About 980 W per chip (Epoch, indicative) × 1.56 for the server, average draw 43% (Epoch's TPU constants). Price: an estimate, the B200's price per dense BF16 FLOP ($35,890).",
    "每芯片BF16算力2307 TFLOP/s、FP8 4614 TFLOP/s。不对外出售，亦无公开报价：按TPU v6e每单位BF16算力的价格估算（每小时6.79、4.75、3.07美元）。每芯片约980瓦（Epoch，参考值）×1.56为整机功耗，平均负载43%（Epoch的TPU常数）。单价为估算值：按B200每单位稠密BF16算力的价格计（35890美元）。",
);

/// AWS Trainium2: 667 TFLOP/s dense BF16 and 1,299 FP8, rented only.
pub const TRAINIUM2: Chip = Chip {
    id: ChipId::Trainium2,
    name: "AWS Trainium2",
    year: 2024,
    family: Text::new("AWS Trainium", "亚马逊 Trainium"),
    peak_bf16: FlopPerSecond(667e12),
    peak_fp8: Some(FlopPerSecond(1299e12)),
    peak_fp4: None,
    tdp: Watts(500.0),
    server_watts: Watts(500.0 * GPU_SERVER_RATIO),
    price: b200_equivalent(667e12),
    rent_per_hour: TRAINIUM2_CLOUD.on_demand,
    sources: TRAINIUM2_SOURCES,
    note: TRAINIUM2_NOTE,
    late_2026: ChipFigures {
        price: b200_equivalent(667e12),
        server_watts: Watts(500.0 * GPU_SERVER_RATIO),
        load_factor: GPU_LOAD,
        cloud: TRAINIUM2_CLOUD,
        as_of: "2026-05",
        sources: TRAINIUM2_SOURCES,
        note: TRAINIUM2_NOTE,
    },
};

/// AWS says Trn2 gives 30–40% better price-performance than GPU instances (P5e): the H100's
/// price per dense BF16 FLOP divided by 1.35.
const TRAINIUM2_VS_H100: f64 = 667.0 / 989.4 / 1.35;

const TRAINIUM2_CLOUD: CloudPrices = scaled(H100_CLOUD_2026, TRAINIUM2_VS_H100);

const TRAINIUM2_SOURCES: &[Source] = &[
    sources::AWS_TRAINIUM2,
    sources::EPOCH_CHIPS,
    sources::EPOCH_CODE,
    sources::CLOUD_PRICES_2026,
];

const TRAINIUM2_NOTE: Text = Text::new(
    "667 TFLOP/s dense BF16 and 1,299 dense FP8 per chip (Trn2: 10.7 and 20.8 PFLOP/s for 16). About 500 W (Epoch, indicative), server power 1.8 × that (Epoch's ratio). Not sold, no per-chip list: estimates, the H100's 2026 prices per BF16 FLOP less the 30–40% AWS claims ($1.47, $1.17, $0.65 an hour); price the B200's per dense BF16 FLOP ($10,380).",
    "每芯片稠密BF16 667 TFLOP/s、稠密FP8 1299 TFLOP/s（Trn2实例16芯片共10.7和20.8 PFLOP/s）。功耗约500瓦（Epoch，参考值），整机功耗按其1.8倍计（Epoch的比例）。不对外出售，无单芯片报价：估算值，按H100的2026年每单位BF16算力云价再减去AWS所称的30%至40%（每小时1.47、1.17、0.65美元）；单价按B200每单位稠密BF16算力的价格计（10380美元）。",
);

/// Huawei Ascend 910C: two dies, 752 TFLOP/s dense BF16.
pub const ASCEND_910C: Chip = Chip {
    id: ChipId::Ascend910c,
    name: "Huawei Ascend 910C",
    year: 2025,
    family: Text::new("Huawei Ascend", "华为昇腾"),
    peak_bf16: FlopPerSecond(752e12),
    peak_fp8: None,
    peak_fp4: None,
    // Epoch's chip data (a press figure; Huawei publishes none). Not used by the model.
    tdp: Watts(310.0),
    server_watts: Watts(559_000.0 / 384.0),
    price: Usd(ASCEND_910C_PRICE),
    rent_per_hour: ASCEND_910C_CLOUD.on_demand,
    sources: ASCEND_910C_SOURCES,
    note: ASCEND_910C_NOTE,
    late_2026: ChipFigures {
        price: Usd(ASCEND_910C_PRICE),
        server_watts: Watts(559_000.0 / 384.0),
        load_factor: GPU_LOAD,
        cloud: ASCEND_910C_CLOUD,
        as_of: "2025-07",
        sources: ASCEND_910C_SOURCES,
        note: ASCEND_910C_NOTE,
    },
};

/// Two Ascend 910B dies in one package: twice the 910B's $16,854 (Epoch's price data).
const ASCEND_910C_PRICE: f64 = 2.0 * 16_854.0;

/// No cloud list found: the H100's 2026 prices scaled by the ratio of purchase prices.
const ASCEND_910C_CLOUD: CloudPrices = scaled(H100_CLOUD_2026, ASCEND_910C_PRICE / 30_000.0);

const ASCEND_910C_SOURCES: &[Source] = &[
    sources::HUAWEI_CLOUDMATRIX,
    sources::SEMIANALYSIS_CM384,
    sources::EPOCH_CHIPS,
    sources::CLOUD_PRICES_2026,
];

const ASCEND_910C_NOTE: Text = Text::new(
    "Two dies, 752 TFLOP/s dense BF16 (Huawei); no FP8. CloudMatrix 384: about 559 kW for 384 chips all-in, 1,456 W each (SemiAnalysis, indicative). Price: an estimate, twice the 910B's $16,854 ($33,710). No cloud list found: estimate, the H100's 2026 prices scaled by the price ratio.",
    "双芯粒，稠密BF16 752 TFLOP/s（华为）；不支持FP8。CloudMatrix 384：384颗芯片含网络共约559千瓦，每颗1456瓦（SemiAnalysis，参考值）。单价为估算值：按910B的16854美元的两倍计（33710美元）。未找到云端报价：估算值，按H100的2026年云价乘以单价之比。",
);

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
            assert!(
                spec.late_2026.server_watts.get() > spec.tdp.get(),
                "{}",
                spec.name
            );
            assert!(spec.peak_bf16.get() > 1e14 && spec.peak_bf16.get() < 1e16);
        }
    }

    /// Dense BF16 peaks as the vendors' documents give them (per chip; "with sparsity"
    /// figures halved where that is all a document prints).
    const DATASHEET_BF16_TFLOPS: [(ChipId, f64, &str); 17] = [
        (ChipId::A100, 312.0, "NVIDIA A100 datasheet"),
        (
            ChipId::H100,
            989.4,
            "NVIDIA H100 datasheet: 1,979 with sparsity",
        ),
        (ChipId::H800, 989.4, "as the H100 (same compute)"),
        (
            ChipId::H200,
            989.4,
            "NVIDIA H200 datasheet: 1,979 with sparsity",
        ),
        (ChipId::H20, 148.0, "HGX H20 (Epoch AI chip data)"),
        (
            ChipId::B200,
            2250.0,
            "DGX B200: 72 PFLOP/s FP8 sparse for 8 → 2.25 BF16 dense",
        ),
        (
            ChipId::B300,
            2250.0,
            "HGX B300: 36 PFLOP/s BF16 sparse for 8",
        ),
        (
            ChipId::Gb200,
            2500.0,
            "GB200 NVL72: 360 PFLOP/s BF16 sparse for 72",
        ),
        (
            ChipId::Gb300,
            2500.0,
            "GB300 NVL72: 360 PFLOP/s BF16 sparse for 72",
        ),
        (ChipId::Mi300x, 1307.4, "AMD MI300X datasheet"),
        (ChipId::Mi325x, 1307.4, "AMD MI325X datasheet"),
        (ChipId::Mi355x, 2516.6, "AMD MI355X: 2.5 PFLOP/s FP16 dense"),
        (ChipId::TpuV5p, 459.0, "Google Cloud TPU v5p documentation"),
        (ChipId::TpuV6e, 918.0, "Google Cloud TPU v6e documentation"),
        (ChipId::Tpu7x, 2307.0, "Google Cloud TPU7x documentation"),
        (
            ChipId::Trainium2,
            667.0,
            "AWS Neuron: Trn2 10.7 PFLOP/s BF16 for 16 chips",
        ),
        (
            ChipId::Ascend910c,
            752.0,
            "Huawei, CloudMatrix384 paper: 2 dies × 376",
        ),
    ];

    #[test]
    fn every_dense_bf16_peak_is_its_datasheet_figure() {
        for chip in ChipId::ALL {
            let (_, tflops, document) = DATASHEET_BF16_TFLOPS
                .iter()
                .find(|(id, _, _)| *id == chip)
                .unwrap_or_else(|| panic!("{chip:?} has no datasheet figure in this test"));
            assert_eq!(
                chip.spec().peak_bf16,
                FlopPerSecond(tflops * 1e12),
                "{document}"
            );
        }
    }

    #[test]
    fn fp8_doubles_bf16_where_the_datasheets_say_so() {
        // Every chip with FP8 tensor cores here runs FP8 at twice its BF16 rate (the H100's
        // 1,978.9 and the MI300X's 2,614.9 are the datasheets' roundings; Trainium2's 1,299
        // against 667 is AWS's own figure, not quite twice).
        for chip in ChipId::ALL
            .into_iter()
            .filter(|chip| *chip != ChipId::Trainium2)
        {
            let spec = chip.spec();
            if let Some(fp8) = spec.peak_fp8 {
                let ratio = fp8.get() / spec.peak_bf16.get();
                assert!((ratio - 2.0).abs() < 1e-3, "{}: {ratio}", spec.name);
            }
        }
        assert_eq!(TRAINIUM2.peak_fp8, Some(FlopPerSecond(1299e12)));
        // Chips without FP8 tensor cores have none (TPU v5p's 918 is INT8).
        for chip in [
            ChipId::A100,
            ChipId::TpuV5p,
            ChipId::TpuV6e,
            ChipId::Ascend910c,
        ] {
            assert_eq!(chip.spec().peak_fp8, None, "{chip:?}");
        }
    }

    #[test]
    fn tiers_get_cheaper_with_commitment() {
        for chip in ChipId::ALL {
            let cloud = chip.spec().late_2026.cloud;
            assert!(cloud.three_year.get() > 0.0, "{chip:?}");
            assert!(cloud.on_demand >= cloud.one_year, "{chip:?}");
            assert!(cloud.one_year >= cloud.three_year, "{chip:?}");
        }
        // Google's own list for the TPUs.
        assert_eq!(TPU_V6E.late_2026.cloud.get(CloudTier::ThreeYear), Usd(1.22));
        assert_eq!(TPU_V5P.late_2026.cloud.get(CloudTier::OneYear), Usd(2.94));
    }

    #[test]
    fn tpus_use_epochs_constants_and_gpus_theirs() {
        for chip in ChipId::ALL {
            let spec = chip.spec();
            let figures = &spec.late_2026;
            if spec.family.en == "Google TPU" {
                assert_eq!(figures.load_factor, 0.43, "{}", spec.name);
                let ratio = figures.server_watts.get() / spec.tdp.get();
                assert!((ratio - 1.56).abs() < 1e-12, "{}: {ratio}", spec.name);
            } else {
                assert_eq!(figures.load_factor, 0.75, "{}", spec.name);
            }
        }
    }

    #[test]
    fn version_1_fields_are_frozen() {
        assert_eq!(
            (H100.price, H100.server_watts, H100.rent_per_hour),
            (Usd(30_000.0), Watts(1275.0), Usd(2.0))
        );
        assert_eq!((A100.price, A100.rent_per_hour), (Usd(15_000.0), Usd(1.5)));
        assert_eq!((H200.price, H200.rent_per_hour), (Usd(35_000.0), Usd(2.5)));
        assert_eq!(
            (B200.server_watts, B200.rent_per_hour),
            (Watts(1787.5), Usd(3.5))
        );
        assert!((MI300X.server_watts.get() - 1366.07).abs() < 0.01);
        assert_eq!(
            (TPU_V5P.price, TPU_V5P.rent_per_hour),
            (Usd(20_000.0), Usd(4.2))
        );
        // A chip version 1 does not offer has its version-2 figures in the version-1 fields.
        for chip in ChipId::ALL {
            if crate::edition::V1.offers(chip) {
                continue;
            }
            let spec = chip.spec();
            assert_eq!(spec.price, spec.late_2026.price, "{}", spec.name);
            assert_eq!(
                spec.server_watts, spec.late_2026.server_watts,
                "{}",
                spec.name
            );
            assert_eq!(
                spec.rent_per_hour, spec.late_2026.cloud.on_demand,
                "{}",
                spec.name
            );
        }
    }

    #[test]
    fn notes_are_written_in_both_languages() {
        for chip in ChipId::ALL {
            let spec = chip.spec();
            for text in [spec.note, spec.late_2026.note, spec.family] {
                assert!(!text.en.is_empty() && !text.zh.is_empty(), "{}", spec.name);
            }
            assert!(!spec.late_2026.sources.is_empty(), "{}", spec.name);
            assert!(spec.late_2026.as_of.starts_with("20"), "{}", spec.name);
        }
        // The B200's headline 72 PFLOP/s is named as the sparse figure.
        assert!(B200
            .late_2026
            .note
            .en
            .contains("72 PFLOP/s of FP8 for 8 GPUs is the sparse"));
    }
}
