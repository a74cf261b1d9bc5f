//! Money moves only through `pay`: every transfer has a payer and a payee, so the sum of all
//! balances never changes and each actor's closing cash is its opening cash plus inflows minus
//! outflows.

use super::ids::CompanyId;
use serde::{Deserialize, Serialize};

/// Everyone who holds cash in the model. Outside actors (households, with the businesses the
/// model does not name; government, investors, suppliers) have balances too, so money is
/// conserved; theirs may go negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Account {
    Company(CompanyId),
    Utility,
    Households,
    Government,
    /// Bond and equity investors, banks, private credit.
    Investors,
    /// SPV partners (private credit funds).
    SpvPartners,
    /// Builders, generators, fuel and equipment suppliers outside the model.
    Suppliers,
    /// A special purpose vehicle, by its index in `World::spvs`: a company of its own with
    /// books, owning the data centers it leases to its tenant.
    Spv(u16),
}

impl Account {
    /// Not a model parameter: the number of fixed accounts; SPVs come after them.
    pub const COUNT: usize = 10;

    pub fn index(self) -> usize {
        match self {
            Account::Company(c) => c.index(),
            Account::Utility => 4,
            Account::Households => 5,
            Account::Government => 6,
            Account::Investors => 7,
            Account::SpvPartners => 8,
            Account::Suppliers => 9,
            Account::Spv(i) => Account::COUNT + usize::from(i),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Account::Company(c) => c.id(),
            Account::Utility => "utility",
            Account::Households => "households",
            Account::Government => "government",
            Account::Investors => "investors",
            Account::SpvPartners => "spv_partners",
            Account::Suppliers => "suppliers",
            Account::Spv(_) => "spv",
        }
    }

    /// Companies, the utility and SPVs keep books; the outside sectors only hold cash.
    pub fn keeps_books(self) -> bool {
        matches!(
            self,
            Account::Company(_) | Account::Utility | Account::Spv(_)
        )
    }
}

/// Why money moved; the debrief groups transfers by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Revenue,
    ComputeLease,
    ChipSale,
    Capex,
    OperatingCost,
    Fuel,
    PowerBill,
    CapacityPayment,
    EnergyPurchase,
    Interest,
    BondIssue,
    BondRepayment,
    EquityRaise,
    VendorFinancing,
    SpvFunding,
    SpvLease,
    Buyback,
    Dividend,
    Subsidy,
    Relief,
    Tariff,
    Tax,
    /// Debtor-in-possession loans to a company in restructuring.
    Default,
    /// The borrower pays back vendor financing.
    VendorRepayment,
    /// Projects of a company in default sold to a buyer.
    AssetSale,
    /// The utility pays large loads for curtailing at scarcity.
    DemandResponse,
    /// The government pays a defaulted borrower's guaranteed lenders their loss.
    GuaranteeCall,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transfer {
    pub from: Account,
    pub to: Account,
    pub amount_bn: f64,
    pub flow: Flow,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Accounts {
    balances: Vec<f64>,
}

impl Accounts {
    pub fn new() -> Accounts {
        Accounts {
            balances: vec![0.0; Account::COUNT],
        }
    }

    pub fn cash(&self, account: Account) -> f64 {
        self.balances.get(account.index()).copied().unwrap_or(0.0)
    }

    pub fn total(&self) -> f64 {
        self.balances.iter().sum()
    }

    /// Moves `amount_bn` from one account to another and records it. Non-finite or negative
    /// amounts move nothing: a rule that produced one is a bug the invariant tests catch.
    pub fn pay(
        &mut self,
        log: &mut Vec<Transfer>,
        from: Account,
        to: Account,
        amount_bn: f64,
        flow: Flow,
    ) {
        if !amount_bn.is_finite() || amount_bn <= 0.0 || from == to {
            return;
        }
        let needed = from.index().max(to.index()) + 1;
        if self.balances.len() < needed.max(Account::COUNT) {
            self.balances.resize(needed.max(Account::COUNT), 0.0);
        }
        self.balances[from.index()] -= amount_bn;
        self.balances[to.index()] += amount_bn;
        log.push(Transfer {
            from,
            to,
            amount_bn,
            flow,
        });
    }

    /// Sets an opening balance by moving it from investors (used when a world is created).
    pub fn open(&mut self, account: Account, amount_bn: f64) {
        let mut scratch = Vec::new();
        self.pay(
            &mut scratch,
            Account::Investors,
            account,
            amount_bn,
            Flow::EquityRaise,
        );
    }
}

/// Net inflow of an account over a set of transfers.
pub fn net_flow(transfers: &[Transfer], account: Account) -> f64 {
    transfers
        .iter()
        .map(|t| {
            if t.to == account {
                t.amount_bn
            } else if t.from == account {
                -t.amount_bn
            } else {
                0.0
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfers_conserve_money_and_reconcile() {
        let mut accounts = Accounts::new();
        accounts.open(Account::Company(CompanyId::Oracle), 10.0);
        let total = accounts.total();
        let opening = accounts.cash(Account::Company(CompanyId::Oracle));
        let mut log = Vec::new();
        let oracle = Account::Company(CompanyId::Oracle);
        accounts.pay(&mut log, oracle, Account::Suppliers, 4.0, Flow::Capex);
        accounts.pay(&mut log, Account::Investors, oracle, 2.5, Flow::BondIssue);
        accounts.pay(&mut log, oracle, Account::Suppliers, f64::NAN, Flow::Capex);
        accounts.pay(&mut log, oracle, Account::Suppliers, -1.0, Flow::Capex);
        assert_eq!(log.len(), 2);
        assert!((accounts.total() - total).abs() < 1e-12);
        let closing = accounts.cash(oracle);
        assert!((opening + net_flow(&log, oracle) - closing).abs() < 1e-12);
        assert!((closing - 8.5).abs() < 1e-12);
    }
}
