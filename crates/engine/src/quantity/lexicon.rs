//! Shared vocabulary of number words: the classes a number word can have and the lookup that
//! dispatches to the English or Spanish tables.

use crate::lang::Lang;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// How a cardinal word combines with its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// 0.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30 … 90.
    Tens,
    /// A complete two-digit word such as "veintiuno" (21–29).
    TwoDigit,
    /// "hundred" (a multiplier of what precedes it).
    Hundred,
    /// A complete hundreds word such as "doscientos" (100–900).
    Hundreds,
    /// thousand, million, mil, millones … (a multiplier of everything smaller before it).
    Scale,
    /// dozen, docena: multiplies the last small number by twelve.
    Dozen,
}

/// What a normalized word means to the number parser.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    /// A cardinal number word.
    Card(f64, Class),
    /// An ordinal / fraction denominator word: value, plural, usable as a plain ordinal.
    Ord(f64, bool),
    /// "half", "quarter", "medio", "tercio": a denominator that needs no "one".
    Frac(f64, bool),
    /// "and" / "y".
    And,
    /// "point" / "coma" / "punto".
    Point,
    /// Spanish "con" (decimal or mixed-fraction joiner).
    Con,
    /// "a" / "an" (English indefinite article, one only before a scale or fraction).
    A,
    /// "minus" / "negative".
    Minus,
}

/// Looks a normalized (lowercase, accent-free) word up in the language's table.
pub(crate) fn lookup(word: &str, lang: &Lang) -> Option<Lex> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 40 || !b[0].is_ascii_lowercase() {
        return None;
    }
    let known = match lang {
        Lang::Es => {
            known(&ES, super::words_es::KNOWN, word)
                || (b.len() > 5
                    && (word.ends_with("avo")
                        || word.ends_with("avos")
                        || word.ends_with("ava")
                        || word.ends_with("avas")
                        || word.contains("esim")))
        }
        Lang::En => known(&EN, super::words_en::KNOWN, word),
        // A text too short to tell: the cardinals of either language ("45.000 millones").
        Lang::Other(_) => {
            return super::words_en::lookup(word)
                .filter(|_| known(&EN, super::words_en::KNOWN, word))
                .or_else(|| {
                    super::words_es::lookup(word)
                        .filter(|_| known(&ES, super::words_es::KNOWN, word))
                })
                .filter(|l| matches!(l, Lex::Card(..)));
        }
    };
    if !known {
        return None;
    }
    match lang {
        Lang::Es => super::words_es::lookup(word),
        _ => super::words_en::lookup(word),
    }
}

/// A language's number words, with a one-hash bit filter of their shapes (length and the two
/// bytes at each end), so most words of prose are ruled out without hashing the whole word.
struct Set {
    words: HashSet<&'static str, BuildHasherDefault<Fnv>>,
    shapes: [u64; 32],
    /// For each first letter a-z, the lengths (below 64) its words have, as bits.
    lengths: [u64; 26],
}

static EN: OnceLock<Set> = OnceLock::new();
static ES: OnceLock<Set> = OnceLock::new();

/// The filter bit of a non-empty word's shape (0..2048).
fn shape_bit(w: &[u8]) -> usize {
    let n = w.len();
    let at = |i: usize| usize::from(w[i]);
    let h = (((n * 31 + at(0)) * 31 + at(n.min(2) - 1)) * 31 + at(n - 1)) * 31 + at(n - n.min(2));
    h.wrapping_mul(0x9e37_79b9) >> 7 & 2047
}

fn known(cell: &OnceLock<Set>, words: &'static str, w: &str) -> bool {
    let set = cell.get_or_init(|| {
        let mut shapes = [0u64; 32];
        let mut lengths = [0u64; 26];
        for word in words.split('|').filter(|w| !w.is_empty()) {
            let bit = shape_bit(word.as_bytes());
            shapes[bit / 64] |= 1 << (bit % 64);
            match (word.as_bytes()[0], word.len()) {
                (b @ b'a'..=b'z', n) if n < 64 => lengths[usize::from(b - b'a')] |= 1 << n,
                // A word the length filter cannot describe passes it under every letter.
                _ => lengths = [u64::MAX; 26],
            }
        }
        Set {
            words: words.split('|').collect(),
            shapes,
            lengths,
        }
    });
    if w.is_empty() {
        return set.words.contains(w);
    }
    // `lookup` passes words that start with a lowercase ASCII letter, at most 40 bytes long.
    let b = w.as_bytes();
    if let (first @ b'a'..=b'z', n @ 0..=63) = (b[0], b.len()) {
        if set.lengths[usize::from(first - b'a')] >> n & 1 == 0 {
            return false;
        }
    }
    let bit = shape_bit(w.as_bytes());
    set.shapes[bit / 64] & (1 << (bit % 64)) != 0 && set.words.contains(w)
}

/// FNV-1a: a fast hash for short words.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}
