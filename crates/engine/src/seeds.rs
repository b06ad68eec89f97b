//! The embedded seed corpus: five articles compiled into the binary (never fetched at run time), with
//! the manifest that supplies what their texts do not say (outlet, and a date where none is stated).

use crate::corpus::Corpus;
use crate::document::{Document, DocumentMeta};
use crate::time::Date;
use serde::Deserialize;

/// One seed article: its file name and text.
pub struct Seed {
    /// The file's base name, used as the document id.
    pub file: &'static str,
    /// The article text, byte for byte.
    pub text: &'static str,
}

/// The seed articles, in file order.
pub const SEEDS: [Seed; 5] = [
    Seed {
        file: "000_52265b2dee57cddf.txt",
        text: include_str!("../../../seeds/000_52265b2dee57cddf.txt"),
    },
    Seed {
        file: "001_9424b0e9d4c651e1.txt",
        text: include_str!("../../../seeds/001_9424b0e9d4c651e1.txt"),
    },
    Seed {
        file: "002_b95c04c60c7f5097.txt",
        text: include_str!("../../../seeds/002_b95c04c60c7f5097.txt"),
    },
    Seed {
        file: "003_401cf2ab4e733a54.txt",
        text: include_str!("../../../seeds/003_401cf2ab4e733a54.txt"),
    },
    Seed {
        file: "004_e87a08a41882230e.txt",
        text: include_str!("../../../seeds/004_e87a08a41882230e.txt"),
    },
];

/// The manifest, as shipped in `seeds/manifest.json`.
pub const MANIFEST: &str = include_str!("../../../seeds/manifest.json");

#[derive(Deserialize)]
struct Manifest {
    seeds: Vec<ManifestEntry>,
}

#[derive(Deserialize)]
struct ManifestEntry {
    file: String,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// What the manifest says of a seed file (empty when it says nothing). The manifest's date is
/// used only when the text states none: stated dates are found by the engine, as for any article.
pub fn meta(file: &str, text: &str) -> DocumentMeta {
    let manifest: Manifest =
        serde_json::from_str(MANIFEST).expect("the embedded manifest is valid JSON");
    manifest
        .seeds
        .into_iter()
        .find(|e| e.file == file)
        .map(|e| {
            let stated = Document::parse(file, text, &DocumentMeta::default()).published;
            DocumentMeta {
                outlet: e.outlet,
                published: stated.or_else(|| e.published.as_deref().and_then(Date::parse_iso)),
                url: e.url,
                ..DocumentMeta::default()
            }
        })
        .unwrap_or_default()
}

/// A corpus holding the five seed articles.
pub fn corpus() -> Corpus {
    let mut corpus = Corpus::new();
    for seed in &SEEDS {
        corpus.add(seed.file, seed.text, &meta(seed.file, seed.text));
    }
    corpus
}
