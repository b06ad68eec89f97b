//! Words around a figure that change what it claims: a denied hedge ("no podrá superar los 200"),
//! an average that is no half ("una media de 41 litros"), a year used as an adjective ("a 2014
//! accident"), and a related-story label that keeps its headline out of the claims.

mod common;

use common::{en, es};
use crosscheck_engine::claims;
use crosscheck_engine::quantity::{Bound, Quantity, QuantityKind};
use crosscheck_engine::{Document, DocumentMeta};

/// (text, bound) of each quantity.
fn bounds(qs: &[Quantity]) -> Vec<(&str, Bound)> {
    qs.iter().map(|q| (q.text.as_str(), q.bound)).collect()
}

#[test]
fn a_denied_hedge_bounds_the_other_way() {
    assert_eq!(
        bounds(&es(
            "El consumo no podrá superar los 200 litros diarios, pero el año pasado superó los 300."
        )),
        [
            ("superar los 200", Bound::AtMost),
            ("superó los 300", Bound::Over)
        ]
    );
    assert_eq!(
        bounds(&es("El déficit, sin superar el 3 %, bajará.")),
        [("superar el 3 %", Bound::AtMost)]
    );
    // A verb of being between the denial and the hedge.
    assert_eq!(
        bounds(&es("No hay más de 450 efectivos en la zona.")),
        [("más de 450", Bound::AtMost)]
    );
    assert_eq!(
        bounds(&en("Spending must not exceed 5% and is not more than 200.")),
        [
            ("exceed 5%", Bound::AtMost),
            ("more than 200", Bound::AtMost)
        ]
    );
}

#[test]
fn a_round_collective_number_is_approximate() {
    let q = es("Llegaron una veintena de migrantes, un centenar de niños y 20 adultos.");
    let got: Vec<(&str, Bound)> = q.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        got,
        [
            ("una veintena", Bound::Approx),
            ("un centenar", Bound::Approx),
            ("20", Bound::Exact)
        ]
    );
}

#[test]
fn an_average_is_no_half() {
    let q = es("El consumo bajó a 35 litros, frente a una media de 41 litros en enero.");
    assert_eq!(
        q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["35", "41", "enero"]
    );
    // A half is still one: "media hora", "media docena".
    let q = es("Tardó media hora y hubo media docena de heridos.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].text, "media docena");
}

#[test]
fn a_year_after_an_article_names_what_follows() {
    let q = en("It recalled a 2014 accident that left 40,000 people without water.");
    assert_eq!(q[0].kind, QuantityKind::Year);
    assert_eq!(q[1].unit.as_deref(), Some("people"));
}

#[test]
fn a_related_story_label_keeps_its_headline_out_of_the_claims() {
    let text = "Sequía en Cataluña\n\nlunes 22 de abril de 2024\n\n\
        Los embalses están al 16% de su capacidad, según la Agencia Catalana del Agua.\n\n\
        Lea también: La sequía dispara un 60% el precio del aceite de oliva en lo que va de año\n\n\
        El Gobierno aprobó un plan de 2.400 millones de euros.";
    let doc = Document::parse("b2.txt", text, &DocumentMeta::default());
    let quotes: Vec<String> = claims::extract(&doc).into_iter().map(|c| c.quote).collect();
    assert!(quotes.iter().all(|q| !q.contains("60")), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.contains("16")), "{quotes:?}");
}

#[test]
fn a_hedge_before_an_article_and_a_currency_prefix() {
    let q = es("las pérdidas acumuladas superan los US$ 350 millones");
    assert_eq!(q[0].bound, Bound::Over);
}
