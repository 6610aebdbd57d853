//! The model's inputs, each declared once: its Rust name, link key, stored field, unit, valid
//! range and slider scale, the source of its usual default, its label and help in both
//! languages, its compact-link slot and its uncertainty range. `declare_params!` turns the
//! table into [`Params`], [`ParamKey`], the metadata the page, the link codec and the docs read,
//! and the uncertain parameters' default ranges.

use super::chips::ChipId;
use super::edition::Edition;
use super::parse::{parse_number, ParseError};
use super::sources::{self, Source};
use super::text::Text;
use super::uncertainty::{DefaultRange, Range};

crate::link_codes! {
    /// Buying accelerators (and paying for energy and a facility) or renting them by the hour.
    pub enum Mode {
        /// Buy the accelerators, and pay for their energy and facility.
        Buy = "buy",
        /// Rent accelerators from a cloud by the hour, energy and facility included.
        Rent = "rent"
    }
}

crate::link_codes! {
    /// Where bought accelerators live: a facility built for them, or rented colocation space.
    pub enum Facility {
        /// A data centre built for the cluster, depreciated over its life.
        Build = "build",
        /// Space and power rented in someone else's data centre, per kW-month.
        Colo = "colo"
    }
}

crate::link_codes! {
    /// The number format training runs in: the peak the utilisation is measured against.
    pub enum Precision {
        /// Brain floating point, 16 bits: the usual peak of 2020–2024 runs.
        Bf16 = "bf16",
        /// 8-bit floating point (DeepSeek-V3, Llama 4; Hopper and later).
        Fp8 = "fp8",
        /// 4-bit floating point (Blackwell and later).
        Fp4 = "fp4",
    }
}

impl Precision {
    /// The name as datasheets write it.
    pub const fn name(self) -> &'static str {
        match self {
            Precision::Bf16 => "BF16",
            Precision::Fp8 => "FP8",
            Precision::Fp4 => "FP4",
        }
    }
}

crate::link_codes! {
    /// How bought hardware is charged to the model.
    pub enum Depreciation {
        /// Epoch AI's method: the hardware's value at the start of training, charged at the
        /// rate price-performance improves (`prog` orders of magnitude a year).
        Progress = "progress",
        /// Straight line over an accounting life (`life`), as company filings depreciate.
        Life = "life",
    }
}

crate::link_codes! {
    /// For how long hardware, facility and colocation are charged.
    pub enum TimeBasis {
        /// For the accelerator-time the runs use.
        Use = "use",
        /// For the whole cluster for the whole programme (it is reserved for it).
        Dedicated = "dedicated",
        /// Version 1's convention: hardware for the time the runs use, the facility and
        /// colocation for the whole cluster for the whole programme.
        V1 = "v1",
    }
}

/// A field of [`Params`] as the link codec and the page exchange it.
pub trait FieldValue: Copy {
    /// The field's value as a [`Value`].
    fn to_value(self) -> Value;
    /// Stores an already validated value (a value of another kind changes nothing).
    fn store(&mut self, value: Value);
}

impl FieldValue for f64 {
    fn to_value(self) -> Value {
        Value::Number(self)
    }
    fn store(&mut self, value: Value) {
        if let Value::Number(v) = value {
            *self = v;
        }
    }
}

/// Optional numbers are "auto" (derived from other parameters) when unset.
impl FieldValue for Option<f64> {
    fn to_value(self) -> Value {
        self.map_or(Value::Auto, Value::Number)
    }
    fn store(&mut self, value: Value) {
        *self = match value {
            Value::Number(v) => Some(v),
            _ => None,
        };
    }
}

macro_rules! choice_field {
    ($($type:ty),*) => {$(
        impl FieldValue for $type {
            fn to_value(self) -> Value {
                Value::Choice(self.code())
            }
            fn store(&mut self, value: Value) {
                if let Value::Choice(code) = value {
                    *self = <$type>::from_code(code).unwrap_or(*self);
                }
            }
        }
    )*};
}
crate::link_codes! {
    /// Which of a chip's cloud prices is the default rent: contracts differ 2–5×.
    pub enum CloudTier {
        /// On demand, by the hour, no commitment.
        OnDemand = "ondemand",
        /// A one-year commitment.
        OneYear = "1y",
        /// A three-year commitment.
        ThreeYear = "3y",
    }
}

choice_field!(
    ChipId,
    Mode,
    Facility,
    Precision,
    Depreciation,
    TimeBasis,
    CloudTier
);

/// Where an uncertain parameter sits in the sampling order (append-only: the seeded Monte
/// Carlo draws in this order, so moving one would change every shared band), its default
/// range as multiples of the value, and why.
const fn uncertain(
    position: usize,
    low: f64,
    high: f64,
    source: Source,
    en: &'static str,
    zh: &'static str,
) -> (usize, Range, Source, Text) {
    (position, Range { low, high }, source, Text::new(en, zh))
}

