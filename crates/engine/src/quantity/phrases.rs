//! Phrase tables (hedges, currency names) read by one word of each phrase: the rows filed under a
//! word, in table order, so that a lookup compares only the phrases that can match.

use super::lexicon::Fnv;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The rows of a table filed under one word each (at most 256 rows).
pub(crate) struct Index(HashMap<&'static str, Vec<u8>, BuildHasherDefault<Fnv>>);

impl Index {
    /// Files row `k` under the `k`-th key.
    pub(crate) fn new(keys: impl Iterator<Item = &'static str>) -> Index {
        let mut map: HashMap<&'static str, Vec<u8>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (k, key) in keys.enumerate() {
            map.entry(key).or_default().push(k as u8);
        }
        Index(map)
    }

    /// The rows filed under `w`, in table order.
    pub(crate) fn rows(&self, w: &str) -> &[u8] {
        self.0.get(w).map_or(&[], Vec::as_slice)
    }
}
