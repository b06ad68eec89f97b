//! One-sentence explanations a reader can check: they name the sources (outlet, or the document id
//! when the outlet is unknown), their dates, and the figures as written.

use super::money::Rate;
use crate::case::{capitalized, Lowercase};
use crate::claims::{Claim, ClaimKind};
use crate::lexicon;
use crate::time::Date;

/// What an explanation needs to know about a document.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The document id.
    pub id: &'a str,
    /// The outlet, when known.
    pub outlet: Option<&'a str>,
    /// The publication date, when known.
    pub published: Option<Date>,
}

/// The language of an explanation. Every finding is explained in each of them from the same data,
/// so the two sentences state the same sources, dates, figures, conversions and rates.
///
/// Conventions: English writes dates "13 May 2024" and numbers "3,650", "110.3 million"; Spanish
/// writes dates "13 may 2024" (lowercase abbreviated months: ene, feb, mar, abr, may, jun, jul, ago,
/// sept, oct, nov, dic, as the page does), numbers with a point for thousands and a comma for
/// decimals ("3.650", "110,3 millones", "1,2 mil millones"). Figures quoted from an article keep
/// exactly the article's writing ("“over 3,650”") in both languages; the article's own words for a
/// time ("by late 2023") are quoted in Spanish, since they are the article's, not the sentence's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language an explanation is written in.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// English or Spanish text, by language.
    pub fn pick<T>(self, en: T, es: T) -> T {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

/// The months' short names, English then Spanish, each followed by `|` (one string: a table of
/// `&str` would cost the wasm a pointer and a length per name).
const MONTHS: &str = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\
    ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic|";

/// A date as "13 May 2024".
pub fn date(d: Date) -> String {
    date_in(d, Lang::En)
}

/// A date as "13 May 2024" (English) or "13 may 2024" (Spanish).
pub fn date_in(d: Date, lang: Lang) -> String {
    let m = usize::from(d.month.clamp(1, 12)) - 1 + lang.pick(0, 12);
    let name = MONTHS.split('|').nth(m).unwrap_or_default();
    format!("{} {name} {}", d.day, d.year)
}

/// A source as "CiberCuba (16 Jul 2024)", or its id when the outlet is unknown.
pub fn source(s: &Source) -> String {
    source_in(s, Lang::En)
}

/// A source with its date in `lang`.
pub fn source_in(s: &Source, lang: Lang) -> String {
    let name = s.outlet.filter(|o| !o.trim().is_empty()).unwrap_or(s.id);
    match s.published {
        Some(d) => format!("{name} ({})", date_in(d, lang)),
        None => name.to_string(),
    }
}

/// The figure as written, quoted: "“over 3,650”".
pub fn figure(c: &Claim) -> String {
    figure_in(c, Lang::En)
}

/// The figure as written, quoted (the same in every language); a figure with no quote falls back
/// to its value written in `lang`.
pub fn figure_in(c: &Claim, lang: Lang) -> String {
    let q = if c.quote.trim().is_empty() {
        c.value
            .map(|v| number_in(v.low(), lang))
            .unwrap_or_else(|| c.text.clone())
    } else {
        c.quote.trim().to_string()
    };
    format!("“{q}”")
}

/// A number for prose: 110,300,000 → "110.3 million"; 3650 → "3,650".
pub fn number(v: f64) -> String {
    number_in(v, Lang::En)
}

/// A number for prose in `lang`: "110.3 million" / "110,3 millones", "3,650" / "3.650".
pub fn number_in(v: f64, lang: Lang) -> String {
    let a = v.abs();
    if a >= 1e9 {
        let n = trim(v / 1e9, lang);
        lang.pick(format!("{n} billion"), format!("{n} mil millones"))
    } else if a >= 1e6 {
        let n = trim(v / 1e6, lang);
        let es = if n == "1" || n == "-1" {
            format!("{n} millón")
        } else {
            format!("{n} millones")
        };
        lang.pick(format!("{n} million"), es)
    } else if a.fract() == 0.0 {
        let s = format!("{}", a as u64);
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(lang.pick(',', '.'));
            }
            out.push(ch);
        }
        if v < 0.0 {
            format!("-{out}")
        } else {
            out
        }
    } else {
        trim(v, lang)
    }
}

