//! Double-entry books for every company, the utility and every SPV. Cash moves only through the
//! ledger's transfers; each transfer names a flow, and the flow says where the other side of the
//! entry lands in the payer's and the payee's statements. What moves no cash (depreciation,
//! leases signed, write-offs, debt swapped for equity) is posted as an accrual. Closing a
//! quarter turns the quarter's transfers and accruals into an income statement, a cash-flow
//! statement and a balance sheet per entity, so assets equal liabilities plus equity and
//! closing cash equals opening cash plus the three cash-flow sections, by construction and
//! checked by the tests.

use crate::engine::ledger::{Account, Flow, Transfer};
use serde::{Deserialize, Serialize};

/// An entity's stocks at the close of a quarter, $B.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BalanceSheet {
    pub cash_bn: f64,
    /// Property, plant and equipment, construction in progress and installed chips, net.
    pub ppe_bn: f64,
    /// Of the PP&E, servers, chips and network gear, net: they wear out far sooner than the
    /// buildings and power plant around them.
    #[serde(default)]
    pub equipment_bn: f64,
    /// Right-of-use assets of leased data centers.
    pub right_of_use_bn: f64,
    /// Vendor financing lent to customers.
    pub loans_receivable_bn: f64,
    /// Equity stakes in SPVs.
    pub investments_bn: f64,
    /// What the company reported beyond the stocks the game trades (goodwill, intangibles,
    /// receivables, deferred taxes), held at its opening value: no flow in the game touches it.
    #[serde(default)]
    pub other_assets_bn: f64,
    /// Bonds, credit lines and debtor-in-possession loans.
    pub debt_bn: f64,
    /// Lease obligations to SPVs.
    pub lease_liabilities_bn: f64,
    /// Vendor financing owed to the vendor.
    pub vendor_loans_bn: f64,
    /// Reported liabilities beyond debt and leases (payables, deferred revenue, taxes), held
    /// at their opening value like `other_assets_bn`.
    #[serde(default)]
    pub other_liabilities_bn: f64,
    /// Equity paid in by shareholders less buybacks.
    pub paid_in_bn: f64,
    pub retained_bn: f64,
}

impl BalanceSheet {
    pub fn assets_bn(&self) -> f64 {
        self.cash_bn
            + self.ppe_bn
            + self.right_of_use_bn
            + self.loans_receivable_bn
            + self.investments_bn
            + self.other_assets_bn
    }

    pub fn liabilities_bn(&self) -> f64 {
        self.debt_bn + self.lease_liabilities_bn + self.vendor_loans_bn + self.other_liabilities_bn
    }

    pub fn equity_bn(&self) -> f64 {
        self.paid_in_bn + self.retained_bn
    }

    /// PP&E sold or written down: equipment and the rest go in proportion.
    fn shrink_ppe(&mut self, amount: f64) {
        if self.ppe_bn > 0.0 {
            let equipment = self.equipment_bn * (amount / self.ppe_bn).clamp(0.0, 1.0);
            self.equipment_bn -= equipment;
        }
        self.ppe_bn -= amount;
    }
}

/// One quarter's income statement, $B.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncomeStatement {
    pub revenue_bn: f64,
    /// Cash operating costs: staff, energy, fuel, compute bought, cost of goods.
    pub operating_costs_bn: f64,
    /// Lease payments to SPVs, expensed straight-line as operating leases are.
    pub lease_cost_bn: f64,
    pub depreciation_bn: f64,
    /// Revenue less operating costs, lease cost and depreciation: before interest and tax.
    pub operating_income_bn: f64,
    pub interest_bn: f64,
    /// Grants, dividends and interest received, write-offs and losses on sales.
    pub other_bn: f64,
    pub pretax_bn: f64,
    pub tax_bn: f64,
    pub net_income_bn: f64,
}

