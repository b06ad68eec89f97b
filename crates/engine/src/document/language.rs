//! A light language detector: function-word frequencies for English, Spanish, Portuguese, French,
//! German and Italian, with Spanish punctuation and letters as extra evidence; anything else "und".
//! The English and Spanish lists also hold the scale words of figures ("million", "millones"),
//! which decide a short news line ("Recaudó 45.000 millones de pesos chilenos.").

use super::ascii::{letter_mask, load, HIGH, ONES};
use crate::case::Lowercase;
use crate::lang::Lang;
use crate::lexicon::FastMap;
use std::sync::OnceLock;

const EN: &str = "the|of|and|to|in|is|that|for|with|was|on|are|as|by|it|from|at|this|have|has|which|be|not|were|will|who|their|its|an|or|but|they|he|she|said|been|would|also|than|million|billion|percent|thousand";
const ES: &str = "de|la|que|el|en|y|los|las|del|se|por|un|una|con|no|para|es|al|lo|como|más|pero|sus|su|le|ya|fue|este|ha|han|entre|sobre|también|desde|hasta|muy|cuando|donde|porque|según|millones|millón|mil";
const PT: &str = "de|a|o|que|e|do|da|em|um|uma|para|com|não|os|as|dos|das|no|na|por|mais|se|foi|ao|pelo|pela|são|também|isso|ele|ela|seu|sua|mas|já|está|há|ser|quando|pelos";
const FR: &str = "le|la|les|de|des|du|et|un|une|est|en|que|qui|dans|pour|pas|sur|au|aux|ce|il|elle|ne|se|avec|par|plus|sont|ont|été|cette|mais|ou|nous|vous|leur|être|à";
const DE: &str = "der|die|das|und|ist|nicht|ein|eine|zu|den|von|mit|sich|des|auf|für|im|dem|auch|es|an|werden|aus|er|sie|hat|dass|bei|nach|wird|oder|wie|noch|einer|über|sind|wurde";
const IT: &str = "il|di|che|e|la|per|un|una|in|del|della|non|sono|con|si|da|gli|le|al|alla|dei|delle|anche|più|come|ma|è|questo|nel|nella|ha|hanno|essere|stato|sulla|degli";

/// How many words are sampled at most.
const SAMPLE_WORDS: usize = 20_000;

/// The languages scored, in the order of [`LISTS`].
const CODES: [&str; 6] = ["en", "es", "pt", "fr", "de", "it"];

/// Function words, one list per language of [`CODES`].
const LISTS: [&str; 6] = [EN, ES, PT, FR, DE, IT];

/// The function words, each with the set of languages (bit `k` for `CODES[k]`) whose list has
/// it: words of at most eight bytes under their bytes packed into an integer ([`packed`]), in an
/// open-addressing table probed from one multiplication of the key; longer ones (none today) by
/// their text.
struct FunctionWords {
    short: Box<[(u64, u8); SLOTS]>,
    long: FastMap<&'static str, u8>,
    /// [`lanes`] of every set of languages.
    lanes: [u128; 64],
}

/// Slots of [`FunctionWords::short`] (a power of two, over four times the words).
const SLOTS: usize = 1024;

/// The bytes of a word of at most eight bytes, lowercased (ASCII) and packed into an integer,
/// the first byte lowest (distinct for distinct words without NUL bytes).
fn packed(word: &[u8]) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (k, &b) in word.iter().enumerate() {
        key |= u64::from(b.to_ascii_lowercase()) << (8 * k);
    }
    Some(key)
}

/// [`packed`] of the ASCII letters `b[start..end]`, of their first eight when there are more,
/// read as one integer when eight bytes are there to read.
fn packed_letters(b: &[u8], start: usize, end: usize) -> u64 {
    let Some(w) = load(b, start) else {
        return packed(&b[start..end]).unwrap_or(0);
    };
    let len = end - start;
    let keep = if len >= 8 { !0 } else { (1 << (8 * len)) - 1 };
    // Setting bit 5 lowercases an ASCII letter.
    (w | (ONES * 0x20)) & keep
}

