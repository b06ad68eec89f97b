//! Adding one article to corpora of 10, 1,000 and 10,000 articles built by varying real texts (the
//! seeds and the test articles with numbers and names perturbed). Target: ≤ 20 ms native for one
//! article into 10,000.

use criterion::{criterion_group, criterion_main, Criterion};
use crosscheck_engine::{seeds, Corpus, DocumentMeta};
use std::time::{Duration, Instant};

const ARTICLES: &[&str] = &[
    include_str!("../tests/articles/protest_en.txt"),
    include_str!("../tests/articles/protest_es.txt"),
    include_str!("../tests/articles/quake_day1.txt"),
    include_str!("../tests/articles/budget_en.txt"),
    include_str!("../tests/articles/outage_districts.txt"),
    include_str!("../tests/articles/unrelated_tech.txt"),
];

const NAMES: &[&str] = &[
    "Alvar", "Brisa", "Corvo", "Delmar", "Estela", "Fenwick", "Galen", "Hollis",
];

/// Variant `i` of a text: every multi-digit number shifted, and every capitalized word suffixed
/// with a story number, so that the corpus holds many stories of about ten articles each (as a
/// real archive does) rather than ten thousand copies of one.
fn vary(text: &str, i: usize) -> String {
    let story = i / 10;
    let mut out = String::with_capacity(text.len() + 256);
    let mut num = String::new();
    let mut word = String::new();
    let flush_word = |word: &mut String, out: &mut String| {
        if word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 2 {
            out.push_str(word);
            out.push_str(&format!("x{story}"));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for ch in text.chars() {
        if ch.is_ascii_digit() && word.is_empty() {
            num.push(ch);
            continue;
        }
        if !num.is_empty() {
            let n: u64 = num.parse().unwrap_or(0);
            out.push_str(&(n + (i as u64 % 97) * u64::from(num.len() > 1)).to_string());
            num.clear();
        }
        if ch.is_alphanumeric() {
            word.push(ch);
            continue;
        }
        flush_word(&mut word, &mut out);
        out.push(ch);
    }
    flush_word(&mut word, &mut out);
    out.push_str(&num);
    format!("{out}\n\nReported by {} {}.", NAMES[i % NAMES.len()], i)
}

fn texts() -> Vec<&'static str> {
    seeds::SEEDS
        .iter()
        .map(|s| s.text)
        .chain(ARTICLES.iter().copied())
        .collect()
}

fn corpus_of(n: usize) -> Corpus {
    let base = texts();
    let mut corpus = Corpus::new();
    for i in 0..n {
        let text = vary(base[i % base.len()], i);
        corpus.add(&format!("doc{i}"), &text, &DocumentMeta::default());
    }
    corpus
}

fn add_one(c: &mut Criterion) {
    let base = texts();
    for n in [10usize, 1_000, 10_000] {
        let mut corpus = corpus_of(n);
        // A new article on the most recent story, so it has sources to be compared with.
        let text = vary(base[1], n.saturating_sub(3));
        c.bench_function(&format!("add one article into {n}"), |b| {
            // Only the addition is timed; removing the article again keeps the corpus at n.
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    corpus.add("new", &text, &DocumentMeta::default());
                    spent += start.elapsed();
                    corpus.remove("new");
                }
                spent
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = add_one
}
criterion_main!(benches);