/// One quarter's cash-flow statement, $B; inflows positive.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CashFlowStatement {
    pub opening_cash_bn: f64,
    /// Operating activities, interest and lease payments included (US GAAP).
    pub operating_bn: f64,
    pub interest_paid_bn: f64,
    pub lease_payments_bn: f64,
    pub taxes_paid_bn: f64,
    pub investing_bn: f64,
    pub capex_bn: f64,
    /// Of capital spending, servers and chips: they arrive in lumps as halls finish.
    #[serde(default)]
    pub equipment_capex_bn: f64,
    /// Vendor financing lent (negative) or repaid to the lender (positive).
    pub vendor_lending_bn: f64,
    pub asset_sales_bn: f64,
    pub financing_bn: f64,
    pub debt_issued_bn: f64,
    pub debt_repaid_bn: f64,
    pub equity_issued_bn: f64,
    /// Dividends and buybacks.
    pub payouts_bn: f64,
    /// Vendor financing received (positive) or repaid (negative).
    pub vendor_financing_bn: f64,
    pub closing_cash_bn: f64,
}

impl CashFlowStatement {
    /// Operating cash flow less capital spending.
    pub fn free_cash_flow_bn(&self) -> f64 {
        self.operating_bn + self.capex_bn
    }
}

/// The three statements of one entity for one quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statements {
    pub entity: Account,
    pub income: IncomeStatement,
    pub cash_flow: CashFlowStatement,
    pub balance: BalanceSheet,
}

/// Entries that move no cash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccrualKind {
    /// PP&E used up: an expense.
    Depreciation,
    /// Servers and chips used up: an expense, out of the equipment part of the PP&E.
    EquipmentDepreciation,
    /// PP&E written down (a project halted, sold below cost): a loss.
    Impairment,
    /// A lease signed: a right-of-use asset and a lease liability of the same size.
    LeaseSigned,
    /// The principal part of a lease payment: the liability and the asset both shrink.
    LeasePrincipal,
    /// Rating agencies or a trigger bring a lease onto the books as debt.
    LeaseToDebt,
    /// In restructuring, creditors take equity for part of their claims.
    DebtToEquity,
    /// Vendor financing the borrower cannot repay: swapped for equity on the borrower's side.
    VendorLoanToEquity,
    /// The lender writes off vendor financing it will not get back: a loss.
    ReceivableWriteOff,
    /// A stake in an SPV written off: a loss.
    InvestmentWriteOff,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Accrual {
    pub entity: Account,
    pub kind: AccrualKind,
    pub amount_bn: f64,
}

/// Every entity's balance sheet as it stood at the last close, by ledger account index.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Books {
    sheets: Vec<BalanceSheet>,
}

impl Books {
    pub fn sheet(&self, entity: Account) -> BalanceSheet {
        self.sheets.get(entity.index()).cloned().unwrap_or_default()
    }

    pub fn set_sheet(&mut self, entity: Account, sheet: BalanceSheet) {
        let i = entity.index();
        if self.sheets.len() <= i {
            self.sheets.resize(i + 1, BalanceSheet::default());
        }
        self.sheets[i] = sheet;
    }

    /// Opens an entity's books: cash and the listed stocks, equity the difference.
    pub fn open(&mut self, entity: Account, mut sheet: BalanceSheet) {
        sheet.paid_in_bn = sheet.assets_bn() - sheet.liabilities_bn() - sheet.retained_bn;
        self.set_sheet(entity, sheet);
    }
}

/// How one side of a transfer lands in the books.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Entry {
    Revenue,
    OperatingCost,
    LeaseCost,
    Interest,
    OtherIncome,
    Tax,
    Capex,
    /// Capex on servers and chips.
    EquipmentCapex,
    AssetSale,
    Lend,
    LoanRepaid,
    Invest,
    DebtIssued,
    DebtRepaid,
    VendorLoanReceived,
    VendorLoanRepaid,
    EquityIssued,
    Buyback,
    Dividend,
}

/// The payer's entry and the payee's entry for a flow.
fn entries(flow: Flow) -> (Entry, Entry) {
    use Entry::*;
    match flow {
        Flow::Revenue
        | Flow::ComputeLease
        | Flow::OperatingCost
        | Flow::Fuel
        | Flow::PowerBill
        | Flow::CapacityPayment
        | Flow::EnergyPurchase
        | Flow::DemandResponse => (OperatingCost, Revenue),
        Flow::ChipSale => (EquipmentCapex, Revenue),
        Flow::Capex | Flow::Tariff => (Capex, Revenue),
        Flow::Interest => (Interest, OtherIncome),
        Flow::BondIssue | Flow::Default => (Lend, DebtIssued),
        Flow::BondRepayment => (DebtRepaid, LoanRepaid),
        Flow::EquityRaise | Flow::SpvFunding => (Invest, EquityIssued),
        Flow::VendorFinancing => (Lend, VendorLoanReceived),
        Flow::VendorRepayment => (VendorLoanRepaid, LoanRepaid),
        Flow::SpvLease => (LeaseCost, Revenue),
        Flow::Buyback => (Buyback, OtherIncome),
        Flow::Dividend => (Dividend, OtherIncome),
        Flow::Subsidy | Flow::Relief | Flow::GuaranteeCall => (OperatingCost, OtherIncome),
        Flow::Tax => (Tax, OtherIncome),
        Flow::AssetSale => (Capex, AssetSale),
    }
}

