//! Conflicts and discrepancies between documents, and the pair rules that decide every
//! cross-document relation: whether two claims measure the same thing (heads, modifiers, place,
//! scope, meaning), and then — by their times and values — whether they conflict, differ because time
//! passed, cover different periods, or agree.

use super::change::{self, When};
use super::compare::{agree_as, compatible, ratio, same_figure, same_number};
use super::corroboration;
use super::index::{Entry, Relation};
use super::key::{self, Family, Meaning};
use super::FindingKind;
use crate::claims::Polarity;
use crate::quantity::Bound;

/// Ratio of values above which figures for different periods are "far apart".
pub const FAR_APART: f64 = 1.5;
/// Largest ratio still read as growth or decline of one figure.
pub const MAX_CHANGE_RATIO: f64 = 20.0;
/// Largest ratio still read as one measure over two periods: €1,950 a square metre and €126 billion
/// of spending are different things, whatever their words, and so are a budget's S/ 538 million
/// increase and its S/ 251.8 billion.
const MAX_PERIODS_RATIO: f64 = 100.0;

/// Whether two figures over different periods are far enough apart to report and near enough to
/// be one measure.
fn periods_apart(a: f64, b: f64) -> bool {
    (FAR_APART..=MAX_PERIODS_RATIO).contains(&ratio(a, b))
}

/// Why two claims are related, for the explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Incompatible values for the same time.
    Values,
    /// The same number with incompatible meanings.
    Meaning,
    /// An assertion and its denial.
    Assertion,
    /// Different start years for the same thing.
    StartYear,
    /// Different days for the same event.
    EventDate,
    /// Reports a few days apart that date nothing themselves: a dispute or a change.
    Near,
    /// Different (overlapping) periods, values far apart.
    Periods,
    /// Different dates.
    Change {
        /// Days from the old claim to the new one.
        days: i64,
    },
    /// Agreement; `copied` when the wording is near-identical.
    Agree {
        /// Near-identical sentences.
        copied: bool,
    },
}

fn rel(kind: FindingKind, why: Why) -> Option<Relation> {
    Some(Relation { kind, why })
}

fn agreement(a: &Entry, b: &Entry) -> Option<Relation> {
    rel(
        FindingKind::Corroboration,
        Why::Agree {
            copied: corroboration::copied(a, b),
        },
    )
}

/// Whether two claims' places can be one (compatible) and are one (equal). A claim without a
/// place whose sentence still names the other's ("killed by the earthquake in Montalbán", where
/// the name was not recognised as a place) is taken to be about it; so is a figure "nationwide"
/// in a story whose title names the country.
fn places(a: &Entry, b: &Entry) -> (bool, bool) {
    let names = |e: &Entry, place: &str| {
        let n = place.split(' ').count();
        e.sentence
            .windows(n)
            .any(|w| w.iter().zip(place.split(' ')).all(|(x, y)| x == y))
    };
    let nationwide = |e: &Entry| e.claim.place.as_deref() == Some(crate::claims::NATIONWIDE);
    match (&a.claim.place, &b.claim.place) {
        // "nationwide" in a story about France and "across France" are one place.
        (Some(x), Some(y)) if nationwide(a) != nationwide(b) => {
            let (whole, country) = if nationwide(a) { (a, y) } else { (b, x) };
            let one = crate::lexicon::is_country(country)
                && (whole.story_place.as_deref() == Some(country.as_str())
                    || names(whole, country));
            (one, one)
        }
        (Some(x), Some(y)) => (x == y, x == y),
        // A figure with no place in a story about the same country as a nationwide one.
        (Some(_), None) | (None, Some(_)) if nationwide(a) || nationwide(b) => {
            (true, a.story_place == b.story_place)
        }
        (None, None) => (true, true),
        // (Or whose title names it: "Valencia floods…" is about Valencia throughout.)
        (Some(x), None) => (
            true,
            names(b, x) || b.story_place.as_deref() == Some(x.as_str()),
        ),
        (None, Some(y)) => (
            true,
            names(a, y) || a.story_place.as_deref() == Some(y.as_str()),
        ),
    }
}

