//! What is kept in `localStorage`: the reader's articles (text and the details they confirmed) and
//! judgements, as one JSON value under [`STORAGE_KEY`]. Reading is forgiving: an unreadable article
//! is skipped, not the whole store.

use crosscheck_engine::export::Judgement;
use crosscheck_engine::findings::FindingKind;
use crosscheck_engine::time::Date;
use crosscheck_engine::DocumentMeta;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
        // Said from the error's line and column: its `Display` would bring every I/O error's
        // message into the wasm.
        let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| {
            let what = if e.is_eof() {
                "cut off"
            } else {
                "not valid JSON"
            };
            format!("{what} at line {}, column {}", e.line(), e.column())
        })?;
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
            match read_article(&a) {
                Some(a) if !a.text.trim().is_empty() => store.articles.push(a),
                _ => skipped += 1,
            }
        }
        for j in raw_judgements {
            match read_judgement(&j) {
                Some(j) => store.judgements.push(j),
                _ => skipped += 1,
            }
        }
        Ok((store, skipped))
    }

    /// The saved form.
    pub fn to_json(&self) -> String {
        // Through `Value`, whose pretty printer the exports already compile: the derived
        // `Serialize` impls are then compiled for one serializer only.
        serde_json::to_value(self)
            .and_then(|v| serde_json::to_string_pretty(&v))
            .unwrap_or_default()
    }
}

// Saved entries are read by hand, as serde's derived `Deserialize` would read them (fields by name,
// or by position in an array; unknown fields ignored; `null` for an absent option), without
// compiling serde's deserialisers into the page (tests below compare the two).

/// The fields of a saved entry: by name in an object, by position in an array (after `skip`).
struct Fields<'a> {
    value: &'a Value,
    names: &'a [&'a str],
    skip: usize,
}