/// Declares every parameter once. Each entry gives the variant of [`ParamKey`], its link key
/// (`code`, also `data-param`), the [`Params`] field and its type, the group it is shown in,
/// its unit, its compact-link slot, its kind and range, the source of its usual default, label
/// and help (English, then Chinese) and, for uncertain parameters, their default range.
macro_rules! declare_params {
    ($($(#[$doc:meta])* $key:ident {
        code: $code:literal, field: $field:ident: $type:ty, group: $group:ident, unit: $unit:ident,
        slot: $slot:literal, kind: $kind:expr, source: $source:expr,
        label: $label_en:literal, $label_zh:literal,
        help: $help_en:literal, $help_zh:literal,
        uncertainty: $uncertainty:expr,
    }),+ $(,)?) => {
        /// All inputs of one scenario. Money in US dollars; see [`ParamKey`] for units.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Params {
            $($(#[$doc])* pub $field: $type,)+
        }

        /// A parameter's stable identity. Its [`ParamKey::code`] is its link key and its
        /// `data-param`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ParamKey {
            $($(#[$doc])* $key),+
        }

        impl ParamKey {
            /// Every parameter, in the order the page shows them (grouped).
            pub const ALL: [ParamKey; crate::count_tokens!($($key)+)] = [$(ParamKey::$key),+];

            /// The link key and `data-param` value: part of the public link format, never
            /// renamed.
            pub const fn code(self) -> &'static str {
                match self {
                    $(ParamKey::$key => $code),+
                }
            }

            /// The parameter a link key names (exactly: keys are lower case).
            pub fn from_code(code: &str) -> Option<ParamKey> {
                ParamKey::ALL.into_iter().find(|key| key.code() == code)
            }
        }

        /// A const, to build the tables derived from it at compile time; read through the
        /// static [`META`] (indexing a const array would copy all of it on every lookup).
        const META_TABLE: [ParamMeta; crate::count_tokens!($($key)+)] = [$(ParamMeta {
            key: ParamKey::$key,
            group: Group::$group,
            label: Text::new($label_en, $label_zh),
            help: Text::new($help_en, $help_zh),
            unit: Unit::$unit,
            kind: $kind,
            source: $source,
            slot: $slot,
            range_key: concat!("r.", $code),
            uncertainty: match $uncertainty {
                Some((position, range, source, note)) => Some(UncertainSpec {
                    position,
                    range: DefaultRange { key: ParamKey::$key, range, source, note },
                }),
                None => None,
            },
        }),+];

        impl Params {
            /// The value of one parameter.
            pub fn get(&self, key: ParamKey) -> Value {
                match key {
                    $(ParamKey::$key => self.$field.to_value()),+
                }
            }

            /// Writes an already checked value into its field.
            fn store(&mut self, key: ParamKey, value: Value) {
                match key {
                    $(ParamKey::$key => self.$field.store(value)),+
                }
            }
        }
    };
}

declare_params! {
    /// Licensed data (news, images, forums…), in US dollars per year of the programme.
    LicensedData {
        code: "lic", field: licence_per_year: f64, group: Data, unit: UsdPerYear, slot: 0,
        kind: num(0.0, 1e11, true), source: Some(sources::SEED),
        label: "Licensed data", "授权数据",
        help: "Payments for news, images, forums and other licensed content, per year of the programme. OpenAI–News Corp: more than $250M over 5 years (about $50M a year); Reddit: about $60M a year from Google.",
            "为新闻、图片、论坛等授权内容支付的费用，按项目年数计。OpenAI与新闻集团：5年逾2.5亿美元（约每年5000万美元）；Reddit：谷歌每年约6000万美元。",
        uncertainty: None,
    },
    /// Hours of audio and video acquired and transcribed into text.
    TranscribedHours {
        code: "hrs", field: transcribed_hours: f64, group: Data, unit: Hours, slot: 1,
        kind: count(0.0, 1e9, true), source: Some(sources::SEED),
        label: "Audio and video transcribed", "转录音视频",
        help: "Hours of audio and video acquired and transcribed into text. OpenAI transcribed more than a million hours of video for GPT-4.",
            "获取并转录为文本的音视频时长。OpenAI为GPT-4转录了超过一百万小时的视频。",
        uncertainty: None,
    },
    /// Cost of acquiring and transcribing one hour of audio or video, in US dollars per hour.
    CostPerTranscribedHour {
        code: "hrc", field: cost_per_transcribed_hour: f64, group: Data, unit: UsdPerHour, slot: 2,
        kind: num(0.0, 10_000.0, true), source: Some(sources::REUTERS_DATA_PRICES),
        label: "Cost per transcribed hour", "每小时转录成本",
        help: "What one hour of audio or video costs to acquire and transcribe. Licensed film sells for $100–300 an hour; transcribing freely available video costs far less.",
            "获取并转录一小时音视频的成本。授权影片每小时售价100至300美元；转录公开视频的成本要低得多。",
        uncertainty: None,
    },
    /// Human annotations (instruction and preference examples) for fine-tuning, a count.
    Annotations {
        code: "ann", field: annotations: f64, group: Data, unit: Count, slot: 3,
        kind: count(0.0, 1e10, true), source: Some(sources::LLAMA_3_PAPER),
        label: "Human annotations", "人工标注",
        help: "Instruction and preference examples written or ranked by people for fine-tuning. Llama 3 used about 10 million.",
            "为微调而由人工编写或排序的指令与偏好数据条数。Llama 3约使用了1000万条。",
        uncertainty: None,
    },
    /// Cost of one human annotation, in US dollars.
    CostPerAnnotation {
        code: "anc", field: cost_per_annotation: f64, group: Data, unit: Usd, slot: 4,
        kind: num(0.0, 10_000.0, true), source: Some(sources::LAMBERT_RLHF),
        label: "Cost per annotation", "每条标注成本",
        help: "What one human annotation costs. Llama 2's preference data cost about $25M for 1.4M comparisons, about $18 each.",
            "每条人工标注的成本。Llama 2的偏好数据约2500万美元、140万条对比，约每条18美元。",
        uncertainty: Some(uncertain(10, 0.5, 2.0, sources::LAMBERT_RLHF,
            "Annotation prices vary with the task and the vendor (indicative).",
            "标注价格因任务和供应商而异（参考值）。")),
    },
    /// Active parameters, in billions (for mixture-of-experts models: active, never total).
    ActiveParams {
        code: "p", field: params_b: f64, group: Training, unit: Billions, slot: 5,
        kind: num(0.01, 100_000.0, true), source: None,
        label: "Active parameters", "激活参数",
        help: "Parameters used for each token, in billions. For mixture-of-experts models use the active parameters, never the total (DeepSeek-V3: 37B active of 671B).",
            "每个词元实际参与计算的参数量（十亿）。混合专家模型应填激活参数而非总参数（DeepSeek-V3：6710亿中激活370亿）。",
        uncertainty: None,
    },
    /// Training tokens, in trillions.
    TrainingTokens {
        code: "tok", field: tokens_t: f64, group: Training, unit: Trillions, slot: 6,
        kind: num(0.001, 10_000.0, true), source: None,
        label: "Training tokens", "训练词元",
        help: "Tokens of text (or equivalent) the model is trained on, in trillions.",
            "模型训练所用的词元数量（万亿）。",
        uncertainty: None,
    },
    /// Final-run training compute in FLOP; when set, replaces 6 × parameters × tokens.
    FinalRunFlop {
        code: "flop", field: flop_override: Option<f64>, group: Training, unit: Flop, slot: 7,
        kind: optional(1e15, 1e31), source: None,
        label: "Final-run compute", "最终训练算力",
        help: "Floating-point operations of the final training run. Leave on auto to use 6 × parameters × tokens; set it when a figure is published (Llama 3.1 405B: 3.8e25).",
            "最终一次训练的浮点运算量。设为自动则按 6 × 参数 × 词元 计算；有公开数字时可直接填写（Llama 3.1 405B：3.8e25）。",
        uncertainty: None,
    },
    /// Final-run accelerator-hours as model cards publish them; when set, replaces the
    /// hours derived from FLOP.
    FinalRunHours {
        code: "hours", field: hours_override: Option<f64>, group: Training, unit: AccelHours, slot: 8,
        kind: optional(1.0, 1e11), source: None,
        label: "Final-run accelerator-hours", "最终训练卡时",
        help: "Accelerator-hours of the final run as model cards publish them (DeepSeek-V3: 2.788M H800-hours). When set, it replaces the hours derived from compute, and the compute shown is what these hours deliver at the utilisation below.",
            "模型卡公布的最终训练卡时（DeepSeek-V3：278.8万H800小时）。填写后将取代由算力推算的卡时，所示算力为这些卡时在下方利用率下完成的运算量。",
        uncertainty: None,
    },
    /// Model FLOP utilisation: the fraction (0–1) of the accelerators' dense peak that training
    /// achieves.
    Utilisation {
        code: "mfu", field: mfu: f64, group: Training, unit: Percent, slot: 9,
        kind: num(0.01, 0.9, false), source: Some(sources::EPOCH_CODE),
        label: "Model FLOP utilisation", "算力利用率（MFU）",
        help: "Share of the accelerators' dense peak at the training precision that training actually achieves. Median of 33 published runs: 37.5% (observed 19–56%); Llama 3.1 405B: 38–43% of BF16.",
            "训练实际达到的算力占加速卡在训练精度下稠密峰值的比例。33次公开训练的中位数为37.5%（范围19%至56%）；Llama 3.1 405B为BF16的38%至43%。",
        uncertainty: Some(uncertain(0, 0.5, 1.5, sources::EPOCH_CODE,
            "Observed utilisation runs from 19% to 56% around a median of 37.5%: about half to one and a half times the value.",
            "已观测利用率为19%至56%，中位数37.5%：约为当前值的0.5至1.5倍。")),
    },
    /// Total compute ÷ final-run compute (experiments, ablations, failed runs).
    ExperimentMultiple {
        code: "exp", field: experiment_factor: f64, group: Training, unit: Ratio, slot: 10,
        kind: num(1.0, 100.0, true), source: Some(sources::EPOCH_CODE),
        label: "Total ÷ final-run compute", "总算力 ÷ 最终训练算力",
        help: "Compute spent on experiments, ablations and failed runs, as a multiple of the final run. Epoch AI estimates 2.2 (1.2–4) from GPT-3-era models; at frontier labs in 2025–26 final runs are 10–30% of R&D compute (3–10): version 2's frontier presets use 5.5.",
            "实验、消融和失败训练消耗的算力，以最终训练算力的倍数表示。Epoch AI根据GPT-3时代的模型估计为2.2倍（1.2至4倍）；2025—26年前沿实验室的最终训练只占研发算力的10%至30%（3至10倍）：第2版的前沿预设取5.5倍。",
        uncertainty: Some(uncertain(1, 0.55, 1.8, sources::EPOCH_CODE,
            "0.55 to 1.8 times the value: 1.2 to 4 around Epoch's 2.2, 3 to 10 around 5.5.",
            "当前值的0.55至1.8倍：Epoch的2.2对应1.2至4，5.5对应3至10。")),
    },
    /// The number format of training: utilisation is measured against this precision's
    /// dense peak.
    TrainingPrecision {
        code: "prec", field: precision: Precision, group: Training, unit: Count, slot: 50,
        kind: Kind::Choice(PRECISION_CHOICES), source: None,
        label: "Training precision", "训练精度",
        help: "The number format the run trains in. Utilisation is measured against the chip's dense (never sparse) peak at this precision: FP8 doubles an H100's peak over BF16 (1,979 against 989 TFLOP/s), so at the same utilisation the run needs half the hours. DeepSeek-V3 and Llama 4 trained in FP8. A chip without a dense peak at a precision cannot train in it.",
            "训练所用的数值格式。利用率以芯片在该精度下的稠密（绝非稀疏）峰值为基准：FP8使H100的峰值比BF16翻倍（1979对989 TFLOP/s），同等利用率下所需卡时减半。DeepSeek-V3和Llama 4以FP8训练。芯片在某精度下没有稠密峰值，就不能以该精度训练。",
        uncertainty: None,
    },
    /// The accelerator the model is trained on.
    Accelerator {
        code: "chip", field: chip: ChipId, group: Chips, unit: Count, slot: 11,
        kind: Kind::Choice(CHIP_CHOICES), source: None,
        label: "Accelerator", "加速卡",
        help: "The chip the model is trained on. Choosing one sets its price, power and cloud price to its defaults.",
            "训练所用芯片。选择后其价格、功耗和云端租价将重置为该芯片的默认值。",
        uncertainty: None,
    },
    /// Accelerators in the cluster, a count.
    ClusterSize {
        code: "n", field: accelerators: f64, group: Chips, unit: Count, slot: 12,
        kind: count(1.0, 10_000_000.0, true), source: Some(sources::META_FLEET),
        label: "Accelerators in the cluster", "集群加速卡数量",
        help: "How many accelerators work together. Llama 3.1 405B: up to 16,384 H100; Meta planned 350,000 H100 by the end of 2024.",
            "协同训练的加速卡数量。Llama 3.1 405B：最多16384块H100；Meta计划在2024年底拥有35万块H100。",
        uncertainty: None,
    },
    /// Whether the cluster is bought or rented by the hour.
    BuyOrRent {
        code: "mode", field: mode: Mode, group: Chips, unit: Count, slot: 13,
        kind: Kind::Choice(MODE_CHOICES), source: None,
        label: "Buy or rent", "购买或租用",
        help: "Buy the cluster (and pay for energy and a facility) or rent accelerators from a cloud by the hour.",
            "购买集群（并承担电费和机房费用），或按小时向云服务商租用加速卡。",
        uncertainty: None,
    },
    /// Purchase price of one accelerator, in US dollars (when buying).
    AcceleratorPrice {
        code: "price", field: accel_price: f64, group: Chips, unit: Usd, slot: 14,
        kind: num(100.0, 1_000_000.0, true), source: Some(sources::GPU_PRICES),
        label: "Price per accelerator", "单卡价格",
        help: "What one accelerator costs to buy, the chip alone (not a server's share per GPU: that already includes the servers the ratio below adds). NVIDIA's H100: about $30,000.",
            "购买一块加速卡的价格，仅指芯片本身（不是整台服务器按卡分摊的价格：那已包含下方倍数所加的服务器成本）。英伟达H100约3万美元。",
        uncertainty: Some(uncertain(2, 0.5, 2.0, sources::GPU_PRICES,
            "Accelerator prices vary by half to double with volume, date and vendor.",
            "加速卡价格因采购量、时间和厂商不同，在一半到两倍之间变化。")),
    },
    /// All-in cluster cost ÷ accelerator price (servers, interconnect).
    ClusterCostRatio {
        code: "sys", field: system_factor: f64, group: Chips, unit: Ratio, slot: 15,
        kind: num(1.0, 5.0, false), source: Some(sources::EPOCH_CODE),
        label: "Cluster cost ÷ accelerator price", "集群成本 ÷ 加速卡价格",
        help: "All-in cluster cost (servers, CPUs, memory, interconnect) as a multiple of the accelerators' price. Servers cost 1.64× the accelerators (1.3–2.1) and the interconnect is 19% of the cluster: 1.64 ÷ 0.81 ≈ 2.",
            "整个集群（服务器、CPU、内存、互联网络）的成本相对于加速卡价格的倍数。服务器成本为加速卡的1.64倍（1.3至2.1），互联网络占集群成本19%：1.64 ÷ 0.81 ≈ 2。",
        uncertainty: Some(uncertain(3, 0.8, 1.3, sources::EPOCH_CODE,
            "Servers cost 1.3 to 2.1 times the accelerators (1.64 central).",
            "服务器成本为加速卡的1.3至2.1倍（中值1.64）。")),
    },
    /// Years over which bought hardware is depreciated; the model is charged for the share of
    /// that life its runs use.
    HardwareLife {
        code: "life", field: hw_life_years: f64, group: Chips, unit: Years, slot: 16,
        kind: num(0.5, 20.0, false), source: Some(sources::COMPANY_FILINGS),
        label: "Accounting life of the hardware", "硬件会计折旧年限",
        help: "With straight-line depreciation: the years over which the cluster's cost is spread, an accounting life as company filings use (servers 5–6 years; Amazon moved part of its fleet from 6 to 5 in 2025). The model is charged for the share of that life it uses.",
            "按直线折旧时集群成本分摊的年数，即企业财报采用的会计折旧年限（服务器5至6年；亚马逊2025年将部分设备从6年改为5年）。模型只承担其占用的那部分寿命的成本。",
        uncertainty: Some(uncertain(4, 0.8, 1.4, sources::COMPANY_FILINGS,
            "Hardware lives of 4 to 7 years around 5.",
            "硬件寿命4至7年，中值5年。")),
    },
    /// How bought hardware is charged: Epoch AI's price-performance method or a straight-line
    /// accounting life.
    DepreciationMethod {
        code: "dep", field: depreciation: Depreciation, group: Chips, unit: Count, slot: 51,
        kind: Kind::Choice(DEPRECIATION_CHOICES), source: Some(sources::EPOCH_CODE),
        label: "Depreciation method", "折旧方法",
        help: "Price-performance (Epoch AI): the hardware's value when training starts, its price × 10^(−progress × age), is charged at progress × ln 10 a year (32% of it at 0.14 orders of magnitude a year), because newer chips make it worth less. Accounting life: the price spread evenly over the life below.",
            "性价比进步法（Epoch AI）：训练开始时硬件的价值，即价格 × 10^(−进步速度 × 机龄)，按每年 进步速度 × ln 10 的比例计费（进步速度为每年0.14个数量级时约为价值的32%），因为更新的芯片使其贬值。会计年限法：价格在下方年限内平均分摊。",
        uncertainty: None,
    },
    /// Hardware price-performance progress, in orders of magnitude a year (Epoch's method).
    PriceProgress {
        code: "prog", field: progress_ooms_per_year: f64, group: Chips, unit: OomsPerYear, slot: 52,
        kind: num(0.01, 1.0, false), source: Some(sources::EPOCH_CODE),
        label: "Price-performance progress", "性价比进步速度",
        help: "How fast the FLOP a dollar buys grows, in orders of magnitude a year: Epoch AI measures 0.14 (about 1.38× a year) for ML GPUs. With the price-performance method it sets both how fast the hardware loses value and the share of it charged each year.",
            "每美元可买到的算力增长速度，以每年数量级计：Epoch AI测得机器学习GPU为0.14（约每年1.38倍）。在性价比进步法下，它既决定硬件贬值的速度，也决定每年计费的比例。",
        uncertainty: None,
    },
    /// Years from buying the hardware to the start of training (Epoch's method).
    HardwareAge {
        code: "age", field: hardware_age_years: f64, group: Chips, unit: Years, slot: 53,
        kind: num(0.0, 10.0, false), source: Some(sources::EPOCH_CODE),
        label: "Hardware age at training start", "训练开始时的硬件机龄",
        help: "Years from buying the cluster to the start of training. Epoch AI assumes 60 days (0.164 years): the older the hardware, the less it is worth and the less the run is charged for it.",
            "从购买集群到开始训练的年数。Epoch AI假设为60天（0.164年）：硬件越旧，价值越低，训练承担的硬件成本也越低。",
        uncertainty: None,
    },
    /// For how long hardware, facility and colocation are charged to the model.
    TimeBasisChoice {
        code: "basis", field: time_basis: TimeBasis, group: Chips, unit: Count, slot: 54,
        kind: Kind::Choice(TIME_BASIS_CHOICES), source: None,
        label: "Time charged", "计费时间",
        help: "Time used: hardware, facility and colocation are charged for the accelerator-time the runs use (the cluster serves other work the rest of the time). Whole programme: the cluster is reserved for this model, and all of it is charged for every month. Version 1 charged the hardware for the time used and the facility for the whole programme; its links keep that.",
            "实际使用时间：硬件、机房和托管只按各次训练实际占用的卡时计费（其余时间集群承担其他任务）。整个项目期：集群专用于该模型，每个月全部计费。第1版硬件按使用时间、机房按整个项目期计费，第1版链接保持不变。",
        uncertainty: None,
    },
    /// Which cloud price of the chip is the default rent (from schema version 2).
    CloudTierChoice {
        code: "tier", field: cloud_tier: CloudTier, group: Chips, unit: Count, slot: 55,
        kind: Kind::Choice(CLOUD_TIER_CHOICES), source: Some(sources::CLOUD_PRICES),
        label: "Cloud contract", "云端合约",
        help: "Sets the cloud price to the chosen chip's price on demand, on a one-year or on a three-year commitment: they differ two- to fivefold. A price you type still wins. Version 1 links had one price per chip and keep it.",
            "将云端价格设为所选芯片的按需价、一年期或三年期承诺价：相差二至五倍。手动输入的价格优先。第1版链接每种芯片只有一个价格，保持不变。",
        uncertainty: None,
    },
    /// Cloud price per accelerator-hour, energy and facility included, in US dollars (when
    /// renting).
    CloudPrice {
        code: "rent", field: rent_per_hour: f64, group: Chips, unit: UsdPerHour, slot: 17,
        kind: num(0.01, 1000.0, true), source: Some(sources::CLOUD_PRICES),
        label: "Cloud price per accelerator-hour", "每卡时云端价格",
        help: "What a cloud charges for one accelerator for one hour, energy and facility included. H100: $12.29 in 2023 on demand, about $2 on one-year contracts in 2025–2026.",
            "云服务商每块加速卡每小时的价格，已含电费和机房费用。H100：2023年按需价12.29美元，2025—2026年一年期合约约2美元。",
        uncertainty: Some(uncertain(5, 0.6, 1.5, sources::CLOUD_PRICES,
            "Cloud prices for the same chip differ by provider and contract length.",
            "同一芯片的云端价格因服务商和合约期限而异。")),
    },
    /// Peak watts per accelerator including its share of the server and network.
    PowerPerAccelerator {
        code: "w", field: watts_per_accel: f64, group: DataCentre, unit: Watts, slot: 18,
        kind: num(10.0, 20_000.0, true), source: Some(sources::NVIDIA_H100),
        label: "Power per accelerator", "单卡功耗",
        help: "Peak power per accelerator including its share of the server and network. DGX H100: 10.2 kW for 8 GPUs, 1,275 W each.",
            "每块加速卡的峰值功耗，含其分摊的服务器和网络功耗。DGX H100整机8卡10.2千瓦，每卡1275瓦。",
        uncertainty: None,
    },
    /// Average draw ÷ peak draw during training.
    AverageLoad {
        code: "load", field: load_factor: f64, group: DataCentre, unit: Percent, slot: 19,
        kind: num(0.05, 1.0, false), source: Some(sources::EPOCH_CODE),
        label: "Average load", "平均负载",
        help: "Average power draw during training as a share of the peak. Epoch AI: about 75% (56–100%).",
            "训练期间平均功耗占峰值的比例。Epoch AI估计约75%（56%至100%）。",
        uncertainty: Some(uncertain(6, 0.75, 1.33, sources::EPOCH_CODE,
            "Average draw of 56% to 100% of peak around 75%.",
            "平均功耗为峰值的56%至100%，中值75%。")),
    },
    /// Power usage effectiveness: facility power ÷ IT power, 1 or more.
    Pue {
        code: "pue", field: pue: f64, group: DataCentre, unit: Ratio, slot: 20,
        kind: num(1.0, 3.0, false), source: Some(sources::UPTIME),
        label: "Power usage effectiveness (PUE)", "电能使用效率（PUE）",
        help: "Facility power ÷ IT power (cooling, power conversion). Hyperscale about 1.1; other data centres about 1.25; industry average about 1.56 in 2024, 1.54 in 2025 (Uptime Institute).",
            "数据中心总功耗 ÷ IT设备功耗（含制冷、配电损耗）。超大规模数据中心约1.1，其他约1.25，行业平均2024年约1.56、2025年约1.54（Uptime Institute）。",
        uncertainty: Some(uncertain(7, 0.95, 1.4, sources::UPTIME,
            "From the best hyperscale sites to the industry average.",
            "从最优的超大规模数据中心到行业平均水平。")),
    },
    /// Electricity price, in US dollars per kWh (when buying).
    ElectricityPrice {
        code: "kwh", field: usd_per_kwh: f64, group: DataCentre, unit: UsdPerKwh, slot: 21,
        kind: num(0.001, 2.0, true), source: Some(sources::EIA),
        label: "Electricity price", "电价",
        help: "Price of electricity. US industrial average about $0.08 per kWh (2023–2025); states range from 0.6× to 1.7× that.",
            "电价。美国工业平均电价约每千瓦时0.08美元（2023—2025年），各州为其0.6至1.7倍。",
        uncertainty: Some(uncertain(8, 0.6, 1.7, sources::EIA,
            "US states pay 0.6 to 1.7 times the average industrial price.",
            "美国各州工业电价为平均值的0.6至1.7倍。")),
    },
    /// Whether bought accelerators live in a data centre built for them or in colocation space.
    Facility {
        code: "dc", field: facility: Facility, group: DataCentre, unit: Count, slot: 22,
        kind: Kind::Choice(FACILITY_CHOICES), source: None,
        label: "Facility", "机房",
        help: "Build a data centre for the cluster, or rent space and power in someone else's (colocation).",
            "为集群自建数据中心，或租用他人数据中心的空间和电力（托管）。",
        uncertainty: None,
    },
    /// Facility capital cost per MW of IT load, excluding the IT itself.
    FacilityCostPerMw {
        code: "mw", field: facility_capex_per_mw: f64, group: DataCentre, unit: UsdPerMw, slot: 23,
        kind: num(0.0, 100_000_000.0, false), source: Some(sources::CUSHMAN_2025),
        label: "Facility cost per MW", "每兆瓦机房造价",
        help: "Capital cost of a data centre per megawatt of IT load, excluding the IT equipment: $11.7M on average in the US ($9.3M–$15.0M). Do not add an all-in figure per GW on top: they overlap.",
            "每兆瓦IT负载的数据中心建设成本（不含IT设备）：美国平均1170万美元（930万至1500万美元）。不要再叠加按吉瓦计的全包成本，二者重复。",
        uncertainty: Some(uncertain(9, 0.8, 1.28, sources::CUSHMAN_2025,
            "$9.3M to $15.0M per MW around $11.7M, by market.",
            "各市场每兆瓦930万至1500万美元，均值1170万美元。")),
    },
    /// Years over which a built data centre is depreciated; the model is charged for the
    /// programme's months.
    FacilityLife {
        code: "dclife", field: facility_life_years: f64, group: DataCentre, unit: Years, slot: 24,
        kind: num(1.0, 50.0, false), source: Some(sources::COMPANY_FILINGS),
        label: "Facility depreciation", "机房折旧期",
        help: "Years over which the data centre's cost is spread; the model is charged for the programme's months. Companies depreciate buildings over 15–30 years and their power and cooling plant over 10–20.",
            "数据中心成本分摊的年数；模型承担项目持续月数对应的部分。企业对建筑的折旧期为15至30年，电力和制冷设备为10至20年。",
        uncertainty: None,
    },
    /// Colocation rent, in US dollars per kW of IT load per month.
    ColocationPrice {
        code: "colo", field: colo_per_kw_month: f64, group: DataCentre, unit: UsdPerKwMonth, slot: 25,
        kind: num(0.0, 2000.0, true), source: Some(sources::COLO_PRICES),
        label: "Colocation price", "托管价格",
        help: "Rent for data-centre space and power per kW of IT load per month: about $150–$200 in primary US markets.",
            "每千瓦IT负载每月的数据中心空间和电力租金：美国主要市场约150至200美元。",
        uncertainty: None,
    },
    /// People on the research and engineering team, a count.
    Staff {
        code: "staff", field: staff: f64, group: Team, unit: Count, slot: 26,
        kind: count(0.0, 100_000.0, true), source: None,
        label: "Research and engineering team", "研发团队",
        help: "People working on the model for the programme's duration.",
            "在项目期间参与模型研发的人数。",
        uncertainty: None,
    },
    /// Fully loaded yearly cost of one team member, in US dollars per year.
    CostPerPerson {
        code: "sal", field: salary: f64, group: Team, unit: UsdPerYear, slot: 27,
        kind: num(0.0, 10_000_000.0, true), source: Some(sources::EPOCH_COMPENSATION),
        label: "Cost per person", "人均成本",
        help: "Fully loaded yearly cost of one person. Version 1: median AI researcher pay (salary and equity) about $330k, ×1.3 ≈ $430k. Version 2, as Epoch AI: salary ≈ $193k ×1.25–1.4 for benefits and taxes, plus equity ≈ $133k ≈ $390k; frontier labs pay far more (OpenAI stock pay ≈ $1.5M an employee, 2025).",
            "每人每年的全部用人成本。第1版：AI研究人员薪酬（工资加股权）中位数约33万美元，乘以1.3约为43万美元。第2版按Epoch AI：工资约19.3万美元乘以1.25至1.4倍福利和税费，加股权约13.3万美元，约39万美元；前沿实验室薪酬高得多（OpenAI人均股权薪酬约150万美元，2025年）。",
        uncertainty: Some(uncertain(11, 0.64, 2.15, sources::EPOCH_COMPENSATION,
            "Researcher pay of $210k to $710k around a median of $330k (90% interval).",
            "研究人员薪酬90%区间为21万至71万美元，中位数33万美元。")),
    },
    /// How long the programme runs, in months: licences, the team and the facility are paid for
    /// this long.
    ProgrammeMonths {
        code: "mon", field: months: f64, group: Team, unit: Months, slot: 28,
        kind: num(1.0, 240.0, false), source: None,
        label: "Programme duration", "项目周期",
        help: "How long the programme runs: data licences, the team and the facility are paid for this long.",
            "项目持续时间：数据授权、团队和机房费用均按此时长计算。",
        uncertainty: None,
    },
}

/// Every parameter's metadata, in the order of [`ParamKey::ALL`].
static META: [ParamMeta; ParamKey::ALL.len()] = META_TABLE;

/// How many parameters are uncertain (tested against the table).
pub const UNCERTAIN_COUNT: usize = 12;

/// The uncertain parameters in sampling order (each entry's `uncertainty` gives its position).
pub const UNCERTAIN: [ParamKey; UNCERTAIN_COUNT] = {
    let mut out = [ParamKey::LicensedData; UNCERTAIN_COUNT];
    let mut i = 0;
    while i < META_TABLE.len() {
        if let Some(spec) = &META_TABLE[i].uncertainty {
            out[spec.position] = META_TABLE[i].key;
        }
        i += 1;
    }
    out
};

/// The uncertain parameters' default ranges, in the order of [`UNCERTAIN`].
pub const DEFAULT_RANGES: [DefaultRange; UNCERTAIN_COUNT] = {
    let placeholder = DefaultRange {
        key: ParamKey::LicensedData,
        range: Range::POINT,
        source: sources::SEED,
        note: Text::new("", ""),
    };
    let mut out = [placeholder; UNCERTAIN_COUNT];
    let mut i = 0;
    while i < META_TABLE.len() {
        if let Some(spec) = &META_TABLE[i].uncertainty {
            out[spec.position] = spec.range;
        }
        i += 1;
    }
    out
};

/// The link keys of the ranges (`r.` and the parameter's key), in the order of [`UNCERTAIN`].
pub const RANGE_KEYS: [&str; UNCERTAIN_COUNT] = {
    let mut out = [""; UNCERTAIN_COUNT];
    let mut i = 0;
    while i < META_TABLE.len() {
        if let Some(spec) = &META_TABLE[i].uncertainty {
            out[spec.position] = META_TABLE[i].range_key;
        }
        i += 1;
    }
    out
};

crate::link_codes! {
    /// The five groups the page shows, each with its subtotal.
    pub enum Group {
        /// Licensed data, transcription and annotation.
        Data = "data",
        /// Model size, tokens, compute and utilisation.
        Training = "training",
        /// The accelerators: which, how many, bought or rented, and their prices.
        Chips = "chips",
        /// Power, electricity and the facility.
        DataCentre = "datacentre",
        /// The team and the programme's duration.
        Team = "team",
    }
}

impl Group {
    /// The group's heading on the page.
    pub const fn label(self) -> Text {
        match self {
            Group::Data => const { Text::new("Data", "数据") },
            Group::Training => const { Text::new("Training", "训练") },
            Group::Chips => const { Text::new("Chips", "芯片") },
            Group::DataCentre => const { Text::new("Data centre", "数据中心") },
            Group::Team => const { Text::new("Team", "团队") },
        }
    }

    /// The group's parameters, in page order.
    pub fn keys(self) -> impl Iterator<Item = ParamKey> {
        ParamKey::ALL
            .into_iter()
            .filter(move |key| key.meta().group == self)
    }
}

/// How a number is shown and typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Stored in billions (parameters).
    Billions,
    /// Stored in trillions (tokens).
    Trillions,
    /// Floating-point operations.
    Flop,
    /// Accelerator-hours.
    AccelHours,
    /// A fraction shown as a percentage.
    Percent,
    /// A multiple, shown with ×.
    Ratio,
    /// A plain number with no unit shown (counts, and the choice parameters).
    Count,
    /// US dollars.
    Usd,
    /// US dollars per hour (of an accelerator, or of transcribed audio and video).
    UsdPerHour,
    /// US dollars per year.
    UsdPerYear,
    /// US dollars per kilowatt-hour.
    UsdPerKwh,
    /// US dollars per megawatt of IT load.
    UsdPerMw,
    /// US dollars per kilowatt of IT load per month.
    UsdPerKwMonth,
    /// Watts.
    Watts,
    /// Years.
    Years,
    /// Months.
    Months,
    /// Hours.
    Hours,
    /// Orders of magnitude a year (a growth rate: 0.14 is ×1.38 a year).
    OomsPerYear,
}

