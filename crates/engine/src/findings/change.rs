//! Change over time: how two claims' times relate — the same moment, different dates (a figure that
//! grew or fell), or different periods — and the rule that a later figure worded as an update
//! ("rose to", "elevó") is a change, not a conflict.

use super::index::Entry;
use super::key::Family;
use crate::time::Date;

/// Two figures closer than this many days with no update wording are about the same moment.
pub const SAME_TIME_DAYS: i64 = 10;
/// Figures this many days apart or fewer, with no update wording, are about the same moment.
pub const NEAR_DAYS: i64 = 2;
/// Periods whose starts or ends differ by more than this many days are different periods.
pub const PERIOD_SLACK_DAYS: i64 = 45;

/// How the times of two claims relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// The same moment.
    Same,
    /// At least one of the two has no date at all (no time stated, no publication date): figures
    /// that differ cannot be called a contradiction or a change.
    Unknown,
    /// Two figures a few days apart (more than [`NEAR_DAYS`], at most [`SAME_TIME_DAYS`]) with no
    /// update wording: the same moment, or a figure that moved in between.
    Near {
        /// Days from the second claim's date to the first's.
        days: i64,
    },
    /// Different dates, `days` apart (positive: the first claim is later).
    Apart {
        /// Days from the second claim's date to the first's.
        days: i64,
    },
    /// Different but overlapping periods.
    Periods,
    /// Periods that do not overlap.
    Disjoint,
}

fn days(a: Date, b: Date) -> i64 {
    b.days_until(a)
}

fn period(e: &Entry) -> (Option<Date>, Option<Date>) {
    let t = &e.claim.time;
    let end = t.to.or(t.as_of);
    match (t.from, end) {
        // A one-day "period" ("este domingo") is a moment.
        (Some(f), Some(e)) if days(e, f).abs() <= 1 => (None, end),
        (f, _) => (f, end),
    }
}

/// Whether one claim's period lies within the other's and its figure is the smaller: "1,145
/// deaths in 2023" and "130 in August" are a year and one of its months, not a discrepancy.
pub(crate) fn part_of_period(a: &Entry, b: &Entry) -> bool {
    let (fa, ea) = period(a);
    let (fb, eb) = period(b);
    let within = |(f, e): (Option<Date>, Option<Date>), (g, h): (Option<Date>, Option<Date>)| matches!((f, e, g, h), (Some(f), Some(e), Some(g), Some(h)) if g >= f && h <= e);
    (within((fa, ea), (fb, eb)) && a.number >= b.number)
        || (within((fb, eb), (fa, ea)) && b.number >= a.number)
}

/// Whether a head counts a running toll (deaths, injured, missing, casualties) or tally (an
/// outbreak's cases, patients in hospital, arrests, evacuations): a figure that is updated as it
/// grows.
pub(crate) fn is_tally(head: &str) -> bool {
    crate::lexicon::is_a_one_of(head, &TALLIES)
}

/// The concepts whose kinds [`is_tally`] counts.
pub(crate) const TALLIES: [&str; 6] = [
    "casualty",
    "case",
    "hospitalization",
    "patient",
    "arrest",
    "evacuation",
];

/// Whether both claims count a running tally ([`is_tally`], or a group in a state that an event
/// puts more in as it goes on: "homes damaged", "people evacuated"), so two days' figures are a
/// change, not one moment's disagreement.
pub(crate) fn running_tolls(a: &Entry, b: &Entry) -> bool {
    let toll = |e: &Entry| {
        e.head.as_deref().is_some_and(is_tally)
            || e.mods.iter().any(|m| crate::claims::state(m).is_some())
    };
    toll(a) && toll(b)
}

/// How the times of `a` and `b` relate.
pub(crate) fn relate(a: &Entry, b: &Entry) -> When {
    let (fa, ea) = period(a);
    let (fb, eb) = period(b);
    let money = a.family == Family::Money;
    let has_period = |f: Option<Date>| f.is_some();
    if has_period(fa) || has_period(fb) || (money && a.claim.time.to != b.claim.time.to) {
        // A running tally counted "since the outbreak began" and one without a start count
        // from the same beginning.
        let since = |e: &Entry, f: Option<Date>| f.is_some() && e.claim.time.to.is_none();
        // "by mid-2024" (a cut-off: no start, an end) and "a mediados de 2024" that ends the
        // same day are one moment of a stock.
        let cutoff = |e: &Entry| e.claim.time.from.is_none() && e.claim.time.to.is_some();
        let same_end =
            matches!((ea, eb), (Some(x), Some(y)) if days(x, y).abs() <= PERIOD_SLACK_DAYS);
        let starts_differ = match (fa, fb) {
            (Some(x), Some(y)) => days(x, y).abs() > PERIOD_SLACK_DAYS,
            (None, None) => false,
            _ if since(a, fa) || since(b, fb) => !running_tolls(a, b),
            (None, _) if cutoff(a) && same_end => false,
            (_, None) if cutoff(b) && same_end => false,
            _ => true,
        };
        let ends_differ = match (ea, eb) {
            (Some(x), Some(y)) => days(x, y).abs() > PERIOD_SLACK_DAYS,
            _ => false,
        };
        if starts_differ || ends_differ {
            // Overlap: each period starts before the other ends. A figure of one moment (no
            // start) starts then: "46 dead as of February 2024" and "500 dead in 2010" do not
            // overlap.
            let before = |f: Option<Date>, e: Option<Date>| match (f, e) {
                (Some(f), Some(e)) => f <= e,
                _ => true,
            };
            let (sa, sb) = (fa.or(ea), fb.or(eb));
            return if before(sa, eb) && before(sb, ea) {
                When::Periods
            } else {
                When::Disjoint
            };
        }
    }
    match (ea, eb) {
        (Some(x), Some(y)) => {
            let d = days(x, y);
            // "48,000 on Monday" and "29,500 on Tuesday": two days each text names are two
            // moments, however near.
            if d != 0 && names_its_day(a) && names_its_day(b) {
                return When::Apart { days: d };
            }
            let later_updates = (if d > 0 { a.update } else { b.update }) || running_tolls(a, b);
            // "23 ships were waiting" on 6 March and "61 ships" on 14 March: one moment or a
            // figure that moved, which the texts do not say; nor do "about 450" on 13 August
            // and "around 650 on Saturday", the 16th.
            if d.abs() <= SAME_TIME_DAYS && !(d != 0 && later_updates) {
                if d.abs() > NEAR_DAYS {
                    When::Near { days: d }
                } else {
                    When::Same
                }
            } else {
                When::Apart { days: d }
            }
        }
        _ => When::Unknown,
    }
}

/// Whether a claim's own words date it to one day ("on Monday", "el 5 de marzo"), not its
/// publication.
fn names_its_day(e: &Entry) -> bool {
    let t = &e.claim.time;
    t.from.is_some() && t.from == t.to && t.text.as_deref().is_some_and(|s| !s.is_empty())
}

/// "2 months", "9 days": a span for prose.
pub fn span(days: i64) -> String {
    let d = days.abs();
    if d >= 60 {
        format!("{} months", (d as f64 / 30.44).round() as i64)
    } else if d == 1 {
        "1 day".to_string()
    } else {
        format!("{d} days")
    }
}