fn function_words() -> &'static FunctionWords {
    static WORDS: OnceLock<FunctionWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut table = FunctionWords {
            short: Box::new([(0, 0); SLOTS]),
            long: FastMap::default(),
            lanes: std::array::from_fn(|k| lanes(k as u8)),
        };
        for (k, list) in LISTS.iter().enumerate() {
            for word in list.split('|') {
                match packed(word.as_bytes()) {
                    Some(key) => {
                        let at = table.slot(key);
                        table.short[at] = (key, table.short[at].1 | 1 << k);
                    }
                    None => *table.long.entry(word).or_insert(0) |= 1 << k,
                }
            }
        }
        table
    })
}

impl FunctionWords {
    /// The slot of a packed key: its own, or the empty one where it would go.
    fn slot(&self, key: u64) -> usize {
        let mut at = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize % SLOTS;
        while self.short[at].0 != key && self.short[at].0 != 0 {
            at = (at + 1) % SLOTS;
        }
        at
    }

    /// The languages whose function word a packed word is (a key of 0, no word, has none).
    fn get_packed(&self, key: u64) -> Option<u8> {
        let (k, langs) = self.short[self.slot(key)];
        (k == key && key != 0).then_some(langs)
    }

    /// The languages whose function word a word is, lowercased ([`crate::case::lower`]); the
    /// lowercase bytes are packed as they are made, a string made only for a longer word.
    fn get_word(&self, word: &str) -> Option<u8> {
        let mut key = 0u64;
        let mut len = 0;
        for c in word.chars().map(crate::case::lower_char) {
            let mut buf = [0; 4];
            for &byte in c.encode_utf8(&mut buf).as_bytes() {
                if len == 8 {
                    return self.long.get(word.lowercase().as_str()).copied();
                }
                key |= u64::from(byte.to_ascii_lowercase()) << (8 * len);
                len += 1;
            }
        }
        self.get_packed(key)
    }
}

/// Spanish and Portuguese marks seen: '¿', '¡', 'ñ', 'Ñ'; 'ã', 'õ', 'ç'.
#[derive(Default)]
struct Marks {
    spanish: usize,
    portuguese: usize,
}

impl Marks {
    /// The marks of a text. They are characters of two bytes starting with 0xC2 or 0xC3: eight
    /// bytes are skipped at once while none is beyond ASCII.
    fn count(text: &str) -> Marks {
        let mut marks = Marks::default();
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if let Some(w) = load(b, i) {
                if w & HIGH == 0 {
                    i += 8;
                    continue;
                }
            }
            if matches!(b[i], 0xC2 | 0xC3) {
                if let Some(c) = text[i..].chars().next() {
                    marks.see(c);
                }
            }
            i += 1;
        }
        marks
    }

    /// Counts a non-ASCII character.
    fn see(&mut self, c: char) {
        match c {
            '¿' | '¡' | 'ñ' | 'Ñ' => self.spanish += 1,
            'ã' | 'õ' | 'ç' => self.portuguese += 1,
            _ => {}
        }
    }
}

