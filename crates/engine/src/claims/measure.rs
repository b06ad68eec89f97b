//! What a figure counts: the head noun after it (with the modifiers that narrow it), the noun of
//! "the number of X … to N", or, when the noun is elided ("the 950 who are already…"), the nearest
//! group mentioned before it.

use super::tokens::{Tok, Words};
use crate::case::Lowercase;
use crate::lexicon;

/// The counted noun of a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    /// Canonical lexicon concept id, when the noun is known to the lexicon.
    pub id: Option<&'static str>,
    /// The noun as written, lowercased ("doctors", "médicos").
    pub surface: String,
    /// Narrowing modifiers: demonyms as country ids ("cuba"), other words folded and singular.
    pub modifiers: Vec<String>,
    /// The noun group as written, lowercased, without hedges or qualifiers ("cuban doctors").
    pub phrase: String,
    /// Index one past the head's last token (where the text after the noun starts).
    pub end: usize,
}

impl Head {
    /// A head of concept `id` read from one word (as surface and phrase), with no modifiers,
    /// ending at token `end`: "The toll rose to 28" → death, "toll".
    pub fn named(id: &'static str, word: &str, end: usize) -> Head {
        Head {
            id: Some(id),
            surface: word.to_string(),
            modifiers: Vec::new(),
            phrase: word.to_string(),
            end,
        }
    }
}

/// Words that never start or continue a noun group after a number.
static BREAKERS: Words = Words::new(concat!(
    "who|", "that|", "which|", "whom|", "whose|", "que|", "quienes|", "quien|", "cuales|", "cual|",
    "and|", "or|", "y|", "e|", "o|", "u|", "of|", "de|", "del|", "per|", "por|", "to|", "a|",
    "in|", "en|", "on|", "at|", "for|", "para|", "with|", "con|", "from|", "desde|", "is|", "are|",
    "was|", "were|", "will|", "would|", "have|", "has|", "had|", "be|", "been|", "es|", "son|",
    "fue|", "fueron|", "han|", "ha|", "than|", "as|", "como|", "over|", "during|", "since|",
    "until|", "through|", "by|", "within|", "into|", "after|", "before|", "durante|", "tras|",
    "hasta|",
));

/// Modifier words that are hedges, articles or qualifiers rather than narrowing the group.
static NOT_MODIFIERS: Words = Words::new(concat!(
    "additional|",
    "more|",
    "another|",
    "new|",
    "extra|",
    "further|",
    "other|",
    "adicionales|",
    "adicional|",
    "mas|",
    "otros|",
    "otras|",
    "nuevos|",
    "nuevas|",
    "already|",
    "ya|",
    "some|",
    "about|",
    "only|",
    "just|",
    "solo|",
    "unos|",
    "unas|",
    "the|",
    "los|",
    "las|",
    "el|",
    "la|",
    "total|",
    // "12% of all patients" are a share of the patients.
    "all|",
    "todos|",
    "todas|",
    // "…, while employment rose to 21.7 million": the conjunction that opens the clause.
    "while|",
    "whereas|",
    "mientras|",
));

