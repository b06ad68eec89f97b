//! Reports whose subject is a pronoun or left out ("He said", "It added", "Añadió que…", "«…»,
//! dijo"): who they stand for is the last fitting source named in the sentences before.

use super::context::{leading_name, reporter, Reporter, PERSON_ROLES};
use super::tokens::{tokenize, Tok, Words};
use crate::document::Document;

/// What a pronoun can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referent {
    /// "he", "she", "él", "ella": a person.
    Person,
    /// "it": an office, a company, a report; not a person.
    Thing,
    /// "they", "ellos", or a Spanish verb without a subject ("Añadió que…"): anyone.
    Any,
}

/// Adverbs that may stand between a pronoun and its verb ("she also said", "él luego dijo").
static BETWEEN: Words = Words::new("also|later|then|further|again|tambien|luego|ademas|despues|");

/// What the pronoun `t` stands for, if it is a subject pronoun.
fn referent(t: &Tok) -> Option<Referent> {
    if !t.word {
        return None;
    }
    match t.folded.as_ref() {
        "he" | "she" | "ella" => Some(Referent::Person),
        // "el" is also the article: only the written accent makes it the pronoun.
        "el" if matches!(t.text, "él" | "Él") => Some(Referent::Person),
        "it" => Some(Referent::Thing),
        "they" | "ellos" | "ellas" => Some(Referent::Any),
        _ => None,
    }
}

/// Whether token `k` ends a quotation: a closing mark, or a comma right after one.
pub(super) fn closes_quote(toks: &[Tok], k: usize) -> bool {
    let mark = |t: &Tok| matches!(t.text, "\"" | "”" | "»" | "'" | "’");
    match toks.get(k) {
        Some(t) if mark(t) => true,
        Some(t) if t.text == "," => k > 0 && mark(&toks[k - 1]),
        _ => false,
    }
}

/// What the subject of the reporting verb at token `k` stands for, when it is a pronoun or left
/// out: "he said", "she also told", "…," he added', "«…», dijo ella", "Añadió que…", "«…», dijo.".
/// `inverted`: the verb follows a comma and comes before its subject.
pub fn pronoun_subject(toks: &[Tok], k: usize, inverted: bool) -> Option<Referent> {
    let mut j = k;
    while j > 0 && toks[j - 1].is_in(&BETWEEN) {
        j -= 1;
    }
    if let Some(r) = j.checked_sub(1).and_then(|i| referent(&toks[i])) {
        return Some(r);
    }
    let after_quote = k > 0 && closes_quote(toks, k - 1);
    let next = toks.get(k + 1);
    if inverted || after_quote {
        if let Some(r) = next.and_then(referent) {
            return Some(r);
        }
    }
    // No subject at all, as Spanish writes: the verb opens the sentence ("Añadió que…") or
    // follows the quotation ("«…», dijo."), and no name follows it.
    let opens = toks.iter().position(|t| t.word) == Some(k);
    let bare = next.is_none_or(|t| !t.word);
    (opens && (bare || next.is_some_and(|t| t.is(&["que"]))) || after_quote && bare)
        .then_some(Referent::Any)
}

/// Whether the source `name` can be what a pronoun standing for `r` refers to: a role names a
/// person ("La ministra de Sanidad"), an article without one a thing ("The Royal College").
fn fits(r: Referent, name: &str) -> bool {
    let name = crate::lexicon::inflection::fold(name);
    let mut words = name.split([' ', '(', ')']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    let person = std::iter::once(first)
        .chain(words)
        .any(|w| PERSON_ROLES.contains(w));
    let thing = !person && words!["the", "el", "la", "los", "las"].contains(first);
    match r {
        Referent::Person => !thing,
        Referent::Thing => !person,
        Referent::Any => true,
    }
}

/// How many sentences back a pronoun's source is looked for.
const REACH: usize = 6;

/// The source that the pronoun in sentence `index` of `doc` stands for: the last source named
/// before it, within [`REACH`] sentences (by a report, or as the named subject a sentence opens
/// with), that fits `r`.
pub fn antecedent(doc: &Document, index: usize, r: Referent) -> Option<String> {
    named_before(doc, index.saturating_sub(REACH), index, r)
}

/// The last source fitting `r` named in sentences `from..to` of `doc`.
fn named_before(doc: &Document, from: usize, to: usize, r: Referent) -> Option<String> {
    let before = doc.sentences.get(from..to)?;
    let from = before.first()?.start;
    let lower = doc.text[from..before.last()?.end].to_ascii_lowercase();
    let mut toks = Vec::new();
    for sentence in before.iter().rev() {
        let (start, end) = (sentence.start, sentence.end);
        tokenize(
            &doc.text[start..end],
            &lower[start - from..end - from],
            &mut toks,
        );
        let named = match reporter(&toks) {
            Some(Reporter::Named(s)) => Some(s),
            Some(Reporter::Pronoun(_)) => None,
            None => leading_name(&toks),
        };
        if let Some(name) = named.filter(|s| fits(r, s)) {
            return Some(name);
        }
    }
    None
}
