//! Numbers as phrases: digits and number words combined with scale words ("2 mil millones",
//! "29 mil 450", "one hundred and twenty three"), decimals in words ("two point five",
//! "siete con cincuenta"), fractions ("three fifths", "un tercio", "1/2", "dos millones y medio"),
//! dozens, signs and simple ratios ("one in five", "1 sobre 3").

use super::decimal::rem;
use super::lexicon::{Class, Lex};
use super::scan::{Glue, Tokens, TK};
use crate::lang::Lang;
use crate::lexicon::is_stopword;
use crate::lexicon::Words;

/// A number found in the token stream (before it is classified as money, percent, year …).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Atom {
    /// First token.
    pub t0: usize,
    /// One past the last token.
    pub t1: usize,
    /// Value (for a ratio, the numerator).
    pub value: f64,
    /// Built from number words (not digits only).
    pub words: bool,
    /// The last scale multiplier applied ("million" → 1e6; 1 if none).
    pub scale: f64,
    /// A plain digit run with this many digits (years, list numbers).
    pub plain_digits: usize,
    /// An ordinal ("third", "21st").
    pub ordinal: bool,
    /// A unit of measure glued to the digits ("29km").
    pub measure: bool,
    /// Denominator of "one in five", "2000 over 3".
    pub per: Option<f64>,
}

