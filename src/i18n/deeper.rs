//! Texts of the deeper barrier panels (issue 19): the rules a run triggers, what a budget buys,
//! when followers catch up, and the carbon of the runs. Drawn only by the on-demand module, so
//! every one of them is deferred English (`super::deferred_texts`). The engine's own texts
//! (rules' names, the catch-up sentence, the fixed-costs message) live in the model, the
//! panels' names in `super::embed` (the Embed dialog offers them by the same names).

super::texts! {
    // Rules this run triggers.
    RULES_LEAD = "This scenario’s final run: {0} FLOP of training compute, {1} of compute at cloud prices.",
        "本情景的最终训练：训练算力{0} FLOP，按云价格计算的算力成本{1}。";
    RULES_TABLE = "Each rule against this run", "各项规则与此次训练的对照";
    COLUMN_RULE = "Rule", "规则名称";
    COLUMN_THRESHOLD = "Threshold", "规则门槛";
    COLUMN_THIS_RUN = "This run", "此次训练对照";
    COLUMN_STATUS = "Status and date", "状态与日期";
    THRESHOLD_FLOP = "more than {0} FLOP", "超过{0} FLOP";
    THRESHOLD_AND_COST = "and more than {0} of compute at cloud prices", "且按云价格计算的算力成本超过{0}";
    COST_TIMES = "{0}× its cost threshold", "其成本门槛的{0}倍";
    RULE_HISTORY = "history", "历史记录";
    WOULD_HAVE_CROSSED = "Would have crossed", "本会超过门槛";
    REVOKED_MARK = "{0}, revoked", "{0}（已撤销）";
    QUOTE_RUN = "Matching this run ({0} FLOP, {1} at {2} cloud prices): {3}", "要达到此次训练的水平（{0} FLOP，按{2}年云价格计算为{1}）：{3}";
    LOWER_BOUND = "The final run is a lower bound: the EU counts the cumulative compute of training and California’s SB 53 later fine-tuning too, so a run shown just below a threshold may cross it once post-training is added. The thresholds are presumptions and definitions, not the whole of any law.",
        "最终训练只是下限：欧盟计算训练的累计算力，加州SB 53还计入后续微调，因此显示略低于门槛的训练在加上后训练后可能超过门槛。这些门槛是推定和定义，并非法律的全部。";
    AXIS_TITLE = "Training compute on a log scale: the thresholds, this run and published models",
        "对数刻度上的训练算力：各项门槛、此次训练与已发布模型";
    AXIS_DESC = "This run: {0} FLOP. Thresholds at 10²⁵ and 10²⁶ FLOP. {1}",
        "此次训练：{0} FLOP。门槛为10²⁵和10²⁶ FLOP。{1}";
    MODELS_OVER = "{0} of Epoch AI’s {1} published models are over 10²⁵ FLOP, {2} over 10²⁶.",
        "Epoch AI的{1}个已发布模型中，{0}个超过10²⁵ FLOP，{2}个超过10²⁶。";
    EPOCH_CREDIT = "Dots: published models’ final-run compute, Epoch AI, CC BY ({0}).",
        "圆点：已发布模型的最终训练算力，来自Epoch AI，CC BY许可（{0}）。";
    EPOCH_WAITING = "Published models are loading, or could not be loaded.", "已发布模型正在加载，或未能加载。";
    DAYS_TO = "This cluster needs {0} days to do 10²⁵ FLOP and {1} days to do 10²⁶ FLOP.",
        "该集群需要{0}天完成10²⁵ FLOP，{1}天完成10²⁶ FLOP。";
    DAYS_NEVER = "At these settings the cluster does no work: it never reaches a threshold.",
        "在这些设置下集群不做任何计算：永远达不到门槛。";
    // What a budget buys.
    BUDGET_LABEL = "Budget", "预算金额";
    BUDGET_HELP = "US dollars (500M, $2,000,000,000, 1e9) or an organisation’s budget from the ladder.",
        "美元金额（500M、$2,000,000,000、1e9），或阶梯中某个机构的预算。";
    BUDGET_ORG = "Organisation", "参考机构";
    BUDGET_DEFAULT = "The default, {0}, is a round figure of the order of a frontier final run in 2025–26 (methodology, section 12).",
        "默认值{0}是一个整数，与2025—26年前沿模型最终训练的成本量级相当（方法说明第12节）。";
    BUDGET_TYPED = "An amount typed", "自行输入的金额";
    BUDGET_INVALID = "“{0}” is not a budget: type an amount in US dollars (500M, 1e9) or choose an organisation. Still showing {1}.",
        "“{0}”不是有效预算：请输入美元金额（500M、1e9）或选择一个机构。仍显示{1}。";
    BUDGET_LEAD = "With {0}, every other setting held, the largest final run that fits:",
        "以{0}为预算、其他设置不变，可容纳的最大最终训练：";
    BUDGET_FLOP = "Final-run compute it buys", "可买到的最终训练算力";
    BUDGET_MODEL = "Compute-optimal model (20 tokens a parameter)", "计算最优模型（每个参数20个词元）";
    PARAMS_VALUE = "{0} parameters", "{0}个参数";
    TOKENS_VALUE = "{0} tokens", "{0}个训练词元";
    BUDGET_DAYS = "Days on this scenario’s cluster", "在本情景集群上所需天数";
    DAYS_VALUE = "{0} days", "共需{0}天";
    TOO_LONG = "Longer than the programme’s {0} months: this run would not finish in time on this cluster.",
        "超过项目的{0}个月：在此集群上这次训练无法按时完成。";
    BUDGET_RULES = "Rules it would trigger", "该训练将触发的规则";
    NO_RULE = "none of these rules", "不触发其中任何规则";
    BUDGET_UNBOUNDED = "Here the cost does not grow with compute: any run fits this budget.",
        "此处成本不随算力增长：任何训练都在此预算之内。";
    BUDGET_UNKNOWN = "This edition’s ladder has no such organisation.", "此版本的阶梯中没有这个机构。";
    BUDGET_NOTE = "The team, data and cluster stay as the scenario has them: a real organisation with this budget would also hire more and build a larger cluster. Fits: the development cost.",
        "团队、数据和集群保持情景设定：拥有这笔预算的真实机构还会招聘更多人员、建设更大的集群。“容纳”指开发总成本不超过预算。";
    // When followers catch up.
    HALVING_LABEL = "Algorithmic halving time, months", "算法进步减半时间（月）";
    HALVING_HELP = "Months for the compute of the same capability to halve: {0} by default, 95% interval {1} to {2}.",
        "同等能力所需算力减半的月数：默认{0}，95%区间为{1}至{2}。";
    HALVING_INVALID = "“{0}” is not a halving time from {2} to {3} months. Still showing {1} months.",
        "“{0}”不是{2}至{3}个月之间的减半时间。仍显示{1}个月。";
    CATCHUP_LEAD = "Today’s final run costs {0} at cloud prices ({1}); matching it costs {2} three years on.",
        "今天的最终训练按云价格计为{0}（{1}年）；三年后达到同等水平只需{2}。";
    CHART_TITLE = "The falling cost of matching today’s final run, against reference budgets",
        "达到今天最终训练水平的成本逐年下降，与参考预算对比";
    CHART_DESC = "Matching today’s run: {0} in {1}, {2} in {3}. Budgets drawn: {4}.",
        "达到今天的训练水平：{1}年{0}，{3}年{2}。图中预算：{4}。";
    LEGEND_MATCH = "Matching today’s run", "达到今天的训练水平";
    LEGEND_FRONTIER = "Staying at the frontier, ×{0} a year", "保持在前沿，每年×{0}";
    ORG_TABLE = "The first year each organisation’s budget affords today’s run", "各机构预算首次负担得起今天训练的年份";
    COLUMN_ORG = "Organisation", "机构名称";
    COLUMN_BUDGET = "Budget", "机构预算";
    COLUMN_FROM = "Affords it", "负担得起的年份";
    ALREADY_NOW = "already", "现在即可";
    NOT_BEFORE = "not by {0}", "{0}年前都无法负担";
    QUOTE_LABEL = "To quote", "可引用的句子";
    RATES_NOTE = "Hardware price-performance: {0} orders of magnitude a year, the scenario’s depreciation parameter (Epoch AI). These are the costs of matching today’s model, not of staying at the frontier, which moves on; prices, export controls and access to chips are not in them.",
        "硬件性价比：每年{0}个数量级，即本情景的折旧参数（Epoch AI）。这些是达到今天模型水平的成本，而非保持在不断前进的前沿的成本；价格、出口管制和芯片获取不在其中。";
    // Carbon.
    CARBON_TITLE = "Carbon of the runs’ electricity", "训练用电的碳排放";
    GRID_LABEL = "Electricity grid", "所用电网";
    GRID_OPTION = "{0}: {1} g CO₂e/kWh ({2})", "{0}：{1}克二氧化碳当量/千瓦时（{2}年）";
    CARBON_LEAD = "All runs use {0} MWh of electricity, facility overhead included. On this grid:",
        "全部训练用电{0}兆瓦时（含设施开销）。按此电网计算：";
    CARBON_NOTE = "Averages of each grid’s generation, not the marginal emissions of a new load nor a company’s renewable contracts; the runs’ electricity only, not chips, buildings or inference.",
        "各电网发电的平均值，而非新增负荷的边际排放或公司的可再生能源合同；仅计训练用电，不含芯片、建筑或推理。";
    SOURCES = "Sources: ", "数据来源：";
    /// A name and what qualifies it: "Median US Series B ($21M)".
    WITH_DETAIL = "{0} ({1})", "{0}（{1}）";
}