impl Unit {
    /// The absolute size of one stored unit, so that `405B` typed in a field kept in
    /// billions means 405.
    pub const fn scale(self) -> f64 {
        match self {
            Unit::Billions => 1e9,
            Unit::Trillions => 1e12,
            _ => 1.0,
        }
    }

    /// True for the units in US dollars (plain, or per hour, year, kWh, MW or kW-month).
    pub const fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Usd
                | Unit::UsdPerHour
                | Unit::UsdPerYear
                | Unit::UsdPerKwh
                | Unit::UsdPerMw
                | Unit::UsdPerKwMonth
        )
    }

    /// The unit as shown after a number (empty for [`Unit::Count`]).
    pub const fn label(self) -> Text {
        match self {
            Unit::Billions => const { Text::new("billion", "十亿") },
            Unit::Trillions => const { Text::new("trillion", "万亿") },
            Unit::Flop => const { Text::new("FLOP", "FLOP") },
            Unit::AccelHours => const { Text::new("accelerator-hours", "加速卡小时") },
            Unit::Percent => const { Text::new("%", "%") },
            Unit::Ratio => const { Text::new("×", "倍") },
            Unit::Count => const { Text::new("", "") },
            Unit::Usd => const { Text::new("USD", "美元") },
            Unit::UsdPerHour => const { Text::new("USD per hour", "美元/小时") },
            Unit::UsdPerYear => const { Text::new("USD per year", "美元/年") },
            Unit::UsdPerKwh => const { Text::new("USD per kWh", "美元/千瓦时") },
            Unit::UsdPerMw => const { Text::new("USD per MW", "美元/兆瓦") },
            Unit::UsdPerKwMonth => const { Text::new("USD per kW-month", "美元/千瓦·月") },
            Unit::Watts => const { Text::new("W", "瓦") },
            Unit::Years => const { Text::new("years", "年") },
            Unit::Months => const { Text::new("months", "个月") },
            Unit::Hours => const { Text::new("hours", "小时") },
            Unit::OomsPerYear => const { Text::new("orders of magnitude a year", "数量级/年") },
        }
    }
}

