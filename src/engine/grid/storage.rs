//! Batteries in the hourly series: each day they charge in the hours of lowest net load and
//! discharge in the highest, within power and energy limits.

use super::MAX_BATTERY_HOURS;
use super::order::{hours_in_order, smaller};

/// Most of an hour's load that batteries may serve. Assumption: batteries are spread over the
/// region and cannot all discharge into one hour's load; they meet at most half of it.
const MAX_DISCHARGE_SHARE: f64 = 0.5;

/// A battery fleet's day. How much it charges in each of its cheapest hours does not depend on
/// the day, so it is worked out once a quarter; only the hours and the discharge vary.
pub(super) struct BatteryPlan {
    power: f64,
    /// MW charged in the cheapest hour, the next cheapest, and so on.
    charges: [f64; MAX_BATTERY_HOURS],
    charge_hours: usize,
    /// Energy held when charging ends, MWh.
    stored: f64,
}

impl BatteryPlan {
    pub(super) fn new(power: f64, energy: f64, efficiency: f64) -> Self {
        let mut charges = [0.0; MAX_BATTERY_HOURS];
        let mut charge_hours = 0;
        let mut stored = 0.0;
        for slot in &mut charges {
            let charge = power.min((energy - stored) / efficiency).max(0.0);
            if charge <= 0.0 {
                break;
            }
            *slot = charge;
            stored += charge * efficiency;
            charge_hours += 1;
        }
        Self {
            power,
            charges,
            charge_hours,
            stored,
        }
    }

    /// Shifts one day's `load`: charging adds load in the hours of lowest `net` load,
    /// discharging removes it in the highest (`f64::total_cmp` order, ties by hour: the
    /// dearest hours are the cheapest's order reversed).
    pub(super) fn shift(&self, load: &mut [f64; 24], net: &[f64; 24]) {
        let hours = hours_in_order(net);
        let charges = &self.charges[..self.charge_hours];
        for (&h, &charge) in hours.iter().zip(charges) {
            load[usize::from(h)] += charge;
        }
        let mut stored = self.stored;
        for &h in hours.iter().rev().take(MAX_BATTERY_HOURS) {
            let h = usize::from(h);
            // `smaller`, not `min`: one instruction each on the chain through `stored`. Power
            // and energy are never NaN, and a zero of either sign ends the loop alike.
            let discharge = smaller(load[h] * MAX_DISCHARGE_SHARE, smaller(stored, self.power));
            if discharge <= 0.0 {
                break;
            }
            load[h] -= discharge;
            stored -= discharge;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former way, kept as the reference: take hours one by one from a full ordering.
    fn shift_by_sorting(load: &mut [f64; 24], net: &[f64; 24], power: f64, energy: f64, eff: f64) {
        let mut order: Vec<usize> = (0..24).collect();
        order.sort_by(|&a, &b| net[a].total_cmp(&net[b]).then(a.cmp(&b)));
        let mut stored = 0.0;
        for &h in order.iter().take(12) {
            let charge = power.min((energy - stored) / eff).max(0.0);
            if charge <= 0.0 {
                break;
            }
            load[h] += charge;
            stored += charge * eff;
        }
        for &h in order.iter().rev().take(12) {
            let discharge = power.min(stored).min(load[h] * MAX_DISCHARGE_SHARE);
            if discharge <= 0.0 {
                break;
            }
            load[h] -= discharge;
            stored -= discharge;
        }
    }

    #[test]
    fn the_plan_shifts_the_same_bits_as_taking_hours_from_a_sort() {
        // A fixed linear congruential sequence: loads with ties, some hours too small to
        // discharge fully, fleets from a sliver to more than the day can absorb.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            x >> 33
        };
        for round in 0..3000 {
            let power = (next() % 400) as f64 + 0.5;
            let energy = power * [0.5, 1.0, 4.0, 8.0, 30.0][round % 5];
            let eff = 0.5 + (next() % 50) as f64 / 100.0;
            let net: [f64; 24] = std::array::from_fn(|_| match next() % 7 {
                0 => 250.0,
                1 => (next() % 30) as f64,
                _ => (next() % 2000) as f64 * 0.37 - 100.0,
            });
            let mut expected = net.map(|v| v.max(0.0) + 10.0);
            let mut load = expected;
            shift_by_sorting(&mut expected, &net, power, energy, eff);
            BatteryPlan::new(power, energy, eff).shift(&mut load, &net);
            assert_eq!(
                load.map(f64::to_bits),
                expected.map(f64::to_bits),
                "round {round}"
            );
        }
    }

    #[test]
    fn batteries_move_energy_from_peaks_to_troughs() {
        let mut load: [f64; 24] = std::array::from_fn(|h| 100.0 + 10.0 * h as f64);
        let net = load;
        BatteryPlan::new(20.0, 80.0, 0.9).shift(&mut load, &net);
        assert!(load[23] < net[23]);
        assert!(load[0] > 100.0);
        let added: f64 = load.iter().sum::<f64>() - net.iter().sum::<f64>();
        // Losses: energy in exceeds energy out.
        assert!(added > 0.0);
    }
}
