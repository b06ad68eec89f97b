//! Sentence splitting for English and Spanish prose: abbreviations (Mr., Sra., EE.UU., a.m.),
//! decimals, initials, closing quotes after a period, ellipses and "¿…?" / "¡…!" are respected.

use super::ascii::{load, HIGH, ONES};
use crate::case::Lowercase;
use crate::time::fold;
use std::sync::OnceLock;

/// Abbreviations after which a period never ends a sentence.
const ABBREVIATIONS: &str = concat!(
    "mr|", "mrs|", "ms|", "dr|", "drs|", "dra|", "prof|", "sr|", "sra|", "srta|", "sres|", "lic|",
    "ing|", "arq|", "st|", "mt|", "ft|", "gen|", "gov|", "sen|", "rep|", "col|", "lt|", "sgt|",
    "capt|", "cmdr|", "adm|", "pres|", "hon|", "rev|", "fr|", "vs|", "approx|", "aprox|", "e.g|",
    "i.e|", "cf|", "ej|", "dept|", "univ|", "av|", "avda|", "pág|", "págs|", "ud|", "uds|", "vd|",
    "dña|", "dn|", "sto|", "sta|", "jan|", "feb|", "aug|", "sept|", "sep|", "oct|", "nov|", "dec|",
    "ene|", "abr|", "dic|", "est|", "ca|", "sec|", "etc.|", "mss|",
);

/// Abbreviations that end a sentence only when the next word commonly starts one.
const SOFT_ABBREVIATIONS: &str =
    concat!("inc|", "ltd|", "corp|", "co|", "jr|", "etc|", "bros|", "llc|", "s.a|",);

/// Abbreviations that precede a number ("No. 5", "art. 3").
const NUMERIC_ABBREVIATIONS: &str = concat!(
    "no|", "nos|", "núm|", "num|", "nro|", "art|", "arts|", "vol|", "p|", "pp|", "fig|", "tel|",
    "ch|", "cap|",
);

/// Words that commonly start a sentence: after an acronym ("U.S."), a period followed by one of
/// these ends the sentence.
const STARTERS: &str = concat!(
    "the|",
    "this|",
    "that|",
    "these|",
    "those|",
    "it|",
    "he|",
    "she|",
    "we|",
    "they|",
    "i|",
    "in|",
    "but|",
    "and|",
    "a|",
    "an|",
    "on|",
    "at|",
    "its|",
    "his|",
    "her|",
    "their|",
    "there|",
    "el|",
    "la|",
    "los|",
    "las|",
    "en|",
    "pero|",
    "y|",
    "un|",
    "una|",
    "este|",
    "esta|",
    "ese|",
    "esa|",
    "se|",
    "según|",
    "however|",
    "meanwhile|",
    "sin|",
    "no|",
    "por|",
    "con|",
    "when|",
    "while|",
    "after|",
    "for|",
    "as|",
    "según|",
);

/// The lists above as slices, built at first use from their strings (one string per list, each
/// word followed by '|', keeps the wasm free of a pointer per word).
struct Lists {
    abbreviations: Vec<&'static str>,
    soft_abbreviations: Vec<&'static str>,
    numeric_abbreviations: Vec<&'static str>,
    starters: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    use crate::lexicon::words_of as words;
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        abbreviations: words(ABBREVIATIONS),
        soft_abbreviations: words(SOFT_ABBREVIATIONS),
        numeric_abbreviations: words(NUMERIC_ABBREVIATIONS),
        starters: words(STARTERS),
    })
}

const TERMINATORS: [char; 4] = ['.', '!', '?', '…'];
const CLOSERS: [char; 9] = ['"', '\'', '”', '’', '»', ')', ']', '}', '›'];

/// The word (letters, digits and inner dots) ending just before byte `dot` of `s`.
fn word_before(s: &str, dot: usize) -> &str {
    let head = &s[..dot];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| super::alphanumeric(c) || c == '.' || c == '\'' || c == '’')
        .last()
        .map_or(dot, |(i, _)| i);
    head[start..].trim_start_matches(['.', '\'', '’'])
}

/// The word starting at byte `at` of `s`.
fn word_at(s: &str, at: usize) -> &str {
    let tail = &s[at..];
    let end = tail
        .char_indices()
        .find(|&(_, c)| !super::alphanumeric(c))
        .map_or(tail.len(), |(i, _)| i);
    &tail[..end]
}

/// Whether `word`, lowercased, is one of `list` (lowercase); ASCII words are compared in place.
fn lower_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        return list.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    list.contains(&word.lowercase().as_str())
}

/// Whether `word`, folded ([`fold`]), is one of `list` (folded); ASCII words are compared in
/// place.
fn folded_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        return list.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    list.contains(&fold(word).as_str())
}

