//! An article's own figures that do not add up: two values for one measure (or one attributed
//! dispute in a sentence), a + b = c statements that miss, listed parts that do not sum to their
//! stated total, and a currency conversion that implies an implausible exchange rate.

use super::compare::{agree, compatible, same_number, Interval};
use super::index::Entry;
use super::key::{self, Family, Meaning};
use super::money::{self, Rate};
use super::FindingKind;
use crate::case::Lowercase;
use crate::lexicon::Words;

/// Why an article's figures do not add up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trouble {
    /// Two sources in one sentence give different values.
    Dispute,
    /// Two values for one measure in one article.
    TwoValues,
    /// An increment plus what exists misses the stated total.
    Sum {
        /// What the increment and the existing figure add up to.
        expected: f64,
    },
    /// Listed parts that do not sum to the stated total.
    Parts {
        /// The sum of the parts.
        sum: f64,
    },
    /// A conversion implying an implausible exchange rate.
    Rate {
        /// Units of the foreign currency per USD the sentence implies.
        implied: f64,
        /// The table's rate for the year.
        table: Rate,
    },
}

/// A finding inside one document, before explanation.
#[derive(Debug, Clone)]
pub(crate) struct Internal {
    pub kind: FindingKind,
    /// Entry indices, cited in order.
    pub entries: Vec<usize>,
    pub trouble: Trouble,
}

const NOT_EXHAUSTIVE: &str = concat!(
    "including|",
    "include|",
    "includes|",
    "among|",
    "such as|",
    "incluidos|",
    "incluidas|",
    "entre ellos|",
    "entre ellas|",
    "como|",
    "at least|",
    // A ranking names the largest parts only.
    "followed by|",
    "the most|",
    "the largest|",
    "the biggest|",
    "seguida de|",
    "seguido de|",
    "seguidas de|",
    "seguidos de|",
    "con más|",
    "la mayor|",
    "el mayor|",
    "los mayores|",
    "las mayores|",
);

fn figure_family(f: Family) -> bool {
    !matches!(f, Family::Statement | Family::Date)
}

/// The internal findings among the entries `new` of one document.
pub(crate) fn check(entries: &[Entry], new: &[usize]) -> Vec<Internal> {
    let mut out: Vec<Internal> = Vec::new();
    // A handful of disputes per document: a list, not a hash set.
    let mut seen_pairs: Vec<(u64, u64)> = Vec::new();
    let mut push = |out: &mut Vec<Internal>, i: Internal, a: f64, b: f64| {
        let key = (a.min(b).to_bits(), a.max(b).to_bits());
        if matches!(i.trouble, Trouble::Dispute | Trouble::TwoValues)
            && !insert_new(&mut seen_pairs, key)
        {
            return;
        }
        out.push(i);
    };
    for (x, &i) in new.iter().enumerate() {
        let a = &entries[i];
        if !figure_family(a.family) {
            continue;
        }
        for &j in &new[x + 1..] {
            let b = &entries[j];
            if b.family != a.family || a.scope_number.is_some() || b.scope_number.is_some() {
                continue;
            }
            if same_number(a.native, b.native) && a.claim.unit == b.claim.unit {
                continue;
            }
            if a.family == Family::Money && a.same_sentence(b) && a.claim.unit != b.claim.unit {
                if let Some(t) = converts(a, b).then(|| conversion(a, b)).flatten() {
                    out.push(Internal {
                        kind: FindingKind::Inconsistency,
                        entries: vec![i, j],
                        trouble: t,
                    });
                }
                continue;
            }
            if let Some(kind) = dispute(a, b) {
                push(
                    &mut out,
                    Internal {
                        kind,
                        entries: vec![i, j],
                        trouble: Trouble::Dispute,
                    },
                    a.number,
                    b.number,
                );
            } else if two_values(a, b) {
                push(
                    &mut out,
                    Internal {
                        kind: FindingKind::Inconsistency,
                        entries: vec![i, j],
                        trouble: Trouble::TwoValues,
                    },
                    a.number,
                    b.number,
                );
            }
        }
    }
    out.extend(sums(entries, new));
    out.extend(parts(entries, new));
    out
}

