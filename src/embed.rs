//! Embedding: the height messages a framed calculator sends its host page, and the embed code
//! the Embed dialog offers. Pure text building, tested natively; the browser side only posts.

use crate::model::edition::Edition;
use crate::model::view::{clean_heading, Input, Inputs, Panel, Theme, ViewFlags, STORY_INPUTS};
use crate::model::view::{MAX_DEK_CHARS, MAX_TITLE_CHARS};
use crate::model::Lang;
use crate::state::Action;

/// `type` of our own height message, read by `embed.js` ("frontier-cost" is the calculator's
/// stable name in messages and in the iframe marker; `static/embed.js` repeats these names).
pub const RESIZE_TYPE: &str = "frontier-cost:resize";
/// `type` of the message a host script sends to ask a frame for its height again (when the
/// script loaded after the frame had already reported it).
pub const REQUEST_HEIGHT_TYPE: &str = "frontier-cost:request-height";
/// `type` of the message a host page sends to set the frame's theme: `{type, dark: bool}`.
pub const THEME_TYPE: &str = "frontier-cost:theme";
/// `type` of the message a host page sends to set the frame's language: `{type, lang}`, `lang`
/// `"en"` or `"zh"`.
pub const LANG_TYPE: &str = "frontier-cost:lang";
/// The attribute `embed.js` looks for on iframes it may resize.
pub const IFRAME_MARKER: &str = "data-frontier-cost";
/// Version of our own message format.
pub const MESSAGE_VERSION: f64 = 1.0;
/// Heights at or above this are not sane (the host script ignores them too).
pub const MAX_HEIGHT: u32 = 10_000;
/// Iframe height in the code before the frame reports its own (all panels with inputs are
/// far taller: the script or the preview's measurement takes over).
pub const DEFAULT_HEIGHT: u32 = 720;
/// The same for a results-only embed.
pub const DEFAULT_HEIGHT_PLAIN: u32 = 560;
/// What the iframe may do; the embed code always asks for these.
pub const IFRAME_ALLOW: &str = "clipboard-write; web-share; fullscreen";
/// The host script, next to `index.html` at the root of `dist/`.
pub const HOST_SCRIPT: &str = "embed.js";

/// The result panels this page draws, in page order: the Embed dialog offers these.
pub const PANELS_ON_PAGE: [Panel; 12] = [
    Panel::Total,
    Panel::Breakdown,
    Panel::Figures,
    Panel::Barrier,
    Panel::Ladder,
    Panel::Trajectory,
    Panel::Uncertainty,
    Panel::Sensitivity,
    Panel::Scenarios,
    Panel::Rules,
    Panel::Budget,
    Panel::Catchup,
];

/// One field of a structured message.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Number(f64),
    Text(String),
}

