//! Why a figure changed: the quarter is resolved again with each subset of its five causes (the
//! four seats' new orders and the quarter's events) reverted, and each cause gets its Shapley
//! value. What is left when every cause is reverted is drift (the world's own momentum), so
//! drift plus the five parts is exactly the change.

use super::finance::assets_bn;
use super::finance::credit::{Structural, market_spread_bp, merton, next_notch, spread_floor_bp};
use super::ids::{CompanyId, Date, Seat};
use super::orders::Orders;
use super::report::{RegionReport, ReserveFactors, ScoreReport, TurnReport};
use super::resolve::{Events, resolve_with};
use super::rng::Rngs;
use super::score;
use super::state::{ValuationInputs, World};
use serde::{Deserialize, Serialize};

/// The five causes, in the order of [`Figure::parts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    #[serde(rename = "openai")]
    OpenAi,
    Oracle,
    Utility,
    #[serde(rename = "whitehouse")]
    WhiteHouse,
    Events,
}

/// Not a model parameter: the causes a change is shared among, four seats and the events.
pub const CAUSES: usize = 5;
/// Not a model parameter: the counterfactual quarters, one for every subset of the causes.
const COALITIONS: usize = 1 << CAUSES;
/// Not a model parameter: the events' bit in a subset, their place in `Cause::ALL`.
const EVENTS_BIT: usize = 1 << 4;

impl Cause {
    /// Not a model parameter: every cause, in the order of their bits.
    pub const ALL: [Cause; CAUSES] = [
        Cause::OpenAi,
        Cause::Oracle,
        Cause::Utility,
        Cause::WhiteHouse,
        Cause::Events,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Cause::Events => "events",
            seat => Seat::ALL[seat as usize].id(),
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Cause::Events => "the quarter's events",
            seat => Seat::ALL[seat as usize].title(),
        }
    }
}

/// What a figure measures; each kind has one sentence on how the model moves it, in the
/// translations (`figure-mechanism-<kind>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Score,
    ScorePart,
    Welfare,
    SharePrice,
    MarketCap,
    Spread,
    Rating,
    Bill,
    EnergyPrice,
    ReserveMargin,
    Blackouts,
    Approval,
    Jobs,
    Index,
    Coverage,
    BubbleGauge,
    Circular,
}

/// One headline figure's value in one world.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureValue {
    /// Stable id, e.g. `score.oracle`, `bill.texas`, `share.oracle`.
    pub key: String,
    pub label: String,
    pub unit: &'static str,
    pub kind: FigureKind,
    pub value: f64,
    /// The quantities a figure is a formula of, where drift can be split by mechanism.
    pub factors: Option<Factors>,
}

/// Recorded quantities a figure is computed from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Factors {
    /// A reserve margin's plants, other firm capacity, household peak and data-center draw.
    Reserve([f64; 4]),
    /// A household bill's usage (kWh a month) and its energy, capacity, delivery and grid
    /// upgrade parts (cents per kWh).
    Bill([f64; 5]),
    /// A share price's valuation inputs that move (expected earnings, the multiple, cash, the
    /// events' shock, debt, the risk-free rate, shares outstanding), then those that do not
    /// (the start's scale, asset volatility, recovery).
    Share([f64; 7], [f64; 3]),
    /// A credit spread's inputs that move (the share price's first six, then the events'
    /// spread shock), then those that do not (the start's scale, asset volatility, recovery,
    /// the start's basis and the spread's floor).
    Spread([f64; 7], [f64; 5]),
    /// A rating's spread inputs (as `Spread`), then the rating itself, the start's rating and
    /// the start's spread (notches below AAA, bp).
    Rating([f64; 7], [f64; 5], [f64; 3]),
    /// Approval's move this quarter, points, by the term of its step: the gap it closes to
    /// its resting level, then each pull on its target (bills, prices, stock wealth, jobs,
    /// relief, the deficit), then what is not a pull (outages, statements, events, chance).
    Approval([f64; 8]),
    /// Manufacturing jobs (thousand), then the terms of the level they close a share of the gap
    /// to each quarter: the level with no tariffs or grants, jobs tariffs protect, jobs dearer
    /// inputs cost downstream, jobs retaliation costs exporters, jobs grants built; then that
    /// share.
    Jobs([f64; 7]),
}

/// Not a model parameter: the message keys of a reserve margin's drift mechanisms, in the
/// order of [`ReserveFactors::parts`].
const RESERVE_MECHANISMS: [&str; 4] = [
    "drift-plants",
    "drift-other-firm",
    "drift-household-load",
    "drift-dc-load",
];

