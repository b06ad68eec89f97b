//! Word and punctuation tokens of a sentence, with byte spans and folded forms, for the pattern
//! rules that find what a figure counts, its qualifier, its place and its source.

use crate::lexicon::inflection::folded;
use std::borrow::Cow;
use std::cell::Cell;

pub use crate::lexicon::Words;

/// A phrase read at a token: (words it was read from, the id it names, words it spans); counts
/// are at most a few words, kept small so that tokens stay small.
type PhraseMemo = (u8, Option<(&'static str, u8)>);

/// A token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok<'a> {
    /// The token as written.
    pub text: &'a str,
    /// First byte, relative to the tokenized text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// True for words (letters or digits), false for punctuation.
    pub word: bool,
    /// True for a word read as ASCII letters and digits only (a number's inner separators aside).
    pub plain: bool,
    /// Lowercased, accents folded (words only; punctuation as written); borrowed from the text
    /// unless folding changed it.
    pub folded: Cow<'a, str>,
    /// The concept phrase starting here, once read (see [`Tok::memo_phrase`]).
    phrase: Cell<Option<PhraseMemo>>,
    /// The country this word is a demonym of, once looked up.
    demonym: Cell<Option<Option<&'static str>>>,
    /// The place named from here, once read (see [`Tok::memo_place`]).
    place: Cell<Option<PhraseMemo>>,
    /// Whether the word reports what someone says, once decided (see [`Tok::memo_reports`]).
    reports: Cell<Option<bool>>,
    /// The attribution cue starting here, once read: (words it was read from, its length).
    cue: Cell<Option<(u8, Option<u8>)>>,
}

impl<'a> Tok<'a> {
    /// A token of `text` starting at byte `start`, nothing remembered yet.
    fn new(text: &'a str, start: usize, word: bool, plain: bool, folded: Cow<'a, str>) -> Self {
        Tok {
            text,
            start,
            end: start + text.len(),
            word,
            plain,
            folded,
            phrase: Cell::new(None),
            demonym: Cell::new(None),
            place: Cell::new(None),
            reports: Cell::new(None),
            cue: Cell::new(None),
        }
    }

    /// Whether the token is punctuation that ends a clause for the pattern rules.
    // Inline: most tokens are words, answered without a call.
    #[inline]
    pub fn is_clause_break(&self) -> bool {
        !self.word && self.is_break_mark()
    }

    /// [`Tok::is_clause_break`] of a punctuation token.
    #[inline(never)]
    fn is_break_mark(&self) -> bool {
        // Punctuation is one character: compare it, not the text.
        match self.text.as_bytes() {
            [b] => matches!(
                b,
                b',' | b';' | b':' | b'(' | b')' | b'.' | b'!' | b'?' | b'"' | b'[' | b']'
            ),
            _ => words!["—", "–", "“", "”", "«", "»"].contains(self.text),
        }
    }

    /// Whether the token starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the word is an acronym: two or more capital ASCII letters ("WHO", "NHS"), a name
    /// whatever word it spells and no plural.
    pub fn is_acronym(&self) -> bool {
        self.text.len() >= 2 && self.text.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// The country this word is a demonym of ([`crate::lexicon::demonym_country`]), looked up once.
    pub fn demonym(&self) -> Option<&'static str> {
        if let Some(known) = self.demonym.get() {
            return known;
        }
        let found = crate::lexicon::demonym_country(self.text);
        self.demonym.set(Some(found));
        found
    }

    /// `read()` (the concept phrase of the `count` words from here), remembered for the same count.
    pub fn memo_phrase(
        &self,
        count: usize,
        read: impl FnOnce() -> Option<(&'static str, usize)>,
    ) -> Option<(&'static str, usize)> {
        remember(&self.phrase, count, read)
    }

    /// `read()` (the place named by the `count` words from here), remembered for the same count.
    pub fn memo_place(
        &self,
        count: usize,
        read: impl FnOnce() -> Option<(&'static str, usize)>,
    ) -> Option<(&'static str, usize)> {
        remember(&self.place, count, read)
    }

    /// `read()` (the length of the attribution cue in the `count` words from here), remembered
    /// for the same count.
    pub fn memo_cue(&self, count: usize, read: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let key = u8::try_from(count).ok();
        match (self.cue.get(), key) {
            (Some((n, found)), Some(k)) if n == k => found.map(usize::from),
            _ => {
                let found = read();
                if let (Some(k), Some(f)) = (key, found.map(u8::try_from).transpose().ok()) {
                    self.cue.set(Some((k, f)));
                }
                found
            }
        }
    }

    /// `read()` (whether this word reports what someone says), decided once per token.
    pub fn memo_reports(&self, read: impl FnOnce() -> bool) -> bool {
        if let Some(known) = self.reports.get() {
            return known;
        }
        let found = read();
        self.reports.set(Some(found));
        found
    }

    /// Whether the folded word is one of `words` (length and first byte compared before the rest).
    pub fn is(&self, words: &[&str]) -> bool {
        if !self.word {
            return false;
        }
        let f = self.folded.as_bytes();
        let Some(&first) = f.first() else {
            return words.contains(&"");
        };
        // Byte by byte, without a call to `memcmp`: the words are short and most differ early.
        words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == f.len() && w.first() == Some(&first) && w.iter().zip(f).all(|(a, b)| a == b)
        })
    }
}

impl Tok<'_> {
    /// [`Tok::is`] for a filtered list (compared only with its words of the same length).
    pub fn is_in(&self, words: &Words) -> bool {
        self.word && words.contains(&self.folded)
    }
}

