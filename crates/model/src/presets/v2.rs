//! Schema version 2's presets: the published models of 2024–2025 and scenarios rebuilt from
//! late-2026 evidence, on Epoch AI's amortisation method and the one time basis of the runs.
//!
//! Frozen once released, like version 1's (see the parent module). Every version 1 id is here
//! too, since "Open with current figures" reopens a link's preset in the latest edition.
//!
//! Chip-dependent figures (price, server power, cloud price) are written out in each preset
//! rather than taken from the chip catalogue: a preset states the figures of its own time and
//! source, and the catalogue's late-2026 figures may be revised without changing a preset.

use super::Preset;
use crate::chips::ChipId;
use crate::params::{
    CloudTier, Depreciation, Facility, Mode, ParamKey, Params, Precision, TimeBasis,
};
use crate::sources;
use crate::text::Text;

/// Version 2's dated defaults every preset starts from.
const DEFAULTS: Params = Params {
    params_b: 70.0,
    tokens_t: 15.0,
    flop_override: None,
    hours_override: None,
    // Epoch AI: median of 33 published runs.
    mfu: 0.375,
    // Epoch's per-model 2.2 (1.2–4): the frontier scenarios set their own (see FRONTIER_2025).
    experiment_factor: 2.2,
    precision: Precision::Bf16,
    // Epoch's method: price-performance depreciation, charged for the time the runs use.
    depreciation: Depreciation::Progress,
    progress_ooms_per_year: 0.14,
    hardware_age_years: 0.16427,
    time_basis: TimeBasis::Use,
    cloud_tier: CloudTier::OneYear,
    chip: ChipId::H100,
    accelerators: 16_384.0,
    mode: Mode::Buy,
    // H100 chip $25–30k; Epoch's server (1.64) and interconnect (÷ 0.81) overheads ≈ 2.
    accel_price: 30_000.0,
    system_factor: 2.0,
    hw_life_years: 5.0,
    // One-year H100 contracts, 2026-03.
    rent_per_hour: 2.35,
    watts_per_accel: 1275.0,
    load_factor: 0.75,
    // Epoch: hyperscale 1.1.
    pue: 1.1,
    // EIA: US industrial average, 2025.
    usd_per_kwh: 0.0826,
    facility: Facility::Build,
    facility_capex_per_mw: 11_700_000.0,
    facility_life_years: 20.0,
    // CBRE: primary markets, 2024-H2.
    colo_per_kw_month: 184.0,
    licence_per_year: 0.0,
    transcribed_hours: 0.0,
    cost_per_transcribed_hour: 1.0,
    annotations: 0.0,
    cost_per_annotation: 18.0,
    staff: 100.0,
    // Epoch: salary × 1.32 overhead + equity, at the medians.
    salary: 390_000.0,
    months: 12.0,
};

/// The experiment multiple of the frontier scenarios: final runs are 10–30% of frontier labs'
/// R&D compute (a multiple of 3–10); 5.5 is their geometric middle, and `exp`'s range of
/// 0.55–1.8 times the value gives 3.0–9.9.
const FRONTIER_EXPERIMENTS: f64 = 5.5;

/// What a frontier lab pays a person in 2025–26: OpenAI's average stock compensation of about
/// $1.5M plus Epoch's loaded median base salary (≈ $255k).
const FRONTIER_PAY: f64 = 1_750_000.0;

/// The note on Epoch's cost per person, shared by the presets that use it.
const EPOCH_PAY_NOTE: Text = Text::new(
    "Epoch AI: median base salary ≈ $193k × 1.32 for benefits and taxes, plus equity ≈ $133k: about $390k.",
    "Epoch AI：基本工资中位数约19.3万美元 × 1.32倍福利和税费，加股权约13.3万美元：约39万美元。",
);

/// The note on frontier-lab pay, shared by the frontier scenarios.
const FRONTIER_PAY_NOTE: Text = Text::new(
    "Frontier labs pay far more: OpenAI's stock compensation averaged about $1.5M an employee (WSJ, 2025-12, indicative), plus a loaded base salary of about $255k.",
    "前沿实验室薪酬高得多：OpenAI人均股权薪酬约150万美元（《华尔街日报》，2025年12月，参考值），另加约25.5万美元含福利的基本工资。",
);

/// The note on the frontier experiment multiple, shared by the frontier scenarios.
const FRONTIER_EXPERIMENTS_NOTE: Text = Text::new(
    "Final runs are 10–30% of frontier labs' R&D compute (Epoch, 2026): a multiple of 3–10. 5.5 is its geometric middle; the range shown is 3.0–9.9.",
    "最终训练只占前沿实验室研发算力的10%至30%（Epoch，2026年）：倍数为3至10。取其几何中值5.5；所示区间为3.0至9.9。",
);

