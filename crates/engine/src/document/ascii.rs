//! Eight bytes at a time: masks of the ASCII letters and digits in a word of eight bytes (read
//! little-endian), for the scans over a whole text or line.

/// One in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// The eight bytes at `i` as one integer, the first lowest; `None` when fewer are left.
// (The rest from `i`, then its first eight: no test of `i + 8` overflowing, and the first test
// is dropped where the caller's loop already knows `i` is in the text.)
#[inline]
pub(crate) fn load(b: &[u8], i: usize) -> Option<u64> {
    b.get(i..)?
        .first_chunk()
        .map(|chunk| u64::from_le_bytes(*chunk))
}

/// The high bit of each byte of `w` whose low seven bits are at least `n` (at most 0x80): adding
/// 0x80 - n carries into it, and never into the next byte.
fn at_least(w: u64, n: u64) -> u64 {
    ((w & !HIGH) + ONES * (0x80 - n)) & HIGH
}

/// The high bit of each byte of `w` that is an ASCII letter, the others 0.
pub(crate) fn letter_mask(w: u64) -> u64 {
    // 'A'..='Z' as 'a'..='z'.
    let folded = w | (ONES * 0x20);
    at_least(folded, 0x61) & !at_least(folded, 0x7b) & !w
}

/// The high bit of each byte of `w` that is an ASCII digit, the others 0.
pub(crate) fn digit_mask(w: u64) -> u64 {
    at_least(w, 0x30) & !at_least(w, 0x3a) & !w
}

/// Whether `b` holds an ASCII digit, read sixteen bytes at a time.
pub(crate) fn has_digit(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(16);
    let found = chunks.any(|c| {
        let (low, high) = c.split_at(8);
        let word = |h: &[u8]| u64::from_le_bytes(h.try_into().unwrap_or_default());
        digit_mask(word(low)) | digit_mask(word(high)) != 0
    });
    found || chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// How many ASCII digits `b` holds, read eight bytes at a time.
pub(crate) fn count_digits(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
    // One per digit, summed by a multiplication into the top byte.
    let count = |w: u64| ((digit_mask(w) >> 7).wrapping_mul(ONES) >> 56) as usize;
    let found: usize = chunks.by_ref().map(|c| count(word(c))).sum();
    found
        + chunks
            .remainder()
            .iter()
            .filter(|c| c.is_ascii_digit())
            .count()
}

/// The high bit of each byte of `w` that is an ASCII letter or digit, the others 0.
pub(crate) fn alnum_mask(w: u64) -> u64 {
    letter_mask(w) | digit_mask(w)
}

/// The high bit of each byte of `w` that is ASCII whitespace (as `char::is_whitespace`: space,
/// tab, LF, VT, FF, CR), the others 0.
pub(crate) fn space_mask(w: u64) -> u64 {
    let space = at_least(w, 0x20) & !at_least(w, 0x21);
    let control = at_least(w, 0x09) & !at_least(w, 0x0e);
    (space | control) & !w
}

/// Whether `b` holds one of the bytes of `set`, read eight at a time.
pub(crate) fn any_of(b: &[u8], set: [u8; 4]) -> bool {
    // Not zero exactly when a byte of `v` is zero.
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    // A byte of the set is beyond ASCII or between the least and the greatest ASCII bytes of
    // the set: eight bytes with none such are ruled out by one range test.
    let (mut lo, mut hi, mut beyond) = (0x7F, 0, 0);
    for c in set {
        match c {
            0x80.. => beyond = HIGH,
            _ => (lo, hi) = (lo.min(c), hi.max(c)),
        }
    }
    let may_hit = |w: u64| {
        let range = at_least(w, u64::from(lo)) & !at_least(w, u64::from(hi) + 1) & !w;
        (range | w & beyond) & HIGH != 0
    };
    let hit = |w: u64| may_hit(w) && set.iter().any(|&c| zero(w ^ (ONES * u64::from(c))) != 0);
    let mut i = 0;
    while let Some(w) = load(b, i) {
        if hit(w) {
            return true;
        }
        i += 8;
    }
    b[i..].iter().any(|c| set.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_read_every_byte_as_one_at_a_time() {
        for b in 0..=255u8 {
            let w = u64::from_le_bytes([b, b'a', b, b'Z', b, b'5', b, 0xC3]);
            let mask = |test: fn(&u8) -> bool| {
                (0..8).fold(0u64, |m, k| {
                    m | u64::from(test(&((w >> (8 * k)) as u8))) << (8 * k + 7)
                })
            };
            assert_eq!(letter_mask(w), mask(u8::is_ascii_alphabetic), "{b}");
            assert_eq!(alnum_mask(w), mask(u8::is_ascii_alphanumeric), "{b}");
            assert_eq!(digit_mask(w), mask(u8::is_ascii_digit), "{b}");
            // Shifted by one byte a copy, so that every place of a sixteen-byte read is tried.
            let bytes = [w.to_le_bytes(), [b' '; 8], (w << 8).to_le_bytes()].concat();
            for n in 0..=bytes.len() {
                let naive = bytes[..n].iter().any(u8::is_ascii_digit);
                assert_eq!(has_digit(&bytes[..n]), naive, "{b}");
                let digits = bytes[..n].iter().filter(|c| c.is_ascii_digit()).count();
                assert_eq!(count_digits(&bytes[..n]), digits, "{b}");
            }
            let space = |c: &u8| c.is_ascii() && char::from(*c).is_whitespace();
            assert_eq!(space_mask(w), mask(space), "{b}");
            let bytes = w.to_le_bytes();
            for set in [[b, b, b, b], [b'a', b, 0xC3, 0], [1, 2, 3, 4]] {
                for cut in 0..8 {
                    let expect = bytes[cut..].iter().any(|c| set.contains(c));
                    assert_eq!(any_of(&bytes[cut..], set), expect, "{b} {set:?} {cut}");
                }
            }
        }
    }
}
