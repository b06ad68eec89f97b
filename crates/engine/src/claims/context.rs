//! Where a figure holds and who says so: the place named in its clause ("in Mexico", "in Latin
//! America", "Mexico has …") and the attribution of its sentence ("according to X", "X said",
//! "writes Reuters", "the statement says").

use super::anaphora::{self, Referent};
use super::tokens::{Tok, Words};
use crate::lexicon::{self, reporting, Shapes};

/// The place of the figure at tokens `[first, after)`: named after it in its clause, else before it.
pub fn place(toks: &[Tok], first: usize, after: usize) -> Option<String> {
    // "seguido de Chihuahua (874) y Baja California (861)": the place a figure in parentheses
    // follows is its own.
    if first >= 2 && toks[first - 1].text == "(" {
        let end = first - 1;
        let named = (end.saturating_sub(3)..end).find_map(|k| {
            let (id, n) = place_at(toks, k, end)?;
            (k + n == end).then_some(id)
        });
        if let Some(id) = named {
            return Some(id.to_string());
        }
    }
    let clause_end = (after..toks.len())
        .find(|&k| toks[k].is_clause_break())
        .unwrap_or(toks.len());
    let clause_start = clause_from(toks, first);
    // "Emissions from China rose 4% and those from India 8.2%": a conjunction that joins another
    // figure bounds this figure's part of the clause.
    // (Only a conjunction before the clause's last figure after it, or after its first figure
    // before it, can join one.)
    // ("Jajarkot y Rukum Oeste": one between two names joins places.)
    let conjunction = |k: &usize| {
        toks[*k].is(&["and", "y", "while", "mientras", "whereas", "but", "pero"])
            && !(*k > 0 && is_name(&toks[*k - 1]) && toks.get(*k + 1).is_some_and(is_name))
    };
    let figure = |k: &usize| toks[*k].text.starts_with(|c: char| c.is_ascii_digit());
    // "revised its tally down to 121,900 after removing records from Buenos Aires province": a
    // clause of what came before or after is about another act, not where the figure holds.
    let clause_end = (after..clause_end)
        .find(|&k| toks[k].is(&["after", "before", "tras", "despues", "antes"]))
        .unwrap_or(clause_end);
    let part_end = (after..clause_end)
        .rev()
        .find(figure)
        .and_then(|last| (after..last).find(conjunction))
        .unwrap_or(clause_end);
    let part_start = (clause_start..first)
        .find(figure)
        .and_then(|figure| (figure + 1..first).rev().find(conjunction))
        .map_or(clause_start, |k| k + 1);
    // "Mexico's health ministry said that confirmed cases in the state of Chihuahua rose to 450":
    // the reported clause's place first, the reporter's after it.
    let part_start = (part_start..first)
        .rev()
        .find(|&k| toks[k].is(&["that", "que"]))
        .map_or(part_start, |k| k + 1);
    // A part without a place of its own shares the clause's ("the 768 who work in Mexico and
    // 123 who will arrive"); one that names a place the lexicon does not know keeps it ("30 en
    // Valencia y 15 en Albacete": not Valencia's).
    let own = place_in(toks, after, part_end)
        .or_else(|| located_in(toks, after, part_end))
        .or_else(|| place_in(toks, part_start, first));
    let unknown = || {
        (after..part_end).any(|k| {
            toks[k].is(&["in", "en"])
                && toks.get(k + 1).is_some_and(|t| {
                    t.word
                        && t.is_capitalized()
                        && crate::time::month_name(&t.folded, true).is_none()
                })
        })
    };
    if own.is_some() || unknown() {
        return own;
    }
    own.or_else(|| place_in(toks, clause_start, part_start))
        .or_else(|| {
            // "17 people were killed and 25 injured when a bus fell … in the Peruvian Andes": a
            // place after the clause's last figure is every part's.
            let last = (part_end..clause_end).rev().find(figure)?;
            place_in(toks, last + 1, clause_end)
        })
        .or_else(|| {
            // "Gaines County, the center of the outbreak, accounts for 100": past an apposition
            // (a clause opened by an article, or after a short subject), the clause before it is
            // the subject's.
            let apposition_end = clause_start.checked_sub(1)?;
            let apposition_start = clause_from(toks, apposition_end);
            if apposition_start == 0 {
                return None;
            }
            let before = clause_from(toks, apposition_start - 1);
            // "El condado de Gaines, epicentro del brote, concentra 141": a short subject
            // opening the sentence takes an apposition without an article too.
            let short_subject = before == 0 && apposition_start <= 6;
            if !short_subject && !toks[apposition_start].is(&ARTICLES) {
                return None;
            }
            place_in(toks, before, apposition_start - 1)
        })
        .or_else(|| {
            // "…in Al Haouz province, where 1,293 people died": a clause opened by "where" or "with"
            // is about the place of the clause before it; so is a figure in apposition ("Madrid
            // registra el precio más alto, 4.532 euros").
            let opener = toks.get(clause_start)?;
            let apposition = first == clause_start;
            if clause_start == 0
                || !(apposition || opener.is_in(&LINKED_CLAUSE) || is_participle(opener))
            {
                return None;
            }
            let before = clause_from(toks, clause_start - 1);
            place_in(toks, before, clause_start - 1)
        })
        .or_else(|| {
            // "In Mexico, 300 people were evacuated", "En Colombia, el paro bajó en 5.300": a short
            // opening phrase of place holds for the sentence.
            let opening_end = (1..clause_start.min(7)).find(|&k| toks[k].is_clause_break())?;
            if !toks[0].is(&["in", "en", "across", "throughout"]) {
                return None;
            }
            place_in(toks, 1, opening_end).or_else(|| located_in(toks, 1, opening_end))
        })
        .or_else(|| nationwide(toks).then(|| super::NATIONWIDE.to_string()))
}

