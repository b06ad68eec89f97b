//! Extraction throughput on the embedded seed corpus, single-threaded, in bytes of article text per
//! second: (a) the quantity recognizer alone over each whole seed text, read with its document's
//! number context; (b) full extraction, `Document::parse` followed by `claims::extract`.
//!
//! Run with `cargo bench -p crosscheck-engine --bench extraction`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use crosscheck_engine::claims;
use crosscheck_engine::document::{Document, DocumentMeta};
use crosscheck_engine::manifest::Manifest;
use crosscheck_engine::quantity::{self, NumberContext};
use crosscheck_engine::seeds::{MANIFEST, SEEDS};

/// One seed ready to benchmark: its id, text, metadata and the number context its document uses.
struct Input {
    id: &'static str,
    text: &'static str,
    meta: DocumentMeta,
    number: NumberContext,
}

/// The seed corpus with its manifest metadata, parsed once outside the timed loops.
fn inputs() -> Vec<Input> {
    let manifest = Manifest::parse(MANIFEST).expect("the embedded manifest is valid");
    SEEDS
        .iter()
        .map(|seed| {
            let meta = manifest.meta_for(seed.file, seed.text);
            let number = Document::parse(seed.file, seed.text, &meta).number;
            Input {
                id: seed.file,
                text: seed.text,
                meta,
                number,
            }
        })
        .collect()
}

fn extraction(c: &mut Criterion) {
    let inputs = inputs();
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();
    let mut group = c.benchmark_group("extraction");
    group.throughput(Throughput::Bytes(bytes as u64));

    group.bench_function("quantity", |b| {
        b.iter(|| {
            let mut found = 0;
            for input in &inputs {
                found += quantity::extract(black_box(input.text), &input.number).len();
            }
            found
        })
    });

    group.bench_function("document_claims", |b| {
        b.iter(|| {
            let mut found = 0;
            for input in &inputs {
                let doc = Document::parse(input.id, black_box(input.text), &input.meta);
                found += claims::extract(&doc).len();
            }
            found
        })
    });

    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
