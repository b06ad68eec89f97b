//! Phrase tables (hedges, currency names) read by one word of each phrase: the rows filed under a
//! word, in table order, so that a lookup compares only the phrases that can match.

use crate::lexicon::FastMap;

/// The rows of a table (at most 256) filed under one word each.
pub(crate) struct Index {
    /// Each word's place in `rows`.
    words: FastMap<&'static str, u8>,
    rows: Vec<Vec<u8>>,
}

impl Index {
    /// Files row `k` under the `k`-th key.
    pub(crate) fn new(keys: impl Iterator<Item = &'static str>) -> Index {
        let mut words = FastMap::default();
        let mut rows: Vec<Vec<u8>> = Vec::new();
        for (k, key) in keys.enumerate() {
            let at = match words.get(key) {
                Some(&at) => at,
                None => {
                    rows.push(Vec::new());
                    let at = (rows.len() - 1) as u8;
                    words.insert(key, at);
                    at
                }
            };
            rows[usize::from(at)].push(k as u8);
        }
        Index { words, rows }
    }

    /// The rows filed under `w`, in table order.
    pub(crate) fn rows(&self, w: &str) -> &[u8] {
        match self.words.get(w) {
            Some(&at) => &self.rows[usize::from(at)],
            None => &[],
        }
    }
}
