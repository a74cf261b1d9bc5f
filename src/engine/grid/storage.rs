//! Batteries in the hourly series: each day they charge in the hours of lowest net load and
//! discharge in the highest, within power and energy limits.

use super::dispatch::total_order_key;

/// Most of an hour's load that batteries may serve. Assumption: batteries are spread over the
/// region and cannot all discharge into one hour's load; they meet at most half of it.
const MAX_DISCHARGE_SHARE: f64 = 0.5;

/// A battery fleet's day. How much it charges in each of its cheapest hours does not depend on
/// the day, so it is worked out once a quarter; only the hours and the discharge vary.
pub(super) struct BatteryPlan {
    power: f64,
    /// MW charged in the cheapest hour, the next cheapest, and so on.
    charges: [f64; 12],
    charge_hours: usize,
    /// Energy held when charging ends, MWh.
    stored: f64,
    /// Dearest hours to rank up front: enough when every discharge runs at full power; a day
    /// that needs more ranks all twelve.
    discharge_hours: usize,
}

impl BatteryPlan {
    pub(super) fn new(power: f64, energy: f64, efficiency: f64) -> Self {
        let mut charges = [0.0; 12];
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
        // Full-power hours to empty the store, one for rounding and one that finds it empty.
        let full_power_hours = if power > 0.0 { stored / power } else { 12.0 };
        let discharge_hours = (full_power_hours.ceil() + 2.0).clamp(1.0, 12.0) as usize;
        Self {
            power,
            charges,
            charge_hours,
            stored,
            discharge_hours,
        }
    }

    /// Shifts one day's `load`: charging adds load in the hours of lowest `net` load,
    /// discharging removes it in the highest (`f64::total_cmp` order, ties by hour).
    pub(super) fn shift(&self, load: &mut [f64; 24], net: &[f64; 24]) {
        let keys = net.map(total_order_key);
        let low = lowest_hours(&keys, self.charge_hours);
        for (&h, &charge) in low.iter().zip(&self.charges).take(self.charge_hours) {
            load[usize::from(h)] += charge;
        }
        let mut ranked = self.discharge_hours;
        let mut high = highest_hours(&keys, ranked);
        let mut stored = self.stored;
        for k in 0..12 {
            if k == ranked {
                ranked = 12;
                high = highest_hours(&keys, ranked);
            }
            let h = usize::from(high[k]);
            let discharge = self.power.min(stored).min(load[h] * MAX_DISCHARGE_SHARE);
            if discharge <= 0.0 {
                break;
            }
            load[h] -= discharge;
            stored -= discharge;
        }
    }
}

/// The `n` (at most 12) hours of smallest key, smallest first, ties by earlier hour: an
/// insertion into a short list, which most hours fail at the first comparison.
pub(super) fn lowest_hours(keys: &[u64; 24], n: usize) -> [u8; 12] {
    let mut ranked = Ranked::new(n);
    for (h, &key) in keys.iter().enumerate() {
        ranked.offer(key, h as u8);
    }
    ranked.hours
}

/// The `n` (at most 12) hours of largest key, largest first, ties by later hour.
pub(super) fn highest_hours(keys: &[u64; 24], n: usize) -> [u8; 12] {
    let mut ranked = Ranked::new(n);
    for (h, &key) in keys.iter().enumerate().rev() {
        ranked.offer(!key, h as u8);
    }
    ranked.hours
}

/// A short list of (key, hour) in ascending key order; an offer never passes an equal key
/// already listed, so ties keep the order in which they were offered.
struct Ranked {
    keys: [u64; 12],
    hours: [u8; 12],
    len: usize,
    n: usize,
}

impl Ranked {
    fn new(n: usize) -> Self {
        Self {
            keys: [0; 12],
            hours: [0; 12],
            len: 0,
            n: n.min(12),
        }
    }

    fn offer(&mut self, key: u64, hour: u8) {
        let mut j = if self.len < self.n {
            self.len += 1;
            self.len - 1
        } else if self.n > 0 && key < self.keys[self.n - 1] {
            self.n - 1
        } else {
            return;
        };
        while j > 0 && self.keys[j - 1] > key {
            self.keys[j] = self.keys[j - 1];
            self.hours[j] = self.hours[j - 1];
            j -= 1;
        }
        self.keys[j] = key;
        self.hours[j] = hour;
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
    fn ranked_hours_follow_a_total_cmp_sort_with_ties_by_hour() {
        let values = [
            3.5,
            -0.0,
            0.0,
            -2.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e-300,
            -1e-300,
        ];
        for shift in 0..values.len() {
            let mut net = [0.0f64; 24];
            for (h, v) in net.iter_mut().enumerate() {
                *v = values[(h * 7 + shift) % values.len()];
            }
            net[(5 + shift) % 24] = f64::NAN;
            let mut expected: [usize; 24] = std::array::from_fn(|i| i);
            expected.sort_by(|&a, &b| net[a].total_cmp(&net[b]).then(a.cmp(&b)));
            let keys = net.map(total_order_key);
            for n in 0..=12 {
                let low: Vec<usize> = lowest_hours(&keys, n)[..n]
                    .iter()
                    .map(|&h| h.into())
                    .collect();
                let high: Vec<usize> = highest_hours(&keys, n)[..n]
                    .iter()
                    .map(|&h| h.into())
                    .collect();
                assert_eq!(low, expected[..n], "shift {shift}, n {n}");
                let top: Vec<usize> = expected.iter().rev().take(n).copied().collect();
                assert_eq!(high, top, "shift {shift}, n {n}");
            }
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
