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

use crate::claims::{Claim, Polarity};
use conflict::Why;
use explain::{figure, source, Source};
use inconsistency::{Internal, Trouble};
use index::Relation;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// The measure the claims share.
    pub measure: String,
    /// The claim ids involved.
    pub claims: Vec<String>,
    /// One sentence a reader can check.
    pub explanation: String,
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
    let mut at: HashMap<(usize, FindingKind, u8), usize> = HashMap::new();
    for (n, c, r) in relations {
        let k = (*n, r.kind, why_tag(r.why));
        let slot = *at.entry(k).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
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

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn list(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        2 => format!("{} and {}", items[0], items[1]),
        _ => format!(
            "{} and {}",
            items[..items.len() - 1].join(", "),
            items[items.len() - 1]
        ),
    }
}

fn fig(e: &index::Entry) -> String {
    if e.family == key::Family::Money {
        explain::money(&e.claim, e.usd)
    } else {
        figure(&e.claim)
    }
}

fn cross_finding(
    index: &Index,
    n: usize,
    kind: FindingKind,
    partners: &[(usize, Why)],
    omitted: usize,
) -> (Finding, Vec<usize>) {
    let lead = index.entry(n);
    let src = |e: &index::Entry| source(&index.source(e.doc));
    let measure = explain::measure(&lead.claim);
    let why = partners[0].1;
    let more = if omitted > 0 {
        format!(" (and {omitted} more sources)")
    } else {
        String::new()
    };
    let others: Vec<&index::Entry> = partners.iter().map(|(p, _)| index.entry(*p)).collect();
    let mut order: Vec<&index::Entry> = Vec::new();
    let mut confidence;
    let explanation = match why {
        Why::Agree { .. } => {
            let copied: Vec<String> = partners
                .iter()
                .filter(|(_, w)| matches!(w, Why::Agree { copied: true }))
                .map(|(p, _)| src(index.entry(*p)))
                .collect();
            order.extend(others.iter().copied());
            order.push(lead);
            let mut names: Vec<String> = order.iter().map(|e| src(e)).collect();
            names.dedup();
            let mut s = if lead.family == key::Family::Statement {
                format!(
                    "{} agree that {} ({}){more}",
                    list(&names),
                    lead.claim.topic.as_deref().unwrap_or(&measure),
                    match lead.claim.polarity {
                        Some(Polarity::Denied) => "denied",
                        _ => "asserted",
                    }
                )
            } else {
                let figs: Vec<String> = order
                    .iter()
                    .map(|e| format!("{} in {}", fig(e), src(e)))
                    .collect();
                format!("Sources agree on {measure}: {}{more}", list(&figs))
            };
            if copied.len() == partners.len() {
                s.push_str(&format!("; {}", corroboration::COPY_NOTE));
                confidence = corroboration::COPIED;
            } else if !copied.is_empty() {
                s.push_str(&format!(
                    "; {} and {} share near-identical wording, so they are not independent",
                    src(lead),
                    list(&copied)
                ));
                confidence = (corroboration::INDEPENDENT + corroboration::COPIED) / 2.0;
            } else {
                confidence = corroboration::INDEPENDENT;
            }
            s
        }
        Why::Change { .. } => {
            order.extend(others.iter().copied());
            order.push(lead);
            crate::sort::sort_by_key(&mut order, |e| e.claim.time.to.or(e.claim.time.as_of));
            confidence = 0.7;
            let steps: Vec<String> = order
                .iter()
                .map(|e| {
                    let when = e
                        .claim
                        .time
                        .as_of
                        .map(explain::date)
                        .unwrap_or_else(|| "undated".to_string());
                    format!("{} on {when} ({})", fig(e), src(e))
                })
                .collect();
            let (first, last) = (order[0], order[order.len() - 1]);
            let dir = if last.number > first.number {
                "rose"
            } else {
                "fell"
            };
            format!(
                "{} {dir} over time: {}{more}",
                capitalized(&measure),
                steps.join(", then ")
            )
        }
        Why::Periods => {
            order.push(lead);
            order.extend(others.iter().copied());
            confidence = 0.6;
            let parts: Vec<String> = order
                .iter()
                .map(|e| format!("{} gives {} ({})", src(e), fig(e), explain::when(&e.claim)))
                .collect();
            format!(
                "{}{more}; the periods differ, so the figures are not directly comparable",
                list(&parts)
            )
        }
        Why::Meaning => {
            order.push(lead);
            order.extend(others.iter().copied());
            confidence = 0.7;
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    format!(
                        "{} gives {} as {} ({})",
                        src(e),
                        fig(e),
                        e.meaning.word(),
                        explain::measure(&e.claim)
                    )
                })
                .collect();
            format!(
                "The same number with incompatible meanings: {}{more}",
                list(&parts)
            )
        }
        Why::Assertion => {
            order.extend(others.iter().copied());
            order.push(lead);
            confidence = 0.6;
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    let verb = match e.claim.polarity {
                        Some(Polarity::Denied) => "denies",
                        _ => "asserts",
                    };
                    format!("{} {verb} it (“{}”)", src(e), e.claim.quote.trim())
                })
                .collect();
            format!(
                "On {}, {}{more}",
                lead.claim.topic.as_deref().unwrap_or(&measure),
                list(&parts)
            )
        }
        Why::StartYear => {
            order.extend(others.iter().copied());
            order.push(lead);
            confidence = 0.6;
            let parts: Vec<String> = order
                .iter()
                .map(|e| format!("{} dates it to {}", src(e), e.native.round()))
                .collect();
            format!(
                "Different start years for the same thing ({measure}): {}{more}",
                list(&parts)
            )
        }
        Why::EventDate => {
            order.extend(others.iter().copied());
            order.push(lead);
            confidence = 0.5;
            let parts: Vec<String> = order
                .iter()
                .map(|e| {
                    let day = e.claim.time.as_of.map(explain::date).unwrap_or_default();
                    format!("{} puts it on {day} (“{}”)", src(e), e.claim.quote.trim())
                })
                .collect();
            let same_words = order.windows(2).all(|w| {
                w[0].claim
                    .quote
                    .trim()
                    .eq_ignore_ascii_case(w[1].claim.quote.trim())
            });
            let note = if same_words {
                "; the same relative words, read on different publication dates, name different days"
            } else {
                ""
            };
            format!(
                "Different days for the same event ({measure}): {}{note}{more}",
                list(&parts)
            )
        }
        Why::Values => {
            order.extend(others.iter().copied());
            order.push(lead);
            confidence = 0.8;
            let parts: Vec<String> = order
                .iter()
                .map(|e| format!("{} gives {}", src(e), fig(e)))
                .collect();
            format!(
                "For {measure} at the same time, {}{more}; these cannot all be true",
                list(&parts)
            )
        }
    };
    if order.iter().any(|e| e.claim.ambiguous) {
        confidence *= 0.7;
    }
    let _ = kind;
    let mut docs: Vec<usize> = order.iter().map(|e| e.doc).collect();
    crate::sort::sort(&mut docs);
    docs.dedup();
    (
        Finding {
            id: String::new(),
            kind,
            measure,
            claims: order.iter().map(|e| e.claim.id.clone()).collect(),
            explanation: format!("{explanation}."),
            confidence,
        },
        docs,
    )
}

