//! Crosscheck's JavaScript API: the engine compiled to WebAssembly for other sites to embed.
//!
//! `analyze(text, options)` analyses one article (optionally against the embedded seed corpus); the
//! `Corpus` class keeps several. Values cross the boundary as plain JS objects in the shape of the
//! analysis contract (`docs/analysis-json.md`), every claim with UTF-16 offsets (`start16`,
//! `end16`) beside the byte offsets; bad input throws a JS `Error` with a clear message. The
//! logic lives in [`core`] and [`options`] and is tested natively; this file only converts values.

pub mod core;
pub mod offsets;
pub mod options;

/// The API's allocator: Talc, smaller in the wasm than the standard library's dlmalloc, and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use crate::core::{analysis_corpus, article_result, CorpusCore};
use crate::options::{
    check_keys, AnalyzeOptions, CorpusOptions, MetaOptions, ANALYZE_KEYS, CORPUS_KEYS, META_KEYS,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Every thrown message starts with this, so a host can tell Crosscheck's errors apart.
const PREFIX: &str = "Crosscheck";

/// A JS `Error` with the API's prefix.
fn error(what: &str, message: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("{PREFIX}: {what}: {message}"))
}

/// A plain JS value (objects, arrays, null) for a serializable Rust value.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("cannot convert the result", e))
}

/// An options object: `undefined` and `null` mean the defaults; anything else must be an object
/// with only `known` keys, each of the right type.
fn from_js<T: DeserializeOwned + Default>(
    what: &str,
    value: JsValue,
    known: &[&str],
) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(error(what, "must be an object"));
    }
    let keys: Vec<String> = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    check_keys(keys.iter().map(String::as_str), known).map_err(|e| error(what, e))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        let message = e.to_string();
        error(what, message.trim_start_matches("Error: "))
    })
}

/// The schema version of the analysis contract the API returns.
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> String {
    crosscheck_engine::SCHEMA_VERSION.to_string()
}

/// Analyses one article: `{schema_version, document, claims, findings, documents}`.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options: AnalyzeOptions = from_js("invalid options", options, ANALYZE_KEYS)?;
    let (corpus, id) =
        analysis_corpus(text.as_string(), &options).map_err(|e| error("analyze", e))?;
    let result = article_result(&corpus, &id).map_err(|e| error("analyze", e))?;
    to_js(&result)
}

/// Articles added and removed one at a time, with the findings across them kept up to date.
#[wasm_bindgen(js_name = Corpus)]
pub struct JsCorpus {
    inner: CorpusCore,
}

#[wasm_bindgen(js_class = Corpus)]
impl JsCorpus {
    /// `new Corpus({seeds})`: empty, or holding the embedded seed articles.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsCorpus, JsError> {
        let options: CorpusOptions = from_js("invalid Corpus options", options, CORPUS_KEYS)?;
        Ok(JsCorpus {
            inner: CorpusCore::new(options.seeds.unwrap_or(false)),
        })
    }

    /// Adds an article (replacing one with the same id); returns its document summary.
    pub fn add(&mut self, text: JsValue, meta: JsValue) -> Result<JsValue, JsError> {
        let meta: MetaOptions = from_js("invalid meta", meta, META_KEYS)?;
        let doc = self
            .inner
            .add(text.as_string(), &meta)
            .map_err(|e| error("Corpus.add", e))?;
        to_js(&doc)
    }

    /// Removes a document by id; returns whether it was there.
    pub fn remove(&mut self, id: JsValue) -> Result<bool, JsError> {
        let id = id
            .as_string()
            .ok_or_else(|| error("Corpus.remove", "id must be a string"))?;
        Ok(self.inner.remove(&id))
    }

    /// Every document's summary, in the order added.
    pub fn documents(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.documents())
    }

    /// Every claim, with `start16`/`end16` beside the byte offsets.
    pub fn claims(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.claims())
    }

    /// Every finding.
    pub fn findings(&self) -> Result<JsValue, JsError> {
        to_js(self.inner.findings())
    }

    /// The whole analysis in the contract's shape (what `JSON.stringify(corpus)` writes).
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.analysis())
    }
}
