//! Texts of the barrier-to-entry panels (verdict, ladder, scale, access, trajectory) and the
//! sentences built from the model's numbers. Numbers are formatted by the caller (the page
//! uses the browser's Intl), so these builders are pure and tested natively.

use crate::model::barrier::{Count, Ratio, Verdict};
use crate::model::text::{fill, Lang, Text};

super::texts! {
    SECTION_TITLE = "Who can still afford it?", "谁还负担得起？";
    SECTION_DEK = "The capital this scenario needs, set against what real organisations can spend.",
        "将该情景所需资本与真实机构的可支配资金相比较。";
    VERDICT_LABEL = "Barrier to entry", "进入门槛";
    LEVEL_BADGE = "Level {0} on a 0–4 scale", "门槛等级{0}（0至4级）";
    VERDICT_0 = "At {0} of capital required, this is within a median US Series B round: open to start-ups.",
        "所需资本{0}，不超过美国B轮融资的中位数：初创公司即可承担。";
    VERDICT_1 = "At {0} of capital required, this is more than a typical start-up raises, but within reach of well-funded ones.",
        "所需资本{0}，超出一般初创公司的融资规模，但资金雄厚的初创公司仍可企及。";
    VERDICT_2 = "At {0} of capital required, only top AI labs, large companies and governments could do this.",
        "所需资本{0}，只有顶尖AI实验室、大公司和政府才能做到。";
    VERDICT_3 = "At {0} of capital required, this is for the hyperscalers only.",
        "所需资本{0}，只有超大规模云厂商才建得起。";
    VERDICT_4 = "At {0} of capital required, this is beyond any single company: more than the largest spends on infrastructure in a year.",
        "所需资本{0}，超出任何单家公司的能力：比最大的公司一年的基础设施支出还多。";
    COUNT_NONE = "None of the {1} reference budgets could cover it.", "{1}个参照预算中，没有一个能够承担。";
    COUNT_ONE = "Of the {1} reference budgets, only one could cover it: {2}.", "{1}个参照预算中，只有一个能够承担：{2}。";
    COUNT_FEW = "Of the {1} reference budgets, only {0} could cover it: {2}.", "{1}个参照预算中，只有{0}个能够承担：{2}。";
    COUNT_MANY = "{0} of the {1} reference budgets could cover it; the smallest of them is {2}.",
        "{1}个参照预算中有{0}个能够承担，其中最小的是{2}。";
    COUNT_ALL = "All {1} reference budgets could cover it.", "全部{1}个参照预算都能够承担。";
    LIST_SEPARATOR = ", ", "、";
    LIST_LAST = " and ", "和";
    SEE_LADDER = "See the ladder and the scale", "查看阶梯与等级";
    EMBED_MORE = "Who can still afford it: the scale and what it takes", "谁还负担得起：门槛等级与所需条件";

    RATIO_TIMES = "{0}× {1}", "相当于{1}的{0}倍";
    RATIO_SHARE = "{0} of {1}", "相当于{1}的{0}";
    RATIO_UNDER = "less than {0} of {1}", "不到{1}的{0}";
    RATIO_SAME = "about the same as {1}", "与{1}大致相当";

    LADDER_TITLE = "The affordability ladder", "负担能力阶梯";
    LADDER_DEK = "Capital required against reference budgets, on a log scale: each gridline is ten times the last.",
        "所需资本与参照预算对比（对数刻度：每条网格线是前一条的十倍）。";
    CAPEX_NOTE = "Not like for like: capital required includes the team, data and energy; company figures are capital expenditure, what a company spends in a year on buildings and equipment for every purpose.",
        "二者并非同类：所需资本包括团队、数据和能源；公司数字为资本支出，即公司一年用于各类建筑和设备的支出。";
    LADDER_COUNT = "{0} of {1} reference organisations could cover the capital required.",
        "{1}个参照机构中，有{0}个能够承担所需资本。";
    CAPITAL_LINE = "Capital required {0}", "所需资本{0}";
    LADDER_ALT = "Bar chart on a log scale of {0} reference budgets against the capital required, {1}. Could cover it: {2}. Could not: {3}.",
        "{0}个参照预算与所需资本{1}的对数刻度条形图。能够承担：{2}。不能承担：{3}。";
    NOBODY = "none", "无";
    LADDER_TABLE = "The ladder as a table, with ratios", "阶梯数据表（含比例）";
    RATIO_SENTENCE = "The capital required is {0}.", "所需资本{0}。";
    COLUMN_FUNDS = "Could cover it?", "能否承担？";
    YES = "✓ Yes", "✓ 能";
    NO = "✗ No", "✗ 不能";
    FOR_SCALE = "for scale", "仅作比较";

    SCALE_TITLE = "The barrier scale", "门槛等级";
    SCALE_DEK = "Five steps by capital required. Each boundary is a reference budget; a capital exactly at a boundary takes the lower step.",
        "按所需资本分为五级。每个分界点都是一个参照预算；恰好等于分界值时归入较低一级。";
    SCALE_UP_TO = "up to {0}", "不超过{0}";
    SCALE_OVER = "over {0}", "超过{0}";
    SCALE_HERE = "This scenario", "本情景";

    ACCESS_TITLE = "What it takes", "需要什么";
    ACCESS_DEK = "Chips, power, data and time this scenario needs, against reference points.",
        "该情景所需的芯片、电力、数据和时间，与参照对象相比较。";
    CHIPS = "Chips", "芯片";
    CHIPS_TEXT = "About {0} H100-equivalents of dense BF16 compute: {1}, and {2}.",
        "约合{0}块H100的稠密BF16算力：{1}；{2}。";
    META_PHRASE = "the {0} H100 Meta planned to own by the end of 2024", "Meta计划到2024年底拥有的{0}块H100";
    UNIVERSITY_PHRASE = "the {0} GPUs of Stanford’s NLP group (2024)", "斯坦福NLP团队的{0}块GPU（2024年）";
    POWER = "Power", "电力";
    POWER_FIGURE = "facility power at peak", "峰值设施功率";
    POWER_TEXT = "That is {0}, and {1}.", "这{0}；{1}。";
    CLUSTER_PHRASE = "a {0}-H100 cluster (about {1})", "{0}块H100的集群（约{1}）";
    GIGAWATT_PHRASE = "a one-gigawatt AI campus", "1吉瓦的AI园区";
    DATA = "Data", "数据";
    DATA_FIGURE = "News-Corp-size licence deals a year (about {0} each)", "笔新闻集团规模的年度授权交易（每笔约{0}）";
    DATA_TEXT = "{0} a year of licensed data: {1} of the data cost, and {2} of the AI training-data market (about {3} in 2024).",
        "每年{0}的授权数据：占数据成本的{1}，相当于AI训练数据市场（2024年约{3}）的{2}。";
    DATA_NONE = "No licensed data in this scenario: {0} of the data cost.", "本情景不含授权数据：占数据成本的{0}。";
    DATA_NEWS_CORP = "OpenAI’s deal with News Corp: more than {0} over five years.", "OpenAI与新闻集团的协议：五年超过{0}。";
    TIME = "Time", "时间";
    TIME_FIGURE = "of cluster time, every run included", "集群占用时间（含全部训练）";
    MONTHS_VALUE = "{0} months", "{0}个月";
    TIME_TEXT = "The final run takes {0} days on {1} accelerators, within the {2}-month programme.",
        "最终训练在{1}块加速卡上需{0}天，在{2}个月的项目周期之内。";
    TIME_OVER = "The final run takes {0} days on {1} accelerators, and the cluster is busy longer than the {2}-month programme.",
        "最终训练在{1}块加速卡上需{0}天，集群占用时间超过{2}个月的项目周期。";

    TRAJECTORY_TITLE = "Where costs are heading", "成本走向";
    TRAJECTORY_TEXT = "Frontier training costs have grown about {0} a year since 2016 (95% confidence interval {1} to {2}; Cottier et al., 2024). At that pace, this scenario’s place at the frontier would cost {3} by {4}.",
        "自2016年以来，前沿模型训练成本每年增长约{0}（95%置信区间{1}至{2}；Cottier等，2024年）。按此速度，保持本情景在前沿的位置，到{4}年将需要{3}。";
    TRAJECTORY_BEYOND = "It would pass a year of the largest company’s capital spending ({0}) in {1}.",
        "到{1}年，它将超过最大公司一年的资本支出（{0}）。";
    TRAJECTORY_ALREADY = "It already costs more than a year of the largest company’s capital spending ({0}), as of {1}.",
        "截至{1}年，它已超过最大公司一年的资本支出（{0}）。";
    TRAJECTORY_NOTE = "Published figures are for training; this scenario’s is its total development cost, plotted at its preset’s year ({0}).",
        "公开数字为训练成本；本情景为总开发成本，标在其预设年份（{0}年）。";
    TIMES = "{0}×", "{0}倍";
    TRAJECTORY_ALT = "Chart on a log scale of frontier model costs by year. Published: {0}. This scenario: {1} in {2}. Projected at {3} a year: {4} in {5} (from {6} to {7}).",
        "按年份的前沿模型成本对数刻度图。公开数字：{0}。本情景：{2}年{1}。按每年{3}预测：{5}年{4}（{6}至{7}）。";
    THIS_SCENARIO = "This scenario", "本情景";
    PROJECTED = "Projected", "预测";
    AT_LEAST = "more than {0}", "超过{0}";
    ABOUT = "about {0}", "约{0}";
    RANGE = "{0}–{1}", "{0}至{1}";
    TRAJECTORY_TABLE = "Published figures and the projection", "公开数字与预测";
    COLUMN_YEAR = "Year", "年份";
    COLUMN_WHAT = "What", "内容";
    COLUMN_COST = "Cost", "成本";
    COLUMN_RANGE = "Ranges: growth of {0} to {1} a year.", "区间：按每年增长{0}至{1}计算。";
    SOURCE_LABEL = "Source: ", "来源：";
}

