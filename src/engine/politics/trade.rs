//! Tariffs as trade economists model them: revenue on imports that shrink as the tariff rises,
//! prices that rise, jobs gained in the protected industries and lost downstream, retaliation
//! against exports, and a stock market that prices the cost.

use crate::engine::ledger::{Account, Flow};
use crate::engine::orders::WhiteHouseOrders;
use crate::engine::params::PoliticsParams;
use crate::engine::report::{Msg, Severity, Topic, TurnReport};
use crate::engine::rng::{Purpose, Rngs};
use crate::engine::state::{TariffJobs, World};

/// Limit on the share of non-AI market value the tariffs can take. Assumption: the 2018-19 and
/// 2025 trade wars cost the S&P 500 well under this.
const MAX_VALUE_LOSS: f64 = 0.3;
/// Weight of each of the two tariffs (chips, equipment) in the prices of tariffed goods.
/// Assumption: the two weigh alike, so prices follow their average.
const EACH_TARIFF_WEIGHT: f64 = 0.5;

/// Tariff revenue a quarter from the economy's imports outside the modelled projects, $B:
/// rate x imports, imports shrinking as (1 + rate)^-elasticity, the exempt part left out.
pub fn revenue_q_bn(p: &PoliticsParams, chip: f64, equipment: f64, exempt: bool) -> f64 {
    let paid = if exempt {
        1.0 - p.exempt_import_share
    } else {
        1.0
    };
    let one = |rate: f64, imports: f64| {
        let rate = rate.max(0.0);
        rate * imports * (1.0 + rate).powf(-p.import_elasticity) * paid / 4.0
    };
    one(chip, p.chip_imports_bn_per_year) + one(equipment, p.equipment_imports_bn_per_year)
}

/// Long-run jobs from the tariffs (Flaaen & Pierce 2019): protection adds jobs in the
/// industries it shields, dearer inputs cost more downstream, retaliation costs exporters.
pub fn jobs(p: &PoliticsParams, wh: &WhiteHouseOrders, retaliation: bool) -> TariffJobs {
    let headline = p.jobs_per_equipment_tariff_k * wh.equipment_tariff * 10.0
        + p.jobs_per_chip_tariff_k * wh.chip_tariff * 10.0;
    let reach = if wh.exempt_intermediate {
        1.0 - p.exempt_import_share
    } else {
        1.0
    };
    let protected = headline * reach;
    TariffJobs {
        protected_k: protected,
        downstream_k: p.downstream_jobs_ratio * protected,
        // Partners answer the headline rate, not the exemptions.
        exports_k: if retaliation {
            p.retaliation_jobs_ratio * headline
        } else {
            0.0
        },
    }
}

/// Broad tariff revenue, consumer prices, retaliation, jobs and the market's discount.
pub fn step(world: &mut World, wh: &WhiteHouseOrders, rngs: &Rngs, report: &mut TurnReport) {
    let p = world.params.politics.clone();
    let revenue = revenue_q_bn(
        &p,
        wh.chip_tariff,
        wh.equipment_tariff,
        wh.exempt_intermediate,
    );
    // Importers pay; households pay in the end.
    world.accounts.pay(
        &mut report.transfers,
        Account::Households,
        Account::Government,
        revenue,
        Flow::Tariff,
    );
    let tariff_inflation = p.tariff_passthrough
        * p.tariffed_import_share
        * EACH_TARIFF_WEIGHT
        * (wh.chip_tariff + wh.equipment_tariff);
    let target = tariff_inflation + super::budget::fiscal_inflation(world);
    let pol = &mut world.politics;
    pol.tariff_inflation = tariff_inflation;
    pol.inflation_felt += p.inflation_pass_q * (target - pol.inflation_felt);
    retaliation(world, wh, rngs, report);
    world.politics.tariff_jobs = jobs(&p, wh, world.politics.retaliation);
    price(world, wh, revenue);
}

/// Each quarter with tariffs, partners may answer, likelier the higher the tariff; they stop
/// when the tariffs go.
fn retaliation(world: &mut World, wh: &WhiteHouseOrders, rngs: &Rngs, report: &mut TurnReport) {
    let rate = wh.chip_tariff.max(wh.equipment_tariff).max(0.0);
    let pol = &mut world.politics;
    if rate <= 0.0 {
        pol.retaliation = false;
        return;
    }
    if pol.retaliation {
        return;
    }
    let chance = (world.params.politics.retaliation_chance_per_rate * rate).min(1.0);
    if rngs.stream(Purpose::Politics, world.turn, 1).chance(chance) {
        pol.retaliation = true;
        report.say(
            Topic::Politics,
            Severity::Alert,
            Msg::new("news-retaliation").num("rate", rate * 100.0),
        );
    }
}

/// The market prices what the tariffs cost listed firms outside AI: the tariff on the inputs
/// they buy (what they do not pass on) against their profits, and exports lost to retaliation.
fn price(world: &mut World, wh: &WhiteHouseOrders, revenue_q_bn: f64) {
    let p = &world.params.politics;
    let absorbed = revenue_q_bn * 4.0 * (1.0 - p.tariff_passthrough);
    let rate = wh.chip_tariff.max(wh.equipment_tariff).max(0.0);
    let retaliation = if world.politics.retaliation {
        p.retaliation_value_per_rate * rate
    } else {
        0.0
    };
    let loss = (absorbed / p.corporate_profits_bn_per_year.max(1.0) + retaliation)
        .clamp(0.0, MAX_VALUE_LOSS);
    let before = world.politics.tariff_value_loss.clamp(0.0, MAX_VALUE_LOSS);
    world.market.non_ai_cap_bn *= (1.0 - loss) / (1.0 - before);
    world.politics.tariff_value_loss = loss;
}
