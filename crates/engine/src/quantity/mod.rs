//! Quantities in running text, English and Spanish: numbers in either digit convention, number
//! words and scale words, money with its currency, percentages, ratios and rates, ranges, years,
//! dates and times, each with its hedge (bound) and exact byte span.
//!
//! Spans: `start`/`end` cover the figure together with its currency sign or name, its percent
//! sign, its range words ("between … and …") and the hedge right before it ("more than 300
//! people" → "more than 300"); `text` is exactly `text[start..end]`. The counted noun is reported
//! in `unit` but is not part of the span.
//!
//! Pipeline: [`scan`] tokenizes (masking URLs, e-mails, phone numbers), [`dates`] claims dates
//! and times, [`scale`] reads each number phrase, then the number is classified (percent, money,
//! ratio, year, ordinal, count), [`vague`] reads vague magnitudes, [`range`] joins ranges and
//! [`bound`] attaches hedges.

mod bound;
mod classify;
mod dates;
mod decimal;
mod digits;
mod lexicon;
mod mark;
mod mention;
mod money;
mod noun;
mod percent;
mod peso;
mod phrases;
mod range;
mod scale;
mod scan;
mod vague;
mod words_en;
mod words_es;

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// What a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuantityKind {
    /// A plain count or amount ("199 teachers", "half a million").
    Count,
    /// An amount of money ("US$4.5 million", "4,125 millones de pesos").
    Money,
    /// A percentage ("12%", "doce por ciento").
    Percent,
    /// A ratio or rate ("2.4 doctors per 1,000 inhabitants", "one in five").
    Ratio,
    /// A range ("between 200,000 and 500,000", "55-78 years").
    Range,
    /// A calendar date ("13 May 2024", "last Friday").
    Date,
    /// A year on its own ("since 2002").
    Year,
    /// A time of day ("09:46").
    Time,
    /// An ordinal ("third", "21st").
    Ordinal,
    /// Anything else numeric (phone numbers are not reported at all).
    Other,
}

/// How the stated figure relates to the true value (the hedge).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// As stated.
    Exact,
    /// About, approximately, some, nearly, almost, casi, alrededor de, unos.
    Approx,
    /// Over, more than, exceeding, más de.
    Over,
    /// At least, al menos.
    AtLeast,
    /// Under, less than, menos de.
    Under,
    /// Up to, at most, hasta.
    AtMost,
    /// Between two values.
    Range,
}

/// A quantity's value: one number or an inclusive range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// A single number.
    Number(f64),
    /// `[low, high]`.
    Range(f64, f64),
}

impl Value {
    /// The low end (the number itself for a single value).
    pub fn low(self) -> f64 {
        match self {
            Value::Number(v) => v,
            Value::Range(lo, _) => lo,
        }
    }

    /// The high end (the number itself for a single value).
    pub fn high(self) -> f64 {
        match self {
            Value::Number(v) => v,
            Value::Range(_, hi) => hi,
        }
    }
}

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The quantity as written (hedge words included when they are part of the span).
    pub text: String,
    /// UTF-8 byte offset of the first byte in the searched text.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte (exclusive).
    pub end: usize,
    /// What it is.
    pub kind: QuantityKind,
    /// The normalized value (a year's value is the year; a date's is its year). A count or an
    /// amount of money with a range value is a vague magnitude ([`Quantity::is_vague`]).
    pub value: Value,
    /// ISO 4217 code for money, `%` for percent, the counted noun for a count when it follows.
    pub unit: Option<String>,
    /// The hedge.
    pub bound: Bound,
    /// The base of a rate ("per 1,000" → 1000).
    pub per: Option<f64>,
    /// True when the reading is uncertain, e.g. a bare `$` in a peso context.
    pub ambiguous: bool,
}

impl Quantity {
    /// Whether the quantity is a vague magnitude ("hundreds of people", "miles de millones de
    /// pesos"): a count or amount known only as the range of values its words admit, no figure.
    pub fn is_vague(&self) -> bool {
        matches!(self.value, Value::Range(..))
            && matches!(self.kind, QuantityKind::Count | QuantityKind::Money)
    }
}

/// Which character separates decimals in a text's digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DecimalMark {
    /// `2.4`, `1,200` (English, Mexico, US-influenced Spanish).
    Point,
    /// `2,4`, `1.200` (Spain and most of Latin America).
    Comma,
}

/// How to read a text's numbers: its language and decimal mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberContext {
    /// The language of number words and hedges.
    pub lang: Lang,
    /// The digit convention.
    pub decimal: DecimalMark,
    /// The peso the whole document means (ISO code), when it names one country most
    /// ([`document_peso`]); a text's own sentence still wins.
    pub peso: Option<&'static str>,
}

