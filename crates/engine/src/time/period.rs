//! What a time expression denotes: its kind, precision and the date bounds of calendar units
//! (a month, a year, the early/mid/late part of one, a season, a quarter).

use super::Date;
use serde::{Deserialize, Serialize};

/// What a time expression says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// A single day ("13 May 2024"): `from == to`.
    Point,
    /// A stretch of calendar ("in 2025", "July 2022", "between July 2022 and May 2025"): `from..=to`.
    Period,
    /// Relative to the publication date ("last Friday", "el año pasado"); resolved with an anchor.
    Relative,
    /// A start with no stated end ("since 2002", "desde 2002"): `from`.
    Since,
    /// A deadline or cut-off ("by late 2023", "as of May 2024", "hasta 2023"): `as_of`.
    By,
    /// A duration back from the publication date ("in less than three years"): `from..=to` once
    /// anchored.
    Duration,
}

/// How finely an expression pins down time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// Part of a year: a season, quarter, half, or early/mid/late year.
    Season,
    /// A year.
    Year,
}

/// A calendar unit counted in relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
}

impl Unit {
    /// The precision an expression in this unit has.
    pub fn precision(self) -> Precision {
        match self {
            Unit::Day => Precision::Day,
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Year | Unit::Decade => Precision::Year,
        }
    }
}

/// Which part of a month or year ("early", "mid-", "late"; "principios", "mediados", "finales").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The first third.
    Early,
    /// The middle third.
    Mid,
    /// The last third.
    Late,
}

/// How a weekday is picked relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// "last Friday", "el viernes pasado": the latest one strictly before the anchor.
    Last,
    /// "next Friday", "el próximo viernes": the first one strictly after the anchor.
    Next,
    /// "this Sunday", "este domingo": the nearest one (the past one on a tie).
    This,
    /// "on Tuesday", "el martes": the latest one on or before the anchor (news is mostly past).
    Bare,
}

/// How a relative expression is resolved against an anchor date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Relative {
    /// Days from the anchor: yesterday = -1, today = 0, tomorrow = 1.
    Days { offset: i64 },
    /// A weekday near the anchor (0 = Monday).
    Weekday { weekday: u8, direction: Direction },
    /// The calendar week, month or year containing the anchor, moved by `offset` units.
    Unit { unit: Unit, offset: i32 },
    /// `amount` units before the anchor ("three years ago", "hace tres años").
    Ago { unit: Unit, amount: u32 },
    /// The `amount` units up to the anchor ("in the past three years", "in less than three years").
    Span { unit: Unit, amount: u32 },
    /// A day of a month with no year ("13 May", "June 2"): the occurrence nearest the anchor;
    /// when said to be `past` ("el pasado 1 de febrero", "last March 3"), the latest before it.
    DayMonth { month: u8, day: u8, past: bool },
    /// Days `first..=last` of a month with no year ("del 10 al 12 de junio", "June 10-12"): the
    /// occurrence nearest the anchor, as for [`Relative::DayMonth`].
    DaysOfMonth { month: u8, first: u8, last: u8 },
    /// A month with no year ("in mid-May"): the occurrence nearest the anchor.
    Month { month: u8, part: Option<Part> },
    /// A month said to be past ("last October", "el pasado octubre"): the latest before the
    /// anchor's month.
    PastMonth { month: u8 },
    /// The `count` months ending with a month with no year ("the 12 months to June"): the
    /// latest such month before the anchor's.
    MonthsTo { month: u8, count: u8 },
    /// The calendar unit containing the anchor, up to the anchor ("so far this year", "en lo
    /// que va de año").
    SoFar { unit: Unit },
    /// Months of a year that is not stated ("the third quarter", "el segundo semestre"): the
    /// occurrence nearest the anchor.
    Months { first: u8, count: u8 },
}

/// A time expression found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it says.
    pub kind: TimeKind,
    /// First day covered (for points, periods, durations and `since`).
    pub from: Option<Date>,
    /// Last day covered (for points, periods and durations).
    pub to: Option<Date>,
    /// The cut-off date of a `by` expression.
    pub as_of: Option<Date>,
    /// How finely it pins down time.
    pub precision: Precision,
    /// Hedged or fuzzy ("mid-2024", "in less than three years", "about a year ago").
    pub approximate: bool,
    /// How to resolve it against the publication date, when it depends on one.
    pub relative: Option<Relative>,
}

impl TimeExpr {
    /// Whether all the dates it denotes are known (absolute, or already resolved).
    pub fn is_resolved(&self) -> bool {
        self.from.is_some() || self.to.is_some() || self.as_of.is_some()
    }
}

/// First and last day of a month.
pub fn month_bounds(year: i32, month: u8) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1)?;
    Some((first, first.month_end()))
}

/// First and last day of a year.
pub fn year_bounds(year: i32) -> Option<(Date, Date)> {
    Some((Date::new(year, 1, 1)?, Date::new(year, 12, 31)?))
}

/// The early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) part of a year.
pub fn year_part_bounds(year: i32, part: Part) -> Option<(Date, Date)> {
    let (a, b) = match part {
        Part::Early => (1, 4),
        Part::Mid => (5, 8),
        Part::Late => (9, 12),
    };
    Some((month_bounds(year, a)?.0, month_bounds(year, b)?.1))
}

/// The early (1–10), mid (11–20) or late (21–end) part of a month.
pub fn month_part_bounds(year: i32, month: u8, part: Part) -> Option<(Date, Date)> {
    let (first, last) = month_bounds(year, month)?;
    Some(match part {
        Part::Early => (first, Date::new(year, month, 10)?),
        Part::Mid => (Date::new(year, month, 11)?, Date::new(year, month, 20)?),
        Part::Late => (Date::new(year, month, 21)?, last),
    })
}

/// Months `first..=last` of a year (quarters, halves); `last` may pass 12 into the next year.
pub fn months_bounds(year: i32, first: u8, count: u8) -> Option<(Date, Date)> {
    let start = Date::new(year, first, 1)?;
    let end = start.add_months(i32::from(count)).add_days(-1);
    Some((start, end))
}

/// A northern-hemisphere season of a year (winter spans December of the year before).
pub fn season_bounds(year: i32, season: u8) -> Option<(Date, Date)> {
    match season {
        0 => months_bounds(year - 1, 12, 3),
        1 => months_bounds(year, 3, 3),
        2 => months_bounds(year, 6, 3),
        _ => months_bounds(year, 9, 3),
    }
}
