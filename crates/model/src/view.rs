//! How the page is shown: the embed and render flags a link can carry.

use crate::params::ParamKey;

/// Light or dark colours: follow the host page's or reader's preference, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the host page's or reader's preference (`dark=auto`, the default).
    #[default]
    Auto,
    /// Always light (`dark=false`).
    Light,
    /// Always dark (`dark=true`).
    Dark,
}

impl Theme {
    /// The link value of `dark=`.
    pub const fn link_code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "false",
            Theme::Dark => "true",
        }
    }

    /// The theme a `dark=` value names: `auto`, `true`/`1`/`yes`/`dark` or
    /// `false`/`0`/`no`/`light`, in any case; `None` for anything else.
    pub fn from_link_code(code: &str) -> Option<Theme> {
        match code.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "true" | "1" | "yes" | "dark" => Some(Theme::Dark),
            "false" | "0" | "no" | "light" => Some(Theme::Light),
            _ => None,
        }
    }
}

crate::link_codes! {
    /// A panel of results that `show=` can pick for an embed.
    pub enum Panel {
        /// The total and the capital required.
        Total = "total",
        /// Key figures: the final run's cost, compute, accelerator-hours, days, energy and power.
        Figures = "figures",
        /// Where the money goes: the cost lines.
        Breakdown = "breakdown",
        /// Who can afford it: the step of the barrier scale and the access to chips, power, data
        /// and time.
        Barrier = "barrier",
        /// The cost ladder: the capital required against each reference budget.
        Ladder = "ladder",
        /// Cost over time: published points and the projection.
        Trajectory = "trajectory",
        /// The Monte Carlo interval of the total and capital required.
        Uncertainty = "uncertainty",
        /// What matters most: the tornado of one-at-a-time swings.
        Sensitivity = "sensitivity",
        /// Pinned scenarios side by side.
        Scenarios = "scenarios",
        /// The rules the final run's compute and cloud cost trigger.
        Rules = "rules",
        /// What a budget buys: the largest final run that fits.
        Budget = "budget",
        /// When followers catch up: the falling cost of today's final run, and the carbon of
        /// its energy.
        Catchup = "catchup",
    }
}

impl Panel {}

/// One control an embed can show with its results (`inputs=`): the preset picker or a
/// parameter's field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// The preset picker (`preset`).
    Preset,
    /// A parameter's control, by its link key.
    Param(ParamKey),
}

impl Input {
    /// The code `inputs=` lists it by: `preset`, or the parameter's link key.
    pub const fn code(self) -> &'static str {
        match self {
            Input::Preset => "preset",
            Input::Param(key) => key.code(),
        }
    }

    /// The input a code names (any case); `None` for anything else.
    pub fn from_code(code: &str) -> Option<Input> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("preset") {
            return Some(Input::Preset);
        }
        ParamKey::ALL
            .into_iter()
            .find(|key| key.code().eq_ignore_ascii_case(code))
            .map(Input::Param)
    }
}

/// The inputs an embed shows at once (`inputs=`); the others wait behind one "All
/// parameters" disclosure. The full calculator always shows every input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Inputs {
    /// The inputs that tell the story: [`STORY_INPUTS`] (no `inputs=`).
    #[default]
    Story,
    /// None at once (`inputs=none`): every input behind the disclosure.
    None,
    /// Every input at once, no disclosure (`inputs=all`).
    All,
    /// These, in this order (`inputs=preset~n`).
    Listed(Vec<Input>),
}

/// The inputs of an embed without `inputs=`: the preset, the chip, how many and buy or rent.
pub const STORY_INPUTS: [Input; 4] = [
    Input::Preset,
    Input::Param(ParamKey::Accelerator),
    Input::Param(ParamKey::ClusterSize),
    Input::Param(ParamKey::BuyOrRent),
];

impl Inputs {
    /// The inputs shown at once, in order; every input for [`Inputs::All`].
    pub fn at_once(&self) -> Vec<Input> {
        match self {
            Inputs::Story => STORY_INPUTS.to_vec(),
            Inputs::None => Vec::new(),
            Inputs::All => std::iter::once(Input::Preset)
                .chain(ParamKey::ALL.into_iter().map(Input::Param))
                .collect(),
            Inputs::Listed(inputs) => inputs.clone(),
        }
    }

