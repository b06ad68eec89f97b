//! The API's logic in plain Rust: checked inputs in, serializable views out. The wasm-bindgen layer
//! in `lib.rs` only converts values at the boundary, so everything here is tested natively.

use crate::offsets::utf8_to_utf16;
use crate::options::{check_text, AnalyzeOptions, MetaOptions};
use crosscheck_engine::analysis::DocumentSummary;
use crosscheck_engine::claims::Claim;
use crosscheck_engine::findings::Finding;
use crosscheck_engine::{seeds, Corpus, SCHEMA_VERSION};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A claim as JavaScript sees it: the contract's fields plus UTF-16 offsets of the quote.
#[derive(Debug, Serialize)]
pub struct JsClaim<'a> {
    /// The contract's claim (byte offsets in `start`/`end`).
    #[serde(flatten)]
    pub claim: &'a Claim,
    /// UTF-16 code-unit offset of the quote in the document's text (for `String.slice`).
    pub start16: usize,
    /// One past the quote's last UTF-16 code unit.
    pub end16: usize,
}

/// The whole analysis of a corpus, claims with UTF-16 offsets (`Corpus.toJSON()`).
#[derive(Debug, Serialize)]
pub struct JsAnalysis<'a> {
    /// The contract's version.
    pub schema_version: &'static str,
    /// Every document.
    pub documents: Vec<DocumentSummary>,
    /// Every claim.
    pub claims: Vec<JsClaim<'a>>,
    /// Every finding.
    pub findings: &'a [Finding],
}

/// What `analyze()` returns: one article, its claims, and the findings that involve it.
#[derive(Debug, Serialize)]
pub struct ArticleResult<'a> {
    /// The contract's version.
    pub schema_version: &'static str,
    /// The analysed article.
    pub document: DocumentSummary,
    /// The article's claims, then the other documents' claims the findings cite.
    pub claims: Vec<JsClaim<'a>>,
    /// Findings citing at least one of the article's claims.
    pub findings: Vec<&'a Finding>,
    /// The article, then every other document the findings cite (outlet and date for display).
    pub documents: Vec<DocumentSummary>,
}

/// Claims with their UTF-16 offsets, computed per document from its text.
pub fn js_claims<'a>(corpus: &Corpus, claims: &[&'a Claim]) -> Vec<JsClaim<'a>> {
    let mut by_doc: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        by_doc.entry(c.doc.as_str()).or_default().push(i);
    }
    let mut out: Vec<JsClaim<'a>> = claims
        .iter()
        .map(|&claim| JsClaim {
            claim,
            start16: 0,
            end16: 0,
        })
        .collect();
    for (doc, idx) in by_doc {
        let Some(doc) = corpus.document(doc) else {
            continue;
        };
        let offsets: Vec<usize> = idx
            .iter()
            .flat_map(|&i| [claims[i].start, claims[i].end])
            .collect();
        let units = utf8_to_utf16(&doc.text, &offsets);
        for (k, &i) in idx.iter().enumerate() {
            out[i].start16 = units[2 * k];
            out[i].end16 = units[2 * k + 1];
        }
    }
    out
}

thread_local! {
    static SEEDS: Corpus = seeds::corpus();
}

/// A corpus holding the seed articles (parsed once per thread, then cloned).
pub fn seed_corpus() -> Corpus {
    SEEDS.with(Corpus::clone)
}

/// A corpus with an id counter for documents added without one.
#[derive(Debug, Clone, Default)]
pub struct CorpusCore {
    /// The engine's corpus.
    pub corpus: Corpus,
    next: usize,
}

impl CorpusCore {
    /// An empty corpus, or one holding the seed articles.
    pub fn new(seeds: bool) -> Self {
        CorpusCore {
            corpus: if seeds { seed_corpus() } else { Corpus::new() },
            next: 0,
        }
    }

    /// Adds an article (replacing one with the same id); returns its summary.
    pub fn add(
        &mut self,
        text: Option<String>,
        meta: &MetaOptions,
    ) -> Result<DocumentSummary, String> {
        let text = check_text(text)?;
        let (id, meta) = meta.to_meta()?;
        let id = id.unwrap_or_else(|| self.fresh_id());
        Ok(DocumentSummary::of(self.corpus.add(&id, &text, &meta)))
    }

    /// Removes a document; returns whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        self.corpus.remove(id)
    }

    /// Every document's summary.
    pub fn documents(&self) -> Vec<DocumentSummary> {
        self.corpus
            .documents()
            .iter()
            .map(DocumentSummary::of)
            .collect()
    }

    /// Every claim, with UTF-16 offsets.
    pub fn claims(&self) -> Vec<JsClaim<'_>> {
        let all: Vec<&Claim> = self.corpus.claims().iter().collect();
        js_claims(&self.corpus, &all)
    }

    /// Every finding.
    pub fn findings(&self) -> &[Finding] {
        self.corpus.findings()
    }

    /// The analysis contract, claims with UTF-16 offsets.
    pub fn analysis(&self) -> JsAnalysis<'_> {
        JsAnalysis {
            schema_version: SCHEMA_VERSION,
            documents: self.documents(),
            claims: self.claims(),
            findings: self.findings(),
        }
    }

    fn fresh_id(&mut self) -> String {
        loop {
            self.next += 1;
            let id = format!("doc-{}", self.next);
            if self.corpus.document(&id).is_none() {
                return id;
            }
        }
    }
}

