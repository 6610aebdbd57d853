//! Decimal text for numbers — shortest exact forms for links, rounding to significant digits,
//! reading — with integer arithmetic, not the standard library's float formatting and parsing:
//! those bring about 30 KB of code and tables into the page, which readers download.
//!
//! Every number is written and read as `digits × 10^exponent` and turned into a double by one
//! function, [`scale`], which rounds correctly (to the nearest double, ties to even) for any
//! digits and exponent; so text written by [`shortest`] always reads back to the same double
//! (a property test checks arbitrary doubles).

use core::cmp::Ordering;

/// The powers of ten a double holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The largest integer a double holds exactly.
const EXACT_INTEGER: u64 = 1 << 53;

/// `10^exponent` for any exponent: exact up to 22, beyond that rounded (a few roundings).
fn power_of_ten(exponent: u32) -> f64 {
    let mut power = 1.0;
    let mut rest = exponent;
    while rest > 22 {
        power *= 1e22;
        rest -= 22;
    }
    power * POW10[rest as usize]
}

/// `digits × 10^exponent` as a double, correctly rounded (to nearest, ties to even) for any
/// digits and exponent. Where one rounding suffices (`digits` below 2⁵³ and the exponent
/// within ±22, or a little beyond when the digits leave room) — every number the calculator
/// stores — it is one multiplication or division; otherwise a few roundings give a double
/// within some units in the last place, which [`exact_scale`] corrects with exact integers.
pub fn scale(digits: u64, exponent: i32) -> f64 {
    if digits == 0 {
        return 0.0;
    }
    let mut x = digits as f64;
    let mut k = exponent;
    let exact = digits < EXACT_INTEGER;
    // Move the excess into the digits while they stay exact: one rounding at the end.
    while k > 22 && exact && x * 10.0 < EXACT_INTEGER as f64 {
        x *= 10.0;
        k -= 1;
    }
    if exact && (-22..=22).contains(&k) {
        return if k >= 0 {
            x * POW10[k as usize]
        } else {
            x / POW10[(-k) as usize]
        };
    }
    exact_scale(digits, exponent, times_pow10(x, k))
}

/// A non-negative integer of any size, base 2³², least significant limb first: just enough
/// arithmetic to compare `digits × 10^exponent` with a double exactly.
struct Big(Vec<u32>);

