//! Splitting text into trimmed lines (LF, CRLF, CR and Unicode separators), each with its byte
//! span and whether a blank line came before it.

use super::ascii::{load, HIGH, ONES};

/// A non-empty line, trimmed of whitespace, zero-width characters and a leading bullet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// First byte of the content.
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// Whether a blank line (or the start of the text) precedes it.
    pub blank_before: bool,
}

/// Characters trimmed from both ends of a line besides whitespace.
fn invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\0')
}

/// Bullets dropped from a line's start when followed by a space.
const BULLETS: [char; 6] = ['•', '·', '*', '-', '–', '▪'];

/// The first line break at or after byte `from` of `text`, with its byte offset. Bytes are
/// scanned eight at a time for LF, CR and the first bytes of the other breaks: U+2028 and U+2029
/// start with byte 0xE2 and U+0085 with 0xC2.
fn next_break(text: &str, from: usize) -> Option<(usize, char)> {
    let b = text.as_bytes();
    let mut i = from;
    while i < b.len() {
        if let Some(w) = load(b, i) {
            let found = may_break(w);
            if found == 0 {
                i += 8;
                continue;
            }
            i += found.trailing_zeros() as usize / 8;
        }
        match b[i] {
            b'\n' => return Some((i, '\n')),
            b'\r' => return Some((i, '\r')),
            0xE2 | 0xC2 => {
                let c = text[i..].chars().next().unwrap_or(' ');
                if matches!(c, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                    return Some((i, c));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The bytes of eight (little-endian in `w`) that may begin a line break, as a mask whose lowest
/// set bit (the high bit of a byte) marks the first LF, CR, 0xE2 or 0xC2 byte; zero when there is
/// none.
fn may_break(w: u64) -> u64 {
    // ASCII bytes from 0x0E on are never a break's first byte: most words of text have no other.
    let low = ((w & !HIGH) + ONES * (0x80 - 0x0E)) & HIGH;
    if (!low | w) & HIGH == 0 {
        return 0;
    }
    // The high bit of the bytes of `v` that are zero; a borrow can mark a byte above a zero
    // byte, never below the first one.
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let is = |c: u8| zero(w ^ (ONES * u64::from(c)));
    is(b'\n') | is(b'\r') | is(0xE2) | is(0xC2)
}

/// The non-empty lines of `text`, in order.
pub fn lines(text: &str) -> Vec<Line> {
    // Room for a line every 64 bytes: the vector rarely grows.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut blank = true;
    let mut line_start = 0;
    loop {
        let next = next_break(text, line_start);
        let (end, after) = match next {
            None => (text.len(), text.len()),
            Some((i, '\r')) if text[i + 1..].starts_with('\n') => (i, i + 2),
            Some((i, c)) => (i, i + c.len_utf8()),
        };
        let raw = &text[line_start..end];
        let lead = raw.len() - raw.trim_start_matches(invisible).len();
        let mut start = line_start + lead;
        let content_end = (line_start + raw.trim_end_matches(invisible).len()).max(start);
        if let Some(c) = text[start..content_end].chars().next() {
            let rest = &text[start + c.len_utf8()..content_end];
            if BULLETS.contains(&c) && rest.starts_with(invisible) {
                start += c.len_utf8();
                start += rest.len() - rest.trim_start_matches(invisible).len();
            }
        }
        if start < content_end {
            out.push(Line {
                start,
                end: content_end,
                blank_before: blank,
            });
            blank = false;
        } else {
            blank = true;
        }
        if next.is_none() {
            break;
        }
        line_start = after;
    }
    out
}
