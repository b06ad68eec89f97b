//! Vague magnitudes: "hundreds of", "tens of thousands", "several thousand", "a few hundred",
//! "miles de", "decenas de miles", "miles de millones", "varios cientos": a figure known only to
//! its order of magnitude, read as the range of values its words admit.

use super::lexicon::{Class, Lex};
use super::scan::{Tokens, TK};

/// A vague magnitude over tokens `t0..t1`, admitting `low..=high`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Vague {
    pub t0: usize,
    pub t1: usize,
    pub low: f64,
    pub high: f64,
}

/// The order of magnitude a plural word names on its own ("hundreds", "miles", "decenas"), and
/// whether it is a scale word (so "tens of thousands" multiplies and "millions" reaches a
/// thousand times itself).
fn plural_magnitude(tk: &Tokens, k: usize) -> Option<f64> {
    let w = tk.norm(k);
    if !w.ends_with('s') {
        return None;
    }
    match tk.lex(k)? {
        Lex::Vague(m) if m > 0.0 => Some(m),
        Lex::Card(v, Class::Hundred | Class::Scale | Class::Dozen) => Some(v),
        _ => None,
    }
}

/// The singular scale word at `k` after a quantifier ("several thousand", "a few hundred"), or
/// a plural one ("many thousands", "varios miles", "unos cuantos cientos").
fn scale_after_quantifier(tk: &Tokens, k: usize) -> Option<f64> {
    match tk.lex(k)? {
        Lex::Card(v, Class::Hundred | Class::Scale) => Some(v),
        Lex::Vague(m) if m >= 100.0 => Some(m),
        _ => None,
    }
}

/// Whether token `k` is a figure in digits or a number word (a vague word after one is a
/// figure's scale: "five hundreds", "3 decenas").
fn is_figure(tk: &Tokens, k: usize) -> bool {
    tk.toks
        .get(k)
        .is_some_and(|t| t.kind == TK::Num || matches!(t.lex, Some(Lex::Card(..) | Lex::Frac(..))))
}

/// The vague magnitude starting at token `i`.
pub(crate) fn at(tk: &Tokens, i: usize) -> Option<Vague> {
    // Most tokens are ruled out by their number-word meaning alone.
    let opens = match tk.toks.get(i)?.lex? {
        Lex::Vague(_) => true,
        Lex::A => tk.norm(i + 1) == "few",
        Lex::Card(_, Class::Hundred | Class::Scale | Class::Dozen) => tk.norm(i).ends_with('s'),
        _ => false,
    };
    if !opens || (i > 0 && is_figure(tk, i - 1)) {
        return None;
    }
    // A quantifier and a scale word: "several thousand" admits 2,000 to 9,999.
    let quantifier = match tk.norm(i) {
        "a" if tk.norm(i + 1) == "few" => Some(i + 2),
        "several" | "few" | "many" | "varios" | "varias" | "algunos" | "algunas" => Some(i + 1),
        "cuantos" | "cuantas" if i > 0 && matches!(tk.norm(i - 1), "unos" | "unas") => Some(i + 1),
        _ => None,
    };
    if let Some(k) = quantifier {
        let scale = scale_after_quantifier(tk, k)?;
        let (scale, end) = compound(tk, k, scale);
        let low = if tk.norm(i) == "many" { 1.0 } else { 2.0 };
        let t0 = if tk.norm(i) == "cuantos" || tk.norm(i) == "cuantas" {
            i - 1
        } else {
            i
        };
        return Some(Vague {
            t0,
            t1: end,
            low: low * scale,
            high: 10.0 * scale - 1.0,
        });
    }
    let first = plural_magnitude(tk, i)?;
    let (scale, end) = compound(tk, i, first);
    let last = plural_magnitude(tk, end - 1).unwrap_or(first);
    // The largest scale words reach a thousand times themselves ("millions" of people may be
    // forty million; "miles de millones", billions); the others, and those multiplied by tens or
    // hundreds ("tens of millions"), reach the next order of magnitude.
    let top = last >= 1e6 && (end == i + 1 || first >= 1e3);
    // "dozens" admits 12 to 99, as "decenas" 10 to 99.
    let (low, high) = if first == 12.0 && end == i + 1 {
        (12.0, 100.0)
    } else if top {
        (scale, 1000.0 * scale)
    } else {
        (scale, 10.0 * scale)
    };
    // "los millones de 2023": a figure after "of"/"de" names which amounts; no vague figure.
    if matches!(tk.norm(end), "of" | "de") && is_figure(tk, end + 1) {
        return None;
    }
    Some(Vague {
        t0: i,
        t1: end,
        low,
        high: high - 1.0,
    })
}