/// The texts of the words from token `j` on: at most five, up to the first punctuation.
fn words_at<'a>(toks: &[Tok<'a>], j: usize) -> ([&'a str; 5], usize) {
    let mut words = [""; 5];
    let mut n = 0;
    for t in toks[j..].iter().take(5).take_while(|t| t.word) {
        words[n] = t.text;
        n += 1;
    }
    (words, n)
}

/// The concept phrase starting at token `j` (id, words), read once per token and word count.
fn phrase_at(toks: &[Tok], j: usize) -> Option<(&'static str, usize)> {
    // "in fiscal 2023", "the fiscal year": a year of a budget, not a prosecutor ("el fiscal").
    if toks[j].is(&["fiscal"])
        && toks.get(j + 1).is_some_and(|t| {
            t.is(&["year", "years"]) || t.text.starts_with(|c: char| c.is_ascii_digit())
        })
    {
        return None;
    }
    let (words, count) = words_at(toks, j);
    toks[j].memo_phrase(count, || {
        lexicon::concept_phrase(&words[..count]).map(|(c, n)| (c.id, n))
    })
}

/// The head noun group starting at token `i` (right after the figure), within five words.
pub fn after(toks: &[Tok], i: usize) -> Option<Head> {
    // "Argentina's dengue death toll": the country is the claim's place, not a modifier.
    let place_of =
        |t: &Tok| super::context::possessor(t.text).is_some_and(|w| lexicon::place(&[w]).is_some());
    let i = if toks.get(i).is_some_and(place_of) {
        i + 1
    } else {
        i
    };
    let mut modifiers = Vec::new();
    let (j, n, id, end) = walk(toks, i, Some(&mut modifiers))?;
    Some(Head {
        id: Some(id),
        surface: lower_join(&toks[j..j + n]),
        modifiers,
        phrase: lower_join(&toks[i..end]),
        end,
    })
}

/// The concept and end of [`after`]'s head noun group at token `i`, without building its strings.
pub fn span(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    walk(toks, i, None).map(|(_, _, id, end)| (id, end))
}

/// [`after`] at the first token of `range` whose group `accept` takes (given its concept and
/// end); the strings are built for that token only.
pub fn first_after(
    toks: &[Tok],
    range: std::ops::Range<usize>,
    accept: impl Fn(&'static str, usize) -> bool,
) -> Option<Head> {
    let mut range = range;
    let j = range.find(|&j| span(toks, j).is_some_and(|(id, end)| accept(id, end)))?;
    after(toks, j)
}

/// Whether token `i` is a comparative adjective with what it compares with after it: "menor a",
/// "mayores que", "superior al", "lower than".
pub fn is_comparative(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is(&[
            "menor",
            "menores",
            "mayor",
            "mayores",
            "inferior",
            "inferiores",
            "superior",
            "superiores",
            "higher",
            "lower",
        ])
    }) && toks
        .get(i + 1)
        .is_some_and(|t| t.is(&["a", "al", "que", "than"]))
}

