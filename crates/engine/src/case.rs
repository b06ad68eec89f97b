//! Letter case for the scripts news in the supported languages is written in: ASCII, Latin-1, Latin
//! Extended-A, Greek and Cyrillic. Other letters are left as written. The standard library's full
//! Unicode case tables (`char::to_lowercase`, `str::to_uppercase`…) cost about 17 kB of the page's
//! gzipped wasm; nothing the engine matches needs letters outside these blocks.

/// The small letter of `c` when it is a capital of a known script, else `c`.
pub fn lower_char(c: char) -> char {
    let n = u32::from(c);
    let to = match n {
        0x41..=0x5A | 0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x130 => 0x69,
        0x178 => 0xFF,
        // Latin Extended-A pairs: capital even then small odd, except in the two odd-first runs.
        0x100..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 0x3F,
        0x410..=0x42F => n + 0x20,
        0x400..=0x40F => n + 0x50,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The capital of `c` when it is a small letter of a known script, else `c`.
pub fn upper_char(c: char) -> char {
    let n = u32::from(c);
    let to = match n {
        0x61..=0x7A | 0xE0..=0xFE if n != 0xF7 => n - 0x20,
        0xFF => 0x178,
        0x131 => 0x49,
        0x17F => 0x53,
        0x100..=0x137 | 0x14A..=0x177 if n % 2 == 1 => n - 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 0 => n - 1,
        0x3B1..=0x3CB if n != 0x3C2 => n - 0x20,
        0x3C2 => 0x3A3,
        0x3AC => 0x386,
        0x3AD..=0x3AF => n - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => n - 0x3F,
        0x430..=0x44F => n - 0x20,
        0x450..=0x45F => n - 0x50,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// `s` in small letters ([`lower_char`] on each letter).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}

/// `str::to_lowercase` for the known scripts, as a method: `word.lowercase()`.
pub trait Lowercase {
    /// This text in small letters ([`lower`]).
    fn lowercase(&self) -> String;
}

impl Lowercase for str {
    fn lowercase(&self) -> String {
        lower(self)
    }
}

/// `w` with its first letter in capitals ("cuban" → "Cuban", "ñandú" → "Ñandú").
pub fn capitalized(w: &str) -> String {
    let mut chars = w.chars();
    match chars.next() {
        Some(f) => std::iter::once(upper_char(f)).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{lower_char, upper_char};

    /// Every letter of the known blocks with a one-letter mapping in the standard library.
    fn known() -> impl Iterator<Item = char> {
        let blocks = [0x0..=0x17F_u32, 0x386..=0x3CE, 0x400..=0x45F];
        // 'µ' (whose capital is Greek 'Μ') is left as written.
        (blocks.into_iter().flatten().filter_map(char::from_u32)).filter(|&c| c != 'µ')
    }

    fn single(mut it: impl ExactSizeIterator<Item = char>) -> Option<char> {
        if it.len() == 1 {
            it.next()
        } else {
            None
        }
    }

    #[test]
    fn upper_agrees_with_the_standard_library_on_the_scripts_it_knows() {
        for c in known() {
            match single(c.to_uppercase()) {
                Some(u) => assert_eq!(upper_char(c), u, "{c:?}"),
                None => assert_eq!(upper_char(c), c, "{c:?}"),
            }
        }
    }

    #[test]
    fn lower_agrees_with_the_standard_library_on_the_scripts_it_knows() {
        for c in known() {
            match single(c.to_lowercase()) {
                Some(l) => assert_eq!(lower_char(c), l, "{c:?}"),
                // 'İ' is "i̇" in full Unicode; a bare 'i' is what words are matched with.
                None => assert_eq!(lower_char(c), 'i', "{c:?}"),
            }
        }
    }

    #[test]
    fn other_scripts_are_left_as_written() {
        for c in ['Ա', 'Ⴀ', 'Ａ', 'µ', 'ǅ'] {
            assert_eq!((lower_char(c), upper_char(c)), (c, c));
        }
    }
}
