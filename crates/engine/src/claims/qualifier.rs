//! The qualifier that changes what a figure means, read from the words around it: "another 123"
//! (additional), "the 950 already active" (already), "increasing the number … to 3,650" (total),
//! "the goal of 1,200" (target), "since 2002 … over 3,650" (cumulative), "an average of 12" (average).

use super::tokens::{Tok, Words};
use crate::claims::Qualifier;
use crate::lexicon;

/// Verbs after which "to N" states the total reached.
static TO_TOTAL_VERBS: Words = Words::new(concat!(
    "increase|",
    "increases|",
    "increased|",
    "increasing|",
    "expand|",
    "expands|",
    "expanded|",
    "expanding|",
    "bring|",
    "brings|",
    "bringing|",
    "brought|",
    "raise|",
    "raises|",
    "raised|",
    "raising|",
    "reach|",
    "reaches|",
    "reached|",
    "reaching|",
    "rise|",
    "rises|",
    "rose|",
    "rising|",
    "grow|",
    "grows|",
    "grew|",
    "growing|",
    "climb|",
    "climbed|",
    "climbing|",
    "take|",
    "taking|",
    "aumentar|",
    "aumenta|",
    "aumento|",
    "aumentando|",
    "ampliar|",
    "amplia|",
    "ampliando|",
    "elevar|",
    "eleva|",
    "elevo|",
    "elevando|",
    "llegar|",
    "llega|",
    "llego|",
    "llegando|",
    "alcanzar|",
    "alcanza|",
    "alcanzo|",
    "alcanzando|",
    "incrementar|",
    "incrementa|",
    "incrementando|",
    "sumar|",
    "sumando|",
));

/// Verbs of fall after which "to N" states the level reached ("fell … to 2.4 million", "bajó …
/// hasta los 2,4 millones"), for counts and money (a rate that "fell to 11.3%" is no total).
static FALL_VERBS: Words = Words::new(concat!(
    "fall|",
    "falls|",
    "fell|",
    "falling|",
    "drop|",
    "drops|",
    "dropped|",
    "decline|",
    "declines|",
    "declined|",
    "decrease|",
    "decreased|",
    "bajar|",
    "baja|",
    "bajo|",
    "bajaron|",
    "caer|",
    "cae|",
    "cayo|",
    "cayeron|",
    "descender|",
    "desciende|",
    "descendio|",
    "reducir|",
    "reduce|",
    "redujo|",
    "disminuir|",
    "disminuye|",
    "disminuyo|",
    "retroceder|",
    "retrocede|",
    "retrocedio|",
));

/// Whether the figure after the clause words `before` is the level reached after one of `verbs`:
/// "to"/"hasta"/"a" right before it ("rose to 3,650", "hasta los 2,4 millones"), and the verb in
/// its clause, or before the comma of a clause that "to" opens ("fell by 26,000, to 2.4 million").
fn reached_after(toks: &[Tok], before: &[usize], verbs: &Words) -> bool {
    // "hasta los 2,4 millones": the article after "to" aside.
    let to_at = match before {
        [.., k, last] if toks[*last].is(&["los", "las", "el", "la"]) => Some(*k),
        [.., last] => Some(*last),
        [] => None,
    };
    let to_before = to_at.is_some_and(|k| {
        toks[k].is(&["to", "hasta"])
            || (toks[k].is(&["a"])
                && !(k > 0 && toks[k - 1].is(&["at", "by", "of", "in", "for", "with", "from"])))
    });
    // "fell by 26,000 in October, to 2.4 million": a clause opened by "to" after a comma goes on
    // from the verb before the comma.
    let verb_in = |words: &[usize]| words.iter().any(|&k| toks[k].is_in(verbs));
    let verb_before = verb_in(before)
        || before.first().is_some_and(|&k| {
            let mut earlier = [0; 14];
            toks[k].is(&["to", "hasta"])
                && k > 0
                && toks[k - 1].text == ","
                && verb_in(clause_before(toks, k - 1, &mut earlier))
        });
    to_before && verb_before
}