impl NumberContext {
    /// English with a decimal point.
    pub fn english() -> Self {
        NumberContext {
            lang: Lang::En,
            decimal: DecimalMark::Point,
            peso: None,
        }
    }
}

/// The peso a whole document means: the peso country it names most, when one clearly leads, else
/// the one its locale implies ("es-MX" → MXN, "es-AR" → ARS).
pub fn document_peso(text: &str, locale: Option<&str>) -> Option<&'static str> {
    peso::document(text)
        .leading
        .or_else(|| peso::of_locale(locale?))
}

pub use classify::YEAR_UNSTATED;
pub use decimal::{format_decimal, parse_decimal};
pub use mention::{mentions, Mention};
pub use noun::is_measure_unit;
pub(crate) use peso::{of_locale as peso_of_locale, PesoWords, Pesos};
pub(crate) use range::is_change_verb;

/// Whether a normalized word is a scale word of the language ("million", "millones", "mil",
/// "thousands", "docenas"): a count's noun can follow it with "of"/"de" ("2 millones de personas").
pub(crate) fn is_scale_word(word: &str, lang: &Lang) -> bool {
    use lexicon::{Class, Lex};
    match lexicon::lookup(word, lang) {
        Some(Lex::Card(_, Class::Scale | Class::Hundred | Class::Dozen)) => true,
        // "miles de personas", "cientos de familias".
        Some(Lex::Vague(m)) => m >= 100.0,
        _ => false,
    }
}

/// Whether [`extract`] may find a quantity in a text without ASCII digits (one with a digit may
/// always hold one), given its words (runs of letters, with inner hyphens and apostrophes) as
/// written and folded, and whether each was read as ASCII letters only: false only when they hold
/// no vulgar fraction and no number word (cardinal, ordinal or fraction) among the recognizer's
/// words (runs of letters, normalized as the recognizer normalizes them), so the text holds none.
pub(crate) fn may_hold<'w>(
    mut words: impl Iterator<Item = (&'w str, &'w str, bool)>,
    lang: &Lang,
) -> bool {
    let numbers = lexicon::reader(lang);
    // One buffer for the words beyond ASCII.
    let mut buffer = String::new();
    words.any(|(written, folded, letters)| {
        // Most words are ASCII letters only, folded to lowercase: one number word or none.
        if letters {
            return numbers.may_be_number(folded) && is_number_word(folded, &numbers);
        }
        if written.is_ascii() {
            ascii_word_may_hold(folded, &numbers)
        } else {
            word_may_hold(written, &numbers, &mut buffer)
        }
    })
}

/// Whether a number word of the recognizer's is in the table.
fn is_number_word(w: &str, numbers: &lexicon::Reader) -> bool {
    lexicon::is_number(numbers.get(w))
}

/// [`may_hold`] for one lowercase ASCII word: the recognizer's words are its runs of letters; a
/// digit is a figure's start.
fn ascii_word_may_hold(w: &str, numbers: &lexicon::Reader) -> bool {
    let b = w.as_bytes();
    // Most words are one run of letters.
    if scan::letters_end(b, 0) == b.len() {
        return is_number_word(w, numbers);
    }
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            return true;
        }
        if !c.is_ascii_alphabetic() {
            if is_number_word(&w[from..i], numbers) {
                return true;
            }
            from = i + 1;
        }
    }
    is_number_word(&w[from..], numbers)
}

/// [`may_hold`] for one word as written, normalized character by character as the recognizer does.
fn word_may_hold(written: &str, numbers: &lexicon::Reader, word: &mut String) -> bool {
    word.clear();
    word.reserve(written.len() + 8);
    for c in written.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if c.is_ascii_digit() || scan::is_vulgar(c) {
            return true;
        }
        if scan::is_word_char(c) {
            scan::push_norm(word, c);
            continue;
        }
        if is_number_word(word, numbers) {
            return true;
        }
        word.clear();
    }
    is_number_word(word, numbers)
}

/// Every quantity in `text`, in order, without claim filtering.
pub fn extract(text: &str, ctx: &NumberContext) -> Vec<Quantity> {
    classify::extract(text, None, ctx, true)
}

/// [`extract`], given `lower`: `text` with its ASCII letters lowercased (no second copy is made).
/// The quantities' `text` is left empty: it is `text[q.start..q.end]`.
pub(crate) fn extract_lowered(text: &str, lower: &str, ctx: &NumberContext) -> Vec<Quantity> {
    classify::extract(text, Some(lower), ctx, false)
}

/// The decimal mark a whole text uses, from document-wide evidence (its other numbers) and the
/// locale (`es-MX` reads `2,700` as two thousand seven hundred; `es-ES` reads `2,7` as 2.7).
pub fn infer_decimal_mark(text: &str, lang: &Lang, locale: Option<&str>) -> DecimalMark {
    mark::infer(text, lang, locale)
}
