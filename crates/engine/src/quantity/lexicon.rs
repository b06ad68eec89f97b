//! Shared vocabulary of number words: the classes a number word can have and the lookup that
//! dispatches to the English or Spanish tables.

use crate::lang::Lang;
use crate::lexicon::{kept, FastMap};
use std::sync::OnceLock;

/// How a cardinal word combines with its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// 0.
    Zero,
    /// 1–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30 … 90.
    Tens,
    /// A complete two-digit word such as "veintiuno" (21–29).
    TwoDigit,
    /// "hundred" (a multiplier of what precedes it).
    Hundred,
    /// A complete hundreds word such as "doscientos" (100–900).
    Hundreds,
    /// thousand, million, mil, millones … (a multiplier of everything smaller before it).
    Scale,
    /// dozen, docena: multiplies the last small number by twelve.
    Dozen,
}

/// What a normalized word means to the number parser.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lex {
    /// A cardinal number word.
    Card(f64, Class),
    /// An ordinal / fraction denominator word: value, plural, usable as a plain ordinal.
    Ord(f64, bool),
    /// "half", "quarter", "medio", "tercio": a denominator that needs no "one".
    Frac(f64, bool),
    /// "and" / "y".
    And,
    /// "point" / "coma" / "punto".
    Point,
    /// Spanish "con" (decimal or mixed-fraction joiner).
    Con,
    /// "a" / "an" (English indefinite article, one only before a scale or fraction).
    A,
    /// "minus" / "negative".
    Minus,
    /// A word of a vague magnitude ("several", "tens", "miles", "cientos"): its order of
    /// magnitude, 0 for a quantifier that needs a scale word after it.
    Vague(f64),
    /// A time of day named by a word ("noon", "medianoche"): its hour.
    Hour(f64),
    /// A multiplier ("twice", "doble"): its factor.
    Times(f64),
}

/// Looks a normalized (lowercase, accent-free) word up in the language's table.
pub(crate) fn lookup(word: &str, lang: &Lang) -> Option<Lex> {
    reader(lang).get(word)
}

/// The number words of `lang`, for many lookups.
pub(crate) fn reader(lang: &Lang) -> Reader<'_> {
    let table = match lang {
        Lang::Es => spanish(),
        _ => english(),
    };
    Reader { lang, table }
}

/// A language's number words, its table found once for many lookups.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'l> {
    lang: &'l Lang,
    table: &'static Table,
}

impl Reader<'_> {
    /// [`lookup`]: most words are ruled out by their first two letters and length, here.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<Lex> {
        let b = word.as_bytes();
        let s = slot(b)?;
        if b.len() > 40 {
            return None;
        }
        if self.table.lengths[s] >> b.len() & 1 != 0 {
            if let Some(lex) = self.table.get(word) {
                // A text too short to tell reads the cardinals of either language ("45.000
                // millones").
                return match self.lang {
                    Lang::Other(_) => {
                        Some(lex).filter(|l| matches!(l, Lex::Card(..) | Lex::Vague(..)))
                    }
                    _ => Some(lex),
                };
            }
        }
        match self.lang {
            Lang::En => None,
            _ => self.outside(word),
        }
    }

    /// Whether [`Reader::get`] may find `word` a number word (cardinal, ordinal or fraction):
    /// false for most words of prose, from their first two letters and length, without the lookup.
    #[inline]
    pub(crate) fn may_be_number(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let listed = slot(b)
            .is_some_and(|s| b.len() < 32 && self.table.lengths[s] >> (32 + b.len()) & 1 != 0);
        listed
            || match self.lang {
                Lang::En => false,
                Lang::Es => spanish_denominator(word),
                Lang::Other(_) => true,
            }
    }

    /// A word outside the language's table: a Spanish denominator read by rule, or for a text too
    /// short to tell, a Spanish cardinal.
    #[inline(never)]
    fn outside(&self, word: &str) -> Option<Lex> {
        match self.lang {
            Lang::Es if spanish_denominator(word) => super::words_es::denominator(word),
            Lang::Other(_) => spanish().get(word).filter(|l| matches!(l, Lex::Card(..))),
            _ => None,
        }
    }
}

