//! Word lists kept as one `|`-separated string each, with a filter of their words' shapes.

use std::sync::OnceLock;

/// A list of folded words with a filter of their shapes (first byte and length, last byte and
/// length), built on first use, so that a lookup (the claims' `Tok::is_in`, [`Words::contains`])
/// rules most words out without comparing them to the list.
pub struct Words {
    /// The words, each followed by `|` (one string: a table of `&str` would cost the wasm a
    /// pointer and a length per word, data that gzip barely compresses).
    list: &'static str,
    /// Built on first use: the filter (by first byte, then by last byte, their low five bits, the
    /// lengths of the words, 63 for any longer, as bits) and the words split out of `list`.
    index: OnceLock<([u64; 64], Vec<&'static str>)>,
}

impl Words {
    /// The list, each word followed by `|`; its filter is built on first use.
    pub const fn new(list: &'static str) -> Self {
        Words {
            list,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` (folded) is one of the words.
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && self.list().contains(&word)
    }

    /// Whether `word` passes the filter: false rules it out, true may be a word of the list.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let f = word.as_bytes();
        let lengths = &self.index().0;
        match (f.first(), f.last()) {
            (Some(&first), Some(&last)) => {
                let fits = lengths[usize::from(first & 31)] & lengths[32 + usize::from(last & 31)];
                fits >> f.len().min(63) & 1 != 0
            }
            _ => true,
        }
    }

    /// The words.
    pub fn list(&self) -> &[&'static str] {
        &self.index().1
    }

    /// The filter and the words.
    fn index(&self) -> &([u64; 64], Vec<&'static str>) {
        self.index.get_or_init(|| {
            let words: Vec<&'static str> = self.list.split_terminator('|').collect();
            let mut lengths = [0u64; 64];
            for w in words.iter().map(|w| w.as_bytes()) {
                match (w.first(), w.last()) {
                    (Some(&first), Some(&last)) => {
                        lengths[usize::from(first & 31)] |= 1 << w.len().min(63);
                        lengths[32 + usize::from(last & 31)] |= 1 << w.len().min(63);
                    }
                    _ => lengths = [u64::MAX; 64], // "" matches no word: let everything through
                }
            }
            (lengths, words)
        })
    }
}