/// Not a model parameter: the message keys of a household bill's drift mechanisms, in the
/// order of [`Factors::Bill`].
const BILL_MECHANISMS: [&str; 5] = [
    "drift-usage",
    "drift-energy-price",
    "drift-capacity-price",
    "drift-delivery",
    "drift-upgrades",
];

/// Not a model parameter: the message keys of the valuation inputs that move, in the order of
/// `moving_inputs`: a share price's and a spread's drift mechanisms but the last.
const VALUATION_MECHANISMS: [&str; 6] = [
    "drift-earnings",
    "drift-multiple",
    "drift-cash",
    "drift-shock-fades",
    "drift-debt",
    "drift-rates",
];

/// The valuation inputs' mechanisms and `last`, the figure's own.
const fn valuation_mechanisms(last: &'static str) -> [&'static str; 7] {
    let [a, b, c, d, e, f] = VALUATION_MECHANISMS;
    [a, b, c, d, e, f, last]
}

/// Not a model parameter: the message keys of a share price's drift mechanisms, in the order
/// of [`Factors::Share`].
const SHARE_MECHANISMS: [&str; 7] = valuation_mechanisms("drift-shares");

/// Not a model parameter: the message keys of a credit spread's drift mechanisms, in the order
/// of `Factors::Spread`.
const SPREAD_MECHANISMS: [&str; 7] = valuation_mechanisms("drift-spread-shock-fades");

/// Not a model parameter: the message keys of approval's drift mechanisms, in the order of
/// [`Factors::Approval`].
const APPROVAL_MECHANISMS: [&str; 8] = [
    "drift-approval-anchor",
    "drift-approval-bills",
    "drift-approval-prices",
    "drift-approval-wealth",
    "drift-approval-jobs",
    "drift-approval-relief",
    "drift-approval-deficit",
    "drift-approval-other",
];

/// Not a model parameter: the message keys of the jobs' drift mechanisms, in the order of the
/// terms of [`Factors::Jobs`].
const JOBS_MECHANISMS: [&str; 5] = [
    "drift-jobs-base",
    "drift-jobs-protected",
    "drift-jobs-downstream",
    "drift-jobs-exports",
    "drift-jobs-grants",
];

/// Not a model parameter: the message key of a rating's move that no input's move causes,
/// agencies closing a gap the spread opened in earlier quarters.
const RATING_CATCH_UP: &str = "drift-rating-catches-up";

/// One mechanism's share of a figure's drift.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DriftPart {
    /// Message key naming the mechanism, e.g. `drift-dc-load`.
    pub mechanism: String,
    pub part: f64,
}

/// A headline figure's change over a quarter and its causes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub kind: FigureKind,
    pub before: f64,
    pub after: f64,
    /// Each cause's Shapley value, in the order of [`Cause::ALL`].
    pub parts: [f64; CAUSES],
    /// The change with every cause reverted.
    pub drift: f64,
    /// Drift split by mechanism, for figures that are a formula of recorded quantities (empty
    /// for the others, and when the quarter before recorded none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drift_parts: Vec<DriftPart>,
}

impl Figure {
    pub fn change(&self) -> f64 {
        self.after - self.before
    }

    /// The mechanisms that moved the drift: a mechanism whose inputs did not move at all (no
    /// change of interest rates this quarter) has nothing to say.
    pub fn drift_mechanisms(&self) -> impl Iterator<Item = &DriftPart> {
        self.drift_parts.iter().filter(|p| p.part != 0.0)
    }

    /// The causes with a part, largest first (drift not included).
    pub fn causes_by_size(&self) -> Vec<(Cause, f64)> {
        let mut causes: Vec<(Cause, f64)> = Cause::ALL
            .iter()
            .zip(self.parts)
            .map(|(c, v)| (*c, v))
            .collect();
        causes.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        causes
    }
}

/// Every headline figure's change over one quarter, split among its causes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The quarter's index (the world's turn at its start) and date.
    pub turn: u32,
    pub date: Date,
    pub figures: Vec<Figure>,
}

impl Attribution {
    pub fn figure(&self, key: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.key == key)
    }
}

/// The orders a seat is taken to have given had it decided nothing new this quarter: what
/// carries forward from last quarter (its rules and the one-offs it marked to repeat), the
/// same draft the order form starts from. The one place that says what "reverted" means.
pub fn baseline_orders(world: &World) -> Orders {
    world.last_orders.carried_forward()
}

