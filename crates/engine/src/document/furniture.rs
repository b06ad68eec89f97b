//! Recognising page furniture line by line: navigation trails, share/comment/newsletter prompts,
//! photo credits, contact lines, related-content blocks, bylines and datelines. The cues are
//! general (prompt vocabulary, `>` trails, short lines without sentence punctuation, all-caps
//! single words, lines that are mostly a date), in English and Spanish.

use super::ascii::{alnum_mask, any_of, load, space_mask, HIGH, ONES};
use super::language::Reading;
use super::lines::Line;
use super::FurnitureKind;
use crate::lang::Lang;
use crate::time::{find_expressions, fold, TimeKind};
use std::cell::OnceCell;
use std::sync::OnceLock;

/// What a line looks like, computed once.
#[derive(Debug, Clone)]
pub struct LineInfo<'a> {
    /// The line's span.
    pub line: Line,
    /// Lowercased, accent-folded text (empty for very long lines).
    pub folded: &'a str,
    /// Number of words.
    pub words: usize,
    /// Number of characters.
    pub chars: usize,
    /// Ends with sentence punctuation (., !, ?, …, possibly before closing quotes).
    pub terminal: bool,
    /// The byte length of the line's key ([`super::metadata::key`]): its folded letters and
    /// digits.
    pub key_len: usize,
    /// The line may hold a phrase of [`PROMOS`] ([`promotion_first`]; true when the words were
    /// not read).
    pub may_promote: bool,
}

/// Lines longer than this are never furniture by vocabulary.
const LONG: usize = 600;

impl<'a> LineInfo<'a> {
    /// Describes the lines of `text`. `folds` receives the folded text of the lines, which the
    /// descriptions borrow (one buffer for the whole text instead of a string per line).
    /// The same pass shows `words` (the language detector, when it reads) every line's letters
    /// and characters beyond ASCII.
    pub fn all<F: FnMut(usize, usize, Option<u64>)>(
        text: &str,
        lines: &[Line],
        folds: &'a mut String,
        words: &mut Option<Reading<'_, F>>,
    ) -> Vec<LineInfo<'a>> {
        folds.clear();
        folds.reserve(text.len());
        let counts: Vec<(usize, usize, Counts)> = lines
            .iter()
            .map(|l| {
                let start = folds.len();
                let counts = read_line(text, l.start, l.end, folds, words);
                if counts.chars > LONG {
                    folds.truncate(start);
                }
                (start, folds.len(), counts)
            })
            .collect();
        let folds: &'a String = folds;
        lines
            .iter()
            .zip(counts)
            .map(|(l, (a, b, counts))| LineInfo {
                line: *l,
                folded: &folds[a..b],
                words: counts.words,
                chars: counts.chars,
                terminal: ends_terminal(&text[l.start..l.end]),
                key_len: counts.key_len,
                may_promote: counts.may_promote,
            })
            .collect()
    }
}

/// How [`read_line`] sees a byte: ASCII whitespace (as `char::is_whitespace`), an ASCII letter
/// or digit, another ASCII character, or the first byte of another character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteKind {
    Space,
    Alnum,
    Other,
    NotAscii,
}

/// [`ByteKind`] of every byte, built at compile time.
static BYTE_KINDS: [ByteKind; 256] = byte_kinds();

const fn byte_kinds() -> [ByteKind; 256] {
    let mut t = [ByteKind::NotAscii; 128 * 2];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            ByteKind::Space
        } else if c.is_ascii_alphanumeric() {
            ByteKind::Alnum
        } else {
            ByteKind::Other
        };
        b += 1;
    }
    t
}

/// What [`read_line`] counts in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    /// Whitespace-separated pieces with a letter or digit.
    words: usize,
    /// Characters.
    chars: usize,
    /// Bytes of the folded text's letters and digits.
    key_len: usize,
    /// [`LineInfo::may_promote`].
    may_promote: bool,
}

/// One pass over a line: appends its folded text ([`fold`]) to `out` and counts its words,
/// characters and key bytes. Runs of ASCII bytes are copied and lowercased at once; other
/// characters are decoded and folded one by one. The line is `text[start..end]`; `reading` is
/// shown its bytes ([`Reading`]).
fn read_line<F: FnMut(usize, usize, Option<u64>)>(
    text: &str,
    start: usize,
    end: usize,
    out: &mut String,
    reading: &mut Option<Reading<'_, F>>,
) -> Counts {
    let s = &text[start..end];
    let b = s.as_bytes();
    let (mut words, mut chars, mut key_len) = (0, 0, 0);
    // No letter or digit since the last whitespace (or the line's start): the next one begins a
    // word, so each word is counted at its first letter or digit.
    let mut fresh = true;
    if let Some(r) = reading {
        r.may_have_promoted();
    }
    let mut i = 0;
    while i < b.len() {
        let run = i;
        while let Some(w) = load(b, i).filter(|w| w & HIGH == 0) {
            key_len += count_words(w, &mut words, &mut fresh);
            if let Some(r) = reading {
                r.ascii8(start + i, w);
            }
            i += 8;
        }
        while let Some(&c) = b.get(i) {
            if c < 128 {
                if let Some(r) = reading {
                    r.ascii_byte(start + i, c);
                }
            }
            match BYTE_KINDS[usize::from(c)] {
                ByteKind::Space => fresh = true,
                ByteKind::Alnum => {
                    words += usize::from(fresh);
                    fresh = false;
                    key_len += 1;
                }
                ByteKind::Other => {}
                ByteKind::NotAscii => break,
            }
            i += 1;
        }
        chars += i - run;
        let at = out.len();
        out.push_str(&s[run..i]);
        out[at..].make_ascii_lowercase();
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if let Some(r) = reading {
            r.other(start + i, c);
        }
        chars += 1;
        for f in crate::time::folded_chars(&s[i..i + c.len_utf8()]) {
            out.push(f);
            if super::alphanumeric(f) {
                key_len += f.len_utf8();
            }
        }
        i += c.len_utf8();
        if c.is_whitespace() {
            fresh = true;
        } else if super::alphanumeric(c) {
            words += usize::from(fresh);
            fresh = false;
        }
    }
    if let Some(r) = reading {
        r.end_of_line(end);
    }
    Counts {
        words,
        chars,
        key_len,
        may_promote: reading.as_mut().is_none_or(Reading::may_have_promoted),
    }
}

