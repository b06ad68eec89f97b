//! The recognizer's main pass: walks the tokens, claims dates and times, reads each number
//! phrase and decides what it is (percent, money, ratio, year, ordinal, count, other), then joins
//! ranges and attaches hedges.

use super::decimal::rem;
use super::lexicon::Lex;
use super::scale::{self, Atom};
use super::scan::{self, Glue, Tokens, TK};
use super::{bound, dates, money, noun, percent, peso, range, vague, words_en};
use super::{Bound, NumberContext, Quantity, QuantityKind, Value};
use crate::case::Lowercase;
use crate::lang::Lang;
use crate::lexicon::inflection::singular_cow;
use crate::lexicon::Words;

/// A quantity under construction, with its token range.
#[derive(Debug, Clone)]
pub(crate) struct Q {
    pub q: Quantity,
    /// First token of the figure (with currency sign), after the hedge.
    pub t0: usize,
    /// One past its last token.
    pub t1: usize,
    /// First token including range opener or hedge.
    pub hedge_t0: usize,
    pub scale: f64,
    pub words: bool,
    pub ratio: bool,
    pub range_of: Option<QuantityKind>,
}

fn new_q(kind: QuantityKind, value: f64, t0: usize, t1: usize) -> Q {
    Q {
        q: Quantity {
            text: String::new(),
            start: 0,
            end: 0,
            kind,
            value: Value::Number(value),
            unit: None,
            bound: Bound::Exact,
            per: None,
            ambiguous: false,
        },
        t0,
        t1,
        hedge_t0: t0,
        scale: 1.0,
        words: false,
        ratio: false,
        range_of: None,
    }
}

/// Document-level facts used to resolve a bare "$".
struct Ctx<'c> {
    lang: &'c Lang,
    /// What the text says about pesos, read on first need (most texts never ask).
    pesos: std::cell::OnceCell<peso::Pesos>,
    /// The document's peso, when the caller knows it.
    doc_peso: Option<&'static str>,
    /// Tokens before this one belong to an earlier quantity ("50 dollar 50 dollar").
    taken: usize,
    /// Whether a count was read earlier in the text: a list of results may leave its noun out
    /// after it ("121 escaños y el PP 137").
    counted: bool,
}

impl Ctx<'_> {
    /// What the text (and its document) says about pesos.
    fn pesos(&self, tk: &Tokens) -> &peso::Pesos {
        // The document's peso, when known, says all the text would: it is not read.
        self.pesos.get_or_init(|| match self.doc_peso {
            Some(c) => peso::Pesos {
                any: true,
                leading: Some(c),
            },
            None => peso::document(tk.text),
        })
    }
}

/// Runs the recognizer; `quoted`: each quantity's `text` is filled in (a caller that reads the
/// quote from its own copy of the text by the span leaves it empty, a string fewer each).
pub(crate) fn extract(
    text: &str,
    lower: Option<&str>,
    nctx: &NumberContext,
    quoted: bool,
) -> Vec<Quantity> {
    let tk = scan::tokenize_lowered(text, lower, nctx.decimal, &nctx.lang);
    let mut ctx = Ctx {
        lang: &nctx.lang,
        pesos: std::cell::OnceCell::new(),
        doc_peso: nctx.peso,
        taken: 0,
        counted: false,
    };
    let mut qs: Vec<Q> = Vec::new();
    let n = tk.toks.len();
    let mut i = 0;
    let mut last_score = None;
    while i < n {
        // A word that is no number word and no month starts nothing: no score, date or number.
        if !tk.toks[i].starts {
            i += 1;
            continue;
        }
        // "una media de 41 litros", "la media de la UE": an average, not a half ("una hora y
        // media de retraso" is one). "la" starts nothing, so the figure's first word is "una" or
        // "media".
        let media = if tk.norm(i) == "una" { i + 1 } else { i };
        if tk.norm(media) == "media"
            && matches!(tk.norm(media + 1), "de" | "del")
            && (media == 0 || tk.norm(media - 1) != "y")
        {
            i = media + 1;
            continue;
        }
        if let Some(e) = score_at(&tk, i, last_score) {
            let mut q = new_q(
                QuantityKind::Other,
                tk.toks[i].lit.map_or(0.0, |l| l.value),
                i,
                e,
            );
            q.q.unit = Some("score".into());
            qs.push(q);
            last_score = Some(e);
            i = e;
            continue;
        }
        // "ran 2:00:35", "un tiempo de 3:28,76": a race's length, in seconds.
        if let Some((seconds, e)) = dates::race_time(&tk, i) {
            let mut q = new_q(QuantityKind::Other, seconds, i, e);
            q.q.unit = Some("s".into());
            qs.push(q);
            i = e;
            continue;
        }
        if let Some(f) = dates::at(&tk, i) {
            if let Some(y) = f.year {
                qs.push(new_q(QuantityKind::Date, y, f.t0, f.t1));
            } else if let Some(h) = f.time {
                qs.push(new_q(QuantityKind::Time, h, f.t0, f.t1));
            } else if (f.t0..f.t1).any(|k| dates::month(tk.norm(k), tk.toks[k].upper).is_some()) {
                // "on March 3", "el 3 de marzo": a date whose year the text leaves to its reader.
                qs.push(new_q(QuantityKind::Date, YEAR_UNSTATED, f.t0, f.t1));
            }
            i = f.t1.max(i + 1);
            continue;
        }
        // "at noon", "a medianoche": a time of day; "twice as many", "el doble de": a multiplier.
        if let Some(lex @ (Lex::Hour(v) | Lex::Times(v))) = tk.toks[i].lex {
            let hour = matches!(lex, Lex::Hour(_));
            if hour || multiplies(&tk, i, ctx.lang) {
                let kind = if hour {
                    QuantityKind::Time
                } else {
                    QuantityKind::Ratio
                };
                // "casi el doble": the article is the hedge's.
                let t0 = i - usize::from(!hour && i > 0 && tk.norm(i - 1) == "el");
                let mut q = new_q(kind, v, t0, i + 1);
                q.ratio = true;
                // "12 noon": one time.
                if let Some(p) = qs
                    .last()
                    .filter(|p| hour && p.t1 == i && p.q.value == Value::Number(12.0))
                {
                    (q.t0, q.hedge_t0) = (p.t0, p.t0);
                    qs.pop();
                }
                qs.push(q);
            }
            i += 1;
            continue;
        }
        // "hundreds of people", "a few hundred", "miles de millones de pesos": a range of values.
        if let Some(q) = vague::at(&tk, i).and_then(|v| vague_quantity(&tk, v, &ctx)) {
            i = q.t1;
            ctx.taken = q.t1;
            qs.push(q);
            continue;
        }
        let Some(a) = scale::parse_at(&tk, i, ctx.lang) else {
            i += 1;
            continue;
        };
        let next = a.t1.max(i + 1);
        match classify(&tk, &a, &ctx) {
            // "the first half of 2024", "el segundo semestre": a part of a period, no figure.
            Some(q) if part_of_period(&tk, &qs, &q) => i = q.t1.max(next),
            // "the first 20 minutes", "los primeros nueve meses": the ordinal picks the leading
            // ones of the count after it, and is no figure of its own.
            Some(q) if q.q.kind == QuantityKind::Ordinal && leads_a_count(&tk, &q, ctx.lang) => {
                i = q.t1.max(next)
            }
            // "call 112", "the emergency number is 911", "llame al 112": a number to dial.
            Some(q) if dialled(&tk, &q) => i = q.t1.max(next),
            Some(mut q) => {
                // "a Category 5 hurricane", "el artículo 155": a label's number, not a count.
                if let Some(label) = labelled(&tk, &q) {
                    q.q.kind = QuantityKind::Other;
                    q.q.unit = Some(label.to_string());
                }
                // "seis años y medio", "3 grados bajo cero": the half and the sign after the noun.
                if let Some((value, end)) = half_or_below_zero(&tk, &q) {
                    q.q.value = Value::Number(value);
                    q.t1 = end;
                }
                // "121 seats, the Conservatives 121": the list's counted noun, given once.
                let bare = q.q.kind == QuantityKind::Count && q.q.unit.is_none();
                if bare && ctx.counted && in_a_list_of_results(&tk, q.t0, q.t1) {
                    let counted = qs.iter().rev().find(|p| p.q.kind == QuantityKind::Count);
                    q.q.unit = counted.and_then(|p| p.q.unit.clone());
                }
                // "paid $80 million and another 20 million", "80 millones de euros, más 20
                // millones en variables": a bare scaled amount right after money is more of it.
                if let Some(m) = qs
                    .last()
                    .filter(|m| bare && q.q.unit.is_none() && more_money(&tk, m, &q))
                {
                    q.q.kind = QuantityKind::Money;
                    q.q.unit = m.q.unit.clone();
                    q.q.ambiguous = m.q.ambiguous;
                }
                i = q.t1.max(next);
                ctx.taken = q.t1;
                ctx.counted |= q.q.kind == QuantityKind::Count;
                qs.push(q);
            }
            None => i = next,
        }
    }
    let qs = range::merge(&tk, qs);
    let mut out = Vec::with_capacity(qs.len());
    for mut q in qs {
        if q.q.kind != QuantityKind::Range
            && q.q.kind != QuantityKind::Date
            && q.q.kind != QuantityKind::Time
        {
            if let Some((b, s)) = bound::hedge_before(&tk, q.t0) {
                if !bound::over_is_during(&tk, s, q.t1, ctx.lang) && !bound::hasta_is_to(&tk, s) {
                    q.q.bound = if bound::negated(&tk, s) {
                        bound::denied(b)
                    } else {
                        b
                    };
                    q.hedge_t0 = s;
                }
            }
            if q.q.bound == Bound::Exact {
                if let Some((b, end)) = bound::hedge_after(&tk, q.t1) {
                    q.q.bound = b;
                    if let Some(end) = end {
                        q.t1 = end;
                        // "500 or more cases": the counted noun follows the hedge.
                        if q.q.kind == QuantityKind::Count && q.q.unit.is_none() {
                            q.q.unit = noun::after(&tk, end, ctx.lang);
                        }
                    }
                }
            }
        }
        // "una veintena", "un centenar": a round number, roughly.
        let round = q.t1 == q.t0 + 2
            && matches!(tk.norm(q.t0), "un" | "una")
            && words!["decena", "veintena", "treintena", "centenar", "millar"]
                .contains(tk.norm(q.t0 + 1));
        if round && q.q.bound == Bound::Exact {
            q.q.bound = Bound::Approx;
        }
        let start = tk.toks[q.hedge_t0.min(q.t0)].start;
        let end = tk.toks[q.t1 - 1].end;
        q.q.start = start;
        q.q.end = end;
        if quoted {
            q.q.text = text[start..end].to_string();
        }
        q.q.value = match q.q.value {
            Value::Number(v) => Value::Number(tidy(v)),
            Value::Range(lo, hi) => Value::Range(tidy(lo), tidy(hi)),
        };
        // "12,000 hectares", "185 mph": a measure in units, not a count of things.
        if q.q.kind == QuantityKind::Count && q.q.unit.as_deref().is_some_and(noun::is_measure_unit)
        {
            q.q.kind = QuantityKind::Other;
        }
        out.push(q.q);
    }
    out
}

