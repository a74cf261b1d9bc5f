//! The build-out a company has committed to fund, with its funding plan: halls that landlords'
//! SPVs build and lease to it, chips it buys itself. Credit counts it as the agencies count
//! leases and debt, and lenders fund the chips of its contracted part as they are delivered, so
//! the market prices a commitment when it is made and the money to meet it is there when it
//! falls due. Oracle is the only company that builds to contract (its OpenAI compute
//! contracts); OpenAI's chip orders are firm purchases and count until paid; the others'
//! build-outs are their own choice and can be cut, so they count as they are spent.

use super::company_account;
use super::operations::{contracted_gw, not_started_gw, oracle_capacity_gw};
use super::spv;
use crate::engine::ids::CompanyId;
use crate::engine::ledger::Flow;
use crate::engine::report::TurnReport;
use crate::engine::state::{Owner, Project, ProjectKind, World};
use crate::engine::supply;

/// What is still to pay on the contracted build-out, $B.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BuildOut {
    /// Chips still to buy: the company's own money or debt.
    pub chips_bn: f64,
    /// Halls not yet paid for by SPV money already raised: leases still to sign.
    pub halls_bn: f64,
    /// The capacity under contract not yet started, at today's cost: its halls are leases
    /// signed that have not commenced (Oracle disclosed $248B of them in its 10-Q of Dec 2025,
    /// and its CDS widened on it), and its chips, not yet ordered, are debt still to raise, as
    /// the contract cannot be served without them (Moody's and S&P turned Oracle's outlooks
    /// negative in 2025 on the debt-funded capex its contracts call for).
    pub not_started_bn: f64,
}

/// What is left to pay on a project: (chips, everything else), $B. Halls are paid first, as in
/// `supply::pay_construction`.
fn left_to_pay(p: &Project) -> (f64, f64) {
    let other_left = (p.cost_bn * (1.0 - p.chip_share) - p.paid_bn).max(0.0);
    let chips_left = (p.cost_bn - p.paid_bn - other_left).max(0.0);
    (chips_left, other_left)
}

fn oracle_data_centers(world: &World) -> impl Iterator<Item = &Project> {
    world
        .projects
        .iter()
        .filter(|p| p.owner == Owner::Oracle && p.kind == ProjectKind::DataCenter)
}

/// The build-out a company is committed to and has not yet paid for: its data centers under
/// way, whose leases are signed with the landlords and whose chips are ordered, and the
/// capacity its contracts call for that it has not started, which it must still fund.
pub fn committed(world: &World, id: CompanyId) -> BuildOut {
    if world.company(id).insolvent {
        return BuildOut::default();
    }
    match id {
        CompanyId::Oracle => oracle_committed(world),
        CompanyId::OpenAi => BuildOut {
            chips_bn: openai_chips_unpaid_bn(world),
            ..BuildOut::default()
        },
        _ => BuildOut::default(),
    }
}

/// The chips OpenAI has ordered from Nvidia and not yet paid for, $B: firm purchase orders
/// (nothing in the game cancels them short of default), owed as surely as a loan.
fn openai_chips_unpaid_bn(world: &World) -> f64 {
    world
        .projects
        .iter()
        .filter(|p| p.owner == Owner::OpenAi && p.kind == ProjectKind::Chips)
        .map(|p| (p.cost_bn - p.paid_bn).max(0.0))
        .sum()
}

fn oracle_committed(world: &World) -> BuildOut {
    let id = CompanyId::Oracle;
    let (mut chips, mut halls) = (0.0, 0.0);
    for p in oracle_data_centers(world) {
        let (c, h) = left_to_pay(p);
        chips += c;
        halls += h;
    }
    BuildOut {
        chips_bn: chips,
        halls_bn: (halls - spv::cash_held(world, id)).max(0.0),
        not_started_bn: not_started_cost_bn(world, f64::INFINITY),
    }
}

/// What it costs at today's prices to build, halls and chips, the contracted capacity Oracle
/// has not started, up to `at_most_gw` of it, $B.
pub fn not_started_cost_bn(world: &World, at_most_gw: f64) -> f64 {
    let per_gw = supply::estimate(world, ProjectKind::DataCenter, 1000.0);
    not_started_gw(world).min(at_most_gw) * per_gw.cost_bn
}

/// Share of a company's data centers (online, waiting and under way) its contracts call for.
fn contracted_share(world: &World, id: CompanyId) -> f64 {
    if id != CompanyId::Oracle {
        return 0.0;
    }
    let capacity = oracle_capacity_gw(world);
    if capacity <= 0.0 {
        return 0.0;
    }
    (contracted_gw(world) / capacity).clamp(0.0, 1.0)
}

/// What lenders advance this quarter against the contracted build-out: the chips delivered to
/// the company's contracted data centers, as delayed-draw term loans secured on the contracts
/// (Oracle's 2025-26 build-out was financed by bank term loans and bonds arranged as the chips
/// arrived: $18B of bonds in Sep 2025, $38B of project loans, press), as far as the market
/// believes the buyer will pay: the belief that values the backlog in Oracle's shares.
pub fn chips_financing_q(world: &World, id: CompanyId, report: &TurnReport) -> f64 {
    let share = contracted_share(world, id);
    if share <= 0.0 || world.company(id).insolvent {
        return 0.0;
    }
    let acc = company_account(id);
    let chips: f64 = report
        .transfers
        .iter()
        .filter(|t| t.from == acc && t.flow == Flow::ChipSale)
        .map(|t| t.amount_bn)
        .sum();
    chips * share * world.market.backlog_belief.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(cost_bn: f64, chip_share: f64, paid_bn: f64) -> Project {
        Project {
            kind: ProjectKind::DataCenter,
            owner: Owner::Oracle,
            region: 0,
            size: 1000.0,
            cost_bn,
            paid_bn,
            spv_paid_bn: 0.0,
            chip_share,
            tariff_share: 0.0,
            start_turn: 0,
            complete_turn: 6,
            chips_from_turn: None,
        }
    }

    #[test]
    fn halls_are_paid_before_chips() {
        let near = |(chips, halls): (f64, f64), want: (f64, f64)| {
            assert!(
                (chips - want.0).abs() < 1e-9 && (halls - want.1).abs() < 1e-9,
                "{chips} {halls} against {want:?}"
            );
        };
        near(left_to_pay(&project(50.0, 0.7, 0.0)), (35.0, 15.0));
        near(left_to_pay(&project(50.0, 0.7, 20.0)), (30.0, 0.0));
        near(left_to_pay(&project(50.0, 0.7, 50.0)), (0.0, 0.0));
    }
}
