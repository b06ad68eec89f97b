//! Which country's peso a text means. Seven currencies are called "peso"; a bare "pesos" (or a
//! "$" in Spanish) takes the country named in its own sentence, else the country the text names
//! most, else the Mexican peso marked as ambiguous.

use super::scan::{Tokens, TK};
use crate::case::Lowercase;
use crate::document::ascii::{alnum_mask, load};
use std::sync::OnceLock;

/// The peso of a country (the lexicon's country ids).
fn peso_of(country: &str) -> Option<&'static str> {
    Some(match country {
        "mexico" => "MXN",
        "argentina" => "ARS",
        "chile" => "CLP",
        "colombia" => "COP",
        "cuba" => "CUP",
        "uruguay" => "UYU",
        "philippines" => "PHP",
        "dominican republic" => "DOP",
        _ => return None,
    })
}

/// The peso of the country a word (as written) names or describes, through the place lexicon:
/// (ISO code, whether the word is the country's name or code rather than a demonym).
fn country(word: &str) -> Option<(&'static str, bool)> {
    if let Some(code) = city_peso(word) {
        return Some((code, false));
    }
    let (code, is_code) = country_peso(word)?;
    // `place` reads names and demonyms alike ("Mexico", "Cuban"); a demonym ("Cuban", and
    // "Argentina", also "la economía argentina") is the weaker evidence.
    Some((
        code,
        is_code || crate::lexicon::demonym_country(word).is_none(),
    ))
}

/// One-word cities and nicknames of their people, lowercase, with their country's peso
/// ([`city_peso`]).
const CITIES: &[(&str, &str)] = &[
    ("aires", "ARS"),
    ("porteño", "ARS"),
    ("porteña", "ARS"),
    ("porteños", "ARS"),
    ("porteñas", "ARS"),
    ("bonaerense", "ARS"),
    ("bonaerenses", "ARS"),
    ("cdmx", "MXN"),
    ("chilango", "MXN"),
    ("chilangos", "MXN"),
    ("monterrey", "MXN"),
    ("bogotá", "COP"),
    ("bogota", "COP"),
    ("bogotano", "COP"),
    ("bogotanos", "COP"),
    ("medellín", "COP"),
    ("medellin", "COP"),
    ("montevideo", "UYU"),
    ("montevideano", "UYU"),
    ("montevideanos", "UYU"),
    ("habana", "CUP"),
    ("havana", "CUP"),
    ("manila", "PHP"),
];

/// The peso of a country's capital or large city named in one word, or of its people's nickname
/// ("porteño", "chilango"): weak evidence, like a demonym. Only words no other country or common
/// word shares ("Buenos Aires" is read from "Aires"; not "Santiago", "Córdoba", "Guadalajara").
fn city_peso(word: &str) -> Option<&'static str> {
    // Lengths in bytes, so a word of any other length is ruled out before anything is compared;
    // an ASCII word (as long lowercased) also by its first letter and length together.
    const PAIRS: u64 = city_pairs(CITIES);
    let b = word.as_bytes();
    if !CITIES.iter().any(|(city, _)| city.len() == word.len())
        || (word.is_ascii() && PAIRS & (1 << pair(b[0], b.len())) == 0)
    {
        return None;
    }
    let lower = if word.is_ascii() {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.lowercase())
    };
    CITIES
        .iter()
        .find(|(city, _)| city.eq_ignore_ascii_case(&lower))
        .map(|(_, code)| *code)
}

/// A bit for a word's first byte (either case of a letter alike) and length, of 64.
const fn pair(first: u8, len: usize) -> u32 {
    ((first & 7) as u32) << 3 | (len & 7) as u32
}

/// The bits ([`pair`]) of the cities' first bytes and lengths.
const fn city_pairs(cities: &[(&str, &str)]) -> u64 {
    let mut bits = 0;
    let mut k = 0;
    while k < cities.len() {
        let city = cities[k].0.as_bytes();
        bits |= 1 << pair(city[0], city.len());
        k += 1;
    }
    bits
}

/// The peso codes read as a country's name.
const CODES: [&str; 3] = ["MXN", "ARS", "CLP"];

/// The peso of the country a word names or describes, and whether the word is a currency code.
fn country_peso(word: &str) -> Option<(&'static str, bool)> {
    for code in &CODES {
        if word.eq_ignore_ascii_case(code) {
            return Some((code, true));
        }
    }
    let (id, 1) = crate::lexicon::place(&[word])? else {
        return None;
    };
    peso_of(id).map(|c| (c, false))
}

