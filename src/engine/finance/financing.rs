//! The seats' financing orders: equity rounds, vendor financing, bonds, SPVs, the OpenAI-Oracle
//! compute contract and payouts. Money raised comes from named outside sectors or from Nvidia's
//! own balance sheet; a company in default raises and pays out nothing.

use super::{BOND_YEARS, NEW_ISSUE_PREMIUM_BP, company_account, spv};
use crate::engine::ids::{CompanyId, Seat};
use crate::engine::ledger::{Account, Flow};
use crate::engine::orders::{Orders, company_seat};
use crate::engine::params::Rating;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::state::{Bond, ComputeContract, VendorDeal, World};

/// Share of its cash Nvidia will lend to customers at once. Assumption: Nvidia's $100B OpenAI
/// commitment (Sep 2025) was paced at $10B per GW deployed against about $60B of cash; a vendor
/// keeps most of its cash for its own operations and buybacks.
const VENDOR_CASH_SHARE: f64 = 0.5;
/// Nvidia's commitment to OpenAI, $B (press, Sep 2025: "up to $100B").
const VENDOR_COMMITMENT_BN: f64 = 100.0;

/// Market conditions that limit what can be raised this quarter.
#[derive(Clone, Debug)]
pub struct Appetite {
    pub bonds_bn: f64,
}

/// How bond buyers' appetite answers AI sentiment (log change per unit). Assumption: at the
/// most upbeat sentiment buyers take about twice the calm quarter's issuance (e^0.8 = 2.2),
/// at the gloomiest less than half, as 2025's record big-tech issuance rode the boom.
const APPETITE_SENTIMENT: f64 = 0.8;
/// Most of its shares a company retires in one quarter's buyback. Assumption: a fifth, several
/// years of the largest buyback programmes; beyond it the market would not supply the shares.
const BUYBACK_SHARE_CAP_Q: f64 = 0.2;

pub fn appetite(world: &World) -> Appetite {
    let m = &world.params.market;
    Appetite {
        bonds_bn: m.bond_appetite_q_bn * (APPETITE_SENTIMENT * world.market.sentiment).exp(),
    }
}

/// Share of bond appetite open to a BB issuer. Assumption: the upper tier of the high-yield
/// market, which is about a fifth of IG's (SIFMA 2024); the split between BB and B is a
/// judgement that BB names draw the larger part of it.
const BB_ACCESS: f64 = 0.4;
/// Share of bond appetite open to a single-B issuer. Assumption: the lower tier of high yield,
/// under the market's fifth of IG's (SIFMA 2024), as buyers thin out below BB.
const SINGLE_B_ACCESS: f64 = 0.15;

/// Share of bond appetite open to an issuer of this rating: high-yield buyers are a fraction of
/// the investment-grade market (US HY issuance is about a fifth of IG's, SIFMA 2024).
pub fn access(rating: Rating, insolvent: bool) -> f64 {
    if insolvent || rating >= Rating::Ccc {
        0.0
    } else if rating.investment_grade() {
        1.0
    } else if rating <= Rating::BbMinus {
        BB_ACCESS
    } else {
        SINGLE_B_ACCESS
    }
}

/// Coupon a company would pay on new bonds now.
pub fn coupon(world: &World, id: CompanyId) -> f64 {
    let c = world.company(id);
    let guarantee = if matches!(id, CompanyId::Oracle | CompanyId::OpenAi) {
        let p = &world.params.politics;
        p.loan_guarantee_cut_bp
            * (world.policy.loan_guarantees_bn / p.loan_guarantee_full_bn).min(1.0)
    } else {
        0.0
    };
    world.market.risk_free + (c.spread_bp + NEW_ISSUE_PREMIUM_BP - guarantee).max(0.0) / 1e4
}

