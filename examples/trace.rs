//! Quarter-by-quarter trace of one company under given bots:
//! `cargo run --release --example trace -- SEED [SEAT=PERSONALITY:LEVEL]...`
use overbuild::bots::BotSpec;
use overbuild::engine::CompanyId;
use overbuild::game::{Controllers, Game, play_out};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let specs: Vec<BotSpec> = args.iter().skip(1).filter_map(|a| a.parse().ok()).collect();
    let scenario = overbuild::scenario::load(overbuild::scenario::DEFAULT).unwrap();
    let mut game = Game::new(scenario, seed);
    let mut controllers = Controllers::with_bots(None, &specs);
    play_out(&mut game, &mut controllers, 16);
    for t in &game.turns {
        let r = &t.report;
        let o = &t.orders.openai;
        let c = r.company(CompanyId::OpenAi).unwrap();
        let or = r.company(CompanyId::Oracle).unwrap();
        println!(
            "{} OAI cash {:6.1} rev {:5.1} fcf {:6.1} GW {:5.2} | orders contract {:.1}@{:.1} chips {:.2} vendor {:.0} equity {:.0} debt {:.0} sub {:.0} | ORCL px {:6.1} fcf {:6.1} sp {:4.0} {} | sent {:5.2} appr {:.3} jobs {:.0}{}",
            r.date,
            c.cash_bn,
            c.revenue_bn,
            c.free_cash_flow_bn,
            r.market.openai_compute_gw,
            o.contract_gw,
            o.contract_price,
            o.chip_order_gw,
            o.vendor_financing_bn,
            o.equity_raise_bn,
            o.debt_bn,
            o.subscription_price,
            or.share_price,
            or.free_cash_flow_bn,
            or.spread_bp,
            or.rating.label(),
            r.market.sentiment,
            r.politics.approval,
            r.politics.jobs_k,
            if c.insolvent { " INSOLVENT" } else { "" }
        );
        for n in &r.news {
            if n.msg.key.contains("capped")
                || n.msg.key.contains("insolv")
                || n.msg.key.contains("refused")
            {
                println!("      {} {:?}", n.msg.key, n.msg.args);
            }
        }
    }
}
