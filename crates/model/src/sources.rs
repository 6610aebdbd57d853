//! The published sources behind every default, preset and reference figure.

/// A citable source. `as_of` is the date of the figure (ISO, as precise as the source is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable identifier, cited as `[id]` in docs/methodology.md and looked up by [`by_id`].
    pub id: &'static str,
    /// Who published it: authors, organisation or outlet.
    pub publisher: &'static str,
    /// The title, with the figures taken from it where useful.
    pub title: &'static str,
    /// The date of the figure: ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a quarter or half such as
    /// `2024-Q1`.
    pub as_of: &'static str,
    /// An `https://` address, when the source is online.
    pub url: Option<&'static str>,
    /// A secondary or press figure rather than a primary one: the UI labels it so.
    pub indicative: bool,
}

macro_rules! sources {
    ($($const:ident = $id:literal, $publisher:literal, $title:literal, $as_of:literal, $url:expr, $indicative:literal;)*) => {
        $(#[doc = concat!("The source `", $id, "`: ", $publisher, ", ", $title, " (", $as_of, ").")]
        pub const $const: Source = Source {
            id: $id, publisher: $publisher, title: crate::text::source_title($id, $title), as_of: $as_of, url: crate::text::source_url($id, $url), indicative: $indicative,
        };)*
        /// Every source, for the methodology page and the sources list.
        pub const ALL: &[Source] = &[$($const),*];
    };
}

