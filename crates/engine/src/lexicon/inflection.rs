//! Folding and singularization for English and Spanish nouns.
//!
//! Both functions are language-agnostic: a word is singularized by English or Spanish rules
//! depending on its ending, with small exception tables where the two languages disagree.

use super::Shapes;
use crate::case::Lowercase;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Lowercases and strips diacritics (á→a, ü→u, ç→c, ’→'); `ñ` is kept as `ñ` so "año" ≠ "ano".
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    fold_into(&mut out, word);
    out
}

/// Appends [`fold`]`(word)` to `out`, so that callers can reuse one buffer.
pub(crate) fn fold_into(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        // Most letters of a word beyond ASCII are ASCII: lowercased here ('`' is the one ASCII
        // character [`fold_char`] changes).
        out.push(match c {
            '`' => '\'',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => fold_char(crate::case::lower_char(c)),
        });
    }
}

/// [`fold`]`(word)`, borrowed when the word is already lowercase ASCII (most words of prose).
pub(crate) fn folded(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}

/// Folds one already-lowercased character.
fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ç' | 'ć' | 'č' => 'c',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ń' => 'n',
        'ř' => 'r',
        '\u{2019}' | '\u{2018}' | '`' | '´' => '\'',
        other => other,
    }
}

/// Whether a lowercase character is an accented Spanish vowel.
fn is_accented_vowel(c: char) -> bool {
    matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú')
}

/// Folded words that end in `s` but are singular (or invariant) in English or Spanish.
const INVARIANT: &str = concat!(
    "ademas|",
    "aids|",
    "alias|",
    "always|",
    "ambos|",
    "analisis|",
    "antes|",
    "apenas|",
    "atlas|",
    "atras|",
    "axis|",
    "barracks|",
    "besides|",
    "bias|",
    "bonus|",
    "bus|",
    "campus|",
    "canvas|",
    "caries|",
    "chaos|",
    "chassis|",
    "christmas|",
    "corpus|",
    "crisis|",
    "crossroads|",
    "cumpleaños|",
    "despues|",
    "detras|",
    "diabetes|",
    "dieciseis|",
    "dios|",
    "does|",
    "dos|",
    "economics|",
    "entonces|",
    "ethics|",
    "ethos|",
    "focus|",
    "gas|",
    "gris|",
    "has|",
    "headquarters|",
    "herpes|",
    "honduras|",
    "iris|",
    "its|",
    "jamas|",
    "jueves|",
    "kudos|",
    "lens|",
    "logistics|",
    "lunes|",
    "martes|",
    "mas|",
    "mathematics|",
    // Spanish "mayores" are older people: read as "mayor" it would be the English office.
    "mayores|",
    "means|",
    "measles|",
    "menos|",
    "mes|",
    "mientras|",
    "miercoles|",
    "mumps|",
    "news|",
    "nexus|",
    "odds|",
    "onus|",
    "pais|",
    "paraguas|",
    "pathos|",
    "pelvis|",
    "perhaps|",
    "physics|",
    "plus|",
    "politics|",
    "portaaviones|",
    "quizas|",
    "rabies|",
    "rascacielos|",
    "scabies|",
    "seis|",
    "series|",
    "sometimes|",
    "species|",
    "status|",
    "stimulus|",
    "tenis|",
    "tennis|",
    "texas|",
    "this|",
    "thus|",
    "tos|",
    "towards|",
    "tras|",
    "traves|",
    "tres|",
    "us|",
    "vegas|",
    "veintidos|",
    "veintiseis|",
    "veintitres|",
    "viernes|",
    "virus|",
    "was|",
    "whereabouts|",
    "whereas|",
    "yes|",
);

