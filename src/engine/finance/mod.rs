//! The capital market. Each concern has its module: `books` keeps double-entry accounts,
//! `financing` turns the seats' orders into bonds, equity, vendor loans and contracts,
//! `commitments` measures the build-out contracts oblige a company to fund, `spv`
//! runs the special purpose vehicles, `operations` books each company's quarter, `credit` prices
//! default risk from the balance sheet, `valuation` sets expectations, share prices and the
//! index, and `restructuring` handles companies that cannot pay.

pub mod books;
pub mod commitments;
pub mod credibility;
pub mod credit;
pub mod financing;
pub mod operations;
pub mod restructuring;
pub mod spv;
pub mod valuation;

use super::ids::CompanyId;
use super::ledger::{Account, Flow};
use super::report::TurnReport;
use super::state::World;

pub use credit::reveal;
pub use financing::{Appetite, appetite, coupon, financing};
pub use operations::{
    contracted_gw, hyperscaler_capex, openai_compute, operations, oracle_building_mw,
};
pub use restructuring::solvency;
pub use spv::SPV_EQUITY_SHARE;
pub use valuation::{
    assets_bn, backlog_credibility, markets, net_debt, openai_backlog, share_prices,
    valuation_inputs,
};

/// Share of off-balance-sheet obligations known to the market at the start. Assumption: Oracle
/// disclosed about half of its lease commitments in its 10-K notes before the 2025 deals.
pub const INITIAL_DISCLOSED: f64 = 0.5;
/// New bonds pay the issuer's spread plus a new-issue and term premium, bp. Meta's Hyperion
/// bonds priced about 225 bp over Treasuries against Meta's own ~80 bp (IFR, Oct 2025): the
/// premium on a new, long, structured issue is tens of basis points at least.
pub const NEW_ISSUE_PREMIUM_BP: f64 = 60.0;
/// Years new bonds run: big-tech 2025 issues were mostly 5-40 years (BofA); ten is the median.
pub const BOND_YEARS: u32 = 10;
/// Effective tax rate on pre-tax profit: Oracle, Nvidia and the big four reported 12-19% in
/// FY2024-25 (10-Ks).
pub const TAX_RATE: f64 = 0.15;
/// Depreciation of servers, chips and network gear per year: useful lives of 5 years (Amazon,
/// from 2025), 5.5 (Meta, from 2025) and 6 (Microsoft, Alphabet) in their 10-Ks.
pub const EQUIPMENT_DEPRECIATION_PER_YEAR: f64 = 1.0 / 5.5;
/// Depreciation of the rest of PP&E per year: buildings over 25-40 years and their power and
/// cooling plant over 15-20 (the same 10-Ks); assumption: about 20 years for the mix.
pub const OTHER_DEPRECIATION_PER_YEAR: f64 = 1.0 / 20.0;
/// Share of the companies' opening PP&E that is servers and network gear. Assumption: the big
/// four and Oracle list equipment as roughly half of gross PP&E (10-Ks, FY2024-25).
pub const OPENING_EQUIPMENT_SHARE: f64 = 0.5;

pub fn company_account(id: CompanyId) -> Account {
    Account::Company(id)
}

/// Market effects of this quarter's events.
#[derive(Clone, Debug, Default)]
pub struct MarketShocks {
    pub sentiment: f64,
    pub spread_bp: [f64; CompanyId::COUNT],
    pub market_value: [f64; CompanyId::COUNT],
}

/// Every entity that keeps books: the companies, the utility, the SPVs.
pub fn entities(world: &World) -> Vec<Account> {
    let mut all: Vec<Account> = CompanyId::ALL.iter().map(|c| company_account(*c)).collect();
    all.push(Account::Utility);
    all.extend((0..world.spvs.len()).map(|i| Account::Spv(i as u16)));
    all
}

/// Depreciates every entity's PP&E for the quarter.
pub fn depreciate(world: &World, report: &mut TurnReport) {
    for entity in entities(world) {
        let sheet = world.books.sheet(entity);
        let equipment = sheet.equipment_bn.clamp(0.0, sheet.ppe_bn.max(0.0));
        let other = (sheet.ppe_bn - equipment).max(0.0);
        // The utility's plant is lines and substations, written off over the book lives its
        // rates recover them over; everyone else's is buildings and their power plant.
        let other_per_year = if entity == Account::Utility {
            world.params.utility_depreciation_per_year()
        } else {
            OTHER_DEPRECIATION_PER_YEAR
        };
        report.accrue(
            entity,
            books::AccrualKind::EquipmentDepreciation,
            equipment * EQUIPMENT_DEPRECIATION_PER_YEAR / 4.0,
        );
        report.accrue(
            entity,
            books::AccrualKind::Depreciation,
            other * other_per_year / 4.0,
        );
    }
}

/// Tax at `rate` on the quarter's pre-tax profit as the books of `entity` show it so far, paid
/// to the government; nothing on a loss. Returns what was paid, $B.
pub fn pay_income_tax(
    world: &mut World,
    entity: Account,
    rate: f64,
    report: &mut TurnReport,
) -> f64 {
    let opening = world.books.sheet(entity);
    let so_far = books::close_entity(entity, &opening, &report.transfers, &report.accruals, 0.0);
    let tax = so_far.income.pretax_bn.max(0.0) * rate;
    if tax > 0.0 {
        world.accounts.pay(
            &mut report.transfers,
            entity,
            Account::Government,
            tax,
            Flow::Tax,
        );
    }
    tax
}

/// Closes the quarter's books: three statements per entity, the new balance sheets, and each
/// company's free cash flow and history from its cash-flow statement.
pub fn close_books(world: &mut World, report: &mut TurnReport) {
    let mut statements = Vec::new();
    for entity in entities(world) {
        let opening = world.books.sheet(entity);
        let s = books::close_entity(
            entity,
            &opening,
            &report.transfers,
            &report.accruals,
            world.accounts.cash(entity),
        );
        world.books.set_sheet(entity, s.balance.clone());
        statements.push(s);
    }
    for id in CompanyId::ALL {
        let Some(s) = statements.iter().find(|s| s.entity == company_account(id)) else {
            continue;
        };
        let fcf = s.cash_flow.free_cash_flow_bn();
        let operating = s.cash_flow.operating_bn;
        let margin = if s.income.revenue_bn > 0.0 {
            s.income.operating_income_bn / s.income.revenue_bn
        } else {
            0.0
        };
        let c = world.company_mut(id);
        // The first close sets the margin; after that about a year's smoothing.
        c.operating_margin = if c.operating_margin == 0.0 {
            margin
        } else {
            0.75 * c.operating_margin + 0.25 * margin
        };
        c.free_cash_flow_q_bn = fcf;
        c.operating_cash_q_bn = operating;
        c.fcf_history.push(fcf);
        if c.fcf_history.len() > 8 {
            c.fcf_history.remove(0);
        }
    }
    world.oracle.spv_pot_bn = spv::cash_held(world, CompanyId::Oracle);
    report.statements = statements;
}
