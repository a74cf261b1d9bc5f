//! Companies that cannot pay. Cash below zero is met first by the credit line, then by new
//! bonds or shares if anyone will buy them at any price; only when all are gone does the
//! company default. Default wipes the shareholders, gives creditors equity for what they cannot
//! recover, sells the data centers under construction to the hyperscalers at a discount, voids
//! the leases and compute contracts, and puts the losses on the counterparties' books.

use super::books::AccrualKind;
use super::financing::{Appetite, coupon, issue_bonds, raise_equity};
use super::{commitments, company_account, spv};
use crate::engine::ids::{CompanyId, Good};
use crate::engine::ledger::{Account, Flow};
use crate::engine::params::Rating;
use crate::engine::report::{CompanyReport, Msg, Severity, Topic, TurnReport};
use crate::engine::state::{Bond, Insolvency, Owner, ProjectKind, World};

/// OpenAI's revolving credit facility: $4B from a bank group (Oct 2024, press).
const OPENAI_REVOLVER_BN: f64 = 4.0;
/// Years the build-out term loans run. Assumption: bank term loans for data centers run about
/// five years, refinanced in the bond market once the capacity earns.
const TERM_LOAN_YEARS: u32 = 5;
/// Not a model parameter: the credit line of the rest stands for no limit, as AA-rated issuers
/// roll commercial paper and bank lines far beyond any quarter's shortfall.
const UNLIMITED_BN: f64 = 1e6;

fn credit_line(world: &World, id: CompanyId) -> f64 {
    match id {
        CompanyId::Oracle => world.params.companies.oracle.revolver_bn,
        CompanyId::OpenAi => OPENAI_REVOLVER_BN,
        _ => UNLIMITED_BN,
    }
}

/// Meets each company's negative cash with the credit line, new bonds, new shares, or default.
/// A company already in default borrows only from its debtor-in-possession lenders.
pub fn solvency(world: &mut World, appetite: &mut Appetite, report: &mut TurnReport) {
    for id in CompanyId::ALL {
        let acc = company_account(id);
        let short = -world.cash(id);
        if short <= 0.0 {
            continue;
        }
        if world.company(id).insolvent {
            world.accounts.pay(
                &mut report.transfers,
                Account::Investors,
                acc,
                short,
                Flow::Default,
            );
            world.company_mut(id).revolver_bn += short;
            continue;
        }
        let short_before = short;
        build_out_loan(world, id, short, report);
        let short = -world.cash(id);
        let draw = (credit_line(world, id) - world.company(id).revolver_bn)
            .max(0.0)
            .min(short);
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
        let short = -world.cash(id);
        if short > 1e-9 {
            issue_bonds(world, id, short, appetite, report);
        }
        let borrowed = short_before + world.cash(id).min(0.0);
        let short = -world.cash(id);
        let equity = if short > 1e-9 {
            raise_equity(world, id, short, report)
        } else {
            0.0
        };
        let short = -world.cash(id);
        if short > 1e-9 {
            default(world, id, short, report);
        } else {
            tell_cover(id, short_before, borrowed, equity, report);
        }
    }
}

/// A seat's company that ran out of cash and was carried by lenders or new shareholders says
/// so in public, as its borrowing would be: the player did not order it. A default tells its
/// own shortfall instead.
fn tell_cover(id: CompanyId, short: f64, borrowed: f64, equity: f64, report: &mut TurnReport) {
    if crate::engine::orders::company_seat(id).is_none() || borrowed + equity <= 1e-9 {
        return;
    }
    report.say(
        Topic::Finance,
        Severity::Notice,
        Msg::new("news-cash-short")
            .text("company", id.id())
            .num("short", short)
            .num("borrowed", borrowed)
            .num("equity", equity),
    );
}

/// Lenders advance term loans against the quarter's chip deliveries to the contracted build-out,
/// as far as the company is short of cash.
fn build_out_loan(world: &mut World, id: CompanyId, short: f64, report: &mut TurnReport) {
    let amount = commitments::chips_financing_q(world, id, report).min(short);
    if amount <= 0.0 {
        return;
    }
    let bond = Bond {
        principal_bn: amount,
        coupon: coupon(world, id),
        maturity_turn: world.turn + TERM_LOAN_YEARS * 4,
    };
    world.company_mut(id).bonds.push(bond);
    world.accounts.pay(
        &mut report.transfers,
        Account::Investors,
        company_account(id),
        amount,
        Flow::BondIssue,
    );
}

/// Default and restructuring.
fn default(world: &mut World, id: CompanyId, shortfall: f64, report: &mut TurnReport) {
    let recovery = world.params.market.recovery;
    let turn = world.turn;
    let acc = company_account(id);
    let old_equity = world.company(id).market_cap_bn;
    let c = world.company_mut(id);
    c.insolvent = true;
    c.default_turn = Some(turn);
    c.rating = Rating::D;
    // Creditors swap what they cannot recover for the new equity; the old shares are worthless.
    let mut swapped = 0.0;
    for b in &mut c.bonds {
        swapped += b.principal_bn * (1.0 - recovery);
        b.principal_bn *= recovery;
    }
    swapped += c.revolver_bn * (1.0 - recovery);
    c.revolver_bn *= recovery;
    report.accrue(acc, AccrualKind::DebtToEquity, swapped);
    // Debtor-in-possession lenders fund the shortfall ahead of everyone else.
    world.accounts.pay(
        &mut report.transfers,
        Account::Investors,
        acc,
        shortfall,
        Flow::Default,
    );
    world.company_mut(id).revolver_bn += shortfall;
    world.records.insolvencies.push(Insolvency {
        company: id,
        turn,
        shortfall_bn: shortfall,
    });
    if id == CompanyId::OpenAi {
        write_off_vendor_loans(world, recovery, report);
        cancel_chips(world, report);
    }
    sell_projects(world, id, recovery, report);
    spv::void_leases(world, id, report);
    void_contracts(world, id);
    let hit = world.params.market.default_sentiment_hit;
    world.market.sentiment = (world.market.sentiment - hit).max(-1.0);
    world.market.pension_losses_bn += old_equity
        * world.params.market.pension_ai_share
        * world.params.market.pension_default_loss_share;
    report.say(
        Topic::Finance,
        Severity::Alert,
        Msg::new("news-insolvency")
            .text("company", id.id())
            .num("shortfall", shortfall),
    );
}

