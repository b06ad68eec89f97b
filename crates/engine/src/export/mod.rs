//! Exports of an analysis in standard formats: the analysis JSON with the reader's judgements
//! ([`analysis_json`]), claims as CSV ([`csv`]) and annotations as W3C Web Annotation JSON-LD
//! ([`annotations`]). Pure functions of a corpus; the caller writes the files.

pub mod annotations;
pub mod csv;

use crate::analysis::Analysis;
use crate::findings::{Finding, FindingKind};
use serde::{Deserialize, Serialize};

/// A reader's judgement on the analysis, kept with their data and included in exports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Judgement {
    /// The reader says a finding is wrong ("not a conflict"); it is identified by its kind and
    /// claims, which stay stable when other documents are added or removed.
    DismissFinding {
        /// The finding's kind.
        kind: FindingKind,
        /// The finding's claim ids, in order.
        claims: Vec<String>,
    },
    /// The reader corrects what the engine read for a claim.
    CorrectClaim {
        /// The claim id.
        claim: String,
        /// The correct value, when the value was wrong.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<f64>,
        /// The correct measure, when the measure was wrong.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        measure: Option<String>,
    },
}

impl Judgement {
    /// Whether this judgement dismisses `finding`.
    pub fn dismisses(&self, finding: &Finding) -> bool {
        matches!(self, Judgement::DismissFinding { kind, claims }
            if *kind == finding.kind && *claims == finding.claims)
    }

    /// The correction of claim `id`, if this judgement is one: (value, measure).
    pub fn correction_of(&self, id: &str) -> Option<(Option<f64>, Option<&str>)> {
        match self {
            Judgement::CorrectClaim {
                claim,
                value,
                measure,
            } if claim == id => Some((*value, measure.as_deref())),
            _ => None,
        }
    }
}

/// Whether any judgement dismisses `finding`.
pub fn is_dismissed(judgements: &[Judgement], finding: &Finding) -> bool {
    judgements.iter().any(|j| j.dismisses(finding))
}

/// The correction of a claim, if the reader made one: (value, measure).
pub fn correction<'a>(
    judgements: &'a [Judgement],
    claim: &str,
) -> Option<(Option<f64>, Option<&'a str>)> {
    judgements.iter().rev().find_map(|j| j.correction_of(claim))
}

/// The analysis JSON (`docs/analysis-json.md`) with a `judgements` array added, pretty-printed.
/// Dismissed findings stay in `findings`; each one's judgement names it by kind and claims and,
/// when it is still in the analysis, by its current `finding` id.
pub fn analysis_json(analysis: &Analysis, judgements: &[Judgement]) -> String {
    let mut value = serde_json::to_value(analysis).unwrap_or(serde_json::Value::Null);
    let list: Vec<serde_json::Value> = judgements
        .iter()
        .map(|j| {
            let mut v = serde_json::to_value(j).unwrap_or(serde_json::Value::Null);
            if let (Some(obj), Judgement::DismissFinding { .. }) = (v.as_object_mut(), j) {
                if let Some(f) = analysis.findings.iter().find(|f| j.dismisses(f)) {
                    obj.insert("finding".into(), serde_json::Value::String(f.id.clone()));
                }
            }
            v
        })
        .collect();
    if let Some(obj) = value.as_object_mut() {
        obj.insert("judgements".into(), serde_json::Value::Array(list));
    }
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}
