//! Interface speed: one frame of the dashboard at 200x60 (target: at most 2 ms), and the
//! order form, after four quarters of a game against bots.

use criterion::{Criterion, criterion_group, criterion_main};
use overbuild::engine::Seat;
use overbuild::game::SeatRole;
use overbuild::tui::{Action, App, Session, Tab, ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn app_after(quarters: usize, tab: Tab) -> App {
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    let roles = Seat::ALL.map(|s| {
        if s == Seat::Oracle {
            SeatRole::Human
        } else {
            SeatRole::baseline_bot()
        }
    });
    let mut app = App::headless();
    app.start_session(Session::new(scenario, 7, roles));
    app.dispatch(Action::BeginQuarter);
    for _ in 0..quarters {
        app.dispatch(Action::Submit);
        app.dispatch(Action::BeginQuarter);
    }
    app.dispatch(Action::GoTab(tab));
    app.dispatch(Action::Resize(200, 60));
    app
}

fn benches(c: &mut Criterion) {
    for (name, tab) in [
        ("render dashboard 200x60", Tab::Dashboard),
        ("render orders 200x60", Tab::Orders),
    ] {
        let app = app_after(4, tab);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
        c.bench_function(name, |b| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::draw(f, black_box(&app)))
                    .expect("draw");
            })
        });
    }
}

criterion_group!(tui, benches);
criterion_main!(tui);
