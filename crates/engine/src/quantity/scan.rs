//! Tokenizer for the recognizer: words (normalized into one shared buffer, no per-word
//! allocation), digit literals and symbols, with URLs, e-mail addresses and phone numbers masked
//! so that their digits are never read as quantities.

use super::digits::{self, Lit};
use super::lexicon::{reader, Lex, Reader};
use super::scale::E as Element;
use super::DecimalMark;
use crate::case::Lowercase;
use crate::document::ascii::{letter_mask, load, HIGH};
use crate::lang::Lang;
use std::cell::Cell;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TK {
    /// A run of letters.
    Word,
    /// A digit literal.
    Num,
    /// Any other single character.
    Sym,
}

/// How a digit literal is attached to the text on its left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Glue {
    /// Free standing.
    Free,
    /// Letters directly before ("USD50", "A320").
    Letter,
    /// Letters and a hyphen before ("COVID-19").
    LetterHyphen,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub kind: TK,
    pub start: usize,
    pub end: usize,
    /// Normalized form (lowercase, accents removed) in the arena, for words.
    pub n0: u32,
    pub n1: u32,
    /// The character, for symbols.
    pub ch: char,
    /// The literal, for numbers.
    pub lit: Option<Lit>,
    /// Glued multiplier ("10k"), ordinal suffix ("21st"), unit of measure ("29km"), junk ("14ymedio").
    pub mult: f64,
    pub ordinal: bool,
    pub measure: bool,
    pub junk: bool,
    pub glue: Glue,
    /// Whitespace before this token.
    pub space: bool,
    /// First token of a line.
    pub line_start: bool,
    /// The word starts with an uppercase letter.
    pub upper: bool,
    /// The word's number-word meaning in the text's language.
    pub lex: Option<Lex>,
    /// Whether a figure, score or date may start here: a number, a minus sign, a number word or
    /// a month name.
    pub starts: bool,
}

/// The tokens of a text and their normalized word forms.
pub(crate) struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    pub arena: String,
    /// A buffer for the elements of a number being read ([`super::scale`]).
    pub(super) els: Cell<Vec<(Element, usize)>>,
}

impl<'a> Tokens<'a> {
    /// The normalized form of token `i` ("" for non-words).
    pub fn norm(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TK::Word => &self.arena[t.n0 as usize..t.n1 as usize],
            _ => "",
        }
    }
    /// The number-word meaning of token `i` in the text's language (None for non-words).
    pub fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).and_then(|t| t.lex)
    }
    /// The symbol of token `i` ('\0' for other kinds).
    pub fn sym(&self, i: usize) -> char {
        match self.toks.get(i) {
            Some(t) if t.kind == TK::Sym => t.ch,
            _ => '\0',
        }
    }
}

thread_local! {
    /// The buffers of the last tokens dropped, for the next text's (no allocation per text).
    static SPARE: Cell<Spare> = const { Cell::new((Vec::new(), String::new(), Vec::new())) };
}

/// The buffers a text's tokens leave for the next: tokens, normalized words, a number's elements.
type Spare = (Vec<Tok>, String, Vec<(Element, usize)>);

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        let buffers = (
            std::mem::take(&mut self.toks),
            std::mem::take(&mut self.arena),
            self.els.take(),
        );
        // During the thread's exit the buffers are simply freed.
        let _ = SPARE.try_with(|spare| spare.set(buffers));
    }
}

/// Appends `c` to a word's normalized form (lowercase, accents removed).
pub(super) fn push_norm(arena: &mut String, c: char) {
    if c.is_ascii() {
        arena.push(c.to_ascii_lowercase());
        return;
    }
    let m = match c {
        'á' | 'Á' | 'à' | 'À' | 'â' | 'ä' => 'a',
        'é' | 'É' | 'è' | 'È' | 'ê' | 'ë' => 'e',
        'í' | 'Í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'Ó' | 'ò' | 'ô' | 'ö' => 'o',
        'ú' | 'Ú' | 'ù' | 'û' | 'ü' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => {
            arena.push(crate::case::lower_char(c));
            return;
        }
    };
    arena.push(m);
}

/// Whether `c` continues a word (a letter that is no currency sign).
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic(); // no ASCII letter is a currency sign
    }
    // Latin-1 and Latin Extended letters (no currency sign among them), without the Unicode tables.
    if ('\u{C0}'..='\u{24F}').contains(&c) {
        return !matches!(c, '\u{D7}' | '\u{F7}');
    }
    c.is_alphabetic() && super::money::symbol(c).is_none() || c == '\u{bc2}'
}

