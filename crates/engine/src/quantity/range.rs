//! Ranges between two figures: "between 200,000 and 500,000", "entre 200 y 500", "de 10 a 20",
//! "from 5 to 10", "55-78 years", "30-40,000" (the low end borrows the high end's thousands) and
//! "2-3 million" (the low end borrows the scale word).

use super::classify::Q;
use super::decimal::rem;
use super::scan::{Tokens, TK};
use super::{Bound, QuantityKind, Value};
use crate::lexicon::Words;

fn joinable(k: QuantityKind) -> bool {
    matches!(
        k,
        QuantityKind::Count | QuantityKind::Money | QuantityKind::Percent
    )
}

/// The stems of Spanish verbs of change (any tense) starting with the byte `first`: most words are
/// ruled out by their first letter, the rest compared with a few stems.
fn change_stems(first: u8) -> &'static [&'static str] {
    match first {
        b'a' => &[
            "aumento", "aumenta", "avanzo", "avanza", "abarato", "abarata",
        ],
        b'b' => &["bajo", "bajar", "baja"],
        // (And the participles of "ha caído", "ha crecido", "ha subido", "han disminuido".)
        b'c' => &[
            "cayo", "caye", "cae", "caido", "crecio", "crecie", "crece", "crecido",
        ],
        b'd' => &[
            "descendio",
            "desciende",
            "disminuyo",
            "disminuye",
            "desplomo",
            "desploma",
            "disminuido",
            "descendido",
            "disparo",
            "dispara",
        ],
        b'e' => &[
            "elevo",
            "eleva",
            "escalo",
            "escala",
            "encarecio",
            "encarece",
            "encarecie",
        ],
        b'i' => &["incremento", "incrementa"],
        b'r' => &[
            "retrocedio",
            "retrocede",
            "redujo",
            "reduje",
            "reduce",
            "repunto",
            "repunta",
            "recorto",
            "recorta",
            "retrocedido",
            "reducido",
        ],
        b's' => &["subio", "subie", "sube", "subido"],
        _ => &[],
    }
}

/// Verbs of change in the forms the stems of [`change_stems`] leave out.
static CHANGE_VERBS: Words = Words::new(concat!(
    "rose|",
    "rise|",
    "rises|",
    "risen|",
    "increase|",
    "decreases|",
    "drops|",
    "declines|",
    "grows|",
    "climbs|",
    "jumps|",
    "dipped|",
    "shrank|",
    "shrunk|",
    "contracted|",
    "expanded|",
    "contrajo|",
    "fell|",
    "fall|",
    "falls|",
    "fallen|",
    "increased|",
    "increases|",
    "decreased|",
    "declined|",
    "dropped|",
    "climbed|",
    "jumped|",
    "grew|",
    "soared|",
    "surged|",
    "widened|",
    "narrowed|",
    "gained|",
    "plunged|",
    "slipped|",
    "went|",
    "revised|",
    "raise|",
    "raises|",
    "raised|",
    "lift|",
    "lifts|",
    "lifted|",
    "lower|",
    "lowers|",
    "lowered|",
    "reduced|",
    "cut|",
    "subio|",
    "subieron|",
    "paso|",
    "pasaron|",
    "pasa|",
    "pasan|",
    "pasara|",
    "pasaran|",
    "pasaria|",
    "aumento|",
    "aumentaron|",
    "bajo|",
    "bajaron|",
    "cayo|",
    "cayeron|",
    "crecio|",
    "descendio|",
    "disminuyo|",
    "elevo|",
    "redujo|",
));

/// Verbs of change before "from X to Y" (normalized, accents removed): "rose from 112 to 150"
/// states two values, not a range. Spanish verbs are also read by their stem in any tense ("bajó",
/// "subieron", "cae", "creció", "retrocede").
pub(crate) fn is_change_verb(w: &str) -> bool {
    let stems = w
        .as_bytes()
        .first()
        .map_or(&[][..], |&first| change_stems(first));
    if w.len() >= 3 && stems.iter().any(|st| w.starts_with(st)) {
        return true;
    }
    CHANGE_VERBS.contains(w)
}

/// Gives the bare earlier value of a change ("from 5 to 6 pesos") the later value's kind, unit and
/// scale word.
fn borrow_unit(a: &mut Q, b: &Q) {
    let unit_of_b = match b.q.kind {
        QuantityKind::Percent | QuantityKind::Money => true,
        QuantityKind::Count => b.q.unit.is_some(),
        _ => false,
    };
    if unit_of_b {
        a.q.kind = b.q.kind;
        a.q.unit = b.q.unit.clone();
        a.q.ambiguous |= b.q.ambiguous;
    }
    let v = a.q.value.low();
    if a.scale == 1.0 && b.scale > 1.0 && !a.words && v * b.scale <= b.q.value.high() {
        a.q.value = Value::Number(v * b.scale);
        a.scale = b.scale;
    }
}

