//! Calendar dates and the time a claim refers to: parsing English and Spanish date expressions,
//! periods ("between July 2022 and May 2025") and relative dates ("last Friday") resolved against a
//! publication date.

mod date;
mod expressions;
mod names;
mod period;
mod relative;
mod tokens;
mod vocabulary;

pub use date::{days_in_month, Date};
pub use expressions::{find_expressions, find_resolved};
pub(crate) use names::folded_chars;
pub use names::{fold, month as month_name, weekday as weekday_name};
pub use period::{
    month_bounds, year_bounds, Direction, Part, Precision, Relative, TimeExpr, TimeKind, Unit,
};
pub use relative::{relative_bounds, resolve};

/// Whether a date rule reads a bare year or month after `word` ("in 2025", "en febrero", "since
/// June"; see `expressions::YEAR_CONTEXT`).
pub(crate) fn dates_after(word: &str) -> bool {
    vocabulary::lookup(word).is_some_and(|(_, class)| class & vocabulary::CONTEXT != 0)
}