/// Whether the count or sum at token `first` is the level reached by a fall ("dropped by nearly
/// 220,000 to 2.76 million", "bajó en 26.000 personas, hasta los 2,4 millones").
pub fn reached_by_fall(toks: &[Tok], first: usize) -> bool {
    let mut before = [0; 14];
    reached_after(toks, clause_before(toks, first, &mut before), &FALL_VERBS)
}

/// Whether the figure at token `first` is the size of a rise or fall: right after a verb of change
/// ("rose 150,000"), or after one and "by"/"en" ("fell by 26,000", "bajó en 26.000"). Right
/// before a figure, Spanish "bajo"/"baja" are "under"/"low" and "cae"/"cayeron" literal ("cayeron
/// 350 milímetros de lluvia").
pub fn states_change(toks: &[Tok], first: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.word);
    // The verbs of change that a range's "from … to" reads, but those that go or move to a level.
    let changes = |t: &Tok| {
        crate::quantity::is_change_verb(&t.folded)
            && !t.is(&[
                "went", "revised", "paso", "pasaron", "pasa", "pasan", "pasara", "pasaran",
                "pasaria", "escala", "escalo",
            ])
    };
    // "supera en S/ 538 millones a la presentada", "exceeds it by $5 million": a margin.
    let exceeds = |t: &Tok| {
        t.is(&[
            "supera",
            "superan",
            "supero",
            "superaron",
            "excede",
            "exceeds",
            "exceeded",
            "tops",
            "topped",
        ])
    };
    match first.checked_sub(1).and_then(word) {
        // ("would cut federal Medicaid spending by about $800 billion": the verb's object
        // between.)
        Some(t) if t.is(&["by", "en"]) => (first.saturating_sub(7)..first - 1)
            .rev()
            .take_while(|&j| toks[j].word)
            .any(|j| changes(&toks[j]) || exceeds(&toks[j])),
        // "raised $5 million", "cut 3,000 jobs" state what was raised or cut.
        Some(t) => {
            changes(t)
                && !t.is(&["raised", "cut", "reduced", "lowered", "recorto", "recorta"])
                && !t.folded.starts_with("baj")
                && !t.folded.starts_with("ca")
        }
        None => false,
    }
}

/// Words that make a figure a goal or a plan rather than a fact.
static TARGET_CUES: Words = Words::new(concat!(
    // A projection is not a count: "the number of dead could pass 25,000".
    "could|",
    "might|",
    "projected|",
    "forecast|",
    "forecasts|",
    // What was expected is not what happened: "analysts had expected revenue of $19.1 billion".
    "expected|",
    "expect|",
    "expects|",
    "expecting|",
    "anticipated|",
    "esperaban|",
    "esperaba|",
    "esperan|",
    "preven|",
    "preve|",
    "pronostican|",
    "esperado|",
    "esperada|",
    "pronosticaban|",
    "pronostico|",
    // "beating analysts' expectations of $12.1 billion".
    "expectations|",
    "expectation|",
    "expectativas|",
    "previsiones|",
    "hopes|",
    "hoping|",
    // "con lo que habrá en total 900 médicos": a total still to come.
    "habra|",
    "habran|",
    "habria|",
    "habrian|",
    "podria|",
    "podrian|",
    "goal|",
    "goals|",
    "target|",
    "targets|",
    "aim|",
    "aims|",
    "objective|",
    "achieve|",
    "achieving|",
    "intend|",
    "intends|",
    "intended|",
    "intention|",
    "plan|",
    "plans|",
    "planned|",
    "planning|",
    "seek|",
    "seeks|",
    "pledge|",
    "pledged|",
    "promise|",
    "promised|",
    "meta|",
    "metas|",
    "objetivo|",
    "objetivos|",
    "lograr|",
    "pretende|",
    "pretenden|",
    "busca|",
    "buscan|",
    "planea|",
    "planean|",
    "prevé|",
    "preve|",
    "intencion|",
    "propósito|",
    "proposito|",
    "contract|",
    "contracts|",
    "agreement|",
    "agreements|",
    "deal|",
    "contrato|",
    "contratos|",
    "acuerdo|",
    "acuerdos|",
    "convenio|",
));

