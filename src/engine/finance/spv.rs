//! Special purpose vehicles as they work: partners and the tenant put in equity, the SPV sells
//! its own bonds, builds the tenant's data centers with the money and leases them to the tenant,
//! whose lease payments service the bonds. The bonds sit on the SPV's books, the lease on the
//! tenant's.

use super::books::{AccrualKind, BalanceSheet};
use super::financing::{Appetite, access, coupon};
use super::{company_account, credit};
use crate::engine::ids::{CompanyId, Seat};
use crate::engine::ledger::{Account, Flow};
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::state::{Spv, World};

/// SPV bonds reach buyers beyond the corporate bond market (private credit, insurers buying
/// project bonds): their appetite over a quarter's corporate appetite. Assumption: half as much
/// again, as Meta's $27B Hyperion bonds (Oct 2025) sold beside its own issuance.
const SPV_APPETITE_MULTIPLE: f64 = 1.5;
/// Least share of that appetite open to an SPV whatever the tenant's rating, as the bonds are
/// secured on the building and the lease. Assumption: 30%.
const SPV_ACCESS_FLOOR: f64 = 0.3;

/// Equity in an SPV, the rest being the SPV's bonds: Meta's Hyperion SPV raised $27.3B of bonds
/// and about $2.5B of equity (IFR, Oct 2025).
pub const SPV_EQUITY_SHARE: f64 = 0.1;
/// Years an SPV's lease runs: Hyperion's residual-value guarantee runs 16 years (IFR).
pub const SPV_YEARS: u32 = 16;
/// SPV bonds pay over the tenant's own coupon: Hyperion priced at +225 bp against about +80 bp
/// on Meta's own bonds (IFR; BofA).
const SPV_BOND_PREMIUM: f64 = 0.015;
/// Return the SPV's equity holders are paid through the lease. Assumption: private-credit equity
/// in project finance targets 10-15% a year.
const SPV_EQUITY_RETURN: f64 = 0.12;
/// Share of the press coverage of a new SPV that reaches the market. Assumption: half, as the
/// project bonds are public but the tenant's guarantees behind them are not.
const SPV_DISCLOSED: f64 = 0.5;
/// Share of the hyperscalers' data-center capex financed through SPVs: Meta's Hyperion ($27B)
/// and a few smaller deals against about $360B of 2025 data-center capex (IFR; company
/// guidance): about 7%, "a handful of deals a year".
const HYPERSCALER_SPV_SHARE: f64 = 0.07;

fn account(index: usize) -> Account {
    Account::Spv(index as u16)
}

/// Level quarterly payment that repays `amount` over `quarters` at `rate` a year.
fn annuity(amount: f64, rate: f64, quarters: u32) -> f64 {
    let r = rate / 4.0;
    if r.abs() < 1e-9 {
        return amount / f64::from(quarters.max(1));
    }
    amount * r / (1.0 - (1.0 + r).powi(-(quarters.max(1) as i32)))
}

fn new_spv(world: &World, tenant: CompanyId, amount: f64, partner_share: f64) -> Spv {
    let bond_coupon = coupon(world, tenant) + SPV_BOND_PREMIUM;
    let lease_rate = (1.0 - SPV_EQUITY_SHARE) * bond_coupon + SPV_EQUITY_SHARE * SPV_EQUITY_RETURN;
    Spv {
        owner: tenant,
        amount_bn: amount,
        partner_share,
        bonds_bn: amount * (1.0 - SPV_EQUITY_SHARE),
        coupon: bond_coupon,
        lease_q_bn: annuity(amount, lease_rate, SPV_YEARS * 4),
        lease_rate,
        lease_liability_bn: amount,
        signed_turn: world.turn,
        end_turn: world.turn + SPV_YEARS * 4,
        voided: false,
        legacy: false,
    }
}

/// The yearly lease, $B, on an SPV of `amount` the tenant would sign on today's terms: what the
/// preview quotes, from the terms the SPV itself is signed on.
pub fn lease_year_bn(world: &World, tenant: CompanyId, amount: f64) -> f64 {
    new_spv(world, tenant, amount, 1.0).lease_q_bn * 4.0
}

