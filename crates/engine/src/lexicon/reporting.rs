//! Reporting verbs and attribution cues ("said", "according to", "dijo", "según").

use super::inflection::{fold, fold_into, folded};
use super::FastSet;
use std::sync::OnceLock;

/// English reporting verbs, all inflections listed (folded).
const EN: &str = "acknowledge|acknowledged|acknowledges|add|added|adds|admit|admits|admitted|affirm|affirmed|affirms|allege|alleged|alleges|announce|announced|announces|announcing|argue|argued|argues|assert|asserted|asserts|assure|assured|assures|boast|boasted|boasts|calculate|calculated|calculates|cite|cited|cites|claim|claimed|claiming|claims|comment|commented|comments|concede|conceded|concedes|confirm|confirmed|confirming|confirms|contend|contended|contends|counted|declare|declared|declares|deny|denied|denies|detail|detailed|details|disclose|disclosed|discloses|emphasise|emphasised|emphasize|emphasized|emphasizes|estimate|estimated|estimates|estimating|explain|explained|explains|finds|found|indicate|indicated|indicates|inform|informed|informs|insist|insisted|insists|maintain|maintained|maintains|mention|mentioned|mentions|note|noted|notes|noting|pledge|pledged|pledges|posted|predict|predicted|predicts|projected|promise|promised|promises|publish|published|publishes|quoted|recall|recalled|recalls|remark|remarked|replied|replies|report|reported|reporting|reports|respond|responded|responds|reveal|revealed|reveals|say|saying|says|said|show|showed|shown|shows|specified|stated|stating|stress|stressed|stresses|suggest|suggested|suggests|tell|telling|tells|testified|testifies|testify|told|tweeted|underlined|underscored|vow|vowed|vows|warn|warned|warns|write|writes|writing|written|wrote";

/// Regular Spanish `-ar` reporting verb stems (afirm-ar → afirmó, afirma, afirmaron…).
const ES_AR: &str = "aclar|afirm|agreg|alert|anunci|apunt|argument|asegur|asever|calcul|cifr|coment|comunic|confirm|contabiliz|declar|denunci|destac|detall|enfatiz|estim|explic|expres|indic|inform|manifest|mencion|narr|observ|plante|precis|puntualiz|ratific|record|reiter|report|resalt|revel|señal|subray|tuite|acus|cuantific";

/// Regular Spanish `-er`/`-ir` reporting verb stems (añad-ir → añadió, añade, añadieron…).
const ES_ER: &str = "admit|añad|difund|escrib|insist|respond";

/// Irregular or extra Spanish forms.
const ES_EXTRA: &str = "advierte|advierten|advirtio|advirtieron|dice|dicen|dicho|diciendo|dijeron|dijo|decia|decian|dira|diran|expone|expuso|expusieron|niega|niegan|nego|negaron|publico|publicaron|refiere|refirio|refirieron|reconocio|reconoce|reconocen|reconocieron|sostiene|sostienen|sostuvo|sostuvieron|mantiene|mantuvo|conto|contaron|prometio|prometieron|promete|presume|presumio|revelo|estimo|preve|asevero|atribuyo|ofrecio";

/// Words that would otherwise be generated but are mostly adjectives or nouns ("precisa").
const ES_SKIP: &str = "cifra|cifras|precisa|precisas";

/// The reporting verb forms, with a one-hash bit filter of their shapes (length and the bytes at
/// each end), so most words of a sentence are ruled out without hashing the whole word.
struct Verbs {
    set: FastSet<String>,
    shapes: [u64; 64],
}

/// The filter bit of a non-empty word's shape (0..4096).
fn shape_bit(w: &[u8]) -> usize {
    let n = w.len();
    let h = ((n * 31 + usize::from(w[0])) * 31 + usize::from(w[n - 1])) * 31
        + usize::from(w[n.saturating_sub(2)]);
    h.wrapping_mul(0x9e37_79b9) >> 7 & 4095
}

