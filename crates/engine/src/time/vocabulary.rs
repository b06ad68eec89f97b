//! The words the date rules know, each with its class: whether it can begin an expression, is a
//! calendar name, or is an anchor (a word that every expression without digits contains). A word
//! the rules never compare with is unknown, and no expression can run through it.

use super::expressions::{DURATION_HEDGES, YEAR_CONTEXT};
use super::names;
use crate::lexicon::FastMap;
use std::sync::OnceLock;

/// A word any rule compares with (every word of the vocabulary has it).
pub const KNOWN: u8 = 1;
/// A word that can begin a date expression (a superset of what the rules accept).
pub const STARTS: u8 = 2;
/// A month, weekday or number name of `names`' tables.
pub const CALENDAR: u8 = 4;
/// A word of [`YEAR_CONTEXT`], after which a bare year or month reads as a date.
pub const CONTEXT: u8 = 16;
/// The first word of one of [`DURATION_HEDGES`].
pub const HEDGE: u8 = 32;
/// A full month or weekday name, a unit or a relative day ("ayer", "tomorrow"): every date
/// expression holds a digit or one of these.
pub const ANCHOR: u8 = 8;

/// Every word other than a month, weekday or number name that can begin a date expression: the
/// first words of the rules (triggers, hedges, articles, parts, seasons, ordinals, relative
/// words). Kept sorted.
pub const FIRST_WORDS: &str = "a|about|almost|alrededor|anteayer|antes|antier|apenas|around|as|autumn|ayer|año|beginning|between|by|casi|cerca|comienzo|comienzos|coming|cuarta|cuarto|de|del|desde|durante|during|earlier|early|el|en|end|entre|esta|este|estos|ever|fall|fewer|fin|final|finales|fines|first|fiscal|fourth|from|h|hace|hasta|hoy|in|inicio|inicios|invierno|just|la|las|last|late|later|less|lo|los|mas|mañana|mediados|menos|mes|mid|middle|more|nearly|next|only|otoño|over|para|pasada|pasado|pasados|past|poco|previous|primavera|primer|primera|primero|principio|principios|proxima|proximo|q|second|segunda|segundo|semana|since|so|solo|spring|start|starting|summer|tercer|tercera|tercero|the|third|this|through|till|today|tomorrow|ultimas|ultimos|unas|under|unos|until|verano|winter|within|year|yesterday";

/// Words the rules compare with after an expression's first word, other than names, units,
/// [`YEAR_CONTEXT`] and [`DURATION_HEDGES`]: joiners, "ago", quarters and halves, the calendars of
/// a year ("last school year"), and the rest.
const LATER_WORDS: &str = "academic|ago|al|an|and|before|cada|date|e|entrante|es|far|financial|fiscal|fue|half|her|his|is|its|llevamos|million|noche|of|our|partir|people|percent|por|primeros|quarter|que|registro|s|saw|school|semestre|tarde|their|to|trimestre|va|van|viene|was|y";

/// Relative days and the parts of a year counted by ordinals ("the third quarter"): anchors
/// besides the names and units of `names`.
const RELATIVE_DAYS: &str = "yesterday|ayer|today|hoy|tomorrow|anteayer|antier|mañana|tarde|noche|quarter|trimestre|semestre";

/// The longest folded word the vocabulary holds, in bytes (longer words are not looked up).
const MAX_LEN: usize = 16;

