//! Languages the engine knows, and how a document's language is reported.

use serde::{Deserialize, Serialize};

/// A document's language: English and Spanish are analysed fully; anything else is numbers-only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
    /// Another language (ISO 639-1 code, or "und"), reported as unsupported.
    Other(String),
}

impl Lang {
    /// The ISO 639-1 code ("en", "es", …).
    pub fn code(&self) -> &str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Other(code) => code,
        }
    }

    /// Whether claims beyond bare numbers are extracted for this language.
    pub fn is_supported(&self) -> bool {
        matches!(self, Lang::En | Lang::Es)
    }

    /// Parses a code such as "en", "es", "es-MX" (the region is dropped).
    pub fn from_code(code: &str) -> Lang {
        let base = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Lang::En,
            "es" => Lang::Es,
            "" => Lang::Other("und".into()),
            other => Lang::Other(other.to_string()),
        }
    }
}

impl From<Lang> for String {
    fn from(lang: Lang) -> String {
        lang.code().to_string()
    }
}

impl From<String> for Lang {
    fn from(code: String) -> Lang {
        Lang::from_code(&code)
    }
}
