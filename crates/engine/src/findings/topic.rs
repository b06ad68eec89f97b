//! A cheap story signature for cross-document comparison: two documents are compared only when they
//! share enough rare words — proper nouns, multi-digit numbers and long content words — so a pasted
//! article about something else produces no findings against the rest of the corpus.

use super::reprint::words;

/// Weight of a shared proper noun.
const PROPER: u32 = 3;
/// Weight of a shared number of three or more digits.
const NUMBER: u32 = 2;
/// Weight of a shared long content word.
const WORD: u32 = 1;
/// Minimum overlap, as a share of the smaller signature's weight.
pub const MIN_SHARE: f64 = 0.12;
/// Minimum number of shared proper nouns or numbers.
pub const MIN_NAMES: usize = 2;

/// Words never taken as proper nouns or content words (sentence openers, months, days, generic news
/// vocabulary in English and Spanish).
const STOP: &str = concat!(
    "the|",
    "this|",
    "that|",
    "these|",
    "those|",
    "there|",
    "their|",
    "they|",
    "what|",
    "when|",
    "where|",
    "which|",
    "while|",
    "with|",
    "from|",
    "into|",
    "about|",
    "after|",
    "before|",
    "since|",
    "also|",
    "however|",
    "according|",
    "although|",
    "despite|",
    "during|",
    "meanwhile|",
    "nevertheless|",
    "recently|",
    "share|",
    "home|",
    "photo|",
    "comment|",
    "filed|",
    "under|",
    "newsletter|",
    "popular|",
    "related|",
    "videos|",
    "click|",
    "here|",
    "original|",
    "article|",
    "more|",
    "most|",
    "other|",
    "another|",
    "some|",
    "than|",
    "el|",
    "la|",
    "los|",
    "las|",
    "un|",
    "una|",
    "unos|",
    "unas|",
    "del|",
    "por|",
    "para|",
    "con|",
    "segun|",
    "desde|",
    "tras|",
    "este|",
    "esta|",
    "estos|",
    "estas|",
    "pero|",
    "como|",
    "mas|",
    "sin|",
    "sobre|",
    "entre|",
    "hasta|",
    "durante|",
    "tambien|",
    "ademas|",
    "aunque|",
    "mientras|",
    "cuando|",
    "donde|",
    "january|",
    "february|",
    "march|",
    "april|",
    "may|",
    "june|",
    "july|",
    "august|",
    "september|",
    "october|",
    "november|",
    "december|",
    "monday|",
    "tuesday|",
    "wednesday|",
    "thursday|",
    "friday|",
    "saturday|",
    "sunday|",
    "enero|",
    "febrero|",
    "marzo|",
    "abril|",
    "mayo|",
    "junio|",
    "julio|",
    "agosto|",
    "septiembre|",
    "octubre|",
    "noviembre|",
    "diciembre|",
    "lunes|",
    "martes|",
    "miercoles|",
    "jueves|",
    "viernes|",
    "sabado|",
    "domingo|",
    "government|",
    "gobierno|",
    "president|",
    "presidente|",
    "million|",
    "millones|",
    "billion|",
    "percent|",
    "people|",
    "personas|",
    "people's|",
    "because|",
    "through|",
    "between|",
    "against|",
    "without|",
    "including|",
    "announced|",
    "according|",
    "reported|",
    "said|",
    "says|",
    "dijo|",
    "explained|",
    "statement|",
    "program|",
    "programa|",
);

/// The signature of one document: its rare tokens with their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signature {
    /// Sorted, deduplicated (token, weight) pairs.
    pub tokens: Vec<(String, u32)>,
    /// Sum of the weights.
    pub weight: u32,
    /// Sum of the weights of names (proper nouns and numbers), which another language shares.
    pub names_weight: u32,
    /// Whether the document is in Spanish (set from its language by `DocInfo`): across
    /// languages only names can be shared.
    pub spanish: bool,
}

