//! Manifests: what a caller knows about a set of article files beyond their text (outlet, date,
//! url), in the JSON shape of `seeds/manifest.json`. A date stated in the text wins over the
//! manifest's, so stated dates are always found by the engine itself.

use crate::document::{Document, DocumentMeta};
use crate::time::Date;
use serde::Deserialize;

#[derive(Deserialize)]
struct ManifestFile {
    seeds: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    file: String,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    lang: Option<String>,
}

/// A parsed manifest: per-file metadata.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    entries: Vec<(String, DocumentMeta)>,
}

impl Manifest {
    /// Parses a manifest; the error says what is wrong.
    pub fn parse(json: &str) -> Result<Manifest, String> {
        let file: ManifestFile =
            serde_json::from_str(json).map_err(|e| format!("not a valid manifest: {e}"))?;
        let mut entries = Vec::with_capacity(file.seeds.len());
        for e in file.seeds {
            let published = match e.published.as_deref() {
                Some(s) => Some(Date::parse_iso(s).ok_or_else(|| {
                    format!("{}: published {s:?} is not a YYYY-MM-DD date", e.file)
                })?),
                None => None,
            };
            let meta = DocumentMeta {
                title: e.title,
                outlet: e.outlet,
                url: e.url,
                published,
                lang: e.lang,
            };
            entries.push((e.file, meta));
        }
        Ok(Manifest { entries })
    }

    /// The metadata to add `file` (a base name) with: the manifest's, except that a date stated in
    /// `text` is kept rather than overridden.
    pub fn meta_for(&self, file: &str, text: &str) -> DocumentMeta {
        let Some((_, meta)) = self.entries.iter().find(|(f, _)| f == file) else {
            return DocumentMeta::default();
        };
        let mut meta = meta.clone();
        if meta.published.is_some() {
            let probe = DocumentMeta {
                lang: meta.lang.clone(),
                ..DocumentMeta::default()
            };
            let stated = Document::parse(file, text, &probe).published;
            meta.published = stated.or(meta.published);
        }
        meta
    }
}