sources! {
    SEED = "yicai-2024", "Yicai (第一财经)", "从数据到芯片，开发AI越来越昂贵，只有科技巨头能“玩得起”？", "2024-06-03", None, false;
    // Version 2 (late-2026 figures): presets and dated defaults.
    EPOCH_MODELS_2025 = "epoch-models-2025", "Epoch AI", "Notable AI models database: Grok 3, 4.64e26 FLOP on 100,000 H100 for about 100 days (about 137 MW); Nemotron-4 340B, 1.8e25 FLOP on 6,144 H100 at 41% MFU", "2025-05", Some("https://epoch.ai/data/notable-ai-models"), false;
    EPOCH_MODEL_COSTS = "epoch-model-costs", "Epoch AI", "training-cost-trends, model_costs.csv (2023 dollars): Grok 3 $301M amortised hardware and energy, $1.16B at cloud prices, $5.48B to buy; Nemotron-4 340B $20.5M, $65.5M, $337M; H100 priced at $44,490 a GPU in a DGX server (2022-09)", "2025-05", Some("https://github.com/epoch-research/training-cost-trends"), false;
    EPOCH_GROK4 = "epoch-grok-4", "Epoch AI", "Data insight: Grok 4's training resources, median about $490M, 246M H100-hours, 310 GWh", "2025-09", Some("https://epoch.ai/data-insights/grok-4-training-resources"), false;
    EPOCH_RND_SHARE = "epoch-rnd-share", "Epoch AI (Gradient Updates)", "Final training runs account for a minority of R&D compute spending: about 10–30% at frontier labs (OpenAI 2024: about $5B of R&D compute, final runs about $0.4–0.5B)", "2026-03", None, false;
    EPOCH_COMPUTE_GROWTH = "epoch-compute-growth", "Epoch AI", "Training compute of frontier AI models grows by 4–5× per year", "2024-05", Some("https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year"), false;
    EPOCH_DEV_COST = "epoch-dev-cost", "Epoch AI", "development_cost.ipynb: base salary $140k–265k (median ≈ $193k) × 1.25–1.4 for benefits and taxes, plus equity $35k–500k (median ≈ $133k), 90% intervals from levels.fyi and aipaygrad.es", "2024-05", Some("https://github.com/epoch-research/training-cost-trends"), false;
    WSJ_OPENAI_PAY = "wsj-openai-pay", "The Wall Street Journal", "OpenAI's stock-based compensation: about $1.5M per employee on average", "2025-12", None, true;
    LLAMA_4_CARD = "llama-4-card", "Meta", "Llama 4 model card: Scout and Maverick, 17B active parameters (109B and 400B total), about 40T and 22T tokens, 5.0M and 2.38M H100-hours, FP8", "2025-04-05", Some("https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md"), false;
    DEEPSEEK_R1_NATURE = "deepseek-r1-nature", "DeepSeek-AI (Nature 645)", "DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning, supplementary information: 512 H800, R1-Zero 101k, SFT data 5k, R1 41k H800-hours, $294k at $2 an hour", "2025-09-17", Some("https://www.nature.com/articles/s41586-025-09422-z"), false;
    NEMOTRON_4_REPORT = "nemotron-4-report", "NVIDIA", "Nemotron-4 340B Technical Report (arXiv 2406.11704): 9T tokens, 768 DGX H100 nodes (6,144 GPUs), MFU 41–42%", "2024-06", Some("https://arxiv.org/abs/2406.11704"), false;
    SEMIANALYSIS_DEEPSEEK = "semianalysis-deepseek", "SemiAnalysis", "DeepSeek Debates: about 50,000 Hopper GPUs (H800, H100, H20) and about $1.6B of servers; DeepSeek has not confirmed it", "2025-01-31", Some("https://semianalysis.com/2025/01/31/deepseek-debates/"), true;
    AMODEI_DEEPSEEK = "amodei-deepseek", "Dario Amodei", "On DeepSeek and Export Controls: Claude 3.5 Sonnet cost “a few $10M's” to train; DeepSeek's cluster reported at about 50,000 Hopper chips", "2025-01-29", Some("https://darioamodei.com/on-deepseek-and-export-controls"), false;
    AI_CAMPUS_COSTS = "ai-campus-costs", "Bernstein; NVIDIA (via press)", "GB200 NVL72: about 120–132 kW and $3.4M of compute a rack (≈ $47k per GPU), $5.9M all-in; AI campuses including IT $35B (Bernstein, 2025-10) to $50–60B (NVIDIA, 2025-08) per GW", "2025-10", None, true;
    GPU_RENT_2026 = "gpu-rent-2026", "SemiAnalysis H100 rental index, via press", "One-year H100 contracts: $1.70 an hour (2025-10 low) to $2.35 (2026-03)", "2026-03", None, true;
    UPTIME_2025 = "uptime-2025", "Uptime Institute", "Global Data Center Survey 2025: average PUE about 1.54 (1.56 in 2024, 1.58 in 2023); hyperscale about 1.1", "2025", None, false;
    COTTIER_2024 = "cottier-2024", "Cottier, Rahman, Fattorini, Maslej, Owen (Epoch AI)", "The rising costs of training frontier AI models (arXiv 2405.21015)", "2024-05-31", Some("https://arxiv.org/abs/2405.21015"), false;
    EPOCH_CODE = "epoch-code", "Epoch AI", "training-cost-trends: hardware.py, energy.py, constants.py, development_cost.ipynb", "2024-06", Some("https://github.com/epoch-research/training-cost-trends"), false;
    NVIDIA_A100 = "nvidia-a100", "NVIDIA", "A100 Tensor Core GPU datasheet; DGX A100 system (6.5 kW for 8 GPUs)", "2020-11", Some("https://www.nvidia.com/en-us/data-center/a100/"), false;
    NVIDIA_H100 = "nvidia-h100", "NVIDIA", "H100 Tensor Core GPU datasheet (dense BF16 989.4 TFLOP/s; 1,979 is with sparsity); DGX H100 10.2 kW for 8 GPUs", "2023-09", Some("https://www.nvidia.com/en-us/data-center/h100/"), false;
    NVIDIA_H200 = "nvidia-h200", "NVIDIA", "H200 Tensor Core GPU datasheet (same dense compute as H100, 141 GB HBM3e)", "2024-11", Some("https://www.nvidia.com/en-us/data-center/h200/"), false;
    NVIDIA_B200 = "nvidia-b200", "NVIDIA", "DGX B200 datasheet (72 PFLOP/s FP8 for 8 GPUs with sparsity: 4.5 dense FP8 and 2.25 dense BF16 per GPU; about 14.3 kW)", "2024-03", Some("https://www.nvidia.com/en-us/data-center/dgx-b200/"), false;
    AMD_MI300X = "amd-mi300x", "AMD", "Instinct MI300X accelerator datasheet (1,307.4 TFLOP/s BF16 and 2,614.9 FP8 dense, 750 W)", "2023-12", Some("https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html"), false;
    NVIDIA_GB200 = "nvidia-gb200", "NVIDIA", "GB200 NVL72 specifications (per rack of 72 GPUs, with sparsity: 360 PFLOP/s FP16/BF16, 720 FP8, 1,440 FP4; dense is half)", "2025", Some("https://www.nvidia.com/en-us/data-center/gb200-nvl72/"), false;
    NVIDIA_GB300 = "nvidia-gb300", "NVIDIA", "GB300 NVL72 specifications (per rack of 72 GPUs: 1,080 PFLOP/s dense FP4; 720 FP8 and 360 FP16/BF16 with sparsity); Blackwell Ultra 1,400 W", "2025-08", Some("https://www.nvidia.com/en-us/data-center/gb300-nvl72/"), false;
    NVIDIA_B300 = "nvidia-b300", "NVIDIA", "HGX B300 specifications (8 GPUs: 108 PFLOP/s dense FP4; 72 FP8 and 36 FP16/BF16 with sparsity; 1,100 W per GPU)", "2025-08", Some("https://www.nvidia.com/en-us/data-center/hgx/"), false;
    NVIDIA_H20 = "nvidia-h20", "Epoch AI chip and price data; distributors via Tom's Hardware", "HGX H20: 148 TFLOP/s dense BF16, 296 dense FP8, 400 W; about $12,000 ($10,000–13,000)", "2023-11", Some("https://github.com/epoch-research/training-cost-trends"), true;
    AMD_MI325X = "amd-mi325x", "AMD", "Instinct MI325X accelerator (1,307.4 TFLOP/s BF16 and 2,614.9 FP8 dense, 256 GB HBM3e, 1,000 W)", "2024-10", Some("https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html"), false;
    AMD_MI355X = "amd-mi355x", "AMD", "Instinct MI355X accelerator (dense 2.5 PFLOP/s FP16/BF16, 5.0 FP8, 10.1 FP4; 1,400 W)", "2025-06", Some("https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html"), false;
    MI350_PRICE = "mi350-price", "HSBC via press reports", "AMD raised the Instinct MI350 series' price to about $25,000 (from about $15,000)", "2025-07", None, true;
    GOOGLE_TPU_V6E = "google-tpu-v6e", "Google Cloud", "TPU v6e documentation (918 TFLOP/s BF16 per chip) and Cloud TPU pricing (us-east: $2.70 on demand, $1.89 one-year, $1.22 three-year per chip-hour)", "2025-03-03", Some("https://cloud.google.com/tpu/pricing"), false;
    GOOGLE_TPU7X = "google-tpu7x", "Google Cloud", "TPU7x (Ironwood) documentation (2,307 TFLOP/s BF16 and 4,614 FP8 per chip; access through an account team, no list price); Ironwood announcement (twice Trillium's performance per watt)", "2025-11", Some("https://cloud.google.com/tpu/docs/tpu7x"), false;
    AWS_TRAINIUM2 = "aws-trainium2", "AWS", "Neuron documentation, Trn2 architecture (16 Trainium2: 10.7 PFLOP/s BF16 and 20.8 FP8 dense); Trn2 launch: 30–40% better price-performance than GPU-based P5e", "2024-12-03", Some("https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn2-arch.html"), false;
    HUAWEI_CLOUDMATRIX = "huawei-cloudmatrix", "Huawei (Zuo et al.)", "Serving Large Language Models on Huawei CloudMatrix384 (arXiv 2506.12708): Ascend 910C, two dies, 752 TFLOP/s dense BF16", "2025-06", Some("https://arxiv.org/abs/2506.12708"), false;
    SEMIANALYSIS_CM384 = "semianalysis-cm384", "SemiAnalysis", "Huawei AI CloudMatrix 384: about 559 kW all-in for 384 Ascend 910C; GB200 NVL72 about 145 kW all-in", "2025-04-16", Some("https://semianalysis.com/2025/04/16/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72/"), true;
    BERNSTEIN_GB200 = "bernstein-gb200", "Bernstein via press reports", "GB200 NVL72: about $3.4M of compute a rack (about $47,000 per GPU), about $5.9M all-in", "2025-10", None, true;
    EPOCH_CHIPS = "epoch-chips", "Epoch AI", "Chip dataset and hardware prices (training-cost-trends data/): TPU7x 980 W, Trainium2 500 W, Ascend 910B $16,854", "2025-06", Some("https://github.com/epoch-research/training-cost-trends"), true;
    CLOUD_PRICES_2026 = "cloud-prices-2026", "GPU price index and cloud price surveys; SemiAnalysis index via press; CoreWeave price list", "Per GPU-hour, 2026: H100 on demand ≈ $2.95 (median of 37 providers, 2026-05), one-year contracts $2.35 (2026-03); H200 $2.50–3.50 and B200 $3.75–6 on demand outside the hyperscalers; MI300X ≈ $2, MI325X ≈ $1.95; GB200 NVL72 $42 an hour for 4 GPUs", "2026-05", None, true;
    GOOGLE_TPU_V5P = "google-tpu-v5p", "Google Cloud", "TPU v5p documentation (459 TFLOP/s BF16 per chip) and Cloud TPU pricing", "2024-12", Some("https://cloud.google.com/tpu/docs/v5p"), false;
    DEEPSEEK_V3 = "deepseek-v3", "DeepSeek-AI", "DeepSeek-V3 Technical Report (arXiv 2412.19437)", "2024-12-27", Some("https://arxiv.org/abs/2412.19437"), false;
    LLAMA_31_CARD = "llama-3.1-card", "Meta", "Llama 3.1 model card", "2024-07-23", Some("https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md"), false;
    LLAMA_3_PAPER = "llama-3-paper", "Meta (Llama Team)", "The Llama 3 Herd of Models (arXiv 2407.21783)", "2024-07-31", Some("https://arxiv.org/abs/2407.21783"), false;
    AI_INDEX_2024 = "ai-index-2024", "Stanford HAI", "AI Index Report 2024 (training cost estimates at cloud prices)", "2024-04", Some("https://aiindex.stanford.edu/report/"), false;
    EPOCH_GPT4 = "epoch-gpt4", "Epoch AI", "Notable AI models database: GPT-4 (about 2.1e25 FLOP; about 25,000 A100 for 90–100 days)", "2024-06", Some("https://epoch.ai/data/notable-ai-models"), true;
    CLOUD_PRICES = "cloud-prices", "AWS, Google Cloud, Azure price lists; press reports", "Cloud GPU prices per accelerator-hour: $12.29 (AWS p5, 2023), about $6 (2024), $4.92 (AWS capacity blocks, late 2024), about $3 (neoclouds), $1.70–$2.35 (one-year contracts, 2025–2026)", "2025-06", None, true;
    GPU_PRICES = "gpu-prices", "Raymond James via Epoch AI; press reports", "H100 unit price $25,000–$30,000", "2024-06", None, true;
    EIA = "eia", "US Energy Information Administration", "Electric Power Monthly: average US industrial electricity price (7.7–8.3 ¢/kWh, 2023–2025)", "2025-06", Some("https://www.eia.gov/electricity/monthly/"), false;
    UPTIME = "uptime", "Uptime Institute", "Global Data Center Survey: average PUE about 1.56–1.58; hyperscale about 1.1", "2024", None, false;
    CUSHMAN_2025 = "cushman-2025", "Cushman & Wakefield", "Data Center Development Cost Guide 2025: $11.7M per MW of critical IT load excluding IT ($9.3M–$15.0M by market)", "2025", None, false;
    COLO_PRICES = "colo-prices", "CBRE North America Data Center Trends", "Wholesale colocation asking rents, about $150–$200 per kW-month in primary markets", "2024-H2", None, true;
    SEMIANALYSIS_100K = "semianalysis-100k", "SemiAnalysis", "100,000 H100 clusters: about 150 MW, 1.59 TWh a year, $124M a year of electricity, about $4B of servers", "2024-06-17", Some("https://semianalysis.com/2024/06/17/100000-h100-clusters-power-network/"), true;
    EPOCH_DATACENTRES = "epoch-datacentres", "Epoch AI", "Frontier data centres hub: an all-in AI campus costs about $30B per GW of facility power", "2025", None, true;
    REUTERS_DATA_PRICES = "reuters-data-prices", "Reuters", "AI companies' prices for training content: text about $0.001 a word, images $1–2, short video $2–4, film $100–300 an hour", "2024-04-05", None, true;
    REDDIT_S1 = "reddit-s1", "Reddit, Inc.", "Form S-1: data licensing contracts of $203M over 2–3 years (Google about $60M a year)", "2024-02-22", None, false;
    LAMBERT_RLHF = "lambert-rlhf", "Nathan Lambert (Interconnects)", "Llama 2's preference data: about $25M for about 1.4M comparisons (≈ $18 each, derived)", "2023-07", None, true;
    EPOCH_COMPENSATION = "epoch-compensation", "Epoch AI (Cottier et al. 2024, appendix)", "Researcher and engineer total compensation: median about $330k a year (90% CI $210k–$710k), ×1.25–1.4 for benefits and taxes", "2024-05", Some("https://arxiv.org/abs/2405.21015"), false;
    CARTA_Q1_2024 = "carta-q1-2024", "Carta", "State of Private Markets, Q1 2024: median US seed $3.5M, Series A $9.3M, Series B $21M", "2024-Q1", None, false;
    NAIRR = "nairr", "NAIRR Task Force (NSF, OSTP)", "Strengthening and Democratizing the U.S. AI Innovation Ecosystem: a National AI Research Resource, $2.6B over 6 years", "2023-01", Some("https://www.ai.gov/wp-content/uploads/2023/01/NAIRR-TF-Final-Report-2023.pdf"), false;
    WAPO_STANFORD = "wapo-stanford", "The Washington Post", "Stanford's top NLP group has 68 GPUs", "2024", None, true;
    BIGTECH_CAPEX = "bigtech-capex", "Microsoft, Alphabet, Amazon and Meta quarterly reports", "Capital expenditure: Microsoft $14B and Alphabet $12B in Q1 2024; Meta $35–40B guidance for 2024; the four together about $230B in 2024 and about $380B in 2025", "2025", None, false;
    AI_STARTUP_ROUNDS = "ai-startup-rounds", "Company announcements; press reports", "Largest AI start-up rounds: OpenAI $6.6B (2024-10), xAI $6B (2024-12), Anthropic $3.5B (2025-03)", "2025-03", None, true;
    EPOCH_1E25 = "epoch-1e25", "Epoch AI", "More than 30 models from 12 developers trained with over 1e25 FLOP by mid-2025", "2025-06", Some("https://epoch.ai/data/large-scale-ai-models"), false;
    AMAZON_CAPEX_2024 = "amazon-capex-2024", "Amazon.com, Inc.", "2024 results: cash capital expenditures of about $83B in 2024", "2025-02", None, true;
    META_FLEET = "meta-fleet", "Mark Zuckerberg (Meta), via the seed article", "Meta to own 350,000 H100 by the end of 2024", "2024-01", None, false;
    COMPANY_FILINGS = "company-filings", "Microsoft, Alphabet, Meta and Amazon annual reports (10-K)", "Depreciation: servers and network 5–6 years; buildings 15–30 years; power and cooling plant 10–20 years", "2024", None, true;
    FX_RATES = "fx-rates", "European Central Bank and People's Bank of China reference rates", "1 US dollar ≈ 7.17 yuan ≈ 0.853 euro (mid-2025 averages, indicative; edit the rate for another date)", "2025-07", None, true;
    GPT4_REPORT = "gpt4-report", "OpenAI", "GPT-4 Technical Report (contributors list)", "2023-03", Some("https://arxiv.org/abs/2303.08774"), false;
    // Version 2's reference budgets and barrier scale (barrier/v2.rs): 2025 actuals from the
    // companies' own results, 2026 guidance as they stated it, rounds as the companies announced them.
    AMAZON_CAPEX_2025 = "amazon-capex-2025", "Amazon.com, Inc.", "Q4 2025 results and call: cash capital expenditures of $131.8B in 2025; about $200B expected in 2026", "2026-02", Some("https://ir.aboutamazon.com/"), false;
    ALPHABET_CAPEX_2025 = "alphabet-capex-2025", "Alphabet Inc.", "Q4 and fiscal year 2025 results: capital expenditures of $91.4B in 2025; $175–185B expected in 2026", "2026-02", Some("https://abc.xyz/investor/"), false;
    META_CAPEX_2025 = "meta-capex-2025", "Meta Platforms, Inc.", "Q4 and full year 2025 results: capital expenditures, including principal payments on finance leases, of $72.2B in 2025; $115–135B expected in 2026", "2026-01", Some("https://investor.atmeta.com/"), false;
    MICROSOFT_CAPEX_2025 = "microsoft-capex-2025", "Microsoft Corp.", "Earnings releases, fiscal Q3 2025 to Q2 2026: capital expenditures including finance leases of $21.4B, $24.2B, $34.9B and $37.5B (fiscal year 2025, to June: $88.2B)", "2026-01", Some("https://www.microsoft.com/en-us/investor"), false;
    BIGTECH_CAPEX_2026 = "bigtech-capex-2026", "Press totals of company guidance", "Microsoft, Alphabet, Amazon and Meta: about $650–700B of capital expenditure expected in 2026", "2026-02", None, true;
    OPENAI_ROUND_2025 = "openai-round-2025", "OpenAI", "New funding to build towards AGI: $40B at a $300B post-money valuation", "2025-03-31", None, false;
    ANTHROPIC_SERIES_F = "anthropic-series-f", "Anthropic", "Anthropic raises $13B Series F at a $183B post-money valuation", "2025-09-02", None, false;
    MISTRAL_SERIES_C = "mistral-series-c", "Mistral AI", "Series C of €1.7B led by ASML, at an €11.7B post-money valuation", "2025-09-09", None, false;
    EU_INVESTAI = "eu-investai", "European Commission", "InvestAI: €200B to be mobilised for AI, including a €20B fund for AI gigafactories", "2025-02-11", None, false;
    CHINA_AI_FUND = "china-ai-fund", "Press reports of the fund's registration", "China's National AI Industry Investment Fund: ¥60.06B (about $8.2B)", "2025-01", None, true;
    STARGATE = "stargate", "OpenAI, SoftBank, Oracle and MGX", "Announcing The Stargate Project: up to $500B over four years in US AI infrastructure", "2025-01-21", None, false;
    ECB_EUR_2025 = "ecb-eur-2025", "European Central Bank", "Euro reference rates, monthly averages: about $1.04 per euro (2025-02) and $1.17 (2025-09)", "2025-09", Some("https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html"), false;
    // The trajectory of version 2: Epoch's estimates for 82 models (CC BY 4.0), and the
    // paper's version whose interval the band shows.
    EPOCH_COSTS = "epoch-costs", "Epoch AI (CC BY 4.0)", "training-cost-trends: model_costs.csv, final-run cost estimates for 82 notable models, amortised hardware + energy and cloud price, 2023 US dollars", "2025-07", Some("https://github.com/epoch-research/training-cost-trends"), false;
    COTTIER_2024_V1 = "cottier-2024-v1", "Cottier, Rahman, Fattorini, Maslej, Owen (Epoch AI)", "The rising costs of training frontier AI models, version 1 (arXiv 2405.21015v1): amortised hardware + energy of final runs grows 2.4× a year, 95% CI 2.0–3.1×", "2024-05-31", Some("https://arxiv.org/abs/2405.21015v1"), false;
    // Issue 19: rules with compute or cost thresholds (rules.rs), algorithmic progress
    // (catchup.rs) and grid carbon intensities with a reference flight (carbon.rs).
    EU_AI_ACT = "eu-ai-act", "European Union, Regulation (EU) 2024/1689 (Official Journal, 2024-07-12)", "Artificial Intelligence Act, Article 51(2): a general-purpose AI model is presumed to have high-impact capabilities (systemic risk) when the cumulative computation used for its training is greater than 10^25 floating-point operations; in force 2024-08-01, the obligations for general-purpose AI models apply from 2025-08-02 (Article 113)", "2024-07-12", Some("https://eur-lex.europa.eu/eli/reg/2024/1689/oj"), false;
    CA_SB_53 = "ca-sb-53", "California Legislature, SB 53 (Wiener)", "Transparency in Frontier Artificial Intelligence Act: a frontier model is a foundation model trained with more than 10^26 integer or floating-point operations, including later fine-tuning and modifications; a large frontier developer also had more than $500M of annual gross revenue in the preceding year; signed 2025-09-29", "2025-09-29", Some("https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260SB53"), false;
    NY_RAISE = "ny-raise", "New York State Senate, S6953B / A6453B; Governor's announcement and law-firm summaries (Morrison Foerster, 2026-01-05)", "RAISE Act: a frontier model is trained with more than 10^26 computational operations and a compute cost of more than $100M at average US cloud market prices (distilled models: more than $5M); passed in June 2025, signed 2025-12-19 with agreed chapter amendments (to be enacted in 2026) that bring it closer to California's SB 53", "2025-12-19", Some("https://www.nysenate.gov/legislation/bills/2025/S6953/amendment/B"), true;
    EO_14110 = "eo-14110", "The White House, Executive Order 14110 (88 FR 75191)", "Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence, section 4.2(b): report models trained with more than 10^26 integer or floating-point operations (10^23 for mainly biological sequence data) and computing clusters of more than 10^20 operations a second; signed 2023-10-30", "2023-10-30", Some("https://www.federalregister.gov/d/2023-24283"), false;
    EO_14148 = "eo-14148", "The White House, Executive Order 14148 (90 FR 8237)", "Initial Rescissions of Harmful Executive Orders and Actions: revokes Executive Order 14110", "2025-01-20", None, false;
    HO_2024 = "ho-2024", "Ho, Besiroglu, Erdil, Owen, Rahman, Guo, Atkinson, Thompson, Sevilla (Epoch AI)", "Algorithmic progress in language models (arXiv 2403.05812): the compute needed to reach a given performance halves about every 8 months (95% CI 5–14 months)", "2024-03-09", Some("https://arxiv.org/abs/2403.05812"), false;
    EMBER_2024 = "ember-2024", "Ember (Global Electricity Review 2024, Yearly Electricity Data), via Our World in Data and Statista", "Lifecycle carbon intensity of electricity generation, 2023, in gCO2e per kWh: world 481, China 582, France 56 (as Our World in Data and Statista show them); United States 369, European Union 244 (to be checked against Ember's data)", "2023", Some("https://ourworldindata.org/grapher/carbon-intensity-electricity"), true;
    ATMOSFAIR_FLIGHT = "atmosfair-flight", "The Guardian, from Atmosfair data", "Flying London–New York and back emits about 986 kg of CO2 per passenger (CO2 of the fuel only; with the warming of non-CO2 effects the UK government's conversion factors give about 1.7 t CO2e)", "2019-07-19", Some("https://www.theguardian.com/environment/ng-interactive/2019/jul/19/carbon-calculator-how-taking-one-flight-emits-as-much-as-many-people-do-in-a-year"), true;
}

