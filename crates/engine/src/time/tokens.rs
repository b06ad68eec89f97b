//! A small tokenizer for date scanning: words (folded when the date rules know them), digit runs
//! (with an ordinal suffix such as "13th" or "1º" absorbed) and single punctuation characters,
//! with byte spans.

use super::vocabulary::{self, ANCHOR};
use crate::document::ascii::has_digit;
use std::cell::Cell;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other non-space character.
    Punct,
}

/// A token with its byte span.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
    /// [`Tok::norm`]: the token as written until a word is looked up.
    norm: Cell<&'a str>,
    /// [`Tok::class`], or [`UNREAD`] until a word is looked up.
    class: Cell<u8>,
    /// Whether a word may be an [`ANCHOR`] word (from its first two letters and length).
    pub may_anchor: bool,
    /// Whether a word starts with a capital letter.
    pub cap: bool,
    /// A digit run's value (when it fits).
    pub value: Option<u32>,
    /// A digit run's length in digits.
    pub digits: usize,
}

impl<'a> Tok<'a> {
    /// A word the rules know, lowercased and accent-folded (the vocabulary's copy); another word
    /// as written (it equals none of the rules' words); the digits; or the punctuation character.
    pub fn norm(&self) -> &'a str {
        self.read();
        self.norm.get()
    }

    /// A word's [`vocabulary`] class bits (0 for unknown words, numbers and punctuation).
    pub fn class(&self) -> u8 {
        self.read();
        self.class.get()
    }

    /// Looks a word up in the vocabulary, the first time only.
    #[inline]
    fn read(&self) {
        // Every class is below both marks.
        if self.class.get() >= UNREAD_ASCII {
            self.look_up();
        }
    }

    /// [`Tok::read`]'s lookup, out of line so that the rules' many class tests stay small.
    #[inline(never)]
    fn look_up(&self) {
        let unread = self.class.get();
        let written = self.norm.get();
        let found = if unread == UNREAD_ASCII {
            vocabulary::lookup_letters(written.as_bytes(), written.len())
        } else {
            vocabulary::lookup(written)
        };
        let (norm, class) = found.unwrap_or((written, 0));
        self.norm.set(norm);
        self.class.set(class);
    }
}

/// [`Tok::class`] of a word not looked up yet (no class has this bit).
const UNREAD: u8 = 0x80;

/// [`Tok::class`] of a word of ASCII letters only not looked up yet (no class has this bit).
const UNREAD_ASCII: u8 = 0x40;

const ORDINAL_SUFFIXES: [&str; 7] = ["st", "nd", "rd", "th", "º", "ª", "°"];

/// Splits text into tokens; never panics, linear in the text's length.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let anchors = vocabulary::Anchors::get();
    let mut toks = buffer(text.len() / 5 + 4);
    let mut pos = 0;
    while let Some(&byte) = b.get(pos) {
        // Most tokens are words of ASCII letters followed by a space: read here, the space too.
        if byte.is_ascii_alphabetic() {
            let end = pos + ascii_letters(&b[pos..]);
            if b.get(end).is_none_or(u8::is_ascii) {
                let word = text.get(pos..end).unwrap_or_default();
                toks.push(Tok {
                    start: pos,
                    end,
                    kind: TokKind::Word,
                    norm: Cell::new(word),
                    class: Cell::new(UNREAD_ASCII),
                    may_anchor: anchors.may_be(word.as_bytes()),
                    cap: byte.is_ascii_uppercase(),
                    value: None,
                    digits: 0,
                });
                pos = end + usize::from(b.get(end) == Some(&b' '));
                continue;
            }
        }
        if byte == b' ' {
            pos += 1;
            continue;
        }
        let (tok, next) = next_token(text, pos);
        toks.extend(tok);
        pos = next;
    }
    toks
}

thread_local! {
    /// The buffer of the last tokens recycled, for the next text's (no allocation per text).
    static SPARE: Cell<Vec<Tok<'static>>> = const { Cell::new(Vec::new()) };
}