/// The vocabulary: each folded word with its class bits, grouped by first letter and length.
struct Table {
    /// The words, sorted by first letter and length.
    words: Vec<(&'static str, u8)>,
    /// Each word's bytes packed into a number (see [`pack`]), in the order of `words`.
    packed: Vec<u128>,
    /// For each first letter (`a` to `z`) and length (0 to [`MAX_LEN`]): the range of `words`
    /// starting with it and that long.
    groups: Vec<(u16, u16)>,
    /// For each pair of first two letters (see [`pair`]), the lengths (as bits) of the
    /// [`ANCHOR`] words starting with them.
    anchor_lengths: Vec<u32>,
    /// The same for all the words.
    known_lengths: Vec<u32>,
}

impl Table {
    /// The range of `words` whose folded form starts with `first` and is `len` bytes long.
    #[inline]
    fn group(&self, first: u8, len: usize) -> std::ops::Range<usize> {
        if !first.is_ascii_lowercase() || len > MAX_LEN {
            return 0..0;
        }
        let (from, to) = self.groups[usize::from(first - b'a') * (MAX_LEN + 1) + len];
        usize::from(from)..usize::from(to)
    }

    /// The word of `group` that packs to `packed`.
    #[inline]
    fn find(&self, group: std::ops::Range<usize>, packed: u128) -> Option<(&'static str, u8)> {
        let from = group.start;
        let k = self.packed.get(group)?.iter().position(|p| *p == packed)?;
        self.words.get(from + k).copied()
    }
}

/// Up to [`MAX_LEN`] bytes as one number (zero-padded), compared in one step.
fn pack(bytes: &[u8]) -> u128 {
    let mut packed = [0u8; MAX_LEN];
    for (to, from) in packed.iter_mut().zip(bytes) {
        *to = *from;
    }
    u128::from_le_bytes(packed)
}

/// The vocabulary, built at first use from the rules' word lists and `names`' tables.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: FastMap<&'static str, u8> = FastMap::default();
        let mut add = |w: &'static str, class: u8| *map.entry(w).or_default() |= KNOWN | class;
        FIRST_WORDS.split('|').for_each(|w| add(w, STARTS));
        names::calendar_words().for_each(|w| add(w, STARTS | CALENDAR));
        names::anchor_words().for_each(|w| add(w, ANCHOR));
        RELATIVE_DAYS.split('|').for_each(|w| add(w, ANCHOR));
        YEAR_CONTEXT.iter().for_each(|w| add(w, CONTEXT));
        DURATION_HEDGES
            .iter()
            .flat_map(|(ws, _)| ws.iter())
            .for_each(|w| add(w, 0));
        DURATION_HEDGES.iter().for_each(|(ws, _)| add(ws[0], HEDGE));
        LATER_WORDS.split('|').for_each(|w| add(w, 0));
        let key = |w: &str| (w.as_bytes()[0], w.len());
        let mut words: Vec<(&'static str, u8)> = map.into_iter().collect();
        crate::sort::sort_by_key(&mut words, |(w, _)| (key(w), *w));
        let packed = words.iter().map(|(w, _)| pack(w.as_bytes())).collect();
        let mut groups = vec![(0u16, 0u16); 26 * (MAX_LEN + 1)];
        for (k, (w, _)) in words.iter().enumerate() {
            let (first, len) = key(w);
            let group = &mut groups[usize::from(first - b'a') * (MAX_LEN + 1) + len];
            if group.1 == 0 {
                group.0 = k as u16;
            }
            group.1 = k as u16 + 1;
        }
        let mut anchor_lengths = vec![0u32; 32 * 32];
        let mut known_lengths = vec![0u32; 32 * 32];
        for (w, class) in &words {
            if class & ANCHOR != 0 {
                anchor_lengths[pair(w.as_bytes())] |= 1 << w.len();
            }
            known_lengths[pair(w.as_bytes())] |= 1 << w.len();
        }
        Table {
            words,
            packed,
            groups,
            anchor_lengths,
            known_lengths,
        }
    })
}

/// The vocabulary's form of `word`, a run of letters (folded, static), and its class bits, or
/// `None` for a word no rule compares with. Nothing is allocated.
pub fn lookup(word: &str) -> Option<(&'static str, u8)> {
    let bytes = word.as_bytes();
    if word.is_ascii() {
        return lookup_letters(bytes, bytes.len());
    }
    if bytes.len() > 4 * MAX_LEN {
        return None;
    }
    let mut buf = [0u8; MAX_LEN];
    let folded = names::fold_into(word, &mut buf)?.as_bytes();
    let table = table();
    table.find(table.group(*folded.first()?, folded.len()), pack(folded))
}

