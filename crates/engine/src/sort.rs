//! One stable sort for the whole program. Every `sort`, `sort_by_key` or `sort_unstable` call on a
//! new element type or comparison compiles another copy of the standard library's sort, several
//! kilobytes of wasm each; [`sort_by`] sorts indices through a `dyn` comparison instead, so that sort
//! is compiled once, and then moves the elements into place. The page's wasm is about 13 kB
//! gzipped smaller for it (`docs/performance.md`, "Page"). The extra indirection costs nothing
//! measurable on the short lists the engine sorts.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order = sorted_indices(v.len(), &|a, b| cmp(&v[a], &v[b]));
    // order[i] is the index of the element that belongs at i: follow each cycle of the permutation.
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

/// Sorts `v` in ascending order (stably, so like `sort` and, for a total order, `sort_unstable`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` stably by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..len` in the order `cmp` gives them, stably: the one instance of the standard
/// library's sort.
#[inline(never)]
fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| cmp(*a, *b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        let mut seed = 7u64;
        for len in 0..200 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (((seed >> 33) % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |e| e.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|e| e.0);
            assert_eq!(ours, std_sorted, "length {len}");
            let mut words: Vec<String> = v.iter().map(|e| format!("{}{}", e.0, e.1 % 3)).collect();
            let mut expected = words.clone();
            sort(&mut words);
            expected.sort();
            assert_eq!(words, expected);
        }
    }
}
