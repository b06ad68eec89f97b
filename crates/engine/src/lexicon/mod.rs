//! General-knowledge lexicons, English and Spanish: counted nouns with their hypernyms and
//! translations, currency names, hedge words and reporting verbs. Nothing here is specific to one
//! news story.
//!
//! Every lookup is case- and accent-insensitive ([`fold`]); tables are built once, lazily.

pub(crate) mod inflection;
mod negation;
mod nouns;
mod places;
mod qualifiers;
pub(crate) mod reporting;
mod spanish;
mod stopwords;
mod words;

pub(crate) use inflection::folded;
pub use inflection::{fold, singular};
pub use negation::{is_negation, negation};
pub use nouns::{
    ancestors, by_id, concept, concept_phrase, concepts, is_a, is_a_one_of, is_indicator, kind,
    related, Concept,
};
#[cfg(test)]
pub(crate) use places::abbreviations;
pub(crate) use places::demonym_country_of_two;
pub(crate) use places::place_names;
pub use places::{
    countries, demonym_country, english_demonym, is_country, is_region, is_subdivision, place,
    regions, within,
};
pub use qualifiers::qualifier;
pub(crate) use qualifiers::{longest_qualifier, may_end_total, qualifier_phrase};
pub use reporting::{attribution_cue, is_reporting_verb};
pub use spanish::{
    is_english_demonym, place_name, spanish_demonym, spanish_noun, spanish_nouns, Gender,
    SpanishNoun,
};
pub use stopwords::is_stopword;
pub use words::{Pairs, Words};

/// Table sizes: (concepts, noun surface forms, countries, regions, qualifier phrases, stopwords).
pub fn coverage() -> (usize, usize, usize, usize, usize, usize) {
    let (concepts, forms) = nouns::coverage();
    (
        concepts,
        forms,
        places::countries().count(),
        places::regions().count(),
        qualifiers::coverage(),
        stopwords::coverage(),
    )
}

/// Whether `word` is one of the `|`-separated words of `list` (lists are kept as one string: a
/// pointer per word is what gzip compresses worst in the wasm).
pub(crate) fn listed(list: &str, word: &str) -> bool {
    // Read byte by byte, each of the list's words compared only when its first byte is the
    // word's: what `list.split('|').any(|w| w == word && !w.is_empty())` answers, without a
    // searcher for every word of the list.
    let (l, w) = (list.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    if w.contains(&b'|') {
        return false;
    }
    let mut at = 0;
    while let Some(&b) = l.get(at) {
        if b == first && l[at..].starts_with(w) && l.get(at + w.len()).is_none_or(|&c| c == b'|') {
            return true;
        }
        match l[at..].iter().position(|&c| c == b'|') {
            Some(bar) => at += bar + 1,
            None => return false,
        }
    }
    false
}

/// The words of a list kept as one string, each followed by `|` (built once, at first use).
pub(crate) fn words_of(list: &'static str) -> Vec<&'static str> {
    list.split_terminator('|').collect()
}

/// A filter of folded words built at compile time: by first byte and by last byte (their low five
/// bits), the lengths of the words, as bits. A word it rejects is none of them; most words of a
/// sentence are rejected without comparing them to the list.
pub(crate) struct Shapes([u32; 64]);

impl Shapes {
    /// The filter of `words` (each non-empty and shorter than 32 bytes).
    pub(crate) const fn of(words: &[&str]) -> Self {
        let mut shapes = Shapes([0; 64]);
        let mut i = 0;
        while i < words.len() {
            shapes = shapes.with(words[i]);
            i += 1;
        }
        shapes
    }

    /// The filter of the first fields of the entries of `packed`: each entry is followed by
    /// `entry` (or ends the string), and its first field ends at its first `field` byte (or with
    /// the entry).
    pub(crate) const fn of_first_fields(packed: &str, entry: u8, field: u8) -> Self {
        let w = packed.as_bytes();
        let mut shapes = Shapes([0; 64]);
        let mut start = 0;
        while start < w.len() {
            let mut end = start;
            while end < w.len() && w[end] != entry && w[end] != field {
                end += 1;
            }
            shapes = shapes.with_bytes(w, start, end);
            while end < w.len() && w[end] != entry {
                end += 1;
            }
            start = end + 1;
        }
        shapes
    }

    /// The filter with `word` (non-empty, shorter than 32 bytes) added.
    pub(crate) const fn with(self, word: &str) -> Self {
        let w = word.as_bytes();
        self.with_bytes(w, 0, w.len())
    }

    /// The filter with the word `w[start..end]` (non-empty, shorter than 32 bytes) added.
    pub(crate) const fn with_bytes(mut self, w: &[u8], start: usize, end: usize) -> Self {
        let n = end - start;
        assert!(n > 0 && n < 32);
        let bit = 1 << n;
        self.0[(w[start] & 31) as usize] |= bit;
        self.0[32 + (w[end - 1] & 31) as usize] |= bit;
        self
    }

    /// Whether the folded `word` may be one of the words.
    #[inline]
    pub(crate) fn admits(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return false;
        };
        let lengths = self.0[usize::from(first & 31)] & self.0[32 + usize::from(last & 31)];
        w.len() < 32 && lengths >> w.len() & 1 != 0
    }
}

/// FNV-1a: short keys, built once, looked up on the hot path (SipHash's DoS resistance is not
/// needed for static tables).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word of a lexicon table, kept for the whole run. The tables are built once and never
/// dropped, so their keys may borrow for `'static`; tables of one key and value type share one
/// copy of the hash table's code in the wasm.
pub(crate) fn kept(word: String) -> &'static str {
    Box::leak(word.into_boxed_str())
}

/// A HashMap with the FNV hasher.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// A set of lexicon words: a map of each word to nothing, so that it shares the word maps' code
/// in the wasm (a `HashSet` would carry its own copy).
#[derive(Debug, Default)]
pub(crate) struct WordSet(FastMap<&'static str, u8>);

impl WordSet {
    /// Adds a word.
    pub(crate) fn insert(&mut self, word: &'static str) {
        self.0.insert(word, 0);
    }
    /// Whether the word is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }
    /// Takes a word out.
    pub(crate) fn remove(&mut self, word: &str) {
        self.0.remove(word);
    }
    /// The words, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }
    /// How many words.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        WordSet(words.into_iter().map(|w| (w, 0)).collect())
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, words: I) {
        self.0.extend(words.into_iter().map(|w| (w, 0)));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn listed_reads_a_list_as_its_split_words() {
        let lists = [
            "were|was|are|",
            "a|ab|abc",
            "",
            "|",
            "x||y|",
            "más|menos|",
            "one",
        ];
        let words = [
            "", "a", "ab", "abc", "abcd", "b", "was", "wa", "were|was", "x", "y", "|", "más",
            "one", "on", "ones", "are|",
        ];
        for list in lists {
            for word in words {
                let split = list.split('|').any(|w| w == word && !w.is_empty());
                assert_eq!(super::listed(list, word), split, "{list:?} {word:?}");
            }
        }
    }
}
