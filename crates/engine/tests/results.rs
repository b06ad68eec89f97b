//! Match results and election results: a score is one quantity, not two counts, wherever its verb
//! or noun stands; a list of results gives its counted noun once.

mod common;

use common::{en, es};
use crosscheck_engine::quantity::{Quantity, QuantityKind};

/// Each quantity's text, kind and unit.
fn read(qs: &[Quantity]) -> Vec<(&str, QuantityKind, Option<&str>)> {
    qs.iter()
        .map(|q| (q.text.as_str(), q.kind, q.unit.as_deref()))
        .collect()
}

const SCORE: QuantityKind = QuantityKind::Other;

#[test]
fn a_score_after_the_teams_name_or_before_the_result_is_one_score() {
    assert_eq!(
        read(&en(
            "Manchester City beat Arsenal 3-1 at the Etihad on Sunday."
        )),
        [("3-1", SCORE, Some("score"))]
    );
    assert_eq!(
        read(&en("Serena won the final 6-3, 6-4.")),
        [("6-3", SCORE, Some("score")), ("6-4", SCORE, Some("score"))]
    );
    // Basketball: three digits.
    assert_eq!(
        read(&en("The Lakers beat the Celtics 112-108 on Friday.")),
        [("112-108", SCORE, Some("score"))]
    );
    assert_eq!(
        read(&en("It ended in a 1-1 draw, after a 4-2 win last week.")),
        [("1-1", SCORE, Some("score")), ("4-2", SCORE, Some("score"))]
    );
    assert_eq!(
        read(&es("Argentina avanzó tras vencer 1-0 a Uruguay.")),
        [("1-0", SCORE, Some("score"))]
    );
    // A counted noun after it still makes a range.
    assert_eq!(
        read(&en("The team lost 2-3 players to injury.")),
        [("2-3", QuantityKind::Range, Some("players"))]
    );
}

#[test]
fn a_list_of_results_after_names_keeps_every_figure_with_the_noun_given_once() {
    let count = QuantityKind::Count;
    assert_eq!(
        read(&en(
            "Labour won 411 seats, the Conservatives 121 and the Lib Dems 72."
        )),
        [
            ("411", count, Some("seats")),
            ("121", count, Some("seats")),
            ("72", count, Some("seats"))
        ]
    );
    assert_eq!(
        read(&es(
            "El PSOE obtuvo 121 escaños y el PP 137, a 39 de la mayoría absoluta."
        )),
        [
            ("121", count, Some("escaños")),
            ("137", count, Some("escaños")),
            ("39", count, None)
        ]
    );
    // A name's number is still no figure: "the S&P 500 gained", "el Ibex 35 bajó".
    assert_eq!(
        read(&en("Shares rose 2%, and the S&P 500 gained.")),
        [("2%", QuantityKind::Percent, Some("%"))]
    );
    assert_eq!(
        read(&es(
            "La bolsa cerró con 3 valores al alza y el Ibex 35 bajó."
        ))
        .len(),
        1
    );
}

#[test]
fn an_ordinal_before_a_count_is_no_figure_and_a_half_or_sign_after_the_noun_is_read() {
    let count = QuantityKind::Count;
    assert_eq!(
        read(&en("He scored in the first 20 minutes.")),
        [("20", count, Some("minutes"))]
    );
    assert_eq!(
        read(&es("Los primeros nueve meses del año.")),
        [("nueve", count, Some("meses"))]
    );
    // A part is still a part of a period, and an ordinal alone is an ordinal.
    assert_eq!(
        read(&en("The first half of 2024."))[0].1,
        QuantityKind::Ordinal
    );
    assert_eq!(
        read(&es("Quedó en segundo lugar."))[0].1,
        QuantityKind::Ordinal
    );
    let values = |qs: Vec<Quantity>| -> Vec<(String, f64)> {
        qs.iter().map(|q| (q.text.clone(), q.value.low())).collect()
    };
    assert_eq!(
        values(es("Fue condenado a seis años y medio de prisión.")),
        [("seis años y medio".to_string(), 6.5)]
    );
    // The half of another noun is not this one's.
    assert_eq!(
        values(es("Marcó 3 goles y media hora después se fue.")),
        [("3".to_string(), 3.0), ("media".to_string(), 0.5)]
    );
    assert_eq!(
        values(es("La mínima fue de 3 grados bajo cero en Bariloche.")),
        [("3 grados bajo cero".to_string(), -3.0)]
    );
    assert_eq!(
        values(en("It fell to 5 degrees below zero.")),
        [("5 degrees below zero".to_string(), -5.0)]
    );
}

#[test]
fn trunk_prefixed_phone_numbers_and_list_numbers_inside_a_line_are_no_figures() {
    assert_eq!(read(&en("Call the hotline on 0800 555 0199 for help.")), []);
    assert_eq!(read(&en("Ring 020 7946 0958 or 07700 900123.")), []);
    assert_eq!(
        read(&en("The priorities: 1. Inflation. 2. Jobs. 3. Housing.")),
        []
    );
    // A tally after a colon and a figure ending a sentence stay figures.
    assert_eq!(read(&en("Deaths: 12. Injured: 40.")).len(), 2);
    assert_eq!(read(&en("Sales rose by 2. The market fell.")).len(), 1);
    assert_eq!(read(&en("It rose from 0.5 to 1 500 000.")).len(), 2);
}

#[test]
fn a_fraction_of_a_percentage_point_is_a_percent() {
    let percent = |qs: Vec<Quantity>| -> Vec<(QuantityKind, f64)> {
        qs.iter().map(|q| (q.kind, q.value.low())).collect()
    };
    let p = QuantityKind::Percent;
    assert_eq!(
        percent(en("The Fed cut rates by a quarter of a percentage point.")),
        [(p, 0.25)]
    );
    assert_eq!(
        percent(en("Rates rose half a percentage point.")),
        [(p, 0.5)]
    );
    assert_eq!(
        percent(es("El BCE subió los tipos un cuarto de punto porcentual.")),
        [(p, 0.25)]
    );
}
