//! The capital market: financing orders, each company's quarter of operations, expectations,
//! sentiment, valuations, credit spreads and ratings, contagion, insolvency and the index.

use super::ids::{CompanyId, Seat};
use super::ledger::{Account, Flow};
use super::orders::{Orders, Statement};
use super::params::Rating;
use super::report::{CompanyReport, Msg, Severity, Topic, TurnReport};
use super::rng::{Purpose, Rngs};
use super::state::{Bond, ComputeContract, Insolvency, Owner, ProjectKind, Spv, VendorDeal, World};
use super::supply;

/// Share of the gap between the market's belief in Oracle's backlog and what coverage implies
/// closed each quarter.
const BELIEF_LEARNING: f64 = 1.0;
/// Announcement premium (log) per year of revenue newly booked, and its quarterly decay.
const HYPE_PER_YEAR_BOOKED: f64 = 0.12;
const HYPE_DECAY: f64 = 0.5;
/// Sentiment gained per year of revenue newly booked as backlog.
const BACKLOG_SURPRISE_WEIGHT: f64 = 0.025;
/// Quarters of cash and credit lines beyond which cash burn does not worry lenders.
const RUNWAY_COMFORT_Q: f64 = 4.0;
/// Sentiment lost per unit of log widening of the builders' spreads in a quarter.
const CREDIT_SENTIMENT: f64 = 0.3;
/// Sentiment lost per quarter per point of coverage below one half.
const COVERAGE_PRESSURE: f64 = 0.45;
/// Coverage at which the market stops worrying about OpenAI's ability to pay.
const COVERAGE_COMFORT: f64 = 0.6;
/// How much equity value falls with the widening of a company's credit spread (log-log).
const CREDIT_EQUITY_ELASTICITY: f64 = 0.4;
/// Share of the gap to the spread that fundamentals imply closed each quarter.
const SPREAD_SPEED: f64 = 0.85;
/// New bonds pay the issuer's spread plus a new-issue and term premium, bp.
pub const NEW_ISSUE_PREMIUM_BP: f64 = 60.0;
/// Share of off-balance-sheet obligations known to the market at the start.
pub const INITIAL_DISCLOSED: f64 = 0.5;
/// Share of a new SPV's obligations the market learns about when it is signed.
const SPV_DISCLOSED: f64 = 0.5;
/// Years an SPV's lease runs.
const SPV_YEARS: u32 = 16;
/// Equity in an SPV, the rest being the SPV's own debt.
pub const SPV_EQUITY_SHARE: f64 = 0.1;
/// Years new bonds run.
const BOND_YEARS: u32 = 10;
const TAX_RATE: f64 = 0.15;
/// How strongly adoption growth slows with price (relative to the reference price).
const ADOPTION_PRICE_ELASTICITY: f64 = 1.5;
/// Highest share of compute OpenAI can put into training runs.
const MAX_TRAINING_SHARE: f64 = 0.6;

fn company_account(id: CompanyId) -> Account {
    Account::Company(id)
}

/// Market conditions that limit what can be raised this quarter.
#[derive(Clone, Debug)]
pub struct Appetite {
    pub bonds_bn: f64,
}

pub fn appetite(world: &World) -> Appetite {
    let m = &world.params.market;
    Appetite {
        bonds_bn: m.bond_appetite_q_bn * (0.8 * world.market.sentiment).exp(),
    }
}

/// Share of bond appetite open to an issuer of this rating.
fn access(rating: Rating, insolvent: bool) -> f64 {
    if insolvent || rating >= Rating::Ccc {
        0.0
    } else if rating.investment_grade() {
        1.0
    } else if rating <= Rating::BbMinus {
        0.4
    } else {
        0.15
    }
}

/// Coupon a company would pay on new bonds now.
pub fn coupon(world: &World, id: CompanyId) -> f64 {
    let c = world.company(id);
    let guarantee = if matches!(id, CompanyId::Oracle | CompanyId::OpenAi) {
        40.0 * (world.policy.loan_guarantees_bn / 50.0).min(1.0)
    } else {
        0.0
    };
    world.market.risk_free + (c.spread_bp + NEW_ISSUE_PREMIUM_BP - guarantee).max(0.0) / 1e4
}

fn issue_bonds(
    world: &mut World,
    id: CompanyId,
    wanted: f64,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) -> f64 {
    if wanted.is_nan() || wanted <= 0.0 {
        return 0.0;
    }
    let c = world.company(id);
    let open = appetite.bonds_bn * access(c.rating, c.insolvent);
    let amount = wanted.min(open).max(0.0);
    if amount < wanted - 1e-9 {
        let seat = match id {
            CompanyId::OpenAi => Some(Seat::OpenAi),
            CompanyId::Oracle => Some(Seat::Oracle),
            _ => None,
        };
        if let Some(seat) = seat {
            report.tell(
                seat,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-bonds-capped")
                    .num("wanted", wanted)
                    .num("raised", amount)
                    .text("rating", c.rating.label()),
            );
        }
    }
    if amount <= 0.0 {
        return 0.0;
    }
    appetite.bonds_bn -= amount;
    let coupon = coupon(world, id);
    let maturity = world.turn + BOND_YEARS * 4;
    let c = world.company_mut(id);
    c.bonds.push(Bond {
        principal_bn: amount,
        coupon,
        maturity_turn: maturity,
    });
    c.bonds_issued_q_bn += amount;
    world.market.bonds_ytd_bn += amount;
    world.accounts.pay(
        &mut report.transfers,
        Account::Investors,
        company_account(id),
        amount,
        Flow::BondIssue,
    );
    amount
}

