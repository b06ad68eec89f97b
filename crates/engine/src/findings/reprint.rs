//! Near-identical wording between sentences (a reprint, the same wire copy): shared word trigrams
//! compared by Jaccard similarity. Agreement between copies of one text is not independent.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// Jaccard similarity of word trigrams above which two sentences count as the same copy.
pub const REPRINT_THRESHOLD: f64 = 0.45;

/// Folds a character: lowercase, common Latin diacritics removed.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => crate::case::lower_char(c),
    }
}

/// The words of a text, folded, with their original capitalization flag; digits and letters only
/// (number separators inside a number are dropped: "3,650" → "3650").
pub(crate) fn words(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cap = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            if cur.is_empty() {
                cap = c.is_uppercase();
            }
            cur.push(fold_char(c));
        } else if (c == ',' || c == '.')
            && !cur.is_empty()
            && cur.chars().all(|d| d.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
        {
            // A thousands separator or decimal mark inside a number.
        } else if (c == '-' || c == '\'' || c == '’')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|d| d.is_alphabetic())
        {
            cur.push('-');
        } else if !cur.is_empty() {
            out.push((std::mem::take(&mut cur), cap));
        }
    }
    if !cur.is_empty() {
        out.push((cur, cap));
    }
    out
}

/// Sorted, deduplicated hashes of a sentence's word trigrams (bigrams for very short sentences).
pub fn shingles(sentence: &str) -> Vec<u64> {
    let w: Vec<String> = words(sentence).into_iter().map(|(w, _)| w).collect();
    let n = if w.len() >= 6 { 3 } else { 2 };
    let mut out: Vec<u64> = w
        .windows(n.min(w.len().max(1)))
        .map(|g| {
            let mut h = DefaultHasher::new();
            g.hash(&mut h);
            h.finish()
        })
        .collect();
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// Jaccard similarity of two sorted shingle sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// Whether two sentences are near-identical copies of one another.
pub fn near_identical(a: &[u64], b: &[u64]) -> bool {
    jaccard(a, b) >= REPRINT_THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprint_wording_is_detected() {
        let a = shingles("Mexico has 2.4 doctors per 1,000 inhabitants, higher than the average of 2 per 1,000 in Latin America, but lower than the average of 3.5 of the Organization for Economic Cooperation and Development (OECD) countries, according to the National Institute of Statistics and Geography (Inegi).");
        let b = shingles("Mexico has 2.4 doctors per 1,000 inhabitants, higher than the average of 2 per 1,000 in Latin America, but lower than the average of 3.5 in the Organization for Economic Cooperation and Development (OECD), according to the National Institute of Statistics and Geography (INEGI).");
        let c = shingles("The 2,700 specialists who will arrive on an unspecified date in Mexico will join the 950 who are already providing services.");
        assert!(near_identical(&a, &b));
        assert!(!near_identical(&a, &c));
    }

    #[test]
    fn numbers_keep_their_separators_folded() {
        let w: Vec<String> = words("over 3,650 Cuban").into_iter().map(|w| w.0).collect();
        assert_eq!(w, ["over", "3650", "cuban"]);
    }
}
