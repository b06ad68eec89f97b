//! Claims: the checkable statements of a document — a quantity with what it measures, when, where
//! and who says so, or a non-numeric assertion about a measurable fact with its polarity.

mod anaphora;
mod context;
mod extract;
mod measure;
mod qualifier;
mod score;
mod share;
mod statements;
mod timing;
mod tokens;

pub use extract::extract;
pub(crate) use measure::state;

/// The measure of a percentage whose sentence names nothing it is a share of ("Hace un año
/// estaban al 27%"): such a figure is compared with nothing.
pub(crate) const UNNAMED_SHARE: &str = "share";

/// The place of figures said to hold for the whole country ("nationwide", "a nivel nacional").
pub const NATIONWIDE: &str = "nationwide";
/// The place of a figure "in the capital" when no city was named before it.
pub const CAPITAL: &str = "the capital";
pub(crate) use extract::START_WORDS;

use crate::quantity::{Bound, Value};
use crate::time::Date;
use serde::{Deserialize, Serialize};

/// What a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// How many of something.
    Count,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A ratio ("one in five").
    Ratio,
    /// A rate ("2.4 doctors per 1,000 inhabitants").
    Rate,
    /// A range of values.
    Range,
    /// When something happened or started.
    Date,
    /// A non-numeric assertion about a measurable fact.
    Statement,
}

/// Whether a statement asserts or denies its proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// The statement asserts it.
    Asserted,
    /// The statement denies it.
    Denied,
}

/// The time a claim refers to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRef {
    /// The date the figure holds at.
    pub as_of: Option<Date>,
    /// Start of the period it covers.
    pub from: Option<Date>,
    /// End of the period it covers.
    pub to: Option<Date>,
    /// The words that state the time, when the sentence states one.
    pub text: Option<String>,
}

/// One checkable claim (the JSON contract's `claims[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Unique within the corpus: `<doc>#<n>`.
    pub id: String,
    /// The document id.
    pub doc: String,
    /// The whole sentence.
    pub text: String,
    /// The figure as written.
    pub quote: String,
    /// UTF-8 byte offset of the quote in the document's original text.
    pub start: usize,
    /// One past the quote's last byte.
    pub end: usize,
    /// What it states.
    pub kind: ClaimKind,
    /// The number, `[low, high]` for a range, or null for a statement.
    pub value: Option<Value>,
    /// ISO 4217 code for money, `%` for percent, the counted noun for a count, else null.
    pub unit: Option<String>,
    /// The base of a rate (per 1,000 → 1000).
    pub per: Option<f64>,
    /// The hedge.
    pub bound: Bound,
    /// What is measured, normalized ("cuban doctors already in mexico").
    pub measure: String,
    /// When the figure holds.
    pub time: TimeRef,
    /// Where, when stated.
    pub place: Option<String>,
    /// Who says so, when stated.
    pub attribution: Option<String>,
    /// For statements: asserted or denied.
    pub polarity: Option<Polarity>,
    /// How worth checking it is, 0..1.
    pub checkworthiness: f64,
    /// Extension: the counted concept's canonical lexicon id ("doctor", "state"), when known.
    pub head: Option<String>,
    /// Extension: the qualifier that changes what the figure means (already, additional, target…).
    pub qualifier: Option<Qualifier>,
    /// Extension: true when the reading is uncertain (e.g. a bare `$` in a peso context).
    pub ambiguous: bool,
    /// Extension: folded modifiers of the counted noun that narrow it ("cuban", "family medicine").
    pub modifiers: Vec<String>,
    /// Extension: for a count that only scopes another figure of the same sentence ("199 doctors
    /// … across 11 states"), the id of that figure's claim.
    pub scope_of: Option<String>,
    /// Extension: for a statement, the measurable fact it is about ("productivity"), folded.
    pub topic: Option<String>,
}

/// A qualifier that changes what a figure means: "1,200 additional" is not "1,200 in total".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Already there / deployed / active (ya, actualmente).
    Already,
    /// An increment on top of what exists (additional, more, another, adicionales, otros).
    Additional,
    /// A total after something happens ("bringing the total to", "to 1,200").
    Total,
    /// A goal or plan not yet reached (target, goal, planned, meta).
    Target,
    /// Accumulated since a start ("since 1963", "in total over the years").
    Cumulative,
    /// An average (average, on average, promedio).
    Average,
    /// The size of a rise or fall, not the level reached ("fell by 26,000", "bajó en 26.000
    /// personas", "rose 150,000").
    Change,
}
