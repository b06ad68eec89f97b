//! Where a figure holds and who says so: the place named in its clause ("in Mexico", "in Latin
//! America", "Mexico has …") and the attribution of its sentence ("according to X", "X said",
//! "writes Reuters", "the statement says").

use super::tokens::Tok;
use crate::lexicon;

/// The place of the figure at tokens `[first, after)`: named after it in its clause, else before it.
pub fn place(toks: &[Tok], first: usize, after: usize) -> Option<String> {
    let clause_end = (after..toks.len())
        .find(|&k| toks[k].is_clause_break())
        .unwrap_or(toks.len());
    let clause_start = (0..first)
        .rev()
        .find(|&k| toks[k].is_clause_break())
        .map_or(0, |k| k + 1);
    let found = |from: usize, to: usize| {
        (from..to).find_map(|k| {
            if !toks[k].word || !toks[k].is_capitalized() {
                return None;
            }
            let words: Vec<&str> = toks[k..to]
                .iter()
                .take_while(|t| t.word)
                .map(|t| t.text)
                .take(5)
                .collect();
            let (id, _) = lexicon::place(&words)?;
            // A demonym right before a noun is a modifier ("Cuban doctors"), not the place.
            let is_name = lexicon::demonym_country(toks[k].text).is_none();
            is_name.then(|| id.to_string())
        })
    };
    found(after, clause_end).or_else(|| found(clause_start, first))
}

/// Who the sentence attributes its content to, if it says.
pub fn attribution(toks: &[Tok]) -> Option<String> {
    // "according to X", "según X".
    for k in 0..toks.len() {
        let words: Vec<&str> = toks[k..].iter().take(5).map(|t| t.text).collect();
        if let Some(n) = lexicon::attribution_cue(&words) {
            if let Some(source) = noun_phrase(toks, k + n) {
                return Some(source);
            }
        }
    }
    // "…, writes Reuters", "said Robledo", "X said", "the statement says" — outside quotations.
    let quoted = quotation_depths(toks);
    for k in 0..toks.len() {
        if quoted[k] || !toks[k].word || !lexicon::is_reporting_verb(toks[k].text) {
            continue;
        }
        if let Some(source) = noun_phrase(toks, k + 1).filter(|s| starts_upper(s)) {
            return Some(source);
        }
        if let Some(source) = subject_before(toks, k) {
            return Some(source);
        }
    }
    None
}

/// A source named from token `k`: "the National Institute of Statistics (Inegi)", "Reuters",
/// "Prisoners Defenders".
fn noun_phrase(toks: &[Tok], k: usize) -> Option<String> {
    let mut j = k;
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
            if !(t.word && (t.is_capitalized() || linking)) {
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
    (end > start && toks[start].is_capitalized()).then(|| join(&toks[start..end]))
}

/// The subject right before a reporting verb: "Robledo said", "the statement says", "the
/// institute's statement concluded".
fn subject_before(toks: &[Tok], verb: usize) -> Option<String> {
    // A capitalized name: "Robledo said", "Human Rights Watch reported".
    let mut start = verb;
    while start > 0 && verb - start < 5 && toks[start - 1].word && toks[start - 1].is_capitalized()
    {
        start -= 1;
    }
    if start < verb && !lexicon::is_stopword(toks[start].text) {
        return Some(join(&toks[start..verb]));
    }
    // A determiner and a source noun: "the statement says", "the institute's statement concluded".
    let mut k = verb;
    while k > 0 && verb - k < 4 && toks[k - 1].word {
        k -= 1;
        if toks[k].is(&["the", "el", "la", "los", "las"]) {
            let has_source = toks[k + 1..verb].iter().any(is_source_noun);
            return has_source.then(|| join(&toks[k..verb]));
        }
    }
    None
}

/// For each token, whether it is inside a quotation ("…" or “…” or «…»).
fn quotation_depths(toks: &[Tok]) -> Vec<bool> {
    let mut inside = false;
    toks.iter()
        .map(|t| {
            match t.text {
                "“" | "«" => inside = true,
                "”" | "»" => inside = false,
                "\"" => inside = !inside,
                _ => {}
            }
            inside
        })
        .collect()
}

/// Common nouns that name a source ("the statement says", "the report said").
fn is_source_noun(t: &Tok) -> bool {
    t.is(&[
        "statement",
        "statements",
        "report",
        "study",
        "survey",
        "government",
        "ministry",
        "institute",
        "police",
        "organizers",
        "authorities",
        "officials",
        "agency",
        "comunicado",
        "informe",
        "estudio",
        "gobierno",
        "ministerio",
        "instituto",
        "policia",
        "autoridades",
        "organizadores",
    ])
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The tokens' text, with spaces between words (none inside parentheses' edges).
fn join(toks: &[Tok]) -> String {
    let mut out = String::new();
    for t in toks {
        let glue = !out.is_empty() && !out.ends_with('(') && t.text != ")";
        if glue {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}