/// The noun group of [`after`] at token `i`: the concept's first token, its word count, its id
/// and the group's end; its modifiers are pushed to `modifiers` when given.
fn walk(
    toks: &[Tok],
    i: usize,
    mut modifiers: Option<&mut Vec<String>>,
) -> Option<(usize, usize, &'static str, usize)> {
    // "el 32,1 % del PP": the abbreviation of percentage points is written in lowercase; in
    // capitals it is a name (Spain's Partido Popular).
    if toks.get(i).is_some_and(|t| t.text == "PP") {
        return None;
    }
    // A singular participle right after a percentage agrees with it ("el 2,9 % registrado").
    let after_percent =
        i > 0 && (toks[i - 1].text == "%" || toks[i - 1].is(&["ciento", "percent", "cent"]));
    let participle = |w: &str| ["ado", "ido", "ada", "ida"].iter().any(|e| w.ends_with(e));
    if after_percent && toks.get(i).is_some_and(|t| participle(&t.folded)) {
        return None;
    }
    // "5.4% menor a la de 2023", "3% mayores que": a comparative, not minors or elders.
    // "25 basis points", "25 puntos básicos": the unit of a rate's change, not a score.
    let word = |k: usize, w: &[&str]| toks.get(k).is_some_and(|t| t.is(w));
    let points = word(i, &["basis", "percentage"]) && word(i + 1, &["points", "point"])
        || word(i, &["puntos", "punto"])
            && word(i + 1, &["basicos", "basico", "porcentuales", "porcentual"]);
    if is_comparative(toks, i) || points {
        return None;
    }
    // "a record of 1.9 million set in 2019", "$5 billion spent on": a participle, not a noun.
    let participle_noun = toks
        .get(i)
        .is_some_and(|t| t.is(&["set", "cut", "spent", "hit"]));
    let then_preposition = toks
        .get(i + 1)
        .is_some_and(|t| t.is(&["in", "by", "on", "at", "for", "last", "this", "during"]));
    if participle_noun && then_preposition {
        return None;
    }
    // Modifiers' strings are built only when they are wanted.
    let wanted = modifiers.is_some();
    let mut push = |word: String| {
        if let Some(m) = modifiers.as_deref_mut() {
            push_unique(m, word);
        }
    };
    let mut j = i;
    while j < toks.len() && j < i + 5 {
        let t = &toks[j];
        let number = t.text.starts_with(|c: char| c.is_ascii_digit());
        // A figure further on ("over 3,650 Cuban doctors") owns the noun after it.
        if !t.word || t.is_in(&BREAKERS) || (number && j > i && t.text.contains([',', '.'])) {
            return None;
        }
        // "low-income Americans", "middle-class families": a compound adjective the tokens
        // split at its hyphen qualifies the noun after it.
        let glued = |a: &Tok, b: &Tok| a.end == b.start;
        let hyphenated = toks.get(j + 1..j + 3).is_some_and(|w| {
            w[0].text == "-" && w[1].word && glued(t, &w[0]) && glued(&w[0], &w[1])
        }) && toks.get(j + 3).is_some_and(|n| n.word);
        if hyphenated {
            if wanted {
                push([t.folded.as_ref(), "-", toks[j + 2].folded.as_ref()].concat());
            }
            j += 3;
            continue;
        }
        if let Some((id, n)) = phrase_at(toks, j) {
            // An English compound names its head last: "aid workers", "emergency personnel".
            if let Some(next) = compound_head(toks, j, n, id == "disease") {
                if wanted {
                    push(disease_name(&toks[j].folded));
                }
                j = next;
                continue;
            }
            let mut end = j + n;
            // "casos sospechosos" read as one phrase still says "suspected".
            for t in &toks[j + 1..end] {
                if let Some(english) = spanish_adjective(&t.folded) {
                    push(english.to_string());
                }
            }
            // Adjectives after the noun (Spanish): "médicos cubanos", "casos sospechosos de
            // dengue" (named as English puts them before it: "suspected dengue cases").
            while end < toks.len() && toks[end].word {
                if let Some(country) = toks[end].demonym() {
                    push(country.to_string());
                    end += 1;
                } else if let Some(english) = spanish_adjective(&toks[end].folded)
                    // "personas desalojadas": which people is for `refine` to say.
                    .filter(|_| id != "person")
                {
                    push(english.to_string());
                    end += 1;
                } else if toks[end].is(&["de"])
                    && toks.get(end + 1).is_some_and(|t| t.word)
                    && phrase_at(toks, end + 1).is_some_and(|(id, n)| id == "disease" && n == 1)
                {
                    push(disease_name(&toks[end + 1].folded));
                    end += 2;
                } else {
                    break;
                }
            }
            return Some((j, n, id, end));
        }
        if looks_like_verb(t) && !participle_before_noun(toks, j) {
            return None;
        }
        if let Some(country) = t.demonym() {
            push(country.to_string());
            // "70 million poor Americans", "murieron cinco indios": a plural demonym that ends
            // the group after a figure is who is counted (not a subject searched for in a
            // clause, nor one a relative clause names: "the number of Americans who died from
            // drug overdoses").
            let ends = toks
                .get(j + 1)
                .is_none_or(|n| !n.word || lexicon::is_stopword(&n.folded) || looks_like_verb(n));
            let relative = toks
                .get(j + 1)
                .is_some_and(|n| n.is(&["who", "that", "que", "quienes"]));
            if wanted && ends && !relative && t.folded.ends_with('s') {
                return Some((j, 1, "person", j + 1));
            }
        } else if wanted && !t.is_in(&NOT_MODIFIERS) && !number {
            // ("NHS waiting lists": an acronym is no plural.)
            push(if t.is_acronym() {
                t.folded.to_string()
            } else {
                lexicon::singular(&t.folded)
            });
        }
        j += 1;
    }
    None
}

