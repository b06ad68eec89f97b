//! Findings: where claims from one or several documents agree, conflict, differ because time passed,
//! or fail to add up — each explained in one sentence and traceable to its claims.
//!
//! [`Index`] does the work incrementally (see [`index`]); [`detect`] runs it over a list of claims.

pub mod change;
pub mod compare;
pub mod conflict;
pub mod corroboration;
pub mod explain;
pub mod inconsistency;
pub mod index;
pub mod key;
pub mod money;
pub mod reprint;
pub mod topic;

pub use index::{DocInfo, Index};

use crate::case::capitalized;
use crate::claims::{Claim, Polarity};
use conflict::Why;
use explain::{Lang, Source};
use inconsistency::{Internal, Trouble};
use index::Relation;
use serde::{Deserialize, Serialize};

/// What a finding says about its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Same measure, time and scope; incompatible values or assertions.
    Conflict,
    /// Same measure over different but overlapping periods or scopes; values far apart.
    Discrepancy,
    /// Same measure at different dates; values consistent with growth or decline.
    Change,
    /// Sources agree.
    Corroboration,
    /// An article's own figures do not add up.
    Inconsistency,
}

/// One finding (the JSON contract's `findings[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Unique within the analysis.
    pub id: String,
    /// What it says.
    pub kind: FindingKind,
    /// The measure the claims share, as the English explanation names it ("Cuban doctors, already,
    /// in Mexico").
    pub measure: String,
    /// The claim ids involved.
    pub claims: Vec<String>,
    /// One sentence a reader can check (English).
    pub explanation: String,
    /// The same sentence in Spanish, with the same sources, dates, figures and conversions. Empty
    /// only in data saved before it existed.
    #[serde(default)]
    pub explanation_es: String,
    /// The measure as the Spanish explanation names it ("médicos cubanos, ya presentes, en
    /// México"), for a Spanish interface. Empty only in data saved before it existed.
    #[serde(default)]
    pub measure_es: String,
    /// How sure the engine is, 0..1.
    pub confidence: f64,
}

/// Every finding among `claims` (documents in order of first appearance; each document's outlet is
/// unknown here, so explanations name document ids).
pub fn detect(claims: &[Claim]) -> Vec<Finding> {
    let mut order: Vec<&str> = Vec::new();
    for c in claims {
        if !order.contains(&c.doc.as_str()) {
            order.push(&c.doc);
        }
    }
    let mut index = Index::new();
    for doc in order {
        let mine: Vec<Claim> = claims.iter().filter(|c| c.doc == doc).cloned().collect();
        index.add(DocInfo::from_claims(doc, &mine), &mine);
    }
    index.findings().to_vec()
}

/// Most partner claims cited by one finding.
const MAX_PARTNERS: usize = 24;

fn why_tag(w: Why) -> u8 {
    match w {
        Why::Values => 0,
        Why::Meaning => 1,
        Why::Assertion => 2,
        Why::StartYear => 3,
        Why::EventDate => 7,
        Why::Near => 8,
        Why::Periods => 4,
        Why::Change { .. } => 5,
        Why::Agree { .. } => 6,
    }
}

/// A group of relations: the new entry, the finding kind and the reason's tag.
type GroupKey = (usize, FindingKind, u8);
/// What makes two groups the same finding: kind, tag, the lead's number, the partners' (doc, number).
type Signature = (FindingKind, u8, u64, Vec<(usize, u64)>);

