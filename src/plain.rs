//! Plain mode: the same game as a line-by-line text dialogue on stdin/stdout, for screen readers
//! and scripted play. No colour, no cursor movement; every number carries its unit; the end of
//! input ends the game cleanly. The dialogue is a function over any `BufRead` and `Write`, so
//! tests drive it with a script.

use crate::audio::{self, Player};
use crate::cli::GlobalArgs;
use crate::cli_out::{self, CliError};
use crate::engine::attribution::Cause;
use crate::engine::orders::{self, FieldKind, FieldSpec, SeatOrders, Statement, Value};
use crate::engine::report::{Arg, TurnReport};
use crate::engine::view::{CompanyView, MarketView, Own, RegionView};
use crate::engine::{Seat, SeatView};
use crate::error::UserError;
use crate::game::{Controllers, Game, SeatRole};
use crate::i18n::{Lang, Texts, format_number};
use crate::save::intent::figure_choices;
use crate::save::{Compare, Expectation, Intent, IntentEntry, SaveMeta};
use crate::scenario::Scenario;
use crate::tui::saves::StoreSaves;
use crate::tui::seams::SaveBackend;
use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

/// What `overbuild play --plain` passes on.
#[derive(Clone, Debug, Default)]
pub struct PlainOptions {
    /// Human seats; the rest are bots. Empty means the player is asked.
    pub seats: Vec<Seat>,
    pub seed: Option<u64>,
    pub scenario: String,
    /// Personality and level of some bot seats; baseline bots elsewhere.
    pub bots: Vec<crate::bots::BotSpec>,
}

/// Everything the dialogue needs that does not come from the player's input.
pub struct Setup {
    pub lang: Lang,
    pub scenario: Scenario,
    /// Human seats; None asks.
    pub seats: Option<Vec<Seat>>,
    /// None asks, offering `default_seed`.
    pub seed: Option<u64>,
    pub default_seed: u64,
    /// Bots other than the baseline for some seats (a seat the player takes ignores its bot).
    pub bots: Vec<crate::bots::BotSpec>,
    /// Write each line read after its prompt, so a piped session reads like a typed one.
    pub echo: bool,
    /// Autosave after every quarter into the terminal game's save folders; None saves nothing.
    pub saves: Option<StoreSaves>,
}

/// How a dialogue ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Finished,
    Quit,
    EndOfInput,
}

/// `overbuild play --plain`: stdin and stdout; sound only when a person is typing.
pub fn run(global: &GlobalArgs, options: &PlainOptions) -> Result<ExitCode, UserError> {
    let paths = crate::paths::Paths::resolve(global.data_dir.as_deref());
    let loaded = crate::tui::settings::load(paths.as_ref().map(|p| p.settings_file()));
    if let (Some(problem), Some(path)) = (&loaded.problem, &loaded.path) {
        // A bad file is reported, not silently ignored; stdout stays the dialogue.
        cli_out::note(&format!(
            "overbuild: {}: {problem}; using the default settings",
            path.display()
        ));
    }
    let settings = loaded.settings;
    let lang = global.language()?.unwrap_or(settings.language);
    let name = if options.scenario.is_empty() {
        crate::scenario::DEFAULT
    } else {
        options.scenario.as_str()
    };
    let scenario = crate::scenario::load(name)?;
    let interactive = io::stdin().is_terminal();
    let audio = if interactive {
        Player::new(global.mute || settings.mute, settings.volume)
    } else {
        Player::silent()
    };
    let setup = Setup {
        lang,
        scenario,
        seats: (!options.seats.is_empty()).then(|| options.seats.clone()),
        seed: options.seed,
        bots: options.bots.clone(),
        default_seed: crate::tui::random_seed(),
        echo: !interactive,
        saves: Some(StoreSaves::open(global.data_dir.as_deref())),
    };
    let mut out = cli_out::Stdout::new();
    match play(io::stdin().lock(), &mut out, setup, &audio) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(e) if out.failed => match cli_out::stdout_failed(&e) {
            // The reader went away (a closed pipe): nothing left to tell.
            CliError::Closed => Ok(ExitCode::SUCCESS),
            CliError::User(e) => Err(e),
        },
        Err(e) => Err(UserError(format!("cannot read standard input: {e}"))),
    }
}

/// Plays a whole game as a dialogue: seats, seed, then each quarter every human seat's status
/// and orders, the results, and the final scores.
pub fn play(
    input: impl BufRead,
    output: impl Write,
    setup: Setup,
    audio: &Player,
) -> io::Result<Outcome> {
    let mut d = Dialogue {
        input,
        out: output,
        t: Texts::new(setup.lang),
        echo: setup.echo,
        results_shown: None,
    };
    let p = setup.scenario.params.clone();
    d.welcome(&p.scenario)?;
    // Saving off (no usable data directory): said once, and the game goes on.
    if let Some(reason) = setup.saves.as_ref().and_then(|s| s.unavailable(&d.t)) {
        d.raw(&reason)?;
    }
    let humans = match setup.seats {
        Some(seats) => seats,
        None => match d.ask_seats()? {
            Some(seats) => seats,
            None => return d.stop_at("plain-eof", p.scenario.start),
        },
    };
    let seed = match setup.seed {
        Some(seed) => seed,
        None => match d.ask_seed(setup.default_seed)? {
            Some(seed) => seed,
            None => return d.stop_at("plain-eof", p.scenario.start),
        },
    };
    d.seats_line(&humans)?;
    let again = again_command(&humans, &setup.bots, &setup.scenario.source, seed);
    d.line(
        "plain-seed",
        &[("seed", text(seed.to_string())), ("command", text(&again))],
    )?;

    let meta = SaveMeta::new(roles(&humans, &setup.bots));
    let mut autosave = Autosave {
        saves: setup.saves,
        meta,
        told: false,
    };
    let mut game = Game::new(setup.scenario, seed);
    let mut controllers = Controllers::with_bots(None, &setup.bots).explaining();
    while !game.is_over() {
        let submitted = match d.humans_turn(&game, &humans, &mut autosave)? {
            Ok(submitted) => submitted,
            Err(stop) => return d.stop_at(stop, game.world.date),
        };
        let mut orders = controllers.all_orders(&game);
        for o in submitted {
            orders.set_seat(o);
        }
        let index_before = game.world.market.index;
        let national_before: Vec<f64> = game
            .world
            .regions
            .iter()
            .map(|r| r.retail.residential_cents)
            .collect();
        game.play(orders);
        let report = game.last_report().cloned().unwrap_or_default();
        audio.play(audio::cue_for_turn(&report, index_before, game.is_over()));
        let reversion = game.world.params.politics.reversion;
        d.results(&report, &humans, index_before, reversion, &national_before)?;
        d.bot_reasons(&controllers, &humans, &game, &mut autosave.meta)?;
        d.autosave(&mut autosave, &game)?;
    }
    d.game_over(&game, &again)?;
    Ok(Outcome::Finished)
}

impl Autosave {
    /// What the seat meant its orders to do this quarter, for the save.
    fn keep_intent(&mut self, game: &Game, seat: Seat, intent: Option<Intent>) {
        if let Some(intent) = intent {
            let turn = game.turns.len() as u32;
            self.meta.intents.push(IntentEntry { turn, seat, intent });
        }
    }
}

