//! A corpus: documents added and removed one at a time, with their claims and the findings across
//! them kept up to date.

use crate::analysis::{Analysis, DocumentSummary, SCHEMA_VERSION};
use crate::claims::{self, Claim};
use crate::document::{Document, DocumentMeta};
use crate::findings::{DocInfo, Finding, Index};

/// Documents, their claims, and the findings across them. Findings are kept up to date
/// incrementally: adding a document compares only its claims with claims filed under related
/// measure keys in documents about the same story; removing one drops the findings citing it.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    documents: Vec<Document>,
    claims: Vec<Claim>,
    index: Index,
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
        let new = claims::extract(&doc);
        self.index.add(DocInfo::of(&doc), &new);
        self.claims.extend(new);
        self.documents.push(doc);
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
        self.index.remove(id);
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
        self.index.findings()
    }

    /// Adds a document whose claims are already known (fixtures, or claims computed elsewhere),
    /// replacing any document with the same id; returns how many findings the addition produced.
    pub fn add_with_claims(&mut self, doc: Document, claims: Vec<Claim>) -> usize {
        self.remove(&doc.id);
        let produced = self.index.add(DocInfo::of(&doc), &claims);
        self.claims.extend(claims);
        self.documents.push(doc);
        produced
    }

    /// The analysis in the JSON contract's shape.
    pub fn analysis(&self) -> Analysis {
        Analysis {
            schema_version: SCHEMA_VERSION.to_string(),
            documents: self.documents.iter().map(DocumentSummary::of).collect(),
            claims: self.claims.clone(),
            findings: self.index.findings().to_vec(),
        }
    }
}