/// An empty token vector with room for `capacity` tokens, in the spare buffer when there is one.
fn buffer<'a>(capacity: usize) -> Vec<Tok<'a>> {
    let mut toks = emptied(SPARE.try_with(Cell::take).unwrap_or_default());
    toks.reserve(capacity);
    toks
}

/// `toks` emptied, as a vector for the tokens of any text, in the same buffer (collected in
/// place: no token is kept).
#[allow(clippy::unnecessary_filter_map)] // `filter` could not change the tokens' lifetime
fn emptied<'b>(toks: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    toks.into_iter().filter_map(|_| None).collect()
}

/// Keeps the buffer of `toks` for the next text's tokens.
pub fn recycle(toks: Vec<Tok<'_>>) {
    let empty = emptied(toks);
    // During the thread's exit the buffer is simply freed.
    let _ = SPARE.try_with(|spare| spare.set(empty));
}

/// Whether `text` holds an anchor: a digit or a word of the vocabulary's [`ANCHOR`] class (no
/// date expression can be found without one).
pub fn has_anchor(text: &str) -> bool {
    if has_digit(text.as_bytes()) {
        return true;
    }
    let b = text.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        let byte = b[pos];
        if byte.is_ascii() && !byte.is_ascii_alphabetic() {
            pos += 1;
            continue;
        }
        if !byte.is_ascii() && !text[pos..].chars().next().is_some_and(is_letter) {
            pos += text[pos..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let (len, ascii) = alphabetic_run(&text[pos..]);
        let anchor = if ascii {
            vocabulary::is_anchor_letters(&b[pos..], len)
        } else {
            vocabulary::lookup(&text[pos..pos + len]).is_some_and(|(_, c)| c & ANCHOR != 0)
        };
        if anchor {
            return true;
        }
        pos += len;
    }
    false
}

/// The token at byte `pos` (none for a space) and where the next one starts.
#[inline]
fn next_token(text: &str, pos: usize) -> (Option<Tok<'_>>, usize) {
    let byte = text.as_bytes()[pos];
    if byte.is_ascii() {
        if matches!(byte, b'\t'..=b'\r' | b' ') {
            return (None, pos + 1);
        }
        if byte.is_ascii_digit() {
            return number(text, pos);
        }
        if !byte.is_ascii_alphabetic() {
            return (Some(punct(text, pos, pos + 1)), pos + 1);
        }
        return word(text, pos, byte.is_ascii_uppercase());
    }
    let c = text[pos..].chars().next().unwrap_or(' ');
    let end = pos + c.len_utf8();
    if c.is_whitespace() {
        (None, end)
    } else if is_letter(c) {
        word(text, pos, c.is_uppercase())
    } else {
        (Some(punct(text, pos, end)), end)
    }
}

/// The digit run at `pos`, with an ordinal suffix absorbed.
fn number(text: &str, pos: usize) -> (Option<Tok<'_>>, usize) {
    let run = text[pos..].bytes().take_while(u8::is_ascii_digit).count();
    let digits_end = pos + run;
    let mut end = digits_end;
    let rest = &text[digits_end..];
    // Every suffix starts with one of these bytes (º, ª and ° with 0xC2).
    let may_suffix = rest
        .bytes()
        .next()
        .is_some_and(|b| matches!(b | 0x20, b's' | b'n' | b'r' | b't') || b == 0xc2);
    for suffix in ORDINAL_SUFFIXES.iter().filter(|_| may_suffix) {
        let matches = rest
            .get(..suffix.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(suffix));
        let after = rest.get(suffix.len()..).and_then(|r| r.chars().next());
        if matches && !after.is_some_and(char::is_alphanumeric) {
            end = digits_end + suffix.len();
            break;
        }
    }
    let digits = &text[pos..digits_end];
    let value = (run <= 9).then(|| {
        digits
            .bytes()
            .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'))
    });
    let tok = Tok {
        start: pos,
        end,
        kind: TokKind::Num,
        norm: Cell::new(digits),
        class: Cell::new(0),
        may_anchor: false,
        cap: false,
        value,
        digits: run,
    };
    (Some(tok), end)
}

/// The word at `pos` (looked up in the vocabulary when first read).
fn word(text: &str, pos: usize, cap: bool) -> (Option<Tok<'_>>, usize) {
    let (len, ascii) = alphabetic_run(&text[pos..]);
    let end = pos + len;
    let tok = Tok {
        start: pos,
        end,
        kind: TokKind::Word,
        norm: Cell::new(&text[pos..end]),
        class: Cell::new(if ascii { UNREAD_ASCII } else { UNREAD }),
        may_anchor: !ascii || vocabulary::may_be_anchor(&text.as_bytes()[pos..end]),
        cap,
        value: None,
        digits: 0,
    };
    (Some(tok), end)
}

/// A punctuation token.
fn punct(text: &str, start: usize, end: usize) -> Tok<'_> {
    Tok {
        start,
        end,
        kind: TokKind::Punct,
        norm: Cell::new(&text[start..end]),
        class: Cell::new(0),
        may_anchor: false,
        cap: false,
        value: None,
        digits: 0,
    }
}