/// Grok 3 (xAI, 2025): 4.64e26 FLOP on 100,000 H100 for about 100 days (Epoch AI). The page
/// opens on it: the largest run with a confident published estimate.
pub const GROK_3: Preset = Preset {
    version: 2,
    id: "grok-3",
    name: Text::new("Grok 3 (xAI, 2025)", "Grok 3（xAI，2025年）"),
    year: 2025,
    summary: Text::new(
        "About 4.64e26 FLOP on 100,000 H100 for about 100 days (Epoch AI; xAI publishes no figures). Epoch: final run $301M of amortised hardware and energy, $1.16B at cloud prices, $5.48B to buy the hardware (2023 dollars).",
        "约4.64e26 FLOP，10万块H100训练约100天（Epoch AI估计；xAI未公布数字）。Epoch估计最终训练的摊销硬件与电力成本为3.01亿美元，按云价格为11.6亿美元，购置硬件需54.8亿美元（2023年美元）。",
    ),
    params: Params {
        flop_override: Some(4.64e26),
        mfu: 0.54,
        accelerators: 100_000.0,
        accel_price: 27_000.0,
        hardware_age_years: 1.7,
        pue: 1.25,
        staff: 300.0,
        ..DEFAULTS
    },
    sources: &[
        sources::EPOCH_MODELS_2025,
        sources::EPOCH_MODEL_COSTS,
        sources::EPOCH_CODE,
        sources::EPOCH_DEV_COST,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new(
            "4.64e26 FLOP (Epoch AI, from the cluster and run length; range 2.1e26–1.1e27).",
            "4.64e26 FLOP（Epoch AI根据集群和训练时长估计；区间2.1e26至1.1e27）。",
        )),
        (ParamKey::ActiveParams, Text::new(
            "Unpublished. Compute is set directly, so size and tokens do not change the result.",
            "未公布。算力已直接设定，参数和词元不影响结果。",
        )),
        (ParamKey::Utilisation, Text::new(
            "54% of BF16 peak: what fits 4.64e26 FLOP on 100,000 H100 in about 100 days, as Epoch assumes.",
            "BF16峰值的54%：按Epoch的假设，10万块H100约100天完成4.64e26 FLOP。",
        )),
        (ParamKey::ClusterSize, Text::new(
            "100,000 H100 in xAI's Colossus, Memphis (Epoch AI).",
            "xAI位于孟菲斯的Colossus集群中的10万块H100（Epoch AI）。",
        )),
        (ParamKey::AcceleratorPrice, Text::new(
            "Epoch's H100 price, $44,490 a GPU in a DGX server (2022-09), less its 1.64 server overhead; × 2 for servers and interconnect: about Epoch's $5.48B for the cluster.",
            "Epoch采用的H100价格：DGX服务器中每GPU 44490美元（2022年9月），扣除1.64倍服务器系数；再 × 2计入服务器和互连：与Epoch的集群54.8亿美元相当。",
        )),
        (ParamKey::HardwareAge, Text::new(
            "Epoch's method dates that price three months after the H100's launch (late 2022) and depreciates it to training start (2024-09): 1.7 years. At 60 days the run would be charged about $480M.",
            "Epoch的方法将该价格定在H100发布三个月后（2022年底），并折旧至训练开始（2024年9月）：1.7年。若按60天计，最终训练将计约4.8亿美元。",
        )),
        (ParamKey::Pue, Text::new(
            "1.25: Epoch's value outside the hyperscalers.",
            "1.25：Epoch对超大规模企业以外数据中心的取值。",
        )),
        (ParamKey::ExperimentMultiple, Text::new(
            "Epoch's per-model 2.2: Colossus came online about five months before release, which bounds experiments on it.",
            "采用Epoch的单模型2.2倍：Colossus在发布前约五个月才投入使用，限制了其上的实验量。",
        )),
        (ParamKey::Staff, Text::new(
            "Unpublished: 300 full-time equivalents for a year is an assumption.",
            "未公布：按300名全职人员工作一年估算（假设）。",
        )),
        (ParamKey::CostPerPerson, EPOCH_PAY_NOTE),
    ],
};