/// The seats' financing orders and the OpenAI–Oracle contract, before money is spent.
pub fn financing(
    world: &mut World,
    orders: &Orders,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) {
    let params = world.params.clone();
    let o = &orders.openai;
    let openai = CompanyId::OpenAi;

    // Equity round at the current valuation, limited by investors' appetite.
    if o.equity_raise_bn > 0.0 && !world.company(openai).insolvent {
        let c = world.company(openai);
        let limit = params.market.equity_appetite
            * c.market_cap_bn
            * (1.0 + world.market.sentiment).max(0.1);
        let amount = o.equity_raise_bn.min(limit);
        if amount < o.equity_raise_bn {
            report.tell(
                Seat::OpenAi,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-equity-capped")
                    .num("wanted", o.equity_raise_bn)
                    .num("raised", amount),
            );
        }
        let price = c.share_price().max(1e-9);
        world.company_mut(openai).shares_bn += amount / price;
        world.company_mut(openai).market_cap_bn += amount;
        world.accounts.pay(
            &mut report.transfers,
            Account::Investors,
            company_account(openai),
            amount,
            Flow::EquityRaise,
        );
    }

    // Vendor financing: Nvidia invests against chips OpenAI has ordered and not yet financed.
    if o.vendor_financing_bn > 0.0 && !world.company(openai).insolvent {
        let unfinanced =
            (world.openai.chips_on_order_gw - world.openai.vendor_financed_gw).max(0.0);
        let limit = params.companies.nvidia.vendor_bn_per_gw * unfinanced;
        let amount = o.vendor_financing_bn.min(limit);
        if amount < o.vendor_financing_bn {
            report.tell(
                Seat::OpenAi,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-vendor-capped")
                    .num("wanted", o.vendor_financing_bn)
                    .num("raised", amount)
                    .num("per_gw", params.companies.nvidia.vendor_bn_per_gw),
            );
        }
        if amount > 0.0 {
            let gw = amount / params.companies.nvidia.vendor_bn_per_gw.max(1e-9);
            world.openai.vendor_financed_gw += gw;
            world.openai.vendor_funds_unspent_bn += amount;
            world.openai.nvidia_stake_bn += amount;
            let c = world.company(openai);
            let price = c.share_price().max(1e-9);
            world.company_mut(openai).shares_bn += amount / price;
            world.company_mut(openai).market_cap_bn += amount;
            world.accounts.pay(
                &mut report.transfers,
                company_account(CompanyId::Nvidia),
                company_account(openai),
                amount,
                Flow::VendorFinancing,
            );
            world.vendor_deals.push(VendorDeal {
                amount_bn: amount,
                chips_gw: gw,
                turn: world.turn,
            });
            report.say(
                Topic::Finance,
                Severity::Notice,
                Msg::new("news-vendor-deal")
                    .num("amount", amount)
                    .num("gw", gw),
            );
        }
    }
    issue_bonds(world, openai, o.debt_bn, appetite, report);

    let oo = &orders.oracle;
    let oracle = CompanyId::Oracle;
    issue_bonds(world, oracle, oo.bond_bn, appetite, report);
    if oo.spv_bn > 0.0 && !world.company(oracle).insolvent {
        // The SPV borrows against Oracle's lease; partners hold most of its equity, so the
        // debt stays off Oracle's balance sheet.
        let amount = oo
            .spv_bn
            .min(appetite.bonds_bn * 1.5 * access(world.company(oracle).rating, false).max(0.3));
        let own_equity = amount * SPV_EQUITY_SHARE * (1.0 - oo.spv_partner_share);
        let rate = coupon(world, oracle) + 0.015;
        let lease_q = amount * (rate + 1.0 / f64::from(SPV_YEARS)) / 4.0;
        world.spvs.push(Spv {
            owner: oracle,
            amount_bn: amount,
            partner_share: oo.spv_partner_share,
            lease_q_bn: lease_q,
            signed_turn: world.turn,
            end_turn: world.turn + SPV_YEARS * 4,
            consolidated: false,
        });
        world.oracle.spv_pot_bn += amount;
        // The press reports project financings; the lease guarantees behind them stay private.
        let c = world.company_mut(oracle);
        c.off_balance_bn += amount - own_equity;
        c.off_balance_known_bn += SPV_DISCLOSED * (amount - own_equity);
        world.market.bonds_ytd_bn += amount * (1.0 - SPV_EQUITY_SHARE);
        // Oracle's equity share leaves its cash for the SPV (which then spends it on the build).
        world.accounts.pay(
            &mut report.transfers,
            company_account(oracle),
            Account::SpvPartners,
            own_equity,
            Flow::SpvFunding,
        );
        report.tell(
            Seat::Oracle,
            Topic::Finance,
            Severity::Info,
            Msg::new("news-spv-signed")
                .num("amount", amount)
                .num("lease", lease_q * 4.0),
        );
    }

    // The OpenAI–Oracle contract: signed when the offer meets Oracle's standing terms.
    if o.contract_gw > 0.0 && !world.company(openai).insolvent && !world.company(oracle).insolvent {
        if o.contract_price >= oo.min_contract_price && oo.max_contract_gw > 0.0 {
            let gw = o.contract_gw.min(oo.max_contract_gw);
            let years = o.contract_years.round().max(1.0) as u32;
            let value = gw * o.contract_price * f64::from(years);
            world.contracts.push(ComputeContract {
                gw,
                price_bn_per_gw_yr: o.contract_price,
                start_turn: world.turn,
                end_turn: world.turn + years * 4,
                signed_turn: world.turn,
                defaulted: false,
            });
            world.company_mut(oracle).backlog_bn += value;
            report.say(
                Topic::Finance,
                Severity::Notice,
                Msg::new("news-contract-signed")
                    .num("gw", gw)
                    .num("years", f64::from(years))
                    .num("value", value),
            );
        } else {
            report.say(
                Topic::Finance,
                Severity::Info,
                Msg::new("news-contract-refused")
                    .num("offered", o.contract_price)
                    .num("minimum", oo.min_contract_price),
            );
        }
    }

    // Payouts.
    let oracle_acc = company_account(oracle);
    if !world.company(oracle).insolvent {
        world.accounts.pay(
            &mut report.transfers,
            oracle_acc,
            Account::Investors,
            oo.dividend_bn,
            Flow::Dividend,
        );
        if oo.buyback_bn > 0.0 {
            let c = world.company(oracle);
            let price = c.share_price().max(1e-9);
            let retired = (oo.buyback_bn / price).min(c.shares_bn * 0.2);
            world.company_mut(oracle).shares_bn -= retired;
            world.company_mut(oracle).market_cap_bn -= retired * price;
            world.accounts.pay(
                &mut report.transfers,
                oracle_acc,
                Account::Investors,
                retired * price,
                Flow::Buyback,
            );
        }
    }
}

/// The hyperscalers' capex this quarter, from guidance, sentiment and spreads; their share in
/// the modelled regions becomes data-center projects.
pub fn hyperscaler_capex(world: &mut World) -> f64 {
    let params = world.params.clone();
    let h = &params.companies.hyperscalers;
    let year_index = usize::from(world.date.year.saturating_sub(params.scenario.start.year));
    let guidance = match h.capex_guidance_bn.get(year_index) {
        Some(g) => *g,
        None => {
            h.capex_guidance_bn.last().copied().unwrap_or(0.0)
                * 1.1f64.powi((year_index + 1).saturating_sub(h.capex_guidance_bn.len()) as i32)
        }
    };
    let c = world.company(CompanyId::Hyperscalers);
    let spread_rise = ((c.spread_bp - c.anchor_spread_bp) / 100.0).max(0.0);
    let factor = (1.0 + h.capex_sentiment_elasticity * world.market.sentiment).max(0.2)
        * (1.0 - h.capex_spread_elasticity * spread_rise).max(0.2);
    let capex_q = guidance / 4.0 * factor;
    let dc_budget = capex_q * h.dc_share_of_capex;
    let per_mw = supply::estimate(world, ProjectKind::DataCenter, 1000.0).cost_bn / 1000.0;
    for r in 0..params.regions.len() {
        let share = params.regions[r].data_centers.hyperscaler_build_share;
        let mw = dc_budget * share / per_mw.max(1e-6);
        supply::start(world, ProjectKind::DataCenter, Owner::Hyperscalers, r, mw);
    }
    capex_q
}

/// GW under live OpenAI–Oracle contracts.
pub fn contracted_gw(world: &World) -> f64 {
    world
        .contracts
        .iter()
        .filter(|c| !c.defaulted && c.end_turn > world.turn)
        .map(|c| c.gw)
        .sum()
}

