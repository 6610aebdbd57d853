//! Presets from published models and named scenarios, each with its sources and notes.
//!
//! These are schema version 1's presets. Once released they are frozen: a link says
//! `v=1&preset=<id>` plus only what differs, so changing a value here would change what old
//! links show. A later schema adds its own table and migrates old links (see `link`).

use super::chips::ChipId;
use super::params::{
    CloudTier, Depreciation, Facility, Mode, ParamKey, Params, Precision, TimeBasis,
};
use super::sources::{self, Source};
use super::text::Text;

pub mod v2;

/// A named starting point for the calculator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    /// The schema version whose preset this is (its edition: chips, budgets, scale).
    pub version: u32,
    /// The link value of `preset=`: part of the public format, never renamed.
    pub id: &'static str,
    /// The name shown in the picker.
    pub name: Text,
    /// The year the model was trained or the scenario is set in.
    pub year: u16,
    /// A paragraph on what the preset represents and the published figures behind it.
    pub summary: Text,
    /// The parameter values the preset sets (every parameter, not only those it changes).
    pub params: Params,
    /// Where the preset's figures come from.
    pub sources: &'static [Source],
    /// Why this preset has the value it has for some parameters.
    pub notes: &'static [(ParamKey, Text)],
}

impl Preset {
    /// The preset's note on why a parameter has its value, if it has one.
    pub fn note(&self, key: ParamKey) -> Option<&Text> {
        self.notes
            .iter()
            .find(|(note_key, _)| *note_key == key)
            .map(|(_, text)| text)
    }
}

/// Epoch AI's central estimates and the sourced defaults every preset starts from.
const DEFAULTS: Params = Params {
    params_b: 70.0,
    tokens_t: 15.0,
    flop_override: None,
    hours_override: None,
    mfu: 0.375,
    experiment_factor: 2.2,
    // Version 1's method: dense BF16, straight-line over 5 years, its mixed time basis.
    precision: Precision::Bf16,
    depreciation: Depreciation::Life,
    progress_ooms_per_year: 0.14,
    hardware_age_years: 0.16427,
    time_basis: TimeBasis::V1,
    cloud_tier: CloudTier::OneYear,
    chip: ChipId::H100,
    accelerators: 16_384.0,
    mode: Mode::Buy,
    accel_price: 30_000.0,
    system_factor: 2.0,
    hw_life_years: 5.0,
    rent_per_hour: 2.0,
    watts_per_accel: 1275.0,
    load_factor: 0.75,
    pue: 1.1,
    usd_per_kwh: 0.08,
    facility: Facility::Build,
    facility_capex_per_mw: 11_700_000.0,
    facility_life_years: 20.0,
    colo_per_kw_month: 180.0,
    licence_per_year: 0.0,
    transcribed_hours: 0.0,
    cost_per_transcribed_hour: 1.0,
    annotations: 0.0,
    cost_per_annotation: 18.0,
    staff: 100.0,
    salary: 430_000.0,
    months: 12.0,
};

