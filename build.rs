//! Analyses the embedded seed corpus at build time, natively: each seed is parsed and its claims
//! extracted by the engine (a build-dependency), and the result is written as Rust statics to
//! `$OUT_DIR/seeds.rs`, records of the types in `src/seed_data.rs`, which the app turns back into
//! documents and claims and indexes. The page then does not run the whole extraction cold while the
//! reader waits for the first paint. `tests/web.rs` checks the records give exactly the corpus
//! `seeds::corpus()` analyses at run time.

use crosscheck_engine::claims::{self, Claim, TimeRef};
use crosscheck_engine::manifest::Manifest;
use crosscheck_engine::quantity::{NumberContext, Value};
use crosscheck_engine::{seeds, Document};
use std::fmt::Write;

/// A Rust literal for `s` (`Debug` escapes what a literal needs).
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// What follows each string field of a claim's `words` (`src/seed_data.rs`: `FIELD`).
const FIELD: char = '\u{1f}';
/// An absent string field (`NONE`).
const NONE: &str = "\u{0}";
/// What follows each modifier (`MODIFIER`).
const MODIFIER: char = '\u{1e}';

/// A claim's string fields as one string: each followed by `FIELD`, an absent one written `NONE`.
fn words(fields: &[Option<&str>]) -> String {
    let mut out = String::new();
    for f in fields {
        if let Some(f) = f {
            assert!(
                *f != NONE && !f.contains(FIELD),
                "a seed claim's string is a separator of src/seed_data.rs: {f:?}"
            );
        }
        out.push_str(f.unwrap_or(NONE));
        out.push(FIELD);
    }
    out
}

fn opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".into(),
    }
}

fn float(x: f64) -> String {
    assert!(x.is_finite(), "a seed claim holds a non-finite number");
    // `Debug` prints the shortest text that reads back as the same f64, always with a '.' or 'e'.
    format!("{x:?}")
}

/// A string of a claim: a range of the document's text when it is one (most sentences and quotes),
/// so the text is not stored twice.
fn text(s: &str, doc: &str, near: usize) -> String {
    let mut best = None;
    for (at, _) in doc.match_indices(s) {
        if best.is_none() || at <= near {
            best = Some(at);
        }
    }
    match best {
        Some(at) if !s.is_empty() => format!("At({at}, {})", at + s.len()),
        _ => format!("Lit({})", lit(s)),
    }
}

fn claim(c: &Claim, doc: &Document) -> String {
    // Every field by name: a field added to `Claim` fails here, not silently.
    let Claim {
        id,
        doc: _,
        text: sentence,
        quote,
        start,
        end,
        kind,
        value,
        unit,
        per,
        bound,
        measure,
        time:
            TimeRef {
                as_of,
                from,
                to,
                text: time_text,
            },
        place,
        attribution,
        polarity,
        checkworthiness,
        head,
        qualifier,
        ambiguous,
        modifiers,
        scope_of,
        topic,
    } = c;
    let value = match value {
        None => "None".to_string(),
        Some(Value::Number(x)) => format!("Some(Number({}))", float(*x)),
        Some(Value::Range(a, b)) => format!("Some(Range({}, {}))", float(*a), float(*b)),
    };
    let per = per.map_or("None".to_string(), |x| format!("Some({})", float(x)));
    let polarity = polarity.map_or("None".to_string(), |p| format!("Some(Polarity::{p:?})"));
    let qualifier = qualifier.map_or("None".to_string(), |q| format!("Some(Qualifier::{q:?})"));
    assert!(
        !modifiers.iter().any(|m| m.contains(MODIFIER)),
        "a seed claim's modifier holds a separator of src/seed_data.rs: {modifiers:?}"
    );
    let modifiers: String = modifiers.iter().map(|m| format!("{m}{MODIFIER}")).collect();
    // In the order of `Words` in src/seed_data.rs.
    let words = words(&[
        Some(id),
        unit.as_deref(),
        Some(measure),
        time_text.as_deref(),
        place.as_deref(),
        attribution.as_deref(),
        head.as_deref(),
        Some(&modifiers),
        scope_of.as_deref(),
        topic.as_deref(),
    ]);
    format!(
        "SeedClaim {{ words: {}, text: {}, quote: {}, start: {start}, end: {end}, kind: ClaimKind::{kind:?}, \
         value: {value}, per: {per}, bound: Bound::{bound:?}, as_of: {as_of:?}, \
         from: {from:?}, to: {to:?}, polarity: {polarity}, \
         checkworthiness: {}, qualifier: {qualifier}, ambiguous: {ambiguous} }}",
        lit(&words),
        text(sentence, &doc.text, *start),
        text(quote, &doc.text, *start),
        float(*checkworthiness),
    )
}

fn document(doc: &Document, claims: &[Claim]) -> String {
    let Document {
        id,
        text,
        title,
        outlet,
        byline,
        url,
        published,
        lang,
        number:
            NumberContext {
                lang: number_lang,
                decimal,
                peso,
            },
        paragraphs,
        sentences,
        furniture,
    } = doc;
    let mut out = String::new();
    write!(
        out,
        "SeedDoc {{ id: {}, text: {}, title: {}, outlet: {}, byline: {}, url: {}, published: {published:?}, \
         lang: {}, number_lang: {}, decimal: DecimalMark::{decimal:?}, peso: {peso:?}, paragraphs: &{paragraphs:?}, \
         sentences: &{sentences:?}, furniture: &[",
        lit(id),
        lit(text),
        lit(title),
        opt(outlet),
        opt(byline),
        opt(url),
        lit(lang.code()),
        lit(number_lang.code()),
    )
    .unwrap();
    for f in furniture {
        write!(
            out,
            "Furniture {{ start: {}, end: {}, kind: FurnitureKind::{:?} }}, ",
            f.start, f.end, f.kind
        )
        .unwrap();
    }
    out.push_str("], claims: &[\n");
    for c in claims {
        out.push_str(&claim(c, doc));
        out.push_str(",\n");
    }
    out.push_str("] }");
    out
}

fn main() {
    let manifest = Manifest::parse(seeds::MANIFEST).expect("the embedded manifest is valid");
    let mut out = String::from("pub static SEEDS: &[SeedDoc] = &[\n");
    for seed in &seeds::SEEDS {
        let doc = Document::parse(
            seed.file,
            seed.text,
            &manifest.meta_for(seed.file, seed.text),
        );
        let claims = claims::extract(&doc);
        assert!(claims.iter().all(|c| c.doc == doc.id));
        out.push_str(&document(&doc, &claims));
        out.push_str(",\n");
    }
    out.push_str("];\n");
    let path = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(path.join("seeds.rs"), out).expect("write seeds.rs");
    println!("cargo::rerun-if-changed=build.rs");
}