/// Groups the cross-document relations of a new document into findings (with the slots of the
/// documents each cites).
pub(crate) fn group(
    index: &Index,
    relations: &[(usize, usize, Relation)],
) -> Vec<(Finding, Vec<usize>)> {
    // (new entry, kind, why tag) → partners with their relation.
    let mut groups: Vec<(GroupKey, Vec<(usize, Why)>)> = Vec::new();
    for (n, c, r) in relations {
        let k = (*n, r.kind, why_tag(r.why));
        // Few groups per addition: a search, not a hash table (whose code the wasm carries).
        let slot = match groups.iter().position(|(g, _)| *g == k) {
            Some(slot) => slot,
            None => {
                groups.push((k, Vec::new()));
                groups.len() - 1
            }
        };
        let partners = &mut groups[slot].1;
        let e = index.entry(*c);
        let dup = partners.iter().any(|(p, _)| {
            let pe = index.entry(*p);
            pe.doc == e.doc && compare::same_number(pe.native, e.native)
        });
        if !dup {
            partners.push((*c, r.why));
        }
    }
    let mut seen: Vec<Signature> = Vec::new();
    let mut money_leads: Vec<(usize, f64, u64)> = Vec::new();
    let mut out = Vec::new();
    for ((n, kind, tag), mut partners) in groups {
        if kind == FindingKind::Change {
            // Two figures of one article for one day from one voice ("15.800 casos, seguida
            // del Distrito Central, con 9.200") are parts, not one figure revised: neither is a
            // step. (Two voices disputing one figure are each a step.)
            let parts: Vec<bool> = partners
                .iter()
                .map(|(p, _)| {
                    let a = index.entry(*p);
                    partners.iter().any(|(q, _)| {
                        let b = index.entry(*q);
                        a.doc == b.doc
                            && a.claim.time.as_of == b.claim.time.as_of
                            && a.claim.attribution == b.claim.attribution
                            && !compare::same_number(a.native, b.native)
                    })
                })
                .collect();
            let mut part = parts.into_iter();
            partners.retain(|_| !part.next().unwrap_or(false));
            if partners.is_empty() {
                continue;
            }
        }
        let lead = index.entry(n);
        let mut sig: Vec<(usize, u64)> = partners
            .iter()
            .map(|(p, _)| {
                let e = index.entry(*p);
                (e.doc, e.native.to_bits())
            })
            .collect();
        crate::sort::sort(&mut sig);
        // A sum and its conversion ("2,019 million pesos (about 105 million dollars)"), or the
        // same sum repeated further down the article, make one finding against the same
        // partners, not one per mention: money leads are keyed by their document and their value
        // in dollars, to within 5%.
        let lead_key = if lead.family == key::Family::Money {
            let same_sum = money_leads.iter().find(|(doc, usd, _)| {
                *doc == lead.doc
                    && (usd - lead.number).abs() <= 0.05 * usd.abs().max(lead.number.abs())
            });
            match same_sum {
                Some((_, _, k)) => *k,
                None => {
                    let k = lead.number.to_bits();
                    money_leads.push((lead.doc, lead.number, k));
                    k
                }
            }
        } else {
            lead.native.to_bits()
        };
        let s = (kind, tag, lead_key, sig);
        if seen.contains(&s) {
            continue;
        }
        seen.push(s);
        // Most recent documents first when capping.
        crate::sort::sort_by_key(&mut partners, |(p, _)| {
            std::cmp::Reverse(index.entry(*p).doc)
        });
        let omitted = partners.len().saturating_sub(MAX_PARTNERS);
        partners.truncate(MAX_PARTNERS);
        crate::sort::sort_by_key(&mut partners, |(p, _)| (index.entry(*p).doc, *p));
        out.push(cross_finding(index, n, kind, &partners, omitted));
    }
    out
}

fn fig(e: &index::Entry, lang: Lang) -> String {
    if e.family == key::Family::Money {
        explain::money_in(&e.claim, e.usd, lang)
    } else {
        explain::figure_in(&e.claim, lang)
    }
}

/// A finding's sentence in every language, each ending with a full stop: `[English, Spanish]`.
fn sentences(text: impl Fn(Lang) -> String) -> [String; 2] {
    Lang::ALL.map(|lang| format!("{}.", text(lang)))
}