/// A message for `postMessage`: an object (structured clone) or a string.
#[derive(Clone, Debug, PartialEq)]
pub enum HeightMessage {
    Object(Vec<(&'static str, Field)>),
    Text(String),
}

/// What a host page may ask of its frame (the frame obeys only its own parent window).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostMessage {
    Theme(Theme),
    Lang(Lang),
}

impl HostMessage {
    /// Reads a message from its `type`, its `dark` field when that is a boolean and its `lang`
    /// field when that is a string. Anything else is `None`.
    pub fn parse(kind: &str, dark: Option<bool>, lang: Option<&str>) -> Option<HostMessage> {
        match kind {
            THEME_TYPE => {
                dark.map(|dark| HostMessage::Theme(if dark { Theme::Dark } else { Theme::Light }))
            }
            LANG_TYPE => match lang? {
                "en" => Some(HostMessage::Lang(Lang::En)),
                "zh" => Some(HostMessage::Lang(Lang::Zh)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The reducer's action for it.
    pub fn action(self) -> Action {
        match self {
            HostMessage::Theme(theme) => Action::SetTheme(theme),
            HostMessage::Lang(lang) => Action::SetLang(lang),
        }
    }
}

/// Every height message the frame sends, in the formats of the consumers that may host it:
/// ours, AMP, Embedly-style hosts, NPR's pym.js (only with `childId` in the query) and WordPress
/// (only with `secret=` in the hash). `href` is the frame's address, `query` its `?…` part and
/// `hash` its `#…` part (leading `?`/`#` optional).
pub fn height_messages(height: u32, href: &str, query: &str, hash: &str) -> Vec<HeightMessage> {
    let h = f64::from(height);
    let mut messages = vec![
        HeightMessage::Object(vec![
            ("type", Field::Text(RESIZE_TYPE.to_string())),
            ("height", Field::Number(h)),
            ("v", Field::Number(MESSAGE_VERSION)),
        ]),
        HeightMessage::Object(vec![
            ("sentinel", Field::Text("amp".to_string())),
            ("type", Field::Text("embed-size".to_string())),
            ("height", Field::Number(h)),
        ]),
        HeightMessage::Text({
            let mut text = String::from("{\"src\":");
            crate::export::json_string(&mut text, href);
            text + &format!(",\"context\":\"iframe.resize\",\"height\":{height}}}")
        }),
    ];
    if let Some(child_id) = pym_child_id(query) {
        messages.push(HeightMessage::Text(format!(
            "pymxPYMx{child_id}xPYMxheightxPYMx{height}"
        )));
    }
    if let Some(secret) = wordpress_secret(hash) {
        messages.push(wordpress_message("height", Field::Number(h), &secret));
    }
    messages
}

/// The address a frame was loaded with, taken once when it starts reporting: the host's
/// `iframe[src]`. The frame's own address follows the reader's edits (the link of what it
/// shows), which the height messages, posted to any origin, must not tell; and pym.js's
/// `childId` and WordPress's `secret` stay readable when an edit rewrites the query.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameAddress {
    href: String,
    query: String,
    hash: String,
}

impl FrameAddress {
    /// Splits a full address (`location.href`) into its query and hash.
    pub fn loaded(href: &str) -> FrameAddress {
        let (before_hash, hash) = match href.find('#') {
            Some(at) => href.split_at(at),
            None => (href, ""),
        };
        let query = before_hash.find('?').map_or("", |at| &before_hash[at..]);
        FrameAddress {
            href: href.to_string(),
            query: query.to_string(),
            hash: hash.to_string(),
        }
    }

    /// The height messages of [`height_messages`], for this address whatever the frame's
    /// address is now.
    pub fn height_messages(&self, height: u32) -> Vec<HeightMessage> {
        height_messages(height, &self.href, &self.query, &self.hash)
    }
}

/// A WordPress embed message (`height`, or `link` to ask the host to open an address).
pub fn wordpress_message(kind: &str, value: Field, secret: &str) -> HeightMessage {
    HeightMessage::Object(vec![
        ("message", Field::Text(kind.to_string())),
        ("value", value),
        ("secret", Field::Text(secret.to_string())),
    ])
}

/// pym.js's frame id, from `childId=` in the query. pym builds its message matcher from it,
/// so only the characters of ids people write are accepted.
pub fn pym_child_id(query: &str) -> Option<String> {
    query_value(query, "childId").filter(|id| {
        !id.is_empty()
            && id.len() <= 128
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    })
}

/// WordPress's per-embed secret, from `#?secret=…` (WordPress itself accepts only
/// letters and digits).
pub fn wordpress_secret(hash: &str) -> Option<String> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    query_value(hash, "secret").filter(|secret| {
        !secret.is_empty()
            && secret.len() <= 64
            && secret.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// The first value of `key` in a query string, percent-decoded (`+` is a space). `None` when
/// the key is absent or its value is not valid UTF-8.
pub fn query_value(query: &str, key: &str) -> Option<String> {
    raw_pairs(query)
        .find(|(name, _)| *name == key)
        .and_then(|(_, value)| percent_decode(value))
}

fn raw_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// `None` when the decoded bytes are not UTF-8: a height message's address must be exact.
fn percent_decode(text: &str) -> Option<String> {
    String::from_utf8(crate::model::link::percent_decode_bytes(text)).ok()
}

/// Text for an HTML attribute value in double quotes, or for element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The calculator's public address (without query): the canonical link when it is absolute
/// (set at build time from `PUBLIC_URL`), else where the page is served from.
pub fn public_base(canonical: Option<&str>, origin: &str, pathname: &str) -> String {
    match canonical.map(str::trim) {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            url.split(['?', '#']).next().unwrap_or(url).to_string()
        }
        _ => format!("{origin}{pathname}"),
    }
}

/// A file next to the page at `base` (`https://x.org/calc/` or `…/calc/index.html` →
/// `https://x.org/calc/<file>`).
pub fn sibling_url(base: &str, file: &str) -> String {
    // The path starts at the first `/` after the scheme's `//`.
    let after_scheme = base.char_indices().skip_while(|(_, c)| *c != ':');
    let path_start = after_scheme
        .skip(3)
        .find(|(_, c)| *c == '/')
        .map(|(i, _)| i);
    let mut url = match (path_start, base.rfind('/')) {
        (Some(start), Some(slash)) if slash >= start => base[..=slash].to_string(),
        // `https://host` with no path at all.
        _ => base.to_string() + "/",
    };
    url.push_str(file);
    url
}

/// The address of an embed: `base` with the calculation's `state_query` (no render flags)
/// and the embed's render flags (`embed=1` always).
pub fn embed_src(base: &str, state_query: &str, flags: &ViewFlags) -> String {
    let flags = ViewFlags {
        embed: true,
        ..flags.clone()
    };
    let mut pairs: Vec<String> = state_query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(str::to_string)
        .collect();
    pairs.extend(
        flags
            .link_pairs()
            .into_iter()
            .map(|(key, value)| format!("{key}={value}")),
    );
    let mut query = pairs.join("&");
    crate::model::link::push_embed_pairs(&flags, &mut query);
    format!("{base}?{query}")
}

/// The address of the full calculator with the same calculation.
pub fn full_calculator_href(base: &str, state_query: &str) -> String {
    if state_query.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{state_query}")
    }
}

/// Which embed code to give.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeVariant {
    /// The iframe and the small host script that sizes it to its content.
    #[default]
    IframeAndScript,
    /// The iframe alone, at a fixed height.
    Iframe,
    /// AMP's `<amp-iframe resizable>`, the fallback image as its placeholder.
    Amp,
    /// The fallback image linking to the calculator: newsletters, feeds, apps without frames.
    ImageLink,
}

impl CodeVariant {
    /// Every variant, in the dialog's order.
    pub const ALL: [CodeVariant; 4] = [
        CodeVariant::IframeAndScript,
        CodeVariant::Iframe,
        CodeVariant::Amp,
        CodeVariant::ImageLink,
    ];

    /// The value of the dialog's radio button.
    pub const fn code(self) -> &'static str {
        match self {
            CodeVariant::IframeAndScript => "script",
            CodeVariant::Iframe => "iframe",
            CodeVariant::Amp => "amp",
            CodeVariant::ImageLink => "image",
        }
    }
}

/// The fallback image in the embed code: where the newsroom put the PNG, its alt text (the
/// one-sentence summary), its size in CSS pixels (half the PNG's, drawn at 2×) and the
/// link it opens (the full calculator with the same calculation).
#[derive(Clone, Debug, PartialEq)]
pub struct Fallback<'a> {
    pub image: &'a str,
    pub alt: &'a str,
    pub width: u32,
    pub height: u32,
    pub href: &'a str,
    /// The label of AMP's button that shows a frame taller than its slot.
    pub more: &'a str,
}

impl Fallback<'_> {
    /// The image linking to the calculator.
    fn image_link(&self) -> String {
        format!(
            "<a href=\"{}\"><img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\" \
             style=\"max-width:100%;height:auto\"></a>",
            escape_html(self.href),
            escape_html(self.image),
            escape_html(self.alt),
            self.width,
            self.height,
        )
    }
}