/// A 2025 frontier model on the evidence of Grok 3 and Grok 4: 246M H100-hours on 200,000
/// GPUs, in a lab whose final runs are a minority of its compute.
pub const FRONTIER_2025: Preset = Preset {
    version: 2,
    id: "frontier-2025",
    name: Text::new("Frontier model, 2025", "2025年前沿模型"),
    year: 2025,
    summary: Text::new(
        "Built from published estimates: Grok 4's final run took about 246M H100-hours (Epoch AI: median about $490M), on a 200,000-GPU cluster; frontier labs spend 3–10 times their final runs on R&D compute. Dario Amodei put models in training in mid-2024 at close to $1B: a point to compare, not a target.",
        "依据公开估计构建：Grok 4最终训练约2.46亿H100小时（Epoch AI：中位数约4.9亿美元），集群20万块GPU；前沿实验室的研发算力为最终训练的3至10倍。阿莫代称2024年年中在训模型成本接近10亿美元：用于对照，而非校准目标。",
    ),
    params: Params {
        hours_override: Some(246_000_000.0),
        experiment_factor: FRONTIER_EXPERIMENTS,
        accelerators: 200_000.0,
        pue: 1.25,
        licence_per_year: 100_000_000.0,
        annotations: 5_000_000.0,
        staff: 400.0,
        salary: FRONTIER_PAY,
        ..DEFAULTS
    },
    sources: &[
        sources::EPOCH_GROK4,
        sources::EPOCH_RND_SHARE,
        sources::WSJ_OPENAI_PAY,
        sources::SEED,
        sources::REDDIT_S1,
        sources::LAMBERT_RLHF,
    ],
    notes: &[
        (ParamKey::FinalRunHours, Text::new(
            "246M H100-hours: Epoch's median for Grok 4 (2025-07).",
            "2.46亿H100小时：Epoch对Grok 4（2025年7月）的中位估计。",
        )),
        (ParamKey::Utilisation, Text::new(
            "Epoch's median 37.5%: with published hours it sets only the compute shown (about 3.3e26 FLOP).",
            "采用Epoch中位数37.5%：已给定卡时，它只影响所示算力（约3.3e26 FLOP）。",
        )),
        (ParamKey::ClusterSize, Text::new(
            "200,000 H100-class GPUs: Colossus in 2025 (xAI); the final run takes about 51 days on it.",
            "20万块H100级GPU：2025年的Colossus（xAI）；最终训练在其上约需51天。",
        )),
        (ParamKey::AcceleratorPrice, Text::new(
            "$30,000, the top of the $25–30k reported for an H100, bought about 60 days before training.",
            "30000美元，为H100报价25000至30000美元的上限，约在训练前60天购入。",
        )),
        (ParamKey::ExperimentMultiple, FRONTIER_EXPERIMENTS_NOTE),
        (ParamKey::Pue, Text::new(
            "1.25, Epoch's value outside the hyperscalers: with it, energy comes close to Epoch's 310 GWh for Grok 4.",
            "1.25，Epoch对超大规模企业以外的取值：据此能耗接近Epoch对Grok 4估计的310吉瓦时。",
        )),
        (ParamKey::LicensedData, Text::new(
            "$100M a year, an assumption: about two deals the size of Reddit–Google ($60M a year).",
            "每年1亿美元（假设）：约相当于两笔Reddit与谷歌规模的交易（每年6000万美元）。",
        )),
        (ParamKey::Annotations, Text::new(
            "5M preference comparisons (assumption), at Llama 2's cost per comparison.",
            "500万条偏好对比（假设），按Llama 2每条对比的成本计。",
        )),
        (ParamKey::Staff, Text::new("400 people for a year: an assumption.", "400人工作一年：假设值。")),
        (ParamKey::CostPerPerson, FRONTIER_PAY_NOTE),
    ],
};

