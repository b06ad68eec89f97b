//! The counted noun after a figure ("199 doctors" → "doctors", "300 nuevos médicos" → "médicos").

use super::scan::{Tokens, TK};
use crate::case::Lowercase;
use crate::lang::Lang;
use crate::lexicon::Words;

/// Words that end the search for a counted noun: articles, prepositions, verbs and pronouns.
static STOP: Words = Words::new(concat!(
    "of|",
    "de|",
    "del|",
    "in|",
    "en|",
    "and|",
    "y|",
    "e|",
    "to|",
    "a|",
    "al|",
    "the|",
    "la|",
    "el|",
    "los|",
    "las|",
    "lo|",
    "que|",
    "is|",
    "are|",
    "was|",
    "were|",
    "be|",
    "been|",
    "es|",
    "son|",
    "fue|",
    "fueron|",
    "era|",
    "eran|",
    "se|",
    "por|",
    "per|",
    "for|",
    "para|",
    "con|",
    "with|",
    "from|",
    "desde|",
    "since|",
    "than|",
    "at|",
    "on|",
    "or|",
    "o|",
    "u|",
    "more|",
    "less|",
    "mas|",
    "menos|",
    "by|",
    "as|",
    "como|",
    "it|",
    "this|",
    "that|",
    "these|",
    "those|",
    "este|",
    "esta|",
    "estos|",
    "estas|",
    "ese|",
    "esa|",
    "hasta|",
    "until|",
    "after|",
    "before|",
    "ago|",
    "have|",
    "has|",
    "had|",
    "ha|",
    "han|",
    // "Otras 61 están en análisis": a verb, not what is counted.
    "estan|",
    "estaban|",
    "son|",
    "eran|",
    "fueron|",
    "siguen|",
    "quedan|",
    "permanecen|",
    "habia|",
    "will|",
    "would|",
    "can|",
    "could|",
    "may|",
    "might|",
    "not|",
    "no|",
    "he|",
    "she|",
    "they|",
    "we|",
    "i|",
    "you|",
    "his|",
    "her|",
    "their|",
    "our|",
    "su|",
    "sus|",
    "un|",
    "una|",
    "an|",
    "then|",
    "when|",
    "where|",
    "while|",
    "who|",
    "which|",
    "about|",
    "over|",
    "under|",
    "out|",
    "up|",
    "into|",
    "if|",
    "but|",
    "pero|",
    "sin|",
    "without|",
    "sobre|",
    "entre|",
    "between|",
    "among|",
    "tras|",
    "ante|",
    "bajo|",
    "segun|",
    "cada|",
    "each|",
    "every|",
    "also|",
    "tambien|",
    "ya|",
    "so|",
    "too|",
    "cuando|",
    "donde|",
    "quien|",
    "quienes|",
    "cual|",
    "le|",
    "les|",
    "me|",
    "te|",
    "nos|",
    "mi|",
    "tu|",
    "vs|",
    "versus|",
    "times|",
    "veces|",
    "last|",
    "next|",
    "earlier|",
    "later|",
    "today|",
    "yesterday|",
    "now|",
    "hoy|",
    "ayer|",
    "ahora|",
    "them|",
    "us|",
    "ellos|",
    "ellas|",
    "nosotros|",
    "through|",
));

fn stop(w: &str) -> bool {
    STOP.contains(w)
}

/// Adjectives between a figure and its noun ("300 new teachers", "300 nuevos maestros").
static ADJECTIVES: Words = Words::new(concat!(
    "new|",
    "more|",
    "other|",
    "additional|",
    "extra|",
    "further|",
    "nuevos|",
    "nuevas|",
    "otros|",
    "otras|",
    "mas|",
    "adicionales|",
    "million|",
    "large|",
    "small|",
    "big|",
    "major|",
    "senior|",
    "young|",
    "foreign|",
    "local|",
    "grandes|",
    "pequenos|",
    "pequenas|",
    "jovenes|",
    "extranjeros|",
    "extranjeras|",
));

fn adjective(w: &str) -> bool {
    ADJECTIVES.contains(w)
}

/// The counted noun right after token `q` (lowercased as written), if obvious; `lang` is the
/// language the tokens were read in.
pub(crate) fn after(tk: &Tokens, q: usize, lang: &Lang) -> Option<String> {
    let mut k = q;
    // "the 40-day period", "a 10-point lead": the unit glued by a hyphen, singular.
    let glued = |i: usize| tk.toks.get(i).is_some_and(|t| !t.space && !t.line_start);
    if tk.sym(q) == '-' && glued(q) && glued(q + 1) && tk.toks[q + 1].kind == TK::Word {
        let w = tk.norm(q + 1);
        let t = &tk.toks[q + 1];
        // A number word continues the figure ("three-nought-four"); "point" is a decimal point
        // only between number words ("a 10-point lead").
        let number = t.lex.is_some() && w != "point";
        let unit = w.len() >= 3 && !stop(w) && !number;
        return unit.then(|| tk.text[t.start..t.end].lowercase());
    }
    // "2,5 millones de personas", "2 million of them": the noun follows the scale word's "de".
    if q > 0 && matches!(tk.norm(q), "de" | "of") && super::is_scale_word(tk.norm(q - 1), lang) {
        k += 1;
    }
    for _ in 0..2 {
        let t = tk.toks.get(k)?;
        if t.kind != TK::Word || !t.space || t.line_start {
            return None;
        }
        let w = tk.norm(k);
        // (A word's number-word meaning in `lang`, the tokens' language, was read with it.)
        if w.chars().count() < 2
            || stop(w)
            || t.lex.is_some()
            || super::dates::month(w, true).is_some()
        {
            return None;
        }
        // "3.7 million Costa Ricans", "2 million New Zealanders" (not "new"): a demonym of two
        // words.
        if let Some(n) = tk.toks.get(k + 1).filter(|n| t.upper && n.upper && n.space) {
            let pair = &tk.text[t.start..n.end];
            if crate::lexicon::demonym_country(pair).is_some() {
                return Some(pair.lowercase());
            }
        }
        if adjective(w)
            && tk
                .toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TK::Word && n.space)
        {
            k += 1;
            continue;
        }
        // "8 basis points": the unit is both words.
        if w == "basis" && matches!(tk.norm(k + 1), "points" | "point") {
            return Some("basis points".to_string());
        }
        // "50 puntos básicos".
        if w == "puntos" && tk.norm(k + 1) == "basicos" {
            return Some("puntos básicos".to_string());
        }
        if *lang == Lang::En && modifies_next(tk, q, k) {
            k += 1;
            continue;
        }
        let mut written = tk.text[t.start..t.end].lowercase();
        // "360 km/h": a speed.
        if let Some((per, _)) = per_unit(tk, k + 1) {
            written.push('/');
            written.push_str(per);
        }
        if *lang == Lang::Es && crate::lexicon::inflection::spanish_verb_form(&written, w) {
            return None;
        }
        return Some(written);
    }
    None
}