/// Leases the tenant had signed before the game starts, held by a landlord SPV whose books open
/// with the data centers, its bonds and its equity.
pub fn open_existing(world: &mut World, tenant: CompanyId, amount: f64) {
    if amount <= 0.0 {
        return;
    }
    let mut spv = new_spv(world, tenant, amount, 1.0);
    spv.legacy = true;
    let index = world.spvs.len();
    world.books.open(
        account(index),
        BalanceSheet {
            ppe_bn: amount,
            debt_bn: spv.bonds_bn,
            ..Default::default()
        },
    );
    let mut sheet = world.books.sheet(company_account(tenant));
    sheet.right_of_use_bn += amount;
    sheet.lease_liabilities_bn += amount;
    world.books.set_sheet(company_account(tenant), sheet);
    world.spvs.push(spv);
}

/// Signs an SPV: partners', the tenant's and bond investors' money lands in the SPV's account.
fn sign(
    world: &mut World,
    tenant: CompanyId,
    amount: f64,
    partner_share: f64,
    report: &mut TurnReport,
) {
    let spv = new_spv(world, tenant, amount, partner_share);
    let index = world.spvs.len();
    let acc = account(index);
    let equity = amount * SPV_EQUITY_SHARE;
    let log = &mut report.transfers;
    let ledger = &mut world.accounts;
    ledger.pay(
        log,
        Account::SpvPartners,
        acc,
        equity * partner_share,
        Flow::SpvFunding,
    );
    ledger.pay(
        log,
        company_account(tenant),
        acc,
        equity * (1.0 - partner_share),
        Flow::SpvFunding,
    );
    ledger.pay(log, Account::Investors, acc, spv.bonds_bn, Flow::BondIssue);
    report.accrue(company_account(tenant), AccrualKind::LeaseSigned, amount);
    world.market.bonds_ytd_bn += spv.bonds_bn;
    let c = world.company_mut(tenant);
    c.off_balance_bn += amount;
    c.off_balance_known_bn += SPV_DISCLOSED * amount;
    world.spvs.push(spv);
}

/// Oracle's SPV order, as far as project-bond buyers will take it.
pub fn sign_oracle(
    world: &mut World,
    wanted: f64,
    partner_share: f64,
    appetite: &mut Appetite,
    report: &mut TurnReport,
) {
    let oracle = CompanyId::Oracle;
    let open = appetite.bonds_bn
        * SPV_APPETITE_MULTIPLE
        * access(world.company(oracle).rating, false).max(SPV_ACCESS_FLOOR);
    let amount = wanted.min(open).max(0.0);
    if amount <= 0.0 {
        return;
    }
    sign(world, oracle, amount, partner_share, report);
    let lease = world.spvs.last().map(|s| s.lease_q_bn * 4.0).unwrap_or(0.0);
    report.tell(
        Seat::Oracle,
        Topic::Finance,
        Severity::Info,
        Msg::new("news-spv-signed")
            .num("amount", amount)
            .num("lease", lease),
    );
    credit::check_lease_reclassification(world, oracle, report);
}

/// Smallest SPV the hyperscalers sign in a quarter, $B. Assumption: below half a billion a
/// structured project financing does not pay its arranging costs, so the slice is funded directly.
const HYPERSCALER_SPV_MIN_BN: f64 = 0.5;
/// Outside partners' share of the hyperscalers' SPVs: Blue Owl's funds own 80% of Meta's
/// Hyperion joint venture, Meta 20% (Meta, Oct 2025).
const HYPERSCALER_SPV_PARTNER_SHARE: f64 = 0.8;

/// The hyperscalers finance a slice of their data-center build-out through SPVs.
pub fn hyperscaler_deals(world: &mut World, dc_capex_q_bn: f64, report: &mut TurnReport) {
    let id = CompanyId::Hyperscalers;
    if world.company(id).insolvent {
        return;
    }
    let amount = dc_capex_q_bn * HYPERSCALER_SPV_SHARE;
    if amount > HYPERSCALER_SPV_MIN_BN {
        sign(world, id, amount, HYPERSCALER_SPV_PARTNER_SHARE, report);
        credit::check_lease_reclassification(world, id, report);
    }
}

/// Cash the tenant's SPVs hold for its data centers, $B.
pub fn cash_held(world: &World, tenant: CompanyId) -> f64 {
    (0..world.spvs.len())
        .filter(|i| world.spvs[*i].owner == tenant && !world.spvs[*i].voided)
        .map(|i| world.accounts.cash(account(i)).max(0.0))
        .sum()
}

