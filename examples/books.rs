//! Quarter-by-quarter books of every company under the historical orders (or bots with
//! `--bots`): `cargo run --release --example books -- [SEED] [--bots]`. Prints each company's
//! revenue, operating cash flow, capex, free cash flow, cash, debt as agencies count it, asset
//! value, equity, spread, default probability and rating.
use overbuild::calibration;
use overbuild::engine::CompanyId;
use overbuild::engine::ledger::Account;
use overbuild::game::{Controllers, Game, play_out};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1);
    let bots = args.iter().any(|a| a == "--bots");
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("scenario");
    let script = (!bots).then(|| calibration::historical(&scenario));
    let mut game = Game::new(scenario, seed);
    let mut controllers = Controllers::bots_except(script);
    play_out(&mut game, &mut controllers, 16);
    for t in &game.turns {
        let r = &t.report;
        println!(
            "{}  sentiment {:5.2}  coverage {:4.2}",
            r.date, r.market.sentiment, r.market.coverage
        );
        for id in CompanyId::ALL {
            let c = r.company(id).expect("company");
            let s = r.statements(Account::Company(id)).expect("statements");
            println!(
                "  {:<12} rev {:7.1} ni {:7.1} cfo {:7.1} capex {:7.1} fcf {:7.1} cash {:7.1} adj.debt {:7.1} V {:8.0} E {:8.0} px {:8.2} sp {:5.0} pd {:5.1}% {:<4}{}",
                id.id(),
                s.income.revenue_bn,
                s.income.net_income_bn,
                s.cash_flow.operating_bn,
                s.cash_flow.capex_bn,
                c.free_cash_flow_bn,
                c.cash_bn,
                c.adjusted_debt_bn,
                c.asset_value_bn,
                c.market_cap_bn,
                c.share_price,
                c.spread_bp,
                100.0 * c.default_prob_5y,
                c.rating.label(),
                if c.insolvent { " DEFAULT" } else { "" }
            );
        }
        for n in &r.news {
            let k = &n.msg.key;
            if k.contains("capped")
                || k.contains("insolv")
                || k.contains("grade")
                || k.contains("spv")
            {
                println!("      {} {:?}", k, n.msg.args);
            }
        }
    }
}