/// The first place named by capitalized words in tokens `[from, to)`.
// Out of line: `place` reads several clauses with it.
#[inline(never)]
fn place_in(toks: &[Tok], from: usize, to: usize) -> Option<String> {
    (from..to).find_map(|k| {
        if !toks[k].word || !capitalized(&toks[k]) {
            return None;
        }
        // "Africans" of "South Africans" names no place.
        if k > from && two_word_demonym(toks, k - 1) {
            return None;
        }
        // "the jungle between Colombia and Panama": a route's ends are no place of the figure.
        let before = |j: usize, words: &[&str]| k >= j && toks[k - j].is(words);
        if before(1, &["between", "entre"])
            || before(1, &["and", "y"]) && (2..6).any(|j| before(j, &["between", "entre"]))
        {
            return None;
        }
        // "Chile's Valparaíso region": the area named after the possessive is the place.
        if possessor(toks[k].text).is_some() && k + 1 < to && toks[k + 1].is_capitalized() {
            // ("Spain's Canary Islands": a name of several words.)
            let inner = named_area(toks, k + 1, to)
                .or_else(|| place_at(toks, k + 1, to).map(|(id, _)| id.to_string()));
            if inner.is_some() {
                return inner;
            }
        }
        let Some((id, n)) = place_at(toks, k, to) else {
            return named_area(toks, k, to);
        };
        // "India, Indonesia, China, the Philippines and Pakistan accounted for 56%": the figure
        // holds for the list together, not for one of its places.
        if in_a_list_of_places(toks, k, n) {
            return Some(list_of_places(toks, k));
        }
        // "Virginia Ruiz", "Miguel Hidalgo", "the Texas Department of Health", "The New York
        // Times", "the World Bank": a state, a city or the world next to another name is part
        // of that name.
        if (lexicon::is_subdivision(id) || id == "world") && in_a_name(toks, k, n) {
            return None;
        }
        // "el primer ministro Luís Montenegro", "Michael Jordan": a country after a given name
        // is a surname.
        // "a Pakistan International Airlines crash", "the Israel Defense Forces": a country
        // that opens a name of two more capitalized words is the name's.
        // (Not a possessive: "Mexico's Health Ministry" speaks for Mexico.)
        let opens_a_name = || {
            possessor(toks[k + n - 1].text).is_none()
                && toks
                    .get(k + n..k + n + 2)
                    .is_some_and(|w| w.iter().all(|t| is_name(t) && t.demonym().is_none()))
                && lexicon::place(&[toks[k + n].text]).is_none()
        };
        // (The country asked last: it scans the list of countries.)
        if (k > 0 && after_a_given_name(&toks[k - 1]) || opens_a_name()) && lexicon::is_country(id)
        {
            return None;
        }
        // A demonym right before a noun is a modifier ("Cuban doctors"), not the place; a
        // country written as its own demonym is the country ("China", not "la china").
        // "in the Peruvian Andes": a demonym before a name, where something happens, says where
        // (not "of the Mexican Social Security Institute").
        let located = (1..=2).any(|j| before(j, &["in", "into", "across", "near", "throughout"]));
        let before_name = located
            && toks
                .get(k + 1)
                .is_some_and(|t| t.word && t.is_capitalized());
        // "Costa Ricans", "South Africans": a demonym of two words.
        let demonym = match n {
            1 => toks[k].demonym().is_some(),
            _ => n == 2 && two_word_demonym(toks, k),
        };
        let is_name = !demonym || toks[k].folded == id || before_name;
        is_name.then(|| id.to_string())
    })
}

/// Whether the place of `n` words at token `k` is one of a list of three or more, written with
/// commas ("India, Indonesia, China, the Philippines and Pakistan").
fn in_a_list_of_places(toks: &[Tok], k: usize, n: usize) -> bool {
    let place = |j: usize| {
        toks.get(j)
            .is_some_and(|t| is_name(t) && lexicon::place(&[t.text]).is_some())
    };
    let article = |j: usize| toks.get(j).is_some_and(|t| t.is(LIST_ARTICLES));
    let comma = |j: usize| toks.get(j).is_some_and(|t| t.text == ",");
    let next = k + n + 1 + usize::from(article(k + n + 1));
    let comma_after = comma(k + n) && place(next);
    let before = k.saturating_sub(1 + usize::from(k >= 2 && article(k - 1)));
    // (The last item: "…, the Philippines and Pakistan".)
    let last = k >= 2
        && toks[k - 1].is(&["and", "y", "e"])
        && (k.saturating_sub(6)..k - 1)
            .any(|j| comma(j) && place(j + 1 + usize::from(article(j + 1))));
    comma_after || (before > 0 && comma(before) && place(before - 1)) || last
}

/// The articles a list of places may put before a name ("the Philippines", "la India").
const LIST_ARTICLES: &[&str] = &["the", "la", "el", "los"];

/// The id of the list of places [`in_a_list_of_places`] found at token `k`: its places' ids in
/// order, joined by "+".
fn list_of_places(toks: &[Tok], k: usize) -> String {
    let linking = |t: &Tok| t.text == "," || t.is(&["and", "y", "e"]) || t.is(LIST_ARTICLES);
    let mut start = k;
    while start > 0 && (linking(&toks[start - 1]) || toks[start - 1].is_capitalized()) {
        start -= 1;
    }
    let mut ids: Vec<&str> = Vec::new();
    let mut j = start;
    while j < toks.len() && (linking(&toks[j]) || toks[j].is_capitalized()) {
        match place_at(toks, j, toks.len()) {
            Some((id, n)) => {
                ids.push(id);
                j += n;
            }
            None => j += 1,
        }
    }
    ids.join("+")
}

/// Whether tokens `k` and `k + 1` are a demonym of two words ("Costa Ricans", "South Africans").
fn two_word_demonym(toks: &[Tok], k: usize) -> bool {
    let name = |t: &Tok| t.word && capitalized(t);
    name(&toks[k])
        && toks.get(k + 1).is_some_and(|t| {
            name(t)
                && toks[k].end < t.start
                && lexicon::demonym_country_of_two(toks[k].text, t.text).is_some()
        })
}

/// Whether the `n` words at `k` are next to another capitalized word that makes them one name: a
/// capitalized word after them, or before them (a preposition that opens the sentence, or a
/// direction, "West Texas", aside).
fn in_a_name(toks: &[Tok], k: usize, n: usize) -> bool {
    let name = |t: &Tok| t.word && t.is_capitalized();
    let before = k > 0 && name(&toks[k - 1]) && !toks[k - 1].is_in(&NOT_A_NAME_BEFORE);
    before || toks.get(k + n).is_some_and(name)
}

/// Whether a token may be a given name before a surname: a capitalized word with lowercase
/// letters that is no function word, place, demonym, direction, month or weekday.
fn after_a_given_name(t: &Tok) -> bool {
    is_name(t)
        && t.text.chars().skip(1).any(char::is_lowercase)
        && !t.is_in(&NOT_A_NAME_BEFORE)
        && !lexicon::is_stopword(&t.folded)
        && t.demonym().is_none()
        && lexicon::place(&[t.text]).is_none()
}

/// The first token of the clause that holds token `k - 1` (after the last clause break before `k`).
pub(super) fn clause_from(toks: &[Tok], k: usize) -> usize {
    (0..k)
        .rev()
        .find(|&j| toks[j].is_clause_break())
        .map_or(0, |j| j + 1)
}

/// Whether the sentence says its figures hold for the whole country ("Nationwide, …", "across the
/// country", "a nivel nacional", "en (todo) el país", "the national figure").
fn nationwide(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let next = |w: &[&str]| toks.get(k + 1).is_some_and(|n| n.is(w));
        t.is(&["nationwide", "nationally", "countrywide"])
            || (t.is(&["across"])
                && next(&["the"])
                && toks
                    .get(k + 2)
                    .is_some_and(|n| n.is(&["country", "nation"])))
            || (t.is(&["nivel"]) && next(&["nacional"]))
            // "the national figure", "el total nacional".
            || (t.is(&["national"]) && next(&["figure", "total", "tally", "count", "toll"]))
            || (t.is(&["cifra", "total", "balance", "recuento"]) && next(&["nacional"]))
            || (t.is(&["todo", "en"])
                && next(&["el"])
                && toks.get(k + 2).is_some_and(|n| n.is(&["pais"])))
    })
}

/// The name a possessive word is of ("Argentina's" → "Argentina"), if it is one.
pub fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// [`Tok::is_capitalized`], an ASCII first letter read without decoding.
fn capitalized(t: &Tok) -> bool {
    match t.text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => t.is_capitalized(),
    }
}

/// The place named by the words from token `k` (at most five, before token `to`). The lookup is
/// remembered for the words up to the sentence's next punctuation, the same for every figure of
/// the sentence: the longest name there is the longest before `to` when it ends by `to`.
fn place_at(toks: &[Tok], k: usize, to: usize) -> Option<(&'static str, usize)> {
    let read = |to: usize| {
        let mut words = [""; 5];
        let mut n = 0;
        for t in toks[k..to].iter().take_while(|t| t.word).take(5) {
            // "Argentina's inflation": the place is named before its possessive.
            words[n] = possessor(t.text).unwrap_or(t.text);
            n += 1;
        }
        lexicon::place(&words[..n])
    };
    let run = toks[k..].iter().take_while(|t| t.word).take(5).count();
    match toks[k].memo_place(run, || read(toks.len())) {
        Some((_, n)) if k + n > to => read(to),
        found => found,
    }
}