/// Llama 3.1 405B (Meta, 2024): 405B dense parameters, 15.6T tokens, 3.8e25 FLOP on up to
/// 16,384 H100 that Meta owns. The page opens on it.
pub const LLAMA_31_405B: Preset = Preset {
    version: 1,
    id: "llama-3.1-405b",
    name: Text::new("Llama 3.1 405B (Meta, 2024)", "Llama 3.1 405B（Meta，2024年）"),
    year: 2024,
    summary: Text::new(
        "The largest open-weights model of 2024: 405B dense parameters, 15.6T tokens, 3.8e25 FLOP on up to 16,384 H100 that Meta owns.",
        "2024年最大的开放权重模型：4050亿稠密参数、15.6万亿词元、3.8e25 FLOP，使用Meta自有的最多16384块H100训练。",
    ),
    params: Params {
        params_b: 405.0,
        tokens_t: 15.6,
        flop_override: Some(3.8e25),
        mfu: 0.35,
        accelerators: 16_384.0,
        annotations: 10_000_000.0,
        staff: 300.0,
        months: 12.0,
        ..DEFAULTS
    },
    sources: &[
        sources::LLAMA_31_CARD,
        sources::LLAMA_3_PAPER,
        sources::EPOCH_CODE,
        sources::LAMBERT_RLHF,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new("3.8e25 FLOP (model card).", "3.8e25 FLOP（模型卡）。")),
        (ParamKey::Utilisation, Text::new(
            "38–43% while running, with about 90% of the 54 days spent training: about 35% overall. The model card reports 30.84M H100-hours.",
            "运行时利用率38%至43%，54天中约90%时间在有效训练：整体约35%。模型卡公布为3084万H100小时。",
        )),
        (ParamKey::ClusterSize, Text::new("Up to 16,384 H100 (Llama 3 paper).", "最多16384块H100（Llama 3论文）。")),
        (ParamKey::Annotations, Text::new(
            "About 10M human annotations (Meta); cost each taken from Llama 2's preference data.",
            "约1000万条人工标注（Meta）；单价参照Llama 2偏好数据。",
        )),
        (ParamKey::Staff, Text::new(
            "The paper credits more than 500 contributors; 300 full-time equivalents for a year is an assumption.",
            "论文列出500余名贡献者；按300名全职人员工作一年估算（假设）。",
        )),
    ],
};

/// GPT-4 (OpenAI, 2023): about 2.1e25 FLOP on about 25,000 A100 for 90–100 days.
pub const GPT_4: Preset = Preset {
    version: 1,
    id: "gpt-4",
    name: Text::new("GPT-4 (OpenAI, 2023)", "GPT-4（OpenAI，2023年）"),
    year: 2023,
    summary: Text::new(
        "About 2.1e25 FLOP on about 25,000 A100 for 90–100 days. Sam Altman: it cost more than $100M; Epoch AI puts the final run at about $40M of hardware and energy, the AI Index at $78.4M at cloud prices.",
        "约2.1e25 FLOP，约25000块A100训练90至100天。奥尔特曼称成本超过1亿美元；Epoch AI估计最终训练的硬件与电力约4000万美元，AI指数按云价格估计为7840万美元。",
    ),
    params: Params {
        params_b: 280.0,
        tokens_t: 13.0,
        flop_override: Some(2.1e25),
        mfu: 0.33,
        chip: ChipId::A100,
        accelerators: 25_000.0,
        accel_price: 15_000.0,
        rent_per_hour: 1.5,
        watts_per_accel: 812.5,
        pue: 1.12,
        transcribed_hours: 1_000_000.0,
        cost_per_transcribed_hour: 1.0,
        annotations: 1_400_000.0,
        staff: 250.0,
        months: 18.0,
        ..DEFAULTS
    },
    sources: &[
        sources::EPOCH_GPT4,
        sources::SEED,
        sources::AI_INDEX_2024,
        sources::GPT4_REPORT,
        sources::NVIDIA_A100,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new("About 2.1e25 FLOP (Epoch AI estimate).", "约2.1e25 FLOP（Epoch AI估计）。")),
        (ParamKey::ActiveParams, Text::new(
            "Unpublished; reported as about 280B active of about 1.8T total. Compute is set directly, so this does not change the result.",
            "未公布；据报道激活参数约2800亿、总参数约1.8万亿。算力已直接设定，此值不影响结果。",
        )),
        (ParamKey::Utilisation, Text::new(
            "About 33%: what fits 2.1e25 FLOP on 25,000 A100 in about 95 days.",
            "约33%：按2.1e25 FLOP、25000块A100、约95天推算。",
        )),
        (ParamKey::TranscribedHours, Text::new(
            "More than a million hours of video transcribed (seed article).",
            "转录了超过一百万小时的视频（原文）。",
        )),
        (ParamKey::Annotations, Text::new(
            "Unpublished; Llama 2's 1.4M preference comparisons used as a stand-in.",
            "未公布；以Llama 2的140万条偏好对比作参照。",
        )),
        (ParamKey::Staff, Text::new(
            "The technical report credits a few hundred contributors; 250 for 18 months is an assumption.",
            "技术报告列出数百名贡献者；按250人工作18个月估算（假设）。",
        )),
    ],
};