/// Irregular plurals (folded) and their singulars.
const IRREGULAR: &str = concat!(
    "alumni;alumnus\n",
    "analyses;analysis\n",
    "appendices;appendix\n",
    "bacteria;bacterium\n",
    "calves;calf\n",
    "caracteres;caracter\n",
    "children;child\n",
    "complices;complice\n",
    "crises;crisis\n",
    "criteria;criterion\n",
    "curricula;curriculum\n",
    "diagnoses;diagnosis\n",
    "elves;elf\n",
    "emphases;emphasis\n",
    "eyes;eye\n",
    "feet;foot\n",
    "fungi;fungus\n",
    "geese;goose\n",
    "genes;gene\n",
    "halves;half\n",
    "hooves;hoof\n",
    "hypotheses;hypothesis\n",
    "indices;indice\n",
    "knives;knife\n",
    "leaves;leaf\n",
    "lives;life\n",
    "loaves;loaf\n",
    "mice;mouse\n",
    "nuclei;nucleus\n",
    "oases;oasis\n",
    "oxen;ox\n",
    "parentheses;parenthesis\n",
    "people;person\n",
    "phenomena;phenomenon\n",
    "planes;plane\n",
    "radii;radius\n",
    "regimenes;regimen\n",
    "scenes;scene\n",
    "selves;self\n",
    "sheaves;sheaf\n",
    "shelves;shelf\n",
    "stimuli;stimulus\n",
    "syntheses;synthesis\n",
    "teeth;tooth\n",
    "theses;thesis\n",
    "thieves;thief\n",
    "vertices;vertice\n",
    "wives;wife\n",
    "wolves;wolf\n",
);

/// Accented Spanish plurals ending in a stressed vowel + s (the usual reading of `-ás`, `-és`,
/// `-ís`, `-ós`, `-ús` is a singular: país, inglés, autobús).
const ACCENTED_PLURALS: &str = concat!(
    "bebés|",
    "bidés|",
    "bisturís|",
    "bufés|",
    "burós|",
    "cafés|",
    "canapés|",
    "capós|",
    "carnés|",
    "champús|",
    "chalés|",
    "clichés|",
    "colibrís|",
    "comités|",
    "consomés|",
    "dominós|",
    "esquís|",
    "hindús|",
    "iraníes|",
    "iraquís|",
    "israelís|",
    "jabalís|",
    "mamás|",
    "maniquís|",
    "marroquís|",
    "menús|",
    "papás|",
    "popurrís|",
    "purés|",
    "rubís|",
    "sofás|",
    "tabús|",
);

/// Prefixes that form English plurals in `-men` ("gunmen" → "gunman").
const MEN_PREFIXES: &str = concat!(
    "|",
    "air|",
    "alder|",
    "anchor|",
    "assembly|",
    "bats|",
    "bow|",
    "business|",
    "camera|",
    "chair|",
    "clergy|",
    "congress|",
    "council|",
    "country|",
    "crew|",
    "door|",
    "fire|",
    "fisher|",
    "fore|",
    "fresh|",
    "gentle|",
    "guards|",
    "gun|",
    "horse|",
    "kins|",
    "law|",
    "lay|",
    "lines|",
    "mail|",
    "marks|",
    "middle|",
    "militia|",
    "news|",
    "noble|",
    "patrol|",
    "police|",
    "post|",
    "repair|",
    "sales|",
    "sea|",
    "service|",
    "spokes|",
    "sports|",
    "states|",
    "sword|",
    "trades|",
    "watch|",
    "weather|",
    "wo|",
    "work|",
    "yeo|",
);

/// Spanish `-z` nouns and adjectives whose plural ends in `-ces` (others take `-ce`).
const Z_PLURALS: &str = concat!(
    "actrices|",
    "arroces|",
    "audaces|",
    "capaces|",
    "capataces|",
    "cicatrices|",
    "codornices|",
    "cruces|",
    "directrices|",
    "disfraces|",
    "eficaces|",
    "emperatrices|",
    "felices|",
    "jueces|",
    "lapices|",
    "lombrices|",
    "luces|",
    "maices|",
    "matices|",
    "narices|",
    "nueces|",
    "peces|",
    "perdices|",
    "raices|",
    "tapices|",
    "veces|",
    "voces|",
);

