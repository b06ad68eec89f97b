//! Crosscheck's analysis engine: turns news articles into documents, the checkable claims in them,
//! and findings (where sources agree, conflict, or change their figures over time).
//!
//! Data flows one way: text → [`document`] (clean text, sentences, metadata) → [`quantity`] and
//! [`claims`] → [`findings`] → the [`analysis`] JSON contract. The engine has no web dependency: it is
//! tested natively, benchmarked, and shared by the `crosscheck` CLI, the Yew app and the JS API.

/// A [`lexicon::Words`] list of the given folded words, in a static of its own (`words!["of", "de"]`
/// is a `&Words` of "of|de|"): a literal `&[&str]` costs the wasm a pointer and a length per word,
/// and a `matches!` of strings a comparison per word at every call site.
macro_rules! words {
    ($($w:literal),+ $(,)?) => {{
        static WORDS: $crate::lexicon::Words =
            $crate::lexicon::Words::new(concat!($($w, "|"),+));
        &WORDS
    }};
}

pub mod analysis;
pub mod case;
pub mod claims;
pub mod corpus;
pub mod document;
pub mod export;
pub mod findings;
pub mod lang;
pub mod lexicon;
pub mod manifest;
pub mod quantity;
pub mod seeds;
pub mod sort;
pub mod time;

pub use analysis::{Analysis, SCHEMA_VERSION};
pub use corpus::Corpus;
pub use document::{Document, DocumentMeta};
pub use lang::Lang;