/// Whether the byte at `p` is a sign that the text may hold a URL or e-mail address: a '@', a
/// "://" or the '.' of a "www." (any case). Without one, [`noise_ranges`] finds none.
fn noise_sign(b: &[u8], p: usize) -> bool {
    match b[p] {
        b'@' => true,
        b':' => b[p + 1..].starts_with(b"//"),
        b'.' => p >= 3 && b[p - 3..p].eq_ignore_ascii_case(b"www"),
        _ => false,
    }
}

/// Byte ranges of URLs and e-mail addresses.
fn noise_ranges(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hit = match b[i] {
            b':' => b[i..].starts_with(b"://"),
            b'w' | b'W' => {
                b.len() - i >= 4
                    && b[i..i + 4].eq_ignore_ascii_case(b"www.")
                    && (i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b'(')
            }
            b'@' => {
                i > 0
                    && i + 1 < b.len()
                    && b[i - 1].is_ascii_alphanumeric()
                    && b[i + 1].is_ascii_alphanumeric()
            }
            _ => false,
        };
        if hit {
            let mut s = i;
            while s > 0 && !b[s - 1].is_ascii_whitespace() && b[s - 1] != b'(' && b[s - 1] != b'<' {
                s -= 1;
            }
            let mut e = i;
            while e < b.len() && !b[e].is_ascii_whitespace() && b[e] != b'>' {
                e += 1;
            }
            while !text.is_char_boundary(s) {
                s += 1;
            }
            while e < b.len() && !text.is_char_boundary(e) {
                e += 1;
            }
            if let Some(last) = out.last_mut() {
                if s <= last.1 {
                    last.1 = last.1.max(e);
                    i = e.max(i + 1);
                    continue;
                }
            }
            out.push((s, e));
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Length of a phone number starting at `i` ('+', '(' or a digit), if there is one.
fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    let plus = b[i] == b'+';
    let paren = b[i] == b'(';
    let mut p = if plus { i + 1 } else { i };
    let mut digits = 0;
    let mut groups: [usize; 8] = [0; 8];
    let mut ng = 0;
    let mut hyphens = 0;
    let mut has_paren = false;
    let mut last_end = p;
    loop {
        if p < b.len() && b[p] == b'(' {
            let q = digit_run(b, p + 1);
            if q > p + 1 && q - p - 1 <= 4 && q < b.len() && b[q] == b')' {
                has_paren = true;
                digits += q - p - 1;
                if ng < 8 {
                    groups[ng] = q - p - 1;
                }
                ng += 1;
                p = q + 1;
                last_end = p;
            } else {
                break;
            }
        } else {
            let q = digit_run(b, p);
            if q == p {
                break;
            }
            digits += q - p;
            if ng < 8 {
                groups[ng] = q - p;
            }
            ng += 1;
            p = q;
            last_end = p;
        }
        if p < b.len()
            && (b[p] == b'-' || b[p] == b' ' || b[p] == b'/')
            && p + 1 < b.len()
            && (b[p + 1].is_ascii_digit() || b[p + 1] == b'(')
        {
            if b[p] == b'-' {
                hyphens += 1;
            }
            if b[p] == b' ' && !(plus || has_paren || paren) {
                break;
            }
            p += 1;
        } else {
            break;
        }
        if ng > 12 {
            break;
        }
    }
    let year = |g: usize| g == 4;
    // "2024-05-13": an ISO date (year, month, day), not a phone number.
    let iso_date = !plus
        && !has_paren
        && ng == 3
        && groups[..3] == [4, 2, 2]
        && matches!(&b[i..i + 2], b"19" | b"20")
        && b[i + 4] == b'-'
        && matches!(
            &b[i + 5..i + 7],
            b"01"
                | b"02"
                | b"03"
                | b"04"
                | b"05"
                | b"06"
                | b"07"
                | b"08"
                | b"09"
                | b"10"
                | b"11"
                | b"12"
        );
    // "13-05-2024": a date (day, month, year), not a phone number.
    let dmy_date = !plus && ng == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4;
    let is_phone = if iso_date || dmy_date {
        false
    } else if hyphens >= 2 && digits == ng {
        // "a 4-4-2 formation", "4-2-3-1": digits one by one, a line-up, not figures (masked).
        true
    } else if plus {
        digits >= 7
    } else if has_paren {
        digits >= 7 && ng >= 2
    } else if hyphens >= 2 {
        digits >= 8 && ng >= 3
    } else if hyphens == 1 && ng == 2 {
        (groups[0] == 3 || groups[0] == 4)
            && groups[1] == 4
            && !(year(groups[0]) && year(groups[1]))
    } else {
        false
    };
    if is_phone {
        Some(last_end)
    } else {
        None
    }
}

/// Length of a phone number written in groups separated by single spaces ("55 5658 1111",
/// "91 123 45 67"): three or more groups, 8 to 12 digits, a first group of at most three, and a
/// later group that is not three digits long, so no thousands grouping ("1 500 000") reads so.
fn spaced_phone_at(b: &[u8], i: usize) -> Option<usize> {
    let mut p = i;
    let (mut digits, mut ng, mut odd) = (0, 0, false);
    // "0800 555 0199", "020 7946 0958", "07700 900123": a trunk prefix's zero opens no figure.
    let trunk = b[i] == b'0';
    let longest = if trunk { 6 } else { 4 };
    let mut end;
    loop {
        let q = digit_run(b, p);
        let g = q - p;
        let first_too_long = ng == 0 && g > if trunk { 5 } else { 3 };
        if g == 0 || g > longest || first_too_long || (ng > 0 && g < 2) {
            return None;
        }
        odd |= ng > 0 && g != 3;
        digits += g;
        ng += 1;
        end = q;
        if q + 1 < b.len() && b[q] == b' ' && b[q + 1].is_ascii_digit() && ng < 6 {
            p = q + 1;
        } else {
            break;
        }
    }
    let alone = end == b.len() || !b[end].is_ascii_alphanumeric();
    // "llame al 900 123 456", "teléfono 600 123 456", "the helpline is 900 444 222": three-digit
    // groups after a call word.
    let called = || {
        let mut before = b[..i].trim_ascii_end();
        for linking in [&b" is"[..], b" es", b":"] {
            before = before
                .strip_suffix(linking)
                .unwrap_or(before)
                .trim_ascii_end();
        }
        [
            &b" al"[..],
            "teléfono".as_bytes(),
            b"tel.",
            b"tel",
            b"llamar",
            b"helpline",
            b"hotline",
            b"phone",
            b"number",
            "número".as_bytes(),
            "línea".as_bytes(),
            b"call",
            b"dial",
        ]
        .iter()
        .any(|w| {
            // A whole word: "hotel" and "smartphone" call no one.
            let at = before.len().wrapping_sub(w.len());
            let word_start = at == 0 || !w[0].is_ascii_alphanumeric();
            before.ends_with(w) && (word_start || !before[at - 1].is_ascii_alphanumeric())
        })
    };
    let groups = ng >= 3 || trunk && ng == 2;
    (groups && (8..=12).contains(&digits) && alone && (odd || trunk || called())).then_some(end)
}

fn digit_run(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Whether `c` is a vulgar fraction character ("½"), read as a number.
pub(super) fn is_vulgar(c: char) -> bool {
    vulgar(c).is_some()
}

/// Vulgar fraction characters.
fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// The end of the run of ASCII letters starting at byte `i`.
#[inline]
pub(super) fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(w) = load(b, i) {
        let others = !letter_mask(w) & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The word starting at byte `i` (a word character). `arena` starts with the text lowercased: an
/// ASCII word's normalized form is there at its own offsets; any other word's is appended.
fn word_at(text: &str, i: usize, arena: &mut String, words: &Reader) -> Tok {
    let b = text.as_bytes();
    let mut j = letters_end(b, i);
    let (n0, n1) = if j < b.len() && !b[j].is_ascii() {
        let n0 = arena.len();
        arena.push_str(&text[i..j]);
        while j < b.len() {
            let Some(c2) = text[j..].chars().next() else {
                break;
            };
            if !is_word_char(c2) {
                break;
            }
            push_norm(arena, c2);
            j += c2.len_utf8();
            // An ASCII word character is a letter (no currency sign is one).
            let e = letters_end(b, j);
            arena.push_str(&text[j..e]);
            j = e;
        }
        arena[n0..].make_ascii_lowercase();
        (n0, arena.len())
    } else {
        (i, j)
    };
    let lex = words.get(&arena[n0..n1]);
    let upper = if b[i].is_ascii() {
        b[i].is_ascii_uppercase()
    } else {
        text[i..].chars().next().is_some_and(char::is_uppercase)
    };
    Tok {
        kind: TK::Word,
        start: i,
        end: j,
        n0: n0 as u32,
        n1: n1 as u32,
        ch: '\0',
        lit: None,
        mult: 1.0,
        ordinal: false,
        measure: false,
        junk: false,
        glue: Glue::Free,
        space: false,
        line_start: false,
        upper,
        lex,
        starts: lex.is_some() || super::dates::month(&arena[n0..n1], upper).is_some(),
    }
}

/// Splits `text` into tokens, reading number words in `lang`. Most texts hold no URL or e-mail
/// address: the ranges to mask are looked for, and the text read again from its start, only when
/// a sign of one is met (every ':', '@' and '.' that could be one starts a symbol).
pub(crate) fn tokenize<'a>(text: &'a str, mark: DecimalMark, lang: &Lang) -> Tokens<'a> {
    tokenize_lowered(text, None, mark, lang)
}

/// [`tokenize`], given `text` with ASCII letters lowercased when the caller has it already.
pub(crate) fn tokenize_lowered<'a>(
    text: &'a str,
    lower: Option<&str>,
    mark: DecimalMark,
    lang: &Lang,
) -> Tokens<'a> {
    let b = text.as_bytes();
    let words = reader(lang);
    let mut watch = true;
    let mut noise: Vec<(usize, usize)> = Vec::new();
    let mut ni = 0;
    let (mut toks, mut arena, els) = SPARE.try_with(Cell::take).unwrap_or_default();
    toks.clear();
    toks.reserve(text.len() / 5 + 4);
    arena.clear();
    arena.reserve(text.len() + 16);
    match lower {
        Some(lower) => arena.push_str(lower),
        None => {
            arena.push_str(text);
            arena.make_ascii_lowercase();
        }
    }
    let mut i = 0;
    let mut space = true;
    let mut line_start = true;
    let blank = Tok {
        kind: TK::Sym,
        start: 0,
        end: 0,
        n0: 0,
        n1: 0,
        ch: '\0',
        lit: None,
        mult: 1.0,
        ordinal: false,
        measure: false,
        junk: false,
        glue: Glue::Free,
        space: false,
        line_start: false,
        upper: false,
        lex: None,
        starts: false,
    };
    while i < b.len() {
        // Most texts hold no URL or e-mail address: one comparison.
        if ni < noise.len() {
            while ni < noise.len() && noise[ni].1 <= i {
                ni += 1;
            }
            if ni < noise.len() && noise[ni].0 <= i {
                i = noise[ni].1;
                space = true;
                continue;
            }
        }
        let c = b[i];
        // Most tokens are words of ASCII letters, normalized in the arena at their own offsets.
        if c.is_ascii_alphabetic() {
            let j = letters_end(b, i);
            if j >= b.len() || b[j].is_ascii() {
                let norm = &arena[i..j];
                let lex = words.get(norm);
                let upper = c.is_ascii_uppercase();
                toks.push(Tok {
                    kind: TK::Word,
                    start: i,
                    end: j,
                    n0: i as u32,
                    n1: j as u32,
                    space,
                    line_start,
                    upper,
                    lex,
                    starts: lex.is_some()
                        || super::dates::may_be_month(norm.as_bytes())
                            && super::dates::month(norm, upper).is_some(),
                    ..blank
                });
                // A space after the word is read here (no URL or e-mail address holds one).
                space = b.get(j) == Some(&b' ');
                i = j + usize::from(space);
                line_start = false;
                continue;
            }
            // A word that goes on past ASCII is read as any other word, below.
        }
        if c == b'\n' || c == b'\r' {
            line_start = true;
            space = true;
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' {
            space = true;
            i += 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or('\0');
        if ch.is_whitespace() && !matches!(ch, '\u{a0}' | '\u{202f}' | '\u{2009}')
            || ch == '\u{a0}'
            || ch == '\u{202f}'
            || ch == '\u{2009}'
        {
            space = true;
            i += ch.len_utf8();
            continue;
        }
        // Phone numbers.
        if (c == b'+' || c == b'(' || c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        {
            let starts_num = c.is_ascii_digit() || (i + 1 < b.len() && b[i + 1].is_ascii_digit());
            if starts_num {
                if let Some(e) = phone_at(b, i)
                    .or_else(|| c.is_ascii_digit().then(|| spaced_phone_at(b, i)).flatten())
                {
                    i = e;
                    space = false;
                    line_start = false;
                    continue;
                }
            }
        }
        let prev_is_digit = i > 0 && b[i - 1].is_ascii_digit();
        let leading_mark = match mark {
            DecimalMark::Point => c == b'.',
            DecimalMark::Comma => c == b',',
        } && i + 1 < b.len()
            && b[i + 1].is_ascii_digit()
            && !prev_is_digit
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if c.is_ascii_digit() || leading_mark {
            let lit = digits::read(text, i, mark, leading_mark);
            let mut t = Tok {
                kind: TK::Num,
                starts: true,
                start: i,
                end: lit.end,
                lit: Some(lit),
                space,
                line_start,
                ..blank
            };
            if i > 0 && b[i - 1].is_ascii_alphabetic() {
                t.glue = Glue::Letter;
            } else if i > 1
                && b[i - 1] == b'-'
                && b[i - 2].is_ascii_alphabetic()
                // "1.2bn-1.5bn": the letters are the figure's before it.
                && !toks
                    .len()
                    .checked_sub(2)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| p.kind == TK::Num && !p.junk && p.end == i - 1)
            {
                t.glue = Glue::LetterHyphen;
            }
            if lit.value.is_infinite() || lit.int_digits > 40 {
                t.junk = true;
            }
            i = lit.end;
            // "2.º", "1.ª": the Spanish ordinal with its abbreviation point.
            if lit.int
                && b.get(i) == Some(&b'.')
                && matches!(text.get(i + 1..i + 3), Some("º" | "ª"))
            {
                t.ordinal = true;
                t.end = i + 3;
                i += 3;
                toks.push(t);
                space = false;
                line_start = false;
                continue;
            }
            // Letters glued on the right.
            let mut j = i;
            while j < b.len() {
                let Some(c2) = text[j..].chars().next() else {
                    break;
                };
                if is_word_char(c2) || c2 == 'º' || c2 == 'ª' {
                    j += c2.len_utf8();
                } else {
                    break;
                }
            }
            if j > i {
                let suffix = &text[i..j];
                let followed_by_digit = j < b.len() && b[j].is_ascii_digit();
                // "$300m", "£2.3m": after a currency sign a lone "m" is millions, not metres; so
                // is the high end of a span after one ("$5-7m").
                let after_currency = || {
                    let n = toks.len();
                    let sign = |k: usize| {
                        k < n
                            && toks[k].kind == TK::Sym
                            && super::money::symbol(toks[k].ch).is_some()
                    };
                    sign(n.wrapping_sub(1))
                        || (n >= 3
                            && toks[n - 1].ch == '-'
                            && toks[n - 2].kind == TK::Num
                            && sign(n - 3))
                };
                // "1.5m users", "2m barrels": before a plural noun, millions too (not "400m
                // hurdles"); so is the low end of a span of them ("between 1.3m and 1.4m
                // ounces", "2m-3m people").
                let before_plural = || {
                    let next = text[j..].trim_start_matches([' ', '\u{a0}']);
                    let next = span_to_millions(next).unwrap_or(next);
                    let word: String = next
                        .chars()
                        .take_while(|c| c.is_alphabetic())
                        .collect::<String>()
                        .lowercase();
                    // "1.5m more than the record": a count compared, not a length.
                    words![
                        "people",
                        "children",
                        "men",
                        "women",
                        "staff",
                        "cattle",
                        "more",
                        "fewer",
                        "extra",
                        "additional",
                        "new"
                    ]
                    .contains(word.as_str())
                        || word.len() > 2
                            && word.ends_with('s')
                            && !words![
                                "hurdles", "sprints", "races", "relays", "heats", "finals",
                                "metres", "meters"
                            ]
                            .contains(word.as_str())
                };
                // "5G", "4G": a mobile network's generation, not five billion or five grams.
                let generation = suffix == "G" && lit.int && lit.value < 10.0;
                let scale = digits::glued_scale(suffix)
                    .filter(|_| !generation)
                    .or_else(|| {
                        (suffix == "m" && (after_currency() || before_plural())).then_some(1e6)
                    });
                if let Some(m) = scale {
                    t.mult = m;
                    t.end = j;
                    i = j;
                } else if digits::ordinal_suffix(suffix) && !followed_by_digit && lit.int {
                    t.ordinal = true;
                    t.end = j;
                    i = j;
                } else if super::money::glued_code(suffix)
                    || suffix.eq_ignore_ascii_case("mil")
                    || super::percent::glued(suffix)
                    // "10am", "3pm", "10:30am": the clock's half of the day.
                    || (!followed_by_digit && matches!(suffix, "am" | "pm" | "AM" | "PM"))
                {
                    // Leave the word as its own token ("115USD", "60pc").
                } else if digits::measure_suffix(suffix) && !followed_by_digit && !generation {
                    t.measure = true;
                    t.end = j;
                    i = j;
                } else {
                    t.junk = true;
                    t.end = j;
                    i = j;
                    // Swallow the rest of the alphanumeric run ("14ymedio2").
                    while i < b.len() && (b[i].is_ascii_alphanumeric()) {
                        i += 1;
                    }
                    while i < b.len() && !text.is_char_boundary(i) {
                        i += 1;
                    }
                    t.end = i;
                }
            }
            toks.push(t);
            space = false;
            line_start = false;
            continue;
        }
        if is_word_char(ch) {
            let t = word_at(text, i, &mut arena, &words);
            toks.push(Tok {
                space,
                line_start,
                ..t
            });
            i = t.end;
            space = false;
            line_start = false;
            continue;
        }
        if let Some(v) = vulgar(ch) {
            let len = ch.len_utf8();
            // "1½": a whole number with a glued fraction is one number.
            if let Some(p) = toks
                .last_mut()
                .filter(|p| !space && p.kind == TK::Num && p.end == i && p.mult == 1.0 && !p.junk)
            {
                if let Some(lit) = p.lit.as_mut().filter(|l| l.int) {
                    lit.value += v;
                    lit.int = false;
                    lit.plain = false;
                    lit.end = i + len;
                    p.end = i + len;
                    i += len;
                    continue;
                }
            }
            toks.push(Tok {
                kind: TK::Num,
                starts: true,
                start: i,
                end: i + len,
                lit: Some(Lit {
                    end: i + len,
                    value: v,
                    int: false,
                    plain: false,
                    int_digits: 0,
                }),
                space,
                line_start,
                ..blank
            });
            i += len;
            space = false;
            line_start = false;
            continue;
        }
        if watch && noise_sign(b, i) {
            watch = false;
            noise = noise_ranges(text);
            toks.clear();
            arena.truncate(text.len());
            (i, ni, space, line_start) = (0, 0, true, true);
            continue;
        }
        let len = ch.len_utf8();
        toks.push(Tok {
            kind: TK::Sym,
            start: i,
            end: i + len,
            ch,
            starts: ch == '-' || ch == '−',
            space,
            line_start,
            ..blank
        });
        i += len;
        space = false;
        line_start = false;
    }
    Tokens {
        text,
        toks,
        arena,
        els: Cell::new(els),
    }
}

