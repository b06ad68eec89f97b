//! Month, weekday, unit and number words in English and Spanish, matched on lowercase,
//! accent-folded words ("miércoles" and "miercoles" alike).

/// Lowercases a word and removes Spanish/Portuguese/French accents.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// A month name: its number, and whether it is an English name that must be capitalised to count
/// (so "may" and "march" the verbs are not months).
pub fn month(word: &str, capitalised: bool) -> Option<u8> {
    let en = match word {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => 0,
    };
    if en != 0 {
        return (capitalised || !matches!(en, 3 | 5)).then_some(en);
    }
    let es = match word {
        "enero" => 1,
        "febrero" => 2,
        "marzo" => 3,
        "abril" => 4,
        "mayo" => 5,
        "junio" => 6,
        "julio" => 7,
        "agosto" => 8,
        "septiembre" | "setiembre" => 9,
        "octubre" => 10,
        "noviembre" => 11,
        "diciembre" => 12,
        _ => 0,
    };
    (es != 0).then_some(es)
}

/// A month abbreviation ("Jan", "Sept", "ago", "dic"), accepted only next to a day number.
pub fn month_abbrev(word: &str) -> Option<u8> {
    Some(match word {
        "jan" | "ene" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" | "abr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" | "ago" => 8,
        "sep" | "sept" | "set" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" | "dic" => 12,
        _ => return None,
    })
}

/// A weekday name, 0 = Monday … 6 = Sunday (English names must be capitalised).
pub fn weekday(word: &str, capitalised: bool) -> Option<u8> {
    let en = match word {
        "monday" => Some(0),
        "tuesday" => Some(1),
        "wednesday" => Some(2),
        "thursday" => Some(3),
        "friday" => Some(4),
        "saturday" => Some(5),
        "sunday" => Some(6),
        _ => None,
    };
    if en.is_some() {
        return en.filter(|_| capitalised);
    }
    match word {
        "lunes" => Some(0),
        "martes" => Some(1),
        "miercoles" => Some(2),
        "jueves" => Some(3),
        "viernes" => Some(4),
        "sabado" => Some(5),
        "domingo" => Some(6),
        _ => None,
    }
}

/// A weekday abbreviation as used in timestamps ("Wed", "Mon"; "mié", "lun"), capitalised or not.
pub fn weekday_abbrev(word: &str) -> Option<u8> {
    match word {
        "mon" | "lun" => Some(0),
        "tue" | "tues" => Some(1),
        "wed" | "mie" => Some(2),
        "thu" | "thur" | "thurs" | "jue" => Some(3),
        "fri" | "vie" => Some(4),
        "sat" | "sab" => Some(5),
        "sun" | "dom" => Some(6),
        _ => None,
    }
}

/// A small cardinal written as a word ("three", "tres", "a", "un").
pub fn number_word(word: &str) -> Option<u32> {
    Some(match word {
        "a" | "an" | "one" | "un" | "uno" | "una" => 1,
        "two" | "dos" => 2,
        "three" | "tres" => 3,
        "four" | "cuatro" => 4,
        "five" | "cinco" => 5,
        "six" | "seis" => 6,
        "seven" | "siete" => 7,
        "eight" | "ocho" => 8,
        "nine" | "nueve" => 9,
        "ten" | "diez" => 10,
        "eleven" | "once" => 11,
        "twelve" | "doce" => 12,
        "fifteen" | "quince" => 15,
        "twenty" | "veinte" => 20,
        "thirty" | "treinta" => 30,
        "several" | "varios" | "varias" => 3,
        _ => return None,
    })
}

/// A calendar unit word ("years", "meses", "décadas").
pub fn unit(word: &str) -> Option<super::Unit> {
    use super::Unit;
    Some(match word {
        "day" | "days" | "dia" | "dias" => Unit::Day,
        "week" | "weeks" | "semana" | "semanas" => Unit::Week,
        "month" | "months" | "mes" | "meses" => Unit::Month,
        "year" | "years" | "año" | "años" => Unit::Year,
        "decade" | "decades" | "decada" | "decadas" => Unit::Decade,
        _ => return None,
    })
}