/// The word of token `k` as written ("" past the end or for symbols).
fn written<'a>(tk: &Tokens<'a>, k: usize) -> &'a str {
    match tk.toks.get(k) {
        Some(t) if t.kind == TK::Word => &tk.text[t.start..t.end],
        _ => "",
    }
}

/// What a whole text says about pesos.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Pesos {
    /// The text names pesos or a peso country at all.
    pub any: bool,
    /// The country the text names most, when one clearly leads.
    pub leading: Option<&'static str>,
}

/// Reads the whole text once. Cheap: only words that start like a peso country's name, demonym or
/// city in English or Spanish (m, a, c, u, f, p, d, b, h; or "peso"; [`FIRSTS`]) and pass the
/// [`Filter`] are looked up, a word seen again usually from a small cache ([`Seen`]).
pub(crate) fn document(text: &str) -> Pesos {
    read(text, filter())
}

/// The [`Filter`] of the peso words, built at first use.
fn filter() -> &'static Filter {
    static FILTER: OnceLock<Filter> = OnceLock::new();
    FILTER.get_or_init(Filter::new)
}

/// The first letters of the words [`document`] reads.
const FIRSTS: u32 = letters(b"macufpdbh");

/// [`document`], looking up only the words `filter` lets through.
fn read<'t>(text: &'t str, filter: &'t Filter) -> Pesos {
    PesoWords::with(text, filter).read_all()
}

/// [`document`] read word by word, from another pass over the text's words
/// ([`PesoWords::letters`]).
pub(crate) struct PesoWords<'t> {
    text: &'t str,
    filter: &'t Filter,
    counts: Vec<(&'static str, usize)>,
    any: bool,
    seen: Seen,
}

impl<'t> PesoWords<'t> {
    /// A reader of `text` that has seen no word yet.
    pub(crate) fn new(text: &'t str) -> PesoWords<'t> {
        PesoWords::with(text, filter())
    }

    fn with(text: &'t str, filter: &'t Filter) -> PesoWords<'t> {
        PesoWords {
            text,
            filter,
            counts: Vec::new(),
            any: false,
            seen: Seen::new(),
        }
    }

    /// Reads the word whose run of letters is `text[at..letters_end]` (called for every such
    /// run, in order): it is read as [`document`] reads it when it starts a run of letters and
    /// digits with an ASCII letter that the filter's first two letters let through. The run of
    /// letters and digits is looked for past `letters_end` only when a digit or a character beyond
    /// ASCII follows.
    #[inline]
    pub(crate) fn letters(&mut self, at: usize, letters_end: usize) {
        let b = self.text.as_bytes();
        if !b[at].is_ascii_alphabetic() {
            return;
        }
        let letter = usize::from((b[at] | 0x20) - b'a');
        match b.get(at + 1) {
            Some(&next) if self.filter.pairs[letter] & second(next) != 0 => {}
            _ => return,
        }
        self.run(at, letters_end);
    }

    /// [`PesoWords::letters`] of a run of ASCII letters whose first eight bytes, lowercased, are
    /// `key` (read little-endian): its first two letters are read from the key. (A run of one
    /// letter has no second letter in the key, read as the byte after it would be: neither is a
    /// letter.)
    #[inline]
    pub(crate) fn ascii_letters(&mut self, at: usize, letters_end: usize, key: u64) {
        let letter = usize::from((key as u8).wrapping_sub(b'a'));
        match self.filter.pairs.get(letter) {
            Some(row) if row & second((key >> 8) as u8) != 0 => {}
            _ => return,
        }
        // Unless a digit or a character beyond ASCII goes on with it, the word is these letters:
        // most are ruled out here as [`PesoWords::word`] would rule them out.
        let b = self.text.as_bytes();
        let goes_on = b
            .get(letters_end)
            .is_some_and(|c| c.is_ascii_digit() || *c >= 128);
        let word = &b[at..letters_end];
        if goes_on || ((3..=13).contains(&word.len()) && self.filter.may_tell_ascii(word)) {
            self.run(at, letters_end);
        }
    }

    /// Reads the run of letters and digits starting at `at` whose letters end at
    /// `letters_end`, unless a letter or digit comes before it.
    #[inline]
    fn run(&mut self, at: usize, letters_end: usize) {
        let b = self.text.as_bytes();
        if at > 0 {
            let before = b[at - 1];
            if before.is_ascii_digit()
                || before >= 128
                    && self.text[..at]
                        .chars()
                        .next_back()
                        .is_some_and(crate::document::alphanumeric)
            {
                return;
            }
        }
        let end = match b.get(letters_end) {
            Some(c) if c.is_ascii_digit() || *c >= 128 => word_end(self.text, letters_end),
            _ => letters_end,
        };
        self.word(at, end);
    }

