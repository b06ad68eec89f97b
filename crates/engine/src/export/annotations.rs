//! Claims as W3C Web Annotations (JSON-LD): an `AnnotationCollection` with one annotation per claim,
//! targeting its document with a `TextQuoteSelector` (exact, prefix, suffix) and a
//! `TextPositionSelector` whose `start`/`end` count Unicode code points, as the standard requires
//! (the engine's offsets are UTF-8 bytes). Bodies describe the claim, the findings citing it (each
//! finding's explanation twice: a `TextualBody` with `"language": "en"` and one with `"language":
//! "es"`, as the Web Annotation model marks a body's language) and the reader's judgements.

use super::{correction, is_dismissed, Judgement};
use crate::corpus::Corpus;
use serde_json::{json, Value};

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

/// The annotations of every claim in the corpus, pretty-printed JSON-LD.
pub fn web_annotations(corpus: &Corpus, judgements: &[Judgement]) -> String {
    let mut items = Vec::new();
    for claim in corpus.claims() {
        let Some(doc) = corpus.document(&claim.doc) else {
            continue;
        };
        let (exact, prefix, suffix) = quote(&doc.text, claim.start, claim.end);
        let mut bodies = vec![json!({
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "value": format!("{} ({}): {}", claim.quote.trim(), serde_json::to_value(claim.kind)
                .ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(), claim.measure),
        })];
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
                bodies.push(json!({
                    "type": "TextualBody",
                    "purpose": "assessing",
                    "format": "text/plain",
                    "language": language,
                    "value": if dismissed {
                        format!("{dismissal}: {explanation}")
                    } else {
                        explanation.clone()
                    },
                }));
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
            bodies.push(json!({
                "type": "TextualBody",
                "purpose": "editing",
                "format": "text/plain",
                "language": "en",
                "value": format!("Corrected by the reader: {}", parts.join(", ")),
            }));
        }
        let source = doc
            .url
            .clone()
            .unwrap_or_else(|| format!("urn:crosscheck:doc:{}", urn_part(&doc.id)));
        items.push(json!({
            "id": format!("urn:crosscheck:claim:{}", urn_part(&claim.id)),
            "type": "Annotation",
            "motivation": "assessing",
            "body": bodies,
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
                    {"type": "TextPositionSelector",
                     "start": code_points(&doc.text, claim.start),
                     "end": code_points(&doc.text, claim.end)},
                ],
            },
        }));
    }
    let total = items.len();
    let collection: Value = json!({
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Crosscheck claims",
        "total": total,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    });
    serde_json::to_string_pretty(&collection).unwrap_or_else(|_| "{}".to_string())
}