/// Number formatting the sentences need; the page implements it with `Intl.NumberFormat`.
pub trait Numbers {
    fn lang(&self) -> Lang;
    /// Money, compact: `$7.9B`.
    fn money(&self, usd: f64) -> String;
    /// A plain number: `14`, `1,800`.
    fn number(&self, value: f64) -> String;
    /// A fraction as a percentage: `8.4%`.
    fn percent(&self, fraction: f64) -> String;
}

fn text(numbers: &dyn Numbers, text: Text) -> &'static str {
    text.get(numbers.lang())
}

/// "14× a median US Series B round", "8.4% of Microsoft’s capex in one quarter".
pub fn ratio_phrase(numbers: &dyn Numbers, ratio: Ratio, phrase: &str) -> String {
    match ratio {
        Ratio::UnderOnePercent => fill(
            text(numbers, RATIO_UNDER),
            &[&numbers.percent(0.01), phrase],
        ),
        Ratio::Share(share) => fill(
            text(numbers, RATIO_SHARE),
            &[&numbers.percent(share), phrase],
        ),
        Ratio::AboutTheSame => fill(text(numbers, RATIO_SAME), &["", phrase]),
        Ratio::Times(times) => fill(
            text(numbers, RATIO_TIMES),
            &[&numbers.number(times), phrase],
        ),
    }
}