/// Whether a word's meaning makes it a number word, which may hold a quantity on its own: a
/// cardinal, ordinal or fraction, or a vague magnitude ("miles", "tens"); not a quantifier such as
/// "several", which holds one only before a number word.
pub(crate) fn is_number(lex: Option<Lex>) -> bool {
    match lex {
        Some(Lex::Card(..) | Lex::Ord(..) | Lex::Frac(..)) => true,
        Some(Lex::Vague(m)) => m > 0.0,
        _ => false,
    }
}

/// The English table.
fn english() -> &'static Table {
    EN.get_or_init(|| Table::new(super::words_en::TABLE))
}

/// The Spanish table.
fn spanish() -> &'static Table {
    ES.get_or_init(|| Table::new(super::words_es::TABLE))
}

/// Whether a Spanish word outside the table may be a fraction's denominator ("dieciseisavos",
/// "milesima"), read by the rules of `words_es`.
fn spanish_denominator(word: &str) -> bool {
    word.len() > 5
        && (word.ends_with("avo")
            || word.ends_with("avos")
            || word.ends_with("ava")
            || word.ends_with("avas")
            || word.contains("esim"))
}

/// A language's number words with their meanings (built at first use from the language's
/// `forms=meaning` entries), behind a filter of first two letters and length that rules out most
/// words of prose with one load.
struct Table {
    /// Each word's place in `meanings`.
    words: FastMap<&'static str, u8>,
    meanings: Vec<Lex>,
    /// For each first letter a-z and second letter a-z (or none, 26), the lengths (below 32) its
    /// words have, as bits, and 32 bits higher those of its number words (cardinals, ordinals and
    /// fractions).
    lengths: Box<[u64; 26 * 27]>,
}

static EN: OnceLock<Table> = OnceLock::new();
static ES: OnceLock<Table> = OnceLock::new();

/// The filter slot of a word by its first two bytes: the first a lowercase ASCII letter (else
/// none), the second one too or 26 (also when there is none).
#[inline]
fn slot(b: &[u8]) -> Option<usize> {
    let first = b.first()?.wrapping_sub(b'a');
    let second = b.get(1).map_or(26, |c| c.wrapping_sub(b'a')).min(26);
    (first < 26).then(|| usize::from(first) * 27 + usize::from(second))
}

impl Table {
    /// The table of `entries`: `forms=meaning`, '|' between entries and ',' between forms. A
    /// meaning is `c` and a value and a class letter ([`class`]) for a cardinal, `o` and a value
    /// for an ordinal (its forms plural too, with an 's'), `f` / `F` and a value for a fraction
    /// (singular / plural), `v` and an order of magnitude for a vague word, `y` "and", `p` a
    /// decimal point, `k` "con", `a` the article, `n` "minus", `h` and an hour for a time of
    /// day, `m` and a factor for a multiplier, `x` no meaning.
    fn new(entries: &'static str) -> Table {
        let mut table = Table {
            words: FastMap::default(),
            meanings: Vec::new(),
            lengths: Box::new([0u64; 26 * 27]),
        };
        for entry in entries.split('|') {
            let (forms, code) = entry.split_once('=').unwrap_or((entry, "x"));
            let lex = meaning(code);
            for form in forms.split(',') {
                match lex {
                    Some(Lex::Ord(v, _)) => {
                        table.add(form, Some(Lex::Ord(v, false)));
                        table.add(kept(format!("{form}s")), Some(Lex::Ord(v, true)));
                    }
                    _ => table.add(form, lex),
                }
            }
        }
        table
    }

    /// Adds a word with its meaning (none takes it back).
    fn add(&mut self, word: &'static str, lex: Option<Lex>) {
        let number = is_number(lex);
        match (slot(word.as_bytes()), word.len()) {
            (Some(s), n) if n < 32 => self.lengths[s] |= (1 | u64::from(number) << 32) << n,
            // A word the filter cannot describe passes it everywhere.
            _ => self.lengths.fill(u64::MAX),
        }
        // Fewer than 256 meanings (a test checks it).
        match (lex, u8::try_from(self.meanings.len())) {
            (Some(lex), Ok(k)) => {
                self.words.insert(word, k);
                self.meanings.push(lex);
            }
            _ => {
                self.words.remove(word);
            }
        }
    }