    /// Reads the word `text[start..end]`.
    fn word(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        if word.len() < 3 || word.len() > 13 || !self.filter.may_tell(word) {
            return;
        }
        let evidence = self.seen.evidence(word);
        self.any |= evidence.any;
        if let Some(c) = evidence.country {
            match self.counts.iter_mut().find(|(k, _)| *k == c) {
                Some(e) => e.1 += 1,
                None => self.counts.push((c, 1)),
            }
        }
    }

    /// What the text says, every word read by this reader's own pass.
    pub(crate) fn read_all(mut self) -> Pesos {
        let filter = self.filter;
        let text = self.text;
        for_word_starts(text, &filter.pairs, |start| {
            self.word(start, word_end(text, start))
        });
        self.finish()
    }

    /// What the words read say.
    pub(crate) fn finish(mut self) -> Pesos {
        crate::sort::sort_by_key(&mut self.counts, |c| std::cmp::Reverse(c.1));
        let leading = match self.counts.as_slice() {
            [(c, _)] => Some(*c),
            [(c, n), (_, m), ..] if n > m => Some(*c),
            _ => None,
        };
        Pesos {
            any: self.any,
            leading,
        }
    }
}

/// Which words may say something about pesos ([`Evidence::of`]): a peso country's names (the
/// one-word ones among them), demonyms and codes, the [`CITIES`], "peso" (the telling words; no
/// abbreviation names a peso country, a test checks). Others pass only when they are not ASCII.
struct Filter {
    /// For each first letter of [`FIRSTS`], the [`second`] letters of the telling words it begins,
    /// and any other byte (a non-ASCII one may fold to any letter); nothing for other letters.
    pairs: [u32; 26],
    /// The [`sketch`]es of the telling words that are ASCII.
    sketches: [u64; 64],
}

impl Filter {
    #[inline(never)]
    fn new() -> Filter {
        let mut f = Filter {
            pairs: [0; 26],
            sketches: [0; 64],
        };
        crate::lexicon::place_names(|id| peso_of(id).is_some(), |w| f.add(w));
        for (city, _) in CITIES {
            f.add(city);
        }
        for code in &CODES {
            f.add(code);
        }
        f.add("peso");
        f.add("pesos");
        f
    }

    /// Lets a telling word through.
    fn add(&mut self, w: &str) {
        if let [first, next, ..] = *w.as_bytes() {
            let k = usize::from((first | 0x20).wrapping_sub(b'a'));
            if k < 26 && FIRSTS >> k & 1 != 0 {
                self.pairs[k] |= second(0) | second(next);
            }
        }
        if w.is_ascii() {
            let s = sketch(w.as_bytes());
            self.sketches[s / 64] |= 1 << (s % 64);
        }
    }

    /// False only for an ASCII word whose [`sketch`] no telling word has.
    fn may_tell(&self, word: &str) -> bool {
        !word.is_ascii() || self.may_tell_ascii(word.as_bytes())
    }

    /// [`Filter::may_tell`] of an ASCII word.
    #[inline]
    fn may_tell_ascii(&self, word: &[u8]) -> bool {
        let s = sketch(word);
        self.sketches[s / 64] & 1 << (s % 64) != 0
    }
}

/// A word's second byte as a bit: bit k for the k-th letter (either case), 26 for any other byte.
fn second(c: u8) -> u32 {
    1 << (c | 0x20).wrapping_sub(b'a').min(26)
}

