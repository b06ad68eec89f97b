//! Decimal numerals read and written without the standard library's float parser and printer:
//! their tables and algorithms are over 20 kB of the page's wasm. Every numeral of up to 15
//! significant digits (all that news writes) reads as the correctly rounded value, the same as
//! `str::parse::<f64>`, and every such value prints as `f64`'s `Display` prints it (the shortest
//! numeral that reads back as the value); longer ones may differ in the last digits.

/// Powers of ten that are exact in an `f64`.
const EXACT_POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Digits read into a mantissa and a power of ten.
#[derive(Default)]
pub(crate) struct Numeral {
    mantissa: u64,
    /// Significant digits in `mantissa`.
    digits: u32,
    /// The power of ten the mantissa is multiplied by.
    exp: i32,
}

impl Numeral {
    /// Adds the ASCII digits of an integer part (or a group of it).
    pub(crate) fn int(&mut self, digits: &[u8]) {
        for &d in digits {
            self.push(d, 0);
        }
    }

    /// Adds the ASCII digits after the decimal mark.
    pub(crate) fn frac(&mut self, digits: &[u8]) {
        for &d in digits {
            self.push(d, -1);
        }
    }

    fn push(&mut self, d: u8, shift: i32) {
        let d = u64::from(d - b'0');
        if self.digits < 19 {
            self.mantissa = self.mantissa * 10 + d;
            if self.mantissa != 0 {
                self.digits += 1;
            }
            self.exp += shift;
        } else {
            // Past 19 digits only the magnitude counts.
            self.exp += shift + 1;
        }
    }

    /// The value: exact division or multiplication when both operands are exact in an `f64`.
    pub(crate) fn value(&self) -> f64 {
        let m = self.mantissa as f64;
        let exp = self.exp.unsigned_abs() as usize;
        if self.exp >= 0 {
            m * EXACT_POW10
                .get(exp)
                .copied()
                .unwrap_or_else(|| 10f64.powi(self.exp))
        } else if exp < EXACT_POW10.len() {
            m / EXACT_POW10[exp]
        } else {
            m / 10f64.powi(-self.exp)
        }
    }
}

/// The value of a plain decimal numeral: optional '-', ASCII digits, optionally '.' and more digits.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let mut n = Numeral::default();
    n.int(int.as_bytes());
    n.frac(frac.as_bytes());
    let v = n.value();
    Some(if negative { -v } else { v })
}

/// `a % m`, exact for the whole numbers figures have (below 2^53), without the standard
/// library's `fmod`, which in wasm brings 128-bit division with it (about 2.4 kB).
#[inline]
pub fn rem(a: f64, m: f64) -> f64 {
    a - (a / m).trunc() * m
}

/// The digits of a whole number below 2^128, exactly: through `u64` below 2^64, beyond through
/// limbs of nine digits doubled up from the mantissa (printing a `u128` would bring 128-bit
/// division into the wasm).
fn whole_digits(a: f64) -> String {
    const LIMB: u64 = 1_000_000_000;
    if a < 18_446_744_073_709_551_616.0 {
        return (a as u64).to_string();
    }
    // a = mantissa · 2^shift, shift ≥ 12 here.
    let bits = a.to_bits();
    let shift = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut limbs = vec![
        mantissa % LIMB,
        mantissa / LIMB % LIMB,
        mantissa / LIMB / LIMB,
    ];
    for _ in 0..shift {
        let mut carry = 0;
        for limb in &mut limbs {
            let x = *limb * 2 + carry;
            *limb = x % LIMB;
            carry = x / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = String::new();
    for (k, limb) in limbs.iter().rev().skip_while(|&&l| l == 0).enumerate() {
        if k == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

/// A value as its shortest decimal numeral ("22.87", "1200", "-0.5"), without exponent.
pub fn format_decimal(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if v.is_sign_negative() && v != 0.0 {
        "-"
    } else {
        ""
    };
    let a = v.abs();
    if a.fract() == 0.0 && a < 1e38 {
        // Integral values below 2^126 are exact integers.
        return format!("{sign}{}", whole_digits(a));
    }
    if a >= 1e38 {
        // Beyond: the digits of the leading part and an exponent ("1e300"); no news figure
        // is this large, but a pasted run of digits can be.
        let exp = a.log10().floor() as i32;
        return format!("{sign}{}e{exp}", format_decimal(a / 10f64.powi(exp)));
    }
    for (k, &pow) in EXACT_POW10.iter().enumerate().skip(1) {
        let scaled = (a * pow).round();
        if scaled < 9_007_199_254_740_992.0 && scaled / pow == a {
            let digits = format!("{:0>width$}", scaled as u64, width = k + 1);
            let (int, frac) = digits.split_at(digits.len() - k);
            return format!("{sign}{int}.{}", frac.trim_end_matches('0'));
        }
    }
    // Beyond 15 significant digits: seventeen decimals always tell the value apart.
    let digits = format!("{:0>18}", whole_digits((a * 1e17).round()));
    let (int, frac) = digits.split_at(digits.len() - 17);
    format!("{sign}{int}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::{format_decimal, parse_decimal};

    #[test]
    fn prints_whole_numbers_beyond_u64_exactly() {
        for v in [
            18_446_744_073_709_551_616.0,
            1e20,
            2f64.powi(70),
            123_456_789_012_345_678_901_234.0,
            9.9e37,
        ] {
            assert_eq!(format_decimal(v), format!("{}", v as u128), "{v}");
        }
        assert_eq!(format_decimal(-2f64.powi(70)), "-1180591620717411303424");
    }

    #[test]
    fn prints_as_display_does() {
        let values = [
            0.0,
            1.0,
            -2.5,
            22.87,
            0.1,
            0.3,
            8.3e6,
            1200.0,
            2019.5,
            0.08,
            99.99,
            123456789012345.0,
            1234567.891,
            0.000001,
            4.2e12,
            1e20,
            0.666666666666667,
            3.5,
            1.085,
            -0.25,
            17.05,
        ];
        for v in values {
            assert_eq!(format_decimal(v), v.to_string(), "{v:?}");
        }
        assert_eq!(format_decimal(f64::NAN), "NaN");
        assert!(
            format_decimal(1e300).ends_with("e300"),
            "{}",
            format_decimal(1e300)
        );
        assert_eq!(format_decimal(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn agrees_with_the_standard_parser_on_news_numerals() {
        let numerals = "0 7 22.87 2.4 0.1 0.3 8.3 1200 3.100 2019.5 .08 99.99 123456789012345 \
            1234567.891 0.000001 4503599627370497 12.";
        for s in numerals.split_whitespace() {
            assert_eq!(parse_decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(parse_decimal("-2.5"), Some(-2.5));
    }

    #[test]
    fn rejects_what_is_not_a_numeral() {
        for s in ["", ".", "1.2.3", "1e5", "abc", "1,5", "--1"] {
            assert_eq!(parse_decimal(s), None, "{s}");
        }
    }

    #[test]
    fn long_numerals_keep_their_magnitude() {
        let v = parse_decimal(&"9".repeat(400)).unwrap();
        assert!(v.is_infinite() || v > 1e300);
        let v = parse_decimal(&format!("1{}", "0".repeat(30))).unwrap();
        assert!((v / 1e30 - 1.0).abs() < 1e-12);
    }
}