/// The HTML to paste into an article. The `style` attribute is in the host's page; the
/// `height` attribute keeps a sane size where a host's policy drops inline styles. The
/// iframe variants carry the fallback image in `<noscript>` for readers without scripts.
pub fn embed_code(
    variant: CodeVariant,
    src: &str,
    title: &str,
    height: u32,
    script_src: &str,
    fallback: &Fallback,
) -> String {
    let height = height.clamp(1, MAX_HEIGHT - 1);
    let (src, title) = (escape_html(src), escape_html(title));
    let iframe = format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" allow=\"{IFRAME_ALLOW}\" \
         height=\"{height}\" style=\"width:100%;height:{height}px;border:0\" {IFRAME_MARKER}></iframe>\n\
         <noscript>{}</noscript>",
        fallback.image_link(),
    );
    match variant {
        CodeVariant::Iframe => iframe,
        CodeVariant::IframeAndScript => format!(
            "{iframe}\n<script src=\"{}\" async></script>",
            escape_html(script_src)
        ),
        // AMP sizes the frame from its width and height (responsive) and lets it resize on
        // its `embed-size` messages, which the calculator sends.
        CodeVariant::Amp => format!(
            "<amp-iframe src=\"{src}\" title=\"{title}\" width=\"{}\" height=\"{height}\" \
             layout=\"responsive\" sandbox=\"allow-scripts allow-same-origin allow-popups \
             allow-popups-to-escape-sandbox\" frameborder=\"0\" resizable>\n\
             <button overflow type=\"button\">{}</button>\n\
             <amp-img placeholder layout=\"fill\" src=\"{}\" alt=\"{}\"></amp-img>\n</amp-iframe>",
            fallback.width,
            escape_html(fallback.more),
            escape_html(fallback.image),
            escape_html(fallback.alt),
        ),
        CodeVariant::ImageLink => fallback.image_link(),
    }
}

/// The `show=` list after the reader toggles `panel` in the Embed dialog: the panels of
/// [`PANELS_ON_PAGE`] still shown, or empty when all are (so that panels added to the page
/// later are shown too). The last panel shown cannot be turned off.
pub fn toggle_panel(flags: &ViewFlags, panel: Panel) -> Vec<Panel> {
    let shown: Vec<Panel> = PANELS_ON_PAGE
        .into_iter()
        .filter(|p| flags.shows(*p) != (*p == panel))
        .collect();
    if shown.is_empty() {
        vec![panel]
    } else if shown.len() == PANELS_ON_PAGE.len() {
        Vec::new()
    } else {
        shown
    }
}

/// The inputs an edition has, in the page's order: the preset and its parameters.
pub fn offered_inputs(edition: &Edition) -> Vec<Input> {
    Inputs::All
        .at_once()
        .into_iter()
        .filter(|input| match input {
            Input::Preset => true,
            Input::Param(key) => edition.has_param(*key),
        })
        .collect()
}

/// The inputs after the reader toggles one in the Embed dialog: in the page's order, the
/// story's when they are exactly those, `none` when there are none, `all` when all.
pub fn toggle_input(inputs: &Inputs, input: Input, edition: &Edition) -> Inputs {
    let every = offered_inputs(edition);
    let listed: Vec<Input> = every
        .iter()
        .copied()
        .filter(|i| inputs.shows(*i) != (*i == input))
        .collect();
    let story = STORY_INPUTS;
    if listed.is_empty() {
        Inputs::None
    } else if listed.len() == every.len() {
        Inputs::All
    } else if listed.len() == story.len() && story.iter().all(|i| listed.contains(i)) {
        Inputs::Story
    } else {
        Inputs::Listed(listed)
    }
}