/// [`lookup`] of the ASCII letters `text[..len]` (`text` may go on): lowercased by setting each
/// letter's case bit, since the vocabulary's words are all letters.
pub fn lookup_letters(text: &[u8], len: usize) -> Option<(&'static str, u8)> {
    let table = table();
    // Most words are ruled out by their first two letters and length.
    if len > MAX_LEN || table.known_lengths[pair(&text[..len])] >> len & 1 == 0 {
        return None;
    }
    let group = table.group(*text.first()? | 0x20, len);
    if group.is_empty() {
        return None;
    }
    let within = u128::MAX >> (8 * (MAX_LEN - len));
    let case = u128::from_le_bytes([0x20; MAX_LEN]) & within;
    let packed = match text.get(..MAX_LEN) {
        Some(head) => u128::from_le_bytes(head.try_into().unwrap_or_default()) & within,
        None => pack(&text[..len]),
    };
    table.find(group, packed | case)
}

/// Whether the ASCII letters `text[..len]` are an [`ANCHOR`] word.
pub fn is_anchor_letters(text: &[u8], len: usize) -> bool {
    may_be_anchor(&text[..len])
        && lookup_letters(text, len).is_some_and(|(_, class)| class & ANCHOR != 0)
}

/// Whether the ASCII word `word` may be an [`ANCHOR`] word: most words are ruled out by their
/// first two letters and length alone.
pub fn may_be_anchor(word: &[u8]) -> bool {
    Anchors::get().may_be(word)
}

/// The filter of [`may_be_anchor`], found once for many words.
#[derive(Clone, Copy)]
pub struct Anchors(&'static [u32]);

impl Anchors {
    /// The vocabulary's filter.
    pub fn get() -> Anchors {
        Anchors(&table().anchor_lengths)
    }

    /// [`may_be_anchor`].
    #[inline]
    pub fn may_be(self, word: &[u8]) -> bool {
        word.len() < 32
            && self
                .0
                .get(pair(word))
                .is_some_and(|l| l >> word.len() & 1 != 0)
    }
}

/// A word's first two bytes, case-insensitively for letters, as an index below 32 × 32.
fn pair(word: &[u8]) -> usize {
    let at = |k: usize| usize::from(word.get(k).map_or(0, |b| b & 0x1f));
    at(0) << 5 | at(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_are_sorted() {
        assert!(FIRST_WORDS
            .split('|')
            .collect::<Vec<_>>()
            .windows(2)
            .all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_word_fits() {
        assert!(table().words.len() < usize::from(u16::MAX));
        for (w, class) in &table().words {
            assert!(
                w.len() <= MAX_LEN && w.as_bytes()[0].is_ascii_lowercase(),
                "{w}"
            );
            assert!(
                w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()),
                "{w}"
            );
            assert_eq!(lookup(w), Some((*w, *class)));
            assert_eq!(lookup(&w.to_uppercase()), Some((*w, *class)));
        }
    }

    /// Every one-word string literal of the rules' code is in the vocabulary: a word the
    /// vocabulary lacks would stop the scan from starting rules before it.
    #[test]
    fn every_rule_word_is_known() {
        let source = include_str!("expressions.rs");
        let code = source.split("#[cfg(test)]").next().unwrap();
        let mut missing = Vec::new();
        for line in code.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            for (k, lit) in line.split('"').enumerate() {
                let word = k % 2 == 1
                    && !lit.is_empty()
                    && lit.chars().all(|c| c.is_lowercase() && c.is_alphabetic());
                if word && lookup(lit).is_none_or(|(w, _)| w != lit) {
                    missing.push(lit.to_string());
                }
            }
        }
        assert!(missing.is_empty(), "not in the vocabulary: {missing:?}");
    }
}