/// Who holds each seat, as a save records it: the players' seats and the bots of the others.
fn roles(humans: &[Seat], bots: &[crate::bots::BotSpec]) -> [SeatRole; 4] {
    Seat::ALL.map(|s| {
        if humans.contains(&s) {
            SeatRole::Human
        } else {
            bots.iter()
                .find(|b| b.seat == s)
                .map_or_else(SeatRole::baseline_bot, crate::bots::BotSpec::role)
        }
    })
}

/// The game's autosave: the terminal game's store and slots, so Continue and Load find it.
struct Autosave {
    saves: Option<StoreSaves>,
    meta: SaveMeta,
    /// "Autosaved to PATH" is said once.
    told: bool,
}

enum Step {
    Orders(Box<SeatOrders>, Option<Intent>),
    Quit,
    EndOfInput,
}

fn num(value: impl Into<f64>) -> Arg {
    Arg::Num(value.into())
}

fn text(value: impl Into<String>) -> Arg {
    Arg::Text(value.into())
}

/// A sum of money as two arguments, `NAME` (its size) and `NAME_sign` ("-" or ""), so messages
/// write "-$7.3B" rather than "$-7.3B".
fn money(name: &'static str, sign: &'static str, value: f64) -> [(&'static str, Arg); 2] {
    let negative = value < 0.0 && format_number(value.abs(), 1) != "0.0";
    [
        (name, num(value.abs())),
        (sign, text(if negative { "-" } else { "" })),
    ]
}

/// Names that start a line start with a capital ("the big-4 hyperscalers").
fn capitalized(name: String) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => name,
    }
}

