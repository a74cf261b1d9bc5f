use super::Policy;
use crate::engine::SeatView;
use crate::engine::orders::{SeatOrders, Statement, WhiteHouseOrders};

/// Moderate tariffs and steady subsidies; calms markets when they wobble and pays relief before
/// elections when approval sags.
pub struct Baseline;

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o: WhiteHouseOrders = super::standing(view);
        let sentiment = view.market.sentiment;
        let p = &view.politics;
        let election_soon = p.quarters_to_election.is_some_and(|q| q <= 2);
        o.chip_tariff = 0.25;
        o.equipment_tariff = 0.25;
        o.exempt_intermediate = sentiment < 0.0;
        o.subsidy_bn = if p.divided { 0.0 } else { 5.0 };
        o.loan_guarantee_bn = 0.0;
        o.fast_track = true;
        o.federal_rule = p.arrears > 0.25 && election_soon;
        o.federal_share = 0.5;
        o.relief_bn = if election_soon && p.approval < 0.46 {
            20.0
        } else {
            0.0
        };
        o.statement = if sentiment < -0.1 {
            Statement::Confident
        } else {
            Statement::Quiet
        };
        SeatOrders::WhiteHouse(o)
    }
}

#[derive(Clone, Copy, Debug)]
struct Style {
    equipment_tariff: f64,
    chip_tariff: f64,
    exempt: bool,
    subsidy_bn: f64,
    /// Relief per quarter in the run-up to an election.
    relief_bn: f64,
    /// Approval below which relief is paid before an election.
    relief_below: f64,
    /// Arrears above which it imposes a federal rule on who pays for the grid.
    rule_above_arrears: f64,
    statement: Statement,
}

/// Plays for the elections: protects factory jobs with tariffs, pays relief in the run-up to a
/// vote, steps in on bills when arrears rise, and talks markets up when they wobble.
pub struct Strategist {
    personality: &'static str,
    level: super::Level,
    style: Style,
}

impl Strategist {
    pub fn new(personality: &'static str, level: super::Level) -> Strategist {
        let style = match personality {
            "populist" => Style {
                equipment_tariff: 0.5,
                chip_tariff: 0.5,
                exempt: false,
                subsidy_bn: 8.0,
                relief_bn: 25.0,
                relief_below: 0.5,
                rule_above_arrears: 0.2,
                statement: Statement::Quiet,
            },
            _ => Style {
                equipment_tariff: 0.15,
                chip_tariff: 0.1,
                exempt: true,
                subsidy_bn: 5.0,
                relief_bn: 15.0,
                relief_below: 0.42,
                rule_above_arrears: 0.3,
                statement: Statement::Confident,
            },
        };
        Strategist {
            personality,
            level,
            style,
        }
    }
}

impl Policy for Strategist {
    fn name(&self) -> String {
        format!("{}:{}", self.personality, self.level.id())
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        use super::Level;
        let mut o: WhiteHouseOrders = super::standing(view);
        let st = self.style;
        let p = &view.politics;
        let sentiment = view.market.sentiment;
        let window = match self.level {
            Level::Easy => 0,
            Level::Normal => 1,
            Level::Hard | Level::Expert(_) => 2,
        };
        let election_soon = p.quarters_to_election.is_some_and(|q| q <= window);
        o.equipment_tariff = st.equipment_tariff;
        o.chip_tariff = st.chip_tariff;
        // Markets falling: exemptions calm builders (hard bots accept the broken promise).
        o.exempt_intermediate = st.exempt || (self.level == Level::Hard && sentiment < -0.3);
        o.subsidy_bn = if p.divided { 0.0 } else { st.subsidy_bn };
        if self.level == Level::Hard {
            // The hard bot knows tariffs cost more jobs downstream than they protect, and buys
            // its jobs target with grants instead, within the deficit its objective allows.
            let params = &view.params;
            o.equipment_tariff = 0.0;
            o.chip_tariff = 0.0;
            // Grants fund jobs for good, but jobs close only part of their gap each quarter: it
            // funds what the target needs by the end, seen from now, as early as the deficit
            // allows.
            let politics = &params.politics;
            let per_bn = politics.grant_jobs_k(1.0).max(0.01);
            // Jobs left to come by the end: the gap between funded and held shrinks by a factor
            // each quarter.
            let left = (1.0 - politics.jobs_adjustment.clamp(0.01, 1.0))
                .powi(view.turns_left().max(1) as i32);
            let held_k = p.jobs_k - p.jobs_start_k;
            let wanted_k = 1.1 * params.objectives.whitehouse_jobs_k.max(0.0);
            let funded_k = (wanted_k - held_k * left) / (1.0 - left).max(0.01);
            let needed = (funded_k - p.grant_jobs_k).max(0.0) / per_bn;
            let room = 0.6
                * params.objectives.whitehouse_deficit_gdp_points
                * params.politics.gdp_bn_per_year
                / 400.0;
            o.subsidy_bn = if p.divided {
                0.0
            } else {
                super::round_to(needed.min(room), 1.0)
            };
        }
        o.loan_guarantee_bn = if !p.divided && view.turn < 4 && self.level == Level::Normal {
            10.0
        } else {
            0.0
        };
        o.fast_track = true;
        o.federal_rule = p.arrears > st.rule_above_arrears
            || (self.level == Level::Hard && p.national_bill_growth > 0.06);
        o.federal_share = 0.6;
        // The hard bot keeps relief for a close race: its grants already use the budget.
        let relief_below = if self.level == Level::Hard {
            st.relief_below - 0.04
        } else {
            st.relief_below
        };
        o.relief_bn = if election_soon && p.approval < relief_below {
            st.relief_bn
        } else {
            0.0
        };
        o.statement = if sentiment < -0.1 && self.level != Level::Easy {
            Statement::Confident
        } else {
            st.statement
        };
        SeatOrders::WhiteHouse(o)
    }
}