/// [`read_line`]'s word count over eight ASCII bytes (`w`): a word is counted at its first
/// letter or digit after whitespace (`fresh`: none since the last whitespace before `w`).
/// Returns the number of letters and digits.
fn count_words(w: u64, words: &mut usize, fresh: &mut bool) -> usize {
    let alnum = alnum_mask(w);
    let spaces = space_mask(w);
    // The bytes deciding whether a letter or digit after them begins a word.
    let decided = alnum | spaces;
    let others = !decided & HIGH;
    let mut first = alnum & (spaces << 8 | u64::from(*fresh) << 7);
    // A letter or digit after another character: the last deciding byte before it decides.
    let mut unsure = alnum & others << 8;
    while unsure != 0 {
        let bit = unsure & unsure.wrapping_neg();
        let before = decided & (bit - 1);
        let after_space = match before {
            0 => *fresh,
            _ => spaces >> (63 - before.leading_zeros()) & 1 != 0,
        };
        first |= if after_space { bit } else { 0 };
        unsure &= unsure - 1;
    }
    if decided != 0 {
        *fresh = spaces >> (63 - decided.leading_zeros()) & 1 != 0;
    }
    *words += high_bits(first);
    high_bits(alnum)
}

/// How many bytes of eight have their high bit set in `mask` (only high bits set), summed by a
/// multiplication into the top byte.
fn high_bits(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// Whether a line ends with sentence punctuation.
pub fn ends_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', ' ', '\u{a0}']);
    t.ends_with(['.', '!', '?', '…'])
}

const PROMPTS: &[&str] = &[
    "share",
    "comment",
    "comments",
    "subscribe",
    "newsletter",
    "sign up",
    "sign in",
    "log in",
    "login",
    "follow us",
    "click here",
    "tweet",
    "print",
    "email this",
    "e-mail this",
    "whatsapp",
    "facebook",
    "telegram",
    "linkedin",
    "advertisement",
    "advertising",
    "publicidad",
    "compartir",
    "comparte",
    "comentar",
    "comentarios",
    "siguenos",
    "suscribete",
    "suscribirse",
    "boletin",
    "registrate",
    "haz clic",
    "imprimir",
    "what do you think",
    "que opinas",
    "leave a comment",
    "deja tu comentario",
    "donate",
    "support us",
    "apoyanos",
    "become a member",
    "hazte socio",
    "back to top",
    "volver arriba",
    "listen to this",
    "escuchar",
    "download the app",
    "descarga la app",
    "read in",
    "leer en",
    "copy link",
    "copiar enlace",
    "most popular",
    "most read",
    "lo mas leido",
    "mas leidas",
    "mas vistas",
    "trending",
    "ads by",
    "sponsored",
    "patrocinado",
    // A page's own links: "Skip to main content", "Saltar al contenido", "Search jobs".
    "skip to",
    "saltar al",
    "ir al contenido",
    "search jobs",
    "iniciar sesion",
    "inicia sesion",
    "archivado en",
    "lo mas visto",
    "back to home",
    "most viewed",
    "reuse this content",
    "explore more on",
];

const PROMOS: &[&str] = &[
    "becoming a member",
    "become a member",
    "support us",
    "supporting us",
    "subscribe",
    "donate",
    "suscribete",
    "hazte socio",
    "apoyanos",
    "collaborate with our work",
    "join us",
    "unete",
    "newsletter",
    "boletin",
];

const RELATED: &[&str] = &[
    "you may like",
    "you might like",
    "you may also like",
    "you might also like",
    "related",
    "related coverage",
    "related stories",
    "related articles",
    "related content",
    "related news",
    "filed under",
    "read more",
    "see also",
    "more from",
    "more on",
    "more news",
    "more information",
    "mas informacion",
    "recommended",
    "tags",
    "topics",
    "te puede interesar",
    "tambien te puede interesar",
    "archivado en",
    "noticias relacionadas",
    "lee tambien",
    "lea tambien",
    "lea ademas",
    "lee ademas",
    "le puede interesar",
    "puede interesarte",
    "read also",
    "also read",
    "leer mas",
    "ver mas",
    "relacionado",
    "relacionadas",
    "relacionados",
    "temas",
    "etiquetas",
    "otras noticias",
    "related videos",
    "ver tambien",
    "mas noticias",
    "frequently read",
    "popular now",
    "don't miss",
    "no te pierdas",
];

const CREDITS: &[&str] = &[
    "photo",
    "foto",
    "image",
    "imagen",
    "fotografia",
    "credit",
    "credito",
    "cortesia",
    "courtesy",
    "illustration",
    "ilustracion",
    "capture",
    "captura",
    "screenshot",
    "archive",
    "archivo",
    "getty",
    "file photo",
    "source:",
    "fuente:",
];

/// Wire agencies, and broadcasters known by their initials, which a line of their own credits
/// ("CNBC" above the date; an all-capitals word is otherwise a prompt).
static AGENCIES: crate::lexicon::Words = crate::lexicon::Words::new(concat!(
    "efe|",
    "ap|",
    "afp|",
    "reuters|",
    "ep|",
    "europa press|",
    "ansa|",
    "dpa|",
    "xinhua|",
    "notimex|",
    "ips|",
    "cnn|",
    "cnbc|",
    "bbc|",
    "npr|",
    "rtve|",
    "cbs|",
    "nbc|",
    "pbs|",
    "nhk|",
    "dw|",
    "rfi|",
));

