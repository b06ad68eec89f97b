//! Bounds-aware value compatibility: "over 3,650" admits 3,700 but not 3,000, "about 105 million"
//! admits 107.9 million (±10%), ranges are intervals.

use crate::quantity::{Bound, Value};

/// Relative tolerance for figures stated exactly (rounding in print).
pub const EXACT_TOLERANCE: f64 = 0.005;
/// Relative tolerance for approximate figures ("about", "nearly", "some").
pub const APPROX_TOLERANCE: f64 = 0.10;

/// The closed interval of values a stated figure admits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lowest admitted value.
    pub lo: f64,
    /// Highest admitted value.
    pub hi: f64,
}

impl Interval {
    /// The values admitted by `value` under `bound`.
    pub fn of(value: Value, bound: Bound) -> Interval {
        let (lo, hi) = (value.low(), value.high());
        let tol = |v: f64, t: f64| v.abs() * t;
        match bound {
            Bound::Exact => Interval {
                lo: lo - tol(lo, EXACT_TOLERANCE),
                hi: hi + tol(hi, EXACT_TOLERANCE),
            },
            Bound::Approx => Interval {
                lo: lo - tol(lo, APPROX_TOLERANCE),
                hi: hi + tol(hi, APPROX_TOLERANCE),
            },
            Bound::Over | Bound::AtLeast => Interval {
                lo: lo - tol(lo, EXACT_TOLERANCE),
                hi: f64::INFINITY,
            },
            Bound::Under | Bound::AtMost => Interval {
                lo: if lo >= 0.0 { 0.0 } else { f64::NEG_INFINITY },
                hi: hi + tol(hi, EXACT_TOLERANCE),
            },
            Bound::Range => Interval {
                lo: lo - tol(lo, EXACT_TOLERANCE),
                hi: hi + tol(hi, EXACT_TOLERANCE),
            },
        }
    }

    /// The interval scaled by a positive factor (a currency conversion).
    pub fn scaled(self, factor: f64) -> Interval {
        Interval {
            lo: self.lo * factor,
            hi: self.hi * factor,
        }
    }

    /// Whether the two intervals share a value.
    pub fn overlaps(self, other: Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

/// The figure as stated: the number, or a range's midpoint.
pub fn stated(value: Value) -> f64 {
    (value.low() + value.high()) / 2.0
}

/// Whether two stated numbers are the same figure (within rounding, 0.5%).
pub fn same_number(a: f64, b: f64) -> bool {
    let m = a.abs().max(b.abs());
    m == 0.0 || (a - b).abs() <= m * EXACT_TOLERANCE
}

/// The unit of a stated figure's last significant digit: 412 → 1, 3,650 → 10, 2.76 million →
/// 10,000, 11.27 → 0.01.
pub fn precision(v: f64) -> f64 {
    let v = v.abs();
    let mut unit = 1e12;
    while unit > 1e-6 {
        let q = v / unit;
        if q >= 1.0 && (q - q.round()).abs() <= 1e-9 * q {
            return unit;
        }
        unit /= 10.0;
    }
    1e-6
}

/// Whether two figures as printed are one figure: [`same_number`], and no further apart than half
/// the last digit of the less precise ("2.76 million" and 2,755,000; 11.3% and 11.27%; not 412
/// and 411 seats, not 59.7% and 59.8%).
pub fn same_figure(a: f64, b: f64) -> bool {
    let unit = precision(a).max(precision(b));
    same_number(a, b) && (a - b).abs() <= unit / 2.0 * (1.0 + 1e-9)
}

/// Ratio of the larger to the smaller magnitude (∞ when one is zero and the other is not).
pub fn ratio(a: f64, b: f64) -> f64 {
    let (a, b) = (a.abs(), b.abs());
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    if lo == 0.0 {
        if hi == 0.0 {
            1.0
        } else {
            f64::INFINITY
        }
    } else {
        hi / lo
    }
}

/// Whether two bounded figures can both be true.
pub fn compatible(a: Interval, b: Interval) -> bool {
    a.overlaps(b)
}

/// Whether two figures agree closely enough to count as the same figure (corroboration): the same
/// number, or one hedged ("about", a range) and admitting the other.
pub fn agree(a: (f64, Bound, Interval), b: (f64, Bound, Interval)) -> bool {
    agree_as(a, b, same_number)
}

/// [`agree`] with `same` deciding when two numbers are one figure ([`same_figure`] for figures
/// compared as printed, [`same_number`] for converted sums).
pub fn agree_as(
    a: (f64, Bound, Interval),
    b: (f64, Bound, Interval),
    same: fn(f64, f64) -> bool,
) -> bool {
    if !compatible(a.2, b.2) {
        return false;
    }
    if same(a.0, b.0) {
        return true;
    }
    // "About 120,000" and "unas 130.000": two round figures of one grain, each hedged, name two
    // values; had the sources meant one, they would have rounded to it.
    if a.1 == Bound::Approx && b.1 == Bound::Approx && precision(a.0) == precision(b.0) {
        return false;
    }
    let loose = |bound: Bound| matches!(bound, Bound::Approx | Bound::Range);
    (loose(a.1) && a.2.lo <= b.0 && b.0 <= a.2.hi) || (loose(b.1) && b.2.lo <= a.0 && a.0 <= b.2.hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(v: f64, b: Bound) -> Interval {
        Interval::of(Value::Number(v), b)
    }

    #[test]
    fn printed_figures_are_one_within_their_last_digit() {
        assert_eq!(precision(412.0), 1.0);
        assert_eq!(precision(3650.0), 10.0);
        assert_eq!(precision(2.76e6), 1e4);
        assert_eq!(precision(11.27), 0.01);
        assert!(same_figure(2.76e6, 2_755_000.0));
        assert!(same_figure(11.3, 11.27));
        assert!(!same_figure(412.0, 411.0));
        assert!(!same_figure(59.7, 59.8));
        assert!(!same_figure(3650.0, 3700.0));
    }

    #[test]
    fn over_admits_above_only() {
        let over = iv(3650.0, Bound::Over);
        assert!(compatible(over, iv(3700.0, Bound::Exact)));
        assert!(!compatible(over, iv(3000.0, Bound::Exact)));
    }

    #[test]
    fn approx_is_ten_percent() {
        let about = iv(105e6, Bound::Approx);
        assert!(compatible(about, iv(107.9e6, Bound::Exact)));
        assert!(!compatible(about, iv(130e6, Bound::Exact)));
    }

    #[test]
    fn two_hedged_round_figures_of_one_grain_name_two_values() {
        let fig = |v: f64, b: Bound| (v, b, iv(v, b));
        let about = |v: f64| fig(v, Bound::Approx);
        assert!(!agree(about(120_000.0), about(130_000.0)));
        assert!(agree(about(9_000.0), about(9_000.0)));
        // One hedged, one precise: the precise one is within the hedge.
        assert!(agree(about(71_000.0), fig(70_630.0, Bound::Exact)));
        // Hedges of another grain: "about 3,000" admits "some 3,200".
        assert!(agree(about(3_000.0), about(3_200.0)));
    }

    #[test]
    fn ranges_are_intervals() {
        let r = Interval::of(Value::Range(50_000.0, 70_000.0), Bound::Range);
        assert!(compatible(r, iv(60_000.0, Bound::Exact)));
        assert!(!compatible(r, iv(100_000.0, Bound::Exact)));
    }
}
