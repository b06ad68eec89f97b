//! Non-numeric checkable statements: an assertion that a measurable fact changed ("increasing
//! productivity in consultations") or a denial that it is known ("has no metrics … regarding the
//! performance, productivity"), each with its topic and polarity so findings can compare them.

use super::tokens::{Tok, Words};
use crate::claims::Polarity;
use crate::lexicon::{FastMap, Shapes};
use std::sync::OnceLock;

/// Measurable facts a statement can be about: surface form (folded) → topic (English), a line
/// each, separated by ';' (one string: no pointer per word in the wasm).
const TOPICS: &str = concat!(
    "productivity;productivity\n",
    "productividad;productivity\n",
    "performance;performance\n",
    "desempeno;performance\n",
    "rendimiento;performance\n",
    "efficiency;efficiency\n",
    "eficiencia;efficiency\n",
    "quality;quality\n",
    "calidad;quality\n",
    "effectiveness;effectiveness\n",
    "eficacia;effectiveness\n",
    "efectividad;effectiveness\n",
    "unemployment;unemployment\n",
    "desempleo;unemployment\n",
    "employment;employment\n",
    "empleo;employment\n",
    "inflation;inflation\n",
    "inflacion;inflation\n",
    "poverty;poverty\n",
    "pobreza;poverty\n",
    "crime;crime\n",
    "criminalidad;crime\n",
    "delincuencia;crime\n",
    "violence;violence\n",
    "violencia;violence\n",
    "mortality;mortality\n",
    "mortalidad;mortality\n",
    "coverage;coverage\n",
    "cobertura;coverage\n",
    "access;access\n",
    "acceso;access\n",
    "attendance;attendance\n",
    "asistencia;attendance\n",
    "turnout;turnout\n",
    "participacion;turnout\n",
    "growth;growth\n",
    "crecimiento;growth\n",
    "sales;sales\n",
    "ventas;sales\n",
    "exports;exports\n",
    "exportaciones;exports\n",
    "emissions;emissions\n",
    "emisiones;emissions\n",
    "waiting;waiting times\n",
    "espera;waiting times\n",
);

/// Verbs asserting that a fact changed.
static CHANGE_VERBS: Words = Words::new(concat!(
    "increase|",
    "increases|",
    "increased|",
    "increasing|",
    "improve|",
    "improves|",
    "improved|",
    "improving|",
    "boost|",
    "boosts|",
    "boosted|",
    "boosting|",
    "raise|",
    "raised|",
    "raising|",
    "reduce|",
    "reduces|",
    "reduced|",
    "reducing|",
    "lower|",
    "lowered|",
    "lowering|",
    "cut|",
    "cuts|",
    "cutting|",
    "decrease|",
    "decreased|",
    "decreasing|",
    "rise|",
    "rose|",
    "risen|",
    "fall|",
    "fell|",
    "fallen|",
    "aumentar|",
    "aumento|",
    "aumentando|",
    "aumenta|",
    "incrementar|",
    "incremento|",
    "incrementando|",
    "mejorar|",
    "mejoro|",
    "mejorando|",
    "mejora|",
    "reducir|",
    "redujo|",
    "reduciendo|",
    "reduce|",
    "elevar|",
    "elevo|",
    "elevando|",
    "disminuir|",
    "disminuyo|",
    "disminuyendo|",
    "bajar|",
    "bajo|",
));

/// Words that deny something exists or is known.
static ABSENCE: Words = Words::new(concat!(
    "no|",
    "not|",
    "none|",
    "neither|",
    "nor|",
    "never|",
    "without|",
    "lack|",
    "lacks|",
    "lacking|",
    "unaware|",
    "unknown|",
    "ningun|",
    "ninguna|",
    "ninguno|",
    "ni|",
    "sin|",
    "nunca|",
    "carece|",
    "carecen|",
    "desconoce|",
    "desconocen|",
));

/// Nouns for the evidence that would show a fact ("no metrics regarding …").
static EVIDENCE: Words = Words::new(concat!(
    "metrics|",
    "metric|",
    "indicators|",
    "indicator|",
    "reports|",
    "report|",
    "data|",
    "evidence|",
    "figures|",
    "records|",
    "information|",
    "studies|",
    "study|",
    "evaluation|",
    "evaluations|",
    "assessment|",
    "assessments|",
    "measurement|",
    "metricas|",
    "indicadores|",
    "informes|",
    "reportes|",
    "datos|",
    "pruebas|",
    "evidencia|",
    "cifras|",
    "registros|",
    "informacion|",
    "estudios|",
    "evaluacion|",
    "evaluaciones|",
));

