//! Document-wide decimal-mark inference: counts the evidence of every digit group in the text
//! ("1.200" and "2,5" point to a decimal comma; "1,200" and "2.4" to a decimal point) and lets
//! the locale decide ties (`es-MX` and English: point; other Spanish: comma).

use super::DecimalMark;
use crate::case::Lowercase;
use crate::lang::Lang;

/// The decimal mark `text` uses.
pub(crate) fn infer(text: &str, lang: &Lang, locale: Option<&str>) -> DecimalMark {
    let loc = locale.unwrap_or("").to_ascii_lowercase().replace('_', "-");
    let point_locale = matches!(
        loc.as_str(),
        "es-mx"
            | "es-us"
            | "es-pr"
            | "es-do"
            | "es-gt"
            | "es-hn"
            | "es-sv"
            | "es-ni"
            | "es-pa"
            | "es-419"
    );
    let default = match lang {
        Lang::Es if !point_locale => DecimalMark::Comma,
        _ => DecimalMark::Point,
    };
    let b = text.as_bytes();
    // Votes: positive for point, negative for comma.
    let mut point = 0i64;
    let mut comma = 0i64;
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            if !may_hold_digit(u64::from_le_bytes(chunk.try_into().unwrap_or([b'0'; 8]))) {
                i += 8;
                continue;
            }
        }
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_alphanumeric())) {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let lead = i - s;
        // Walk separators.
        let mut seps: [(u8, usize); 8] = [(0, 0); 8];
        let mut n = 0;
        while n < 8
            && i + 1 < b.len()
            && (b[i] == b'.' || b[i] == b',')
            && b[i + 1].is_ascii_digit()
        {
            let c = b[i];
            let g0 = i + 1;
            i = g0;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            seps[n] = (c, i - g0);
            n += 1;
        }
        if n == 0 {
            continue;
        }
        let (c0, l0) = seps[0];
        let mixed = seps[..n].iter().any(|&(c, _)| c != c0);
        if mixed {
            // "1.234,5" → comma decimal; "1,234.5" → point decimal.
            if seps[n - 1].0 == b',' {
                comma += 3;
            } else {
                point += 3;
            }
        } else if n >= 2 {
            // Repeated separator: it groups thousands.
            if c0 == b'.' {
                comma += 3;
            } else {
                point += 3;
            }
        } else if l0 != 3 || lead > 3 || (lead == 1 && b[s] == b'0') {
            // One separator not followed by three digits: it is the decimal mark.
            if c0 == b',' {
                comma += 2;
            } else {
                point += 2;
            }
        } else {
            // "1.200" / "1,200": weak evidence, stronger before a scale word.
            let rest = &text[i.min(text.len())..];
            let rest = rest.trim_start();
            let lower: String = rest.chars().take(9).collect::<String>().lowercase();
            let scale_after =
                lower.starts_with("mill") || lower.starts_with("bill") || lower.starts_with("mil ");
            if scale_after {
                // "2,019 millones": both readings exist; in Spanish prose a decimal is likelier.
                continue;
            }
            if c0 == b'.' {
                comma += 1;
            } else {
                point += 1;
            }
        }
    }
    if point > comma {
        DecimalMark::Point
    } else if comma > point {
        DecimalMark::Comma
    } else {
        default
    }
}

/// Whether eight bytes (little-endian in `w`) may hold an ASCII digit (never false when they
/// do): any non-ASCII byte answers yes; otherwise each byte is compared with '0' and '9' at once.
fn may_hold_digit(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if w & HIGH != 0 {
        return true;
    }
    // Bytes below 0x80: adding 0x50 sets the high bit exactly from '0' up, adding 0x46 exactly
    // from ':' up, without carrying into the next byte.
    let from_zero = w.wrapping_add(ONES * 0x50) & HIGH;
    let past_nine = w.wrapping_add(ONES * 0x46) & HIGH;
    from_zero & !past_nine != 0
}