/// A number's valid range and how its slider moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberSpec {
    /// The smallest valid value, in the parameter's stored unit.
    pub min: f64,
    /// The largest valid value, in the parameter's stored unit.
    pub max: f64,
    /// Wide ranges get a logarithmic slider.
    pub log: bool,
    /// Whole numbers only: values are rounded to the nearest integer.
    pub integer: bool,
    /// May be left unset ("auto"): derived from other parameters.
    pub optional: bool,
}

/// One option of a choice parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The option's link value (and [`Value::Choice`] code).
    pub code: &'static str,
    /// The option's name as shown.
    pub label: Text,
}

/// What kind of value a parameter takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A number, with its range and slider.
    Number(NumberSpec),
    /// One of a fixed list of options.
    Choice(&'static [Choice]),
}

/// Everything the page, the link codec and the docs need to know about one parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParamMeta {
    /// The parameter this describes.
    pub key: ParamKey,
    /// The group the page shows it in.
    pub group: Group,
    /// Its name on the page.
    pub label: Text,
    /// The help text: what it means and where its usual value comes from.
    pub help: Text,
    /// The unit its number is stored and shown in.
    pub unit: Unit,
    /// A number with its range, or a choice with its options.
    pub kind: Kind,
    /// Where the usual default comes from (a preset may cite its own, see `Preset::notes`).
    pub source: Option<Source>,
    /// Its position in the compact form's table (`link::compact::SLOTS`, append-only).
    pub slot: usize,
    /// The link key of its range, `r.<key>` (used only when it is uncertain).
    pub range_key: &'static str,
    /// Its place among the uncertain parameters and default range, when it is uncertain.
    pub uncertainty: Option<UncertainSpec>,
}