/// Whether a line's folded text is a wire agency's name alone ("EFE", "Reuters").
pub fn is_agency(folded: &str) -> bool {
    let bare = folded.trim_matches(|c: char| !super::alphanumeric(c) && c != ' ');
    AGENCIES.contains(bare)
}

const CONTACTS: &[&str] = &[
    "contact us",
    "contactenos",
    "contactanos",
    "contacto",
    "write to",
    "escribenos",
    "escribanos",
    "email us",
    "e-mail us",
    "call us",
    "llamenos",
    "tel:",
    "phone:",
    "telefono:",
    "tel.",
    "whatsapp:",
    "press contact",
    "media contact",
];

const BYLINE_STARTS: &[&str] = &[
    "by ",
    "por ",
    "written by",
    "escrito por",
    "reporting by",
    "redaccion",
    "text by",
    "texto:",
    "author:",
    "autor:",
    "autora:",
];

/// Words a date or time stamp line may hold besides the date (`|`-separated: a pointer per word
/// is what gzip compresses worst in the wasm).
const DATE_WORDS: &str = concat!(
    "published|",
    "updated|",
    "posted|",
    "last|",
    "modified|",
    "on|",
    "at|",
    "publicado|",
    "actualizado|",
    "el|",
    "a|",
    "las|",
    "los|",
    "hrs|",
    "h|",
    "gmt|",
    "utc|",
    "am|",
    "pm|",
    "et|",
    "est|",
    "cst|",
    "cdt|",
    "edt|",
    // "Madrid - 02 feb 2024 - 10:32 CET".
    "cet|",
    "cest|",
    "bst|",
    "pst|",
    "pdt|",
    "date|",
    "fecha|",
    "de|",
    "del|",
    "hace|",
    "min|",
    "minutes|",
    "minutos|",
    "read|",
    "lectura"
);

/// Whether `hay` contains `needle` as whole words.
pub fn has_phrase(hay: &str, needle: &str) -> bool {
    let mut from = 0;
    // The needle's first character found by a char search, then the rest compared: what
    // `find(needle)` answers, without setting up a substring searcher for each line.
    let Some(first) = needle.chars().next() else {
        return true;
    };
    let find = |from: usize| {
        hay[from..]
            .match_indices(first)
            .map(|(k, _)| from + k)
            .find(|&k| hay[k..].starts_with(needle))
    };
    while let Some(a) = find(from) {
        let b = a + needle.len();
        let before_ok = hay[..a]
            .chars()
            .last()
            .is_none_or(|c| !super::alphanumeric(c));
        let after_ok = needle.ends_with([':', '.', ' '])
            || hay[b..]
                .chars()
                .next()
                .is_none_or(|c| !super::alphanumeric(c));
        if before_ok && after_ok {
            return true;
        }
        from = a + needle.len().max(1);
        while !hay.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// The word of `b` from byte `from` to the next space or the end, as its first eight bytes
/// (all it has when fewer, read little-endian: distinct words of at most eight bytes, distinct
/// keys; 0 for none), and where it ends.
const fn word_key(b: &[u8], from: usize) -> (u64, usize) {
    let (mut key, mut end) = (0u64, from);
    while end < b.len() && b[end] != b' ' {
        if end - from < 8 {
            key |= (b[end] as u64) << (8 * (end - from));
        }
        end += 1;
    }
    (key, end)
}

/// The first two words of each phrase of [`PROMOS`] ([`word_key`]).
const PROMO_WORDS: [(u64, u64); PROMOS.len()] = {
    let mut words = [(0, 0); PROMOS.len()];
    let mut k = 0;
    while k < PROMOS.len() {
        let b = PROMOS[k].as_bytes();
        let (first, end) = word_key(b, 0);
        words[k] = (first, word_key(b, end + 1).0);
        k += 1;
    }
    words
};

/// The first four bytes of the phrases' first words as a set of 256 bits ([`head_bit`]), which
/// rules out most other words at once.
const PROMO_HEADS: [u64; 4] = {
    let mut bits = [0; 4];
    let mut k = 0;
    while k < PROMO_WORDS.len() {
        let bit = head_bit(PROMO_WORDS[k].0 as u32);
        bits[bit / 64] |= 1 << (bit % 64);
        k += 1;
    }
    bits
};

/// The bit of four bytes (read little-endian) in [`PROMO_HEADS`].
const fn head_bit(head: u32) -> usize {
    (head.wrapping_mul(0x9E37_79B1) >> 24) as usize
}

/// Whether a phrase's first word begins with the four bytes of `head` (read little-endian).
fn is_promo_head(head: u32) -> bool {
    let bit = head_bit(head);
    PROMO_HEADS[bit / 64] & 1 << (bit % 64) != 0
        && PROMO_WORDS.iter().any(|&(first, _)| first as u32 == head)
}

/// Whether an ASCII word, a maximal run of letters whose first eight bytes lowercased are `key`
/// (read little-endian), may begin a phrase of [`PROMOS`] in its folded line ([`has_phrase`]):
/// `None` if it is no phrase's first word (past eight bytes, may not be), `Some(true)` if a phrase
/// is that one word, `Some(false)` if phrases go on with another word ([`promotion_goes_on`]). A
/// phrase's first word is followed by a space or the phrase's end, so the letters end with it.
#[inline]
pub(crate) fn promotion_first(key: u64) -> Option<bool> {
    // Every first word has four bytes or more.
    if key >> 24 == 0 || !is_promo_head(key as u32) {
        return None;
    }
    let mut phrases = PROMO_WORDS.iter().filter(|(first, _)| *first == key);
    let (_, second) = phrases.next()?;
    Some(*second == 0 || phrases.any(|(_, second)| *second == 0))
}

/// Whether a phrase of [`PROMOS`] may begin with the word `first` ([`promotion_first`]), a
/// space, then the ASCII word whose key is `second` (`None` for a word beyond ASCII, which may
/// fold to any).
pub(crate) fn promotion_goes_on(first: u64, second: Option<u64>) -> bool {
    PROMO_WORDS
        .iter()
        .any(|&(a, b)| a == first && b != 0 && second.is_none_or(|w| w == b))
}

/// Whether a word beyond ASCII may begin a phrase of [`PROMOS`]: whether its folded text has
/// a phrase's first four bytes at its start or after a character beyond ASCII that does not fold
/// to an ASCII letter or digit (where a word of the folded line may start). A phrase found in a
/// folded line begins in such a word: its first bytes are letters, which fold only from letters.
pub(crate) fn folded_may_begin_promotion(word: &str) -> bool {
    let mut may_start = true;
    for (i, c) in word.char_indices() {
        if may_start && folded_head_promotes(&word[i..]) {
            return true;
        }
        may_start = !c.is_ascii() && !fold_char(&word[i..]).is_ascii_alphanumeric();
    }
    false
}

/// The first character of `s`, folded ([`crate::time::fold`]).
fn fold_char(s: &str) -> char {
    crate::time::folded_chars(s).next().unwrap_or(' ')
}

/// Whether the first four characters of `s` fold to a phrase's first four bytes.
fn folded_head_promotes(s: &str) -> bool {
    let mut head = [0u8; 4];
    let mut at = 0;
    for b in &mut head {
        let Some(c) = s[at..].chars().next() else {
            return false;
        };
        let f = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            fold_char(&s[at..])
        };
        if !f.is_ascii() {
            return false;
        }
        *b = f as u8;
        at += c.len_utf8();
    }
    is_promo_head(u32::from_le_bytes(head))
}

/// The phrase lists [`Starts`] looks for, in the order of [`Phrases`].
const PHRASE_LISTS: [&[&str]; 4] = [PROMPTS, PROMOS, CREDITS, CONTACTS];

/// A list of [`PHRASE_LISTS`].
#[derive(Clone, Copy)]
enum Phrases {
    Prompts,
    Promos,
    Credits,
    Contacts,
}

/// A line's word starts, as a set of their first four bytes: [`has_phrase`] finds a phrase that
/// starts with an ASCII letter or digit only where a word starts (after a byte that is not one),
/// so a phrase whose first four bytes are not in the set is not in the line. Only the heads some
/// phrase of [`PHRASE_LISTS`] may have ([`heads`]) are kept, so the set stays sparse. One pass
/// over the line instead of a substring search per phrase.
struct Starts<'a> {
    hay: &'a str,
    bits: [u64; 16],
    /// The same starts' first eight bytes, when there are eight ([`Starts::slot8`]): a phrase of
    /// eight bytes or more is ruled out by them.
    bits8: [u64; 16],
}

