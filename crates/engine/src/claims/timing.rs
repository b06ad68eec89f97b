//! The time a claim refers to: the date expression of its clause (a period, a start, a cut-off, a
//! duration or a relative date resolved against the publication date), else the publication date.

use crate::claims::TimeRef;
use crate::lexicon::Words;
use crate::time::{Date, Precision, Relative, TimeExpr, TimeKind};

/// The time of a figure at bytes `figure` of a sentence, given the sentence's resolved expressions and
/// the byte range of the figure's clause: an expression of the same clause, or a coarse one (a year,
/// a period, a start or a cut-off) elsewhere in the sentence.
pub fn of_figure(
    sentence: &str,
    exprs: &[TimeExpr],
    figure: (usize, usize),
    clause: (usize, usize),
    published: Option<Date>,
) -> TimeRef {
    let (pos, end) = figure;
    // "On Monday, police recorded 25 fires", "El 3 de marzo, …": an expression that opens the
    // sentence, set off by a comma, dates the sentence's clauses.
    let opens = |e: &TimeExpr| {
        let before = sentence[..e.start].trim();
        let lead_in = before.is_empty()
            || before.len() <= 5 && before.bytes().all(|b| b.is_ascii_alphabetic());
        lead_in && sentence[e.end..].trim_start().starts_with(',')
    };
    // "went on strike on Monday, closing more than 1,200 schools", "…, dejando 40 heridos": a
    // clause of a gerund happens when the clause before it does.
    let gerund = opens_with_gerund(&sentence[clause.0..]);
    let applies = |e: &&TimeExpr| {
        // An expression that starts in the clause is the clause's, its own commas and all ("on
        // May 13, 2024", "from June 10 to 12, 2025").
        let same_clause = e.start >= clause.0 && e.start < clause.1;
        // "…, against a target to eliminate such waits by September": a deadline in a later
        // clause is that clause's ("El presupuesto para 2024 asciende a …, un 6,2 % más" frames
        // the sentence).
        let later_deadline = e.kind == TimeKind::By && e.start >= end;
        let coarse = e.precision >= Precision::Month && !later_deadline;
        // "61.4%, down from 66.8% in 2021": 2021 is the earlier value's, not 61.4%'s (read only
        // for an expression that would apply otherwise).
        // "…, up from its February forecast of 1 billion": the month is that forecast's.
        let anothers = || {
            !dates_figure(sentence, e, end) && dates_an_earlier_value(sentence, e.start)
                || pos < e.start && after_from(sentence, e.start)
        };
        // "36 million votes, …, surpassing the 30.1 million won by López Obrador in 2018": a
        // later clause's expression that dates a figure of its own is that figure's.
        let nearer = || {
            e.start >= end
                && sentence.get(end..e.start).is_some_and(|between| {
                    between
                        .rfind(|c: char| c.is_ascii_digit())
                        .is_some_and(|k| dates_figure(sentence, e, end + k + 1))
                })
        };
        e.is_resolved()
            && (same_clause || opens(e) || coarse && !nearer() || gerund && e.end <= clause.0)
            && !in_a_describing_clause(sentence, e, pos)
            && !anothers()
    };
    // Which expressions apply, decided once for the three readings below (a bit each; any past
    // the 64th is decided where it is read).
    let known = exprs
        .iter()
        .take(64)
        .enumerate()
        .fold(0u64, |bits, (i, e)| bits | u64::from(applies(&e)) << i);
    // An expression after the figure with only a few words between is its own: "from 4.3% in
    // March", "up from 180 in the same period of 2024".
    let applicable = || {
        exprs
            .iter()
            .enumerate()
            .filter(move |(i, e)| {
                if *i < 64 {
                    known >> i & 1 != 0
                } else {
                    applies(e)
                }
            })
            .map(|(_, e)| e)
    };
    let distance = |e: &&TimeExpr| {
        if e.end <= pos {
            pos - e.end
        } else {
            e.start.saturating_sub(pos)
        }
    };
    // "said on Wednesday its profit rose … in the first half of the year": the day of the
    // statement dates the figure only when nothing else does.
    // (Not past a contrast: "October's gain was revised to 150,000, while September's was
    // lowered to 262,000".)
    let contrast = |e: &TimeExpr| {
        sentence.get(end..e.start).is_some_and(|between| {
            between
                .split(|c: char| !c.is_alphabetic())
                .any(|w| super::context::CONTRASTS.contains(&w))
        })
    };
    let nearest = applicable()
        .find(|e| e.start >= end && dates_figure(sentence, e, end) && !contrast(e))
        .or_else(|| {
            applicable()
                .filter(|e| !(dates_the_statement(sentence, e) || e.start >= end && contrast(e)))
                .min_by_key(distance)
        })
        .or_else(|| applicable().min_by_key(distance));
    match nearest {
        // "hospitalized since the outbreak began in late January": a count since then.
        Some(e)
            if matches!(
                e.kind,
                TimeKind::Point | TimeKind::Period | TimeKind::Relative
            ) && began_since(sentence, e.start) =>
        {
            TimeRef {
                as_of: published,
                from: e.from,
                to: None,
                text: Some(sentence[e.start..e.end].to_string()),
            }
        }
        // "the deadliest since the 2010 earthquake, which killed 525 people": the figure is the
        // named event's, so it is dated by that event's year, not counted since it.
        Some(e) if e.kind == TimeKind::Since && describes_the_start(sentence, e, pos) => {
            let mut event = *e;
            event.kind = TimeKind::Period;
            event.to = e.from.and_then(|d| match e.precision {
                Precision::Year => Date::new(d.year, 12, 31),
                Precision::Month => crate::time::month_bounds(d.year, d.month).map(|(_, to)| to),
                _ => Some(d),
            });
            from_expr(sentence, &event, published)
        }
        Some(e) => from_expr(
            sentence,
            &told_in_the_past(sentence, e, published),
            published,
        ),
        None => TimeRef {
            as_of: published,
            ..TimeRef::default()
        },
    }
}