    /// Whether an input is shown at once.
    pub fn shows(&self, input: Input) -> bool {
        match self {
            Inputs::Story => STORY_INPUTS.contains(&input),
            Inputs::None => false,
            Inputs::All => true,
            Inputs::Listed(inputs) => inputs.contains(&input),
        }
    }

    /// The value of `inputs=`; `None` for the default.
    pub fn link_code(&self) -> Option<String> {
        match self {
            Inputs::Story => None,
            Inputs::None => Some("none".to_string()),
            Inputs::All => Some("all".to_string()),
            Inputs::Listed(inputs) => Some(
                inputs
                    .iter()
                    .map(|input| input.code())
                    .collect::<Vec<_>>()
                    .join("~"),
            ),
        }
    }

    /// Reads `inputs=`. `Err` carries what is used instead, with the codes it could read,
    /// when some could not be.
    pub fn from_link_code(value: &str) -> Result<Inputs, Inputs> {
        let codes: Vec<&str> = value
            .split(['~', ',', ' '])
            .map(str::trim)
            .filter(|code| !code.is_empty())
            .collect();
        match codes.as_slice() {
            [] => return Err(Inputs::Story),
            [one] if one.eq_ignore_ascii_case("none") => return Ok(Inputs::None),
            [one] if one.eq_ignore_ascii_case("all") => return Ok(Inputs::All),
            _ => {}
        }
        let mut inputs = Vec::new();
        let mut unknown = false;
        for code in codes {
            match Input::from_code(code) {
                Some(input) if !inputs.contains(&input) => inputs.push(input),
                Some(_) => {}
                None => unknown = true,
            }
        }
        let read = if inputs.is_empty() {
            Inputs::Story
        } else {
            Inputs::Listed(inputs)
        };
        if unknown {
            Err(read)
        } else {
            Ok(read)
        }
    }
}

/// The longest `title=` an embed shows, in characters.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest `dek=` (standfirst) an embed shows, in characters.
pub const MAX_DEK_CHARS: usize = 240;

/// An article's heading or standfirst as the embed shows it: one line of plain text (controls
/// and line breaks become spaces, runs of spaces one), trimmed, and at most `max` characters.
/// Markup stays text: the page never reads it as HTML.
pub fn clean_heading(text: &str, max: usize) -> (String, bool) {
    let mut out = String::new();
    let (mut count, mut space, mut cut) = (0, false, false);
    for c in text.chars() {
        // Bidirectional overrides would let a title reorder the text around it.
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = count > 0;
            continue;
        }
        if count + usize::from(space) >= max {
            cut = true;
            break;
        }
        if space {
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
    }
    // Cut inside a word: back to the end of the word before, if there is one.
    if cut && !space {
        if let Some(at) = out.rfind(' ') {
            out.truncate(at);
        }
    }
    (out, cut)
}

/// Render flags from the link: `embed`, `dark`, `transparent`, `plain`, `show`, and for
/// embeds `inputs`, `static`, `title`, `dek`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewFlags {
    /// Shown embedded in another page (`embed=`).
    pub embed: bool,
    /// Light, dark or following the preference (`dark=`).
    pub theme: Theme,
    /// A transparent background, for embeds (`transparent=`).
    pub transparent: bool,
    /// Results only, inputs hidden.
    pub plain: bool,
    /// The panels to show; empty means every panel.
    pub show: Vec<Panel>,
    /// The inputs an embed shows at once (`inputs=`).
    pub inputs: Inputs,
    /// A non-interactive embed (`static=1`): no controls, no menus, live numbers.
    pub is_static: bool,
    /// The embed's heading, from the article (`title=`, plain text).
    pub title: String,
    /// The embed's standfirst, from the article (`dek=`, plain text).
    pub dek: String,
}

impl ViewFlags {
    /// Whether a panel is shown: every panel when [`show`](ViewFlags::show) is empty.
    pub fn shows(&self, panel: Panel) -> bool {
        self.show.is_empty() || self.show.contains(&panel)
    }
}

/// Link keys owned by the render flags (documented in `docs/links.md`).
pub const LINK_KEYS: [&str; 9] = [
    "embed",
    "dark",
    "transparent",
    "plain",
    "show",
    "inputs",
    "static",
    "title",
    "dek",
];

/// The render flags of embeds only (`inputs`, `static`, and the free text of `title` and
/// `dek`): written after every other pair of a link, never in its compact form, and not
/// counted in its length budget (`link::MAX_LINK_LEN` is the calculation's).
pub const EMBED_KEYS: [&str; 4] = ["inputs", "static", "title", "dek"];

