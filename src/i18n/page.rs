//! Texts of the calculator page: masthead, inputs, results, breakdown and footer. The names
//! of the results themselves are `OutKey::label`, in the model, shared with the exports.

super::texts! {
    APP_TITLE = "What does it cost to build a frontier AI model?", "打造一个前沿AI大模型要花多少钱？";
    APP_KICKER = "Interactive calculator", "互动计算器";
    DOCUMENT_TITLE = "What does it cost to build a frontier AI model? · Open calculator",
        "打造一个前沿AI大模型要花多少钱？· 开放计算器";
    APP_DEK = "Data, chips, data centres and people: set the numbers, see the total, and see who can still afford it.",
        "数据、芯片、数据中心和人才：设定参数，查看总成本，看看谁还负担得起。";
    LOADING = "Loading the calculator…", "正在加载计算器…";
    PRESET = "Starting point", "起点";
    PRESET_HELP = "A published model or a named scenario. Every value below can be changed.",
        "已公开的模型或设定情景。下方每个数值均可修改。";
    RESET_TO_PRESET = "Reset to preset", "恢复预设";
    CHANGED_COUNT = "{0} changed from the preset", "{0}项已偏离预设";
    NONE_CHANGED = "All values as in the preset", "全部为预设值";
    LANGUAGE = "Language", "语言";
    CURRENCY = "Currency", "货币";
    FX_RATE = "Rate per US dollar", "兑1美元汇率";
    LIST_SEPARATOR = "; ", "；";
    FX_INVALID = "“{0}” is not a rate we can use: enter how many {1} one US dollar buys, between {2} and {3}.",
        "无法使用“{0}”：请输入1美元可兑换的{1}数额，介于{2}和{3}之间。";
    INPUTS = "Parameters", "参数";
    RESULTS = "Results", "结果";
    CHANGED = "changed", "已修改";
    CHANGED_FROM = "Changed from the preset’s {0}", "预设值为{0}，已修改";
    RESET_VALUE = "Reset", "恢复";
    RESET_VALUE_LABEL = "Reset {0} to the preset’s value", "将{0}恢复为预设值";
    ABOUT = "About this value", "关于此参数";
    ABOUT_LABEL = "About {0}", "关于{0}";
    DEFAULT_IN_PRESET = "In “{0}”: {1}", "“{0}”中的取值：{1}";
    SOURCE = "Source", "来源";
    SOURCES = "Sources", "来源";
    AS_OF = "as of {0}", "截至{0}";
    INDICATIVE = "indicative", "参考值";
    AUTO = "auto", "自动";
    AUTO_VALUE = "auto: {0}", "自动：{0}";
    USE_AUTO = "Use auto", "改用自动";
    SLIDER_LABEL = "{0} (slider)", "{0}（滑块）";
    INVALID_KEPT = "{0} The previous value, {1}, is still in use.", "{0}仍在使用先前的值：{1}。";
    ERR_UNREADABLE = "“{0}” is not a number we can read. Try 16k, 1.5M, 3.8e25, $30,000 or 40%.",
        "无法识别“{0}”。可以输入16k、1.5M、3.8e25、$30,000或40%等形式。";
    ERR_RANGE = "Enter a value between {0} and {1}.", "请输入{0}至{1}之间的数值。";
    ERR_REQUIRED = "This needs a value.", "此项不能为空。";
    ERR_NOT_IN_VERSION = "Not part of version {0} links: open with current figures to use it.", "第{0}版链接没有此项：请以最新数据打开后使用。";
    ERR_CHOICE = "“{0}” is not one of the options.", "“{0}”不是可选项。";
    /// {0} the accelerator, {1} the precision asked for, {2} the precisions it trains in.
    ERR_PRECISION = "The {0} has no dense {1} peak: it trains in {2}.", "{0}没有{1}稠密峰值，可用的训练精度为{2}。";
    /// {0} the price typed, {1} the accelerator, {2} its catalogue price.
    PRICE_LOOKS_LIKE_SERVER = "{0} is more than half above the {1}'s own price ({2}): it looks like a whole server's share per accelerator (an HGX or DGX price). That share already includes the servers, so set the cluster cost ÷ accelerator price to about 1.2 (the interconnect only) rather than 2.", "{0}比{1}本身的价格（{2}）高出一半以上，看起来是整台服务器（HGX或DGX）按卡分摊的价格。该价格已包含服务器，请把“集群成本 ÷ 加速卡价格”设为约1.2（仅互联网络），而不是2。";
    SUBTOTAL = "Subtotal", "小计";
    GROUP_TRAINING_SUBTOTAL = "{0} FLOP in all", "共{0} FLOP";
    TOTAL_NOTE = "What this model costs: its share of the hardware, energy, facility, data and team.",
        "该模型的成本：分摊的硬件、电力、机房、数据和团队费用。";
    CAPITAL_NOTE = "Cash to commit up front to do it at all: the whole cluster and facility, not just this model’s share.",
        "启动项目须预先投入的资金：整个集群和机房，而不仅是该模型分摊的部分。";
    CAPITAL_NOTE_RENT = "Renting: the capital required is the total, paid as you go.", "租用：所需资本即总成本，随用随付。";
    EXACT = "Exactly {0}", "精确值：{0}";
    KEY_FIGURES = "Key figures", "关键数据";
    DAYS_VALUE = "{0} days", "{0}天";
    ENERGY_VALUE = "{0} MWh", "{0}兆瓦时";
    POWER_VALUE = "{0} MW", "{0}兆瓦";
    FLOP_UNIT = "{0} FLOP", "{0} FLOP";
    HOURS_VALUE = "{0} hours", "{0}小时";
    BREAKDOWN = "Where the money goes", "钱花在哪里";
    BREAKDOWN_ALT = "Breakdown of the total development cost: {0}.", "总开发成本构成：{0}。";
    BREAKDOWN_ITEM = "{0} {1} ({2})", "{0}{1}（{2}）";
    BREAKDOWN_TABLE = "The breakdown as a table", "成本构成表";
    COLUMN_ITEM = "Item", "项目";
    COLUMN_COST = "Cost", "成本";
    COLUMN_SHARE = "Share", "占比";
    ROW_TOTAL = "Total", "合计";
    WARN_BUSY = "The cluster would be busy for {0} months, longer than the {1}-month programme: add accelerators or time.",
        "集群需连续运行{0}个月，超过{1}个月的项目周期：请增加加速卡或延长项目。";
    WARN_HOURS_FLOP = "The published hours and the compute disagree: they imply a utilisation of {0}.",
        "公开的卡时与算力不一致：二者隐含的利用率为{0}。";
    WARN_IMPLIED = "Compute shown is what the published accelerator-hours deliver at this utilisation.",
        "所示算力为公开卡时在当前利用率下完成的运算量。";
    SUMMARY = "Total development cost {0}; capital required {1}. Largest item: {2}, {3} of the total. Final run: {4} days on {5} accelerators.",
        "总开发成本{0}；所需资本{1}。最大项为{2}，占总额{3}。最终训练在{5}块加速卡上需{4}天。";
    METHOD = "How this is calculated", "计算方法";
    METHOD_TEXT = "Final-run compute is 6 × active parameters × tokens unless a published figure is given; accelerator-hours follow from each chip’s dense peak at the training precision and the utilisation. Bought hardware is charged for the share of its depreciation the runs use (version 2: Epoch AI’s method; version 1: straight line over 5 years); a rented one by the hour. The methodology page explains every formula and source.",
        "除非给出公开数字，最终训练算力按 6 × 激活参数 × 词元计算；卡时由芯片在训练精度下的稠密峰值算力和利用率推出。购买的硬件按训练占用的折旧份额计费（第2版采用Epoch AI的方法，第1版按5年直线折旧），租用的按小时计费。方法说明页解释了每个公式及其来源。";
    METHOD_LINK = "Methodology and sources", "方法与来源";
    EDITION_AS_OF = "Figures as of {0} (version {1})", "数据截至{0}（第{1}版）";
    OPEN_CURRENT_FIGURES = "Open with current figures", "以最新数据打开";
    WHAT_CHANGED = "What changed", "有何变化";
    CHANGES_LINK = "What changed between versions", "各版本的变化";
    FOOTER_OPEN = "Open source. Runs entirely in your browser: no cookies, no tracking.",
        "开源项目。完全在浏览器中运行：无Cookie、无追踪。";
    SEED_CREDIT = "Prompted by Yicai’s report “From data to chips, AI is ever more expensive to build” (3 June 2024).",
        "缘起：第一财经报道《从数据到芯片，开发AI越来越昂贵》（2024年6月3日）。";
    PRESET_SOURCES = "Sources for this preset", "此预设的来源";
    NOTICE_TITLE = "Some values in this link could not be used", "链接中部分数值无法使用";
    NOTICE_ITEM = "{0}: the link said “{1}”; using {2}.", "{0}：链接中为“{1}”，改用{2}。";
    DISMISS = "Dismiss", "关闭";
    UNDO = "Undo", "撤销";
    DONE_RESET = "Values reset to the preset.", "已恢复预设值。";
    DONE_UNPIN = "Pinned scenario removed.", "已移除固定的情景。";
    DONE_LOAD = "Pinned scenario loaded for editing.", "已载入固定的情景以供编辑。";
    DONE_RANGES = "Ranges reset to their defaults.", "已恢复默认区间。";
    PANIC_TITLE = "Something went wrong", "出错了";
    PANIC_TEXT = "The calculator stopped: the numbers shown are no longer updated. Reload the page, or start again from the default calculation.",
        "计算器已停止运行：显示的数字不再更新。请重新加载页面，或从默认计算重新开始。";
    PANIC_RELOAD = "Reload", "重新加载";
    PANIC_START_AGAIN = "Start again", "重新开始";
    TIERS_CAPTION = "{0}, cloud price per accelerator-hour by contract", "{0}按合约计的每加速器小时云价";
}
