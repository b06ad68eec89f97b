//! Finding date expressions in English and Spanish text: days ("13 May 2024", "May 13, 2024",
//! "11/27/2024", "31 de agosto de 2025"), months and years ("July 2022", "in 2025", "mid-2024"),
//! ranges ("between July 2022 and May 2025"), `since`/`by` forms, durations ("in less than three
//! years") and relative dates ("last Friday", "el año pasado").

use super::names;
use super::period::{
    month_bounds, month_part_bounds, months_bounds, season_bounds, year_bounds, year_part_bounds,
    Direction, Part, Precision, Relative, TimeExpr, TimeKind, Unit,
};
use super::relative::resolve;
use super::tokens::{has_anchor, recycle, tokenize, Tok, TokKind};
use super::vocabulary::{ANCHOR, CALENDAR, CONTEXT, HEDGE, KNOWN, STARTS};
use super::Date;
use crate::lang::Lang;
use std::cell::Cell;

/// What a date phrase denotes before it is wrapped in a `since`/`by`/range form.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Pt {
    Day(Date),
    DayNoYear(u8, u8),
    Month(i32, u8, Option<Part>),
    MonthNoYear(u8, Option<Part>),
    Year(i32),
    YearPart(i32, Part),
    /// Quarter or half: first month and number of months.
    Months(i32, u8, u8),
    Season(i32, u8),
    Rel(Relative, bool),
}

impl Pt {
    /// Absolute bounds, precision and fuzziness, when the phrase does not need an anchor.
    fn bounds(self) -> Option<(Date, Date, Precision, bool)> {
        match self {
            Pt::Day(d) => Some((d, d, Precision::Day, false)),
            Pt::Month(y, m, None) => {
                month_bounds(y, m).map(|(a, b)| (a, b, Precision::Month, false))
            }
            Pt::Month(y, m, Some(p)) => {
                month_part_bounds(y, m, p).map(|(a, b)| (a, b, Precision::Month, true))
            }
            Pt::Year(y) => year_bounds(y).map(|(a, b)| (a, b, Precision::Year, false)),
            Pt::YearPart(y, p) => {
                year_part_bounds(y, p).map(|(a, b)| (a, b, Precision::Season, true))
            }
            Pt::Months(y, first, n) => {
                months_bounds(y, first, n).map(|(a, b)| (a, b, Precision::Season, false))
            }
            Pt::Season(y, s) => season_bounds(y, s).map(|(a, b)| (a, b, Precision::Season, false)),
            _ => None,
        }
    }

    fn relative(self) -> Option<(Relative, Precision, bool)> {
        match self {
            Pt::DayNoYear(month, day) => Some((
                Relative::DayMonth {
                    month,
                    day,
                    past: false,
                },
                Precision::Day,
                false,
            )),
            Pt::MonthNoYear(month, part) => Some((
                Relative::Month { month, part },
                Precision::Month,
                part.is_some(),
            )),
            Pt::Rel(r, approx) => Some((r, relative_precision(r), approx)),
            _ => None,
        }
    }

    fn into_expr(self, start: usize, end: usize) -> Option<TimeExpr> {
        if let Some((from, to, precision, approximate)) = self.bounds() {
            let kind = if precision == Precision::Day {
                TimeKind::Point
            } else {
                TimeKind::Period
            };
            return Some(expr(
                start,
                end,
                kind,
                Some(from),
                Some(to),
                precision,
                approximate,
                None,
            ));
        }
        let (r, precision, approximate) = self.relative()?;
        let kind = if matches!(r, Relative::Span { .. }) {
            TimeKind::Duration
        } else {
            TimeKind::Relative
        };
        Some(expr(
            start,
            end,
            kind,
            None,
            None,
            precision,
            approximate,
            Some(r),
        ))
    }
}

/// The precision a relative expression resolves to.
pub(crate) fn relative_precision(r: Relative) -> Precision {
    match r {
        Relative::Days { .. }
        | Relative::Weekday { .. }
        | Relative::DayMonth { .. }
        | Relative::DaysOfMonth { .. } => Precision::Day,
        Relative::Unit { unit, .. }
        | Relative::Ago { unit, .. }
        | Relative::Span { unit, .. }
        | Relative::SoFar { unit } => unit.precision(),
        Relative::Months { .. } => Precision::Season,
        Relative::Month { .. } | Relative::PastMonth { .. } => Precision::Month,
        Relative::MonthsTo { .. } => Precision::Season,
    }
}

#[allow(clippy::too_many_arguments)]
fn expr(
    start: usize,
    end: usize,
    kind: TimeKind,
    from: Option<Date>,
    to: Option<Date>,
    precision: Precision,
    approximate: bool,
    relative: Option<Relative>,
) -> TimeExpr {
    TimeExpr {
        start,
        end,
        kind,
        from,
        to,
        as_of: None,
        precision,
        approximate,
        relative,
    }
}

/// Words after which a bare year ("in 2025") or bare month ("in May") is read as a date.
pub(super) const YEAR_CONTEXT: &[&str] = &[
    "in",
    "for",
    "during",
    "since",
    "by",
    "until",
    "till",
    "through",
    "from",
    "of",
    "before",
    "after",
    "around",
    "circa",
    "year",
    "early",
    "late",
    "mid",
    "throughout",
    "en",
    "durante",
    "desde",
    "hasta",
    "para",
    "de",
    "del",
    "año",
    "antes",
    "despues",
    "hacia",
    "mediados",
    "finales",
    "principios",
    "comienzos",
    "inicios",
    "fines",
];

/// Determiners after which a month or a year dates the noun that follows ("its February
/// forecast", "the 2019 epidemic").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our"];

/// Hedges before a duration's number ("in less than three years").
pub(super) const DURATION_HEDGES: &[(&[&str], bool)] = &[
    (&["less", "than"], true),
    (&["fewer", "than"], true),
    (&["more", "than"], true),
    (&["just", "over"], true),
    (&["just", "under"], true),
    (&["under"], true),
    (&["over"], true),
    (&["about"], true),
    (&["around"], true),
    (&["nearly"], true),
    (&["almost"], true),
    (&["just"], false),
    (&["only"], false),
    (&["menos", "de"], true),
    (&["mas", "de"], true),
    (&["casi"], true),
    (&["cerca", "de"], true),
    (&["alrededor", "de"], true),
    (&["unos"], true),
    (&["unas"], true),
    (&["apenas"], false),
    (&["solo"], false),
    (&["poco", "mas", "de"], true),
];