/// Verbs of arrival: a group that "will arrive" or "will join" is an increment.
static ARRIVAL_VERBS: Words = Words::new(concat!(
    "arrive|",
    "arrives|",
    "arriving|",
    "join|",
    "joins|",
    "joining|",
    "come|",
    "coming|",
    "llegaran|",
    "llegara|",
    "se sumaran|",
    "sumaran|",
    "incorporaran|",
    "incorporara|",
));

/// The qualifier of the figure spanning tokens `[first, figure_end)`, whose noun group ends at
/// `noun_end`; `since` tells whether the sentence dates a start ("since 2002", "began in 1963").
pub fn of_figure(
    toks: &[Tok],
    first: usize,
    figure_end: usize,
    noun_end: usize,
    since: bool,
) -> Option<Qualifier> {
    let mut before = [0; 14];
    let before = clause_before(toks, first, &mut before);
    let mut following = [0; 6];
    let following = clause_after(toks, noun_end, &mut following);

    // Increment words next to the figure or inside its noun group: "another 123", "an additional
    // 2,700", "1,200 additional doctors", "2.700 médicos más", "otros 50".
    let in_group =
        (figure_end..=noun_end.min(toks.len().saturating_sub(1))).any(|k| is_increment(toks, k));
    if before.last().is_some_and(|&k| is_increment(toks, k))
        || in_group
        || toks.get(first.saturating_sub(2)..first).is_some_and(|w| {
            w.iter()
                .any(|t| t.is(&["additional", "adicionales", "another"]))
        })
    {
        return Some(Qualifier::Additional);
    }
    // The whole of a share: the 250 of "148 of the 250 seats", "148 de los 250 escaños".
    let whole = first >= 3
        && toks[first - 1].is(&["the", "los", "las"])
        && toks[first - 2].is(&["of", "de"])
        && toks[first - 3]
            .text
            .starts_with(|c: char| c.is_ascii_digit());
    if whole {
        return Some(Qualifier::Total);
    }
    // A goal: "the goal of 1,200", "we are going to achieve … an average of 12". A plan or a
    // contract that is worth a sum names a package, not a goal ("a housing plan worth €2.5
    // billion", "a contract worth £210,000 a week").
    let names_a_sum = |k: usize| {
        let worth = toks
            .get(k + 1)
            .is_some_and(|t| t.is(&["worth", "valued", "costing", "valorado", "dotado"]));
        // "anunció un plan de reconstrucción de 61 mil millones": the noun, not "plans to".
        let noun = k > 0
            && toks[k - 1].is(&[
                "a", "an", "the", "its", "their", "un", "el", "su", "sus", "este", "this",
            ]);
        let agreement = toks[k].is(&[
            "contract",
            "contracts",
            "deal",
            "agreement",
            "contrato",
            "acuerdo",
        ]);
        (toks[k].is(&["plan", "plans"]) && (worth || noun)) || (agreement && worth)
    };
    // "scored 29 goals in 34 appearances": a cue counted by a figure is what is counted.
    let counted = |k: usize| k > 0 && toks[k - 1].text.starts_with(|c: char| c.is_ascii_digit());
    // "el Gobierno espera superar los 100 millones": a hope ("la lista de espera de 700.000",
    // "la lista de espera quirúrgica" are a queue, "las naves en espera" are waiting).
    let hoped = |k: usize| {
        toks[k].is(&["espera"])
            && !toks.get(k + 1).is_some_and(|t| t.is(&["de", "del"]))
            && !(k > 0 && toks[k - 1].is(&["en", "de"]))
    };
    // "beating analysts' estimates of $94.5 billion", "las estimaciones de los analistas": what
    // analysts estimate is a forecast (an agency's estimate of a toll is not).
    let analysts_estimate = |k: usize| {
        toks[k].is(&["estimates", "estimate", "estimaciones", "estimacion"])
            && toks[k.saturating_sub(2)..(k + 4).min(toks.len())]
                .iter()
                .any(|t| t.is(&["analysts", "analistas", "consensus", "consenso"]))
    };
    if before.iter().rev().take(10).any(|&k| {
        (toks[k].is_in(&TARGET_CUES) && !names_a_sum(k) && !counted(k))
            || hoped(k)
            || analysts_estimate(k)
    }) {
        return Some(Qualifier::Target);
    }
    // "to N" after a verb of increase, or "a total of N".
    // Spanish "a" is "to"; English "a" after "at", "by", "of"… is the article ("grew at a 2.8%
    // annual rate").
    if reached_after(toks, before, &TO_TOTAL_VERBS) {
        return Some(Qualifier::Total);
    }
    if let Some(q) = phrase_before(toks, before) {
        return Some(q);
    }
    // "el 30 % que esperaban los analistas", "the 5% analysts had forecast": what was expected.
    // ("the 180,000 economists polled by Reuters had expected": further after forecasters.)
    // (Not "300 economists expected growth to slow": they are counted.)
    let reach = match following.first() {
        Some(&k) if super::extract::forecast_by(toks, k) => 7,
        Some(&k) if toks[k].is_in(&super::extract::FORECASTERS) => 0,
        _ => 4,
    };
    let expected_after = following
        .iter()
        .take(reach)
        .any(|&k| toks[k].is_in(&super::extract::EXPECTED));
    if expected_after {
        return Some(Qualifier::Target);
    }
    // After the figure: "who are already providing", "already active", "who will arrive".
    // ("desalojar a 1.200 vecinos y ya ha quemado 9.000 hectáreas": not past a conjunction.)
    let own = following
        .iter()
        .position(|&k| toks[k].is(&["and", "y", "e"]))
        .unwrap_or(following.len());
    for (n, &k) in following[..own].iter().enumerate() {
        if toks[k].is(&["already", "currently", "ya", "actualmente"]) {
            return Some(Qualifier::Already);
        }
        if n < 4 && toks[k].is_in(&ARRIVAL_VERBS) {
            return Some(Qualifier::Additional);
        }
    }
    // A forecast or a plan is no fact: "will grow about 3%", "said it would cut about 3,000
    // jobs", "crecerá alrededor de un 3 %", "alcanzarán los 5 millones". Only a verb right before
    // the figure (with "will"/"would" before it, or in the Spanish future), so that "will say …
    // 300 people died" keeps its fact.
    let forecast = match before {
        [.., will, _verb] if toks[*will].is(&["will", "would"]) => true,
        [.., will, _verb, article]
            if toks[*will].is(&["will", "would"]) && is_article(&toks[*article]) =>
        {
            true
        }
        [.., verb] | [.., verb, _] if spanish_future(&toks[*verb]) => true,
        _ => false,
    };
    if forecast {
        return Some(Qualifier::Target);
    }
    if before
        .iter()
        .rev()
        .take(6)
        // Lowercase only: "the Dow Jones Industrial Average fell 1.2%" names an index.
        .any(|&k| {
            // "el gasto medio diario", not "en medio de la crisis" ("in the middle of").
            let adjective = toks[k].is(&["medio", "medios", "medias"])
                && k > 0
                && !toks[k - 1].is(&["en", "por", "a", "de"]);
            !toks[k].is_capitalized()
                && (toks[k].is(&["average", "averages", "averaging", "promedio", "media"])
                    || adjective)
        })
    {
        return Some(Qualifier::Average);
    }
    if since {
        return Some(Qualifier::Cumulative);
    }
    None
}