impl Big {
    fn new(value: u64) -> Big {
        Big(vec![value as u32, (value >> 32) as u32])
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow5(&mut self, mut exponent: u32) {
        // 5^13 is the largest power of five in a limb.
        while exponent >= 13 {
            self.mul_small(1_220_703_125);
            exponent -= 13;
        }
        self.mul_small(5u32.pow(exponent));
    }

    fn shl(&mut self, mut bits: u32) {
        // As multiplications: slower than moving limbs, but no more code in the page.
        while bits >= 31 {
            self.mul_small(1 << 31);
            bits -= 31;
        }
        self.mul_small(1 << bits);
    }

    fn compare(&self, other: &Big) -> Ordering {
        let len = |big: &Big| {
            big.0
                .iter()
                .rposition(|&limb| limb != 0)
                .map_or(0, |i| i + 1)
        };
        let (a, b) = (len(self), len(other));
        if a != b {
            return a.cmp(&b);
        }
        for i in (0..a).rev() {
            if self.0[i] != other.0[i] {
                return self.0[i].cmp(&other.0[i]);
            }
        }
        Ordering::Equal
    }
}

/// `digits × 10^exponent` compared with `m × 2^power`, exactly: both sides are brought to
/// integers (`10^e = 5^e × 2^e`; the powers of five and two move to the side where they
/// multiply).
fn compare_exactly(digits: u64, exponent: i32, m: u64, power: i32) -> Ordering {
    let (mut left, mut right) = (Big::new(digits), Big::new(m));
    if exponent >= 0 {
        left.mul_pow5(exponent as u32);
    } else {
        right.mul_pow5(exponent.unsigned_abs());
    }
    let shift = exponent - power;
    if shift >= 0 {
        left.shl(shift as u32);
    } else {
        right.shl(shift.unsigned_abs());
    }
    left.compare(&right)
}

/// The correctly rounded `digits × 10^exponent`, from an estimate within a few units in the
/// last place: moves one double at a time until the exact value lies between the midpoints
/// to its neighbours (on a midpoint, the double with an even significand wins).
fn exact_scale(digits: u64, exponent: i32, estimate: f64) -> f64 {
    let mut z = if estimate.is_finite() {
        estimate
    } else {
        f64::MAX
    };
    loop {
        let bits = z.to_bits();
        let field = (bits >> 52) as i32;
        let fraction = bits & ((1 << 52) - 1);
        // z = m × 2^e exactly (subnormals have no implicit bit).
        let (m, e) = if field == 0 {
            (fraction, -1074)
        } else {
            (fraction | 1 << 52, field - 1075)
        };
        let odd = m % 2 == 1;
        // Above the midpoint to the next double up (past f64::MAX: infinity).
        match compare_exactly(digits, exponent, 2 * m + 1, e - 1) {
            Ordering::Greater if z != f64::MAX => {
                z = f64::from_bits(bits + 1);
                continue;
            }
            Ordering::Greater => return f64::INFINITY,
            Ordering::Equal if odd => return f64::from_bits(bits + 1),
            _ => {}
        }
        if z == 0.0 {
            return z;
        }
        // The midpoint to the next double down is closer when z starts a binade.
        let below = if fraction == 0 && field > 1 {
            compare_exactly(digits, exponent, 4 * m - 1, e - 2)
        } else {
            compare_exactly(digits, exponent, 2 * m - 1, e - 1)
        };
        match below {
            Ordering::Less => z = f64::from_bits(bits - 1),
            Ordering::Equal if odd => return f64::from_bits(bits - 1),
            _ => return z,
        }
    }
}

/// `10^exponent`, for estimates.
fn pow10(exponent: i32) -> f64 {
    scale(1, exponent)
}

/// `x × 10^exponent`, the inverse of [`scale`]'s arithmetic, without overflowing for a tiny
/// `x` times a huge power.
fn times_pow10(x: f64, exponent: i32) -> f64 {
    let (mut x, mut rest) = (x, exponent.unsigned_abs());
    // Beyond 10^300 the power itself would overflow: scale by 10^22 first, as often as needed.
    while rest > 300 {
        x = if exponent > 0 { x * 1e22 } else { x / 1e22 };
        rest -= 22;
    }
    if exponent >= 0 {
        x * power_of_ten(rest)
    } else {
        x / power_of_ten(rest)
    }
}

/// Removes trailing zeros from the digits, raising the exponent: one spelling per number.
fn canonical(mut digits: u64, mut exponent: i32) -> (u64, i32) {
    while digits != 0 && digits % 10 == 0 {
        digits /= 10;
        exponent += 1;
    }
    (digits, exponent)
}

/// The decimal exponent of a positive finite number: `10^e ≤ x < 10^(e+1)`.
fn decimal_exponent(x: f64) -> i32 {
    let mut e = x.log10().floor() as i32;
    if pow10(e) > x {
        e -= 1;
    } else if pow10(e + 1) <= x {
        e += 1;
    }
    e
}

/// `x` (positive, finite) to `significant` digits: the digits and their exponent.
fn to_digits(x: f64, significant: i32) -> (u64, i32) {
    to_digits_at(x, decimal_exponent(x), significant)
}

/// [`to_digits`] for an `x` whose decimal exponent `e` is known.
fn to_digits_at(x: f64, e: i32, significant: i32) -> (u64, i32) {
    let exponent = e - significant + 1;
    let estimate = times_pow10(x, -exponent);
    let mut digits = estimate.round() as u64;
    let mut exponent = exponent;
    // Rounding up can add a digit (99999.6 → 100000).
    if digits >= 10u64.pow(significant as u32) {
        digits = (digits + 5) / 10;
        exponent += 1;
    }
    canonical(digits, exponent)
}

/// Rounds to a number of significant digits; the result is `scale` of those digits, so it
/// writes and reads back exactly.
pub fn round_significant(value: f64, significant: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let (digits, exponent) = to_digits(value.abs(), significant);
    let rounded = scale(digits, exponent);
    if value < 0.0 {
        -rounded
    } else {
        rounded
    }
}

/// The fewest digits that read back to exactly `value` (positive, finite). When no estimate
/// of up to 17 digits reads back (the estimate is a double, with its own rounding), the 17
/// digits that do are bracketed exactly, and the one nearest the estimate is taken.
fn shortest_digits(value: f64) -> (u64, i32) {
    let e = decimal_exponent(value);
    for significant in 1..=17 {
        let (digits, exponent) = to_digits_at(value, e, significant);
        // A few roundings keep `times_pow10` within some units in the last place: digits
        // further off than that cannot read back, and need no exact check.
        let near = times_pow10(digits as f64, exponent)
            .to_bits()
            .abs_diff(value.to_bits())
            <= 64;
        if near && scale(digits, exponent) == value {
            return (digits, exponent);
        }
    }
    // [`scale`] rounds correctly, so it never decreases as the digits grow, and some 17 digits
    // read back to any double: those from the first that reaches `value` to the last that does
    // not pass it.
    let exponent = e - 16;
    let (min, max) = (10u64.pow(16), 10u64.pow(17) - 1);
    let estimate = (times_pow10(value, -exponent).round() as u64)
        .max(min)
        .min(max);
    let low = first_digits(value, exponent, estimate, false);
    let high = first_digits(value, exponent, estimate, true) - 1;
    canonical(estimate.max(low).min(high), exponent)
}

/// The smallest 17 digits `d` (`10^16 ≤ d < 10^17`) for which `scale(d, exponent)` reaches
/// `value` (passes it, when `past`), or `10^17` if none: bisection, in a bracket near `guess`
/// when there is one (the estimates are within a few hundred units).
fn first_digits(value: f64, exponent: i32, guess: u64, past: bool) -> u64 {
    let reached = |digits| {
        let x = scale(digits, exponent);
        x > value || (!past && x == value)
    };
    let (min, max) = (10u64.pow(16), 10u64.pow(17) - 1);
    let (mut low, mut high) = (min, max + 1);
    let (near_low, near_high) = (guess.saturating_sub(4096), guess.saturating_add(4096));
    if near_low > min && near_high < max && !reached(near_low) && reached(near_high) {
        (low, high) = (near_low, near_high);
    }
    // Invariant: `reached` is false below `low` (or `low` is `min`) and true from `high`.
    while low < high {
        let middle = low + (high - low) / 2;
        if reached(middle) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    low
}

/// The digits in plain notation: `16384`, `0.4`, `2788000`.
fn plain(digits: u64, exponent: i32) -> String {
    let text = digits.to_string();
    if exponent >= 0 {
        text + &"0".repeat(exponent as usize)
    } else {
        let point = text.len() as i32 + exponent;
        if point > 0 {
            format!("{}.{}", &text[..point as usize], &text[point as usize..])
        } else {
            format!("0.{}{text}", "0".repeat((-point) as usize))
        }
    }
}

/// The digits in scientific notation: `3.8e25`, `1e-6`.
fn scientific(digits: u64, exponent: i32) -> String {
    let text = digits.to_string();
    let power = exponent + text.len() as i32 - 1;
    // A sign and a magnitude: the page then formats no i32 (each integer type's formatting is
    // code of its own in the wasm).
    let (sign, power) = (if power < 0 { "-" } else { "" }, power.unsigned_abs());
    if text.len() == 1 {
        format!("{text}e{sign}{power}")
    } else {
        format!("{}.{}e{sign}{power}", &text[..1], &text[1..])
    }
}

/// The shortest `digits × 10^exponent` that reads back to exactly this number (positive,
/// finite; zero gives `(0, 0)`), without trailing zeros in the digits.
pub fn shortest_parts(value: f64) -> (u64, i32) {
    if value == 0.0 || !value.is_finite() {
        (0, 0)
    } else {
        shortest_digits(value.abs())
    }
}

/// The shortest exact digits in plain notation, never scientific: `100000`, `0.08`.
pub fn plain_text(value: f64) -> String {
    let (digits, exponent) = shortest_parts(value);
    let text = plain(digits, exponent);
    if value < 0.0 {
        format!("-{text}")
    } else {
        text
    }
}

/// The shortest text that reads back to exactly this number: `3.8e25`, `16384`, `0.4`
/// (plain unless scientific is shorter).
pub fn shortest(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_string();
    }
    let (digits, exponent) = shortest_digits(value.abs());
    let (plain, scientific) = (plain(digits, exponent), scientific(digits, exponent));
    let text = if scientific.len() < plain.len() {
        scientific
    } else {
        plain
    };
    if value < 0.0 {
        format!("-{text}")
    } else {
        text
    }
}

/// A number with a fixed number of decimals (SVG coordinates): `12.3`, `-0.5`, `40`.
pub fn fixed(value: f64, decimals: u32) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let factor = 10u64.pow(decimals) as f64;
    let scaled = (value.abs() * factor).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    if decimals == 0 {
        return format!("{sign}{scaled}");
    }
    let unit = 10u64.pow(decimals);
    let (whole, fraction) = (scaled / unit, scaled % unit);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let fraction = format!("{fraction:0width$}", width = decimals as usize);
        format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
    }
}