fn verbs() -> &'static Verbs {
    static VERBS: OnceLock<Verbs> = OnceLock::new();
    VERBS.get_or_init(|| {
        let set = verb_set();
        let mut shapes = [0u64; 64];
        for w in set.iter().filter(|w| !w.is_empty()) {
            let bit = shape_bit(w.as_bytes());
            shapes[bit / 64] |= 1 << (bit % 64);
        }
        Verbs { set, shapes }
    })
}

/// Every reporting verb form, folded.
fn verb_set() -> FastSet<String> {
    let mut set: FastSet<String> = EN.split('|').map(|w| w.to_string()).collect();
    for stem in ES_AR.split('|') {
        let s = fold(stem);
        for end in [
            "o", "a", "an", "aron", "aba", "aban", "ara", "aran", "ado", "ando", "ar",
        ] {
            set.insert(format!("{s}{end}"));
        }
    }
    for stem in ES_ER.split('|') {
        let s = fold(stem);
        for end in [
            "io", "e", "en", "ieron", "ia", "ian", "ido", "iendo", "ir", "er",
        ] {
            set.insert(format!("{s}{end}"));
        }
    }
    set.extend(ES_EXTRA.split('|').map(|w| w.to_string()));
    for w in ES_SKIP.split('|') {
        set.remove(w);
    }
    set
}

/// Whether a word is a reporting verb form (EN or ES, any case, accents optional).
pub fn is_reporting_verb(word: &str) -> bool {
    is_reporting_verb_folded(folded(word).as_ref())
}

/// [`is_reporting_verb`] of a word already folded (as [`fold`] does).
pub(crate) fn is_reporting_verb_folded(folded: &str) -> bool {
    let verbs = verbs();
    if folded.is_empty() {
        return verbs.set.contains(folded);
    }
    let bit = shape_bit(folded.as_bytes());
    verbs.shapes[bit / 64] & (1 << (bit % 64)) != 0 && verbs.set.contains(folded)
}

/// Multiword attribution cues, folded, one space between words.
const CUES: &[&str] = &[
    "a decir de",
    "a juicio de",
    "according to",
    "al decir de",
    "as per",
    "as reported by",
    "as stated by",
    "citado por",
    "cited by",
    "citing",
    "con base en",
    "con datos de",
    "conforme a",
    "de acuerdo a",
    "de acuerdo con",
    "en opinion de",
    "en palabras de",
    "in the opinion of",
    "in the words of",
    "quoted by",
    "segun",
    "segun datos de",
    "segun cifras de",
    "according to data from",
    "according to figures from",
    // Published figures and polls are their publisher's: "data released by the Labor Department",
    // "economists polled by Reuters", "datos publicados por el INE".
    "released by",
    "published by",
    "compiled by",
    "polled by",
    "surveyed by",
    "publicados por",
    "publicadas por",
    "difundidos por",
    "elaborado por",
    "consultados por",
    "encuestados por",
    "segun datos publicados por",
    "segun cifras publicadas por",
    "segun datos difundidos por",
];

/// The number of words of an attribution cue at the start of `words` ("according to" → 2).
pub fn attribution_cue(words: &[&str]) -> Option<usize> {
    let mut best = None;
    // Room for the longest cue, so the key never grows.
    let mut key = String::with_capacity(48);
    // The cues that start with the first word, found once.
    let mut cues = [""; MAX_CUES_PER_WORD];
    let mut count = 0;
    for (i, w) in words.iter().take(5).enumerate() {
        if i > 0 {
            key.push(' ');
        }
        fold_into(&mut key, w);
        if i == 0 {
            for cue in CUES.iter().filter(|cue| begins_with_word(cue, &key)) {
                cues[count] = cue;
                count += 1;
            }
        }
        let cues = &cues[..count];
        if cues.contains(&key.as_str()) {
            best = Some(i + 1);
        }
        if !cues.iter().any(|cue| continues(cue, &key)) {
            break; // no longer cue starts with these words
        }
    }
    best
}

