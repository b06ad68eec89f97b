//! Month, weekday, unit and number words in English and Spanish, matched on lowercase,
//! accent-folded words ("miércoles" and "miercoles" alike).

/// Lowercases a word and removes Spanish/Portuguese/French accents.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while !rest.is_empty() {
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        out.extend(folded_chars(c.encode_utf8(&mut [0; 4])));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// [`fold`]`(word)` written into `buf`, or `None` when it does not fit (no allocation).
pub(crate) fn fold_into<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        len = word.len();
    } else {
        for c in word.chars() {
            let mut push = |c: char| {
                let n = c.len_utf8();
                let out = buf.get_mut(len..len + n)?;
                c.encode_utf8(out);
                len += n;
                Some(())
            };
            if c.is_ascii() {
                push(c.to_ascii_lowercase())?;
            } else {
                for f in folded_chars(c.encode_utf8(&mut [0; 4])) {
                    push(f)?;
                }
            }
        }
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// The characters of [`fold`]`(word)`, one at a time.
pub(crate) fn folded_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().map(crate::case::lower_char).map(|c| match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        other => other,
    })
}

/// English month names (those that are also common words must be capitalised to count).
const MONTHS_EN: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Spanish month names.
const MONTHS_ES: &[(&str, u8)] = &[
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
];

/// Month abbreviations, English and Spanish.
const MONTH_ABBREVS: &[(&str, u8)] = &[
    ("jan", 1),
    ("ene", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("abr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("ago", 8),
    ("sep", 9),
    ("sept", 9),
    ("set", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("dic", 12),
];

/// English weekday names, 0 = Monday.
const WEEKDAYS_EN: &[(&str, u8)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Spanish weekday names, folded.
const WEEKDAYS_ES: &[(&str, u8)] = &[
    ("lunes", 0),
    ("martes", 1),
    ("miercoles", 2),
    ("jueves", 3),
    ("viernes", 4),
    ("sabado", 5),
    ("domingo", 6),
];

/// Weekday abbreviations as used in timestamps, English and Spanish.
const WEEKDAY_ABBREVS: &[(&str, u8)] = &[
    ("mon", 0),
    ("lun", 0),
    ("tue", 1),
    ("tues", 1),
    ("wed", 2),
    ("mie", 2),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("jue", 3),
    ("fri", 4),
    ("vie", 4),
    ("sat", 5),
    ("sab", 5),
    ("sun", 6),
    ("dom", 6),
];

/// Small cardinals written as words.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("un", 1),
    ("uno", 1),
    ("una", 1),
    ("two", 2),
    ("dos", 2),
    ("three", 3),
    ("tres", 3),
    ("four", 4),
    ("cuatro", 4),
    ("five", 5),
    ("cinco", 5),
    ("six", 6),
    ("seis", 6),
    ("seven", 7),
    ("siete", 7),
    ("eight", 8),
    ("ocho", 8),
    ("nine", 9),
    ("nueve", 9),
    ("ten", 10),
    ("diez", 10),
    ("eleven", 11),
    ("once", 11),
    ("twelve", 12),
    ("doce", 12),
    ("fifteen", 15),
    ("quince", 15),
    ("twenty", 20),
    ("veinte", 20),
    ("thirty", 30),
    ("treinta", 30),
    ("several", 3),
    ("varios", 3),
    ("varias", 3),
];

/// The value `word` has in `table` (the first byte is compared first, which rules out most rows
/// without a string comparison).
fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let first = word.as_bytes().first();
    table
        .iter()
        .find(|(w, _)| w.as_bytes().first() == first && *w == word)
        .map(|&(_, v)| v)
}

/// The first bytes of the words of `table`, as bits (`byte & 31`, so letters of either case).
const fn first_letters<T>(table: &[(&str, T)]) -> u32 {
    let mut bits = 0;
    let mut k = 0;
    while k < table.len() {
        bits |= 1 << (table[k].0.as_bytes()[0] & 31);
        k += 1;
    }
    bits
}

/// Whether `word` starts with a byte of `firsts` (see [`first_letters`]): most words are ruled
/// out before any table is read.
fn may_start(firsts: u32, word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|b| firsts >> (b & 31) & 1 != 0)
}

/// Every month, weekday and number word of the tables above (what [`month`], [`month_abbrev`],
/// [`weekday`], [`weekday_abbrev`] and [`number_word`] can accept).
pub(crate) fn calendar_words() -> impl Iterator<Item = &'static str> {
    let days = [
        MONTHS_EN,
        MONTHS_ES,
        MONTH_ABBREVS,
        WEEKDAYS_EN,
        WEEKDAYS_ES,
        WEEKDAY_ABBREVS,
    ];
    days.into_iter()
        .flatten()
        .map(|(w, _)| *w)
        .chain(NUMBER_WORDS.iter().map(|(w, _)| *w))
}