/// Reads `[+-]digits[.digits][e[+-]digits]` (also `.5`, `5.`); anything else is `None`.
/// Beyond 19 significant digits the rest only shifts the exponent.
pub fn parse(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut digits: u64 = 0;
    let mut kept = 0u32;
    let mut exponent: i64 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    while i < bytes.len() {
        match bytes[i] {
            b @ b'0'..=b'9' => {
                seen_digit = true;
                if digits == 0 && b == b'0' {
                    // Leading zeros carry no digits.
                    if seen_point {
                        exponent -= 1;
                    }
                } else if kept < 19 {
                    digits = digits * 10 + u64::from(b - b'0');
                    kept += 1;
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < bytes.len() {
        // The exponent part.
        i += 1;
        let mut exponent_negative = false;
        match bytes.get(i) {
            Some(b'-') => {
                exponent_negative = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        let start = i;
        let mut power: i64 = 0;
        while let Some(b @ b'0'..=b'9') = bytes.get(i) {
            power = (power * 10 + i64::from(b - b'0')).min(100_000);
            i += 1;
        }
        if i == start || i != bytes.len() {
            return None;
        }
        exponent += if exponent_negative { -power } else { power };
    }
    let (digits, exponent) = canonical(digits, exponent.clamp(-100_000, 100_000) as i32);
    let value = if exponent > 400 && digits != 0 {
        f64::INFINITY
    } else if exponent < -400 {
        0.0
    } else {
        scale(digits, exponent)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_forms() {
        assert_eq!(shortest(3.8e25), "3.8e25");
        assert_eq!(shortest(16384.0), "16384");
        assert_eq!(shortest(0.4), "0.4");
        assert_eq!(shortest(1e6), "1e6");
        assert_eq!(shortest(2_788_000.0), "2788000");
        assert_eq!(shortest(27_880_000.0), "2.788e7");
        assert_eq!(shortest(0.000_012_5), "1.25e-5");
        assert_eq!(shortest(-2.5), "-2.5");
        assert_eq!(shortest(0.0), "0");
        assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn reading() {
        assert_eq!(parse("3.8e25"), Some(3.8e25));
        assert_eq!(parse("16384"), Some(16384.0));
        assert_eq!(parse(".5"), Some(0.5));
        assert_eq!(parse("5."), Some(5.0));
        assert_eq!(parse("-0.125E+2"), Some(-12.5));
        assert_eq!(parse("0.30000000000000004"), Some(0.1 + 0.2));
        assert_eq!(parse("1e999"), Some(f64::INFINITY));
        assert_eq!(parse("1e-999"), Some(0.0));
        for bad in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "nan", "inf", "0x10", "1e5x",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn matches_the_standard_library_where_it_matters() {
        // Every 5-digit value across the calculator's ranges reads exactly as Rust reads it.
        for exponent in -12..=31 {
            for digits in [1u64, 12, 125, 3125, 16384, 30840, 99999, 10001, 70539] {
                let text = format!("{digits}e{exponent}");
                let ours = parse(&text).unwrap();
                let std: f64 = text.parse().unwrap();
                assert_eq!(ours, std, "{text}");
                assert_eq!(parse(&shortest(ours)), Some(ours), "{text}");
            }
        }
    }

    #[test]
    fn round_trips() {
        let mut x = 1.234_567_890_123e-250;
        while x < 1e300 {
            for v in [x, -x, x * 3.7, x / 7.0] {
                // Every number the calculator stores (five significant digits) reads back
                // exactly, at any magnitude.
                let stored = round_significant(v, 5);
                assert_eq!(parse(&shortest(stored)), Some(stored), "{stored:e}");
                // So does any double.
                assert_eq!(parse(&shortest(v)), Some(v), "{v:e}");
            }
            x *= 13.7;
        }
    }

    #[test]
    fn significant_rounding() {
        assert_eq!(round_significant(16384.0, 5), 16384.0);
        assert_eq!(round_significant(163_847.0, 5), 163_850.0);
        assert_eq!(round_significant(0.123_456, 5), 0.12346);
        assert_eq!(round_significant(3.8e25, 5), 3.8e25);
        assert_eq!(round_significant(1.655_4e30, 5), 1.6554e30);
        assert_eq!(round_significant(29_999.99, 5), 30_000.0);
        assert_eq!(round_significant(99_999.7, 5), 100_000.0);
        assert_eq!(round_significant(-2.5, 5), -2.5);
        assert_eq!(round_significant(1e27, 5), 1e27);
        let once = round_significant(1.234_567e-300, 5);
        assert_eq!(round_significant(once, 5), once);
        assert_eq!(shortest(once), "1.2346e-300");
    }

    #[test]
    fn fixed_decimals() {
        assert_eq!(fixed(12.34, 1), "12.3");
        assert_eq!(fixed(12.0, 1), "12");
        assert_eq!(fixed(-0.04, 1), "0");
        assert_eq!(fixed(-0.5, 1), "-0.5");
        assert_eq!(fixed(999.96, 1), "1000");
        assert_eq!(fixed(1.23456, 2), "1.23");
        assert_eq!(fixed(f64::NAN, 1), "0");
        assert_eq!(fixed(7.6, 0), "8");
    }
}

// Native only: proptest does not build for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod round_trip {
    use super::*;
    use proptest::prelude::*;

    /// Any double's bits, and as many again with the magnitudes of everyday numbers (2^-123
    /// to 2^127, about 1e-37 to 1e38), which uniform bits rarely give.
    fn doubles() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<u64>(),
            (any::<u64>(), 900u64..1150)
                .prop_map(|(bits, field)| { (bits & (1 << 63 | ((1 << 52) - 1))) | field << 52 }),
        ]
        .prop_map(f64::from_bits)
        .prop_filter("finite", |value| value.is_finite())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 10_000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Every finite double, however many digits it needs and however large or small
        /// (subnormals included), reads back from its shortest text to exactly itself, and
        /// from its plain text (what the exports write).
        #[test]
        fn any_finite_double_reads_back_exactly(value in doubles()) {
            let text = shortest(value);
            // (`==`: -0 is written `0`, and reads back as 0, which equals it.)
            prop_assert_eq!(parse(&text), Some(value), "{}", text);
            let plain = plain_text(value);
            prop_assert_eq!(parse(&plain), Some(value), "{}", plain);
        }
    }
}
