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
        let mut o = match &view.last_orders {
            SeatOrders::WhiteHouse(o) => o.clone(),
            _ => WhiteHouseOrders::default(),
        };
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
