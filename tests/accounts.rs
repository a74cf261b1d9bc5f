//! The accounting identities, for any valid orders and seed: every entity's balance sheet
//! balances, its cash rolls forward through the three cash-flow sections to the ledger's cash,
//! the books agree with the instruments behind them, the sector transactions matrix sums to zero
//! along rows and columns, and no entity holds negative cash.

mod common;

use common::*;
use overbuild::engine::finance::books::Statements;
use overbuild::engine::ledger::{Account, Flow};
use overbuild::engine::{CompanyId, Rngs, TurnReport, World, resolve};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn close(a: f64, b: f64, what: &str) -> Result<(), TestCaseError> {
    let tolerance = 1e-6 * a.abs().max(b.abs()).max(1.0);
    prop_assert!((a - b).abs() <= tolerance, "{}: {} != {}", what, a, b);
    Ok(())
}

fn check_statements(s: &Statements, before: &World, after: &World) -> Result<(), TestCaseError> {
    let name = format!("{:?}", s.entity);
    let bs = &s.balance;
    close(
        bs.assets_bn(),
        bs.liabilities_bn() + bs.equity_bn(),
        &format!("{name} A = L + E"),
    )?;
    // Servers and chips are part of the PP&E, never more than all of it.
    prop_assert!(
        bs.equipment_bn >= -1e-6 && bs.equipment_bn <= bs.ppe_bn.max(0.0) + 1e-6,
        "{} equipment {} outside 0..=PP&E {}",
        name,
        bs.equipment_bn,
        bs.ppe_bn
    );
    let cf = &s.cash_flow;
    let rolled = cf.opening_cash_bn + cf.operating_bn + cf.investing_bn + cf.financing_bn;
    close(
        rolled,
        cf.closing_cash_bn,
        &format!("{name} cash roll-forward"),
    )?;
    close(
        cf.opening_cash_bn,
        before.accounts.cash(s.entity),
        &format!("{name} opening cash"),
    )?;
    close(
        cf.closing_cash_bn,
        after.accounts.cash(s.entity),
        &format!("{name} closing cash"),
    )?;
    prop_assert!(
        cf.closing_cash_bn >= -1e-6,
        "{} holds negative cash {}",
        name,
        cf.closing_cash_bn
    );
    // What the game does not trade stays at what the company reported: no flow touches it.
    let opened = before.books.sheet(s.entity);
    close(
        bs.other_assets_bn,
        opened.other_assets_bn,
        &format!("{name} other assets"),
    )?;
    close(
        bs.other_liabilities_bn,
        opened.other_liabilities_bn,
        &format!("{name} other liabilities"),
    )?;
    let is = &s.income;
    close(
        is.net_income_bn,
        is.revenue_bn
            - is.operating_costs_bn
            - is.lease_cost_bn
            - is.depreciation_bn
            - is.interest_bn
            + is.other_bn
            - is.tax_bn,
        &format!("{name} net income"),
    )?;
    Ok(())
}

/// The books hold what the instruments say: bonds, vendor loans, leases, SPV bonds.
fn check_tie_outs(world: &World, report: &TurnReport) -> Result<(), TestCaseError> {
    let sheet = |a: Account| {
        report
            .statements(a)
            .map(|s| s.balance.clone())
            .unwrap_or_default()
    };
    for id in CompanyId::ALL {
        let bs = sheet(Account::Company(id));
        close(
            bs.debt_bn,
            world.company(id).debt_bn(),
            &format!("{id:?} debt"),
        )?;
        let leases: f64 = world
            .spvs
            .iter()
            .filter(|s| s.owner == id)
            .map(|s| s.lease_liability_bn)
            .sum();
        close(
            bs.lease_liabilities_bn,
            leases,
            &format!("{id:?} lease liabilities"),
        )?;
    }
    let owed = world.openai.nvidia_stake_bn;
    close(
        sheet(Account::Company(CompanyId::OpenAi)).vendor_loans_bn,
        owed,
        "OpenAI vendor loans",
    )?;
    close(
        sheet(Account::Company(CompanyId::Nvidia)).loans_receivable_bn,
        owed,
        "Nvidia receivable",
    )?;
    close(
        sheet(Account::Utility).debt_bn,
        world.utility.debt_bn,
        "utility debt",
    )?;
    for (i, spv) in world.spvs.iter().enumerate() {
        close(
            sheet(Account::Spv(i as u16)).debt_bn,
            spv.bonds_bn,
            &format!("SPV {i} bonds"),
        )?;
    }
    Ok(())
}