fn cross_finding(
    index: &Index,
    n: usize,
    kind: FindingKind,
    partners: &[(usize, Why)],
    omitted: usize,
) -> (Finding, Vec<usize>) {
    let lead = index.entry(n);
    let why = partners[0].1;
    let others: Vec<&index::Entry> = partners.iter().map(|(p, _)| index.entry(*p)).collect();
    let copied: Vec<&index::Entry> = partners
        .iter()
        .filter(|(_, w)| matches!(w, Why::Agree { copied: true }))
        .map(|(p, _)| index.entry(*p))
        .collect();
    // The evidence in the order the explanation cites it.
    let mut order: Vec<&index::Entry> = Vec::new();
    match why {
        Why::Periods | Why::Meaning => {
            order.push(lead);
            order.extend(others.iter().copied());
        }
        _ => {
            order.extend(others.iter().copied());
            order.push(lead);
        }
    }
    if matches!(why, Why::Change { .. }) {
        // A revision of one period's figure is ordered by publication.
        crate::sort::sort_by_key(&mut order, |e| {
            (e.claim.time.to.or(e.claim.time.as_of), e.published)
        });
    }
    let mut confidence = match why {
        Why::Agree { .. } if copied.len() == partners.len() => corroboration::COPIED,
        Why::Agree { .. } if !copied.is_empty() => {
            (corroboration::INDEPENDENT + corroboration::COPIED) / 2.0
        }
        Why::Agree { .. } => corroboration::INDEPENDENT,
        Why::Change { .. } | Why::Meaning => 0.7,
        Why::Periods | Why::Near | Why::Assertion | Why::StartYear => 0.6,
        Why::EventDate => 0.5,
        Why::Values => 0.8,
    };
    if order.iter().any(|e| e.claim.ambiguous) {
        confidence *= 0.7;
    }
    let all_copied = copied.len() == partners.len();
    let [explanation, explanation_es] = sentences(|lang| {
        cross_text(
            index,
            why,
            lead,
            &order,
            (&copied, all_copied),
            omitted,
            lang,
        )
    });
    let mut docs: Vec<usize> = order.iter().map(|e| e.doc).collect();
    crate::sort::sort(&mut docs);
    docs.dedup();
    (
        Finding {
            id: String::new(),
            kind,
            measure: measure_in(index, lead, &order, Lang::En),
            measure_es: measure_in(index, lead, &order, Lang::Es),
            claims: order.iter().map(|e| e.claim.id.clone()).collect(),
            explanation,
            explanation_es,
            confidence,
        },
        docs,
    )
}

/// A finding's measure in `lang`: the lead's, unless its article is in the other language, its
/// words could not be put in `lang`, and a cited claim is in `lang` ("people hospitalized", not
/// "personas hospitalizadas", in English).
fn measure_in(index: &Index, lead: &index::Entry, order: &[&index::Entry], lang: Lang) -> String {
    let named = explain::measure_in(&lead.claim, lang);
    let want = lang == Lang::Es;
    if index.spanish(lead.doc) == want || named != lead.claim.measure {
        return named;
    }
    match order.iter().find(|e| index.spanish(e.doc) == want) {
        Some(e) => explain::measure_in(&e.claim, lang),
        None => named,
    }
}

