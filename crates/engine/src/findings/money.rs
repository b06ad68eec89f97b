//! Money in one currency: a small built-in table of yearly average exchange rates against the US
//! dollar (2015–2025, approximate), conversions that state the rate used, and the plausibility of
//! an exchange rate a sentence implies ("2,019 million pesos (about 105 million dollars)").

use super::explain::Lang;

/// Approximate yearly averages, units of the currency per US dollar, 2015 through 2025 (2025 is a
/// partial-year average).
const RATES: &[(&str, [f64; 11])] = &[
    (
        "MXN",
        [
            15.85, 18.66, 18.93, 19.24, 19.26, 21.49, 20.27, 20.13, 17.76, 18.30, 19.20,
        ],
    ),
    (
        "EUR",
        [
            0.902, 0.904, 0.887, 0.848, 0.893, 0.877, 0.846, 0.951, 0.925, 0.924, 0.890,
        ],
    ),
    (
        "GBP",
        [
            0.655, 0.741, 0.777, 0.750, 0.784, 0.780, 0.727, 0.811, 0.804, 0.783, 0.760,
        ],
    ),
    (
        "CAD",
        [
            1.279, 1.325, 1.298, 1.296, 1.327, 1.341, 1.254, 1.301, 1.350, 1.370, 1.390,
        ],
    ),
    (
        "JPY",
        [
            121.0, 108.8, 112.2, 110.4, 109.0, 106.8, 109.8, 131.5, 140.5, 151.4, 149.0,
        ],
    ),
    (
        "CNY",
        [
            6.23, 6.64, 6.76, 6.62, 6.91, 6.90, 6.45, 6.73, 7.08, 7.19, 7.20,
        ],
    ),
    (
        "BRL",
        [
            3.33, 3.49, 3.19, 3.65, 3.94, 5.16, 5.40, 5.16, 5.00, 5.39, 5.60,
        ],
    ),
    (
        "ARS",
        [
            9.23, 14.76, 16.56, 28.09, 48.15, 70.54, 94.99, 130.6, 296.3, 915.2, 1150.0,
        ],
    ),
    (
        "COP",
        [
            2742.0, 3054.0, 2951.0, 2956.0, 3281.0, 3694.0, 3743.0, 4255.0, 4325.0, 4073.0, 4150.0,
        ],
    ),
    (
        "CLP",
        [
            654.0, 677.0, 649.0, 640.0, 703.0, 792.0, 759.0, 873.0, 840.0, 944.0, 950.0,
        ],
    ),
    (
        "PEN",
        [
            3.19, 3.38, 3.26, 3.29, 3.34, 3.49, 3.88, 3.84, 3.74, 3.75, 3.70,
        ],
    ),
    (
        "INR",
        [
            64.15, 67.20, 65.12, 68.39, 70.42, 74.10, 73.92, 78.60, 82.60, 83.68, 86.0,
        ],
    ),
    (
        "CHF",
        [
            0.962, 0.985, 0.985, 0.978, 0.994, 0.939, 0.914, 0.955, 0.899, 0.881, 0.850,
        ],
    ),
    (
        "AUD",
        [
            1.331, 1.345, 1.305, 1.338, 1.439, 1.453, 1.331, 1.442, 1.506, 1.515, 1.550,
        ],
    ),
];

/// First year of the table.
pub const FIRST_YEAR: i32 = 2015;
/// Last year of the table.
pub const LAST_YEAR: i32 = 2025;

/// A rate used for a conversion: the year whose average was applied and units per US dollar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    /// The currency (ISO 4217).
    pub currency: &'static str,
    /// The year whose average was used (clamped to the table).
    pub year: i32,
    /// Units of the currency per US dollar.
    pub per_usd: f64,
}

impl Rate {
    /// The assumption in words: "at the 2024 average of 18.3 MXN per USD".
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// The assumption in `lang`; in Spanish "al tipo de cambio promedio de 2024, 18,3 MXN por
    /// USD".
    pub fn describe_in(&self, lang: Lang) -> String {
        let n = trim_number(self.per_usd);
        match lang {
            Lang::En => format!(
                "at the {} average of {n} {} per USD",
                self.year, self.currency
            ),
            Lang::Es => format!(
                "al tipo de cambio promedio de {}, {} {} por USD",
                self.year,
                n.replace('.', ","),
                self.currency
            ),
        }
    }
}

fn trim_number(v: f64) -> String {
    let digits = if v >= 100.0 {
        0
    } else if v >= 10.0 {
        1
    } else {
        3
    };
    // Rounded in whole units of the last digit (no float printing: see
    // `quantity::format_decimal`).
    let scale = [1.0, 10.0, 100.0, 1000.0][digits];
    crate::quantity::format_decimal((v * scale).round() / scale)
}

/// The yearly average rate of `currency` for `year` (clamped to 2015–2025); USD is 1.
pub fn rate(currency: &str, year: i32) -> Option<Rate> {
    let year = year.clamp(FIRST_YEAR, LAST_YEAR);
    if currency.eq_ignore_ascii_case("USD") {
        return Some(Rate {
            currency: "USD",
            year,
            per_usd: 1.0,
        });
    }
    RATES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(currency))
        .map(|(c, rates)| Rate {
            currency: c,
            year,
            per_usd: rates[(year - FIRST_YEAR) as usize],
        })
}

/// Converts an amount to US dollars at the year's average; `None` for an unknown currency.
pub fn to_usd(amount: f64, currency: &str, year: i32) -> Option<(f64, Rate)> {
    let r = rate(currency, year)?;
    Some((amount / r.per_usd, r))
}

/// Whether `implied` units of `currency` per USD is a plausible rate around `year`: within the
/// range of the table's averages over the year and its neighbours, widened by 25%.
pub fn plausible_rate(currency: &str, year: i32, implied: f64) -> Option<bool> {
    let mut lo = f64::INFINITY;
    let mut hi = 0.0f64;
    for y in [year - 1, year, year + 1] {
        let r = rate(currency, y)?;
        lo = lo.min(r.per_usd);
        hi = hi.max(r.per_usd);
    }
    Some(implied >= lo / 1.25 && implied <= hi * 1.25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pesos_to_dollars() {
        let (usd, r) = to_usd(2_019e6, "MXN", 2024).unwrap();
        assert!((usd / 1e6 - 110.3).abs() < 0.5);
        assert_eq!(r.describe(), "at the 2024 average of 18.3 MXN per USD");
        assert_eq!(
            r.describe_in(Lang::Es),
            "al tipo de cambio promedio de 2024, 18,3 MXN por USD"
        );
    }

    #[test]
    fn implied_rate_plausibility() {
        assert_eq!(plausible_rate("MXN", 2025, 2019.0 / 105.0), Some(true));
        assert_eq!(plausible_rate("MXN", 2025, 2019.0 / 10.5), Some(false));
        assert_eq!(plausible_rate("XXX", 2025, 1.0), None);
    }
}