/// Whether a single '.' at byte `dot` (next non-space character at `next`) ends a sentence.
fn period_ends(s: &str, dot: usize, next: usize) -> bool {
    let word = word_before(s, dot);
    let next_char = s[next..].chars().next().unwrap_or(' ');
    let next_word = word_at(s, next);
    let starter = || folded_in(next_word, &lists().starters);
    if word.is_empty() {
        return true;
    }
    if lower_in(word, &lists().abbreviations) {
        return false;
    }
    if lower_in(word, &lists().numeric_abbreviations) && next_char.is_ascii_digit() {
        return false;
    }
    if lower_in(word, &lists().soft_abbreviations) {
        return starter();
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if single_capital {
        // An initial ("J. Smith"), unless a sentence plainly starts next.
        return starter() && !folded_in(next_word, &["a", "i"]);
    }
    if word.contains('.') {
        // A dotted acronym ("U.S.", "EE.UU.", "a.m.").
        return starter();
    }
    true
}

/// Splits `text[start..end]` into sentences; returns trimmed, non-empty byte ranges.
pub fn split(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    split_each(text, start, end, |a, b| out.push((a, b)));
    out
}

/// [`split`], showing `out` each sentence's byte range in order instead of collecting them.
pub(crate) fn split_each(text: &str, start: usize, end: usize, mut out: impl FnMut(usize, usize)) {
    let s = &text[start..end];
    let mut sent_start = 0;
    let mut pos = 0;
    while let Some((i, c)) = next_terminator(s, pos) {
        // The run of terminators and closing quotes/brackets.
        let mut run_end = i + c.len_utf8();
        let mut dots = usize::from(c == '.');
        let mut only_period = c == '.';
        for d in s[run_end..].chars() {
            if TERMINATORS.contains(&d) || CLOSERS.contains(&d) {
                if TERMINATORS.contains(&d) {
                    only_period &= d == '.';
                    dots += usize::from(d == '.');
                }
                run_end += d.len_utf8();
            } else {
                break;
            }
        }
        pos = run_end;
        let rest = &s[run_end..];
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            continue; // "2.4", "example.com", "U.S.A"
        }
        let Some(offset) = rest.find(|c: char| !c.is_whitespace()) else {
            continue; // the paragraph's end closes the sentence anyway
        };
        let next = run_end + offset;
        let next_char = s[next..].chars().next().unwrap_or(' ');
        if next_char.is_lowercase() {
            continue;
        }
        if only_period && dots == 1 && !period_ends(s, i, next) {
            continue;
        }
        push(&mut out, s, start, sent_start, run_end);
        sent_start = next;
    }
    push(&mut out, s, start, sent_start, s.len());
}

/// The first terminator at or after byte `from` of `s`, with its byte offset. Bytes are scanned
/// eight at a time: '.', '!' and '?' are ASCII and '…' is the only terminator starting with byte
/// 0xE2.
fn next_terminator(s: &str, from: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        if let Some(w) = load(b, i) {
            let found = may_terminate(w);
            if found == 0 {
                i += 8;
                continue;
            }
            i += found.trailing_zeros() as usize / 8;
        }
        if matches!(b[i], b'.' | b'!' | b'?' | 0xE2) {
            let c = s[i..].chars().next()?;
            if TERMINATORS.contains(&c) {
                return Some((i, c));
            }
        }
        i += 1;
    }
    None
}

/// The bytes of eight (little-endian in `w`) that may begin a terminator, as a mask whose lowest
/// set bit (the high bit of a byte) marks the first '.', '!', '?' or 0xE2 byte; zero when there
/// is none.
fn may_terminate(w: u64) -> u64 {
    // '!', '.' and '?' are among the bytes from 0x21 to 0x3F: most words of text have none of
    // these and no byte beyond ASCII.
    let low = ((w & !HIGH) + ONES * (0x80 - 0x21)) & !((w & !HIGH) + ONES * (0x80 - 0x40));
    if (low | w) & HIGH == 0 {
        return 0;
    }
    // The high bit of the bytes of `v` that are zero; a borrow can mark a byte above a zero
    // byte, never below the first one.
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let is = |c: u8| zero(w ^ (ONES * u64::from(c)));
    is(b'.') | is(b'!') | is(b'?') | is(0xE2)
}

fn push(out: &mut impl FnMut(usize, usize), s: &str, base: usize, from: usize, to: usize) {
    let piece = &s[from..to];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.bytes().any(|b| b.is_ascii_alphanumeric())
        || !trimmed.is_ascii() && trimmed.chars().any(super::alphanumeric)
    {
        let a = base + from + lead;
        out(a, a + trimmed.len());
    }
}