/// Whether the bare count `q` (no noun) is an amount of the money `m` before it: a scale word
/// ("20 million", "20 millones"), within a few words of `m` in its sentence, and nothing after it
/// that could be its own noun ("20 million people", "20 millones de personas", "20 million left").
fn more_money(tk: &Tokens, m: &Q, q: &Q) -> bool {
    let near = m.q.kind == QuantityKind::Money && m.t1 <= q.t0 && q.t0 - m.t1 <= 10;
    let scaled = q.scale >= 1e3 && q.t1 > q.t0 + 1;
    let alone = match tk.toks.get(q.t1) {
        None => true,
        Some(t) if t.kind == TK::Sym => !matches!(t.ch, '-' | '/' | '%'),
        Some(t) if t.kind == TK::Word => {
            let w = tk.norm(q.t1);
            !matches!(w, "of" | "de" | "del")
                && (matches!(w, "more" | "mas") || crate::lexicon::is_stopword(w))
        }
        Some(_) => false,
    };
    // "…385 dólares, mientras que el número de operaciones bajó a 13,4 millones": another
    // clause's number of things is a count.
    let sentence = || {
        (m.t1..q.t0).all(|k| {
            !matches!(tk.sym(k), '.' | '!' | '?' | ';')
                && !matches!(tk.norm(k), "number" | "numero" | "while" | "mientras")
        })
    };
    near && scaled && alone && sentence()
}

/// The quantity a vague magnitude states: a count or an amount of money whose value is the range
/// its words admit ("millions of dollars": US$1 million to 999 million).
fn vague_quantity(tk: &Tokens, v: vague::Vague, ctx: &Ctx) -> Option<Q> {
    let atom = Atom {
        words: true,
        scale: v.low,
        ..Atom::digits(v.t0, v.t1, v.low)
    };
    let mut q = classify(tk, &atom, ctx)?;
    let Value::Number(stated) = q.q.value else {
        return None;
    };
    if !matches!(q.q.kind, QuantityKind::Count | QuantityKind::Money) {
        return None;
    }
    // A currency word may multiply the amount ("millones de dólares" is no multiplier, "k" is).
    let factor = stated / v.low;
    q.q.value = Value::Range(v.low * factor, v.high * factor);
    q.q.bound = Bound::Range;
    Some(q)
}

/// The label word before a count that numbers something rather than counting it ("Category 5",
/// "Article 155", "level 4", "artículo 155", "fase 2", "la ley 27.541"), folded.
fn labelled<'t>(tk: &'t Tokens, q: &Q) -> Option<&'t str> {
    let word = tk.norm(q.t0.checked_sub(1)?);
    // "a magnitude 7.1 earthquake": a scale's reading, decimals and all.
    let magnitude = matches!(word, "magnitude" | "magnitud");
    let plain = q.q.kind == QuantityKind::Count
        && q.t1 == q.t0 + 1
        && q.scale == 1.0
        && !q.words
        && tk.toks[q.t0].lit.is_some_and(|l| {
            // "la ley 27.541", "Law 14,250": a law's number may be grouped.
            (l.plain || magnitude) && l.int_digits <= 4 || l.int && l.int_digits <= 6
        });
    (plain && (magnitude || is_label(word))).then_some(word)
}

/// Words of calling right before a number to dial.
static CALLS: Words = Words::new("call|dial|llame|llamar|marque|marcar|text|sms|");

/// The lines whose number "is" one to dial ("the emergency number is 112").
static PHONE_LINES: Words = Words::new("number|hotline|helpline|numero|linea|");

/// The value of a date that states no year ("on March 3"): not a number (JSON null).
pub const YEAR_UNSTATED: f64 = f64::NAN;

/// Whether `q`, digits alone, is a number to dial: after a word of calling ("call 112", "llame
/// al 911") or after "number is" ("the emergency number is 112", "el número es el 112").
fn dialled(tk: &Tokens, q: &Q) -> bool {
    let digits = q.t1 == q.t0 + 1 && q.scale == 1.0 && tk.toks[q.t0].lit.is_some_and(|l| l.plain);
    let w = |back: usize| q.t0.checked_sub(back).map_or("", |k| tk.norm(k));
    let mut k = 1;
    if matches!(w(k), "al" | "el" | "the") {
        k += 1;
    }
    let named = matches!(w(k), "is" | "es") && PHONE_LINES.contains(w(k + 1));
    digits && (CALLS.contains(w(k)) || named)
}

/// Words that label the number after them (see [`is_label`]).
static LABELS: Words = Words::new(concat!(
    "category|",
    "categoria|",
    "article|",
    "articulo|",
    "level|",
    "nivel|",
    "chapter|",
    "capitulo|",
    "phase|",
    "fase|",
    "section|",
    "seccion|",
    "stage|",
    "etapa|",
    "route|",
    "highway|",
    "calle|",
    "carrera|",
    "avenida|",
    "line|",
    "linea|",
    "flight|",
    "vuelo|",
    "platform|",
    "gate|",
    "room|",
    "grade|",
    "week|",
    "semana|",
    "jornada|",
    // Laws and their parts: "la ley 27.541", "Section 230", "Rule 11", "el inciso 3".
    "ley|law|decreto|decree|resolucion|resolution|bill|rule|inciso|paragraph|parrafo|title|",
    "titulo|amendment|enmienda|clause|clausula|number|numero|ruta|",
    // A road's milestone: "en el kilómetro 23 de la A-4".
    "kilometro|km|",
));