/// A number as the player would type it: no grouping, at most three decimals, no trailing zeros.
fn typed(value: f64) -> String {
    let s = format!("{value:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// A number for reading: grouped, with the decimals its size needs.
fn readable(value: f64) -> String {
    let digits = if value.fract() == 0.0 {
        0
    } else if (value * 100.0).fract().abs() < 1e-9 {
        if (value * 10.0).fract().abs() < 1e-9 {
            1
        } else {
            2
        }
    } else {
        3
    };
    format_number(value, digits)
}

/// The command line that plays this game again: the same seats, bots, scenario and seed.
fn again_command(
    humans: &[Seat],
    bots: &[crate::bots::BotSpec],
    source: &str,
    seed: u64,
) -> String {
    let mut words = vec!["overbuild play --plain".to_string()];
    match source.strip_prefix("builtin:") {
        Some(crate::scenario::DEFAULT) => {}
        Some(id) => words.push(format!("--scenario {id}")),
        None => words.push(format!("--scenario {source}")),
    }
    words.extend(humans.iter().map(|s| format!("--seat {}", s.id())));
    words.extend(
        bots.iter()
            .filter(|b| !humans.contains(&b.seat))
            .map(|b| format!("--bot {}={}:{}", b.seat.id(), b.personality, b.level.id())),
    );
    words.push(format!("--seed {seed}"));
    words.join(" ")
}

struct Dialogue<R, W> {
    input: R,
    out: W,
    t: Texts,
    echo: bool,
    /// The quarter whose results this session printed last: its public news was shown there.
    results_shown: Option<crate::engine::Date>,
}

impl<R: BufRead, W: Write> Dialogue<R, W> {
    fn line(&mut self, key: &str, args: &[(&str, Arg)]) -> io::Result<()> {
        let s = self.t.with(key, args);
        writeln!(self.out, "{s}")
    }

    /// The glossary entry of a figure, for this seat; the list of entries when none matches.
    fn glossary(&mut self, seat: Seat, query: &str) -> io::Result<()> {
        let Some(term) = crate::glossary::lookup(&self.t, query) else {
            let names: Vec<String> = crate::glossary::TERMS
                .iter()
                .map(|t| self.t.get(&format!("glossary-{}", t.id)))
                .collect();
            return self.line(
                "plain-glossary-unknown",
                &[("query", text(query)), ("names", text(names.join(", ")))],
            );
        };
        let entry = crate::glossary::entry(&self.t, term);
        let for_seat = entry
            .for_seat
            .iter()
            .find(|(s, _)| *s == seat)
            .map_or(String::new(), |(_, why)| why.clone());
        self.line(
            "plain-glossary-entry",
            &[
                ("name", text(entry.name)),
                ("unit", text(entry.unit)),
                ("how", text(entry.how)),
                ("seat", text(self.seat(seat))),
                ("why", text(for_seat)),
            ],
        )
    }

    fn raw(&mut self, s: &str) -> io::Result<()> {
        writeln!(self.out, "{s}")
    }

    fn blank(&mut self) -> io::Result<()> {
        writeln!(self.out)
    }

    fn seat(&self, seat: Seat) -> String {
        self.t.get(&format!("seat-{}", seat.id()))
    }

    fn region(&self, id: &str) -> String {
        self.t.get(&format!("region-{id}"))
    }

    /// Shows `prompt` and reads a line; None at the end of input.
    fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.out, "{prompt} ")?;
        self.out.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.out)?;
            return Ok(None);
        }
        let line = line.trim().to_string();
        if self.echo {
            writeln!(self.out, "{line}")?;
        }
        Ok(Some(line))
    }

    fn welcome(&mut self, scenario: &crate::engine::params::Meta) -> io::Result<()> {
        let last = scenario.last_quarter();
        let name = self.t.scenario(&scenario.id, "name", &scenario.name);
        self.line(
            "plain-welcome",
            &[
                ("scenario", text(name)),
                ("start", text(scenario.start.to_string())),
                ("end", text(last.to_string())),
                ("turns", num(scenario.turns)),
            ],
        )?;
        self.line("plain-welcome-help", &[])
    }

    /// "Seats: OpenAI is played by a bot; Oracle is played by you; ..."
    fn seats_line(&mut self, humans: &[Seat]) -> io::Result<()> {
        let list: Vec<String> = Seat::ALL
            .iter()
            .map(|s| {
                let key = if humans.contains(s) {
                    "plain-seat-human"
                } else {
                    "plain-seat-bot"
                };
                self.t.with(key, &[("seat", text(self.seat(*s)))])
            })
            .collect();
        let separator = self.t.get("plain-list-separator");
        self.line("plain-seats", &[("list", text(list.join(&separator)))])
    }

    /// Every human seat's orders for the quarter, in seat order with a hand-over between
    /// seats; the stop's message key when a player quits or the input ends.
    fn humans_turn(
        &mut self,
        game: &Game,
        humans: &[Seat],
        autosave: &mut Autosave,
    ) -> io::Result<Result<Vec<SeatOrders>, &'static str>> {
        let mut submitted = Vec::new();
        for (i, seat) in Seat::ALL.iter().filter(|s| humans.contains(s)).enumerate() {
            if i > 0 {
                self.blank()?;
                self.line("plain-handover", &[("seat", text(self.seat(*seat)))])?;
            }
            match self.seat_turn(game, *seat)? {
                Step::Orders(orders, intent) => {
                    submitted.push(*orders);
                    autosave.keep_intent(game, *seat, intent);
                }
                Step::Quit => return Ok(Err("plain-quit")),
                Step::EndOfInput => return Ok(Err("plain-eof")),
            }
        }
        Ok(Ok(submitted))
    }

    fn stop_at(&mut self, key: &str, date: crate::engine::Date) -> io::Result<Outcome> {
        self.line(key, &[("date", text(date.to_string()))])?;
        self.out.flush()?;
        Ok(if key == "plain-quit" {
            Outcome::Quit
        } else {
            Outcome::EndOfInput
        })
    }

    fn ask_seats(&mut self) -> io::Result<Option<Vec<Seat>>> {
        loop {
            let prompt = self.t.get("plain-ask-seats");
            let Some(answer) = self.ask(&prompt)? else {
                return Ok(None);
            };
            let answer = answer.to_lowercase();
            let words: Vec<&str> = answer
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            match words.as_slice() {
                [] => return Ok(Some(vec![Seat::Oracle])),
                ["all"] => return Ok(Some(Seat::ALL.to_vec())),
                ["none"] => return Ok(Some(Vec::new())),
                _ => {}
            }
            let mut seats = Vec::new();
            let mut bad = None;
            for w in &words {
                match Seat::parse(w) {
                    Some(s) if !seats.contains(&s) => seats.push(s),
                    Some(_) => {}
                    None => {
                        bad = Some(w.to_string());
                        break;
                    }
                }
            }
            match bad {
                None => return Ok(Some(seats)),
                Some(w) => self.line("plain-bad-seat", &[("seat", text(w))])?,
            }
        }
    }

    fn ask_seed(&mut self, default: u64) -> io::Result<Option<u64>> {
        loop {
            let prompt = self
                .t
                .with("plain-ask-seed", &[("seed", text(default.to_string()))]);
            let Some(answer) = self.ask(&prompt)? else {
                return Ok(None);
            };
            if answer.is_empty() {
                return Ok(Some(default));
            }
            match answer.replace(['_', ','], "").parse::<u64>() {
                Ok(seed) => return Ok(Some(seed)),
                Err(_) => self.line("plain-bad-seed", &[("text", text(answer))])?,
            }
        }
    }

    /// One human seat's quarter: the situation, then orders until `done`.
    fn seat_turn(&mut self, game: &Game, seat: Seat) -> io::Result<Step> {
        let view = game.view(seat);
        self.status(game, &view)?;
        let default = view.in_default();
        // Rules and marked repeats carry on; other one-offs start from nothing.
        let mut last = view.standing();
        if default.is_some() {
            // Standing orders from before the default (a dividend, say) cannot stand.
            orders::drop_refused(&mut last);
        }
        let mut draft = last.clone();
        let mut intent = Intent::default();
        self.blank()?;
        self.line("plain-orders-intro", &[("seat", text(self.seat(seat)))])?;
        loop {
            let prompt = self.t.with("plain-prompt", &[("seat", text(seat.id()))]);
            let Some(line) = self.ask(&prompt)? else {
                return Ok(Step::EndOfInput);
            };
            let words: Vec<&str> = line.split_whitespace().collect();
            let Some((command, rest)) = words.split_first() else {
                continue;
            };
            match command.to_lowercase().as_str() {
                "show" | "list" | "fields" => self.show(game, seat, &draft, rest.first())?,
                "set" => self.set(game, &mut draft, rest)?,
                "intent" => {
                    // The line as typed after the command, spaces kept.
                    let said = line.trim_start()[command.len()..].trim();
                    self.intent_text(&mut intent, said)?;
                }
                "expect" => self.expect(game, &mut intent, rest)?,
                "books" => self.books(game, seat)?,
                "why" => self.why(game, rest.first().copied())?,
                "preview" => self.preview(game, &draft)?,
                "reset" => self.reset(game, seat, &mut draft, &last, rest.first())?,
                "repeat" => match rest.first() {
                    Some(key) => match orders::field(seat, key) {
                        Some(spec) => self.repeat(&mut draft, spec)?,
                        None => self.unknown_field(seat, key)?,
                    },
                    None => self.line("plain-help", &[])?,
                },
                "status" => self.status(game, &view)?,
                "help" | "?" if rest.is_empty() => self.line("plain-help", &[])?,
                "help" | "?" => match orders::field(seat, rest[0]) {
                    Some(spec) => self.show_field(game, &draft, spec)?,
                    None => self.glossary(seat, &rest.join(" "))?,
                },
                "done" | "submit" | "end" => {
                    // Every `set` was checked, so this holds; checked again before it counts.
                    match orders::validate_seat_in(&draft, &game.scenario.params, default) {
                        Ok(()) => {
                            self.line("plain-submitted", &[("seat", text(self.seat(seat)))])?;
                            let intent = Intent::new(&intent.text, intent.expect).ok().flatten();
                            return Ok(Step::Orders(Box::new(draft), intent));
                        }
                        Err(e) => self.raw(&e.to_string())?,
                    }
                }
                "quit" | "exit" => return Ok(Step::Quit),
                other => {
                    self.line("plain-unknown-command", &[("command", text(other))])?;
                }
            }
        }
    }

    /// `show [FIELD]`: one field of the draft, or every field of the seat.
    fn show(
        &mut self,
        game: &Game,
        seat: Seat,
        draft: &SeatOrders,
        key: Option<&&str>,
    ) -> io::Result<()> {
        match key {
            Some(key) => match orders::field(seat, key) {
                Some(spec) => self.show_field(game, draft, spec),
                None => self.unknown_field(seat, key),
            },
            None => {
                for spec in orders::fields(seat) {
                    self.show_field(game, draft, spec)?;
                }
                Ok(())
            }
        }
    }

    /// `preview`: what the draft would do, as the order form's preview says it.
    fn preview(&mut self, game: &Game, draft: &SeatOrders) -> io::Result<()> {
        self.line("plain-preview-heading", &[])?;
        for msg in game.preview(draft) {
            let s = self.t.msg(&msg);
            self.line("plain-preview-item", &[("text", text(s))])?;
        }
        Ok(())
    }

    /// `reset [FIELD]`: the whole draft, or one field, back to the orders standing.
    fn reset(
        &mut self,
        game: &Game,
        seat: Seat,
        draft: &mut SeatOrders,
        last: &SeatOrders,
        key: Option<&&str>,
    ) -> io::Result<()> {
        let Some(key) = key else {
            *draft = last.clone();
            return self.line("plain-reset", &[]);
        };
        let Some(spec) = orders::field(seat, key) else {
            return self.unknown_field(seat, key);
        };
        for r in 0..self.slots(game, spec) {
            if let Some(v) = last.get(spec.key, r) {
                draft.set(spec.key, r, v);
            }
        }
        let value = self.value_text(game, draft, spec);
        self.line(
            "plain-reset-field",
            &[("field", text(spec.key)), ("value", text(value))],
        )
    }

    /// `why FIGURE`: the last quarter's change of one figure split among its causes; `why`
    /// alone lists the figures.
    fn why(&mut self, game: &Game, key: Option<&str>) -> io::Result<()> {
        let Some(attribution) = crate::explain::last_quarter(game) else {
            return self.line("plain-why-none", &[]);
        };
        let Some(key) = key else {
            let keys: Vec<&str> = attribution.figures.iter().map(|f| f.key.as_str()).collect();
            return self.line("plain-why-list", &[("keys", text(keys.join(" ")))]);
        };
        let Some(figure) = attribution.figure(&key.to_lowercase()) else {
            return self.line("plain-why-unknown", &[("figure", text(key))]);
        };
        let digits = if figure.unit == "$" { 2 } else { 1 };
        let signed = |v: f64| crate::i18n::format_signed(v, digits);
        self.line(
            "plain-why-heading",
            &[
                (
                    "figure",
                    text(
                        self.t
                            .figure(&figure.key, &figure.label, &game.world.params),
                    ),
                ),
                ("date", text(attribution.date.to_string())),
                ("before", text(format_number(figure.before, digits))),
                ("after", text(format_number(figure.after, digits))),
                ("unit", text(self.t.figure_unit(&figure.unit))),
                ("change", text(signed(figure.change()))),
            ],
        )?;
        for (cause, part) in figure.causes_by_size() {
            let name = match cause {
                Cause::Events => self.t.get("plain-why-events"),
                _ => self.seat(Seat::ALL[cause as usize]),
            };
            self.line(
                "plain-why-cause",
                &[("cause", text(name)), ("part", text(signed(part)))],
            )?;
        }
        self.line("plain-why-drift", &[("part", text(signed(figure.drift)))])?;
        for part in figure.drift_mechanisms() {
            let mechanism = self.t.get(&part.mechanism);
            self.line(
                "plain-why-drift-part",
                &[
                    ("mechanism", text(mechanism)),
                    ("part", text(signed(part.part))),
                ],
            )?;
        }
        self.line(
            "plain-why-how",
            &[("mechanism", text(self.t.figure_mechanism(figure.kind)))],
        )
    }

    /// `intent TEXT`: what the seat means its orders to do this quarter (empty: none).
    fn intent_text(&mut self, intent: &mut Intent, said: &str) -> io::Result<()> {
        match Intent::new(said, None) {
            Ok(kept) => {
                intent.text = kept.map(|i| i.text).unwrap_or_default();
                self.line("plain-intent-kept", &[("text", text(intent.text.clone()))])
            }
            Err(problem) => self.line("plain-intent-bad", &[("problem", text(problem))]),
        }
    }

    /// `expect FIGURE <= VALUE` (or `>=`), `expect none`: the figure the seat expects at the
    /// end of the quarter, named as `why` names them.
    fn expect(&mut self, game: &Game, intent: &mut Intent, words: &[&str]) -> io::Result<()> {
        if let ["none"] = words {
            intent.expect = None;
            return self.line("plain-expect-none", &[]);
        }
        let choices = figure_choices(&game.world, game.last_report());
        let parsed = match words {
            [figure, sign, value] => choices
                .iter()
                .find(|f| f.key == figure.to_lowercase())
                .zip(Compare::parse(sign))
                .zip(value.replace(',', "").parse::<f64>().ok())
                .filter(|(_, v)| v.is_finite()),
            _ => None,
        };
        let Some(((figure, compare), value)) = parsed else {
            let keys: Vec<&str> = choices.iter().map(|f| f.key.as_str()).collect();
            return self.line(
                "plain-expect-bad",
                &[
                    ("text", text(words.join(" "))),
                    ("figures", text(keys.join(" "))),
                ],
            );
        };
        let expect = Expectation {
            figure: figure.key.clone(),
            compare,
            value,
        };
        let said = crate::report::intents::expectation_text(
            &self.t,
            &game.world.params,
            &expect,
            figure.unit,
        );
        intent.expect = Some(expect);
        self.line("plain-expect-kept", &[("expect", text(said))])
    }

    fn unknown_field(&mut self, seat: Seat, key: &str) -> io::Result<()> {
        let fields: Vec<&str> = orders::fields(seat).iter().map(|f| f.key).collect();
        self.line(
            "plain-unknown-field",
            &[
                ("seat", text(self.seat(seat))),
                ("field", text(key)),
                ("fields", text(fields.join(", "))),
            ],
        )
    }

    /// How many values a field holds: one per region for regional fields.
    fn slots(&self, game: &Game, spec: &FieldSpec) -> usize {
        if spec.is_regional() {
            game.scenario.params.regions.len()
        } else {
            1
        }
    }

    fn region_ids(&self, game: &Game) -> String {
        let ids: Vec<&str> = game
            .scenario
            .params
            .regions
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        ids.join(", ")
    }

    /// A number with the field's unit: "$5B", "1,000 MW", "0.8 (80%)".
    fn amount(&self, unit: &str, value: f64) -> String {
        let v = readable(value);
        // Flows repeat every quarter; the range says so once.
        let unit = unit.strip_suffix("/qtr").unwrap_or(unit);
        match unit {
            "$B" => format!("${v}B"),
            "$/month" => format!("${v}/month"),
            "$B/GW-yr" => format!("${v}B/GW-yr"),
            "$/MW-day" => format!("${v}/MW-day"),
            "%" => format!("{v}%"),
            "x" => format!("{v}×"),
            "share" | "rate" => format!("{v} ({}%)", format_number(value * 100.0, 0)),
            "years" => {
                let years = self.t.get("plain-unit-years");
                format!("{v} {years}")
            }
            "" => v,
            other => format!("{v} {other}"),
        }
    }

    fn range(&self, spec: &FieldSpec) -> String {
        let per_quarter = match spec.kind {
            FieldKind::Number { unit, .. } | FieldKind::Regional { unit, .. } => {
                unit.ends_with("/qtr")
            }
            _ => false,
        };
        let range = self.range_of(spec);
        if per_quarter {
            format!("{range}{}", self.t.get("plain-each-quarter"))
        } else {
            range
        }
    }

    fn range_of(&self, spec: &FieldSpec) -> String {
        match spec.kind {
            FieldKind::Number { min, max, unit, .. } => self.t.with(
                "plain-range",
                &[
                    ("min", text(self.amount(unit, min))),
                    ("max", text(self.amount(unit, max))),
                ],
            ),
            FieldKind::Regional { min, max, unit, .. } => self.t.with(
                "plain-range-regional",
                &[
                    ("min", text(self.amount(unit, min))),
                    ("max", text(self.amount(unit, max))),
                ],
            ),
            FieldKind::Toggle => self.t.get("plain-range-toggle"),
            FieldKind::Choice(labels) => self.t.with(
                "plain-range-choice",
                &[("choices", text(labels.join(", ")))],
            ),
        }
    }

    fn one_value(&self, spec: &FieldSpec, value: Value) -> String {
        match (spec.kind, value) {
            (
                FieldKind::Number { unit, .. } | FieldKind::Regional { unit, .. },
                Value::Number(v),
            ) => self.amount(unit, v),
            (_, Value::Toggle(true)) => self.t.get("plain-yes"),
            (_, Value::Toggle(false)) => self.t.get("plain-no"),
            (_, Value::Choice(i)) => {
                let label = Statement::LABELS.get(i).copied().unwrap_or("?");
                let shown = self.t.get(&format!("plain-choice-{label}"));
                if shown == label {
                    label.to_string()
                } else {
                    format!("{label} ({shown})")
                }
            }
            (_, v) => v.to_string(),
        }
    }

    /// The field's current value(s) as text.
    fn value_text(&self, game: &Game, draft: &SeatOrders, spec: &FieldSpec) -> String {
        if spec.is_regional() {
            let parts: Vec<String> = game
                .scenario
                .params
                .regions
                .iter()
                .enumerate()
                .map(|(r, region)| {
                    let v = draft.get(spec.key, r).unwrap_or(Value::Number(0.0));
                    self.t.with(
                        "plain-region-value",
                        &[
                            ("region", text(self.region(&region.id))),
                            ("value", text(self.one_value(spec, v))),
                        ],
                    )
                })
                .collect();
            parts.join(&self.t.get("plain-comma"))
        } else {
            draft
                .get(spec.key, 0)
                .map(|v| self.one_value(spec, v))
                .unwrap_or_default()
        }
    }

    fn help_text(&self, seat: Seat, spec: &FieldSpec) -> String {
        self.t.field_help(seat, spec)
    }

    fn show_field(&mut self, game: &Game, draft: &SeatOrders, spec: &FieldSpec) -> io::Result<()> {
        let key = if spec.is_regional() {
            "plain-field-regional"
        } else {
            "plain-field"
        };
        let args = [
            ("field", text(spec.key)),
            ("value", text(self.value_text(game, draft, spec))),
            ("values", text(self.value_text(game, draft, spec))),
            ("range", text(self.range(spec))),
            ("help", text(self.help_text(draft.seat(), spec))),
            ("carry", text(self.t.get(carry_key(draft, spec)))),
        ];
        self.line(key, &args)?;
        match self.refused(game, draft.seat(), spec) {
            Some(reason) => self.unavailable(spec, reason),
            None => Ok(()),
        }
    }

    /// `repeat FIELD`: marks or unmarks a one-off order to repeat next quarter.
    fn repeat(&mut self, draft: &mut SeatOrders, spec: &FieldSpec) -> io::Result<()> {
        let key = if !draft.toggle_repeat(spec.key) {
            "plain-repeat-rule"
        } else if draft.repeats(spec.key) {
            "plain-repeat-on"
        } else {
            "plain-repeat-off"
        };
        self.line(key, &[("field", text(spec.key))])
    }

    /// Why a company in default cannot use this field, if it cannot.
    fn refused(&self, game: &Game, seat: Seat, spec: &FieldSpec) -> Option<String> {
        let default = orders::InDefault::of_world(&game.world, seat)?;
        orders::refused_in_default(seat, spec.key)
            .then(|| self.t.in_default("default-refused", &default))
    }

    fn unavailable(&mut self, spec: &FieldSpec, reason: String) -> io::Result<()> {
        self.line(
            "plain-field-unavailable",
            &[("field", text(spec.key)), ("reason", text(reason))],
        )
    }

    /// `set FIELD [REGION] VALUE`: parsed, checked against the field's range, then applied.
    fn set(&mut self, game: &Game, draft: &mut SeatOrders, args: &[&str]) -> io::Result<()> {
        let seat = draft.seat();
        let Some((key, rest)) = args.split_first() else {
            return self.line("plain-usage-set", &[]);
        };
        let Some(spec) = orders::field(seat, key) else {
            return self.unknown_field(seat, key);
        };
        if let Some(reason) = self.refused(game, seat, spec) {
            return self.unavailable(spec, reason);
        }
        let Some((targets, value_text)) = self.set_targets(game, spec, rest)? else {
            return Ok(());
        };
        let Some(value) = self.parse_value(spec, value_text)? else {
            return Ok(());
        };
        let mut candidate = draft.clone();
        for r in &targets {
            candidate.set(spec.key, *r, value);
        }
        if orders::validate_seat(&candidate, &game.scenario.params).is_err() {
            let shown = match value {
                Value::Number(v) => typed(v),
                other => other.to_string(),
            };
            return self.line(
                "plain-refused",
                &[
                    ("field", text(spec.key)),
                    ("value", text(shown)),
                    ("range", text(self.range(spec))),
                ],
            );
        }
        *draft = candidate;
        self.confirm_set(game, draft, spec, &targets, value)
    }

    /// The regions a `set` applies to and the value's text, or None after telling the player
    /// what the command lacks.
    fn set_targets<'a>(
        &mut self,
        game: &Game,
        spec: &FieldSpec,
        rest: &[&'a str],
    ) -> io::Result<Option<(Vec<usize>, &'a str)>> {
        let regions = &game.scenario.params.regions;
        match (spec.is_regional(), rest) {
            (true, [region, value]) => {
                let region = region.to_lowercase();
                if region == "all" {
                    Ok(Some(((0..regions.len()).collect(), *value)))
                } else if let Some(r) = regions.iter().position(|p| p.id == region) {
                    Ok(Some((vec![r], *value)))
                } else {
                    let ids = self.region_ids(game);
                    self.line(
                        "plain-unknown-region",
                        &[("region", text(region)), ("regions", text(ids))],
                    )?;
                    Ok(None)
                }
            }
            (true, _) => {
                let ids = self.region_ids(game);
                self.line(
                    "plain-needs-region",
                    &[("field", text(spec.key)), ("regions", text(ids))],
                )?;
                Ok(None)
            }
            (false, [value]) => Ok(Some((vec![0], *value))),
            (false, _) => {
                self.line("plain-usage-set", &[])?;
                Ok(None)
            }
        }
    }

    /// Says what an accepted `set` changed: the one region, every region, or the field.
    fn confirm_set(
        &mut self,
        game: &Game,
        draft: &SeatOrders,
        spec: &FieldSpec,
        targets: &[usize],
        value: Value,
    ) -> io::Result<()> {
        let shown = self.one_value(spec, value);
        match (spec.is_regional(), targets) {
            (true, [r]) => self.line(
                "plain-set-region",
                &[
                    ("field", text(spec.key)),
                    (
                        "region",
                        text(self.region(&game.scenario.params.regions[*r].id)),
                    ),
                    ("value", text(shown)),
                ],
            ),
            (true, _) => {
                let all = self.value_text(game, draft, spec);
                self.line(
                    "plain-set",
                    &[("field", text(spec.key)), ("value", text(all))],
                )
            }
            _ => self.line(
                "plain-set",
                &[("field", text(spec.key)), ("value", text(shown))],
            ),
        }
    }

    /// The typed value for a field, or None after telling the player what it takes.
    fn parse_value(&mut self, spec: &FieldSpec, typed_text: &str) -> io::Result<Option<Value>> {
        let lower = typed_text.to_lowercase();
        match spec.kind {
            FieldKind::Number { .. } | FieldKind::Regional { .. } => {
                let cleaned: String = lower.chars().filter(|c| *c != ',' && *c != '_').collect();
                match cleaned.parse::<f64>() {
                    Ok(v) => Ok(Some(Value::Number(v))),
                    Err(_) => {
                        let range = self.range(spec);
                        self.line(
                            "plain-not-a-number",
                            &[
                                ("text", text(typed_text)),
                                ("field", text(spec.key)),
                                ("range", text(range)),
                            ],
                        )?;
                        Ok(None)
                    }
                }
            }
            FieldKind::Toggle => {
                let yes = [self.t.get("plain-yes"), "yes".into(), "true".into()];
                let no = [self.t.get("plain-no"), "no".into(), "false".into()];
                if yes.contains(&lower) || ["on", "1", "y"].contains(&lower.as_str()) {
                    Ok(Some(Value::Toggle(true)))
                } else if no.contains(&lower) || ["off", "0", "n"].contains(&lower.as_str()) {
                    Ok(Some(Value::Toggle(false)))
                } else {
                    self.line(
                        "plain-not-a-toggle",
                        &[("text", text(typed_text)), ("field", text(spec.key))],
                    )?;
                    Ok(None)
                }
            }
            FieldKind::Choice(labels) => {
                let found = labels.iter().position(|l| {
                    *l == lower || self.t.get(&format!("plain-choice-{l}")) == typed_text
                });
                match found {
                    Some(i) => Ok(Some(Value::Choice(i))),
                    None => {
                        self.line(
                            "plain-not-a-choice",
                            &[
                                ("text", text(typed_text)),
                                ("field", text(spec.key)),
                                ("choices", text(labels.join(", "))),
                            ],
                        )?;
                        Ok(None)
                    }
                }
            }
        }
    }

    /// The seat's situation: heading, objective and score, the public picture, its own books
    /// and last quarter's news.
    fn status(&mut self, game: &Game, view: &SeatView) -> io::Result<()> {
        let seat = view.seat;
        self.blank()?;
        self.line(
            "plain-turn-heading",
            &[
                ("date", text(view.date.to_string())),
                ("turn", num(view.turn + 1)),
                ("turns", num(view.turns)),
                ("seat", text(self.seat(seat))),
            ],
        )?;
        self.line(&format!("plain-objective-{}", seat.id()), &[])?;
        if let Some(default) = view.in_default() {
            let status = self.t.in_default("default-refused", &default);
            self.line("plain-in-default", &[("status", text(status))])?;
            self.line("default-objective", &[])?;
        }
        let score = crate::engine::score::seat_score(&game.world, seat);
        let met = self.met(score.objective_met);
        self.line(
            "plain-score",
            &[("score", num(score.score)), ("met", text(met))],
        )?;
        for part in &score.parts {
            self.score_part(part)?;
        }
        self.market_status(&view.market)?;
        for r in &view.regions {
            self.region_status(r)?;
        }
        for c in &view.companies {
            self.company_status(c)?;
        }
        self.politics_status(view)?;
        self.own(&view.own)?;
        self.news(game.last_report(), seat)
    }

    fn market_status(&mut self, m: &MarketView) -> io::Result<()> {
        self.line(
            "plain-market",
            &[
                ("index", num(m.index)),
                ("peak", num(m.index_peak)),
                ("sentiment", num(m.sentiment)),
                ("rate", num(m.risk_free * 100.0)),
                ("appetite", num(m.bond_appetite_bn)),
            ],
        )
    }

    fn region_status(&mut self, r: &RegionView) -> io::Result<()> {
        let region = text(self.region(&r.id));
        self.line(
            "plain-region-prices",
            &[
                ("region", region.clone()),
                ("cents", num(r.residential_cents)),
                ("bill", num(r.bill_month)),
                ("growth", num(r.bill_growth)),
                ("quarter", num(r.bill_change_q)),
                ("margin", num(r.reserve_margin)),
                ("target", num(r.reserve_target)),
                ("energy", num(r.energy_price)),
                ("zone", num(r.zone_price)),
                ("capacity", num(r.capacity_price)),
            ],
        )?;
        self.line(
            "plain-region-load",
            &[
                ("region", region.clone()),
                ("connected", num(r.dc_connected_mw)),
                ("waiting", num(r.dc_waiting_mw)),
                ("held", num(r.dc_held_for_ride_through_mw.round())),
                ("queue", num(r.queue_mw)),
                ("approved", num(r.approved_mw)),
                ("hosting", num(r.hosting_capacity_mw)),
                ("ride", num(r.ride_through_share)),
                ("peak", num(r.peak_load_mw)),
                ("firm", num(r.firm_capacity_mw)),
            ],
        )?;
        self.line(
            "plain-region-people",
            &[
                ("region", region),
                ("arrears", num(r.arrears_share)),
                ("approval", num(r.approval)),
                ("events", num(r.loss_events)),
                ("lost", num(r.mw_lost)),
                ("blackouts", num(r.blackouts)),
            ],
        )
    }

    fn company_status(&mut self, c: &CompanyView) -> io::Result<()> {
        let company = text(capitalized(self.t.get(&format!("company-{}", c.id.id()))));
        let [cash, cash_sign] = money("cash", "cash_sign", c.cash_bn);
        let [fcf, fcf_sign] = money("fcf", "fcf_sign", c.free_cash_flow_q_bn);
        self.line(
            "plain-company",
            &[
                ("company", company.clone()),
                cash,
                cash_sign,
                fcf,
                fcf_sign,
                ("debt", num(c.debt_bn)),
                ("hidden", num(c.off_balance_known_bn)),
                ("owed", num(c.credit_obligations_bn)),
                ("build_out", num(c.credit_build_out_bn)),
                ("cap", num(c.market_cap_bn)),
                ("price", num(c.share_price)),
                ("rating", text(c.rating.label())),
                ("spread", num(c.spread_bp)),
                ("revenue", num(c.revenue_q_bn)),
            ],
        )?;
        if let Some(date) = c.default_date {
            self.line(
                "plain-company-insolvent",
                &[("company", company), ("date", text(date.to_string()))],
            )?;
        }
        Ok(())
    }

    fn politics_status(&mut self, view: &SeatView) -> io::Result<()> {
        let pol = &view.politics;
        self.line(
            "plain-politics",
            &[
                ("approval", num(pol.approval)),
                ("jobs", num(pol.jobs_k)),
                ("jobs_change", num(pol.jobs_k - pol.jobs_start_k)),
                ("cents", num(pol.national_residential_cents)),
                ("bills", num(pol.national_bill_growth)),
                ("arrears", num(pol.arrears)),
                ("won", num(pol.elections_won)),
                ("lost", num(pol.elections_lost)),
            ],
        )?;
        match (pol.next_election, pol.quarters_to_election) {
            (Some((date, kind)), Some(quarters)) => {
                let kind = match kind {
                    crate::engine::params::ElectionKind::Midterm => "plain-election-midterm",
                    crate::engine::params::ElectionKind::General => "plain-election-general",
                };
                let kind = self.t.get(kind);
                self.line(
                    "plain-next-election",
                    &[
                        ("kind", text(kind)),
                        ("date", text(date.to_string())),
                        ("quarters", num(quarters)),
                    ],
                )?;
            }
            _ => self.line("plain-no-election", &[])?,
        }
        if pol.divided {
            self.line("plain-congress-divided", &[])?;
        }
        let ride = self.t.get(if view.policy.ride_through_required {
            "plain-required"
        } else {
            "plain-not-required"
        });
        self.line(
            "plain-policy",
            &[
                ("chip", num(view.policy.chip_tariff)),
                ("equipment", num(view.policy.equipment_tariff)),
                ("share", num(view.policy.large_load_share)),
                ("ride", text(ride)),
            ],
        )
    }

    fn met(&self, met: bool) -> String {
        self.t.get(if met { "plain-met" } else { "plain-not-met" })
    }

    fn score_part(&mut self, part: &crate::engine::report::ScorePart) -> io::Result<()> {
        let name = self.t.score_part(part);
        if part.key == crate::engine::score::DEFAULTED {
            return self.line(
                "plain-score-defaulted",
                &[("name", text(name)), ("max", num(part.max_points))],
            );
        }
        let met = self.met(part.met);
        self.line(
            "plain-score-part",
            &[
                ("name", text(name)),
                ("value", text(self.t.part_value(part, part.value, 2))),
                ("target", text(self.t.part_target(part, 2))),
                ("points", text(self.t.part_points(part, 1))),
                ("max", num(part.max_points)),
                ("met", text(met)),
            ],
        )
    }

    /// The seat's own position, in the line its role has.
    fn own(&mut self, own: &Own) -> io::Result<()> {
        match own {
            Own::OpenAi { .. } => self.own_openai(own),
            Own::Oracle { .. } => self.own_oracle(own),
            Own::Utility { .. } => self.own_utility(own),
            Own::WhiteHouse { .. } => self.own_whitehouse(own),
        }
    }

    /// OpenAI's compute, chips, revenue, commitments and valuation.
    fn own_openai(&mut self, own: &Own) -> io::Result<()> {
        let Own::OpenAi {
            compute_gw,
            chips_on_order_gw,
            vendor_financed_gw,
            revenue_run_rate_bn,
            commitments_yr_bn,
            contracted_gw,
            valuation_bn,
            demand_to_compute,
            ..
        } = own
        else {
            return Ok(());
        };
        self.line(
            "plain-own-openai",
            &[
                ("compute", num(*compute_gw)),
                ("contracted", num(*contracted_gw)),
                ("chips", num(*chips_on_order_gw)),
                ("vendor", num(*vendor_financed_gw)),
                ("revenue", num(*revenue_run_rate_bn)),
                ("commitments", num(*commitments_yr_bn)),
                ("valuation", num(*valuation_bn)),
                ("demand", num(*demand_to_compute)),
            ],
        )
    }

    /// Oracle's capacity, its ride-through and the debt it keeps off its books.
    fn own_oracle(&mut self, own: &Own) -> io::Result<()> {
        let Own::Oracle {
            off_balance_bn,
            spv_pot_bn,
            ride_through_mw,
            online_gw,
            contracted_gw,
            building_mw,
            waiting_mw,
            onsite_mw,
            revolver_bn,
        } = own
        else {
            return Ok(());
        };
        self.line(
            "plain-own-oracle",
            &[
                ("online", num(*online_gw)),
                ("contracted", num(*contracted_gw)),
                ("building", num(*building_mw)),
                ("waiting", num(*waiting_mw)),
                ("onsite", num(*onsite_mw)),
                ("ride", num(*ride_through_mw)),
                ("hidden", num(*off_balance_bn)),
                ("pot", num(*spv_pot_bn)),
                ("revolver", num(*revolver_bn)),
            ],
        )
    }

    /// The utility's cash, debt, credit and rates.
    fn own_utility(&mut self, own: &Own) -> io::Result<()> {
        let Own::Utility {
            cash_bn,
            debt_bn,
            ffo_to_debt,
            spread_bp,
            base_rate_factor,
            cost_index,
        } = own
        else {
            return Ok(());
        };
        let [cash, cash_sign] = money("cash", "cash_sign", *cash_bn);
        self.line(
            "plain-own-utility",
            &[
                cash,
                cash_sign,
                ("debt", num(*debt_bn)),
                ("ffo", num(*ffo_to_debt)),
                ("spread", num(*spread_bp)),
                ("base", num(*base_rate_factor)),
                ("costs", num(*cost_index)),
            ],
        )
    }

    /// The White House's programmes, tariffs, deficit and debt.
    fn own_whitehouse(&mut self, own: &Own) -> io::Result<()> {
        let Own::WhiteHouse {
            budget_quarter_bn,
            budget_cost_bn,
            tariff_revenue_bn,
            loan_guarantees_bn,
            deficit_quarter_bn,
            debt_bn,
            yield_premium_bp,
        } = own
        else {
            return Ok(());
        };
        self.line(
            "plain-own-whitehouse",
            &[
                ("budget", num(*budget_quarter_bn)),
                ("total", num(*budget_cost_bn)),
                ("tariffs", num(*tariff_revenue_bn)),
                ("guarantees", num(*loan_guarantees_bn)),
                ("deficit", num(*deficit_quarter_bn)),
                ("debt", num(*debt_bn)),
                ("yields", num(*yield_premium_bp)),
            ],
        )
    }

    /// `books`: the seat books model, section by section; flows give this quarter and the
    /// running quarters, stocks their value at the close.
    fn books(&mut self, game: &Game, seat: Seat) -> io::Result<()> {
        let reports: Vec<&TurnReport> = game.turns.iter().map(|t| &t.report).collect();
        let model = crate::engine::seat_books::SeatBooks::new(&game.world, seat, &reports);
        let params = &game.world.params;
        let period = self.t.with(
            "plain-book-period",
            &[("quarters", num(model.running_quarters as u32))],
        );
        for section in &model.sections {
            let title = crate::books::section_title(&self.t, params, &model, section);
            self.line("plain-book-section", &[("title", text(title))])?;
            for e in &section.entries {
                let mut name = crate::books::label(&self.t, params, e);
                if e.kind == crate::engine::view::LineKind::Heading {
                    self.line("plain-books-heading", &[("name", text(name))])?;
                    continue;
                }
                if e.kind == crate::engine::view::LineKind::Detail {
                    name = format!("- {name}");
                }
                let value = crate::books::value(&self.t, e.quarter, e.unit);
                match crate::books::running(&self.t, e) {
                    Some(running) => self.line(
                        "plain-book-flow",
                        &[
                            ("name", text(name)),
                            ("quarter", text(value)),
                            ("running", text(running)),
                            ("period", text(period.clone())),
                        ],
                    )?,
                    None => self.line(
                        "plain-book-stock",
                        &[("name", text(name)), ("value", text(value))],
                    )?,
                }
            }
        }
        Ok(())
    }

    /// Last quarter's events and news: public items, and those private to `seat`. When this
    /// session has just printed that quarter's results, which carry its events and public news,
    /// only the private items are left to tell.
    fn news(&mut self, report: Option<&TurnReport>, seat: Seat) -> io::Result<()> {
        let Some(report) = report else {
            return Ok(());
        };
        let private: Vec<String> = report
            .news
            .iter()
            .filter(|n| n.private_to == Some(seat))
            .map(|n| self.t.msg(&n.msg))
            .collect();
        if self.results_shown == Some(report.date) {
            if !private.is_empty() {
                self.line("plain-news-private-heading", &[])?;
            }
        } else {
            self.line("plain-news-heading", &[])?;
            if !self.public_news(report)? && private.is_empty() {
                self.line("plain-news-none", &[])?;
            }
        }
        for s in private {
            self.line("plain-news-private", &[("text", text(s))])?;
        }
        Ok(())
    }

    /// A quarter's events and public news, one line each; whether there were any.
    fn public_news(&mut self, report: &TurnReport) -> io::Result<bool> {
        for e in &report.events {
            let headline = self.t.msg(&e.headline);
            let explanation = self.t.msg(&e.explanation);
            self.line(
                "plain-event",
                &[
                    ("headline", text(headline)),
                    ("explanation", text(explanation)),
                ],
            )?;
        }
        let mut any = !report.events.is_empty();
        for n in report.news.iter().filter(|n| n.private_to.is_none()) {
            let s = self.t.msg(&n.msg);
            self.line("plain-news-item", &[("text", text(s))])?;
            any = true;
        }
        Ok(any)
    }

    /// The reasons of the bots that give them (expert bots), seat by seat.
    /// Every bot move's one-line reason, said and kept for the save.
    fn bot_reasons(
        &mut self,
        controllers: &Controllers,
        humans: &[Seat],
        game: &Game,
        meta: &mut SaveMeta,
    ) -> io::Result<()> {
        let turn = game.turns.len().saturating_sub(1) as u32;
        for seat in Seat::ALL.into_iter().filter(|s| !humans.contains(s)) {
            if let Some(reason) = controllers.reason(seat) {
                let said = crate::report::reasons::line(&self.t, &game.world.params, seat, &reason);
                self.raw(&said)?;
                meta.reasons
                    .push(crate::save::ReasonEntry { turn, seat, reason });
            }
        }
        Ok(())
    }

    /// The quarter's outcome for everyone: events, public news, key numbers, scores.
    /// `reversion` is the share of its gap approval closes each quarter.
    fn results(
        &mut self,
        report: &TurnReport,
        humans: &[Seat],
        index_before: f64,
        reversion: f64,
        cents_before: &[f64],
    ) -> io::Result<()> {
        self.blank()?;
        self.results_shown = Some(report.date);
        self.line(
            "plain-results-heading",
            &[("date", text(report.date.to_string()))],
        )?;
        let bots: Vec<String> = Seat::ALL
            .iter()
            .filter(|s| !humans.contains(s))
            .map(|s| self.seat(*s))
            .collect();
        if !bots.is_empty() {
            let comma = self.t.get("plain-comma");
            self.line("plain-bots-played", &[("seats", text(bots.join(&comma)))])?;
        }
        self.public_news(report)?;
        for d in crate::engine::view::defaults_in(report) {
            let company = text(capitalized(
                self.t.get(&format!("company-{}", d.company.id())),
            ));
            self.line(
                "default-this-quarter",
                &[("company", company), ("lost", num(d.creditor_loss_bn))],
            )?;
        }
        self.region_results(report, cents_before)?;
        let change = if index_before > 0.0 {
            (report.market.index / index_before - 1.0) * 100.0
        } else {
            0.0
        };
        self.line(
            "plain-results-market",
            &[
                ("index", num(report.market.index)),
                ("change", num(change)),
                ("ai", num(report.market.ai_revenue_bn_yr)),
                ("approval", num(report.politics.approval)),
            ],
        )?;
        if let Some(pull) = &report.politics.approval_pull {
            self.approval_pull(pull, reversion)?;
        }
        self.score_results(report)?;
        self.out.flush()
    }

    /// Where approval heads and its parts; `reversion` is the share of the gap closed a quarter.
    fn approval_pull(
        &mut self,
        pull: &crate::engine::report::ApprovalPull,
        reversion: f64,
    ) -> io::Result<()> {
        self.line(
            "plain-results-approval-pull",
            &[
                ("target", num(pull.target())),
                ("share", num(reversion)),
                ("anchor", num(pull.anchor)),
                ("bills", num(pull.bills)),
                ("prices", num(pull.prices)),
                ("wealth", num(pull.wealth)),
                ("jobs", num(pull.jobs)),
                ("relief", num(pull.relief)),
                ("deficit", num(pull.deficit)),
            ],
        )
    }

    /// Each region's bills, margins, prices, demand response and blackouts this quarter.
    fn region_results(&mut self, report: &TurnReport, cents_before: &[f64]) -> io::Result<()> {
        for (i, r) in report.regions.iter().enumerate() {
            let blackouts = r
                .faults
                .iter()
                .filter(|f| f.outcome != crate::engine::report::FaultOutcome::Absorbed)
                .count() as u32;
            let before = cents_before.get(i).copied().unwrap_or(r.residential_cents);
            self.line(
                "plain-results-region",
                &[
                    ("region", text(self.region(&r.id))),
                    ("cents", num(r.residential_cents)),
                    ("change", num(r.residential_cents - before)),
                    ("margin", num(r.reserve_margin)),
                    ("energy", num(r.energy_price)),
                    ("zone", num(r.zone_price)),
                    ("gas", num(r.gas_price)),
                    ("dr_gwh", num(r.dr_curtailed_mwh / 1000.0)),
                    ("dr_paid", num(r.dr_payment_bn * 1000.0)),
                    ("blackouts", num(blackouts)),
                ],
            )?;
        }
        Ok(())
    }

    /// Every seat's score and its change, then public welfare's.
    fn score_results(&mut self, report: &TurnReport) -> io::Result<()> {
        self.line("plain-results-scores", &[])?;
        for s in &report.scores.seats {
            let met = self.met(s.objective_met);
            self.line(
                "plain-results-seat",
                &[
                    ("seat", text(self.seat(s.seat))),
                    ("score", num(s.score)),
                    ("change", num(s.change)),
                    ("met", text(met)),
                ],
            )?;
        }
        let w = &report.scores.public_welfare;
        self.line(
            "plain-results-welfare",
            &[("score", num(w.score)), ("change", num(w.change))],
        )
    }

    /// Saves the game as it stands after a quarter; a failure is said and the game goes on.
    fn autosave(&mut self, autosave: &mut Autosave, game: &Game) -> io::Result<()> {
        let Some(store) = autosave.saves.as_ref().and_then(StoreSaves::store) else {
            return Ok(());
        };
        match store.autosave(game, &autosave.meta) {
            Ok(_) if autosave.told => Ok(()),
            Ok(path) => {
                autosave.told = true;
                let path = text(path.display().to_string());
                self.line("plain-autosaved", &[("path", path)])
            }
            Err(e) => self.line("plain-autosave-failed", &[("problem", text(e.to_string()))]),
        }
    }

    fn game_over(&mut self, game: &Game, again: &str) -> io::Result<()> {
        self.blank()?;
        let date = game
            .last_report()
            .map_or(game.world.date, |r| r.date)
            .to_string();
        self.line("plain-game-over", &[("date", text(date))])?;
        if let Some(report) = game.last_report().cloned() {
            for s in &report.scores.seats {
                let met = self.met(s.objective_met);
                self.line(
                    "plain-final-seat",
                    &[
                        ("seat", text(self.seat(s.seat))),
                        ("score", num(s.score)),
                        ("met", text(met)),
                    ],
                )?;
                for part in &s.parts {
                    self.score_part(part)?;
                }
            }
            let w = &report.scores.public_welfare;
            self.line("plain-final-welfare", &[("score", num(w.score))])?;
            for part in &w.parts {
                self.score_part(part)?;
            }
        }
        self.line(
            "plain-seed",
            &[
                ("seed", text(game.seed.to_string())),
                ("command", text(again)),
            ],
        )?;
        self.out.flush()
    }
}