/// Whether a word is an English present participle or a Spanish gerund ("killing", "dejando"): a
/// clause it opens continues the one before ("struck the province of X, killing 48 people").
fn is_participle(t: &Tok) -> bool {
    let w = t.folded.as_ref();
    t.word
        && !t.is_capitalized()
        && w.len() > 5
        && (w.ends_with("ing") || w.ends_with("ando") || w.ends_with("iendo"))
        && !t.is(&["during", "including"])
}

/// Capitalized words before a state or city that leave it a place, folded: prepositions that
/// open a sentence and directions.
static NOT_A_NAME_BEFORE: Words = Words::new(concat!(
    "in|",
    "en|",
    "from|",
    "desde|",
    "across|",
    "throughout|",
    "at|",
    "for|",
    "west|",
    "east|",
    "north|",
    "south|",
    "western|",
    "eastern|",
    "northern|",
    "southern|",
    "central|",
));

/// Participles between published figures and who published them ("data released by"), folded.
static RELEASED: Words = Words::new(concat!(
    "published|",
    "released|",
    "issued|",
    "compiled|",
    "provided|",
    "publicados|",
    "publicadas|",
    "difundidos|",
    "difundidas|",
    "divulgados|",
    "divulgadas|",
    "facilitados|",
    "facilitadas|",
    "ofrecidos|",
    "ofrecidas|",
    "presentados|",
    "presentadas|",
    "recogidos|",
    "recogidas|",
));

/// Articles, which open an apposition ("X, the center of the outbreak, has …").
pub(super) const ARTICLES: [&str; 9] = ["the", "a", "an", "el", "la", "los", "las", "un", "una"];

/// Words opening a clause about what the clause before it names, folded.
static LINKED_CLAUSE: Words =
    Words::new(concat!("where|", "donde|", "with|", "con|", "including|"));

/// Nouns of administrative areas that name one with a proper name after them ("Al Haouz
/// province") or before it with "of" ("the province of Hubei", "la provincia de Al Haouz"), folded.
static AREA_NOUNS: Words = Words::new(concat!(
    "province|",
    "provincia|",
    "county|",
    "condado|",
    "district|",
    "distrito|",
    "region|",
    "municipality|",
    "municipio|",
    "prefecture|",
    "prefectura|",
    "governorate|",
    "oblast|",
    "canton|",
    "comuna|",
    "city|",
    "ciudad|",
    "town|",
    "village|",
    "localidad|",
));

/// Area nouns that still name a place when capitalized after the name ("Hubei Province"); "City"
/// or "District" after a name is as often part of an organisation's name.
static CAPITALIZED_AREA_NOUNS: Words = Words::new(concat!(
    "province|",
    "county|",
    "prefecture|",
    "governorate|",
    "oblast|"
));

/// A place the lexicon does not know, named by an area noun: capitalized words at token `k`
/// (joined by "de", "del", "of"…) followed by an area noun, or preceded by one and "of"/"de". Its
/// id is the name folded ("al haouz").
fn named_area(toks: &[Tok], k: usize, to: usize) -> Option<String> {
    let capitalized = |t: &Tok| t.word && t.is_capitalized();
    let joiner = |t: &Tok| t.is(&["de", "del", "of", "la", "las", "los", "el"]);
    let mut end = k;
    let mut j = k;
    while j < to && j < k + 5 && (capitalized(&toks[j]) || (j > k && joiner(&toks[j]))) {
        // "Gaines County": the area noun closes the name.
        if j > k && toks[j].is_in(&CAPITALIZED_AREA_NOUNS) {
            break;
        }
        if capitalized(&toks[j]) {
            end = j + 1;
        }
        j += 1;
    }
    let end = joint_end(toks, end);
    let mut name = &toks[k..end];
    // "Chile's Valparaíso region": the possessive names the country, not the area.
    while name.len() > 1 && possessor(name[0].text).is_some() {
        name = &name[1..];
    }
    if name.is_empty() {
        return None;
    }
    // (Not "the Galician province of Ourense": the area's name follows it.)
    let area_after = toks.get(end).is_some_and(|t| {
        is_area_noun(t) && (!t.is_capitalized() || t.is_in(&CAPITALIZED_AREA_NOUNS))
    }) && !toks
        .get(end + 1)
        .is_some_and(|t| t.is(&["of", "de", "del"]));
    let area_before = k >= 2 && toks[k - 1].is(&["of", "de", "del"]) && is_area_noun(&toks[k - 2]);
    // "La provincia", "The county": an article is not a name (asked only of a name by an area).
    let article = || name.len() == 1 && lexicon::is_stopword(&name[0].folded);
    ((area_after || area_before) && !article()).then(|| {
        let words: Vec<&str> = name.iter().map(|t| t.folded.as_ref()).collect();
        words.join(" ")
    })
}

/// Whether a token is an area noun ([`AREA_NOUNS`]), singular or plural ("districts",
/// "distritos").
fn is_area_noun(t: &Tok) -> bool {
    t.is_in(&AREA_NOUNS)
        || t.folded
            .strip_suffix('s')
            .is_some_and(|w| AREA_NOUNS.contains(w))
}

/// A capitalized word that may be part of a name (not a month or weekday).
fn is_name(t: &Tok) -> bool {
    t.word
        && t.is_capitalized()
        && crate::time::month_name(&t.folded, true).is_none()
        && crate::time::weekday_name(&t.folded, true).is_none()
}

/// Where a name ending at token `end` ends when "and"/"y" joins another to it: "Jajarkot and
/// Rukum West", "Jajarkot y Rukum Oeste" name the two places together (`end` when none is joined).
fn joint_end(toks: &[Tok], end: usize) -> usize {
    if !toks.get(end).is_some_and(|t| t.is(&["and", "y", "e"])) {
        return end;
    }
    let run = (end + 1..toks.len().min(end + 4))
        .take_while(|&j| is_name(&toks[j]))
        .count();
    if run == 0 {
        end
    } else {
        end + 1 + run
    }
}

/// A place the lexicon does not know, in tokens `[from, to)`: capitalized words right after
/// "in"/"en", closed by a pause or a small word ("700,000 in Paris, the union said", "5 en
/// Villarrobledo y 3 en Paiporta"); its id is the name folded. Not a month or weekday, an acronym
/// ("in GDP"), a possessive, or a name that goes on into a noun ("in Tesla shares").
fn located_in(toks: &[Tok], from: usize, to: usize) -> Option<String> {
    let k = (from.max(1)..to).find(|&k| toks[k - 1].is(&["in", "en"]))?;
    let first = &toks[k];
    if !is_name(first) || !first.text.chars().skip(1).any(char::is_lowercase) {
        return None;
    }
    let joiner = |t: &Tok| t.is(&["de", "del", "la", "las", "los"]);
    let mut end = k + 1;
    let mut j = k + 1;
    while j < to && j < k + 5 && toks[j].word && (toks[j].is_capitalized() || joiner(&toks[j])) {
        j += 1;
        if toks[j - 1].is_capitalized() {
            end = j;
        }
    }
    let end = joint_end(toks, end);
    let closed = toks
        .get(end)
        .is_none_or(|t| !t.word || (!t.is_capitalized() && lexicon::is_stopword(&t.folded)));
    (closed && possessor(toks[end - 1].text).is_none()).then(|| {
        let words: Vec<&str> = toks[k..end].iter().map(|t| t.folded.as_ref()).collect();
        words.join(" ")
    })
}