/// Rows are flows, columns are accounts. Each transfer adds to the payee's column and takes from
/// the payer's in its flow's row, so rows sum to zero; with the change in each account's cash as
/// a last row (measured from the ledger, not the transfers), so do columns.
fn check_matrix(before: &World, after: &World, report: &TurnReport) -> Result<(), TestCaseError> {
    let mut matrix: BTreeMap<(Flow, Account), f64> = BTreeMap::new();
    for t in &report.transfers {
        *matrix.entry((t.flow, t.from)).or_default() -= t.amount_bn;
        *matrix.entry((t.flow, t.to)).or_default() += t.amount_bn;
    }
    let mut rows: BTreeMap<Flow, f64> = BTreeMap::new();
    let mut columns: BTreeMap<Account, f64> = BTreeMap::new();
    for ((flow, account), amount) in &matrix {
        *rows.entry(*flow).or_default() += amount;
        *columns.entry(*account).or_default() += amount;
    }
    for (flow, sum) in rows {
        close(sum, 0.0, &format!("row {flow:?}"))?;
    }
    let mut accounts: Vec<Account> = columns.keys().copied().collect();
    accounts.extend((0..after.spvs.len()).map(|i| Account::Spv(i as u16)));
    accounts.sort();
    accounts.dedup();
    for account in accounts {
        let change = after.accounts.cash(account) - before.accounts.cash(account);
        let flows = columns.get(&account).copied().unwrap_or(0.0);
        close(flows - change, 0.0, &format!("column {account:?}"))?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn every_quarter_balances_for_every_entity(
        seed in any::<u64>(),
        turns in proptest::collection::vec(orders(3), 1..8),
    ) {
        let mut world = new_world();
        let mut rngs = Rngs::new(seed);
        for orders in &turns {
            orders.validate(&world.params).unwrap();
            let (next, report) = resolve(&world, orders, &mut rngs);
            let entities = CompanyId::COUNT + 1 + next.spvs.len();
            prop_assert_eq!(report.statements.len(), entities);
            for s in &report.statements {
                check_statements(s, &world, &next)?;
            }
            check_tie_outs(&next, &report)?;
            check_matrix(&world, &next, &report)?;
            world = next;
        }
    }
}

#[test]
fn a_whole_historical_game_balances_and_defaults_leave_no_negative_cash() {
    let scenario = default_scenario();
    let script = overbuild::calibration::historical(&scenario);
    for seed in 0..4 {
        let (game, _) = overbuild::calibration::play(&scenario, Some(&script), seed);
        for t in &game.turns {
            for s in &t.report.statements {
                let bs = &s.balance;
                let gap = bs.assets_bn() - bs.liabilities_bn() - bs.equity_bn();
                assert!(
                    gap.abs() < 1e-6 * bs.assets_bn().abs().max(1.0),
                    "{:?} {}: {gap}",
                    s.entity,
                    t.report.date
                );
                assert!(
                    s.cash_flow.closing_cash_bn >= -1e-6,
                    "{:?} {}",
                    s.entity,
                    t.report.date
                );
            }
        }
    }
}

/// A quarter of a contract Oracle could not deliver lapses: its backlog is always its other
/// customers' backlog plus what OpenAI's live contracts still have to run, never a quarter
/// that passed unpaid (it used to stay in the backlog and count as other customers' orders).
#[test]
fn undelivered_contract_quarters_leave_oracles_backlog() {
    let others = |w: &World| {
        w.company(CompanyId::Oracle).backlog_bn - overbuild::engine::finance::openai_backlog(w)
    };
    for seed in 0..3 {
        let mut world = new_world();
        let mut rngs = Rngs::new(seed);
        let start = others(&world);
        let mut lapsed = 0;
        for turn in 0..16 {
            let mut orders = overbuild::engine::Orders::default();
            orders.openai.contract_gw = if turn % 4 == 0 { 3.0 } else { 0.0 };
            orders.openai.contract_price = 13.0;
            orders.oracle.build_mw = vec![0.0; world.params.regions.len()];
            let (next, report) = resolve(&world, &orders, &mut rngs);
            world = next;
            lapsed += usize::from(
                report
                    .news
                    .iter()
                    .any(|n| n.msg.key == "news-contract-lapsed"),
            );
            let now = others(&world);
            assert!(
                (now - start).abs() < 1e-6 * start.max(1.0),
                "seed {seed}, {}: other customers' backlog {start} became {now}",
                report.date
            );
        }
        assert!(
            lapsed > 0,
            "seed {seed}: Oracle built nothing yet no contract lapsed"
        );
    }
}

/// Before a contract's full delivery is due (`contract_lead_quarters` after signing), OpenAI
/// pays for what Oracle has delivered and nothing lapses: its backlog falls only by what was
/// paid. From the start, quarters Oracle could not deliver lapse.
#[test]
fn a_contract_lapses_nothing_before_its_full_delivery_is_due() {
    let owed = |w: &World| overbuild::engine::finance::openai_backlog(w);
    let mut world = new_world();
    let lead = world.params.companies.oracle.contract_lead_quarters;
    assert!(lead > 0, "the scenario gives contracts a lead time");
    let mut rngs = Rngs::new(7);
    for turn in 0..lead + 2 {
        let mut orders = overbuild::engine::Orders::default();
        orders.openai.contract_gw = if turn == 0 { 3.0 } else { 0.0 };
        orders.openai.contract_price = 13.0;
        orders.oracle.build_mw = vec![0.0; world.params.regions.len()];
        let before = owed(&world);
        let (next, report) = resolve(&world, &orders, &mut rngs);
        let lapsed = report
            .news
            .iter()
            .any(|n| n.msg.key == "news-contract-lapsed");
        let paid: f64 = report
            .transfers
            .iter()
            .filter(|t| {
                t.flow == Flow::ComputeLease
                    && t.from == Account::Company(CompanyId::OpenAi)
                    && t.to == Account::Company(CompanyId::Oracle)
            })
            .map(|t| t.amount_bn)
            .sum();
        if turn == 0 {
            assert!(owed(&next) > 0.0, "the contract was not signed");
        } else if turn < lead {
            assert!(!lapsed, "turn {turn}: a quarter lapsed before the start");
            let fell = before - owed(&next);
            assert!(
                (fell - paid).abs() < 1e-6,
                "turn {turn}: owed fell {fell} but OpenAI paid {paid}"
            );
        } else {
            assert!(
                lapsed,
                "turn {turn}: Oracle built nothing, yet nothing lapsed"
            );
            assert!(before - owed(&next) > paid + 1e-6);
        }
        for c in &next.contracts {
            assert!(c.settled_bn <= c.value_bn() + 1e-9);
        }
        world = next;
    }
}

/// The utility's books carry the network its rates pay for: it opens with the capital whose
/// return and depreciation the network's revenue covers, financed near a regulated capital
/// structure (EEI: investor-owned utilities' common equity about 40% of consolidated capital;
/// regulators authorise about 50% at the operating companies, RRA 2024), not the 97% debt it
/// once opened with. With nothing ordered, what wears out each quarter is replaced out of the
/// depreciation its rates recover, so its plant and its debt keep their size and its equity is
/// not paid out.
#[test]
fn the_utility_keeps_its_network_and_a_regulated_capital_structure() {
    let mut world = new_world();
    let opening = world.books.sheet(Account::Utility);
    let equity_share = |s: &overbuild::engine::finance::books::BalanceSheet| {
        s.equity_bn() / (s.equity_bn() + s.debt_bn)
    };
    assert!(
        (0.3..=0.6).contains(&equity_share(&opening)),
        "opening equity {:.0}% of capital",
        100.0 * equity_share(&opening)
    );
    let mut rngs = Rngs::new(3);
    let mut replaced = 0.0;
    for _ in 0..8 {
        let (next, report) = resolve(&world, &overbuild::engine::Orders::default(), &mut rngs);
        world = next;
        replaced += report
            .transfers
            .iter()
            .filter(|t| t.from == Account::Utility && t.flow == Flow::Capex)
            .map(|t| t.amount_bn)
            .sum::<f64>();
    }
    let closing = world.books.sheet(Account::Utility);
    assert!(replaced > 0.0, "the utility replaced nothing in two years");
    assert!(
        (closing.ppe_bn - opening.ppe_bn).abs() < 1e-6 * opening.ppe_bn,
        "plant went from {:.1} to {:.1} with nothing ordered",
        opening.ppe_bn,
        closing.ppe_bn
    );
    assert!(
        (closing.debt_bn - opening.debt_bn).abs() < 1e-6 * opening.debt_bn,
        "debt went from {:.1} to {:.1} with nothing ordered: replacements are paid from depreciation",
        opening.debt_bn,
        closing.debt_bn
    );
    assert!(
        equity_share(&closing) > 0.3,
        "equity fell to {:.0}% of capital",
        100.0 * equity_share(&closing)
    );
}

/// The utility pays income tax like every company: the quarter's tax is 15% of its pre-tax
/// profit (depreciation included, as it is booked before the utility's quarter), it goes to the
/// government, and funds from operations count it.
#[test]
fn the_utility_pays_tax_on_its_whole_quarters_profit_and_ffo_counts_it() {
    let mut world = new_world();
    let mut rngs = Rngs::new(5);
    for _ in 0..4 {
        let (next, report) = resolve(&world, &overbuild::engine::Orders::default(), &mut rngs);
        let s = report
            .statements(Account::Utility)
            .expect("the utility's books");
        let is = &s.income;
        assert!(is.pretax_bn > 0.0 && is.depreciation_bn > 0.0, "{is:?}");
        assert!((is.tax_bn - 0.15 * is.pretax_bn).abs() < 1e-9, "{is:?}");
        let to_government: f64 = report
            .transfers
            .iter()
            .filter(|t| t.from == Account::Utility && t.to == Account::Government)
            .filter(|t| t.flow == Flow::Tax)
            .map(|t| t.amount_bn)
            .sum();
        assert!((to_government - is.tax_bn).abs() < 1e-9);
        // FFO = the operating margin less interest and tax: the cash from operations.
        let ffo = *next.utility.ffo_history_bn.last().unwrap();
        assert!(
            (ffo - s.cash_flow.operating_bn).abs() < 1e-6 * ffo.abs().max(1.0),
            "FFO {ffo} vs {:?}",
            s.cash_flow
        );
        world = next;
    }
}

/// The listed companies' books open at their reported totals: assets, and equity as what is
/// left after every liability, traded or not. Oracle's equity is thin but not negative.
#[test]
fn listed_companies_open_their_books_at_what_they_reported() {
    let scenario = default_scenario();
    let world = new_world();
    for id in [
        CompanyId::Oracle,
        CompanyId::Nvidia,
        CompanyId::Hyperscalers,
    ] {
        let reported = scenario.params.companies.balance(id);
        assert!(reported.book_assets_bn > 0.0, "{id:?} has reported totals");
        let sheet = world.books.sheet(Account::Company(id));
        let near = |a: f64, b: f64| (a - b).abs() < 1e-6 * b.abs().max(1.0);
        assert!(
            near(sheet.assets_bn(), reported.book_assets_bn),
            "{id:?} assets {} against {}",
            sheet.assets_bn(),
            reported.book_assets_bn
        );
        assert!(
            near(sheet.equity_bn(), reported.book_equity_bn),
            "{id:?} equity {} against {}",
            sheet.equity_bn(),
            reported.book_equity_bn
        );
        assert!(sheet.other_assets_bn > 0.0 && sheet.other_liabilities_bn > 0.0);
    }
}
