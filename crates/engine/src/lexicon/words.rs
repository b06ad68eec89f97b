//! Word lists kept as one `|`-separated string each, with a filter of their words' shapes, and
//! tables of pairs kept the same way.

use std::sync::OnceLock;

/// A list of folded words with a filter of their shapes (first byte and length, last byte and
/// length), built on first use, so that a lookup (the claims' `Tok::is_in`, [`Words::contains`])
/// rules most words out without comparing them to the list.
#[repr(C)] // the fields in this order: see `no_zero_run`
pub struct Words {
    /// The words, each followed by `|` (one string: a table of `&str` would cost the wasm a
    /// pointer and a length per word, data that gzip barely compresses).
    list: &'static str,
    /// `u32::MAX`, read by nothing: a word with no zero byte between the list's length (whose
    /// high bytes are zero) and the index (eight zero bytes until first use). wasm-opt splits the
    /// data into a new segment at every run of nine zero bytes or more; a split per `Words` static
    /// made the page's wasm 124 bytes larger gzipped.
    #[allow(dead_code)]
    no_zero_run: u32,
    /// Built on first use, and boxed: a `Words` static is then a few bytes of data. Unboxed, each
    /// one carried its index's 680 zero bytes in the wasm's data, which split it into segments.
    index: OnceLock<Box<Index>>,
}

/// What [`Words`] builds from its list on first use.
struct Index {
    /// The filter: by first byte, then by last byte (their low five bits), the lengths of the
    /// words (63 for any longer) as bits.
    lengths: [u64; 64],
    /// The words split out of the list, in its order.
    words: Vec<&'static str>,
    /// Each word's first eight bytes ([`packed`]) and its place in `words`, sorted by length
    /// (lengths from 63 together), then place: a word is compared only with words of its length,
    /// an integer each, instead of with the whole list.
    by_length: Vec<(u64, u16)>,
    /// Where each length's words begin in `by_length` (and where they end, at the next length).
    starts: [u16; 65],
}

/// The first eight bytes of a word as an integer, the first lowest (equal for two words of the
/// same length up to eight bytes only when they are the same word).
#[inline]
fn packed(b: &[u8]) -> u64 {
    match b.first_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => b
            .iter()
            .rev()
            .fold(0u64, |key, &byte| key << 8 | u64::from(byte)),
    }
}

impl Words {
    /// The list, each word followed by `|`; its filter is built on first use.
    pub const fn new(list: &'static str) -> Self {
        Words {
            list,
            no_zero_run: u32::MAX,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` (folded) is one of the words.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.may_hold(word) && self.find(word).is_some()
    }

    /// Where `word` (folded) first is in the list ([`Words::list`]), if it is there.
    pub fn position(&self, word: &str) -> Option<usize> {
        if self.may_hold(word) {
            self.find(word)
        } else {
            None
        }
    }

    /// [`Words::position`] of a word the filter let through, out of line: most words never get
    /// past the filter.
    #[inline(never)]
    fn find(&self, word: &str) -> Option<usize> {
        let index = self.index();
        let len = word.len().min(63);
        let from = usize::from(index.starts[len]);
        let to = usize::from(index.starts[len + 1]);
        let key = packed(word.as_bytes());
        index.by_length[from..to]
            .iter()
            .map(|&(k, at)| (k, usize::from(at)))
            .find(|&(k, at)| k == key && (word.len() <= 8 || index.words[at] == word))
            .map(|(_, at)| at)
    }

    /// Whether `word` passes the filter: false rules it out, true may be a word of the list.
    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let f = word.as_bytes();
        let lengths = &self.index().lengths;
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
        &self.index().words
    }

    /// The filter and the words.
    fn index(&self) -> &Index {
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
            let mut by_length: Vec<(u64, u16)> = Vec::with_capacity(words.len());
            let mut starts = [0u16; 65];
            for (len, start) in starts.iter_mut().take(64).enumerate() {
                *start = by_length.len() as u16;
                let of_len = |w: &&str| w.len().min(63) == len;
                by_length.extend(
                    (0..words.len())
                        .filter(|&at| of_len(&words[at]))
                        .map(|at| (packed(words[at].as_bytes()), at as u16)),
                );
            }
            starts[64] = by_length.len() as u16;
            Box::new(Index {
                lengths,
                words,
                by_length,
                starts,
            })
        })
    }
}

/// A table of `key=value|` pairs kept as one string (no pointer per entry in the wasm), split into
/// pairs, in table order, on first use.
pub struct Pairs {
    table: &'static str,
    pairs: OnceLock<Vec<(&'static str, &'static str)>>,
}

impl Pairs {
    /// The table, each pair written `key=value` and followed by `|`.
    pub const fn new(table: &'static str) -> Self {
        Pairs {
            table,
            pairs: OnceLock::new(),
        }
    }

    /// The pairs, in table order.
    pub fn list(&self) -> &[(&'static str, &'static str)] {
        self.pairs.get_or_init(|| {
            self.table
                .split_terminator('|')
                .filter_map(|e| e.split_once('='))
                .collect()
        })
    }

    /// The value of `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.list().iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_found_where_the_list_first_has_it() {
        static LIST: Words = Words::new("of|de|del|through|internacionales|=x|de|a|internacional|");
        let list = LIST.list();
        for w in list
            .iter()
            .chain(&["", "d", "dex", "internacionale", "throughs", "ab", "e"])
        {
            assert_eq!(LIST.position(w), list.iter().position(|x| x == w), "{w:?}");
            assert_eq!(LIST.contains(w), list.contains(w), "{w:?}");
        }
    }
}
