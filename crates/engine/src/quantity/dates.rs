//! Calendar dates ("13 May 2024", "May 13, 2024", "31 de agosto de 2025", "11/27/2024",
//! "July 2022"), times of day ("09:46", "3 p.m.") and the year test for bare four-digit figures.

use super::decimal::rem;
use super::scan::{Glue, Tokens, TK};
use crate::lexicon::Words;

/// Month number of an English or Spanish month name (normalized).
pub(crate) fn month(w: &str, upper: bool) -> Option<u32> {
    if may_be_month(w.as_bytes()) {
        month_named(w, upper)
    } else {
        None
    }
}

/// For each first letter of a month name, its possible second letters, as bits.
const MONTH_STARTS: [u32; 26] = letter_pairs(b"jafemaapabjuauagseocnodedien");

/// The second letters that may follow each first letter in `pairs` (two lowercase letters each).
const fn letter_pairs(pairs: &[u8]) -> [u32; 26] {
    let mut t = [0u32; 26];
    let mut k = 0;
    while k + 1 < pairs.len() {
        t[(pairs[k] - b'a') as usize] |= 1 << (pairs[k + 1] - b'a');
        k += 2;
    }
    t
}

/// Whether a normalized word may be a month name: most words are ruled out by their length and
/// first two letters.
#[inline]
pub(crate) fn may_be_month(b: &[u8]) -> bool {
    if !(3..=10).contains(&b.len()) {
        return false;
    }
    let (first, second) = (b[0].wrapping_sub(b'a'), b[1].wrapping_sub(b'a'));
    MONTH_STARTS
        .get(usize::from(first))
        .is_some_and(|s| s.checked_shr(u32::from(second)).is_some_and(|s| s & 1 != 0))
}

/// [`month`] for a word that passed its filter.
fn month_named(w: &str, upper: bool) -> Option<u32> {
    Some(match w {
        "january" | "jan" | "enero" | "ene" => 1,
        "february" | "feb" | "febrero" => 2,
        "march" | "marzo" => 3,
        "april" | "apr" | "abril" | "abr" => 4,
        "may" if upper => 5,
        "mayo" => 5,
        "june" | "jun" | "junio" => 6,
        "july" | "jul" | "julio" => 7,
        "august" | "aug" | "agosto" | "ago" => 8,
        "september" | "sept" | "sep" | "septiembre" | "setiembre" => 9,
        "october" | "oct" | "octubre" => 10,
        "november" | "nov" | "noviembre" => 11,
        "december" | "dec" | "diciembre" | "dic" => 12,
        _ => return None,
    })
}

/// A found date or time: token range, kind and value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub t0: usize,
    pub t1: usize,
    /// Some(year) for a dated quantity, None for a date without a year (consumed, not reported).
    pub year: Option<f64>,
    /// A time of day (value in hours).
    pub time: Option<f64>,
}

fn int_at(tk: &Tokens, k: usize) -> Option<(f64, usize)> {
    let t = tk.toks.get(k)?;
    if t.kind != TK::Num || t.junk || t.measure {
        return None;
    }
    let l = t.lit?;
    if !l.int || !(l.plain || t.ordinal) || t.mult != 1.0 {
        return None;
    }
    Some((l.value, l.int_digits))
}

pub(crate) fn is_year(tk: &Tokens, k: usize) -> Option<f64> {
    let (v, d) = int_at(tk, k)?;
    if d == 4 && (1000.0..=2200.0).contains(&v) && !tk.toks[k].ordinal {
        Some(v)
    } else {
        None
    }
}

/// The second year of a span written from the year `y` at token `k - 1` through a glued
/// '-', '–' or '/' at `k`: "2022-23", "2022/23" (a fiscal year, a season), "2022-2023".
pub(crate) fn year_span(tk: &Tokens, k: usize, y: f64) -> Option<f64> {
    let glued = |i: usize| tk.toks.get(i).is_some_and(|t| !t.space);
    if !matches!(tk.sym(k), '-' | '–' | '/') || !glued(k) || !glued(k + 1) {
        return None;
    }
    let (v, d) = int_at(tk, k + 1)?;
    let next = y + 1.0;
    match d {
        2 if v == rem(next, 100.0) => Some(next),
        4 if v > y && v <= y + 30.0 => Some(v),
        _ => None,
    }
}