/// The value `read()` gives for `count` words, kept in `cell` for the next call with that count.
fn remember(
    cell: &Cell<Option<PhraseMemo>>,
    count: usize,
    read: impl FnOnce() -> Option<(&'static str, usize)>,
) -> Option<(&'static str, usize)> {
    let key = u8::try_from(count).ok();
    match (cell.get(), key) {
        (Some((n, found)), Some(k)) if n == k => found.map(|(id, n)| (id, usize::from(n))),
        _ => {
            let found = read();
            let small = found.map(|(id, n)| u8::try_from(n).map(|n| (id, n)));
            if let (Some(k), Ok(f)) = (key, small.transpose()) {
                cell.set(Some((k, f)));
            }
            found
        }
    }
}

/// Splits `text` into words (letters and digits, with inner hyphens and apostrophes) and single
/// punctuation characters, into `toks` (emptied first: one buffer serves many sentences); white
/// space is dropped. `lower` is `text.to_ascii_lowercase()` (same byte offsets): an ASCII word's
/// folded form is borrowed from it.
pub fn tokenize<'a>(text: &'a str, lower: &'a str, toks: &mut Vec<Tok<'a>>) {
    let b = text.as_bytes();
    toks.clear();
    // One token per four bytes is more than prose holds: the vector seldom grows.
    toks.reserve(text.len() / 4 + 4);
    let mut pos = 0;
    while let Some(&first) = b.get(pos) {
        let i = pos;
        // ASCII is read by its class, without decoding.
        // (end, whether a word, whether read as ASCII letters and digits only)
        let (end, word, plain) = match WORD_BYTES[usize::from(first)] {
            SPACE => {
                pos += 1;
                continue;
            }
            LOWER | UPPER => {
                let (end, plain) = ascii_word_end(text, i);
                // Only a word of one or two letters before a full stop may open an initialism
                // ("U.S."); its full stops are not letters, so the token is not plain.
                let initialism = if end - i <= 2 && b.get(end) == Some(&b'.') {
                    initialism_end(b, i, end)
                } else {
                    None
                };
                match initialism {
                    Some(e) => (e, true, false),
                    None => (end, true, plain),
                }
            }
            ENDS => (i + 1, false, true),
            _ => match decoded_token(text, i) {
                Some((end, word)) => (end, word, false),
                None => {
                    pos += text[i..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
            },
        };
        pos = end;
        // Each token is written where it goes (one push per kind, no temporary to copy).
        if word {
            // The space after a word is read here, without going round the loop.
            pos += usize::from(b.get(end) == Some(&b' '));
            toks.push(word_token(text, lower, i, end, plain));
        } else {
            let punct = &text[i..end];
            toks.push(Tok::new(punct, i, false, false, Cow::Borrowed(punct)));
        }
    }
}

/// The word token `text[start..end]`, its folded form borrowed when it is ASCII (known when
/// `plain`, it was read as ASCII letters and digits only).
fn word_token<'a>(text: &'a str, lower: &'a str, start: usize, end: usize, plain: bool) -> Tok<'a> {
    let word = &text[start..end];
    let folded = if plain || word.is_ascii() {
        Cow::Borrowed(&lower[start..end])
    } else {
        folded(word)
    };
    Tok::new(word, start, true, plain, folded)
}

/// Where the word starting with the ASCII letter or digit at `start` ends, numbers' inner
/// separators included ("220,000", "2.76": a separator between digits is part of the number,
/// not the comma or full stop that ends a clause); and whether it was read as ASCII letters and
/// digits only.
#[inline(always)]
fn ascii_word_end(text: &str, start: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let (mut end, mut plain) = word_end(text, start + 1);
    if b[start].is_ascii_digit() {
        while end + 1 < b.len()
            && matches!(b[end], b',' | b'.')
            && b[end + 1].is_ascii_digit()
            && b[end - 1].is_ascii_digit()
        {
            let (next, p) = word_end(text, end + 1);
            end = next;
            plain &= p;
        }
    }
    (end, plain)
}

/// Where a dotted initialism that starts with the word `b[start..end]` ends, its last full stop
/// included ("U.S.", "U.K.", "EE.UU.", "E.U.A."): one word, as the place lexicon writes it, not
/// letters between clause breaks.
#[inline(never)]
fn initialism_end(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let part = |from: usize| {
        let n = b[from..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        ((1..=2).contains(&n) && b.get(from + n) == Some(&b'.')).then_some(from + n + 1)
    };
    // The first part is the word itself: one or two capitals and its full stop.
    let mut at = part(start).filter(|&at| at == end + 1)?;
    let mut parts = 1;
    while let Some(next) = part(at) {
        at = next;
        parts += 1;
    }
    (parts >= 2).then_some(at)
}

/// The token starting with the non-ASCII character (or ASCII joiner) at `start`: its end and
/// whether it is a word; `None` for white space.
#[inline(never)]
fn decoded_token(text: &str, start: usize) -> Option<(usize, bool)> {
    let c = text[start..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    let pos = start + c.len_utf8();
    if c.is_whitespace() {
        None
    } else if is_alphanumeric(c) {
        Some((word_end(text, pos).0, true))
    } else {
        Some((pos, false))
    }
}

/// [`WORD_BYTES`] classes: a lowercase letter or digit, an uppercase letter, a byte that ends a
/// word, one read as a character (hyphen, apostrophe, non-ASCII), and ASCII white space (which
/// also ends a word).
const LOWER: u8 = 0;
const UPPER: u8 = 1;
const ENDS: u8 = 2;
const DECODE: u8 = 3;
const SPACE: u8 = 4;

/// Each byte's class for the word scan.
const WORD_BYTES: [u8; 256] = {
    let mut t = [DECODE; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_alphanumeric() {
            LOWER
        } else if b == b'-' || b == b'\'' {
            DECODE
        } else if matches!(b, 9..=13 | b' ') {
            SPACE
        } else {
            ENDS
        };
        c += 1;
    }
    t
};

/// Where the word continuing at byte `from` ends: letters and digits, with inner hyphens and
/// apostrophes (ASCII letters and digits are read without decoding); and whether it read only
/// those.
#[inline(always)]
fn word_end(text: &str, from: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let mut end = from;
    while let Some(&x) = b.get(end) {
        match WORD_BYTES[usize::from(x)] {
            LOWER | UPPER => end += 1,
            DECODE => return (joined_word_end(text, end), false),
            _ => break, // ASCII punctuation or space: neither a letter nor a joiner
        }
    }
    (end, true)
}

/// [`word_end`] from a joiner or a non-ASCII character at `from`.
#[inline(never)]
fn joined_word_end(text: &str, from: usize) -> usize {
    let b = text.as_bytes();
    let mut end = from;
    while end < b.len() {
        if matches!(WORD_BYTES[usize::from(b[end])], LOWER | UPPER) {
            end += 1;
            continue;
        }
        if matches!(WORD_BYTES[usize::from(b[end])], ENDS | SPACE) {
            break;
        }
        let Some(d) = text[end..].chars().next() else {
            break;
        };
        let joins = matches!(d, '-' | '\'' | '’')
            && text[end + d.len_utf8()..]
                .chars()
                .next()
                .is_some_and(is_alphanumeric);
        if is_alphanumeric(d) || joins {
            end += d.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// `c.is_alphanumeric()`, with the Latin letters and the general punctuation (dashes, quotation
/// marks) of news text answered without the Unicode tables.
fn is_alphanumeric(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{24F}' => !matches!(c, '\u{D7}' | '\u{F7}'),
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// Index of the first token starting at or after byte `pos`.
pub fn first_at_or_after(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}