/// Reads a yes/no link value the forms people write: `1`, `true`, `yes` (and their opposites).
pub fn parse_flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" | "" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

impl ViewFlags {
    /// Applies one `key=value` pair of a link. Returns `Ok(true)` when the key is a render
    /// flag and was used, `Ok(false)` when the key is not one of [`LINK_KEYS`], and `Err` with
    /// the value used instead when the value is invalid (the flag keeps its default).
    pub fn apply_link_pair(&mut self, key: &str, value: &str) -> Result<bool, String> {
        match key {
            "embed" | "transparent" | "plain" | "static" => {
                let flag = parse_flag(value).ok_or_else(|| "0".to_string())?;
                match key {
                    "embed" => self.embed = flag,
                    "transparent" => self.transparent = flag,
                    "static" => self.is_static = flag,
                    _ => self.plain = flag,
                }
                Ok(true)
            }
            "inputs" => match Inputs::from_link_code(value) {
                Ok(inputs) => {
                    self.inputs = inputs;
                    Ok(true)
                }
                Err(used) => {
                    let text = used
                        .link_code()
                        .unwrap_or_else(|| "preset~chip~n~mode".to_string());
                    self.inputs = used;
                    Err(text)
                }
            },
            "title" | "dek" => {
                let max = if key == "title" {
                    MAX_TITLE_CHARS
                } else {
                    MAX_DEK_CHARS
                };
                let (text, cut) = clean_heading(value, max);
                let used = if key == "title" {
                    &mut self.title
                } else {
                    &mut self.dek
                };
                *used = text;
                if cut {
                    Err(used.clone())
                } else {
                    Ok(true)
                }
            }
            "dark" => {
                self.theme = Theme::from_link_code(value).ok_or_else(|| "auto".to_string())?;
                Ok(true)
            }
            "show" => {
                let mut panels = Vec::new();
                let mut unknown = false;
                for code in value.split(['~', ',', ' ']).filter(|code| !code.is_empty()) {
                    match Panel::from_code(code) {
                        Some(panel) if !panels.contains(&panel) => panels.push(panel),
                        Some(_) => {}
                        None => unknown = true,
                    }
                }
                self.show = panels;
                if unknown {
                    let used = self
                        .show
                        .iter()
                        .map(|panel| panel.code())
                        .collect::<Vec<_>>();
                    Err(if used.is_empty() {
                        "all".to_string()
                    } else {
                        used.join("~")
                    })
                } else {
                    Ok(true)
                }
            }
            _ => Ok(false),
        }
    }