/// A 2026 frontier programme on a GB200 campus of about 1 GW: 500,000 GPUs, 2e27 FLOP.
pub const FRONTIER_2026: Preset = Preset {
    version: 2,
    id: "frontier-2026",
    name: Text::new("Frontier programme, 2026 (a 1 GW campus)", "2026年前沿项目（1吉瓦园区）"),
    year: 2026,
    summary: Text::new(
        "A campus of about 1 GW, as built for 2026: 500,000 GB200 own it; 2e27 FLOP, about 4.5 times Grok 3 as frontier compute grows 4–5 times a year; R&D compute 5.5 times the final run. Amodei's forecast of $5–10B for 2025–26 models is a point to compare, not a target.",
        "按2026年在建规模设想的约1吉瓦园区：自有50万块GB200；2e27 FLOP，按前沿算力每年增长4至5倍约为Grok 3的4.5倍；研发算力为最终训练的5.5倍。阿莫代对2025—26年模型50亿至100亿美元的预测用于对照，而非校准目标。",
    ),
    params: Params {
        params_b: 2000.0,
        tokens_t: 170.0,
        flop_override: Some(2e27),
        mfu: 0.35,
        experiment_factor: FRONTIER_EXPERIMENTS,
        chip: ChipId::Gb200,
        accelerators: 500_000.0,
        accel_price: 47_000.0,
        system_factor: 1.7,
        rent_per_hour: 6.0,
        watts_per_accel: 1800.0,
        licence_per_year: 300_000_000.0,
        annotations: 20_000_000.0,
        staff: 1000.0,
        salary: FRONTIER_PAY,
        ..DEFAULTS
    },
    sources: &[
        sources::EPOCH_COMPUTE_GROWTH,
        sources::EPOCH_MODELS_2025,
        sources::AI_CAMPUS_COSTS,
        sources::EPOCH_RND_SHARE,
        sources::WSJ_OPENAI_PAY,
        sources::CUSHMAN_2025,
        sources::SEED,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new(
            "2e27 FLOP: Grok 3's 4.64e26 grown 4.5 times in a year (Epoch: 4–5× a year). An assumption; about 53 days on the campus.",
            "2e27 FLOP：Grok 3的4.64e26按一年增长4.5倍（Epoch：每年4至5倍）。假设值；在园区上约需53天。",
        )),
        (ParamKey::ActiveParams, Text::new(
            "Compute is set directly; 2T active on 170T tokens is one split of it.",
            "算力已直接设定；2万亿激活参数、170万亿词元只是其中一种组合。",
        )),
        (ParamKey::Utilisation, Text::new("35% of BF16 peak: an assumption near Epoch's median.", "BF16峰值的35%：接近Epoch中位数的假设值。")),
        (ParamKey::ClusterSize, Text::new(
            "500,000 GB200 at about 1.8 kW each and PUE 1.1: about 1 GW, the scale of the campuses built for 2026.",
            "50万块GB200，每块约1.8千瓦，PUE 1.1：约1吉瓦，相当于为2026年建设的园区规模。",
        )),
        (ParamKey::AcceleratorPrice, Text::new(
            "About $47k per GPU: a GB200 NVL72 rack's $3.4M of compute ÷ 72 (Bernstein, 2025-10, indicative).",
            "每GPU约4.7万美元：GB200 NVL72机架计算部分340万美元 ÷ 72（伯恩斯坦，2025年10月，参考值）。",
        )),
        (ParamKey::ClusterCostRatio, Text::new(
            "1.7: the rack's $5.9M all-in ÷ its $3.4M of compute (Bernstein, indicative).",
            "1.7：机架全包590万美元 ÷ 计算部分340万美元（伯恩斯坦，参考值）。",
        )),
        (ParamKey::PowerPerAccelerator, Text::new(
            "1,800 W: an NVL72 rack's 120–132 kW ÷ 72 GPUs.",
            "1800瓦：NVL72机架120至132千瓦 ÷ 72块GPU。",
        )),
        (ParamKey::CloudPrice, Text::new(
            "$6 a GB200-hour if rented: an assumption between B200 reserved prices ($2.65+) and hyperscalers' ($8–14).",
            "若租用，每GB200小时6美元：介于B200预留价（2.65美元起）与超大规模云价格（8至14美元）之间的假设。",
        )),
        (ParamKey::ExperimentMultiple, FRONTIER_EXPERIMENTS_NOTE),
        (ParamKey::LicensedData, Text::new(
            "$300M a year, an assumption: several large publisher and platform deals.",
            "每年3亿美元（假设）：若干大型出版商和平台授权交易。",
        )),
        (ParamKey::Staff, Text::new("1,000 people for a year: an assumption.", "1000人工作一年：假设值。")),
        (ParamKey::CostPerPerson, FRONTIER_PAY_NOTE),
    ],
};

/// Llama 4 Maverick (Meta, 2025): 17B active of 400B parameters, about 22T tokens, 2.38M
/// H100-hours in FP8.
pub const LLAMA_4_MAVERICK: Preset = Preset {
    version: 2,
    id: "llama-4-maverick",
    name: Text::new("Llama 4 Maverick (Meta, 2025)", "Llama 4 Maverick（Meta，2025年）"),
    year: 2025,
    summary: Text::new(
        "A mixture-of-experts model: 17B active of 400B parameters, about 22T tokens, 2.38M H100-hours in FP8 (model card) on hardware Meta owns.",
        "混合专家模型：4000亿参数中激活170亿，约22万亿词元，以FP8在Meta自有硬件上用时238万H100小时（模型卡）。",
    ),
    params: Params {
        params_b: 17.0,
        tokens_t: 22.0,
        hours_override: Some(2_380_000.0),
        mfu: 0.13,
        precision: Precision::Fp8,
        staff: 300.0,
        ..DEFAULTS
    },
    sources: &[sources::LLAMA_4_CARD, sources::EPOCH_CODE, sources::EPOCH_DEV_COST],
    notes: &[
        (ParamKey::FinalRunHours, Text::new("2.38M H100-hours (model card).", "238万H100小时（模型卡）。")),
        (ParamKey::TrainingPrecision, Text::new("FP8 (Meta).", "FP8（Meta）。")),
        (ParamKey::Utilisation, Text::new(
            "13% of FP8 peak: what makes 2.38M hours deliver 6 × 17B × 22T FLOP.",
            "FP8峰值的13%：使238万卡时完成 6 × 170亿 × 22万亿 FLOP。",
        )),
        (ParamKey::ClusterSize, Text::new(
            "Unpublished: 16,384 H100, Llama 3's cluster, is an assumption; it changes the days, not the cost.",
            "未公布：按Llama 3的16384块H100假设；它影响天数，不影响成本。",
        )),
        (ParamKey::Staff, Text::new(
            "300 full-time equivalents for a year: an assumption, as for Llama 3.1.",
            "按300名全职人员工作一年估算（假设），与Llama 3.1相同。",
        )),
        (ParamKey::CostPerPerson, EPOCH_PAY_NOTE),
    ],
};

