//! UTF-8 byte offsets (the engine's) to UTF-16 code-unit offsets (JavaScript strings').

/// Converts byte offsets into `text` to UTF-16 code-unit offsets, in one pass over the text.
///
/// An offset inside a character maps to that character's start; an offset past the end maps to
/// the text's UTF-16 length. The result is in the order of `offsets`.
pub fn utf8_to_utf16(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![0; offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut units = 0;
    for i in order {
        let target = offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at + c.len_utf8() > target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        out[i] = units;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::utf8_to_utf16;

    #[test]
    fn ascii_offsets_are_unchanged() {
        assert_eq!(utf8_to_utf16("hello world", &[0, 5, 11]), vec![0, 5, 11]);
    }

    #[test]
    fn accents_and_astral_characters_shrink_or_keep_their_width() {
        // "é" is 2 bytes, 1 unit; "€" is 3 bytes, 1 unit; "😀" is 4 bytes, 2 units.
        let text = "é€😀x";
        assert_eq!(utf8_to_utf16(text, &[0, 2, 5, 9, 10]), vec![0, 1, 2, 4, 5]);
        let x = text.find('x').unwrap();
        assert_eq!(&text[x..x + 1], "x");
        let js: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(js[utf8_to_utf16(text, &[x])[0]], u16::from(b'x'));
    }

    #[test]
    fn unsorted_repeated_and_out_of_range_offsets() {
        let text = "año 2024";
        assert_eq!(utf8_to_utf16(text, &[9, 0, 3, 3, 100]), vec![8, 0, 2, 2, 8]);
    }

    #[test]
    fn an_offset_inside_a_character_maps_to_its_start() {
        assert_eq!(utf8_to_utf16("a€b", &[2, 3]), vec![1, 1]);
    }
}
