//! A light language detector: function-word frequencies for English, Spanish, Portuguese, French,
//! German and Italian, with Spanish punctuation and letters as extra evidence; anything else "und".
//! The English and Spanish lists also hold the scale words of figures ("million", "millones"),
//! which decide a short news line ("Recaudó 45.000 millones de pesos chilenos.").

use super::ascii::{below, letter_mask, load, HIGH, ONES};
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
    short: Vec<(u64, u8)>,
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

/// [`packed`] of the ASCII letters `b[start..end]` (at most eight), read as one integer when
/// eight bytes are there to read.
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
            short: vec![(0, 0); SLOTS],
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

/// The end of the run of letters starting at byte `i` of `text`, and whether it is all ASCII.
/// ASCII letters are read eight at a time; the other letters are shown to `marks`.
fn letters_end(text: &str, mut i: usize, marks: &mut Marks) -> (usize, bool) {
    let b = text.as_bytes();
    let mut ascii = true;
    loop {
        while let Some(w) = load(b, i) {
            let letters = letter_mask(w);
            if letters != HIGH {
                i += (!letters & HIGH).trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i == b.len() || b[i] < 128 {
            return (i, ascii);
        }
        match text[i..].chars().next() {
            Some(c) if alphabetic(c) => {
                marks.see(c);
                i += c.len_utf8();
                ascii = false;
            }
            _ => return (i, ascii),
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

/// The first letter at or after byte `i` of `text` (`text.len()` when none is left); the
/// characters passed over that are not ASCII are shown to `marks`. Eight ASCII bytes are read at
/// a time.
fn next_letter(text: &str, mut i: usize, marks: &mut Marks) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if let Some(w) = load(b, i) {
            // The first ASCII letter or byte beyond ASCII.
            let stop = letter_mask(w) | w & HIGH;
            if stop == 0 {
                i += 8;
                continue;
            }
            i += stop.trailing_zeros() as usize / 8;
        }
        let c = b[i];
        if c < 128 {
            if c.is_ascii_alphabetic() {
                return i;
            }
            i += 1;
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if alphabetic(ch) {
                return i;
            }
            marks.see(ch);
            i += ch.len_utf8();
        }
    }
    b.len()
}

/// The word starting with the ASCII letter at byte `start` of `b`, when it is fewer than eight
/// ASCII letters followed by an ASCII byte that is not one: its end, its [`packed`] form and the
/// next word's first letter when it is an ASCII letter among the same eight bytes (after ASCII
/// bytes only), all read from one load.
fn short_ascii_word(b: &[u8], start: usize) -> Option<(usize, u64, Option<usize>)> {
    let w = load(b, start)?;
    let letters = letter_mask(w);
    // The first byte that is not an ASCII letter (8 when all are).
    let len = (!letters & HIGH).trailing_zeros() as usize / 8;
    if len == 8 || w >> (8 * len) & 0x80 != 0 {
        return None;
    }
    // The first ASCII letter or byte beyond ASCII after the word's end.
    let stop = (letters | w & HIGH) & !below(len + 1);
    let after = (stop & letters & stop.wrapping_neg() != 0)
        .then(|| start + stop.trailing_zeros() as usize / 8);
    Some((start + len, (w | (ONES * 0x20)) & below(len), after))
}

/// One in the 16-bit lane of each language of a set (bit `k` for `CODES[k]`).
fn lanes(langs: u8) -> u128 {
    // Bit k moved up by 15 k places, to bit 16 k.
    let x = u128::from(langs);
    (x & 1) | (x & 2) << 15 | (x & 4) << 30 | (x & 8) << 45 | (x & 16) << 60 | (x & 32) << 75
}

/// Detects the language of `text`: "en", "es", "pt", "fr", "de", "it", or "und".
pub fn detect(text: &str) -> Lang {
    detect_reading(text, |_| {}).0
}

/// [`detect`], showing `on_word` the first byte of each word (a run of letters) read, in order;
/// with whether every word of the text was read.
pub(crate) fn detect_reading(text: &str, mut on_word: impl FnMut(usize)) -> (Lang, bool) {
    let table = function_words();
    // The function words seen of each language, one 16-bit lane each (at most SAMPLE_WORDS).
    let mut counts = 0u128;
    let mut words = 0usize;
    let mut seen = Marks::default();
    let b = text.as_bytes();
    let mut i = 0;
    // A letter known to start the next word, found while reading the last one.
    let mut next = None;
    // The maximal runs of letters, as splitting at every other character; ASCII bytes are read
    // without decoding.
    while words < SAMPLE_WORDS {
        i = match next.take() {
            Some(at) => at,
            None => next_letter(text, i, &mut seen),
        };
        if i == b.len() {
            break;
        }
        let start = i;
        on_word(start);
        words += 1;
        if let Some((end, key, after)) = short_ascii_word(b, start) {
            i = end;
            next = after;
            if let Some(langs) = table.get_packed(key) {
                counts += table.lanes[usize::from(langs)];
            }
            continue;
        }
        let ascii;
        (i, ascii) = letters_end(text, i, &mut seen);
        let langs = if ascii {
            // ASCII lowercasing keeps the length.
            if i - start <= 8 {
                table.get_packed(packed_letters(b, start, i))
            } else {
                None
            }
        } else {
            let word = &text[start..i];
            if word.len() > 8 && word.chars().count() > 8 {
                None
            } else {
                table.get_word(word)
            }
        };
        if let Some(langs) = langs {
            counts += table.lanes[usize::from(langs)];
        }
    }
    let counts: [u32; 6] = std::array::from_fn(|k| (counts >> (16 * k)) as u32 & 0xFFFF);
    let mut scores = counts.map(f64::from);
    // The marks are counted over the first 200,000 characters (a text of at most that many bytes
    // has no more).
    // When the words were read to the end of a text of at most that many bytes, every character
    // not ASCII was shown to `seen`.
    let marks = if i == b.len() && text.len() <= 200_000 {
        seen
    } else {
        let sample_end = text
            .char_indices()
            .nth(200_000)
            .map_or(text.len(), |(i, _)| i);
        Marks::count(&text[..sample_end])
    };
    let complete = i == b.len();
    let (spanish_marks, portuguese_marks) = (marks.spanish, marks.portuguese);
    scores[1] += spanish_marks as f64 * 2.0;
    scores[2] += portuguese_marks as f64 * 2.0;
    let (best, score) =
        scores.iter().enumerate().fold(
            (0, 0.0),
            |acc, (k, &s)| if s > acc.1 { (k, s) } else { acc },
        );
    if words == 0 || score < 2.0 || score < words as f64 * 0.08 {
        return (Lang::Other("und".into()), complete);
    }
    (Lang::from_code(CODES[best]), complete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_are_read_as_the_unicode_tables_read_them() {
        for c in (0..0x2100).filter_map(char::from_u32) {
            assert_eq!(alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