/// After a figure glued to "m", the text after the high end of a span when one follows in the same
/// form: "and 1.4m ounces", "to 3m people", "-3m people" give "ounces", "people".
fn span_to_millions(next: &str) -> Option<&str> {
    let rest = ["and ", "to ", "or ", "-", "–"]
        .iter()
        .find_map(|c| next.strip_prefix(c))?
        .trim_start_matches([' ', '\u{a0}']);
    let figure = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    (figure.len() < rest.len())
        .then(|| figure.strip_prefix('m'))
        .flatten()
        .filter(|after| after.starts_with([' ', '\u{a0}']))
        .map(|after| after.trim_start_matches([' ', '\u{a0}']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_word_characters_are_the_alphabetic_ones() {
        for c in '\u{80}'..='\u{24F}' {
            let by_tables = c.is_alphabetic() && super::super::money::symbol(c).is_none();
            assert_eq!(is_word_char(c), by_tables, "{c:?}");
        }
    }

    /// The words and numbers of `text` as written, in order.
    fn read(text: &str) -> Vec<&str> {
        let tk = tokenize(text, DecimalMark::Point, &Lang::En);
        tk.toks
            .iter()
            .filter(|t| t.kind != TK::Sym)
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn urls_and_addresses_are_masked_wherever_they_are_met() {
        // The sign of a URL comes after tokens already read: they are read again, the same.
        assert_eq!(
            read("Nearly 300 Cafés, see www.example.com/2024 or mail a@b.org: 5 left."),
            ["Nearly", "300", "Cafés", "see", "or", "mail", "5", "left"]
        );
        assert_eq!(
            read("Rose 7% at https://x.org/5 today"),
            ["Rose", "7", "at", "today"]
        );
        // Signs that are no address: nothing is masked.
        assert_eq!(read("At 10: 30 @ 5. Www"), ["At", "10", "30", "5", "Www"]);
    }
}