/// DeepSeek-V3's published hours and price: the hours of the DeepSeek-R1 preset less R1's RL
/// stage (the R1 test reads the stage as the difference).
const DEEPSEEK_V3_HOURS: f64 = 2_788_000.0;

/// DeepSeek-R1's RL stage (Nature supplement): R1-Zero 101k, SFT data 5k and R1 41k
/// H800-hours on 512 H800.
const DEEPSEEK_R1_RL_HOURS: f64 = 147_000.0;

/// DeepSeek-V3 (2024): 2.788M H800-hours on 2,048 rented GPUs at the paper's $2 an hour.
pub const DEEPSEEK_V3: Preset = Preset {
    version: 2,
    id: "deepseek-v3",
    name: Text::new("DeepSeek-V3 (DeepSeek, 2024)", "DeepSeek-V3（深度求索，2024年）"),
    year: 2024,
    summary: Text::new(
        "37B active of 671B parameters, 14.8T tokens, 2.788M H800-hours in FP8 on 2,048 GPUs, rented at the paper's assumed $2 an hour: $5.576M. Research, experiments and people are not in that figure; the owned view is a separate preset.",
        "6710亿参数中激活370亿，14.8万亿词元，以FP8在2048块GPU上用时278.8万H800小时，按论文假设的每小时2美元租用：557.6万美元。该数字不含研究、实验和人力；自有集群视角另有预设。",
    ),
    params: Params {
        params_b: 37.0,
        tokens_t: 14.8,
        hours_override: Some(DEEPSEEK_V3_HOURS),
        mfu: 0.17,
        precision: Precision::Fp8,
        chip: ChipId::H800,
        accelerators: 2048.0,
        mode: Mode::Rent,
        rent_per_hour: 2.0,
        staff: 150.0,
        salary: 150_000.0,
        ..DEFAULTS
    },
    sources: &[sources::DEEPSEEK_V3, sources::EPOCH_CODE],
    notes: &[
        (ParamKey::FinalRunHours, Text::new(
            "2.788M H800-hours for pre-training, context extension and post-training (paper).",
            "预训练、上下文扩展和后训练共278.8万H800小时（论文）。",
        )),
        (ParamKey::CloudPrice, Text::new("$2 per H800-hour, the paper's own assumption.", "每H800小时2美元，论文自身的假设。")),
        (ParamKey::TrainingPrecision, Text::new("FP8 (paper).", "FP8（论文）。")),
        (ParamKey::Utilisation, Text::new(
            "17% of FP8 peak: what makes 2.788M hours deliver 6 × 37B × 14.8T FLOP (the paper's 385 TFLOP/s, 19%, counts attention too).",
            "FP8峰值的17%：使278.8万卡时完成 6 × 370亿 × 14.8万亿 FLOP（论文的385 TFLOP/s即19%，另计入了注意力运算）。",
        )),
        (ParamKey::CostPerPerson, Text::new(
            "Chinese AI salaries are lower than US ones: $150k fully loaded is an assumption.",
            "中国AI人才薪酬低于美国：按人均15万美元全部成本估算（假设）。",
        )),
    ],
};

