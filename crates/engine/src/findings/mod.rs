//! Findings: where claims from one or several documents agree, conflict, differ because time passed,
//! or fail to add up — each explained in one sentence and traceable to its claims.

use crate::claims::Claim;
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
    /// The measure the claims share.
    pub measure: String,
    /// The claim ids involved.
    pub claims: Vec<String>,
    /// One sentence a reader can check.
    pub explanation: String,
    /// How sure the engine is, 0..1.
    pub confidence: f64,
}

/// Every finding among `claims`.
pub fn detect(claims: &[Claim]) -> Vec<Finding> {
    let _ = claims;
    Vec::new()
}