/// Whether a folded word labels the number after it rather than being counted by it
/// ("category", "article", "level", "fase", "flight").
fn is_label(word: &str) -> bool {
    LABELS.contains(word)
}

/// The value and end of a count whose noun is followed by a half or a sign: "seis años y
/// medio" (6.5), "dos horas y media", "3 grados bajo cero" (−3), "5 degrees below zero".
fn half_or_below_zero(tk: &Tokens, q: &Q) -> Option<(f64, usize)> {
    let Value::Number(v) = q.q.value else {
        return None;
    };
    if q.q.kind != QuantityKind::Count || q.q.unit.is_none() || tk.toks.get(q.t1)?.kind != TK::Word
    {
        return None;
    }
    let k = q.t1 + 1;
    // Not "3 goles y media hora después": the half is the noun's, so no noun follows it.
    let ends = matches!(
        tk.norm(k + 2),
        "" | "de" | "del" | "en" | "a" | "al" | "y" | "que" | "con" | "por" | "para" | "tras"
    );
    match (tk.norm(k), tk.norm(k + 1)) {
        ("y", "medio" | "media") if v.fract() == 0.0 && ends => Some((v + 0.5, k + 2)),
        ("bajo" | "below", "cero" | "zero") if v > 0.0 => Some((-v, k + 2)),
        _ => None,
    }
}

/// Whether the list number `n` at token `k` (followed by "." or ")" and a word) numbers an item
/// inside a line: the first right after a colon ("priorities: 1. Inflation"), or one after a
/// sentence's end when the number before it, `n − 1.`, came earlier ("… 1. Inflation. 2. Jobs").
fn mid_line_item(tk: &Tokens, k: usize, n: f64) -> bool {
    let capitalized = tk.toks.get(k + 2).is_some_and(|t| t.upper);
    let previous = |j: usize| {
        let t = &tk.toks[j];
        t.kind == TK::Num && t.lit.is_some_and(|l| l.value == n - 1.0) && tk.sym(j + 1) == '.'
    };
    match k.checked_sub(1).map(|p| tk.sym(p)) {
        // A list starts at 1; "Deaths: 12. Injured: 40." is a tally.
        Some(':') => capitalized && n == 1.0,
        Some('.') => capitalized && n >= 2.0 && (0..k - 1).any(previous),
        _ => false,
    }
}

/// Whether the ordinal word `q` comes right before a cardinal number: "the first 20 minutes".
fn leads_a_count(tk: &Tokens, q: &Q, lang: &Lang) -> bool {
    let word = tk.toks[q.t0].kind == TK::Word;
    // Not a part: "the first half of 2024".
    let whole = |a: &Atom| !a.ordinal && a.value >= 1.0 && a.value.fract() == 0.0;
    word && scale::parse_at(tk, q.t1, lang).is_some_and(|a| whole(&a))
}

/// Whether `q` is "half" right after an ordinal ("the first half of the year", "in the second
/// half", "la segunda mitad de 2024"): it names a part of a period or a match.
fn part_of_period(tk: &Tokens, before: &[Q], q: &Q) -> bool {
    let after_ordinal = before
        .last()
        .is_some_and(|o| o.q.kind == QuantityKind::Ordinal && o.t1 == q.t0);
    after_ordinal && q.t1 == q.t0 + 1 && matches!(tk.norm(q.t0), "half" | "mitad")
}

/// The end of a match result starting at token `i`: "venció 3-1", "ganó por 6-4, 6-3 y 7-5",
/// "terminó 2 a 0", "won 3-1" (after a verb of winning, drawing or losing, or right after
/// another result); a score, not two counts. `last` ends the previous result.
fn score_at(tk: &Tokens, i: usize, last: Option<usize>) -> Option<usize> {
    let small = |k: usize, digits: usize| {
        tk.toks.get(k).is_some_and(|t| {
            t.kind == TK::Num
                && t.lit.is_some_and(|l| l.plain && l.int_digits <= digits)
                && t.mult == 1.0
        })
    };
    if i == 0 || !small(i, 3) {
        return None;
    }
    let glued = |k: usize| tk.toks.get(k).is_some_and(|t| !t.space);
    let hyphen = matches!(tk.sym(i + 1), '-' | '–') && glued(i + 1) && glued(i + 2);
    // "by a vote of 219 to 213": "to" joins a tally only.
    let to = tk.norm(i + 1) == "to";
    if !(hyphen || to || tk.norm(i + 1) == "a") || !small(i + 2, 3) {
        return None;
    }
    // A vote's tally ("passed the Senate 52-48", "by a vote of 216-214") has up to three digits.
    let vote_at = |k: usize| is_vote_word(tk.norm(k));
    let tally = vote_at(i - 1)
        || (i > 1 && matches!(tk.norm(i - 1), "of" | "by" | "por" | "de") && vote_at(i - 2));
    // "beat Arsenal 3-1", "won the final 6-3", "tras vencer 1-0": a result verb a few words
    // before (a name or article between); basketball's scores have three digits.
    let by = i > 1 && matches!(tk.norm(i - 1), "por" | "by");
    let mut j = i - usize::from(by);
    let verb_before = (0..4).any(|_| {
        if j == 0 || tk.toks[j - 1].kind != TK::Word {
            return false;
        }
        j -= 1;
        is_result_verb(tk.norm(j))
    });
    if to && !tally {
        return None;
    }
    let digits = if tally || verb_before { 3 } else { 2 };
    if !small(i, digits) || !small(i + 2, digits) {
        return None;
    }
    let end = i + 3;
    // "3-5 días", "6-4 %": a unit after it makes a range.
    let unit_after = tk.toks.get(end).is_some_and(|t| match t.kind {
        TK::Word => !is_score_follow(tk.norm(end)),
        TK::Sym => !matches!(t.ch, ',' | '.' | ';' | ')' | ':' | '(' | '"' | '”' | '»'),
        _ => true,
    });
    let voted = tally && !is_chamber(tk.norm(i - 1));
    // "a 1-1 draw", "una victoria 2-0" / "a 4-2 win": the result named after the score, or
    // after the last of a series of them ("a 6-3, 7-6 win").
    let mut last_end = end;
    while tk.sym(last_end) == ',' && small(last_end + 1, 2) && tk.sym(last_end + 2) == '-' {
        last_end += 4;
    }
    let result_after = is_result_verb(tk.norm(last_end));
    if unit_after && !voted && !result_after {
        return None;
    }
    let after_score =
        last.is_some_and(|l| l + 1 == i || (l + 2 == i && matches!(tk.norm(i - 1), "y" | "and")));
    (after_score || tally || verb_before || result_after).then_some(end)
}

/// Words right before a vote's tally (folded) besides a chamber's name: "a vote of 52-48",
/// "passed 216-214", "por 176-172".
static VOTE_WORDS: Words =
    Words::new("vote|votes|voted|passed|approved|rejected|votacion|votos|voto|aprobo|rechazo|");

/// Words right before a vote's tally (folded): "a vote of 52-48", "the Senate 52-48", "passed
/// 216-214", "por 176-172".
fn is_vote_word(w: &str) -> bool {
    is_chamber(w) || VOTE_WORDS.contains(w)
}

/// Legislative chambers (see [`is_chamber`]).
static CHAMBERS: Words =
    Words::new("senate|house|chamber|congress|parliament|senado|camara|congreso|parlamento|");

/// A legislative chamber's name (folded): after it a word still ends a tally ("the House 3-4
/// bedrooms" is a range), after a vote not.
fn is_chamber(w: &str) -> bool {
    CHAMBERS.contains(w)
}

/// Words that may follow a score (see [`is_score_follow`]).
static SCORE_FOLLOWS: Words = Words::new(
    "al|a|ante|contra|en|con|y|frente|against|over|in|at|and|on|to|late|last|this|after|",
);

