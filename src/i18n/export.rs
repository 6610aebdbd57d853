//! Texts of exporting: the Export menu, chart downloads, import messages, the print summary,
//! and the labels the CSV gives results that have no label of their own on the page.

super::texts! {
    EXPORT = "Export", "导出";
    EXPORT_MENU = "Export this calculation", "导出此计算";
    EXPORT_CSV = "Data table (CSV)", "数据表（CSV）";
    EXPORT_CSV_NOTE = "Every input and result, in US dollars, with the link and date.",
        "全部输入和结果（以美元计），附链接和日期。";
    EXPORT_JSON = "Calculation file (JSON)", "计算文件（JSON）";
    EXPORT_JSON_NOTE = "Open it again here later with Import.", "以后可用“导入”在此重新打开。";
    IMPORT = "Import a calculation file…", "导入计算文件…";
    PRINT = "Print a one-page summary", "打印单页摘要";
    EXPORT_DONE = "Downloaded {0}.", "已下载{0}。";
    IMPORT_DONE = "Calculation imported.", "计算已导入。";
    IMPORT_NOT_OURS = "This file is not a calculation exported from this calculator.",
        "此文件不是从本计算器导出的计算文件。";
    IMPORT_NEWER = "This file comes from a newer version of the calculator (format {0}).",
        "此文件来自更新版本的计算器（格式{0}）。";
    IMPORT_TOO_BIG = "This file is too large to be a calculation.", "文件过大，不可能是计算文件。";
    IMPORT_UNREADABLE = "The file could not be read.", "无法读取该文件。";
    DOWNLOAD_CHART = "Download the chart", "下载图表";
    DOWNLOAD_AS = "Download “{0}” as {1}", "将“{0}”下载为{1}";
    CHART_SOURCE = "Source: {0}, {1}. {2}", "来源：{0}，{1}。{2}";
    CHART_INPUTS = "Starting point: {0}", "起点：{0}";
    CHART_FAILED = "The image could not be made.", "无法生成图片。";
    // Not deferred: it says that something else did not load.
    LATER_FAILED = "This part of the calculator could not load. Check the connection and try again.",
        "计算器的这一部分未能加载。请检查网络连接后重试。";
    PRINT_PRESET = "Starting point: {0}. {1}.", "起点：{0}。{1}。";
    PRINT_DATE = "Printed {0}. This calculation: {1}", "打印于{0}。此计算的链接：{1}";
    // CSV labels of results that the page shows inside sentences.
    OUT_LEVEL = "Barrier to entry, level 0–4", "进入门槛等级（0至4）";
    OUT_FUNDABLE = "Reference organisations that could cover the capital", "能够承担所需资本的参照机构数";
    OUT_VS_META = "H100-equivalents as a share of Meta’s H100 fleet", "H100当量占Meta H100机群的比例";
    OUT_VS_UNIVERSITY = "Accelerators as a multiple of a top university lab’s GPUs", "加速卡数量相当于顶尖高校实验室GPU的倍数";
    OUT_VS_CLUSTER = "Facility power as a multiple of a 100,000-H100 cluster", "设施功率相当于10万块H100集群的倍数";
    OUT_LICENCE_SHARE = "Licensed data’s share of the data cost", "授权数据占数据成本的比例";
    OUT_LICENCE_DEALS = "News-Corp-size licence deals a year", "每年相当于新闻集团规模授权交易的笔数";
    OUT_PROGRAMME = "Months of cluster time, every run included", "集群占用月数（含全部训练）";
    OUT_FIVE_YEARS = "Cost of the same frontier position in five years", "五年后保持同等前沿位置的成本";
    OUT_BEYOND_YEAR = "Year it would pass the largest company’s yearly capital spending", "超过最大公司年度资本支出的年份";
    OUT_P5 = "{0}, 5th percentile", "{0}（第5百分位）";
    OUT_P50 = "{0}, median", "{0}（中位数）";
    OUT_P95 = "{0}, 95th percentile", "{0}（第95百分位）";
    OUT_PINNED = "Scenario “{0}”: {1}", "情景“{0}”：{1}";
    // The deeper panels: their settings and results.
    SET_BUDGET = "Budget (US dollars or a reference budget)", "预算（美元或参照预算）";
    SET_HALVING = "Months for algorithmic progress to halve the compute of a capability", "算法进步使同等能力所需算力减半的月数";
    SET_GRID = "Grid for the carbon intensity", "碳强度所用电网";
    OUT_CLOUD_COST = "Final run’s compute cost at cloud prices", "按云价格计算的最终训练算力成本";
    OUT_RULE_RATIO = "Final-run compute as a multiple of the threshold: {0}", "最终训练算力相当于门槛的倍数：{0}";
    OUT_RULE_CROSSED = "Whether the final run falls under the rule: {0}", "最终训练是否受该规则约束：{0}";
    OUT_RULE_COST_RATIO = "Compute cost at cloud prices as a multiple of the cost threshold: {0}", "按云价格计算的算力成本相当于成本门槛的倍数：{0}";
    OUT_DAYS_TO = "Days this cluster needs to reach {0} FLOP", "该集群达到{0} FLOP所需天数";
    OUT_BUDGET_FLOP = "Largest final-run compute the budget buys", "该预算可买到的最大最终训练算力";
    OUT_BUDGET_PARAMS = "Compute-optimal parameters for it (20 tokens each)", "对应的算力最优参数量（每参数20个token）";
    OUT_BUDGET_TOKENS = "Compute-optimal training tokens for it", "对应的算力最优训练token数";
    OUT_BUDGET_DAYS = "Days that run takes on this cluster", "该训练在此集群上所需天数";
    OUT_CATCHUP_3Y = "Cost of the final run’s compute three years on", "三年后同等最终训练的成本";
    OUT_CATCHUP_YEAR = "First year {0} could afford the final run", "{0}可负担最终训练的最早年份";
    OUT_CO2 = "CO2e of all runs’ energy on the chosen grid", "全部训练用电在所选电网下的二氧化碳当量";
}