/// The phrases [`Scan::point`] reads at a token: a full date, a relative one, and the month and
/// year forms read without and with a trigger word before (indexed by `ctx`).
#[derive(Clone, Copy)]
struct Fixed {
    full: Option<(usize, Pt)>,
    relative: Option<(usize, Pt)>,
    month_year: [Option<(usize, Pt)>; 2],
    year_forms: [Option<(usize, Pt)>; 2],
}

struct Scan<'a, 't> {
    t: &'a [Tok<'t>],
    lang: &'a Lang,
    /// [`Fixed`] of the last token it was computed for (the rules read a token's point from
    /// several forms in a row).
    fixed: Cell<Option<(usize, Fixed)>>,
}

impl<'a, 't> Scan<'a, 't> {
    fn new(t: &'a [Tok<'t>], lang: &'a Lang) -> Scan<'a, 't> {
        Scan {
            t,
            lang,
            fixed: Cell::new(None),
        }
    }

    /// Whether an expression can start at token `i`: every rule begins with a number or one of
    /// the vocabulary's [`STARTS`] words, never with punctuation.
    fn may_start(&self, i: usize) -> bool {
        self.t[i].kind == TokKind::Num || self.t[i].class() & STARTS != 0
    }

    /// Whether token `i` is a word that `names` may know (a month, weekday or number name).
    fn calendar(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.class() & CALENDAR != 0)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.t
            .get(i)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.norm())
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    /// Matches a sequence of words starting at `i`; returns the index after it.
    fn seq(&self, i: usize, words: &[&str]) -> Option<usize> {
        for (k, w) in words.iter().enumerate() {
            if self.word(i + k) != Some(w) {
                return None;
            }
        }
        Some(i + words.len())
    }

    fn punct(&self, i: usize, chars: &[&str]) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && chars.contains(&t.norm()))
    }

    /// Whether token `i` touches token `i - 1`.
    fn adjacent(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t[i - 1].end == self.t[i].start
    }

    fn num(&self, i: usize) -> Option<&Tok<'t>> {
        self.t.get(i).filter(|t| t.kind == TokKind::Num)
    }

    /// Whether a number at `i` is glued to other digits ("2,019", "3.5", "$2024", "2024%").
    fn glued(&self, i: usize) -> bool {
        let before = i >= 2
            && self.adjacent(i)
            && self.punct(i - 1, &[",", ".", "$", "€", "£", "#", "/", ":"])
            && (self.num(i - 2).is_some() || !self.punct(i - 1, &[",", "."]))
            && self.adjacent(i - 1);
        let money = i >= 1 && self.adjacent(i) && self.punct(i - 1, &["$", "€", "£", "#"]);
        let after = self.adjacent(i + 1)
            && (self.punct(i + 1, &["%"])
                || (self.punct(i + 1, &[",", ".", ":"])
                    && self.adjacent(i + 2)
                    && self.num(i + 2).is_some()));
        before || money || after
    }

    fn year(&self, i: usize) -> Option<i32> {
        let t = self.num(i)?;
        let v = t.value? as i32;
        (t.digits == 4 && (1800..=2100).contains(&v) && !self.glued(i)).then_some(v)
    }

    fn day(&self, i: usize) -> Option<u8> {
        let t = self.num(i)?;
        let v = t.value?;
        (t.digits <= 2 && (1..=31).contains(&v) && !self.glued(i)).then_some(v as u8)
    }

    /// A month name (or a day-adjacent abbreviation when `abbrev`), with an abbreviation's dot.
    fn month(&self, i: usize, abbrev: bool) -> Option<(usize, u8)> {
        if !self.calendar(i) {
            return None;
        }
        let t = self.t.get(i).filter(|t| t.kind == TokKind::Word)?;
        if let Some(m) = names::month(t.norm(), t.cap) {
            return Some((i + 1, m));
        }
        if !abbrev {
            return None;
        }
        let m = names::month_abbrev(t.norm())?;
        if !t.cap && *self.lang == Lang::En {
            return None;
        }
        let dot = self.punct(i + 1, &["."]) && self.adjacent(i + 1);
        Some((if dot { i + 2 } else { i + 1 }, m))
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        if !self.calendar(i) {
            return None;
        }
        let t = self.t.get(i).filter(|t| t.kind == TokKind::Word)?;
        names::weekday(t.norm(), t.cap)
    }

    /// A weekday, or a capitalised abbreviation ("Wed"), heading a full date.
    fn weekday_prefix(&self, i: usize) -> Option<(usize, u8)> {
        if !self.calendar(i) {
            return None;
        }
        let t = self.t.get(i).filter(|t| t.kind == TokKind::Word)?;
        let wd = names::weekday(t.norm(), t.cap)
            .or_else(|| names::weekday_abbrev(t.norm()).filter(|_| t.cap))?;
        let mut j = i + 1;
        if self.punct(j, &["."]) && self.adjacent(j) {
            j += 1;
        }
        if self.punct(j, &[","]) {
            j += 1;
        }
        Some((j, wd))
    }

    /// Whether the weekday at `i` heads a full date ("Monday, 20 May 2024"), read as one.
    fn heads_date(&self, i: usize) -> bool {
        self.weekday_prefix(i)
            .is_some_and(|(j, wd)| self.day_date(j, Some(wd)).is_some())
    }

    /// A small count: digits or a number word.
    fn count(&self, i: usize) -> Option<u32> {
        if let Some(t) = self.num(i) {
            return t.value.filter(|v| (1..=1000).contains(v) && t.digits <= 4);
        }
        self.word(i)
            .filter(|_| self.calendar(i))
            .and_then(names::number_word)
    }

    fn unit(&self, i: usize) -> Option<Unit> {
        self.word(i).and_then(names::unit)
    }

    /// "early", "mid-", "late", "the end of", "a finales de" … before a month or year.
    fn part(&self, i: usize) -> Option<(usize, Part)> {
        let mut j = i;
        if self.is(j, &["a", "the", "la"]) {
            j += 1;
        }
        let w = self.word(j)?;
        let (part, needs_of) = match w {
            "early" => (Part::Early, false),
            "mid" => (Part::Mid, false),
            "late" => (Part::Late, false),
            "beginning" | "start" | "principios" | "comienzos" | "inicios" | "principio"
            | "comienzo" | "inicio" => (Part::Early, true),
            "middle" | "mediados" => (Part::Mid, true),
            "end" | "finales" | "fines" | "final" | "fin" => (Part::Late, true),
            _ => return None,
        };
        if j > i && !needs_of {
            return None;
        }
        j += 1;
        if needs_of {
            if !self.is(j, &["of", "de", "del"]) {
                return None;
            }
            j += 1;
        } else if self.punct(j, &["-", "–"]) && self.adjacent(j) {
            j += 1;
        }
        Some((j, part))
    }

    /// Whether a bare year or month at `i` reads as a date from the word before it.
    fn year_context(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        // "a target of 1.8% for 2026": but "for 2000 people" counts them.
        let counted =
            self.is(i - 1, &["for"]) && self.t.get(i + 1).is_some_and(|t| t.kind == TokKind::Word);
        !counted
            && (self.t[i - 1].kind == TokKind::Word && self.t[i - 1].class() & CONTEXT != 0
                || (self.punct(i - 1, &["-", "–"]) && i > 1 && self.is(i - 2, &["mid"])))
    }

    /// The longest date phrase starting at `i`. `ctx`: a trigger word ("since", "between") came
    /// before, so a bare year counts.
    fn point(&self, i: usize, ctx: bool) -> Option<(usize, Pt)> {
        let found = self.fixed(i);
        let c = usize::from(ctx);
        let candidates = [
            found.full,
            found.month_year[c],
            found.year_forms[c],
            found.relative,
        ];
        candidates.into_iter().flatten().max_by_key(|(end, _)| *end)
    }

    /// The phrases starting at `i` ([`Fixed`]), computed once for the token last asked about
    /// (the rules read a token's point with and without a trigger word in a row).
    fn fixed(&self, i: usize) -> Fixed {
        if let Some((at, known)) = self.fixed.get() {
            if at == i {
                return known;
            }
        }
        let found = Fixed {
            full: self.full_date(i),
            relative: self.relative(i),
            month_year: self.month_year(i),
            year_forms: self.year_forms(i),
        };
        self.fixed.set(Some((i, found)));
        found
    }

    fn full_date(&self, i: usize) -> Option<(usize, Pt)> {
        if let Some((j, wd)) = self.weekday_prefix(i) {
            if let Some(found) = self.day_date(j, Some(wd)) {
                return Some(found);
            }
        }
        self.day_date(i, None)
    }

    fn day_date(&self, i: usize, weekday: Option<u8>) -> Option<(usize, Pt)> {
        [
            self.numeric_date(i, weekday),
            self.day_month_year(i),
            self.month_day_year(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(end, _)| *end)
    }

    /// A day without its year read after "last"/"pasado", as a past day.
    fn past_day(&self, read: Option<(usize, Pt)>) -> Option<(usize, Pt)> {
        match read? {
            (end, Pt::DayNoYear(month, day)) => {
                let past = Relative::DayMonth {
                    month,
                    day,
                    past: true,
                };
                Some((end, Pt::Rel(past, false)))
            }
            _ => None,
        }
    }

    /// "13 May 2024", "13th of May, 2024", "31 de agosto de 2025", "13 may" (no year).
    fn day_month_year(&self, i: usize) -> Option<(usize, Pt)> {
        let day = self.day(i)?;
        let mut j = i + 1;
        if self.is(j, &["of", "de"]) {
            j += 1;
        }
        let (mut j, month) = self.month(j, true)?;
        let after_month = j;
        if self.punct(j, &[","]) {
            j += 1;
        }
        if self.is(j, &["of", "de", "del"]) {
            j += 1;
        }
        if let Some(year) = self.year(j) {
            return Some((j + 1, Pt::Day(Date::new(year, month, day)?)));
        }
        Date::new(2000, month, day)?;
        Some((after_month, Pt::DayNoYear(month, day)))
    }

    /// "May 13, 2024", "Sept. 5 2023", "June 2" (no year).
    fn month_day_year(&self, i: usize) -> Option<(usize, Pt)> {
        let (j, month) = self.month(i, true)?;
        if !self.t[i].cap && names::month(self.t[i].norm(), true).is_none() {
            return None;
        }
        let day = self.day(j)?;
        let after_day = j + 1;
        let mut k = after_day;
        if self.punct(k, &[","]) {
            k += 1;
        }
        if self.is(k, &["de", "del"]) {
            k += 1;
        }
        if let Some(year) = self.year(k) {
            return Some((k + 1, Pt::Day(Date::new(year, month, day)?)));
        }
        Date::new(2000, month, day)?;
        Some((after_day, Pt::DayNoYear(month, day)))
    }

    /// "11/27/2024", "27/11/2024", "2024-05-13", "13.05.2024".
    fn numeric_date(&self, i: usize, weekday: Option<u8>) -> Option<(usize, Pt)> {
        let a = self.num(i)?;
        let sep = self.t.get(i + 1)?;
        if sep.kind != TokKind::Punct || !["/", "-", "."].contains(&sep.norm()) {
            return None;
        }
        let s = sep.norm();
        let b = self.num(i + 2)?;
        let c = self.num(i + 4)?;
        if !(self.adjacent(i + 1)
            && self.adjacent(i + 2)
            && self.punct(i + 3, &[s])
            && self.adjacent(i + 3)
            && self.adjacent(i + 4))
        {
            return None;
        }
        if i > 0
            && self.adjacent(i)
            && (self.num(i - 1).is_some() || self.punct(i - 1, &["/", "-", ".", ","]))
        {
            return None;
        }
        if self.adjacent(i + 5)
            && self.punct(i + 5, &["/", "-"])
            && self.adjacent(i + 6)
            && self.num(i + 6).is_some()
        {
            return None;
        }
        let (av, bv, cv) = (a.value?, b.value?, c.value?);
        if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            let d = Date::new(av as i32, bv as u8, cv as u8)?;
            return Some((i + 5, Pt::Day(d)));
        }
        if c.digits != 4 || a.digits > 2 || b.digits > 2 || !(1800..=2100).contains(&cv) {
            return None;
        }
        let year = cv as i32;
        let mdy = Date::new(year, av as u8, bv as u8);
        let dmy = Date::new(year, bv as u8, av as u8);
        let date = match (mdy, dmy) {
            (Some(m), Some(d)) if m != d => {
                let fits = |x: Date| weekday.is_some_and(|w| x.weekday() == w);
                if fits(m) && !fits(d) {
                    m
                } else if fits(d) && !fits(m) {
                    d
                } else if *self.lang == Lang::En && s == "/" {
                    m
                } else {
                    d
                }
            }
            (Some(m), _) => m,
            (None, Some(d)) => d,
            (None, None) => return None,
        };
        Some((i + 5, Pt::Day(date)))
    }

    /// "July 2022", "julio de 2022", "mid-July 2022", "in May" (no year), "a mediados de mayo";
    /// read without and with a trigger word before (`ctx`, see [`Scan::point`]).
    fn month_year(&self, i: usize) -> [Option<(usize, Pt)>; 2] {
        let (j, part) = match self.part(i) {
            Some((j, p)) => (j, Some(p)),
            None => (i, None),
        };
        let Some((mut k, month)) = self.month(j, false) else {
            return [None; 2];
        };
        let after_month = k;
        if self.punct(k, &[","]) {
            k += 1;
        }
        if self.is(k, &["of", "de", "del"]) {
            k += 1;
        }
        if let Some(year) = self.year(k) {
            return [Some((k + 1, Pt::Month(year, month, part))); 2];
        }
        // "en octubre pasado": the latest October before the anchor's month.
        if part.is_none() && self.is(after_month, &["pasado"]) {
            let past = Some((
                after_month + 1,
                Pt::Rel(Relative::PastMonth { month }, false),
            ));
            return [past; 2];
        }
        let bare = Some((after_month, Pt::MonthNoYear(month, part)));
        // "its February forecast", "the March report": a month before a noun dates it.
        let attributive = || {
            i > 0
                && self.is(i - 1, DETERMINERS)
                && self
                    .t
                    .get(after_month)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
        };
        // "August was the deadliest month", "Agosto fue el mes más trágico": a month as the
        // subject of a copula.
        let subject = || self.is(after_month, &["was", "is", "fue", "es", "saw", "registro"]);
        // "October's gain was revised to 150,000": a month's own figure.
        let possessive = || {
            self.punct(after_month, &["'", "’"])
                && self.adjacent(after_month)
                && self.t.get(after_month + 1).is_some_and(|t| t.norm() == "s")
        };
        [
            bare.filter(|_| {
                part.is_some() || self.year_context(i) || attributive() || subject() || possessive()
            }),
            bare,
        ]
    }

    /// "in 2025", "mid-2024", "late 2023", "summer 2024", "the first quarter of 2024", "Q1 2024";
    /// read without and with a trigger word before (`ctx`, see [`Scan::point`]).
    fn year_forms(&self, i: usize) -> [Option<(usize, Pt)>; 2] {
        // "in fiscal 2023", "fiscal year 2024": a budget's year, read as the calendar year.
        if self.is(i, &["fiscal"]) {
            let j = i + 1 + usize::from(self.is(i + 1, &["year"]));
            return match self.year(j) {
                Some(year) => [Some((j + 1, Pt::Year(year))); 2],
                None => [None; 2],
            };
        }
        if let Some((j, part)) = self.part(i) {
            if let Some(year) = self.year(j) {
                return [Some((j + 1, Pt::YearPart(year, part))); 2];
            }
        }
        if let Some(found) = self.season(i).or_else(|| self.quarter(i)) {
            return [Some(found); 2];
        }
        let Some(year) = self.year(i) else {
            return [None; 2];
        };
        let bare = Some((i + 1, Pt::Year(year)));
        // "the 2019 epidemic", "a 2014 accident": a year before a singular noun dates it (not
        // "the 2000 people", "its 1900 workers").
        let attributive = || {
            i > 0
                && self.is(i - 1, DETERMINERS)
                && self.word(i + 1).is_some_and(|w| {
                    w.len() > 2
                        && !w.ends_with('s')
                        && !matches!(w, "people" | "million" | "percent")
                })
        };
        [bare.filter(|_| self.year_context(i) || attributive()), bare]
    }

    fn season(&self, i: usize) -> Option<(usize, Pt)> {
        let mut j = i;
        if self.is(j, &["the", "el", "la"]) {
            j += 1;
        }
        let season = match self.word(j)? {
            "winter" | "invierno" => 0,
            "spring" | "primavera" => 1,
            "summer" | "verano" => 2,
            "autumn" | "fall" | "otoño" => 3,
            _ => return None,
        };
        j += 1;
        if self.is(j, &["of", "de", "del"]) {
            j += 1;
        }
        let year = self.year(j)?;
        Some((j + 1, Pt::Season(year, season)))
    }

    fn quarter(&self, i: usize) -> Option<(usize, Pt)> {
        // "Q1 2024", "H2 2023"
        if let (Some(w), Some(n)) = (self.word(i), self.num(i + 1)) {
            if self.adjacent(i + 1) && (w == "q" || w == "h") {
                let n = n.value?;
                let mut j = i + 2;
                if self.punct(j, &["-", "/"]) || self.is(j, &["of", "de", "del"]) {
                    j += 1;
                }
                let year = self.year(j)?;
                return match (w, n) {
                    ("q", 1..=4) => Some((j + 1, Pt::Months(year, (n as u8 - 1) * 3 + 1, 3))),
                    ("h", 1..=2) => Some((j + 1, Pt::Months(year, (n as u8 - 1) * 6 + 1, 6))),
                    _ => None,
                };
            }
        }
        // "the first half of the year", "el primer semestre del año": the year nearest the
        // publication.
        let this_year = |j: usize| {
            [
                &["of", "the", "year"][..],
                &["of", "this", "year"],
                &["del", "año"],
                &["de", "este", "año"],
            ]
            .iter()
            .find_map(|words| self.seq(j, words))
        };
        let mut j = i;
        if self.is(j, &["the", "el", "la", "los"]) {
            j += 1;
        }
        // "the first nine months of the year", "los primeros nueve meses de 2024".
        if self.is(j, &["first", "primeros"]) && self.is(j + 2, &["months", "meses"]) {
            let count = u8::try_from(self.count(j + 1)?)
                .ok()
                .filter(|n| (2..=11).contains(n))?;
            let k = j + 3;
            if let Some(end) = this_year(k) {
                return Some((end, Pt::Rel(Relative::Months { first: 1, count }, false)));
            }
            let of = usize::from(self.is(k, &["of", "de", "del"]));
            let year = self.year(k + of)?;
            return Some((k + of + 1, Pt::Months(year, 1, count)));
        }
        let ordinal = match self.word(j)? {
            "first" | "primer" | "primera" | "primero" => 1u8,
            "second" | "segundo" | "segunda" => 2,
            "third" | "tercer" | "tercero" | "tercera" => 3,
            "fourth" | "cuarto" | "cuarta" => 4,
            _ => return None,
        };
        j += 1;
        // "third-quarter revenue".
        if self.punct(j, &["-"]) && self.adjacent(j) {
            j += 1;
        }
        let months = match self.word(j)? {
            "quarter" | "trimestre" => 3u8,
            "half" | "semestre" => 6,
            _ => return None,
        };
        if ordinal > 12 / months {
            return None;
        }
        j += 1;
        let first = (ordinal - 1) * months + 1;
        let of = usize::from(self.is(j, &["of", "de", "del"]));
        if let Some(end) = this_year(j) {
            let months = Relative::Months {
                first,
                count: months,
            };
            return Some((end, Pt::Rel(months, false)));
        }
        match self.year(j + of) {
            Some(year) => Some((j + of + 1, Pt::Months(year, first, months))),
            // "the third quarter", "el segundo semestre": of the year nearest the publication
            // ("the second half" alone is as often a match's).
            None if self.is(j - 1, &["quarter", "trimestre", "semestre"]) => Some((
                j,
                Pt::Rel(
                    Relative::Months {
                        first,
                        count: months,
                    },
                    false,
                ),
            )),
            None => None,
        }
    }

    /// "yesterday", "last Friday", "this week", "three years ago", "el viernes pasado", "hace un año".
    /// "the 12 months to June", "the year to March 2024", "los doce meses hasta junio": the months
    /// that end with the named one.
    fn months_to(&self, i: usize) -> Option<(usize, Pt)> {
        let mut j = i + usize::from(self.is(i, &["the", "los", "el"]));
        let count = match self.count(j) {
            Some(n) if self.is(j + 1, &["months", "meses"]) => {
                j += 2;
                u8::try_from(n).ok().filter(|n| (2..=60).contains(n))?
            }
            _ if self.is(j, &["year", "año"]) => {
                j += 1;
                12
            }
            _ => return None,
        };
        if !self.is(j, &["to", "through", "hasta", "a"]) {
            return None;
        }
        let (end, month) = self.month(j + 1, false)?;
        let of = usize::from(self.is(end, &["de", "of"]));
        if let Some(year) = self.year(end + of) {
            let first = Date::new(year, month, 1)?.add_months(1 - i32::from(count));
            return Some((end + of + 1, Pt::Months(first.year, first.month, count)));
        }
        Some((end, Pt::Rel(Relative::MonthsTo { month, count }, false)))
    }

    fn relative(&self, i: usize) -> Option<(usize, Pt)> {
        if let Some(found) = self.months_to(i) {
            return Some(found);
        }
        let rel = |r, j| Some((j, Pt::Rel(r, false)));
        let days = |offset| Relative::Days { offset };
        let w = self.word(i)?;
        match w {
            "yesterday" | "ayer" => return rel(days(-1), i + 1),
            "today" | "hoy" => return rel(days(0), i + 1),
            "tomorrow" => return rel(days(1), i + 1),
            "anteayer" | "antier" => return rel(days(-2), i + 1),
            _ => {}
        }
        if let Some(j) = self.seq(i, &["the", "day", "before", "yesterday"]) {
            return rel(days(-2), j);
        }
        if let Some(j) = self.seq(i, &["antes", "de", "ayer"]) {
            return rel(days(-2), j);
        }
        if let Some(j) = self.seq(i, &["pasado", "mañana"]) {
            return rel(days(2), j);
        }
        if w == "mañana" {
            let prev_blocks = i > 0
                && self.is(
                    i - 1,
                    &["la", "por", "cada", "de", "una", "en", "esta", "pasado"],
                );
            if !prev_blocks {
                return rel(days(1), i + 1);
            }
        }
        if w == "esta" && self.is(i + 1, &["mañana", "tarde", "noche"]) {
            return rel(days(0), i + 2);
        }
        if let Some(found) = self.so_far(i) {
            return Some(found);
        }
        if let Some(found) = self.english_relative(i) {
            return Some(found);
        }
        if let Some(found) = self.ago(i) {
            return Some(found);
        }
        self.spanish_relative(i)
    }

    /// "so far this year", "year to date", "en lo que va de(l) año", "en lo que llevamos de
    /// año": the current year (month, week) up to the publication date.
    fn so_far(&self, i: usize) -> Option<(usize, Pt)> {
        if let Some(j) = self.seq(i, &["year", "to", "date"]) {
            return Some((j, Pt::Rel(Relative::SoFar { unit: Unit::Year }, false)));
        }
        let j = match self.word(i)? {
            "so" => self.seq(i, &["so", "far", "this"])?,
            "en" | "lo" => {
                let lo = i + usize::from(self.is(i, &["en"]));
                let j = self.seq(lo, &["lo", "que"])?;
                if !self.is(j, &["va", "llevamos", "van"]) {
                    return None;
                }
                match self.word(j + 1)? {
                    "del" => j + 2,
                    "de" if self.is(j + 2, &["este", "esta"]) => j + 3,
                    "de" => j + 2,
                    _ => return None,
                }
            }
            _ => return None,
        };
        // "en lo que va de 2024": the year named is the current one.
        if self.year(j).is_some() {
            return Some((j + 1, Pt::Rel(Relative::SoFar { unit: Unit::Year }, false)));
        }
        let unit = match self.word(j)? {
            "year" | "año" => Unit::Year,
            "month" | "mes" => Unit::Month,
            "week" | "semana" => Unit::Week,
            _ => return None,
        };
        Some((j + 1, Pt::Rel(Relative::SoFar { unit }, false)))
    }

    fn english_relative(&self, i: usize) -> Option<(usize, Pt)> {
        let w = self.word(i)?;
        let (mut j, dir) = match w {
            "last" | "past" | "previous" => (i + 1, Direction::Last),
            "next" | "coming" => (i + 1, Direction::Next),
            "this" => {
                if self.is(i + 1, &["past"]) {
                    (i + 2, Direction::Last)
                } else {
                    (i + 1, Direction::This)
                }
            }
            "earlier" | "later" if self.is(i + 1, &["this"]) => (i + 2, Direction::This),
            _ => {
                // A bare weekday: "on Friday".
                let wd = self.weekday(i)?;
                if self.heads_date(i) {
                    return None;
                }
                return Some((
                    i + 1,
                    Pt::Rel(
                        Relative::Weekday {
                            weekday: wd,
                            direction: Direction::Bare,
                        },
                        false,
                    ),
                ));
            }
        };
        if let Some(wd) = self.weekday(j) {
            let wd_dir = if w == "past" { Direction::Last } else { dir };
            return Some((
                j + 1,
                Pt::Rel(
                    Relative::Weekday {
                        weekday: wd,
                        direction: wd_dir,
                    },
                    false,
                ),
            ));
        }
        if w == "last" {
            // "last March 3": the latest 3 March before the anchor.
            if let Some(past_day) = self.past_day(self.month_day_year(j)) {
                return Some(past_day);
            }
            // "last October": the latest October before the anchor's month.
            if let Some(past_month) = self.past_month(j) {
                return Some(past_month);
            }
        }
        if w == "past" || w == "previous" {
            return None; // "the past three years" is a duration, "the previous year" is narrative.
        }
        // "last school year", "this fiscal year": a year of its own calendar, read as the year.
        if self.is(j, &["school", "fiscal", "academic", "financial"]) && self.is(j + 1, &["year"]) {
            j += 1;
        }
        let unit = self
            .unit(j)
            .filter(|u| !matches!(u, Unit::Day | Unit::Decade))?;
        if !matches!(self.word(j), Some("week" | "month" | "year")) {
            return None;
        }
        j += 1;
        let offset = match dir {
            Direction::Last => -1,
            Direction::Next => 1,
            _ => 0,
        };
        Some((j, Pt::Rel(Relative::Unit { unit, offset }, false)))
    }

    /// The first of [`DURATION_HEDGES`] at `i`: the index after it and whether it is fuzzy.
    fn hedge(&self, i: usize) -> Option<(usize, bool)> {
        let first = self.word(i).filter(|_| self.t[i].class() & HEDGE != 0)?;
        DURATION_HEDGES
            .iter()
            .filter(|(words, _)| words[0] == first)
            .find_map(|(words, fuzzy)| Some((self.seq(i, words)?, *fuzzy)))
    }

    /// "three years ago", "hace tres años", "about a year ago".
    fn ago(&self, i: usize) -> Option<(usize, Pt)> {
        let mut j = i;
        let mut approx = false;
        let spanish = self.is(j, &["hace"]);
        if spanish {
            j += 1;
        }
        if let Some((k, fuzzy)) = self.hedge(j) {
            j = k;
            approx = fuzzy;
        }
        let amount = self.count(j)?;
        let unit = self.unit(j + 1)?;
        let ago = Relative::Ago { unit, amount };
        let fuzzy = approx || unit != Unit::Day;
        if spanish {
            return Some((j + 2, Pt::Rel(ago, fuzzy)));
        }
        if self.is(j + 2, &["ago"]) {
            return Some((j + 3, Pt::Rel(ago, fuzzy)));
        }
        None
    }

    /// A month name at `i` with no day or year after it, read as past ("last October").
    fn past_month(&self, i: usize) -> Option<(usize, Pt)> {
        let (end, month) = self.month(i, false)?;
        if self.day(end).is_some() || self.year(end).is_some() || self.is(end, &["de", "of"]) {
            return None;
        }
        Some((end, Pt::Rel(Relative::PastMonth { month }, false)))
    }

    fn spanish_relative(&self, i: usize) -> Option<(usize, Pt)> {
        let mut j = i;
        let mut dir = None;
        if self.is(j, &["el", "la", "los"]) {
            j += 1;
        } else if self.is(j, &["este", "esta", "estos"]) {
            dir = Some(Direction::This);
            j += 1;
        }
        if self.is(j, &["pasado", "pasada"]) {
            dir = Some(Direction::Last);
            j += 1;
            // "el pasado 1 de febrero": the latest 1 February before the anchor.
            if let Some(past_day) = self.past_day(self.day_month_year(j)) {
                return Some(past_day);
            }
            // "el pasado octubre", "el pasado mes de octubre".
            let month_at = self.seq(j, &["mes", "de"]).unwrap_or(j);
            if let Some(past_month) = self.past_month(month_at) {
                return Some(past_month);
            }
        } else if self.is(j, &["proximo", "proxima"]) {
            dir = Some(Direction::Next);
            j += 1;
        }
        let weekday = self
            .word(j)
            .filter(|_| self.calendar(j))
            .and_then(|w| names::weekday(w, false))
            .filter(|_| {
            // Spanish names only: English weekdays are read by `english_relative`.
            !matches!(self.word(j), Some(w) if names::weekday(w, true).is_some() && names::weekday(w, false).is_none())
        });
        let unit = match self.word(j) {
            Some("semana") => Some(Unit::Week),
            Some("mes") => Some(Unit::Month),
            Some("año") => Some(Unit::Year),
            _ => None,
        };
        if weekday.is_none() && unit.is_none() {
            return None;
        }
        j += 1;
        if dir.is_none() || dir == Some(Direction::This) {
            if self.is(j, &["pasado", "pasada"]) {
                dir = Some(Direction::Last);
                j += 1;
            } else if self.is(j, &["proximo", "proxima", "entrante"]) {
                dir = Some(Direction::Next);
                j += 1;
            } else if self.seq(j, &["que", "viene"]).is_some() {
                dir = Some(Direction::Next);
                j += 2;
            }
        }
        if let Some(wd) = weekday {
            if self.heads_date(j - 1) {
                return None;
            }
            let direction = dir.unwrap_or(Direction::Bare);
            return Some((
                j,
                Pt::Rel(
                    Relative::Weekday {
                        weekday: wd,
                        direction,
                    },
                    false,
                ),
            ));
        }
        let unit = unit?;
        let offset = match dir? {
            Direction::Last => -1,
            Direction::Next => 1,
            _ => 0,
        };
        Some((j, Pt::Rel(Relative::Unit { unit, offset }, false)))
    }

    /// "between July 2022 and May 2025", "from 2020 to 2023", "entre julio de 2022 y mayo de 2025",
    /// "2024-2030".
    fn range(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let (a_at, joiners, open): (usize, &[&str], bool) = if self.is(i, &["between", "entre"]) {
            (i + 1, &["and", "y", "e"], true)
        } else if self.is(i, &["from", "de", "desde", "del"]) {
            (
                i + 1,
                &["to", "through", "until", "till", "a", "al", "hasta"],
                true,
            )
        } else {
            (i, &["to", "through", "a", "al"], false)
        };
        let (a_end, a) = self.point(a_at, true)?;
        if !(self.is(a_end, joiners) || self.punct(a_end, &["-", "–", "—"])) {
            return None;
        }
        let b_at = a_end + 1;
        let b_at = if self.is(b_at, &["el", "la", "the"]) {
            b_at + 1
        } else {
            b_at
        };
        let (b_end, b) = self.point(b_at, true)?;
        let (start, end) = (self.t[i].start, self.t[b_end - 1].end);
        // "between January and September", "de enero a septiembre": months of the year nearest
        // the publication.
        if let (Pt::MonthNoYear(ma, None), Pt::MonthNoYear(mb, None)) = (a, b) {
            let count = (mb + 12 - ma) % 12 + 1;
            let months = Relative::Months { first: ma, count };
            return Some((b_end, Pt::Rel(months, false).into_expr(start, end)?));
        }
        let a = match (a, b) {
            (Pt::MonthNoYear(m, p), Pt::Month(y, bm, _)) => {
                Pt::Month(if m <= bm { y } else { y - 1 }, m, p)
            }
            (Pt::DayNoYear(m, d), Pt::Day(bd)) => {
                let y = if (m, d) <= (bd.month, bd.day) {
                    bd.year
                } else {
                    bd.year - 1
                };
                Pt::Day(Date::new(y, m, d)?)
            }
            (a, _) => a,
        };
        let (from, _, pa, xa) = a.bounds()?;
        let (_, to, pb, xb) = b.bounds()?;
        if !open && std::mem::discriminant(&a) != std::mem::discriminant(&b) {
            return None;
        }
        if to < from {
            return None;
        }
        Some((
            b_end,
            expr(
                start,
                end,
                TimeKind::Period,
                Some(from),
                Some(to),
                pa.max(pb),
                xa || xb,
                None,
            ),
        ))
    }

    /// A span of days of one month, both days kept: "del 10 al 12 de junio de 2025", "entre el
    /// 10 y el 12 de junio", "10-12 June 2025", "from June 10 to 12, 2025", "June 10-12".
    fn day_span(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let (mut k, joiners): (usize, &[&str]) = if self.is(i, &["between", "entre"]) {
            (i + 1, &["and", "y", "e"])
        } else if self.is(i, &["from", "de", "desde", "del"]) {
            (
                i + 1,
                &["to", "through", "until", "till", "a", "al", "hasta"],
            )
        } else {
            (i, &["and", "y", "al"])
        };
        if k > i && self.is(k, &["el", "the"]) {
            k += 1;
        }
        let joined = |j: usize| {
            self.is(j, joiners)
                || self.punct(j, &["-", "–"]) && self.adjacent(j) && self.adjacent(j + 1)
        };
        let (first, month, last, year, end) = if let Some(first) = self.day(k) {
            // "10 al 12 de junio (de 2025)": the second day carries the month.
            let mut j = k + 1;
            if !joined(j) {
                return None;
            }
            j += 1;
            if self.is(j, &["el", "the"]) {
                j += 1;
            }
            match self.day_month_year(j)? {
                (end, Pt::Day(d)) => (first, d.month, d.day, Some(d.year), end),
                (end, Pt::DayNoYear(m, d)) => (first, m, d, None, end),
                _ => return None,
            }
        } else {
            // "June 10 to 12(, 2025)": the month before the first day.
            let (j, month) = self.month(k, true)?;
            if !self.t[k].cap && names::month(self.t[k].norm(), true).is_none() {
                return None;
            }
            let first = self.day(j)?;
            // After the month "to" joins days too: "June 10 to 12".
            if !(joined(j + 1) || self.is(j + 1, &["to", "through", "a"])) {
                return None;
            }
            let last = self.day(j + 2)?;
            let mut end = j + 3;
            let mut y = end + usize::from(self.punct(end, &[","]));
            y += usize::from(self.is(y, &["de", "del"]));
            let year = self.year(y);
            if year.is_some() {
                end = y + 1;
            } else if self.word(end).is_some() {
                // "June 10 to 12 people": a count after the date.
                return None;
            }
            (first, month, last, year, end)
        };
        if first >= last {
            return None;
        }
        let (start, stop) = (self.t[i].start, self.t[end - 1].end);
        let e = match year {
            Some(y) => {
                let (from, to) = (Date::new(y, month, first)?, Date::new(y, month, last)?);
                let days = Precision::Day;
                expr(
                    start,
                    stop,
                    TimeKind::Period,
                    Some(from),
                    Some(to),
                    days,
                    false,
                    None,
                )
            }
            None => {
                let days = Relative::DaysOfMonth { month, first, last };
                Pt::Rel(days, false).into_expr(start, stop)?
            }
        };
        Some((end, e))
    }

    /// Token `j`, or the one after it when it is an article before a point ("since the 1990s", not
    /// "by the end of 2023", whose article belongs to the point).
    fn past_article(&self, j: usize) -> usize {
        if self.is(j, &["el", "la", "the"])
            && !self.is(j + 1, &["end", "beginning", "start", "middle"])
        {
            j + 1
        } else {
            j
        }
    }

    /// "since 2002", "desde 2002", "desde hace tres años", "since last year", "a partir de julio".
    fn since(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let j = if let Some(j) = self.seq(i, &["a", "partir", "de"]) {
            j
        } else if let Some(j) = self.seq(i, &["ever", "since"]) {
            j
        } else if self.is(i, &["since", "desde"]) {
            i + 1
        } else if self.is(i, &["starting", "beginning"]) && self.is(i + 1, &["in", "from"]) {
            i + 2
        } else {
            return None;
        };
        let j = self.past_article(j);
        let (end, pt) = self.point(j, true)?;
        let mut e = pt.into_expr(self.t[i].start, self.t[end - 1].end)?;
        e.kind = TimeKind::Since;
        e.to = None;
        Some((end, e))
    }

    /// "by late 2023", "by the end of 2023", "as of May 2024", "until 2023", "hasta 2023", "para 2030".
    fn by(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let j = if let Some(j) = self.seq(i, &["as", "of"]) {
            j
        } else if self.is(i, &["by", "until", "till", "through", "hasta", "para"]) {
            i + 1
        } else {
            return None;
        };
        let j = self.past_article(j);
        let (end, pt) = self.point(j, true)?;
        if matches!(pt, Pt::Rel(Relative::Ago { .. }, _)) {
            return None;
        }
        let mut e = pt.into_expr(self.t[i].start, self.t[end - 1].end)?;
        e.kind = TimeKind::By;
        e.as_of = e.to;
        e.from = None;
        e.to = None;
        if let Pt::YearPart(..) = pt {
            e.precision = Precision::Year;
        }
        Some((end, e))
    }

    /// "in less than three years", "in the past five years", "en los últimos tres años".
    fn duration(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let mut j = i;
        let prep = self.is(j, &["in", "within", "over", "during", "en", "durante"]);
        if prep {
            j += 1;
        }
        if self.is(j, &["the", "los", "las"]) {
            j += 1;
        }
        let window = self.is(j, &["past", "last", "ultimos", "ultimas", "pasados"]);
        if window {
            j += 1;
        }
        let mut approx = false;
        let mut hedged = false;
        if let Some((k, fuzzy)) = self.hedge(j) {
            j = k;
            approx = fuzzy;
            hedged = true;
        }
        let (amount, unit_at) = match self.count(j) {
            Some(n) if self.unit(j + 1).is_some() => (n, j + 1),
            _ if window && self.unit(j).is_some() => (1, j),
            _ => return None,
        };
        if self.word(j) == Some("a") && !hedged && !window {
            return None;
        }
        let unit = self.unit(unit_at)?;
        // "in three years" alone may be future, and "seen within 18 weeks" is a threshold, not
        // when: require a window ("in the past five years") or a hedge ("in less than three").
        if !(window || hedged && prep) {
            return None;
        }
        if self.is(unit_at + 1, &["ago"]) {
            return None;
        }
        let e = expr(
            self.t[i].start,
            self.t[unit_at].end,
            TimeKind::Duration,
            None,
            None,
            unit.precision(),
            approx,
            Some(Relative::Span { unit, amount }),
        );
        Some((unit_at + 1, e))
    }

    fn at(&self, i: usize) -> Option<(usize, TimeExpr)> {
        let plain = self
            .point(i, false)
            .and_then(|(end, pt)| Some((end, pt.into_expr(self.t[i].start, self.t[end - 1].end)?)));
        [
            self.range(i),
            self.since(i),
            self.by(i),
            self.duration(i),
            plain,
            self.day_span(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(end, _)| *end)
    }
}