/// The sentence (without its full stop) of a cross-document finding in `lang`.
fn cross_text(
    index: &Index,
    why: Why,
    lead: &index::Entry,
    order: &[&index::Entry],
    (copied, all_copied): (&[&index::Entry], bool),
    omitted: usize,
    lang: Lang,
) -> String {
    let es = lang == Lang::Es;
    let src = |e: &index::Entry| explain::source_in(&index.source(e.doc), lang);
    let list = |items: &[String]| explain::list_in(items, lang);
    let measure = measure_in(index, lead, order, lang);
    let topic = || match &lead.claim.topic {
        Some(t) => explain::topic_in(t, lang),
        None => measure.clone(),
    };
    let more = match (omitted, lang) {
        (0, _) => String::new(),
        (n, Lang::En) => format!(" (and {n} more sources)"),
        (n, Lang::Es) => format!(" (y {n} fuentes más)"),
    };
    match why {
        Why::Agree { .. } => {
            let mut names: Vec<String> = order.iter().map(|e| src(e)).collect();
            names.dedup();
            let mut s = if lead.family == key::Family::Statement {
                let denied = lead.claim.polarity == Some(Polarity::Denied);
                if es {
                    let verb = if denied { "lo niegan" } else { "lo afirman" };
                    format!("{} coinciden sobre {}: {verb}{more}", list(&names), topic())
                } else {
                    let word = if denied { "denied" } else { "asserted" };
                    format!("{} agree that {} ({word}){more}", list(&names), topic())
                }
            } else {
                let figs: Vec<String> = order
                    .iter()
                    .map(|e| format!("{} {} {}", fig(e, lang), lang.pick("in", "en"), src(e)))
                    .collect();
                let lead_in = lang.pick("Sources agree on", "Las fuentes coinciden en");
                format!("{lead_in} {measure}: {}{more}", list(&figs))
            };
            if all_copied {
                let note = lang.pick(corroboration::COPY_NOTE, corroboration::COPY_NOTE_ES);
                s.push_str(&format!("; {note}"));
            } else if !copied.is_empty() {
                let names: Vec<String> = copied.iter().map(|e| src(e)).collect();
                let tail = lang.pick(
                    "share near-identical wording, so they are not independent",
                    "comparten una redacción casi idéntica, así que no son independientes",
                );
                s.push_str(&format!("; {} {tail}", list(&[src(lead), list(&names)])));
            }
            s
        }
        Why::Change { .. } => {
            // A revision of one period's figure: the sources' dates tell the order.
            let one_time = order
                .iter()
                .all(|e| e.claim.time.as_of == lead.claim.time.as_of);
            let steps: Vec<String> = order
                .iter()
                .map(|e| {
                    let day = e.claim.time.as_of.map(|d| explain::date_in(d, lang));
                    if one_time {
                        return format!("{} ({})", fig(e, lang), src(e));
                    }
                    match lang {
                        Lang::En => format!(
                            "{} on {} ({})",
                            fig(e, lang),
                            day.unwrap_or_else(|| "undated".to_string()),
                            src(e)
                        ),
                        Lang::Es => format!(
                            "{} {} ({})",
                            fig(e, lang),
                            day.map_or_else(|| "sin fecha".to_string(), |d| format!("el {d}")),
                            src(e)
                        ),
                    }
                })
                .collect();
            let (first, last) = (order[0], order[order.len() - 1]);
            let rose = last.number > first.number;
            match lang {
                Lang::En => format!(
                    "{} {} over time: {}{more}",
                    capitalized(&measure),
                    if rose { "rose" } else { "fell" },
                    steps.join(", then ")
                ),
                Lang::Es => format!(
                    "La cifra {} con el tiempo ({measure}): {}{more}",
                    if rose { "aumentó" } else { "disminuyó" },
                    steps.join("; después, ")
                ),
            }
        }
        Why::Periods => {
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    format!(
                        "{} {} {} ({})",
                        src(e),
                        lang.pick("gives", "da"),
                        fig(e, lang),
                        explain::when_in(&e.claim, lang)
                    )
                })
                .collect();
            let tail = lang.pick(
                "the periods differ, so the figures are not directly comparable",
                "los periodos difieren, así que las cifras no son directamente comparables",
            );
            format!("{}{more}; {tail}", list(&parts))
        }
        Why::Meaning => {
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    format!(
                        "{} {} {} {} {} ({})",
                        src(e),
                        lang.pick("gives", "da"),
                        fig(e, lang),
                        lang.pick("as", "como"),
                        e.meaning.word_in(lang),
                        explain::measure_in(&e.claim, lang)
                    )
                })
                .collect();
            let lead_in = lang.pick(
                "The same number with incompatible meanings",
                "El mismo número con significados incompatibles",
            );
            format!("{lead_in}: {}{more}", list(&parts))
        }
        Why::Assertion => {
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    let denied = e.claim.polarity == Some(Polarity::Denied);
                    let verb = match (lang, denied) {
                        (Lang::En, true) => "denies it",
                        (Lang::En, false) => "asserts it",
                        (Lang::Es, true) => "lo niega",
                        (Lang::Es, false) => "lo afirma",
                    };
                    format!("{} {verb} (“{}”)", src(e), e.claim.quote.trim())
                })
                .collect();
            format!(
                "{} {}, {}{more}",
                lang.pick("On", "Sobre"),
                topic(),
                list(&parts)
            )
        }
        Why::StartYear => {
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    format!(
                        "{} {} {}",
                        src(e),
                        lang.pick("dates it to", "lo sitúa en"),
                        e.native.round() as i64
                    )
                })
                .collect();
            let lead_in = lang.pick(
                "Different start years for the same thing",
                "Distintos años de inicio para lo mismo",
            );
            format!("{lead_in} ({measure}): {}{more}", list(&parts))
        }
        Why::EventDate => {
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    let day = e
                        .claim
                        .time
                        .as_of
                        .map(|d| explain::date_in(d, lang))
                        .unwrap_or_default();
                    format!(
                        "{} {} {day} (“{}”)",
                        src(e),
                        lang.pick("puts it on", "lo sitúa el"),
                        e.claim.quote.trim()
                    )
                })
                .collect();
            let same_words = order.windows(2).all(|w| {
                w[0].claim
                    .quote
                    .trim()
                    .eq_ignore_ascii_case(w[1].claim.quote.trim())
            });
            let note = match (same_words, lang) {
                (false, _) => "",
                (true, Lang::En) => {
                    "; the same relative words, read on different publication dates, name different days"
                }
                (true, Lang::Es) => {
                    "; las mismas palabras relativas, leídas en fechas de publicación distintas, designan días distintos"
                }
            };
            let lead_in = lang.pick(
                "Different days for the same event",
                "Días distintos para el mismo hecho",
            );
            format!("{lead_in} ({measure}): {}{note}{more}", list(&parts))
        }
        Why::Values | Why::Near => {
            // Who in each source gives the figure: police and organizers disputing a crowd, or
            // one voice quoted with two figures, is the finding itself.
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    let (s, f) = (src(e), fig(e, lang));
                    let voice = e
                        .claim
                        .attribution
                        .as_ref()
                        .map(|_| explain::voice_in_article(&e.claim, lang));
                    match (voice, lang) {
                        (Some(v), Lang::En) => format!("{s}, citing {v}, gives {f}"),
                        (Some(v), Lang::Es) => format!("{s} da, según {v}, {f}"),
                        (None, _) => format!("{s} {} {f}", lang.pick("gives", "da")),
                    }
                })
                .collect();
            let near = matches!(why, Why::Near);
            match (lang, near) {
                (Lang::En, false) => format!(
                    "For {measure} at the same time, {}{more}; these cannot all be true",
                    list(&parts)
                ),
                (Lang::Es, false) => format!(
                    "Para {measure} en el mismo momento, {}{more}; no pueden ser ciertas a la vez",
                    list(&parts)
                ),
                (Lang::En, true) => format!(
                    "For {measure}, {}{more}, days apart; the texts do not say whether the \
                     sources disagree or the figure changed in between",
                    list(&parts)
                ),
                (Lang::Es, true) => format!(
                    "Para {measure}, {}{more}, con días de diferencia; los textos no dicen si las \
                     fuentes discrepan o si la cifra cambió entretanto",
                    list(&parts)
                ),
            }
        }
    }
}