/// Spanish `-che` plurals ("coches"), which English `-ches` rules would mangle.
const CHE_PLURALS: &str = concat!(
    "baches|",
    "broches|",
    "coches|",
    "fetiches|",
    "leches|",
    "noches|",
    "parches|",
    "peluches|",
);

/// English `-oes` plurals that drop `-es` ("heroes" → "hero").
const OES_PLURALS: &str = concat!(
    "buffaloes|",
    "cargoes|",
    "echoes|",
    "embargoes|",
    "heroes|",
    "mangoes|",
    "mosquitoes|",
    "potatoes|",
    "tomatoes|",
    "tornadoes|",
    "torpedoes|",
    "vetoes|",
    "volcanoes|",
);

/// English `-ies` plurals that only drop `-s` ("movies" → "movie"), and Spanish `-ie` plurals.
const IES_DROP_S: &str = concat!(
    "aunties|",
    "barbaries|",
    "brownies|",
    "calories|",
    "cookies|",
    "especies|",
    "goalies|",
    "hoodies|",
    "intemperies|",
    "movies|",
    "planicies|",
    "prairies|",
    "rookies|",
    "selfies|",
    "smoothies|",
    "sorties|",
    "superficies|",
    "zombies|",
);

/// Spanish plurals in `-ines`/`-unes`/`-des`/`-jes` that drop `-es` ("jardines" → "jardin").
const ES_DROP_ES: &str = concat!(
    "atunes|",
    "boletines|",
    "botines|",
    "calcetines|",
    "cesped|",
    "cojines|",
    "comunes|",
    "confines|",
    "delfines|",
    "festines|",
    "huespedes|",
    "jardines|",
    "maletines|",
    "mitines|",
    "motines|",
    "paredes|",
    "redes|",
    "relojes|",
    "violines|",
);

/// English words in `-ales`, `-ores`, `-ares`, `-eres`, `-ones`, `-anes`, `-oles` that only drop
/// `-s` ("sales" → "sale", "tones" → "tone"); the Spanish default drops `-es` ("señores").
const EN_EXACT_DROP_S: &str = concat!(
    "adheres|",
    "bales|",
    "bones|",
    "bores|",
    "canes|",
    "cares|",
    "chores|",
    "clones|",
    "compares|",
    "cones|",
    "cores|",
    "cranes|",
    "cyclones|",
    "dares|",
    "declares|",
    "drones|",
    "encores|",
    "explores|",
    "fares|",
    "females|",
    "flares|",
    "gales|",
    "glares|",
    "hares|",
    "holes|",
    "hurricanes|",
    "ignores|",
    "interferes|",
    "lanes|",
    "males|",
    "moles|",
    "morales|",
    "ones|",
    "ores|",
    "ozones|",
    "paroles|",
    "poles|",
    "pores|",
    "prepares|",
    "rationales|",
    "roles|",
    "sales|",
    "scales|",
    "scares|",
    "snares|",
    "sores|",
    "spares|",
    "stares|",
    "tales|",
    "thrones|",
    "tones|",
    "trombones|",
    "wares|",
    "whales|",
    "zones|",
);

/// English endings that only drop `-s` in those same classes ("smartphones", "bookstores").
const EN_SUFFIX_DROP_S: &str = concat!(
    "consoles|",
    "hectares|",
    "hormones|",
    "membranes|",
    "nightmares|",
    "phones|",
    "planes|",
    "premieres|",
    "scores|",
    "shares|",
    "shores|",
    "spheres|",
    "squares|",
    "stones|",
    "stores|",
);

fn en_drop_s(w: &str) -> bool {
    contains(&lists().en_exact_drop_s, w) || lists().en_suffix_drop_s.iter().any(|s| w.ends_with(s))
}