/// A word naming what is counted, as a modifier: a disease by its English name ("casos de
/// sarampión" and "measles cases" are one), other words singular.
fn disease_name(folded: &str) -> String {
    let english = match folded {
        "sarampion" => "measles",
        "paludismo" => "malaria",
        "colera" => "cholera",
        "vih" => "hiv",
        "sida" => "aids",
        "gripe" => "flu",
        "influenza" => "flu",
        "viruela" => "smallpox",
        "varicela" => "chickenpox",
        "rabia" => "rabies",
        "tosferina" => "whooping cough",
        // (Names ending in "s" that are no plurals: kept as written.)
        "tuberculosis" => "tuberculosis",
        "measles" => "measles",
        _ => return lexicon::singular(folded),
    };
    english.to_string()
}

/// The English adjective for a Spanish one that qualifies a counted noun ("sospechosos" →
/// "suspected"), as the English modifier reads.
fn spanish_adjective(folded: &str) -> Option<&'static str> {
    let stem = folded.strip_suffix('s').unwrap_or(folded);
    let stem = stem.strip_suffix(['o', 'a']).unwrap_or(stem);
    Some(match stem {
        "sospechos" => "suspected",
        "confirmad" => "confirmed",
        "activ" => "active",
        "positiv" => "positive",
        "importad" => "imported",
        "grave" | "grav" => "severe",
        _ => return state(folded),
    })
}

/// The states a participle puts a counted group in, in English; after them, other spellings of
/// some ([`EN_SPELLINGS`]).
static STATES_EN: Words = Words::new(concat!(
    "trapped|rescued|evacuated|displaced|hospitalized|stranded|isolated|detained|arrested|",
    "deported|released|infected|vaccinated|affected|destroyed|damaged|hospitalised|freed|",
    "treated|",
));

/// The stems of the Spanish participles for [`STATES_EN`], in its order ("atrapad" → "trapped");
/// after them, other words for some ([`ES_SYNONYMS`]).
static STATES_ES: Words = Words::new(concat!(
    "atrapad|rescatad|evacuad|desplazad|hospitalizad|varad|aislad|detenid|arrestad|deportad|",
    "liberad|infectad|vacunad|afectad|destruid|dañad|desalojad|contagiad|",
));

/// How many states the two lists name before their extra words.
const STATE_COUNT: usize = 16;

/// The states [`STATES_EN`]'s extra spellings stand for: "hospitalised", "freed", "treated" (in
/// hospital).
const EN_SPELLINGS: [usize; 3] = [4, 10, 4];

/// The states [`STATES_ES`]'s extra words stand for: "desalojad" (evacuated), "contagiad"
/// (infected).
const ES_SYNONYMS: [usize; 2] = [2, 11];

/// The English state a participle puts a counted group in, in either language: "trapped",
/// "rescatados" → "rescued", so "32 mineros atrapados" and "32 trapped miners" read alike;
/// `None` for other words.
pub fn state(folded: &str) -> Option<&'static str> {
    let canonical =
        |k: usize, extra: &[usize]| extra.get(k.wrapping_sub(STATE_COUNT)).copied().unwrap_or(k);
    let at = STATES_EN
        .position(folded)
        .map(|k| canonical(k, &EN_SPELLINGS))
        .or_else(|| {
            let stem = folded.strip_suffix('s').unwrap_or(folded);
            let k = STATES_ES.position(stem.strip_suffix(['o', 'a'])?)?;
            Some(canonical(k, &ES_SYNONYMS))
        })?;
    STATES_EN.list().get(at).copied()
}

/// The state the predicate after a counted group puts it in, read from token `k` (after the
/// noun): "32 miners were trapped", "30 remain trapped", "cinco fueron rescatados", "15,000 homes
/// damaged"; with the participle's token.
pub fn state_after(toks: &[Tok], k: usize) -> Option<(&'static str, usize)> {
    let mut k = k;
    while toks.get(k).is_some_and(|t| t.is_in(&STATE_AUXILIARIES)) {
        k += 1;
    }
    state(&toks.get(k)?.folded).map(|s| (s, k))
}