/// Whether two claims can be one source's figures: attributions equal, or at most one stated.
fn same_voice(a: &Entry, b: &Entry) -> bool {
    fn norm(s: &str) -> String {
        let w: Vec<String> = super::reprint::words(s)
            .into_iter()
            .map(|w| w.0)
            .filter(|w| !words!["the", "la", "el", "los", "las", "de", "del"].contains(w.as_str()))
            .map(|w| match w.as_str() {
                "policia" => "police".to_string(),
                "organizadores" | "convocantes" | "organisers" => "organizers".to_string(),
                "ministerio" => "ministry".to_string(),
                "gobierno" => "government".to_string(),
                "autoridades" => "authorities".to_string(),
                "ejercito" => "army".to_string(),
                _ => w,
            })
            .collect();
        w.join(" ")
    }
    // "Police" and "La policía de Valdoria" are one voice: one name's words contain the other's.
    let contains = |x: &str, y: &str| {
        let xs: Vec<&str> = x.split(' ').collect();
        y.split(' ').all(|w| xs.contains(&w))
    };
    match (&a.claim.attribution, &b.claim.attribution) {
        (Some(x), Some(y)) => {
            let (x, y) = (norm(x), norm(y));
            contains(&x, &y) || contains(&y, &x)
        }
        _ => true,
    }
}

/// Whether a claim's head says more than a root of the lexicon ("people", "money", "thing"): only
/// such figures are worth a discrepancy between periods.
fn specific(e: &Entry) -> bool {
    match e.head.as_deref() {
        Some(h) => crate::lexicon::by_id(h).is_none_or(|c| !c.parents.is_empty()),
        None => e.family == Family::Money,
    }
}

/// Whether two heads (or their absence) allow the comparison; `strict` for different values.
fn heads_ok(a: &Entry, b: &Entry, strict: bool) -> bool {
    if a.family == Family::Money {
        return key::money_heads_match(a.head.as_deref(), b.head.as_deref());
    }
    match (&a.head, &b.head) {
        (Some(x), Some(y)) => key::heads_related(x, y, if strict { 1 } else { 2 }),
        // A percentage that names nothing it is a share of ("Hace un año estaban al 27%") says
        // nothing to compare: the same words around it are only a place or a qualifier.
        _ if unnamed_share(a) || unnamed_share(b) => false,
        _ => {
            a.concept == b.concept
                && key::word_similarity(&a.words, &b.words) >= if strict { 0.6 } else { 0.5 }
        }
    }
}

/// Whether a claim is a percentage whose measure is only [`crate::claims::UNNAMED_SHARE`].
fn unnamed_share(e: &Entry) -> bool {
    e.claim.head.is_none()
        && e.claim.measure.split(',').next() == Some(crate::claims::UNNAMED_SHARE)
}

/// The relation between a new claim `a` and a stored claim `b` of another document, if any.
pub(crate) fn relate(a: &Entry, b: &Entry) -> Option<Relation> {
    if a.doc == b.doc || a.family != b.family {
        return None;
    }
    match a.family {
        Family::Statement => {
            let (pa, pb) = (a.claim.polarity?, b.claim.polarity?);
            if pa == pb {
                agreement(a, b)
            } else {
                let _ = Polarity::Asserted;
                rel(FindingKind::Conflict, Why::Assertion)
            }
        }
        Family::Date => dates(a, b),
        _ => figures(a, b),
    }
}

fn dates(a: &Entry, b: &Entry) -> Option<Relation> {
    if !a.start_date && !b.start_date {
        return event_dates(a, b);
    }
    if !(a.start_date && b.start_date) {
        return None;
    }
    let (place_ok, _) = places(a, b);
    if !place_ok || !key::modifiers_nested(&a.mods, &b.mods) {
        return None;
    }
    let about_same = match (&a.head, &b.head) {
        (Some(x), Some(y)) => key::heads_related(x, y, 2),
        _ => key::word_similarity(&a.words, &b.words) >= 0.3,
    };
    if !about_same {
        return None;
    }
    // Years are equal or not: the 0.5% tolerance for figures would make 1990 "agree" with 1995.
    if a.native.round() == b.native.round() {
        agreement(a, b)
    } else {
        rel(FindingKind::Conflict, Why::StartYear)
    }
}

/// Two days given for one event ("the meeting took place last Friday" in articles a week apart).
fn event_dates(a: &Entry, b: &Entry) -> Option<Relation> {
    let (x, y) = (a.head.as_deref()?, b.head.as_deref()?);
    let is_event = |id: &str| crate::lexicon::kind(id) == Some("event");
    if !is_event(x) || !key::heads_related(x, y, 0) || !key::modifiers_nested(&a.mods, &b.mods) {
        return None;
    }
    if !places(a, b).0 {
        return None;
    }
    let (da, db) = (a.claim.time.as_of?, b.claim.time.as_of?);
    if da == db {
        agreement(a, b)
    } else {
        rel(FindingKind::Conflict, Why::EventDate)
    }
}

