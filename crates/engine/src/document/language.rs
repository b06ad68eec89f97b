//! A light language detector: function-word frequencies for English, Spanish, Portuguese, French,
//! German and Italian, with Spanish punctuation and letters as extra evidence; anything else "und".

use crate::lang::Lang;
use crate::lexicon::FastMap;
use std::sync::OnceLock;

const EN: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "on", "are", "as", "by",
    "it", "from", "at", "this", "have", "has", "which", "be", "not", "were", "will", "who",
    "their", "its", "an", "or", "but", "they", "he", "she", "said", "been", "would", "also",
    "than",
];
const ES: &[&str] = &[
    "de", "la", "que", "el", "en", "y", "los", "las", "del", "se", "por", "un", "una", "con", "no",
    "para", "es", "al", "lo", "como", "más", "pero", "sus", "su", "le", "ya", "fue", "este", "ha",
    "han", "entre", "sobre", "también", "desde", "hasta", "muy", "cuando", "donde", "porque",
    "según",
];
const PT: &[&str] = &[
    "de", "a", "o", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "os", "as",
    "dos", "das", "no", "na", "por", "mais", "se", "foi", "ao", "pelo", "pela", "são", "também",
    "isso", "ele", "ela", "seu", "sua", "mas", "já", "está", "há", "ser", "quando", "pelos",
];
const FR: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "en", "que", "qui", "dans",
    "pour", "pas", "sur", "au", "aux", "ce", "il", "elle", "ne", "se", "avec", "par", "plus",
    "sont", "ont", "été", "cette", "mais", "ou", "nous", "vous", "leur", "être", "à",
];
const DE: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich",
    "des", "auf", "für", "im", "dem", "auch", "es", "an", "werden", "aus", "er", "sie", "hat",
    "dass", "bei", "nach", "wird", "oder", "wie", "noch", "einer", "über", "sind", "wurde",
];
const IT: &[&str] = &[
    "il", "di", "che", "e", "la", "per", "un", "una", "in", "del", "della", "non", "sono", "con",
    "si", "da", "gli", "le", "al", "alla", "dei", "delle", "anche", "più", "come", "ma", "è",
    "questo", "nel", "nella", "ha", "hanno", "essere", "stato", "sulla", "degli",
];

/// How many words are sampled at most.
const SAMPLE_WORDS: usize = 20_000;

/// The languages scored, in the order of [`LISTS`].
const CODES: [&str; 6] = ["en", "es", "pt", "fr", "de", "it"];

/// Function words, one list per language of [`CODES`].
const LISTS: [&[&str]; 6] = [EN, ES, PT, FR, DE, IT];

/// Each function word with the set of languages (bit `k` for `CODES[k]`) whose list has it.
fn function_words() -> &'static FastMap<&'static str, u8> {
    static WORDS: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map = FastMap::default();
        for (k, list) in LISTS.iter().enumerate() {
            for word in *list {
                *map.entry(*word).or_insert(0) |= 1 << k;
            }
        }
        map
    })
}

/// The maximal runs of letters of `text`, in order (as splitting at every other character and
/// dropping empty pieces); ASCII bytes are read without decoding.
fn alphabetic_words(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < b.len() {
            let (letter, len) = if b[i].is_ascii() {
                (b[i].is_ascii_alphabetic(), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphabetic(), c.len_utf8())
            };
            match (letter, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let word = &text[s..i];
                    i += len;
                    return Some(word);
                }
                _ => {}
            }
            i += len;
        }
        start.map(|s| &text[s..])
    })
}

/// Detects the language of `text`: "en", "es", "pt", "fr", "de", "it", or "und".
pub fn detect(text: &str) -> Lang {
    let table = function_words();
    let mut scores = [0.0f64; 6];
    let mut words = 0usize;
    let mut lower = String::new();
    for word in alphabetic_words(text).take(SAMPLE_WORDS) {
        words += 1;
        if word.len() > 8 && word.chars().count() > 8 {
            continue;
        }
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        if let Some(&langs) = table.get(lower.as_str()) {
            for (k, score) in scores.iter_mut().enumerate() {
                if langs & (1 << k) != 0 {
                    *score += 1.0;
                }
            }
        }
    }
    // The first 200,000 characters (a text of at most that many bytes has no more).
    let sample_end = if text.len() <= 200_000 {
        text.len()
    } else {
        text.char_indices()
            .nth(200_000)
            .map_or(text.len(), |(i, _)| i)
    };
    let sample = &text[..sample_end];
    let (mut spanish_marks, mut portuguese_marks) = (0usize, 0usize);
    // The marks are not ASCII: only the other characters need decoding.
    for c in sample.chars().filter(|c| !c.is_ascii()) {
        match c {
            '¿' | '¡' | 'ñ' | 'Ñ' => spanish_marks += 1,
            'ã' | 'õ' | 'ç' => portuguese_marks += 1,
            _ => {}
        }
    }
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