/// An uncertain parameter's place in the sampling order and default range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UncertainSpec {
    /// Its index in [`UNCERTAIN`], the Monte Carlo sampling order (append-only).
    pub position: usize,
    /// Its default range, with source and note.
    pub range: DefaultRange,
}

/// A parameter's value as the link codec and the page exchange it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A number in the parameter's stored unit (a fraction 0–1 for percentages).
    Number(f64),
    /// Unset: derived from other parameters.
    Auto,
    /// An option's link code (`h100`, `buy`, `colo`…).
    Choice(&'static str),
}

/// Why a value was refused. The previous value stays in force.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamError {
    /// The text is not a number in any form we read.
    Unreadable {
        /// The parameter.
        key: ParamKey,
        /// The text as given.
        text: String,
    },
    /// Not finite (NaN or infinite).
    NotFinite {
        /// The parameter.
        key: ParamKey,
    },
    /// The number is outside the parameter's valid range.
    OutOfRange {
        /// The parameter.
        key: ParamKey,
        /// The number given, after rounding (in the parameter's stored unit).
        value: f64,
        /// The smallest valid value.
        min: f64,
        /// The largest valid value.
        max: f64,
    },
    /// Not one of the parameter's options, or a number given to a choice parameter.
    UnknownChoice {
        /// The parameter.
        key: ParamKey,
        /// The text as given.
        text: String,
    },
    /// "auto" given to a parameter that must have a value.
    Required {
        /// The parameter.
        key: ParamKey,
    },
    /// A training precision the accelerator has no dense peak for.
    UnsupportedPrecision {
        /// The precision asked for.
        precision: Precision,
        /// The accelerator in force.
        chip: ChipId,
    },
    /// A parameter that links and pages of this schema version do not have (`tier` in a
    /// version 1 link).
    NotInVersion {
        /// The parameter.
        key: ParamKey,
        /// The version of the scenario.
        version: u32,
    },
}

impl ParamError {
    /// The parameter the refused value was for.
    pub fn key(&self) -> ParamKey {
        match self {
            ParamError::Unreadable { key, .. }
            | ParamError::NotFinite { key }
            | ParamError::OutOfRange { key, .. }
            | ParamError::UnknownChoice { key, .. }
            | ParamError::Required { key }
            | ParamError::NotInVersion { key, .. } => *key,
            ParamError::UnsupportedPrecision { .. } => ParamKey::TrainingPrecision,
        }
    }
}

impl core::fmt::Display for ParamError {
    /// An English message naming the parameter, its unit and its range (the page formats
    /// its own, translated, with the browser's number formatting).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let meta = self.key().meta();
        let name = meta.label.en;
        let unit = meta.unit.label().en;
        let range = |f: &mut core::fmt::Formatter<'_>| match meta.kind {
            Kind::Number(spec) => {
                let (min, max) = (
                    display_number(meta.unit, spec.min),
                    display_number(meta.unit, spec.max),
                );
                write!(f, "{name} must be between {min} and {max}")?;
                if meta.unit != Unit::Percent && !unit.is_empty() {
                    write!(f, " {unit}")?;
                }
                Ok(())
            }
            Kind::Choice(choices) => {
                let codes: Vec<&str> = choices.iter().map(|c| c.code).collect();
                write!(f, "{name} must be one of {}", codes.join(", "))
            }
        };
        match self {
            ParamError::Unreadable { text, .. } => {
                write!(f, "“{text}” is not a number. ")?;
                range(f)
            }
            ParamError::NotFinite { .. } => {
                write!(f, "Not a finite number. ")?;
                range(f)
            }
            ParamError::OutOfRange { value, .. } => {
                write!(f, "{} is out of range. ", display_number(meta.unit, *value))?;
                range(f)
            }
            ParamError::UnknownChoice { text, .. } => {
                write!(f, "“{text}” is not an option. ")?;
                range(f)
            }
            ParamError::Required { .. } => write!(f, "{name} needs a value"),
            ParamError::NotInVersion { version, .. } => write!(
                f,
                "{name} is not part of version {version} links; open with current figures to use it"
            ),
            ParamError::UnsupportedPrecision { precision, chip } => {
                let spec = chip.spec();
                write!(
                    f,
                    "The {} has no dense {} peak: it trains in {}",
                    spec.name,
                    precision.name(),
                    spec.precisions()
                )
            }
        }
    }
}

