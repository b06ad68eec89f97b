//! What the quantity tests share: the recognizer run on English text and on Spanish text written
//! in Spain's convention (decimal comma).

use crosscheck_engine::lang::Lang;
use crosscheck_engine::quantity::{extract, DecimalMark, NumberContext, Quantity};

/// The quantities of an English text.
pub fn en(text: &str) -> Vec<Quantity> {
    extract(text, &NumberContext::english())
}

/// The quantities of a Spanish text with a decimal comma.
pub fn es(text: &str) -> Vec<Quantity> {
    let ctx = NumberContext {
        lang: Lang::Es,
        decimal: DecimalMark::Comma,
        peso: None,
    };
    extract(text, &ctx)
}
