//! Reporting verbs and attribution cues ("said", "according to", "dijo", "según").

use super::inflection::{fold, folded};
use super::{kept, Shapes, WordSet};
use std::sync::OnceLock;

/// English reporting verbs, all inflections listed (folded).
const EN: &str = "acknowledge|acknowledged|acknowledges|add|added|adds|admit|admits|admitted|affirm|affirmed|affirms|allege|alleged|alleges|announce|announced|announces|announcing|argue|argued|argues|assert|asserted|asserts|assure|assured|assures|boast|boasted|boasts|calculate|calculated|calculates|cite|cited|cites|claim|claimed|claiming|claims|comment|commented|comments|concede|conceded|concedes|confirm|confirmed|confirming|confirms|contend|contended|contends|counted|declare|declared|declares|deny|denied|denies|detail|detailed|details|disclose|disclosed|discloses|emphasise|emphasised|emphasize|emphasized|emphasizes|estimate|estimated|estimates|estimating|expect|expects|explain|explained|explains|finds|forecast|forecasts|found|indicate|indicated|indicates|inform|informed|informs|insist|insisted|insists|maintain|maintained|maintains|mention|mentioned|mentions|note|noted|notes|noting|pledge|pledged|pledges|posted|predict|predicted|predicts|projected|promise|promised|promises|publish|published|publishes|quoted|recall|recalled|recalls|remark|remarked|replied|replies|report|reported|reporting|reports|respond|responded|responds|reveal|revealed|reveals|say|saying|says|said|show|showed|shown|shows|specified|stated|stating|stress|stressed|stresses|suggest|suggested|suggests|tell|telling|tells|testified|testifies|testify|told|tweeted|underlined|underscored|vow|vowed|vows|warn|warned|warns|write|writes|writing|written|wrote";

/// Regular Spanish `-ar` reporting verb stems (afirm-ar → afirmó, afirma, afirmaron…).
const ES_AR: &str = "aclar|afirm|agreg|alert|anunci|apunt|argument|asegur|asever|calcul|cifr|coment|comunic|confirm|contabiliz|declar|denunci|destac|detall|enfatiz|estim|explic|expres|indic|inform|manifest|mencion|narr|observ|plante|precis|puntualiz|ratific|record|reiter|report|resalt|revel|señal|subray|tuite|acus|cuantific";

/// Regular Spanish `-er`/`-ir` reporting verb stems (añad-ir → añadió, añade, añadieron…).
const ES_ER: &str = "admit|añad|difund|escrib|insist|respond";

/// Irregular or extra Spanish forms.
const ES_EXTRA: &str = "esperan|pronostica|pronostican|preven|advierte|advierten|advirtio|advirtieron|dice|dicen|dicho|diciendo|dijeron|dijo|decia|decian|dira|diran|expone|expuso|expusieron|niega|niegan|nego|negaron|publico|publicaron|refiere|refirio|refirieron|reconocio|reconoce|reconocen|reconocieron|sostiene|sostienen|sostuvo|sostuvieron|mantiene|mantuvo|conto|contaron|prometio|prometieron|promete|presume|presumio|revelo|estimo|preve|asevero|atribuyo|ofrecio";

/// Words that would otherwise be generated but are mostly adjectives or nouns ("precisa").
const ES_SKIP: &str = "cifra|cifras|precisa|precisas";

