//! One-sentence explanations a reader can check: they name the sources (outlet, or the document id
//! when the outlet is unknown), their dates, and the figures as written.

use super::money::Rate;
use crate::claims::Claim;
use crate::time::Date;

/// What an explanation needs to know about a document.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The document id.
    pub id: &'a str,
    /// The outlet, when known.
    pub outlet: Option<&'a str>,
    /// The publication date, when known.
    pub published: Option<Date>,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as "13 May 2024".
pub fn date(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day,
        MONTHS[usize::from(d.month.clamp(1, 12)) - 1],
        d.year
    )
}

/// A source as "CiberCuba (16 Jul 2024)", or its id when the outlet is unknown.
pub fn source(s: &Source) -> String {
    let name = s.outlet.filter(|o| !o.trim().is_empty()).unwrap_or(s.id);
    match s.published {
        Some(d) => format!("{name} ({})", date(d)),
        None => name.to_string(),
    }
}

/// The figure as written, quoted: "“over 3,650”".
pub fn figure(c: &Claim) -> String {
    let q = if c.quote.trim().is_empty() {
        c.value
            .map(|v| number(v.low()))
            .unwrap_or_else(|| c.text.clone())
    } else {
        c.quote.trim().to_string()
    };
    format!("“{q}”")
}

/// A number for prose: 110,300,000 → "110.3 million"; 3650 → "3,650".
pub fn number(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("{} billion", trim(v / 1e9))
    } else if a >= 1e6 {
        format!("{} million", trim(v / 1e6))
    } else if a.fract() == 0.0 {
        let s = format!("{}", a as u64);
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if v < 0.0 {
            format!("-{out}")
        } else {
            out
        }
    } else {
        trim(v)
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A money figure with its conversion: "“2,019 million pesos” (≈ US$110.3 million at the 2024
/// average of 18.3 MXN per USD)".
pub fn money(c: &Claim, usd: Option<(f64, Rate)>) -> String {
    match usd {
        Some((amount, rate)) if rate.currency != "USD" => format!(
            "{} (≈ US${} {})",
            figure(c),
            number(amount),
            rate.describe()
        ),
        _ => figure(c),
    }
}

/// When a claim's figure holds, in words: "by 31 Dec 2023", "from 2002 to 9 Aug 2025".
pub fn when(c: &Claim) -> String {
    if let Some(text) = c.time.text.as_deref().filter(|t| !t.trim().is_empty()) {
        return text.trim().to_string();
    }
    match (c.time.from, c.time.to, c.time.as_of) {
        (Some(f), Some(t), _) => format!("from {} to {}", date(f), date(t)),
        (Some(f), None, _) => format!("since {}", date(f)),
        (None, Some(t), _) | (None, None, Some(t)) => format!("as of {}", date(t)),
        (None, None, None) => "at an unstated time".to_string(),
    }
}

/// The measure for prose: the claim's normalized measure, or its unit.
pub fn measure(c: &Claim) -> String {
    if !c.measure.trim().is_empty() {
        c.measure.trim().to_string()
    } else if let Some(t) = &c.topic {
        t.clone()
    } else {
        c.unit.clone().unwrap_or_else(|| "the figure".to_string())
    }
}

/// Who states a claim inside its document: the attribution, or the source itself.
pub fn voice(c: &Claim, s: &Source) -> String {
    match c.attribution.as_deref().filter(|a| !a.trim().is_empty()) {
        Some(a) => format!("{a} (per {})", source(s)),
        None => source(s),
    }
}

/// Who states a claim inside its article: its attribution, or the article's own voice.
pub fn voice_in(c: &Claim) -> String {
    match c.attribution.as_deref().filter(|a| !a.trim().is_empty()) {
        Some(a) => a.trim().to_string(),
        None => "the article itself".to_string(),
    }
}