/// The words between a counted group and the word for its state ("were", "remain still",
/// "siguen", "people who were", "confirmed"), for [`state_after`] and [`refine`].
static STATE_AUXILIARIES: Words = Words::new(concat!(
    "were|was|are|is|have|has|had|been|being|remain|remained|remains|still|now|fueron|quedaron|",
    "quedaban|resultaron|han|habian|sido|siguen|seguian|permanecen|permanecian|estan|estaban|",
    "continuan|aun|todavia|who|that|people|personas|confirmed|reported|feared|believed|",
    "confirmados|confirmadas|",
    // "people forcibly displaced", "internally displaced".
    "forcibly|internally|newly|",
));
/// Where the real head of a noun compound starts, when the concept read at `j` (`n` words) is only
/// its first, singular part and a plural or collective noun concept follows ("aid workers",
/// "rescue teams", "emergency personnel"; not "médicos especialistas" or "personal médico"). A
/// disease names what it counts whatever its ending: "measles cases", "diabetes patients".
fn compound_head(toks: &[Tok], j: usize, n: usize, disease: bool) -> Option<usize> {
    let k = j + n;
    let (first, next) = (&toks[j + n - 1], toks.get(k)?);
    if n != 1 || !next.word || (first.folded.ends_with('s') && !disease) {
        return None;
    }
    // "the dengue death toll": a disease names what any concept after it counts.
    if disease && phrase_at(toks, k).is_some() {
        return Some(k);
    }
    let collective = next.is(&["personnel", "staff", "people", "police"]);
    if !(next.folded.ends_with('s') || collective) {
        return None;
    }
    lexicon::concept(next.text).map(|_| k)
}

/// The noun of "the number of X" in `toks[from..to]` ("increasing the number of Cuban healthcare
/// workers … to 3,650"; "expand to 1,200 the number of Cuban doctors").
pub fn number_of(toks: &[Tok], from: usize, to: usize) -> Option<Head> {
    let to = to.min(toks.len());
    (from..to.saturating_sub(2)).find_map(|k| {
        let mut head = toks[k]
            .is(&["number", "numero", "cifra", "count", "total", "tally"])
            .then(|| noun_of(toks, k))
            .flatten()?;
        // "the real number of infections" is not the confirmed count.
        if k > 0 && toks[k - 1].is(&["real", "true", "actual", "verdadero", "verdadera"]) {
            head.modifiers.push("real".to_string());
        }
        Some(head)
    })
}

/// The noun group of "X of (the) noun" for the word X at token `k` ("the number of voters", "la
/// tasa de homicidios"), if "of"/"de" follows it.
pub fn noun_of(toks: &[Tok], k: usize) -> Option<Head> {
    if !toks.get(k + 1)?.is(&["of", "de"]) {
        return None;
    }
    let mut start = k + 2;
    if toks.get(start)?.is(&["the", "los", "las", "el", "la"]) {
        start += 1;
    }
    after(toks, start)
}

/// An English participle used as an adjective before a counted noun: "registered voters",
/// "displaced people" (not "fled Gaza": a place is no counted noun).
fn participle_before_noun(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    t.folded.ends_with("ed")
        && !t.is_in(&COMMON_VERBS)
        && toks.get(j + 1).is_some_and(|n| n.word)
        && phrase_at(toks, j + 1).is_some_and(|(id, _)| !is_place(id))
}

/// What a share of a stated whole counts: "709 of the cases", "3 de los 14 heridos".
pub fn partitive(toks: &[Tok], after_figure: usize) -> Option<Head> {
    let of = toks.get(after_figure)?;
    // A share of many ("of the cases") or a percentage of a whole ("59.4% of the vote", "el
    // 59,4 % del voto"), not "the average of 3.5 of the Organization".
    let percent = after_figure
        .checked_sub(1)
        .is_some_and(|k| toks[k].text.ends_with('%') || toks[k].is(&["percent", "cent", "ciento"]));
    if percent && of.is(&["del"]) {
        return after(toks, after_figure + 1).filter(|h| h.id != Some("person"));
    }
    let det = toks.get(after_figure + 1)?;
    // "45% of dengue cases": a percentage of a plural count noun with no article.
    let plural = |h: &Head| {
        let last = &toks[h.end - 1].folded;
        h.id != Some("person") && lexicon::singular(last) != last.as_ref()
    };
    if percent && of.is(&["of"]) && !det.is(&["the", "these", "those", "its", "their"]) {
        return after(toks, after_figure + 1).filter(plural);
    }
    let english = of.is(&["of"]) && det.is(&["the", "these", "those", "its", "their"]);
    let spanish = of.is(&["de"]) && det.is(&["los", "las", "sus", "estos", "estas"]);
    if !(english || spanish) {
        return None;
    }
    // "41.7% of the population": a share of everyone is named by its subject ("poverty").
    let whole = |h: &Head| percent && h.id != Some("person");
    after(toks, after_figure + 2).filter(|h| {
        let last = &toks[h.end - 1].folded;
        whole(h) || lexicon::singular(last) != last.as_ref()
    })
}

