//! How the page is shown: the embed and render flags a link can carry.

/// Light or dark colours: follow the host page's or reader's preference, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
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

    pub fn from_link_code(code: &str) -> Option<Theme> {
        match code.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "true" | "1" | "yes" | "dark" => Some(Theme::Dark),
            "false" | "0" | "no" | "light" => Some(Theme::Light),
            _ => None,
        }
    }
}

/// A panel of results that `show=` can pick for an embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Panel {
    Total,
    Figures,
    Breakdown,
    Barrier,
    Ladder,
    Trajectory,
    Uncertainty,
    Sensitivity,
    Scenarios,
}

impl Panel {
    pub const ALL: [Panel; 9] = [
        Panel::Total,
        Panel::Figures,
        Panel::Breakdown,
        Panel::Barrier,
        Panel::Ladder,
        Panel::Trajectory,
        Panel::Uncertainty,
        Panel::Sensitivity,
        Panel::Scenarios,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Panel::Total => "total",
            Panel::Figures => "figures",
            Panel::Breakdown => "breakdown",
            Panel::Barrier => "barrier",
            Panel::Ladder => "ladder",
            Panel::Trajectory => "trajectory",
            Panel::Uncertainty => "uncertainty",
            Panel::Sensitivity => "sensitivity",
            Panel::Scenarios => "scenarios",
        }
    }

    pub fn from_code(code: &str) -> Option<Panel> {
        Panel::ALL
            .into_iter()
            .find(|panel| panel.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// Render flags from the link: `embed`, `dark`, `transparent`, `plain`, `show`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewFlags {
    pub embed: bool,
    pub theme: Theme,
    pub transparent: bool,
    /// Results only, inputs hidden.
    pub plain: bool,
    /// The panels to show; empty means every panel.
    pub show: Vec<Panel>,
}

impl ViewFlags {
    pub fn shows(&self, panel: Panel) -> bool {
        self.show.is_empty() || self.show.contains(&panel)
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