/// Words that may follow a score ("venció 3-1 al Barcelona", "won 2-0 against").
fn is_score_follow(w: &str) -> bool {
    SCORE_FOLLOWS.contains(w)
}

/// Verbs and nouns of match results (see [`is_result_verb`]).
static RESULT_VERBS: Words = Words::new(concat!(
    "vencio|",
    "gano|",
    "derroto|",
    "goleo|",
    "empato|",
    "perdio|",
    "cayo|",
    "termino|",
    "acabo|",
    "vence|",
    "gana|",
    "empata|",
    "pierde|",
    "marcador|",
    "resultado|",
    "victoria|",
    "triunfo|",
    "derrota|",
    "empate|",
    "vencer|",
    "ganar|",
    "derrotar|",
    "golear|",
    "empatar|",
    "perder|",
    "impuso|",
    "won|",
    "beat|",
    "beating|",
    "defeating|",
    "winning|",
    "losing|",
    "thrashed|",
    "edged|",
    "routed|",
    "loss|",
    "goleada|",
    "defeated|",
    "drew|",
    "lost|",
    "wins|",
    "beats|",
    "victory|",
    "defeat|",
    "draw|",
    "win|",
));

/// Verbs and nouns that give a match result (folded).
fn is_result_verb(w: &str) -> bool {
    RESULT_VERBS.contains(w)
}

/// A value without binary rounding noise: "8.3 million" is 8,300,000, not 8,300,000.000000001
/// (8.3 × 10⁶ in floating point). Rounds to 15 significant digits, more than any written figure has.
fn tidy(v: f64) -> f64 {
    if v.fract() == 0.0 || !v.is_finite() {
        return v;
    }
    // Scale the 15th significant digit to the units place, round, scale back: both steps are exact
    // or correctly rounded while the scale is an exact power of ten (up to 10^22).
    let digits = 14 - v.abs().log10().floor() as i32;
    if !(0..=22).contains(&digits) {
        return v;
    }
    let scale = 10f64.powi(digits);
    (v * scale).round() / scale
}

/// Whether a '$' at token `d` is qualified ("US$", "C $", "u.s $", "U$D"): (code, first token, end).
fn dollar_at(tk: &Tokens, d: usize, ctx: &Ctx) -> (&'static str, usize, usize, bool) {
    let toks = &tk.toks;
    let glued_next = toks
        .get(d + 1)
        .is_some_and(|t| t.kind == TK::Word && !t.space);
    // U$D / U$S
    if d >= 1
        && glued_next
        && !toks[d].space
        && matches!(tk.norm(d - 1), "u")
        && matches!(tk.norm(d + 1), "d" | "s")
    {
        return ("USD", d - 1, d + 2, false);
    }
    if d >= 3 && tk.norm(d - 1) == "s" && tk.sym(d - 2) == '.' && tk.norm(d - 3) == "u" {
        return ("USD", d - 3, d + 1, false);
    }
    if d >= 1 && toks[d - 1].kind == TK::Word {
        let w = tk.norm(d - 1);
        let glued = !toks[d].space;
        let long_ok = w.len() >= 2
            && (glued
                || words!["us", "hk", "nz", "mx", "mex", "usd", "mxn", "cad", "aud", "nzd"]
                    .contains(w));
        let short_ok = w.len() == 1 && (glued || w == "c");
        if long_ok || short_ok {
            if let Some(c) = money::dollar_qualifier(w) {
                return (c, d - 1, d + 1, false);
            }
        }
    }
    let (code, amb) = dollar_sign(tk, d, ctx);
    (code, d, d + 1, amb)
}

/// An unqualified "$" at token `d`: dollars in English (ambiguous where pesos are named), the
/// text's peso in Spanish when pesos are named, else dollars; always ambiguous in Spanish.
fn dollar_sign(tk: &Tokens, d: usize, ctx: &Ctx) -> (&'static str, bool) {
    match ctx.lang {
        Lang::Es if ctx.pesos(tk).any => (peso::at(tk, d, ctx.pesos(tk)).0, true),
        Lang::Es => ("USD", true),
        _ => ("USD", ctx.pesos(tk).any),
    }
}

/// Currency written before the figure starting at `t0`: (code, first token, multiplier, ambiguous).
fn money_before(tk: &Tokens, t0: usize, ctx: &Ctx) -> Option<(&'static str, usize, f64, bool)> {
    if t0 == 0 || t0 <= ctx.taken {
        return None;
    }
    let p = t0 - 1;
    let t = &tk.toks[p];
    // The Peruvian sol: "S/ 500", "S/. 500".
    let slash = if t.ch == '.' && p >= 1 { p - 1 } else { p };
    if t.kind == TK::Sym && tk.sym(slash) == '/' && slash >= 1 {
        let s = &tk.toks[slash - 1];
        let sol = s.kind == TK::Word && &tk.text[s.start..s.end] == "S" && !tk.toks[slash].space;
        return sol.then_some(("PEN", slash - 1, 1.0, false));
    }
    if t.kind == TK::Sym {
        let sym = money::symbol(t.ch)?;
        if sym == "$" {
            let (code, s, _, amb) = dollar_at(tk, p, ctx);
            // "usd$ 15", "mxn$ 15", "nzd$15" are covered by the qualifier table.
            return Some((code, s, 1.0, amb));
        }
        return Some((sym, p, 1.0, false));
    }
    if t.kind == TK::Word {
        // "U$D 90", "U$S 90".
        if p >= 2
            && matches!(tk.norm(p), "d" | "s")
            && tk.sym(p - 1) == '$'
            && tk.norm(p - 2) == "u"
            && !tk.toks[p].space
        {
            return Some(("USD", p - 2, 1.0, false));
        }
        if let Some((c, m)) = money::code_at(tk, p) {
            return Some((c, p, m, false));
        }
        if matches!(tk.norm(p), "dollar" | "dolar" | "sen") {
            let c = if tk.norm(p) == "sen" {
                "JPY/100"
            } else {
                "USD"
            };
            return Some((c, p, 1.0, false));
        }
    }
    None
}

/// Currency written after the figure ending before `q`: (code, end token, multiplier, ambiguous).
fn money_after(
    tk: &Tokens,
    q: usize,
    a: &Atom,
    ctx: &Ctx,
) -> Option<(&'static str, usize, f64, bool)> {
    let toks = &tk.toks;
    let t = toks.get(q)?;
    match t.kind {
        TK::Sym => {
            if t.ch == '-' && !t.space {
                if let Some((c, used)) = money::name_at(tk, q + 1) {
                    if !toks[q + 1].space {
                        return Some((c, q + 1 + used, 1.0, false));
                    }
                }
                return None;
            }
            let sym = money::symbol(t.ch)?;
            if toks
                .get(q + 1)
                .is_some_and(|n| n.kind == TK::Num && !n.space)
            {
                // "1 $10": the sign belongs to the next figure.
                return None;
            }
            if sym == "$" {
                let (code, amb) = dollar_sign(tk, q, ctx);
                return Some((code, q + 1, 1.0, amb));
            }
            Some((sym, q + 1, 1.0, false))
        }
        TK::Word => {
            if toks
                .get(q + 1)
                .is_some_and(|n| n.kind == TK::Num && !n.space)
            {
                // "3 USD50": the code belongs to the next figure.
                return None;
            }
            if let Some((c, m)) = money::code_at(tk, q) {
                let mut end = q + 1;
                if tk.sym(end) == '$' && !toks[end].space {
                    end += 1;
                }
                let mut mult = m;
                if let Some(super::lexicon::Lex::Card(s, super::lexicon::Class::Scale)) =
                    tk.lex(end)
                {
                    if toks[end].kind == TK::Word {
                        mult *= s;
                        end += 1;
                    }
                }
                return Some((c, end, mult, false));
            }
            if let Some((c, used)) = money::name_at(tk, q) {
                // "the 30.1 million won by López Obrador in 2018": the verb, not Korea's won.
                let verb = tk.norm(q) == "won"
                    && words!["by", "in", "at", "over", "against", "the"].contains(tk.norm(q + 1));
                return (!verb).then_some((c, q + used, 1.0, false));
            }
            if matches!(tk.norm(q), "de" | "of") && (a.scale >= 1e6 || a.words && a.scale >= 1e3) {
                if let Some((c, used)) = money::name_at(tk, q + 1) {
                    return Some((c, q + 1 + used, 1.0, false));
                }
            }
            None
        }
        TK::Num => None,
    }
}