/// The noun of "a death toll of N", "an estimated crowd of N", "una cifra de muertos de N": a
/// concept that ends right before "of"/"de" and the figure at token `first`.
pub fn before_of(toks: &[Tok], first: usize) -> Option<Head> {
    let of = first
        .checked_sub(1)
        .filter(|&k| toks[k].is(&["of", "de", "del"]))?;
    // "a record of 1.9 million", "un máximo de 40": the figure's rank, not what it counts.
    let rank = of > 0 && toks[of - 1].is_in(&RANKS);
    if rank {
        return None;
    }
    // "economists expect monthly inflation of 6%", "esperan una inflación de 5%": neither the
    // verb nor the article is part of the noun group.
    let from = (of.saturating_sub(4)..of)
        .rev()
        .find(|&k| {
            !toks[k].word
                || lexicon::is_stopword(&toks[k].folded)
                || looks_like_verb(&toks[k])
                || lexicon::reporting::is_reporting_verb_folded(&toks[k].folded)
        })
        .map_or(of.saturating_sub(4), |k| k + 1);
    first_after(toks, from..of, |_, end| end == of)
}

/// Words that rank a figure rather than say what it counts ("a record of", "a peak of", "un
/// máximo de"), folded.
pub(super) static RANKS: Words = Words::new("record|high|peak|low|maximo|minimo|pico|");

/// The nearest group noun mentioned in `toks[..before]` (for an elided noun): the nearest person
/// concept, else the nearest group concept, with the demonyms around it.
pub fn antecedent(toks: &[Tok], before: usize) -> Option<Head> {
    // An office names who speaks ("La ministra … celebró que … supera los 10,3 millones"), not
    // what an elided figure counts.
    let office = |id: &str| lexicon::is_a(id, "official");
    nearest_before(toks, before, |id| {
        lexicon::kind(id) == Some("person") && !office(id)
    })
    .or_else(|| nearest_before(toks, before, |id| is_group(id) && !office(id)))
}

/// The nearest concept in `toks[..before]` accepted by `accept`.
pub fn nearest_before(toks: &[Tok], before: usize, accept: impl Fn(&str) -> bool) -> Option<Head> {
    let mut j = before.min(toks.len());
    while j > 0 {
        j -= 1;
        if !toks[j].word {
            continue;
        }
        let Some((id, n)) = phrase_at(toks, j) else {
            continue;
        };
        if j + n > before || !accept(id) {
            continue;
        }
        let mut modifiers = Vec::new();
        let mut k = j;
        while k > 0 && toks[k - 1].word {
            match toks[k - 1].demonym() {
                Some(country) => push_unique(&mut modifiers, country.to_string()),
                None => break,
            }
            k -= 1;
        }
        let mut end = j + n;
        while end < toks.len() && toks[end].word {
            match toks[end].demonym() {
                Some(country) => push_unique(&mut modifiers, country.to_string()),
                None => break,
            }
            end += 1;
        }
        let surface = lower_join(&toks[j..j + n]);
        let phrase = lower_join(&toks[k..end]);
        return Some(Head {
            id: Some(id),
            surface,
            modifiers,
            phrase,
            end: j + n,
        });
    }
    None
}

