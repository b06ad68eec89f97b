//! The analysis JSON contract (documented in `docs/analysis-json.md`): what the CLI prints, the JS API
//! returns and the page exports. Later versions may add fields but never rename them.

use crate::claims::Claim;
use crate::document::Document;
use crate::findings::Finding;
use serde::{Deserialize, Serialize};

/// Version of the JSON contract; bumped when a field changes meaning.
pub const SCHEMA_VERSION: &str = "1.0";

/// The whole analysis of a corpus: its documents, their claims, and the findings across them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: String,
    /// Every analysed document, in the order added.
    pub documents: Vec<DocumentSummary>,
    /// Every claim of every document.
    pub claims: Vec<Claim>,
    /// Conflicts, discrepancies, changes, corroborations and inconsistencies.
    pub findings: Vec<Finding>,
}

/// A document as the contract describes it (metadata only; the text stays with the caller).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    /// The file's base name, or a generated id for pasted text.
    pub id: String,
    /// The headline.
    pub title: String,
    /// The outlet (publisher), or an empty string when unknown.
    pub outlet: String,
    /// The byline's authors, when the text states them ("By Tom Reed, Health Reporter").
    #[serde(default)]
    pub byline: Option<String>,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Publication date as YYYY-MM-DD, when known.
    pub published: Option<String>,
    /// Language code: `en`, `es`, or another code (unsupported, numbers only).
    pub language: String,
    /// Whether the language is analysed beyond bare numbers.
    pub language_supported: bool,
}

impl DocumentSummary {
    /// The contract's view of a parsed document.
    pub fn of(doc: &Document) -> Self {
        DocumentSummary {
            id: doc.id.clone(),
            title: doc.title.clone(),
            outlet: doc.outlet.clone().unwrap_or_default(),
            byline: doc.byline.clone(),
            url: doc.url.clone(),
            published: doc.published.map(|d| d.to_string()),
            language: doc.lang.code().to_string(),
            language_supported: doc.lang.is_supported(),
        }
    }
}