/// Spanish `-iles` plurals that drop `-es` ("misiles" → "misil").
const ILES_DROP_ES: &str = concat!(
    "abriles|",
    "automoviles|",
    "civiles|",
    "fusiles|",
    "hostiles|",
    "infantiles|",
    "juveniles|",
    "misiles|",
    "moviles|",
    "perfiles|",
    "proyectiles|",
    "textiles|",
);

/// English `-us` words whose plural only adds `-s` ("menus").
const US_PLURALS: &str = concat!(
    "bantus|",
    "champus|",
    "emus|",
    "espiritus|",
    "gurus|",
    "haikus|",
    "hindus|",
    "menus|",
    "tabus|",
    "tribus|",
    "zulus|",
);

/// English `-is` plurals of `-i` nouns ("tsunamis" → "tsunami").
const IS_PLURALS: &str = concat!(
    "alibis|",
    "bikinis|",
    "emojis|",
    "iraquis|",
    "israelis|",
    "kiwis|",
    "martinis|",
    "rabbis|",
    "safaris|",
    "skis|",
    "taxis|",
    "tsunamis|",
    "wikis|",
    "yetis|",
);

/// The lists above as slices (sorted, but [`ACCENTED_PLURALS`] and [`EN_SUFFIX_DROP_S`]), built
/// at first use from their strings: one string per list, each word followed by '|', keeps the
/// wasm free of a pointer per word.
struct Lists {
    invariant: Vec<&'static str>,
    accented_plurals: Vec<&'static str>,
    men_prefixes: Vec<&'static str>,
    z_plurals: Vec<&'static str>,
    che_plurals: Vec<&'static str>,
    oes_plurals: Vec<&'static str>,
    ies_drop_s: Vec<&'static str>,
    es_drop_es: Vec<&'static str>,
    en_exact_drop_s: Vec<&'static str>,
    en_suffix_drop_s: Vec<&'static str>,
    iles_drop_es: Vec<&'static str>,
    us_plurals: Vec<&'static str>,
    is_plurals: Vec<&'static str>,
    irregular: Vec<(&'static str, &'static str)>,
}

fn lists() -> &'static Lists {
    use crate::lexicon::words_of as words;
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        invariant: words(INVARIANT),
        accented_plurals: words(ACCENTED_PLURALS),
        men_prefixes: words(MEN_PREFIXES),
        z_plurals: words(Z_PLURALS),
        che_plurals: words(CHE_PLURALS),
        oes_plurals: words(OES_PLURALS),
        ies_drop_s: words(IES_DROP_S),
        es_drop_es: words(ES_DROP_ES),
        en_exact_drop_s: words(EN_EXACT_DROP_S),
        en_suffix_drop_s: words(EN_SUFFIX_DROP_S),
        iles_drop_es: words(ILES_DROP_ES),
        us_plurals: words(US_PLURALS),
        is_plurals: words(IS_PLURALS),
        irregular: IRREGULAR
            .split_terminator('\n')
            .filter_map(|line| line.split_once(';'))
            .collect(),
    })
}

fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|w| compare(w, word)).is_ok()
}

/// A filter of the [`IRREGULAR`] plurals.
const IRREGULAR_SHAPES: Shapes = Shapes::of_first_fields(IRREGULAR, b'\n', b';');

/// A filter of the [`INVARIANT`] words.
const INVARIANT_SHAPES: Shapes = Shapes::of_first_fields(INVARIANT, b'|', b'|');

/// The singular of an irregular plural.
fn irregular(w: &str) -> Option<&'static str> {
    if !IRREGULAR_SHAPES.admits(w) {
        return None;
    }
    let irregular = &lists().irregular;
    let i = irregular.binary_search_by(|(p, _)| compare(p, w)).ok()?;
    Some(irregular[i].1)
}

/// `a.cmp(b)`, deciding by the first bytes when they differ (most probes of a search) without
/// comparing the rest.
fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// Singular form of an English or Spanish noun, lowercased and folded ("países" → "pais").
pub fn singular(word: &str) -> String {
    singular_cow(word).into_owned()
}