/// Cents after a whole amount: "3 dollars 50 cents", "15 dólares con 50", "one dollar and one".
fn cents_after(tk: &Tokens, q: usize, ctx: &Ctx) -> Option<(f64, usize)> {
    let mut k = q;
    if matches!(tk.norm(k), "and" | "y" | "con") {
        k += 1;
    }
    let b = scale::parse_at(tk, k, ctx.lang)?;
    if b.ordinal
        || b.measure
        || b.per.is_some()
        || b.value < 1.0
        || b.value >= 100.0
        || b.value.fract() != 0.0
    {
        return None;
    }
    let e = b.t1;
    if let Some((c, used)) = money::name_at(tk, e) {
        if money::is_minor(c) {
            return Some((b.value / 100.0, e + used));
        }
        return None;
    }
    if tk.sym(e) != '\0' && money::symbol(tk.sym(e)).is_some() {
        return None;
    }
    if money::code_at(tk, e).is_some() {
        return None;
    }
    let punct = matches!(tk.sym(e), '.' | ',' | ';' | ':' | ')' | '!' | '?')
        && !tk
            .toks
            .get(e + 1)
            .is_some_and(|t| t.kind == TK::Num && !t.space);
    if punct || e >= tk.toks.len() || matches!(tk.norm(e), "puedes" | "more" | "and") {
        return Some((b.value / 100.0, e));
    }
    None
}

/// A degree sign and scale after a figure at token `k` ("°C" of "41°C" or "37,3 °C", "ºF"): the
/// unit and the token after it.
fn degrees_after(tk: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    let t = tk.toks.get(k)?;
    let (scale, end) = match tk.sym(k) {
        '°' | 'º' => {
            let n = tk.toks.get(k + 1).filter(|n| !n.space)?;
            (&tk.text[n.start..n.end], k + 2)
        }
        // "(107.6 Fahrenheit)": the scale alone.
        _ if matches!(tk.norm(k), "fahrenheit") => return Some(("°F", k + 1)),
        _ if matches!(tk.norm(k), "celsius" | "centigrados") => return Some(("°C", k + 1)),
        // "40 degrees Celsius", "40 grados centígrados".
        _ if matches!(tk.norm(k), "degrees" | "grados") => {
            return match tk.norm(k + 1) {
                "celsius" | "centigrade" | "centigrados" => Some(("°C", k + 2)),
                "fahrenheit" => Some(("°F", k + 2)),
                _ => None,
            };
        }
        _ if t.kind == TK::Word => {
            let w = &tk.text[t.start..t.end];
            (w.strip_prefix(['°', 'º'])?, k + 1)
        }
        _ => return None,
    };
    match scale {
        "C" | "c" => Some(("°C", end)),
        "F" => Some(("°F", end)),
        _ => None,
    }
}

/// "per 1,000 inhabitants", "por cada 1.000 habitantes", "for every 10": (per value, end token).
fn per_after(tk: &Tokens, q: usize, ctx: &Ctx) -> Option<(f64, usize)> {
    let k = match (tk.norm(q), tk.norm(q + 1)) {
        ("per", _) | ("every", _) => q + 1,
        ("for", "every") | ("por", "cada") | ("de", "cada") | ("in", "every") => q + 2,
        ("cada", _) => q + 1,
        // "1,19 hijos por mujer": Spanish "por" is a rate only before a unit of reference
        // ("10 detenidos por robo" is a cause).
        ("por", w) if is_per_noun(w) => q + 1,
        // "7,1 por mil": per thousand, unless an amount follows ("por mil euros").
        ("por", "mil")
            if !matches!(tk.lex(q + 2), Some(Lex::Card(..)))
                && money::name_at(tk, q + 2).is_none() =>
        {
            q + 1
        }
        _ => return None,
    };
    // "200 litros por metro cuadrado", "per square metre": an area of one unit.
    let area = matches!(
        (tk.norm(k), tk.norm(k + 1)),
        ("metro" | "kilometro", "cuadrado") | ("square", "metre" | "meter" | "kilometre" | "mile")
    );
    if area {
        return Some((1.0, k + 2));
    }
    let Some(b) = scale::parse_at(tk, k, ctx.lang) else {
        // "1.19 children per woman", "12 deaths a day… per day": one of the unit.
        let single = tk.norm(q) != "every" && !matches!(tk.norm(k), "cent" | "ciento" | "mil");
        let unit = single
            && tk
                .toks
                .get(k)
                .is_some_and(|t| t.kind == TK::Word && t.space);
        return (unit && noun::after(tk, k, ctx.lang).is_some()).then_some((1.0, k + 1));
    };
    if b.ordinal || b.measure || b.value <= 0.0 {
        return None;
    }
    let mut end = b.t1;
    if let Some(_n) = noun::after(tk, end, ctx.lang) {
        end += 1;
    }
    Some((b.value, end))
}

/// Nouns that Spanish "por" turns into a unit of reference (folded): "hijos por mujer", "euros
/// por habitante", "casos por día".
static PER_NOUNS: Words = Words::new(concat!(
    "habitante|persona|mujer|hombre|hogar|familia|alumno|estudiante|paciente|trabajador|",
    "empleado|cabeza|capita|dia|semana|mes|ano|hora|minuto|kilometro|metro|litro|kilo|barril|",
));

/// Whether `w` is one of [`PER_NOUNS`].
fn is_per_noun(w: &str) -> bool {
    PER_NOUNS.contains(w)
}

/// "-year-old", "years old", "-month-old" after a figure: (unit, end token).
fn age_after(tk: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    let mut k = k;
    if tk.sym(k) == '-' {
        k += 1;
    }
    let unit = match tk.norm(k) {
        "year" | "years" => "years old",
        "month" | "months" => "months old",
        "week" | "weeks" => "weeks old",
        "day" | "days" => "days old",
        _ => return None,
    };
    k += 1;
    if tk.sym(k) == '-' {
        k += 1;
    }
    (tk.norm(k) == "old").then_some((unit, k + 1))
}

/// People an age is given of ("un hombre de 45 años", "the suspect, 42,").
static PERSONS: Words = Words::new(concat!(
    "hombre|mujer|joven|nino|nina|menor|anciano|anciana|chico|chica|adolescente|bebe|",
    "paciente|victima|conductor|conductora|estudiante|varon|muchacho|muchacha|senor|senora|",
    "sospechoso|suspect|victim|man|woman|driver|mother|father|son|daughter|wife|husband|boy|",
    "girl|resident|",
));

/// An age set off by commas after a name or a person ("Yusbelis Moreno, 34, said", "the
/// suspect, 42, was"): a whole number up to 115 between two commas, no figure after them.
fn apposed_age(tk: &Tokens, a: &Atom) -> Option<(&'static str, usize)> {
    let small = a.t1 == a.t0 + 1
        && a.scale == 1.0
        && tk.toks[a.t0]
            .lit
            .is_some_and(|l| l.plain && l.int_digits <= 3)
        && (1.0..=115.0).contains(&a.value);
    // "aged 45", "aged 65 or older", "aged 65 and over" ("aged 18 to 24" is a range).
    if small
        && a.t0 > 0
        && tk.norm(a.t0 - 1) == "aged"
        && tk.norm(a.t1) != "to"
        && tk.sym(a.t1) != '-'
    {
        return Some(("years old", a.t1));
    }
    if !small || a.t0 < 2 || tk.sym(a.t0 - 1) != ',' || tk.sym(a.t1) != ',' {
        return None;
    }
    let who = &tk.toks[a.t0 - 2];
    let person = who.kind == TK::Word
        && (who.upper && !who.line_start && tk.lex(a.t0 - 2).is_none()
            || PERSONS.contains(tk.norm(a.t0 - 2)));
    let figure_after = tk.toks.get(a.t1 + 1).is_some_and(|t| t.kind == TK::Num);
    // "In Texas, 34, in Ohio, 12": a place's tally.
    let place = a.t0 >= 3 && words!["in", "en", "at", "from", "de"].contains(tk.norm(a.t0 - 3));
    (person && !figure_after && !place).then_some(("years old", a.t1))
}