/// Nvidia recovers part of its vendor financing; the rest becomes OpenAI equity it holds.
fn write_off_vendor_loans(world: &mut World, recovery: f64, report: &mut TurnReport) {
    let owed = world.openai.nvidia_stake_bn;
    let lost = owed * (1.0 - recovery);
    report.accrue(
        company_account(CompanyId::Nvidia),
        AccrualKind::ReceivableWriteOff,
        lost,
    );
    report.accrue(
        company_account(CompanyId::OpenAi),
        AccrualKind::VendorLoanToEquity,
        lost,
    );
    world.openai.nvidia_stake_bn = owed * recovery;
}

/// Undelivered chips are cancelled: OpenAI loses what it paid, Nvidia the orders.
fn cancel_chips(world: &mut World, report: &mut TurnReport) {
    let mine = |p: &crate::engine::state::Project| {
        p.owner == Owner::OpenAi && p.kind == ProjectKind::Chips
    };
    let cancelled: f64 = world
        .projects
        .iter()
        .filter(|p| mine(p))
        .map(|p| p.size)
        .sum();
    let paid: f64 = world
        .projects
        .iter()
        .filter(|p| mine(p))
        .map(|p| p.paid_bn)
        .sum();
    world.projects.retain(|p| !mine(p));
    report.accrue(
        company_account(CompanyId::OpenAi),
        AccrualKind::Impairment,
        paid,
    );
    for good in [Good::Gpu, Good::Memory] {
        let g = &mut world.supply.goods[good.index()];
        g.backlog = (g.backlog - cancelled).max(0.0);
    }
    world.openai.chips_on_order_gw = 0.0;
}

/// Compute contracts between OpenAI and Oracle end when either defaults; Oracle's backlog
/// loses what is left of them.
fn void_contracts(world: &mut World, id: CompanyId) {
    if !matches!(id, CompanyId::OpenAi | CompanyId::Oracle) {
        return;
    }
    let turn = world.turn;
    let mut lost = 0.0;
    for c in world
        .contracts
        .iter_mut()
        .filter(|c| !c.defaulted && c.end_turn > turn)
    {
        c.defaulted = true;
        lost += c.remaining_bn();
    }
    let oracle = world.company_mut(CompanyId::Oracle);
    oracle.backlog_bn = (oracle.backlog_bn - lost).max(0.0);
}

/// Data centers under construction are sold to the hyperscalers, who finish them, at the
/// recovery share of what was paid; the seller and its SPVs book the loss.
fn sell_projects(world: &mut World, id: CompanyId, recovery: f64, report: &mut TurnReport) {
    let owner = match id {
        CompanyId::Oracle => Owner::Oracle,
        CompanyId::OpenAi => Owner::OpenAi,
        _ => return,
    };
    let buyer = company_account(CompanyId::Hyperscalers);
    let seller = company_account(id);
    let mut projects = std::mem::take(&mut world.projects);
    for p in projects.iter_mut().filter(|p| p.owner == owner) {
        let spv_part = p.spv_paid_bn.min(p.paid_bn);
        let own_part = p.paid_bn - spv_part;
        for (account, book) in [(seller, own_part), (spv_holder(world, id), spv_part)] {
            report.accrue(account, AccrualKind::Impairment, book * (1.0 - recovery));
            world.accounts.pay(
                &mut report.transfers,
                buyer,
                account,
                book * recovery,
                Flow::AssetSale,
            );
        }
        // The buyer has paid the recovery value and pays the rest of the build as it goes.
        p.owner = Owner::Hyperscalers;
        p.cost_bn -= p.paid_bn * (1.0 - recovery);
        p.spv_paid_bn = 0.0;
    }
    world.projects = projects;
}

/// The newest SPV of a tenant holds the data centers its money paid for (the sale proceeds go
/// there).
fn spv_holder(world: &World, tenant: CompanyId) -> Account {
    (0..world.spvs.len())
        .rev()
        .find(|i| world.spvs[*i].owner == tenant && !world.spvs[*i].legacy)
        .map(|i| Account::Spv(i as u16))
        .unwrap_or(Account::SpvPartners)
}

/// The quarter's company figures; `highs` are the share prices' highs within it, $.
pub fn report_companies(world: &World, highs: &[f64], report: &mut TurnReport) {
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
                share_price_high: highs.get(id.index()).copied().unwrap_or(0.0),
                rating: c.rating,
                spread_bp: c.spread_bp,
                cds_activity: c.cds_activity,
                backlog_bn: c.backlog_bn,
                bonds_issued_bn: c.bonds_issued_q_bn,
                insolvent: c.insolvent,
                default_prob_5y: c.default_prob_5y,
                asset_value_bn: c.asset_value_bn,
                adjusted_debt_bn: super::credit::adjusted_debt(world, *id),
            }
        })
        .collect();
}