/// The full month and weekday names and the unit words: a word one of which every date
/// expression without digits contains.
pub(crate) fn anchor_words() -> impl Iterator<Item = &'static str> {
    let days = [MONTHS_EN, MONTHS_ES, WEEKDAYS_EN, WEEKDAYS_ES];
    days.into_iter()
        .flatten()
        .map(|(w, _)| *w)
        .chain(UNITS.iter().map(|(w, _)| *w))
}

/// A month name: its number, and whether it is an English name that must be capitalised to count
/// (so "may" and "march" the verbs are not months).
pub fn month(word: &str, capitalised: bool) -> Option<u8> {
    const FIRSTS: u32 = first_letters(MONTHS_EN) | first_letters(MONTHS_ES);
    if !may_start(FIRSTS, word) {
        return None;
    }
    if let Some(en) = find(MONTHS_EN, word) {
        return (capitalised || !matches!(en, 3 | 5)).then_some(en);
    }
    find(MONTHS_ES, word)
}

/// A month abbreviation ("Jan", "Sept", "ago", "dic"), accepted only next to a day number.
pub fn month_abbrev(word: &str) -> Option<u8> {
    find(MONTH_ABBREVS, word)
}

/// A weekday name, 0 = Monday … 6 = Sunday (English names must be capitalised).
pub fn weekday(word: &str, capitalised: bool) -> Option<u8> {
    const FIRSTS: u32 = first_letters(WEEKDAYS_EN) | first_letters(WEEKDAYS_ES);
    if !may_start(FIRSTS, word) {
        return None;
    }
    if let Some(en) = find(WEEKDAYS_EN, word) {
        return capitalised.then_some(en);
    }
    find(WEEKDAYS_ES, word)
}

/// A weekday abbreviation as used in timestamps ("Wed", "Mon"; "mié", "lun"), capitalised or not.
pub fn weekday_abbrev(word: &str) -> Option<u8> {
    find(WEEKDAY_ABBREVS, word)
}

/// A small cardinal written as a word ("three", "tres", "a", "un").
pub fn number_word(word: &str) -> Option<u32> {
    find(NUMBER_WORDS, word)
}

/// Calendar unit words.
const UNITS: &[(&str, super::Unit)] = {
    use super::Unit::*;
    &[
        ("day", Day),
        ("days", Day),
        ("dia", Day),
        ("dias", Day),
        ("week", Week),
        ("weeks", Week),
        ("semana", Week),
        ("semanas", Week),
        ("month", Month),
        ("months", Month),
        ("mes", Month),
        ("meses", Month),
        ("year", Year),
        ("years", Year),
        ("año", Year),
        ("años", Year),
        ("decade", Decade),
        ("decades", Decade),
        ("decada", Decade),
        ("decadas", Decade),
    ]
};

/// A calendar unit word ("years", "meses", "décadas").
pub fn unit(word: &str) -> Option<super::Unit> {
    find(UNITS, word)
}
