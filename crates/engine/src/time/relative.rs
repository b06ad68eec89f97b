//! Resolving relative expressions ("last Friday", "el año pasado", "in less than three years")
//! against an anchor date, usually the publication date.

use super::period::{
    month_bounds, month_part_bounds, months_bounds, year_bounds, Direction, Relative, TimeExpr,
    TimeKind, Unit,
};
use super::Date;

/// `date` moved back (`sign` = -1) or forward by `amount` units.
fn shift(date: Date, unit: Unit, amount: u32, sign: i32) -> Date {
    let n = i32::try_from(amount).unwrap_or(i32::MAX / 120) * sign;
    match unit {
        Unit::Day => date.add_days(i64::from(n)),
        Unit::Week => date.add_days(i64::from(n) * 7),
        Unit::Month => date.add_months(n),
        Unit::Year => date.add_years(n),
        Unit::Decade => date.add_years(n.saturating_mul(10)),
    }
}

/// How far a yearless date ("in February", "on 3 March") is from the anchor, for choosing its
/// year: news mostly reports what happened, so a date ahead counts three times its distance (in
/// October, "February" is the February before; "November" is still the coming one).
fn past_biased(d: Date, anchor: Date) -> (i64, bool) {
    let days = anchor.days_until(d);
    (if days > 0 { days * 3 } else { -days }, days > 0)
}

/// The first and last day a relative expression denotes, given the anchor.
pub fn relative_bounds(r: Relative, anchor: Date) -> Option<(Date, Date)> {
    Some(match r {
        Relative::Days { offset } => {
            let d = anchor.add_days(offset.clamp(-100_000, 100_000));
            (d, d)
        }
        Relative::Weekday { weekday, direction } => {
            let back = i64::from((anchor.weekday() + 7 - weekday % 7) % 7);
            let fwd = i64::from((weekday % 7 + 7 - anchor.weekday()) % 7);
            let offset = match direction {
                Direction::Bare => -back,
                Direction::Last => -(if back == 0 { 7 } else { back }),
                Direction::Next => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Direction::This => {
                    if back <= fwd {
                        -back
                    } else {
                        fwd
                    }
                }
            };
            let d = anchor.add_days(offset);
            (d, d)
        }
        Relative::Unit { unit, offset } => match unit {
            Unit::Day => {
                let d = anchor.add_days(i64::from(offset));
                (d, d)
            }
            Unit::Week => {
                let monday = anchor.add_days(-i64::from(anchor.weekday()) + 7 * i64::from(offset));
                (monday, monday.add_days(6))
            }
            Unit::Month => {
                let d = Date::new(anchor.year, anchor.month, 1)?.add_months(offset);
                month_bounds(d.year, d.month)?
            }
            Unit::Year => year_bounds(anchor.year.checked_add(offset)?)?,
            Unit::Decade => {
                let start = (anchor.year.div_euclid(10) + offset) * 10;
                (year_bounds(start)?.0, year_bounds(start + 9)?.1)
            }
        },
        Relative::Ago { unit, amount } => {
            let d = shift(anchor, unit, amount, -1);
            (d, d)
        }
        Relative::Span { unit, amount } => (shift(anchor, unit, amount, -1), anchor),
        Relative::Months { first, count } => {
            let mid = |y: i32| Date::new(y, first, 1).map(|d| d.add_days(i64::from(count) * 15));
            let y = (anchor.year - 1..=anchor.year + 1)
                .filter_map(|y| Some((y, mid(y)?)))
                .min_by_key(|(_, d)| past_biased(*d, anchor))?
                .0;
            months_bounds(y, first, count)?
        }
        Relative::SoFar { unit } => {
            let (first, _) = relative_bounds(Relative::Unit { unit, offset: 0 }, anchor)?;
            (first, anchor)
        }
        Relative::DayMonth { month, day, past } => {
            let years =
                (anchor.year - 1..=anchor.year + 1).filter_map(|y| Date::new(y, month, day));
            let d = if past {
                years.rev().find(|d| *d < anchor)?
            } else {
                years.min_by_key(|d| past_biased(*d, anchor))?
            };
            (d, d)
        }
        Relative::DaysOfMonth { month, first, last } => {
            let days = Relative::DayMonth {
                month,
                day: last,
                past: false,
            };
            let (d, _) = relative_bounds(days, anchor)?;
            (Date::new(d.year, month, first)?, d)
        }
        Relative::PastMonth { month } => {
            let y = if month < anchor.month {
                anchor.year
            } else {
                anchor.year - 1
            };
            month_bounds(y, month)?
        }
        Relative::MonthsTo { month, count } => {
            let (_, last) = relative_bounds(Relative::PastMonth { month }, anchor)?;
            let first = Date::new(last.year, last.month, 1)?.add_months(1 - i32::from(count));
            (first, last)
        }
        Relative::Month { month, part } => {
            let y = (anchor.year - 1..=anchor.year + 1)
                .filter_map(|y| Date::new(y, month, 15))
                .min_by_key(|d| past_biased(*d, anchor))?
                .year;
            match part {
                Some(p) => month_part_bounds(y, month, p)?,
                None => month_bounds(y, month)?,
            }
        }
    })
}

/// Resolves a relative expression against `anchor`; absolute expressions, and any expression when
/// there is no anchor, come back unchanged.
pub fn resolve(expr: &TimeExpr, anchor: Option<Date>) -> TimeExpr {
    let mut e = *expr;
    let (Some(r), Some(anchor)) = (expr.relative, anchor) else {
        return e;
    };
    let Some((from, to)) = relative_bounds(r, anchor) else {
        return e;
    };
    match e.kind {
        TimeKind::Since => e.from = Some(from),
        TimeKind::By => e.as_of = Some(to),
        _ => {
            e.from = Some(from);
            e.to = Some(to);
        }
    }
    e
}
