//! Claims as CSV (RFC 4180): one row per claim with its document's outlet and date, the figure,
//! its normalized value and hedge, what it measures, when and who says so, its byte span, and the
//! reader's corrections. Text cells that a spreadsheet would run as a formula are prefixed with `'`.

use super::{correction, Judgement};
use crate::claims::Claim;
use crate::corpus::Corpus;
use crate::quantity::Value;

/// The header row's column names, separated by `|` (one string rather than a table of `&str`,
/// which would cost the wasm a pointer and a length per name).
pub const COLUMNS: &str = "id|doc|outlet|published|kind|quote|value|value_high|unit|per|bound|\
    measure|as_of|from|to|place|attribution|start|end|sentence|corrected_value|corrected_measure";

/// The corpus's claims as CSV, header first, lines ending in CRLF.
pub fn claims_csv(corpus: &Corpus, judgements: &[Judgement]) -> String {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.split('|').map(String::from));
    for claim in corpus.claims() {
        let doc = corpus.document(&claim.doc);
        push_row(&mut out, row(claim, doc, judgements).into_iter());
    }
    out
}

fn row(
    c: &Claim,
    doc: Option<&crate::document::Document>,
    judgements: &[Judgement],
) -> Vec<String> {
    let num = |v: Option<f64>| v.map(crate::quantity::format_decimal).unwrap_or_default();
    let (low, high) = match c.value {
        Some(Value::Number(v)) => (Some(v), None),
        Some(Value::Range(lo, hi)) => (Some(lo), Some(hi)),
        None => (None, None),
    };
    let date = |d: Option<crate::time::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let enum_word = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let fix = correction(judgements, &c.id);
    vec![
        c.id.clone(),
        c.doc.clone(),
        text(doc.and_then(|d| d.outlet.clone()).unwrap_or_default()),
        date(doc.and_then(|d| d.published)),
        enum_word(serde_json::to_value(c.kind).unwrap_or_default()),
        text(c.quote.clone()),
        num(low),
        num(high),
        text(c.unit.clone().unwrap_or_default()),
        num(c.per),
        enum_word(serde_json::to_value(c.bound).unwrap_or_default()),
        text(c.measure.clone()),
        date(c.time.as_of),
        date(c.time.from),
        date(c.time.to),
        text(c.place.clone().unwrap_or_default()),
        text(c.attribution.clone().unwrap_or_default()),
        c.start.to_string(),
        c.end.to_string(),
        text(c.text.clone()),
        num(fix.and_then(|(v, _)| v)),
        text(fix.and_then(|(_, m)| m).unwrap_or_default().to_string()),
    ]
}

/// A text cell made safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or CR is
/// prefixed with `'` so it is not run as a formula.
fn text(s: String) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s,
    }
}

/// Quotes a field when it holds a comma, quote or line break (quotes doubled).
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| field(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}
