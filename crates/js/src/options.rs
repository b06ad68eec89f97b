//! The options and metadata JavaScript callers pass, checked and turned into the engine's types.
//! Everything here is plain Rust (no JS values), so it is tested natively.

use crosscheck_engine::time::Date;
use crosscheck_engine::DocumentMeta;
use serde::Deserialize;

/// The keys `analyze()`'s options may have.
pub const ANALYZE_KEYS: &[&str] = &[
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "lang",
    "withSeeds",
];
/// The keys `Corpus.add()`'s meta may have.
pub const META_KEYS: &[&str] = &["id", "title", "outlet", "url", "published", "lang"];
/// The keys `new Corpus()`'s options may have.
pub const CORPUS_KEYS: &[&str] = &["seeds"];

/// Refuses keys outside `known` (a typo such as `withseeds` would otherwise be ignored silently).
pub fn check_keys<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    known: &[&str],
) -> Result<(), String> {
    let unknown: Vec<&str> = keys.into_iter().filter(|k| !known.contains(k)).collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(format!(
        "unknown option{} {}; expected any of {}",
        if unknown.len() == 1 { "" } else { "s" },
        unknown
            .iter()
            .map(|k| format!("{k:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        known.join(", ")
    ))
}

/// What `analyze(text, options)` accepts: the article's metadata plus `withSeeds`. Unknown keys
/// are refused before deserializing, by [`check_keys`] (serde's `deny_unknown_fields` cannot be
/// combined with `flatten`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnalyzeOptions {
    /// The article's metadata.
    #[serde(flatten)]
    pub meta: MetaOptions,
    /// Compare the article with the embedded seed corpus.
    pub with_seeds: Option<bool>,
}

/// What `Corpus.add(text, meta)` accepts (unknown keys are refused by [`check_keys`]).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetaOptions {
    /// Document id (`analyze`: default `"article"`; `Corpus.add`: a generated `doc-N`).
    pub id: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The publisher.
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Language or locale code (`en`, `es`, `es-MX`).
    pub lang: Option<String>,
}

/// What `new Corpus(options)` accepts.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CorpusOptions {
    /// Start with the embedded seed corpus.
    pub seeds: Option<bool>,
}

impl MetaOptions {
    /// The id, checked (non-empty when given), and the engine's metadata; the error says what is
    /// wrong.
    pub fn to_meta(&self) -> Result<(Option<String>, DocumentMeta), String> {
        let id = match self.id.as_deref().map(str::trim) {
            Some("") => return Err("id must not be empty".into()),
            Some(id) => Some(id.to_string()),
            None => None,
        };
        let published = match self.published.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                Date::parse_iso(s)
                    .ok_or_else(|| format!("published must be a YYYY-MM-DD date, got {s:?}"))?,
            ),
        };
        let lang = match self.lang.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) if is_language_code(code) => Some(code.to_string()),
            Some(code) => {
                return Err(format!(
                    "lang must be a language code such as \"en\", \"es\" or \"es-MX\", got {code:?}"
                ))
            }
        };
        let text = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        Ok((
            id,
            DocumentMeta {
                title: text(&self.title),
                outlet: text(&self.outlet),
                url: text(&self.url),
                published,
                lang,
            },
        ))
    }
}

/// Whether `code` looks like a BCP 47 language tag's start: 2–3 letters, optionally `-` and 2–8
/// letters or digits.
fn is_language_code(code: &str) -> bool {
    let mut parts = code.split(['-', '_']);
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Checks an article's text: it must be a string with something other than whitespace.
pub fn check_text(text: Option<String>) -> Result<String, String> {
    match text {
        None => Err("text must be a string".into()),
        Some(t) if t.trim().is_empty() => Err("text is empty".into()),
        Some(t) => Ok(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(json: &str) -> Result<AnalyzeOptions, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn camel_case_options_parse() {
        let o = analyze(
            r#"{"id":"a1","title":"T","outlet":"O","url":"https://x.test/a","published":"2024-05-13","lang":"es-MX","withSeeds":true}"#,
        )
        .unwrap();
        assert_eq!(o.with_seeds, Some(true));
        let (id, meta) = o.meta.to_meta().unwrap();
        assert_eq!(id.as_deref(), Some("a1"));
        assert_eq!(meta.title.as_deref(), Some("T"));
        assert_eq!(meta.outlet.as_deref(), Some("O"));
        assert_eq!(meta.published, Date::parse_iso("2024-05-13"));
        assert_eq!(meta.lang.as_deref(), Some("es-MX"));
    }

    #[test]
    fn empty_options_give_empty_meta() {
        let (id, meta) = analyze("{}").unwrap().meta.to_meta().unwrap();
        assert_eq!(id, None);
        assert_eq!(meta, DocumentMeta::default());
        let (_, meta) = analyze(r#"{"title":"  ","published":null}"#)
            .unwrap()
            .meta
            .to_meta()
            .unwrap();
        assert_eq!(meta, DocumentMeta::default());
    }

    #[test]
    fn wrong_types_and_unknown_options_are_refused() {
        assert!(analyze(r#"{"withSeeds":"yes"}"#)
            .unwrap_err()
            .contains("invalid type"));
        assert!(analyze(r#"{"published":20240513}"#).is_err());
        let corpus: Result<CorpusOptions, _> = serde_json::from_str(r#"{"seeds":1}"#);
        assert!(corpus.is_err());
    }

    #[test]
    fn unknown_keys_are_named() {
        assert!(check_keys(["id", "withSeeds"], ANALYZE_KEYS).is_ok());
        let err = check_keys(["withseeds", "id"], ANALYZE_KEYS).unwrap_err();
        assert!(
            err.starts_with("unknown option \"withseeds\"; expected any of id,"),
            "{err}"
        );
        assert!(check_keys(["withSeeds"], META_KEYS).is_err());
        assert!(check_keys(["seeds"], CORPUS_KEYS).is_ok());
    }

    #[test]
    fn bad_meta_values_are_explained() {
        let bad_date = MetaOptions {
            published: Some("13/05/2024".into()),
            ..MetaOptions::default()
        };
        assert!(bad_date.to_meta().unwrap_err().contains("YYYY-MM-DD"));
        let bad_lang = MetaOptions {
            lang: Some("English".into()),
            ..MetaOptions::default()
        };
        assert!(bad_lang.to_meta().unwrap_err().contains("lang must"));
        let empty_id = MetaOptions {
            id: Some(" ".into()),
            ..MetaOptions::default()
        };
        assert!(empty_id.to_meta().unwrap_err().contains("id must"));
    }

    #[test]
    fn text_must_be_a_non_blank_string() {
        assert_eq!(check_text(None).unwrap_err(), "text must be a string");
        assert_eq!(
            check_text(Some(" \n ".into())).unwrap_err(),
            "text is empty"
        );
        assert_eq!(check_text(Some("x".into())).unwrap(), "x");
    }
}