/// DeepSeek-V3 (2024): 2.788M H800-hours on 2,048 rented GPUs at the paper's assumed $2 an hour.
pub const DEEPSEEK_V3: Preset = Preset {
    version: 1,
    id: "deepseek-v3",
    name: Text::new("DeepSeek-V3 (DeepSeek, 2024)", "DeepSeek-V3（深度求索，2024年）"),
    year: 2024,
    summary: Text::new(
        "A mixture-of-experts model: 37B active of 671B parameters, 14.8T tokens, 2.788M H800-hours on 2,048 GPUs. At the paper's assumed $2 an hour the training run cost $5.576M; research, experiments and people are not in that figure.",
        "混合专家模型：6710亿参数中激活370亿，14.8万亿词元，在2048块GPU上用时278.8万H800小时。按论文假设的每小时2美元，训练成本为557.6万美元；该数字不含研究、实验和人力。",
    ),
    params: Params {
        params_b: 37.0,
        tokens_t: 14.8,
        hours_override: Some(2_788_000.0),
        mfu: 0.33,
        chip: ChipId::H800,
        accelerators: 2048.0,
        mode: Mode::Rent,
        rent_per_hour: 2.0,
        staff: 150.0,
        salary: 150_000.0,
        months: 12.0,
        ..DEFAULTS
    },
    sources: &[sources::DEEPSEEK_V3, sources::EPOCH_CODE],
    notes: &[
        (ParamKey::FinalRunHours, Text::new(
            "2.788M H800-hours for pre-training, context extension and post-training (paper).",
            "预训练、上下文扩展和后训练共278.8万H800小时（论文）。",
        )),
        (ParamKey::CloudPrice, Text::new("$2 per H800-hour, the paper's own assumption.", "每H800小时2美元，论文自身的假设。")),
        (ParamKey::Utilisation, Text::new(
            "About 33%: what makes 2.788M hours deliver 6 × 37B × 14.8T FLOP at BF16 peak (training used FP8).",
            "约33%：使278.8万卡时按BF16峰值完成 6 × 370亿 × 14.8万亿 FLOP（实际训练使用FP8）。",
        )),
        (ParamKey::CostPerPerson, Text::new(
            "Chinese AI salaries are lower than US ones: $150k fully loaded is an assumption.",
            "中国AI人才薪酬低于美国：按人均15万美元全部成本估算（假设）。",
        )),
    ],
};

/// A 2025 frontier model, the “$1B run”: 100,000 H100 and 2.5e26 FLOP in a year-long programme.
pub const FRONTIER_2025: Preset = Preset {
    version: 1,
    id: "frontier-2025",
    name: Text::new("Frontier model, 2025 (the “$1B run”)", "2025年前沿模型（“10亿美元训练”）"),
    year: 2025,
    summary: Text::new(
        "Dario Amodei (Anthropic), June 2024: models then in training cost close to $1B. A 100,000-H100 cluster, 2.5e26 FLOP in about 85 days, a year-long programme with licensed data.",
        "Anthropic CEO阿莫代（2024年6月）：正在训练的模型成本接近10亿美元。10万块H100集群，2.5e26 FLOP约85天完成，为期一年、使用授权数据的项目。",
    ),
    params: Params {
        params_b: 500.0,
        tokens_t: 100.0,
        flop_override: Some(2.5e26),
        mfu: 0.35,
        accelerators: 100_000.0,
        licence_per_year: 100_000_000.0,
        annotations: 5_000_000.0,
        staff: 400.0,
        salary: 500_000.0,
        months: 12.0,
        ..DEFAULTS
    },
    sources: &[
        sources::SEED,
        sources::SEMIANALYSIS_100K,
        sources::COTTIER_2024,
        sources::REDDIT_S1,
    ],
    notes: &[
        (ParamKey::ClusterSize, Text::new(
            "100,000 H100: the size of the largest clusters built in 2024 (SemiAnalysis: about 150 MW).",
            "10万块H100：2024年建成的最大集群规模（SemiAnalysis：约150兆瓦）。",
        )),
        (ParamKey::FinalRunFlop, Text::new("2.5e26 FLOP: an assumption, between six and seven times Llama 3.1 405B.", "2.5e26 FLOP：假设值，约为Llama 3.1 405B的六至七倍。")),
        (ParamKey::LicensedData, Text::new(
            "$100M a year: two deals the size of OpenAI–News Corp (about $50M a year each).",
            "每年1亿美元：相当于两笔OpenAI与新闻集团规模的交易（每笔约每年5000万美元）。",
        )),
    ],
};

