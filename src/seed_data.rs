//! The seed corpus analysed at build time. `build.rs` parses the embedded seed articles and
//! extracts their claims with the engine, natively, and writes them as Rust statics
//! (`$OUT_DIR/seeds.rs`, records of the types below); the page turns those records back into
//! [`Document`]s and [`Claim`]s and only indexes them (`Corpus::add_with_claims`, which computes the
//! findings). So the first paint does not wait for the engine to parse five articles in freshly
//! compiled wasm, the records cost no deserializer, and the seeds are still the engine's own
//! analysis, redone at every build. `tests/web.rs` checks the result equals `seeds::corpus()`.

use crosscheck_engine::claims::{Claim, ClaimKind, Polarity, Qualifier, TimeRef};
use crosscheck_engine::document::{Furniture, Sentence, Span};
use crosscheck_engine::quantity::{Bound, DecimalMark, NumberContext, Value};
use crosscheck_engine::time::Date;
use crosscheck_engine::{Corpus, Document, Lang};

/// A string of a claim: a byte range of its document's text, or written out.
pub enum Text {
    /// `text[start..end]` of the document.
    At(usize, usize),
    /// Written out.
    Lit(&'static str),
}

/// A [`Document`] and its claims, as static data.
pub struct SeedDoc {
    pub id: &'static str,
    pub text: &'static str,
    pub title: &'static str,
    pub outlet: Option<&'static str>,
    pub byline: Option<&'static str>,
    pub url: Option<&'static str>,
    pub published: Option<Date>,
    pub lang: &'static str,
    pub number_lang: &'static str,
    pub decimal: DecimalMark,
    pub peso: Option<&'static str>,
    pub paragraphs: &'static [Span],
    pub sentences: &'static [Sentence],
    pub furniture: &'static [Furniture],
    pub claims: &'static [SeedClaim],
}

/// A [`Claim`] as static data.
pub struct SeedClaim {
    /// The claim's string fields, in the order of [`Words`], each followed by [`FIELD`]; an
    /// absent one is [`NONE`], the modifiers are separated by [`MODIFIER`]. One string rather than
    /// ten keeps the records free of pointers, which the wasm would carry as data that gzip barely
    /// compresses.
    pub words: &'static str,
    pub text: Text,
    pub quote: Text,
    pub start: usize,
    pub end: usize,
    pub kind: ClaimKind,
    pub value: Option<Value>,
    pub per: Option<f64>,
    pub bound: Bound,
    pub as_of: Option<Date>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub polarity: Option<Polarity>,
    pub checkworthiness: f64,
    pub qualifier: Option<Qualifier>,
    pub ambiguous: bool,
}

/// What follows each string field of [`SeedClaim::words`] (`build.rs` writes the same).
pub const FIELD: char = '\u{1f}';
/// An absent string field.
pub const NONE: &str = "\u{0}";
/// What separates the modifiers.
pub const MODIFIER: char = '\u{1e}';

/// A claim's string fields, as [`SeedClaim::words`] holds them.
struct Words {
    id: &'static str,
    unit: &'static str,
    measure: &'static str,
    time_text: &'static str,
    place: &'static str,
    attribution: &'static str,
    head: &'static str,
    modifiers: &'static str,
    scope_of: &'static str,
    topic: &'static str,
}

impl Words {
    fn of(words: &'static str) -> Words {
        let mut fields = words.split(FIELD);
        let mut next = || fields.next().unwrap_or(NONE);
        Words {
            id: next(),
            unit: next(),
            measure: next(),
            time_text: next(),
            place: next(),
            attribution: next(),
            head: next(),
            modifiers: next(),
            scope_of: next(),
            topic: next(),
        }
    }
}

// Generated from the seeds: which variants the records use, and how their numbers look, is theirs.
#[allow(unused_imports, clippy::all)]
mod generated {
    use super::Text::{At, Lit};
    use super::*;
    use crosscheck_engine::document::FurnitureKind;
    use crosscheck_engine::quantity::Value::{Number, Range};
    include!(concat!(env!("OUT_DIR"), "/seeds.rs"));
}

fn owned(s: Option<&'static str>) -> Option<String> {
    s.map(str::to_string)
}

/// An optional string field of [`SeedClaim::words`].
fn field(s: &str) -> Option<String> {
    (s != NONE).then(|| s.to_string())
}

impl SeedDoc {
    /// The document and its claims.
    pub fn to_parts(&self) -> (Document, Vec<Claim>) {
        let text = |t: &Text| match *t {
            Text::At(start, end) => self.text[start..end].to_string(),
            Text::Lit(s) => s.to_string(),
        };
        let claims = self
            .claims
            .iter()
            .map(|c| {
                let w = Words::of(c.words);
                Claim {
                    id: w.id.to_string(),
                    doc: self.id.to_string(),
                    text: text(&c.text),
                    quote: text(&c.quote),
                    start: c.start,
                    end: c.end,
                    kind: c.kind,
                    value: c.value,
                    unit: field(w.unit),
                    per: c.per,
                    bound: c.bound,
                    measure: w.measure.to_string(),
                    time: TimeRef {
                        as_of: c.as_of,
                        from: c.from,
                        to: c.to,
                        text: field(w.time_text),
                    },
                    place: field(w.place),
                    attribution: field(w.attribution),
                    polarity: c.polarity,
                    checkworthiness: c.checkworthiness,
                    head: field(w.head),
                    qualifier: c.qualifier,
                    ambiguous: c.ambiguous,
                    modifiers: w
                        .modifiers
                        .split_terminator(MODIFIER)
                        .map(str::to_string)
                        .collect(),
                    scope_of: field(w.scope_of),
                    topic: field(w.topic),
                }
            })
            .collect();
        let doc = Document {
            id: self.id.to_string(),
            text: self.text.to_string(),
            title: self.title.to_string(),
            outlet: owned(self.outlet),
            byline: owned(self.byline),
            url: owned(self.url),
            published: self.published,
            lang: Lang::from_code(self.lang),
            number: NumberContext {
                lang: Lang::from_code(self.number_lang),
                decimal: self.decimal,
                peso: self.peso,
            },
            paragraphs: self.paragraphs.to_vec(),
            sentences: self.sentences.to_vec(),
            furniture: self.furniture.to_vec(),
        };
        (doc, claims)
    }
}

/// The seed corpus from the records `build.rs` wrote: each document added with its claims, so the
/// findings are computed by the engine here, as when an article is added.
pub fn corpus() -> Corpus {
    let mut corpus = Corpus::new();
    for seed in generated::SEEDS {
        let (doc, claims) = seed.to_parts();
        corpus.add_with_claims(doc, claims);
    }
    corpus
}