/// The bits ([`Starts::head_slot`]) of the first four bytes of the phrases of [`PHRASE_LISTS`],
/// and the line's bits ([`Starts::bits`]) that a phrase of [`PROMOS`] sets, when every one of
/// them has a head.
struct Heads {
    bits: [u64; 64],
    promos: Option<[u64; 16]>,
    /// For each list of [`PHRASE_LISTS`], each phrase's [`Probe`].
    probes: [Vec<Probe>; 4],
}

/// Where a phrase's first four bytes (of 1024) and first eight (when it has eight) set a line's
/// bits ([`Starts::bits`], [`Starts::bits8`]); `None` for a phrase the bits cannot rule out.
type Probe = Option<(u16, Option<u16>)>;

fn heads() -> &'static Heads {
    static HEADS: OnceLock<Heads> = OnceLock::new();
    HEADS.get_or_init(|| {
        let mut heads = Heads {
            bits: [0; 64],
            promos: Some([0; 16]),
            probes: Default::default(),
        };
        for phrase in PHRASE_LISTS.iter().flat_map(|l| l.iter()) {
            if let Some(k) = Starts::head_slot(phrase.as_bytes()) {
                heads.bits[k / 64] |= 1 << (k % 64);
            }
        }
        for phrase in PROMOS {
            match (Starts::head_slot(phrase.as_bytes()), &mut heads.promos) {
                (Some(k), Some(bits)) if phrase.as_bytes()[0].is_ascii_alphanumeric() => {
                    bits[k % 1024 / 64] |= 1 << (k % 64)
                }
                _ => heads.promos = None,
            }
        }
        for (list, probes) in PHRASE_LISTS.iter().zip(&mut heads.probes) {
            *probes = list.iter().map(|p| Starts::probe_of(p)).collect();
        }
        heads
    })
}