impl Signature {
    /// The signature of a text.
    pub fn of(text: &str) -> Signature {
        let mut tokens: Vec<(String, u32)> = Vec::new();
        for sentence in text.split(['.', '!', '?', '\n', ':', '"', '“', '”', '|', '•', '(']) {
            // "España" and "Spain" are one name: a known place also counts by its id, even as
            // a sentence's first word ("Honduras has recorded…").
            let written = sentence.split(|c: char| !c.is_alphanumeric());
            for w in written.filter(|w| !w.is_empty()) {
                if w.starts_with(char::is_uppercase) {
                    if let Some((id, 1)) = crate::lexicon::place(&[w]) {
                        tokens.push((id.to_string(), PROPER));
                    }
                }
            }
            for (k, (w, cap)) in words(sentence).into_iter().enumerate() {
                let stop = crate::lexicon::listed(STOP, &w);
                let is_number = w.chars().all(|c| c.is_ascii_digit());
                let weight = if is_number {
                    let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
                    (w.len() >= 3 && !year).then_some(NUMBER)
                } else if stop || w.chars().count() < 3 {
                    None
                } else if cap && k > 0 {
                    Some(PROPER)
                } else if w.chars().count() >= 7 {
                    Some(WORD)
                } else {
                    None
                };
                if let Some(weight) = weight {
                    tokens.push((w, weight));
                }
            }
        }
        crate::sort::sort(&mut tokens);
        // Keep the highest weight for a token seen both capitalized and not.
        let mut merged: Vec<(String, u32)> = Vec::with_capacity(tokens.len());
        for (t, w) in tokens {
            match merged.last_mut() {
                Some((lt, lw)) if *lt == t => *lw = (*lw).max(w),
                _ => merged.push((t, w)),
            }
        }
        let weight = merged.iter().map(|(_, w)| w).sum();
        let names_weight = merged
            .iter()
            .map(|(_, w)| w)
            .filter(|w| **w >= NUMBER)
            .sum();
        Signature {
            tokens: merged,
            weight,
            names_weight,
            spanish: false,
        }
    }

    /// Adds one token per figure of 100 or more, at two significant digits ("2.76 million" and
    /// "2.755.000" are both `~28e5`), so articles that round a figure differently or write it in
    /// another language's convention still share it. The figure's digits as written ("218400")
    /// give way to it, so that one figure is not two shared names.
    pub fn add_figures(&mut self, values: impl Iterator<Item = f64>) {
        for v in values.filter(|v| v.is_finite() && *v >= 100.0 && *v < 1e15) {
            if v.fract() == 0.0 {
                let digits = (v as u64).to_string();
                if let Ok(at) = self
                    .tokens
                    .binary_search_by(|(t, _)| t.as_str().cmp(&digits))
                {
                    self.weight -= self.tokens.remove(at).1;
                }
            }
            let (mut m, mut e) = (v, 0u32);
            while m >= 100.0 {
                m /= 10.0;
                e += 1;
            }
            let mut m = m.round() as u32;
            if m == 100 {
                (m, e) = (10, e + 1);
            }
            let token = format!("~{m}e{e}");
            if let Err(at) = self.tokens.binary_search_by(|(t, _)| t.cmp(&token)) {
                self.tokens.insert(at, (token, NUMBER));
                self.weight += NUMBER;
            }
        }
    }

    /// Shared weight, number of shared names (proper nouns and numbers) and their weight, with
    /// another signature.
    pub fn overlap(&self, other: &Signature) -> (u32, usize, u32) {
        let (mut i, mut j) = (0, 0);
        let (mut w, mut names, mut names_w) = (0, 0, 0);
        while i < self.tokens.len() && j < other.tokens.len() {
            match self.tokens[i].0.cmp(&other.tokens[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let weight = self.tokens[i].1.min(other.tokens[j].1);
                    w += weight;
                    if weight >= NUMBER {
                        names += 1;
                        names_w += weight;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        (w, names, names_w)
    }
}

/// Whether an overlap (shared weight, shared names) between signatures of total weights `a` and `b`
/// means the two documents are about the same story.
pub fn same_story(shared: u32, names: usize, a: u32, b: u32) -> bool {
    let smaller = a.min(b).max(1);
    names >= MIN_NAMES && f64::from(shared) / f64::from(smaller) >= MIN_SHARE
}

/// Whether an overlap between signatures `a` and `b` (shared weight, shared names and their weight)
/// means the two documents are about the same story. Across languages only names can be shared, so
/// there the share is of the names' weight.
pub fn same_story_of(
    (shared, names, names_shared): (u32, usize, u32),
    a: &Signature,
    b: &Signature,
) -> bool {
    same_story(shared, names, a.weight, b.weight)
        || (a.spanish != b.spanish
            && same_story(names_shared, names, a.names_weight, b.names_weight))
}

/// Whether two signatures are about the same story.
pub fn similar(a: &Signature, b: &Signature) -> bool {
    same_story_of(a.overlap(b), a, b)
}