/// OpenAI's compute online, GW: hyperscaler deals, Oracle capacity under contract, own chips.
pub fn openai_compute(world: &World) -> (f64, f64) {
    let oracle_online: f64 = (0..world.regions.len())
        .map(|r| world.regions[r].dc.oracle_mw + supply::island_mw(world, r))
        .sum::<f64>()
        / 1000.0;
    let from_oracle = contracted_gw(world).min(oracle_online);
    let own: f64 = world.regions.iter().map(|r| r.dc.colo_mw).sum::<f64>() / 1000.0;
    (world.openai.hyperscaler_gw + from_oracle + own, from_oracle)
}

/// Each company's quarter: revenue, operating costs, leases, interest, maturities.
pub fn operations(
    world: &mut World,
    orders: &Orders,
    hyper_capex_q: f64,
    appetite: &mut Appetite,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let params = world.params.clone();
    let mut rng = rngs.stream(Purpose::Adoption, world.turn, 0);
    let log = &mut report.transfers;

    // OpenAI.
    let op = &params.companies.openai;
    let o = &orders.openai;
    world.openai.hyperscaler_gw += op.hyperscaler_gw_added_q;
    let (compute, from_oracle) = openai_compute(world);
    world.openai.compute_gw = compute;
    world.oracle.contracted_online_gw = from_oracle;
    let training = (o.training_intensity * MAX_TRAINING_SHARE).clamp(0.0, MAX_TRAINING_SHARE);
    let cooperation = if o.ride_through_cooperation { 0.9 } else { 1.0 };
    let ai = &mut world.openai;
    ai.quality *= 1.0 + 0.06 * training * cooperation * (compute / (compute + 2.0));
    ai.efficiency *= 1.0 + op.efficiency_gain_q;
    let quality_pull = (ai.quality - 1.0).max(0.0) * 2.0;
    let price = op.consumer_share * (o.subscription_price / op.reference_subscription)
        + (1.0 - op.consumer_share) * o.api_price_index;
    // Dear subscriptions win fewer new users: prices trade revenue now against growth later.
    let growth = op.adoption_growth_q
        * (0.5 + quality_pull).min(2.0)
        * (1.0 - ai.adoption / op.adoption_ceiling).max(0.0)
        * price.max(0.05).powf(-ADOPTION_PRICE_ELASTICITY);
    ai.adoption *= (1.0 + growth + 0.03 * rng.normal()).max(0.5);
    let demand = op.demand_bn_yr * ai.adoption * price.max(0.05).powf(-ai.elasticity);
    let capacity = compute * (1.0 - training) * op.revenue_per_inference_gw_yr * ai.efficiency;
    let served = demand.min(capacity);
    let revenue_q = price * served / 4.0;
    ai.unserved_demand = if demand > 0.0 {
        1.0 - served / demand
    } else {
        0.0
    };
    ai.revenue_run_rate_bn = revenue_q * 4.0;
    let openai = company_account(CompanyId::OpenAi);
    let hyperscalers = company_account(CompanyId::Hyperscalers);
    let oracle = company_account(CompanyId::Oracle);
    let nvidia = company_account(CompanyId::Nvidia);
    world
        .accounts
        .pay(log, Account::Households, openai, revenue_q, Flow::Revenue);
    world.companies[CompanyId::OpenAi.index()].revenue_q_bn += revenue_q;
    let hyper_compute = world.openai.hyperscaler_gw * op.hyperscaler_price_bn_per_gw_yr / 4.0;
    world
        .accounts
        .pay(log, openai, hyperscalers, hyper_compute, Flow::ComputeLease);
    let own_gw = world.regions.iter().map(|r| r.dc.colo_mw).sum::<f64>() / 1000.0;
    let colo = own_gw * params.build.colo_fee_bn_per_gw_yr / 4.0;
    world
        .accounts
        .pay(log, openai, hyperscalers, colo, Flow::ComputeLease);
    // Take-or-pay: OpenAI pays for contracted capacity Oracle has delivered.
    let mut to_oracle = 0.0;
    let mut available = from_oracle;
    for c in world
        .contracts
        .iter()
        .filter(|c| !c.defaulted && c.end_turn > world.turn)
    {
        let gw = c.gw.min(available);
        available -= gw;
        to_oracle += gw * c.price_bn_per_gw_yr / 4.0;
    }
    world
        .accounts
        .pay(log, openai, oracle, to_oracle, Flow::ComputeLease);
    let oracle_co = &mut world.companies[CompanyId::Oracle.index()];
    oracle_co.revenue_q_bn += to_oracle;
    oracle_co.backlog_bn = (oracle_co.backlog_bn - to_oracle).max(0.0);
    world.accounts.pay(
        log,
        openai,
        Account::Households,
        op.balance.fixed_costs_q_bn * growth_factor(world, 0.04),
        Flow::OperatingCost,
    );
    let committed = contracted_gw(world) * avg_contract_price(world)
        + world.openai.hyperscaler_gw * op.hyperscaler_price_bn_per_gw_yr
        + own_gw * params.build.colo_fee_bn_per_gw_yr
        + world.openai.chips_on_order_gw * params.build.dc_chips_bn_per_gw / 2.0;
    world.openai.commitments_yr_bn = committed;

    // Oracle.
    let orp = &params.companies.oracle;
    let base = &mut world.companies[CompanyId::Oracle.index()];
    base.base_revenue_q_bn *= 1.0 + orp.balance.base_growth_q;
    let base_rev = base.base_revenue_q_bn;
    let oracle_online: f64 = (0..world.regions.len())
        .map(|r| world.regions[r].dc.oracle_mw + supply::island_mw(world, r))
        .sum::<f64>()
        / 1000.0;
    let spare = (oracle_online - from_oracle).max(0.0);
    let cloud = spare * orp.cloud_price_bn_per_gw_yr * orp.cloud_utilization / 4.0;
    world.accounts.pay(
        log,
        Account::Households,
        oracle,
        base_rev + cloud,
        Flow::Revenue,
    );
    world.companies[CompanyId::Oracle.index()].revenue_q_bn += base_rev + cloud;
    let base_costs = base_rev * (1.0 - orp.balance.base_margin);
    world.accounts.pay(
        log,
        oracle,
        Account::Suppliers,
        base_costs,
        Flow::OperatingCost,
    );
    world.accounts.pay(
        log,
        oracle,
        Account::Suppliers,
        oracle_online * orp.dc_opex_bn_per_gw_yr / 4.0,
        Flow::OperatingCost,
    );
    // Islanded data centers burn gas in their own turbines.
    let island_mwh: f64 = (0..world.regions.len())
        .map(|r| {
            supply::island_mw(world, r)
                * params.regions[r].data_centers.utilization
                * super::grid::HOURS as f64
        })
        .sum();
    let island_fuel: f64 = (0..world.regions.len())
        .map(|r| {
            supply::island_mw(world, r)
                * params.regions[r].data_centers.utilization
                * super::grid::HOURS as f64
                * super::grid::variable_cost(
                    &params,
                    &params.regions[r],
                    world.regions[r].gas_price,
                    super::ids::Tech::Onsite,
                )
        })
        .sum::<f64>()
        / 1e9;
    world.oracle.island_mw = island_mwh / super::grid::HOURS as f64;
    world
        .accounts
        .pay(log, oracle, Account::Suppliers, island_fuel, Flow::Fuel);
    let leases: f64 = world
        .spvs
        .iter()
        .filter(|s| s.owner == CompanyId::Oracle && s.end_turn > world.turn)
        .map(|s| s.lease_q_bn)
        .sum();
    world
        .accounts
        .pay(log, oracle, Account::SpvPartners, leases, Flow::SpvLease);

    // Nvidia: chip sales arrived with construction payments; add sales outside the model.
    let np = &params.companies.nvidia;
    let nv = &mut world.companies[CompanyId::Nvidia.index()];
    nv.base_revenue_q_bn *= 1.0 + np.other_sales_growth_q;
    let other = nv.base_revenue_q_bn;
    // Hyperscalers' chip spending outside their modelled projects.
    let hyper_paid = world.companies[CompanyId::Hyperscalers.index()].capex_q_bn;
    let hyper_rest = (hyper_capex_q - hyper_paid).max(0.0);
    let hyper_chips = hyper_rest * np.share_of_hyperscaler_capex;
    world
        .accounts
        .pay(log, Account::Households, nvidia, other, Flow::ChipSale);
    world
        .accounts
        .pay(log, hyperscalers, nvidia, hyper_chips, Flow::ChipSale);
    world.accounts.pay(
        log,
        hyperscalers,
        Account::Suppliers,
        hyper_rest - hyper_chips,
        Flow::Capex,
    );
    world.companies[CompanyId::Hyperscalers.index()].capex_q_bn += hyper_rest;
    world.market.capex_ytd_bn += hyper_capex_q;
    let nv = &mut world.companies[CompanyId::Nvidia.index()];
    nv.revenue_q_bn += other + hyper_chips;
    let cogs = nv.revenue_q_bn * (1.0 - np.gross_margin);
    world
        .accounts
        .pay(log, nvidia, Account::Suppliers, cogs, Flow::OperatingCost);
    world.accounts.pay(
        log,
        nvidia,
        Account::Households,
        np.balance.fixed_costs_q_bn * growth_factor(world, 0.03),
        Flow::OperatingCost,
    );

    // Hyperscalers: their core businesses, AI revenue, OpenAI's payments, payouts.
    let hp = &params.companies.hyperscalers;
    let hs = &mut world.companies[CompanyId::Hyperscalers.index()];
    hs.base_revenue_q_bn *= 1.0 + hp.balance.base_growth_q;
    let hs_base = hs.base_revenue_q_bn;
    let ai_growth = hp.ai_revenue_growth_q * (1.0 + world.market.sentiment * 0.5);
    world.market.hyperscaler_ai_q_bn = (world
        .market
        .hyperscaler_ai_q_bn
        .max(hp.ai_revenue_q_bn * 0.1))
        * (1.0 + ai_growth);
    let hs_ai = world.market.hyperscaler_ai_q_bn;
    world.accounts.pay(
        log,
        Account::Households,
        hyperscalers,
        hs_base + hs_ai,
        Flow::Revenue,
    );
    let hs = &mut world.companies[CompanyId::Hyperscalers.index()];
    hs.revenue_q_bn += hs_base + hs_ai + hyper_compute + colo;
    let hs_costs = hs_base * (1.0 - hp.balance.base_margin) + hs_ai * 0.5;
    world.accounts.pay(
        log,
        hyperscalers,
        Account::Households,
        hs_costs,
        Flow::OperatingCost,
    );
    let hs_ocf = hs_base * hp.balance.base_margin + hs_ai * 0.5 + hyper_compute + colo;
    world.accounts.pay(
        log,
        hyperscalers,
        Account::Investors,
        hs_ocf * hp.payout_share,
        Flow::Buyback,
    );

    // Capital spending outside the tracked projects grows with each company's base business.
    for id in [CompanyId::Oracle, CompanyId::Nvidia, CompanyId::OpenAi] {
        let bp = params.companies.balance(id);
        let growth = world.company(id).base_revenue_q_bn / bp.base_revenue_q_bn.max(1e-9);
        let capex = bp.base_capex_q_bn
            * if bp.base_revenue_q_bn > 0.0 {
                growth
            } else {
                1.0
            };
        world.accounts.pay(
            &mut report.transfers,
            company_account(id),
            Account::Suppliers,
            capex,
            Flow::Capex,
        );
        world.company_mut(id).capex_q_bn += capex;
    }
    // Taxes on operating profit, interest and maturities for every company.
    for id in CompanyId::ALL {
        debt_service(world, id, appetite, report);
    }
    // The hyperscalers fund a gap below their cash floor with bonds and SPVs.
    let hs_cash = world.cash(CompanyId::Hyperscalers);
    let gap = hp.cash_floor_bn - hs_cash;
    if gap > 0.0 {
        let via_spv = gap * hp.spv_share_of_gap;
        issue_bonds(
            world,
            CompanyId::Hyperscalers,
            gap - via_spv,
            appetite,
            report,
        );
        world.accounts.pay(
            &mut report.transfers,
            Account::SpvPartners,
            hyperscalers,
            via_spv,
            Flow::SpvFunding,
        );
        world.company_mut(CompanyId::Hyperscalers).off_balance_bn += via_spv;
        world.market.bonds_ytd_bn += via_spv * (1.0 - SPV_EQUITY_SHARE);
    }
}

