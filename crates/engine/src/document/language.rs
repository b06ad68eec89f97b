//! A light language detector: function-word frequencies for English, Spanish, Portuguese, French,
//! German and Italian, with Spanish punctuation and letters as extra evidence; anything else "und".

use crate::lang::Lang;

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

/// Detects the language of `text`: "en", "es", "pt", "fr", "de", "it", or "und".
pub fn detect(text: &str) -> Lang {
    let lists: [(&str, &[&str]); 6] = [
        ("en", EN),
        ("es", ES),
        ("pt", PT),
        ("fr", FR),
        ("de", DE),
        ("it", IT),
    ];
    let mut scores = [0.0f64; 6];
    let mut words = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
    {
        words += 1;
        if word.chars().count() > 8 {
            continue;
        }
        let lower = word.to_lowercase();
        for (k, (_, list)) in lists.iter().enumerate() {
            if list.contains(&lower.as_str()) {
                scores[k] += 1.0;
            }
        }
    }
    let sample_end = text
        .char_indices()
        .nth(200_000)
        .map_or(text.len(), |(i, _)| i);
    let sample = &text[..sample_end];
    let spanish_marks = sample
        .chars()
        .filter(|c| matches!(c, '¿' | '¡' | 'ñ' | 'Ñ'))
        .count();
    scores[1] += spanish_marks as f64 * 2.0;
    let portuguese_marks = sample
        .chars()
        .filter(|c| matches!(c, 'ã' | 'õ' | 'ç'))
        .count();
    scores[2] += portuguese_marks as f64 * 2.0;
    let (best, score) =
        scores.iter().enumerate().fold(
            (0, 0.0),
            |acc, (k, &s)| if s > acc.1 { (k, s) } else { acc },
        );
    if words == 0 || score < 2.0 || score < words as f64 * 0.08 {
        return Lang::Other("und".into());
    }
    Lang::from_code(lists[best].0)
}
