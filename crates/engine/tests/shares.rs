//! A fraction of a group ("about half of adults", "un tercio de los hogares") is a checkable
//! share: a percentage claim, comparable with one stated in per cent.

use crosscheck_engine::claims::{self, Claim, ClaimKind};
use crosscheck_engine::quantity::{Bound, Value};
use crosscheck_engine::{Document, DocumentMeta};

fn parse(text: &str) -> Vec<Claim> {
    claims::extract(&Document::parse("test.txt", text, &DocumentMeta::default()))
}

/// (quote, kind, value, measure, bound) of each claim.
fn read(claims: &[Claim]) -> Vec<(&str, ClaimKind, f64, &str, Bound)> {
    claims
        .iter()
        .map(|c| {
            let v = match c.value {
                Some(Value::Number(v)) => (v * 10.0).round() / 10.0,
                _ => f64::NAN,
            };
            (c.quote.as_str(), c.kind, v, c.measure.as_str(), c.bound)
        })
        .collect()
}

#[test]
fn a_fraction_of_a_group_is_a_share_in_per_cent() {
    let claims = parse(
        "Poll finds prices worry voters\n\nMonday, 20 May 2024\n\n\
        About half of adults said prices rose, and nearly two-thirds of voters backed the plan, \
        the survey found.",
    );
    assert_eq!(
        read(&claims),
        [
            (
                "About half",
                ClaimKind::Percent,
                50.0,
                "adults",
                Bound::Approx
            ),
            (
                "nearly two-thirds",
                ClaimKind::Percent,
                66.7,
                "voters",
                Bound::Approx
            ),
        ]
    );
    assert_eq!(claims[0].attribution.as_deref(), Some("the survey"));
    let claims = parse(
        "Encuesta escolar\n\nlunes 20 de mayo de 2024\n\n\
        Casi la mitad de los estudiantes aprobó el examen, según el ministerio. Un tercio de los \
        hogares no tiene agua, dijo el alcalde.",
    );
    let got = read(&claims);
    assert_eq!(
        (got[0].0, got[0].1, got[0].2, got[0].4),
        ("Casi la mitad", ClaimKind::Percent, 50.0, Bound::Approx)
    );
    assert_eq!((got[1].0, got[1].2), ("Un tercio", 33.3));
    assert_eq!(claims[1].attribution.as_deref(), Some("el alcalde"));
}

#[test]
fn a_fraction_of_something_else_is_no_share() {
    // Half an hour, half a dozen: a length or a count, not a share of a group.
    let claims = parse(
        "Meeting\n\nMonday, 20 May 2024\n\nThe meeting lasted half an hour and half a dozen \
        ministers left.",
    );
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Percent),
        "{claims:#?}"
    );
}