/// Whether a token is an article ("the", "los").
fn is_article(t: &Tok) -> bool {
    t.is(&["the", "a", "an", "el", "la", "los", "las", "un", "una"])
}

/// Whether a word is a Spanish verb in the future tense ("crecerá", "alcanzarán"): lowercase,
/// written with its accent on the ending "-rá"/"-rán".
fn spanish_future(t: &Tok) -> bool {
    t.word
        && !t.is_capitalized()
        && t.text.len() > 6
        && (t.text.ends_with("rá") || t.text.ends_with("rán"))
}

/// The longest lexicon qualifier phrase that ends right before the figure (e.g. "a total of").
fn phrase_before(toks: &[Tok], before: &[usize]) -> Option<Qualifier> {
    // A phrase longer than the lexicon's longest cannot span the words from `start` on; a phrase
    // from `start` ends at the figure only when all those words are one (the longest) match.
    // Most figures follow a word that ends no such phrase.
    let last = &toks[*before.last()?].folded;
    if !lexicon::may_end_total(last) {
        return None;
    }
    let longest = lexicon::longest_qualifier();
    let mut key = String::with_capacity(64);
    for start in before.len().saturating_sub(longest)..before.len() {
        key.clear();
        for (i, &k) in before[start..].iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(&toks[k].folded);
        }
        if let Some(q @ (Qualifier::Total | Qualifier::Cumulative)) =
            lexicon::qualifier_phrase(&key)
        {
            return Some(q);
        }
    }
    None
}