impl std::error::Error for ParamError {}

/// Plain formatting for the English error text: percentages as such, the rest as numbers.
fn display_number(unit: Unit, value: f64) -> String {
    if unit == Unit::Percent {
        format!("{}%", format_exact(value * 100.0))
    } else {
        format_exact(value)
    }
}

/// The shortest exact decimal form: `3.8e25`, `16384`, `0.4`. Used by links and messages.
pub fn format_exact(value: f64) -> String {
    super::decimal::shortest(value)
}

/// The text an input field shows for a value: a form [`parse_value`] reads back exactly,
/// short enough to edit (`16,384`, `30.84M`, `3.8e25`, `35` in a percentage field).
pub fn edit_text(key: ParamKey, value: Value) -> String {
    let unit = key.meta().unit;
    match value {
        Value::Auto => String::new(),
        Value::Choice(code) => code.to_string(),
        Value::Number(v) if unit == Unit::Percent => format_exact(round_significant(v * 100.0)),
        Value::Number(v) => {
            let magnitude = v.abs();
            if magnitude >= 1e15 {
                super::decimal::shortest(v)
            } else if magnitude >= 1e6 {
                let (divisor, suffix) = if magnitude >= 1e12 {
                    (1e12, "T")
                } else if magnitude >= 1e9 {
                    (1e9, "B")
                } else {
                    (1e6, "M")
                };
                format!("{}{suffix}", format_exact(round_significant(v / divisor)))
            } else {
                group_thousands(&super::decimal::plain_text(v))
            }
        }
    }
}

