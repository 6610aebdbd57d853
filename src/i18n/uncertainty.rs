//! Texts of the uncertainty, sensitivity and scenario-comparison panels.

super::texts! {
    UNC_TITLE = "How sure is this?", "结果有多确定？";
    UNC_TOGGLE = "Show the uncertainty", "显示不确定性";
    UNC_BAND = "90% interval {0} – {1}", "90%区间：{0}至{1}";
    UNC_MEDIAN = "median {0}", "中位数{0}";
    UNC_CAPITAL_BAND = "Capital required, 90% interval: {0} – {1}", "所需资本90%区间：{0}至{1}";
    UNC_EXPLAIN = "{0} scenarios drawn at random around your inputs, each uncertain value within its range below. The draws are seeded, so the same link always gives the same band.",
        "在你的输入附近随机抽取{0}个情景，每个不确定参数在下方区间内取值。随机数有固定种子，同一链接总是得到相同区间。";
    UNC_OFF = "Uncertainty is off: the figures are single estimates.", "不确定性分析已关闭：数字为单点估计。";
    UNC_COMPUTING = "Simulating…", "模拟中…";
    DIST_TITLE = "Distribution of the total", "总成本分布";
    DIST_ALT = "Histogram of {0} simulated totals: 90% lie between {1} and {2}, the median is {3}; your inputs give {4}.",
        "{0}个模拟总成本的直方图：90%介于{1}至{2}之间，中位数为{3}；你的输入为{4}。";
    DIST_YOURS = "Your inputs", "你的输入";
    RANGES_TITLE = "Ranges used", "所用区间";
    RANGES_NOTE = "Each range is a multiple of the current value: 0.5–1.5 means from half to one and a half times it.",
        "每个区间是当前值的倍数：0.5至1.5表示当前值的一半到1.5倍。";
    RANGE_LOW = "Low ×", "下限倍数";
    RANGE_HIGH = "High ×", "上限倍数";
    RANGE_LOW_LABEL = "Low multiple for {0}", "{0}的下限倍数";
    RANGE_HIGH_LABEL = "High multiple for {0}", "{0}的上限倍数";
    RANGE_INVALID = "A range needs 0 < low ≤ 1 ≤ high ≤ 100.", "区间须满足 0 < 下限 ≤ 1 ≤ 上限 ≤ 100。";
    RANGES_RESET = "Reset the ranges", "恢复默认区间";
    COLUMN_PARAMETER = "Parameter", "参数";
    COLUMN_VALUES = "Values", "取值";
    TORNADO_TITLE = "What moves the total most", "对总成本影响最大的因素";
    TORNADO_SENTENCE = "The biggest driver is {0}: across its range it moves the total from {1} to {2}.",
        "影响最大的是{0}：在其区间内，总成本在{1}至{2}之间变化。";
    TORNADO_NONE = "None of the uncertain values changes the total with these ranges.", "在这些区间内，没有不确定参数会改变总成本。";
    TORNADO_ALT = "Effect of each uncertain value on the total, largest first: {0}.", "各不确定参数对总成本的影响（由大到小）：{0}。";
    TORNADO_ITEM = "{0} {1} to {2}", "{0}：{1}至{2}";
    TORNADO_LOW = "at low end", "取下限";
    TORNADO_HIGH = "at high end", "取上限";
    SCEN_TITLE = "Compare scenarios", "情景对比";
    SCEN_EMPTY = "Pin up to four scenarios to compare them side by side; the comparison is itself a shareable link.",
        "最多可固定四个情景进行并排对比；对比结果本身也可以通过链接分享。";
    SCEN_PIN = "Pin this scenario", "固定当前情景";
    SCEN_NAME = "Name (optional)", "名称（可选）";
    SCEN_FULL = "Four scenarios are pinned: remove one to pin another.", "已固定四个情景：请先移除一个。";
    SCEN_REMOVE = "Remove", "移除";
    SCEN_REMOVE_LABEL = "Remove scenario {0}", "移除情景{0}";
    SCEN_LOAD = "Edit", "编辑";
    SCEN_LOAD_LABEL = "Edit scenario {0} (make it the current one)", "编辑情景{0}（设为当前情景）";
    SCEN_CURRENT = "Current", "当前";
    SCEN_INPUTS = "Inputs that differ", "不同的输入";
    SCEN_NO_DIFFERENCE = "All inputs are the same.", "所有输入均相同。";
    SCEN_RESULTS = "Results", "结果";
    SCEN_CHART = "Breakdown by scenario", "各情景成本构成";
    SCEN_CHART_ALT = "Cost lines of each scenario: {0}.", "各情景的成本项：{0}。";
    SCEN_PRESET = "Preset", "预设";
}