impl<'a> Fields<'a> {
    /// The fields of `value`, `None` when it is neither an object nor an array with at most
    /// `names.len()` fields.
    fn of(value: &'a Value, names: &'a [&'a str], skip: usize) -> Option<Fields<'a>> {
        match value {
            Value::Object(_) => {}
            Value::Array(a) if a.len() <= skip + names.len() => {}
            _ => return None,
        }
        Some(Fields { value, names, skip })
    }

    /// Field `i`, `None` when absent.
    fn get(&self, i: usize) -> Option<&'a Value> {
        match self.value {
            Value::Object(m) => m.get(self.names[i]),
            Value::Array(a) => a.get(self.skip + i),
            _ => None,
        }
    }

    /// A required text field.
    fn text(&self, i: usize) -> Option<String> {
        self.get(i)?.as_str().map(str::to_string)
    }

    /// An optional field: `Some(None)` when absent or `null`, `None` when unreadable.
    fn optional<T>(&self, i: usize, read: impl Fn(&Value) -> Option<T>) -> Option<Option<T>> {
        match self.get(i) {
            None | Some(Value::Null) => Some(None),
            Some(v) => read(v).map(Some),
        }
    }

    /// An optional text field.
    fn optional_text(&self, i: usize) -> Option<Option<String>> {
        self.optional(i, |v| v.as_str().map(str::to_string))
    }
}

/// A saved article, `None` when unreadable.
fn read_article(value: &Value) -> Option<StoredArticle> {
    const NAMES: &[&str] = &["id", "text", "title", "outlet", "published", "lang"];
    let f = Fields::of(value, NAMES, 0)?;
    Some(StoredArticle {
        id: f.text(0)?,
        text: f.text(1)?,
        title: f.optional_text(2)?,
        outlet: f.optional_text(3)?,
        published: f.optional_text(4)?,
        lang: f.optional_text(5)?,
    })
}

/// A saved judgement (tagged by its `type`, or its first element in an array), `None` when
/// unreadable.
fn read_judgement(value: &Value) -> Option<Judgement> {
    let tag = match value {
        Value::Object(m) => m.get("type")?,
        Value::Array(a) => a.first()?,
        _ => return None,
    };
    let dismiss = match tag {
        Value::String(s) if s == "dismiss_finding" => true,
        Value::String(s) if s == "correct_claim" => false,
        _ => return None,
    };
    if dismiss {
        let f = Fields::of(value, &["kind", "claims"], 1)?;
        let claims = f.get(1)?.as_array()?;
        Some(Judgement::DismissFinding {
            kind: read_kind(f.get(0)?)?,
            claims: claims
                .iter()
                .map(|c| c.as_str().map(str::to_string))
                .collect::<Option<_>>()?,
        })
    } else {
        let f = Fields::of(value, &["claim", "value", "measure"], 1)?;
        Some(Judgement::CorrectClaim {
            claim: f.text(0)?,
            value: f.optional(1, Value::as_f64)?,
            measure: f.optional_text(2)?,
        })
    }
}

/// Every finding kind.
const KINDS: [FindingKind; 5] = [
    FindingKind::Conflict,
    FindingKind::Discrepancy,
    FindingKind::Change,
    FindingKind::Corroboration,
    FindingKind::Inconsistency,
];

/// A finding kind by its code (`"conflict"`), or as a map of its code to `null` or `{}`.
fn read_kind(value: &Value) -> Option<FindingKind> {
    let code = match value {
        Value::String(s) => s,
        Value::Object(m) if m.len() == 1 => {
            let (code, unit) = m.iter().next()?;
            match unit {
                Value::Null => code,
                Value::Object(o) if o.is_empty() => code,
                _ => return None,
            }
        }
        _ => return None,
    };
    KINDS
        .into_iter()
        .find(|&k| crate::view::kind_code(k) == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    // The page's tests run in wasm through wasm-bindgen-test-runner (`scripts/test`), which
    // never runs a plain `#[test]`.
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// Entries in every form serde's derives read or refuse.
    const ARTICLES: &[&str] = &[
        r#"{"id":"a","text":"T"}"#,
        r#"{"id":"a","text":"T","title":"x","outlet":null,"published":"2024-01-02","lang":"es","more":1}"#,
        r#"{"id":5,"text":"T"}"#,
        r#"{"id":"a"}"#,
        r#"{"text":"T"}"#,
        r#"{"id":"a","text":"T","title":3}"#,
        r#"{"id":"a","text":null}"#,
        r#"["a","T"]"#,
        r#"["a","T",null,"o","p","l"]"#,
        r#"["a","T",null,"o","p","l",7]"#,
        r#"["a"]"#,
        r#"[]"#,
        r#""a""#,
        r#"null"#,
        r#"3"#,
    ];

    /// Judgements in every form serde's derives read or refuse.
    const JUDGEMENTS: &[&str] = &[
        r#"{"type":"dismiss_finding","kind":"conflict","claims":["a","b"]}"#,
        r#"{"type":"dismiss_finding","kind":"change","claims":[]}"#,
        r#"{"type":"dismiss_finding","kind":"nonsense","claims":[]}"#,
        r#"{"type":"dismiss_finding","kind":{"corroboration":null},"claims":["a"]}"#,
        r#"{"type":"dismiss_finding","kind":{"discrepancy":{}},"claims":["a"]}"#,
        r#"{"type":"dismiss_finding","kind":{"discrepancy":1},"claims":["a"]}"#,
        r#"{"type":"dismiss_finding","kind":{"discrepancy":null,"change":null},"claims":[]}"#,
        r#"{"type":"dismiss_finding","kind":{},"claims":[]}"#,
        r#"{"type":"dismiss_finding","kind":"inconsistency","claims":["a",1]}"#,
        r#"{"type":"dismiss_finding","kind":"inconsistency"}"#,
        r#"{"type":"dismiss_finding","claims":[]}"#,
        r#"{"type":"dismiss_finding","kind":0,"claims":[]}"#,
        r#"{"type":"correct_claim","claim":"c"}"#,
        r#"{"type":"correct_claim","claim":"c","value":2.5,"measure":"m","x":[]}"#,
        r#"{"type":"correct_claim","claim":"c","value":-3,"measure":null}"#,
        r#"{"type":"correct_claim","claim":"c","value":18446744073709551615}"#,
        r#"{"type":"correct_claim","claim":"c","value":"2"}"#,
        r#"{"type":"correct_claim","claim":"c","measure":4}"#,
        r#"{"type":"correct_claim","value":1}"#,
        r#"{"type":"nonsense"}"#,
        r#"{"type":0,"claim":"c"}"#,
        r#"{"type":null,"claim":"c"}"#,
        r#"{"claim":"c"}"#,
        r#"["correct_claim","c",1,"m"]"#,
        r#"["correct_claim","c"]"#,
        r#"["correct_claim","c",1,"m",2]"#,
        r#"["correct_claim"]"#,
        r#"["dismiss_finding","conflict",["a"]]"#,
        r#"["dismiss_finding","conflict"]"#,
        r#"[1,"c"]"#,
        r#"[]"#,
        r#""correct_claim""#,
        r#"null"#,
    ];

    fn value(raw: &str) -> Value {
        serde_json::from_str(raw).unwrap()
    }

    #[test]
    fn saved_articles_are_read_as_serde_reads_them() {
        for raw in ARTICLES {
            let serde = serde_json::from_value::<StoredArticle>(value(raw)).ok();
            assert_eq!(read_article(&value(raw)), serde, "{raw}");
        }
    }

    #[test]
    fn saved_judgements_are_read_as_serde_reads_them() {
        for raw in JUDGEMENTS {
            let serde = serde_json::from_value::<Judgement>(value(raw)).ok();
            assert_eq!(read_judgement(&value(raw)), serde, "{raw}");
        }
    }

    #[test]
    fn unreadable_saved_data_says_what_and_where() {
        let bad = Store::parse("{not json").unwrap_err();
        assert!(
            bad.starts_with("not valid JSON at line 1, column "),
            "{bad}"
        );
        let cut = Store::parse("{\"articles\": [").unwrap_err();
        assert!(cut.starts_with("cut off at line 1, column "), "{cut}");
    }
}