/// Whether the figure at `pos` is in a relative clause about the event a "since" expression names
/// ("since the 2010 earthquake, which killed 525 people", "desde el terremoto de 2010, que dejó
/// 525 muertos"): a comma a few words after the expression, a relative word, and no other break
/// before the figure.
pub(crate) fn describes_the_start(sentence: &str, e: &TimeExpr, pos: usize) -> bool {
    let Some(between) = sentence.get(e.end..pos) else {
        return false;
    };
    let Some(comma) = between.find(',') else {
        return false;
    };
    let clause = between[comma + 1..].trim_start();
    let relative = clause
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| {
            crate::lexicon::listed("which|that|who|que|quien|quienes|donde|where|", w)
        });
    relative
        && between[..comma].split_whitespace().count() <= 4
        && !clause.contains([',', ';', ':'])
}

/// A month or day with no year, read as the nearest one, in a clause whose tense says otherwise:
/// told in the past when it is after the publication date ("Boeing delivered 44 aircraft in June",
/// published in May; "la empresa entregó 44 aviones en junio"), the one of the year before;
/// looking ahead when it is before ("la planta cerrará en diciembre", published in May), the one
/// of the year after. The clause is the expression's, from the comma before it.
fn told_in_the_past(sentence: &str, e: &TimeExpr, published: Option<Date>) -> TimeExpr {
    let mut e = *e;
    let yearless = matches!(
        e.relative,
        Some(
            Relative::Month { .. }
                | Relative::DayMonth { past: false, .. }
                | Relative::DaysOfMonth { .. }
        )
    );
    let (Some(p), Some(from), Some(to)) = (published, e.from, e.to) else {
        return e;
    };
    if !yearless {
        return e;
    }
    let opens = sentence[..e.start].rfind(',').map_or(0, |k| k + 1);
    let shift = match tense(&sentence[opens..e.end]) {
        Some(true) if from > p => -1,
        Some(false) if to < p => 1,
        _ => return e,
    };
    e.from = Some(from.add_years(shift));
    e.to = Some(to.add_years(shift));
    e
}

/// Words that look ahead ("will", "expects", "va a", "prevé"; not "expected" or "due": "fell more
/// than expected", "due to"), the first [`AHEAD`] of the list, then English verbs in the past tense
/// that do not end in "-ed", folded.
static TENSES: Words = Words::new(concat!(
    "will|would|shall|expects|expect|scheduled|va|van|preve|proximo|proxima|",
    "rose|fell|grew|was|were|had|saw|made|took|won|lost|paid|sold|hit|went|came|got|gave|left|",
    "met|held|spent|led|built|shrank|",
));

/// How many words of [`TENSES`] look ahead.
const AHEAD: usize = 11;

/// Whether a clause looks ahead (`Some(false)`: a word of [`TENSES`] that does, or a Spanish
/// future, "-rá", "-rán"), else is told in the past (`Some(true)`: another word of [`TENSES`], an
/// English verb in "-ed", a Spanish preterite in "-ó", "-aron", "-ieron"), else neither.
fn tense(clause: &str) -> Option<bool> {
    let mut past = false;
    for word in clause.split(|c: char| !c.is_alphabetic()) {
        if word.len() < 2 {
            continue;
        }
        // (Lowercase: "Irán" is no future.)
        let lower = !word.starts_with(char::is_uppercase);
        if lower && (word.ends_with("rá") || word.ends_with("rán")) {
            return Some(false);
        }
        let w = crate::lexicon::folded(word);
        let listed = TENSES.position(&w);
        if listed.is_some_and(|k| k < AHEAD) {
            return Some(false);
        }
        past |= listed.is_some()
            || w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && w != "hundred"
            || word.ends_with('ó')
            || w.len() >= 6 && (w.ends_with("aron") || w.ends_with("ieron"));
    }
    past.then_some(true)
}

