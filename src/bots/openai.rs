use super::{Level, Policy};
use crate::engine::orders::{OpenAiOrders, SeatOrders, Statement};
use crate::engine::view::Own;
use crate::engine::{CompanyId, SeatView};

/// Buys compute when demand outruns it, raises money before it runs short, and leans on
/// vendor financing while markets are warm.
pub struct Baseline;

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o: OpenAiOrders = super::standing(view);
        let Own::OpenAi {
            compute_gw,
            chips_on_order_gw,
            vendor_financed_gw,
            revenue_run_rate_bn,
            commitments_yr_bn,
            unserved_demand,
            contracted_gw,
            ..
        } = view.own
        else {
            return SeatOrders::OpenAi(o);
        };
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        let coverage = if commitments_yr_bn > 0.0 {
            revenue_run_rate_bn / commitments_yr_bn
        } else {
            1.0
        };

        // Compute: sign with Oracle when demand goes unserved and the books can carry it.
        let pipeline = contracted_gw + chips_on_order_gw;
        let wants_more = unserved_demand > 0.05 || pipeline < compute_gw * 0.5;
        o.contract_gw = if wants_more && coverage > 0.25 && view.turn.is_multiple_of(2) {
            super::round_to((compute_gw * 0.4).clamp(0.5, 3.0), 0.5)
        } else {
            0.0
        };
        o.contract_years = 5.0;
        o.contract_price = super::round_to(12.5 + 1.5 * sentiment, 0.5);
        o.chip_order_gw = if sentiment > -0.1 && wants_more && me.cash_bn > 5.0 {
            0.5
        } else {
            0.0
        };
        // Vendor money follows the chips: take what Nvidia offers against them.
        let unfinanced = (chips_on_order_gw + o.chip_order_gw - vendor_financed_gw).max(0.0);
        o.vendor_financing_bn = super::round_to(unfinanced * 10.0, 5.0);

        // Money: keep a year of burn in hand.
        let burn = (-me.free_cash_flow_q_bn).max(1.0) + commitments_yr_bn / 8.0;
        let need = 4.0 * burn - me.cash_bn;
        o.equity_raise_bn = if need > 0.0 {
            super::round_to(need.min(60.0), 5.0)
        } else {
            0.0
        };
        o.debt_bn = if need > 30.0 && sentiment > 0.0 {
            10.0
        } else {
            0.0
        };

        o.subscription_price = 20.0;
        o.api_price_index = 1.0;
        o.training_intensity = 0.5;
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_cooperation = view.policy.ride_through_required || blackouts > 0;
        o.statement = if sentiment < -0.2 {
            Statement::Confident
        } else {
            Statement::Quiet
        };
        SeatOrders::OpenAi(o)
    }
}

/// How an OpenAI strategist plays.
#[derive(Clone, Copy, Debug)]
struct Style {
    /// Compute target at the end, as a multiple of the objective.
    ambition: f64,
    /// Lowest coverage it accepts when committing to more compute.
    min_coverage: f64,
    /// Share of new compute bought as own chips (the rest leased from Oracle).
    own_chips: f64,
    /// Share of available vendor financing it takes.
    vendor_appetite: f64,
    /// Quarters of burn it keeps in cash.
    cushion_q: f64,
    training: f64,
    statement: Statement,
}

/// Plans compute towards the objective with lead times in mind, prices to what compute can
/// serve, and funds the plan from the cheapest money the market offers.
pub struct Strategist {
    personality: &'static str,
    level: Level,
    style: Style,
}