fn avg_contract_price(world: &World) -> f64 {
    let live: Vec<&ComputeContract> = world
        .contracts
        .iter()
        .filter(|c| !c.defaulted && c.end_turn > world.turn)
        .collect();
    let gw: f64 = live.iter().map(|c| c.gw).sum();
    if gw > 0.0 {
        live.iter()
            .map(|c| c.gw * c.price_bn_per_gw_yr)
            .sum::<f64>()
            / gw
    } else {
        0.0
    }
}

/// Costs that grow with time (staff, R&D), relative to the start.
fn growth_factor(world: &World, per_quarter: f64) -> f64 {
    (1.0 + per_quarter).powi(world.turn as i32)
}

fn debt_service(
    world: &mut World,
    id: CompanyId,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) {
    let acc = company_account(id);
    let turn = world.turn;
    let rf = world.market.risk_free;
    let c = world.company(id);
    let interest = c.interest_q_bn() + c.revolver_bn * (rf + 0.02) / 4.0;
    let maturing: f64 = c
        .bonds
        .iter()
        .filter(|b| b.maturity_turn <= turn)
        .map(|b| b.principal_bn)
        .sum();
    world.accounts.pay(
        &mut report.transfers,
        acc,
        Account::Investors,
        interest,
        Flow::Interest,
    );
    if maturing > 0.0 {
        world
            .company_mut(id)
            .bonds
            .retain(|b| b.maturity_turn > turn);
        world.accounts.pay(
            &mut report.transfers,
            acc,
            Account::Investors,
            maturing,
            Flow::BondRepayment,
        );
        // Refinance if the market is open.
        issue_bonds(world, id, maturing, appetite, report);
    }
    // Taxes on a rough operating profit.
    let c = world.company(id);
    let profit = c.revenue_q_bn * 0.25 - interest;
    if profit > 0.0 && id != CompanyId::OpenAi {
        world.accounts.pay(
            &mut report.transfers,
            acc,
            Account::Government,
            profit * TAX_RATE,
            Flow::Tax,
        );
    }
}