/// Merges adjacent quantities that form ranges.
pub(crate) fn merge(tk: &Tokens, qs: Vec<Q>) -> Vec<Q> {
    // One quantity or none: nothing to merge (and no second vector).
    if qs.len() < 2 {
        return qs;
    }
    let mut out: Vec<Q> = Vec::with_capacity(qs.len());
    let mut it = qs.into_iter().peekable();
    while let Some(a) = it.next() {
        let Some(b) = it.peek() else {
            out.push(a);
            continue;
        };
        // "40-45°C", "30 to 35 ºF": a bare figure before a temperature is its low end.
        let degrees = a.q.kind == QuantityKind::Count
            && a.q.unit.is_none()
            && b.q.kind == QuantityKind::Other
            && b.q.unit.as_deref().is_some_and(|u| u.starts_with('°'));
        if !(degrees || joinable(a.q.kind) && joinable(b.q.kind)) || a.ratio || b.ratio {
            out.push(a);
            continue;
        }
        let between = b.t0.saturating_sub(a.t1);
        // Spanish puts an article before each end: "entre el 15 y el 20 %", "de un 5 a un 7 %".
        let article = |k: usize| matches!(tk.norm(k), "el" | "un" | "unos" | "unas");
        let lead_article = a.t0 >= 2 && article(a.t0 - 1);
        let opener_at = a.t0.saturating_sub(1 + usize::from(lead_article));
        let opener = if a.t0 > usize::from(lead_article) {
            tk.norm(opener_at)
        } else {
            ""
        };
        let mid = if between == 1 || (between == 2 && lead_article && article(a.t1 + 1)) {
            tk.norm(a.t1)
        } else {
            ""
        };
        let midsym = if between == 1 { tk.sym(a.t1) } else { '\0' };
        // "rose from 112 to 150", "pasó de 4 a 6": a change between two values, not a range.
        // "raised the retirement age from 62 to 64", "eleva la edad de jubilación de 62 a 64
        // años": the verb's object between, in words only.
        let changes = (2..=6).any(|back| {
            a.t0 >= back
                && is_change_verb(tk.norm(a.t0 - back))
                && (back <= 3 || (a.t0 - back + 1..a.t0).all(|k| tk.toks[k].kind == TK::Word))
        });
        let (ok, start, hyphen) = match (opener, mid, midsym) {
            ("between", "and", _) | ("entre", "y", _) => (true, opener_at, false),
            ("from", "to", _)
            | ("de", "a", _)
            | ("del", "al", _)
            | ("desde", "hasta", _)
            | ("desde", "a", _)
                if !changes =>
            {
                (true, opener_at, false)
            }
            (_, _, '-' | '–' | '—') => (true, a.t0, true),
            // "aged 18 to 24": the ages' bounds.
            ("aged" | "ages", "to", _) => (true, a.t0, false),
            // "pages 20 through 100".
            (_, "through", _) if !changes => (true, a.t0, false),
            // "5 to 6 percent", "7 to 10 days", "de 5 a 6 por ciento" is above: the low end
            // borrows the high end's unit.
            // "rose $1.50 to $84.20", "fell 2% to 5.5%": a change and the new level, each with
            // its own sign; "some 40% to 50%" is a range.
            // "by 2.3 points to 27.6%": the size of a change, then the level it reached.
            (_, "to", _)
                if !changes
                    && opener != "by"
                    && a.scale == 1.0
                    && b.q.unit.is_some()
                    && ((a.q.unit.is_none() && a.q.kind == QuantityKind::Count)
                        || (matches!(a.q.kind, QuantityKind::Money | QuantityKind::Percent)
                            && a.q.kind == b.q.kind
                            && a.q.unit == b.q.unit
                            && !(1..=2).any(|back| {
                                a.t0 >= back && is_change_verb(tk.norm(a.t0 - back))
                            }))) =>
            {
                (true, a.t0, false)
            }
            _ => (false, 0, false),
        };
        let same_unit = a.q.unit.is_none()
            || a.q.kind == b.q.kind
            || (a.q.kind == QuantityKind::Money
                && b.q.kind == QuantityKind::Count
                && b.q.unit.is_none()
                && hyphen);
        if !ok || !same_unit {
            let mut a = a;
            // "rose from 5 to 7%", "pasó del 5 al 7 %": both values are percentages.
            let from_to = matches!(
                (opener, mid),
                ("from", "to") | ("de", "a") | ("del", "al") | ("desde", "hasta")
            );
            // "subió de 5 a 6 pesos", "rose from 2 to 3 million": the earlier value is in the
            // later one's unit and scale.
            if changes && from_to && a.q.kind == QuantityKind::Count && a.q.unit.is_none() {
                borrow_unit(&mut a, b);
            }
            out.push(a);
            continue;
        }
        let mut lo = a.q.value.low();
        let hi = b.q.value.high();
        // "2-3bn", "$1.2-1.5bn": a scale glued to the high end is its scale word.
        let b_scale = tk.toks.get(b.t0).map_or(b.scale, |t| b.scale.max(t.mult));
        if a.scale == 1.0 && b_scale > 1.0 && !a.words && lo * b_scale <= hi {
            lo *= b_scale;
        } else if hyphen
            && a.scale == 1.0
            && lo < 1000.0
            && hi >= 1000.0
            && rem(hi, 1000.0) == 0.0
            && lo * 1000.0 <= hi
            && lo * 10000.0 > hi
        {
            lo *= 1000.0;
        }
        if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) {
            out.push(a);
            continue;
        }
        let b = it.next().expect("peeked");
        let unit = if a.q.kind == QuantityKind::Money && b.q.kind == QuantityKind::Count {
            a.q.unit.clone()
        } else {
            b.q.unit.clone().or(a.q.unit.clone())
        };
        let mut r = b;
        r.t0 = start;
        r.hedge_t0 = start;
        r.q.kind = QuantityKind::Range;
        r.q.value = Value::Range(lo, hi);
        r.q.bound = Bound::Range;
        r.q.unit = unit;
        r.q.ambiguous = a.q.ambiguous || r.q.ambiguous;
        r.range_of = Some(a.q.kind);
        out.push(r);
    }
    out
}