/// Who the sentence attributes its content to, if it says.
pub fn attribution(toks: &[Tok]) -> Option<String> {
    match reporter(toks) {
        Some(Reporter::Named(source)) => Some(source),
        _ => None,
    }
}

/// The agent of a participle of giving a figure right after it: "the 1,800 announced by
/// management", "los 1.800 anunciados por la empresa" (`from` is the token after the figure or
/// its noun).
pub fn agent_after(toks: &[Tok], from: usize) -> Option<String> {
    const GIVEN: &str = "announced|released|published|reported|given|cited|estimated|confirmed|\
recorded|registered|counted|provided|compiled|anunciad|publicad|difundid|reportad|informad|dad|\
ofrecid|estimad|confirmad|registrad|contabilizad|divulgad|cifrad|polled|surveyed|encuestad|\
consultad|";
    // "the 180,000 economists polled by Reuters had expected": the poll's.
    let from = if toks
        .get(from)
        .is_some_and(|t| t.is_in(&super::extract::FORECASTERS))
    {
        from + 1
    } else {
        from
    };
    // The cheap test first: most figures are followed by no agent.
    toks.get(from + 1).filter(|t| t.is(&["by", "por"]))?;
    let t = toks.get(from)?;
    let stem = t.folded.trim_end_matches('s');
    let stem = stem
        .strip_suffix('o')
        .or_else(|| stem.strip_suffix('a'))
        .filter(|s| s.ends_with('d'))
        .unwrap_or(stem);
    if !(t.word && crate::lexicon::listed(GIVEN, stem)) {
        return None;
    }
    noun_phrase(toks, from + 2)
}

/// Who a sentence's words say reports its content.
pub enum Reporter {
    /// A named source: "Reuters", "the ministry", "Health Secretary Wes Streeting".
    Named(String),
    /// A pronoun or a left-out subject ("He said", "Añadió que…") standing for a source named
    /// before.
    Pronoun(Referent),
}

/// [`attribution`], or the pronoun that stands for the source.
pub fn reporter(toks: &[Tok]) -> Option<Reporter> {
    // A poll's publisher, or a place that reports: the source when no one else is named.
    let mut fallback = None;
    // "according to X", "según X".
    let cues = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| reporting::may_begin_cue(&t.folded));
    for (k, t) in cues {
        let n = toks.len().min(k + 5) - k;
        let cue = t.memo_cue(n, || {
            let mut words = [""; 5];
            for (w, t) in words.iter_mut().zip(&toks[k..k + n]) {
                *w = t.folded.as_ref();
            }
            reporting::folded_cue(&words[..n])
        });
        if let Some(source) = cue.and_then(|n| noun_phrase(toks, k + n)) {
            // "…, the Labor Department said, below the 180,000 economists polled by Reuters had
            // expected": a poll's publisher gives the sentence's figures only when no one else
            // reports them.
            if t.is(&["polled", "surveyed", "encuestados", "consultados"]) {
                fallback.get_or_insert(source);
                continue;
            }
            return Some(Reporter::Named(source));
        }
    }
    // "…, writes Reuters", "said Robledo", "X said", "the statement says" — outside quotations.
    let mut quoted = false;
    for (k, t) in toks.iter().enumerate() {
        quoted = inside_quotation(quoted, t);
        if quoted || !t.word {
            continue;
        }
        let reports = t.memo_reports(|| {
            let folded = &t.folded;
            reporting::is_reporting_verb_folded(folded)
                || (ESTIMATE_SHAPES.admits(folded) && t.is_in(&ESTIMATE_VERBS))
                || (REVISING_SHAPES.admits(folded) && revises_figure(toks, k))
        });
        if !reports {
            continue;
        }
        // "la cifra se elevó a 19", "se informó": a reflexive or impersonal verb names no one.
        // ("se ha informado": with a perfect's auxiliary between.)
        let perfect = k > 1 && toks[k - 1].is(&["ha", "han", "habia", "habian"]);
        let reflexive = k > 0 && toks[k - 1 - usize::from(perfect)].is(&["se"]);
        // "el Presupuesto del Sector Público": a capital inside a sentence begins a name's word,
        // not a verb ("publicó").
        let in_name = k > 0 && toks[k - 1].word && t.is_capitalized();
        if reflexive || in_name || is_plural_noun_use(toks, k) || is_noun_use(toks, k) {
            continue;
        }
        // "…, up from 16% when Catalonia declared an emergency, the agency said": a verb of a
        // clause of time, cause or condition is not who reports the sentence.
        let subordinate = toks[k.saturating_sub(4)..k]
            .iter()
            .rev()
            .take_while(|t| t.word)
            .any(|t| t.is(SUBORDINATORS));
        if subordinate {
            continue;
        }
        // "Employers added 272,000 jobs": adding a figure is not saying it.
        let adds_figure = toks[k].is(&["added", "adds", "add", "agrego", "agregaron", "añadio"])
            && toks
                .get(k + 1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
        // "not the 1,200 it announced": a figure's reduced relative clause reports nothing.
        let relative = k >= 2
            && toks[k - 1].is(&["it", "they"])
            && toks[k - 2].text.starts_with(|c: char| c.is_ascii_digit());
        if adds_figure || relative {
            continue;
        }
        // "X told Reuters": what follows "told" is the audience, not the source.
        let audience = toks[k].is(&["told", "tells", "tell", "telling"]);
        // After a comma the verb comes before its subject, in both languages: "…, said the
        // ministry", "…, informó el gobierno estatal". Otherwise a lowercase phrase after the
        // verb is what was said ("Robledo said the government…").
        // "Tohá, aseguró que el Gobierno…": a verb before "que"/"that" introduces what was
        // said; its subject is before it.
        let inverted = k > 0
            && toks[k - 1].text == ","
            && !toks.get(k + 1).is_some_and(|t| t.is(&["que", "that"]));
        // "Minister Jordi Hereu said Spain expected …": a subject before the verb says it, the
        // name after it begins what was said.
        let before = (!inverted).then(|| subject_before(toks, k)).flatten();
        if let Some(source) = before {
            // "Mexico has confirmed 1,142 cases…, the Health Ministry said": a country that
            // reports speaks through whoever the sentence names after it.
            if is_place_name(&source) {
                fallback.get_or_insert(source);
                continue;
            }
            return Some(Reporter::Named(source));
        }
        // "He said", "…," she added', "Añadió que…": the source was named before.
        if let Some(r) = anaphora::pronoun_subject(toks, k, inverted) {
            return Some(Reporter::Pronoun(r));
        }
        // "… says Spain needs": a name followed by its own verb begins what was said.
        let name_end = (k + 1..toks.len())
            .find(|&j| !(toks[j].word && toks[j].is_capitalized()))
            .unwrap_or(toks.len());
        let own_verb = toks
            .get(name_end)
            .is_some_and(|t| t.word && !t.is_capitalized() && !lexicon::is_stopword(&t.folded));
        // "…,” detailed the institute": after a quotation too.
        let after_quote = k > 0 && anaphora::closes_quote(toks, k - 1);
        let after = (!audience)
            .then(|| noun_phrase(toks, k + 1))
            .flatten()
            .filter(|s| inverted || after_quote || starts_upper(s) && !own_verb);
        if let Some(source) = after {
            return Some(Reporter::Named(source));
        }
        // (Not inverted, the subject was read above.)
        if let Some(source) = inverted.then(|| subject_before(toks, k)).flatten() {
            return Some(Reporter::Named(source));
        }
    }
    fallback.map(Reporter::Named)
}