/// Cash below zero: draw the revolver, then default.
pub fn solvency(world: &mut World, report: &mut TurnReport) {
    let params = world.params.clone();
    for id in [
        CompanyId::OpenAi,
        CompanyId::Oracle,
        CompanyId::Nvidia,
        CompanyId::Hyperscalers,
    ] {
        let acc = company_account(id);
        let cash = world.cash(id);
        if cash >= 0.0 || world.company(id).insolvent {
            if world.company(id).insolvent && cash < 0.0 {
                world.accounts.pay(
                    &mut report.transfers,
                    Account::Investors,
                    acc,
                    -cash,
                    Flow::Default,
                );
            }
            continue;
        }
        let limit = match id {
            CompanyId::Oracle => params.companies.oracle.revolver_bn,
            CompanyId::OpenAi => 4.0,
            _ => 1e6,
        };
        let draw = (limit - world.company(id).revolver_bn).max(0.0).min(-cash);
        if draw > 0.0 {
            world.company_mut(id).revolver_bn += draw;
            world.accounts.pay(
                &mut report.transfers,
                Account::Investors,
                acc,
                draw,
                Flow::BondIssue,
            );
        }
        let cash = world.cash(id);
        if cash < -1e-9 {
            default(world, id, -cash, report);
        }
    }
}

fn default(world: &mut World, id: CompanyId, shortfall: f64, report: &mut TurnReport) {
    let recovery = world.params.market.recovery;
    let turn = world.turn;
    let c = world.company_mut(id);
    c.insolvent = true;
    c.rating = Rating::D;
    c.spread_bp = 5000.0;
    for b in &mut c.bonds {
        b.principal_bn *= recovery;
    }
    c.revolver_bn *= recovery;
    let lost_equity = c.market_cap_bn * 0.9;
    c.market_cap_bn *= 0.1;
    // Debtor-in-possession money keeps the lights on; bondholders take the loss.
    world.accounts.pay(
        &mut report.transfers,
        Account::Investors,
        company_account(id),
        shortfall,
        Flow::Default,
    );
    world.records.insolvencies.push(Insolvency {
        company: id,
        turn,
        shortfall_bn: shortfall,
    });
    // Counterparties: contracts fail, Nvidia's stake is written off, markets take a shock.
    if matches!(id, CompanyId::OpenAi | CompanyId::Oracle) {
        let mut lost_backlog = 0.0;
        for contract in &mut world.contracts {
            if !contract.defaulted && contract.end_turn > turn {
                contract.defaulted = true;
                lost_backlog +=
                    contract.gw * contract.price_bn_per_gw_yr * f64::from(contract.end_turn - turn)
                        / 4.0;
            }
        }
        let oracle = world.company_mut(CompanyId::Oracle);
        oracle.backlog_bn = (oracle.backlog_bn - lost_backlog).max(0.0);
    }
    if id == CompanyId::OpenAi {
        // Undelivered chips are cancelled: Nvidia loses the orders and the rest of their price.
        let cancelled: f64 = world
            .projects
            .iter()
            .filter(|p| p.owner == Owner::OpenAi && p.kind == ProjectKind::Chips)
            .map(|p| p.size)
            .sum();
        world
            .projects
            .retain(|p| !(p.owner == Owner::OpenAi && p.kind == ProjectKind::Chips));
        for good in [super::ids::Good::Gpu, super::ids::Good::Memory] {
            let g = &mut world.supply.goods[good.index()];
            g.backlog = (g.backlog - cancelled).max(0.0);
        }
        world.openai.chips_on_order_gw = 0.0;
        world.openai.vendor_financed_gw = 0.0;
        let stake = world.openai.nvidia_stake_bn;
        world.company_mut(CompanyId::Nvidia).market_cap_bn -= stake * 3.0;
        world.openai.nvidia_stake_bn = 0.0;
    }
    world.market.sentiment = (world.market.sentiment - 0.4).max(-1.0);
    world.market.pension_losses_bn += lost_equity * world.params.market.pension_ai_share * 0.1;
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-insolvency")
            .text("company", id.id())
            .num("shortfall", shortfall),
    );
}

