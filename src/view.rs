//! Presentation helpers shared by components: how to name a source, date a claim, order findings and
//! split a sentence around its figure. They only arrange what the engine computed.

use crate::i18n::{Msg, UiLang};
use crosscheck_engine::claims::{Claim, ClaimKind};
use crosscheck_engine::findings::{Finding, FindingKind};
use crosscheck_engine::time::Date;
use crosscheck_engine::{Corpus, Document};

/// A claim's status in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Cited by a conflict or an inconsistency.
    Conflict,
    /// Cited by a change or a discrepancy (compared, not contradicted).
    Compared,
    /// Cited by a corroboration.
    Corroborated,
    /// Cited by no finding.
    Unique,
}

impl Status {
    /// The CSS class modifier.
    pub fn class(self) -> &'static str {
        match self {
            Status::Conflict => "cc-st-conflict",
            Status::Compared => "cc-st-compared",
            Status::Corroborated => "cc-st-corroborated",
            Status::Unique => "cc-st-unique",
        }
    }

    /// The label in words.
    pub fn label(self, lang: UiLang) -> &'static str {
        lang.t(match self {
            Status::Conflict => Msg::StatusConflict,
            Status::Compared => Msg::StatusCompared,
            Status::Corroborated => Msg::StatusCorroborated,
            Status::Unique => Msg::StatusUnique,
        })
    }
}

/// The status of claim `id` given the findings that count (dismissed ones excluded by the caller).
pub fn status<'a>(id: &str, findings: impl Iterator<Item = &'a Finding>) -> Status {
    let mut st = Status::Unique;
    for f in findings.filter(|f| f.claims.iter().any(|c| c == id)) {
        let s = match f.kind {
            FindingKind::Conflict | FindingKind::Inconsistency => Status::Conflict,
            FindingKind::Corroboration => Status::Corroborated,
            FindingKind::Change | FindingKind::Discrepancy => Status::Compared,
        };
        st = match (st, s) {
            (Status::Conflict, _) | (_, Status::Conflict) => Status::Conflict,
            (Status::Corroborated, _) | (_, Status::Corroborated) => Status::Corroborated,
            _ => s,
        };
    }
    st
}

/// How urgent a kind is on the board (lower first).
pub fn kind_rank(kind: FindingKind) -> u8 {
    match kind {
        FindingKind::Conflict => 0,
        FindingKind::Inconsistency => 1,
        FindingKind::Discrepancy => 2,
        FindingKind::Change => 3,
        FindingKind::Corroboration => 4,
    }
}

/// Every finding kind, in board order.
pub const KINDS: [FindingKind; 5] = [
    FindingKind::Conflict,
    FindingKind::Inconsistency,
    FindingKind::Discrepancy,
    FindingKind::Change,
    FindingKind::Corroboration,
];

/// The kind's CSS class modifier.
pub fn kind_class(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Conflict => "cc-k-conflict",
        FindingKind::Inconsistency => "cc-k-inconsistency",
        FindingKind::Discrepancy => "cc-k-discrepancy",
        FindingKind::Change => "cc-k-change",
        FindingKind::Corroboration => "cc-k-corroboration",
    }
}

/// The kind's id in the JSON contract (`conflict`, …).
pub fn kind_code(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Conflict => "conflict",
        FindingKind::Inconsistency => "inconsistency",
        FindingKind::Discrepancy => "discrepancy",
        FindingKind::Change => "change",
        FindingKind::Corroboration => "corroboration",
    }
}

/// Findings sorted most important first: conflicts and inconsistencies, then by confidence.
pub fn ordered(findings: &[Finding]) -> Vec<&Finding> {
    let mut v: Vec<&Finding> = findings.iter().collect();
    sort_by(&mut v, |a, b| {
        kind_rank(a.kind).cmp(&kind_rank(b.kind)).then(
            b.confidence
                .partial_cmp(&a.confidence)
                .unwrap_or(std::cmp::Ordering::Equal),
        )
    });
    v
}