fn trim(v: f64, lang: Lang) -> String {
    // One decimal, rounded in whole tenths (no float printing: see `quantity::format_decimal`).
    let s = crate::quantity::format_decimal((v * 10.0).round() / 10.0);
    match lang {
        Lang::En => s,
        Lang::Es => s.replace('.', ","),
    }
}

/// A money figure with its conversion: "“2,019 million pesos” (≈ US$110.3 million at the 2024
/// average of 18.3 MXN per USD)".
pub fn money(c: &Claim, usd: Option<(f64, Rate)>) -> String {
    money_in(c, usd, Lang::En)
}

/// A money figure with its conversion in `lang`; in Spanish "“2,019 million pesos” (≈ 110,3
/// millones de dólares estadounidenses al tipo de cambio promedio de 2024, 18,3 MXN por USD)".
pub fn money_in(c: &Claim, usd: Option<(f64, Rate)>, lang: Lang) -> String {
    match usd {
        Some((amount, rate)) if rate.currency != "USD" => match lang {
            Lang::En => format!(
                "{} (≈ US${} {})",
                figure(c),
                number(amount),
                rate.describe()
            ),
            Lang::Es => {
                let n = number_in(amount, Lang::Es);
                let of = if n.ends_with("millones") || n.ends_with("millón") {
                    " de"
                } else {
                    ""
                };
                format!(
                    "{} (≈ {n}{of} dólares estadounidenses {})",
                    figure_in(c, lang),
                    rate.describe_in(lang)
                )
            }
        },
        _ => figure_in(c, lang),
    }
}

/// When a claim's figure holds, in words: "by 31 Dec 2023", "from 2002 to 9 Aug 2025".
pub fn when(c: &Claim) -> String {
    when_in(c, Lang::En)
}

/// When a claim's figure holds, in `lang`. The article's own words are used when it has them
/// (quoted in Spanish: they are the article's words, possibly English).
pub fn when_in(c: &Claim, lang: Lang) -> String {
    if let Some(text) = c.time.text.as_deref().filter(|t| !t.trim().is_empty()) {
        return match lang {
            Lang::En => text.trim().to_string(),
            Lang::Es => format!("“{}”", text.trim()),
        };
    }
    let d = |x| date_in(x, lang);
    match (lang, c.time.from, c.time.to, c.time.as_of) {
        (Lang::En, Some(f), Some(t), _) => format!("from {} to {}", d(f), d(t)),
        (Lang::En, Some(f), None, _) => format!("since {}", d(f)),
        (Lang::En, None, Some(t), _) | (Lang::En, None, None, Some(t)) => {
            format!("as of {}", d(t))
        }
        (Lang::En, None, None, None) => "at an unstated time".to_string(),
        (Lang::Es, Some(f), Some(t), _) => format!("del {} al {}", d(f), d(t)),
        (Lang::Es, Some(f), None, _) => format!("desde el {}", d(f)),
        (Lang::Es, None, Some(t), _) | (Lang::Es, None, None, Some(t)) => {
            format!("al {}", d(t))
        }
        (Lang::Es, None, None, None) => "en un momento no indicado".to_string(),
    }
}

/// The measure for prose: the claim's normalized measure, or its unit.
pub fn measure(c: &Claim) -> String {
    if !c.measure.trim().is_empty() {
        c.measure.trim().to_string()
    } else if let Some(t) = &c.topic {
        t.clone()
    } else {
        c.unit.clone().unwrap_or_else(|| "the figure".to_string())
    }
}