/// "A", "A and B", "A, B and C" (English); "A、B和C" (Chinese).
pub fn list(lang: Lang, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_string(),
        [rest @ .., last] => {
            let mut out = rest.join(LIST_SEPARATOR.get(lang));
            out.push_str(LIST_LAST.get(lang));
            out.push_str(last);
            out
        }
    }
}

/// The template of the verdict's first sentence for a level.
pub const fn level_sentence(level: u8) -> Text {
    match level {
        0 => VERDICT_0,
        1 => VERDICT_1,
        2 => VERDICT_2,
        3 => VERDICT_3,
        _ => VERDICT_4,
    }
}

/// The verdict in two quotable sentences: how high the wall is, and who could still pay.
pub fn verdict_text(numbers: &dyn Numbers, verdict: &Verdict) -> String {
    let lang = numbers.lang();
    let first = fill(
        text(numbers, level_sentence(verdict.level)),
        &[&numbers.money(verdict.capital.get())],
    );
    let able = numbers.number(verdict.able as f64);
    let total = numbers.number(verdict.organisations as f64);
    let (template, names) = match &verdict.count {
        Count::None => (COUNT_NONE, String::new()),
        Count::All => (COUNT_ALL, String::new()),
        Count::Few(budgets) => {
            let names: Vec<&str> = budgets.iter().map(|b| b.who.get(lang)).collect();
            let template = if budgets.len() == 1 {
                COUNT_ONE
            } else {
                COUNT_FEW
            };
            (template, list(lang, &names))
        }
        Count::Many { smallest, .. } => (COUNT_MANY, smallest.who.get(lang).to_string()),
    };
    let second = fill(text(numbers, template), &[&able, &total, &names]);
    let space = if lang == Lang::Zh { "" } else { " " };
    format!("{first}{space}{second}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::barrier::{budget, ladder, verdict, LEVELS};
    use crate::model::edition::V1;
    use crate::model::units::Usd;

    /// A stand-in for Intl: `$7.9B`, `14`, `8.4%`.
    struct Plain(Lang);

    impl Numbers for Plain {
        fn lang(&self) -> Lang {
            self.0
        }
        fn money(&self, usd: f64) -> String {
            if usd >= 1e9 {
                format!("${}B", usd / 1e9)
            } else {
                format!("${}M", usd / 1e6)
            }
        }
        fn number(&self, value: f64) -> String {
            format!("{value}")
        }
        fn percent(&self, fraction: f64) -> String {
            format!("{}%", (fraction * 1000.0).round() / 10.0)
        }
    }

    const EN: Plain = Plain(Lang::En);
    const ZH: Plain = Plain(Lang::Zh);

    #[test]
    fn ratio_wording_for_each_class() {
        let series_b = budget(&V1, "series-b").unwrap().phrase;
        let microsoft_q = budget(&V1, "microsoft-quarter").unwrap().phrase;
        assert_eq!(
            ratio_phrase(&EN, Ratio::Times(14.0), series_b.en),
            "14× a median US Series B round"
        );
        assert_eq!(
            ratio_phrase(&ZH, Ratio::Times(14.0), series_b.zh()),
            "相当于美国B轮融资中位数的14倍"
        );
        assert_eq!(
            ratio_phrase(&EN, Ratio::Share(0.084), microsoft_q.en),
            "8.4% of Microsoft’s capex in one quarter"
        );
        assert_eq!(
            ratio_phrase(&ZH, Ratio::Share(0.084), microsoft_q.zh()),
            "相当于微软单季资本支出的8.4%"
        );
        assert_eq!(
            ratio_phrase(&EN, Ratio::UnderOnePercent, microsoft_q.en),
            "less than 1% of Microsoft’s capex in one quarter"
        );
        assert_eq!(
            ratio_phrase(&EN, Ratio::AboutTheSame, series_b.en),
            "about the same as a median US Series B round"
        );
        assert_eq!(
            ratio_phrase(&ZH, Ratio::AboutTheSame, series_b.zh()),
            "与美国B轮融资中位数大致相当"
        );
    }

    #[test]
    fn every_rung_has_a_sentence() {
        for capital in [1e3, 3e6, 1.2e9, 7.9e9, 38e9, 5e12] {
            for rung in ladder(&V1, Usd(capital)) {
                for numbers in [&EN, &ZH] {
                    let sentence =
                        ratio_phrase(numbers, rung.ratio, rung.budget.phrase.get(numbers.0));
                    assert!(
                        sentence.contains(rung.budget.phrase.get(numbers.0)),
                        "{sentence}"
                    );
                    assert!(!sentence.contains('{'), "{sentence}");
                }
            }
        }
    }

    #[test]
    fn lists_in_both_languages() {
        assert_eq!(list(Lang::En, &[]), "");
        assert_eq!(list(Lang::En, &["Meta"]), "Meta");
        assert_eq!(list(Lang::En, &["Meta", "Amazon"]), "Meta and Amazon");
        assert_eq!(
            list(Lang::En, &["Meta", "Alphabet", "Amazon"]),
            "Meta, Alphabet and Amazon"
        );
        assert_eq!(
            list(Lang::Zh, &["Meta", "微软", "亚马逊"]),
            "Meta、微软和亚马逊"
        );
    }

    #[test]
    fn verdict_wording_for_each_level() {
        let cases = [
            (
                3e6,
                0,
                "At $3M of capital required, this is within a median US Series B round: open to start-ups. 9 of the 10 reference budgets could cover it; the smallest of them is a start-up with a median seed round.",
            ),
            (
                35e6,
                1,
                "At $35M of capital required, this is more than a typical start-up raises, but within reach of well-funded ones. 6 of the 10 reference budgets could cover it; the smallest of them is the proposed US National AI Research Resource.",
            ),
            (
                5e9,
                2,
                "At $5B of capital required, only top AI labs, large companies and governments could do this. 5 of the 10 reference budgets could cover it; the smallest of them is OpenAI, with its record round.",
            ),
            (
                7.9e9,
                3,
                "At $7.9B of capital required, this is for the hyperscalers only. Of the 10 reference budgets, only 4 could cover it: Meta, Alphabet, Microsoft and Amazon.",
            ),
            (
                60e9,
                3,
                "At $60B of capital required, this is for the hyperscalers only. Of the 10 reference budgets, only one could cover it: Amazon.",
            ),
            (
                100e9,
                4,
                "At $100B of capital required, this is beyond any single company: more than the largest spends on infrastructure in a year. None of the 10 reference budgets could cover it.",
            ),
            (
                1e6,
                0,
                "At $1M of capital required, this is within a median US Series B round: open to start-ups. All 10 reference budgets could cover it.",
            ),
        ];
        for (capital, level, expected) in cases {
            let v = verdict(&V1, Usd(capital));
            assert_eq!(v.level, level, "{capital}");
            assert_eq!(verdict_text(&EN, &v), expected);
        }
        assert_eq!(
            verdict_text(&ZH, &verdict(&V1, Usd(7.9e9))),
            "所需资本$7.9B，只有超大规模云厂商才建得起。10个参照预算中，只有4个能够承担：Meta、Alphabet、微软和亚马逊。"
        );
        assert_eq!(
            verdict_text(&ZH, &verdict(&V1, Usd(100e9))),
            "所需资本$100B，超出任何单家公司的能力：比最大的公司一年的基础设施支出还多。10个参照预算中，没有一个能够承担。"
        );
    }

    #[test]
    fn each_level_has_its_own_sentence() {
        let sentences: Vec<&str> = LEVELS.iter().map(|l| level_sentence(l.index).en).collect();
        for (i, a) in sentences.iter().enumerate() {
            assert!(a.contains("{0}"));
            assert!(sentences[i + 1..].iter().all(|b| a != b));
        }
    }
}
