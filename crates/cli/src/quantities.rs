//! `crosscheck quantities`: one JSON array of quantities per input line, with no claim filtering.

use crosscheck_engine::quantity::{self, Bound, QuantityKind, Value};
use crosscheck_engine::{Document, DocumentMeta};
use serde::Serialize;
use std::io::{BufRead, Write};

/// A quantity as this command prints it.
#[derive(Serialize)]
struct Row<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: QuantityKind,
    /// `null` for a unit mention without a figure (`--mentions`).
    value: Option<Value>,
    unit: Option<&'a str>,
    bound: Bound,
    /// The base of a ratio or rate ("1 in 5" → 5, "per 1,000" → 1000); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    per: Option<f64>,
}

/// Runs the subcommand with its arguments.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut lang: Option<String> = None;
    let mut with_mentions = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--lang" => {
                let code = iter.next().ok_or("--lang needs en, es or es-MX")?;
                if !["en", "es", "es-mx"].contains(&code.to_ascii_lowercase().as_str()) {
                    return Err(format!("quantities: --lang {code:?}: use en, es or es-MX"));
                }
                lang = Some(code.clone());
            }
            "--mentions" => with_mentions = true,
            other => return Err(format!("quantities: unknown argument {other:?}")),
        }
    }
    let meta = DocumentMeta {
        lang,
        ..DocumentMeta::default()
    };
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.split(b'\n') {
        let bytes = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        let text = String::from_utf8_lossy(&bytes);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        let context = Document::parse("stdin", text, &meta).number;
        let found = quantity::extract(text, &context);
        let mut rows: Vec<Row> = found
            .iter()
            .map(|q| Row {
                text: &q.text,
                start: q.start,
                end: q.end,
                kind: q.kind,
                value: Some(q.value),
                unit: q.unit.as_deref(),
                bound: q.bound,
                per: q.per,
            })
            .collect();
        let named = if with_mentions {
            quantity::mentions(text, &context, &found)
        } else {
            Vec::new()
        };
        rows.extend(named.iter().map(|m| Row {
            text: &m.text,
            start: m.start,
            end: m.end,
            kind: m.kind,
            value: None,
            unit: Some(&m.unit),
            bound: Bound::Exact,
            per: None,
        }));
        rows.sort_by_key(|r| r.start);
        let json = serde_json::to_string(&rows).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))
}