/// `char::is_alphabetic`, answered without the Unicode tables for Latin-1 and Latin
/// Extended-A (every character from U+00C0 to U+017F is a letter but '×' and '÷') and for
/// general punctuation (U+2000 to U+206F, none a letter or digit).
pub(crate) fn alphabetic(c: char) -> bool {
    match u32::from(c) {
        0xC0..=0x17F => !matches!(c, '×' | '÷'),
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, with [`alphabetic`]'s shortcuts.
pub(crate) fn alphanumeric(c: char) -> bool {
    match u32::from(c) {
        0xC0..=0x17F => !matches!(c, '×' | '÷'),
        0x2000..=0x206F => false,
        _ => c.is_alphanumeric(),
    }
}

/// One in the 16-bit lane of each language of a set (bit `k` for `CODES[k]`).
fn lanes(langs: u8) -> u128 {
    // Bit k moved up by 15 k places, to bit 16 k.
    let x = u128::from(langs);
    (x & 1) | (x & 2) << 15 | (x & 4) << 30 | (x & 8) << 45 | (x & 16) << 60 | (x & 32) << 75
}

/// Detects the language of `text`: "en", "es", "pt", "fr", "de", "it", or "und".
pub fn detect(text: &str) -> Lang {
    let mut reading = Reading::new(text, |_, _, _| {});
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match load(b, i).filter(|w| w & HIGH == 0) {
            Some(w) => {
                reading.ascii8(i, w);
                i += 8;
            }
            None if b[i] < 128 => {
                reading.ascii_byte(i, b[i]);
                i += 1;
            }
            None => {
                let c = text[i..].chars().next().unwrap_or(' ');
                reading.other(i, c);
                i += c.len_utf8();
            }
        }
    }
    reading.end_of_line(b.len());
    reading.finish().0
}

/// The detector's reading of a text's words (the maximal runs of letters), fed in order by a
/// pass over the text that shows it every letter and every character beyond ASCII
/// ([`Reading::ascii8`], [`Reading::ascii_byte`], [`Reading::other`]); a line break, never a
/// letter, may be skipped if [`Reading::end_of_line`] is called before it. `on_word` is shown
/// the span of each word read, in order, and for an ASCII word its first eight bytes lowercased
/// ([`packed_letters`]).
pub(crate) struct Reading<'t, F> {
    text: &'t str,
    table: &'static FunctionWords,
    /// The function words seen of each language, one 16-bit lane each (at most SAMPLE_WORDS).
    counts: u128,
    words: usize,
    seen: Marks,
    /// The current word's first byte, when inside one.
    start: Option<usize>,
    /// Whether the current word is all ASCII.
    ascii: bool,
    /// One past the last word read.
    last_end: usize,
    /// A word beyond the sample began: nothing more is read.
    stopped: bool,
    /// The words read since [`Reading::may_have_promoted`] was last asked may hold a promotion
    /// phrase of the furniture ([`super::furniture::promotion_first`]).
    promotes: bool,
    /// The last word read when a promotion phrase may go on after it: its key and end.
    promotion_begun: Option<(u64, usize)>,
    on_word: F,
}

impl<'t, F: FnMut(usize, usize, Option<u64>)> Reading<'t, F> {
    /// A reading of `text` that has seen nothing yet.
    pub(crate) fn new(text: &'t str, on_word: F) -> Self {
        Reading {
            text,
            table: function_words(),
            counts: 0,
            words: 0,
            seen: Marks::default(),
            start: None,
            ascii: true,
            last_end: 0,
            stopped: false,
            promotes: false,
            promotion_begun: None,
            on_word,
        }
    }

    /// A word starts at byte `at`.
    #[inline]
    fn begin(&mut self, at: usize) {
        if self.words == SAMPLE_WORDS {
            self.stopped = true;
            return;
        }
        self.words += 1;
        self.start = Some(at);
        self.ascii = true;
    }

    /// The current word ends before byte `at`: its function-word languages are counted.
    #[inline]
    fn end(&mut self, start: usize, at: usize) {
        self.start = None;
        match self.ascii {
            true => self.end_ascii(start, at),
            false => self.end_beyond_ascii(start, at),
        }
    }

    /// [`Reading::end`] of the ASCII word `start..at`.
    #[inline(never)]
    fn end_ascii(&mut self, start: usize, at: usize) {
        self.last_end = at;
        // ASCII lowercasing keeps the length.
        let key = packed_letters(self.text.as_bytes(), start, at);
        (self.on_word)(start, at, Some(key));
        self.read_promotion(start, at, Some(key));
        if at - start <= 8 {
            self.count(self.table.get_packed(key));
        }
    }