/// Sells bonds to investors as far as the market is open to the issuer; returns the amount.
pub fn issue_bonds(
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
    if amount < wanted - 1e-9
        && let Some(seat) = company_seat(id)
    {
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

/// Lowest share of the calm equity appetite left at the gloomiest sentiment. Assumption: even in
/// a rout some investors buy discounted rescue rounds, a tenth of the calm appetite.
const EQUITY_APPETITE_FLOOR: f64 = 0.1;

/// Most new equity investors take from company `id` this quarter, $B: their appetite, a share
/// of its market value that sentiment widens or narrows.
pub fn equity_limit_bn(world: &World, id: CompanyId) -> f64 {
    world.params.market.equity_appetite
        * world.company(id).market_cap_bn
        * (1.0 + world.market.sentiment).max(EQUITY_APPETITE_FLOOR)
}

/// Sells new shares to investors at the current price, up to their appetite; returns the
/// amount raised.
pub fn raise_equity(world: &mut World, id: CompanyId, wanted: f64, report: &mut TurnReport) -> f64 {
    let c = world.company(id);
    if wanted <= 0.0 || c.insolvent {
        return 0.0;
    }
    let limit = equity_limit_bn(world, id);
    let amount = wanted.min(limit).max(0.0);
    if amount <= 0.0 {
        return 0.0;
    }
    let price = c.share_price().max(1e-9);
    let c = world.company_mut(id);
    c.shares_bn += amount / price;
    c.market_cap_bn += amount;
    world.accounts.pay(
        &mut report.transfers,
        Account::Investors,
        company_account(id),
        amount,
        Flow::EquityRaise,
    );
    amount
}

/// The seats' financing orders and the OpenAI-Oracle contract, before money is spent.
pub fn financing(
    world: &mut World,
    orders: &Orders,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) {
    let o = &orders.openai;
    let openai = CompanyId::OpenAi;
    if !world.company(openai).insolvent {
        let raised = raise_equity(world, openai, o.equity_raise_bn, report);
        if raised < o.equity_raise_bn - 1e-9 {
            report.tell(
                Seat::OpenAi,
                Topic::Orders,
                Severity::Notice,
                Msg::new("news-equity-capped")
                    .num("wanted", o.equity_raise_bn)
                    .num("raised", raised),
            );
        }
        vendor_financing(world, o.vendor_financing_bn, report);
        issue_bonds(world, openai, o.debt_bn, appetite, report);
    }
    let oo = &orders.oracle;
    let oracle = CompanyId::Oracle;
    if !world.company(oracle).insolvent {
        issue_bonds(world, oracle, oo.bond_bn, appetite, report);
        if oo.spv_bn > 0.0 {
            spv::sign_oracle(world, oo.spv_bn, oo.spv_partner_share, appetite, report);
        }
    }
    contract(world, orders, report);
    payouts(world, orders, report);
}

/// How much vendor financing Nvidia would lend now: against chips ordered, within its
/// commitment and its cash.
pub fn vendor_limit(world: &World) -> f64 {
    let per_gw = world.params.companies.nvidia.vendor_bn_per_gw;
    let owed = world.openai.nvidia_stake_bn;
    let against_chips =
        per_gw * world.openai.chips_ordered_gw - per_gw * world.openai.vendor_financed_gw;
    let commitment = VENDOR_COMMITMENT_BN - owed;
    let cash = VENDOR_CASH_SHARE * world.cash(CompanyId::Nvidia);
    against_chips.min(commitment).min(cash).max(0.0)
}

/// Nvidia lends OpenAI money earmarked for chips: Nvidia's receivable, OpenAI's liability.
fn vendor_financing(world: &mut World, wanted: f64, report: &mut TurnReport) {
    if wanted <= 0.0 || world.company(CompanyId::Nvidia).insolvent {
        return;
    }
    let per_gw = world.params.companies.nvidia.vendor_bn_per_gw;
    let amount = wanted.min(vendor_limit(world));
    if amount < wanted - 1e-9 {
        report.tell(
            Seat::OpenAi,
            Topic::Orders,
            Severity::Notice,
            Msg::new("news-vendor-capped")
                .num("wanted", wanted)
                .num("raised", amount)
                .num("per_gw", per_gw),
        );
    }
    if amount <= 0.0 {
        return;
    }
    let gw = amount / per_gw.max(1e-9);
    world.openai.vendor_financed_gw += gw;
    world.openai.vendor_funds_unspent_bn += amount;
    world.openai.nvidia_stake_bn += amount;
    world.accounts.pay(
        &mut report.transfers,
        company_account(CompanyId::Nvidia),
        company_account(CompanyId::OpenAi),
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

/// The OpenAI-Oracle contract: signed when the offer meets Oracle's standing terms.
fn contract(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let (o, oo) = (&orders.openai, &orders.oracle);
    let any_default =
        world.company(CompanyId::OpenAi).insolvent || world.company(CompanyId::Oracle).insolvent;
    if o.contract_gw <= 0.0 || any_default {
        return;
    }
    if o.contract_price < oo.min_contract_price || oo.max_contract_gw <= 0.0 {
        report.say(
            Topic::Finance,
            Severity::Info,
            Msg::new("news-contract-refused")
                .num("offered", o.contract_price)
                .num("minimum", oo.min_contract_price),
        );
        return;
    }
    let gw = o.contract_gw.min(oo.max_contract_gw);
    let years = o.contract_years.round().max(1.0) as u32;
    let value = gw * o.contract_price * f64::from(years);
    let start_turn = world.turn + world.params.companies.oracle.contract_lead_quarters;
    world.contracts.push(ComputeContract {
        gw,
        price_bn_per_gw_yr: o.contract_price,
        start_turn,
        end_turn: start_turn + years * 4,
        signed_turn: world.turn,
        defaulted: false,
        settled_bn: 0.0,
    });
    world.company_mut(CompanyId::Oracle).backlog_bn += value;
    report.say(
        Topic::Finance,
        Severity::Notice,
        Msg::new("news-contract-signed")
            .num("gw", gw)
            .num("years", f64::from(years))
            .num("value", value)
            .text("due", world.date.plus(start_turn - world.turn).to_string()),
    );
}

/// Oracle's dividend and buybacks; a buyback at the market price.
fn payouts(world: &mut World, orders: &Orders, report: &mut TurnReport) {
    let oo = &orders.oracle;
    let oracle = CompanyId::Oracle;
    let acc = company_account(oracle);
    if world.company(oracle).insolvent {
        return;
    }
    world.accounts.pay(
        &mut report.transfers,
        acc,
        Account::Investors,
        oo.dividend_bn,
        Flow::Dividend,
    );
    buy_back(world, oracle, oo.buyback_bn, report);
}

/// Shares bought back at the market price and retired, up to a cap a quarter.
pub(super) fn buy_back(world: &mut World, id: CompanyId, amount_bn: f64, report: &mut TurnReport) {
    if amount_bn <= 0.0 {
        return;
    }
    let c = world.company(id);
    let price = c.share_price().max(1e-9);
    let retired = (amount_bn / price).min(c.shares_bn * BUYBACK_SHARE_CAP_Q);
    let c = world.company_mut(id);
    c.shares_bn -= retired;
    c.market_cap_bn -= retired * price;
    world.accounts.pay(
        &mut report.transfers,
        company_account(id),
        Account::Investors,
        retired * price,
        Flow::Buyback,
    );
}
