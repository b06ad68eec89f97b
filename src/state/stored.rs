//! What is kept in `localStorage`: the reader's articles (text and the details they confirmed) and
//! judgements, as one JSON value under [`STORAGE_KEY`]. Reading is forgiving: an unreadable article
//! is skipped, not the whole store.

use crosscheck_engine::export::Judgement;
use crosscheck_engine::time::Date;
use crosscheck_engine::DocumentMeta;
use serde::{Deserialize, Serialize};

/// The `localStorage` key.
pub const STORAGE_KEY: &str = "cc-crosscheck-v1";

/// One of the reader's articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArticle {
    /// Document id.
    pub id: String,
    /// The text, as analysed.
    pub text: String,
    /// The title the reader confirmed.
    #[serde(default)]
    pub title: Option<String>,
    /// The outlet the reader confirmed.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The date the reader confirmed, YYYY-MM-DD.
    #[serde(default)]
    pub published: Option<String>,
    /// The language the reader confirmed.
    #[serde(default)]
    pub lang: Option<String>,
}

impl StoredArticle {
    /// The metadata to add it with.
    pub fn meta(&self) -> DocumentMeta {
        DocumentMeta {
            title: self.title.clone().filter(|s| !s.trim().is_empty()),
            outlet: self.outlet.clone().filter(|s| !s.trim().is_empty()),
            url: None,
            published: self.published.as_deref().and_then(Date::parse_iso),
            lang: self.lang.clone().filter(|s| !s.trim().is_empty()),
        }
    }
}

/// The whole saved value.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Store {
    /// Format version.
    pub version: u32,
    /// The reader's articles.
    pub articles: Vec<StoredArticle>,
    /// The reader's judgements.
    pub judgements: Vec<Judgement>,
}

impl Store {
    /// Reads a saved value: `Err` when it is not a store at all; otherwise the store and how many
    /// entries had to be skipped.
    pub fn parse(raw: &str) -> Result<(Store, usize), String> {
        let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| e.to_string())?;
        let obj = value.as_object().ok_or("not an object")?;
        let mut skipped = 0;
        let mut read = |key: &str| -> Vec<serde_json::Value> {
            match obj.get(key) {
                Some(serde_json::Value::Array(a)) => a.clone(),
                None => Vec::new(),
                Some(_) => {
                    skipped += 1;
                    Vec::new()
                }
            }
        };
        let raw_articles = read("articles");
        let raw_judgements = read("judgements");
        let mut store = Store {
            version: 1,
            ..Store::default()
        };
        for a in raw_articles {
            match serde_json::from_value::<StoredArticle>(a) {
                Ok(a) if !a.text.trim().is_empty() => store.articles.push(a),
                _ => skipped += 1,
            }
        }
        for j in raw_judgements {
            match serde_json::from_value::<Judgement>(j) {
                Ok(j) => store.judgements.push(j),
                _ => skipped += 1,
            }
        }
        Ok((store, skipped))
    }

    /// The saved form.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
