//! Prints the median calibration figures over many seeds under the historical orders (or bots
//! with `--bots`): `cargo run --release --example calibrate [-- N] [--bots] [--company ID]`.
//! With `--company` it prints that company's books, share price and credit quarter by quarter
//! instead, in the median over the seeds.

use overbuild::calibration::{self, Figures, median};
use overbuild::engine::{CompanyId, TurnReport};
use overbuild::game::Game;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs: u64 = args
        .iter()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(40);
    let bots = args.iter().any(|a| a == "--bots");
    let scenario =
        overbuild::scenario::load(overbuild::scenario::DEFAULT).expect("default scenario");
    let script = (!bots).then(|| calibration::historical(&scenario));
    let company = args
        .iter()
        .position(|a| a == "--company")
        .and_then(|i| args.get(i + 1))
        .map(|id| {
            CompanyId::ALL
                .into_iter()
                .find(|c| c.id() == id.as_str())
                .unwrap_or_else(|| {
                    eprintln!("--company {id}: expected openai, oracle, nvidia or hyperscalers");
                    std::process::exit(2)
                })
        });
    if let Some(id) = company {
        let games: Vec<Game> = (0..runs)
            .map(|seed| calibration::play(&scenario, script.as_ref(), seed).0)
            .collect();
        quarters(&games, id);
        return;
    }
    let all: Vec<Figures> = (0..runs)
        .map(|seed| calibration::play(&scenario, script.as_ref(), seed).1)
        .collect();
    let show = |name: &str, f: &dyn Fn(&Figures) -> f64| {
        let values: Vec<f64> = all.iter().map(f).collect();
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        let p = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
        let mean = values.iter().sum::<f64>() / values.len().max(1) as f64;
        println!(
            "{name:<32} median {:>9.3}   p10 {:>9.3}   p90 {:>9.3}   mean {:>9.3}",
            median(values),
            p(0.1),
            p(0.9),
            mean
        );
    };
    println!(
        "{} runs, {}",
        runs,
        if bots {
            "baseline bots"
        } else {
            "historical orders"
        }
    );
    show("residential rise 2020->2025Q4", &|f| {
        f.residential_rise_2025
    });
    show("PJM wholesale x2020 (2026)", &|f| {
        f.pjm_wholesale_multiple_2026
    });
    show("Texas wholesale x2020 (2026)", &|f| {
        f.texas_wholesale_multiple_2026
    });
    show("PJM arrears 2026", &|f| f.pjm_arrears_2026);
    show("Rust Belt arrears 2026", &|f| f.rust_belt_arrears_2026);
    show("Texas faults (game)", &|f| f64::from(f.texas_faults));
    show("Texas loss events 2025", &|f| {
        f64::from(f.texas_loss_events_2025)
    });
    show("Texas loss events per year", &|f| {
        f64::from(f.texas_loss_events) / f.years.max(0.25)
    });
    show("national arrears 2026", &|f| f.national_arrears_2026);
    show("Texas arrears 2026", &|f| f.texas_arrears_2026);
    show("West arrears 2026", &|f| f.west_arrears_2026);
    show("bill change q-on-q (median abs)", &|f| f.bill_swing_q);
    show("bill change y-on-y (median abs)", &|f| f.bill_swing_y);
    show("price change q-on-q (median abs)", &|f| f.price_swing_q);
    show("blackouts (game)", &|f| f64::from(f.blackouts));
    show("bonds 2025 $B", &|f| f.bonds_2025);
    show("capex 2025 $B", &|f| f.capex_2025);
    show("capex 2026 $B", &|f| f.capex_2026);
    show("Oracle FCF 2025 $B", &|f| f.oracle_fcf_2025);
    show("Oracle FCF 2026 $B", &|f| f.oracle_fcf_2026);
    show("Oracle drawdown 2025Q4", &|f| f.oracle_drawdown_2025);
    show("Oracle CDS x mid-2025", &|f| f.oracle_cds_multiple_2025);
    show("Oracle CDS 2025Q2 bp", &|f| f.oracle_cds_mid_2025_bp);
    show("Oracle CDS 2025Q4 bp", &|f| f.oracle_cds_end_2025_bp);
    show("OpenAI revenue 2025 $B", &|f| f.openai_revenue_2025);
    show("OpenAI revenue 2026 $B", &|f| f.openai_revenue_2026);
    show("OpenAI value 2025Q4 $B", &|f| f.openai_value_2025q4);
    show("OpenAI defaulted (share)", &|f| {
        f64::from(u8::from(f.openai_defaulted))
    });
    show("default before 2026Q4 (share)", &|f| {
        f64::from(u8::from(f.early_default))
    });
    show("Oracle SPVs signed $B", &|f| f.oracle_spv_bn);
    show("hyperscaler SPVs signed $B", &|f| f.hyperscaler_spv_bn);
    show("approval 2025Q4", &|f| f.approval_2025q4);
    show("bill growth 2025", &|f| f.bill_growth_2025);
    show("midterm seats", &|f| f64::from(f.midterm_seats));
    show("midterm won share", &|f| {
        if f.midterm_won { 1.0 } else { 0.0 }
    });
    show("PJM zone energy x2020 (2026)", &|f| {
        f.grid.pjm_zone_multiple_2026
    });
    show("PJM energy x2020 (2026)", &|f| {
        f.grid.pjm_energy_multiple_2026
    });
    show("PJM zone energy x2020 (2028)", &|f| {
        f.grid.pjm_zone_multiple_2028
    });
    show("PJM energy x2020 (2028)", &|f| {
        f.grid.pjm_energy_multiple_2028
    });
    show("PJM auction 2025Q4 $/MW-day", &|f| {
        f.grid.pjm_auction_2025_price
    });
    show("PJM auction 2025Q4 margin", &|f| {
        f.grid.pjm_auction_2025_margin
    });
    show("merchant MW started (game)", &|f| f.grid.merchant_mw);
    show("unserved GWh (game)", &|f| f.grid.unserved_gwh);
    show("DR curtailed GWh (game)", &|f| f.grid.dr_gwh);
    show("DR paid $B (game)", &|f| f.grid.dr_paid_bn);
}

