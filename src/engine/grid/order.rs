//! Ordering a day's 24 hours: unsigned keys in `f64::total_cmp` order, and a fixed sorting
//! network, whose comparisons do not depend on the values (no branch a predictor must guess);
//! and the larger or smaller of two numbers in one instruction.

/// `x.max(bound)` for a `bound` that is never NaN, in one instruction: `f64::max` also tests
/// `bound` for NaN. A NaN `x` gives `bound`, as `max` does; only a tie of zeros could keep a
/// different sign of zero.
#[inline]
pub(super) fn larger(x: f64, bound: f64) -> f64 {
    if x > bound { x } else { bound }
}

/// `x.min(bound)` for a `bound` that is never NaN, as [`larger`] is for `max`.
#[inline]
pub(super) fn smaller(x: f64, bound: f64) -> f64 {
    if x < bound { x } else { bound }
}

/// An unsigned key whose order is `f64::total_cmp`'s: negative values have every bit flipped,
/// the others only the sign bit.
pub(super) fn total_order_key(x: f64) -> u64 {
    let bits = x.to_bits();
    // All ones from a set sign bit, else none: no branch on the sign.
    let negative = ((bits as i64) >> 63) as u64;
    bits ^ (negative | 1 << 63)
}

/// The value of a [`total_order_key`], bit for bit.
pub(super) fn from_total_order_key(key: u64) -> f64 {
    f64::from_bits(if key >> 63 == 1 {
        key & !(1 << 63)
    } else {
        !key
    })
}

/// Not a model parameter: comparators of Batcher's odd-even merge sort of 32 inputs that lie
/// within the first 24 (the others would only compare the padding above them).
const NETWORK_24_LEN: usize = 132;
const NETWORK_24: [(u8, u8); NETWORK_24_LEN] = network_24();

const fn network_24() -> [(u8, u8); NETWORK_24_LEN] {
    let mut out = [(0u8, 0u8); NETWORK_24_LEN];
    let mut len = 0;
    let mut p = 1;
    while p < 32 {
        let mut k = p;
        while k >= 1 {
            let mut j = k % p;
            while j + k < 32 {
                let mut i = 0;
                while i < k && i + j + k < 32 {
                    let (a, b) = (i + j, i + j + k);
                    if a / (2 * p) == b / (2 * p) && b < 24 {
                        out[len] = (a as u8, b as u8);
                        len += 1;
                    }
                    i += 1;
                }
                j += 2 * k;
            }
            k /= 2;
        }
        p *= 2;
    }
    assert!(len == NETWORK_24_LEN);
    out
}

/// Sorts 24 keys in ascending order.
pub(super) fn sort_24(keys: &mut [u64; 24]) {
    // Unrolled, so that every index is a constant: no loop and no bounds checks.
    macro_rules! compare_exchange {
        ($($k:literal)*) => {$(
            let (i, j) = NETWORK_24[$k];
            let (i, j) = (usize::from(i), usize::from(j));
            let (a, b) = (keys[i], keys[j]);
            keys[i] = a.min(b);
            keys[j] = a.max(b);
        )*};
    }
    compare_exchange!(
        0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21
        22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43
        44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65
        66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87
        88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109
        110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131
    );
}

/// The hours of a day in `f64::total_cmp` order of `values`, ties by earlier hour. Each hour
/// is packed into the five lowest bits of its value's key, so one integer sort orders hours;
/// keys that differed only in those bits come out in hour order, which an insertion pass by
/// whole keys puts right.
pub(super) fn hours_in_order(values: &[f64; 24]) -> [u8; 24] {
    /// Not a model parameter: the bits of a packed key that hold its hour (24 hours fit in 5).
    const HOUR_BITS: u64 = 31;
    let mut packed = [0u64; 24];
    for (h, (p, &v)) in packed.iter_mut().zip(values).enumerate() {
        *p = total_order_key(v) & !HOUR_BITS | h as u64;
    }
    sort_24(&mut packed);
    let mut hours = [0u8; 24];
    for (hour, &p) in hours.iter_mut().zip(&packed) {
        *hour = (p & HOUR_BITS) as u8;
    }
    // Folded without stopping at the first tie: no branch to mispredict.
    let tied = packed
        .windows(2)
        .fold(false, |tied, w| tied | ((w[0] ^ w[1]) <= HOUR_BITS));
    if tied {
        let key = |h: u8| (total_order_key(values[usize::from(h)]), h);
        for i in 1..24 {
            let hour = hours[i];
            let mut j = i;
            while j > 0 && key(hour) < key(hours[j - 1]) {
                hours[j] = hours[j - 1];
                j -= 1;
            }
            hours[j] = hour;
        }
    }
    hours
}