/// A 12-bit digest of a word's length and first, second and last bytes (ASCII letters of either
/// case alike); 0 for a word shorter than three bytes.
fn sketch(b: &[u8]) -> usize {
    let [first, second, .., last] = *b else {
        return 0;
    };
    let x = u32::from_le_bytes([b.len() as u8, first | 0x20, second | 0x20, last | 0x20]);
    (x.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// What one word, as written, says about pesos.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// It names pesos or a peso country or city.
    any: bool,
    /// The peso of the country or city it names.
    country: Option<&'static str>,
}

impl Evidence {
    fn of(word: &str) -> Evidence {
        let country = country_peso(word)
            .map(|(c, _)| c)
            .or_else(|| city_peso(word));
        Evidence {
            any: country.is_some() || is_peso_word(word),
            country,
        }
    }
}

/// The evidence of words of at most 15 bytes seen lately: a direct-mapped cache keyed by the
/// word's bytes (a word evicts the one in its slot).
struct Seen(Vec<(u128, Evidence)>);

impl Seen {
    /// Slots (a power of two).
    const SLOTS: usize = 64;

    fn new() -> Seen {
        Seen(vec![(0, Evidence::default()); Self::SLOTS])
    }

    /// [`Evidence::of`] the word.
    fn evidence(&mut self, word: &str) -> Evidence {
        if word.len() > 15 {
            return Evidence::of(word);
        }
        // The bytes, then the length in the top byte: distinct words, distinct keys, never 0.
        let mut bytes = [0u8; 16];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        bytes[15] = word.len() as u8;
        let key = u128::from_le_bytes(bytes);
        let mixed = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        let slot = (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % Self::SLOTS;
        let entry = &mut self.0[slot];
        if entry.0 != key {
            *entry = (key, Evidence::of(word));
        }
        entry.1
    }
}

/// Whether a word folds to "peso" or "pesos".
fn is_peso_word(word: &str) -> bool {
    if word.is_ascii() {
        return word.eq_ignore_ascii_case("peso") || word.eq_ignore_ascii_case("pesos");
    }
    matches!(crate::time::fold(word).as_str(), "peso" | "pesos")
}

/// For each byte: 1 for an ASCII letter or digit, 2 for the first byte of another character
/// (decoded to decide), 0 for anything else.
static BYTE_CLASS: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b >= 128 {
            2
        } else if (b as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
}

/// The ASCII letters of `list` as a set: bit k for the k-th letter of the alphabet.
const fn letters(list: &[u8]) -> u32 {
    let mut set = 0;
    let mut k = 0;
    while k < list.len() {
        set |= 1 << (list[k].to_ascii_lowercase() - b'a');
        k += 1;
    }
    set
}

/// Calls `f` with the start of every maximal run of alphanumeric characters of `text`, at least
/// two bytes long, whose first byte is an ASCII letter (either case) whose row of `pairs` has the
/// [`second`] byte, in order. Eight bytes are read at a time (a mask of ASCII letters and
/// digits); a character before a start is decoded only when it is not ASCII.
fn for_word_starts(text: &str, pairs: &[u32; 26], mut f: impl FnMut(usize)) {
    let b = text.as_bytes();
    let wanted = |at: usize| {
        let letter = usize::from((b[at] | 0x20).wrapping_sub(b'a'));
        match (pairs.get(letter), b.get(at + 1)) {
            (Some(row), Some(&next)) => row & second(next) != 0,
            _ => false,
        }
    };
    let mut start = |at: usize| {
        let after_word = at > 0
            && b[at - 1] >= 128
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(crate::document::alphanumeric);
        if !after_word {
            f(at);
        }
    };
    let mut prev_alnum = 0u64;
    let mut i = 0;
    while let Some(w) = load(b, i) {
        let alnum = alnum_mask(w);
        let mut first = alnum & !(alnum << 8 | prev_alnum);
        prev_alnum = alnum >> 56;
        while first != 0 {
            let at = i + first.trailing_zeros() as usize / 8;
            if wanted(at) {
                start(at);
            }
            first &= first - 1;
        }
        i += 8;
    }
    let mut prev = prev_alnum != 0;
    for (k, c) in b.iter().enumerate().skip(i) {
        let alnum = c.is_ascii_alphanumeric();
        if alnum && !prev && wanted(k) {
            start(k);
        }
        prev = alnum;
    }
}

/// The end of the run of alphanumeric characters starting at byte `i`: runs of ASCII letters and
/// digits are skipped in a tight loop, other characters decoded one by one.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() && BYTE_CLASS[usize::from(b[i])] == 1 {
            i += 1;
        }
        if i == b.len() || b[i] < 128 {
            return i;
        }
        match text[i..].chars().next() {
            Some(ch) if crate::document::alphanumeric(ch) => i += ch.len_utf8(),
            _ => return i,
        }
    }
}