/// The starting height a typed text asks for; `None` (nothing usable) follows the preview.
pub fn typed_height(text: &str) -> Option<u32> {
    crate::model::decimal::parse(text.trim())
        .filter(|h| h.is_finite() && *h >= 1.0)
        .map(|h| h.round().min(f64::from(MAX_HEIGHT - 1)) as u32)
}

/// What the reader chose in the Embed dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedChoices {
    /// Render flags of the embed (`embed` is always on).
    pub flags: ViewFlags,
    pub variant: CodeVariant,
    /// A starting height the reader typed; `None` follows the preview's measurement.
    pub height: Option<u32>,
    /// Where the newsroom put the fallback image; empty: its file name, beside the article.
    pub image: String,
    /// The schema version of the calculation embedded: the inputs it has.
    pub version: u32,
}

/// The panels of a new embed: the total, where the money goes and who can afford it.
pub const DEFAULT_PANELS: [Panel; 3] = [Panel::Total, Panel::Breakdown, Panel::Barrier];

impl Default for EmbedChoices {
    fn default() -> Self {
        EmbedChoices {
            flags: ViewFlags {
                embed: true,
                show: DEFAULT_PANELS.to_vec(),
                ..ViewFlags::default()
            },
            variant: CodeVariant::default(),
            height: None,
            image: String::new(),
            version: crate::model::edition::LATEST_VERSION,
        }
    }
}

impl EmbedChoices {
    /// The choices after a control changed: its `name` (a link key where there is one:
    /// `show`, `plain`, `dark`, `transparent`; else `variant`, `height`), its `value` and,
    /// for checkboxes, whether it is now checked. Unknown names and values change nothing.
    pub fn apply(&self, name: &str, value: &str, checked: bool) -> EmbedChoices {
        let mut next = self.clone();
        match name {
            "show" => {
                if let Some(panel) = Panel::from_code(value) {
                    next.flags.show = toggle_panel(&self.flags, panel);
                }
            }
            "plain" => next.flags.plain = checked,
            "static" => next.flags.is_static = checked,
            "transparent" => next.flags.transparent = checked,
            "inputs" => {
                if let Some(input) = Input::from_code(value) {
                    let edition = crate::model::edition::get(self.version)
                        .unwrap_or(&crate::model::edition::V1);
                    next.flags.inputs = toggle_input(&self.flags.inputs, input, edition);
                }
            }
            "title" => next.flags.title = clean_heading(value, MAX_TITLE_CHARS).0,
            "dek" => next.flags.dek = clean_heading(value, MAX_DEK_CHARS).0,
            "image" => next.image = value.trim().to_string(),
            "dark" => {
                if let Some(theme) = crate::model::view::Theme::from_link_code(value) {
                    next.flags.theme = theme;
                }
            }
            "variant" => {
                next.variant = CodeVariant::ALL
                    .into_iter()
                    .find(|variant| variant.code() == value)
                    .unwrap_or_default()
            }
            "height" => next.height = typed_height(value),
            _ => {}
        }
        next
    }

    /// The starting height of the code: typed, else measured (rounded up to 10 px), else the
    /// default for these flags.
    pub fn code_height(&self, measured: Option<u32>) -> u32 {
        self.height
            .or(measured.map(|h| h.div_ceil(10) * 10))
            .unwrap_or_else(|| default_height(&self.flags))
    }
}

/// The Embed dialog's state: open or not, the choices, the preview's measured height and the
/// outcome of the last copy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DialogState {
    pub open: bool,
    pub choices: EmbedChoices,
    /// The height the preview frame last reported.
    pub measured: Option<u32>,
    /// `Some(true)` after a copy, `Some(false)` when copying was refused; `None` once anything
    /// changes (the message would no longer describe the code shown).
    pub copied: Option<bool>,
    /// The fallback image made for these choices: its size in pixels (2×); `None` once
    /// anything changes.
    pub image: Option<(u32, u32)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DialogAction {
    /// Opened on a calculation of this schema version.
    Open(u32),
    Closed,
    /// A control changed: name, value, checked (see [`EmbedChoices::apply`]).
    Change(String, String, bool),
    Measured(u32),
    Copied(bool),
    /// The fallback image is made, this many pixels wide and tall.
    ImageMade(u32, u32),
}

impl DialogState {
    pub fn apply(&self, action: DialogAction) -> DialogState {
        let mut next = self.clone();
        match action {
            DialogAction::Open(version) => {
                next.open = true;
                next.copied = None;
                next.choices.version = version;
            }
            DialogAction::Closed => next.open = false,
            DialogAction::Change(name, value, checked) => {
                next.choices = self.choices.apply(&name, &value, checked);
                next.copied = None;
                // Where the image is kept does not change the image.
                if name != "image" {
                    next.image = None;
                }
            }
            DialogAction::ImageMade(width, height) => next.image = Some((width, height)),
            DialogAction::Measured(height) => next.measured = sane_height(f64::from(height)),
            DialogAction::Copied(done) => next.copied = Some(done),
        }
        next
    }
}