    /// The meaning of a word in the table (the filter is the caller's).
    #[inline(never)]
    fn get(&self, w: &str) -> Option<Lex> {
        let k = *self.words.get(w)?;
        self.meanings.get(usize::from(k)).copied()
    }
}

/// The meaning of a table entry's code ([`Table::new`]); none for `x` or a code it cannot read.
fn meaning(code: &str) -> Option<Lex> {
    let (tag, rest) = code.split_at_checked(1)?;
    // A decimal numeral, times ten to the power after an 'e' ("1e6").
    let value = |s: &str| {
        let (digits, exp) = s.split_once('e').unwrap_or((s, "0"));
        Some(super::parse_decimal(digits)? * 10f64.powi(exp.parse().ok()?))
    };
    Some(match tag {
        "c" => {
            let (v, class) = rest.split_at_checked(rest.len().checked_sub(1)?)?;
            Lex::Card(value(v)?, self::class(class)?)
        }
        "o" => Lex::Ord(value(rest)?, false),
        "f" | "F" => Lex::Frac(value(rest)?, tag == "F"),
        "v" => Lex::Vague(value(rest)?),
        "y" => Lex::And,
        "p" => Lex::Point,
        "k" => Lex::Con,
        "a" => Lex::A,
        "n" => Lex::Minus,
        "h" => Lex::Hour(value(rest)?),
        "m" => Lex::Times(value(rest)?),
        _ => return None,
    })
}

/// The class of a cardinal by its letter in a table entry.
fn class(letter: &str) -> Option<Class> {
    Some(match letter {
        "z" => Class::Zero,
        "u" => Class::Unit,
        "t" => Class::Teen,
        "x" => Class::Tens,
        "w" => Class::TwoDigit,
        "h" => Class::Hundred,
        "c" => Class::Hundreds,
        "s" => Class::Scale,
        "d" => Class::Dozen,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{words_en, words_es};
    use super::*;

    #[test]
    fn every_entry_of_the_tables_has_a_meaning() {
        for entries in [words_en::TABLE, words_es::TABLE] {
            for entry in entries.split('|') {
                let (forms, code) = entry.split_once('=').expect(entry);
                assert!(!forms.is_empty() && !forms.contains(' '), "{entry}");
                assert_eq!(meaning(code).is_none(), code == "x", "{entry}");
            }
        }
        assert!(Table::new(words_en::TABLE).meanings.len() < 256);
        assert!(Table::new(words_es::TABLE).meanings.len() < 256);
    }

    #[test]
    fn the_tables_read_their_entries() {
        let en = Table::new(words_en::TABLE);
        assert_eq!(en.get("forty"), Some(Lex::Card(40.0, Class::Tens)));
        assert_eq!(en.get("bn"), Some(Lex::Card(1e9, Class::Scale)));
        assert_eq!(en.get("thirds"), Some(Lex::Ord(3.0, true)));
        assert_eq!(en.get("halves"), Some(Lex::Frac(2.0, true)));
        assert_eq!(en.get("an"), Some(Lex::A));
        let es = Table::new(words_es::TABLE);
        assert_eq!(
            es.get("quinientas"),
            Some(Lex::Card(500.0, Class::Hundreds))
        );
        assert_eq!(es.get("primeras"), Some(Lex::Ord(1.0, true)));
        assert_eq!(es.get("segundas"), Some(Lex::Ord(2.0, true)));
        // Taken back: the unit of time.
        assert_eq!(es.get("segundos"), None);
        assert_eq!(es.get("miles"), Some(Lex::Vague(1e3)));
        assert_eq!(meaning("c1e3"), None);
        assert_eq!(meaning("c12q"), None);
    }

    #[test]
    fn every_number_word_may_be_one() {
        let words: Vec<&str> = [english(), spanish()]
            .iter()
            .flat_map(|t| t.words.keys().copied())
            .collect();
        for lang in [Lang::En, Lang::Es, Lang::Other("fr".into())] {
            let numbers = reader(&lang);
            for w in &words {
                if is_number(numbers.get(w)) {
                    assert!(numbers.may_be_number(w), "{w}");
                }
            }
        }
        // Listed words that are no number ("a", "and", "point") are ruled out.
        assert!(!reader(&Lang::En).may_be_number("and"));
    }
}
