//! The guided first game: three quarters of Oracle with a guide that says what to read and
//! what to try, one step at a time. Each step ends when the player has done what it asks
//! (the app's state shows it), or when the player skips it.

use super::{App, Overlay, Screen, Tab};
use crate::bots::BotSpec;
use crate::engine::Seat;
use crate::game::SeatRole;

/// The seat a newcomer learns with: Oracle's dilemma (build on borrowed money for one
/// customer) is the source's centre, and its figures move every quarter.
pub const SEAT: Seat = Seat::Oracle;

/// A fixed seed, so that every newcomer (and the tmux test) sees the same first quarters.
pub const SEED: u64 = 2025;

/// The seat roles of the guided game: the player at Oracle, baseline bots elsewhere.
pub fn roles() -> [SeatRole; 4] {
    Seat::ALL.map(|s| {
        if s == SEAT {
            SeatRole::Human
        } else {
            BotSpec::baseline(s).role()
        }
    })
}

/// Where the player is in the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    /// Index into `STEPS`.
    pub step: usize,
    /// Quarters resolved when the step began: "submit" steps wait for one more.
    pub turns_at_step: usize,
}

/// One step: the i18n key of what the guide says, and when the player has done it.
pub struct Step {
    pub text: &'static str,
    done: fn(&App, &Guide) -> bool,
}

fn turns(app: &App) -> usize {
    app.session.as_ref().map_or(0, |s| s.turns().len())
}

fn on_tab(app: &App, tab: Tab) -> bool {
    matches!(&app.screen, Screen::Play(p) if p.tab == tab) && app.overlay.is_none()
}

fn resolved_since(app: &App, guide: &Guide) -> bool {
    turns(app) > guide.turns_at_step
}

/// The steps, in order. The last one waits for the next quarter to begin.
pub const STEPS: [Step; 11] = [
    Step {
        text: "guide-briefing",
        done: |app, _| matches!(app.screen, Screen::Play(_)),
    },
    Step {
        text: "guide-dashboard",
        done: |app, _| on_tab(app, Tab::Orders),
    },
    Step {
        text: "guide-decide",
        done: |app, _| app.draft_changes(SEAT) > 0,
    },
    Step {
        text: "guide-preview",
        done: resolved_since,
    },
    Step {
        text: "guide-results",
        done: |app, _| matches!(app.overlay, Some(Overlay::Why(_))),
    },
    Step {
        text: "guide-why",
        done: |app, _| matches!(app.screen, Screen::Play(_)) && app.overlay.is_none(),
    },
    Step {
        text: "guide-news",
        done: |app, _| on_tab(app, Tab::News),
    },
    Step {
        text: "guide-submit",
        done: resolved_since,
    },
    Step {
        text: "guide-charts",
        done: |app, _| on_tab(app, Tab::Charts),
    },
    Step {
        text: "guide-last-quarter",
        done: resolved_since,
    },
    Step {
        text: "guide-done",
        done: |app, _| matches!(app.screen, Screen::Play(_)),
    },
];

impl Guide {
    pub fn new() -> Guide {
        Guide {
            step: 0,
            turns_at_step: 0,
        }
    }

    pub fn current(&self) -> &'static Step {
        &STEPS[self.step.min(STEPS.len() - 1)]
    }

    /// The guide after the player's last action: the next step when this one is done, None
    /// when the last step is done.
    pub fn advance(self, app: &App) -> Option<Guide> {
        if (self.current().done)(app, &self) {
            self.skip(app)
        } else {
            Some(self)
        }
    }

    /// The next step whether or not this one is done; None after the last.
    pub fn skip(self, app: &App) -> Option<Guide> {
        (self.step + 1 < STEPS.len()).then(|| Guide {
            step: self.step + 1,
            turns_at_step: turns(app),
        })
    }
}

impl Default for Guide {
    fn default() -> Self {
        Guide::new()
    }
}