/// Whether token `k` is an increment word ("additional", "more", "another", "a further", "otros").
fn is_increment(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    // "19,800 new cases", "19.800 casos nuevos de dengue": cases added since the last count (not
    // "New York", "Nuevas Generaciones": a name's word).
    if t.is(&["new", "nuevos", "nuevas"]) {
        return !t.is_capitalized();
    }
    if !t.is(&[
        "additional",
        "more",
        "another",
        "further",
        "adicionales",
        "adicional",
        "mas",
        "otros",
        "otras",
        "extra",
    ]) {
        return false;
    }
    // "more than 50" / "más de 50" is a bound, not an increment.
    !toks
        .get(k + 1)
        .is_some_and(|n| n.is(&["than", "de", "que"]))
}

/// Whether the noun group of a figure ending at token `noun_end` is followed by what makes it a
/// threshold: "the 38 needed for a majority", "los 38 escaños necesarios", "the 95% needed for herd
/// immunity".
pub fn is_threshold(toks: &[Tok], noun_end: usize) -> bool {
    toks.get(noun_end).is_some_and(|t| t.is(NEEDED))
}

/// The participles of a threshold, folded ("needed", "necesarios").
const NEEDED: &[&str] = &[
    "needed",
    "required",
    "necessary",
    "necesario",
    "necesaria",
    "necesarios",
    "necesarias",
    "requerido",
    "requerida",
    "requeridos",
    "requeridas",
    // "below the 95% recommended", "por debajo del 95 % recomendado".
    "recommended",
    "recomendado",
    "recomendada",
];

/// Word-token indexes of up to `out.len()` tokens before `first`, back to the clause start, in
/// order (written into `out`).
fn clause_before<'o>(toks: &[Tok], first: usize, out: &'o mut [usize]) -> &'o [usize] {
    let mut n = 0;
    let mut k = first;
    while k > 0 && n < out.len() {
        k -= 1;
        if toks[k].is_clause_break() {
            break;
        }
        if toks[k].word {
            out[n] = k;
            n += 1;
        }
    }
    out[..n].reverse();
    &out[..n]
}

/// Word-token indexes of up to `out.len()` tokens from `after`, up to the clause end (written
/// into `out`).
fn clause_after<'o>(toks: &[Tok], after: usize, out: &'o mut [usize]) -> &'o [usize] {
    let mut n = 0;
    for (k, _) in toks
        .iter()
        .enumerate()
        .skip(after)
        .take_while(|(_, t)| !t.is_clause_break())
        .filter(|(_, t)| t.word)
        .take(out.len())
    {
        out[n] = k;
        n += 1;
    }
    &out[..n]
}
