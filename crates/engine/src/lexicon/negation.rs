//! Negation cues, English and Spanish ("not", "never", "without", "ningún", "carece").

use super::inflection::fold;
use super::Words;

/// Single-word negators, folded.
static WORDS: Words = Words::new(concat!(
    "absence|ain't|aren't|can't|cannot|carece|carecemos|carecen|carecer|carecia|carecian|",
    "carecieron|carecio|couldn't|didn't|doesn't|don't|hadn't|hasn't|haven't|isn't|jamas|",
    "lack|lacked|lacking|lacks|mustn't|nada|nadie|neither|never|ni|ningun|ninguna|ningunas|",
    "ninguno|ningunos|no|nobody|none|nor|not|nothing|nowhere|nunca|shan't|shouldn't|sin|",
    "tampoco|wasn't|weren't|without|won't|wouldn't|",
));

/// Multiword negation cues, folded.
const PHRASES: &str = concat!(
    "are no|carece de|did not|does not|do not|had no|has no|has not|have no|have not|is no|",
    "is not|ni siquiera|ni un|ni una|ni un solo|ni una sola|no cuenta con|no existe|",
    "no existen|no hay|no habia|no tiene|no tienen|no tenia|no tenian|not a single|not any|",
    "not one|there are no|there is no|there were no|was no|were no|",
);

/// Whether a word negates ("not", "never", "sin", "ningún"; curly apostrophes accepted).
pub fn is_negation(word: &str) -> bool {
    WORDS.contains(&fold(word))
}

/// The number of words of a negation cue at the start of `words` ("has no" → 2, "never" → 1).
pub fn negation(words: &[&str]) -> Option<usize> {
    let mut best = None;
    let mut key = String::new();
    for (i, w) in words.iter().take(4).enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&fold(w));
        if super::listed(PHRASES, &key) {
            best = Some(i + 1);
        }
    }
    best.or_else(|| words.first().filter(|w| is_negation(w)).map(|_| 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn single_words_and_phrases() {
        assert!(super::is_negation("Never"));
        assert!(super::is_negation("don’t"));
        assert!(!super::is_negation("note"));
        assert_eq!(super::negation(&["there", "were", "no", "beds"]), Some(3));
        assert_eq!(super::negation(&["sin", "agua"]), Some(1));
    }
}
