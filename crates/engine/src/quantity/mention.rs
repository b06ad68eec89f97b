//! Unit mentions without a figure: a currency ("a multibillion-dollar deal", "the dollar fell",
//! "dólares") or a percentage ("a small percent", "the % of", "porcentaje") named where no number
//! goes with it. Recognizers-Text reports these as entities with a null value; the claims layer
//! never uses them (there is nothing to check), so they are only listed on request.

use super::scan::{tokenize, Tokens, TK};
use super::{money, percent};
use super::{NumberContext, Quantity, QuantityKind};
use serde::Serialize;

/// A currency or percent named without a figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// The words as written.
    pub text: String,
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// `Money` or `Percent`.
    pub kind: QuantityKind,
    /// ISO 4217 code for money, `%` for percent.
    pub unit: String,
}

/// Every unit mention in `text` outside the spans of `found` (the text's quantities), in order.
pub fn mentions(text: &str, ctx: &NumberContext, found: &[Quantity]) -> Vec<Mention> {
    let tk = tokenize(text, ctx.decimal, &ctx.lang);
    let inside = |s: usize, e: usize| found.iter().any(|q| s < q.end && q.start < e);
    let mut out = Vec::new();
    let mut j = 0;
    while j < tk.toks.len() {
        let Some((kind, unit, used)) = unit_at(&tk, j) else {
            j += 1;
            continue;
        };
        let (s, e) = (tk.toks[j].start, tk.toks[j + used - 1].end);
        if !inside(s, e) {
            out.push(Mention {
                text: text[s..e].to_string(),
                start: s,
                end: e,
                kind,
                unit: unit.to_string(),
            });
        }
        j += used;
    }
    out
}

/// The unit named at token `j`: (kind, unit, tokens used).
fn unit_at(tk: &Tokens, j: usize) -> Option<(QuantityKind, &'static str, usize)> {
    let t = tk.toks.get(j)?;
    // The same markers that follow a figure: "%", "percent", "per cent", "por ciento".
    if let Some(end) = percent::after(tk, j) {
        return Some((QuantityKind::Percent, "%", end - j));
    }
    if t.kind != TK::Word {
        return None;
    }
    if let Some((code, used)) = money::name_at(tk, j) {
        // A minor unit alone ("a few cents") names no amount; "won" alone is the verb.
        if !money::is_minor(code) && tk.norm(j) != "won" {
            return Some((QuantityKind::Money, code, used));
        }
        return None;
    }
    // Codes only where they cannot be ordinary words: "RMB", "usd" (not "try", "cup", "pen");
    // "mdp" (millions of pesos) says an amount, not just a currency.
    let (code, mult) = money::code_at(tk, j)?;
    (mult == 1.0).then_some((QuantityKind::Money, code, 1))
}
