//! Calendar dates and the time a claim refers to: parsing English and Spanish date expressions,
//! periods ("between July 2022 and May 2025") and relative dates ("last Friday") resolved against a
//! publication date.

mod date;

pub use date::Date;
