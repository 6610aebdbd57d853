//! Texts of the Share menu and of the notices about a link.

super::texts! {
    SHARE = "Share", "分享";
    SHARE_MENU = "Share this calculation", "分享此计算";
    LINK_LABEL = "Link to what you see", "当前页面的链接";
    LINK_NOTE = "It opens exactly these numbers, with your changes, language and currency.",
        "打开后将完整呈现这些数字，包括您的修改、语言和货币。";
    COPY_LINK = "Copy link", "复制链接";
    LINK_COPIED = "Link copied", "链接已复制";
    COPY_BY_HAND = "Selected: press Ctrl+C (⌘C on a Mac) to copy it.",
        "已选中：请按Ctrl+C（Mac上为⌘C）复制。";
    SHARE_NATIVE = "More ways to share…", "更多分享方式…";
    SHARE_X = "Post on X", "分享到X";
    SHARE_LINKEDIN = "Share on LinkedIn", "分享到领英";
    SHARE_EMAIL = "Send by e-mail", "通过电子邮件发送";
    NEW_TAB = "(opens in a new tab)", "（在新标签页中打开）";
    // "Cite this" (the citations themselves are built in `crate::cite`).
    CITE = "Cite this", "引用";
    COPY_FORMAT = "Copy {0}", "复制{0}";
    FORMAT_COPIED = "{0} copied", "{0}已复制";
    QUOTE_NAME = "Quote", "引语";
    COPY_QUOTE = "Copy quote", "复制引语";
    QUOTE = "“{0}” — {1}. {2}, accessed {3}: {4}", "“{0}”——{1}。{2}，访问于{3}：{4}";
    EMAIL_BODY = "An estimate made with the open calculator of what it costs to build a frontier AI model:",
        "用“前沿AI大模型成本”开放计算器做的估算：";
    // The notices about a link.
    NOTICE_TOO_MANY = "The link has {0} parts: only the first {1} were read.",
        "链接包含{0}个参数：仅读取了前{1}个。";
    KEY_VERSION = "Link version", "链接版本";
    KEY_COMPACT = "Compact link", "紧凑链接";
    KEY_BUDGET = "Budget", "预算";
    KEY_HALVING = "Algorithmic halving time", "算法进步减半时间";
    KEY_GRID = "Electricity grid", "电网";
    KEY_RANGE = "Range of {0}", "{0}的区间";
    KEY_SCENARIO = "Scenario {0}", "情景{0}";
    NOTICE_LEFT_OUT = "{0}: the link said “{1}”; left out.", "{0}：链接中为“{1}”，已略去。";
    NOTICE_MORE_LIKE_IT = " And {0} more like it.", "另有{0}处同类问题。";
    NOTICE_MORE = "{0} more problems with this link are not listed.",
        "此链接另有{0}处问题未列出。";
}