/// DeepSeek-R1 (2025): DeepSeek-V3's pre-training plus the published RL stage, one run of
/// 2.935M H800-hours at $2.
pub const DEEPSEEK_R1: Preset = Preset {
    version: 2,
    id: "deepseek-r1",
    name: Text::new("DeepSeek-R1 (DeepSeek, 2025)", "DeepSeek-R1（深度求索，2025年）"),
    year: 2025,
    summary: Text::new(
        "DeepSeek-V3's 2.788M H800-hours plus R1's reinforcement-learning stage, 147k H800-hours on 512 H800 ($294k at $2 an hour, Nature 2025): one run of 2.935M hours, $5.87M. The RL stage is the difference from the DeepSeek-V3 preset.",
        "DeepSeek-V3的278.8万H800小时，加上R1强化学习阶段在512块H800上的14.7万H800小时（按每小时2美元为29.4万美元，《自然》2025年）：合计293.5万卡时、587万美元。强化学习阶段即与DeepSeek-V3预设之差。",
    ),
    params: Params {
        hours_override: Some(DEEPSEEK_V3_HOURS + DEEPSEEK_R1_RL_HOURS),
        ..DEEPSEEK_V3.params
    },
    sources: &[sources::DEEPSEEK_R1_NATURE, sources::DEEPSEEK_V3, sources::EPOCH_CODE],
    notes: &[
        (ParamKey::FinalRunHours, Text::new(
            "2.935M H800-hours: V3's 2.788M plus the RL stage's 147k (R1-Zero 101k, SFT data 5k, R1 41k; Nature supplement).",
            "293.5万H800小时：V3的278.8万加强化学习阶段的14.7万（R1-Zero 10.1万、SFT数据0.5万、R1 4.1万；《自然》补充材料）。",
        )),
        (ParamKey::CloudPrice, Text::new("$2 per H800-hour, as the paper prices both stages.", "每H800小时2美元，论文对两个阶段均按此计价。")),
        (ParamKey::ClusterSize, Text::new(
            "V3's 2,048 H800; the RL stage ran on 512 of them, which changes days, not cost.",
            "V3的2048块H800；强化学习阶段使用其中512块，只影响天数，不影响成本。",
        )),
        (ParamKey::Utilisation, Text::new(
            "V3's 17% of FP8 peak: with published hours it sets only the compute shown.",
            "沿用V3的FP8峰值17%：已给定卡时，它只影响所示算力。",
        )),
        (ParamKey::CostPerPerson, Text::new(
            "Chinese AI salaries are lower than US ones: $150k fully loaded is an assumption.",
            "中国AI人才薪酬低于美国：按人均15万美元全部成本估算（假设）。",
        )),
    ],
};

/// DeepSeek-V3's run on a cluster DeepSeek's parent is reported to own: about 50,000 Hopper
/// GPUs and $1.6B of servers (SemiAnalysis, disputed).
pub const DEEPSEEK_OWNED: Preset = Preset {
    version: 2,
    id: "deepseek-owned",
    name: Text::new("DeepSeek-V3 on an owned cluster (disputed)", "自有集群上的DeepSeek-V3（有争议）"),
    year: 2024,
    summary: Text::new(
        "The same 2.788M H800-hours, charged as Epoch does on about 50,000 Hopper GPUs and $1.6B of servers that High-Flyer is reported to own (SemiAnalysis, 2025-01; DeepSeek has not confirmed). The capital required shows what owning it takes.",
        "同样的278.8万H800小时，按Epoch的方法计入据报道幻方拥有的约5万块Hopper GPU和16亿美元服务器（SemiAnalysis，2025年1月；深度求索未证实）。所需资本显示拥有这些硬件的门槛。",
    ),
    params: Params {
        mode: Mode::Buy,
        accelerators: 50_000.0,
        accel_price: 16_000.0,
        facility: Facility::Colo,
        ..DEEPSEEK_V3.params
    },
    sources: &[
        sources::SEMIANALYSIS_DEEPSEEK,
        sources::AMODEI_DEEPSEEK,
        sources::DEEPSEEK_V3,
        sources::EPOCH_CODE,
        sources::COLO_PRICES,
    ],
    notes: &[
        (ParamKey::ClusterSize, Text::new(
            "About 50,000 Hopper GPUs (H800, H100, H20): SemiAnalysis, 2025-01-31, repeated by Amodei; disputed, not confirmed by DeepSeek.",
            "约5万块Hopper GPU（H800、H100、H20）：SemiAnalysis，2025年1月31日，阿莫代亦引用；有争议，深度求索未证实。",
        )),
        (ParamKey::AcceleratorPrice, Text::new(
            "$16,000 × 2 for servers and interconnect × 50,000 = $1.6B, SemiAnalysis's server spend; others put it nearer $1B.",
            "16000美元 × 2（服务器和互连）× 5万 = 16亿美元，即SemiAnalysis估计的服务器支出；另有估计接近10亿美元。",
        )),
        (ParamKey::Facility, Text::new(
            "Colocation at US rates, an assumption: where the cluster sits is not published.",
            "按美国价格托管（假设）：集群所在地未公布。",
        )),
        (ParamKey::FinalRunHours, Text::new(
            "2.788M H800-hours (paper); only the share they use is charged to the model.",
            "278.8万H800小时（论文）；模型只承担所用部分。",
        )),
        (ParamKey::CostPerPerson, Text::new(
            "Chinese AI salaries are lower than US ones: $150k fully loaded is an assumption.",
            "中国AI人才薪酬低于美国：按人均15万美元全部成本估算（假设）。",
        )),
    ],
};

