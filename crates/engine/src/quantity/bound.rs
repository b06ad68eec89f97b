//! Hedge words written immediately before a figure ("more than", "nearly", "más de", "unos",
//! "hasta") and the bound they give it. The hedge is included in the quantity's span.

use super::phrases::Index;
use super::scan::{Tokens, TK};
use super::Bound;
use crate::lexicon::Words;

const HEDGES: &[(&[&str], Bound)] = &[
    (&["a", "little", "more", "than"], Bound::Over),
    (&["mas", "o", "menos"], Bound::Approx),
    (&["no", "more", "than"], Bound::AtMost),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["as", "many", "as"], Bound::AtMost),
    (&["as", "much", "as"], Bound::AtMost),
    (&["in", "excess", "of"], Bound::Over),
    (&["upwards", "of"], Bound::Over),
    (&["more", "than"], Bound::Over),
    (&["greater", "than"], Bound::Over),
    (&["just", "over"], Bound::Over),
    (&["well", "over"], Bound::Over),
    (&["at", "least"], Bound::AtLeast),
    (&["at", "most"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["less", "than"], Bound::Under),
    (&["fewer", "than"], Bound::Under),
    (&["just", "under"], Bound::Under),
    (&["close", "to"], Bound::Approx),
    (&["an", "estimated"], Bound::Approx),
    (&["no", "mas", "de"], Bound::AtMost),
    (&["no", "mas", "del"], Bound::AtMost),
    (&["no", "menos", "de"], Bound::AtLeast),
    (&["no", "menos", "del"], Bound::AtLeast),
    (&["poco", "menos", "de"], Bound::Under),
    (&["poco", "menos", "del"], Bound::Under),
    (&["algo", "mas", "de"], Bound::Over),
    (&["algo", "mas", "del"], Bound::Over),
    (&["en", "torno", "a"], Bound::Approx),
    (&["en", "torno", "al"], Bound::Approx),
    (&["del", "orden", "de"], Bound::Approx),
    (&["del", "orden", "del"], Bound::Approx),
    (&["un", "maximo", "de"], Bound::AtMost),
    (&["un", "minimo", "de"], Bound::AtLeast),
    (&["poco", "mas", "de"], Bound::Over),
    (&["poco", "mas", "del"], Bound::Over),
    (&["un", "poco", "mas", "de"], Bound::Over),
    (&["mas", "de"], Bound::Over),
    (&["mas", "del"], Bound::Over),
    (&["por", "encima", "de"], Bound::Over),
    (&["menores", "o", "iguales", "a"], Bound::AtMost),
    (&["mayores", "o", "iguales", "a"], Bound::AtLeast),
    (&["less", "than", "or", "equal", "to"], Bound::AtMost),
    (&["more", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["greater", "than", "or", "equal", "to"], Bound::AtLeast),
    (&["mayores", "de"], Bound::Over),
    (&["mayores", "a"], Bound::Over),
    (&["mayores", "que"], Bound::Over),
    (&["menores", "de"], Bound::Under),
    (&["menores", "a"], Bound::Under),
    (&["menores", "que"], Bound::Under),
    (&["superior", "a"], Bound::Over),
    (&["superiores", "a"], Bound::Over),
    (&["al", "menos"], Bound::AtLeast),
    (&["por", "lo", "menos"], Bound::AtLeast),
    (&["como", "minimo"], Bound::AtLeast),
    (&["como", "maximo"], Bound::AtMost),
    (&["menos", "de"], Bound::Under),
    (&["menos", "del"], Bound::Under),
    (&["inferior", "a"], Bound::Under),
    (&["inferiores", "a"], Bound::Under),
    (&["por", "debajo", "de"], Bound::Under),
    (&["alrededor", "de"], Bound::Approx),
    (&["alrededor", "del"], Bound::Approx),
    (&["cerca", "de"], Bound::Approx),
    (&["cerca", "del"], Bound::Approx),
    (&["casi"], Bound::Approx),
    (&["ronda"], Bound::Approx),
    (&["rondan"], Bound::Approx),
    (&["rondo"], Bound::Approx),
    (&["rondaron"], Bound::Approx),
    (&["rondaba"], Bound::Approx),
    (&["rondaban"], Bound::Approx),
    (&["rondara"], Bound::Approx),
    (&["rondaran"], Bound::Approx),
    (&["rondaria"], Bound::Approx),
    (&["rondarian"], Bound::Approx),
    (&["rondar"], Bound::Approx),
    (&["rondando"], Bound::Approx),
    (&["roza"], Bound::Approx),
    (&["rozan"], Bound::Approx),
    (&["rozo"], Bound::Approx),
    (&["aproximadamente"], Bound::Approx),
    (&["unos"], Bound::Approx),
    (&["unas"], Bound::Approx),
    (&["hasta"], Bound::AtMost),
    (&["over"], Bound::Over),
    (&["exceeding"], Bound::Over),
    (&["exceeds"], Bound::Over),
    (&["exceeded"], Bound::Over),
    (&["tops"], Bound::Over),
    (&["topped"], Bound::Over),
    (&["surpassed"], Bound::Over),
    (&["surpass"], Bound::Over),
    (&["surpasses"], Bound::Over),
    (&["exceed"], Bound::Over),
    (&["above"], Bound::Over),
    (&["supera"], Bound::Over),
    (&["superan"], Bound::Over),
    (&["supero"], Bound::Over),
    (&["superaron"], Bound::Over),
    (&["superara"], Bound::Over),
    (&["superaran"], Bound::Over),
    (&["superar"], Bound::Over),
    (&["superado"], Bound::Over),
    (&["superando"], Bound::Over),
    (&["rebasar"], Bound::Over),
    (&["rebasa"], Bound::Over),
    (&["rebaso"], Bound::Over),
    (&["rebasara"], Bound::Over),
    (&["sobrepasar"], Bound::Over),
    (&["sobrepasa"], Bound::Over),
    (&["sobrepaso"], Bound::Over),
    (&["sobrepasara"], Bound::Over),
    (&["nearly"], Bound::Approx),
    (&["almost"], Bound::Approx),
    (&["about"], Bound::Approx),
    (&["approximately"], Bound::Approx),
    (&["approx"], Bound::Approx),
    (&["around"], Bound::Approx),
    (&["roughly"], Bound::Approx),
    (&["some"], Bound::Approx),
    (&["estimated"], Bound::Approx),
    (&["under"], Bound::Under),
    (&["below"], Bound::Under),
];

/// The hedges ending with `w`, in table order (indexed at first use).
fn ending_with(w: &str) -> &'static [u8] {
    static TAILS: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    TAILS
        .get_or_init(|| Index::new(HEDGES.iter().map(|(ws, _)| ws[ws.len() - 1])))
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
        if matches!(art, "un" | "una" | "el" | "la" | "los" | "las") {
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
        let (words, bound) = &HEDGES[usize::from(k)];
        let n = words.len();
        if t0 < n {
            return None;
        }
        let s = t0 - n;
        let matched = words[..n - 1]
            .iter()
            .enumerate()
            .all(|(o, w)| tk.toks[s + o].kind == TK::Word && tk.norm(s + o) == *w);
        // "edged up to 4.2 percent": the level reached, not a ceiling.
        let reached = *words == ["up", "to"] && s > 0 && moved_up(tk.norm(s - 1));
        (matched && !reached).then_some((*bound, s))
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
        if matches!(
            w,
            "no" | "not" | "never" | "nunca" | "cannot" | "sin" | "without" | "ni" | "nor"
        ) {
            return true;
        }
        // "no hay más de 450", "there were not more than": a verb of being between.
        let being = matches!(
            w,
            "hay" | "habia" | "habra" | "hubo" | "son" | "eran" | "fueron" | "es" | "era" | "fue"
        );
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

/// Verbs of a small move that "up to" completes ("ticked up to", "inched up to", "went up to").
fn moved_up(w: &str) -> bool {
    matches!(
        w,
        "edged"
            | "edges"
            | "edging"
            | "ticked"
            | "ticks"
            | "ticking"
            | "inched"
            | "inches"
            | "inching"
            | "crept"
            | "creeps"
            | "creeping"
            | "moved"
            | "moves"
            | "went"
            | "goes"
            | "shot"
            | "revised"
            | "bumped"
            | "ratcheted"
            | "crawled"
    )
}

/// Whether the hedge "over" at token `s`, before a figure ending before token `t1`, names a
/// period rather than a bound: "$1.2 trillion over eight years", "spend £1.2bn on new hospitals
/// over five years" (spread across the years), where another figure comes shortly before in the
/// clause and a unit of time follows.
pub(crate) fn over_is_during(tk: &Tokens, s: usize, t1: usize, lang: &crate::lang::Lang) -> bool {
    if s == 0 || tk.norm(s) != "over" {
        return false;
    }
    let unit_of_time = matches!(
        tk.norm(t1),
        "years" | "months" | "weeks" | "days" | "decades" | "quarters"
    );
    if !unit_of_time {
        return false;
    }
    // A figure among the few tokens before, with no clause punctuation between.
    (s.saturating_sub(6)..s).rev().any(|k| {
        let t = &tk.toks[k];
        t.kind == TK::Num || super::is_scale_word(tk.norm(k), lang)
    }) && !(s.saturating_sub(6)..s).any(|k| matches!(tk.sym(k), ',' | ';' | '.' | ':'))
}

/// A hedge written after a figure ("500 or more", "aged 65 or older", "20 o más", "500,000-plus"), looked for at
/// token `k` (right after the figure) or one word later (after its unit): (bound, end token when the
/// hedge follows the figure directly).
pub(crate) fn hedge_after(tk: &Tokens, k: usize) -> Option<(Bound, Option<usize>)> {
    // "500,000-plus": at least the figure.
    let glued = |j: usize| tk.toks.get(j).is_some_and(|t| !t.space);
    if tk.sym(k) == '-' && tk.norm(k + 1) == "plus" && glued(k) && glued(k + 1) {
        return Some((Bound::AtLeast, Some(k + 2)));
    }
    for (at, direct) in [(k, true), (k + 1, false)] {
        if !matches!(tk.norm(at), "or" | "o" | "u") {
            continue;
        }
        let bound = match tk.norm(at + 1) {
            "more" | "above" | "higher" | "greater" | "over" | "older" | "mas" => Bound::AtLeast,
            "less" | "fewer" | "below" | "lower" | "under" | "younger" | "menos" => Bound::AtMost,
            _ => continue,
        };
        // "500 or more than 600": a comparison of its own, not this figure's hedge.
        if matches!(tk.norm(at + 2), "than" | "que" | "de" | "a" | "to") {
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
    (from..end)
        .any(|k| super::range::is_change_verb(tk.norm(k)) && (k + 1..end).any(|j| size(k, j)))
}