/// `16384` → `16,384`; decimals untouched.
fn group_thousands(plain: &str) -> String {
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (whole, fraction) = digits
        .split_once('.')
        .map_or((digits, None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(fraction) => format!("{sign}{grouped}.{fraction}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Significant digits every stored number is rounded to: enough for any published figure
/// (16,384 GPUs, 30.84M hours), few enough that a link stays short.
pub const SIGNIFICANT_DIGITS: i32 = 5;

/// Rounds to [`SIGNIFICANT_DIGITS`], so that what is stored is what a link can say exactly.
pub fn round_significant(value: f64) -> f64 {
    // Through digits and one power of ten (see `decimal`): the result is the double a link's
    // short decimal reads back to, and rounding it again changes nothing.
    super::decimal::round_significant(value, SIGNIFICANT_DIGITS)
}

macro_rules! choices {
    ($($code:literal => $en:literal, $zh:literal;)*) => {
        &[$(Choice { code: $code, label: Text::new($en, $zh) }),*]
    };
}

const MODE_CHOICES: &[Choice] = choices! {
    "buy" => "Buy", "购买";
    "rent" => "Rent", "租用";
};
const FACILITY_CHOICES: &[Choice] = choices! {
    "build" => "Build", "自建";
    "colo" => "Colocation", "托管";
};
const CHIP_CHOICES: &[Choice] = choices! {
    "a100" => "NVIDIA A100", "英伟达 A100";
    "h100" => "NVIDIA H100", "英伟达 H100";
    "h800" => "NVIDIA H800", "英伟达 H800";
    "h200" => "NVIDIA H200", "英伟达 H200";
    "b200" => "NVIDIA B200", "英伟达 B200";
    "mi300x" => "AMD MI300X", "AMD MI300X";
    "tpu-v5p" => "Google TPU v5p", "谷歌 TPU v5p";
    "gb200" => "NVIDIA GB200 NVL72", "英伟达 GB200 NVL72";
    "gb300" => "NVIDIA GB300 NVL72", "英伟达 GB300 NVL72";
    "b300" => "NVIDIA B300", "英伟达 B300";
    "mi325x" => "AMD MI325X", "AMD MI325X";
    "mi355x" => "AMD MI355X", "AMD MI355X";
    "tpu-v6e" => "Google TPU v6e", "谷歌 TPU v6e";
    "tpu7x" => "Google TPU7x", "谷歌 TPU7x";
    "trainium2" => "AWS Trainium2", "亚马逊 Trainium2";
    "h20" => "NVIDIA H20", "英伟达 H20";
    "ascend-910c" => "Huawei Ascend 910C", "华为昇腾 910C";
};

const PRECISION_CHOICES: &[Choice] = choices! {
    "bf16" => "BF16", "BF16";
    "fp8" => "FP8", "FP8";
    "fp4" => "FP4", "FP4";
};
const DEPRECIATION_CHOICES: &[Choice] = choices! {
    "progress" => "Epoch AI", "Epoch AI法";
    "life" => "Straight line", "直线折旧";
};
const TIME_BASIS_CHOICES: &[Choice] = choices! {
    "use" => "Time used", "实际使用时间";
    "dedicated" => "Whole programme", "整个项目期";
    "v1" => "Version 1 (mixed)", "第1版（混合）";
};

const CLOUD_TIER_CHOICES: &[Choice] = choices! {
    "ondemand" => "On demand", "按需";
    "1y" => "One-year commitment", "一年期承诺";
    "3y" => "Three-year commitment", "三年期承诺";
};

const fn num(min: f64, max: f64, log: bool) -> Kind {
    Kind::Number(NumberSpec {
        min,
        max,
        log,
        integer: false,
        optional: false,
    })
}
const fn count(min: f64, max: f64, log: bool) -> Kind {
    Kind::Number(NumberSpec {
        min,
        max,
        log,
        integer: true,
        optional: false,
    })
}
const fn optional(min: f64, max: f64) -> Kind {
    Kind::Number(NumberSpec {
        min,
        max,
        log: true,
        integer: false,
        optional: true,
    })
}

impl ParamKey {
    /// The parameter's metadata: group, label, help, unit, kind and range, source.
    pub fn meta(self) -> &'static ParamMeta {
        // META is in the order of ALL, which is the enum's (tested).
        &META[self.index()]
    }

    /// Position in [`ParamKey::ALL`] (the enum is declared in that order; tested).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The valid range and slider of a numeric parameter; `None` for a choice parameter.
    pub fn number_spec(self) -> Option<NumberSpec> {
        match self.meta().kind {
            Kind::Number(spec) => Some(spec),
            Kind::Choice(_) => None,
        }
    }

    /// Whether the control applies to the current choices; controls that do not are hidden
    /// and keep their values.
    pub fn applies(self, params: &Params) -> bool {
        let buy = params.mode == Mode::Buy;
        let progress = params.depreciation == Depreciation::Progress;
        match self {
            ParamKey::AcceleratorPrice
            | ParamKey::ClusterCostRatio
            | ParamKey::DepreciationMethod
            | ParamKey::ElectricityPrice
            | ParamKey::Facility => buy,
            ParamKey::HardwareLife => buy && !progress,
            ParamKey::PriceProgress | ParamKey::HardwareAge => buy && progress,
            ParamKey::CloudPrice | ParamKey::CloudTierChoice => !buy,
            ParamKey::FacilityCostPerMw | ParamKey::FacilityLife => {
                buy && params.facility == Facility::Build
            }
            ParamKey::ColocationPrice => buy && params.facility == Facility::Colo,
            _ => true,
        }
    }
}

impl Params {
    /// The number a numeric parameter holds (`None` for auto and for choices).
    pub fn number(&self, key: ParamKey) -> Option<f64> {
        match self.get(key) {
            Value::Number(v) => Some(v),
            _ => None,
        }
    }

    /// Checks a value and, when valid, stores it (numbers rounded to what a link can say).
    /// On error nothing changes.
    ///
    /// ```
    /// use frontier_cost_model::{presets, ParamError, ParamKey, Value};
    ///
    /// let mut params = presets::LLAMA_31_405B.params;
    /// params.set(ParamKey::ClusterSize, Value::Number(24_576.0)).unwrap();
    /// assert_eq!(params.accelerators, 24_576.0);
    ///
    /// // Utilisation above 90% is refused, and the state is left as it was.
    /// let before = params;
    /// let refused = params.set(ParamKey::Utilisation, Value::Number(1.5));
    /// assert!(matches!(
    ///     refused,
    ///     Err(ParamError::OutOfRange { key: ParamKey::Utilisation, .. })
    /// ));
    /// assert_eq!(params, before);
    /// // So is "auto" for a parameter that must have a value.
    /// assert!(params.set(ParamKey::ClusterSize, Value::Auto).is_err());
    /// assert_eq!(params, before);
    /// ```
    pub fn set(&mut self, key: ParamKey, value: Value) -> Result<(), ParamError> {
        let value = validate(key, value)?;
        if let (ParamKey::TrainingPrecision, Value::Choice(code)) = (key, value) {
            self.check_precision(Precision::from_code(code).unwrap_or(Precision::Bf16))?;
        }
        self.store(key, value);
        // A chip without the precision in force trains in BF16, every chip's.
        if key == ParamKey::Accelerator && self.check_precision(self.precision).is_err() {
            self.precision = Precision::Bf16;
        }
        Ok(())
    }

    /// Whether the accelerator in force has a dense peak at a precision.
    pub fn check_precision(&self, precision: Precision) -> Result<(), ParamError> {
        match self.chip.spec().peak(precision) {
            Some(_) => Ok(()),
            None => Err(ParamError::UnsupportedPrecision {
                precision,
                chip: self.chip,
            }),
        }
    }

    /// Sets a number inside its range without rounding it: for Monte Carlo samples, which
    /// are evaluated, never stored or linked.
    pub fn set_unrounded(&mut self, key: ParamKey, value: f64) -> Result<(), ParamError> {
        let spec = key.number_spec().ok_or_else(|| ParamError::UnknownChoice {
            key,
            text: format_exact(value),
        })?;
        if !value.is_finite() || value < spec.min || value > spec.max {
            return Err(ParamError::OutOfRange {
                key,
                value,
                min: spec.min,
                max: spec.max,
            });
        }
        self.store(key, Value::Number(value));
        Ok(())
    }

    /// Reads a value as people write it (`16k`, `$30,000`, `40%`, `3.8e25`, `auto`, `h100`)
    /// and stores it; on error nothing changes.
    pub fn set_text(&mut self, key: ParamKey, text: &str) -> Result<(), ParamError> {
        let value = parse_value(key, text)?;
        self.set(key, value)
    }

    /// Chooses an accelerator and resets its price, power and cloud price (and, where the
    /// edition has one per chip family, its average load) to the edition's defaults. A chip
    /// without a dense peak at the precision in force trains in BF16, every chip's.
    pub fn with_chip(mut self, edition: &Edition, chip: ChipId) -> Params {
        // Through `set`, which keeps the precision valid (a catalogue chip is always valid).
        let _ = self.set(ParamKey::Accelerator, Value::Choice(chip.code()));
        let defaults = edition.chip_defaults(chip, self.cloud_tier);
        self.accel_price = round_significant(defaults.price.get());
        self.watts_per_accel = round_significant(defaults.server_watts.get());
        self.rent_per_hour = round_significant(defaults.rent_per_hour.get());
        if let Some(load) = defaults.load_factor {
            self.load_factor = round_significant(load);
        }
        self
    }

    /// Chooses a cloud contract tier and resets the cloud price to the chip's at that tier.
    pub fn with_tier(mut self, edition: &Edition, tier: CloudTier) -> Params {
        self.cloud_tier = tier;
        let defaults = edition.chip_defaults(self.chip, tier);
        self.rent_per_hour = round_significant(defaults.rent_per_hour.get());
        self
    }

    /// The keys whose values differ between two scenarios.
    pub fn differing_keys(&self, other: &Params) -> Vec<ParamKey> {
        ParamKey::ALL
            .into_iter()
            .filter(|key| self.get(*key) != other.get(*key))
            .collect()
    }

    /// Whether every value is in range: what any state the page or a link can produce holds.
    pub fn validate_all(&self) -> Result<(), ParamError> {
        for key in ParamKey::ALL {
            validate(key, self.get(key))?;
        }
        self.check_precision(self.precision)
    }
}

/// Checks a value against the parameter's kind and range; returns it normalised.
pub fn validate(key: ParamKey, value: Value) -> Result<Value, ParamError> {
    match (key.meta().kind, value) {
        (Kind::Number(spec), Value::Number(v)) => {
            if !v.is_finite() {
                return Err(ParamError::NotFinite { key });
            }
            let v = if spec.integer { v.round() } else { v };
            let v = round_significant(v);
            if v < spec.min || v > spec.max {
                return Err(ParamError::OutOfRange {
                    key,
                    value: v,
                    min: spec.min,
                    max: spec.max,
                });
            }
            // -0.0 is stored as 0 so that equal states compare equal.
            Ok(Value::Number(v + 0.0))
        }
        (Kind::Number(spec), Value::Auto) if spec.optional => Ok(Value::Auto),
        (Kind::Number(_), Value::Auto) => Err(ParamError::Required { key }),
        (Kind::Number(_), Value::Choice(text)) => Err(ParamError::Unreadable {
            key,
            text: text.to_string(),
        }),
        (Kind::Choice(choices), Value::Choice(code)) => choices
            .iter()
            .find(|choice| choice.code.eq_ignore_ascii_case(code.trim()))
            .map(|choice| Value::Choice(choice.code))
            .ok_or_else(|| ParamError::UnknownChoice {
                key,
                text: code.to_string(),
            }),
        (Kind::Choice(_), Value::Number(v)) => Err(ParamError::UnknownChoice {
            key,
            text: format_exact(v),
        }),
        (Kind::Choice(_), Value::Auto) => Err(ParamError::Required { key }),
    }
}

/// Reads a value for one parameter from text, in any of the forms people write.
///
/// ```
/// use frontier_cost_model::params::parse_value;
/// use frontier_cost_model::{ParamKey, Value};
///
/// assert_eq!(parse_value(ParamKey::ClusterSize, "16k"), Ok(Value::Number(16_000.0)));
/// // Percentages are stored as fractions, with or without the sign.
/// assert_eq!(parse_value(ParamKey::Utilisation, "40%"), Ok(Value::Number(0.4)));
/// assert_eq!(parse_value(ParamKey::Utilisation, "40"), Ok(Value::Number(0.4)));
/// // A magnitude is read in the field's unit: parameters are kept in billions.
/// assert_eq!(parse_value(ParamKey::ActiveParams, "405B"), Ok(Value::Number(405.0)));
/// assert_eq!(parse_value(ParamKey::FinalRunFlop, "auto"), Ok(Value::Auto));
/// assert_eq!(parse_value(ParamKey::Accelerator, "H100"), Ok(Value::Choice("h100")));
/// assert!(parse_value(ParamKey::ClusterSize, "lots").is_err());
/// ```
///
/// Reading checks the form only; [`Params::set`] checks the range.
pub fn parse_value(key: ParamKey, text: &str) -> Result<Value, ParamError> {
    let meta = key.meta();
    let trimmed = text.trim();
    match meta.kind {
        Kind::Choice(choices) => choices
            .iter()
            .find(|choice| {
                choice.code.eq_ignore_ascii_case(trimmed)
                    || choice.label.en.eq_ignore_ascii_case(trimmed)
                    || choice.label.is_zh(trimmed)
            })
            .map(|choice| Value::Choice(choice.code))
            .ok_or_else(|| ParamError::UnknownChoice {
                key,
                text: text.to_string(),
            }),
        Kind::Number(spec) => {
            let lower = trimmed.to_ascii_lowercase();
            if spec.optional && (lower.is_empty() || lower == "auto" || trimmed == "自动") {
                return Ok(Value::Auto);
            }
            let number = parse_number(trimmed).map_err(|error| match error {
                ParseError::NotFinite => ParamError::NotFinite { key },
                _ => ParamError::Unreadable {
                    key,
                    text: text.to_string(),
                },
            })?;
            let mut value = number.value;
            if meta.unit == Unit::Percent {
                // "40%" and "40" both mean 40% in a percentage field; "0.4" is the fraction.
                if !number.percent && value > 1.0 {
                    value /= 100.0;
                }
            } else {
                if number.percent {
                    value *= 100.0;
                }
                if number.magnitude_given {
                    // "405B" in a field kept in billions means 405.
                    value /= meta.unit.scale();
                }
            }
            Ok(Value::Number(value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_table_matches_key_order() {
        for (i, key) in ParamKey::ALL.into_iter().enumerate() {
            assert_eq!(META[i].key, key);
            assert_eq!(key.index(), i);
            assert_eq!(ParamKey::from_code(key.code()), Some(key));
        }
    }

    #[test]
    fn the_declarations_fill_every_derived_table() {
        // Every uncertain position is taken once, by a parameter whose range key is its own.
        let uncertain: Vec<ParamKey> = ParamKey::ALL
            .into_iter()
            .filter(|key| key.meta().uncertainty.is_some())
            .collect();
        assert_eq!(uncertain.len(), UNCERTAIN_COUNT);
        for (position, key) in UNCERTAIN.iter().enumerate() {
            let spec = key.meta().uncertainty.unwrap();
            assert_eq!(spec.position, position, "{key:?}");
            assert_eq!(DEFAULT_RANGES[position].key, *key);
            assert_eq!(RANGE_KEYS[position], format!("r.{}", key.code()));
            assert!(spec.range.range.is_valid(), "{key:?}");
        }
        // Each parameter's compact slot is the one the frozen wire table gives its key.
        use crate::link::compact::{Form, SLOTS};
        for key in ParamKey::ALL {
            let meta = key.meta();
            let slot = &SLOTS[meta.slot];
            assert_eq!(slot.key, key.code(), "{key:?}");
            match (meta.kind, slot.form) {
                (Kind::Number(_), Form::Number) => {}
                (Kind::Choice(choices), Form::Code(codes)) => {
                    for choice in choices {
                        assert!(codes.contains(&choice.code), "{key:?} {}", choice.code);
                    }
                }
                other => panic!("{key:?}: {other:?}"),
            }
        }
    }

    /// The unit column of docs/links.md's parameter table.
    fn doc_unit(key: ParamKey) -> &'static str {
        let meta = key.meta();
        if let Kind::Choice(_) = meta.kind {
            return "code";
        }
        match meta.unit {
            Unit::Billions => "billions",
            Unit::Trillions => "trillions",
            Unit::Percent => "fraction",
            Unit::Ratio => "ratio",
            Unit::Count if key == ParamKey::Staff => "people",
            Unit::Count => "count",
            Unit::Watts => "watts",
            unit => unit.label().en,
        }
    }

    /// The range column of docs/links.md's parameter table.
    fn doc_range(key: ParamKey) -> String {
        match key.meta().kind {
            Kind::Number(spec) => {
                let mut range = format!("{} – {}", format_exact(spec.min), format_exact(spec.max));
                if spec.integer {
                    range.push_str(", whole");
                }
                if spec.optional {
                    range.push_str(", or `auto`");
                }
                range
            }
            Kind::Choice(choices) => choices
                .iter()
                .map(|choice| format!("`{}`", choice.code))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    #[test]
    fn the_documented_parameter_table_matches_the_declarations() {
        let doc = include_str!("../../../docs/links.md");
        let table = doc
            .split("### Parameters")
            .nth(1)
            .and_then(|rest| rest.split("\n### ").next())
            .expect("a Parameters section")
            .lines()
            .filter(|line| line.starts_with("| `"));
        let mut documented = Vec::new();
        for row in table {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            let code = cells[0].trim_matches('`');
            let key = ParamKey::from_code(code)
                .unwrap_or_else(|| panic!("docs/links.md documents an unknown key {code}"));
            assert!(
                cells[2].starts_with(doc_unit(key)),
                "unit of `{code}`: docs say {:?}, the declaration {:?}",
                cells[2],
                doc_unit(key)
            );
            assert_eq!(
                cells[3],
                doc_range(key),
                "range of `{code}` in docs/links.md"
            );
            documented.push(key);
        }
        assert_eq!(
            documented,
            ParamKey::ALL,
            "every parameter, in the declared order"
        );
    }

    #[test]
    fn codes_are_unique_and_link_safe() {
        for (i, a) in ParamKey::ALL.iter().enumerate() {
            assert!(a.code().bytes().all(|b| b.is_ascii_lowercase()));
            for b in &ParamKey::ALL[i + 1..] {
                assert_ne!(a.code(), b.code());
            }
        }
    }

    #[test]
    fn ranges_are_ordered() {
        for key in ParamKey::ALL {
            if let Some(spec) = key.number_spec() {
                assert!(spec.min < spec.max, "{key:?}");
                assert!(!spec.log || spec.min > 0.0 || spec.min == 0.0, "{key:?}");
            }
        }
    }

    #[test]
    fn significant_rounding() {
        assert_eq!(round_significant(16384.0), 16384.0);
        assert_eq!(round_significant(163_847.0), 163_850.0);
        assert_eq!(round_significant(0.123_456), 0.12346);
        assert_eq!(round_significant(3.8e25), 3.8e25);
        assert_eq!(round_significant(29_999.99), 30_000.0);
        assert_eq!(round_significant(-2.5), -2.5);
        assert_eq!(round_significant(0.0), 0.0);
        // Above 1e22 the result is still the nearest double to a 5-digit decimal, and stable.
        assert_eq!(round_significant(1.655_368_614_527_784_3e30), 1.6554e30);
        assert_eq!(
            format_exact(round_significant(1.655_368_614_527_784_3e30)),
            "1.6554e30"
        );
        let near = round_significant(9.999_987_234_872_429e26);
        assert_eq!(near, 1e27);
        assert_eq!(round_significant(near), near);
    }

    #[test]
    fn exact_format_is_short() {
        assert_eq!(format_exact(3.8e25), "3.8e25");
        assert_eq!(format_exact(16384.0), "16384");
        assert_eq!(format_exact(0.4), "0.4");
        assert_eq!(format_exact(1e6), "1e6");
        assert_eq!(format_exact(2_788_000.0), "2788000");
        assert_eq!(format_exact(27_880_000.0), "2.788e7");
    }

    #[test]
    fn human_forms_are_read_in_the_field_unit() {
        assert_eq!(
            parse_value(ParamKey::ClusterSize, "16k"),
            Ok(Value::Number(16_000.0))
        );
        assert_eq!(
            parse_value(ParamKey::AcceleratorPrice, "$30,000"),
            Ok(Value::Number(30_000.0))
        );
        assert_eq!(
            parse_value(ParamKey::Utilisation, "40%"),
            Ok(Value::Number(0.4))
        );
        assert_eq!(
            parse_value(ParamKey::Utilisation, "40"),
            Ok(Value::Number(0.4))
        );
        assert_eq!(
            parse_value(ParamKey::Utilisation, "0.4"),
            Ok(Value::Number(0.4))
        );
        assert_eq!(
            parse_value(ParamKey::FinalRunFlop, "3.8e25"),
            Ok(Value::Number(3.8e25))
        );
        assert_eq!(parse_value(ParamKey::FinalRunFlop, "auto"), Ok(Value::Auto));
        assert_eq!(parse_value(ParamKey::FinalRunFlop, ""), Ok(Value::Auto));
        assert_eq!(
            parse_value(ParamKey::ActiveParams, "405B"),
            Ok(Value::Number(405.0))
        );
        assert_eq!(
            parse_value(ParamKey::ActiveParams, "405"),
            Ok(Value::Number(405.0))
        );
        assert_eq!(
            parse_value(ParamKey::TrainingTokens, "15.6T"),
            Ok(Value::Number(15.6))
        );
        assert_eq!(
            parse_value(ParamKey::TrainingTokens, "500B"),
            Ok(Value::Number(0.5))
        );
        assert_eq!(
            parse_value(ParamKey::FinalRunHours, "2.788M"),
            Ok(Value::Number(2_788_000.0))
        );
        assert_eq!(
            parse_value(ParamKey::Accelerator, "H100"),
            Ok(Value::Choice("h100"))
        );
        assert_eq!(
            parse_value(ParamKey::BuyOrRent, "租用"),
            Ok(Value::Choice("rent"))
        );
    }

    #[test]
    fn edit_text_reads_back_exactly() {
        assert_eq!(
            edit_text(ParamKey::ClusterSize, Value::Number(16_384.0)),
            "16,384"
        );
        assert_eq!(
            edit_text(ParamKey::FinalRunHours, Value::Number(30_840_000.0)),
            "30.84M"
        );
        assert_eq!(
            edit_text(ParamKey::FinalRunFlop, Value::Number(3.8e25)),
            "3.8e25"
        );
        assert_eq!(edit_text(ParamKey::Utilisation, Value::Number(0.35)), "35");
        assert_eq!(
            edit_text(ParamKey::ElectricityPrice, Value::Number(0.08)),
            "0.08"
        );
        assert_eq!(edit_text(ParamKey::FinalRunFlop, Value::Auto), "");
        for preset in crate::presets::ALL {
            for key in ParamKey::ALL {
                let value = preset.params.get(key);
                let mut params = preset.params;
                params.set_text(key, &edit_text(key, value)).unwrap();
                assert_eq!(params.get(key), value, "{} {key:?}", preset.id);
            }
        }
    }

    #[test]
    fn errors_name_parameter_unit_and_range() {
        let mut params = crate::presets::default_preset().params;
        let before = params;
        let error = params.set_text(ParamKey::Utilisation, "150%").unwrap_err();
        assert!(matches!(
            error,
            ParamError::OutOfRange {
                key: ParamKey::Utilisation,
                ..
            }
        ));
        assert_eq!(
            error.to_string(),
            "150% is out of range. Model FLOP utilisation must be between 1% and 90%"
        );
        let error = params
            .set_text(ParamKey::AcceleratorPrice, "lots")
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "“lots” is not a number. Price per accelerator must be between 100 and 1e6 USD"
        );
        assert!(params
            .set(ParamKey::ClusterSize, Value::Number(f64::NAN))
            .is_err());
        assert!(params.set(ParamKey::ClusterSize, Value::Auto).is_err());
        assert!(params
            .set(ParamKey::Accelerator, Value::Choice("tpu-v9"))
            .is_err());
        assert_eq!(params, before, "a refused value changes nothing");
    }

    #[test]
    fn set_normalises() {
        let mut params = crate::presets::default_preset().params;
        params
            .set(ParamKey::ClusterSize, Value::Number(1000.4))
            .unwrap();
        assert_eq!(params.accelerators, 1000.0);
        params
            .set(ParamKey::LicensedData, Value::Number(-0.0))
            .unwrap();
        assert!(params.licence_per_year.is_sign_positive());
        params.set(ParamKey::FinalRunFlop, Value::Auto).unwrap();
        assert_eq!(params.flop_override, None);
    }

    #[test]
    fn controls_that_do_not_apply() {
        let mut params = crate::presets::default_preset().params;
        params.mode = Mode::Rent;
        assert!(!ParamKey::AcceleratorPrice.applies(&params));
        assert!(ParamKey::CloudPrice.applies(&params));
        assert!(!ParamKey::FacilityCostPerMw.applies(&params));
        params.mode = Mode::Buy;
        params.facility = Facility::Colo;
        assert!(ParamKey::ColocationPrice.applies(&params));
        assert!(!ParamKey::FacilityCostPerMw.applies(&params));
        assert!(!ParamKey::CloudPrice.applies(&params));
    }
}