    /// [`Reading::end`] of a word beyond ASCII (apart: most words are ASCII).
    #[inline(never)]
    fn end_beyond_ascii(&mut self, start: usize, at: usize) {
        self.last_end = at;
        (self.on_word)(start, at, None);
        self.read_promotion(start, at, None);
        let word = &self.text[start..at];
        if word.len() <= 8 || word.chars().count() <= 8 {
            self.count(self.table.get_word(word));
        }
    }

    /// Counts a function word of the languages `langs`.
    #[inline]
    fn count(&mut self, langs: Option<u8>) {
        if let Some(langs) = langs {
            self.counts += self.table.lanes[usize::from(langs)];
        }
    }

    /// Reads the word `start..at` (`key`: [`packed_letters`] when it is ASCII) for the furniture's
    /// promotion phrases: whether it and the word before may hold one.
    #[inline]
    fn read_promotion(&mut self, start: usize, at: usize, key: Option<u64>) {
        use super::furniture::{folded_may_begin_promotion, promotion_first, promotion_goes_on};
        // Cleared only when set (most words follow no phrase's first word).
        if let Some((first, end)) = self.promotion_begun {
            self.promotion_begun = None;
            if start == end + 1 && self.text.as_bytes()[end] == b' ' {
                self.promotes |= promotion_goes_on(first, key);
            }
        }
        match key {
            Some(key) => match promotion_first(key) {
                Some(true) => self.promotes = true,
                Some(false) => self.promotion_begun = Some((key, at)),
                None => {}
            },
            None => self.promotes |= folded_may_begin_promotion(&self.text[start..at]),
        }
    }

    /// Eight ASCII bytes at byte `at` (`w`, read little-endian).
    #[inline]
    pub(crate) fn ascii8(&mut self, at: usize, w: u64) {
        if self.stopped {
            return;
        }
        let letters = letter_mask(w);
        // The bytes whose being a letter differs from the byte before.
        let mut edges = letters ^ (letters << 8 | u64::from(self.start.is_some()) << 7);
        let edge = |edges: u64| at + edges.trailing_zeros() as usize / 8;
        if edges == 0 {
            return;
        }
        // A word going on from before ends at the first edge.
        if let Some(start) = self.start {
            self.end(start, edge(edges));
            edges &= edges - 1;
        }
        // Then words begin and end in pairs, all ASCII; the last may go on past these bytes.
        while edges != 0 {
            let k = edge(edges);
            edges &= edges - 1;
            if edges == 0 {
                return self.begin(k);
            }
            if self.words == SAMPLE_WORDS {
                self.stopped = true;
                return;
            }
            self.words += 1;
            self.end_ascii(k, edge(edges));
            edges &= edges - 1;
        }
    }

    /// The ASCII byte `c` at byte `at`.
    #[inline]
    pub(crate) fn ascii_byte(&mut self, at: usize, c: u8) {
        if self.stopped {
            return;
        }
        match (self.start, c.is_ascii_alphabetic()) {
            (None, true) => self.begin(at),
            (Some(start), false) => self.end(start, at),
            _ => {}
        }
    }

    /// The character `c`, beyond ASCII, at byte `at`.
    pub(crate) fn other(&mut self, at: usize, c: char) {
        if self.stopped {
            return;
        }
        if alphabetic(c) {
            if self.start.is_none() {
                self.begin(at);
                if self.stopped {
                    return;
                }
            }
            self.ascii = false;
        } else if let Some(start) = self.start {
            self.end(start, at);
        }
        self.seen.see(c);
    }

    /// A line ends at byte `at` (what follows until the next line holds no letter).
    #[inline]
    pub(crate) fn end_of_line(&mut self, at: usize) {
        if let (false, Some(start)) = (self.stopped, self.start) {
            self.end(start, at);
        }
    }

    /// Whether the words read since the last call may hold a promotion phrase of the furniture
    /// ([`super::furniture::promotion_first`]), or a word was left unread.
    pub(crate) fn may_have_promoted(&mut self) -> bool {
        self.promotion_begun = None;
        std::mem::take(&mut self.promotes) || self.stopped
    }

