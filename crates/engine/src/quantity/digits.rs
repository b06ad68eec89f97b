//! Numbers written with digits: thousands groups and decimal marks in either convention
//! ("1,200", "1.200", "2,5", "1 234 567", "1.111,11"), leading decimals (".08"), exponents
//! ("1e10", "1.3x10^6", "1.1^23") and the letters glued to a figure ("10k", "21st", "180ml").

use super::decimal::Numeral;
use super::DecimalMark;
use crate::case::Lowercase;
use crate::lexicon::Words;

/// A digit literal read from the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lit {
    /// Byte offset one past the literal (suffix letters not included).
    pub end: usize,
    /// Its value (before any glued multiplier).
    pub value: f64,
    /// Whether it has no decimal part.
    pub int: bool,
    /// Whether it is a bare run of digits (no separators, decimals or exponent).
    pub plain: bool,
    /// Number of digits before the decimal mark.
    pub int_digits: usize,
}

const MAX_GROUPS: usize = 24;

fn is_space_sep(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn digit_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Value of the ASCII digits `int` + "." + `frac` (empty frac allowed).
fn value_of(text: &str, int: &[(usize, usize)], frac: Option<(usize, usize)>) -> f64 {
    let b = text.as_bytes();
    let total_len: usize = int.iter().map(|&(s, e)| e - s).sum();
    if total_len > 60 {
        // Too long to be a quantity anyone writes; approximate by magnitude.
        return f64::INFINITY;
    }
    let mut n = Numeral::default();
    for &(s, e) in int {
        n.int(&b[s..e]);
    }
    if let Some((s, e)) = frac {
        n.frac(&b[s..e.min(s + 17)]);
    }
    n.value()
}

/// Whether a scale word ("millones", "million", "mil") follows byte `end` after a space.
fn scale_follows(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_end].lowercase();
    rest.len() < text.len() - end
        && words![
            "mil", "millones", "millón", "millon", "billones", "million", "millions", "billion",
            "billions"
        ]
        .contains(word.as_str())
}

/// Reads the digit literal starting at byte `i` (an ASCII digit, or a decimal mark followed by a
/// digit when `leading_mark` is set).
pub(crate) fn read(text: &str, i: usize, mark: DecimalMark, leading_mark: bool) -> Lit {
    let b = text.as_bytes();
    let mark_c = match mark {
        DecimalMark::Point => '.',
        DecimalMark::Comma => ',',
    };
    if leading_mark {
        let s = i + 1;
        let e = digit_run(b, s);
        let mut lit = Lit {
            end: e,
            value: value_of(text, &[(s, s)], Some((s, e))),
            int: false,
            plain: false,
            int_digits: 0,
        };
        exponent(text, &mut lit);
        return lit;
    }
    // Raw structure: groups of digits and the separators between them.
    let mut groups = [(0usize, 0usize); MAX_GROUPS];
    let mut seps = ['\0'; MAX_GROUPS];
    let mut n = 1;
    groups[0] = (i, digit_run(b, i));
    while n < MAX_GROUPS {
        let p = groups[n - 1].1;
        let Some(c) = text[p..].chars().next() else {
            break;
        };
        if !(c == '.' || c == ',' || is_space_sep(c)) {
            break;
        }
        let q = p + c.len_utf8();
        if q >= b.len() || !b[q].is_ascii_digit() {
            break;
        }
        seps[n] = c;
        groups[n] = (q, digit_run(b, q));
        n += 1;
    }
    let glen = |k: usize| groups[k].1 - groups[k].0;
    // A literal that continues a split list ("192.168.1.2", "22,24,26,31") takes no decimal
    // with the separator that split it.
    let list_sep = if i >= 2 && (b[i - 1] == b'.' || b[i - 1] == b',') && b[i - 2].is_ascii_digit()
    {
        b[i - 1] as char
    } else {
        '\0'
    };
    let g0 = glen(0);
    let mut lit = Lit {
        end: groups[0].1,
        value: 0.0,
        int: true,
        plain: true,
        int_digits: g0,
    };
    // Thousands grouping.
    let mut j = 1;
    let mut grouped_with = '\0';
    if n > 1 && (1..=3).contains(&g0) && b[i] != b'0' {
        let c = seps[1];
        let c_space = is_space_sep(c);
        let mut k = 1;
        while k < n && (seps[k] == c || (c_space && is_space_sep(seps[k]))) && glen(k) == 3 {
            k += 1;
        }
        // With a decimal point (English, Mexico) one group after a plain space and before a
        // name in capitals is a model's number ("50 737 MAX jets"); "40 000 is" is one figure.
        let e = groups[1].1;
        let model = c == ' ' && mark_c == '.' && b.get(e) == Some(&b' ') && {
            let caps = b.get(e + 1..e + 3).unwrap_or_default();
            caps.len() == 2 && caps.iter().all(u8::is_ascii_uppercase)
        };
        if k > 2 || k == 2 && !model {
            let ok = if c_space || c != mark_c {
                // A run ending with the same separator and a non-3 group is a list, not a number.
                !(k < n && seps[k] == c && !c_space)
            } else {
                // The decimal mark used as grouping: when the other separator ends it
                // ("1.234,5"), or when it repeats over full groups ("1.234.567").
                (k < n && seps[k] != c && !is_space_sep(seps[k]) && k + 1 >= n)
                    || (k >= 3 && (k == n || seps[k] != c))
                    // "3,000 millones", "4,500 millones": no one writes a decimal's trailing
                    // zero before a scale ("2,7 millones").
                    || (k == 2
                        && n == 2
                        && b[groups[1].1 - 1] == b'0'
                        && scale_follows(text, groups[1].1))
            };
            if ok {
                j = k;
                grouped_with = c;
            }
        }
    }
    if j > 1 {
        lit.plain = false;
        lit.int_digits = (j - 1) * 3 + g0;
        let mut frac = None;
        let mut end = groups[j - 1].1;
        if j < n {
            let s = seps[j];
            let dec_ok = if grouped_with == mark_c {
                s != mark_c && !is_space_sep(s)
            } else {
                s == mark_c
                    || (!is_space_sep(s) && s != grouped_with && !is_space_sep(grouped_with))
            };
            if dec_ok && !(j + 1 < n && seps[j + 1] == s) {
                frac = Some(groups[j]);
                end = groups[j].1;
                lit.int = false;
            }
        }
        lit.value = value_of(text, &groups[..j], frac);
        lit.end = end;
    } else if n > 1
        && !is_space_sep(seps[1])
        && !(n > 2 && seps[2] == seps[1])
        && seps[1] != list_sep
    {
        // One separator, not a valid grouping: a decimal, in either convention.
        lit.plain = false;
        lit.int = false;
        lit.value = value_of(text, &groups[..1], Some(groups[1]));
        lit.end = groups[1].1;
    } else {
        lit.value = value_of(text, &groups[..1], None);
    }
    if lit.int && lit.value.fract() != 0.0 {
        lit.int = false;
    }
    if !lit.int && lit.value.fract() == 0.0 {
        lit.int = true;
    }
    exponent(text, &mut lit);
    lit
}

