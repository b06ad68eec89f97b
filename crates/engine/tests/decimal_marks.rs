//! Which decimal mark a Spanish figure before a scale word uses, when the text does not say.

use crosscheck_engine::quantity::{extract, DecimalMark, NumberContext, Quantity};
use crosscheck_engine::{Document, DocumentMeta, Lang};

/// The value of the first quantity of a one-line Spanish text, read as `crosscheck quantities
/// --lang es` reads it (the document's evidence decides the decimal mark).
fn read_es(text: &str) -> f64 {
    let meta = DocumentMeta {
        lang: Some("es".to_string()),
        ..DocumentMeta::default()
    };
    let context = Document::parse("line", text, &meta).number;
    first(&extract(text, &context))
}

fn first(qs: &[Quantity]) -> f64 {
    qs.first().expect("a quantity").value.low()
}

#[test]
fn a_trailing_zero_before_a_scale_is_a_thousands_group() {
    let spain = NumberContext {
        lang: Lang::Es,
        decimal: DecimalMark::Comma,
        peso: None,
    };
    let read = |text: &str| first(&extract(text, &spain));
    assert_eq!(read("Destinará 2,700 millones de pesos."), 2.7e9);
    assert_eq!(read("Costó 12,500 millones de euros."), 12.5e9);
    // Without a trailing zero the decimal reading stays; "2,7 millones" is 2.7 million.
    assert_eq!(read("Costó 2,019 millones de euros."), 2_019_000.0);
    assert_eq!(
        read("El paro afecta a 2,7 millones de personas."),
        2_700_000.0
    );
}

#[test]
fn a_text_about_mexico_reads_a_comma_before_three_digits_as_mexico_writes_it() {
    assert_eq!(
        read_es("Las remesas a México sumaron 64,745 millones de dólares en 2024."),
        64.745e9
    );
    assert_eq!(
        read_es("El gobierno de México destinó 2,019 millones de pesos."),
        2.019e9
    );
    // A Spanish text naming no such country keeps Spain's decimal comma.
    assert_eq!(
        read_es("El Gobierno destinó 2,019 millones de euros a Andalucía."),
        2_019_000.0
    );
}
