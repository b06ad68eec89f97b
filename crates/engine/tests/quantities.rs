//! News-style behaviour tests of the quantity recognizer, English and Spanish.

use crosscheck_engine::lang::Lang;
use crosscheck_engine::quantity::{
    extract, infer_decimal_mark, Bound, DecimalMark, NumberContext, Quantity, QuantityKind, Value,
};

fn en(text: &str) -> Vec<Quantity> {
    extract(text, &NumberContext::english())
}

fn es(text: &str) -> Vec<Quantity> {
    extract(
        text,
        &NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Comma,
        },
    )
}

fn mx(text: &str) -> Vec<Quantity> {
    extract(
        text,
        &NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Point,
        },
    )
}

/// Prints what the recognizer finds in `$QTY_DEBUG` (language from `$QTY_LANG`).
#[test]
fn debug_print() {
    let Ok(text) = std::env::var("QTY_DEBUG") else {
        return;
    };
    let qs = match std::env::var("QTY_LANG").as_deref() {
        Ok("es") => es(&text),
        Ok("mx") => mx(&text),
        _ => en(&text),
    };
    for q in qs {
        println!("{q:?}");
    }
}
