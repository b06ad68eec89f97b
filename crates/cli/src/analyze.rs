//! `crosscheck analyze`: files in, the analysis JSON contract out.

use crosscheck_engine::document::html;
use crosscheck_engine::manifest::Manifest;
use crosscheck_engine::time::Date;
use crosscheck_engine::{seeds, Corpus, DocumentMeta};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Runs the subcommand with its arguments.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    let mut manifest_path: Option<PathBuf> = None;
    let mut with_seeds = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => {} // JSON is the only output format; the flag is accepted for clarity.
            "--seeds" => with_seeds = true,
            "--manifest" => {
                let path = iter.next().ok_or("--manifest needs a file")?;
                manifest_path = Some(PathBuf::from(path));
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("analyze: unknown option {flag:?}"))
            }
            file => files.push(PathBuf::from(file)),
        }
    }
    if files.is_empty() && !with_seeds {
        return Err("analyze: give at least one FILE (or --seeds)".into());
    }

    let explicit = match &manifest_path {
        Some(path) => Some(
            Manifest::parse(&read_text(path)?).map_err(|e| format!("{}: {e}", path.display()))?,
        ),
        None => None,
    };
    let mut corpus = if with_seeds {
        seeds::corpus()
    } else {
        Corpus::new()
    };
    for path in &files {
        let raw = read_text(path)?;
        let id = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        // A saved web page is read as the page shows it, with what its <head> declares.
        let is_html = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
            || html::looks_like_html(&raw);
        let (text, page) = if is_html {
            (html::html_to_text(&raw), html::page_meta(&raw))
        } else {
            (raw, html::PageMeta::default())
        };
        let mut meta = match &explicit {
            Some(m) => m.meta_for(&id, &text),
            None => beside_manifest(path)
                .map(|m| m.meta_for(&id, &text))
                .unwrap_or_default(),
        };
        meta.outlet = meta.outlet.or(page.outlet);
        meta.published = meta
            .published
            .or_else(|| page.published.as_deref().and_then(Date::parse_iso));
        add_unique(&mut corpus, &id, &text, &meta)?;
    }

    let json = serde_json::to_string_pretty(&corpus.analysis()).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{json}").map_err(|e| format!("cannot write output: {e}"))
}

/// Adds a document, refusing two files with the same base name (their ids would clash).
fn add_unique(
    corpus: &mut Corpus,
    id: &str,
    text: &str,
    meta: &DocumentMeta,
) -> Result<(), String> {
    if corpus.document(id).is_some() {
        return Err(format!(
            "two documents are named {id:?}; document ids must be unique"
        ));
    }
    corpus.add(id, text, meta);
    Ok(())
}

/// Reads a file as UTF-8 text; invalid bytes are replaced, with a warning.
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            eprintln!(
                "crosscheck: warning: {} is not valid UTF-8; invalid bytes were replaced",
                path.display()
            );
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
    }
}

/// The `manifest.json` in the file's folder, when there is a valid one.
fn beside_manifest(path: &Path) -> Option<Manifest> {
    let candidate = path
        .parent()
        .unwrap_or(Path::new("."))
        .join("manifest.json");
    let text = std::fs::read_to_string(&candidate).ok()?;
    match Manifest::parse(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            eprintln!("crosscheck: warning: ignoring {}: {e}", candidate.display());
            None
        }
    }
}