fn figures(a: &Entry, b: &Entry) -> Option<Relation> {
    // A scope ("across 11 states") is compared only when the figures it scopes match.
    match (a.scope_number, b.scope_number) {
        (None, None) => {}
        (Some(x), Some(y)) if same_number(x, y) => {}
        _ => return None,
    }
    if !key::modifiers_nested(&a.mods, &b.mods) {
        return None;
    }
    let (place_ok, place_same) = places(a, b);
    if !place_ok {
        return None;
    }
    // Figures compared as printed are one figure only within their last digit; sums converted to
    // dollars only within rounding.
    let same_as: fn(f64, f64) -> bool = if a.usd.is_none() && b.usd.is_none() {
        same_figure
    } else {
        same_number
    };
    // Two sums in one currency are compared as printed: S/ 257.562 millones and S/ 258.100
    // millones are two figures, though both round to US$69.6 billion.
    let same = if a.usd.is_some() && a.claim.unit == b.claim.unit {
        same_figure(a.native, b.native)
    } else {
        same_as(a.number, b.number)
    };
    let (ma, mb) = (a.meaning, b.meaning);

    if same {
        if !heads_ok(a, b, false) {
            return None;
        }
        if key::meanings_clash(ma, mb) {
            return rel(FindingKind::Conflict, Why::Meaning);
        }
        let pair = |x: Meaning, y: Meaning| (ma == x && mb == y) || (ma == y && mb == x);
        // "profit rose to 4.13 billion" and "a profit of 4.135 billion": a new level is a figure.
        let meanings_ok = ma == mb
            || pair(Meaning::Plain, Meaning::Already)
            || pair(Meaning::Plain, Meaning::Total);
        return if meanings_ok { agreement(a, b) } else { None };
    }

    // Different numbers: the same measure only under strict identity (a different place is
    // allowed only for figures over different periods, reported as a discrepancy).
    if a.mods != b.mods || !heads_ok(a, b, true) {
        return None;
    }
    let when = change::relate(a, b);
    if !place_same && when != When::Periods {
        return None;
    }
    // A later figure worded as an update ("rose to", "elevó a") revises an earlier one, even
    // when the earlier was a floor ("at least 48") or unqualified; a figure for the same period
    // published later with update wording ("revised down from 2.8%") revises it too.
    // A later report's earlier value dated back to the other's day ("up from 1,024 a week
    // earlier") is a figure of that day, not a revision of it.
    let dated_back = |e: &Entry| {
        e.claim.time.from.is_none() && e.claim.time.as_of.is_some_and(|d| Some(d) < e.published)
    };
    let revision_days = match (when, a.published, b.published) {
        (When::Apart { days } | When::Near { days }, _, _) => Some(days),
        (When::Same, Some(pa), Some(pb))
            if pa != pb && !dated_back(if pb > pa { b } else { a }) =>
        {
            Some(pb.days_until(pa))
        }
        _ => None,
    };
    let tolls = change::running_tolls(a, b);
    let fa = (a.number, a.claim.bound, a.interval);
    let fb = (b.number, b.claim.bound, b.interval);
    // "about 71,000" and then "70,630" for the same year agree, and so do "42%" and a week later
    // "roughly 40%": nothing was revised.
    let agreeing = agree_as(fa, fb, same_as);
    let hedged = a.claim.bound != Bound::Exact || b.claim.bound != Bound::Exact;
    let one_voice =
        a.claim.attribution.is_some() && b.claim.attribution.is_some() && same_voice(a, b);
    if let Some(days) = revision_days {
        // One voice giving another figure days later has revised it ("the port company said").
        let near = matches!(when, When::Near { .. });
        let later_updates =
            (if days > 0 { a.update } else { b.update }) || tolls || (near && one_voice);
        // (A change over one stated period is revised too: "grew at a 2.8% rate in the third
        // quarter", then "2.7%, revised down from 2.8%".)
        let revisable = |m: Meaning| {
            matches!(m, Meaning::Plain | Meaning::Total | Meaning::Already)
                || m == Meaning::Change && when == When::Same
        };
        if later_updates
            && !(agreeing && (when == When::Same || hedged))
            && revisable(ma)
            && revisable(mb)
            // Another voice's update revises a figure only when the two can both be true
            // ("at least 12" dead, then 18): police and organizers do not revise each other. A
            // toll that grows is revised by whichever authority counts next.
            && (same_voice(a, b)
                || compatible(a.interval, b.interval)
                || (tolls && (if days > 0 { a.number > b.number } else { b.number > a.number })))
            && ratio(a.number, b.number) <= MAX_CHANGE_RATIO
        {
            return rel(FindingKind::Change, Why::Change { days });
        }
    }
    if ma != mb {
        return None;
    }
    if agreeing {
        return agreement(a, b);
    }
    // Two exact figures that are not one as printed (62.3% and 61.9%) cannot both be true, though
    // each admits rounding.
    let exact = a.claim.bound == Bound::Exact && b.claim.bound == Bound::Exact;
    if !exact && compatible(a.interval, b.interval) {
        // Both can be true ("over 3,650" and 3,700): nothing to report, unless the periods differ
        // and the stated figures are far apart.
        return (when == When::Periods
            && !change::part_of_period(a, b)
            && ma != Meaning::Change
            && specific(a)
            && !matches!(a.family, Family::Percent | Family::Points)
            && periods_apart(a.number, b.number))
        .then_some(Relation {
            kind: FindingKind::Discrepancy,
            why: Why::Periods,
        });
    }
    // Two named sources that are not one voice ("the ministry" and "el Ministerio del Interior" are).
    let attributed_apart =
        a.claim.attribution.is_some() && b.claim.attribution.is_some() && !same_voice(a, b);
    match ma {
        // Increments are batches (two announcements can both be true); averages differ by what
        // is averaged, which the measure rarely says.
        Meaning::Additional | Meaning::Average => None,
        // The rises or falls of other days are other changes, not one figure revised.
        Meaning::Change if when != When::Same => None,
        // Two goals or plans for the same thing at the same time ("would cut about 3,000 jobs",
        // "will eliminate 4,500 positions": the heads are related, as `heads_ok` checked).
        // Two named voices a few days apart dispute a plan ("will cut 1,200 jobs", then the
        // union's "plans to cut 1,500").
        Meaning::Target => (place_same
            && (when == When::Same || matches!(when, When::Near { .. }) && attributed_apart))
            .then_some(Relation {
                kind: FindingKind::Conflict,
                why: Why::Values,
            }),
        _ => match when {
            When::Same | When::Near { .. } => {
                // An unqualified figure ("deployed 199", "hire 1,200") is an event as often as
                // a stock: only two named sources disputing it make a conflict. An indicator
                // (an unemployment rate, inflation) has one value for a period.
                // One named voice quoted with two figures for one time is a dispute too.
                let indicator = a.head.as_deref().is_some_and(crate::lexicon::is_indicator);
                // So does a toll of one period (deaths in 2023: 299 and 302).
                let toll = a.head.as_deref().is_some_and(change::is_tally);
                let identified =
                    ma != Meaning::Plain || attributed_apart || one_voice || indicator || toll;
                // Reports days apart that date nothing themselves differ; whether they disagree
                // or the figure moved, the text does not say.
                let near = when != When::Same;
                identified.then_some(Relation {
                    kind: if near {
                        FindingKind::Discrepancy
                    } else {
                        FindingKind::Conflict
                    },
                    why: if near { Why::Near } else { Why::Values },
                })
            }
            When::Apart { days } => {
                // The union's 48,000 on Monday, then "el ministerio rebajó la cifra a 31.000":
                // another voice a day or two later disputes the figure or counts another day;
                // neither is the figure revised.
                if attributed_apart && days.abs() <= change::NEAR_DAYS && !tolls {
                    return None;
                }
                let later_updates = (if days > 0 { a.update } else { b.update }) || tolls;
                let identified = ma != Meaning::Plain || later_updates;
                (identified && ratio(a.number, b.number) <= MAX_CHANGE_RATIO).then_some(Relation {
                    kind: FindingKind::Change,
                    why: Why::Change { days },
                })
            }
            // "People" in April and "people" in the quarter are rarely one measure; a rate over
            // another period (inflation so far this year, over twelve months) is another rate.
            When::Periods
                if !specific(a) || matches!(a.family, Family::Percent | Family::Points) =>
            {
                None
            }
            When::Periods => (periods_apart(a.number, b.number) && !change::part_of_period(a, b))
                .then_some(Relation {
                    kind: FindingKind::Discrepancy,
                    why: Why::Periods,
                }),
            When::Disjoint | When::Unknown => None,
        },
    }
}