/// The reporting verb forms, with a one-hash bit filter of their shapes (length and the bytes at
/// each end), so most words of a sentence are ruled out without hashing the whole word.
struct Verbs {
    set: WordSet,
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
fn verb_set() -> WordSet {
    let mut set: WordSet = EN.split('|').collect();
    for stem in ES_AR.split('|') {
        let s = fold(stem);
        for end in [
            "o", "a", "an", "aron", "aba", "aban", "ara", "aran", "ado", "ando", "ar",
        ] {
            set.insert(kept(format!("{s}{end}")));
        }
    }
    for stem in ES_ER.split('|') {
        let s = fold(stem);
        for end in [
            "io", "e", "en", "ieron", "ia", "ian", "ido", "iendo", "ir", "er",
        ] {
            set.insert(kept(format!("{s}{end}")));
        }
    }
    set.extend(ES_EXTRA.split('|'));
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

/// Multiword attribution cues, folded, one space between words, each followed by '|'.
const CUES: &str = concat!(
    "a decir de|",
    "a juicio de|",
    "according to|",
    "al decir de|",
    "as per|",
    "as reported by|",
    "as stated by|",
    "citado por|",
    "cited by|",
    "citing|",
    "con base en|",
    "con datos de|",
    "conforme a|",
    "de acuerdo a|",
    "de acuerdo con|",
    "en opinion de|",
    "en palabras de|",
    "in the opinion of|",
    "in the words of|",
    "quoted by|",
    "segun|",
    "segun datos de|",
    "segun datos del|",
    "segun cifras de|",
    "segun cifras del|",
    "segun estimaciones de|",
    "segun estimaciones del|",
    "according to data from|",
    "according to figures from|",
    "according to estimates by|",
    "according to estimates from|",
    // Published figures and polls are their publisher's: "data released by the Labor Department",
    // "economists polled by Reuters", "datos publicados por el INE".
    "released by|",
    "published by|",
    "compiled by|",
    "polled by|",
    "surveyed by|",
    "publicados por|",
    "publicadas por|",
    "difundidos por|",
    "elaborado por|",
    "consultados por|",
    "encuestados por|",
    "segun datos publicados por|",
    "segun cifras publicadas por|",
    "segun datos difundidos por|",
);

/// The number of words of an attribution cue at the start of `words` ("according to" → 2).
pub fn attribution_cue(words: &[&str]) -> Option<usize> {
    let folded: Vec<String> = words.iter().take(5).map(|w| fold(w)).collect();
    let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
    folded_cue(&folded)
}

/// [`attribution_cue`] of words already folded (as [`fold`] does), compared in place.
pub(crate) fn folded_cue(words: &[&str]) -> Option<usize> {
    if !may_begin_cue(words.first()?) {
        return None;
    }
    let index = cue_index();
    // A cue of up to three words is in the filter whole, a longer one by its first three.
    let mut h = 0;
    let filtered = words.iter().take(3).any(|w| {
        h = sequence_hash(h, w);
        index.has(h)
    });
    if !filtered {
        return None;
    }
    index
        .cues
        .iter()
        .filter(|cue| cue.len() <= words.len() && cue.iter().zip(words).all(|(c, w)| c == w))
        .map(Vec::len)
        .max()
}

/// The hash of a word sequence `h` (0 for none) followed by `word`, from the words' lengths and end
/// bytes.
fn sequence_hash(h: usize, word: &str) -> usize {
    let w = word.as_bytes();
    let ends = (
        w.first().copied().unwrap_or(0),
        w.last().copied().unwrap_or(0),
    );
    // Wrapping: `usize` is 32 bits in the page's wasm.
    let step = |h: usize, x: usize| h.wrapping_mul(31).wrapping_add(x);
    step(
        step(step(h, w.len()), usize::from(ends.0)),
        usize::from(ends.1),
    )
}

/// The cues split into words, with a filter of their word sequences.
struct CueIndex {
    cues: Vec<Vec<&'static str>>,
    /// A 4096-bit set of the [`sequence_hash`] of each cue of up to three words and of the first
    /// three words of each longer one.
    bits: [u64; 64],
}

impl CueIndex {
    fn bit(h: usize) -> usize {
        h.wrapping_mul(0x9e37_79b9) >> 7 & 4095
    }

    fn has(&self, h: usize) -> bool {
        let bit = Self::bit(h);
        self.bits[bit / 64] >> (bit % 64) & 1 != 0
    }
}

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let cues: Vec<Vec<&'static str>> = CUES
            .split_terminator('|')
            .map(|c| c.split(' ').collect())
            .collect();
        let mut bits = [0u64; 64];
        for cue in &cues {
            let h = cue.iter().take(3).fold(0, |h, w| sequence_hash(h, w));
            let bit = CueIndex::bit(h);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        CueIndex { cues, bits }
    })
}

/// Whether an attribution cue may begin with the folded word `first` (by its shape).
pub(crate) fn may_begin_cue(first: &str) -> bool {
    CUE_FIRST_WORDS.admits(first)
}

/// A filter of the first words of [`CUES`].
const CUE_FIRST_WORDS: Shapes = Shapes::of_first_fields(CUES, b'|', b' ');