/// Expectations, sentiment, valuations, credit, ratings, the index and the gauges.
pub fn markets(
    world: &mut World,
    orders: &Orders,
    shocks: &MarketShocks,
    rngs: &Rngs,
    report: &mut TurnReport,
) {
    let params = world.params.clone();
    let m = &params.market;
    let mut rng = rngs.stream(Purpose::Markets, world.turn, 0);

    // Revenue against expectations.
    let mut surprise_sum = 0.0;
    let mut weight_sum = 0.0;
    for (id, weight) in [
        (CompanyId::OpenAi, 0.4),
        (CompanyId::Nvidia, 0.35),
        (CompanyId::Oracle, 0.1),
        (CompanyId::Hyperscalers, 0.15),
    ] {
        let c = world.company_mut(id);
        let last = c.revenue_history.last().copied().unwrap_or(c.revenue_q_bn);
        let expected = last * (1.0 + c.expected_growth).max(0.01).powf(0.25);
        let surprise = if expected > 0.0 {
            c.revenue_q_bn / expected - 1.0
        } else {
            0.0
        };
        c.surprise = surprise.clamp(-1.0, 1.0);
        let year_ago = c
            .revenue_history
            .iter()
            .rev()
            .nth(3)
            .copied()
            .unwrap_or(last);
        let realised = if year_ago > 0.0 {
            c.revenue_q_bn / year_ago - 1.0
        } else {
            0.0
        };
        c.expected_growth += m.expectation_adaptation * (realised - c.expected_growth);
        c.expected_growth = c.expected_growth.clamp(-0.5, 5.0);
        surprise_sum += weight * c.surprise;
        weight_sum += weight;
    }
    let surprise = surprise_sum / weight_sum;

    // Coverage: can OpenAI's revenue carry what it has committed to pay? Markets digest it
    // with a quarter's lag: this quarter's sentiment and belief use last quarter's figure.
    let coverage = world.market.coverage;
    let coverage_now = if world.openai.commitments_yr_bn > 0.0 {
        world.openai.revenue_run_rate_bn / world.openai.commitments_yr_bn
    } else {
        1.0
    };

    let nvidia_rev: f64 = world
        .company(CompanyId::Nvidia)
        .revenue_history
        .iter()
        .rev()
        .take(3)
        .sum::<f64>()
        + world.company(CompanyId::Nvidia).revenue_q_bn;
    let circular: f64 = world
        .market
        .circular_revenue_history
        .iter()
        .rev()
        .take(4)
        .sum();
    world.market.circular_share = if nvidia_rev > 0.0 {
        (circular / nvidia_rev).min(1.0)
    } else {
        0.0
    };

    let statement = |s: Statement, up: f64, down: f64| match s {
        Statement::Quiet => 0.0,
        Statement::Confident => up,
        Statement::Cautious => -down,
    };
    // Spreads widening at the listed builders this quarter weigh on sentiment; a wide but
    // stable spread does not.
    let credit_stress: f64 = [CompanyId::Oracle, CompanyId::Hyperscalers]
        .iter()
        .map(|id| {
            let c = world.company(*id);
            let before = c.spread_last_bp.max(1.0);
            (c.spread_bp / before).ln().max(0.0)
        })
        .sum::<f64>()
        .min(3.0);
    // The market judges OpenAI's commitments against the revenue it expects a year out.
    let openai = world.company(CompanyId::OpenAi);
    let forward_coverage = coverage * (1.0 + openai.expected_growth).clamp(0.5, 3.0);
    // A jump in Oracle's backlog reads as proof that AI demand is real.
    let oracle = world.company(CompanyId::Oracle);
    let booked = (oracle.backlog_bn - world.market.backlog_last_bn).max(0.0);
    let backlog_surprise = booked / (oracle.revenue_q_bn * 4.0).max(1.0);
    world.market.backlog_last_bn = oracle.backlog_bn;
    // Announcements move a stock beyond what they change in earnings; the premium fades.
    let c = world.company_mut(CompanyId::Oracle);
    c.hype = HYPE_DECAY * c.hype + HYPE_PER_YEAR_BOOKED * backlog_surprise.min(10.0);
    let s = world.market.sentiment;
    let change = (m.sentiment_persistence - 1.0) * s
        + m.surprise_weight * surprise
        + BACKLOG_SURPRISE_WEIGHT * backlog_surprise.min(10.0)
        - COVERAGE_PRESSURE * (0.5 - forward_coverage).max(0.0)
        - CREDIT_SENTIMENT * credit_stress
        + m.momentum * world.market.sentiment_change
        + statement(orders.openai.statement, 0.04, 0.08)
        + statement(orders.whitehouse.statement, 0.03, 0.06)
        + shocks.sentiment
        + m.sentiment_noise * rng.normal();
    let new_s = (s + change).clamp(-1.0, 1.0);
    world.market.sentiment_change = new_s - s;
    world.market.sentiment = new_s;
    let s = new_s;

    // Valuations: expected revenue in two years x margin x a multiple set by sentiment.
    let circ = world.market.circular_share;
    // Markets take a newly signed backlog at last quarter's belief, then learn what coverage
    // implies.
    let credibility = world.market.backlog_belief;
    // Scrutiny grows with how much of Oracle's backlog depends on OpenAI.
    let concentration =
        (openai_backlog(world) / world.company(CompanyId::Oracle).backlog_bn.max(1.0)).min(1.0);
    let implied = backlog_credibility(coverage, s);
    world.market.backlog_belief += BELIEF_LEARNING * concentration * (implied - credibility);
    for id in CompanyId::ALL {
        if world.company(id).insolvent {
            continue;
        }
        let value = model_value(world, id, s, circ, credibility);
        // Equity is the business's value less what it owes: cash paid out or borrowed since
        // the start moves the share price (a buyback at fair value changes nothing).
        let net_debt_change = net_debt(world, id) - world.company(id).net_debt_start_bn;
        let c = world.company_mut(id);
        let shock = shocks.market_value.get(id.index()).copied().unwrap_or(0.0);
        c.market_cap_bn = ((value * c.valuation_scale - net_debt_change) * (1.0 + shock)).max(1.0);
        c.peak_market_cap_bn = c.peak_market_cap_bn.max(c.market_cap_bn);
    }

    credit(world, surprise, shocks, report);

    // The index: listed AI names and the rest of the market.
    let listed: f64 = CompanyId::ALL
        .iter()
        .filter(|id| id.listed())
        .map(|id| world.company(*id).market_cap_bn)
        .sum();
    let mk = &mut world.market;
    mk.non_ai_cap_bn *= 1.0
        + m.non_ai_growth_q
        + m.non_ai_beta * mk.sentiment_change * 0.3
        + m.non_ai_vol_q * rng.normal();
    mk.non_ai_cap_bn = mk.non_ai_cap_bn.max(1.0);
    mk.index = 100.0 * (listed + mk.non_ai_cap_bn) / mk.index_base_bn.max(1.0);
    mk.index_peak = mk.index_peak.max(mk.index);
    mk.index_history.push(mk.index);
    mk.household_stocks_bn = m.household_wealth_bn * m.household_stock_share * mk.index / 100.0;
    let ai_drop = (1.0 - listed / mk.ai_cap_start_bn.max(1.0)).max(0.0);
    mk.pension_losses_bn = mk
        .pension_losses_bn
        .max(m.pension_assets_bn * m.pension_ai_share * ai_drop);

    let ai_value: f64 = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).market_cap_bn)
        .sum();
    let ai_revenue: f64 = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).revenue_q_bn * 4.0)
        .sum();
    world.market.bubble_gauge = if ai_revenue > 0.0 {
        ai_value / ai_revenue
    } else {
        0.0
    };

    // Calendar-year tallies.
    if world.date.quarter == 4 {
        let year = world.date.year;
        let mk = &mut world.market;
        mk.bonds_by_year.push((year, mk.bonds_ytd_bn));
        mk.capex_by_year.push((year, mk.capex_ytd_bn));
        mk.bonds_ytd_bn = 0.0;
        mk.capex_ytd_bn = 0.0;
    }
    report_companies(world, report);
    for c in &mut world.companies {
        c.revenue_history.push(c.revenue_q_bn);
        c.capex_history.push(c.capex_q_bn);
        for history in [&mut c.revenue_history, &mut c.capex_history] {
            if history.len() > 8 {
                history.remove(0);
            }
        }
    }
    report.market.sentiment = world.market.sentiment;
    report.market.index = world.market.index;
    report.market.risk_free = world.market.risk_free;
    report.market.bubble_gauge = world.market.bubble_gauge;
    world.market.coverage = coverage_now;
    report.market.coverage = coverage_now;
    report.market.circular_share = world.market.circular_share;
    report.market.ai_revenue_bn_yr =
        world.openai.revenue_run_rate_bn + world.market.hyperscaler_ai_q_bn * 4.0;
    report.market.openai_revenue_bn = world.company(CompanyId::OpenAi).revenue_q_bn;
    report.market.openai_compute_gw = world.openai.compute_gw;
    report.market.bonds_issued_bn = CompanyId::ALL
        .iter()
        .map(|id| world.company(*id).bonds_issued_q_bn)
        .sum();
    report.market.hyperscaler_capex_bn = world.company(CompanyId::Hyperscalers).capex_q_bn;
    report.market.household_stocks_bn = world.market.household_stocks_bn;
}

/// How much of Oracle's backlog the market believes: less when the buyer's revenue covers little
/// of what it owes, and when sentiment sours.
pub fn backlog_credibility(coverage: f64, sentiment: f64) -> f64 {
    (0.2 + 0.8 * (coverage / COVERAGE_COMFORT).clamp(0.0, 1.0)) * (0.75 + 0.25 * sentiment)
}

/// What OpenAI still owes Oracle under live contracts, $B.
pub fn openai_backlog(world: &World) -> f64 {
    world
        .contracts
        .iter()
        .filter(|c| !c.defaulted && c.end_turn > world.turn)
        .map(|c| {
            c.gw * c.price_bn_per_gw_yr * f64::from(c.end_turn - world.turn.max(c.start_turn)) / 4.0
        })
        .sum()
}