/// [`singular`], borrowed from `word` when it is lowercase ASCII and its singular is a prefix of
/// it or a fixed form (most words: no allocation).
pub(crate) fn singular_cow(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return singular_folded(word, false); // already lowercase ASCII: no copy to fold
    }
    if word.is_ascii() {
        return Cow::Owned(singular_owned(word.to_ascii_lowercase(), false));
    }
    let lower = word.lowercase();
    let folded = fold(&lower);
    // A stressed vowel + s at the end marks a Spanish singular (país, inglés, autobús).
    let mut rev = lower.chars().rev();
    if rev.next() == Some('s') {
        if let Some(v) = rev.next() {
            if is_accented_vowel(v) && !lists().accented_plurals.contains(&lower.as_str()) {
                return Cow::Owned(folded);
            }
        }
    }
    // Accented Spanish plural such as "árboles", "jóvenes", "dólares", "países", "iraníes".
    let spanish_accent = lower.chars().any(is_accented_vowel);
    Cow::Owned(singular_owned(folded, spanish_accent))
}

/// [`singular_folded`] of a folded word held in a string: a singular that is a prefix of it is
/// that string cut short (no copy).
fn singular_owned(mut folded: String, spanish_accent: bool) -> String {
    let prefix = match singular_folded(&folded, spanish_accent) {
        Cow::Borrowed(s) if s.as_ptr() == folded.as_ptr() => Ok(s.len()),
        other => Err(other.into_owned()),
    };
    match prefix {
        Ok(len) => {
            folded.truncate(len);
            folded
        }
        Err(owned) => owned,
    }
}

/// `a` followed by `b`, without the formatter.
fn concat(a: &str, b: &str) -> String {
    let mut out = String::with_capacity(a.len() + b.len());
    out.push_str(a);
    out.push_str(b);
    out
}

/// Singularizes an already folded word; `spanish_accent` says the original had an accented vowel.
fn singular_folded(w: &str, spanish_accent: bool) -> Cow<'_, str> {
    let n = w.len();
    if n <= 2 || !w.ends_with('s') {
        if let Some(prefix) = w.strip_suffix("men") {
            if contains(&lists().men_prefixes, prefix) {
                return Cow::Owned(concat(prefix, "man"));
            }
        }
        return Cow::Borrowed(irregular(w).unwrap_or(w));
    }
    if INVARIANT_SHAPES.admits(w) && contains(&lists().invariant, w) {
        return Cow::Borrowed(w);
    }
    if let Some(singular) = irregular(w) {
        return Cow::Borrowed(singular);
    }
    let drop = |k: usize| Cow::Borrowed(&w[..n - k]);
    if w.ends_with("ss") {
        return Cow::Borrowed(w);
    }
    if w.ends_with("us") {
        return if contains(&lists().us_plurals, w) {
            drop(1)
        } else {
            Cow::Borrowed(w)
        };
    }
    if w.ends_with("is") {
        if contains(&lists().is_plurals, w) {
            return drop(1);
        }
        return Cow::Borrowed(w);
    }
    if !w.ends_with("es") {
        // -as, -os, -ys and consonant + s: drop the s.
        return drop(1);
    }
    // From here the word ends in -es.
    let stem = &w[..n - 2];
    if w.ends_with("ies") {
        if spanish_accent || n <= 4 || contains(&lists().ies_drop_s, w) {
            // iraníes → irani, lies → lie, movies → movie
            return if spanish_accent { drop(2) } else { drop(1) };
        }
        return Cow::Owned(concat(&w[..n - 3], "y"));
    }
    if w.ends_with("ces") {
        if contains(&lists().z_plurals, w) {
            return Cow::Owned(concat(&w[..n - 3], "z"));
        }
        return drop(1);
    }
    if w.ends_with("oes") {
        if !spanish_accent && contains(&lists().oes_plurals, w) {
            return drop(2);
        }
        return drop(1);
    }
    if w.ends_with("ches") {
        if contains(&lists().che_plurals, w) {
            return drop(1);
        }
        return drop(2);
    }
    if w.ends_with("zzes") {
        return drop(3);
    }
    if w.ends_with("shes") || w.ends_with("sses") || w.ends_with("xes") {
        return drop(2);
    }
    if w.ends_with("eses") {
        // meses → mes, ingleses → ingles; but cheeses → cheese
        if w == "cheeses" {
            return drop(1);
        }
        return drop(2);
    }
    if w.ends_with("ses") {
        if spanish_accent {
            return drop(2);
        }
        if words![
            "autobuses",
            "paises",
            "buses",
            "gases",
            "viruses",
            "censuses",
            "bonuses",
            "campuses",
            "statuses",
            "dioses",
            "compases",
            "toses",
            "consensuses"
        ]
        .contains(w)
        {
            return drop(2);
        }
        return drop(1);
    }
    if contains(&lists().es_drop_es, w) {
        return drop(2);
    }
    if w.ends_with("dades") || w.ends_with("tades") {
        return drop(2);
    }
    if w.ends_with("eyes") || w.ends_with("oyes") {
        return drop(2);
    }
    let last = stem.chars().last().unwrap_or('e');
    if matches!(last, 'l' | 'n' | 'r' | 'd' | 'j') {
        // Spanish consonant-final plural (hospitales, naciones, mujeres) vs English silent -e
        // (vehicles, lines, measures, decades).
        if spanish_accent {
            return drop(2);
        }
        let prev = stem.chars().rev().nth(1).unwrap_or('x');
        let spanish = match (last, prev) {
            ('l', 'e') => true,
            ('l', 'i') => contains(&lists().iles_drop_es, w),
            ('l' | 'n' | 'r', 'a' | 'o') | ('n' | 'r', 'e') => !en_drop_s(w),
            _ => false,
        };
        if spanish {
            return drop(2);
        }
        return drop(1);
    }
    drop(1)
}