/// A Spanish age after the figure at tokens `t0..t1`: "45 años de edad", "un hombre de 45 años",
/// "la víctima, de 23 años," (not "condenado a 50 años", "un plazo de 5 años").
fn spanish_age(tk: &Tokens, t0: usize, t1: usize) -> Option<(&'static str, usize)> {
    let num = |k: usize| tk.toks.get(k).is_some_and(|t| t.kind == TK::Num);
    // "dos hombres de 34 y 41 años": the first age is in the second's years.
    let pair = tk.norm(t1) == "y" && num(t1 + 1) && tk.norm(t1 + 2) == "anos";
    if !pair && !matches!(tk.norm(t1), "anos" | "ano") {
        return None;
    }
    if tk.norm(t1 + 1) == "de" {
        return (tk.norm(t1 + 2) == "edad").then_some(("years old", t1 + 3));
    }
    let s = if t0 >= 3 && tk.norm(t0 - 1) == "y" && num(t0 - 2) {
        t0 - 2
    } else {
        t0
    };
    let of = s >= 2 && tk.norm(s - 1) == "de";
    // "hombres", "mujeres": a person's plural.
    let whom = |k: usize| tk.sym(k) == ',' || PERSONS.contains(&singular_cow(tk.norm(k)));
    (of && whom(s - 2)).then_some(("years old", t1 + usize::from(!pair)))
}

/// The first year of the decade `value` names: a year ending in 0 ("1990"), or with `clipped`,
/// the last two digits of one from the 1930s to the 1990s ("'80s", "los años 90").
fn decade_year(value: f64, clipped: bool) -> Option<f64> {
    if value.fract() != 0.0 || rem(value, 10.0) != 0.0 {
        return None;
    }
    match value {
        v if (1000.0..=2100.0).contains(&v) => Some(v),
        v if clipped && (30.0..=90.0).contains(&v) => Some(1900.0 + v),
        _ => None,
    }
}

/// Whether the figure at token `k` follows "los años" or "la década de (los)", naming a decade.
fn spanish_decade_before(tk: &Tokens, k: usize) -> bool {
    let w = |back: usize| k.checked_sub(back).map_or("", |j| tk.norm(j));
    (w(1) == "anos" && w(2) == "los")
        || (w(1) == "los" && w(2) == "de" && w(3) == "decada")
        || (matches!(w(1), "de" | "del") && w(2) == "decada")
}

/// Words after a multiplier ("twice as many", "three times the size", "cinco veces más", "el doble
/// de", "el triple que").
static MULTIPLIED: Words = Words::new(concat!(
    "as|the|that|what|its|their|his|her|more|higher|larger|bigger|greater|faster|lower|smaller|",
    "mas|mayor|superior|menor|el|la|lo|los|las|que|de|del|",
));

/// Whether the multiplier word at token `i` ("twice", "doble") multiplies what follows: in
/// English before a comparison ("twice as many", not "twice a year"), in Spanish after an article
/// ("el doble de", "más del triple.", not "un doble asesinato" or "el doble rasero").
fn multiplies(tk: &Tokens, i: usize, lang: &Lang) -> bool {
    match lang {
        Lang::En => compares(tk, i + 1),
        _ => {
            i > 0
                && matches!(tk.norm(i - 1), "el" | "del" | "al")
                && (tk.norm(i + 1).is_empty() || compares(tk, i + 1))
        }
    }
}

/// Whether token `k`, after a multiplier, is one of [`MULTIPLIED`]: "as" only before a word in
/// lowercase ("twice as many", not "scored twice as Inter won").
fn compares(tk: &Tokens, k: usize) -> bool {
    let w = tk.norm(k);
    MULTIPLIED.contains(w)
        && (w != "as"
            || tk
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TK::Word && !t.upper))
}

/// Determiners before a year used as an adjective ("the 2024 Olympics", "its 1998 constitution",
/// "Jamaica's 2024 GDP": the "s" of a possessive).
static DETERMINERS: Words = Words::new("the|a|an|its|their|his|her|this|that|s|el|la|los|las|");

/// People an age threshold is given of ("children under 15", "people over 60").
static AGE_GROUPS: Words = Words::new("children|people|adults|kids|those|women|men|patients|");

/// Words naming a street after its number ("10 Downing Street").
static STREETS: Words = Words::new("street|st|avenue|ave|road|rd|boulevard|lane|drive|");