/// A finding's explanation in the interface language, with the language it is written in: the
/// Spanish sentence when the interface is Spanish (the English one for a finding made before
/// Spanish explanations existed).
pub fn explanation(f: &Finding, lang: UiLang) -> (&str, UiLang) {
    match lang {
        UiLang::Es if !f.explanation_es.trim().is_empty() => (&f.explanation_es, UiLang::Es),
        _ => (&f.explanation, UiLang::En),
    }
}

/// A finding's measure in the interface language (the English one when no Spanish was made).
pub fn measure(f: &Finding, lang: UiLang) -> &str {
    match lang {
        UiLang::Es if !f.measure_es.trim().is_empty() => &f.measure_es,
        _ => &f.measure,
    }
}

/// The app sorts through the engine's one sort too (`crosscheck_engine::sort`: one copy of the
/// standard library's sort in the wasm instead of one per element type and comparison).
pub use crosscheck_engine::sort::{sort, sort_by};

/// A claim by id.
pub fn claim<'a>(corpus: &'a Corpus, id: &str) -> Option<&'a Claim> {
    corpus.claims().iter().find(|c| c.id == id)
}

/// A document's outlet, or "Unknown outlet".
pub fn outlet(doc: Option<&Document>, lang: UiLang) -> String {
    doc.and_then(|d| d.outlet.clone())
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| lang.t(Msg::UnknownOutlet).to_string())
}

/// The date a claim's figure holds at: its stated time, else its document's date.
pub fn claim_date(claim: &Claim, doc: Option<&Document>) -> Option<Date> {
    claim
        .time
        .as_of
        .or(claim.time.to)
        .or(claim.time.from)
        .or(doc.and_then(|d| d.published))
}

/// Whether a claim has a number a chart can place.
pub fn is_numeric(claim: &Claim) -> bool {
    claim.value.is_some() && !matches!(claim.kind, ClaimKind::Date | ClaimKind::Statement)
}

/// The sentence a claim is in, split as (before, figure, after), sliced from the document's text
/// by the claim's byte offsets.
pub fn sentence_parts(claim: &Claim, doc: Option<&Document>) -> (String, String, String) {
    if let Some(doc) = doc {
        let sentence = doc
            .sentences
            .iter()
            .find(|s| s.start <= claim.start && claim.end <= s.end);
        let (s, e) = sentence
            .map(|s| (s.start, s.end))
            .unwrap_or((claim.start, claim.end));
        if let (Some(a), Some(b), Some(c)) = (
            doc.text.get(s..claim.start),
            doc.text.get(claim.start..claim.end),
            doc.text.get(claim.end..e),
        ) {
            return (a.to_string(), b.to_string(), c.to_string());
        }
    }
    match claim.text.find(&claim.quote) {
        Some(i) => (
            claim.text[..i].to_string(),
            claim.quote.clone(),
            claim.text[i + claim.quote.len()..].to_string(),
        ),
        None => (claim.text.clone(), String::new(), String::new()),
    }
}

/// An element id safe for `id=` and `#` links.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let mut out = String::from(prefix);
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else {
            out.push('-');
        }
    }
    out
}

/// "1 source" / "2 sources".
pub fn sources(lang: UiLang, n: usize) -> String {
    if n == 1 {
        lang.t(Msg::OneSource).to_string()
    } else {
        lang.f(Msg::NSources, &[&n.to_string()])
    }
}

/// A `class` attribute's value: the non-empty names, space-separated. Yew's `classes!` builds an
/// ordered hash set for each element, which costs the page's wasm more than a joined string.
pub fn class_list(names: &[&str]) -> String {
    let mut out = String::new();
    for name in names.iter().filter(|n| !n.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(name);
    }
    out
}

/// `name` when `on`, otherwise nothing (for [`class_list`]).
pub fn when(on: bool, name: &str) -> &str {
    if on {
        name
    } else {
        ""
    }
}