/// Nemotron-4 340B (NVIDIA, 2024): 1.8e25 FLOP on 6,144 H100 at 41% MFU.
pub const NEMOTRON_4_340B: Preset = Preset {
    version: 2,
    id: "nemotron-4-340b",
    name: Text::new("Nemotron-4 340B (NVIDIA, 2024)", "Nemotron-4 340B（英伟达，2024年）"),
    year: 2024,
    summary: Text::new(
        "340B dense parameters, 9T tokens, about 1.8e25 FLOP on 6,144 H100 at 41% utilisation (NVIDIA), about 84 days. Epoch: $20.5M of amortised hardware and energy (2023 dollars).",
        "3400亿稠密参数、9万亿词元，在6144块H100上以41%利用率完成约1.8e25 FLOP（英伟达），约84天。Epoch估计摊销硬件与电力成本为2050万美元（2023年美元）。",
    ),
    params: Params {
        params_b: 340.0,
        tokens_t: 9.0,
        flop_override: Some(1.8e25),
        mfu: 0.41,
        accelerators: 6144.0,
        accel_price: 27_000.0,
        hardware_age_years: 1.1,
        pue: 1.25,
        staff: 100.0,
        ..DEFAULTS
    },
    sources: &[
        sources::NEMOTRON_4_REPORT,
        sources::EPOCH_MODELS_2025,
        sources::EPOCH_MODEL_COSTS,
        sources::EPOCH_DEV_COST,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new("About 1.8e25 FLOP: 6 × 340B × 9T (Epoch AI).", "约1.8e25 FLOP：6 × 3400亿 × 9万亿（Epoch AI）。")),
        (ParamKey::Utilisation, Text::new(
            "41%: the report's 41.0–42.4% by stage, weighted by tokens (Epoch).",
            "41%：报告中各阶段41.0%至42.4%，按词元加权（Epoch）。",
        )),
        (ParamKey::ClusterSize, Text::new("768 DGX H100 nodes: 6,144 GPUs (report).", "768个DGX H100节点：6144块GPU（报告）。")),
        (ParamKey::AcceleratorPrice, Text::new(
            "Epoch's H100 price, as for Grok 3: $44,490 a GPU in a DGX server (2022-09) less the 1.64 server overhead.",
            "与Grok 3相同，采用Epoch的H100价格：DGX服务器中每GPU 44490美元（2022年9月），扣除1.64倍服务器系数。",
        )),
        (ParamKey::HardwareAge, Text::new(
            "Epoch's dating: from late 2022 to training start (early 2024), 1.1 years.",
            "按Epoch的定年：从2022年底到训练开始（2024年初），1.1年。",
        )),
        (ParamKey::Pue, Text::new("1.25: Epoch's value outside the hyperscalers.", "1.25：Epoch对超大规模企业以外数据中心的取值。")),
        (ParamKey::Staff, Text::new("100 full-time equivalents for a year: an assumption.", "按100名全职人员工作一年估算（假设）。")),
        (ParamKey::CostPerPerson, EPOCH_PAY_NOTE),
    ],
};

/// Llama 3.1 405B (Meta, 2024) with version 2's method; its annotation cost is dropped for
/// want of a source.
pub const LLAMA_31_405B: Preset = Preset {
    version: 2,
    params: Params {
        annotations: 0.0,
        salary: DEFAULTS.salary,
        ..method_2026(super::LLAMA_31_405B.params)
    },
    sources: &[
        sources::LLAMA_31_CARD,
        sources::LLAMA_3_PAPER,
        sources::EPOCH_CODE,
        sources::EPOCH_DEV_COST,
    ],
    notes: &[
        (ParamKey::FinalRunFlop, Text::new("3.8e25 FLOP (model card).", "3.8e25 FLOP（模型卡）。")),
        (ParamKey::Utilisation, Text::new(
            "38–43% while running, with about 90% of the 54 days spent training: about 35% overall. The model card reports 30.84M H100-hours.",
            "运行时利用率38%至43%，54天中约90%时间在有效训练：整体约35%。模型卡公布为3084万H100小时。",
        )),
        (ParamKey::ClusterSize, Text::new("Up to 16,384 H100 (Llama 3 paper).", "最多16384块H100（Llama 3论文）。")),
        (ParamKey::Annotations, Text::new(
            "Meta reports over 10M human-annotated examples but no cost; none is priced here (version 1 used Llama 2's cost per preference comparison).",
            "Meta称有逾1000万条人工标注样本，但未公布成本；此处不计价（第1版曾套用Llama 2每条偏好对比的成本）。",
        )),
        (ParamKey::Staff, Text::new(
            "The paper credits more than 500 contributors; 300 full-time equivalents for a year is an assumption.",
            "论文列出500余名贡献者；按300名全职人员工作一年估算（假设）。",
        )),
        (ParamKey::CostPerPerson, EPOCH_PAY_NOTE),
    ],
    ..super::LLAMA_31_405B
};