fn classify(tk: &Tokens, a: &Atom, ctx: &Ctx) -> Option<Q> {
    let toks = &tk.toks;
    let first = &toks[a.t0];
    if a.ordinal {
        return Some(new_q(QuantityKind::Ordinal, a.value, a.t0, a.t1));
    }
    if a.measure {
        let mut q = new_q(QuantityKind::Other, a.value, a.t0, a.t1);
        // "-12C", "minus 12C": the measure is written after the digits, not the sign.
        let digits = toks[a.t0..a.t1]
            .iter()
            .find(|t| t.lit.is_some())
            .unwrap_or(first);
        if let Some(l) = digits.lit {
            let suffix = tk.text[l.end..digits.end].lowercase();
            // "the 1990s", "the '80s": a decade, named by its first year ("in her 80s" is an
            // age).
            let clipped = a.t0 > 0 && matches!(tk.sym(a.t0 - 1), '\'' | '’');
            if suffix == "s" {
                if let Some(year) = decade_year(a.value, clipped) {
                    q.q.kind = QuantityKind::Year;
                    q.q.value = Value::Number(year);
                    q.q.unit = Some("decade".to_string());
                    return Some(q);
                }
            }
            // "under-25s", "over-50s": an age group's label, no figure.
            if suffix == "s" && a.t0 > 0 && tk.sym(a.t0 - 1) == '-' {
                return None;
            }
            q.q.unit = Some(match suffix.as_str() {
                // "47.6C", "105F": degrees.
                "c" => "°C".to_string(),
                "f" => "°F".to_string(),
                _ => suffix,
            });
        }
        // "200km/h", "20m/s": a speed.
        if let Some((per, e)) = noun::per_unit(tk, a.t1) {
            if let Some(u) = &mut q.q.unit {
                u.push('/');
                u.push_str(per);
            }
            q.t1 = e;
        }
        return Some(q);
    }
    // "los años 90", "la década de los noventa", "la década de 1980": a decade.
    if a.t1 == a.t0 + 1 && a.per.is_none() && spanish_decade_before(tk, a.t0) {
        if let Some(year) = decade_year(a.value, true) {
            let mut q = new_q(QuantityKind::Year, year, a.t0, a.t1);
            q.q.unit = Some("decade".to_string());
            return Some(q);
        }
    }
    let range_end = a.t0 >= 2 && tk.sym(a.t0 - 1) == '-' && toks[a.t0 - 2].kind == TK::Num;
    // "41°C", "37,3 °C", "38 ºC", "40 degrees Celsius": a temperature (the high end of a range
    // too: `range::merge` joins "40-45 degrees Celsius").
    if let Some((unit, e)) = degrees_after(tk, a.t1) {
        let mut q = new_q(QuantityKind::Other, a.value, a.t0, e);
        q.q.unit = Some(unit.to_string());
        return Some(q);
    }
    // An age: "a 25-year-old man", "the 3-month-old program", "30 years old".
    let age = age_after(tk, a.t1)
        .or_else(|| spanish_age(tk, a.t0, a.t1))
        .or_else(|| apposed_age(tk, a));
    if let Some((unit, end)) = age.filter(|_| !range_end) {
        let mut q = new_q(QuantityKind::Other, a.value, a.t0, end);
        q.q.unit = Some(unit.to_string());
        return Some(q);
    }
    // An age threshold: "children under 15", "people over 60", "menores de 15 años".
    if a.t0 >= 2 && a.t1 == a.t0 + 1 && first.kind == TK::Num {
        let (h, w) = (tk.norm(a.t0 - 1), tk.norm(a.t0 - 2));
        let english = matches!(h, "under" | "over") && AGE_GROUPS.contains(w);
        let years = matches!(tk.norm(a.t1), "anos" | "years");
        let spanish = h == "de" && matches!(w, "menores" | "mayores") && years;
        if english || spanish {
            let mut q = new_q(
                QuantityKind::Other,
                a.value,
                a.t0,
                a.t1 + usize::from(years),
            );
            q.q.unit = Some("years old".to_string());
            return Some(q);
        }
    }
    // List numbering: "1. Introduction", "2) …" at the start of a line; inside one after a
    // colon, or after the item before it ("The priorities: 1. Inflation. 2. Jobs.").
    if first.kind == TK::Num && a.plain_digits > 0 && a.plain_digits <= 2 && a.t1 == a.t0 + 1 {
        let s = tk.sym(a.t1);
        let item = (s == '.' || s == ')')
            && toks
                .get(a.t1 + 1)
                .is_some_and(|n| n.kind == TK::Word && n.space);
        if item && (first.line_start || mid_line_item(tk, a.t0, a.value)) {
            return None;
        }
    }
    // "one" as a pronoun: "the one you mentioned", "which one".
    if matches!(ctx.lang, Lang::En)
        && a.t1 == a.t0 + 1
        && first.kind == TK::Word
        && tk.norm(a.t0) == "one"
    {
        if a.t0 > 0 && words_en::one_is_pronoun_after(tk.norm(a.t0 - 1)) {
            return None;
        }
        if matches!(tk.norm(a.t1), "another" | "anyone") {
            return None;
        }
        // "a one-off payment", "a one-sided match", "one-on-one talks": an idiom, not a count.
        if tk.sym(a.t1) == '-' && words_en::one_idiom_before(tk.norm(a.t1 + 1))
            || a.t0 >= 2 && tk.sym(a.t0 - 1) == '-' && tk.norm(a.t0 - 2) == "on"
        {
            return None;
        }
    }
    let mut value = a.value;
    // Percent.
    if let Some(e) = percent::after(tk, a.t1) {
        let mut q = new_q(QuantityKind::Percent, value, a.t0, e);
        let points = percent::points(tk, a.t1, e);
        q.q.unit = Some(if points { "pp" } else { "%" }.into());
        q.scale = a.scale;
        q.words = a.words;
        if let Some(p) = a.per {
            q.q.value = Value::Number(value / p);
        }
        return Some(q);
    }
    if let Some(s) = percent::before(tk, a.t0) {
        let mut q = new_q(QuantityKind::Percent, value, s, a.t1);
        q.q.unit = Some("%".into());
        return Some(q);
    }
    // Money.
    let before = money_before(tk, a.t0, ctx);
    // "in 2010 dollars", "en euros de 2015" is the other order: a year's money, not an amount.
    let year_money = a.plain_digits == 4
        && (1900.0..=2100.0).contains(&value)
        && a.t0 > 0
        && matches!(tk.norm(a.t0 - 1), "in" | "constant" | "real");
    if before.is_none() && year_money && money_after(tk, a.t1, a, ctx).is_some() {
        return Some(new_q(QuantityKind::Year, value, a.t0, a.t1));
    }
    let after = if before.is_none() && !year_money {
        money_after(tk, a.t1, a, ctx)
    } else {
        None
    };
    if before.is_some() || after.is_some() {
        let (code, t0, t1, mult, amb) = match (before, after) {
            (Some((c, s, m, amb)), _) => {
                // "US$ 150 millones", "$ 75 million of", "U$D 90".
                (c, s, a.t1, m, amb)
            }
            (None, Some((c, e, m, amb))) => (c, a.t0, e, m, amb),
            _ => unreachable!(),
        };
        // "9 billones 302 mil mdp": a code of millions multiplies the group below the Spanish
        // billions the words already gave, not them.
        value = if mult > 1.0 && value >= 1e12 {
            let low = value % 1e6;
            value - low + low * mult
        } else {
            value * mult
        };
        let (code, amb) = if code == "MXN" && peso::is_bare(tk, t0, t1) {
            let (c, unsure) = peso::at(tk, a.t0, ctx.pesos(tk));
            (c, amb || unsure)
        } else {
            (code, amb)
        };
        let mut t1 = t1;
        if !money::is_minor(code) && value.fract() == 0.0 && (a.scale == 1.0) {
            if let Some((c, e)) = cents_after(tk, t1, ctx) {
                value += c;
                t1 = e;
            }
        }
        let mut q = new_q(QuantityKind::Money, value, t0, t1);
        q.q.unit = Some(code.to_string());
        q.q.ambiguous = amb;
        q.scale = a.scale.max(mult);
        q.words = a.words;
        if let Some(p) = a.per {
            q.q.value = Value::Number(value / p);
        }
        return Some(q);
    }
    // "three times as many", "cinco veces más", "multiplicado por tres": a multiplier.
    let times = matches!(tk.norm(a.t1), "times" | "veces") && compares(tk, a.t1 + 1);
    if times
        || a.t0 >= 2 && tk.norm(a.t0 - 1) == "por" && tk.norm(a.t0 - 2).starts_with("multiplic")
    {
        let mut q = new_q(QuantityKind::Ratio, value, a.t0, a.t1 + usize::from(times));
        q.ratio = true;
        return Some(q);
    }
    // "one in five", "2000 over 3".
    if let Some(p) = a.per {
        let mut q = new_q(QuantityKind::Ratio, value, a.t0, a.t1);
        q.q.per = Some(p);
        q.ratio = true;
        return Some(q);
    }
    let unit = noun::after(tk, a.t1, ctx.lang);
    // Rates: "2.4 doctors per 1,000 inhabitants".
    let probe = if unit.is_some() { a.t1 + 1 } else { a.t1 };
    // "312 measles cases per 100,000 people", "78.6 casos de dengue por cada 100 mil habitantes":
    // a few more words of what is counted may come before a base stated in figures.
    let per = per_after(tk, probe, ctx).or_else(|| {
        (probe + 1..probe + 4)
            .take_while(|&k| {
                unit.is_some() && tk.toks.get(k - 1).is_some_and(|t| t.kind == TK::Word)
            })
            .find_map(|k| per_after(tk, k, ctx).filter(|&(p, _)| p > 1.0))
    });
    if let Some((p, e)) = per {
        let mut q = new_q(QuantityKind::Ratio, value, a.t0, e);
        q.q.per = Some(p);
        q.q.unit = unit;
        q.ratio = true;
        return Some(q);
    }
    // "2022-23", "2022/23": both ends of a span of years are years.
    if a.t0 == a.t1 - 1 && a.t0 >= 2 {
        if let Some(y) = dates::is_year(tk, a.t0 - 2).filter(|y| (1900.0..=2100.0).contains(y)) {
            if let Some(second) = dates::year_span(tk, a.t0 - 1, y) {
                return Some(new_q(QuantityKind::Year, second, a.t0, a.t1));
            }
        }
    }
    // Years.
    if a.plain_digits == 4 && (1000.0..=2200.0).contains(&value) && a.t0 == a.t1 - 1 {
        let prev = if a.t0 > 0 { tk.norm(a.t0 - 1) } else { "" };
        let next_is_end = match toks.get(a.t1) {
            None => true,
            Some(n) => n.kind == TK::Sym && !matches!(n.ch, '%' | '-' | '/' | '$' | '€' | '£'),
        };
        // "the 2024 Olympics", "its 1998 constitution": a year used as an adjective.
        let adjectival =
            DETERMINERS.contains(prev) && toks.get(a.t1).is_some_and(|n| n.kind == TK::Word);
        let recent = (1900.0..=2100.0).contains(&value);
        // "Ley Orgánica 4/1983": the year of a numbered law or decree.
        let after_slash = a.t0 > 0 && tk.sym(a.t0 - 1) == '/' && !toks[a.t0].space;
        // "between 2019 and 2023", "entre 2019 y 2023", "de 2019 a 2023": the second year.
        let second_year = words!["and", "y", "to", "a", "al", "until", "hasta"].contains(prev)
            && a.t0 >= 2
            && dates::is_year(tk, a.t0 - 2).is_some_and(|y| (1900.0..=2100.0).contains(&y));
        // "cerró 2023 en un 211 %": a recent year-like figure that counts no noun is a year.
        let counts_nothing = unit.is_none() && toks.get(a.t1).is_some_and(|n| n.kind == TK::Word);
        let span = recent && dates::year_span(tk, a.t1, value).is_some();
        // "on 2019 levels", "the 2024 budget", "in 2010 dollars": a year naming what follows.
        let names_next = recent && dates::names_a_year_of(tk.norm(a.t1));
        // "Q3 2025", "H1 2025": the year of a quarter or a half.
        let period = a.t0 > 0 && {
            let p = &toks[a.t0 - 1];
            p.kind == TK::Num && p.glue == Glue::Letter
        };
        if dates::year_context(prev)
            || after_slash
            || span
            || names_next
            || (recent && (next_is_end || adjectival || second_year || counts_nothing || period))
        {
            return Some(new_q(QuantityKind::Year, value, a.t0, a.t1));
        }
    }
    // "737 MAX", "A350-1000", "Boeing 737-800", "787-9": a model's number, not a count.
    if a.t1 == a.t0 + 1 && model_number(tk, a.t0, ctx.lang) {
        return None;
    }
    // "No. 10", "núm. 3": an identifier, not an amount; so is a street number.
    if a.t0 >= 2 && tk.sym(a.t0 - 1) == '.' && matches!(tk.norm(a.t0 - 2), "no" | "nos" | "num") {
        return None;
    }
    if a.plain_digits > 0 && street_number(tk, a.t1) {
        return None;
    }
    // "S&P 500", "Boeing 737", "Article 5": a bare number right after a name is part of it, unless
    // a counted noun follows ("UNICEF 300 children"; in English a singular noun is what the name
    // describes, "the Fortune 500 company").
    // Read last: the noun lookup costs more than the tests before it.
    let counts_a_noun = || {
        // "Windows 11 runs on", "the iPhone 16 sells for": a verb of the name's, not a noun.
        let verb_after = *ctx.lang == Lang::En
            && tk.norm(a.t1).ends_with('s')
            && words!["on", "for", "at", "with", "to", "from", "into", "like", "as"]
                .contains(tk.norm(a.t1 + 1));
        !verb_after
            && unit.as_deref().is_some_and(|u| {
                crate::lexicon::concept(u).is_some()
                    && (value == 1.0
                        || *ctx.lang != Lang::En
                        || singular_cow(u) != u
                        || is_label(tk.norm(a.t0 - 1)))
            })
            || words!["times", "veces", "more", "of", "de", "mas"].contains(tk.norm(a.t1))
    };
    if (1..=4).contains(&a.plain_digits)
        && after_a_name(tk, a.t0, ctx.lang)
        && !counts_a_noun()
        && !(ctx.counted && in_a_list_of_results(tk, a.t0, a.t1))
    {
        return None;
    }
    let mut q = new_q(QuantityKind::Count, value, a.t0, a.t1);
    q.q.unit = unit;
    q.scale = a.scale;
    q.words = a.words;
    Some(q)
}

