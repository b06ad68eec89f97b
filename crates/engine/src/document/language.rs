//! A light language detector: function-word frequencies for English, Spanish, Portuguese, French,
//! German and Italian, with Spanish punctuation and letters as extra evidence; anything else "und".
//! The English and Spanish lists also hold the scale words of figures ("million", "millones"),
//! which decide a short news line ("Recaudó 45.000 millones de pesos chilenos.").

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
/// it: words of at most eight bytes under their bytes packed into an integer ([`packed`]),
/// longer ones (none today) by their text.
struct FunctionWords {
    short: FastMap<u64, u8>,
    long: FastMap<&'static str, u8>,
}

/// The bytes of a word of at most eight bytes, lowercased (ASCII) and packed into an integer
/// (distinct for distinct words without NUL bytes).
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

fn function_words() -> &'static FunctionWords {
    static WORDS: OnceLock<FunctionWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut table = FunctionWords {
            short: FastMap::default(),
            long: FastMap::default(),
        };
        for (k, list) in LISTS.iter().enumerate() {
            for word in list.split('|') {
                match packed(word.as_bytes()) {
                    Some(key) => *table.short.entry(key).or_insert(0) |= 1 << k,
                    None => *table.long.entry(word).or_insert(0) |= 1 << k,
                }
            }
        }
        table
    })
}

impl FunctionWords {
    /// The languages whose function word a lowercase word is.
    fn get(&self, lower: &str) -> Option<u8> {
        match packed(lower.as_bytes()) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(lower).copied(),
        }
    }
}

/// Spanish and Portuguese marks seen: '¿', '¡', 'ñ', 'Ñ'; 'ã', 'õ', 'ç'.
#[derive(Default)]
struct Marks {
    spanish: usize,
    portuguese: usize,
}

impl Marks {
    /// Counts a non-ASCII character.
    fn see(&mut self, c: char) {
        match c {
            '¿' | '¡' | 'ñ' | 'Ñ' => self.spanish += 1,
            'ã' | 'õ' | 'ç' => self.portuguese += 1,
            _ => {}
        }
    }
}

/// The end of the run of letters starting at byte `i` of `text`, and whether it is all ASCII;
/// its other characters are counted in `marks`.
fn letters_end(text: &str, mut i: usize, marks: &mut Marks) -> (usize, bool) {
    let b = text.as_bytes();
    let mut ascii = true;
    while i < b.len() {
        if b[i] < 128 {
            if !b[i].is_ascii_alphabetic() {
                break;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => {
                    marks.see(c);
                    i += c.len_utf8();
                }
                _ => break,
            }
            ascii = false;
        }
    }
    (i, ascii)
}

/// Detects the language of `text`: "en", "es", "pt", "fr", "de", "it", or "und".
pub fn detect(text: &str) -> Lang {
    let table = function_words();
    let mut counts = [0u32; 6];
    let mut words = 0usize;
    let b = text.as_bytes();
    let mut i = 0;
    // The marks are counted over the first 200,000 characters: in passing while the words are
    // read, when the text has no more (a text of at most that many bytes).
    let mut marks = Marks::default();
    let short = text.len() <= 200_000;
    let mut passing = Marks::default();
    // The maximal runs of letters, as splitting at every other character; ASCII bytes are read
    // without decoding.
    while i < b.len() && words < SAMPLE_WORDS {
        let c = b[i];
        if c < 128 {
            if !c.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if !ch.is_alphabetic() {
                passing.see(ch);
                i += ch.len_utf8();
                continue;
            }
        }
        let start = i;
        let ascii;
        (i, ascii) = letters_end(text, i, &mut passing);
        words += 1;
        let word = &text[start..i];
        let langs = if ascii {
            // ASCII lowercasing keeps the length.
            packed(word.as_bytes()).and_then(|key| table.short.get(&key).copied())
        } else if word.len() > 8 && word.chars().count() > 8 {
            None
        } else {
            table.get(&word.to_lowercase())
        };
        if let Some(langs) = langs {
            for (k, count) in counts.iter_mut().enumerate() {
                *count += u32::from(langs >> k & 1);
            }
        }
    }
    let mut scores = counts.map(f64::from);
    // The first 200,000 characters (a text of at most that many bytes has no more).
    let (rest, sample_end) = if short {
        marks = passing;
        (i, text.len())
    } else {
        let end = text
            .char_indices()
            .nth(200_000)
            .map_or(text.len(), |(i, _)| i);
        (0, end)
    };
    // The marks are not ASCII: only the other characters need decoding.
    for c in text[rest..sample_end].chars().filter(|c| !c.is_ascii()) {
        marks.see(c);
    }
    let (spanish_marks, portuguese_marks) = (marks.spanish, marks.portuguese);
    scores[1] += spanish_marks as f64 * 2.0;
    scores[2] += portuguese_marks as f64 * 2.0;
    let (best, score) =
        scores.iter().enumerate().fold(
            (0, 0.0),
            |acc, (k, &s)| if s > acc.1 { (k, s) } else { acc },
        );
    if words == 0 || score < 2.0 || score < words as f64 * 0.08 {
        return Lang::Other("und".into());
    }
    Lang::from_code(CODES[best])
}