/// A day's values in ascending `f64::total_cmp` order, as keys.
pub(super) fn sorted_keys(values: &[f64; 24]) -> [u64; 24] {
    let mut keys = [0u64; 24];
    for (k, &v) in keys.iter_mut().zip(values) {
        *k = total_order_key(v);
    }
    sort_24(&mut keys);
    keys
}

/// The four smallest and the four largest of a day's values, each in ascending
/// `f64::total_cmp` order, as keys: the ends of [`sorted_keys`], bit for bit, for about two
/// thirds of its comparisons. Six sorted fours are folded together: the elementwise smaller of
/// one four and another reversed are the four smallest of both, in an order that four more
/// comparisons sort (a bitonic merge), and the larger the four largest.
pub(super) fn extreme_fours(values: &[f64; 24]) -> ([u64; 4], [u64; 4]) {
    let four = |g: usize| {
        let mut keys: [u64; 4] = std::array::from_fn(|i| total_order_key(values[4 * g + i]));
        sort_four(&mut keys);
        keys
    };
    let (mut low, mut high) = (four(0), four(0));
    for g in 1..6 {
        let next = four(g);
        low = std::array::from_fn(|i| low[i].min(next[3 - i]));
        high = std::array::from_fn(|i| high[i].max(next[3 - i]));
        sort_bitonic_four(&mut low);
        sort_bitonic_four(&mut high);
    }
    (low, high)
}

/// Puts keys `i` and `j` in order.
fn compare_exchange(keys: &mut [u64; 4], i: usize, j: usize) {
    let (a, b) = (keys[i], keys[j]);
    keys[i] = a.min(b);
    keys[j] = a.max(b);
}

/// Sorts four keys: the optimal network of five comparisons.
fn sort_four(keys: &mut [u64; 4]) {
    for (i, j) in [(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)] {
        compare_exchange(keys, i, j);
    }
}

/// Sorts four keys that rise then fall (or fall then rise): a half-cleaner, then pairs.
fn sort_bitonic_four(keys: &mut [u64; 4]) {
    for (i, j) in [(0, 2), (1, 3), (0, 1), (2, 3)] {
        compare_exchange(keys, i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_network_sorts_every_zero_one_input_of_a_sample() {
        // By the zero-one principle a network that sorts every 0/1 input sorts everything; a
        // fixed linear congruential sequence samples them, with runs of equal bits.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let mut keys: [u64; 24] = std::array::from_fn(|h| (x >> (h + 20)) & 1);
            let mut expected = keys;
            expected.sort_unstable();
            sort_24(&mut keys);
            assert_eq!(keys, expected);
        }
    }

    #[test]
    fn hours_in_order_follow_a_sort_with_ties_by_hour_even_in_the_packed_bits() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..5000 {
            let values: [f64; 24] = std::array::from_fn(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                // Values a few ulps apart, exact ties and signed zeros, and values far apart.
                match round % 3 {
                    0 => f64::from_bits(1.5f64.to_bits() + (x >> 59)),
                    1 => [0.0, -0.0, 2.0, -1.0][(x >> 62) as usize],
                    _ => f64::from_bits(x),
                }
            });
            let mut expected: [u8; 24] = std::array::from_fn(|h| h as u8);
            expected.sort_by(|&a, &b| {
                let (va, vb) = (values[usize::from(a)], values[usize::from(b)]);
                va.total_cmp(&vb).then(a.cmp(&b))
            });
            assert_eq!(hours_in_order(&values), expected, "round {round}");
        }
    }

    #[test]
    fn the_extreme_fours_are_the_ends_of_the_sort() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..20_000 {
            let values: [f64; 24] = std::array::from_fn(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                // Ties, signed zeros and NaNs, values a few ulps apart, and values far apart.
                match round % 4 {
                    0 => [0.0, -0.0, 2.0, -1.0, f64::NAN][(x >> 61) as usize % 5],
                    1 => f64::from_bits(1.5f64.to_bits() + (x >> 60)),
                    2 => (x >> 40) as f64,
                    _ => f64::from_bits(x),
                }
            });
            let sorted = sorted_keys(&values);
            let (low, high) = extreme_fours(&values);
            assert_eq!(low[..], sorted[..4], "round {round}");
            assert_eq!(high[..], sorted[20..], "round {round}");
        }
    }

    #[test]
    fn keys_round_trip_and_order_as_total_cmp() {
        let values = [
            f64::NEG_INFINITY,
            -2.0,
            -1e-300,
            -0.0,
            0.0,
            1e-300,
            3.5,
            f64::NAN,
        ];
        for w in values.windows(2) {
            assert!(total_order_key(w[0]) < total_order_key(w[1]), "{w:?}");
        }
        for v in values {
            assert_eq!(
                from_total_order_key(total_order_key(v)).to_bits(),
                v.to_bits()
            );
        }
    }
}
