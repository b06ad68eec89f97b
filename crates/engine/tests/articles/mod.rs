//! The real-topic test articles (`tests/articles/*.txt`) with the outlet and date a user would
//! give when adding them, shared by the test files that analyse them.
#![allow(dead_code)] // Each test crate uses its own part.

use crosscheck_engine::time::Date;
use crosscheck_engine::{Corpus, DocumentMeta};

/// (file, outlet, publication date, text).
pub type Article = (&'static str, &'static str, &'static str, &'static str);

/// Every article of this folder.
pub const ALL: &[Article] = &[
    (
        "protest_en.txt",
        "The Valdoria Herald",
        "2025-03-08",
        include_str!("protest_en.txt"),
    ),
    (
        "protest_es.txt",
        "Diario del Sur",
        "2025-03-09",
        include_str!("protest_es.txt"),
    ),
    (
        "quake_day1.txt",
        "Montalbán Today",
        "2025-06-02",
        include_str!("quake_day1.txt"),
    ),
    (
        "quake_day2.txt",
        "Montalbán Today",
        "2025-06-03",
        include_str!("quake_day2.txt"),
    ),
    (
        "quake_day3.txt",
        "Iberian Wire",
        "2025-06-04",
        include_str!("quake_day3.txt"),
    ),
    (
        "budget_en.txt",
        "Castelmar Post",
        "2024-12-12",
        include_str!("budget_en.txt"),
    ),
    (
        "budget_es.txt",
        "La Voz de Castelmar",
        "2024-12-12",
        include_str!("budget_es.txt"),
    ),
    (
        "outage_districts.txt",
        "Portavela News",
        "2025-01-18",
        include_str!("outage_districts.txt"),
    ),
    (
        "jobless_en.txt",
        "Bloomberg",
        "2024-07-26",
        include_str!("jobless_en.txt"),
    ),
    (
        "jobless_es.txt",
        "El País",
        "2024-07-26",
        include_str!("jobless_es.txt"),
    ),
    (
        "unrelated_tech.txt",
        "Industry Daily",
        "2024-10-22",
        include_str!("unrelated_tech.txt"),
    ),
    (
        "earnings_a.txt",
        "Harbor Ledger",
        "2024-03-05",
        include_str!("earnings_a.txt"),
    ),
    (
        "earnings_b.txt",
        "Market Wire",
        "2024-03-06",
        include_str!("earnings_b.txt"),
    ),
    (
        "floods_es_day1.txt",
        "Agencia regional",
        "2024-10-03",
        include_str!("floods_es_day1.txt"),
    ),
    (
        "floods_es_day2.txt",
        "Diario local",
        "2024-10-05",
        include_str!("floods_es_day2.txt"),
    ),
    (
        "jobs_es_apr.txt",
        "Diario económico",
        "2024-05-03",
        include_str!("jobs_es_apr.txt"),
    ),
    (
        "jobs_es_may.txt",
        "Agencia de noticias",
        "2024-06-04",
        include_str!("jobs_es_may.txt"),
    ),
];

/// A corpus of `articles`, each added with its outlet and date.
pub fn corpus_of<'a>(articles: impl IntoIterator<Item = &'a Article>) -> Corpus {
    let mut corpus = Corpus::new();
    for (file, outlet, date, text) in articles {
        let meta = DocumentMeta {
            outlet: Some(outlet.to_string()),
            published: Date::parse_iso(date),
            ..DocumentMeta::default()
        };
        corpus.add(file, text, &meta);
    }
    corpus
}
