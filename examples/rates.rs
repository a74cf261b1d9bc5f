//! Residential price breakdown by quarter under given bots:
//! `cargo run --release --example rates -- SEED [SEAT=PERSONALITY:LEVEL]...`
use overbuild::bots::BotSpec;
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
        let parts: Vec<String> = r
            .regions
            .iter()
            .map(|x| {
                format!(
                    "{}:{:.1}=e{:.1}+c{:.1}+d{:.1}+u{:.1}",
                    &x.id[..2],
                    x.residential_cents,
                    x.rate.energy,
                    x.rate.capacity,
                    x.rate.delivery,
                    x.rate.upgrades
                )
            })
            .collect();
        let u = &t.orders.utility;
        println!(
            "{} {} | share {:.2} min {:.2} cap {:.0} rc {:.1}{}",
            r.date,
            parts.join(" "),
            u.large_load_share,
            u.min_demand_charge,
            u.capacity_cap,
            u.rate_case_pct,
            if r.news.iter().any(|n| n.msg.key == "news-congress-rule") {
                " CONGRESS"
            } else {
                ""
            }
        );
    }
}
