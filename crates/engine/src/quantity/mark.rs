//! Document-wide decimal-mark inference: counts the evidence of every digit group in the text
//! ("1.200" and "2,5" point to a decimal comma; "1,200" and "2.4" to a decimal point) and lets
//! the locale decide ties (`es-MX` and English: point; other Spanish: comma).

use super::DecimalMark;
use crate::document::ascii::{digit_mask, load};
use crate::lang::Lang;

/// The decimal mark `text` uses.
pub(crate) fn infer(text: &str, lang: &Lang, locale: Option<&str>) -> DecimalMark {
    let loc = locale.unwrap_or("").to_ascii_lowercase().replace('_', "-");
    let point_locale = words![
        "es-mx", "es-us", "es-pr", "es-do", "es-gt", "es-hn", "es-sv", "es-ni", "es-pa", "es-419"
    ]
    .contains(loc.as_str());
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
        if let Some(w) = load(b, i) {
            // Straight to the first digit of eight bytes, if any.
            let digits = digit_mask(w);
            if digits == 0 {
                i += 8;
                continue;
            }
            i += digits.trailing_zeros() as usize / 8;
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
            // The first four characters of the lowercased next word, without allocating.
            let mut head = ['\0'; 4];
            for (slot, c) in head
                .iter_mut()
                .zip(rest.chars().map(crate::case::lower_char))
            {
                *slot = c;
            }
            let scale_after = matches!(
                head,
                ['m', 'i', 'l', 'l'] | ['b', 'i', 'l', 'l'] | ['m', 'i', 'l', ' ']
            );
            // "4,125 millones": both readings exist; in Spanish prose a decimal is likelier. Not
            // "4,500 millones": a decimal keeps no trailing zero before a scale.
            if scale_after && b[i - 1] != b'0' {
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