impl<'a> Starts<'a> {
    fn new(hay: &'a str) -> Starts<'a> {
        let heads = &heads().bits;
        let mut starts = Starts {
            hay,
            bits: [0; 16],
            bits8: [0; 16],
        };
        let b = hay.as_bytes();
        // Eight bytes at a time: a mask of their ASCII letters and digits, and of those that
        // follow a byte that is not one.
        let mut prev_alnum = 0u64;
        let mut i = 0;
        while let Some(w) = load(b, i) {
            let alnum = alnum_mask(w);
            let mut first = alnum & !(alnum << 8 | prev_alnum);
            prev_alnum = alnum >> 56;
            while first != 0 {
                starts.add(b, i + first.trailing_zeros() as usize / 8, heads);
                first &= first - 1;
            }
            i += 8;
        }
        let mut prev = prev_alnum != 0;
        for (k, c) in b.iter().enumerate().skip(i) {
            let alnum = c.is_ascii_alphanumeric();
            if alnum && !prev {
                starts.add(b, k, heads);
            }
            prev = alnum;
        }
        starts
    }

    /// Adds the word start at byte `at`, when four bytes are left (no phrase of four or more
    /// starts in fewer) and a phrase may start with them.
    fn add(&mut self, b: &[u8], at: usize, heads: &[u64; 64]) {
        if let Some(k) = Self::head_slot(&b[at..]) {
            if heads[k / 64] & 1 << (k % 64) != 0 {
                self.bits[k % 1024 / 64] |= 1 << (k % 64);
                if let Some(k) = load(b, at).map(Self::slot8) {
                    self.bits8[k / 64] |= 1 << (k % 64);
                }
            }
        }
    }

    /// The bit (of 4096) of the first four bytes of `b`, when it has four.
    fn head_slot(b: &[u8]) -> Option<usize> {
        let head: [u8; 4] = b.get(..4)?.try_into().ok()?;
        Some((u32::from_le_bytes(head).wrapping_mul(0x9E37_79B1) >> 20) as usize)
    }

    /// The bit (of 1024) of eight bytes (read little-endian).
    fn slot8(head: u64) -> usize {
        (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
    }

    /// The [`Probe`] of a phrase of [`PHRASE_LISTS`] (whose head is among [`heads`]).
    fn probe_of(needle: &str) -> Probe {
        match needle.as_bytes() {
            [a, ..] if a.is_ascii_alphanumeric() => {
                let k = Self::head_slot(needle.as_bytes())?;
                let k8 = load(needle.as_bytes(), 0).map(|w| Self::slot8(w) as u16);
                Some(((k % 1024) as u16, k8))
            }
            _ => None,
        }
    }

    /// Whether the line may hold the phrase of `probe` as whole words (never false when it
    /// does).
    #[inline]
    fn may_have(&self, probe: Probe) -> bool {
        let bit = |bits: &[u64; 16], k: u16| bits[usize::from(k / 64)] & 1 << (k % 64) != 0;
        probe.is_none_or(|(k, k8)| bit(&self.bits, k) && k8.is_none_or(|k| bit(&self.bits8, k)))
    }

    /// Whether the line holds each phrase of a list (as [`has_phrase`]), in order, each ruled
    /// out first by the set, which most phrases fail.
    fn holds(&self, list: Phrases) -> impl Iterator<Item = bool> + '_ {
        let probes = &heads().probes[list as usize];
        PHRASE_LISTS[list as usize]
            .iter()
            .zip(probes)
            .map(|(needle, &probe)| self.may_have(probe) && has_phrase(self.hay, needle))
    }

    /// Whether the line may hold a phrase of [`PROMOS`] (never false when it does).
    fn may_promote(&self) -> bool {
        match &heads().promos {
            Some(promos) => promos.iter().zip(&self.bits).any(|(p, b)| p & b != 0),
            None => true,
        }
    }

    fn any(&self, list: Phrases) -> bool {
        self.holds(list).any(|held| held)
    }
}

/// A line's [`Starts`], read on first need (most lines meet no rule that asks).
struct LazyStarts<'a> {
    hay: &'a str,
    starts: OnceCell<Starts<'a>>,
}

impl<'a> LazyStarts<'a> {
    fn new(hay: &'a str) -> LazyStarts<'a> {
        LazyStarts {
            hay,
            starts: OnceCell::new(),
        }
    }

    fn get(&self) -> &Starts<'a> {
        self.starts.get_or_init(|| Starts::new(self.hay))
    }

    /// [`Starts::holds`].
    fn holds(&self, list: Phrases) -> impl Iterator<Item = bool> + '_ {
        self.get().holds(list)
    }

    /// [`Starts::may_promote`].
    fn may_promote(&self) -> bool {
        self.get().may_promote()
    }

    /// [`Starts::any`].
    fn any(&self, list: Phrases) -> bool {
        self.get().any(list)
    }
}

/// The first bytes of a list's phrases, as a set of 256 bits.
const fn first_bytes(list: &[&str]) -> [u64; 4] {
    let mut set = [0; 4];
    let mut k = 0;
    while k < list.len() {
        if let [b, ..] = list[k].as_bytes() {
            set[(*b / 64) as usize] |= 1 << (*b % 64);
        }
        k += 1;
    }
    set
}

/// Whether `hay` starts with one of `needles` (whose first bytes are `firsts`) as whole words.
/// Whether a folded line opens with a prompt's words ("suscríbete a nuestro boletín", "share
/// this story"), which no headline does.
pub(crate) fn opens_a_prompt(folded: &str) -> bool {
    starts_with_any(folded, PROMPTS, &const { first_bytes(PROMPTS) })
}

fn starts_with_any(hay: &str, needles: &[&str], firsts: &[u64; 4]) -> bool {
    let first = hay.as_bytes().first();
    if first.is_none_or(|&b| firsts[usize::from(b / 64)] & 1 << (b % 64) == 0) {
        return false;
    }
    needles.iter().any(|n| {
        // The first bytes compared before the rest.
        n.as_bytes().first() == first
            && hay.starts_with(n)
            && hay[n.len()..]
                .chars()
                .next()
                .is_none_or(|c| !super::alphanumeric(c) || n.ends_with(' '))
    })
}

/// Whether the line holds an e-mail address.
pub fn has_email(s: &str) -> bool {
    s.contains('@')
        && s.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | ',' | ';'))
            .any(|w| {
                let w = w.trim_end_matches(['.', ':']);
                match w.split_once('@') {
                    Some((user, host)) => {
                        !user.is_empty()
                            && host.contains('.')
                            && !host.starts_with('.')
                            && !host.ends_with('.')
                            && host
                                .chars()
                                .all(|c| super::alphanumeric(c) || matches!(c, '.' | '-'))
                    }
                    None => false,
                }
            })
}

/// Whether a line holds two sentences or more: a '.' followed by a space and a capital.
fn two_sentences(s: &str) -> bool {
    // Each '.' found by a char search, then the space after it tested (a two-byte pattern would
    // set up a substring searcher).
    s.match_indices('.').any(|(k, _)| {
        s.as_bytes().get(k + 1) == Some(&b' ')
            && s[k + 2..].starts_with(char::is_uppercase)
            && !s[..k].ends_with(char::is_uppercase)
    })
}