/// An entity's quarter in progress.
struct Quarter {
    income: IncomeStatement,
    cash_flow: CashFlowStatement,
    sheet: BalanceSheet,
}

impl Quarter {
    fn post(&mut self, entry: Entry, amount: f64) {
        if !self.post_operating(entry, amount) {
            self.post_capital(entry, amount);
        }
    }

    /// Income-statement entries; false for the others.
    fn post_operating(&mut self, entry: Entry, amount: f64) -> bool {
        let (is, cf) = (&mut self.income, &mut self.cash_flow);
        match entry {
            Entry::Revenue => {
                is.revenue_bn += amount;
                cf.operating_bn += amount;
            }
            Entry::OperatingCost => {
                is.operating_costs_bn += amount;
                cf.operating_bn -= amount;
            }
            Entry::LeaseCost => {
                is.lease_cost_bn += amount;
                cf.operating_bn -= amount;
                cf.lease_payments_bn -= amount;
            }
            Entry::Interest => {
                is.interest_bn += amount;
                cf.operating_bn -= amount;
                cf.interest_paid_bn -= amount;
            }
            Entry::OtherIncome => {
                is.other_bn += amount;
                cf.operating_bn += amount;
            }
            Entry::Tax => {
                is.tax_bn += amount;
                cf.operating_bn -= amount;
                cf.taxes_paid_bn -= amount;
            }
            _ => return false,
        }
        true
    }

    /// Investing and financing entries.
    fn post_capital(&mut self, entry: Entry, amount: f64) {
        let (cf, bs) = (&mut self.cash_flow, &mut self.sheet);
        match entry {
            Entry::Capex | Entry::EquipmentCapex => {
                if entry == Entry::EquipmentCapex {
                    bs.equipment_bn += amount;
                    cf.equipment_capex_bn -= amount;
                }
                bs.ppe_bn += amount;
                cf.investing_bn -= amount;
                cf.capex_bn -= amount;
            }
            Entry::AssetSale => {
                bs.shrink_ppe(amount);
                cf.investing_bn += amount;
                cf.asset_sales_bn += amount;
            }
            Entry::Lend => {
                bs.loans_receivable_bn += amount;
                cf.investing_bn -= amount;
                cf.vendor_lending_bn -= amount;
            }
            Entry::LoanRepaid => {
                bs.loans_receivable_bn -= amount;
                cf.investing_bn += amount;
                cf.vendor_lending_bn += amount;
            }
            Entry::Invest => {
                bs.investments_bn += amount;
                cf.investing_bn -= amount;
            }
            Entry::DebtIssued => {
                bs.debt_bn += amount;
                cf.financing_bn += amount;
                cf.debt_issued_bn += amount;
            }
            Entry::DebtRepaid => {
                bs.debt_bn -= amount;
                cf.financing_bn -= amount;
                cf.debt_repaid_bn -= amount;
            }
            Entry::VendorLoanReceived => {
                bs.vendor_loans_bn += amount;
                cf.financing_bn += amount;
                cf.vendor_financing_bn += amount;
            }
            Entry::VendorLoanRepaid => {
                bs.vendor_loans_bn -= amount;
                cf.financing_bn -= amount;
                cf.vendor_financing_bn -= amount;
            }
            Entry::EquityIssued => {
                bs.paid_in_bn += amount;
                cf.financing_bn += amount;
                cf.equity_issued_bn += amount;
            }
            Entry::Buyback => {
                bs.paid_in_bn -= amount;
                cf.financing_bn -= amount;
                cf.payouts_bn -= amount;
            }
            Entry::Dividend => {
                bs.retained_bn -= amount;
                cf.financing_bn -= amount;
                cf.payouts_bn -= amount;
            }
            _ => {}
        }
    }

