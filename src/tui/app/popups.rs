//! The popups over a seat's view that the app fills: the Outlook (continuations of the orders on
//! the form, from the Monte Carlo source) and "why" (last quarter's causes of the figure in
//! front of the player). Drawing them is `ui::outlook` and `ui::why`.

use super::{App, Overlay, Screen, Tab, WhyState};
use crate::engine::Seat;
use crate::tui::session::bot_specs;

impl App {
    /// Opens the Outlook over the seat's game view and asks the source for continuations of
    /// the orders on the form (the source ignores a request it is already answering).
    pub fn open_outlook(&mut self) {
        let Screen::Play(p) = &self.screen else {
            return;
        };
        let seat = p.seat;
        self.overlay = Some(Overlay::Outlook);
        if let (Some(session), Some(source)) = (&self.session, &mut self.outlook_source) {
            source.request(
                &session.game,
                seat,
                &session.draft(seat),
                &bot_specs(&session.roles),
            );
        }
    }

    /// The seat whose figures the "why" popup starts from: the one playing, or on the results
    /// and game-over screens the first human seat.
    pub fn why_seat(&self) -> Option<Seat> {
        match &self.screen {
            Screen::Play(p) => Some(p.seat),
            Screen::Results { .. } | Screen::GameOver { .. } => self
                .session
                .as_ref()
                .and_then(|s| s.humans.first().copied()),
            _ => None,
        }
    }

    /// The figure in front of the player: the chart shown on the Charts tab, the seat's own
    /// company (or the first region's bill, or approval) on Books, else the seat's score.
    fn focused_figure(&self, seat: Seat) -> String {
        let region = self
            .session
            .as_ref()
            .and_then(|s| s.game.world.params.regions.first())
            .map_or(String::new(), |r| r.id.clone());
        match &self.screen {
            Screen::Play(p) if p.tab == Tab::Charts => {
                let chart =
                    crate::tui::charts::order(Some(seat))[p.chart % crate::tui::charts::COUNT];
                crate::tui::charts::figure_key(chart, seat, &region)
            }
            Screen::Play(p) if p.tab == Tab::Books => match seat {
                Seat::Utility => format!("bill.{region}"),
                Seat::WhiteHouse => "approval".into(),
                Seat::OpenAi => "cap.openai".into(),
                Seat::Oracle => "share.oracle".into(),
            },
            _ => format!("score.{}", seat.id()),
        }
    }

    /// Opens the popup on the figure in front of the player; the other figures are a key away.
    pub fn open_why(&mut self) {
        let Some(seat) = self.why_seat() else {
            return;
        };
        let attribution = self.session.as_ref().and_then(|s| s.last_attribution());
        let key = self.focused_figure(seat);
        let index = attribution
            .as_ref()
            .and_then(|a| a.figures.iter().position(|f| f.key == key))
            .unwrap_or(0);
        self.overlay = Some(Overlay::Why(WhyState {
            index,
            glossary: false,
            attribution: attribution.map(Box::new),
        }));
    }
}
