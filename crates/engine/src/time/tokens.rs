//! A small tokenizer for date scanning: words (folded when the date rules know them), digit runs
//! (with an ordinal suffix such as "13th" or "1º" absorbed) and single punctuation characters,
//! with byte spans.

use super::vocabulary::{self, ANCHOR};

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
    /// A word the rules know, lowercased and accent-folded (the vocabulary's copy); another word
    /// as written (it equals none of the rules' words); the digits; or the punctuation character.
    pub norm: &'a str,
    /// A word's [`vocabulary`] class bits (0 for unknown words, numbers and punctuation).
    pub class: u8,
    /// Whether a word starts with a capital letter.
    pub cap: bool,
    /// A digit run's value (when it fits).
    pub value: Option<u32>,
    /// A digit run's length in digits.
    pub digits: usize,
}

const ORDINAL_SUFFIXES: [&str; 7] = ["st", "nd", "rd", "th", "º", "ª", "°"];

/// Splits text into tokens; never panics, linear in the text's length.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 4);
    let mut pos = 0;
    while let Some((tok, next)) = next_token(text, pos) {
        toks.extend(tok);
        pos = next;
    }
    toks
}

/// Whether `text` holds an anchor: a digit or a word of the vocabulary's [`ANCHOR`] class (no
/// date expression can be found without one).
pub fn has_anchor(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    let b = text.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        if b[pos].is_ascii() && !b[pos].is_ascii_alphabetic() {
            pos += 1;
            continue;
        }
        let len = alphabetic_run(&text[pos..]);
        if len == 0 {
            pos += text[pos..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        if vocabulary::lookup(&text[pos..pos + len]).is_some_and(|(_, c)| c & ANCHOR != 0) {
            return true;
        }
        pos += len;
    }
    false
}

/// The token at byte `pos` (none for a space) and where the next one starts; `None` at the end.
fn next_token(text: &str, pos: usize) -> Option<(Option<Tok<'_>>, usize)> {
    let byte = *text.as_bytes().get(pos)?;
    if byte.is_ascii() {
        if matches!(byte, b'\t'..=b'\r' | b' ') {
            return Some((None, pos + 1));
        }
        if byte.is_ascii_digit() {
            return Some(number(text, pos));
        }
        if !byte.is_ascii_alphabetic() {
            return Some((Some(punct(text, pos, pos + 1)), pos + 1));
        }
        return Some(word(text, pos, byte.is_ascii_uppercase()));
    }
    let c = text[pos..].chars().next()?;
    let end = pos + c.len_utf8();
    if c.is_whitespace() {
        Some((None, end))
    } else if c.is_alphabetic() {
        Some(word(text, pos, c.is_uppercase()))
    } else {
        Some((Some(punct(text, pos, end)), end))
    }
}

/// The digit run at `pos`, with an ordinal suffix absorbed.
fn number(text: &str, pos: usize) -> (Option<Tok<'_>>, usize) {
    let run = text[pos..].bytes().take_while(u8::is_ascii_digit).count();
    let digits_end = pos + run;
    let mut end = digits_end;
    let rest = &text[digits_end..];
    for suffix in ORDINAL_SUFFIXES {
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
        norm: digits,
        class: 0,
        cap: false,
        value,
        digits: run,
    };
    (Some(tok), end)
}

/// The word at `pos`, looked up in the vocabulary.
fn word(text: &str, pos: usize, cap: bool) -> (Option<Tok<'_>>, usize) {
    let end = pos + alphabetic_run(&text[pos..]);
    let written = &text[pos..end];
    let (norm, class) = vocabulary::lookup(written).unwrap_or((written, 0));
    let tok = Tok {
        start: pos,
        end,
        kind: TokKind::Word,
        norm,
        class,
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
        norm: &text[start..end],
        class: 0,
        cap: false,
        value: None,
        digits: 0,
    }
}

/// The byte length of the letters at the start of `s` (ASCII bytes are read without decoding).
fn alphabetic_run(s: &str) -> usize {
    let b = s.as_bytes();
    let mut len = 0;
    while len < b.len() {
        if b[len].is_ascii() {
            if !b[len].is_ascii_alphabetic() {
                break;
            }
            len += 1;
            continue;
        }
        match s[len..].chars().next() {
            Some(c) if c.is_alphabetic() => len += c.len_utf8(),
            _ => break,
        }
    }
    len
}