/// Whether a field is a rule, a one-off or a one-off marked to repeat, as a message key.
fn carry_key(draft: &SeatOrders, spec: &FieldSpec) -> &'static str {
    match spec.carry {
        orders::Carry::Rule => "plain-carry-rule",
        orders::Carry::OneOff if draft.repeats(spec.key) => "plain-carry-repeat",
        orders::Carry::OneOff => "plain-carry-once",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shown_as_typed_and_as_read() {
        assert_eq!(typed(1000.0), "1000");
        assert_eq!(typed(0.25), "0.25");
        assert_eq!(typed(-0.0), "0");
        assert_eq!(readable(1000.0), "1,000");
        assert_eq!(readable(0.8), "0.8");
        assert_eq!(readable(0.05), "0.05");
        assert_eq!(readable(12.5), "12.5");
    }

    #[test]
    fn amounts_carry_their_units() {
        let d = Dialogue {
            input: io::empty(),
            out: Vec::new(),
            t: Texts::new(Lang::En),
            echo: false,
            results_shown: None,
        };
        assert_eq!(d.amount("$B", 5.0), "$5B");
        assert_eq!(d.amount("MW", 5000.0), "5,000 MW");
        assert_eq!(d.amount("share", 0.8), "0.8 (80%)");
        assert_eq!(d.amount("$/month", 20.0), "$20/month");
        assert_eq!(d.amount("years", 5.0), "5 years");
        let spec = orders::field(Seat::Oracle, "build_mw").unwrap();
        assert_eq!(
            d.range(spec),
            "from 0 MW to 5,000 MW in each region, each quarter"
        );
    }
}