/// The starting height for an embed with these flags, before the frame reports its own.
pub fn default_height(flags: &ViewFlags) -> u32 {
    if flags.plain {
        DEFAULT_HEIGHT_PLAIN
    } else {
        DEFAULT_HEIGHT
    }
}

/// A height a frame reported, if sane: a finite number in `(0, MAX_HEIGHT)`, rounded up.
pub fn sane_height(value: f64) -> Option<u32> {
    (value.is_finite() && value > 0.0 && value < f64::from(MAX_HEIGHT)).then(|| value.ceil() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ParamKey;

    fn text(message: &HeightMessage) -> Option<&str> {
        match message {
            HeightMessage::Text(text) => Some(text),
            HeightMessage::Object(_) => None,
        }
    }

    fn field<'a>(message: &'a HeightMessage, key: &str) -> Option<&'a Field> {
        match message {
            HeightMessage::Object(fields) => fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            HeightMessage::Text(_) => None,
        }
    }

    #[test]
    fn plain_frames_send_ours_amp_and_embedly() {
        let messages = height_messages(812, "https://calc.example/?embed=1", "?embed=1", "");
        assert_eq!(messages.len(), 3);
        assert_eq!(
            messages[0],
            HeightMessage::Object(vec![
                ("type", Field::Text("frontier-cost:resize".into())),
                ("height", Field::Number(812.0)),
                ("v", Field::Number(1.0)),
            ])
        );
        assert_eq!(
            messages[1],
            HeightMessage::Object(vec![
                ("sentinel", Field::Text("amp".into())),
                ("type", Field::Text("embed-size".into())),
                ("height", Field::Number(812.0)),
            ])
        );
        assert_eq!(
            text(&messages[2]),
            Some(
                r#"{"src":"https://calc.example/?embed=1","context":"iframe.resize","height":812}"#
            )
        );
        assert!(messages
            .iter()
            .all(|m| !text(m).is_some_and(|t| t.starts_with("pym"))));
        assert!(messages.iter().all(|m| field(m, "secret").is_none()));
    }

    #[test]
    fn pym_message_only_with_a_child_id() {
        let messages = height_messages(
            640,
            "x",
            "?embed=1&childId=cost-calc_2&initialWidth=600",
            "",
        );
        assert_eq!(messages.len(), 4);
        assert_eq!(
            text(&messages[3]),
            Some("pymxPYMxcost-calc_2xPYMxheightxPYMx640")
        );
        // Percent-encoded ids are decoded; ids pym could not match are refused.
        let messages = height_messages(1, "x", "childId=a%2Db", "");
        assert_eq!(text(&messages[3]), Some("pymxPYMxa-bxPYMxheightxPYMx1"));
        for bad in [
            "childId=",
            "childId=a%20b",
            "childId=%3Cx%3E",
            "childid=a",
            "xchildId=a",
        ] {
            assert_eq!(height_messages(1, "x", bad, "").len(), 3, "{bad}");
        }
    }

    #[test]
    fn wordpress_message_only_with_a_secret_in_the_hash() {
        let messages = height_messages(900, "x", "embed=1", "#?secret=Ab12cD34eF");
        assert_eq!(messages.len(), 4);
        assert_eq!(
            messages[3],
            HeightMessage::Object(vec![
                ("message", Field::Text("height".into())),
                ("value", Field::Number(900.0)),
                ("secret", Field::Text("Ab12cD34eF".into())),
            ])
        );
        assert_eq!(wordpress_secret("?secret=abc"), Some("abc".into()));
        assert_eq!(wordpress_secret("#secret=abc&x=1"), Some("abc".into()));
        // Only in the hash: the query's `secret` is not WordPress's.
        assert_eq!(height_messages(900, "x", "secret=abc", "").len(), 3);
        for bad in [
            "",
            "#",
            "#?secret=",
            "#?secret=a-b",
            "#?secret=%3Cscript%3E",
        ] {
            assert_eq!(wordpress_secret(bad), None, "{bad}");
        }
        // Both together: five messages.
        assert_eq!(height_messages(5, "x", "childId=c", "#?secret=s").len(), 5);
    }

    #[test]
    fn embedly_source_is_valid_json_for_any_address() {
        for href in [
            "https://a.example/?q=\"x\"\\y",
            "https://a.example/#\u{1}\n\u{2028}",
        ] {
            let messages = height_messages(10, href, "", "");
            let parsed: serde_json::Value =
                serde_json::from_str(text(&messages[2]).unwrap()).unwrap();
            assert_eq!(parsed["src"], href);
            assert_eq!(parsed["context"], "iframe.resize");
            assert_eq!(parsed["height"], 10);
        }
    }

    #[test]
    fn messages_name_the_address_the_frame_was_loaded_with() {
        let src = "https://calc.example/?embed=1&childId=c1#?secret=Ab12";
        let loaded = FrameAddress::loaded(src);
        // However the frame's address changes after an edit, the messages say what the host
        // page loaded, and pym's id and WordPress's secret come from it.
        let messages = loaded.height_messages(640);
        assert_eq!(messages.len(), 5);
        let embedly: serde_json::Value = serde_json::from_str(text(&messages[2]).unwrap()).unwrap();
        assert_eq!(embedly["src"], src);
        assert_eq!(text(&messages[3]), Some("pymxPYMxc1xPYMxheightxPYMx640"));
        assert_eq!(
            field(&messages[4], "secret"),
            Some(&Field::Text("Ab12".into()))
        );
        assert_eq!(
            FrameAddress::loaded("https://c/?a=1#x?y"),
            FrameAddress {
                href: "https://c/?a=1#x?y".into(),
                query: "?a=1".into(),
                hash: "#x?y".into()
            }
        );
        assert_eq!(
            FrameAddress::loaded("https://c/").height_messages(1).len(),
            3
        );
        assert_eq!(
            FrameAddress::loaded("https://c/#?secret=s")
                .height_messages(1)
                .len(),
            4
        );
    }

    #[test]
    fn query_values_are_decoded_and_exact() {
        assert_eq!(query_value("?a=1&b=x+y%21", "b"), Some("x y!".into()));
        assert_eq!(query_value("a", "a"), Some(String::new()));
        assert_eq!(query_value("a=1&a=2", "a"), Some("1".into()));
        assert_eq!(query_value("ab=1", "a"), None);
        assert_eq!(query_value("a=%", "a"), Some("%".into()));
        assert_eq!(query_value("a=%4", "a"), Some("%4".into()));
        assert_eq!(query_value("a=%zz", "a"), Some("%zz".into()));
        assert_eq!(query_value("a=%E4%B8%AD", "a"), Some("中".into()));
        assert_eq!(query_value("a=%FF", "a"), None);
        let query = "?dark=true&show=total%7Ebreakdown&&x=%FF&plain";
        assert_eq!(query_value(query, "dark"), Some("true".into()));
        assert_eq!(query_value(query, "show"), Some("total~breakdown".into()));
        assert_eq!(query_value(query, "x"), None);
        assert_eq!(query_value(query, "plain"), Some(String::new()));
    }

    #[test]
    fn addresses() {
        assert_eq!(
            public_base(
                Some("https://calc.example/ai/"),
                "http://127.0.0.1:8080",
                "/"
            ),
            "https://calc.example/ai/"
        );
        assert_eq!(
            public_base(Some("./"), "http://127.0.0.1:8080", "/sub/index.html"),
            "http://127.0.0.1:8080/sub/index.html"
        );
        assert_eq!(public_base(None, "http://h", "/"), "http://h/");
        assert_eq!(
            sibling_url("https://c.example/ai/", "embed.js"),
            "https://c.example/ai/embed.js"
        );
        assert_eq!(
            sibling_url("https://c.example/ai/index.html", "embed.js"),
            "https://c.example/ai/embed.js"
        );
        assert_eq!(
            sibling_url("https://c.example", "embed.js"),
            "https://c.example/embed.js"
        );
        assert_eq!(full_calculator_href("https://c/", ""), "https://c/");
        assert_eq!(
            full_calculator_href("https://c/", "v=1&n=2"),
            "https://c/?v=1&n=2"
        );
    }

    #[test]
    fn embed_addresses_carry_the_state_and_the_flags() {
        let flags = ViewFlags {
            plain: true,
            theme: crate::model::view::Theme::Dark,
            show: vec![Panel::Total, Panel::Breakdown],
            ..ViewFlags::default()
        };
        assert_eq!(
            embed_src("https://c.example/", "v=1&n=32k", &flags),
            "https://c.example/?v=1&n=32k&embed=1&dark=true&plain=1&show=total~breakdown"
        );
        assert_eq!(
            embed_src("https://c.example/", "", &ViewFlags::default()),
            "https://c.example/?embed=1"
        );
    }

    fn fallback() -> Fallback<'static> {
        Fallback {
            image: "https://news.example/a b.png",
            alt: "It costs \"$1B\" <now>.",
            width: 672,
            height: 900,
            href: "https://c.example/?v=2&preset=grok-3",
            more: "Show all",
        }
    }

    #[test]
    fn embed_code_is_escaped_and_complete() {
        let code = embed_code(
            CodeVariant::IframeAndScript,
            "https://c.example/?embed=1&show=total",
            "What does it \"cost\" <to> build?",
            640,
            "https://c.example/embed.js",
            &fallback(),
        );
        let image = "<a href=\"https://c.example/?v=2&amp;preset=grok-3\"><img src=\"https://news.example/a b.png\" \
             alt=\"It costs &quot;$1B&quot; &lt;now&gt;.\" width=\"672\" height=\"900\" \
             style=\"max-width:100%;height:auto\"></a>";
        assert_eq!(
            code,
            format!(
                "<iframe src=\"https://c.example/?embed=1&amp;show=total\" \
                 title=\"What does it &quot;cost&quot; &lt;to&gt; build?\" loading=\"lazy\" \
                 allow=\"clipboard-write; web-share; fullscreen\" height=\"640\" \
                 style=\"width:100%;height:640px;border:0\" data-frontier-cost></iframe>\n\
                 <noscript>{image}</noscript>\n\
                 <script src=\"https://c.example/embed.js\" async></script>"
            )
        );
        let iframe_only = embed_code(CodeVariant::Iframe, "s", "t", 99_999, "x", &fallback());
        assert!(iframe_only.ends_with("</noscript>") && !iframe_only.contains("<script"));
        assert!(iframe_only.contains("height=\"9999\""));
        let amp = embed_code(
            CodeVariant::Amp,
            "https://c.example/?embed=1",
            "t",
            880,
            "x",
            &fallback(),
        );
        assert!(
            amp.starts_with("<amp-iframe src=\"https://c.example/?embed=1\""),
            "{amp}"
        );
        for part in [
            "width=\"672\" height=\"880\" layout=\"responsive\"",
            " resizable>",
            "<button overflow type=\"button\">Show all</button>",
            "<amp-img placeholder layout=\"fill\" src=\"https://news.example/a b.png\" alt=\"It costs &quot;$1B&quot; &lt;now&gt;.\">",
            "allow-scripts allow-same-origin",
        ] {
            assert!(amp.contains(part), "{part} in {amp}");
        }
        assert!(amp.ends_with("</amp-iframe>") && !amp.contains("<iframe"));
        assert_eq!(
            embed_code(CodeVariant::ImageLink, "s", "t", 1, "x", &fallback()),
            image
        );
    }

    #[test]
    fn toggling_inputs() {
        let story = Inputs::Story;
        let fewer = toggle_input(&story, Input::Preset, &crate::model::edition::V2);
        assert_eq!(fewer, Inputs::Listed(STORY_INPUTS[1..].to_vec()));
        assert_eq!(
            toggle_input(&fewer, Input::Preset, &crate::model::edition::V2),
            Inputs::Story
        );
        let one = Inputs::Listed(vec![Input::Preset]);
        assert_eq!(
            toggle_input(&one, Input::Preset, &crate::model::edition::V2),
            Inputs::None
        );
        // In the page's order whatever the order of the clicks.
        let more = toggle_input(
            &one,
            Input::Param(ParamKey::ALL[0]),
            &crate::model::edition::V2,
        );
        assert_eq!(
            more,
            Inputs::Listed(vec![Input::Preset, Input::Param(ParamKey::ALL[0])])
        );
        let mut inputs = Inputs::None;
        for input in offered_inputs(&crate::model::edition::V2) {
            inputs = toggle_input(&inputs, input, &crate::model::edition::V2);
        }
        assert_eq!(inputs, Inputs::All);
        // Version 1 has no cloud tiers: all it offers is all.
        let mut inputs = Inputs::None;
        for input in offered_inputs(&crate::model::edition::V1) {
            inputs = toggle_input(&inputs, input, &crate::model::edition::V1);
        }
        assert_eq!(inputs, Inputs::All);
    }

    #[test]
    fn toggling_panels() {
        let all = ViewFlags::default();
        let no_total = toggle_panel(&all, Panel::Total);
        assert_eq!(no_total, PANELS_ON_PAGE[1..].to_vec());
        let flags = ViewFlags {
            show: no_total,
            ..ViewFlags::default()
        };
        // Turning it back on shows everything again: `show=` disappears.
        assert_eq!(toggle_panel(&flags, Panel::Total), Vec::<Panel>::new());
        let only_total = ViewFlags {
            show: vec![Panel::Total],
            ..ViewFlags::default()
        };
        assert_eq!(toggle_panel(&only_total, Panel::Total), vec![Panel::Total]);
        assert_eq!(
            toggle_panel(&only_total, Panel::Figures),
            vec![Panel::Total, Panel::Figures]
        );
    }

    #[test]
    fn dialog_choices() {
        let choices = EmbedChoices::default();
        assert!(choices.flags.embed && choices.flags.show == DEFAULT_PANELS);
        let choices = EmbedChoices {
            flags: ViewFlags {
                show: Vec::new(),
                ..choices.flags
            },
            ..choices
        };
        let choices = choices
            .apply("show", "figures", false)
            .apply("plain", "1", true)
            .apply("dark", "true", true)
            .apply("transparent", "1", true)
            .apply("variant", "iframe", true);
        let without_figures: Vec<Panel> = PANELS_ON_PAGE
            .into_iter()
            .filter(|panel| *panel != Panel::Figures)
            .collect();
        assert_eq!(choices.flags.show, without_figures);
        assert!(choices.flags.plain && choices.flags.transparent);
        assert_eq!(choices.flags.theme, crate::model::view::Theme::Dark);
        assert_eq!(choices.variant, CodeVariant::Iframe);
        // Nonsense changes nothing.
        assert_eq!(choices.apply("show", "nope", true), choices);
        assert_eq!(choices.apply("dark", "purple", true), choices);
        assert_eq!(choices.apply("other", "1", true), choices);
        // Heights: typed wins, blank or bad follows the measurement, else the default.
        assert_eq!(choices.code_height(Some(433)), 440);
        assert_eq!(
            choices.apply("height", "512", true).code_height(Some(433)),
            512
        );
        assert_eq!(
            choices.apply("height", "", true).code_height(None),
            DEFAULT_HEIGHT_PLAIN
        );
        assert_eq!(choices.apply("height", "-3", true).height, None);
        assert_eq!(
            choices.apply("height", "1e9", true).height,
            Some(MAX_HEIGHT - 1)
        );
    }

    #[test]
    fn dialog_state() {
        let state = DialogState::default().apply(DialogAction::Open(2));
        assert!(state.open && state.copied.is_none());
        let state = state
            .apply(DialogAction::Measured(433))
            .apply(DialogAction::Copied(true));
        assert_eq!((state.measured, state.copied), (Some(433), Some(true)));
        let changed = state.apply(DialogAction::Change("plain".into(), "1".into(), true));
        assert!(changed.choices.flags.plain && changed.copied.is_none());
        assert_eq!(changed.apply(DialogAction::Measured(0)).measured, None);
        let closed = changed.apply(DialogAction::Closed);
        assert!(!closed.open && closed.choices == changed.choices);
    }

    #[test]
    fn host_messages() {
        assert_eq!(
            HostMessage::parse("frontier-cost:theme", Some(true), None),
            Some(HostMessage::Theme(Theme::Dark))
        );
        assert_eq!(
            HostMessage::parse(THEME_TYPE, Some(false), Some("zh")),
            Some(HostMessage::Theme(Theme::Light))
        );
        assert_eq!(
            HostMessage::parse("frontier-cost:lang", None, Some("zh")),
            Some(HostMessage::Lang(Lang::Zh))
        );
        assert_eq!(
            HostMessage::parse(LANG_TYPE, Some(true), Some("en")),
            Some(HostMessage::Lang(Lang::En))
        );
        // Only a boolean `dark`, only "en" or "zh", only our two types.
        assert_eq!(HostMessage::parse(THEME_TYPE, None, Some("true")), None);
        for lang in ["", "ZH", "zh-Hans", "fr", " en"] {
            assert_eq!(
                HostMessage::parse(LANG_TYPE, None, Some(lang)),
                None,
                "{lang}"
            );
        }
        assert_eq!(HostMessage::parse(LANG_TYPE, Some(true), None), None);
        for kind in [RESIZE_TYPE, REQUEST_HEIGHT_TYPE, "frontier-cost:Theme", ""] {
            assert_eq!(
                HostMessage::parse(kind, Some(true), Some("zh")),
                None,
                "{kind}"
            );
        }
        // Each is the reducer's own action.
        let state = crate::state::AppState::default();
        let dark = state.apply(HostMessage::Theme(Theme::Dark).action());
        assert_eq!(dark.link.view.theme, Theme::Dark);
        let zh = dark.apply(HostMessage::Lang(Lang::Zh).action());
        assert_eq!((zh.link.lang, zh.link.view.theme), (Lang::Zh, Theme::Dark));
        assert_eq!(zh.link.scenario, state.link.scenario);
    }

    #[test]
    fn heights() {
        assert_eq!(sane_height(812.2), Some(813));
        for bad in [0.0, -1.0, 10_000.0, f64::NAN, f64::INFINITY] {
            assert_eq!(sane_height(bad), None);
        }
        assert!(
            default_height(&ViewFlags::default())
                > default_height(&ViewFlags {
                    plain: true,
                    ..ViewFlags::default()
                })
        );
    }

    #[test]
    fn dialog_words_inputs_and_static() {
        let choices = EmbedChoices::default()
            .apply("title", "  Who can <b>build</b>\nit?  ", false)
            .apply("dek", &"long ".repeat(80), false)
            .apply("static", "1", true)
            .apply("inputs", "preset", false)
            .apply("variant", "amp", true)
            .apply("image", " https://cms.example/x.png ", false);
        assert_eq!(choices.flags.title, "Who can <b>build</b> it?");
        assert!(choices.flags.dek.chars().count() <= MAX_DEK_CHARS);
        assert!(choices.flags.is_static);
        assert_eq!(
            choices.flags.inputs,
            Inputs::Listed(STORY_INPUTS[1..].to_vec())
        );
        assert_eq!(choices.variant, CodeVariant::Amp);
        assert_eq!(choices.image, "https://cms.example/x.png");
        let src = embed_src("https://c.example/", "v=2", &choices.flags);
        assert!(
            src.starts_with("https://c.example/?v=2&embed=1&show=total~breakdown~barrier&inputs=chip~n~mode&static=1&title=Who%20can%20%3Cb%3Ebuild%3C%2Fb%3E%20it%3F&dek=long%20"),
            "{src}"
        );
        // The link reads back as the same flags.
        let query = src.split_once('?').unwrap().1;
        assert_eq!(
            crate::model::link::decode(query).state.view,
            ViewFlags {
                embed: true,
                ..choices.flags.clone()
            }
        );
        // A new image is needed when the embed changes, not when only its address does.
        let mut state = DialogState::default().apply(DialogAction::ImageMade(1344, 1800));
        state = state.apply(DialogAction::Change("image".into(), "a.png".into(), false));
        assert_eq!(state.image, Some((1344, 1800)));
        state = state.apply(DialogAction::Change("static".into(), "1".into(), true));
        assert_eq!(state.image, None);
    }
}