/// Whether the line holds a phone number: a run of digit groups (spaces, '+', '-', parentheses,
/// dots) with at least nine digits in two or more groups.
pub fn has_phone(s: &str) -> bool {
    if super::ascii::count_digits(s.as_bytes()) < 9 {
        return false; // nine digits are needed
    }
    let mut digits = 0;
    let mut groups = 0;
    let mut in_group = false;
    let mut plus = false;
    for c in s.chars().chain(std::iter::once('x')) {
        if c.is_ascii_digit() {
            digits += 1;
            if !in_group {
                groups += 1;
                in_group = true;
            }
        } else if matches!(c, ' ' | '-' | '(' | ')' | '.' | '+' | '\u{a0}') {
            in_group = false;
            plus |= c == '+';
        } else {
            if digits >= 9 && (groups >= 2 || plus) && digits <= 15 {
                return true;
            }
            digits = 0;
            groups = 0;
            in_group = false;
            plus = false;
        }
    }
    false
}

/// Whether the line is mostly a date or time stamp ("Updated: 13 May 2024 10:30 GMT"), given
/// its date expressions.
fn mostly_date(s: &str, found: &[crate::time::TimeExpr]) -> bool {
    if !found.iter().any(|e| {
        e.kind == TimeKind::Point
            || e.relative.is_some() && e.precision == crate::time::Precision::Day
    }) {
        return false;
    }
    let mut rest = String::with_capacity(s.len());
    let mut at = 0;
    for e in found {
        rest.push_str(&s[at..e.start]);
        rest.push(' ');
        at = e.end;
    }
    rest.push_str(&s[at..]);
    let leftover = fold(&rest)
        .split(|c: char| !super::alphabetic(c))
        .filter(|w| !w.is_empty() && !DATE_WORDS.split('|').any(|d| d == *w))
        .take(2)
        .count();
    leftover <= 1 || place_then_date(s, found)
}

/// "Buenos Aires, 11 de enero de 2024", "NEW YORK, May 3, 2025": a capitalized place of up to four
/// words, a comma, then the date and nothing else.
fn place_then_date(s: &str, found: &[crate::time::TimeExpr]) -> bool {
    let (Some(first), Some(last)) = (found.first(), found.last()) else {
        return false;
    };
    let Some(place) = s[..first.start].trim_end().strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let named = !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "de" | "del" | "la"));
    named
        && s[last.end..]
            .trim()
            .chars()
            .all(|c| !super::alphanumeric(c))
}

fn all_caps_word(s: &str) -> bool {
    let t = s.trim_matches(|c: char| !super::alphanumeric(c));
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.chars().any(super::alphabetic)
        && t.chars().all(|c| !c.is_lowercase())
        && t.chars().count() >= 2
}

/// Whether `s` holds `c`: a character beyond ASCII is looked for only where its last byte is
/// (one byte search, no substring searcher built for lines without it).
fn has_char(s: &str, c: char) -> bool {
    let mut buf = [0; 4];
    let last = *c.encode_utf8(&mut buf).as_bytes().last().unwrap_or(&0);
    s.as_bytes().contains(&last) && (c.is_ascii() || s.contains(c))
}

/// Whether `s` may hold one of three characters `cs` (never false when it does): whether it holds
/// the last byte of one, in one pass. True for other numbers of characters.
fn may_have_any(s: &str, cs: &[char]) -> bool {
    let last = |c: &char| {
        let mut buf = [0; 4];
        *c.encode_utf8(&mut buf).as_bytes().last().unwrap_or(&0)
    };
    match cs {
        [a, b, c] => any_of(s.as_bytes(), [last(a), last(b), last(c), last(a)]),
        _ => true,
    }
}

/// Splits on navigation separators; `None` unless there are at least two short segments.
fn nav_segments<'s>(s: &'s str, seps: &[char]) -> Option<Vec<&'s str>> {
    // One search per separator (each a byte search) instead of decoding every character; for
    // three, one pass first for their last bytes.
    if !may_have_any(s, seps) || !seps.iter().any(|&c| has_char(s, c)) {
        return None;
    }
    let segs: Vec<&str> = s
        .split(seps)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    (segs.len() >= 2).then_some(segs)
}

/// A line's date expressions and whether it is mostly a date, each read on first need.
struct LineDates<'a> {
    s: &'a str,
    lang: &'a Lang,
    found: OnceCell<Vec<crate::time::TimeExpr>>,
    mostly: OnceCell<bool>,
}

impl<'a> LineDates<'a> {
    fn new(s: &'a str, lang: &'a Lang) -> LineDates<'a> {
        LineDates {
            s,
            lang,
            found: OnceCell::new(),
            mostly: OnceCell::new(),
        }
    }

    /// `find_expressions(s, lang)`.
    fn found(&self) -> &[crate::time::TimeExpr] {
        self.found
            .get_or_init(|| find_expressions(self.s, self.lang))
    }

    /// Whether the line is mostly a date ([`mostly_date`]).
    fn mostly(&self) -> bool {
        *self
            .mostly
            .get_or_init(|| mostly_date(self.s, self.found()))
    }
}

