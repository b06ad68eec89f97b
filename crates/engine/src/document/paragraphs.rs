//! Grouping body lines into paragraphs: blank lines and furniture separate them; within a block,
//! a line ending in sentence punctuation or a title-like line ends a paragraph unless the block is
//! hard-wrapped prose.

use super::furniture::LineInfo;
use super::Span;

/// Whether a block of lines looks hard-wrapped (many mid-length lines ending mid-sentence).
fn wrapped(block: &[&LineInfo]) -> bool {
    if block.len() < 3 {
        return false;
    }
    let mid = block
        .iter()
        .filter(|i| (30..=110).contains(&i.chars))
        .count();
    let open = block[..block.len() - 1]
        .iter()
        .filter(|i| !i.terminal)
        .count();
    mid * 10 >= block.len() * 6 && open * 2 >= block.len() - 1
}

/// Appends to `out` the paragraph spans of a run of consecutive body lines (`block`).
pub fn paragraphs(text: &str, block: &[&LineInfo], out: &mut Vec<Span>) {
    let Some(first) = block.first() else { return };
    let is_wrapped = wrapped(block);
    let widest = block.iter().map(|i| i.chars).max().unwrap_or(0);
    let mut start = first.line.start;
    let mut end = first.line.end;
    for pair in block.windows(2) {
        let (prev, cur) = (pair[0], pair[1]);
        let title_like = !prev.terminal && prev.chars * 10 < widest * 6 && prev.words <= 15;
        let next_lower = text[cur.line.start..cur.line.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let prev_text = &text[prev.line.start..prev.line.end];
        let dangling = prev_text.ends_with([',', ';', '-', '–']);
        let join = if is_wrapped {
            !title_like || next_lower
        } else {
            !prev.terminal && (next_lower || dangling)
        };
        if join {
            end = cur.line.end;
        } else {
            out.push(Span { start, end });
            start = cur.line.start;
            end = cur.line.end;
        }
    }
    out.push(Span { start, end });
}