/// Whether a word that is not a known noun reads as a verb form ("joined", "took", "participaron"),
/// which ends a noun group.
pub fn looks_like_verb(t: &Tok) -> bool {
    let w = t.folded.as_ref();
    if !t.word || t.is_capitalized() || w.len() < 4 {
        return false;
    }
    let english = w.ends_with("ed") && !w.ends_with("eed");
    let spanish = lexicon::inflection::spanish_verb_form(t.text, w);
    (english || spanish || t.is_in(&COMMON_VERBS)) && lexicon::concept(w).is_none()
}

/// Frequent irregular verb forms that follow a figure ("40,000 took part").
static COMMON_VERBS: Words = Words::new(concat!(
    // "the 1,200 respondents said prices…": what they said is not what was counted.
    "said|",
    "say|",
    "says|",
    "told|",
    "think|",
    "thought|",
    "took|",
    "made|",
    "came|",
    "went|",
    "left|",
    // "Remittances sent to Mexico fell 8.3%": a participle after its noun.
    "sent|",
    "fled|",
    "died|",
    "rose|",
    "fell|",
    "grew|",
    "were|",
    "are|",
    "attended|",
    "gathered|",
    "marched|",
    "murieron|",
    "fueron|",
    // States that follow a share's noun: "el 80 % de los usuarios seguía sin luz".
    "seguia|",
    "seguian|",
    "sigue|",
    "siguen|",
    "permanece|",
    "permanecen|",
    "continua|",
    "continuan|",
    "estaba|",
    "estaban|",
    "tenia|",
    "tenian|",
    "son|",
    "llegaron|",
    "asistieron|",
    "obtuvo|",
    "obtuvieron|",
    "tuvo|",
    "tuvieron|",
    "hizo|",
    "hicieron|",
    "dijo|",
    "dijeron|",
    "puso|",
    "pusieron|",
    "hubo|",
    "fue|",
    "estuvo|",
));

/// A more specific group named by a participle or adjective after a generic one, read from token
/// `from`: "people killed" → death, "640 people had been injured" → injured.
pub fn refine(head: Head, toks: &[Tok], from: usize) -> Head {
    if head.id != Some("person") {
        return head;
    }
    let mut k = from;
    let mut skipped = 0;
    while k < toks.len() && skipped < 4 && toks[k].word {
        // "Ten people remain missing", "47 personas siguen desaparecidas".
        let auxiliary = toks[k].is_in(&STATE_AUXILIARIES);
        if auxiliary {
            k += 1;
            skipped += 1;
            continue;
        }
        // "forced 3,400 people to leave their homes", "obligó a 3.400 personas a abandonar sus
        // hogares": people made to leave, or who fled, are displaced.
        let leave = toks.get(k + 1).is_some_and(|t| {
            t.is(&[
                "leave",
                "flee",
                "evacuate",
                "abandonar",
                "huir",
                "dejar",
                "desalojar",
            ])
        });
        // ("2.5 million people have fled", "han huido".)
        if leave && toks[k].is(&["to", "a"]) || toks[k].is(&["fled", "huido", "huyeron"]) {
            return Head {
                id: Some("displaced person"),
                ..head
            };
        }
        let specific = lexicon::concept(toks[k].text)
            .filter(|c| c.id != "person" && lexicon::is_a(c.id, "person"))
            .map(|c| c.id)
            .or_else(|| implied_by_verb(&toks[k]));
        return match specific {
            // The label says what the people are: "people killed", "personas heridas".
            Some(id) => Head {
                id: Some(id),
                phrase: [head.phrase.as_str(), &toks[k].text.lowercase()].join(" "),
                ..head
            },
            None => head,
        };
    }
    head
}

/// The group a verb right before a figure implies: "killing at least 48 people" → death.
pub fn implied_by_verb(t: &Tok) -> Option<&'static str> {
    // "employs about 42,000 people": the people are its staff.
    Some(match IMPLYING_VERBS.position(&t.folded)? {
        0..17 => "death",
        17..23 => "injured",
        23..35 => "worker",
        // "obliga a desalojar a 1.200 vecinos": the people moved out.
        35..44 => "displaced person",
        // "deported more than 271,000 people": deportations.
        _ => "deportation",
    })
}