/// Whether a source is only a place's name ("Mexico", "Spain").
fn is_place_name(source: &str) -> bool {
    let mut words = [""; 4];
    let mut n = 0;
    for w in source.split(' ') {
        // (A place's name is capitalized: "the agency", "officials" are ruled out unread.)
        if n == words.len() || !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        words[n] = w;
        n += 1;
    }
    lexicon::place(&words[..n]).is_some_and(|(_, len)| len == n)
}

/// Verbs that give a figure on someone's authority without being reporting verbs proper.
const ESTIMATE_LIST: &str = concat!(
    "estimated|estimates|counted|put|puts|revised|calculated|eleva|elevo|elevan|elevaron|",
    "cifran|cifraron|calculan|calcularon|estiman|estimaron|mantiene|mantuvo|cifro|cifra|",
    "calculo|calcula|estimo|estima|contabilizo|contabiliza|contabilizan|counts|tallies|",
    "tallied|rebaja|rebajo|rebajan|rebajaron|",
);

/// [`ESTIMATE_LIST`], looked up.
static ESTIMATE_VERBS: Words = Words::new(ESTIMATE_LIST);

/// A filter of [`ESTIMATE_LIST`], read for every word before the list itself.
const ESTIMATE_SHAPES: Shapes = Shapes::of_first_fields(ESTIMATE_LIST, b'|', b'|');

/// Whether the verb at `k` raises or lowers a stated figure, which its subject gives: "the
/// ministry lowered the figure to 31,000", "rebajó la cifra a".
fn revises_figure(toks: &[Tok], k: usize) -> bool {
    toks[k].is(REVISING_VERBS)
        && toks.get(k + 1..k + 3).is_some_and(|w| {
            w[0].is(&["the", "its", "their", "la", "el", "su"])
                // A toll is no restated figure, but it is revised ("raised the toll to").
                && (w[1].is_in(&FIGURE_NOUNS) || w[1].is(&["toll", "count", "balance"]))
        })
}

/// Verbs that raise or lower a stated figure (see [`revises_figure`]).
const REVISING_VERBS: &[&str] = &[
    "lowered",
    "raised",
    "lowers",
    "raises",
    "rebajo",
    "rebajaron",
    "redujo",
    "redujeron",
    "aumento",
    "aumentaron",
];

/// A filter of [`REVISING_VERBS`], read for every word before the list itself.
const REVISING_SHAPES: Shapes = Shapes::of(REVISING_VERBS);

/// Nouns for a stated figure ("the figure", "la cifra", "the turnout"): what a verb of putting
/// restates ("organisers put the turnout at 20,000") or revises ("lowered the figure to").
pub(super) static FIGURE_NOUNS: Words = Words::new(concat!(
    "figure|number|tally|estimate|turnout|crowd|attendance|cifra|numero|estimacion|asistencia|",
    "participacion|",
));

