//! What narrows a share of a whole to the part it counts: "45% of cases were in the northeast" and
//! "60% of cases were among women" are shares of the same cases, but of different parts of them,
//! so they are never one measure.

use super::measure;
use super::tokens::Tok;
use crate::lexicon::Pairs;
use crate::time::TimeExpr;

/// Verbs that join a share's whole to what its part is ("were in the northeast", "eran mujeres"),
/// with the auxiliaries of a passive ("have been identified", "han sido identificadas").
const COPULAS: &str = "were|was|are|is|eran|era|son|es|fueron|fue|estaban|estaba|estan|esta|\
have|has|had|han|ha|habian|habia|been|sido|";

/// Words after the verb that say where a part was counted, not which part it is ("were recorded in
/// the northeast" is "were in the northeast").
const NEUTRAL: &str = "recorded|registered|reported|detected|found|located|concentrated|\
registrados|registradas|reportados|reportadas|detectados|detectadas|ubicados|ubicadas|\
concentrados|concentradas|registraron|concentraron|";

/// Words of comparison, which say how much, not which part ("tenía más de 60 años").
const COMPARING: &str = "more|less|over|under|above|below|mas|menos|older|younger|";

/// Words that end a predicate: a conjunction opens another clause ("and 20% in the south"), a
/// source cue follows it ("according to the ministry").
const ENDS: &str = "and|y|while|mientras|but|pero|according|segun|than|que|who|which|cuando|when|";

/// The folded content words (at most two) of the predicate of a share "N% of <whole> <verb>
/// <predicate>", read from the token after the figure; empty when the figure is no share of a
/// stated whole or no verb follows the whole.
pub fn predicate(toks: &[Tok], after: usize, times: &[TimeExpr]) -> Vec<String> {
    if !toks.get(after).is_some_and(|t| t.is(&["of", "de", "del"])) {
        return Vec::new();
    }
    let open = |k: usize| k < toks.len() && !toks[k].is_clause_break();
    // The verb ends the whole within a few words: "of dengue cases were".
    let mut negated = false;
    let mut k = after + 1;
    while open(k) && k < after + 7 {
        let t = &toks[k];
        if is(t, COPULAS) || (t.word && measure::looks_like_verb(t)) {
            break;
        }
        // "se concentra en el noreste": the verb after a reflexive pronoun.
        if t.is(&["se"]) {
            k += 1;
            break;
        }
        negated |= crate::lexicon::is_negation(&t.folded);
        k += 1;
    }
    if !open(k) || k == after + 7 || k == after + 1 {
        return Vec::new();
    }
    let mut verbs = Vec::new();
    let mut nouns = Vec::new();
    for t in toks[k + 1..].iter().take(6) {
        let stops = !t.word
            || is(t, ENDS)
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || crate::lexicon::reporting::is_reporting_verb_folded(&t.folded)
            || times.iter().any(|e| e.start <= t.start && t.end <= e.end);
        if stops {
            break;
        }
        if crate::lexicon::is_negation(&t.folded) {
            negated = true;
            continue;
        }
        if crate::lexicon::is_stopword(&t.folded)
            || is(t, COPULAS)
            || is(t, NEUTRAL)
            || is(t, COMPARING)
        {
            continue;
        }
        // A known noun or demonym by its concept, so "women" and "mujeres" read alike; "people"
        // is the whole again, not a part of it.
        // "39% of teachers were on strike", "el 40 % de los maestros está en huelga": a
        // walkout, not an attack.
        if t.is(&["strike", "huelga"]) {
            nouns.push("on strike".to_string());
            continue;
        }
        let concept = crate::lexicon::concept(&t.folded).map(|c| c.id);
        if concept == Some("person") {
            continue;
        }
        let word = concept
            .or_else(|| t.demonym())
            .or_else(|| COMPASS.get(&t.folded))
            .unwrap_or(t.folded.as_ref());
        let label = if std::mem::take(&mut negated) {
            ["not ", word].concat()
        } else {
            word.to_string()
        };
        let list = if measure::looks_like_verb(t) {
            &mut verbs
        } else {
            &mut nouns
        };
        if list.len() < 2 {
            list.push(label);
        }
    }
    // "were in the northeast": the place or group; "were hospitalized": the state.
    if nouns.is_empty() {
        verbs
    } else {
        nouns
    }
}

/// Whether a word token is one of the `|`-ended words of `list`.
fn is(t: &Tok, list: &str) -> bool {
    t.word && crate::lexicon::listed(list, &t.folded)
}

/// Spanish names of the compass regions, as English names them ("el noreste" is "the northeast").
static COMPASS: Pairs = Pairs::new(concat!(
    "noreste=northeast|nordeste=northeast|noroeste=northwest|sureste=southeast|",
    "sudeste=southeast|suroeste=southwest|sudoeste=southwest|norte=north|sur=south|",
));
