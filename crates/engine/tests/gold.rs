//! The seed gold test: the embedded seed corpus must show what a careful fact-checker finds
//! (`tests/data/gold/seed-findings.json`), judged by the gold file's own `matching` rule.

use crosscheck_engine::claims::Claim;
use crosscheck_engine::findings::{Finding, FindingKind};
use serde_json::Value as Json;
use std::collections::HashMap;

const GOLD: &str = include_str!("data/gold/seed-findings.json");

/// One mention of a gold entry: a document and a value or a quote.
#[derive(Debug)]
struct Mention {
    doc: String,
    value: Option<f64>,
    quote: Option<String>,
}

fn mentions(entry: &Json) -> Vec<Mention> {
    entry["mentions"]
        .as_array()
        .map(|ms| {
            ms.iter()
                .map(|m| Mention {
                    doc: m["doc"].as_str().unwrap_or_default().to_string(),
                    value: m["value"].as_f64(),
                    quote: m["quote"].as_str().map(str::to_string),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn value_of(c: &Claim) -> Option<f64> {
    c.value.map(|v| (v.low() + v.high()) / 2.0)
}

fn within(a: f64, b: f64) -> bool {
    let m = a.abs().max(b.abs());
    m == 0.0 || (a - b).abs() <= m * 0.005
}

/// Whether a claim covers a mention: its doc is that file and its value equals the mention's
/// value within 0.5%, or, for a mention given as a quote, its sentence contains the quote.
fn covers(c: &Claim, m: &Mention) -> bool {
    if c.doc != m.doc {
        return false;
    }
    if let Some(v) = m.value {
        return value_of(c).is_some_and(|cv| within(cv, v))
            || c.value
                .is_some_and(|r| within(r.low(), v) || within(r.high(), v));
    }
    if let Some(q) = &m.quote {
        return c.text.to_lowercase().contains(&q.to_lowercase());
    }
    false
}

fn accepted(entry_kind: &str, k: FindingKind) -> bool {
    use FindingKind::*;
    match entry_kind {
        "conflict" => matches!(k, Conflict | Discrepancy | Inconsistency),
        "discrepancy" => matches!(k, Conflict | Discrepancy | Inconsistency | Change),
        _ => false,
    }
}

/// Whether a finding's claims cover at least two of the mentions with different (doc, value) pairs.
fn covers_two(f: &Finding, claims: &HashMap<&str, &Claim>, ms: &[Mention]) -> bool {
    let mut covered: Vec<(String, Option<u64>, Option<String>)> = Vec::new();
    for id in &f.claims {
        let Some(c) = claims.get(id.as_str()) else {
            continue;
        };
        for m in ms {
            if covers(c, m) {
                let key = (m.doc.clone(), m.value.map(f64::to_bits), m.quote.clone());
                let pair = (m.doc.clone(), m.value.map(f64::to_bits));
                if !covered.iter().any(|(d, v, _)| (d.clone(), *v) == pair) {
                    covered.push(key);
                }
            }
        }
    }
    covered.len() >= 2
}

#[test]
fn seed_gold() {
    let gold: Json = serde_json::from_str(GOLD).expect("gold JSON");
    let corpus = crosscheck_engine::seeds::corpus();
    let claims: HashMap<&str, &Claim> =
        corpus.claims().iter().map(|c| (c.id.as_str(), c)).collect();
    let findings = corpus.findings();
    println!("{} claims, {} findings", claims.len(), findings.len());
    for c in corpus.claims() {
        println!(
            "  {} {:?} {:?} {:?} {:?} head={:?} q={:?} mods={:?} place={:?} attr={:?} scope={:?} time={:?}/{:?}/{:?} {:?}",
            c.id, c.kind, c.value, c.unit, c.bound, c.head, c.qualifier, c.modifiers, c.place,
            c.attribution, c.scope_of, c.time.as_of.map(|d| d.to_string()),
            c.time.from.map(|d| d.to_string()), c.time.to.map(|d| d.to_string()), c.measure
        );
    }
    for f in findings {
        println!(
            "  {} {:?} {:?} {:.2} {}",
            f.id, f.kind, f.claims, f.confidence, f.explanation
        );
    }

    let mut failures = Vec::new();
    for (section, required) in [("must_find", true), ("should_find", false)] {
        let mut found = 0;
        let entries = gold[section].as_array().cloned().unwrap_or_default();
        for e in &entries {
            let id = e["id"].as_str().unwrap_or("?");
            let kind = e["kind"].as_str().unwrap_or("");
            let ms = mentions(e);
            let hit = findings
                .iter()
                .find(|f| accepted(kind, f.kind) && covers_two(f, &claims, &ms));
            match hit {
                Some(f) => {
                    found += 1;
                    println!("[{section}] {id}: FOUND by {} ({:?})", f.id, f.kind);
                }
                None => {
                    println!("[{section}] {id}: MISSING");
                    if required {
                        failures.push(format!("{section} {id}"));
                    }
                }
            }
        }
        println!("[{section}] {found}/{} found", entries.len());
    }

    for e in gold["must_find_corroborations"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let v = e["value"].as_f64().unwrap_or(f64::NAN);
        let docs: Vec<&str> = e["docs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Json::as_str)
            .collect();
        let measure = e["measure"].as_str().unwrap_or("?");
        let hit = findings.iter().find(|f| {
            f.kind == FindingKind::Corroboration
                && docs.iter().all(|d| {
                    f.claims.iter().any(|id| {
                        claims.get(id.as_str()).is_some_and(|c| {
                            covers(
                                c,
                                &Mention {
                                    doc: d.to_string(),
                                    value: Some(v),
                                    quote: None,
                                },
                            )
                        })
                    })
                })
        });
        match hit {
            Some(f) => println!("[corroboration] {measure} = {v}: FOUND by {}", f.id),
            None => {
                println!("[corroboration] {measure} = {v}: MISSING");
                failures.push(format!("corroboration {measure}"));
            }
        }
    }

    for e in gold["must_not_conflict"]
        .as_array()
        .cloned()
        .unwrap_or_default()
    {
        let values: Vec<f64> = e["values"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Json::as_f64)
            .collect();
        let docs: Vec<&str> = e["docs"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Json::as_str)
            .collect();
        let holds = |f: &Finding, v: f64| {
            f.claims.iter().any(|id| {
                claims.get(id.as_str()).is_some_and(|c| {
                    docs.contains(&c.doc.as_str()) && value_of(c).is_some_and(|cv| within(cv, v))
                })
            })
        };
        let violation = findings.iter().find(|f| {
            matches!(f.kind, FindingKind::Conflict | FindingKind::Discrepancy)
                && values.iter().all(|&v| holds(f, v))
        });
        match violation {
            Some(f) => {
                println!("[must_not_conflict] {values:?}: VIOLATED by {}", f.id);
                failures.push(format!("must_not_conflict {values:?}"));
            }
            None => println!("[must_not_conflict] {values:?}: ok"),
        }
    }

    assert!(failures.is_empty(), "gold failures: {failures:#?}");
}