/// The measure in `lang`, for prose. Places are written as names ("in Mexico", "en México") and an
/// English demonym that narrows the counted noun is capitalized ("Cuban doctors"). In Spanish the
/// engine's own words are translated (qualifiers, "in", "per", "start year", statement topics,
/// generic heads), and a counted noun the lexicon knows is named in Spanish with its demonyms
/// agreeing ("cuban doctors, already, in mexico" → "médicos cubanos, ya presentes, en México");
/// a noun without a reliable Spanish form, or already written in Spanish, keeps the article's words.
pub fn measure_in(c: &Claim, lang: Lang) -> String {
    let m = measure(c);
    if c.measure.trim().is_empty() {
        return match (lang, &c.topic) {
            (Lang::Es, Some(t)) => topic_in(t, lang),
            _ => m,
        };
    }
    match lang {
        Lang::En => measure_en(c, &m),
        Lang::Es => measure_es(c, &m),
    }
}

/// A normalized measure (the shapes `claims` writes) in English, with places and demonyms
/// capitalized.
fn measure_en(c: &Claim, m: &str) -> String {
    if m.starts_with("whether ") || m.starts_with("date of the ") {
        return m.to_string();
    }
    if let Some(rest) = m.strip_prefix("start year: ") {
        return format!("start year: {}", phrase_en(c, rest));
    }
    let mut parts = m.split(", ");
    let head = parts.next().unwrap_or_default();
    let mut out = match head.split_once(" per ") {
        Some((what, per)) => format!("{} per {}", phrase_en(c, what), grouped(per, ',')),
        None => english_of_spanish(c, head).unwrap_or_else(|| phrase_en(c, head)),
    };
    for p in parts {
        out.push_str(", ");
        match p.strip_prefix("in ") {
            Some(place) => {
                out.push_str("in ");
                out.push_str(&place_label(place, false));
            }
            None => out.push_str(p),
        }
    }
    out
}

/// A whole number of digits with its thousands grouped by `mark` ("100000" → "100,000"); other
/// text as it is.
fn grouped(digits: &str, mark: char) -> String {
    if digits.len() <= 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// A place the lexicon does not know, from its folded id, as a name: "al haouz" → "Al Haouz",
/// "santiago del estero" → "Santiago del Estero".
/// A place's id as a reader writes it, in English or Spanish; a list of places ("india+china+
/// pakistan") as "India, China and Pakistan".
fn place_label(place: &str, spanish: bool) -> String {
    let one = |id: &str| match lexicon::place_name(id, spanish) {
        Some(name) => name.to_string(),
        None if id == crate::claims::CAPITAL && spanish => "la capital".to_string(),
        None if id == crate::claims::CAPITAL => id.to_string(),
        None => proper_name(id),
    };
    let names: Vec<String> = place.split('+').map(one).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let and = if spanish { " y " } else { " and " };
            [rest.join(", ").as_str(), and, last].concat()
        }
        _ => names.concat(),
    }
}

fn proper_name(id: &str) -> String {
    let joiner = |w: &str| words!["de", "del", "of", "la", "las", "los", "el"].contains(w);
    let words: Vec<String> = id
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && joiner(w) {
                w.to_string()
            } else {
                capitalized(w)
            }
        })
        .collect();
    words.join(" ")
}