/// Two different values for one figure in one sentence, from different voices (an attribution,
/// or one in parentheses): a dispute the article reports (conflict) or makes (inconsistency).
/// Also two named voices in neighbouring sentences giving one head, one day, incompatible values
/// ("Around 700 firefighters …, the Xunta said. The union CSIF said only about 450 …").
fn dispute(a: &Entry, b: &Entry) -> Option<FindingKind> {
    if a.family == Family::Money {
        return None;
    }
    if !a.same_sentence(b) && !neighbouring_voices(a, b) {
        return None;
    }
    let excluded =
        |m: Meaning| matches!(m, Meaning::Additional | Meaning::Average | Meaning::Target);
    if excluded(a.meaning) || excluded(b.meaning) {
        return None;
    }
    if !(a.meaning == b.meaning || a.meaning == Meaning::Plain || b.meaning == Meaning::Plain) {
        return None;
    }
    if a.claim.place != b.claim.place && a.claim.place.is_some() && b.claim.place.is_some() {
        return None;
    }
    // "8.8% in April, … against 11% in March": two times, not two voices.
    if a.claim.time != b.claim.time && a.claim.time.text.is_some() && b.claim.time.text.is_some() {
        return None;
    }
    // "la tasa de desempleo subió al 9,1%, …, mientras que el movimiento de carga cayó un
    // 62%": a figure without a head is the other's only if its measure says the same, or
    // nothing ("la Delegación del Gobierno las cifró en 45.000").
    let same_measure = match (&a.head, &b.head) {
        (Some(x), Some(y)) => x == y,
        (None, None) => false,
        _ => {
            a.words.is_empty()
                || b.words.is_empty()
                || key::word_similarity(&a.words, &b.words) >= 0.5
        }
    };
    if !same_measure {
        return None;
    }
    if !key::modifiers_nested(&a.mods, &b.mods) {
        return None;
    }
    if compatible(a.interval, b.interval) {
        return None;
    }
    let norm = |s: &Option<String>| s.as_ref().map(|s| s.trim().lowercase());
    let (va, vb) = (norm(&a.claim.attribution), norm(&b.claim.attribution));
    if va != vb {
        Some(FindingKind::Conflict)
    } else if a.parenthetical != b.parenthetical {
        Some(FindingKind::Inconsistency)
    } else {
        None
    }
}

/// Whether `a` and `b`, of neighbouring sentences of one article (their figures no further apart
/// than their two sentences are long), are given by two named voices for one head and one day.
fn neighbouring_voices(a: &Entry, b: &Entry) -> bool {
    let near = a.doc == b.doc
        && a.claim.start.abs_diff(b.claim.start) <= a.claim.text.len() + b.claim.text.len();
    let same_head = a.head.is_some() && a.head == b.head;
    let same_day = a.claim.time.as_of.is_some()
        && a.claim.time.as_of == b.claim.time.as_of
        && a.claim.time.from == b.claim.time.from;
    // The voices are compared (two lowercased copies) only for figures that pass the rest.
    let named_apart = || match (&a.claim.attribution, &b.claim.attribution) {
        (Some(x), Some(y)) => x.trim().lowercase() != y.trim().lowercase(),
        _ => false,
    };
    near && same_head && same_day && named_apart()
}

/// Two values for one measure in different sentences: the same head, modifiers, meaning, place and
/// time, and values that cannot both be true.
fn two_values(a: &Entry, b: &Entry) -> bool {
    if a.same_sentence(b) {
        return false;
    }
    let (Some(ha), Some(hb)) = (&a.head, &b.head) else {
        return false;
    };
    if ha != hb || a.mods != b.mods || a.meaning != b.meaning || a.claim.place != b.claim.place {
        return false;
    }
    // Only figures that describe the whole ("already there", "in total", "since 2002") can
    // contradict each other across sentences; unqualified ones are as often parts of a list ("in
    // district 4, 1,200 homes …; in district 5, 900 homes …").
    if !matches!(
        a.meaning,
        Meaning::Already | Meaning::Total | Meaning::Cumulative
    ) {
        return false;
    }
    let (sa, sb) = (scope_words(&a.claim.text), scope_words(&b.claim.text));
    if !sa.is_empty() && !sb.is_empty() && sa != sb {
        return false;
    }
    if a.claim.time != b.claim.time
        && (a.claim.time.as_of != b.claim.time.as_of || a.claim.time.from != b.claim.time.from)
    {
        return false;
    }
    if a.update || b.update {
        return false;
    }
    !compatible(a.interval, b.interval)
        && !agree(
            (a.number, a.claim.bound, a.interval),
            (b.number, b.claim.bound, b.interval),
        )
}