/// Finds the date expressions in `text`, in order and not overlapping. Relative expressions are
/// returned unresolved (see [`resolve`] and [`find_resolved`]).
pub fn find_expressions(text: &str, lang: &Lang) -> Vec<TimeExpr> {
    if !has_anchor(text) {
        return Vec::new();
    }
    let toks = tokenize(text);
    let out = expressions_in(&toks, lang);
    recycle(toks);
    out
}

/// The date expressions of the tokens `toks` (see [`find_expressions`]).
fn expressions_in(toks: &[Tok], lang: &Lang) -> Vec<TimeExpr> {
    let scan = Scan::new(toks, lang);
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(anchor) = next_anchor(toks, i) {
        i = chain_start(toks, i, anchor);
        while i <= anchor {
            match scan.may_start(i).then(|| scan.at(i)).flatten() {
                Some((end, e)) if end > i => {
                    out.push(e);
                    i = end;
                }
                _ => i += 1,
            }
        }
    }
    out
}

/// The first anchor (see [`is_anchor`]) at or after token `i`.
fn next_anchor(toks: &[Tok], i: usize) -> Option<usize> {
    (i..toks.len()).find(|&k| is_anchor(toks, k))
}

/// The first token of `i..anchor` after which no word the rules do not know comes before the
/// anchor. Every expression holds an anchor, and every token of an expression before its first
/// anchor is a known word, punctuation or a number, so no expression starts before it (and only
/// the words from there to the anchor are looked up).
fn chain_start(toks: &[Tok], i: usize, anchor: usize) -> usize {
    let unknown = |k: &usize| toks[*k].kind == TokKind::Word && toks[*k].class() & KNOWN == 0;
    (i..anchor).rev().find(unknown).map_or(i, |k| k + 1)
}