/// The counted noun group in English: the article's words, with the English demonyms of the
/// claim's countries capitalized ("cuban doctors" → "Cuban doctors").
fn phrase_en(c: &Claim, phrase: &str) -> String {
    if c.modifiers.is_empty() {
        return phrase.to_string();
    }
    phrase
        .split(' ')
        .map(|w| {
            if c.modifiers
                .iter()
                .any(|m| lexicon::is_english_demonym(w, m))
            {
                capitalized(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A noun group a Spanish sentence wrote ("muertos", "médicos cubanos") in English, from its
/// concept ("deaths", "Cuban doctors"); `None` unless every word is the concept's noun or a
/// demonym.
fn english_of_spanish(c: &Claim, phrase: &str) -> Option<String> {
    let id = c.head.as_deref()?;
    // An indicator is named by its id ("tasa de desempleo" → "unemployment rate").
    if lexicon::is_indicator(id) {
        if crate::document::detect_language(&c.text) != crate::lang::Lang::Es {
            return None;
        }
        let rate = phrase.split(' ').any(|w| w == "tasa") && !id.ends_with("rate");
        return Some(if rate {
            format!("{id} rate")
        } else {
            id.to_string()
        });
    }
    let mut demonyms = Vec::new();
    let mut noun = false;
    for w in phrase.split_whitespace() {
        if let Some(country) = lexicon::demonym_country(w) {
            demonyms.push(lexicon::english_demonym(country)?.to_string());
        } else if !noun && lexicon::concept(w).is_some_and(|k| k.id == id) && w != id {
            noun = true;
        } else {
            return None;
        }
    }
    if !noun || crate::document::detect_language(&c.text) != crate::lang::Lang::Es {
        return None;
    }
    demonyms.push(english_plural(id));
    Some(demonyms.join(" "))
}

/// The plural of an English concept id ("death" → "deaths", "person" → "people").
fn english_plural(id: &str) -> String {
    let (init, last) = id.rsplit_once(' ').map_or(("", id), |(a, b)| (a, b));
    let plural = match last {
        "person" => "people".to_string(),
        "child" => "children".to_string(),
        "man" => "men".to_string(),
        "woman" => "women".to_string(),
        // Adjectives used as nouns stay as they are: "the injured", "the missing".
        w if w.ends_with("ed") || matches!(w, "dead" | "missing" | "homeless") => w.to_string(),
        w if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") => {
            format!("{}ies", &w[..w.len() - 1])
        }
        w if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) => format!("{w}es"),
        w => format!("{w}s"),
    };
    if init.is_empty() {
        plural
    } else {
        format!("{init} {plural}")
    }
}

/// A normalized measure (the shapes `claims` writes) in Spanish.
fn measure_es(c: &Claim, m: &str) -> String {
    if let Some(rest) = m.strip_prefix("start year: ") {
        let what = phrase_es(c, rest).unwrap_or_else(|| rest.to_string());
        return format!("año de inicio: {what}");
    }
    if let Some(rest) = m.strip_prefix("date of the ") {
        return match event_es(c, rest) {
            Some(event) => format!("fecha {event}"),
            None => format!("fecha de: {rest}"),
        };
    }
    if let Some(topic) = m
        .strip_prefix("whether ")
        .and_then(|r| r.strip_suffix(" is known to have changed"))
    {
        return format!("si se sabe que {} ha cambiado", topic_in(topic, Lang::Es));
    }
    let mut parts = m.split(", ");
    let head = parts.next().unwrap_or_default();
    let what_es = |what: &str| match head_es(what) {
        generic if generic != what => generic,
        _ => phrase_es(c, what).unwrap_or_else(|| what.to_string()),
    };
    let head = match head.split_once(" per ") {
        Some((what, per)) => match per_es(per) {
            Some(unit) => format!("{} por {unit}", what_es(what)),
            None => format!("{} por cada {}", what_es(what), grouped(per, '.')),
        },
        None => what_es(head),
    };
    let mut out = head;
    for p in parts {
        out.push_str(", ");
        match p.strip_prefix("in ") {
            Some(place) => {
                out.push_str("en ");
                out.push_str(&place_label(place, true));
            }
            None => out.push_str(qualifier_es(p)),
        }
    }
    out
}

/// The counted noun group in Spanish from the lexicon: the concept's Spanish noun (plural where
/// the article's is) followed by the Spanish demonyms of the English ones before it ("cuban
/// doctors" → "médicos cubanos"). `None` when that would not be reliable: the concept has no
/// Spanish form, the words are already Spanish (a Spanish sentence, accented words, a form of the
/// Spanish noun), or a word other than a demonym narrows the noun ("family doctors").
fn phrase_es(c: &Claim, phrase: &str) -> Option<String> {
    noun_group_es(c, phrase).map(|(group, _)| group)
}

/// [`phrase_es`] with whether the noun is plural.
fn noun_group_es(c: &Claim, phrase: &str) -> Option<(String, bool)> {
    let id = c.head.as_deref()?;
    let noun = lexicon::spanish_noun(id)?;
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    // "death toll": the toll is the count of the concept ("muertos").
    if words.len() > 1 && matches!(words.last(), Some(&("toll" | "tally"))) {
        words.pop();
    }
    // The noun: one word the lexicon reads as the concept, or the concept's own id ("healthcare
    // workers"); a longer form may say more than the concept ("family doctors").
    let k = (0..words.len()).find(|&k| {
        let noun = words[k..].join(" ");
        lexicon::concept(&noun).is_some_and(|x| x.id == id)
            && (k + 1 == words.len() || singular_phrase(&noun) == id)
    })?;
    let (prefix, suffix) = words.split_at(k);
    let written = lexicon::fold(&suffix.join(" "));
    // The article's words are Spanish already: its sentence is Spanish ("fallecidos", "evacuados"
    // stay as written; the concept's id, the engine's word, does not), or the words are.
    let spanish = (singular_phrase(&written) != id
        && crate::document::detect_language(&c.text) == crate::lang::Lang::Es)
        || words.iter().any(|w| !w.is_ascii())
        || noun
            .forms()
            .iter()
            .any(|form| lexicon::fold(form) == written);
    if spanish {
        return None;
    }
    let mut countries = Vec::new();
    let mut adjectives = Vec::new();
    // "people injured", "people killed": the concept says who they are ("heridos", "muertos").
    let generic = |w: &str| matches!(w, "people" | "persons");
    for w in prefix.iter().filter(|w| !generic(w)) {
        match c
            .modifiers
            .iter()
            .find(|m| lexicon::is_english_demonym(w, m))
        {
            Some(country) => countries.push(country.as_str()),
            None => adjectives.push(adjective_es(w)?),
        }
    }
    let last = suffix.last()?;
    // A count names its noun in the plural ("500 staff" → "trabajadores"); otherwise the article's
    // number is kept ("date of the meeting" → "la reunión").
    let plural = lexicon::singular(last) != lexicon::fold(last)
        || matches!(
            c.kind,
            ClaimKind::Count | ClaimKind::Range | ClaimKind::Rate
        );
    let mut out = if plural { noun.plural } else { noun.singular }.to_string();
    for base in adjectives {
        out.push(' ');
        out.push_str(&inflect_adjective(base, noun.gender, plural));
    }
    for country in countries {
        out.push(' ');
        out.push_str(&lexicon::spanish_demonym(country, noun.gender, plural)?);
    }
    Some((out, plural))
}

/// Common English adjectives of counted nouns, with their Spanish masculine singular.
const ADJECTIVES: &str = "foreign:extranjero|international:internacional|new:nuevo|local:local|national:nacional|public:público|private:privado|registered:registrado|affordable:asequible|annual:anual|daily:diario|undocumented:indocumentado|active:activo|elderly:mayor|female:femenino|male:masculino|rural:rural|urban:urbano|medical:médico|military:militar|civilian:civil|federal:federal|illegal:ilegal|permanent:permanente|temporary:temporal|confirmed:confirmado|suspected:sospechoso|infected:infectado|total:total|additional:adicional|former:antiguo|small:pequeño|large:grande";

/// The Spanish masculine singular of an English adjective of [`ADJECTIVES`].
fn adjective_es(word: &str) -> Option<&'static str> {
    let word = lexicon::fold(word);
    ADJECTIVES
        .split('|')
        .find_map(|pair| pair.split_once(':').filter(|(en, _)| *en == word))
        .map(|(_, es)| es)
}

/// A Spanish adjective agreeing with its noun: "extranjero" → "extranjeras"; "local" → "locales".
fn inflect_adjective(base: &str, gender: lexicon::Gender, plural: bool) -> String {
    let feminine = gender == lexicon::Gender::Feminine;
    match (base.strip_suffix('o'), plural) {
        (Some(stem), _) => [
            stem,
            if feminine { "a" } else { "o" },
            if plural { "s" } else { "" },
        ]
        .concat(),
        (None, false) => base.to_string(),
        (None, true) if base.ends_with('e') => [base, "s"].concat(),
        (None, true) => [base, "es"].concat(),
    }
}

/// A phrase singular word by word, folded ("healthcare workers" → "healthcare worker").
fn singular_phrase(p: &str) -> String {
    p.split_whitespace()
        .map(lexicon::singular)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An event in Spanish after "de", with its article: "de la reunión", "del sismo".
fn event_es(c: &Claim, phrase: &str) -> Option<String> {
    let (noun, plural) = noun_group_es(c, phrase)?;
    let gender = lexicon::spanish_noun(c.head.as_deref()?)?.gender;
    Some(match (gender, plural) {
        (lexicon::Gender::Masculine, false) => format!("del {noun}"),
        (lexicon::Gender::Masculine, true) => format!("de los {noun}"),
        (lexicon::Gender::Feminine, false) => format!("de la {noun}"),
        (lexicon::Gender::Feminine, true) => format!("de las {noun}"),
    })
}

/// The engine's generic names for what a figure counts, in Spanish; other heads are the article's
/// words or the lexicon's ids and stay as they are.
fn head_es(h: &str) -> String {
    match h {
        "amount of money" | "money" => "cantidad de dinero",
        "share" => "porcentaje",
        "figure" | "the figure" => "la cifra",
        "cost" => "costo",
        "payment" => "pago",
        "spending" | "expenditure" => "gasto",
        "price" => "precio",
        other => other,
    }
    .to_string()
}

/// The unit a price is per, in Spanish ("square metre" → "metro cuadrado").
fn per_es(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "square metre" => "metro cuadrado",
        "square foot" => "pie cuadrado",
        "barrel" => "barril",
        "share" => "acción",
        "day" => "día",
        "week" => "semana",
        "month" => "mes",
        "year" => "año",
        "hour" => "hora",
        "night" => "noche",
        "person" => "persona",
        "tonne" => "tonelada",
        "litre" => "litro",
        "kilogram" => "kilo",
        _ => return None,
    })
}

fn qualifier_es(q: &str) -> &str {
    match q {
        "already" => "ya presentes",
        "additional" => "adicionales",
        "total" => "total",
        "target" => "objetivo",
        "cumulative" => "acumulado",
        "average" => "promedio",
        "change" => "variación",
        crate::claims::NATIONWIDE => "a nivel nacional",
        other => other,
    }
}

/// A statement's topic (an English id such as "productivity") in `lang`, with its article in
/// Spanish ("la productividad").
pub fn topic_in(t: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return t.to_string();
    }
    match t {
        "productivity" => "la productividad",
        "performance" => "el desempeño",
        "efficiency" => "la eficiencia",
        "quality" => "la calidad",
        "effectiveness" => "la eficacia",
        "unemployment" => "el desempleo",
        "employment" => "el empleo",
        "inflation" => "la inflación",
        "poverty" => "la pobreza",
        "crime" => "la delincuencia",
        "violence" => "la violencia",
        "mortality" => "la mortalidad",
        "coverage" => "la cobertura",
        "access" => "el acceso",
        "attendance" => "la asistencia",
        "turnout" => "la participación",
        "growth" => "el crecimiento",
        "sales" => "las ventas",
        "exports" => "las exportaciones",
        "emissions" => "las emisiones",
        "waiting times" => "los tiempos de espera",
        other => other,
    }
    .to_string()
}