/// The names a sentence scopes itself to: capitalized words or numbers right after "in", "en",
/// "across", "at" ("in District 4", "en Oaxaca").
fn scope_words(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<String> = words
        .windows(2)
        .filter(|w| matches!(w[0], "in" | "en" | "across" | "at"))
        .map(|w| w[1])
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .map(crate::case::lower)
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// A conversion in one sentence: the implied rate against the table's.
fn conversion(a: &Entry, b: &Entry) -> Option<Trouble> {
    let (ca, cb) = (a.claim.unit.as_deref()?, b.claim.unit.as_deref()?);
    let year = a
        .claim
        .time
        .as_of
        .or(a.claim.time.to)
        .map_or(money::LAST_YEAR, |d| d.year);
    let (foreign, usd) = if cb == "USD" {
        (a, b)
    } else if ca == "USD" {
        (b, a)
    } else {
        // Two foreign currencies: compare their dollar values.
        let (x, y) = (a.usd?.0, b.usd?.0);
        let r = a.usd?.1;
        return (super::compare::ratio(x, y) > 1.6).then_some(Trouble::Rate {
            implied: a.native / (b.native / b.usd?.1.per_usd),
            table: r,
        });
    };
    let cur = foreign.claim.unit.as_deref()?;
    if usd.native == 0.0 {
        return None;
    }
    let implied = foreign.native / usd.native;
    let table = money::rate(cur, year)?;
    match money::plausible_rate(cur, year, implied)? {
        true => None,
        false => Some(Trouble::Rate { implied, table }),
    }
}

/// Words that may stand between an amount and its conversion: "€200m ($220m)", "2.000 millones de
/// pesos, unos 110 millones de dólares", "£5bn, or about $6.3bn".
static BETWEEN_CONVERSIONS: Words = Words::new(
    "or|o|about|around|some|roughly|approximately|nearly|almost|equivalent|equal|to|worth|unos|unas|alrededor|de|del|equivalentes|equivalente|a|al|cerca|casi|aproximadamente|es|decir|",
);

/// Whether one of two amounts of one sentence is the other's conversion: the second follows the
/// first, in parentheses or after a comma, with at most a hedge between ("a 2.4 billion-euro ($2.6
/// billion) plan … at a cost of 200 million euros": the dollars convert the first euros only).
fn converts(a: &Entry, b: &Entry) -> bool {
    let (x, y) = if a.claim.start <= b.claim.start {
        (a, b)
    } else {
        (b, a)
    };
    let text = &x.claim.text;
    let Some(offset) = text.find(x.claim.quote.as_str()) else {
        return false;
    };
    let start = x.claim.start.saturating_sub(offset);
    let gap = (x.claim.end.checked_sub(start))
        .zip(y.claim.start.checked_sub(start))
        .and_then(|(s, e)| text.get(s..e));
    gap.is_some_and(|gap| {
        let mut words = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        words.clone().count() <= 3
            && words.all(|w| BETWEEN_CONVERSIONS.contains(w))
            && !gap.contains(['.', ';', ':'])
    })
}

fn sum_interval(a: Interval, b: Interval) -> Interval {
    Interval {
        lo: a.lo + b.lo,
        hi: a.hi + b.hi,
    }
}

/// "join the 950 … increasing the number to 3,650" with 2,700 arriving: a + b = c in one sentence.
fn sums(entries: &[Entry], new: &[usize]) -> Vec<Internal> {
    let mut out = Vec::new();
    for &c in new {
        let total = &entries[c];
        // A total still to come adds up like one ("con lo que habrá en total 900").
        let totals = matches!(total.meaning, Meaning::Total | Meaning::Target);
        if !totals || total.family != Family::Count {
            continue;
        }
        let in_sentence: Vec<usize> = new
            .iter()
            .copied()
            .filter(|&k| {
                k != c && entries[k].same_sentence(total) && entries[k].family == Family::Count
            })
            .filter(|&k| entries[k].scope_number.is_none())
            .filter(|&k| match (&entries[k].head, &total.head) {
                (Some(x), Some(y)) => key::heads_related(x, y, 2),
                _ => true,
            })
            .collect();
        let adds: Vec<usize> = in_sentence
            .iter()
            .copied()
            .filter(|&k| entries[k].meaning == Meaning::Additional)
            .collect();
        let bases: Vec<usize> = in_sentence
            .iter()
            .copied()
            .filter(|&k| matches!(entries[k].meaning, Meaning::Already | Meaning::Plain))
            .collect();
        if let (Some(&a), Some(&b)) = (adds.first(), bases.first()) {
            let (ea, eb) = (&entries[a], &entries[b]);
            let expected = sum_interval(ea.interval, eb.interval);
            if !expected.overlaps(total.interval) {
                out.push(Internal {
                    kind: FindingKind::Inconsistency,
                    entries: vec![a, b, c],
                    trouble: Trouble::Sum {
                        expected: ea.number + eb.number,
                    },
                });
            }
        }
    }
    out
}

/// A stated total and the parts listed with it (same or next sentence, distinct places or groups).
fn parts(entries: &[Entry], new: &[usize]) -> Vec<Internal> {
    let mut out = Vec::new();
    let sentences: Vec<&str> = {
        let mut s: Vec<&str> = Vec::new();
        for &k in new {
            let t = entries[k].claim.text.as_str();
            if s.last() != Some(&t) {
                s.push(t);
            }
        }
        s
    };
    for &c in new {
        let total = &entries[c];
        if total.family != Family::Count || total.scope_number.is_some() {
            continue;
        }
        let Some(pos) = sentences.iter().position(|s| *s == total.claim.text) else {
            continue;
        };
        let lower = total.claim.text.lowercase();
        // "casi el 18 % del total": a share of another total.
        let share_of_total = ["of the total", "of total", "del total"]
            .iter()
            .any(|w| lower.contains(w));
        let says_total = total.meaning == Meaning::Total
            || (!share_of_total
                && ["total", "in all", "altogether", "en total", "en conjunto"]
                    .iter()
                    .any(|w| lower.contains(w)));
        if !says_total || !matches!(total.meaning, Meaning::Total | Meaning::Plain) {
            continue;
        }
        let window: Vec<&str> = sentences[pos..(pos + 2).min(sentences.len())].to_vec();
        let list: Vec<usize> = new
            .iter()
            .copied()
            .filter(|&k| k != c && window.contains(&entries[k].claim.text.as_str()))
            .filter(|&k| {
                let p = &entries[k];
                p.family == Family::Count
                    && p.meaning == Meaning::Plain
                    && p.scope_number.is_none()
                    && p.number < total.number
                    && match (&p.head, &total.head) {
                        (Some(x), Some(y)) => x == y,
                        (None, _) => true,
                        _ => false,
                    }
            })
            .collect();
        // Parts name their groups (a place, a modifier), or form a list of three or more in a
        // sentence of their own.
        let named = list
            .iter()
            .all(|&k| entries[k].claim.place.is_some() || !entries[k].mods.is_empty());
        let listed = list.len() >= 3
            && list.iter().all(|&k| {
                entries[k].claim.text == entries[list[0]].claim.text
                    && entries[k].claim.text != total.claim.text
            });
        if !(named || listed) {
            continue;
        }
        // Distinct groups only.
        let mut groups: Vec<(Option<String>, Vec<String>)> = Vec::new();
        let mut chosen = Vec::new();
        for k in list {
            let g = (entries[k].claim.place.clone(), entries[k].mods.clone());
            if g.0.is_some() && g.0 == total.claim.place && g.1 == total.mods {
                continue;
            }
            if named && groups.contains(&g) {
                continue;
            }
            {
                groups.push(g);
                chosen.push(k);
            }
        }
        if chosen.len() < 2 {
            continue;
        }
        let window_text = window.join(" ").lowercase();
        let exhaustive = !NOT_EXHAUSTIVE
            .split_terminator('|')
            .any(|w| window_text.contains(w));
        let sum: f64 = chosen.iter().map(|&k| entries[k].number).sum();
        let sum_iv = chosen
            .iter()
            .map(|&k| entries[k].interval)
            .reduce(sum_interval)
            .expect("two parts");
        let over = sum_iv.lo > total.interval.hi;
        let under = exhaustive && chosen.len() >= 3 && sum_iv.hi < total.interval.lo;
        if (over || under) && sum >= total.number * 0.5 {
            let mut ids = vec![c];
            ids.extend(chosen);
            out.push(Internal {
                kind: FindingKind::Inconsistency,
                entries: ids,
                trouble: Trouble::Parts { sum },
            });
        }
    }
    out
}

/// Adds `key` to `seen` unless it is there; whether it was new.
fn insert_new(seen: &mut Vec<(u64, u64)>, key: (u64, u64)) -> bool {
    let new = !seen.contains(&key);
    if new {
        seen.push(key);
    }
    new
}