    fn accrue(&mut self, kind: AccrualKind, amount: f64) {
        let (is, bs) = (&mut self.income, &mut self.sheet);
        match kind {
            AccrualKind::Depreciation => {
                bs.ppe_bn -= amount;
                is.depreciation_bn += amount;
            }
            AccrualKind::EquipmentDepreciation => {
                bs.ppe_bn -= amount;
                bs.equipment_bn -= amount;
                is.depreciation_bn += amount;
            }
            AccrualKind::Impairment => {
                bs.shrink_ppe(amount);
                is.other_bn -= amount;
            }
            AccrualKind::LeaseSigned => {
                bs.right_of_use_bn += amount;
                bs.lease_liabilities_bn += amount;
            }
            AccrualKind::LeasePrincipal => {
                bs.right_of_use_bn -= amount;
                bs.lease_liabilities_bn -= amount;
            }
            AccrualKind::LeaseToDebt => {
                bs.lease_liabilities_bn -= amount;
                bs.debt_bn += amount;
            }
            AccrualKind::DebtToEquity => {
                bs.debt_bn -= amount;
                bs.paid_in_bn += amount;
            }
            AccrualKind::VendorLoanToEquity => {
                bs.vendor_loans_bn -= amount;
                bs.paid_in_bn += amount;
            }
            AccrualKind::ReceivableWriteOff => {
                bs.loans_receivable_bn -= amount;
                is.other_bn -= amount;
            }
            AccrualKind::InvestmentWriteOff => {
                bs.investments_bn -= amount;
                is.other_bn -= amount;
            }
        }
    }

    fn finish(mut self, closing_cash: f64) -> (IncomeStatement, CashFlowStatement, BalanceSheet) {
        let is = &mut self.income;
        is.operating_income_bn =
            is.revenue_bn - is.operating_costs_bn - is.lease_cost_bn - is.depreciation_bn;
        is.pretax_bn = is.operating_income_bn - is.interest_bn + is.other_bn;
        is.net_income_bn = is.pretax_bn - is.tax_bn;
        self.sheet.retained_bn += is.net_income_bn;
        self.sheet.cash_bn = closing_cash;
        self.cash_flow.closing_cash_bn = closing_cash;
        (self.income, self.cash_flow, self.sheet)
    }
}