/// Model value before the start-of-game scale: expected revenue in two years x margin x multiple.
pub fn model_value(
    world: &World,
    id: CompanyId,
    sentiment: f64,
    circular: f64,
    credibility: f64,
) -> f64 {
    let params = &world.params;
    let m = &params.market;
    let c = world.company(id);
    let bp = params.companies.balance(id);
    let run_rate = c.revenue_q_bn * 4.0;
    let mut expected = run_rate * (1.0 + c.expected_growth).max(0.1).powi(2);
    if id == CompanyId::Oracle {
        // Backlog converts to revenue over about five years; OpenAI's part counts as far as the
        // market believes OpenAI can pay.
        let from_openai = openai_backlog(world).min(c.backlog_bn);
        let believed = c.backlog_bn - from_openai + credibility * from_openai;
        expected = expected.max(run_rate + believed / 5.0);
    }
    let margin = match id {
        CompanyId::OpenAi => 1.0,
        CompanyId::Nvidia => params.companies.nvidia.gross_margin - 0.15,
        _ => bp.base_margin.max(0.05),
    };
    let debt = c.debt_bn() + c.off_balance_known_bn;
    let ebitda = (run_rate * margin.max(0.05)).max(1.0);
    let leverage_penalty = (1.0 - 0.04 * (debt / ebitda - 4.0).max(0.0)).max(0.3);
    let circular_penalty = if id == CompanyId::Nvidia || id == CompanyId::OpenAi {
        (1.0 - m.circular_discount * circular * (-sentiment).max(0.0)).max(0.2)
    } else {
        1.0
    };
    let hype = c.hype.exp();
    // Equity holders stand behind lenders: a tripled spread takes about a quarter off the value.
    let credit_penalty = (c.anchor_spread_bp / c.spread_bp.max(1.0))
        .min(1.0)
        .powf(CREDIT_EQUITY_ELASTICITY);
    expected
        * margin
        * bp.base_multiple
        * (m.multiple_sentiment * sentiment).exp()
        * leverage_penalty
        * circular_penalty
        * credit_penalty
        * hype
}

/// Spreads move towards a level set by leverage, cash burn and sentiment; peers follow part of
/// the leader's move; ratings follow leverage a notch at a time.
fn credit(world: &mut World, surprise: f64, shocks: &MarketShocks, report: &mut TurnReport) {
    let params = world.params.clone();
    let table = &params.market.rating_spreads_bp;
    let s = world.market.sentiment;
    let mut moves = [0.0; CompanyId::COUNT];
    for id in CompanyId::ALL {
        let c = world.company(id);
        if c.insolvent {
            continue;
        }
        let rating_factor = table.get(c.rating.notch()).copied().unwrap_or(100.0)
            / table
                .get(c.anchor_rating.notch())
                .copied()
                .unwrap_or(100.0)
                .max(1.0);
        let leverage = leverage(world, id);
        // Capex running ahead of what the company spent over the last year alarms lenders.
        let capex_jump = capex_surprise(c);
        // A backlog concentrated on a buyer whose revenue covers little of what it owes.
        let counterparty = if id == CompanyId::Oracle {
            let concentration = openai_backlog(world) / c.backlog_bn.max(1.0);
            concentration.min(1.0)
                * (1.0 - world.market.coverage / COVERAGE_COMFORT).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let stress = 0.5 * (leverage - start_leverage(world, id).max(2.5)).max(0.0)
            + 1.0 * burn_stress(world, id)
            + 0.8 * (-s).max(0.0)
            + 0.5 * (-c.surprise).max(0.0)
            + 0.25 * capex_jump
            + 4.0 * counterparty;
        let target = c.anchor_spread_bp * rating_factor * (1.0 + stress);
        let shock = shocks.spread_bp.get(id.index()).copied().unwrap_or(0.0);
        moves[id.index()] = SPREAD_SPEED * (target - c.spread_bp) + shock;
    }
    for c in &mut world.companies {
        c.spread_last_bp = c.spread_bp;
    }
    // Peers follow part of the biggest relative widening.
    let leader = CompanyId::ALL
        .iter()
        .map(|id| moves[id.index()] / world.company(*id).spread_bp.max(10.0))
        .fold(0.0, f64::max);
    for id in CompanyId::ALL {
        if world.company(id).insolvent {
            continue;
        }
        let c = world.company_mut(id);
        let own = moves[id.index()];
        let relative = own / c.spread_bp.max(10.0);
        let contagion = if relative < leader {
            params.market.contagion * leader * c.spread_bp
        } else {
            0.0
        };
        let before = c.spread_bp;
        c.spread_bp = (c.spread_bp + own + contagion).clamp(5.0, 5000.0);
        let jump = (c.spread_bp - before).abs() / before.max(10.0);
        c.cds_activity = 0.6 * c.cds_activity
            + 0.4
                * 100.0
                * (1.0 + 4.0 * jump + 0.5 * (c.spread_bp / c.anchor_spread_bp - 1.0).max(0.0));
    }
    let _ = surprise;

    // Ratings: one notch a quarter towards what leverage and cash burn imply.
    for id in CompanyId::ALL {
        let c = world.company(id);
        if c.insolvent {
            continue;
        }
        let c_lev = (c.debt_bn() + 0.5 * c.off_balance_known_bn)
            / ((c.revenue_q_bn * 4.0).max(1.0) * params.companies.balance(id).base_margin.max(0.1));
        let implied = rating_for(c_lev + 2.0 * burn_stress(world, id));
        let anchor_implied = c.anchor_rating.notch() as i32;
        // The start rating reflects more than leverage (scale, franchise): keep its offset.
        let offset = anchor_implied - rating_for(start_leverage(world, id)).notch() as i32;
        let target =
            (implied.notch() as i32 + offset).clamp(0, Rating::Ccc.notch() as i32) as usize;
        let now = c.rating.notch();
        // Agencies move a notch at a time, at most every other quarter, and only on a clear gap.
        let rested = world.turn >= c.rating_changed_turn + 2 || c.rating_changed_turn == 0;
        let next = if !rested {
            now
        } else if target > now + 1 {
            now + 1
        } else if target + 2 < now {
            now - 1
        } else {
            now
        };
        if next != now {
            let was_ig = c.rating.investment_grade();
            let new = Rating::from_notch(next);
            world.company_mut(id).rating = new;
            world.company_mut(id).rating_changed_turn = world.turn;
            let key = if next > now {
                "news-downgrade"
            } else {
                "news-upgrade"
            };
            if next > now {
                world.records.downgrades += 1;
            }
            report.say(
                Topic::Finance,
                if next > now {
                    Severity::Alert
                } else {
                    Severity::Notice
                },
                Msg::new(key)
                    .text("company", id.id())
                    .text("rating", new.label()),
            );
            // A fall below investment grade triggers the SPVs: their debt comes on the books.
            if was_ig && !new.investment_grade() {
                consolidate_spvs(world, id, report);
            } else if next > now {
                reveal(world, id, report);
            }
        }
    }
}

fn rating_for(leverage: f64) -> Rating {
    match leverage {
        l if l < 0.5 => Rating::AaPlus,
        l if l < 1.0 => Rating::Aa,
        l if l < 1.5 => Rating::AaMinus,
        l if l < 2.0 => Rating::A,
        l if l < 2.5 => Rating::AMinus,
        l if l < 3.0 => Rating::BbbPlus,
        l if l < 3.5 => Rating::Bbb,
        l if l < 4.5 => Rating::BbbMinus,
        l if l < 5.5 => Rating::BbPlus,
        l if l < 6.5 => Rating::Bb,
        l if l < 8.0 => Rating::BbMinus,
        l if l < 10.0 => Rating::B,
        l if l < 14.0 => Rating::BMinus,
        _ => Rating::Ccc,
    }
}

/// Capex this quarter over the average of the last four, less one (0 when flat or falling).
fn capex_surprise(c: &super::state::Company) -> f64 {
    let history: Vec<f64> = c.capex_history.iter().rev().take(4).copied().collect();
    if history.is_empty() {
        return 0.0;
    }
    let average = history.iter().sum::<f64>() / history.len() as f64;
    if average <= 1.0 {
        0.0
    } else {
        (c.capex_q_bn / average - 1.0).clamp(0.0, 2.0)
    }
}

/// Debt less cash, $B.
pub fn net_debt(world: &World, id: CompanyId) -> f64 {
    world.company(id).debt_bn() - world.cash(id)
}

/// Debt (with the known half of off-balance-sheet obligations) over operating earnings.
fn leverage(world: &World, id: CompanyId) -> f64 {
    let c = world.company(id);
    let run_rate = (c.revenue_q_bn * 4.0).max(1.0);
    let margin = world.params.companies.balance(id).base_margin.max(0.1);
    (c.debt_bn() + c.off_balance_known_bn) / (run_rate * margin)
}

/// Cash burn against the money on hand: 0 with a comfortable runway, 1 with none.
fn burn_stress(world: &World, id: CompanyId) -> f64 {
    let c = world.company(id);
    let burn = -c.trailing_fcf_bn() / c.fcf_history.len().clamp(1, 4) as f64;
    if burn <= 0.0 {
        return 0.0;
    }
    let revolver = match id {
        CompanyId::Oracle => world.params.companies.oracle.revolver_bn - c.revolver_bn,
        _ => 0.0,
    };
    let runway = (world.cash(id) + revolver.max(0.0)) / burn;
    (1.0 - runway / RUNWAY_COMFORT_Q).clamp(0.0, 1.0)
}

fn start_leverage(world: &World, id: CompanyId) -> f64 {
    let p = world.params.companies.balance(id);
    let revenue = match id {
        CompanyId::OpenAi => world.params.companies.openai.demand_bn_yr / 4.0,
        _ => p.base_revenue_q_bn,
    };
    (p.debt_bn + p.off_balance_bn * INITIAL_DISCLOSED)
        / (revenue * 4.0 * p.base_margin.max(0.1)).max(1.0)
}

/// The market learns about a company's off-balance-sheet obligations.
pub fn reveal(world: &mut World, id: CompanyId, report: &mut TurnReport) {
    let c = world.company_mut(id);
    let hidden = c.off_balance_bn - c.off_balance_known_bn;
    if hidden <= 1.0 {
        return;
    }
    c.off_balance_known_bn = c.off_balance_bn;
    // Events reveal at the start of a quarter, before this quarter's revenue is booked.
    let last = c.revenue_history.last().copied().unwrap_or(c.revenue_q_bn);
    let run_rate = (last.max(c.revenue_q_bn) * 4.0).max(1.0);
    c.spread_bp += 30.0 * hidden / run_rate;
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-hidden-revealed")
            .text("company", id.id())
            .num("amount", hidden),
    );
}