impl Atom {
    /// A figure written in digits over tokens `t0..t1`, with no scale word.
    pub(crate) fn digits(t0: usize, t1: usize, value: f64) -> Atom {
        Atom {
            t0,
            t1,
            value,
            words: false,
            scale: 1.0,
            plain_digits: 0,
            ordinal: false,
            measure: false,
            per: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum E {
    Card(f64, Class),
    Digit(f64, bool),
    Ord(f64, bool),
    Frac(f64, bool),
    And,
    Point,
    Con,
    A,
    /// "of a" between a fraction and a scale ("two thirds of a million").
    OfA,
}

/// Words besides function words that follow a fraction read as "a third" or "un quinto" ("a
/// third more", "a fifth since", "una quinta parte"), folded.
const FRACTION_NEXT: &str = "since|more|less|fewer|higher|lower|last|compared|percent|parte|partes|mas|menos|respecto|frente";

/// Whether token `k` is a hyphen joining the word before it to a word after it, no space
/// between ("third-quarter").
fn hyphen_compound(tk: &Tokens, k: usize) -> bool {
    let glued = |k: usize| tk.toks.get(k).is_some_and(|t| !t.space);
    tk.sym(k) == '-' && glued(k) && glued(k + 1) && tk.toks[k + 1].kind == TK::Word
}

/// Whether token `k`, after a singular ordinal with "a" or "un" before it, is a word the ordinal
/// ranks ("a third term", "un cuarto intento"), so the ordinal is no fraction ("a third of", "a
/// fifth in a week", "a third is", "un cuarto de", "una quinta parte").
fn ranks_next(tk: &Tokens, k: usize) -> bool {
    let next = match tk.toks.get(k) {
        Some(t) if t.kind == TK::Word && tk.lex(k).is_none() => tk.norm(k),
        _ => return false,
    };
    !is_stopword(next) && !crate::lexicon::listed(FRACTION_NEXT, next)
}

fn is_small(c: Class) -> bool {
    matches!(c, Class::Unit | Class::Teen | Class::Tens | Class::TwoDigit)
}

struct Run {
    els: Vec<(E, usize)>,
}

/// Result of evaluating elements: value, elements consumed, last scale, flags.
#[derive(Debug, Clone, Copy)]
struct Eval {
    value: f64,
    used: usize,
    scale: f64,
    ordinal: bool,
}

/// Collects the number-ish elements starting at token `i`.
fn collect(tk: &Tokens, i: usize, lang: &Lang) -> Run {
    // The tokens' buffer, given back by the caller (no allocation per number).
    let mut els: Vec<(E, usize)> = tk.els.take();
    els.clear();
    let toks = &tk.toks;
    let mut j = i;
    let lex_at = |k: usize| -> Option<Lex> {
        if k < toks.len() && toks[k].kind == TK::Word {
            tk.lex(k)
        } else {
            None
        }
    };
    let numish = |k: usize| -> bool {
        match toks.get(k) {
            Some(t) if t.kind == TK::Num => !t.junk && !t.measure && !t.ordinal,
            Some(t) if t.kind == TK::Word => matches!(
                tk.lex(k),
                Some(Lex::Card(..)) | Some(Lex::Frac(..)) | Some(Lex::Ord(..)) | Some(Lex::A)
            ),
            _ => false,
        }
    };
    while j < toks.len() && els.len() < 48 {
        let t = &toks[j];
        if !els.is_empty() && t.line_start {
            break;
        }
        match t.kind {
            TK::Num => {
                if t.junk
                    || t.measure
                    || t.ordinal
                    || t.glue == Glue::LetterHyphen
                    || (t.glue == Glue::Letter && !els.is_empty())
                {
                    break;
                }
                let lit = t.lit.expect("num has lit");
                if let Some(&(last, _)) = els.last() {
                    let after_ok = matches!(
                        last,
                        E::And
                            | E::Point
                            | E::Con
                            | E::Card(_, Class::Scale)
                            | E::Card(_, Class::Hundred)
                            | E::Card(_, Class::Hundreds)
                    );
                    if !after_ok || !t.space {
                        break;
                    }
                    if matches!(last, E::Point | E::Con) && !lit.int {
                        break;
                    }
                }
                // Digit fraction "3/4" is handled by the caller.
                if tk.sym(j + 1) == '/' && !year_span_at(tk, j) {
                    break;
                }
                els.push((
                    E::Digit(
                        lit.value * t.mult,
                        lit.int && t.mult == 1.0 || (lit.value * t.mult).fract() == 0.0,
                    ),
                    j,
                ));
                if t.mult != 1.0 {
                    break;
                }
                j += 1;
            }
            TK::Word => {
                let Some(lx) = tk.lex(j) else {
                    // "of a" between a fraction and a scale.
                    if tk.norm(j) == "of"
                        && matches!(
                            els.last(),
                            Some((E::Frac(..), _)) | Some((E::Ord(_, true), _))
                        )
                        && matches!(lex_at(j + 1), Some(Lex::A))
                        && matches!(lex_at(j + 2), Some(Lex::Card(_, Class::Scale)))
                    {
                        els.push((E::OfA, j));
                        j += 2;
                        continue;
                    }
                    // A lone "k" after digits ("2.33 k").
                    if tk.norm(j) == "k"
                        && matches!(els.last(), Some((E::Digit(..), _)))
                        && tk.text[t.start..t.end] == *"k"
                        || (&tk.text[t.start..t.end] == "K"
                            || &tk.text[t.start..t.end] == "M"
                            || &tk.text[t.start..t.end] == "G")
                            && matches!(els.last(), Some((E::Digit(..), _)))
                    {
                        let m = match &tk.text[t.start..t.end] {
                            "M" => 1e6,
                            "G" => 1e9,
                            _ => 1e3,
                        };
                        els.push((E::Card(m, Class::Scale), j));
                        break;
                    }
                    break;
                };
                // "1,32 millones un año antes": after a scale word, "un" before a noun is its
                // article (not "treinta y un mil", "cuarenta y un años").
                let article = matches!(tk.norm(j), "un" | "una")
                    && matches!(
                        els.last(),
                        Some((E::Card(_, Class::Scale) | E::Digit(..), _))
                    )
                    && !matches!(tk.lex(j + 1), Some(Lex::Card(..)));
                if article {
                    break;
                }
                match lx {
                    Lex::Card(v, c) => els.push((E::Card(v, c), j)),
                    Lex::Ord(v, p) => {
                        // "un tercer mandato", "una cuarta ola": "un" is the article of what the
                        // ordinal ranks, not a numerator; the ordinal is read from its own token.
                        if !p
                            && matches!(els[..], [(E::Card(n, Class::Unit), _)] if n == 1.0)
                            && matches!(tk.norm(j - 1), "un" | "una")
                            && ranks_next(tk, j + 1)
                        {
                            els.clear();
                            break;
                        }
                        els.push((E::Ord(v, p), j));
                        j += 1;
                        // An ordinal ends the phrase, except before a scale or "of a".
                        if matches!(lex_at(j), Some(Lex::Card(_, Class::Scale)))
                            && matches!(lang, Lang::En)
                            && p
                        {
                            continue;
                        }
                        if p && tk.norm(j) == "of"
                            && matches!(lex_at(j + 1), Some(Lex::A))
                            && matches!(lex_at(j + 2), Some(Lex::Card(_, Class::Scale)))
                        {
                            continue;
                        }
                        break;
                    }
                    Lex::Frac(v, p) => {
                        // "12 quarters in a row", "30 medios aéreos": after digits a plural
                        // denominator is what is counted; "3 quarters of the budget" is a share.
                        let after_digits = matches!(els.last(), Some((E::Digit(..), _)));
                        if p && after_digits && tk.norm(j + 1) != "of" {
                            break;
                        }
                        els.push((E::Frac(v, p), j))
                    }
                    Lex::And => {
                        if els.is_empty() || !numish(j + 1) {
                            break;
                        }
                        els.push((E::And, j));
                    }
                    Lex::Point | Lex::Con => {
                        // "de 2025 con 80 votos": "con" after digits joins no decimals.
                        let after_digits = matches!(els.last(), Some((E::Digit(..), _)));
                        if els.is_empty() || !numish(j + 1) || (lx == Lex::Con && after_digits) {
                            break;
                        }
                        els.push((if lx == Lex::Con { E::Con } else { E::Point }, j));
                    }
                    Lex::A => {
                        let ok_pos = els.is_empty()
                            || matches!(
                                els.last(),
                                Some((E::And, _)) | Some((E::Frac(..), _)) | Some((E::Con, _))
                            );
                        let next = lex_at(j + 1);
                        let ok_next = matches!(
                            next,
                            Some(Lex::Card(_, Class::Hundred))
                                | Some(Lex::Card(_, Class::Scale))
                                | Some(Lex::Card(_, Class::Dozen))
                                | Some(Lex::Frac(..))
                                | Some(Lex::Ord(..))
                        );
                        let tens_ord = matches!(next, Some(Lex::Card(_, Class::Tens)))
                            && (matches!(lex_at(j + 2), Some(Lex::Ord(..)))
                                || (tk.sym(j + 2) == '-'
                                    && matches!(lex_at(j + 3), Some(Lex::Ord(..)))));
                        if !(ok_pos && (ok_next || tens_ord)) {
                            break;
                        }
                        if let Some(Lex::Ord(v, plural)) = next {
                            // "a first class seat", "a second", "a third term", "a fifth
                            // straight win": not fractions.
                            if v <= 2.0 && !matches!(lex_at(j + 2), Some(Lex::Card(..)))
                                || !plural && ranks_next(tk, j + 2)
                            {
                                break;
                            }
                        }
                        els.push((E::A, j));
                    }
                    Lex::Minus | Lex::Vague(_) | Lex::Hour(_) | Lex::Times(_) => break,
                }
                j += 1;
            }
            TK::Sym => {
                // Hyphen between number words ("twenty-one", "fifty - two").
                if (t.ch == '-' || t.ch == '–')
                    && matches!(els.last(), Some((E::Card(..), _)) | Some((E::A, _)))
                {
                    let prev_word = toks[j - 1].kind == TK::Word;
                    let next_word = matches!(
                        lex_at(j + 1),
                        Some(Lex::Card(..) | Lex::Ord(..) | Lex::Frac(..))
                    );
                    if prev_word && next_word {
                        j += 1;
                        continue;
                    }
                }
                break;
            }
        }
    }
    // Trailing connectors are not part of the number.
    while matches!(
        els.last(),
        Some((E::And, _))
            | Some((E::Point, _))
            | Some((E::Con, _))
            | Some((E::A, _))
            | Some((E::OfA, _))
    ) {
        els.pop();
    }
    Run { els }
}

/// Combines cardinal elements; stops at the first element that cannot continue the number.
fn cardinal(els: &[(E, usize)]) -> Eval {
    let mut segs: [(f64, f64); 8] = [(0.0, 0.0); 8];
    let mut ns = 0usize;
    let mut cur = 0.0f64;
    let mut last: Option<E> = None;
    let mut last_small = 0.0;
    let mut any = false;
    let mut used = 0;
    let mut scale = 1.0;
    let mut pending_a = false;
    let mut had_hundred = false;
    // The reading before the last "and" since a scale word.
    let mut before_and = None;
    let mut k = 0;
    let min_seg = |segs: &[(f64, f64)], ns: usize| -> f64 {
        let mut m = f64::INFINITY;
        for s in &segs[..ns] {
            m = m.min(s.0);
        }
        m
    };
    while k < els.len() {
        let (e, _) = els[k];
        let after_and = matches!(last, Some(E::And));
        let ok = match e {
            E::And => {
                // "300 and 50", "100 y cincuenta": digits are never joined to what follows "and".
                if !any || matches!(last, Some(E::Digit(..))) {
                    false
                } else {
                    before_and = Some((segs, ns, cur, used, scale));
                    last = Some(E::And);
                    k += 1;
                    continue;
                }
            }
            E::A => {
                if any && !after_and {
                    false
                } else {
                    pending_a = true;
                    last = Some(E::A);
                    k += 1;
                    continue;
                }
            }
            E::Card(_, Class::Unit | Class::Teen | Class::Tens | Class::TwoDigit)
            | E::Digit(..)
                if had_hundred
                    && matches!(els.get(k + 1), Some((E::Card(_, Class::Hundred), _))) =>
            {
                false
            }
            E::Card(v, c) => match c {
                Class::Zero => {
                    if any {
                        false
                    } else {
                        used = k + 1;
                        return Eval {
                            value: 0.0,
                            used,
                            scale: 1.0,
                            ordinal: false,
                        };
                    }
                }
                Class::Unit => {
                    let prev_small = matches!(
                        last,
                        Some(E::Card(_, Class::Unit))
                            | Some(E::Card(_, Class::Teen))
                            | Some(E::Card(_, Class::TwoDigit))
                            | Some(E::Digit(..))
                    );
                    if rem(cur, 10.0) == 0.0 && !prev_small && !pending_a {
                        cur += v;
                        last_small = v;
                        true
                    } else {
                        false
                    }
                }
                Class::Teen | Class::Tens | Class::TwoDigit => {
                    let prev_small = matches!(last, Some(E::Card(_, cl)) if is_small(cl))
                        || matches!(last, Some(E::Digit(..)));
                    if rem(cur, 100.0) == 0.0 && !prev_small && !pending_a {
                        cur += v;
                        last_small = v;
                        true
                    } else {
                        false
                    }
                }
                Class::Hundreds => {
                    if cur == 0.0 && !pending_a {
                        cur += v;
                        last_small = 0.0;
                        true
                    } else {
                        false
                    }
                }
                Class::Hundred => {
                    let ok = match last {
                        None => true,
                        Some(E::A) => true,
                        Some(E::Card(_, cl)) if is_small(cl) => {
                            cur < 100.0
                                || rem(cur, 100.0) != 0.0 && cur < 10000.0 && rem(cur, 100.0) == cur
                        }
                        Some(E::Digit(..)) => true,
                        _ => false,
                    };
                    if ok && !had_hundred {
                        had_hundred = true;
                        let base = if cur == 0.0 { 1.0 } else { cur };
                        if matches!(last, Some(E::Digit(..)) | Some(E::Card(..)))
                            && cur >= 100.0
                            && !matches!(last, Some(E::Digit(..)))
                        {
                            false
                        } else {
                            cur = base * 100.0;
                            pending_a = false;
                            last_small = 0.0;
                            scale = 100.0;
                            true
                        }
                    } else {
                        false
                    }
                }
                Class::Scale => {
                    let mut dup = false;
                    let mut gathered = cur;
                    for s in &segs[..ns] {
                        if s.0 == v {
                            dup = true;
                        }
                    }
                    let has_smaller = segs[..ns].iter().any(|s| s.0 < v);
                    if dup || (any && cur == 0.0 && !has_smaller && !pending_a) || ns >= 8 {
                        false
                    } else {
                        let mut w = 0;
                        for r in 0..ns {
                            if segs[r].0 < v {
                                gathered += segs[r].1;
                            } else {
                                segs[w] = segs[r];
                                w += 1;
                            }
                        }
                        ns = w;
                        if gathered == 0.0 {
                            gathered = 1.0;
                        }
                        segs[ns] = (v, gathered * v);
                        ns += 1;
                        had_hundred = false;
                        cur = 0.0;
                        pending_a = false;
                        last_small = 0.0;
                        scale = v;
                        true
                    }
                }
                Class::Dozen => {
                    if matches!(last, Some(E::Card(_, Class::Dozen))) {
                        false
                    } else {
                        let ls = if last_small == 0.0 {
                            if cur == 0.0 {
                                1.0
                            } else {
                                cur
                            }
                        } else {
                            last_small
                        };
                        // A dozen, "una decena", "dos centenares", "un millar": the word's own size.
                        if last_small == 0.0 && cur != 0.0 {
                            cur = ls * v;
                        } else {
                            cur = cur - last_small + ls * v;
                        }
                        last_small = 0.0;
                        pending_a = false;
                        true
                    }
                }
            },
            E::Digit(v, int) => {
                if !any {
                    cur = v;
                    last_small = if int { v } else { 0.0 };
                    true
                } else if !int || v == 0.0 || pending_a {
                    false
                } else {
                    let after_scale = matches!(last, Some(E::Card(_, Class::Scale)))
                        || (after_and && cur == 0.0 && ns > 0);
                    let after_hundred =
                        cur > 0.0 && rem(cur, 100.0) == 0.0 && v < 100.0 && cur < 1000.0;
                    if cur == 0.0 && after_scale && v < min_seg(&segs, ns) {
                        cur = v;
                        last_small = v;
                        true
                    } else if after_hundred
                        && matches!(
                            last,
                            Some(E::Card(_, Class::Hundred))
                                | Some(E::Card(_, Class::Hundreds))
                                | Some(E::And)
                        )
                    {
                        cur += v;
                        last_small = v;
                        true
                    } else {
                        false
                    }
                }
            }
            _ => false,
        };
        if !ok {
            // "80 million and 20 million", "two million and three million": the scale word
            // after "and" opens a second figure, which takes the words after "and" with it.
            if let (E::Card(_, Class::Scale), Some(b)) = (e, before_and) {
                (segs, ns, cur, used, scale) = b;
            }
            break;
        }
        if matches!(e, E::Card(_, Class::Scale)) {
            before_and = None;
        }
        any = true;
        last = Some(e);
        k += 1;
        used = k;
    }
    let mut total = cur;
    for s in &segs[..ns] {
        total += s.1;
    }
    if pending_a && used == 0 {
        total = 0.0;
    }
    Eval {
        value: total,
        used,
        scale,
        ordinal: false,
    }
}

/// Value of the words after "point" / "coma": digit by digit ("zero three") or as one number.
fn decimals(els: &[(E, usize)]) -> Option<(f64, usize)> {
    let mut digits_only = true;
    let mut n = 0;
    for (e, _) in els {
        match e {
            E::Card(v, Class::Unit | Class::Zero) if *v < 10.0 => n += 1,
            _ => {
                digits_only = false;
                break;
            }
        }
    }
    if digits_only && n > 1 {
        let mut f = 0.0;
        let mut p = 0.1;
        for (e, _) in &els[..n] {
            if let E::Card(v, _) = e {
                f += v * p;
                p /= 10.0;
            }
        }
        return Some((f, n));
    }
    if let Some((E::Digit(v, true), _)) = els.first() {
        // "siete con 50"
        let digits = (v.log10().floor() as i32 + 1).max(1);
        return Some((v / 10f64.powi(digits), 1));
    }
    let ev = cardinal(els);
    if ev.used == 0 {
        return None;
    }
    let v = ev.value;
    if v == 0.0 {
        return Some((0.0, ev.used));
    }
    let digits = (v.log10().floor() as i32 + 1).max(1);
    Some((v / 10f64.powi(digits), ev.used))
}

/// Value of a fraction whose denominator is element `k`; returns (value, used, scale).
fn fraction(els: &[(E, usize)], k: usize, en: bool) -> Option<Eval> {
    let (den, plural, is_frac) = match els[k].0 {
        E::Ord(v, p) => (v, p, false),
        E::Frac(v, p) => (v, p, true),
        _ => return None,
    };
    let mut den = den;
    let mut num_end = k;
    // Joins "thirty fifths" (35ths) and "one hundred fifth" (105th) when a numerator remains.
    if en && !is_frac && den < 10.0 && k >= 2 {
        if let E::Card(t, Class::Tens) = els[k - 1].0 {
            if !matches!(els[k - 2].0, E::And) {
                den += t;
                num_end = k - 1;
            }
        }
    }
    if !is_frac && den < 100.0 && num_end == k && k >= 2 {
        let mut p = k - 1;
        if matches!(els[p].0, E::And) && p >= 1 {
            p -= 1;
        }
        if let E::Card(s, Class::Hundred | Class::Scale) = els[p].0 {
            let before_unit_tens = p >= 2
                && matches!(els[p - 2].0, E::Card(_, Class::Tens))
                && matches!(els[p - 1].0, E::Card(_, Class::Unit));
            if p >= 1 && !before_unit_tens {
                let (mult, start) = match els[p - 1].0 {
                    E::Card(u, Class::Unit) if p >= 2 => (u, p - 1),
                    _ => (1.0, p),
                };
                if start >= 1 {
                    den += mult * s;
                    num_end = start;
                }
            }
        }
    }
    if !is_frac && den <= 2.0 {
        return None;
    }
    let num_els = &els[..num_end];
    // "once con uno y medio": the part after "con" is a fraction of its own.
    if let Some(c) = num_els.iter().position(|(e, _)| matches!(e, E::Con)) {
        if c > 0 && num_end == k {
            let left = whole(&els[..c], en)?;
            let right = fraction(&els[c + 1..], k - c - 1, en)?;
            let mut value = right.value;
            if left.scale >= 1e6 && right.scale == 1.0 {
                value *= left.scale;
            }
            return Some(Eval {
                value: left.value + value,
                used: c + 1 + right.used,
                scale: left.scale,
                ordinal: false,
            });
        }
    }
    // Mixed number: "X and Y fifths" when Y/den is proper, or "X and a half".
    let mut int_part = 0.0;
    let mut int_scale = 1.0;
    let mut frac_els = num_els;
    for s in (0..num_els.len()).rev() {
        if matches!(num_els[s].0, E::And | E::Con) {
            let right = &num_els[s + 1..];
            // Spanish "y" joins tens and units ("treinta y dos quintos"); it only starts a
            // fraction before "medio" ("dos y medio").
            if !en
                && matches!(num_els[s].0, E::And)
                && !(right.is_empty() || matches!(right, [(E::A, _)]))
            {
                continue;
            }
            let rv = if right.is_empty() || matches!(right, [(E::A, _)]) {
                1.0
            } else {
                let ev = cardinal(right);
                if ev.used != right.len() {
                    continue;
                }
                ev.value
            };
            if rv < den || matches!(num_els[s].0, E::Con) {
                let left = &num_els[..s];
                let lv = if left.is_empty() {
                    None
                } else {
                    whole(left, en)
                };
                if let Some(lv) = lv {
                    int_part = lv.value;
                    int_scale = lv.scale;
                    frac_els = right;
                    break;
                }
            }
        }
    }
    let numerator = if frac_els.is_empty() {
        if is_frac || !plural {
            1.0
        } else {
            return None;
        }
    } else if matches!(frac_els, [(E::A, _)]) {
        1.0
    } else {
        let ev = cardinal(frac_els);
        if ev.used != frac_els.len() {
            return None;
        }
        if !is_frac && matches!(frac_els, [(E::Digit(..), _)]) {
            return None;
        }
        ev.value
    };
    if !is_frac && !plural && numerator != 1.0 {
        return None;
    }
    if !is_frac && frac_els.is_empty() {
        return None;
    }
    let mut value = numerator / den;
    let mut used = k + 1;
    let mut scale = 1.0;
    // A scale after the fraction: "half a million", "three quarters billion".
    let mut q = k + 1;
    if q < els.len() && matches!(els[q].0, E::OfA | E::A) {
        q += 1;
    }
    if q < els.len() {
        if let E::Card(s, Class::Scale | Class::Dozen) = els[q].0 {
            if int_part != 0.0 && int_scale > s {
                value *= s;
            } else {
                value = (int_part + value) * s;
                int_part = 0.0;
            }
            scale = s;
            used = q + 1;
        }
    }
    if int_part != 0.0 {
        if int_scale >= 1e6 && scale == 1.0 {
            value *= int_scale;
        }
        value += int_part;
        if scale == 1.0 {
            scale = int_scale;
        }
    }
    Some(Eval {
        value,
        used,
        scale,
        ordinal: false,
    })
}

/// Evaluates a whole element list: decimals, fractions, then cardinals.
fn whole(els: &[(E, usize)], en: bool) -> Option<Eval> {
    if els.is_empty() {
        return None;
    }
    // Fractions: the first denominator word.
    if let Some(k) = els
        .iter()
        .position(|(e, _)| matches!(e, E::Ord(..) | E::Frac(..)))
    {
        if let Some(ev) = fraction(els, k, en) {
            return Some(ev);
        }
        if k == 0 {
            if let E::Ord(v, _) = els[0].0 {
                return Some(Eval {
                    value: v,
                    used: 1,
                    scale: 1.0,
                    ordinal: true,
                });
            }
            return None;
        }
        // Not a fraction: the cardinal before it stands alone.
        let ev = cardinal(&els[..k]);
        if ev.used == 0 {
            return None;
        }
        return Some(ev);
    }
    // Decimal words: "two hundred point zero three", "siete con cincuenta".
    if let Some(p) = els.iter().position(|(e, _)| matches!(e, E::Point | E::Con)) {
        let ip = cardinal(&els[..p]);
        if ip.used == p && p > 0 {
            if let Some((f, n)) = decimals(&els[p + 1..]) {
                let mut used = p + 1 + n;
                let mut value = ip.value + f;
                let mut scale = ip.scale;
                if let Some((E::Card(s, Class::Scale), _)) = els.get(used) {
                    value *= s;
                    scale = *s;
                    used += 1;
                }
                return Some(Eval {
                    value,
                    used,
                    scale,
                    ordinal: false,
                });
            }
        }
        let ev = cardinal(&els[..p]);
        return if ev.used == 0 { None } else { Some(ev) };
    }
    let ev = cardinal(els);
    if ev.used == 0 {
        None
    } else {
        Some(ev)
    }
}

/// Whether token `k` is a number that can begin a ratio's second term.
fn num_value_at(tk: &Tokens, k: usize, lang: &Lang) -> Option<Atom> {
    parse_plain(tk, k, lang)
}

/// Whether token `i` is a year beginning a span of years ("2022/23", "2022-23").
fn year_span_at(tk: &Tokens, i: usize) -> bool {
    super::dates::is_year(tk, i).is_some_and(|y| super::dates::year_span(tk, i + 1, y).is_some())
}

/// The number starting at token `i` (no ratios).
fn parse_plain(tk: &Tokens, i: usize, lang: &Lang) -> Option<Atom> {
    let toks = &tk.toks;
    let t = toks.get(i)?;
    if t.kind == TK::Num {
        if t.junk {
            return None;
        }
        let lit = t.lit?;
        // The "7" of "24/7" or "50/50": the second half of a slash idiom, not a figure (a year
        // after a slash, "Ley 4/1983", is read as a year elsewhere).
        let after_slash_number = i >= 2
            && tk.sym(i - 1) == '/'
            && !toks[i - 1].space
            && !t.space
            && toks[i - 2].kind == TK::Num
            && lit.int_digits != 4
            && !year_span_at(tk, i - 2);
        if after_slash_number {
            return None;
        }
        if t.ordinal {
            return Some(Atom {
                ordinal: true,
                ..Atom::digits(i, i + 1, lit.value)
            });
        }
        if t.measure {
            return Some(Atom {
                measure: true,
                ..Atom::digits(i, i + 1, lit.value)
            });
        }
        // Letters glued before a figure make a name ("MH17", "COP28"), unless they are a common
        // currency code ("USD50", "Rs500").
        let code = |w: &str| super::money::lower_code_ok(w) || w == "rs";
        if t.glue == Glue::LetterHyphen
            || (t.glue == Glue::Letter && !(i > 0 && code(tk.norm(i - 1))))
        {
            return None;
        }
        // Digit fraction "3/4" and mixed "2 1/4" (not a span of years, "2022/23").
        if tk.sym(i + 1) == '/' && !toks[i + 1].space && !year_span_at(tk, i) {
            if let Some(d) = toks.get(i + 2) {
                if d.kind == TK::Num && !d.space && !d.junk && tk.sym(i + 3) != '/' {
                    let (a, b) = (lit.value, d.lit?.value);
                    // "Ley Orgánica 4/1983", "Decree 12/2024": a number and a year, not a fraction.
                    if d.lit?.int_digits == 4 && (1800.0..=2100.0).contains(&b) {
                        return None;
                    }
                    // "24/7", "50/50", "20/20": improper "fractions" in news are idioms; "9/11",
                    // "7/12" are days; a fraction's denominator is a usual one.
                    let usual = matches!(b as u32, 2..=6 | 8 | 10 | 16 | 100) && b.fract() == 0.0;
                    let proper = a < b && usual;
                    if proper && lit.int && d.lit?.int && d.mult == 1.0 && d.glue == Glue::Free {
                        return Some(Atom::digits(i, i + 3, a / b));
                    }
                }
                return None;
            }
        }
        if lit.int && t.mult == 1.0 {
            if let (Some(n), '/', Some(d)) = (toks.get(i + 1), tk.sym(i + 2), toks.get(i + 3)) {
                if n.kind == TK::Num
                    && n.space
                    && d.kind == TK::Num
                    && !toks[i + 2].space
                    && !d.space
                    && tk.sym(i + 4) != '/'
                {
                    let (a, b) = (n.lit?.value, d.lit?.value);
                    if b != 0.0 && a < b && n.lit?.int && d.lit?.int {
                        return Some(Atom::digits(i, i + 4, lit.value + a / b));
                    }
                }
            }
        }
    }
    if t.kind == TK::Word {
        let lx = tk.lex(i)?;
        if matches!(lx, Lex::And | Lex::Point | Lex::Con | Lex::Minus) {
            return None;
        }
    }
    let run = collect(tk, i, lang);
    let atom = run_atom(tk, i, &run.els, lang);
    tk.els.set(run.els);
    atom
}

/// [`parse_plain`] of the number-ish elements `els` collected at token `i`.
fn run_atom(tk: &Tokens, i: usize, els: &[(E, usize)], lang: &Lang) -> Option<Atom> {
    let t = &tk.toks[i];
    if els.is_empty() {
        return None;
    }
    let ev = whole(els, matches!(lang, Lang::En))?;
    if ev.used == 0 {
        return None;
    }
    let last_tok = els[ev.used - 1].1;
    if ev.used == 1
        && matches!(els[0].0, E::Card(_, Class::Scale | Class::Hundred))
        && t.kind == TK::Word
        && tk.norm(i).ends_with('s')
    {
        return None;
    }
    let words = els[..ev.used]
        .iter()
        .any(|(e, _)| !matches!(e, E::Digit(..)));
    let plain_digits =
        if ev.used == 1 && t.kind == TK::Num && t.lit.is_some_and(|l| l.plain) && t.mult == 1.0 {
            t.lit.map(|l| l.int_digits).unwrap_or(0)
        } else {
            0
        };
    let value = ev.value;
    if !value.is_finite() {
        return None;
    }
    Some(Atom {
        t0: i,
        t1: last_tok + 1,
        value,
        words,
        scale: ev.scale,
        plain_digits,
        ordinal: ev.ordinal,
        measure: false,
        per: None,
    })
}

/// Words before "quarter" or "trimestre" that make it a period, no fraction ("the third quarter",
/// "el primer trimestre").
static PERIOD_OPENERS: Words = Words::new(concat!(
    "the|this|that|last|next|each|every|first|second|third|fourth|",
    "fiscal|el|este|ese|primer|segundo|tercer|",
));

/// The number starting at token `i`, with its sign and any "X in Y" / "X over Y" ratio.
pub(crate) fn parse_at(tk: &Tokens, i: usize, lang: &Lang) -> Option<Atom> {
    let toks = &tk.toks;
    let t = toks.get(i)?;
    // Sign: "minus five", "negative one", "-1", "- 10 k".
    let mut neg_start = None;
    let mut k = i;
    if t.kind == TK::Word && matches!(tk.lex(i), Some(Lex::Minus)) {
        // "plus or minus 3 points", "más o menos 3": a margin, not a negative number.
        if i >= 2
            && matches!(tk.norm(i - 1), "or" | "o")
            && matches!(tk.norm(i - 2), "plus" | "mas")
        {
            return None;
        }
        neg_start = Some(i);
        k = i + 1;
    } else if t.kind == TK::Sym && (t.ch == '-' || t.ch == '−') {
        let prev_num = i > 0 && matches!(toks[i - 1].kind, TK::Num);
        let prev_word_glued = i > 0 && toks[i - 1].kind == TK::Word && !t.space;
        let next = toks.get(i + 1)?;
        if prev_num || prev_word_glued || next.kind != TK::Num {
            return None;
        }
        if i > 0
            && !t.space
            && toks[i - 1].kind == TK::Sym
            && !matches!(toks[i - 1].ch, '(' | '[' | ':' | '"' | '\'')
        {
            return None;
        }
        // A number word before the sign makes a range ("twenty - 30"), an article does not
        // ("cayó un -2,1 %").
        if i > 0
            && toks[i - 1].kind == TK::Word
            && tk.lex(i - 1).is_some_and(|l| matches!(l, Lex::Card(..)))
            && !matches!(tk.norm(i - 1), "un" | "una" | "a")
        {
            return None;
        }
        neg_start = Some(i);
        k = i + 1;
    }
    let mut a = parse_plain(tk, k, lang)?;
    if a.ordinal && neg_start.is_some() {
        return None;
    }
    if let Some(s) = neg_start {
        a.t0 = s;
        a.value = -a.value;
    }
    // "a third-quarter profit", "a third-party vendor": an ordinal joined by a hyphen to what it
    // ranks is no fraction.
    if !a.ordinal && a.t1 > a.t0 && hyphen_compound(tk, a.t1) {
        if let Some(Lex::Ord(value, false)) = tk.lex(a.t1 - 1) {
            a.t0 = a.t1 - 1;
            a.value = value;
            a.ordinal = true;
        }
    }
    if a.ordinal || a.measure {
        return Some(a);
    }
    // Ratios written as fractions.
    let w = tk.norm(a.t1);
    let (skip, strict_less, need_end) = match w {
        "over" | "sobre" => (1, false, true),
        "in" => (1, true, false),
        "out" if tk.norm(a.t1 + 1) == "of" => (2, true, false),
        "de" if tk.norm(a.t1 + 1) == "cada" => (2, true, false),
        _ => (0, false, false),
    };
    // "one-fifth in 2020": "in" before a year dates the figure, it is no "1 in 5" ratio.
    let year_after_in = w == "in" && super::dates::is_year(tk, a.t1 + 1).is_some();
    if skip > 0 && !year_after_in {
        if let Some(b) = num_value_at(tk, a.t1 + skip, lang) {
            if !b.ordinal
                && !b.measure
                && b.value != 0.0
                && (!strict_less || a.value.abs() < b.value)
            {
                let end_ok = !need_end || {
                    let nt = toks.get(b.t1);
                    match nt {
                        None => true,
                        Some(n) if n.kind == TK::Sym => true,
                        Some(_) => matches!(tk.norm(b.t1), "por" | "percent" | "per"),
                    }
                };
                if end_ok && !(a.plain_digits == 4 && strict_less) {
                    a.per = Some(b.value);
                    a.t1 = b.t1;
                }
            }
        }
    }
    // A bare Spanish "un"/"una" is the indefinite article ("un 12% más", "una reunión"), not the
    // number one; "un millón", "uno de cada cinco" and "veintiún" are read above.
    let bare_article = a.t1 == a.t0 + 1
        && a.per.is_none()
        && neg_start.is_none()
        && matches!(tk.norm(a.t0), "un" | "una")
        && super::money::name_at(tk, a.t1).is_none(); // "un yen", "un centavo" are amounts
    if bare_article {
        return None;
    }
    if a.t1 == a.t0 + 1 && neg_start.is_none() && medio_is_average(tk, a.t0) {
        return None;
    }
    // A plural denominator alone ("quarters", "halves", "medios") counts no figure.
    let lone_plural = a.t1 == a.t0 + 1
        && toks[a.t0].kind == TK::Word
        && matches!(tk.lex(a.t0), Some(Lex::Frac(_, true)));
    if lone_plural {
        return None;
    }
    // "for the quarter", "el primer cuarto", "fourth-quarter": a period of the year, not a
    // fraction.
    let prev = match a.t0 {
        k if k > 1 && hyphen_compound(tk, k - 1) => tk.norm(k - 2),
        k if k > 0 => tk.norm(k - 1),
        _ => "",
    };
    let period_noun = a.t1 == a.t0 + 1
        && matches!(
            tk.norm(a.t0),
            "quarter" | "quarters" | "cuarto" | "trimestre"
        )
        && PERIOD_OPENERS.contains(prev);
    if period_noun {
        return None;
    }
    // "dozens of homes", "decenas de heridos": a vague plural, not twelve or ten.
    let vague_plural = a.t1 == a.t0 + 1
        && words![
            "dozens",
            "docenas",
            "decenas",
            "centenares",
            "millares",
            "scores"
        ]
        .contains(tk.norm(a.t0));
    if vague_plural {
        return None;
    }
    Some(a)
}

/// Whether a lone "media"/"medio" at `k` is the adjective or noun "average, middle" rather than
/// one half: "de media", "la pensión media de jubilación", "la media de edad", "Oriente Medio"
/// (but "media docena", "dos horas y media", "en media hora").
fn medio_is_average(tk: &Tokens, k: usize) -> bool {
    if !matches!(tk.norm(k), "media" | "medio" | "medias" | "medios") {
        return false;
    }
    let prev = if k > 0 { tk.norm(k - 1) } else { "" };
    if matches!(prev, "y" | "e" | "un" | "una") {
        return false;
    }
    let next = tk.toks.get(k + 1);
    let next_is_word = next.is_some_and(|n| n.kind == TK::Word);
    // "de media", "la media.": nothing halved follows.
    if !next_is_word || matches!(tk.norm(k + 1), "de" | "del") {
        return true;
    }
    // "esperó media hora": half of a measure.
    if words![
        "hora", "docena", "jornada", "tonelada", "kilo", "litro", "millon", "vuelta", "botella"
    ]
    .contains(tk.norm(k + 1))
    {
        return false;
    }
    // "de media", "la media nacional": the average.
    if matches!(prev, "de" | "la") {
        return true;
    }
    // "pensión media", "clase media": after a noun, the adjective.
    k > 0
        && tk.toks[k - 1].kind == TK::Word
        && prev.len() > 3
        && !words!["durante", "cada", "hace", "tras", "otra", "otro", "casi", "solo", "apenas"]
            .contains(prev)
}
