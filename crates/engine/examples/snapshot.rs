//! Behaviour snapshot for refactoring: prints everything the engine derives from the seeds, the
//! test articles and the peer-spec inputs (documents, claims, findings and quantities). A change
//! meant to preserve behaviour (a speed-up) must leave the output byte-identical:
//! `cargo run -q -p crosscheck-engine --example snapshot > before.txt`, change, run again, `cmp`.

#[path = "../tests/articles/mod.rs"]
mod articles;

use crosscheck_engine::document::Document;
use crosscheck_engine::quantity::{self, NumberContext};
use crosscheck_engine::{seeds, DocumentMeta, Lang};

const SPECS: &[(&str, &str, Option<&str>)] = &[
    ("Number-English-NumberModel.json", "en", None),
    ("Number-Spanish-NumberModel.json", "es", None),
    (
        "Number-SpanishMexican-NumberModel.json",
        "es",
        Some("es-MX"),
    ),
    ("Number-English-PercentModel.json", "en", None),
    ("Number-Spanish-PercentModel.json", "es", None),
    ("NumberWithUnit-English-CurrencyModel.json", "en", None),
    ("NumberWithUnit-Spanish-CurrencyModel.json", "es", None),
    ("Number-English-NumberRangeModel.json", "en", None),
    ("Number-Spanish-NumberRangeModel.json", "es", None),
];

fn main() {
    let seeds = seeds::corpus();
    for doc in seeds.documents() {
        println!("{doc:?}");
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&seeds.analysis()).unwrap()
    );

    let corpus = articles::corpus_of(articles::ALL);
    for doc in corpus.documents() {
        println!("{doc:?}");
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&corpus.analysis()).unwrap()
    );
    for (file, _, _, text) in articles::ALL {
        let doc = Document::parse(file, text, &DocumentMeta::default());
        println!("{doc:?}");
    }

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/recognizers-text/");
    for (file, lang, locale) in SPECS {
        let Ok(raw) = std::fs::read_to_string(format!("{dir}{file}")) else {
            continue;
        };
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(raw.trim_start_matches('\u{feff}')).unwrap();
        for case in cases {
            let Some(input) = case["Input"].as_str() else {
                continue;
            };
            let lang = Lang::from_code(lang);
            let ctx = NumberContext {
                decimal: quantity::infer_decimal_mark(input, &lang, *locale),
                peso: quantity::document_peso(input, *locale),
                lang,
            };
            let found = quantity::extract(input, &ctx);
            println!("{input}\t{}", serde_json::to_string(&found).unwrap());
            println!("{:?}", quantity::mentions(input, &ctx, &found));
        }
    }
}