fn consolidate_spvs(world: &mut World, id: CompanyId, report: &mut TurnReport) {
    let mut amount = 0.0;
    let turn = world.turn;
    for spv in world
        .spvs
        .iter_mut()
        .filter(|s| s.owner == id && !s.consolidated)
    {
        spv.consolidated = true;
        amount +=
            spv.amount_bn * (1.0 - SPV_EQUITY_SHARE) * f64::from(spv.end_turn.saturating_sub(turn))
                / f64::from(SPV_YEARS * 4);
    }
    reveal(world, id, report);
    if amount <= 0.0 {
        return;
    }
    let c = world.company_mut(id);
    c.off_balance_bn = (c.off_balance_bn - amount).max(0.0);
    c.off_balance_known_bn = c.off_balance_known_bn.min(c.off_balance_bn);
    c.bonds.push(Bond {
        principal_bn: amount,
        coupon: 0.07,
        maturity_turn: turn + SPV_YEARS * 4,
    });
    // The lease payments continue as interest on the consolidated debt.
    for spv in world
        .spvs
        .iter_mut()
        .filter(|s| s.owner == id && s.consolidated)
    {
        spv.lease_q_bn *= 1.0 / f64::from(SPV_YEARS) / (0.07 + 1.0 / f64::from(SPV_YEARS));
    }
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-spv-consolidated")
            .text("company", id.id())
            .num("amount", amount),
    );
}

/// Market effects of this quarter's events.
#[derive(Clone, Debug, Default)]
pub struct MarketShocks {
    pub sentiment: f64,
    pub spread_bp: [f64; CompanyId::COUNT],
    pub market_value: [f64; CompanyId::COUNT],
}

/// Closes the quarter's books for each company: free cash flow and history.
pub fn close_books(world: &mut World, report: &TurnReport) {
    for id in CompanyId::ALL {
        let acc = company_account(id);
        let net = super::ledger::net_flow(&report.transfers, acc);
        let financing: f64 = report
            .transfers
            .iter()
            .filter(|t| {
                matches!(
                    t.flow,
                    Flow::BondIssue
                        | Flow::BondRepayment
                        | Flow::EquityRaise
                        | Flow::VendorFinancing
                        | Flow::Default
                        | Flow::Buyback
                        | Flow::Dividend
                ) && (t.to == acc || t.from == acc)
            })
            .map(|t| {
                if t.to == acc {
                    t.amount_bn
                } else {
                    -t.amount_bn
                }
            })
            .sum();
        let c = world.company_mut(id);
        c.free_cash_flow_q_bn = net - financing;
        c.operating_cash_q_bn = c.free_cash_flow_q_bn + c.capex_q_bn;
        c.fcf_history.push(c.free_cash_flow_q_bn);
        if c.fcf_history.len() > 8 {
            c.fcf_history.remove(0);
        }
    }
}

fn report_companies(world: &World, report: &mut TurnReport) {
    report.companies = CompanyId::ALL
        .iter()
        .map(|id| {
            let c = world.company(*id);
            CompanyReport {
                id: *id,
                revenue_bn: c.revenue_q_bn,
                operating_cash_bn: c.operating_cash_q_bn,
                capex_bn: c.capex_q_bn,
                free_cash_flow_bn: c.free_cash_flow_q_bn,
                cash_bn: world.cash(*id),
                debt_bn: c.debt_bn(),
                off_balance_known_bn: c.off_balance_known_bn,
                off_balance_bn: c.off_balance_bn,
                market_cap_bn: c.market_cap_bn,
                share_price: c.share_price(),
                rating: c.rating,
                spread_bp: c.spread_bp,
                cds_activity: c.cds_activity,
                backlog_bn: c.backlog_bn,
                bonds_issued_bn: c.bonds_issued_q_bn,
                insolvent: c.insolvent,
            }
        })
        .collect();
}