/// Explains one internal finding.
pub(crate) fn internal_finding(index: &Index, f: Internal) -> (Finding, Vec<usize>) {
    let es: Vec<&index::Entry> = f.entries.iter().map(|&i| index.entry(i)).collect();
    let s: Source = index.source(es[0].doc);
    let name = source(&s);
    let measure = explain::measure(&es[0].claim);
    let (explanation, confidence) =
        match f.trouble {
            Trouble::Dispute => (
                format!(
                    "In one sentence of {name}, {} gives {} and {} gives {} for {measure}",
                    explain::voice_in(&es[0].claim),
                    fig(es[0]),
                    explain::voice_in(&es[1].claim),
                    fig(es[1])
                ),
                0.75,
            ),
            Trouble::TwoValues => (
                format!(
                    "{name} gives two values for {measure}: {} and {}",
                    fig(es[0]),
                    fig(es[1])
                ),
                0.7,
            ),
            Trouble::Sum { expected } => (
                format!(
                    "{name} adds {} to {} but states a total of {}, whereas they add up to {}",
                    fig(es[0]),
                    fig(es[1]),
                    fig(es[2]),
                    explain::number(expected)
                ),
                0.75,
            ),
            Trouble::Parts { sum } => (
                format!(
                "{name} states a total of {} for {measure}, but the parts it lists ({}) sum to {}",
                fig(es[0]),
                es[1..].iter().map(|e| figure(&e.claim)).collect::<Vec<_>>().join(", "),
                explain::number(sum)
            ),
                0.7,
            ),
            Trouble::Rate { implied, table } => (
                format!(
                    "{name} gives {} as {}, implying {} {} per USD, far from the {} average of {}",
                    figure(&es[0].claim),
                    figure(&es[1].claim),
                    explain::number((implied * 100.0).round() / 100.0),
                    table.currency,
                    table.year,
                    explain::number(table.per_usd)
                ),
                0.65,
            ),
        };
    (
        Finding {
            id: String::new(),
            kind: f.kind,
            measure,
            claims: es.iter().map(|e| e.claim.id.clone()).collect(),
            explanation: format!("{explanation}."),
            confidence,
        },
        vec![es[0].doc],
    )
}
