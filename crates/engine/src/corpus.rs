//! A corpus: documents added and removed one at a time, with their claims and the findings across
//! them kept up to date.

use crate::analysis::{Analysis, DocumentSummary, SCHEMA_VERSION};
use crate::claims::{self, Claim};
use crate::document::{Document, DocumentMeta};
use crate::findings::{self, Finding};

/// Documents, their claims, and the findings across them.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    documents: Vec<Document>,
    claims: Vec<Claim>,
    findings: Vec<Finding>,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Self {
        Corpus::default()
    }

    /// Parses and adds an article, replacing any document with the same id; returns the document.
    pub fn add(&mut self, id: &str, text: &str, meta: &DocumentMeta) -> &Document {
        self.remove(id);
        let doc = Document::parse(id, text, meta);
        self.claims.extend(claims::extract(&doc));
        self.documents.push(doc);
        self.findings = findings::detect(&self.claims);
        self.documents.last().expect("just pushed")
    }

    /// Removes a document and its claims; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.documents.len();
        self.documents.retain(|d| d.id != id);
        if self.documents.len() == before {
            return false;
        }
        self.claims.retain(|c| c.doc != id);
        self.findings = findings::detect(&self.claims);
        true
    }

    /// The documents, in the order added.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// A document by id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Every claim.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// Every finding.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The analysis in the JSON contract's shape.
    pub fn analysis(&self) -> Analysis {
        Analysis {
            schema_version: SCHEMA_VERSION.to_string(),
            documents: self.documents.iter().map(DocumentSummary::of).collect(),
            claims: self.claims.clone(),
            findings: self.findings.clone(),
        }
    }
}
