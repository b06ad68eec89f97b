//! Claims as W3C Web Annotations (JSON-LD): an `AnnotationCollection` with one annotation per claim,
//! targeting its document with a `TextQuoteSelector` (exact, prefix, suffix) and a
//! `TextPositionSelector` whose `start`/`end` count Unicode code points, as the standard requires
//! (the engine's offsets are UTF-8 bytes). Bodies describe the claim, the findings citing it (each
//! finding's explanation twice: a `TextualBody` with `"language": "en"` and one with `"language":
//! "es"`, as the Web Annotation model marks a body's language) and the reader's judgements.

use super::{correction, is_dismissed, Judgement};
use crate::corpus::Corpus;
use serde_json::Value;

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Code points of prefix and suffix context around a quote.
const CONTEXT_CHARS: usize = 32;

/// The number of Unicode code points before byte `byte` of `text` (clamped to the text, and to the
/// char boundary at or before it).
pub fn code_points(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].chars().count()
}

/// The `(exact, prefix, suffix)` of a byte span, with up to 32 code points of context each side.
pub fn quote(text: &str, start: usize, end: usize) -> (String, String, String) {
    let s = code_points(text, start);
    let e = code_points(text, end).max(s);
    let chars: Vec<char> = text.chars().collect();
    let exact: String = chars[s..e].iter().collect();
    let prefix: String = chars[s.saturating_sub(CONTEXT_CHARS)..s].iter().collect();
    let suffix: String = chars[e..(e + CONTEXT_CHARS).min(chars.len())]
        .iter()
        .collect();
    (exact, prefix, suffix)
}

/// A URN-safe form of an id (everything but unreserved characters percent-encoded).
fn urn_part(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A JSON object with `fields` in this order: what `json!` builds, with one copy of the code for
/// every object (each `json!` expands to its own inserts, which the page's wasm paid for).
fn object(fields: Vec<(&str, Value)>) -> Value {
    let mut map = serde_json::Map::new();
    for (k, v) in fields {
        map.insert(k.to_string(), v);
    }
    Value::Object(map)
}

/// The annotations of every claim in the corpus, pretty-printed JSON-LD.
pub fn web_annotations(corpus: &Corpus, judgements: &[Judgement]) -> String {
    let mut items = Vec::new();
    for claim in corpus.claims() {
        let Some(doc) = corpus.document(&claim.doc) else {
            continue;
        };
        let (exact, prefix, suffix) = quote(&doc.text, claim.start, claim.end);
        let mut bodies = vec![object(vec![
            ("type", "TextualBody".into()),
            ("purpose", "describing".into()),
            ("format", "text/plain".into()),
            (
                "value",
                format!(
                    "{} ({}): {}",
                    claim.quote.trim(),
                    serde_json::to_value(claim.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    claim.measure
                )
                .into(),
            ),
        ])];
        for f in corpus
            .findings()
            .iter()
            .filter(|f| f.claims.contains(&claim.id))
        {
            let dismissed = is_dismissed(judgements, f);
            // The assessment in English and in Spanish (no Spanish in findings saved before it).
            let languages = [
                ("en", "Dismissed by the reader", &f.explanation),
                ("es", "Descartado por el lector", &f.explanation_es),
            ];
            for (language, dismissal, explanation) in languages {
                if explanation.trim().is_empty() {
                    continue;
                }
                bodies.push(object(vec![
                    ("type", "TextualBody".into()),
                    ("purpose", "assessing".into()),
                    ("format", "text/plain".into()),
                    ("language", language.into()),
                    (
                        "value",
                        if dismissed {
                            format!("{dismissal}: {explanation}")
                        } else {
                            explanation.clone()
                        }
                        .into(),
                    ),
                ]));
            }
        }
        if let Some((value, measure)) = correction(judgements, &claim.id) {
            let mut parts = Vec::new();
            if let Some(v) = value {
                parts.push(format!("value {}", crate::quantity::format_decimal(v)));
            }
            if let Some(m) = measure {
                parts.push(format!("measure {m}"));
            }
            bodies.push(object(vec![
                ("type", "TextualBody".into()),
                ("purpose", "editing".into()),
                ("format", "text/plain".into()),
                ("language", "en".into()),
                (
                    "value",
                    format!("Corrected by the reader: {}", parts.join(", ")).into(),
                ),
            ]));
        }
        let source = doc
            .url
            .clone()
            .unwrap_or_else(|| format!("urn:crosscheck:doc:{}", urn_part(&doc.id)));
        let selectors = vec![
            object(vec![
                ("type", "TextQuoteSelector".into()),
                ("exact", exact.into()),
                ("prefix", prefix.into()),
                ("suffix", suffix.into()),
            ]),
            object(vec![
                ("type", "TextPositionSelector".into()),
                ("start", code_points(&doc.text, claim.start).into()),
                ("end", code_points(&doc.text, claim.end).into()),
            ]),
        ];
        items.push(object(vec![
            (
                "id",
                format!("urn:crosscheck:claim:{}", urn_part(&claim.id)).into(),
            ),
            ("type", "Annotation".into()),
            ("motivation", "assessing".into()),
            ("body", Value::Array(bodies)),
            (
                "target",
                object(vec![
                    ("source", source.into()),
                    ("selector", Value::Array(selectors)),
                ]),
            ),
        ]));
    }
    let total = items.len();
    let collection = object(vec![
        ("@context", CONTEXT.into()),
        ("type", "AnnotationCollection".into()),
        ("label", "Crosscheck claims".into()),
        ("total", total.into()),
        (
            "first",
            object(vec![
                ("type", "AnnotationPage".into()),
                ("startIndex", 0u64.into()),
                ("items", Value::Array(items)),
            ]),
        ),
    ]);
    serde_json::to_string_pretty(&collection).unwrap_or_else(|_| "{}".to_string())
}