/// Splits the changes of the quarter that starts at `start` and is played with `orders` among
/// the causes. `previous` is the report of the quarter before (None for the first quarter: the
/// scores are then read from `start` itself).
pub fn attribute(
    start: &World,
    previous: Option<&TurnReport>,
    orders: &Orders,
    rngs: &Rngs,
) -> Attribution {
    let outcomes = Coalitions::resolve(start, orders, rngs);
    let actual = outcomes.get(COALITIONS - 1);
    let before = match previous {
        Some(report) => figures(start, report),
        None => figures(start, &opening_report(start)),
    };
    let figures = actual
        .iter()
        .enumerate()
        .map(|(i, fig)| {
            let v: Vec<f64> = (0..COALITIONS)
                .map(|mask| value_of(outcomes.get(mask), i, &fig.key))
                .collect();
            let drift_parts = if fig.kind == FigureKind::Score {
                score_drift_parts(&fig.key, &before, outcomes.get(0))
            } else {
                split_drift(
                    factors_of(&before, i, &fig.key),
                    factors_of(outcomes.get(0), i, &fig.key),
                    &start.params.market.rating_spreads_bp,
                )
            };
            let before = value_of(&before, i, &fig.key);
            Figure {
                key: fig.key.clone(),
                label: fig.label.clone(),
                unit: fig.unit.to_string(),
                kind: fig.kind,
                before,
                after: fig.value,
                parts: shapley::<CAUSES>(&v),
                drift: v[0] - before,
                drift_parts,
            }
        })
        .collect();
    Attribution {
        turn: start.turn,
        date: start.date,
        figures,
    }
}

/// The headline figures of every coalition, by its bit mask (bit i set: cause i's actual
/// decision applies). A seat whose orders did not change shares its coalitions' resolves.
struct Coalitions {
    /// Resolved figures of the coalitions of live causes only.
    resolved: Vec<Vec<FigureValue>>,
    /// Bits of the causes that changed anything (the events always count).
    live: usize,
}

impl Coalitions {
    fn resolve(start: &World, orders: &Orders, rngs: &Rngs) -> Coalitions {
        let baseline = baseline_orders(start);
        let mut live = EVENTS_BIT;
        for (i, seat) in Seat::ALL.iter().enumerate() {
            if orders.seat(*seat) != baseline.seat(*seat) {
                live |= 1 << i;
            }
        }
        let resolved = (0..COALITIONS)
            .map(|mask| {
                if mask & !live != 0 {
                    // Stands for `mask & live`, resolved once.
                    return Vec::new();
                }
                let mixed = coalition_orders(&baseline, orders, mask);
                let events = if mask & EVENTS_BIT != 0 {
                    Events::Drawn
                } else {
                    Events::Off
                };
                let (world, report) = resolve_with(start, &mixed, &mut rngs.clone(), events);
                figures(&world, &report)
            })
            .collect();
        Coalitions { resolved, live }
    }

    fn get(&self, mask: usize) -> &[FigureValue] {
        &self.resolved[mask & self.live]
    }
}

/// Baseline orders with the seats in `mask` taking their actual orders; the facilitator's
/// injects and vetoes ride with the events.
fn coalition_orders(baseline: &Orders, actual: &Orders, mask: usize) -> Orders {
    let mut mixed = baseline.clone();
    for (i, seat) in Seat::ALL.iter().enumerate() {
        if mask & (1 << i) != 0 {
            mixed.set_seat(actual.seat(*seat));
        }
    }
    mixed.injects = actual.injects.clone();
    mixed.vetoes = actual.vetoes.clone();
    mixed
}

/// A figure's value by key, trying the same position first; a figure a world lacks (a score
/// part of a company that did not default there) counts as zero.
fn value_of(values: &[FigureValue], index: usize, key: &str) -> f64 {
    match values.get(index) {
        Some(v) if v.key == key => v.value,
        _ => values
            .iter()
            .find(|v| v.key == key)
            .map_or(0.0, |v| v.value),
    }
}

/// A figure's factors by key, as [`value_of`] finds its value.
fn factors_of(values: &[FigureValue], index: usize, key: &str) -> Option<Factors> {
    match values.get(index) {
        Some(v) if v.key == key => v.factors,
        _ => values.iter().find(|v| v.key == key).and_then(|v| v.factors),
    }
}