/// The byte length of the letters at the start of `s`, and whether they are all ASCII.
#[inline]
fn alphabetic_run(s: &str) -> (usize, bool) {
    let len = ascii_letters(s.as_bytes());
    if s.as_bytes().get(len).is_none_or(u8::is_ascii) {
        return (len, true);
    }
    non_ascii_run(s, len)
}

/// [`alphabetic_run`] past its first `len` bytes, ASCII letters followed by another character.
#[cold]
fn non_ascii_run(s: &str, mut len: usize) -> (usize, bool) {
    let mut ascii = true;
    while let Some(c) = s[len..]
        .chars()
        .next()
        .filter(|&c| !c.is_ascii() && is_letter(c))
    {
        ascii = false;
        len += c.len_utf8();
        len += ascii_letters(&s.as_bytes()[len..]);
    }
    (len, ascii)
}

/// `c.is_alphabetic()`, with the Latin letters and the general punctuation (dashes, quotation
/// marks) of news text answered without the Unicode tables.
fn is_letter(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{24F}' => !matches!(c, '\u{D7}' | '\u{F7}'),
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// The number of ASCII letters at the start of `b`, read eight bytes at a time.
#[inline]
fn ascii_letters(b: &[u8]) -> usize {
    let mut len = 0;
    while let Some(w) = crate::document::ascii::load(b, len) {
        let others = non_letters(w);
        if others != 0 {
            return len + (others.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    len + b[len..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count()
}

/// The high bit of each byte of `v` (eight bytes, little-endian) that is not an ASCII letter.
fn non_letters(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // Lowercased and without the high bit, so the additions below never carry between bytes.
    let x = (v | (0x20 * ONES)) & (0x7f * ONES);
    let from_a = x + (0x80 - u64::from(b'a')) * ONES;
    let past_z = x + (0x7f - u64::from(b'z')) * ONES;
    let letters = from_a & !past_z & !v & HIGH;
    !letters & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recycled_buffer_is_reused() {
        let toks = tokenize("The 13th of May, 2024, in Madrid.");
        let capacity = toks.capacity();
        recycle(toks);
        assert_eq!(buffer(0).capacity(), capacity);
        assert!(tokenize("el 3 de mayo").len() == 4);
    }

    #[test]
    fn letters_eight_at_a_time_match_one_at_a_time() {
        for byte in 0..=255u8 {
            for at in 0..12 {
                let mut b = *b"abcdefghijklMNOPQRSTUVWXYZ";
                b[at] = byte;
                let naive = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                assert_eq!(ascii_letters(&b), naive, "byte {byte} at {at}");
            }
        }
    }
}