/// A 2026 frontier programme, the “$5–10B” one: 400,000 B200 in a purpose-built campus of about
/// 780 MW, 3e27 FLOP over 18 months.
pub const FRONTIER_2026: Preset = Preset {
    version: 1,
    id: "frontier-2026",
    name: Text::new("Frontier programme, 2026 (the “$5–10B” one)", "2026年前沿项目（“50亿至100亿美元”）"),
    year: 2026,
    summary: Text::new(
        "Amodei's forecast for 2025–2026: $5B–$10B. 400,000 B200 in a purpose-built campus of about 780 MW, 3e27 FLOP, an 18-month programme.",
        "阿莫代对2025—2026年的预测：50亿至100亿美元。40万块B200、约780兆瓦的专用园区、3e27 FLOP、为期18个月的项目。",
    ),
    params: Params {
        params_b: 2000.0,
        tokens_t: 250.0,
        flop_override: Some(3e27),
        mfu: 0.35,
        chip: ChipId::B200,
        accelerators: 400_000.0,
        accel_price: 35_000.0,
        rent_per_hour: 3.5,
        watts_per_accel: 1787.5,
        licence_per_year: 300_000_000.0,
        annotations: 20_000_000.0,
        staff: 1000.0,
        salary: 600_000.0,
        months: 18.0,
        ..DEFAULTS
    },
    sources: &[
        sources::SEED,
        sources::NVIDIA_B200,
        sources::CUSHMAN_2025,
        sources::COTTIER_2024,
    ],
    notes: &[
        (ParamKey::ClusterSize, Text::new(
            "400,000 B200: an assumption of the scale announced for 2026 campuses.",
            "40万块B200：按2026年公布的园区规模假设。",
        )),
        (ParamKey::FinalRunFlop, Text::new("3e27 FLOP: an assumption, twelve times the 2025 preset.", "3e27 FLOP：假设值，为2025年预设的十二倍。")),
        (ParamKey::CostPerPerson, Text::new(
            "Frontier labs' pay is above the median: $600k fully loaded is an assumption.",
            "前沿实验室薪酬高于中位数：按人均60万美元全部成本估算（假设）。",
        )),
    ],
};

/// A university lab: 64 A100 train a 7B model on 1T tokens.
pub const UNIVERSITY_LAB: Preset = Preset {
    version: 1,
    id: "university-lab",
    name: Text::new("University lab (tens of GPUs)", "高校实验室（数十块GPU）"),
    year: 2024,
    summary: Text::new(
        "A top university NLP group: Stanford's had 68 GPUs in 2024. 64 A100 in the university's data centre train a 7B model on 1T tokens.",
        "顶尖高校自然语言处理团队：斯坦福大学该团队2024年仅有68块GPU。64块A100放在学校数据中心，用1万亿词元训练70亿参数模型。",
    ),
    params: Params {
        params_b: 7.0,
        tokens_t: 1.0,
        mfu: 0.4,
        experiment_factor: 2.0,
        chip: ChipId::A100,
        accelerators: 64.0,
        accel_price: 15_000.0,
        rent_per_hour: 1.5,
        watts_per_accel: 812.5,
        pue: 1.5,
        usd_per_kwh: 0.1,
        facility: Facility::Colo,
        colo_per_kw_month: 150.0,
        staff: 8.0,
        salary: 120_000.0,
        months: 12.0,
        ..DEFAULTS
    },
    sources: &[sources::WAPO_STANFORD, sources::NVIDIA_A100, sources::UPTIME],
    notes: &[
        (ParamKey::ClusterSize, Text::new("Stanford NLP had 68 GPUs (Washington Post, 2024).", "斯坦福NLP团队有68块GPU（《华盛顿邮报》，2024年）。")),
        (ParamKey::CostPerPerson, Text::new(
            "Students and postdocs: $120k a person fully loaded is an assumption.",
            "学生和博士后：按人均12万美元全部成本估算（假设）。",
        )),
        (ParamKey::Pue, Text::new("A university data centre: the industry-average PUE of about 1.5.", "高校数据中心：按行业平均PUE约1.5计。")),
    ],
};

