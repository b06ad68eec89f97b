//! Hedge words written immediately before a figure ("more than", "nearly", "más de", "unos",
//! "hasta") and the bound they give it. The hedge is included in the quantity's span.

use super::phrases::Index;
use super::scan::{Tokens, TK};
use super::Bound;
use crate::lexicon::{Pairs, Words};

/// The hedges: words (folded, one space between) and the bound they give, each as `words=b|` with
/// `b` one of `o` over, `~` approximately, `L` at least, `M` at most, `u` under (one string: no
/// pointers per hedge in the wasm).
static HEDGES: Pairs = Pairs::new(concat!(
    "a little more than=o|",
    "mas o menos=~|",
    "no more than=M|",
    "no fewer than=L|",
    "no less than=L|",
    "as many as=M|",
    "as much as=M|",
    "in excess of=o|",
    "upwards of=o|",
    "more than=o|",
    "greater than=o|",
    "just over=o|",
    "well over=o|",
    "at least=L|",
    "at most=M|",
    "up to=M|",
    "less than=u|",
    "fewer than=u|",
    "just under=u|",
    "close to=~|",
    "an estimated=~|",
    "no mas de=M|",
    "no mas del=M|",
    "no menos de=L|",
    "no menos del=L|",
    "poco menos de=u|",
    "poco menos del=u|",
    "algo mas de=o|",
    "algo mas del=o|",
    "en torno a=~|",
    "en torno al=~|",
    "del orden de=~|",
    "del orden del=~|",
    "un maximo de=M|",
    "un minimo de=L|",
    "poco mas de=o|",
    "poco mas del=o|",
    "un poco mas de=o|",
    "mas de=o|",
    "mas del=o|",
    "por encima de=o|",
    "menores o iguales a=M|",
    "mayores o iguales a=L|",
    "less than or equal to=M|",
    "more than or equal to=L|",
    "greater than or equal to=L|",
    "mayores de=o|",
    "mayores a=o|",
    "mayores que=o|",
    "menor a=u|",
    "menor al=u|",
    "menor que=u|",
    "mayor a=o|",
    "mayor al=o|",
    "mayor que=o|",
    "menores de=u|",
    "menores a=u|",
    "menores que=u|",
    "superior a=o|",
    "superiores a=o|",
    "superior al=o|",
    "inferior al=u|",
    "a maximum of=M|",
    "a minimum of=L|",
    "north of=o|",
    "just shy of=u|",
    "al menos=L|",
    "por lo menos=L|",
    "como minimo=L|",
    "como maximo=M|",
    "menos de=u|",
    "menos del=u|",
    "inferior a=u|",
    "inferiores a=u|",
    "por debajo de=u|",
    "alrededor de=~|",
    "alrededor del=~|",
    "cerca de=~|",
    "cerca del=~|",
    "casi=~|",
    "ronda=~|",
    "rondan=~|",
    "rondo=~|",
    "rondaron=~|",
    "rondaba=~|",
    "rondaban=~|",
    "rondara=~|",
    "rondaran=~|",
    "rondaria=~|",
    "rondarian=~|",
    "rondar=~|",
    "rondando=~|",
    "roza=~|",
    "rozan=~|",
    "rozo=~|",
    "aproximadamente=~|",
    "unos=~|",
    "unas=~|",
    "hasta=M|",
    "over=o|",
    "exceeding=o|",
    "exceeds=o|",
    "exceeded=o|",
    "tops=o|",
    "topped=o|",
    "surpassed=o|",
    "surpass=o|",
    "surpasses=o|",
    "exceed=o|",
    "above=o|",
    "supera=o|",
    "superan=o|",
    "supero=o|",
    "superaron=o|",
    "superara=o|",
    "superaran=o|",
    "superar=o|",
    "superado=o|",
    "superando=o|",
    "rebasar=o|",
    "rebasa=o|",
    "rebaso=o|",
    "rebasara=o|",
    "sobrepasar=o|",
    "sobrepasa=o|",
    "sobrepaso=o|",
    "sobrepasara=o|",
    "nearly=~|",
    "almost=~|",
    "about=~|",
    "approximately=~|",
    "approx=~|",
    "around=~|",
    "roughly=~|",
    "some=~|",
    "estimated=~|",
    "under=u|",
    "below=u|",
));

/// The bound a hedge's code in [`HEDGES`] names.
fn bound_of(code: &str) -> Bound {
    match code {
        "o" => Bound::Over,
        "L" => Bound::AtLeast,
        "M" => Bound::AtMost,
        "u" => Bound::Under,
        _ => Bound::Approx,
    }
}

/// The hedges ending with `w`, in table order (indexed at first use).
fn ending_with(w: &str) -> &'static [u8] {
    static TAILS: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    TAILS
        .get_or_init(|| {
            Index::new(
                HEDGES
                    .list()
                    .iter()
                    .map(|(ws, _)| ws.rsplit(' ').next().unwrap_or("")),
            )
        })
        .rows(w)
}