/// Nouns a year before them names (see [`names_a_year_of`]).
static YEAR_NAMED: Words = Words::new(concat!(
    "level|",
    "levels|",
    "figures|",
    "prices|",
    "dollars|",
    "terms|",
    "budget|",
    "budgets|",
    "election|",
    "elections|",
    "census|",
    "season|",
    "campaign|",
    "report|",
    "survey|",
    "data|",
    "estimate|",
    "estimates|",
    "baseline|",
    "average|",
    "growth|",
    "forecast|",
    "forecasts|",
    "outlook|",
    "target|",
    "targets|",
    "deficit|",
    "inflation|",
    "revenue|",
    "revenues|",
    "harvest|",
    "fiscal|",
    "peak|",
    "high|",
    "low|",
    "record|",
    "olympics|",
    "games|",
    "tournament|",
    "edition|",
    "model|",
    "law|",
    "act|",
    "agreement|",
    "deal|",
    "accord|",
    "treaty|",
    "pandemic|",
    "crisis|",
    "earthquake|",
    "floods|",
    "war|",
    "invasion|",
    "coup|",
    "riots|",
    "attack|",
    "attacks|",
));

/// Whether a noun after a year-like figure is something a year names rather than something the
/// figure counts: "2019 levels", "the 2024 budget", "2010 dollars" (not "2019 doctors").
pub(crate) fn names_a_year_of(noun: &str) -> bool {
    YEAR_NAMED.contains(noun)
}

fn day_at(tk: &Tokens, k: usize) -> Option<f64> {
    let (v, d) = int_at(tk, k)?;
    if d <= 2 && (1.0..=31.0).contains(&v) {
        Some(v)
    } else {
        None
    }
}

