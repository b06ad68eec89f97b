//! Profiling driver for `valgrind --tool=callgrind` or `perf`: full extraction
//! (`Document::parse` + `claims::extract`) over the seed corpus, repeated N times (the first
//! argument, default 100), as `extraction/document_claims` does. Build it with the bench profile:
//! `cargo build --profile bench -p crosscheck-engine --example extract_loop`.

use crosscheck_engine::claims;
use crosscheck_engine::document::Document;
use crosscheck_engine::manifest::Manifest;
use crosscheck_engine::seeds::{MANIFEST, SEEDS};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let manifest = Manifest::parse(MANIFEST).unwrap();
    let inputs: Vec<_> = SEEDS
        .iter()
        .map(|s| (s, manifest.meta_for(s.file, s.text)))
        .collect();
    let mut found = 0;
    let t = std::time::Instant::now();
    for _ in 0..n {
        for (seed, meta) in &inputs {
            let doc = Document::parse(seed.file, std::hint::black_box(seed.text), meta);
            found += claims::extract(&doc).len();
        }
    }
    let el = t.elapsed();
    let bytes: usize = SEEDS.iter().map(|s| s.text.len()).sum::<usize>() * n;
    eprintln!(
        "{found} claims, {:?}, {:.2} MiB/s",
        el,
        bytes as f64 / el.as_secs_f64() / 1048576.0
    );
}
