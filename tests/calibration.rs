//! The source's figures, reproduced by the default scenario under the historical orders
//! (assets/orders/historical.toml), in the median over many seeds (shared/FACTS.md,
//! shared/CALIBRATION.md). Each band is the figure with room for the model's noise.

use overbuild::calibration::{self, Figures, median};
use std::sync::OnceLock;

const SEEDS: u64 = 40;

fn historical() -> &'static Vec<Figures> {
    static FIGURES: OnceLock<Vec<Figures>> = OnceLock::new();
    FIGURES.get_or_init(|| {
        let scenario = overbuild::scenario::load("stargate-2025").unwrap();
        let script = calibration::historical(&scenario);
        (0..SEEDS)
            .map(|seed| calibration::play(&scenario, Some(&script), seed).1)
            .collect()
    })
}

fn med(f: impl Fn(&Figures) -> f64) -> f64 {
    median(historical().iter().map(f).collect())
}

fn within(name: &str, value: f64, low: f64, high: f64) {
    assert!(
        value >= low && value <= high,
        "{name}: median {value:.3} is outside {low}..={high}"
    );
}

#[test]
fn residential_prices_are_about_a_quarter_above_2020() {
    // FACTS: national average residential price up 25% over five years.
    within(
        "rise 2020->2025",
        med(|f| f.residential_rise_2025),
        0.18,
        0.35,
    );
}

#[test]
fn wholesale_costs_in_data_center_areas_are_several_times_2020() {
    // FACTS: some data-center-dense areas pay 267% more than five years earlier.
    within(
        "PJM all-in wholesale x2020",
        med(|f| f.pjm_wholesale_multiple_2026),
        2.0,
        5.0,
    );
}

#[test]
fn about_a_quarter_of_rust_belt_households_fall_behind() {
    // FACTS: about 25% of residents of Michigan, Ohio and Pennsylvania cannot pay their bills.
    within("PJM arrears 2026", med(|f| f.pjm_arrears_2026), 0.20, 0.30);
}

#[test]
fn large_loads_trip_in_texas_during_the_game() {
    // CAL: 26 large-load trips in ERCOT since 2023.
    within("Texas trips", med(|f| f64::from(f.texas_trips)), 8.0, 80.0);
}

#[test]
fn big_tech_bond_issuance_runs_near_120_billion_in_2025() {
    // CAL: ~$121B in 2025 against a $28B five-year average.
    let bonds = med(|f| f.bonds_2025);
    within("bonds 2025", bonds, 80.0, 170.0);
    assert!(bonds > 3.0 * 28.0);
}

#[test]
fn big_four_capex_is_near_400_billion_and_rising() {
    // CAL: ~$400B in 2025, $630-725B guided for 2026.
    within("capex 2025", med(|f| f.capex_2025), 340.0, 460.0);
    let rising = historical()
        .iter()
        .filter(|f| f.capex_2026 > 1.1 * f.capex_2025)
        .count();
    assert!(
        rising as u64 * 2 > SEEDS,
        "capex rose more than 10% in 2026 in only {rising} of {SEEDS} games"
    );
}

#[test]
fn oracle_burns_cash_in_2025_and_2026() {
    // CAL: trailing free cash flow -$13.2B (Nov 2025), ~-$10B in one quarter.
    assert!(
        med(|f| f.oracle_fcf_2025) <= -7.0,
        "{}",
        med(|f| f.oracle_fcf_2025)
    );
    assert!(
        med(|f| f.oracle_fcf_2026) <= -7.0,
        "{}",
        med(|f| f.oracle_fcf_2026)
    );
}

#[test]
fn oracle_ends_2025_forty_percent_below_its_peak() {
    // CAL: peak $345.72 (10 Sep 2025), ~$177-198 in December: -40 to -50%.
    within(
        "Oracle drawdown",
        med(|f| f.oracle_drawdown_2025),
        -0.75,
        -0.40,
    );
}

#[test]
fn oracle_cds_ends_2025_several_times_its_mid_year_level() {
    // CAL: 36 bp (Jun 2025) -> 128-139 bp (Dec 2025).
    within(
        "Oracle CDS multiple",
        med(|f| f.oracle_cds_multiple_2025),
        2.5,
        6.0,
    );
}

#[test]
fn approval_falls_through_2025_and_the_midterms_are_competitive() {
    let start = historical()[0].approval_start;
    let late = med(|f| f.approval_2025q4);
    assert!(
        late < start - 0.03,
        "approval {late:.3} vs start {start:.3}"
    );
    within(
        "midterm seats",
        med(|f| f64::from(f.midterm_seats)),
        195.0,
        235.0,
    );
    let won = historical().iter().filter(|f| f.midterm_won).count() as f64 / SEEDS as f64;
    within("midterms won", won, 0.1, 0.9);
}