/// The furniture kind of a line on its own, if any (the title and position-based rules are
/// applied by the caller).
pub fn classify(text: &str, info: &LineInfo, lang: &Lang) -> Option<FurnitureKind> {
    let s = &text[info.line.start..info.line.end];
    if info.chars > LONG {
        return None;
    }
    let f = info.folded;
    if info.terminal && info.words > 25 {
        // Prose: of the rules below, only the promotion ones can match a line this long that
        // ends a sentence.
        if !info.may_promote {
            return None;
        }
        return promotion(s, info, &LazyStarts::new(f));
    }
    let phrases = LazyStarts::new(f);
    // The dates are read only for the rules that need them.
    let dates = LineDates::new(s, lang);
    let short = info.words <= 12;
    let no_punct = !info.terminal;

    // Contact details: a short line, or one that is no sentence, with a phone or an e-mail (a
    // longer sentence that ends with "Call 1-800-555-0199" says more than where to call).
    let contact_sized = short || no_punct || info.words <= 25 && !two_sentences(s);
    if (contact_sized && (has_email(s) || has_phone(s)))
        || (short && (no_punct || f.ends_with([':', '?'])) && phrases.any(Phrases::Contacts))
    {
        return Some(FurnitureKind::Contact);
    }
    // Navigation trails: "Home > Health > Press Release", "| top | back | home |".
    if no_punct {
        if let Some(segs) = nav_segments(s, &['>', '»', '›']) {
            if segs.iter().all(|x| x.split_whitespace().count() <= 4) {
                return Some(FurnitureKind::Navigation);
            }
        }
    }
    // Bylines: "By X | Y - date", "Por X".
    if info.words <= 20 && starts_with_any(f, BYLINE_STARTS, &const { first_bytes(BYLINE_STARTS) })
    {
        let after = s.split_whitespace().nth(1).unwrap_or("");
        let named = after.starts_with(char::is_uppercase) || f.starts_with("redaccion");
        if named && (no_punct || dates.mostly() || s.contains('|')) {
            return Some(FurnitureKind::Byline);
        }
    }
    if info.words <= 20 && s.contains('|') && !dates.mostly() {
        let dated = dates.found().iter().any(|e| e.kind == TimeKind::Point);
        if dated {
            return Some(FurnitureKind::Byline);
        }
    }
    if no_punct && info.words <= 12 {
        if let Some(segs) = nav_segments(s, &['|']) {
            if segs.len() >= 3 && segs.iter().all(|x| x.split_whitespace().count() <= 3) {
                return Some(FurnitureKind::Navigation);
            }
        }
    }
    // Datelines: a line that is mostly the date.
    if info.words <= 15 && dates.mostly() {
        return Some(FurnitureKind::Dateline);
    }
    // Credits.
    let opened = f.trim_start_matches(['(', '[']);
    let credit_start = CREDITS.iter().any(|c| {
        c.as_bytes().first() == opened.as_bytes().first()
            && opened.starts_with(c)
            && opened[c.len()..]
                .chars()
                .next()
                .is_none_or(|x| !super::alphabetic(x))
    });
    if info.words <= 25 && (credit_start || has_char(s, '©') || f.starts_with("copyright ")) {
        return Some(FurnitureKind::Credit);
    }
    if short && no_punct && info.words <= 8 && phrases.any(Phrases::Credits) {
        return Some(FurnitureKind::Credit);
    }
    if is_agency(f) {
        return Some(FurnitureKind::Credit);
    }
    // A line ending a sentence never ends with such a credit (its last piece would end one too).
    let slashed = (no_punct && has_char(s, '/')).then(|| s.rsplit_once(" / "));
    if let Some((_, tail)) = slashed.flatten() {
        let tail_words = tail.split_whitespace().count();
        if tail_words <= 3 && !ends_terminal(tail) && tail.starts_with(char::is_uppercase) {
            return Some(FurnitureKind::Credit);
        }
    }
    // Related blocks, and a related story's headline after its label ("Read more: Rovers fined
    // £1.2m over breach of rules").
    let labelled = || {
        let label = f.split_once(':').map(|(label, _)| label.trim_end());
        no_punct && info.words <= 25 && label.is_some_and(|l| RELATED.contains(&l))
    };
    if (info.words <= 8 || f.ends_with(':') || labelled())
        && starts_with_any(f, RELATED, &const { first_bytes(RELATED) })
    {
        return Some(FurnitureKind::Related);
    }
    // Prompts.
    let prompt = (info.words <= 4 && phrases.any(Phrases::Prompts))
        || (info.words <= 10 && starts_with_any(f, PROMPTS, &const { first_bytes(PROMPTS) }))
        || (info.words <= 10 && f.ends_with('?') && phrases.any(Phrases::Prompts));
    if prompt && (no_punct || f.ends_with('?') || (info.words <= 4 && f.ends_with('!'))) {
        return Some(FurnitureKind::Prompt);
    }
    if all_caps_word(s) {
        return Some(FurnitureKind::Prompt);
    }
    // "Sign up for our newsletter. Get the top 5 stories delivered daily.": an invitation that
    // names another prompt.
    let invites = ["sign up", "subscribe", "suscribete", "registrate"]
        .iter()
        .any(|p| {
            f.strip_prefix(p)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        });
    if invites && info.words <= 20 && phrases.holds(Phrases::Prompts).filter(|&h| h).count() >= 2 {
        return Some(FurnitureKind::Prompt);
    }
    promotion(s, info, &phrases)
}