impl Strategist {
    pub fn new(personality: &'static str, level: Level) -> Strategist {
        let style = match personality {
            "aggressive" => Style {
                ambition: 1.3,
                min_coverage: 0.15,
                own_chips: 0.5,
                vendor_appetite: 1.0,
                cushion_q: 3.0,
                training: 0.7,
                statement: Statement::Confident,
            },
            _ => Style {
                ambition: 1.0,
                min_coverage: 0.35,
                own_chips: 0.3,
                vendor_appetite: 0.5,
                cushion_q: 5.0,
                training: 0.45,
                statement: Statement::Quiet,
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
        let mut o: OpenAiOrders = super::standing(view);
        let Own::OpenAi {
            compute_gw,
            chips_on_order_gw,
            vendor_financed_gw,
            revenue_run_rate_bn,
            commitments_yr_bn,
            unserved_demand,
            contracted_gw,
            ..
        } = view.own
        else {
            return SeatOrders::OpenAi(o);
        };
        let st = self.style;
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        let left = view.turns_left();
        let objective = view.params.objectives.openai_compute_gw * st.ambition;

        // Compute planned for the end: what is online, contracted and on order.
        let hyperscaler_growth =
            view.params.companies.openai.hyperscaler_gw_added_q * f64::from(left);
        let planned = compute_gw.max(contracted_gw) + chips_on_order_gw + hyperscaler_growth;
        // Orders placed in the last five quarters arrive too late to count.
        let useful = left > 5 || self.level == Level::Easy;
        let gap = if useful {
            (objective - planned).max(0.0)
        } else {
            0.0
        };
        let pace = match self.level {
            Level::Easy => 0.15,
            Level::Normal => 0.25,
            Level::Hard | Level::Expert(_) => 0.35,
        };
        let want = (gap * pace).min(4.0);
        // Commit only what revenue can carry and the next year's money can pay for.
        let per_gw_lease = 13.5;
        let projected_coverage =
            revenue_run_rate_bn * 1.5 / (commitments_yr_bn + want * per_gw_lease).max(1.0);
        let equity_room =
            view.params.market.equity_appetite * me.market_cap_bn * (1.0 + sentiment).max(0.1);
        let chip_cost = view.params.build.dc_chips_bn_per_gw;
        let unfinanced_now = (chips_on_order_gw - vendor_financed_gw).max(0.0);
        let vendor_room = view.params.companies.nvidia.vendor_bn_per_gw * st.vendor_appetite;
        let money = me.cash_bn + 0.5 * equity_room - 4.0 * (-me.free_cash_flow_q_bn).max(0.0);
        let affordable_chips = if self.level == Level::Easy {
            want * st.own_chips
        } else {
            // Each GW of chips costs its price, less the vendor money that comes with it.
            (money / (chip_cost - vendor_room).max(5.0) - unfinanced_now)
                .clamp(0.0, want * st.own_chips)
        };
        // Runway after the new commitments, counting half of what investors would add now.
        let burn_now = (-me.free_cash_flow_q_bn).max(1.0);
        let new_burn = burn_now + want * per_gw_lease / 4.0 * (1.0 - st.own_chips);
        let runway = (me.cash_bn + 0.5 * equity_room) / new_burn;
        let safe = self.level == Level::Easy || runway > st.cushion_q;
        let affordable = projected_coverage > st.min_coverage && me.cash_bn > 2.0 && safe;
        let (lease, own) = if affordable {
            (want * (1.0 - st.own_chips), affordable_chips)
        } else {
            (0.0, 0.0)
        };
        o.contract_gw = super::round_to(lease, 0.5);
        o.contract_years = 5.0;
        // Offer enough to clear Oracle's usual terms; more when Oracle's credit is strained.
        let oracle = view.company(CompanyId::Oracle);
        o.contract_price = super::round_to(per_gw_lease + (oracle.spread_bp / 150.0).min(3.0), 0.5);
        o.chip_order_gw = super::round_to(own, 0.25);
        let unfinanced = (chips_on_order_gw + o.chip_order_gw - vendor_financed_gw).max(0.0);
        o.vendor_financing_bn = super::round_to(unfinanced * 10.0 * st.vendor_appetite, 5.0);

        // Prices: when compute is the limit, charge more; when demand is, win users.
        if self.level != Level::Easy {
            let step = if unserved_demand > 0.15 {
                1.0
            } else if unserved_demand < 0.02 {
                -1.0
            } else {
                0.0
            };
            o.subscription_price = (o.subscription_price + step).clamp(18.0, 24.0);
            o.api_price_index = (o.api_price_index + 0.05 * step).clamp(0.9, 1.2);
        }

        // Money: keep the cushion; raise equity while valuations are high, debt if cheap.
        let chips_due = chips_on_order_gw * view.params.build.dc_chips_bn_per_gw / 4.0;
        let burn = (-me.free_cash_flow_q_bn).max(1.0) + chips_due / 2.0;
        let need = st.cushion_q * burn - me.cash_bn;
        let hot = sentiment > 0.0 || self.level == Level::Easy;
        // Hard bots raise while markets are warm, before they need to.
        let hoard = if self.level == Level::Hard && sentiment > 0.15 {
            0.6 * equity_room
        } else {
            0.0
        };
        let ask = if need > 0.0 {
            need * if hot { 1.2 } else { 1.0 }
        } else {
            0.0
        };
        o.equity_raise_bn = super::round_to(ask.max(hoard).min(80.0), 5.0);
        o.debt_bn =
            if need > 20.0 && me.rating.notch() <= crate::engine::params::Rating::BbMinus.notch() {
                super::round_to((need / 3.0).min(20.0), 1.0)
            } else {
                0.0
            };

        o.training_intensity = st.training;
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_cooperation =
            view.policy.ride_through_required || blackouts > 0 || self.level == Level::Hard;
        o.statement = if sentiment < -0.2 {
            Statement::Confident
        } else {
            st.statement
        };
        SeatOrders::OpenAi(o)
    }
}