/// The most [`CUES`] that start with the same word.
const MAX_CUES_PER_WORD: usize = 12;

/// A cue's first word.
#[cfg(test)]
fn first_word(cue: &str) -> &str {
    cue.split(' ').next().unwrap_or(cue)
}

/// Whether `cue`'s first word is `word` (first bytes and the word's end compared first).
fn begins_with_word(cue: &str, word: &str) -> bool {
    let (c, w) = (cue.as_bytes(), word.as_bytes());
    c.first() == w.first()
        && c.len() >= w.len()
        && c.get(w.len()).is_none_or(|&b| b == b' ')
        && c[..w.len()] == *w
}

/// The first bytes of [`CUES`], as a bit set (each cue starts with an ASCII letter).
const CUE_FIRST_BYTES: u128 = {
    let mut set = 0u128;
    let mut i = 0;
    while i < CUES.len() {
        set |= 1 << CUES[i].as_bytes()[0];
        i += 1;
    }
    set
};

/// Whether an attribution cue begins with the folded word `first` followed by the folded word
/// `next` (none at the end of the text): when not, [`attribution_cue`] finds nothing at `first`.
pub(crate) fn may_begin_cue(first: &str, next: Option<&str>) -> bool {
    let Some(&b) = first.as_bytes().first() else {
        return false;
    };
    if b >= 128 || CUE_FIRST_BYTES & (1 << b) == 0 {
        return false;
    }
    let firsts = cue_first_words();
    // The lengths of the first words with this first byte rule most words out.
    let length_fits =
        first.len() >= 64 || firsts.lengths[usize::from(b & 0x3f)] >> first.len() & 1 != 0;
    if !length_fits {
        return false;
    }
    // "de", "a", "en" begin cues only before "acuerdo", "juicio", "opinion"…
    let Some(i) = firsts.words.iter().position(|w| *w == first) else {
        return false;
    };
    firsts.seconds[i]
        .iter()
        .any(|s| s.is_empty() || Some(*s) == next)
}

/// The distinct first words of [`CUES`]: a word begins a cue when it is one of them (a word
/// holds no space, so "the cue is the word or continues it" is "the word is the cue's first").
struct FirstWords {
    words: Vec<&'static str>,
    /// For each first word, the second words of its cues ("" for a cue of that word alone).
    seconds: Vec<Vec<&'static str>>,
    /// By first byte (its low six bits), the lengths below 64 of the words, as bits.
    lengths: [u64; 64],
}

fn cue_first_words() -> &'static FirstWords {
    static FIRST: OnceLock<FirstWords> = OnceLock::new();
    FIRST.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let mut seconds: Vec<Vec<&'static str>> = Vec::new();
        let mut lengths = [0u64; 64];
        for cue in CUES {
            let mut parts = cue.split(' ');
            let first = parts.next().unwrap_or(cue);
            let second = parts.next().unwrap_or("");
            let i = match words.iter().position(|w| *w == first) {
                Some(i) => i,
                None => {
                    words.push(first);
                    seconds.push(Vec::new());
                    if first.len() < 64 {
                        lengths[usize::from(first.as_bytes()[0] & 0x3f)] |= 1 << first.len();
                    }
                    words.len() - 1
                }
            };
            if !seconds[i].contains(&second) {
                seconds[i].push(second);
            }
        }
        FirstWords {
            words,
            seconds,
            lengths,
        }
    })
}

/// Whether `cue` has more words after `key` ("according to" continues "according").
fn continues(cue: &str, key: &str) -> bool {
    cue.len() > key.len() && cue.starts_with(key) && cue.as_bytes()[key.len()] == b' '
}

#[cfg(test)]
mod cue_tests {
    use super::*;

    #[test]
    fn cues_per_first_word_fit() {
        for cue in CUES {
            let same = CUES
                .iter()
                .filter(|c| first_word(c) == first_word(cue))
                .count();
            assert!(same <= MAX_CUES_PER_WORD, "{cue}");
        }
    }
}
