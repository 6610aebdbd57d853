//! How the page is shown: the embed and render flags a link can carry.

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
    }
}

impl Panel {}

/// Render flags from the link: `embed`, `dark`, `transparent`, `plain`, `show`.
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
}

impl ViewFlags {
    /// Whether a panel is shown: every panel when [`show`](ViewFlags::show) is empty.
    pub fn shows(&self, panel: Panel) -> bool {
        self.show.is_empty() || self.show.contains(&panel)
    }
}

/// Link keys owned by the render flags (documented in `docs/links.md`).
pub const LINK_KEYS: [&str; 5] = ["embed", "dark", "transparent", "plain", "show"];

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
            "embed" | "transparent" | "plain" => {
                let flag = parse_flag(value).ok_or_else(|| "0".to_string())?;
                match key {
                    "embed" => self.embed = flag,
                    "transparent" => self.transparent = flag,
                    _ => self.plain = flag,
                }
                Ok(true)
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