/// Units of measure written as words or spaced abbreviations, folded, English and Spanish: a
/// figure in them is a measure (`other`), not a count of things.
static MEASURE_UNITS: Words = Words::new(concat!(
    "km|kms|kilometre|kilometres|kilometer|kilometers|kilometro|kilometros|",
    "metre|metres|meter|meters|metro|metros|",
    "cm|centimetre|centimetres|centimeter|centimeters|centimetro|centimetros|",
    "mm|millimetre|millimetres|millimeter|millimeters|milimetro|milimetros|",
    "mile|miles|milla|millas|ft|feet|foot|pies|inch|inches|pulgada|pulgadas|",
    "hectare|hectares|hectarea|hectareas|ha|acre|acres|",
    "tonne|tonnes|ton|tons|tonelada|toneladas|",
    "kg|kilogram|kilograms|kilogramme|kilogrammes|kilogramo|kilogramos|kilo|kilos|",
    "gram|grams|gramo|gramos|lb|lbs|ounce|ounces|oz|",
    "mg|milligram|milligrams|miligramo|miligramos|mcg|microgram|micrograms|microgramo|microgramos|",
    "ml|millilitre|millilitres|milliliter|milliliters|mililitro|mililitros|",
    "litre|litres|liter|liters|litro|litros|gallon|gallons|galon|galones|",
    "barrel|barrels|barril|barriles|hectometro|hectometros|yard|yards|ppm|",
    "calorie|calories|kcal|gb|tb|mbps|gbps|kiloton|kilotons|megaton|megatons|",
    "watt|watts|vatio|vatios|kw|kilowatt|kilowatts|kilovatio|kilovatios|",
    "mw|megawatt|megawatts|megavatio|megavatios|gw|gigawatt|gigawatts|gigavatio|gigavatios|",
    "kwh|mwh|gwh|twh|",
    "mph|kph|km/h|knot|knots|nudo|nudos|",
    "degree|degrees|grado|grados|decibel|decibels|decibelio|decibelios|",
    "magnitude|magnitud|basis points|puntos basicos|bps|bp|pb|",
));

/// Whether `unit`, the word after a figure, is a unit of measure ("hectares", "km/h", "grados").
pub fn is_measure_unit(unit: &str) -> bool {
    MEASURE_UNITS.contains(&crate::lexicon::folded(unit))
}

/// A unit of time glued after a slash at token `k` ("/h" of "km/h", "/s" of "m/s"): the unit and
/// the token after it.
pub(crate) fn per_unit(tk: &Tokens, k: usize) -> Option<(&'static str, usize)> {
    let glued = |i: usize| tk.toks.get(i).is_some_and(|t| !t.space);
    if tk.sym(k) != '/' || !glued(k) || !glued(k + 1) {
        return None;
    }
    let unit = match tk.norm(k + 1) {
        "h" => "h",
        "s" => "s",
        _ => return None,
    };
    Some((unit, k + 2))
}

/// Whether the English word at `k`, after the figure that ends before token `q`, is a noun
/// modifying the plural noun after it: a figure other than one counts in the plural, so a singular
/// word before a plural one is not what is counted ("34 league appearances", "410 fire engines").
fn modifies_next(tk: &Tokens, q: usize, k: usize) -> bool {
    // The figure: digits other than "1", or a number word other than "one".
    let figure = q
        .checked_sub(1)
        .and_then(|i| tk.toks.get(i))
        .is_some_and(|t| match t.kind {
            TK::Num => &tk.text[t.start..t.end] != "1",
            TK::Word => t.lex.is_some() && tk.norm(q - 1) != "one",
            TK::Sym => false,
        });
    let singular = |w: &str| !w.ends_with('s') && !IRREGULAR_PLURALS.contains(&w);
    let plural = |w: &str| {
        w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !stop(w)
    };
    let next = tk.toks.get(k + 1);
    figure
        && singular(tk.norm(k))
        && next.is_some_and(|n| n.kind == TK::Word && n.space && !n.line_start)
        && plural(tk.norm(k + 1))
        // (Asked of English text only: the tokens read its number words in English.)
        && next.is_some_and(|n| n.lex.is_none())
}

/// English plurals that do not end in 's' (collective nouns such as "police" and "staff" are left
/// out: they modify the plural after them, "police officers", "staff members").
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "data",
    "media",
    "criteria",
    "livestock",
];