    /// The language, and whether every word of the text was read.
    pub(crate) fn finish(self) -> (Lang, bool) {
        let text = self.text;
        let complete = !self.stopped && (self.words < SAMPLE_WORDS || self.last_end == text.len());
        let counts: [u32; 6] = std::array::from_fn(|k| (self.counts >> (16 * k)) as u32 & 0xFFFF);
        let mut scores = counts.map(f64::from);
        // The marks are counted over the first 200,000 characters (a text of at most that many
        // bytes has no more). When the words were read to the end of a text of at most that
        // many bytes, every character not ASCII was shown to `seen`.
        let marks = if complete && text.len() <= 200_000 {
            self.seen
        } else {
            let sample_end = text
                .char_indices()
                .nth(200_000)
                .map_or(text.len(), |(i, _)| i);
            Marks::count(&text[..sample_end])
        };
        scores[1] += marks.spanish as f64 * 2.0;
        scores[2] += marks.portuguese as f64 * 2.0;
        let (best, score) =
            scores.iter().enumerate().fold(
                (0, 0.0),
                |acc, (k, &s)| if s > acc.1 { (k, s) } else { acc },
            );
        let words = self.words;
        if words == 0 || score < 2.0 || score < words as f64 * 0.08 {
            return (Lang::Other("und".into()), complete);
        }
        (Lang::from_code(CODES[best]), complete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The detector read the plain way: every maximal run of letters, lowercased, looked up in
    /// the lists; the marks counted over every character.
    fn detect_plainly(text: &str) -> Lang {
        let mut marks = Marks::default();
        text.chars()
            .filter(|c| !c.is_ascii())
            .for_each(|c| marks.see(c));
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(crate::case::lower)
            .collect();
        let mut scores = [0.0f64; 6];
        for (k, list) in LISTS.iter().enumerate() {
            scores[k] = words
                .iter()
                .filter(|w| list.split('|').any(|x| x == *w))
                .count() as f64;
        }
        scores[1] += marks.spanish as f64 * 2.0;
        scores[2] += marks.portuguese as f64 * 2.0;
        let (best, score) =
            scores.iter().enumerate().fold(
                (0, 0.0),
                |acc, (k, &s)| {
                    if s > acc.1 {
                        (k, s)
                    } else {
                        acc
                    }
                },
            );
        if words.is_empty() || score < 2.0 || score < words.len() as f64 * 0.08 {
            return Lang::Other("und".into());
        }
        Lang::from_code(CODES[best])
    }

    #[test]
    fn the_lines_pass_reads_the_words_as_a_plain_reading_does() {
        let long = "the pesos of Mexico and la economía argentina, ".repeat(20);
        let texts = [
            "¿Cuánto cuesta? ¡Mucho! El niño pagó 800 pesos en Buenos Aires.",
            "  •  The doctors said that the MXN 40 was paid\u{2028}by Cuba’s government.\r\n\r\nMore",
            "A320s and Mexico2024, 2024Mexico; l’été à Paris — où est la gare? Não, está lá.",
            "Der Arzt und die Ärztin sind nicht hier\u{a0}über das Geld, das ist für sie.",
            long.as_str(),
            "x",
            "",
            "Il medico è più bravo della gente, ma non è stato qui. Então ação, coração e pão.",
            "también según más millón\tTAMBIÉN Según\nMÁS\u{85}mil millones de pesos chilenos",
        ];
        for text in texts {
            assert_eq!(detect(text), detect_plainly(text), "{text:?}");
            let doc = super::super::Document::parse("t", text, &Default::default());
            assert_eq!(doc.lang, detect(text), "{text:?}");
            assert_eq!(
                doc.number.peso,
                crate::quantity::document_peso(text, None),
                "{text:?}"
            );
        }
    }

    #[test]
    fn latin_letters_are_read_as_the_unicode_tables_read_them() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
