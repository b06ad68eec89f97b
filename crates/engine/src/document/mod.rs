//! Documents: an article's original text, with page furniture set aside, its paragraphs and
//! sentences, and its metadata (title, outlet, publication date, language, digit convention).
//! Every span is a UTF-8 byte range into the original text, so claims can be highlighted in place.

use crate::lang::Lang;
use crate::quantity::{self, NumberContext};
use crate::time::Date;
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A sentence of the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// Why a stretch of text was set aside as page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FurnitureKind {
    /// The headline line(s) and repeated headline.
    Title,
    /// Byline and timestamp ("By MBN Staff | … - Wed, 11/27/2024 - 09:46").
    Byline,
    /// Navigation trail ("Home > Health > Press Release").
    Navigation,
    /// Share, comment, newsletter and similar prompts.
    Prompt,
    /// Photo or image credit.
    Credit,
    /// Contact details (phone, e-mail, address).
    Contact,
    /// Related-content blocks ("You May Like", "Filed under").
    Related,
    /// A dateline or other line of the page's own metadata.
    Dateline,
}

/// A stretch of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: FurnitureKind,
}

/// What the caller knows about a text beyond the text itself (as a user adding an article would).
/// Every field is optional; a given field overrides what the engine detects.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// The headline.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Language or locale code ("en", "es", "es-MX").
    pub lang: Option<String>,
}

/// A parsed article.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The file's base name, or a generated id.
    pub id: String,
    /// The original text, unchanged.
    pub text: String,
    /// The headline (detected or given).
    pub title: String,
    /// The outlet (detected or given).
    pub outlet: Option<String>,
    /// The byline's authors, when stated.
    pub byline: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date (stated in the text, or given).
    pub published: Option<Date>,
    /// Detected or given language.
    pub lang: Lang,
    /// How the document's digits are written, decided from document-wide evidence.
    pub number: NumberContext,
    /// Paragraphs of the body, in order.
    pub paragraphs: Vec<Span>,
    /// Sentences of the body (furniture excluded), in order.
    pub sentences: Vec<Sentence>,
    /// Page furniture set aside, in order.
    pub furniture: Vec<Furniture>,
}

impl Document {
    /// Parses an article's text; `meta` overrides what the text says or does not say.
    pub fn parse(id: &str, text: &str, meta: &DocumentMeta) -> Document {
        let title = meta.title.clone().unwrap_or_else(|| {
            text.lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string()
        });
        let lang = meta
            .lang
            .as_deref()
            .map(Lang::from_code)
            .unwrap_or(Lang::En);
        let decimal = quantity::infer_decimal_mark(text, &lang, meta.lang.as_deref());
        Document {
            id: id.to_string(),
            text: text.to_string(),
            title,
            outlet: meta.outlet.clone(),
            byline: None,
            url: meta.url.clone(),
            published: meta.published,
            number: NumberContext {
                lang: lang.clone(),
                decimal,
            },
            lang,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            furniture: Vec::new(),
        }
    }

    /// The text of a span.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        &self.text[start..end]
    }
}
