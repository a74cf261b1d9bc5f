use super::{Level, Policy};
use crate::engine::orders::{OpenAiOrders, SeatOrders, Statement};
use crate::engine::view::Own;
use crate::engine::{CompanyId, SeatView};

/// OpenAI's own figures from its seat's view, the ones its bots decide from.
#[derive(Clone, Copy)]
struct Books {
    compute_gw: f64,
    chips_on_order_gw: f64,
    vendor_financed_gw: f64,
    revenue_run_rate_bn: f64,
    commitments_yr_bn: f64,
    unserved_demand: f64,
    contracted_gw: f64,
}

impl Books {
    /// OpenAI's figures, or none when the view holds another seat's.
    fn of(view: &SeatView) -> Option<Books> {
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
            return None;
        };
        Some(Books {
            compute_gw,
            chips_on_order_gw,
            vendor_financed_gw,
            revenue_run_rate_bn,
            commitments_yr_bn,
            unserved_demand,
            contracted_gw,
        })
    }
}

/// Buys compute when demand outruns it, raises money before it runs short, and leans on
/// vendor financing while markets are warm.
pub struct Baseline;

impl Baseline {
    /// Compute and chip orders: more only when demand goes unserved (or the pipeline is thin)
    /// and revenue covers the books, with Nvidia's money taken against every chip on order.
    fn order_compute(o: &mut OpenAiOrders, view: &SeatView, b: &Books) {
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        let coverage = if b.commitments_yr_bn > 0.0 {
            b.revenue_run_rate_bn / b.commitments_yr_bn
        } else {
            1.0
        };

        // Compute: sign with Oracle when demand goes unserved and the books can carry it.
        let pipeline = b.contracted_gw + b.chips_on_order_gw;
        let wants_more = b.unserved_demand > 0.05 || pipeline < b.compute_gw * 0.5;
        o.contract_gw = if wants_more && coverage > 0.25 && view.turn.is_multiple_of(2) {
            super::round_to((b.compute_gw * 0.4).clamp(0.5, 3.0), 0.5)
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
        let unfinanced = (b.chips_on_order_gw + o.chip_order_gw - b.vendor_financed_gw).max(0.0);
        o.vendor_financing_bn = super::round_to(unfinanced * 10.0, 5.0);
    }

    /// Equity and debt to raise, $B: enough to keep a year of burn in hand, with debt on top
    /// only when the gap is large and markets are warm.
    fn raise_money(view: &SeatView, b: &Books) -> (f64, f64) {
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        // Money: keep a year of burn in hand.
        let burn = (-me.free_cash_flow_q_bn).max(1.0) + b.commitments_yr_bn / 8.0;
        let need = 4.0 * burn - me.cash_bn;
        let equity = if need > 0.0 {
            super::round_to(need.min(60.0), 5.0)
        } else {
            0.0
        };
        let debt = if need > 30.0 && sentiment > 0.0 {
            10.0
        } else {
            0.0
        };
        (equity, debt)
    }
}

impl Policy for Baseline {
    fn name(&self) -> String {
        "baseline".into()
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o: OpenAiOrders = super::standing(view);
        let Some(b) = Books::of(view) else {
            return SeatOrders::OpenAi(o);
        };
        Baseline::order_compute(&mut o, view, &b);
        (o.equity_raise_bn, o.debt_bn) = Baseline::raise_money(view, &b);

        o.subscription_price = 20.0;
        o.api_price_index = 1.0;
        o.training_intensity = 0.5;
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_cooperation = view.policy.ride_through_required || blackouts > 0;
        o.statement = if view.market.sentiment < -0.2 {
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

/// Lease price per GW-year the strategist plans with and offers from, $B.
const PER_GW_LEASE: f64 = 13.5;

/// What investors would put in now, $B: the market's appetite for the company's value,
/// scaled by sentiment (never below a tenth), which bounds what the bot plans to raise.
fn equity_room(view: &SeatView) -> f64 {
    let me = view.company(CompanyId::OpenAi);
    let sentiment = view.market.sentiment;
    view.params.market.equity_appetite * me.market_cap_bn * (1.0 + sentiment).max(0.1)
}

impl Strategist {
    /// GW of new compute to seek this quarter: a share (by level) of the gap between the
    /// objective and the compute planned for the end, while new orders can still arrive.
    fn want_gw(&self, view: &SeatView, b: &Books) -> f64 {
        let left = view.turns_left();
        let objective = view.params.objectives.openai_compute_gw * self.style.ambition;

        // Compute planned for the end: what is online, contracted and on order.
        let hyperscaler_growth =
            view.params.companies.openai.hyperscaler_gw_added_q * f64::from(left);
        let planned = b.compute_gw.max(b.contracted_gw) + b.chips_on_order_gw + hyperscaler_growth;
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
        (gap * pace).min(4.0)
    }

    /// GW of own chips the money at hand can pay for, less the vendor money that comes with
    /// them and the chips still unfinanced (Easy buys its style's share regardless).
    fn affordable_chips(&self, view: &SeatView, b: &Books, want: f64, equity_room: f64) -> f64 {
        let st = &self.style;
        let me = view.company(CompanyId::OpenAi);
        let chip_cost = view.params.build.dc_chips_bn_per_gw;
        let unfinanced_now = (b.chips_on_order_gw - b.vendor_financed_gw).max(0.0);
        let vendor_room = view.params.companies.nvidia.vendor_bn_per_gw * st.vendor_appetite;
        let money = me.cash_bn + 0.5 * equity_room - 4.0 * (-me.free_cash_flow_q_bn).max(0.0);
        if self.level == Level::Easy {
            want * st.own_chips
        } else {
            // Each GW of chips costs its price, less the vendor money that comes with it.
            (money / (chip_cost - vendor_room).max(5.0) - unfinanced_now)
                .clamp(0.0, want * st.own_chips)
        }
    }

    /// GW to lease from Oracle and to buy as own chips: the wanted compute only when revenue
    /// can carry it, cash is above $2B and the runway stays above the style's cushion.
    fn new_compute(&self, view: &SeatView, b: &Books, want: f64, equity_room: f64) -> (f64, f64) {
        let st = &self.style;
        let me = view.company(CompanyId::OpenAi);
        // Commit only what revenue can carry and the next year's money can pay for.
        let projected_coverage =
            b.revenue_run_rate_bn * 1.5 / (b.commitments_yr_bn + want * PER_GW_LEASE).max(1.0);
        let affordable_chips = self.affordable_chips(view, b, want, equity_room);
        // Runway after the new commitments, counting half of what investors would add now.
        let burn_now = (-me.free_cash_flow_q_bn).max(1.0);
        let new_burn = burn_now + want * PER_GW_LEASE / 4.0 * (1.0 - st.own_chips);
        let runway = (me.cash_bn + 0.5 * equity_room) / new_burn;
        let safe = self.level == Level::Easy || runway > st.cushion_q;
        let affordable = projected_coverage > st.min_coverage && me.cash_bn > 2.0 && safe;
        if affordable {
            (want * (1.0 - st.own_chips), affordable_chips)
        } else {
            (0.0, 0.0)
        }
    }

    /// Contract, chip and vendor-financing orders: lease and buy what `new_compute` allows, at
    /// a price that clears Oracle's terms, taking the style's share of Nvidia's money.
    fn order_compute(&self, o: &mut OpenAiOrders, view: &SeatView, b: &Books, equity_room: f64) {
        let want = self.want_gw(view, b);
        let (lease, own) = self.new_compute(view, b, want, equity_room);
        o.contract_gw = super::round_to(lease, 0.5);
        o.contract_years = 5.0;
        // Offer enough to clear Oracle's usual terms; more when Oracle's credit is strained.
        let oracle = view.company(CompanyId::Oracle);
        o.contract_price = super::round_to(PER_GW_LEASE + (oracle.spread_bp / 150.0).min(3.0), 0.5);
        o.chip_order_gw = super::round_to(own, 0.25);
        let unfinanced = (b.chips_on_order_gw + o.chip_order_gw - b.vendor_financed_gw).max(0.0);
        o.vendor_financing_bn =
            super::round_to(unfinanced * 10.0 * self.style.vendor_appetite, 5.0);
    }

    /// Subscription and API prices: up when compute is the limit, down to win users when
    /// demand is (Easy keeps its standing prices).
    fn set_prices(&self, o: &mut OpenAiOrders, unserved_demand: f64) {
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
    }

    /// Equity and debt to raise, $B: enough to keep the style's cushion of burn, more while
    /// markets are warm (the hard bot hoards then), and debt only if the rating allows.
    fn raise_money(&self, view: &SeatView, b: &Books, equity_room: f64) -> (f64, f64) {
        let me = view.company(CompanyId::OpenAi);
        let sentiment = view.market.sentiment;
        // Money: keep the cushion; raise equity while valuations are high, debt if cheap.
        let chips_due = b.chips_on_order_gw * view.params.build.dc_chips_bn_per_gw / 4.0;
        let burn = (-me.free_cash_flow_q_bn).max(1.0) + chips_due / 2.0;
        let need = self.style.cushion_q * burn - me.cash_bn;
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
        let equity = super::round_to(ask.max(hoard).min(80.0), 5.0);
        let debt =
            if need > 20.0 && me.rating.notch() <= crate::engine::params::Rating::BbMinus.notch() {
                super::round_to((need / 3.0).min(20.0), 1.0)
            } else {
                0.0
            };
        (equity, debt)
    }
}

impl Policy for Strategist {
    fn name(&self) -> String {
        format!("{}:{}", self.personality, self.level.id())
    }

    fn decide(&mut self, view: &SeatView) -> SeatOrders {
        let mut o: OpenAiOrders = super::standing(view);
        let Some(b) = Books::of(view) else {
            return SeatOrders::OpenAi(o);
        };
        let st = self.style;
        let equity_room = equity_room(view);
        self.order_compute(&mut o, view, &b, equity_room);
        self.set_prices(&mut o, b.unserved_demand);
        (o.equity_raise_bn, o.debt_bn) = self.raise_money(view, &b, equity_room);

        o.training_intensity = st.training;
        let blackouts: u32 = view.regions.iter().map(|r| r.blackouts).sum();
        o.ride_through_cooperation =
            view.policy.ride_through_required || blackouts > 0 || self.level == Level::Hard;
        o.statement = if view.market.sentiment < -0.2 {
            Statement::Confident
        } else {
            st.statement
        };
        SeatOrders::OpenAi(o)
    }
}