/// The hedge ending right before token `t0`: (bound, first token of the hedge).
pub(crate) fn hedge_before(tk: &Tokens, t0: usize) -> Option<(Bound, usize)> {
    if t0 == 0 {
        return None;
    }
    // The hedge comes before the article: "casi un 40 %", "más de un 20 %", "casi la mitad",
    // "superó los 21 millones" (not "hasta el 11 %" or "hasta los 38.500 millones", where "hasta"
    // reads "to" the level reached; "hasta un 30 %" is a ceiling).
    // "superan los US$ 350 millones": a currency written before the figure.
    let figure = tk.toks[t0].kind != TK::Word || matches!(tk.norm(t0), "mitad" | "us" | "usd");
    if t0 >= 2 && figure {
        let art = tk.norm(t0 - 1);
        if words!["un", "una", "el", "la", "los", "las"].contains(art) {
            if let Some(h) = hedge_before(tk, t0 - 1) {
                if tk.norm(h.1) != "hasta" || matches!(art, "un" | "una") {
                    return Some(h);
                }
            }
        }
    }
    let last = tk.norm(t0 - 1);
    if last.is_empty() {
        return None;
    }
    // Only the hedges ending with the word before the figure, in table order.
    ending_with(last).iter().find_map(|&k| {
        let (words, code) = HEDGES.list()[usize::from(k)];
        let n = 1 + words.bytes().filter(|&b| b == b' ').count();
        if t0 < n {
            return None;
        }
        let s = t0 - n;
        // (Split as bytes: a char searcher costs more than these few bytes.)
        let matched = words
            .as_bytes()
            .split(|&b| b == b' ')
            .take(n - 1)
            .enumerate()
            .all(|(o, w)| tk.toks[s + o].kind == TK::Word && tk.norm(s + o).as_bytes() == w);
        // "edged up to 4.2 percent": the level reached, not a ceiling.
        let reached = words == "up to" && s > 0 && moved_up(tk.norm(s - 1));
        (matched && !reached).then_some((bound_of(code), s))
    })
}

/// Modal verbs that may stand between a negation and a hedge ("no podrá superar", "must not
/// exceed").
static MODALS: Words = Words::new(
    "will|would|can|could|may|might|must|should|shall|to|be|puede|pueden|podra|podran|podria|podrian|debe|deben|debera|deberan|deberia|deberian|va|van|a|",
);

/// Whether a negation stands right before the hedge at token `s` or before its modal verbs: "no
/// podrá superar los 200 litros", "must not exceed 5%", "sin superar el 3 %". (Not
/// `lexicon::is_negation`: the page does not otherwise carry its table, which costs 0.27 kB of the
/// gzipped wasm, and its claim-level cues, "lack" or "nadie", bound no figure.)
pub(crate) fn negated(tk: &Tokens, s: usize) -> bool {
    let mut k = s;
    while k > 0 && s - k < 3 {
        let w = tk.norm(k - 1);
        if words!["no", "not", "never", "nunca", "cannot", "sin", "without", "ni", "nor"]
            .contains(w)
        {
            return true;
        }
        // "no hay más de 450", "there were not more than": a verb of being between.
        let being =
            words!["hay", "habia", "habra", "hubo", "son", "eran", "fueron", "es", "era", "fue"]
                .contains(w);
        if !MODALS.contains(w) && !being {
            return false;
        }
        k -= 1;
    }
    false
}

/// The bound a denied hedge leaves: not over a figure is at most it; not under it, at least it.
pub(crate) fn denied(b: Bound) -> Bound {
    match b {
        Bound::Over | Bound::AtLeast => Bound::AtMost,
        Bound::Under | Bound::AtMost => Bound::AtLeast,
        other => other,
    }
}

/// The verbs of [`moved_up`].
static MOVED_UP: Words = Words::new(concat!(
    "edged|edges|edging|ticked|ticks|ticking|inched|inches|inching|crept|creeps|creeping|",
    "moved|moves|went|goes|shot|revised|bumped|ratcheted|crawled|",
));

/// Verbs of a small move that "up to" completes ("ticked up to", "inched up to", "went up to").
fn moved_up(w: &str) -> bool {
    MOVED_UP.contains(w)
}