/// Who states a claim inside its document: the attribution, or the source itself.
pub fn voice(c: &Claim, s: &Source) -> String {
    match c.attribution.as_deref().filter(|a| !a.trim().is_empty()) {
        Some(a) => format!("{a} (per {})", source(s)),
        None => source(s),
    }
}

/// Who states a claim inside its article: its attribution, or the article's own voice.
pub fn voice_in(c: &Claim) -> String {
    voice_in_article(c, Lang::En)
}

/// Who states a claim inside its article, in `lang`: its attribution (as the article writes it), or
/// the article's own voice.
pub fn voice_in_article(c: &Claim, lang: Lang) -> String {
    match c.attribution.as_deref().filter(|a| !a.trim().is_empty()) {
        Some(a) if lang == Lang::Es => voice_es(a.trim()),
        Some(a) => a.trim().to_string(),
        None => lang
            .pick("the article itself", "el propio artículo")
            .to_string(),
    }
}

/// Generic English names for who says something, in Spanish. Names proper ("Reuters", "La policía
/// de Valdoria") are kept as written. A line each, English and Spanish separated by ';' (one
/// string: no pointer per name in the wasm).
const VOICES_ES: &str = concat!(
    "the statement;el comunicado\n",
    "the report;el informe\n",
    "the police;la policía\n",
    "police;la policía\n",
    "the organizers;los organizadores\n",
    "organizers;los organizadores\n",
    "the organisers;los organizadores\n",
    "organisers;los organizadores\n",
    "the government;el gobierno\n",
    "the authorities;las autoridades\n",
    "authorities;las autoridades\n",
    "officials;las autoridades\n",
    "the ministry;el ministerio\n",
    "the company;la empresa\n",
    "the union;el sindicato\n",
    "witnesses;los testigos\n",
    "residents;los vecinos\n",
    "experts;los expertos\n",
    "analysts;los analistas\n",
    "the study;el estudio\n",
    "the institute;el instituto\n",
    "the agency;la agencia\n",
    "the department;el departamento\n",
    "the spokesperson;el portavoz\n",
    "a spokesperson;un portavoz\n",
    "the spokesman;el portavoz\n",
    "a spokesman;un portavoz\n",
    "the spokeswoman;la portavoz\n",
    "a spokeswoman;una portavoz\n",
    "the mayor;el alcalde\n",
    "the court;el tribunal\n",
    "the bank;el banco\n",
    "the central bank;el banco central\n",
    "the army;el ejército\n",
    "the military;el ejército\n",
    "the hospital;el hospital\n",
    "the survey;la encuesta\n",
    "the poll;el sondeo\n",
);