/// Whether token `k` is an anchor: an [`ANCHOR`] word, or a number that can play a part in an
/// expression: a year (four digits, 1800 to 2100), or a day, count or date field, which has a
/// date separator or a known word (a month, "de", a unit) after it, or a separator or calendar
/// word (a month) before it. (A quarter's number is followed by a year.)
fn is_anchor(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if t.kind != TokKind::Num {
        return t.may_anchor && t.class() & ANCHOR != 0;
    }
    if t.digits == 4 && t.value.is_some_and(|v| (1800..=2100).contains(&v)) {
        return true;
    }
    let separator = |t: &Tok| t.kind == TokKind::Punct && matches!(t.norm(), "/" | "-" | ".");
    let next = toks
        .get(k + 1)
        .is_some_and(|n| separator(n) || n.class() & KNOWN != 0);
    let prev = k
        .checked_sub(1)
        .is_some_and(|p| separator(&toks[p]) || toks[p].class() & CALENDAR != 0);
    next || prev
}

/// Finds the date expressions in `text` and resolves relative ones against `anchor` (usually the
/// publication date).
pub fn find_resolved(text: &str, lang: &Lang, anchor: Option<Date>) -> Vec<TimeExpr> {
    let mut exprs = find_expressions(text, lang);
    for e in &mut exprs {
        *e = resolve(e, anchor);
    }
    exprs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_tokens_start_no_expression() {
        let texts = [
            "Since 2002, more than 30 doctors arrived; by the end of 2023 about 950 were there.",
            "El viernes pasado, hace tres años, a mediados de mayo de 2024 y desde el 13 de mayo.",
            "Between July 2022 and May 2025, in less than three years, last Friday, Q1 2024.",
            "Wed, 11/27/2024 - 09:46; the first quarter of 2024; mid-2024; the summer of 2023.",
            "In the past poco más de tres años, a partir de el hace unos dos meses, esta tarde.",
            "The day before yesterday, earlier this week, this past Friday, el año que viene.",
        ];
        for text in texts {
            for lang in [Lang::En, Lang::Es] {
                let toks = tokenize(text);
                let scan = Scan::new(&toks, &lang);
                for i in 0..toks.len() {
                    let reaches =
                        next_anchor(&toks, i).is_some_and(|a| chain_start(&toks, i, a) == i);
                    if !scan.may_start(i) || !reaches {
                        assert!(scan.at(i).is_none(), "{text:?} at token {i}");
                    }
                }
            }
        }
    }
}