/// Whether a Spanish word reads as a conjugated verb or a participle by its ending: preterite
/// "resultaron", "murieron", "cayeron", "cerró"; imperfect "estaban", "tenían"; participle
/// "registrado". `written` is the word as written, `folded` lowercased without accents.
pub(crate) fn spanish_verb_form(written: &str, folded: &str) -> bool {
    const ENDINGS: [&str; 7] = ["aron", "ieron", "yeron", "aban", "ian", "ado", "ada"];
    // The accented endings of the preterite ("cayó") and the future ("crecerá", "llegarán").
    let future = written.ends_with("rá") || written.ends_with("rán");
    (folded.len() > 5 && ENDINGS.iter().any(|e| folded.ends_with(e)))
        || (folded.len() >= 4 && (written.ends_with('ó') || future))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_reads_every_character_as_fold_char_of_its_small_letter() {
        // (A word of ASCII only is lowercased, its '`' kept.)
        assert_eq!(fold("Abc`"), "abc`");
        for word in ["Según", "MÁS`x", "ÑANDÚ’s", "Çà-Ÿİ", "Ελλάδα", "niño2"] {
            let plain: String = word
                .chars()
                .map(|c| fold_char(crate::case::lower_char(c)))
                .collect();
            assert_eq!(fold(word), plain, "{word:?}");
        }
    }

    fn sorted(list: &[&str]) -> bool {
        list.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted() {
        let l = lists();
        for list in [
            &l.invariant,
            &l.men_prefixes,
            &l.z_plurals,
            &l.che_plurals,
            &l.oes_plurals,
            &l.ies_drop_s,
            &l.es_drop_es,
            &l.en_exact_drop_s,
            &l.en_suffix_drop_s,
            &l.iles_drop_es,
            &l.us_plurals,
            &l.is_plurals,
        ] {
            assert!(sorted(list), "{list:?}");
        }
        assert!(l.irregular.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