/// Drift split among the mechanisms of a figure's formula: the Shapley value of each factor's
/// move from `before` to where the world drifted with every cause reverted, so the parts add
/// up to the drift.
fn split_drift(
    before: Option<Factors>,
    drifted: Option<Factors>,
    rating_table: &[f64],
) -> Vec<DriftPart> {
    match (before, drifted) {
        (Some(Factors::Reserve(b)), Some(Factors::Reserve(a))) => {
            shapley_split(&b, &a, &RESERVE_MECHANISMS, |x| {
                ReserveFactors::margin(x) * 100.0
            })
        }
        (Some(Factors::Bill(b)), Some(Factors::Bill(a))) => {
            shapley_split(&b, &a, &BILL_MECHANISMS, bill_less_fixed)
        }
        (Some(Factors::Share(b, fixed)), Some(Factors::Share(a, _))) => {
            shapley_split(&b, &a, &SHARE_MECHANISMS, |x| share_price(x, fixed))
        }
        (Some(Factors::Spread(b, fixed)), Some(Factors::Spread(a, _))) => {
            shapley_split(&b, &a, &SPREAD_MECHANISMS, |x| spread_bp(x, fixed))
        }
        (Some(Factors::Rating(b, _, [before, ..])), Some(Factors::Rating(a, fixed, rating))) => {
            let [drifted_notch, anchor_notch, anchor_spread_bp] = rating;
            let rating = [before, anchor_notch, anchor_spread_bp];
            split_rating_drift(&b, &a, fixed, rating, rating_table, drifted_notch)
        }
        (Some(Factors::Jobs(b)), Some(Factors::Jobs(a))) => jobs_drift(b[0], a),
        // Approval's step is a sum, so the drifted quarter's own terms are its parts.
        (_, Some(Factors::Approval(terms))) => APPROVAL_MECHANISMS
            .iter()
            .zip(terms)
            .map(|(mechanism, part)| DriftPart {
                mechanism: mechanism.to_string(),
                part,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A rating's drift: agencies rate from the spread, a notch or two a quarter from where the
/// rating stood, so the spread's inputs split the move as they split the spread, and what moves
/// with no input moving is agencies catching up with an earlier quarter's spread. `rating` is
/// the rating before, the start's rating and the start's spread. No split where the inputs do
/// not give the drifted rating (a restructured company is rated D).
fn split_rating_drift(
    before: &[f64; 7],
    drifted: &[f64; 7],
    fixed: [f64; 5],
    [now, anchor_notch, anchor_spread_bp]: [f64; 3],
    table: &[f64],
    drifted_notch: f64,
) -> Vec<DriftPart> {
    let basis = fixed[3];
    let notch = |x: [f64; 7]| {
        next_notch(
            table,
            (anchor_notch as usize, anchor_spread_bp),
            basis,
            now as usize,
            spread_bp(x, fixed),
        ) as f64
    };
    if notch(*drifted) != drifted_notch {
        return Vec::new();
    }
    let mut parts = shapley_split(before, drifted, &SPREAD_MECHANISMS, notch);
    if parts.is_empty() {
        return parts;
    }
    parts.push(DriftPart {
        mechanism: RATING_CATCH_UP.to_string(),
        part: notch(*before) - now,
    });
    parts
}

/// A seat's score is the sum of its parts' points, so its drift is each part's own drift (a
/// part only one side has, such as the line a default adds, counts as nought on the other).
/// Each part is named by its message key, `score-` and the part.
fn score_drift_parts(key: &str, before: &[FigureValue], drifted: &[FigureValue]) -> Vec<DriftPart> {
    let prefix = format!("{key}.");
    let parts = |values: &[FigureValue]| -> Vec<(String, f64)> {
        values
            .iter()
            .filter(|f| f.kind == FigureKind::ScorePart)
            .filter_map(|f| Some((f.key.strip_prefix(&prefix)?.to_string(), f.value)))
            .collect()
    };
    let (before, drifted) = (parts(before), parts(drifted));
    let points = |parts: &[(String, f64)], name: &str| {
        parts.iter().find(|(n, _)| n == name).map_or(0.0, |p| p.1)
    };
    let mut names: Vec<&String> = drifted.iter().map(|(n, _)| n).collect();
    names.extend(
        before
            .iter()
            .map(|(n, _)| n)
            .filter(|n| !drifted.iter().any(|(d, _)| d == *n)),
    );
    names
        .into_iter()
        .map(|name| DriftPart {
            mechanism: format!("score-{name}"),
            part: points(&drifted, name) - points(&before, name),
        })
        .collect()
}

/// A household's monthly bill before its fixed charge (which does not move within a game):
/// usage, kWh a month, times the four per-kWh parts, cents.
fn bill_less_fixed(x: [f64; 5]) -> f64 {
    x[0] * (x[1] + x[2] + x[3] + x[4]) / 100.0
}

/// A share price from its valuation inputs, as the market values it: the equity of a
/// structural model on the company's assets, per share.
fn share_price(moving: [f64; 7], fixed: [f64; 3]) -> f64 {
    let [.., shares] = moving;
    let [scale, asset_vol, recovery] = fixed;
    let equity = structural(moving, scale, asset_vol, recovery)
        .equity_bn
        .max(1e-3);
    if shares > 0.0 { equity / shares } else { 0.0 }
}

/// A credit spread from its inputs, as the market quotes it: the structural model's spread on
/// the company's assets and debt, the start's basis and the events' shock, bp.
fn spread_bp(moving: [f64; 7], fixed: [f64; 5]) -> f64 {
    let [.., spread_shock] = moving;
    let [scale, asset_vol, recovery, basis, floor] = fixed;
    let structural = structural(moving, scale, asset_vol, recovery).spread_bp;
    market_spread_bp(structural, basis, spread_shock, floor)
}

/// The structural model on the assets the first six valuation inputs give.
fn structural(moving: [f64; 7], scale: f64, asset_vol: f64, recovery: f64) -> Structural {
    let [earnings, multiple, cash, shock, debt, rate, _] = moving;
    let assets = assets_bn(earnings * multiple, scale, cash, shock);
    merton(assets, debt, asset_vol, rate, recovery)
}

/// Each factor's Shapley value in `f`'s move from `before` to `after`, the factors being the
/// players. Nothing recorded before (an old save, the first quarter) gives no split.
fn shapley_split<const N: usize>(
    before: &[f64; N],
    after: &[f64; N],
    mechanisms: &[&str; N],
    f: impl Fn([f64; N]) -> f64,
) -> Vec<DriftPart> {
    if before.iter().all(|x| *x == 0.0) {
        return Vec::new();
    }
    let values: Vec<f64> = (0..1usize << N)
        .map(|mask| {
            f(std::array::from_fn(|k| {
                if mask & (1 << k) != 0 {
                    after[k]
                } else {
                    before[k]
                }
            }))
        })
        .collect();
    mechanisms
        .iter()
        .zip(shapley::<N>(&values))
        .map(|(mechanism, part)| DriftPart {
            mechanism: mechanism.to_string(),
            part,
        })
        .collect()
}

/// Exact Shapley values of an `N`-player game given its value on every coalition (`v[mask]`,
/// bit i set: player i takes part).
fn shapley<const N: usize>(v: &[f64]) -> [f64; N] {
    let factorial = |k: usize| (1..=k).product::<usize>() as f64;
    // |S|! (N - |S| - 1)! / N! for |S| = 0..N.
    let weights: [f64; N] =
        std::array::from_fn(|size| factorial(size) * factorial(N - size - 1) / factorial(N));
    let mut parts = [0.0; N];
    for (i, part) in parts.iter_mut().enumerate() {
        let bit = 1 << i;
        for mask in (0..1usize << N).filter(|m| m & bit == 0) {
            let size = mask.count_ones() as usize;
            *part += weights[size] * (v[mask | bit] - v[mask]);
        }
    }
    parts
}

/// A report holding only the scores of a world that no quarter has been resolved into yet.
pub fn opening_report(world: &World) -> TurnReport {
    TurnReport {
        scores: ScoreReport {
            seats: Seat::ALL
                .iter()
                .map(|s| score::seat_score(world, *s))
                .collect(),
            public_welfare: score::welfare(world),
        },
        ..Default::default()
    }
}

/// Every headline figure of a world and the report of the quarter that produced it.
pub fn figures(world: &World, report: &TurnReport) -> Vec<FigureValue> {
    let mut out = Vec::with_capacity(96);
    score_figures(report, &mut out);
    company_figures(world, &mut out);
    region_figures(world, report, &mut out);
    let politics = &world.politics;
    let blackouts: u32 = world.regions.iter().map(|r| r.grid.blackouts).sum();
    let national = [
        (
            "blackouts",
            "Blackouts this quarter",
            "",
            FigureKind::Blackouts,
            f64::from(blackouts),
        ),
        (
            "approval",
            "White House approval",
            "%",
            FigureKind::Approval,
            politics.approval * 100.0,
        ),
        (
            "jobs",
            "Manufacturing jobs",
            "thousand",
            FigureKind::Jobs,
            politics.jobs_k,
        ),
        (
            "index",
            "AI-heavy index",
            "points",
            FigureKind::Index,
            world.market.index,
        ),
        (
            "coverage",
            "Coverage",
            "%",
            FigureKind::Coverage,
            world.market.coverage * 100.0,
        ),
        (
            "bubble",
            "Bubble gauge",
            "×",
            FigureKind::BubbleGauge,
            world.market.bubble_gauge,
        ),
        (
            "circular",
            "Circular revenue",
            "%",
            FigureKind::Circular,
            world.market.circular_share * 100.0,
        ),
    ];
    for (key, label, unit, kind, value) in national {
        push(
            &mut out,
            key.to_string(),
            label.to_string(),
            unit,
            kind,
            value,
        );
    }
    politics_factors(world, report, &mut out);
    out
}

/// The recorded terms of approval's and the jobs' quarterly steps, for their drift's split.
fn politics_factors(world: &World, report: &TurnReport, out: &mut [FigureValue]) {
    if let Some(approval) = out.iter_mut().find(|f| f.key == "approval") {
        approval.factors = approval_factors(world, report);
    }
    if let Some(jobs) = out.iter_mut().find(|f| f.key == "jobs") {
        let p = &world.params.politics;
        let t = &world.politics.tariff_jobs;
        jobs.factors = Some(Factors::Jobs([
            world.politics.jobs_k,
            p.jobs_start_k,
            t.protected_k,
            t.downstream_k,
            t.exports_k,
            world.politics.grant_jobs_k,
            p.jobs_adjustment,
        ]));
    }
}

/// Jobs close a share of their gap to a level each quarter, so the drift from `before` is that
/// share of each term of the drifted quarter's level, the level with no policy counted from
/// where jobs stood.
fn jobs_drift(before: f64, drifted: [f64; 7]) -> Vec<DriftPart> {
    let [_, base, protected, downstream, exports, grants, share] = drifted;
    let terms = [base - before, protected, -downstream, -exports, grants];
    JOBS_MECHANISMS
        .iter()
        .zip(terms)
        .map(|(mechanism, term)| DriftPart {
            mechanism: mechanism.to_string(),
            part: share * term,
        })
        .collect()
}

/// The quarter's approval step by term: each region closes `reversion` of the gap to its
/// target, so the national move is `reversion` times each pull and times the gap from where
/// approval stood to its resting level; the rest is outages, statements, events and noise.
fn approval_factors(world: &World, report: &TurnReport) -> Option<Factors> {
    let pull = report.politics.approval_pull.as_ref()?;
    let history = &world.politics.approval_history;
    let before = history.len().checked_sub(2).and_then(|i| history.get(i))? * 100.0;
    let moved = world.politics.approval * 100.0 - before;
    let reversion = world.params.politics.reversion;
    let mut terms = [
        pull.anchor - before,
        pull.bills,
        pull.prices,
        pull.wealth,
        pull.jobs,
        pull.relief,
        pull.deficit,
        0.0,
    ]
    .map(|points| reversion * points);
    terms[7] = moved - terms.iter().sum::<f64>();
    Some(Factors::Approval(terms))
}

fn push(
    out: &mut Vec<FigureValue>,
    key: String,
    label: String,
    unit: &'static str,
    kind: FigureKind,
    value: f64,
) {
    out.push(FigureValue {
        key,
        label,
        unit,
        kind,
        value,
        factors: None,
    });
}

fn score_figures(report: &TurnReport, out: &mut Vec<FigureValue>) {
    for s in &report.scores.seats {
        let (id, title) = (s.seat.id(), s.seat.title());
        let key = format!("score.{id}");
        push(
            out,
            key,
            format!("{title} score"),
            "points",
            FigureKind::Score,
            s.score,
        );
        for p in &s.parts {
            let part = p.key.trim_start_matches("score-");
            let key = format!("score.{id}.{part}");
            let label = format!("{title} score: {}", part.replace('-', " "));
            push(out, key, label, "points", FigureKind::ScorePart, p.points);
        }
    }
    let welfare = &report.scores.public_welfare;
    let label = "Public welfare".to_string();
    push(
        out,
        "score.welfare".into(),
        label,
        "points",
        FigureKind::Welfare,
        welfare.score,
    );
}

fn company_figures(world: &World, out: &mut Vec<FigureValue>) {
    for id in CompanyId::ALL {
        let c = world.company(id);
        let (key, title) = (id.id(), id.title());
        let rows = [
            (
                "share",
                "share price",
                "$",
                FigureKind::SharePrice,
                c.share_price(),
            ),
            (
                "cap",
                "market value",
                "$B",
                FigureKind::MarketCap,
                c.market_cap_bn,
            ),
            (
                "spread",
                "credit spread",
                "bp",
                FigureKind::Spread,
                c.spread_bp,
            ),
            (
                "rating",
                "rating, notches below AAA",
                "notches",
                FigureKind::Rating,
                c.rating.notch() as f64,
            ),
        ];
        for (what, label, unit, kind, value) in rows {
            push(
                out,
                format!("{what}.{key}"),
                format!("{title} {label}"),
                unit,
                kind,
                value,
            );
        }
        let this_company = out.len() - rows.len()..;
        // The rating is rated from the spread's inputs: work them out once.
        let spread = spread_factors(world, id, c.spread_bp);
        for figure in &mut out[this_company] {
            figure.factors = match figure.kind {
                FigureKind::SharePrice => share_factors(world, id, figure.value),
                FigureKind::Spread => spread,
                FigureKind::Rating => rating_factors(world, id, spread),
                _ => None,
            };
        }
    }
    let spread = world.utility.spread_bp;
    let label = "Utility credit spread".to_string();
    push(
        out,
        "spread.utility".into(),
        label,
        "bp",
        FigureKind::Spread,
        spread,
    );
}

/// A share price's valuation inputs, when they give the price the market set (not for a saved
/// world that predates them, or a company whose equity restructuring wiped out).
fn share_factors(world: &World, id: CompanyId, price: f64) -> Option<Factors> {
    let c = world.company(id);
    let moving = moving_inputs(&c.valuation, c.shares_bn);
    let fixed = [c.valuation_scale, c.asset_vol, world.params.market.recovery];
    reproduces(&c.valuation, share_price(moving, fixed), price)
        .then_some(Factors::Share(moving, fixed))
}

/// The valuation inputs that move from quarter to quarter, then `last`, the figure's own.
fn moving_inputs(v: &ValuationInputs, last: f64) -> [f64; 7] {
    [
        v.earnings_bn,
        v.multiple,
        v.cash_bn,
        v.shock,
        v.debt_bn,
        v.risk_free,
        last,
    ]
}

/// Whether the recorded inputs give the figure the market set, to within a billionth.
fn reproduces(v: &ValuationInputs, from_inputs: f64, figure: f64) -> bool {
    v.multiple > 0.0 && (from_inputs - figure).abs() <= 1e-9 * (1.0 + figure.abs())
}

/// A credit spread's inputs, when they give the spread the market quoted (not for a saved world
/// that predates them).
fn spread_factors(world: &World, id: CompanyId, spread: f64) -> Option<Factors> {
    let c = world.company(id);
    let moving = moving_inputs(&c.valuation, c.valuation.spread_shock_bp);
    let fixed = [
        c.valuation_scale,
        c.asset_vol,
        world.params.market.recovery,
        c.spread_basis_bp,
        spread_floor_bp(world, id),
    ];
    reproduces(&c.valuation, spread_bp(moving, fixed), spread)
        .then_some(Factors::Spread(moving, fixed))
}

/// A rating's inputs: its spread's (`spread`, as `spread_factors` gave them), the rating and the
/// start's (none for a company in default, which stays rated D, or where the spread's inputs
/// are not recorded).
fn rating_factors(world: &World, id: CompanyId, spread: Option<Factors>) -> Option<Factors> {
    let c = world.company(id);
    if c.insolvent {
        return None;
    }
    let Some(Factors::Spread(moving, fixed)) = spread else {
        return None;
    };
    let rating = [
        c.rating.notch() as f64,
        c.anchor_rating.notch() as f64,
        c.anchor_spread_bp,
    ];
    Some(Factors::Rating(moving, fixed, rating))
}

fn region_figures(world: &World, report: &TurnReport, out: &mut Vec<FigureValue>) {
    for (i, (r, p)) in world.regions.iter().zip(&world.params.regions).enumerate() {
        let rows = [
            (
                "bill",
                "household bill",
                "$/month",
                FigureKind::Bill,
                r.retail.bill_month,
            ),
            (
                "price",
                "energy price",
                "$/MWh",
                FigureKind::EnergyPrice,
                r.grid.energy_price,
            ),
            (
                "reserve",
                "reserve margin",
                "%",
                FigureKind::ReserveMargin,
                r.grid.reserve_margin * 100.0,
            ),
        ];
        for (what, label, unit, kind, value) in rows {
            let key = format!("{what}.{}", p.id);
            push(out, key, format!("{} {label}", p.name), unit, kind, value);
            // The quarter's report holds what the reserve margin was made of (none before
            // the first quarter).
            if let (Some(rr), Some(pushed)) = (report.regions.get(i), out.last_mut()) {
                pushed.factors = match kind {
                    FigureKind::ReserveMargin => Some(Factors::Reserve(rr.reserve_factors.parts())),
                    FigureKind::Bill => bill_factors(rr, p.retail.fixed_charge_month),
                    _ => None,
                };
            }
        }
    }
}

/// A bill's factors from the report: usage is what the bill less its fixed charge buys at the
/// quarter's cents per kWh.
fn bill_factors(rr: &RegionReport, fixed_charge_month: f64) -> Option<Factors> {
    let r = &rr.rate;
    let cents = r.energy + r.capacity + r.delivery + r.upgrades;
    (cents > 0.0).then(|| {
        let usage_kwh = (rr.bill_month - fixed_charge_month) * 100.0 / cents;
        Factors::Bill([usage_kwh, r.energy, r.capacity, r.delivery, r.upgrades])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(split: &[DriftPart]) -> Vec<f64> {
        split.iter().map(|p| p.part).collect()
    }

    #[test]
    fn a_reserve_margins_drift_goes_to_the_factors_that_moved() {
        let before = [100.0, 20.0, 80.0, 20.0];
        let margin = |f: [f64; 4]| ReserveFactors::margin(f) * 100.0;
        // Data centers connect and nothing else moves: all of it is theirs.
        let connected = [100.0, 20.0, 80.0, 30.0];
        let split = split_drift(
            Some(Factors::Reserve(before)),
            Some(Factors::Reserve(connected)),
            &[],
        );
        let p = parts(&split);
        assert_eq!(split[3].mechanism, "drift-dc-load");
        assert!((p[3] - (margin(connected) - margin(before))).abs() < 1e-12);
        assert!(p[..3].iter().all(|x| *x == 0.0), "{p:?}");
        // Plants added while data centers connect: each gets its own sign, the sum is exact.
        let both = [110.0, 20.0, 80.0, 30.0];
        let p = parts(&split_drift(
            Some(Factors::Reserve(before)),
            Some(Factors::Reserve(both)),
            &[],
        ));
        assert!(p[0] > 0.0 && p[3] < 0.0, "{p:?}");
        let total: f64 = p.iter().sum();
        assert!((total - (margin(both) - margin(before))).abs() < 1e-12);
        // Nothing recorded before (an old save, the first quarter): no split.
        assert!(
            split_drift(
                Some(Factors::Reserve([0.0; 4])),
                Some(Factors::Reserve(both)),
                &[],
            )
            .is_empty()
        );
        assert!(split_drift(None, Some(Factors::Reserve(both)), &[]).is_empty());
    }

    #[test]
    fn a_bills_drift_goes_to_usage_and_each_part_of_the_rate() {
        // 900 kWh at 5 + 2 + 6 + 1 cents; winter usage rises, the energy price falls.
        let before = [900.0, 5.0, 2.0, 6.0, 1.0];
        let after = [1100.0, 4.0, 2.0, 6.0, 1.0];
        let p = parts(&split_drift(
            Some(Factors::Bill(before)),
            Some(Factors::Bill(after)),
            &[],
        ));
        assert!(p[0] > 0.0 && p[1] < 0.0, "{p:?}");
        assert_eq!(p[2], 0.0);
        let total: f64 = p.iter().sum();
        let change = bill_less_fixed(after) - bill_less_fixed(before);
        assert!((total - change).abs() < 1e-12, "{total} vs {change}");
        // Usage's part is the extra kWh at the average of the two rates: 200 × 13.5 ¢.
        assert!((p[0] - 27.0).abs() < 1e-9, "{p:?}");
    }

    #[test]
    fn shapley_of_an_additive_game_is_each_players_own_effect() {
        let own = [1.0, -2.0, 0.5, 0.0, 3.0];
        let v: Vec<f64> = (0..COALITIONS)
            .map(|m| {
                (0..CAUSES)
                    .filter(|i| m & (1 << i) != 0)
                    .map(|i| own[i])
                    .sum()
            })
            .collect();
        let parts = shapley::<CAUSES>(&v);
        for i in 0..CAUSES {
            assert!((parts[i] - own[i]).abs() < 1e-12, "{i}: {parts:?}");
        }
    }

    #[test]
    fn shapley_splits_an_interaction_evenly_between_the_players_it_needs() {
        // Worth 6 only when players 0 and 4 act together.
        let v: Vec<f64> = (0..COALITIONS)
            .map(|m| {
                if m & 1 != 0 && m & EVENTS_BIT != 0 {
                    6.0
                } else {
                    0.0
                }
            })
            .collect();
        let parts = shapley::<CAUSES>(&v);
        assert_eq!(
            parts.map(|p| (p * 1e9).round() / 1e9),
            [3.0, 0.0, 0.0, 0.0, 3.0]
        );
    }
}