/// The date or time starting at token `i`, if any.
pub(crate) fn at(tk: &Tokens, i: usize) -> Option<Found> {
    let toks = &tk.toks;
    let t = &toks[i];
    let w = |k: usize| tk.norm(k);
    let upper = |k: usize| toks.get(k).is_some_and(|t| t.upper);
    // Year after a month: optional "de"/"of"/",".
    let year_after = |k: usize| -> Option<(f64, usize)> {
        let mut k = k;
        if matches!(w(k), "de" | "del" | "of") || tk.sym(k) == ',' {
            k += 1;
        }
        is_year(tk, k).map(|y| (y, k + 1))
    };
    if t.kind == TK::Num {
        // "mid-2026", "late-2024": a part of a year.
        if t.glue == Glue::LetterHyphen && i >= 2 && matches!(w(i - 2), "mid" | "early" | "late") {
            if let Some(y) = is_year(tk, i) {
                return Some(Found {
                    t0: i - 2,
                    t1: i + 1,
                    year: Some(y),
                    time: None,
                });
            }
        }
        if let Some(f) = spanish_clock(tk, i) {
            return Some(f);
        }
        // Times: 09:46, 9.30 pm, 3 p.m.
        if let Some((h, hd)) = int_at(tk, i) {
            if hd <= 2 && h <= 24.0 && tk.sym(i + 1) == ':' && !toks[i + 1].space {
                if let Some((m, md)) = int_at(tk, i + 2) {
                    if md == 2 && m < 60.0 && !toks[i + 2].space {
                        let mut end = i + 3;
                        if tk.sym(end) == ':' && int_at(tk, end + 1).is_some_and(|(_, d)| d == 2) {
                            end += 2;
                        }
                        let (mut h2, mut e2) = ampm(tk, end, h);
                        // "7:30 de la noche".
                        if let Some((h3, e3)) = day_part(tk, e2, h).filter(|_| e2 == end) {
                            (h2, e2) = (h3, e3);
                        }
                        return Some(Found {
                            t0: i,
                            t1: e2,
                            year: None,
                            time: Some(h2 + m / 60.0),
                        });
                    }
                }
            }
            // Wire-copy clock times: "0117 GMT", "1430 UTC", "2300 horas GMT".
            if hd == 4 && rem(h, 100.0) < 60.0 && h < 2400.0 && time_zone(w(i + 1)) {
                return Some(Found {
                    t0: i,
                    t1: i + 2,
                    year: None,
                    time: Some((h / 100.0).floor() + (rem(h, 100.0)) / 60.0),
                });
            }
        }
        // "3 pm", "10 a.m.", and British clock times with a dot: "6.30am", "7.45 pm".
        if let Some((h, m, _)) = dotted_clock(tk, i).filter(|c| (1.0..=12.0).contains(&c.0)) {
            let (h2, e2) = ampm(tk, i + 1, h);
            if e2 > i + 1 {
                return Some(Found {
                    t0: i,
                    t1: e2,
                    year: None,
                    time: Some(h2 + m / 60.0),
                });
            }
        }
        // Numeric dates: 11/27/2024, 27-11-2024, 2024-05-13.
        if let Some((a, _)) = int_at(tk, i) {
            let s1 = tk.sym(i + 1);
            if (s1 == '/' || s1 == '-' || s1 == '.') && !toks[i + 1].space {
                if let (Some((b, _)), true) = (int_at(tk, i + 2), tk.sym(i + 3) == s1) {
                    if let Some((c, cd)) = int_at(tk, i + 4) {
                        if !toks[i + 2].space && !toks[i + 3].space && !toks[i + 4].space {
                            let year = if cd == 4 {
                                Some(c)
                            } else if toks[i].lit.is_some_and(|l| l.int_digits == 4) {
                                Some(a)
                            } else if cd == 2 {
                                Some(2000.0 + c)
                            } else {
                                None
                            };
                            if year.is_some() && a >= 1.0 && (1.0..=31.0).contains(&b) {
                                return Some(Found {
                                    t0: i,
                                    t1: i + 5,
                                    year,
                                    time: None,
                                });
                            }
                        }
                    }
                }
            }
        }
        // 13 May 2024, 31 de agosto de 2025, 1 de mayo; "del 10 al 12 de junio de 2025", "3-7
        // May": a span of days is one date, read from its last day, as "June 10-12, 2025" is.
        let last = first_day_of_span(tk, i).unwrap_or(i);
        if let Some(_d) = day_at(tk, last) {
            let mut k = last + 1;
            if w(k) == "de" || w(k) == "of" {
                k += 1;
            }
            if month(w(k), upper(k)).is_some() && toks[k].kind == TK::Word {
                // "14 Sept. 2024": an abbreviation's dot, when a year follows it ("on 7 May." ends
                // a sentence).
                let dotted = usize::from(tk.sym(k + 1) == '.');
                let (year, end) = match year_after(k + 1 + dotted) {
                    Some((y, e)) => (Some(y), e),
                    None => (None, k + 1),
                };
                return Some(Found {
                    t0: i,
                    t1: end,
                    year,
                    time: None,
                });
            }
        }
    }
    if t.kind == TK::Word && month(w(i), upper(i)).is_some() {
        let mut k = i + 1;
        if tk.sym(k) == '.' {
            k += 1;
        }
        // May 13, 2024 / May 4th; not "May 3, 4 and 5" (a list of days), but "On March 3, 25
        // fires were recorded" (a date, then a count).
        if let Some(_d) = day_at(tk, k) {
            let days_listed = tk.sym(k + 1) == ','
                && is_year(tk, k + 2).is_none()
                && day_at(tk, k + 2).is_some()
                && (matches!(tk.sym(k + 3), ',' | '-') || matches!(w(k + 3), "and" | "y" | "or"));
            if !days_listed {
                let mut end = k + 1;
                // "July 29-30", "July 29 and 30.": the span's second day.
                let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space);
                let dash = matches!(tk.sym(end), '-' | '–') && glued(end) && glued(end + 1);
                let joined = dash || words!["and", "to", "through", "y", "al"].contains(w(end));
                let last_day = day_at(tk, end + 1).is_some()
                    && toks.get(end + 2).is_none_or(|t| t.kind != TK::Word);
                if joined && last_day {
                    end += 2;
                }
                if let Some((y, e)) = year_after(end) {
                    return Some(Found {
                        t0: i,
                        t1: e,
                        year: Some(y),
                        time: None,
                    });
                }
                if is_year(tk, k).is_none() {
                    return Some(Found {
                        t0: i,
                        t1: end,
                        year: None,
                        time: None,
                    });
                }
            }
        }
        // July 2022 / agosto de 2025.
        if let Some((y, e)) = year_after(k) {
            return Some(Found {
                t0: i,
                t1: e,
                year: Some(y),
                time: None,
            });
        }
        // "in March", "en febrero", "since June", "mid-May": a month alone, its full name after
        // a preposition (an English name capitalized).
        let name = w(i);
        let full = name.len() >= 4 && name != "sept" || name == "may";
        let spanish = name.ends_with(['o', 'e']) || name == "abril";
        let before = |k: usize| i.checked_sub(k).map_or("", w);
        let after_prep =
            || crate::time::dates_after(before(1)) || tk.sym(i - 1) == '-' && before(2) == "mid";
        if i > 0 && full && (upper(i) || spanish) && after_prep() {
            return Some(Found {
                t0: i,
                t1: i + 1,
                year: None,
                time: None,
            });
        }
    }
    None
}

