//! Corroboration: sources that agree. Agreement between near-identical sentences (a reprint, the
//! same wire copy) is reported as not independent, with lower confidence.

use super::index::Entry;
use super::reprint;

/// Confidence of agreement between independent sources.
pub const INDEPENDENT: f64 = 0.85;
/// Confidence of agreement between copies of one text.
pub const COPIED: f64 = 0.45;

/// Whether the two claims' sentences are near-identical copies.
pub(crate) fn copied(a: &Entry, b: &Entry) -> bool {
    a.doc != b.doc && reprint::near_identical(&a.shingles, &b.shingles)
}

/// The note appended to a corroboration whose sources copy each other.
pub const COPY_NOTE: &str = "near-identical wording: likely the same source, so not independent";

/// [`COPY_NOTE`] in Spanish.
pub const COPY_NOTE_ES: &str =
    "redacción casi idéntica: probablemente la misma fuente, así que no son independientes";