/// Explains one internal finding.
pub(crate) fn internal_finding(index: &Index, f: Internal) -> (Finding, Vec<usize>) {
    let es: Vec<&index::Entry> = f.entries.iter().map(|&i| index.entry(i)).collect();
    let s: Source = index.source(es[0].doc);
    let confidence = match f.trouble {
        Trouble::Dispute | Trouble::Sum { .. } => 0.75,
        Trouble::TwoValues | Trouble::Parts { .. } => 0.7,
        Trouble::Rate { .. } => 0.65,
    };
    let [explanation, explanation_es] = sentences(|lang| internal_text(&s, &es, f.trouble, lang));
    (
        Finding {
            id: String::new(),
            kind: f.kind,
            measure: explain::measure_in(&es[0].claim, Lang::En),
            measure_es: explain::measure_in(&es[0].claim, Lang::Es),
            claims: es.iter().map(|e| e.claim.id.clone()).collect(),
            explanation,
            explanation_es,
            confidence,
        },
        vec![es[0].doc],
    )
}

/// The sentence (without its full stop) of an internal finding in `lang`.
fn internal_text(s: &Source, es: &[&index::Entry], trouble: Trouble, lang: Lang) -> String {
    let name = explain::source_in(s, lang);
    let measure = explain::measure_in(&es[0].claim, lang);
    let num = |v: f64| explain::number_in(v, lang);
    match (trouble, lang) {
        (Trouble::Dispute, _) => {
            let (v0, v1) = (
                explain::voice_in_article(&es[0].claim, lang),
                explain::voice_in_article(&es[1].claim, lang),
            );
            let (f0, f1) = (fig(es[0], lang), fig(es[1], lang));
            let one = es[0].same_sentence(es[1]);
            match (lang, one) {
                (Lang::En, true) => format!(
                    "In one sentence of {name}, {v0} gives {f0} and {v1} gives {f1} for {measure}"
                ),
                (Lang::En, false) => format!(
                    "In {name}, {v0} gives {f0} and {v1} gives {f1} for {measure} on the same day"
                ),
                // "según" avoids agreeing a verb with a plural voice ("los organizadores").
                (Lang::Es, true) => format!(
                    "En una misma frase de {name}, la cifra para {measure} es {f0} según {v0} y {f1} según {v1}"
                ),
                (Lang::Es, false) => format!(
                    "En {name}, la cifra para {measure} del mismo día es {f0} según {v0} y {f1} según {v1}"
                ),
            }
        }
        (Trouble::TwoValues, Lang::En) => format!(
            "{name} gives two values for {measure}: {} and {}",
            fig(es[0], lang),
            fig(es[1], lang)
        ),
        (Trouble::TwoValues, Lang::Es) => format!(
            "{name} da dos valores para {measure}: {}",
            explain::list_in(&[fig(es[0], lang), fig(es[1], lang)], lang)
        ),
        (Trouble::Sum { expected }, Lang::En) => format!(
            "{name} adds {} to {} but states a total of {}, whereas they add up to {}",
            fig(es[0], lang),
            fig(es[1], lang),
            fig(es[2], lang),
            num(expected)
        ),
        (Trouble::Sum { expected }, Lang::Es) => format!(
            "{name} suma {} a {} y da un total de {}, cuando la suma es {}",
            fig(es[0], lang),
            fig(es[1], lang),
            fig(es[2], lang),
            num(expected)
        ),
        (Trouble::Parts { sum }, _) => {
            let parts = es[1..]
                .iter()
                .map(|e| explain::figure_in(&e.claim, lang))
                .collect::<Vec<_>>()
                .join(", ");
            match lang {
                Lang::En => format!(
                    "{name} states a total of {} for {measure}, but the parts it lists ({parts}) sum to {}",
                    fig(es[0], lang),
                    num(sum)
                ),
                Lang::Es => format!(
                    "{name} da un total de {} para {measure}, pero las partes que enumera ({parts}) suman {}",
                    fig(es[0], lang),
                    num(sum)
                ),
            }
        }
        (Trouble::Rate { implied, table }, _) => {
            let (f0, f1) = (
                explain::figure_in(&es[0].claim, lang),
                explain::figure_in(&es[1].claim, lang),
            );
            let implied = num((implied * 100.0).round() / 100.0);
            let avg = num(table.per_usd);
            let (cur, year) = (table.currency, table.year);
            match lang {
                Lang::En => format!(
                    "{name} gives {f0} as {f1}, implying {implied} {cur} per USD, far from the {year} average of {avg}"
                ),
                Lang::Es => format!(
                    "{name} da {f0} como equivalente de {f1}, lo que implica {implied} {cur} por USD, lejos de los {avg} del promedio de {year}"
                ),
            }
        }
    }
}
