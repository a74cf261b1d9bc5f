//! Colours and text styles. Every meaning carried by colour is also carried by a symbol or a
//! word on screen (▲▼, ✓✗, "!"), so NO_COLOR and monochrome terminals lose nothing.

use ratatui::style::{Color, Modifier, Style};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeName {
    #[default]
    #[serde(rename = "default")]
    Default,
    #[serde(rename = "high-contrast")]
    HighContrast,
    #[serde(rename = "colour-blind-safe", alias = "color-blind-safe")]
    ColourBlindSafe,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::ColourBlindSafe,
    ];

    /// The i18n key of the theme's name.
    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Default => "tui-theme-default",
            ThemeName::HighContrast => "tui-theme-high-contrast",
            ThemeName::ColourBlindSafe => "tui-theme-colour-blind-safe",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    /// NO_COLOR is set: styles use only bold, underline and reverse.
    pub mono: bool,
    pub base: Style,
    pub dim: Style,
    pub title: Style,
    pub accent: Style,
    pub selected: Style,
    pub good: Style,
    pub bad: Style,
    pub warn: Style,
    pub border: Style,
    pub border_focus: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub disabled: Style,
    pub input: Style,
    /// Line colours for chart series, in order; charts also vary the marker per series.
    pub series: [Color; 5],
}

impl Theme {
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::mono(name);
        }
        match name {
            ThemeName::Default => Theme::default_colours(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::ColourBlindSafe => Theme::colour_blind_safe(),
        }
    }

    /// The terminal's own palette: cyan accents on the default background.
    fn default_colours() -> Theme {
        let name = ThemeName::Default;
        Theme {
            name,
            mono: false,
            base: Style::default(),
            dim: Style::default().fg(Color::DarkGray),
            title: Style::default()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            accent: Style::default().fg(Color::Cyan),
            selected: Style::default()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            good: Style::default().fg(Color::Green),
            bad: Style::default()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            warn: Style::default().fg(Color::Yellow),
            border: Style::default().fg(Color::DarkGray),
            border_focus: Style::default().fg(Color::Cyan),
            tab: Style::default().fg(Color::Gray),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            disabled: Style::default()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::CROSSED_OUT),
            input: Style::default()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            series: [
                Color::Cyan,
                Color::Yellow,
                Color::Magenta,
                Color::Green,
                Color::LightRed,
            ],
        }
    }

    /// White on black, with meanings in bold and underline as well as colour.
    fn high_contrast() -> Theme {
        let name = ThemeName::HighContrast;
        Theme {
            name,
            mono: false,
            base: Style::default().fg(Color::White).bg(Color::Black),
            dim: Style::default().fg(Color::White),
            title: Style::default()
                .fg(Color::White)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            accent: Style::default()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            selected: Style::default()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::BOLD),
            good: Style::default()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            bad: Style::default()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            warn: Style::default()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            border: Style::default().fg(Color::White),
            border_focus: Style::default()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            tab: Style::default().fg(Color::White),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            key: Style::default()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            disabled: Style::default()
                .fg(Color::Gray)
                .add_modifier(Modifier::CROSSED_OUT),
            input: Style::default()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            series: [
                Color::White,
                Color::LightYellow,
                Color::LightCyan,
                Color::LightGreen,
                Color::LightMagenta,
            ],
        }
    }

    /// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    fn colour_blind_safe() -> Theme {
        let name = ThemeName::ColourBlindSafe;
        let blue = Color::Rgb(0, 114, 178);
        let orange = Color::Rgb(230, 159, 0);
        let sky = Color::Rgb(86, 180, 233);
        let vermillion = Color::Rgb(213, 94, 0);
        let green = Color::Rgb(0, 158, 115);
        let yellow = Color::Rgb(240, 228, 66);
        let purple = Color::Rgb(204, 121, 167);
        Theme {
            name,
            mono: false,
            base: Style::default(),
            dim: Style::default().fg(Color::Gray),
            title: Style::default().fg(sky).add_modifier(Modifier::BOLD),
            accent: Style::default().fg(sky),
            selected: Style::default()
                .bg(blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            good: Style::default().fg(sky).add_modifier(Modifier::BOLD),
            bad: Style::default()
                .fg(vermillion)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            warn: Style::default().fg(orange),
            border: Style::default().fg(Color::Gray),
            border_focus: Style::default().fg(orange),
            tab: Style::default().fg(Color::Gray),
            tab_active: Style::default()
                .fg(Color::Black)
                .bg(orange)
                .add_modifier(Modifier::BOLD),
            key: Style::default().fg(yellow).add_modifier(Modifier::BOLD),
            disabled: Style::default()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::CROSSED_OUT),
            input: Style::default()
                .fg(Color::Black)
                .bg(yellow)
                .add_modifier(Modifier::BOLD),
            series: [sky, orange, green, purple, vermillion],
        }
    }

    /// No colours at all: meaning goes through modifiers and the symbols every screen shows.
    fn mono(name: ThemeName) -> Theme {
        let plain = Style::default();
        let bold = plain.add_modifier(Modifier::BOLD);
        Theme {
            name,
            mono: true,
            base: plain,
            dim: plain,
            title: bold,
            accent: plain,
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            good: bold,
            bad: bold.add_modifier(Modifier::UNDERLINED),
            warn: bold,
            border: plain,
            border_focus: bold,
            tab: plain,
            tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: bold,
            disabled: plain.add_modifier(Modifier::CROSSED_OUT),
            input: plain.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            series: [Color::Reset; 5],
        }
    }

    /// Style for a change: good, bad or neutral, where `higher_is_better` says which is which.
    pub fn trend(&self, change: f64, higher_is_better: bool) -> Style {
        if change.abs() < 1e-9 {
            self.base
        } else if (change > 0.0) == higher_is_better {
            self.good
        } else {
            self.bad
        }
    }
}

/// NO_COLOR (https://no-color.org): present and not empty.
pub fn no_color_from_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_uses_no_colour_anywhere() {
        for name in ThemeName::ALL {
            let t = Theme::new(name, true);
            for style in [
                t.base,
                t.good,
                t.bad,
                t.warn,
                t.selected,
                t.tab_active,
                t.key,
            ] {
                assert_eq!(style.fg, None);
                assert_eq!(style.bg, None);
            }
            assert_ne!(t.good, t.bad, "good and bad differ without colour too");
        }
    }

    #[test]
    fn theme_names_round_trip_through_toml() {
        #[derive(Serialize, Deserialize)]
        struct W {
            t: ThemeName,
        }
        for name in ThemeName::ALL {
            let text = toml::to_string(&W { t: name }).unwrap();
            assert_eq!(toml::from_str::<W>(&text).unwrap().t, name);
        }
        assert!(toml::from_str::<W>("t = \"color-blind-safe\"").is_ok());
    }
}