/// A scale word at `k` of order `scale`, multiplied by a larger plural scale after "of"/"de"
/// ("tens of thousands", "cientos de miles", "miles de millones") or a singular one right after
/// ("several hundred thousand"): the order and the end token.
fn compound(tk: &Tokens, k: usize, scale: f64) -> (f64, usize) {
    let joined = if matches!(tk.norm(k + 1), "of" | "de") {
        plural_magnitude(tk, k + 2).map(|m| (m, k + 3))
    } else {
        match tk.lex(k + 1) {
            Some(Lex::Card(v, Class::Scale)) if !tk.norm(k + 1).ends_with('s') => Some((v, k + 2)),
            _ => None,
        }
    };
    match joined {
        Some((m, end)) if m >= 1e3 && m > scale => (scale * m, end),
        _ => (scale, k + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::quantity::scan::tokenize;
    use crate::quantity::DecimalMark;

    fn read(text: &str, lang: Lang) -> Option<(String, f64, f64)> {
        let tk = tokenize(text, DecimalMark::Point, &lang);
        let v = at(&tk, 0)?;
        let span = &text[tk.toks[v.t0].start..tk.toks[v.t1 - 1].end];
        Some((span.to_string(), v.low, v.high))
    }

    #[test]
    fn plural_scale_words_admit_their_order_of_magnitude() {
        let en = |t| read(t, Lang::En);
        let es = |t| read(t, Lang::Es);
        assert_eq!(
            en("hundreds of people"),
            Some(("hundreds".into(), 100.0, 999.0))
        );
        assert_eq!(
            en("tens of thousands of protesters"),
            Some(("tens of thousands".into(), 1e4, 99_999.0))
        );
        assert_eq!(
            en("millions of dollars"),
            Some(("millions".into(), 1e6, 1e9 - 1.0))
        );
        assert_eq!(en("dozens of homes"), Some(("dozens".into(), 12.0, 99.0)));
        assert_eq!(
            en("several thousand"),
            Some(("several thousand".into(), 2e3, 9_999.0))
        );
        assert_eq!(
            en("a few hundred"),
            Some(("a few hundred".into(), 200.0, 999.0))
        );
        assert_eq!(
            en("several hundred thousand"),
            Some(("several hundred thousand".into(), 2e5, 999_999.0))
        );
        assert_eq!(
            es("miles de personas"),
            Some(("miles".into(), 1e3, 9_999.0))
        );
        assert_eq!(
            es("decenas de miles de personas"),
            Some(("decenas de miles".into(), 1e4, 99_999.0))
        );
        assert_eq!(
            es("miles de millones de pesos"),
            Some(("miles de millones".into(), 1e9, 1e12 - 1.0))
        );
        assert_eq!(
            es("cientos de familias"),
            Some(("cientos".into(), 100.0, 999.0))
        );
        assert_eq!(
            es("varios miles"),
            Some(("varios miles".into(), 2e3, 9_999.0))
        );
    }

    #[test]
    fn a_figure_before_or_after_makes_it_no_vague_magnitude() {
        assert_eq!(read("millones de 2023 fueron", Lang::Es), None);
        assert!(read("millones de personas", Lang::Es).is_some());
        assert_eq!(read("several people", Lang::En), None);
        assert_eq!(read("many", Lang::En), None);
        assert_eq!(read("thousand", Lang::En), None);
    }
}