/// A Spanish clock time after "las"/"la": "a las 8.30", "las 22.30 horas", "a las 10 de la
/// noche" (22), "a la 1 de la tarde" (13); otherwise it needs "horas" or the part of the day, or
/// ends the phrase ("a las 10.").
fn spanish_clock(tk: &Tokens, i: usize) -> Option<Found> {
    if i == 0 || !matches!(tk.norm(i - 1), "las" | "la") {
        return None;
    }
    let (h, m, minutes) = dotted_clock(tk, i)?;
    let mut k = i + 1;
    // "a las 8.30 llegó": after "a" the clock needs nothing more ("las 17.25 unidades" is no time).
    let mut named = minutes && i >= 2 && tk.norm(i - 2) == "a";
    if matches!(tk.norm(k), "horas" | "hrs" | "h") {
        k += 1;
        named = true;
    }
    let mut h24 = h;
    if let Some((h2, e)) = day_part(tk, k, h) {
        h24 = h2;
        k = e;
        named = true;
    }
    // "a las 6:45" is read by the clock rule; a sentence's end or a comma ends the phrase.
    let ends = tk
        .toks
        .get(k)
        .is_none_or(|n| n.kind == TK::Sym && (n.space || !matches!(n.ch, ':' | '.' | '/')));
    let ends = ends || (tk.sym(k) == '.' && tk.toks.get(k + 1).is_none_or(|n| n.kind != TK::Num));
    if !named && !ends {
        return None;
    }
    Some(Found {
        t0: i,
        t1: k,
        year: None,
        time: Some(h24 + m / 60.0),
    })
}

/// The hour and minutes of the figure at token `i` written "8" or "8.30" (the minutes after a
/// dot, two digits), whether minutes were written; `None` for anything else.
fn dotted_clock(tk: &Tokens, i: usize) -> Option<(f64, f64, bool)> {
    let t = &tk.toks[i];
    let l = t.lit?;
    if t.ordinal || t.measure || t.junk || t.mult != 1.0 || t.end != l.end {
        return None;
    }
    let s = tk.text.get(t.start..l.end)?.as_bytes();
    let two = |d: &[u8]| -> Option<f64> {
        (d.len() <= 2 && !d.is_empty() && d.iter().all(u8::is_ascii_digit))
            .then(|| d.iter().fold(0.0, |a, &c| a * 10.0 + f64::from(c - b'0')))
    };
    let (h, m, minutes) = match s.iter().position(|&c| c == b'.') {
        Some(p) if s.len() == p + 3 => (two(&s[..p])?, two(&s[p + 1..])?, true),
        Some(_) => return None,
        None => (two(s)?, 0.0, false),
    };
    (h <= 24.0 && m < 60.0).then_some((h, m, minutes))
}

/// The Spanish part of the day after a clock time at token `k` ("de la noche", "de la tarde", "de
/// la mañana", "del mediodía"): the hour `h` on the 24-hour clock, and the token after.
fn day_part(tk: &Tokens, k: usize, h: f64) -> Option<(f64, usize)> {
    let part = match (tk.norm(k), tk.norm(k + 1)) {
        ("de", "la") => k + 2,
        ("de" | "del", _) => k + 1,
        _ => return None,
    };
    let pm = match tk.norm(part) {
        "tarde" | "noche" => true,
        "manana" | "madrugada" | "mediodia" => false,
        _ => return None,
    };
    Some((if pm && h < 12.0 { h + 12.0 } else { h }, part + 1))
}

/// Words before a time that make it a race's length rather than a time of day ("ran 2:00:35",
/// "con un tiempo de 3:28").
static RACE_CUES: Words =
    Words::new("ran|run|runs|clocked|timed|time|in|won|tiempo|marca|crono|de|en|");