/// One company's quarters, each figure the median over the games.
fn quarters(games: &[Game], id: CompanyId) {
    type Column = (&'static str, fn(&TurnReport, CompanyId) -> f64);
    let columns: [Column; 14] = [
        ("revenue", |r, id| {
            r.company(id).map_or(0.0, |c| c.revenue_bn)
        }),
        ("op cost", |r, id| {
            income(r, id).map_or(0.0, |i| i.operating_costs_bn)
        }),
        ("lease", |r, id| {
            income(r, id).map_or(0.0, |i| i.lease_cost_bn)
        }),
        ("deprec", |r, id| {
            income(r, id).map_or(0.0, |i| i.depreciation_bn)
        }),
        ("EBIT", |r, id| {
            income(r, id).map_or(0.0, |i| i.operating_income_bn)
        }),
        ("op cash", |r, id| {
            r.company(id).map_or(0.0, |c| c.operating_cash_bn)
        }),
        ("capex", |r, id| r.company(id).map_or(0.0, |c| c.capex_bn)),
        ("FCF", |r, id| {
            r.company(id).map_or(0.0, |c| c.free_cash_flow_bn)
        }),
        ("price", |r, id| {
            r.company(id).map_or(0.0, |c| c.share_price)
        }),
        ("assets", |r, id| {
            r.company(id).map_or(0.0, |c| c.asset_value_bn)
        }),
        ("adj debt", |r, id| {
            r.company(id).map_or(0.0, |c| c.adjusted_debt_bn)
        }),
        ("spread", |r, id| r.company(id).map_or(0.0, |c| c.spread_bp)),
        ("PD 5y %", |r, id| {
            r.company(id).map_or(0.0, |c| 100.0 * c.default_prob_5y)
        }),
        ("backlog", |r, id| {
            r.company(id).map_or(0.0, |c| c.backlog_bn)
        }),
    ];
    print!("{:<8}", "quarter");
    for (name, _) in &columns {
        print!("{name:>10}");
    }
    println!();
    let turns = games.iter().map(|g| g.turns.len()).min().unwrap_or(0);
    for t in 0..turns {
        print!("{:<8}", games[0].turns[t].report.date.to_string());
        for (_, figure) in &columns {
            let values: Vec<f64> = games
                .iter()
                .map(|g| figure(&g.turns[t].report, id))
                .collect();
            print!("{:>10.2}", median(values));
        }
        println!();
    }
}

fn income(
    r: &TurnReport,
    id: CompanyId,
) -> Option<&overbuild::engine::finance::books::IncomeStatement> {
    r.statements(overbuild::engine::ledger::Account::Company(id))
        .map(|s| &s.income)
}