/// The corpus `analyze()` works in: the seeds when asked, plus the article.
pub fn analysis_corpus(
    text: Option<String>,
    options: &AnalyzeOptions,
) -> Result<(Corpus, String), String> {
    let text = check_text(text)?;
    let (id, meta) = options.meta.to_meta()?;
    let id = id.unwrap_or_else(|| "article".to_string());
    let mut corpus = if options.with_seeds.unwrap_or(false) {
        seed_corpus()
    } else {
        Corpus::new()
    };
    corpus.add(&id, &text, &meta);
    Ok((corpus, id))
}

/// The article's result from the corpus [`analysis_corpus`] built.
pub fn article_result<'a>(corpus: &'a Corpus, id: &str) -> Result<ArticleResult<'a>, String> {
    let doc = corpus
        .document(id)
        .ok_or_else(|| format!("document {id:?} is missing"))?;
    let own: HashSet<&str> = corpus
        .claims()
        .iter()
        .filter(|c| c.doc == id)
        .map(|c| c.id.as_str())
        .collect();
    let findings: Vec<&Finding> = corpus
        .findings()
        .iter()
        .filter(|f| f.claims.iter().any(|c| own.contains(c.as_str())))
        .collect();
    let cited: HashSet<&str> = findings
        .iter()
        .flat_map(|f| f.claims.iter().map(String::as_str))
        .collect();
    let mut claims: Vec<&Claim> = corpus.claims().iter().filter(|c| c.doc == id).collect();
    claims.extend(
        corpus
            .claims()
            .iter()
            .filter(|c| c.doc != id && cited.contains(c.id.as_str())),
    );
    let mut documents = vec![DocumentSummary::of(doc)];
    for d in corpus.documents() {
        if d.id != id && claims.iter().any(|c| c.doc == d.id) {
            documents.push(DocumentSummary::of(d));
        }
    }
    Ok(ArticleResult {
        schema_version: SCHEMA_VERSION,
        document: DocumentSummary::of(doc),
        claims: js_claims(corpus, &claims),
        findings,
        documents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_engine::findings::FindingKind;

    const CONTRADICTION: &str = "Mexico has 950 Cuban doctors, officials say\n\n\
        MEXICO CITY, 14 May 2024. There are 950 Cuban doctors already in Mexico, the health \
        ministry said on Tuesday, far fewer than earlier reports.";

    #[test]
    fn the_seed_corpus_has_a_conflict_between_two_documents() {
        let core = CorpusCore::new(true);
        assert_eq!(core.documents().len(), 5);
        let claims = core.corpus.claims();
        let doc_of = |id: &str| claims.iter().find(|c| c.id == id).map(|c| c.doc.clone());
        assert!(core.findings().iter().any(|f| {
            let docs: HashSet<_> = f.claims.iter().filter_map(|c| doc_of(c)).collect();
            f.kind == FindingKind::Conflict && docs.len() >= 2
        }));
    }

    #[test]
    fn utf16_offsets_slice_the_quote_in_javascript_terms() {
        let core = CorpusCore::new(true);
        for c in core.claims() {
            let doc = core.corpus.document(&c.claim.doc).unwrap();
            let units: Vec<u16> = doc.text.encode_utf16().collect();
            let quote = String::from_utf16(&units[c.start16..c.end16]).unwrap();
            assert_eq!(quote, c.claim.quote, "claim {}", c.claim.id);
        }
    }

    #[test]
    fn an_article_is_compared_with_the_seeds() {
        let options = AnalyzeOptions {
            with_seeds: Some(true),
            meta: MetaOptions {
                outlet: Some("Test Gazette".into()),
                ..MetaOptions::default()
            },
        };
        let (corpus, id) = analysis_corpus(Some(CONTRADICTION.into()), &options).unwrap();
        let result = article_result(&corpus, &id).unwrap();
        assert_eq!(result.document.id, "article");
        assert_eq!(result.document.outlet, "Test Gazette");
        assert!(!result.findings.is_empty(), "a finding against the seeds");
        let cited: HashSet<&str> = result.claims.iter().map(|c| c.claim.id.as_str()).collect();
        for f in &result.findings {
            assert!(f.claims.iter().all(|c| cited.contains(c.as_str())));
        }
        assert!(result.documents.len() >= 2);
        let alone = AnalyzeOptions::default();
        let (corpus, id) = analysis_corpus(Some(CONTRADICTION.into()), &alone).unwrap();
        let result = article_result(&corpus, &id).unwrap();
        assert!(result.claims.iter().all(|c| c.claim.doc == "article"));
    }

    #[test]
    fn documents_without_an_id_get_fresh_ones() {
        let mut core = CorpusCore::new(false);
        let a = core
            .add(Some("One doctor.".into()), &MetaOptions::default())
            .unwrap();
        let b = core
            .add(Some("Two doctors.".into()), &MetaOptions::default())
            .unwrap();
        assert_eq!((a.id.as_str(), b.id.as_str()), ("doc-1", "doc-2"));
        assert!(core.remove("doc-1"));
        assert!(!core.remove("doc-1"));
        assert_eq!(core.documents().len(), 1);
        assert!(core.add(Some("".into()), &MetaOptions::default()).is_err());
    }
}