/// GPT-4 (OpenAI, 2023) with version 2's method and pay.
pub const GPT_4: Preset = Preset {
    version: 2,
    params: Params {
        salary: DEFAULTS.salary,
        ..method_2026(super::GPT_4.params)
    },
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
        (ParamKey::AcceleratorPrice, Text::new(
            "$15,000 an A100, its price when bought (2022); the A100's figures of 2022, not 2026, apply to this run.",
            "每块A100 15000美元，为购入时（2022年）的价格；本次训练适用A100 2022年而非2026年的数字。",
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
        (ParamKey::CostPerPerson, EPOCH_PAY_NOTE),
    ],
    sources: &[
        sources::EPOCH_GPT4,
        sources::SEED,
        sources::AI_INDEX_2024,
        sources::GPT4_REPORT,
        sources::NVIDIA_A100,
        sources::EPOCH_DEV_COST,
    ],
    ..super::GPT_4
};

/// A university lab, with version 2's method and the 2025 average PUE.
pub const UNIVERSITY_LAB: Preset = Preset {
    version: 2,
    params: Params {
        pue: 1.54,
        ..method_2026(super::UNIVERSITY_LAB.params)
    },
    sources: &[sources::WAPO_STANFORD, sources::NVIDIA_A100, sources::UPTIME_2025],
    notes: &[
        (ParamKey::ClusterSize, Text::new("Stanford NLP had 68 GPUs (Washington Post, 2024).", "斯坦福NLP团队有68块GPU（《华盛顿邮报》，2024年）。")),
        (ParamKey::CostPerPerson, Text::new(
            "Students and postdocs: $120k a person fully loaded is an assumption.",
            "学生和博士后：按人均12万美元全部成本估算（假设）。",
        )),
        (ParamKey::Pue, Text::new(
            "A university data centre: the industry average, about 1.54 in 2025 (Uptime Institute).",
            "高校数据中心：按行业平均计，2025年约1.54（Uptime Institute）。",
        )),
    ],
    ..super::UNIVERSITY_LAB
};

/// A start-up renting 1,024 H100 on a one-year contract to train a 30B model on 5T tokens.
pub const STARTUP: Preset = Preset {
    version: 2,
    summary: Text::new(
        "A venture-backed start-up rents 1,024 H100 on a one-year contract ($2.35 an hour, 2026-03) to train a 30B model on 5T tokens, with a team of 30 for a year.",
        "一家风投支持的初创公司以一年期合约（2026年3月每小时2.35美元）租用1024块H100，用5万亿词元训练300亿参数模型，团队30人、为期一年。",
    ),
    params: Params {
        rent_per_hour: DEFAULTS.rent_per_hour,
        ..method_2026(super::STARTUP.params)
    },
    sources: &[sources::GPU_RENT_2026, sources::CARTA_Q1_2024, sources::LAMBERT_RLHF],
    notes: &[
        (ParamKey::CloudPrice, Text::new(
            "One-year H100 contracts: $1.70 an hour at the 2025-10 low, $2.35 in 2026-03 (SemiAnalysis index, indicative).",
            "一年期H100合约：2025年10月低点每小时1.7美元，2026年3月2.35美元（SemiAnalysis指数，参考值）。",
        )),
        (ParamKey::Annotations, Text::new(
            "200,000 preference comparisons (assumption), at Llama 2's cost per comparison.",
            "20万条偏好对比（假设），按Llama 2每条对比的成本计。",
        )),
        (ParamKey::Staff, Text::new("A team of 30 for a year: an assumption.", "30人团队工作一年：假设值。")),
    ],
    ..super::STARTUP
};

/// Version 2's method over a version 1 preset's values: Epoch's depreciation, time used.
const fn method_2026(params: Params) -> Params {
    Params {
        depreciation: DEFAULTS.depreciation,
        time_basis: DEFAULTS.time_basis,
        ..params
    }
}

/// Every preset of version 2, in the picker's order: the first opens the page. A reader of
/// late 2026 first wants the largest published run with a confident estimate (Grok 3), then the
/// scenarios of today's frontier, then the other published models, newest first, and the small
/// players last.
pub const ALL: [Preset; 12] = [
    GROK_3,
    FRONTIER_2025,
    FRONTIER_2026,
    LLAMA_4_MAVERICK,
    DEEPSEEK_R1,
    DEEPSEEK_V3,
    DEEPSEEK_OWNED,
    NEMOTRON_4_340B,
    LLAMA_31_405B,
    GPT_4,
    UNIVERSITY_LAB,
    STARTUP,
];