/// A race time at token `i`: "3:28,76" or "1:43.25" (with hundredths), or "2:00:35" after a word
/// of racing. Its length in seconds and the token after it.
pub(crate) fn race_time(tk: &Tokens, i: usize) -> Option<(f64, usize)> {
    let (a, ad) = int_at(tk, i)?;
    let glued = |k: usize| tk.toks.get(k).is_some_and(|t| !t.space);
    if ad > 2 || tk.sym(i + 1) != ':' || !glued(i + 1) || !glued(i + 2) {
        return None;
    }
    // Two digits, then hundredths after a point or a comma: "28,76", "43.25".
    let seconds = |k: usize| -> Option<(f64, bool)> {
        let t = tk.toks.get(k).filter(|t| t.kind == TK::Num)?;
        let s = tk.text.get(t.start..t.end)?;
        let (whole, frac) = s.split_once(['.', ',']).unwrap_or((s, ""));
        let digits = |d: &str| d.bytes().all(|c| c.is_ascii_digit());
        if whole.len() != 2 || !digits(whole) || frac.len() > 3 || !digits(frac) {
            return None;
        }
        // Read by hand: `str::parse::<f64>` would bring float parsing into the wasm.
        let v = whole
            .bytes()
            .chain(frac.bytes())
            .fold(0.0, |a, c| a * 10.0 + f64::from(c - b'0'))
            / 10f64.powi(frac.len() as i32);
        (v < 60.0).then_some((v, !frac.is_empty()))
    };
    let (m, fraction) = seconds(i + 2)?;
    if fraction {
        return Some((a * 60.0 + m, i + 3));
    }
    let cue = i > 0 && tk.toks[i - 1].kind == TK::Word && RACE_CUES.contains(tk.norm(i - 1));
    if tk.sym(i + 3) != ':' || !glued(i + 3) || !glued(i + 4) || !cue {
        return None;
    }
    let (sec, _) = seconds(i + 4)?;
    Some((a * 3600.0 + m * 60.0 + sec, i + 5))
}

/// The second day after a first day written before the day that carries the month: "entre el 3
/// y el 7 de mayo", "del 3 al 7 de mayo", "3 and 4 May", "3-7 May" (the 3 is a day, not a
/// count).
fn first_day_of_span(tk: &Tokens, i: usize) -> Option<usize> {
    day_at(tk, i)?;
    let c = i + 1;
    let glued = tk.toks.get(c).is_some_and(|t| !t.space);
    let joined = words!["y", "e", "al", "a", "and", "to"].contains(tk.norm(c))
        || (matches!(tk.sym(c), '-' | '–') && glued);
    if !joined {
        return None;
    }
    let mut k = c + 1;
    if tk.norm(k) == "el" {
        k += 1;
    }
    day_at(tk, k)?;
    let day = k;
    k += 1;
    if matches!(tk.norm(k), "de" | "of") {
        k += 1;
    }
    let upper = tk.toks.get(k).is_some_and(|t| t.upper);
    (tk.toks.get(k).is_some_and(|t| t.kind == TK::Word) && month(tk.norm(k), upper).is_some())
        .then_some(day)
}

/// The time zones of [`time_zone`].
static TIME_ZONES: Words = Words::new("gmt|utc|est|edt|cst|cdt|mst|pst|pdt|cet|cest|bst|");

/// Whether `w` names a time zone written after a clock time ("GMT", "UTC", "EST").
fn time_zone(w: &str) -> bool {
    TIME_ZONES.contains(w)
}

/// "3 pm", "3 p.m.", "10 a.m.": returns the 24-hour value and the end token.
fn ampm(tk: &Tokens, k: usize, h: f64) -> (f64, usize) {
    let w = tk.norm(k);
    let (pm, end) = match w {
        "pm" => (true, k + 1),
        "am" => (false, k + 1),
        "p" | "a" if tk.sym(k + 1) == '.' && tk.norm(k + 2) == "m" => {
            let e = if tk.sym(k + 3) == '.' { k + 4 } else { k + 3 };
            (w == "p", e)
        }
        _ => return (h, k),
    };
    let h24 = if pm && h < 12.0 {
        h + 12.0
    } else if !pm && h == 12.0 {
        0.0
    } else {
        h
    };
    (h24, end)
}

/// Words after which a four-digit figure is a year (see [`year_context`]).
static YEAR_CONTEXT_WORDS: Words = Words::new(concat!(
    "in|",
    "since|",
    "of|",
    "by|",
    "until|",
    "till|",
    "before|",
    "after|",
    "from|",
    "through|",
    "during|",
    "year|",
    "early|",
    "late|",
    "mid|",
    "fiscal|",
    "en|",
    "desde|",
    "de|",
    "del|",
    "año|",
    "ano|",
    "hasta|",
    "para|",
    "antes|",
    "durante|",
    "between|",
    "entre|",
    "around|",
    "circa|",
    "el|",
    "spring|",
    "summer|",
    "autumn|",
    "fall|",
    "winter|",
    "season|",
    "class|",
    "born|",
    "nacido|",
    "nacida|",
    "verano|",
    "invierno|",
    "primavera|",
    "otono|",
));

/// Words after which a four-digit figure is read as a year.
pub(crate) fn year_context(w: &str) -> bool {
    YEAR_CONTEXT_WORDS.contains(w)
}