    /// The pairs a link needs to say these flags: only those that differ from the default.
    pub fn link_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        if self.theme != Theme::Auto {
            pairs.push(("dark", self.theme.link_code().to_string()));
        }
        if self.transparent {
            pairs.push(("transparent", "1".to_string()));
        }
        if self.plain {
            pairs.push(("plain", "1".to_string()));
        }
        if !self.show.is_empty() {
            let codes: Vec<&str> = self.show.iter().map(|panel| panel.code()).collect();
            pairs.push(("show", codes.join("~")));
        }
        pairs
    }

    /// The pairs of [`EMBED_KEYS`] that differ from the default.
    pub fn embed_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(inputs) = self.inputs.link_code() {
            pairs.push(("inputs", inputs));
        }
        if self.is_static {
            pairs.push(("static", "1".to_string()));
        }
        for (key, text) in [("title", &self.title), ("dek", &self.dek)] {
            if !text.is_empty() {
                pairs.push((key, text.clone()));
            }
        }
        pairs
    }

    /// Whether the reader can change anything here: not in a results-only or static embed.
    pub fn interactive(&self) -> bool {
        !(self.plain || self.embed && self.is_static)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for panel in Panel::ALL {
            assert_eq!(Panel::from_code(panel.code()), Some(panel));
        }
        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_link_code(theme.link_code()), Some(theme));
        }
    }

    #[test]
    fn link_pairs_round_trip() {
        let mut flags = ViewFlags::default();
        assert_eq!(flags.apply_link_pair("embed", "1"), Ok(true));
        assert_eq!(flags.apply_link_pair("dark", "true"), Ok(true));
        assert_eq!(
            flags.apply_link_pair("show", "total~breakdown~barrier"),
            Ok(true)
        );
        assert_eq!(flags.apply_link_pair("utm_source", "x"), Ok(false));
        let mut again = ViewFlags::default();
        for (key, value) in flags.link_pairs() {
            again.apply_link_pair(key, &value).unwrap();
        }
        assert_eq!(again, flags);
        assert_eq!(ViewFlags::default().link_pairs(), vec![]);
    }

    #[test]
    fn bad_flags_say_what_is_used() {
        let mut flags = ViewFlags::default();
        assert_eq!(
            flags.apply_link_pair("dark", "purple"),
            Err("auto".to_string())
        );
        assert_eq!(
            flags.apply_link_pair("show", "total~nope"),
            Err("total".to_string())
        );
        assert_eq!(flags.show, vec![Panel::Total]);
        assert_eq!(
            flags.apply_link_pair("embed", "<script>"),
            Err("0".to_string())
        );
        assert!(!flags.embed);
    }

    #[test]
    fn inputs_read_and_write_back() {
        let mut flags = ViewFlags::default();
        assert_eq!(flags.inputs.at_once(), STORY_INPUTS.to_vec());
        assert_eq!(flags.apply_link_pair("inputs", "preset~N~mode~n"), Ok(true));
        assert_eq!(
            flags.inputs,
            Inputs::Listed(vec![
                Input::Preset,
                Input::Param(ParamKey::ClusterSize),
                Input::Param(ParamKey::BuyOrRent)
            ])
        );
        assert_eq!(
            flags.embed_pairs(),
            vec![("inputs", "preset~n~mode".into())]
        );
        assert_eq!(flags.apply_link_pair("inputs", "none"), Ok(true));
        assert!(flags.inputs.at_once().is_empty());
        assert_eq!(flags.apply_link_pair("inputs", "all"), Ok(true));
        assert_eq!(flags.inputs.at_once().len(), ParamKey::ALL.len() + 1);
        assert!(flags.inputs.shows(Input::Param(ParamKey::ALL[27])));
        // What cannot be read is named; what can is kept.
        assert_eq!(
            flags.apply_link_pair("inputs", "chip~<b>"),
            Err("chip".to_string())
        );
        assert_eq!(
            flags.inputs,
            Inputs::Listed(vec![Input::Param(ParamKey::Accelerator)])
        );
        assert_eq!(
            flags.apply_link_pair("inputs", "nope"),
            Err("preset~chip~n~mode".to_string())
        );
        assert_eq!(flags.inputs, Inputs::Story);
        for key in ParamKey::ALL {
            assert_eq!(Input::from_code(key.code()), Some(Input::Param(key)));
        }
        // The notice's text for the default is the default's list.
        let story: Vec<&str> = STORY_INPUTS.iter().map(|input| input.code()).collect();
        assert_eq!(story.join("~"), "preset~chip~n~mode");
    }

    #[test]
    fn titles_are_one_line_of_text_within_their_length() {
        let (text, cut) = clean_heading("  The <b>cost</b>\n of\tAI \u{202E}ok ", 120);
        assert_eq!(text, "The <b>cost</b> of AI ok");
        assert!(!cut);
        let long = "word ".repeat(40);
        let (text, cut) = clean_heading(&long, MAX_TITLE_CHARS);
        assert!(cut && text.chars().count() <= MAX_TITLE_CHARS && !text.ends_with(' '));
        let (text, cut) = clean_heading(&"长".repeat(300), MAX_DEK_CHARS);
        assert!(cut);
        assert_eq!(text.chars().count(), MAX_DEK_CHARS);
        let mut flags = ViewFlags::default();
        assert_eq!(flags.apply_link_pair("title", "AI & <i>you</i>"), Ok(true));
        assert_eq!(flags.apply_link_pair("dek", ""), Ok(true));
        assert_eq!(flags.apply_link_pair("static", "1"), Ok(true));
        assert_eq!(
            flags.embed_pairs(),
            vec![("static", "1".into()), ("title", "AI & <i>you</i>".into())]
        );
        assert!(flags.apply_link_pair("title", &"x".repeat(200)).is_err());
        assert_eq!(flags.title.len(), MAX_TITLE_CHARS);
    }

    #[test]
    fn empty_show_means_everything() {
        let flags = ViewFlags::default();
        assert!(Panel::ALL.iter().all(|panel| flags.shows(*panel)));
        let flags = ViewFlags {
            show: vec![Panel::Total],
            ..ViewFlags::default()
        };
        assert!(flags.shows(Panel::Total) && !flags.shows(Panel::Breakdown));
    }
}