/// Which SPVs pay how much of a data-center instalment of their tenant, oldest first: the
/// buildings and power, not the chips, which the tenant buys itself (Oracle's leased sites are
/// built by developers such as Crusoe and Vantage; Oracle buys the servers, press 2025).
pub fn fund(world: &World, tenant: CompanyId, due: f64) -> Vec<(Account, f64)> {
    let mut left = due;
    let mut parts = Vec::new();
    for i in 0..world.spvs.len() {
        let s = &world.spvs[i];
        if s.owner != tenant || s.voided || s.legacy || left <= 0.0 {
            continue;
        }
        let part = world.accounts.cash(account(i)).max(0.0).min(left);
        if part > 0.0 {
            parts.push((account(i), part));
            left -= part;
        }
    }
    parts
}

/// Each live lease is paid, and each SPV services its bonds and pays its equity holders.
pub fn leases(world: &mut World, report: &mut TurnReport) {
    let turn = world.turn;
    for i in 0..world.spvs.len() {
        let spv = world.spvs[i].clone();
        if spv.voided || spv.end_turn <= turn {
            continue;
        }
        let tenant = company_account(spv.owner);
        let acc = account(i);
        if !world.company(spv.owner).insolvent {
            let interest = spv.lease_liability_bn * spv.lease_rate / 4.0;
            let principal = (spv.lease_q_bn - interest).clamp(0.0, spv.lease_liability_bn.max(0.0));
            world.accounts.pay(
                &mut report.transfers,
                tenant,
                acc,
                spv.lease_q_bn,
                Flow::SpvLease,
            );
            report.accrue(tenant, AccrualKind::LeasePrincipal, principal);
            world.spvs[i].lease_liability_bn -= principal;
        }
        service_bonds(world, i, report);
    }
}

/// The SPV pays interest and amortises its bonds from its lease income, and hands what is left
/// of that income to its equity holders.
fn service_bonds(world: &mut World, i: usize, report: &mut TurnReport) {
    let spv = world.spvs[i].clone();
    let acc = account(i);
    let quarters_left = spv.end_turn.saturating_sub(world.turn).max(1);
    let interest = spv.bonds_bn * spv.coupon / 4.0;
    let principal = spv.bonds_bn / f64::from(quarters_left);
    let income = if spv.voided || world.company(spv.owner).insolvent {
        0.0
    } else {
        spv.lease_q_bn
    };
    let cash = world.accounts.cash(acc).max(0.0);
    let paid_interest = interest.min(cash);
    let paid_principal = principal.min(cash - paid_interest);
    let log = &mut report.transfers;
    world
        .accounts
        .pay(log, acc, Account::Investors, paid_interest, Flow::Interest);
    world.accounts.pay(
        log,
        acc,
        Account::Investors,
        paid_principal,
        Flow::BondRepayment,
    );
    world.spvs[i].bonds_bn -= paid_principal.max(0.0);
    let left = (income - paid_interest - paid_principal)
        .min(world.accounts.cash(acc))
        .max(0.0);
    let tenant = company_account(spv.owner);
    world.accounts.pay(
        log,
        acc,
        Account::SpvPartners,
        left * spv.partner_share,
        Flow::Dividend,
    );
    world.accounts.pay(
        log,
        acc,
        tenant,
        left * (1.0 - spv.partner_share),
        Flow::Dividend,
    );
}

/// The tenant's leases are rejected in its restructuring: its lease liabilities and the assets
/// behind them leave its books, its stake in the SPVs is lost, and the SPVs keep the data
/// centers and their bonds.
pub fn void_leases(world: &mut World, tenant: CompanyId, report: &mut TurnReport) -> f64 {
    let mut voided = 0.0;
    let acc = company_account(tenant);
    for spv in world
        .spvs
        .iter_mut()
        .filter(|s| s.owner == tenant && !s.voided)
    {
        report.accrue(acc, AccrualKind::LeasePrincipal, spv.lease_liability_bn);
        let stake = spv.amount_bn * SPV_EQUITY_SHARE * (1.0 - spv.partner_share);
        report.accrue(acc, AccrualKind::InvestmentWriteOff, stake);
        voided += spv.lease_liability_bn;
        spv.lease_liability_bn = 0.0;
        spv.voided = true;
    }
    let c = world.company_mut(tenant);
    c.off_balance_bn = (c.off_balance_bn - voided).max(0.0);
    c.off_balance_known_bn = c.off_balance_known_bn.min(c.off_balance_bn);
    voided
}

#[cfg(test)]
mod tests {
    use super::annuity;

    #[test]
    fn an_annuity_repays_its_amount() {
        let payment = annuity(100.0, 0.08, 64);
        let mut left = 100.0;
        for _ in 0..64 {
            left = left * 1.02 - payment;
        }
        assert!(left.abs() < 1e-6, "{left}");
    }
}