/// A statement found in a sentence: token span of its quote, topic and polarity.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// First token of the quote.
    pub first: usize,
    /// One past the quote's last token.
    pub last: usize,
    /// The measurable fact (English).
    pub topic: &'static str,
    /// Asserted or denied.
    pub polarity: Polarity,
}

/// The statements of a sentence's tokens, one per topic.
// Out of line: its scan of every token keeps its registers.
#[inline(never)]
pub fn find(toks: &[Tok]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    // Topic words are rare: a tight scan finds them, the rest is read only there.
    let topics = toks
        .iter()
        .enumerate()
        .filter_map(|(k, t)| topic(t).map(|topic| (k, topic)));
    for (k, topic) in topics {
        if out.iter().any(|s| s.topic == topic) {
            continue;
        }
        if let Some(statement) = statement_at(toks, k, topic) {
            out.push(statement);
        }
    }
    out
}

/// The statement about `topic`, named by token `k`, if the words before it make one.
#[inline(never)]
fn statement_at(toks: &[Tok], k: usize, topic: &'static str) -> Option<Statement> {
    // The words before the topic, nearest first: at most 16, back to the last terminator.
    let window = (k.saturating_sub(16)..k)
        .rev()
        .take_while(|&j| !matches!(toks[j].text, "." | ";" | "(" | ")" | "?" | "!"));
    let negated = window.clone().find(|&j| toks[j].is_in(&ABSENCE));
    let evidence = window.clone().any(|j| toks[j].is_in(&EVIDENCE));
    let change = window.take(3).find(|&j| toks[j].is_in(&CHANGE_VERBS));
    let quote_end = phrase_end(toks, k + 1);
    match (negated, evidence, change) {
        (Some(neg), true, _) => Some(Statement {
            first: neg,
            last: k + 1,
            topic,
            polarity: Polarity::Denied,
        }),
        (Some(neg), false, Some(verb)) if neg + 3 >= verb => Some(Statement {
            first: neg,
            last: quote_end,
            topic,
            polarity: Polarity::Denied,
        }),
        (_, _, Some(verb)) => Some(Statement {
            first: verb,
            last: quote_end,
            topic,
            polarity: Polarity::Asserted,
        }),
        _ => None,
    }
}

/// A filter of the [`TOPICS`] forms.
const TOPIC_SHAPES: Shapes = Shapes::of_first_fields(TOPICS, b'\n', b';');

/// The length of the shortest [`TOPICS`] form.
const SHORTEST_TOPIC: usize = {
    let w = TOPICS.as_bytes();
    let mut shortest = usize::MAX;
    let (mut i, mut start) = (0, 0);
    while i < w.len() {
        match w[i] {
            b';' if i - start < shortest => shortest = i - start,
            b'\n' => start = i + 1,
            _ => {}
        }
        i += 1;
    }
    shortest
};

/// The topic a token names, if any.
fn topic(t: &Tok) -> Option<&'static str> {
    // Most words are ruled out by their first and last letters and length.
    // Most words are shorter than the shortest form.
    if !t.word || t.folded.len() < SHORTEST_TOPIC || !TOPIC_SHAPES.admits(&t.folded) {
        return None;
    }
    // The forms by folded word.
    static BY_FORM: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        let mut map = FastMap::default();
        for (form, topic) in TOPICS
            .split_terminator('\n')
            .filter_map(|l| l.split_once(';'))
        {
            map.entry(form).or_insert(topic);
        }
        map
    });
    by_form.get(t.folded.as_ref()).copied()
}

/// Extends a quote over a short "in X" / "en X" complement after the topic.
fn phrase_end(toks: &[Tok], k: usize) -> usize {
    if k < toks.len() && toks[k].is(&["in", "en", "of", "de"]) {
        let mut end = k + 1;
        while end < toks.len() && end < k + 3 && toks[end].word && !toks[end].is(&["and", "y"]) {
            end += 1;
        }
        return end;
    }
    k
}