/// Whether the expression starting at byte `start` (after its "in"/"de", or with it) dates the
/// earlier value of a change ("down from 66.8% in 2021", "frente al 4,3 % de marzo"): it belongs to
/// that figure, not to the clause before. A plain "de" before a figure ("un aumento de 5 % en
/// 2023") says no such thing.
fn dates_an_earlier_value(sentence: &str, start: usize) -> bool {
    // Back over a few words ("in", "de", "in the same period of") to the figure.
    let mut before = sentence[..start].trim_end();
    for _ in 0..FILLER_WORDS {
        if before.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
            break;
        }
        let word_start = before.trim_end_matches(char::is_alphabetic);
        if word_start.len() == before.len() || !word_start.ends_with(' ') {
            return false;
        }
        before = word_start.trim_end();
    }
    if !before.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        return false;
    }
    let figure_start = before
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | ' ' | '$'));
    let mut words = figure_start
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .map(crate::case::lower);
    let (last, second) = (words.next(), words.next());
    let (last, second) = match last.as_deref() {
        // "frente a los 180".
        Some("el" | "la" | "los" | "las") => (second, words.next()),
        _ => (last, second),
    };
    matches!(
        (last.as_deref(), second.as_deref()),
        (Some("from" | "desde"), _)
            | (Some("al" | "a"), Some("frente"))
            | (Some("with"), Some("compared"))
    )
}

/// Whether the expression starting at byte `start` follows "from its", "from the", "from their"
/// (an earlier figure named by what dates it: "up from its February forecast").
fn after_from(sentence: &str, start: usize) -> bool {
    let mut words = sentence[..start].rsplit(' ').filter(|w| !w.is_empty());
    let (det, from) = (words.next(), words.next());
    matches!(det, Some("its" | "the" | "their")) && from == Some("from")
}

/// Verbs of beginning that date a start after "since"/"desde que", folded.
const BEGAN: [&str; 15] = [
    "began", "started", "begun", "erupted", "emerged", "comenzo", "empezo", "inicio", "arranco",
    "estallo", "surgio", // "since it broke out on Sunday", "since the quake struck on Monday"
    "broke", "struck", "declared", "declaro",
];

