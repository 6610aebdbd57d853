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
    EMBED_VARIANT_AMP = "AMP page (amp-iframe, the image as placeholder)", "AMP页面（amp-iframe，以图片作占位）";
    EMBED_VARIANT_IMAGE = "Image and link (newsletters, feeds)", "图片加链接（电子报、订阅源）";
    EMBED_AMP_MORE = "Show the whole calculator", "显示完整计算器";
    EMBED_WORDS = "In the article’s words", "文章自己的措辞";
    EMBED_HEADING = "Heading (up to 120 characters)", "标题（最多120字）";
    EMBED_STANDFIRST = "Standfirst (up to 240 characters)", "导语（最多240字）";
    EMBED_STATIC = "Static: no controls (live blogs, print)", "静态：不带任何控件（直播稿、印刷）";
    EMBED_INPUTS = "Inputs shown at once (the others behind “All parameters”)", "直接显示的参数（其余收在“全部参数”中）";
    EMBED_MEASURED = "Height of the preview at its width: {0} px.", "预览在当前宽度下高{0}像素。";
    EMBED_IMAGE = "Fallback image", "替代图片";
    EMBED_IMAGE_HELP = "For readers the frame never reaches (AMP without frames, apps, newsletters, feeds): a PNG of this embed at twice its size. Upload it to your CMS and give its address below.",
        "供无法显示框架的读者使用（不支持框架的AMP、应用、电子报、订阅源）：此嵌入内容的两倍分辨率PNG。请上传到您的内容管理系统，并在下方填写其地址。";
    EMBED_IMAGE_MAKE = "Make the image", "生成图片";
    EMBED_IMAGE_SIZE = "{0} × {1} px.", "{0} × {1}像素。";
    EMBED_IMAGE_DOWNLOAD = "Download PNG", "下载PNG";
    EMBED_ALT = "Alt text (in the code)", "替代文字（已写入代码）";
    EMBED_IMAGE_URL = "Address of the uploaded image", "上传后的图片地址";
    EMBED_IMAGE_SOURCE = "Figures as of {0} (version {1}); image made on {2}.", "数据截至{0}（第{1}版）；图片生成于{2}。";
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
    PANEL_RULES = "Rules this run triggers", "本次训练触及的监管规则";
    PANEL_BUDGET = "What a budget buys", "一笔预算能买到什么";
    PANEL_CATCHUP = "When followers catch up", "追赶者何时赶上";
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
        Panel::Rules => PANEL_RULES,
        Panel::Budget => PANEL_BUDGET,
        Panel::Catchup => PANEL_CATCHUP,
    }
}