/// Closes one entity's quarter from the transfers and accruals that touched it.
pub fn close_entity(
    entity: Account,
    opening: &BalanceSheet,
    transfers: &[Transfer],
    accruals: &[Accrual],
    closing_cash: f64,
) -> Statements {
    let mut q = Quarter {
        income: IncomeStatement::default(),
        cash_flow: CashFlowStatement {
            opening_cash_bn: opening.cash_bn,
            ..Default::default()
        },
        sheet: opening.clone(),
    };
    for t in transfers {
        let (payer, payee) = entries(t.flow);
        if t.from == entity {
            q.post(payer, t.amount_bn);
        }
        if t.to == entity {
            q.post(payee, t.amount_bn);
        }
    }
    for a in accruals.iter().filter(|a| a.entity == entity) {
        if a.amount_bn.is_finite() && a.amount_bn > 0.0 {
            q.accrue(a.kind, a.amount_bn);
        }
    }
    let (income, cash_flow, balance) = q.finish(closing_cash);
    Statements {
        entity,
        income,
        cash_flow,
        balance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ids::CompanyId;

    fn t(from: Account, to: Account, amount_bn: f64, flow: Flow) -> Transfer {
        Transfer {
            from,
            to,
            amount_bn,
            flow,
        }
    }

    #[test]
    fn every_flow_keeps_both_sides_balanced() {
        let a = Account::Company(CompanyId::Oracle);
        let b = Account::Company(CompanyId::OpenAi);
        let flows = [
            Flow::Revenue,
            Flow::ComputeLease,
            Flow::ChipSale,
            Flow::Capex,
            Flow::OperatingCost,
            Flow::Fuel,
            Flow::PowerBill,
            Flow::CapacityPayment,
            Flow::EnergyPurchase,
            Flow::Interest,
            Flow::BondIssue,
            Flow::BondRepayment,
            Flow::EquityRaise,
            Flow::VendorFinancing,
            Flow::VendorRepayment,
            Flow::SpvFunding,
            Flow::SpvLease,
            Flow::Buyback,
            Flow::Dividend,
            Flow::Subsidy,
            Flow::Relief,
            Flow::Tariff,
            Flow::Tax,
            Flow::Default,
            Flow::AssetSale,
            Flow::DemandResponse,
            Flow::GuaranteeCall,
        ];
        let opening = BalanceSheet {
            cash_bn: 100.0,
            ppe_bn: 50.0,
            loans_receivable_bn: 20.0,
            debt_bn: 60.0,
            vendor_loans_bn: 20.0,
            paid_in_bn: 90.0,
            ..Default::default()
        };
        for flow in flows {
            let log = [t(a, b, 7.0, flow)];
            for (entity, cash) in [(a, 93.0), (b, 107.0)] {
                let s = close_entity(entity, &opening, &log, &[], cash);
                let bs = &s.balance;
                let gap = bs.assets_bn() - bs.liabilities_bn() - bs.equity_bn();
                assert!(gap.abs() < 1e-9, "{flow:?} on {entity:?}: A-L-E = {gap}");
                let cf = &s.cash_flow;
                let roll = cf.opening_cash_bn + cf.operating_bn + cf.investing_bn + cf.financing_bn
                    - cf.closing_cash_bn;
                assert!(
                    roll.abs() < 1e-9,
                    "{flow:?} on {entity:?}: cash roll {roll}"
                );
            }
        }
    }

    #[test]
    fn chips_bought_are_the_equipment_part_of_capital_spending() {
        let buyer = Account::Company(CompanyId::Oracle);
        let nvidia = Account::Company(CompanyId::Nvidia);
        let opening = BalanceSheet {
            cash_bn: 100.0,
            paid_in_bn: 100.0,
            ..Default::default()
        };
        let log = [
            t(buyer, nvidia, 7.0, Flow::ChipSale),
            t(buyer, Account::Suppliers, 3.0, Flow::Capex),
        ];
        let cf = close_entity(buyer, &opening, &log, &[], 90.0).cash_flow;
        assert!((cf.capex_bn + 10.0).abs() < 1e-12, "{}", cf.capex_bn);
        assert!(
            (cf.equipment_capex_bn + 7.0).abs() < 1e-12,
            "{}",
            cf.equipment_capex_bn
        );
        let seller = close_entity(nvidia, &opening, &log, &[], 107.0).cash_flow;
        assert_eq!(seller.equipment_capex_bn, 0.0, "the seller books revenue");
    }

    #[test]
    fn accruals_keep_the_balance_and_reach_income() {
        let a = Account::Company(CompanyId::Nvidia);
        let mut books = Books::default();
        books.open(
            a,
            BalanceSheet {
                cash_bn: 10.0,
                ppe_bn: 40.0,
                right_of_use_bn: 0.0,
                loans_receivable_bn: 5.0,
                investments_bn: 2.0,
                debt_bn: 20.0,
                ..Default::default()
            },
        );
        let opening = books.sheet(a);
        assert!((opening.equity_bn() - 37.0).abs() < 1e-12);
        let kinds = [
            AccrualKind::Depreciation,
            AccrualKind::Impairment,
            AccrualKind::LeaseSigned,
            AccrualKind::LeasePrincipal,
            AccrualKind::LeaseToDebt,
            AccrualKind::DebtToEquity,
            AccrualKind::ReceivableWriteOff,
            AccrualKind::InvestmentWriteOff,
        ];
        let accruals: Vec<Accrual> = kinds
            .iter()
            .map(|k| Accrual {
                entity: a,
                kind: *k,
                amount_bn: 1.0,
            })
            .collect();
        let s = close_entity(a, &opening, &[], &accruals, 10.0);
        let bs = &s.balance;
        assert!((bs.assets_bn() - bs.liabilities_bn() - bs.equity_bn()).abs() < 1e-9);
        // Depreciation, impairment and two write-offs: four billion off net income.
        assert!((s.income.net_income_bn + 4.0).abs() < 1e-9);
        assert!(
            (bs.debt_bn - 20.0).abs() < 1e-9,
            "lease to debt then debt to equity"
        );
    }
}