/// The verbs of [`implied_by_verb`]: seventeen of killing and dying, six of wounding, twelve of
/// employing, nine of evacuating, then those of deporting.
static IMPLYING_VERBS: Words = Words::new(concat!(
    "killing|killed|kills|kill|died|perished|matando|mato|mataron|murieron|fallecieron|",
    "perecieron|muertas|muertos|dead|muerto|fallecido|",
    "injuring|wounding|injured|wounded|hiriendo|hirio|",
    "employs|employed|employing|employ|hired|hires|hiring|emplea|empleaba|contrato|contrata|",
    "contrataron|",
    "evacuate|evacuated|evacuating|evacuar|evacuaron|evacuo|desalojar|desalojaron|desalojo|",
    "deported|deports|deporting|deport|deporto|deportaron|deportar|",
));

/// The subject whose value "rose to N" / "climbed to N" / "stands at N": the first person concept
/// of the clause `toks[from..to]` ("The death toll from Monday's earthquake … rose to 112"), or
/// for a count (`counted`) the first event, group or animal.
pub fn subject_of_change(toks: &[Tok], from: usize, to: usize, counted: bool) -> Option<Head> {
    // "La ministra celebró que el empleo … supera": the subject follows the last "que"/"that".
    // Not the "que" of "en lo que va de año".
    let from = (from..to)
        .rev()
        .find(|&k| toks[k].is(&["que", "that"]) && !(k > 0 && toks[k - 1].is(&["lo"])))
        .map_or(from, |k| k + 1);
    first_after(toks, from..to, |id, end| {
        end <= to && lexicon::kind(id) == Some("person")
    })
    // A count's subject may be another counted thing: "Confirmed measles cases rose to 450".
    .or_else(|| {
        counted
            .then(|| {
                // ("Nonfarm payrolls rose by 199,000": jobs.)
                first_after(toks, from..to, |id, end| {
                    end <= to
                        && (matches!(
                            lexicon::kind(id),
                            Some("event" | "group" | "animal" | "indicator")
                        ) || lexicon::is_a(id, "job"))
                })
            })
            .flatten()
    })
    // "The toll rose to 28": a toll that rises is a death toll.
    .or_else(|| {
        let k = (from..to).find(|&k| toks[k].is(&["toll"]))?;
        Some(Head::named("death", "toll", k + 1))
    })
}

/// Whether a concept names people or groups (what elided counts usually refer to).
pub fn is_group(id: &str) -> bool {
    matches!(
        lexicon::kind(id),
        Some("person") | Some("group") | Some("animal")
    )
}

/// Whether a concept is a time unit or span ("three years", "two weeks"): a duration, not a count.
pub fn is_duration(id: &str) -> bool {
    lexicon::kind(id) == Some("duration")
}

/// Whether a concept is a unit of measure ("tonnes", "kilómetros", "hectares").
pub fn is_unit(id: &str) -> bool {
    lexicon::kind(id) == Some("unit of measure")
}

/// Whether a concept is a place or a building (what scopes another figure: "in 23 states").
pub fn is_place(id: &str) -> bool {
    matches!(lexicon::kind(id), Some("place"))
}

/// The words of `toks` that narrow a group, lowercased and joined by spaces.
pub(super) fn lower_join(toks: &[Tok]) -> String {
    // Sized for the tokens' span, so the string never grows (lowercasing rarely lengthens it).
    let span = toks
        .first()
        .zip(toks.last())
        .map_or(0, |(a, b)| b.end - a.start);
    toks.iter()
        .filter(|t| {
            t.word && !t.is_in(&NOT_MODIFIERS) && !t.text.starts_with(|c: char| c.is_ascii_digit())
        })
        .enumerate()
        .fold(String::with_capacity(span), |mut out, (n, t)| {
            if n > 0 {
                out.push(' ');
            }
            if t.text.is_ascii() {
                let from = out.len();
                out.push_str(t.text);
                out[from..].make_ascii_lowercase();
            } else {
                out.push_str(&t.text.lowercase());
            }
            out
        })
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}
