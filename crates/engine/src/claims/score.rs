//! Check-worthiness: how much a claim is worth a fact-checker's time, from 0 to 1.

use crate::claims::{Claim, ClaimKind};
use crate::quantity::Bound;

/// Scores a claim from its kind, whether it says what it counts, who says it, and its size.
pub fn checkworthiness(claim: &Claim) -> f64 {
    let mut score: f64 = match claim.kind {
        ClaimKind::Money => 0.85,
        ClaimKind::Percent | ClaimKind::Rate | ClaimKind::Ratio => 0.8,
        ClaimKind::Count | ClaimKind::Range => 0.55,
        ClaimKind::Date => 0.6,
        ClaimKind::Statement => 0.6,
    };
    if claim.head.is_some() {
        score += 0.15;
    }
    if claim.attribution.is_some() {
        score += 0.1;
    }
    if claim.bound != Bound::Exact {
        score += 0.05;
    }
    if claim.qualifier.is_some() {
        score += 0.05;
    }
    if claim.scope_of.is_some() {
        score -= 0.2;
    }
    if let Some(v) = claim.value {
        if claim.kind == ClaimKind::Count && v.high() < 3.0 {
            score -= 0.3;
        }
    }
    score.clamp(0.0, 1.0)
}