/// The peso meant at token `i`: (ISO code, ambiguous).
pub(crate) fn at(tk: &Tokens, i: usize, doc: &Pesos) -> (&'static str, bool) {
    let end = |k: usize| tk.toks[k].kind == TK::Sym && matches!(tk.toks[k].ch, '.' | '!' | '?');
    let mut s = i.min(tk.toks.len());
    while s > 0 && !end(s - 1) && !tk.toks[s].line_start {
        s -= 1;
    }
    let mut e = i;
    while e < tk.toks.len() && !end(e) && !(e > i && tk.toks[e].line_start) {
        e += 1;
    }
    // Country names speak louder than demonyms: "Mexico spent 2,019 million pesos on Cuban
    // doctors" means Mexican pesos. One pass reads both: the one country the names give, and
    // the one all the words give (`None` inside when two disagree).
    let filter = filter();
    let (mut names, mut all): (Option<Option<&str>>, Option<Option<&str>>) = (None, None);
    for k in s..e {
        let word = written(tk, k);
        // The words `document` would not look up say nothing about pesos.
        if word.len() < 3 || word.len() > 13 || !filter.may_tell(word) {
            continue;
        }
        let Some((c, is_name)) = country(word) else {
            continue;
        };
        let one = |found: Option<Option<&'static str>>| match found {
            None => Some(Some(c)),
            Some(Some(f)) if f != c => Some(None),
            same => same,
        };
        if is_name {
            names = one(names);
        }
        all = one(all);
    }
    match names.flatten().or_else(|| all.flatten()).or(doc.leading) {
        Some(c) => (c, false),
        None => ("MXN", true),
    }
}

/// Whether the tokens `t0..t1` of a money span name a peso without saying whose ("800 pesos", not
/// "800 pesos argentinos" or "Mexican pesos").
pub(crate) fn is_bare(tk: &Tokens, t0: usize, t1: usize) -> bool {
    (t0..t1).any(|k| {
        matches!(tk.norm(k), "peso" | "pesos")
            && (k == 0 || country(written(tk, k - 1)).is_none())
            && country(written(tk, k + 1)).is_none()
    })
}

/// The peso of a Spanish locale's country ("es-MX", "es_AR").
pub(crate) fn of_locale(locale: &str) -> Option<&'static str> {
    let region = locale.get(3..)?.to_ascii_uppercase();
    Some(match region.as_str() {
        "MX" => "MXN",
        "AR" => "ARS",
        "CL" => "CLP",
        "CO" => "COP",
        "CU" => "CUP",
        "UY" => "UYU",
        "DO" => "DOP",
        "PH" => "PHP",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_changes_no_reading() {
        let texts = [
            "El gobierno de México gastó 2.019 millones de pesos en médicos cubanos.",
            "Los porteños pagan 800 pesos; en Buenos Aires, la economía argentina sufre.",
            "Filipinos in Manila paid 50 pesos (PHP) while Mexican CDMX chilangos paid MXN 40.",
            "Bogotá y Medellín: los colombianos, el peso colombiano y COLOMBIA.",
            "The Dominican Republic, Uruguay's Montevideo and la Habana; CLP, ARS, Chile, chileno.",
            "Nothing here names a country, a city or a currency at all.",
        ];
        let all = Filter {
            pairs: std::array::from_fn(|k| if FIRSTS >> k & 1 != 0 { !0 } else { 0 }),
            sketches: [!0; 64],
        };
        for text in texts {
            let (a, b) = (read(text, &Filter::new()), read(text, &all));
            assert_eq!((a.any, a.leading), (b.any, b.leading), "{text}");
        }
    }

    #[test]
    fn every_word_naming_a_place_passes_the_filter() {
        let f = Filter::new();
        let capitalized = |w: &str| w[..1].to_uppercase() + &w[1..];
        let mut words = Vec::new();
        crate::lexicon::place_names(|_| true, |w| words.push(w));
        // No abbreviation (matched as written, not among the names) names a peso country.
        words.extend(crate::lexicon::abbreviations());
        // `PesoWords::word` and `at` look up only words of 3 to 13 bytes (a token's letters).
        let one_word = |w: &&&str| w.chars().all(char::is_alphabetic);
        for w in words
            .iter()
            .chain(CITIES.iter().map(|c| &c.0))
            .filter(one_word)
        {
            assert!(country(w).is_none() || (3..=13).contains(&w.len()), "{w}");
        }
        // The words [`for_word_starts`] finds: runs of letters and digits.
        for w in words
            .into_iter()
            .filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            for w in [
                w.to_string(),
                capitalized(w),
                w.to_uppercase(),
                format!("{w}s"),
            ] {
                let e = Evidence::of(&w);
                let b = w.as_bytes();
                let row = f.pairs.get(usize::from((b[0] | 0x20).wrapping_sub(b'a')));
                let read = f.may_tell(&w) && row.is_some_and(|r| r & second(b[1]) != 0);
                assert!(!(e.any || e.country.is_some()) || read, "{w}");
                // `PesoWords::word` and `at` look up only words of 3 to 13 bytes.
                assert!(e.country.is_none() || (3..=13).contains(&w.len()), "{w}");
            }
        }
        for w in CITIES
            .iter()
            .map(|c| c.0)
            .chain(CODES)
            .chain(["Peso", "PESOS"])
        {
            assert!(f.may_tell(w), "{w}");
        }
    }
}