/// The last rules of [`classify`], the only ones a long line ending a sentence can match: a
/// promotion for membership, donations or newsletters (after a capitalized lead, or naming two).
fn promotion(s: &str, info: &LineInfo, phrases: &LazyStarts) -> Option<FurnitureKind> {
    if !info.may_promote || !phrases.may_promote() {
        return None;
    }
    let caps_lead = s
        .split_whitespace()
        .take(3)
        .filter(|w| w.chars().filter(|c| super::alphabetic(*c)).count() >= 2)
        .filter(|w| w.chars().all(|c| !c.is_lowercase()))
        .count()
        >= 2;
    if caps_lead && phrases.any(Phrases::Promos) {
        return Some(FurnitureKind::Prompt);
    }
    if info.words <= 60 && phrases.holds(Phrases::Promos).filter(|&held| held).count() >= 2 {
        return Some(FurnitureKind::Prompt);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`has_phrase`] read with a substring search, and [`two_sentences`] with the pattern ". ".
    #[test]
    fn phrases_and_sentences_are_found_as_substring_searches_find_them() {
        let plainly = |hay: &str, needle: &str| {
            let mut from = 0;
            while let Some(pos) = hay[from..].find(needle) {
                let (a, b) = (from + pos, from + pos + needle.len());
                let before = hay[..a]
                    .chars()
                    .last()
                    .is_none_or(|c| !super::super::alphanumeric(c));
                let after = needle.ends_with([':', '.', ' '])
                    || hay[b..]
                        .chars()
                        .next()
                        .is_none_or(|c| !super::super::alphanumeric(c));
                if before && after {
                    return true;
                }
                from = a + needle.len().max(1);
                while !hay.is_char_boundary(from) {
                    from += 1;
                }
            }
            false
        };
        let hays = [
            "share this story. Follow us",
            "reshare this; share",
            "ñshare share",
            "sígueme en   follow us: now",
            "",
            "aaa aa a",
            "Dr. Smith. He said. so",
            "U.S. Army. The end",
        ];
        let needles = ["share", "follow us:", "a", "aa ", "ñshare", "é", "s", "."];
        for hay in hays {
            for needle in needles {
                assert_eq!(
                    has_phrase(hay, needle),
                    plainly(hay, needle),
                    "{hay:?} {needle:?}"
                );
            }
            let split = hay.match_indices(". ").any(|(k, _)| {
                hay[k + 2..].starts_with(char::is_uppercase)
                    && !hay[..k].ends_with(char::is_uppercase)
            });
            assert_eq!(two_sentences(hay), split, "{hay:?}");
        }
    }

    /// The word starts' set read one byte at a time.
    fn starts_bytewise(hay: &str) -> ([u64; 16], [u64; 16]) {
        let mut starts = Starts {
            hay,
            bits: [0; 16],
            bits8: [0; 16],
        };
        let b = hay.as_bytes();
        for k in 0..b.len() {
            if b[k].is_ascii_alphanumeric() && (k == 0 || !b[k - 1].is_ascii_alphanumeric()) {
                starts.add(b, k, &heads().bits);
            }
        }
        (starts.bits, starts.bits8)
    }

    /// [`read_line`]'s counts read one byte (or character) at a time.
    fn counts_bytewise(s: &str) -> Counts {
        let (mut words, mut chars) = (0, 0);
        let (mut in_piece, mut piece_alnum) = (false, false);
        for c in s.chars() {
            chars += 1;
            if c.is_whitespace() {
                words += usize::from(in_piece && piece_alnum);
                (in_piece, piece_alnum) = (false, false);
            } else {
                in_piece = true;
                piece_alnum |= c.is_alphanumeric();
            }
        }
        Counts {
            words: words + usize::from(in_piece && piece_alnum),
            chars,
            key_len: super::super::metadata::key(s).len(),
            // No words are read.
            may_promote: true,
        }
    }

    #[test]
    fn line_counts_read_eight_bytes_at_a_time_as_one_at_a_time() {
        let lines = [
            "a",
            "  share this  ",
            "-- | -- a\tb\r\n c;; .. 12 ,x, ()",
            "«el año pasado», dijo — según el @banco_central [09/12]",
            "one two three four five six seven eight nine ten eleven twelve",
            "ab -- cd\t\t, x;y  . --- 12 a.b.c   -z- .. q ,,,,,,,,,,,, r \u{a0}-- s",
            "        --------a        .........        b1b2b3b4b5b6b7b8b9   ",
            "x\u{80}y\u{7ff} z\u{ffff}w!a?b. c,d;e-f 'g\"h(i)j*k+l~m^n_o|p \u{a0} q",
        ];
        for line in lines {
            for cut in 0..line.len() {
                if let Some(s) = line.get(cut..) {
                    let mut out = String::new();
                    let counts = read_line(
                        s,
                        0,
                        s.len(),
                        &mut out,
                        &mut None::<Reading<fn(usize, usize, Option<u64>)>>,
                    );
                    assert_eq!(counts, counts_bytewise(s), "{s:?}");
                    assert_eq!(out, crate::time::fold(s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn a_line_holding_a_promotion_phrase_may_promote() {
        let text = "Join us today and become a member of the club.\n\
            ÚNETE a nuestra comunidad, apóyanos y suscríbete al boletín.\n\
            «Suscribete» (hazte socio): 2newsletter, x-Collaborate with our work!\n\
            Nothing here supports joining, news or members who became donors.\n\
            Supporting us helps; donate-now, Subscribe.\n\
            We join them in support of a plan to become the first to collaborate.\n\
            JOIN US, join üs, become a member; Become A Member or Collaborate with our work.";
        let lines = super::super::lines::lines(text);
        let mut folds = String::new();
        let mut reading = Some(Reading::new(text, |_, _, _| {}));
        let infos = LineInfo::all(text, &lines, &mut folds, &mut reading);
        for info in &infos {
            let held = PROMOS.iter().any(|p| has_phrase(info.folded, p));
            assert!(info.may_promote || !held, "{:?}", info.folded);
        }
        assert!(!infos[3].may_promote && !infos[5].may_promote);
        assert!(infos[6].may_promote);
    }

    #[test]
    fn word_starts_read_eight_bytes_at_a_time_as_one_at_a_time() {
        let lines = [
            "",
            "a",
            "share this",
            "comparte en whatsapp: 55 1234 5678",
            "«el año pasado», dijo — según el @banco_central [09/12]",
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ`{@[/:",
            "x\u{80}y\u{7ff}z\u{ffff}w!a?b.c,d;e-f'g\"h(i)j*k+l~m^n_o|p",
        ];
        for line in lines {
            for cut in 0..line.len() {
                if let Some(s) = line.get(cut..) {
                    let starts = Starts::new(s);
                    assert_eq!((starts.bits, starts.bits8), starts_bytewise(s), "{s:?}");
                }
            }
        }
    }
}