/// A start-up renting 1,024 H100 at $2 an hour to train a 30B model on 5T tokens.
pub const STARTUP: Preset = Preset {
    version: 1,
    id: "startup",
    name: Text::new("Start-up on a rented cluster", "租用集群的初创公司"),
    year: 2025,
    summary: Text::new(
        "A venture-backed start-up rents 1,024 H100 at $2 an hour to train a 30B model on 5T tokens, with a team of 30 for a year.",
        "一家风投支持的初创公司以每小时2美元租用1024块H100，用5万亿词元训练300亿参数模型，团队30人、为期一年。",
    ),
    params: Params {
        params_b: 30.0,
        tokens_t: 5.0,
        mfu: 0.4,
        experiment_factor: 2.0,
        accelerators: 1024.0,
        mode: Mode::Rent,
        rent_per_hour: 2.0,
        licence_per_year: 1_000_000.0,
        annotations: 200_000.0,
        staff: 30.0,
        salary: 350_000.0,
        months: 12.0,
        ..DEFAULTS
    },
    sources: &[sources::CLOUD_PRICES, sources::CARTA_Q1_2024, sources::LAMBERT_RLHF],
    notes: &[
        (ParamKey::CloudPrice, Text::new("One-year contracts ran at $1.70–$2.35 an hour in 2025–2026.", "2025—2026年一年期合约价格为每小时1.7至2.35美元。")),
        (ParamKey::Staff, Text::new("A team of 30 for a year: an assumption.", "30人团队工作一年：假设值。")),
    ],
};

/// Every preset, in the picker's order. The first published 2024 frontier model opens the page.
pub const ALL: [Preset; 7] = [
    LLAMA_31_405B,
    GPT_4,
    DEEPSEEK_V3,
    FRONTIER_2025,
    FRONTIER_2026,
    UNIVERSITY_LAB,
    STARTUP,
];

/// The preset the page opens on.
pub fn default_preset() -> &'static Preset {
    &ALL[0]
}

/// The preset with this link id (`preset=`), in any case, spaces around ignored.
pub fn by_id(id: &str) -> Option<&'static Preset> {
    ALL.iter()
        .find(|preset| preset.id.eq_ignore_ascii_case(id.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::{round_significant, validate, Value};

    #[test]
    fn ids_are_unique_and_link_safe() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(a
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'));
            assert_eq!(by_id(a.id).map(|p| p.id), Some(a.id));
            for b in &ALL[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }

    #[test]
    fn every_preset_is_a_valid_state_a_link_can_say_exactly() {
        // Every version's presets.
        for preset in ALL.iter().chain(&v2::ALL) {
            preset
                .params
                .validate_all()
                .unwrap_or_else(|e| panic!("{}: {e}", preset.id));
            for key in ParamKey::ALL {
                let value = preset.params.get(key);
                assert_eq!(validate(key, value), Ok(value), "{} {key:?}", preset.id);
                if let Value::Number(v) = value {
                    assert_eq!(round_significant(v), v, "{} {key:?}", preset.id);
                }
            }
        }
    }

    #[test]
    fn chip_figures_match_the_catalogue() {
        for preset in ALL {
            let spec = preset.params.chip.spec();
            assert_eq!(
                preset.params.watts_per_accel,
                spec.server_watts.get(),
                "{}",
                preset.id
            );
        }
    }

    #[test]
    fn notes_name_distinct_parameters() {
        for preset in ALL.iter().chain(&v2::ALL) {
            for (i, (a, _)) in preset.notes.iter().enumerate() {
                assert!(
                    preset.notes[i + 1..].iter().all(|(b, _)| a != b),
                    "{}",
                    preset.id
                );
            }
        }
    }
}