/// Whether the expression starting at byte `start` dates a start given by a clause opened by
/// "since" or "desde (que)": "since the outbreak began in late January", "desde que comenzó el
/// brote a finales de enero".
fn began_since(sentence: &str, start: usize) -> bool {
    let mut began = false;
    let words = sentence[..start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(8);
    for word in words {
        let w = crate::lexicon::folded(word);
        if w == "since" || w == "desde" {
            return began;
        }
        began |= BEGAN.contains(&w.as_ref());
    }
    false
}

/// Whether expression `e` is the day a statement was made: right after a reporting verb ("said
/// on Wednesday", "said Tuesday", "informó este miércoles").
pub fn dates_the_statement(sentence: &str, e: &TimeExpr) -> bool {
    // "estimated last month that 10,457 people died": a coarser time between the verb and what
    // was said.
    let then_that = || {
        let next = sentence[e.end..].split_whitespace().next();
        next.is_some_and(|w| w == "that" || w == "que")
    };
    if e.precision != Precision::Day && !then_that() {
        return false;
    }
    let mut words = sentence[..e.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev();
    let mut last = words.next();
    if last.is_some_and(|w| words!["on", "este", "el", "this", "last"].contains(w)) {
        last = words.next();
    }
    last.is_some_and(crate::lexicon::reporting::is_reporting_verb)
}

/// Most words between a figure and the date expression that still dates it ("180 in the same
/// period of 2024", "los 180 del mismo periodo de 2024").
const FILLER_WORDS: usize = 6;

/// Whether expression `e` follows a figure ending at byte `end` with only a few words between
/// ("180 in the same period of 2024"): no figure, punctuation or clause between them.
pub fn dates_figure(sentence: &str, e: &TimeExpr, end: usize) -> bool {
    if right_after(e, end) {
        return true;
    }
    let Some(between) = sentence.get(end..e.start) else {
        return false;
    };
    let words = between.split_whitespace();
    // Counted only as far as the limit: the expression may be far away.
    words.clone().take(FILLER_WORDS + 1).count() <= FILLER_WORDS
        && words
            .into_iter()
            .all(|w| w.chars().all(char::is_alphabetic))
}

/// Whether expression `e` starts right after a figure ending at byte `end` ("4.3% in March").
pub fn right_after(e: &TimeExpr, end: usize) -> bool {
    e.start >= end && e.start <= end + 4
}

/// A [`TimeRef`] from one expression.
pub fn from_expr(sentence: &str, e: &TimeExpr, published: Option<Date>) -> TimeRef {
    let text = Some(sentence[e.start..e.end].to_string());
    match e.kind {
        TimeKind::Since => TimeRef {
            as_of: published,
            from: e.from,
            to: None,
            text,
        },
        TimeKind::By => TimeRef {
            as_of: e.as_of.or(e.to),
            from: None,
            to: e.as_of.or(e.to),
            text,
        },
        TimeKind::Point => TimeRef {
            as_of: e.from,
            from: e.from,
            to: e.to,
            text,
        },
        TimeKind::Period | TimeKind::Duration | TimeKind::Relative => TimeRef {
            as_of: e.to.or(e.as_of),
            from: e.from,
            to: e.to,
            text,
        },
    }
}

/// The period a "since" names itself ("since 2017" → 2017; "since March" → March), for what
/// happened then.
pub fn the_named_period(t: TimeRef, precision: Precision) -> TimeRef {
    let Some(from) = t.from else {
        return t;
    };
    let to = match precision {
        Precision::Year => Date {
            month: 12,
            day: 31,
            ..from
        },
        Precision::Month => from.month_end(),
        Precision::Day => from,
        _ => return t,
    };
    TimeRef {
        as_of: Some(to),
        from: Some(from),
        to: Some(to),
        text: t.text,
    }
}

/// Whether an expression dates an appositive between commas that describes a name ("Northwind,
/// founded in 1998, employs 30,000 people", "la empresa, creada en 2010, emplea a 300") or a
/// relative clause after a comma ("the 92% standard, which has not been met since 2016"), when
/// the figure at byte `figure` is outside it.
pub(crate) fn in_a_describing_clause(sentence: &str, e: &TimeExpr, figure: usize) -> bool {
    if restrictive_clause(sentence, e, figure) {
        return true;
    }
    let Some(comma) = sentence[..e.start].rfind(',') else {
        return false;
    };
    // A figure inside the clause is dated by it ("…, which has had 300 beds since 2016").
    let clause_end = sentence[e.end..]
        .find(',')
        .map_or(sentence.len(), |k| e.end + k);
    if (comma..clause_end).contains(&figure) {
        return false;
    }
    let closed = sentence[e.end..].trim_start().starts_with(',');
    let opening = sentence[comma + 1..e.start].trim_start();
    let word = opening
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    const PARTICIPLES: &[&str] = &[
        "founded",
        "established",
        "created",
        "born",
        "built",
        "opened",
        "launched",
        "fundada",
        "fundado",
        "creada",
        "creado",
        "nacido",
        "nacida",
        "inaugurada",
        "inaugurado",
        "construida",
        "construido",
    ];
    // ", which has not been met since 2016": a relative clause, to its end.
    const RELATIVES: &[&str] = &[
        "which", "who", "whose", "que", "quien", "quienes", "cuyo", "cuya",
    ];
    // The lists are ASCII: an unaccented comparison needs no folded copy of the word.
    let listed = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    (closed && listed(PARTICIPLES)) || listed(RELATIVES)
}

/// Whether the expression `e` is in a relative clause without commas that describes the subject
/// of a later verb, which has the figure: "A wildfire that broke out on Thursday has burned more
/// than 12,000 hectares" (the fire broke out on Thursday; the hectares are counted now). English
/// only: Spanish "que" is as often the start of what was said.
#[inline(never)]
fn restrictive_clause(sentence: &str, e: &TimeExpr, figure: usize) -> bool {
    // A day: what a describing clause names is an event ("broke out on Thursday").
    if figure < e.end || e.precision != Precision::Day {
        return false;
    }
    // "a fire that broke out", not "officials said that the fire": a relative pronoun, a verb
    // after it (read first: the clause before the expression is short).
    let from = sentence[..e.start].rfind(',').map_or(0, |k| k + 1);
    let mut before = "";
    let relative = sentence[from..e.start].split(' ').any(|w| {
        let relative = before == "which"
            || before == "that" && !w.is_empty() && !crate::lexicon::is_stopword(w);
        before = w;
        relative
    });
    // Words split at spaces ("12,000" keeps its comma; a word ending in one ends the clause).
    let between = sentence.get(e.end..figure).unwrap_or("");
    relative
        && between
            .split(' ')
            .any(|w| matches!(w, "has" | "have" | "had"))
        && !between.split(' ').any(|w| w.ends_with(','))
}

/// Whether a clause opens with a gerund ("closing", "dejando"; not "cuando").
fn opens_with_gerund(clause: &str) -> bool {
    let word = clause.trim_start().split(' ').next().unwrap_or("");
    word.ends_with("ing") || word.ends_with("ndo") && word != "cuando"
}
