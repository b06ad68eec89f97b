//! A small tokenizer for date scanning: words (lowercased, accent-folded), digit runs (with an
//! ordinal suffix such as "13th" or "1º" absorbed) and single punctuation characters, with byte spans.

use super::names::fold;
use std::borrow::Cow;

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
    /// Lowercased, accent-folded word; the digits; or the punctuation character. Borrowed from
    /// the text unless folding changed it.
    pub norm: Cow<'a, str>,
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
    while let Some(c) = text[pos..].chars().next() {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
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
            toks.push(Tok {
                start,
                end,
                kind: TokKind::Num,
                norm: Cow::Borrowed(digits),
                cap: false,
                value: if run <= 9 { digits.parse().ok() } else { None },
                digits: run,
            });
            pos = end;
        } else if c.is_alphabetic() {
            let len = alphabetic_run(&text[pos..]);
            let word = &text[pos..pos + len];
            toks.push(Tok {
                start,
                end: pos + len,
                kind: TokKind::Word,
                norm: folded(word),
                cap: c.is_uppercase(),
                value: None,
                digits: 0,
            });
            pos += len;
        } else {
            pos += c.len_utf8();
            toks.push(Tok {
                start,
                end: pos,
                kind: TokKind::Punct,
                norm: Cow::Borrowed(&text[start..pos]),
                cap: false,
                value: None,
                digits: 0,
            });
        }
    }
    toks
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

/// A word's folded form, borrowed when the word is already lowercase ASCII (most words).
fn folded(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}
