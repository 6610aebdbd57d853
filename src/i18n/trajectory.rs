//! Texts of version 2's trajectory: the final run against Epoch AI's estimates on the same
//! basis, the quotes apart, the ten closest models.

super::texts! {
    V2_LEAD = "Frontier final runs have cost about {0} more each year since 2016, counting amortised hardware and energy (Cottier et al., arXiv 2405.21015v1). This scenario’s final run costs {1} on that basis; at that pace the same place at the frontier would cost {2} by {3}.",
        "自2016年以来，前沿模型最终训练的成本（按硬件摊销加能源计）每年增长约{0}（Cottier等，arXiv 2405.21015v1）。按此口径，本情景最终训练的成本为{1}；照此速度，保持同样的前沿位置到{3}年将需{2}。";
    V2_LEAD_CLOUD = "This scenario rents: its final run costs {1} at cloud prices, so it is drawn on the cloud basis. The {0}-a-year rate was fitted to amortised costs; at that pace it would cost {2} by {3}.",
        "本情景租用算力：其最终训练按云价格计为{1}，因此按云价格口径绘制。每年{0}的增速是按摊销成本拟合的；照此速度，到{3}年将需{2}。";
    V2_BEYOND = "The final run alone would pass a year of the largest company’s capital spending ({0}) in {1}.",
        "仅最终训练一项，就将在{1}年超过最大公司一年的资本支出（{0}）。";
    V2_ALREADY = "The final run alone already costs more than a year of the largest company’s capital spending ({0}), as of {1}.",
        "截至{1}年，仅最终训练一项的成本就已超过最大公司一年的资本支出（{0}）。";
    BASIS_LABEL = "Cost basis", "成本口径";
    BASIS_AMORTISED = "Amortised hardware + energy", "硬件摊销＋能源";
    BASIS_CLOUD = "Cloud price", "云价格";
    BAND_NOTE = "Shaded: {0} to {1} a year, the 95% confidence interval of the rate (arXiv 2405.21015v1), compounded — uncertainty in the rate, not a range of costs.",
        "阴影：每年{0}至{1}，即增速的95%置信区间（arXiv 2405.21015v1）逐年复合——表示增速的不确定性，而非成本的范围。";
    NO_PROJECTION = "No projection on this basis: the rate was fitted to amortised costs. The scenario’s point is its final run at its cloud price ({0} an accelerator-hour).",
        "此口径下不作预测：增速是按摊销成本拟合的。本情景的点为其最终训练按其云价格（每加速器小时{0}）计算的成本。";
    RENTED_NOT_AMORTISED = "This scenario rents, so its final run has no amortised cost to draw here: choose “Cloud price” to see it beside Epoch AI’s cloud estimates.",
        "本情景租用算力，其最终训练没有可在此绘制的摊销成本：请选择“云价格”，与Epoch AI的云价格估计并列查看。";
    EPOCH_POINTS = "Dots: Epoch AI’s estimates of the final run for {0} models, on the basis chosen above, in 2023 US dollars (this scenario’s are at its own prices).",
        "圆点：Epoch AI对{0}个模型最终训练成本的估计，采用上方所选口径，以2023年美元计（本情景按其自身价格计）。";
    EPOCH_LOADING = "Loading Epoch AI’s estimates…", "正在加载Epoch AI的估计……";
    EPOCH_FAILED = "Epoch AI’s estimates could not be loaded.", "未能加载Epoch AI的估计。";
    POINT_TITLE = "{0} ({1}), {2}: {3} FLOP, {4} (2023 US dollars)",
        "{0}（{1}），{2}：{3} FLOP，{4}（2023年美元）";
    QUOTES_NOTE = "Diamonds: quotes, each on its own stated basis, not part of any series.",
        "菱形：引述的数字，各有其自述口径，不属于任何序列。";
    QUOTE_TITLE = "Quote: {0} ({1}), {2}", "引述：{0}（{1}），{2}";
    SCENARIO_TITLE = "This scenario’s final run, {0}: {1} FLOP, {2}", "本情景的最终训练，{0}年：{1} FLOP，{2}";
    TOTAL_BESIDE = "Total development cost of this scenario: {0}. Not projected: no rate has been fitted to whole development costs.",
        "本情景的开发总成本：{0}。不作预测：没有针对开发总成本拟合的增速。";
    CLOSEST_TITLE = "The ten models closest to this run", "与本次训练最接近的十个模型";
    CLOSEST_NOTE = "Closest in compute and date: one order of magnitude of FLOP counts as two years.",
        "按算力与时间衡量的接近程度：算力相差一个数量级相当于相差两年。";
    PROJECTION_TITLE = "Projected at {0} a year, {1}: {2} ({3} to {4})", "按每年{0}预测，{1}年：{2}（{3}至{4}）";
}