/// An attribution in Spanish: a generic English name at its start translated ("the organizers
/// (Valdorian Workers' Federation)" → "los organizadores (Valdorian Workers' Federation)").
fn voice_es(a: &str) -> String {
    for (en, es) in VOICES_ES
        .split_terminator('\n')
        .filter_map(|l| l.split_once(';'))
    {
        let (Some(head), Some(rest)) = (a.get(..en.len()), a.get(en.len()..)) else {
            continue;
        };
        if head.eq_ignore_ascii_case(en) && (rest.is_empty() || rest.starts_with([' ', ',', '('])) {
            return format!("{es}{rest}");
        }
    }
    a.to_string()
}

/// Items joined as "a, b and c" / "a, b y c" (Spanish "e" before an "i" sound: "a e Iberia").
pub fn list_in(items: &[String], lang: Lang) -> String {
    let and = |next: &str| match lang {
        Lang::En => " and ",
        Lang::Es => {
            let lower = next.trim_start_matches(['“', '"']).lowercase();
            let hi = lower.starts_with("hie") || lower.starts_with("hia");
            if !hi && (lower.starts_with('i') || lower.starts_with("hi") || lower.starts_with('í'))
            {
                " e "
            } else {
                " y "
            }
        }
    };
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!(
            "{}{}{}",
            items[..n - 1].join(", "),
            and(&items[n - 1]),
            items[n - 1]
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::english_plural;

    #[test]
    fn english_plurals_of_concept_ids() {
        assert_eq!(english_plural("doctor"), "doctors");
        assert_eq!(english_plural("healthcare worker"), "healthcare workers");
        assert_eq!(english_plural("person"), "people");
        assert_eq!(english_plural("injured"), "injured");
        assert_eq!(english_plural("missing person"), "missing people");
    }
}