/// Whether the hedge "over" at token `s`, before a figure ending before token `t1`, names a
/// period rather than a bound: "$1.2 trillion over eight years", "spend £1.2bn on new hospitals
/// over five years" (spread across the years), where another figure comes shortly before in the
/// clause and a unit of time follows.
pub(crate) fn over_is_during(tk: &Tokens, s: usize, t1: usize, lang: &crate::lang::Lang) -> bool {
    if s == 0 || tk.norm(s) != "over" {
        return false;
    }
    let unit_of_time =
        words!["years", "months", "weeks", "days", "decades", "quarters"].contains(tk.norm(t1));
    if !unit_of_time {
        return false;
    }
    // A figure among the few tokens before, with no clause punctuation between.
    (s.saturating_sub(6)..s).rev().any(|k| {
        let t = &tk.toks[k];
        t.kind == TK::Num || super::is_scale_word(tk.norm(k), lang)
    }) && !(s.saturating_sub(6)..s).any(|k| matches!(tk.sym(k), ',' | ';' | '.' | ':'))
}

/// A hedge written after a figure ("500 or more", "aged 65 and over", "20 o más", "500,000-plus"), looked for at
/// token `k` (right after the figure) or one word later (after its unit): (bound, end token when the
/// hedge follows the figure directly).
pub(crate) fn hedge_after(tk: &Tokens, k: usize) -> Option<(Bound, Option<usize>)> {
    // "500,000-plus": at least the figure.
    let glued = |j: usize| tk.toks.get(j).is_some_and(|t| !t.space);
    if tk.sym(k) == '-' && tk.norm(k + 1) == "plus" && glued(k) && glued(k + 1) {
        return Some((Bound::AtLeast, Some(k + 2)));
    }
    for (at, direct) in [(k, true), (k + 1, false)] {
        // "65 or older", "65 and over", "20 o más", "20 y más".
        let and = matches!(tk.norm(at), "and" | "y");
        if !and && !matches!(tk.norm(at), "or" | "o" | "u") {
            continue;
        }
        // (Whether the word may come before another with "and": "65 and over were hurt".)
        let (bound, open) = match tk.norm(at + 1) {
            "over" | "older" | "above" => (Bound::AtLeast, true),
            "under" | "younger" | "below" => (Bound::AtMost, true),
            "more" | "higher" | "greater" | "mas" => (Bound::AtLeast, false),
            "less" | "fewer" | "lower" | "menos" => (Bound::AtMost, false),
            _ => continue,
        };
        // "500 or more than 600": a comparison of its own, not this figure's hedge; nor is "10
        // and over 20", nor a comparative before a word ("1000 y más baja que").
        if words!["than", "que", "de", "a", "to"].contains(tk.norm(at + 2))
            || (and
                && tk
                    .toks
                    .get(at + 2)
                    .is_some_and(|t| t.kind == TK::Num || !open && t.kind == TK::Word))
        {
            return None;
        }
        return Some((bound, direct.then_some(at + 2)));
    }
    None
}

/// Whether the hedge "hasta" at token `s` names the level a change reached rather than a ceiling:
/// "bajó en 58.650 personas, hasta 2.607.850 desempleados", "se redujo en 218.400 personas hasta
/// 2.755.000", "crecieron un 4%, hasta 617.000 millones" (the change's size, then its level; not
/// "cayeron hasta 1/4 de punto", as much as).
pub(crate) fn hasta_is_to(tk: &Tokens, s: usize) -> bool {
    if s < 2 || tk.norm(s) != "hasta" {
        return false;
    }
    let end = if tk.sym(s - 1) == ',' { s - 1 } else { s };
    // A change verb before it must have given the change's size, "en 58.650" ("podría subir hasta
    // un 30 %" after "bajó hasta el 11,6 %" is a ceiling).
    // A period may come between: "cayó un 3 % entre enero y septiembre, hasta 468.000".
    // So may the changed thing: "redujo sus emisiones de gases de efecto invernadero un 8 %".
    let from = s.saturating_sub(16);
    let num = |j: usize| tk.toks.get(j).is_some_and(|t| t.kind == TK::Num);
    // "crecieron un 4%, hasta 617.000 millones", "subió 2,3% hasta US$4,52": the size as a share.
    let size = |k: usize, j: usize| {
        matches!(tk.norm(j), "en" | "un") && num(j + 1) || j == k + 1 && num(j)
    };
    // "las muertes bajaron hasta 1,25 millones": a conjugated verb of change right before it
    // (not "podría subir hasta", an infinitive's ceiling).
    // (Not a change's size: "cayeron hasta 1/4 de punto", "hasta 2 puntos".)
    let verb = tk.norm(end - 1);
    let conjugated = !(verb.ends_with("ar") || verb.ends_with("er") || verb.ends_with("ir"));
    let points =
        tk.sym(s + 2) == '/' || (s + 2..s + 5).any(|j| matches!(tk.norm(j), "punto" | "puntos"));
    if end == s && conjugated && !points && super::range::is_change_verb(verb) {
        return true;
    }
    (from..end)
        .any(|k| super::range::is_change_verb(tk.norm(k)) && (k + 1..end).any(|j| size(k, j)))
}