/// Applies an exponent written after the literal: "e10", "e-1", "x10^6", "^23", "^--23".
fn exponent(text: &str, lit: &mut Lit) {
    let b = text.as_bytes();
    let p = lit.end;
    if p >= b.len() {
        return;
    }
    let read_signed = |mut q: usize| -> Option<(i32, usize)> {
        let mut neg = false;
        while q < b.len() && (b[q] == b'-' || b[q] == b'+') {
            if b[q] == b'-' {
                neg = !neg;
            }
            q += 1;
        }
        let e = digit_run(b, q);
        if e == q || e - q > 4 {
            return None;
        }
        if e < b.len() && (b[e].is_ascii_alphabetic()) {
            return None;
        }
        let v: i32 = text[q..e].parse().ok()?;
        Some((if neg { -v } else { v }, e))
    };
    match b[p] {
        b'e' | b'E' => {
            let q = p + 1;
            let signed_ok = q < b.len()
                && (b[q].is_ascii_digit()
                    || ((b[q] == b'-' || b[q] == b'+')
                        && q + 1 < b.len()
                        && b[q + 1].is_ascii_digit()));
            if signed_ok {
                if let Some((e, end)) = read_signed(q) {
                    lit.value *= 10f64.powi(e);
                    lit.end = end;
                    lit.plain = false;
                    lit.int = lit.value.fract() == 0.0;
                }
            }
        }
        b'^' => {
            if let Some((e, end)) = read_signed(p + 1) {
                lit.value = lit.value.powi(e);
                lit.end = end;
                lit.plain = false;
                lit.int = lit.value.fract() == 0.0;
            }
        }
        b'x' | b'X' if text[p + 1..].starts_with("10^") => {
            if let Some((e, end)) = read_signed(p + 4) {
                lit.value *= 10f64.powi(e);
                lit.end = end;
                lit.plain = false;
                lit.int = lit.value.fract() == 0.0;
            }
        }
        _ => {}
    }
}

/// The multiplier of a suffix glued to a figure ("10k", "10M", "1.2b", "1MM").
pub(crate) fn glued_scale(suffix: &str) -> Option<f64> {
    match suffix {
        "k" | "K" => Some(1e3),
        "M" | "MM" | "mn" | "mln" => Some(1e6),
        "G" | "b" | "B" | "bn" | "bln" | "Bn" => Some(1e9),
        "T" | "tn" | "tln" => Some(1e12),
        _ => None,
    }
}

/// Suffixes glued to a figure that make it an ordinal (see [`ordinal_suffix`]).
static ORDINAL_SUFFIXES: Words =
    Words::new("st|nd|rd|th|º|ª|o|a|to|ta|vo|va|ro|ra|do|da|er|era|mo|ma|no|na|os|as|°|");

/// Whether a suffix glued to a figure makes it an ordinal ("21st", "3º", "4to", "1er").
pub(crate) fn ordinal_suffix(suffix: &str) -> bool {
    ORDINAL_SUFFIXES.contains(&suffix.to_ascii_lowercase())
}

/// Units of measure glued to a figure (see [`measure_suffix`]).
static MEASURE_SUFFIXES: Words = Words::new(concat!(
    "m|km|cm|mm|ml|l|g|kg|mg|t|lb|lbs|oz|ft|in|mi|mph|kph|kmh|h|hr|hrs|min|s|sec|ms|gb|mb|kb|",
    "tb|mw|kw|gw|kwh|mwh|hz|mhz|ghz|ha|km2|m2|c|f|v|w|x|p|d|",
));

/// Whether a suffix glued to a figure is a unit of measure ("180ml", "29km").
pub(crate) fn measure_suffix(suffix: &str) -> bool {
    MEASURE_SUFFIXES.contains(&suffix.to_ascii_lowercase())
}
