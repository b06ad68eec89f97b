//! The embedded seed corpus: five articles compiled into the binary (never fetched at run time), with
//! the manifest that supplies what their texts do not say (outlet, and a date where none is stated).

use crate::corpus::Corpus;
use crate::manifest::Manifest;

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

/// A corpus holding the five seed articles.
pub fn corpus() -> Corpus {
    let manifest = Manifest::parse(MANIFEST).expect("the embedded manifest is valid");
    let mut corpus = Corpus::new();
    for seed in &SEEDS {
        corpus.add(
            seed.file,
            seed.text,
            &manifest.meta_for(seed.file, seed.text),
        );
    }
    corpus
}
