//! Texts of embedding: the Embed dialog, the embed's attribution line and the panel names.

super::texts! {
    EMBED_OPEN = "Embed", "嵌入";
    EMBED_TITLE = "Embed this calculator", "嵌入此计算器";
    EMBED_INTRO = "Paste the code into your article. It loads only from this site: no cookies, no tracking, nothing from anyone else.",
        "将代码粘贴到文章中。它只从本站加载：无Cookie、无追踪，不请求任何第三方。";
    EMBED_CLOSE = "Close", "关闭";
    EMBED_SHOW = "Show", "显示内容";
    EMBED_PLAIN = "Results only (hide the parameters)", "仅显示结果（隐藏参数）";
    EMBED_LOOK = "Look", "外观";
    EMBED_THEME = "Colours", "配色";
    THEME_AUTO = "Follow the reader’s setting", "跟随读者设置";
    THEME_LIGHT = "Light", "浅色";
    THEME_DARK = "Dark", "深色";
    EMBED_TRANSPARENT = "Transparent background", "透明背景";
    EMBED_HEIGHT = "Starting height", "初始高度";
    EMBED_HEIGHT_UNIT = "px", "px";
    EMBED_HEIGHT_HELP = "Measured from the preview. With the script the frame then fits its content exactly; without it, this height stays.",
        "按预览测得。使用脚本时，框架随后会自动贴合内容高度；不使用脚本则保持此高度。";
    EMBED_CODE = "Embed code", "嵌入代码";
    EMBED_VARIANT = "Code", "代码形式";
    EMBED_VARIANT_SCRIPT = "Frame and resizing script (recommended)", "框架加自动调整高度的脚本（推荐）";
    EMBED_VARIANT_IFRAME = "Frame only", "仅框架";
    EMBED_COPY = "Copy code", "复制代码";
    EMBED_COPIED = "Copied to the clipboard.", "已复制到剪贴板。";
    EMBED_COPY_BLOCKED = "Copying is blocked here: the code is selected, press Ctrl+C (⌘C on a Mac).",
        "此处无法自动复制：代码已选中，请按Ctrl+C（Mac上按⌘C）。";
    EMBED_PREVIEW = "Preview", "预览";
    EMBED_PREVIEW_TITLE = "Preview of the embedded calculator", "嵌入效果预览";
    EMBED_NAME = "Frontier AI cost calculator", "前沿AI成本计算器";
    EMBED_OPEN_FULL = "Open in full calculator ↗", "在完整计算器中打开 ↗";
    EMBED_NEW_TAB = "(opens in a new tab)", "（在新标签页中打开）";
    ALL_PARAMETERS = "All parameters", "全部参数";
    PANEL_TOTAL = "Total and capital", "总成本与所需资本";
    PANEL_FIGURES = "Key figures", "关键数据";
    PANEL_BREAKDOWN = "Where the money goes", "钱花在哪里";
    PANEL_BARRIER = "Who can afford it", "谁负担得起";
    PANEL_LADDER = "Cost ladder", "成本阶梯";
    PANEL_TRAJECTORY = "Cost over time", "成本走势";
    PANEL_UNCERTAINTY = "Uncertainty", "不确定性";
    PANEL_SENSITIVITY = "What matters most", "敏感性";
    PANEL_SCENARIOS = "Scenarios", "情景对比";
}

use crate::model::view::Panel;
use crate::model::Text;

/// The name of a result panel, as the Embed dialog offers it.
pub fn panel_name(panel: Panel) -> Text {
    match panel {
        Panel::Total => PANEL_TOTAL,
        Panel::Figures => PANEL_FIGURES,
        Panel::Breakdown => PANEL_BREAKDOWN,
        Panel::Barrier => PANEL_BARRIER,
        Panel::Ladder => PANEL_LADDER,
        Panel::Trajectory => PANEL_TRAJECTORY,
        Panel::Uncertainty => PANEL_UNCERTAINTY,
        Panel::Sensitivity => PANEL_SENSITIVITY,
        Panel::Scenarios => PANEL_SCENARIOS,
    }
}