impl Source {
    /// The language the source is written in: citations keep their original language (and
    /// say so, for screen readers and for the language tests), as bibliographies do.
    pub fn lang(&self) -> super::text::Lang {
        use super::text::{has_cjk, Lang};
        if has_cjk(self.publisher) || has_cjk(self.title) {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// Looks a source up by its stable id.
pub fn by_id(id: &str) -> Option<&'static Source> {
    ALL.iter().find(|source| source.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_found() {
        for (i, a) in ALL.iter().enumerate() {
            assert_eq!(by_id(a.id), Some(a));
            for b in &ALL[i + 1..] {
                assert_ne!(a.id, b.id);
            }
        }
    }

    #[test]
    fn the_methodology_cites_sources_that_exist() {
        let doc = include_str!("../../../docs/methodology.md");
        // `[id]` not followed by `(`: a citation, not a Markdown link.
        let cited: Vec<&str> = doc
            .split('[')
            .skip(1)
            .filter_map(|rest| {
                let (id, after) = rest.split_once(']')?;
                let looks_like_id = id.contains('-')
                    && id.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b)
                    });
                (looks_like_id && !after.starts_with('(')).then_some(id)
            })
            .collect();
        assert!(cited.len() >= 20, "{cited:?}");
        for id in cited {
            assert!(
                by_id(id).is_some(),
                "docs/methodology.md cites [{id}], not in sources.rs"
            );
        }
    }

    #[test]
    fn sources_know_their_language() {
        use crate::text::Lang;
        assert_eq!(SEED.lang(), Lang::Zh);
        assert_eq!(COTTIER_2024.lang(), Lang::En);
        assert_eq!(ALL.iter().filter(|s| s.lang() == Lang::Zh).count(), 1);
    }

    #[test]
    fn every_source_is_dated_and_links_are_https() {
        for source in ALL {
            assert!(source.as_of.starts_with("20"), "{}", source.id);
            if let Some(url) = source.full_url() {
                assert!(url.starts_with("https://"), "{}", source.id);
            }
        }
    }
}