/// The owner of an estimate written as a label: "police estimate: 55,000", "organisers' estimate:
/// 200,000", "según la policía: 45.000".
pub fn estimate_owner(toks: &[Tok]) -> Option<String> {
    let k = toks.iter().position(|t| {
        t.is(&[
            "estimate",
            "estimates",
            "count",
            "figure",
            "figures",
            "estimacion",
            "cifra",
            "calculo",
        ])
    })?;
    let mut start = k;
    while start > 0
        && (toks[start - 1].word || matches!(toks[start - 1].text, "'" | "’"))
        && k - start < 4
    {
        start -= 1;
    }
    let owner: Vec<&Tok> = toks[start..k]
        .iter()
        .filter(|t| t.word && !t.is(&["the", "el", "la", "los", "las", "official", "oficial"]))
        .collect();
    let named = owner
        .iter()
        .any(|t| t.is_capitalized() || is_source_noun(t));
    (named && !owner.is_empty()).then(|| owner.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// "Original estimates in D.C. were …", "reports of …": a verb form that is a plural noun here.
fn is_plural_noun_use(toks: &[Tok], k: usize) -> bool {
    toks[k].folded.ends_with('s')
        && toks.get(k + 1).is_some_and(|n| {
            n.is(&[
                "of", "in", "for", "from", "were", "are", "was", "is", "on", "suggest", "show",
            ])
        })
}

/// Whether a reporting word at `k` is a noun after a determiner: "its February forecast of…",
/// "the report of…".
fn is_noun_use(toks: &[Tok], k: usize) -> bool {
    const DETERMINERS: &[&str] = &["its", "their", "his", "her", "our", "the", "a", "an"];
    // "Es la mayor cifra desde 2010", "una cifra récord": Spanish "cifra" after an article is the
    // noun, not "cifró".
    let article = |j: usize| toks[j].is(&["la", "una", "esta", "esa", "su"]);
    let adjective = |j: usize| toks[j].is(&["mayor", "menor", "nueva", "primera", "ultima"]);
    let spanish_noun = toks[k].is(&["cifra", "calcula", "estima"])
        && k >= 1
        && (article(k - 1) || k >= 2 && adjective(k - 1) && article(k - 2));
    spanish_noun
        || toks.get(k + 1).is_some_and(|n| n.is(&["of"]))
            && toks[k.saturating_sub(2)..k]
                .iter()
                .any(|t| t.is(DETERMINERS))
}

/// Words that open a clause of time, cause or condition.
const SUBORDINATORS: &[&str] = &[
    "when", "cuando", "after", "before", "until", "because", "porque", "if", "once",
];

/// The part of a sentence that holds token `k`, split at contrasts that introduce another source:
/// "Police estimated 40,000, while the organizers said 120,000" → two segments.
pub fn segment(toks: &[Tok], k: usize) -> (usize, usize) {
    segment_between(&splits(toks), toks.len(), k)
}

/// Conjunctions that oppose a clause to the one before ("…, while the organizers said 120,000").
pub(super) const CONTRASTS: &[&str] = &[
    "while", "whereas", "but", "although", "mientras", "pero", "aunque", "sino",
];

/// The tokens where a sentence splits into segments (see [`segment`]), in order.
pub fn splits(toks: &[Tok]) -> Vec<usize> {
    const CONTRAST_SHAPES: Shapes = Shapes::of(CONTRASTS);
    let is_split = |j: usize| {
        let t = &toks[j];
        if t.word {
            // "…, frente a las 106 que reconoce el Ministerio": a contrast in two words.
            let facing = t.is(&["frente"]) && toks.get(j + 1).is_some_and(|n| n.is(&["a", "al"]));
            // "que el sindicato cifró en el 90 % y que el Ejecutivo rebajó al 35 %": a second
            // relative clause, its own reporter's.
            let and_that = t.is(&["y", "and"]) && toks.get(j + 1).is_some_and(|n| n.is(&["que"]));
            facing || and_that || CONTRAST_SHAPES.admits(&t.folded) && t.is(CONTRASTS)
        } else {
            match t.text {
                ";" => true,
                // "Doctors reported a shortage, and patients said only 60%…": a clause of its own.
                "," => toks.get(j + 1).is_some_and(|n| n.is(&["and", "y"])),
                "(" => !acronym(toks, j + 1),
                ")" => {
                    !(1..=3).any(|n| j > n && toks[j - n - 1].text == "(" && acronym(toks, j - n))
                }
                _ => false,
            }
        }
    };
    (0..toks.len()).filter(|&j| is_split(j)).collect()
}

/// Whether a parenthesis opened before token `k` holds only a name's short form ("La Sociedad
/// Argentina de Infectología (SADI) contabiliza…"), which belongs to the name before it.
fn acronym(toks: &[Tok], k: usize) -> bool {
    let close = (k..toks.len().min(k + 4)).find(|&j| toks[j].text == ")");
    close.is_some_and(|close| {
        close > k
            && toks[k..close].iter().all(|t| {
                t.word && t.is_capitalized() && !t.text.starts_with(|c: char| c.is_ascii_digit())
            })
    })
}

/// [`segment`] of token `k` of a sentence of `len` tokens that splits at `splits`.
pub fn segment_between(splits: &[usize], len: usize, k: usize) -> (usize, usize) {
    let before = splits.partition_point(|&j| j < k.min(len));
    let start = before.checked_sub(1).map_or(0, |i| splits[i] + 1);
    let after = splits.partition_point(|&j| j <= k);
    let end = splits.get(after).copied().unwrap_or(len);
    (start, end)
}

/// A source named from token `k`: "the National Institute of Statistics (Inegi)", "Reuters",
/// "Prisoners Defenders".
fn noun_phrase(toks: &[Tok], k: usize) -> Option<String> {
    let mut j = k;
    // "según informó este jueves la Coordinación…", "said on Tuesday the ministry": skip the
    // verb and time words between the cue and the name.
    while j < toks.len()
        && j < k + 4
        && toks[j].word
        && (!toks[j].is_capitalized() || is_day_word(&toks[j]))
        && (is_skippable(&toks[j])
            // "informó el sábado Protección Civil": an article before a weekday.
            || toks[j].is(&["the", "el"]) && toks.get(j + 1).is_some_and(is_day_word))
    {
        j += 1;
    }
    let phrase_start = j;
    if j < toks.len() && toks[j].is(&["the", "el", "la", "los", "las", "by", "por"]) {
        j += 1;
    }
    let start = j;
    let mut end = j;
    let mut depth = 0usize;
    while end < toks.len() {
        let t = &toks[end];
        if t.text == "(" {
            depth += 1;
        } else if t.text == ")" {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if depth == 0 {
            let linking = t.is(&[
                "of", "de", "del", "for", "and", "y", "the", "la", "el", "on", "in",
            ]);
            // "told Tech Times on Monday": a weekday ends the name.
            if !(t.word && (t.is_capitalized() || linking)) || is_day_word(t) {
                break;
            }
        }
        end += 1;
    }
    while end > start
        && (toks[end - 1].is(&[
            "of", "de", "del", "for", "and", "y", "the", "la", "el", "on", "in",
        ]))
    {
        end -= 1;
    }
    if end > start && toks[start].is_capitalized() {
        // "the Syrian health ministry": lowercase words that end in a source noun belong to it.
        let tail = (end..toks.len().min(end + 3))
            .take_while(|&i| toks[i].word && !toks[i].is_capitalized())
            .find(|&i| is_source_noun(&toks[i]));
        let mut end = tail.map_or(end, |i| i + 1);
        // "Cal Fire battalion chief Mark Delgado": the name after the role.
        while tail.is_some()
            && toks
                .get(end)
                .is_some_and(|t| t.word && t.is_capitalized() && !is_day_word(t))
        {
            end += 1;
        }
        return Some(join(&toks[start..end]));
    }
    // "according to the civil protection agency": a few lowercase words ending in a source noun.
    let mut source_end = (j..toks.len().min(j + 4))
        .take_while(|&i| toks[i].word)
        .find(|&i| is_source_noun(&toks[i]))?;
    // "según datos del Ministerio de Trabajo", "data from the Labor Department": published
    // figures are the named body's.
    if toks[source_end].is_in(&PUBLISHED) {
        let mut n = source_end + 1;
        // "data published on Monday by the INE", "los datos publicados este lunes por el INE".
        let mut by = n;
        while by < toks.len().min(n + 5)
            && (toks[by].is_in(&RELEASED)
                || is_day_word(&toks[by])
                || toks[by].is(&["on", "este", "esta", "el"]))
        {
            by += 1;
        }
        if by > n && toks.get(by).is_some_and(|t| t.is(&["by", "por"])) {
            n = by;
        }
        if toks
            .get(n)
            .is_some_and(|t| t.is(&["de", "del", "of", "from", "by", "por"]))
        {
            n += 1;
            if toks
                .get(n)
                .is_some_and(|t| t.is(&["the", "la", "el", "los", "las"]))
            {
                n += 1;
            }
            if toks.get(n).is_some_and(|t| t.word && t.is_capitalized()) {
                if let Some(name) = noun_phrase(toks, n) {
                    return Some(name);
                }
            }
        }
    }
    // A Spanish adjective after the noun: "el gobierno estatal", "el balance oficial".
    if let Some(next) = toks.get(source_end + 1) {
        let adjective = next.word
            && !next.is_capitalized()
            && !lexicon::is_stopword(&next.folded)
            && !is_day_word(next)
            && !reporting::is_reporting_verb_folded(&next.folded)
            && (next.folded.ends_with('l') || next.folded.ends_with("ales"));
        if adjective {
            source_end += 1;
        }
    }
    // Unnamed sources and what they know: "people familiar with the deal", "fuentes cercanas a
    // la negociación".
    if toks[source_end].is(&["people", "sources", "fuentes", "personas"])
        && toks.get(source_end + 1).is_some_and(|t| {
            t.is(&[
                "familiar",
                "close",
                "cercanas",
                "cercanos",
                "proximas",
                "conocedoras",
            ])
        })
        && toks
            .get(source_end + 2)
            .is_some_and(|t| t.is(&["with", "to", "a", "al", "de", "del"]))
    {
        let article = toks
            .get(source_end + 3)
            .is_some_and(|t| t.is(&["the", "la", "el", "los", "las"]));
        let noun = source_end + 3 + usize::from(article);
        if toks.get(noun).is_some_and(|t| t.word) {
            source_end = noun;
        }
    }
    // A lowercase complement: "la agencia nacional de desastres", "the department of health".
    let complement = |i: usize| {
        toks.get(i).is_some_and(|t| {
            t.word
                && !t.is_capitalized()
                && !t.text.starts_with(|c: char| c.is_ascii_digit())
                && !lexicon::is_stopword(&t.folded)
                && !is_day_word(t)
                && !reporting::is_reporting_verb_folded(&t.folded)
        })
    };
    if toks
        .get(source_end + 1)
        .is_some_and(|t| t.is(&["de", "del", "of"]))
        && complement(source_end + 2)
    {
        source_end += 2;
    }
    // The office after a role: "la secretaria de Seguridad", "el ministro de Economía", "la
    // gobernadora de Guerrero".
    if toks
        .get(source_end + 1)
        .is_some_and(|t| t.is(&["de", "del", "of"]))
        && toks
            .get(source_end + 2)
            .is_some_and(|t| t.word && t.is_capitalized())
    {
        source_end += 2;
        let cap = |i: usize| toks.get(i).is_some_and(|t| t.word && t.is_capitalized());
        loop {
            if cap(source_end + 1) {
                source_end += 1;
            } else if toks
                .get(source_end + 1)
                .is_some_and(|t| t.is(&["de", "del", "y", "of", "and"]))
                && cap(source_end + 2)
            {
                source_end += 2;
            } else {
                break;
            }
        }
        // "…, Rosa Icela Rodríguez": the officeholder named in apposition.
        if toks.get(source_end + 1).is_some_and(|t| t.text == ",") {
            let name_end = (source_end + 2..toks.len().min(source_end + 6))
                .take_while(|&i| toks[i].word && toks[i].is_capitalized())
                .last();
            if let Some(e) = name_end.filter(|&e| e > source_end + 2) {
                let office = join(&toks[phrase_start..=source_end]);
                return Some(
                    [office.as_str(), " (", &join(&toks[source_end + 2..=e]), ")"].concat(),
                );
            }
        }
        return Some(join(&toks[phrase_start..=source_end]));
    }
    // The name after a role: "la alcaldesa Lucía Ferrer", "the spokesman John Kirby".
    while toks
        .get(source_end + 1)
        .is_some_and(|t| t.word && t.is_capitalized() && !is_day_word(t))
        && source_end < j + 6
    {
        source_end += 1;
    }
    Some(join(&toks[phrase_start..=source_end]))
}

/// The subject right before a reporting verb: "Robledo said", "Officials in Cardeña said", "the
/// statement says", "La policía de Valdoria elevó", "the organizers, the Workers' Federation, said".
fn subject_before(toks: &[Tok], verb: usize) -> Option<String> {
    let mut end = verb;
    // Spanish object pronouns between subject and verb: "la Delegación las cifró en 45.000";
    // an adverb: "The union now estimates…", "The ministry later said", "el ministerio también
    // informó"; a perfect's auxiliary: "el ministerio ha precisado".
    while end > 1
        && toks[end - 1].is(&[
            "las", "los", "lo", "le", "les", "now", "also", "still", "later", "then", "ahora",
            "tambien", "luego", "despues", "has", "have", "had", "ha", "han", "habia", "habian",
        ])
        && toks[end - 2].word
    {
        end -= 1;
    }
    // "Telvira on Tuesday reported", "el tribunal el martes confirmó": the day is when, not who.
    if end > 2 && toks[end - 2].is(&["on", "el"]) && is_day_word(&toks[end - 1]) {
        end -= 2;
    }
    // "the National Statistics Institute (INE) said": an acronym in parentheses after the name.
    if end > 0 && toks[end - 1].text == ")" {
        if let Some(open) = (end.saturating_sub(6)..end - 1)
            .rev()
            .find(|&j| toks[j].text == "(")
        {
            end = open;
        }
    }
    let mut appositive = None;
    if end > 0 && toks[end - 1].text == "," {
        // Skip an appositive or relative clause between commas, remembering a name in it.
        let open = (0..end - 1).rev().find(|&j| toks[j].text == ",")?;
        appositive = named_phrase(toks, open + 1, end - 1);
        end = open;
    }
    let named = named_phrase(toks, 0, end);
    let capitalized = named.as_deref().is_some_and(starts_upper);
    let subject = if capitalized {
        named
    } else {
        source_phrase(toks, end).or(named)
    };
    match (subject, appositive) {
        (Some(s), Some(a)) if s != a => Some([s.as_str(), " (", &a, ")"].concat()),
        (Some(s), _) => Some(s),
        (None, a) => a,
    }
}

/// The capitalized name (with linking words: "de", "of") that ends at token `end`, within `from..`.
fn named_phrase(toks: &[Tok], from: usize, end: usize) -> Option<String> {
    let mut start = end;
    while start > from && end - start < 8 {
        let t = &toks[start - 1];
        // "the Centers for Disease Control and Prevention": "and" inside a capitalized name.
        let inner_and = t.is(&["and", "y"])
            && start < end
            && toks[start].is_capitalized()
            && start >= 2
            && toks[start - 2].is_capitalized();
        // "Fundación Ideas para la Paz": "para" inside a capitalized name; "the government of
        // the Canary Islands".
        let linking = (t.is(&[
            "of", "de", "del", "in", "en", "for", "para", "la", "el", "the",
        ]) || inner_and)
            && start < end;
        let possessive = matches!(t.text, "'" | "’") && start < end;
        if possessive || t.word && (t.is_capitalized() || linking || is_source_noun(t)) {
            start -= 1;
        } else {
            break;
        }
    }
    while start < end
        && (toks[start].is(&["of", "de", "del", "in", "en", "for"])
            || toks[start].text == "the"
            || !toks[start].word)
    {
        start += 1;
    }
    // ("WHO said": an acronym is a name, whatever word it spells.)
    let named = toks[start..end]
        .iter()
        .any(|t| t.is_capitalized() && (t.is_acronym() || !lexicon::is_stopword(&t.folded)))
        || toks[start..end].iter().any(is_source_noun);
    // "Sin embargo, la Asociación Hondureña de Hospitales aseguró": an article before the name.
    let article = |t: &Tok| {
        t.is(&["la", "el", "los", "las", "the"])
            && toks.get(start + 1).is_some_and(|n| n.is_capitalized())
    };
    let first_ok = toks
        .get(start)
        .is_some_and(|t| t.is_capitalized() || is_source_noun(t) || article(t));
    // "About 1,200 workers said": the counted group speaks, but names no source.
    let counted = start > 0
        && toks[start - 1]
            .text
            .starts_with(|c: char| c.is_ascii_digit());
    (start < end && named && first_ok && !counted).then(|| join(&toks[start..end]))
}

/// The name a sentence opens with as the subject of its verb: "The Royal College of Nursing
/// disputed the figures" → "The Royal College of Nursing".
pub fn leading_name(toks: &[Tok]) -> Option<String> {
    const INNER: &[&str] = &["of", "de", "del", "for", "and", "y"];
    let first = toks.iter().position(|t| t.word)?;
    let mut end = first;
    while let Some(t) = toks.get(end).filter(|t| t.word) {
        if !(t.is_capitalized() || end > first && t.is(INNER)) {
            break;
        }
        end += 1;
    }
    // The name ends in a capitalized word, and a lowercase verb follows it.
    let verb = toks.get(end).filter(|t| t.word && !t.is_in(&PREPOSITIONS));
    if end == first || verb.is_none() || toks[end - 1].is(INNER) {
        return None;
    }
    named_phrase(toks, first, end)
}

/// A determiner and a source noun ending at `end`: "the statement", "the institute's statement".
fn source_phrase(toks: &[Tok], end: usize) -> Option<String> {
    let mut k = end;
    while k > 0 && end - k < 6 && toks[k - 1].word {
        k -= 1;
        if toks[k].is(&["the", "el", "la", "los", "las"]) {
            // "trabajan en el hospital de Lerma": a place named after a preposition says nothing.
            let object = k > 0 && toks[k - 1].is_in(&PREPOSITIONS);
            let source = (k + 1..end).rev().find(|&j| is_source_noun(&toks[j]));
            let headed = source.is_some_and(|j| ends_noun_group(&toks[j + 1..end]));
            return (!object && headed).then(|| join(&toks[k..end]));
        }
    }
    None
}

/// Whether the words after a source noun still belong to its noun group: a name ("the agency
/// Reuters"), a complement ("the ministry of health"), a Spanish adjective ("el gobierno
/// estatal"); not a verb and its object ("the company raised its forecast").
fn ends_noun_group(rest: &[Tok]) -> bool {
    let mut complement = false;
    rest.iter().all(|t| {
        let linking = t.is(&["of", "de", "del", "for", "in", "en"]);
        let fits = linking
            || complement
            || t.is_capitalized()
            || t.folded.ends_with('l')
            || t.folded.ends_with("ales");
        complement = linking;
        fits
    })
}

/// Whether the text is inside a quotation ("…" or “…” or «…») at token `t`, given whether it
/// was before it.
fn inside_quotation(before: bool, t: &Tok) -> bool {
    if t.word {
        return before; // a word is no quotation mark
    }
    match t.text {
        "“" | "«" => true,
        "”" | "»" => false,
        "\"" => !before,
        _ => before,
    }
}

/// A weekday name ("Tuesday", "martes"): a time, never a source.
fn is_day_word(t: &Tok) -> bool {
    crate::time::weekday_name(&t.folded, true).is_some()
}

/// Words that may stand between an attribution cue and the source's name.
fn is_skippable(t: &Tok) -> bool {
    reporting::is_reporting_verb_folded(&t.folded)
        || crate::time::weekday_name(&t.folded, t.is_capitalized()).is_some()
        || t.is(&[
            "on",
            "this",
            "last",
            "yesterday",
            "today",
            "este",
            "esta",
            "ayer",
            "hoy",
        ])
}

/// Source nouns that name published figures rather than who published them.
static PUBLISHED: Words = Words::new(concat!(
    "datos|",
    "data|",
    "figures|",
    "cifras|",
    "informe|",
    "report|",
    "balance|",
    "estadisticas|",
    "statistics|",
    // "según el barómetro del CIS", "a poll by Gallup".
    "barometro|",
    "poll|",
));

/// Common nouns that name a source ("the statement says", "the report said"): offices, bodies,
/// unnamed sources, published data; the roles of people are [`PERSON_ROLES`].
static SOURCE_NOUNS: Words = Words::new(concat!(
    // People who speak for what they saw or know: "patients said only 60%…".
    "doctors|patients|residents|witnesses|experts|analysts|scientists|researchers|",
    "medicos|pacientes|vecinos|testigos|expertos|analistas|cientificos|investigadores|",
    "statement|",
    "statements|",
    "report|",
    "study|",
    "survey|",
    "government|",
    "ministry|",
    "institute|",
    "police|",
    "organizers|",
    "organisers|",
    "organizer|",
    "organiser|",
    "federation|",
    "union|",
    "authorities|",
    "officials|",
    "agency|",
    "comunicado|",
    "informe|",
    "estudio|",
    "gobierno|",
    "ministerio|",
    "instituto|",
    "policia|",
    "autoridades|",
    "organizadores|",
    "federacion|",
    "sindicato|",
    "delegacion|",
    "department|",
    "office|",
    "commission|",
    "council|",
    "service|",
    "services|",
    "authority|",
    "company|",
    "firm|",
    // What a company is called by its trade: "the carmaker said", "la aseguradora informó".
    "carmaker|automaker|manufacturer|maker|retailer|lender|insurer|operator|producer|giant|",
    "regulator|fabricante|aseguradora|operadora|regulador|",
    "prosecutors|",
    "court|",
    "army|",
    "military|",
    "servicio|",
    "empresa|",
    "compañia|",
    "fiscalia|",
    "tribunal|",
    "ejercito|",
    "ayuntamiento|",
    "agencia|",
    "departamento|",
    "oficina|",
    "comision|",
    "consejo|",
    "autoridad|",
    "organismo|",
    "junta|",
    "encuesta|",
    "sondeo|",
    "poll|",
    "barometro|",
    "organization|",
    "organizacion|",
    // Clubs, banks, hospitals and such speak for themselves: "the club said".
    "club|",
    "team|",
    "equipo|",
    "bank|",
    "banco|",
    "hospital|",
    "university|",
    "universidad|",
    "airline|",
    "aerolinea|",
    "party|",
    "partido|",
    "campaign|",
    "campaña|",
    "group|",
    "grupo|",
    // Groups that speak for themselves: "Truck drivers said", "El gremio de camioneros estima".
    "association|",
    "asociacion|",
    "gremio|",
    "chamber|",
    "camara|",
    "unions|",
    "sindicatos|",
    "residents|",
    "vecinos|",
    "drivers|",
    "camioneros|",
    "transportistas|",
    "farmers|",
    "agricultores|",
    "ranchers|",
    "ganaderos|",
    "workers|",
    "trabajadores|",
    // Unnamed sources: "according to people familiar with the deal".
    "sources|",
    "fuentes|",
    "people|",
    "personas|",
    // Counts published as such: "según el último balance oficial", "official figures".
    "balance|",
    "datos|",
    "data|",
    "figures|",
    "cifras|",
    "census|",
    "censo|",
));

/// Roles of people who speak for an office or as experts: a source that is a person, which "he"
/// and "she" can stand for.
pub(super) static PERSON_ROLES: Words = Words::new(concat!(
    "prosecutor|",
    "fiscal|",
    "doctor|",
    "doctora|",
    "spokesman|",
    "spokeswoman|",
    "spokesperson|",
    "portavoz|",
    "official|",
    "manager|",
    "coach|",
    "entrenador|",
    "economist|",
    "economista|",
    "governor|",
    "gobernador|",
    "gobernadora|",
    "mayor|",
    "alcalde|",
    "alcaldesa|",
    "president|",
    "presidente|",
    "presidenta|",
    "minister|",
    "ministro|",
    "ministra|",
    "secretary|",
    "secretario|",
    "secretaria|",
    "vocero|",
    "vocera|",
    "consejero|",
    "consejera|",
    "conseller|",
    "consellera|",
    "concejal|",
    "concejala|",
    "senator|",
    "senador|",
    "senadora|",
    "lawmaker|",
    "diputado|",
    "diputada|",
    "commissioner|",
    "comisionado|",
    "comisionada|",
    "ceo|",
    "chairman|",
    "chairwoman|",
    "director|",
    "directora|",
    "chief|",
    "jefe|",
    "jefa|",
    "funcionario|",
    "funcionaria|",
    "funcionarios|",
    "analysts|",
    "analistas|",
    "experts|",
    "expertos|",
    "researchers|",
    "investigadores|",
    "leader|",
    "leaders|",
    "lider|",
    "lideres|",
    "dirigente|",
    "dirigentes|",
));

fn is_source_noun(t: &Tok) -> bool {
    t.is_in(&SOURCE_NOUNS) || t.is_in(&PERSON_ROLES)
}

/// Prepositions: a noun phrase after one is no subject ("trabajan en el hospital de Lerma", "la
/// participación en las elecciones"). Not "a" nor "to": English "a" is the article.
pub(super) static PREPOSITIONS: Words = Words::new(concat!(
    "in|", "en|", "of|", "de|", "del|", "al|", "for|", "para|", "on|", "at|", "from|", "desde|",
    "among|", "entre|", "con|", "with|", "during|", "durante|", "between|", "across|", "by|",
    "por|",
));

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The tokens' text, with spaces between words (none inside parentheses' edges).
fn join(toks: &[Tok]) -> String {
    let span = toks
        .first()
        .zip(toks.last())
        .map_or(0, |(a, b)| b.end - a.start);
    let mut out = String::with_capacity(span);
    for t in toks {
        let glue =
            !out.is_empty() && !out.ends_with('(') && !matches!(t.text, ")" | "'" | "’" | ",");
        if glue {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}