/// Whether the plain number at token `k` is (part of) a model's number: after a hyphen, the
/// second half of one whose first half is glued to letters or follows a name ("A350-1000",
/// "Boeing 737-800"); three digits and a shorter number after a hyphen ("787-9": a range runs
/// upwards); or a number before a model word in capitals, or before capitals and a small number
/// ("737 MAX", "737 MAX 9"; "27 EU countries" counts).
fn model_number(tk: &Tokens, k: usize, lang: &Lang) -> bool {
    let toks = &tk.toks;
    let num = |j: usize| {
        toks.get(j)
            .filter(|t| t.kind == TK::Num && t.mult == 1.0)
            .and_then(|t| t.lit)
            .filter(|l| l.plain)
    };
    let digits = |j: usize| num(j).map_or(0, |l| l.int_digits);
    if digits(k) == 0 {
        return false;
    }
    let glued = |j: usize| toks.get(j).is_some_and(|t| !t.space);
    let hyphen = |j: usize| matches!(tk.sym(j), '-' | '–') && glued(j) && glued(j + 1);
    if k >= 2 && hyphen(k - 1) && digits(k - 2) > 0 {
        let first = &toks[k - 2];
        let named = first.glue == Glue::Letter || after_a_name(tk, k - 2, lang);
        if named || digits(k - 2) == 3 && digits(k) < 3 {
            return true;
        }
    }
    if digits(k) == 3 && hyphen(k + 1) && (1..3).contains(&digits(k + 2)) {
        return true;
    }
    let caps = toks.get(k + 1).is_some_and(|t| {
        t.kind == TK::Word
            && t.space
            && t.end - t.start >= 2
            && tk.text.as_bytes()[t.start..t.end]
                .iter()
                .all(u8::is_ascii_uppercase)
    });
    let small_after = toks.get(k + 2).is_some_and(|t| t.space) && (1..3).contains(&digits(k + 2));
    // Words that finish a model's name after its number ("737 MAX", "A330 NEO").
    caps && (matches!(tk.norm(k + 1), "max" | "neo" | "xlr" | "ultra") || small_after)
}

/// Whether token `k` follows a capitalized word that names something (not a month, a weekday, a
/// function word or a plural noun in a headline, "Doctors 950"; in Spanish not the verb that opens
/// a sentence, "Llegaron 100 personas").
fn after_a_name(tk: &Tokens, k: usize, lang: &Lang) -> bool {
    let Some(prev) = k.checked_sub(1).map(|p| &tk.toks[p]) else {
        return false;
    };
    let opens_sentence = k == 1
        || prev.line_start
        || matches!(
            tk.sym(k - 2),
            '.' | '!' | '?' | ':' | ';' | '¿' | '¡' | '"' | '“'
        );
    if opens_sentence && *lang == Lang::Es {
        return false;
    }
    let word = &tk.text[prev.start..prev.end];
    let norm = tk.norm(k - 1);
    // "iPhone 15", "eBay 2": a capital inside the word names a product too.
    let named = prev.upper || word.chars().skip(1).any(char::is_uppercase);
    prev.kind == TK::Word
        && named
        && tk.toks[k].space
        && dates::month(norm, true).is_none()
        && crate::time::weekday_name(norm, true).is_none()
        && !crate::lexicon::is_stopword(word)
        // "Another 92 died": a word of addition, which is no stopword only because it changes
        // what is counted.
        && !(opens_sentence && matches!(norm, "another" | "further"))
        // A plural noun opening a headline counts ("Doctors 950"); inside a sentence a
        // capitalized plural is a name ("Windows 11").
        && !(opens_sentence && norm.ends_with('s') && crate::lexicon::concept(word).is_some())
}

/// Whether the number at tokens `[t0, t1)`, after a name, is an item of a list whose counted noun
/// was given once: "Labour won 411 seats, the Conservatives 121 and the Lib Dems 72", "el PSOE
/// obtuvo 121 escaños y el PP 137, a 39 de la mayoría": a list mark before the name (and its
/// article), a list mark or the end after the number.
fn in_a_list_of_results(tk: &Tokens, t0: usize, t1: usize) -> bool {
    let ends = match tk.toks.get(t1) {
        None => true,
        Some(t) if t.kind == TK::Sym => matches!(t.ch, ',' | ';' | '.' | ')'),
        Some(_) => matches!(tk.norm(t1), "and" | "y"),
    };
    let mut k = t0;
    while k > 0 && t0 - k < 3 && tk.toks[k - 1].kind == TK::Word && tk.toks[k - 1].upper {
        k -= 1;
    }
    if k > 0 && words!["the", "el", "la", "los", "las"].contains(tk.norm(k - 1)) {
        k -= 1;
    }
    let opens = k > 0
        && (matches!(tk.sym(k - 1), ',' | ';' | ':') || matches!(tk.norm(k - 1), "and" | "y"));
    ends && opens && k < t0
}

/// Whether the number at tokens `[t0, t1)` is a street number: "10 Downing Street", "1600
/// Pennsylvania Avenue".
fn street_number(tk: &Tokens, t1: usize) -> bool {
    let street = |k: usize| {
        tk.toks
            .get(k)
            .is_some_and(|t| t.kind == TK::Word && t.upper)
            && STREETS.contains(tk.norm(k))
    };
    let name = |k: usize| {
        tk.toks
            .get(k)
            .is_some_and(|t| t.kind == TK::Word && t.upper)
    };
    name(t1) && (street(t1 + 1) || (name(t1 + 1) && street(t1 + 2)))
}
