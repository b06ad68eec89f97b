//! News-style behaviour tests of the quantity recognizer, English and Spanish.

mod common;

use common::{en, es};
use crosscheck_engine::lang::Lang;
use crosscheck_engine::quantity::{
    extract, infer_decimal_mark, mentions, Bound, DecimalMark, NumberContext, Quantity,
    QuantityKind, Value,
};

fn mx(text: &str) -> Vec<Quantity> {
    extract(
        text,
        &NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Point,
            peso: None,
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

fn one(qs: &[Quantity], text: &str) -> Quantity {
    qs.iter()
        .find(|q| q.text.contains(text))
        .unwrap_or_else(|| panic!("no quantity with {text:?} in {qs:#?}"))
        .clone()
}

fn num(q: &Quantity) -> f64 {
    match q.value {
        Value::Number(v) => v,
        Value::Range(..) => panic!("range {q:?}"),
    }
}

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn digit_conventions_by_language() {
    let q = en("The ministry hired 1,200 nurses and spent 2.4 percent more.");
    assert_eq!(num(&one(&q, "1,200")), 1200.0);
    let q = es("El ayuntamiento contrató a 3.100 maestros y el gasto subió 2,5 por ciento.");
    assert_eq!(num(&one(&q, "3.100")), 3100.0);
    assert!(approx(num(&one(&q, "2,5")), 2.5));
    let q = mx("Se registraron 2,700 casos y una tasa de 22.87 por ciento.");
    assert_eq!(num(&one(&q, "2,700")), 2700.0);
    assert!(approx(num(&one(&q, "22.87")), 22.87));
    // Unambiguous under either setting.
    assert_eq!(
        num(&one(&mx("Votaron 1.234.567 personas"), "1.234.567")),
        1234567.0
    );
    assert!(approx(num(&one(&mx("un alza de 2,5 puntos"), "2,5")), 2.5));
}

#[test]
fn decimal_mark_inference() {
    let mexico = "El gobierno destinó 2,700 millones de pesos y 1,500 becas.";
    assert_eq!(
        infer_decimal_mark(mexico, &Lang::Es, Some("es-MX")),
        DecimalMark::Point
    );
    let spain = "La inflación fue del 2,7% y el paro del 11,3%, con 1.200 despidos.";
    assert_eq!(
        infer_decimal_mark(spain, &Lang::Es, Some("es-ES")),
        DecimalMark::Comma
    );
    let us_style = "Se vendieron 1,250,000 boletos; el precio subió 3.5 por ciento.";
    assert_eq!(
        infer_decimal_mark(us_style, &Lang::Es, None),
        DecimalMark::Point
    );
    assert_eq!(
        infer_decimal_mark("No figures here.", &Lang::Es, None),
        DecimalMark::Comma
    );
    assert_eq!(
        infer_decimal_mark("No figures here.", &Lang::En, None),
        DecimalMark::Point
    );
}

#[test]
fn scale_words_and_mixed_forms() {
    let q = en("The budget of US$22.87 million replaced a plan worth 2,019 million.");
    assert!(approx(num(&one(&q, "22.87")), 22_870_000.0));
    assert_eq!(num(&one(&q, "2,019 million")), 2_019_000_000.0);
    assert_eq!(
        num(&one(
            &en("Organizers expected half a million marchers."),
            "half a million"
        )),
        500_000.0
    );
    let q = en("Nearly one thousand homes and a dozen schools were damaged.");
    assert_eq!(num(&one(&q, "one thousand")), 1000.0);
    assert_eq!(one(&q, "one thousand").bound, Bound::Approx);
    assert_eq!(num(&one(&q, "a dozen")), 12.0);
    assert_eq!(
        num(&one(&en("one hundred and twenty three ballots"), "twenty")),
        123.0
    );
    let q = es("El programa costará 2 mil millones de pesos y atenderá a 29 mil 450 familias.");
    assert_eq!(num(&one(&q, "2 mil millones")), 2e9);
    assert_eq!(num(&one(&q, "29 mil 450")), 29450.0);
    assert_eq!(
        num(&one(
            &es("Se invirtieron dos mil cuatro millones"),
            "dos mil"
        )),
        2_004_000_000.0
    );
    let q = es("Asistieron poco más de 2 mil personas");
    assert_eq!(num(&one(&q, "2 mil")), 2000.0);
    assert_eq!(one(&q, "2 mil").bound, Bound::Over);
    assert_eq!(
        num(&one(&es("una deuda de un billón de pesos"), "billón")),
        1e12
    );
    assert_eq!(num(&one(&es("veintiún diputados"), "veintiún")), 21.0);
    assert!(approx(
        num(&one(&en("three fifths of voters"), "three fifths")),
        0.6
    ));
    assert!(approx(
        num(&one(&es("un tercio de los votos"), "tercio")),
        1.0 / 3.0
    ));
    assert!(approx(
        num(&one(&en("turnout was 1/2 of that"), "1/2")),
        0.5
    ));
    assert_eq!(num(&one(&en("three trillion dollars"), "trillion")), 3e12);
}

#[test]
fn money_with_currency() {
    let q = en("The city paid $4.5 million, €300,000 and £12 in fees, plus 500 yen.");
    assert_eq!(one(&q, "4.5").unit.as_deref(), Some("USD"));
    assert_eq!(num(&one(&q, "4.5")), 4_500_000.0);
    assert_eq!(one(&q, "€").unit.as_deref(), Some("EUR"));
    assert_eq!(one(&q, "£").unit.as_deref(), Some("GBP"));
    assert_eq!(one(&q, "yen").unit.as_deref(), Some("JPY"));
    assert!(q.iter().all(|x| !x.ambiguous));
    let q = es("El gobierno de México destinó 2,019 millones de pesos y 15 millones de dólares.");
    assert_eq!(one(&q, "pesos").unit.as_deref(), Some("MXN"));
    assert!(approx(num(&one(&q, "pesos")), 2_019_000.0));
    assert_eq!(one(&q, "dólares").unit.as_deref(), Some("USD"));
    assert_eq!(
        one(&es("Cuesta 300 euros"), "euros").unit.as_deref(),
        Some("EUR")
    );
    assert_eq!(
        one(&en("a loan of 40 million MXN"), "MXN").unit.as_deref(),
        Some("MXN")
    );
    assert_eq!(
        one(&en("USD 12 billion in aid"), "USD").unit.as_deref(),
        Some("USD")
    );
}

#[test]
fn bare_dollar_sign_in_peso_context_is_ambiguous() {
    let q = mx("En México, la despensa cuesta $1,500 y los pesos no alcanzan.");
    let m = one(&q, "$1,500");
    assert_eq!(m.kind, QuantityKind::Money);
    assert_eq!(m.unit.as_deref(), Some("MXN"));
    assert!(m.ambiguous);
    let q = en("Mexico's peso fell; the plan costs $200 million.");
    let m = one(&q, "$200");
    assert_eq!(m.unit.as_deref(), Some("USD"));
    assert!(m.ambiguous);
    assert!(!one(&en("The plan costs $200 million."), "$200").ambiguous);
}

#[test]
fn percentages() {
    for (q, v) in [
        (en("Unemployment fell to 12%"), 12.0),
        (en("turnout rose 12 percent"), 12.0),
        (es("la pobreza bajó doce por ciento"), 12.0),
        (es("la inflación subió 12 por ciento"), 12.0),
    ] {
        let p = q
            .iter()
            .find(|x| x.kind == QuantityKind::Percent)
            .expect("percent");
        assert_eq!(num(p), v);
        assert_eq!(p.unit.as_deref(), Some("%"));
    }
}

#[test]
fn ratios_and_rates() {
    let q = en("The region has 2.4 doctors per 1,000 inhabitants.");
    let r = one(&q, "2.4");
    assert_eq!(r.kind, QuantityKind::Ratio);
    assert_eq!(r.per, Some(1000.0));
    assert_eq!(r.unit.as_deref(), Some("doctors"));
    let r = one(&en("One in five voters stayed home."), "in five");
    assert_eq!(r.kind, QuantityKind::Ratio);
    assert_eq!(r.per, Some(5.0));
    let r = one(&es("Hay 1,8 médicos por cada 1.000 habitantes"), "1,8");
    assert_eq!(r.kind, QuantityKind::Ratio);
    assert_eq!(r.per, Some(1000.0));
}

#[test]
fn ranges() {
    let cases: Vec<(Vec<Quantity>, &str, f64, f64)> = vec![
        (
            en("Police estimated between 200,000 and 500,000 protesters."),
            "between",
            200_000.0,
            500_000.0,
        ),
        (
            en("Crowds of 30-40,000 gathered."),
            "30-40,000",
            30_000.0,
            40_000.0,
        ),
        (en("Victims were 55-78 years old."), "55-78", 55.0, 78.0),
        (
            es("Murieron entre 200 y 500 personas."),
            "entre",
            200.0,
            500.0,
        ),
        (
            es("Las penas van de 10 a 20 años."),
            "de 10 a 20",
            10.0,
            20.0,
        ),
        (en("a deficit of $2-3 billion"), "2-3", 2e9, 3e9),
    ];
    for (qs, text, lo, hi) in cases {
        let r = one(&qs, text);
        assert_eq!(r.kind, QuantityKind::Range, "{r:?}");
        assert_eq!(r.bound, Bound::Range);
        assert_eq!(r.value, Value::Range(lo, hi), "{text}");
    }
    assert_eq!(
        one(&en("Victims were 55-78 years old."), "55")
            .unit
            .as_deref(),
        Some("years")
    );
}

#[test]
fn hedges_set_bounds_and_spans() {
    let cases = [
        (en("over 300 people"), Bound::Over),
        (en("more than 300 people"), Bound::Over),
        (en("exceeding 300 people"), Bound::Over),
        (en("at least 300 people"), Bound::AtLeast),
        (en("nearly 300 people"), Bound::Approx),
        (en("almost 300 people"), Bound::Approx),
        (en("about 300 people"), Bound::Approx),
        (en("approximately 300 people"), Bound::Approx),
        (en("around 300 people"), Bound::Approx),
        (en("roughly 300 people"), Bound::Approx),
        (en("some 300 people"), Bound::Approx),
        (en("up to 300 people"), Bound::AtMost),
        (en("less than 300 people"), Bound::Under),
        (en("fewer than 300 people"), Bound::Under),
        (en("under 300 people"), Bound::Under),
        (es("más de 300 personas"), Bound::Over),
        (es("casi 300 personas"), Bound::Approx),
        (es("alrededor de 300 personas"), Bound::Approx),
        (es("aproximadamente 300 personas"), Bound::Approx),
        (es("cerca de 300 personas"), Bound::Approx),
        (es("unos 300 heridos"), Bound::Approx),
        (es("unas 300 personas"), Bound::Approx),
        (es("hasta 300 personas"), Bound::AtMost),
        (es("menos de 300 personas"), Bound::Under),
        (es("poco más de 300 personas"), Bound::Over),
        (es("al menos 300 personas"), Bound::AtLeast),
        (es("por lo menos 300 personas"), Bound::AtLeast),
        (es("superior a 300 personas"), Bound::Over),
    ];
    for (qs, b) in cases {
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].bound, b, "{qs:?}");
        assert_eq!(qs[0].start, 0, "the hedge is part of the span: {qs:?}");
        assert!(qs[0].text.ends_with("300"));
        assert_eq!(num(&qs[0]), 300.0);
    }
    assert_eq!(
        en("more than 300 people")[0].unit.as_deref(),
        Some("people")
    );
}

#[test]
fn years_dates_times_and_ordinals() {
    let q = en("Since 2002 the party has won; in 2025 it lost.");
    assert!(q.iter().all(|x| x.kind == QuantityKind::Year), "{q:?}");
    assert_eq!(q.len(), 2);
    for (qs, y) in [
        (en("The vote on 13 May 2024 was close."), 2024.0),
        (en("Filed 11/27/2024 in court."), 2024.0),
        (es("El plazo vence el 31 de agosto de 2025."), 2025.0),
        (en("Prices rose in July 2022."), 2022.0),
    ] {
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!(qs[0].kind, QuantityKind::Date);
        assert_eq!(num(&qs[0]), y);
    }
    let t = en("The quake struck at 09:46 and again at 3 p.m.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t.iter().all(|x| x.kind == QuantityKind::Time));
    for (qs, v) in [
        (en("the third round"), 3.0),
        (en("her 21st term"), 21.0),
        (es("el 3º lugar"), 3.0),
        (es("el primer lugar"), 1.0),
    ] {
        let o = qs
            .iter()
            .find(|x| x.kind == QuantityKind::Ordinal)
            .unwrap_or_else(|| panic!("{qs:?}"));
        assert_eq!(num(o), v);
    }
}

#[test]
fn not_quantities() {
    for text in [
        "Call +1 786 3965 689 for details.",
        "Llame al (55) 1234-5678.",
        "Write to news2024@example.com today.",
        "See https://example.com/2024/05/13/story-123 for more.",
        "According to 14ymedio, the blackout continued.",
    ] {
        let qs = en(text);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    let qs = en("COVID-19 cases rose to 300.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(num(&qs[0]), 300.0);
    let qs = en("1. The council met.\n2) It voted 7 to 2.");
    assert!(
        qs.iter().all(|q| q.start > 25),
        "list numbers are not counts: {qs:?}"
    );
}

#[test]
fn counted_noun_and_kinds() {
    let q = en("The hospital has 199 doctors.");
    assert_eq!(q[0].kind, QuantityKind::Count);
    assert_eq!(q[0].unit.as_deref(), Some("doctors"));
    let q = es("El hospital tiene 199 médicos.");
    assert_eq!(q[0].unit.as_deref(), Some("médicos"));
    let q = en("Casualties: 45 dead, according to officials.");
    assert_eq!(q[0].unit.as_deref(), Some("dead"));
}

#[test]
fn spans_are_exact() {
    let text = "Según el INE, más de 2,5 millones de votantes — 😀 — acudieron.";
    for q in es(text) {
        assert_eq!(&text[q.start..q.end], q.text);
    }
    let q = es(text);
    assert_eq!(q[0].text, "más de 2,5 millones");
    assert_eq!(num(&q[0]), 2_500_000.0);
}

/// Throughput on news-like text (run with `--release -- --ignored throughput`).
#[test]
#[ignore]
fn throughput() {
    let para = "The ministry said on 13 May 2024 that more than 1,200 nurses and 2.4 doctors per 1,000 \
        inhabitants were needed, at a cost of US$22.87 million. El gobierno destinó 2,019 millones de pesos \
        a unos 29 mil 450 hogares, casi el 12% del total, entre 200 y 500 personas por colonia. \
        Officials, who spoke on condition of anonymity, said the protests drew roughly half a million people. ";
    let text = para.repeat(20_000);
    for ctx in [
        NumberContext::english(),
        NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Comma,
            peso: None,
        },
    ] {
        let t = std::time::Instant::now();
        let n = extract(&text, &ctx).len();
        let s = t.elapsed().as_secs_f64();
        println!(
            "{} MB in {s:.3}s = {:.1} MB/s ({n} quantities)",
            text.len() / 1_000_000,
            text.len() as f64 / 1e6 / s
        );
    }
}

/// Throughput on prose with few numbers (run with `--release -- --ignored throughput_prose`).
#[test]
#[ignore]
fn throughput_prose() {
    let para = "Officials, who spoke on condition of anonymity because they were not authorized to discuss \
        the matter publicly, said the negotiations had stalled over the weekend. La oposición acusó al gobierno \
        de ocultar información sobre el programa, mientras los vecinos denunciaron cortes de agua en 3 colonias. \
        The committee will meet again next week to review the proposal and hear from residents. ";
    let text = para.repeat(20_000);
    let t = std::time::Instant::now();
    let n = extract(&text, &NumberContext::english()).len();
    let s = t.elapsed().as_secs_f64();
    println!(
        "prose: {:.1} MB/s ({n} quantities)",
        text.len() as f64 / 1e6 / s
    );
}

#[test]
fn the_spanish_indefinite_article_is_not_the_number_one() {
    let qs = es("El gasto creció un 12% en una semana, según un informe.");
    assert_eq!(qs.len(), 1, "only the percentage: {qs:?}");
    assert!(approx(num(&qs[0]), 12.0));
    assert!(approx(
        num(&one(&es("Se pagó un millón de pesos."), "un millón")),
        1_000_000.0
    ));
    assert!(approx(
        num(&one(&es("Hubo treinta y un heridos."), "treinta y un")),
        31.0
    ));
    assert!(approx(
        num(&one(&es("una oferta de un yen"), "un yen")),
        1.0
    ));
}

#[test]
fn years_as_adjectives_and_quarters_as_periods() {
    let qs = en("The 2024 Paris Olympics drew more than 10 million spectators.");
    assert_eq!(one(&qs, "2024").kind, QuantityKind::Year);
    let qs = en("Revenue for the quarter was $4.5 billion, and a quarter of it came from ads.");
    assert!(qs.iter().all(|q| q.text != "quarter"), "{qs:?}");
    assert!(approx(num(&one(&qs, "a quarter")), 0.25));
}

#[test]
fn money_with_a_glued_million_and_year_spans() {
    let m = one(&en("cargo worth an estimated $300m"), "an estimated $300m");
    assert_eq!(
        (m.kind, m.unit.as_deref(), m.bound),
        (QuantityKind::Money, Some("USD"), Bound::Approx)
    );
    assert!(approx(num(&m), 300_000_000.0));
    let qs = es("Entre 2019 y 2023 se registraron más de 150 mil homicidios.");
    assert_eq!(one(&qs, "2023").kind, QuantityKind::Year);
}

#[test]
fn spanish_collective_numbers_and_numbered_laws() {
    assert!(approx(
        num(&one(
            &es("Los dos centenares de manifestantes."),
            "dos centenares"
        )),
        200.0
    ));
    assert!(approx(
        num(&one(&es("Una decena de heridos."), "Una decena")),
        10.0
    ));
    let qs = es("Según la Ley Orgánica 4/1983, la reunión debe comunicarse.");
    assert!(
        qs.iter().all(|q| q.kind != QuantityKind::Count),
        "a law's number is not a fraction: {qs:?}"
    );
}

#[test]
fn vague_plurals_identifiers_rupees_and_years_after_in() {
    // "Dozens" is not twelve: a vague magnitude, 12 to 99.
    let dozens = one(&en("Dozens of homes were destroyed."), "Dozens");
    assert!(dozens.is_vague());
    assert_eq!(dozens.value, Value::Range(12.0, 99.0));
    let decenas = one(&es("Decenas de personas resultaron heridas."), "Decenas");
    assert_eq!(decenas.value, Value::Range(10.0, 99.0));
    assert!(approx(
        num(&one(&en("They bought three dozen eggs."), "three dozen")),
        36.0
    ));
    let qs = en("He wore the No. 10 shirt.");
    assert!(qs.iter().all(|q| q.kind != QuantityKind::Count), "{qs:?}");
    let rs = one(
        &en("The country spent Rs 200 crore on the scheme."),
        "Rs 200 crore",
    );
    assert_eq!(
        (rs.kind, rs.unit.as_deref()),
        (QuantityKind::Money, Some("INR"))
    );
    let qs = en("Support fell to one-fifth in 2020.");
    assert!(approx(num(&one(&qs, "one-fifth")), 0.2));
    assert_eq!(one(&qs, "2020").kind, QuantityKind::Year);
}

#[test]
fn digits_are_not_joined_across_and() {
    // "300 and 50" is two figures, not 350 (only number words join: "one hundred and fifty").
    let q = en("Police said between 300 and 50 people had left; 100 and 50 more stayed.");
    let values: Vec<f64> = q.iter().map(num).collect();
    assert_eq!(values, vec![300.0, 50.0, 100.0, 50.0], "{q:#?}");
    let q = es("Llegaron 100 y 50 personas más");
    assert_eq!(q.iter().map(num).collect::<Vec<_>>(), vec![100.0, 50.0]);
    assert_eq!(num(&one(&en("one hundred and fifty"), "fifty")), 150.0);
}

#[test]
fn a_currency_word_belongs_to_one_amount() {
    // "50 dollar 50 dollar": the first "dollar" is not read again as the second amount's prefix.
    let q = en("It cost 50 dollar 50 dollar in all, then 10 rmb 20 usd.");
    let spans: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(spans, vec!["50 dollar", "50 dollar", "10 rmb", "20 usd"]);
    let q = en("It costs one dollar and one and one point of your credit points.");
    assert!(approx(num(&one(&q, "dollar")), 1.01), "{q:#?}");
}

#[test]
fn units_named_without_a_figure_are_mentions() {
    let text = "The $20,000 tax is small in a multibillion-dollar deal; the dollar fell 2% and \
                a small percent of won bids were in euros.";
    let ctx = NumberContext::english();
    let found = extract(text, &ctx);
    let named = mentions(text, &ctx, &found);
    let got: Vec<(&str, &str)> = named
        .iter()
        .map(|m| (m.text.as_str(), m.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("dollar", "USD"),
            ("dollar", "USD"),
            ("percent", "%"),
            ("euros", "EUR")
        ]
    );
    // Never inside a quantity's span, and never a claim: the figures themselves are unchanged.
    assert_eq!(found.len(), 2);
    assert!(named
        .iter()
        .all(|m| found.iter().all(|q| m.end <= q.start || q.end <= m.start)));
}

#[test]
fn wire_clock_times_are_times() {
    let q = en("The quake hit at 4:17 a.m. (0117 GMT) and again at 1430 UTC.");
    let kinds: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("4:17 a.m.", QuantityKind::Time),
            ("0117 GMT", QuantityKind::Time),
            ("1430 UTC", QuantityKind::Time)
        ]
    );
    assert!(approx(num(&q[2]), 14.5));
}

#[test]
fn pesos_belong_to_the_country_named() {
    let q = es("En Chile el pan cuesta 1.500 pesos. En Argentina cuesta $2.000.");
    let units: Vec<&str> = q.iter().filter_map(|q| q.unit.as_deref()).collect();
    assert_eq!(units, vec!["CLP", "ARS"]);
    // A country's name outweighs a demonym in the same sentence.
    let q = mx("México gastó 2,019 millones de pesos en médicos cubanos.");
    assert_eq!(q[0].unit.as_deref(), Some("MXN"));
    assert!(!q[0].ambiguous);
    let q = es("Pagó 800 pesos argentinos.");
    assert_eq!(q[0].unit.as_deref(), Some("ARS"));
}

#[test]
fn ages_and_slash_idioms_are_not_counts() {
    let q = en("A 25-year-old man runs a 24/7 shop with a 50/50 partner; he is 30 years old.");
    let got: Vec<(&str, QuantityKind, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, q.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("25-year-old", QuantityKind::Other, Some("years old")),
            ("30 years old", QuantityKind::Other, Some("years old")),
        ]
    );
    // An age set off by commas after a name or a person; a place's tally is no age.
    for text in [
        "Yusbelis Moreno, 34, said she walked.",
        "The suspect, 34, was arrested.",
    ] {
        assert_eq!(
            one(&en(text), "34").unit.as_deref(),
            Some("years old"),
            "{text}"
        );
    }
    assert_eq!(
        one(&en("In Texas, 34, in Ohio, 12."), "34").kind,
        QuantityKind::Count
    );
    // After "aged" (a range of ages stays a range); in Spanish, two ages sharing "años".
    let q = en("The victim, aged 45, died; people aged 65 or older; adults aged 18 to 24.");
    let got: Vec<(&str, QuantityKind, Bound)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, q.bound))
        .collect();
    assert_eq!(
        got,
        [
            ("45", QuantityKind::Other, Bound::Exact),
            ("65 or older", QuantityKind::Other, Bound::AtLeast),
            ("18 to 24", QuantityKind::Range, Bound::Range),
        ]
    );
    let q = es("Detuvo a dos hombres de 34 y 41 años; las víctimas, de 19 y 20 años.");
    let ages: Vec<&str> = q
        .iter()
        .filter(|q| q.unit.as_deref() == Some("years old"))
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(ages, ["34", "41 años", "19", "20 años"]);
    // A sentence of years is no age.
    assert!(es("Fueron condenados a 3 y 5 años.")
        .iter()
        .all(|q| q.kind == QuantityKind::Count));
    // Proper fractions still read: "3/4 of voters", "1 3/4 miles".
    assert!(approx(num(&one(&en("3/4 of voters"), "3/4")), 0.75));
}

#[test]
fn mexican_press_abbreviations_and_locale_pesos() {
    let q = mx("El programa costó 500 mdp, más 1.2 mmdp y 20 mdd.");
    let got: Vec<(f64, &str)> = q
        .iter()
        .map(|q| (num(q), q.unit.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(got, vec![(5e8, "MXN"), (1.2e9, "MXN"), (2e7, "USD")]);
    // A budget in Spanish billions and millions of pesos: "mdp" multiplies the millions only.
    let q = mx("El presupuesto asciende a 9 billones 302 mil mdp.");
    assert_eq!(num(&q[0]), 9.302e12);
    // Declared as es-MX, a bare "$" is the peso even where no peso is named.
    let doc = crosscheck_engine::Document::parse(
        "mx.txt",
        "Gasto escolar\n\nLa Secretaría destinó $3,500 millones a 1,200 escuelas.",
        &crosscheck_engine::DocumentMeta {
            lang: Some("es-MX".into()),
            ..Default::default()
        },
    );
    let q = extract(&doc.text, &doc.number);
    assert_eq!(one(&q, "$3,500").unit.as_deref(), Some("MXN"));
}

#[test]
fn glued_millions_and_ranges_with_to() {
    let q = en("It has 1.5m users and a 1.5m wall; the 400m hurdles.");
    assert_eq!(num(&one(&q, "1.5m")), 1_500_000.0);
    assert_eq!(q[1].kind, QuantityKind::Other, "{q:#?}");
    assert_eq!(q[2].kind, QuantityKind::Other);
    // Compared: "1.5m more than the previous record" is a count.
    let q = en("It handled 83.9m passengers, 1.5m more than the record.");
    assert_eq!(num(&one(&q, "1.5m")), 1_500_000.0);
    let q = en("Prices rose 5 to 6 percent and cost $5 to $6 million; the vote was 5 to 4.");
    let ranges: Vec<(Value, Option<&str>)> = q
        .iter()
        .filter(|q| q.kind == QuantityKind::Range)
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(
        ranges,
        vec![
            (Value::Range(5.0, 6.0), Some("%")),
            (Value::Range(5e6, 6e6), Some("USD"))
        ]
    );
}

#[test]
fn values_carry_no_binary_rounding_noise() {
    let q = en("The population grew to 8.3 million; a third of it lives in 4.35 million homes.");
    assert_eq!(num(&one(&q, "8.3 million")), 8_300_000.0);
    assert_eq!(num(&one(&q, "4.35 million")), 4_350_000.0);
    // Fifteen significant digits, as Recognizers-Text resolves "a third".
    assert_eq!(num(&one(&q, "a third")), 0.333333333333333);
}

#[test]
fn british_percent_and_irregular_plural_millions() {
    let q = en("About 60pc of voters backed it; profits rose 4.5pct; it employs 2.1m people.");
    let p = one(&q, "60pc");
    assert_eq!(
        (p.kind, num(&p), p.bound),
        (QuantityKind::Percent, 60.0, Bound::Approx)
    );
    assert_eq!(one(&q, "4.5pct").kind, QuantityKind::Percent);
    let m = one(&q, "2.1m");
    assert_eq!((num(&m), m.unit.as_deref()), (2_100_000.0, Some("people")));
}

#[test]
fn over_a_span_of_time_is_not_a_bound() {
    let q = en(
        "The bill provides $1.2 trillion over eight years; the war has lasted over eight years.",
    );
    let spread: Vec<Bound> = q
        .iter()
        .filter(|q| q.text.contains("eight"))
        .map(|q| q.bound)
        .collect();
    assert_eq!(spread, vec![Bound::Exact, Bound::Over], "{q:#?}");
    // The sum and the span apart in the clause.
    let q = en("The government will spend £1.2bn on new hospitals over five years.");
    assert_eq!((q[1].value.low(), q[1].bound), (5.0, Bound::Exact));
}

#[test]
fn spanish_hedges_before_la_mitad_and_no_verbs_as_nouns() {
    let q =
        es("Casi la mitad votó; al menos 95 personas murieron y otras 1.200 resultaron heridas.");
    let half = one(&q, "mitad");
    assert_eq!(
        (half.text.as_str(), half.bound),
        ("Casi la mitad", Bound::Approx)
    );
    assert_eq!(
        one(&q, "1.200").unit,
        None,
        "a verb is not the counted noun"
    );
    let q = es("El terremoto de magnitud 6,8 dejó más de 2.000 muertos.");
    let magnitude = one(&q, "6,8");
    assert_eq!(
        (magnitude.kind, magnitude.unit.as_deref()),
        (QuantityKind::Other, Some("magnitud"))
    );
    assert_eq!(one(&q, "2.000").unit.as_deref(), Some("muertos"));
}

#[test]
fn hyphenated_and_glued_fractions() {
    let q = en("Three-quarters of the 1,000 respondents said rents rose by 1½ per cent.");
    assert_eq!(num(&one(&q, "Three-quarters")), 0.75);
    let p = one(&q, "1½");
    assert_eq!((p.kind, num(&p)), (QuantityKind::Percent, 1.5));
    let q = en("Between 20,000 and 30,000 attended, up from 15,000 last year.");
    assert_eq!(one(&q, "15,000").unit, None, "'last' is not a counted noun");
}

#[test]
fn iso_dates_and_spans_of_years() {
    let q =
        en("The report, dated 2024-05-13, covers the 2022-23 fiscal year and the 2023/24 season.");
    let got: Vec<(&str, QuantityKind, f64)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, num(q)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2024-05-13", QuantityKind::Date, 2024.0),
            ("2022", QuantityKind::Year, 2022.0),
            ("23", QuantityKind::Year, 2023.0),
            ("2023", QuantityKind::Year, 2023.0),
            ("24", QuantityKind::Year, 2024.0),
        ]
    );
    // Still a phone number, still a fraction, still an idiom.
    assert!(en("Call 555-123-4567 or 24/7.").is_empty());
    assert_eq!(num(&one(&en("3/4 of them"), "3/4")), 0.75);
}

#[test]
fn parts_of_a_year_and_a_quarters_year() {
    // "mid-2026" was dropped (a hyphen glued to letters makes a name's number, "COVID-19").
    let q = en("It should be finished by mid-2026 or late-2027; COVID-19 cases fell.");
    let got: Vec<(&str, QuantityKind, f64)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, num(q)))
        .collect();
    assert_eq!(
        got,
        [
            ("mid-2026", QuantityKind::Date, 2026.0),
            ("late-2027", QuantityKind::Date, 2027.0)
        ]
    );
    // "H1 2025 grew" counted 'grew'.
    let q = en("Sales in H1 2025 grew 8%.");
    assert_eq!(one(&q, "2025").kind, QuantityKind::Year);
}

#[test]
fn spanish_ranges_with_articles_and_nouns_after_scale_words() {
    let q = es("Entre el 15 y el 20 % de los pacientes; los precios subieron entre un 5 y un 7 %.");
    let ranges: Vec<(Value, Option<&str>)> =
        q.iter().map(|q| (q.value, q.unit.as_deref())).collect();
    assert_eq!(
        ranges,
        vec![
            (Value::Range(15.0, 20.0), Some("%")),
            (Value::Range(5.0, 7.0), Some("%"))
        ]
    );
    let q = es("La inflación estará del 3 al 4 %; más de 1,5 millones de hectáreas ardieron.");
    assert_eq!(one(&q, "del 3 al 4").value, Value::Range(3.0, 4.0));
    assert_eq!(one(&q, "1,5 millones").unit.as_deref(), Some("hectáreas"));
    // A change states two values, both percentages.
    let q = es("El paro pasó del 5 al 7 %.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Percent), "{q:#?}");
    let q = en("Inflation rose from 3.1 to 3.4 percent; 2 million of them left.");
    assert_eq!(one(&q, "3.1").kind, QuantityKind::Percent);
    assert_eq!(
        one(&q, "2 million").unit,
        None,
        "a pronoun is not a counted noun"
    );
}

#[test]
fn years_that_name_what_follows() {
    let q = en("Numbers are down 15% on 2019 levels; the 2024 budget adds 2000 jobs.");
    let kinds: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("15%", QuantityKind::Percent),
            ("2019", QuantityKind::Year),
            ("2024", QuantityKind::Year),
            ("2000", QuantityKind::Count),
        ]
    );
    let q = en("In 2010 dollars, that is $5 billion; they paid 2000 dollars.");
    assert_eq!(one(&q, "2010").kind, QuantityKind::Year);
    assert_eq!(one(&q, "2000 dollars").kind, QuantityKind::Money);
}

#[test]
fn numbers_inside_names_margins_and_basis_points() {
    assert!(
        en("The S&P 500 rose; the Boeing 737 Max was grounded under Article 5.")
            .iter()
            .all(|q| q.text != "500" && q.text != "737" && q.text != "5")
    );
    // A verb after the name's number is the name's ("runs on"), not a counted noun.
    assert!(en("Windows 11 runs on about 1 billion devices.")
        .iter()
        .all(|q| q.text != "11"));
    // A counted noun after the name keeps the figure.
    let q = en("According to UNICEF 300 children died.");
    assert_eq!(one(&q, "300").unit.as_deref(), Some("children"));
    let q =
        en("The margin of error is plus or minus 3 percentage points; yields rose 8 basis points.");
    let margin = one(&q, "3 percentage points");
    assert_eq!((num(&margin), margin.kind), (3.0, QuantityKind::Percent));
    assert_eq!(one(&q, "8").unit.as_deref(), Some("basis points"));
    let q = es("El banco subió la tasa 50 puntos básicos.");
    assert_eq!(one(&q, "50").unit.as_deref(), Some("puntos básicos"));
    assert_eq!(one(&q, "50").kind, QuantityKind::Other);
    // Abbreviated: "12 bps", "12 pb"; a road's kilometre post labels its number.
    for q in [
        en("The 10-year yield rose 12 bps."),
        es("La prima de riesgo subió 12 pb."),
    ] {
        assert_eq!(one(&q, "12").kind, QuantityKind::Other, "{q:?}");
    }
    let q = es("El accidente ocurrió en el kilómetro 23 de la A-4.");
    assert_eq!(one(&q, "23").unit.as_deref(), Some("kilometro"));
    let q = es("Con un margen de más o menos 3 puntos.");
    assert_eq!(one(&q, "3").bound, Bound::Approx);
}

#[test]
fn hedges_after_the_figure_and_spanish_comparatives() {
    let q = en("People aged 65 or older, 500 or more cases, pages 20 through 100.");
    let got: Vec<(&str, Bound)> = q.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        got,
        vec![
            ("65 or older", Bound::AtLeast),
            ("500 or more", Bound::AtLeast),
            ("20 through 100", Bound::Range),
        ]
    );
    assert_eq!(one(&q, "500 or more").unit.as_deref(), Some("cases"));
    assert_eq!(one(&q, "20 through 100").unit, None);
    let q = es("Los menores de 18 años; el paro superó los 21 millones; 20 o más personas.");
    assert_eq!(one(&q, "18").bound, Bound::Under);
    assert_eq!(one(&q, "21 millones").bound, Bound::Over);
    assert_eq!(one(&q, "20 o más").bound, Bound::AtLeast);
    // "hasta los" is the level reached, not a ceiling.
    assert_eq!(
        one(&es("Crecieron hasta los 38.500 millones."), "38.500").bound,
        Bound::Exact
    );
}

#[test]
fn spanish_hedges_before_an_article_and_compound_hedges() {
    let q = es("La luz subió casi un 40 %; el paro, más de un 20 %; la deuda, casi el 30 %.");
    let bounds: Vec<(&str, Bound)> = q.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        bounds,
        vec![
            ("casi un 40 %", Bound::Approx),
            ("más de un 20 %", Bound::Over),
            ("casi el 30 %", Bound::Approx),
        ]
    );
    // "hasta el" is the level reached, "hasta un" a ceiling.
    let q = es("El paro bajó hasta el 11,6 % y podría subir hasta un 30 %.");
    assert_eq!(one(&q, "11,6").bound, Bound::Exact);
    assert_eq!(one(&q, "30").bound, Bound::AtMost);
    let q = es("En torno al 15 % de los votos, no más de 50 heridos, poco menos de 2.000 euros.");
    assert_eq!(one(&q, "15").bound, Bound::Approx);
    assert_eq!(one(&q, "50").bound, Bound::AtMost);
    assert_eq!(one(&q, "2.000").bound, Bound::Under);
}

#[test]
fn spanish_seconds_are_a_unit_and_abbreviated_ordinals() {
    let q = es("Ganó con 12 segundos de ventaja en el segundo intento.");
    let got: Vec<(&str, QuantityKind, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, q.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("12", QuantityKind::Count, Some("segundos")),
            ("segundo", QuantityKind::Ordinal, None),
        ]
    );
    let q = es("Terminó en el 2.º puesto y en la 1.ª vuelta.");
    let got: Vec<(&str, QuantityKind, f64)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, num(q)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2.º", QuantityKind::Ordinal, 2.0),
            ("1.ª", QuantityKind::Ordinal, 1.0),
        ]
    );
}

#[test]
fn spanish_clock_times_after_a_las() {
    let q = es(
        "Ocurrió a las 8.30 de la mañana; llegó a las 22.30 horas y se fue a las 10 de la noche.",
    );
    let got: Vec<(&str, QuantityKind, f64)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, num(q)))
        .collect();
    assert_eq!(
        got,
        vec![
            ("8.30 de la mañana", QuantityKind::Time, 8.5),
            ("22.30 horas", QuantityKind::Time, 22.5),
            ("10 de la noche", QuantityKind::Time, 22.0),
        ]
    );
    // The colon clock is read whole: "a las 6:45 horas" is 6.75, not 6 and 45 hours.
    let q = es("El vuelo despegó a las 6:45 horas.");
    assert_eq!(
        (q.len(), q[0].kind, num(&q[0])),
        (1, QuantityKind::Time, 6.75)
    );
    // Not a clock: a count of people, a price level.
    let q = mx("Llamó a las 10 personas; el dólar se ubicó en las 17.25 unidades.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Count), "{q:#?}");
}

#[test]
fn spanish_media_as_average_is_no_half() {
    let q =
        es("El litro cuesta 1,65 euros de media y la pensión media de jubilación, 1.431,4 euros.");
    let got: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(got, vec!["1,65 euros", "1.431,4 euros"]);
    assert!(es("La crisis de Oriente Medio revela tensiones.").is_empty());
    // Halves are still halves.
    let q = es("Esperó media hora; media docena de heridos.");
    assert_eq!(q[0].unit.as_deref(), Some("hora"));
    assert_eq!(num(&q[0]), 0.5);
    assert_eq!(num(&one(&q, "media docena")), 6.0);
}

#[test]
fn first_day_of_a_span_of_days_is_no_count() {
    let q = es("La encuesta, realizada entre el 3 y el 7 de mayo a 1.200 personas.");
    let got: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(got, vec!["3 y el 7 de mayo", "1.200"]);
    // The span is one date with both days, as "June 10 to 12, 2025" is.
    let q = es("Del 3 al 7 de mayo de 2024 hubo 6 muertos.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        got,
        vec![
            ("3 al 7 de mayo de 2024", QuantityKind::Date),
            ("6", QuantityKind::Count)
        ]
    );
    assert_eq!(num(&q[0]), 2024.0);
    let q = en("The meeting runs from June 10 to 12, 2025.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (q[0].text.as_str(), num(&q[0])),
        ("June 10 to 12, 2025", 2025.0)
    );
    let q = en("The poll was taken 3-7 May among 1,200 people.");
    let got: Vec<QuantityKind> = q.iter().map(|q| q.kind).collect();
    assert_eq!(got, [QuantityKind::Date, QuantityKind::Count], "{q:#?}");
    // Still a range of people.
    assert_eq!(
        one(&es("Entre 3 y 7 personas."), "3").kind,
        QuantityKind::Range
    );
}

#[test]
fn phone_numbers_in_spaced_groups_are_no_figures() {
    assert!(es("El teléfono de emergencias es el 55 5658 1111.").is_empty());
    assert!(es("Llame al 91 123 45 67 o al 900 123 456.").is_empty());
    // After a line's name and "is"; a single number to dial after a word of calling.
    assert!(en("The helpline is 900 444 222 and the emergency number is 112.").is_empty());
    // A calling word only as a whole word: "smartphone" dials nothing.
    assert_eq!(en("The smartphone 900 444 222 sold.").len(), 1);
    // A line's number with no "is" before it is its label, not a number to dial.
    let line = one(&es("Cerró la línea 3 del metro."), "3");
    assert_eq!(line.unit.as_deref(), Some("linea"));
    let q = en("Call 911 now; 112 people died.");
    assert_eq!(
        q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["112"]
    );
    // Thousands grouped with spaces are still figures.
    let q = es("Hay 1 500 000 personas y 12 500 casas.");
    let got: Vec<f64> = q.iter().map(num).collect();
    assert_eq!(got, vec![1_500_000.0, 12_500.0]);
}

#[test]
fn spanish_hasta_after_a_change_is_the_level_reached() {
    let q = es("El paro bajó en 58.650 personas, hasta 2.607.850 desempleados.");
    assert_eq!(one(&q, "2.607.850").bound, Bound::Exact);
    assert_eq!(one(&q, "2.607.850").text, "2.607.850");
    let q = es("El número de parados se redujo en 218.400 personas hasta 2.755.000.");
    assert_eq!(
        one(&q, "2.755.000").bound,
        Bound::Exact,
        "without the comma too"
    );
    // A ceiling is still a ceiling.
    let q = es("Hasta 5.000 personas podrían quedarse sin hogar, hasta 300 heridos.");
    assert!(q.iter().all(|q| q.bound == Bound::AtMost), "{q:#?}");
    let q = es("Los precios cayeron hasta 1/4 de punto.");
    assert_eq!(q[0].bound, Bound::AtMost);
}

#[test]
fn match_results_are_scores_not_counts() {
    let q = es(
        "Nadal ganó por 6-4, 6-3 y 7-5; el Real Madrid venció 3-1 al Barcelona y terminó 4 a 2.",
    );
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        got,
        vec![
            ("6-4", QuantityKind::Other),
            ("6-3", QuantityKind::Other),
            ("7-5", QuantityKind::Other),
            ("3-1", QuantityKind::Other),
            ("4 a 2", QuantityKind::Other),
        ]
    );
    assert_eq!(q[0].unit.as_deref(), Some("score"));
    let q = en("The team won 3-1 on Sunday.");
    assert_eq!((q.len(), q[0].kind), (1, QuantityKind::Other));
    // Ranges stay ranges.
    assert_eq!(es("La inflación cayó 3-4 %.")[0].kind, QuantityKind::Range);
    assert_eq!(
        es("La reunión durará 3-5 días.")[0].kind,
        QuantityKind::Range
    );
}

#[test]
fn mexican_mmd_and_spanish_ronda_roza_hedges() {
    let q = mx("El fondo tiene 300 mdp y 1.5 mmd.");
    let m = one(&q, "1.5 mmd");
    assert_eq!(
        (m.kind, m.unit.as_deref(), num(&m)),
        (QuantityKind::Money, Some("USD"), 1.5e9)
    );
    let q = es("La participación rondó el 61 %; la deuda ronda los 15 billones de pesos.");
    assert!(q.iter().all(|q| q.bound == Bound::Approx), "{q:#?}");
}

#[test]
fn pesos_of_a_city_named() {
    let q = es("Un café cuesta 800 pesos en Buenos Aires.");
    assert_eq!(one(&q, "800 pesos").unit.as_deref(), Some("ARS"));
    let q = es("En Bogotá, un almuerzo cuesta 15.000 pesos.");
    assert_eq!(one(&q, "15.000 pesos").unit.as_deref(), Some("COP"));
    // A country's name outweighs a city: "Mexico pays 500 pesos to workers from Buenos Aires".
    let q = es("México paga 500 pesos a trabajadores de Buenos Aires.");
    assert_eq!(one(&q, "500 pesos").unit.as_deref(), Some("MXN"));
}

#[test]
fn a_plural_denominator_after_digits_is_what_is_counted() {
    let values = |q: Vec<Quantity>| -> Vec<f64> { q.iter().map(|q| q.value.low()).collect() };
    // "medios aéreos" are aircraft, not halves; twelve quarters are three years, not 3.
    assert_eq!(
        values(es("Participan 750 bomberos y 30 medios aéreos.")),
        [750.0, 30.0]
    );
    assert_eq!(
        values(en("The economy grew for 12 quarters in a row.")),
        [12.0]
    );
    assert_eq!(values(en("Both sides scored in the 2 halves.")), [2.0]);
    // A share is still a share, and word numerators still make fractions.
    assert_eq!(values(en("3 quarters of the budget")), [0.75]);
    assert_eq!(values(es("cinco medios")), [2.5]);
    assert_eq!(values(es("dos y medio millones")), [2_500_000.0]);
}

#[test]
fn the_earlier_value_of_a_change_takes_the_later_ones_unit_and_scale() {
    let read = |q: Vec<Quantity>| -> Vec<(f64, Option<String>)> {
        q.into_iter().map(|q| (q.value.low(), q.unit)).collect()
    };
    let mxn = || Some("MXN".to_string());
    assert_eq!(
        read(es(
            "El salario mínimo pasará de 248,93 a 278,80 pesos diarios."
        )),
        [(248.93, mxn()), (278.8, mxn())],
        "a change, not a range"
    );
    assert_eq!(
        read(es("El pasaje subió de 10 a 12 pesos.")),
        [(10.0, mxn()), (12.0, mxn())]
    );
    let people = || Some("people".to_string());
    assert_eq!(
        read(en("The population rose from 2 to 3 million people.")),
        [(2e6, people()), (3e6, people())]
    );
    // The scale is borrowed only when the earlier value stays below the later one's.
    assert_eq!(
        en("Prices fell from 900 to 1.2 million.")[0].value.low(),
        900.0
    );
    // Without a change verb, "from 5 to 11" is a range.
    assert_eq!(
        en("The school takes pupils aged from 5 to 11 years.")[0].kind,
        QuantityKind::Range
    );
}

#[test]
fn three_zero_decimals_before_a_scale_are_a_thousands_group() {
    // Comma-decimal Spanish reading "12,000 millones" as 12 million was off by a thousand.
    assert_eq!(
        es("El déficit fue de 12,000 millones de euros.")[0]
            .value
            .low(),
        12e9
    );
    assert_eq!(mx("Recaudó 45.000 millones de pesos.")[0].value.low(), 45e9);
    // So do other trailing zeros ("2,5 millones" is how a decimal is written); elsewhere the
    // convention decides, and real decimals stay decimals.
    assert_eq!(es("La cifra es de 2,500 millones.")[0].value.low(), 2.5e9);
    assert_eq!(es("La cifra es de 2,5 millones.")[0].value.low(), 2.5e6);
    assert_eq!(
        es("La cifra es de 2,019 millones.")[0].value.low(),
        2_019_000.0
    );
    assert_eq!(mx("Recaudó 1.000 pesos.")[0].value.low(), 1.0);
}

#[test]
fn a_line_too_short_to_tell_reads_scale_words_of_either_language() {
    let und = NumberContext {
        lang: Lang::Other("und".into()),
        decimal: DecimalMark::Point,
        peso: None,
    };
    assert_eq!(extract("Recaudó 45 millones.", &und)[0].value.low(), 45e6);
    assert_eq!(extract("Lost 3 million.", &und)[0].value.low(), 3e6);
}

#[test]
fn up_to_after_a_small_move_is_the_level_reached() {
    let q = en("The unemployment rate edged up to 4.2 percent from 4.1 percent.");
    assert_eq!((q[0].value.low(), q[0].bound), (4.2, Bound::Exact));
    assert_eq!(
        en("The plan could cut emissions by up to 40%.")[0].bound,
        Bound::AtMost
    );
}

#[test]
fn a_day_written_with_a_slash_is_no_fraction() {
    assert!(en("The G7 met after 9/11.").is_empty());
    assert!((en("About 1/3 of the budget.")[0].value.low() - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn spanish_collective_numerals() {
    let q = es("Una veintena de heridos fueron trasladados y una treintena de casas ardieron.");
    let got: Vec<(f64, Option<&str>)> = q
        .iter()
        .map(|q| (q.value.low(), q.unit.as_deref()))
        .collect();
    assert_eq!(got, [(20.0, Some("heridos")), (30.0, Some("casas"))]);
}

#[test]
fn spanish_verbs_of_exceeding_in_every_tense_are_floors() {
    for text in [
        "La población mundial superará los 9.700 millones en 2050.",
        "La deuda sobrepasó el 120 % del PIB.",
    ] {
        assert_eq!(es(text)[0].bound, Bound::Over, "{text}");
    }
}

#[test]
fn the_peruvian_sol_by_name() {
    let q = en("Peru proposes 257.6 billion sol budget for 2026.");
    let sol = one(&q, "257.6 billion sol");
    assert_eq!(
        (sol.kind, sol.unit.as_deref()),
        (QuantityKind::Money, Some("PEN"))
    );
    let q = es("El pasaje cuesta 5 nuevos soles.");
    assert_eq!(one(&q, "5 nuevos soles").unit.as_deref(), Some("PEN"));
}

#[test]
fn latin_american_currency_signs() {
    let money = |q: Vec<Quantity>| -> Vec<(String, f64, Option<String>)> {
        q.into_iter()
            .map(|q| (q.text, q.value.low(), q.unit))
            .collect()
    };
    assert_eq!(
        money(es("El bono es de S/ 500 y el pasaje cuesta RD$ 1.000.")),
        [
            ("S/ 500".to_string(), 500.0, Some("PEN".to_string())),
            ("RD$ 1.000".to_string(), 1000.0, Some("DOP".to_string())),
        ]
    );
    assert_eq!(
        en("Taiwan spent NT$2 billion.")[0].unit.as_deref(),
        Some("TWD")
    );
}

#[test]
fn ages_from_one_to_another_are_a_range() {
    let q = en("Adults aged 18 to 24 were surveyed.");
    assert_eq!(
        (q.len(), q[0].kind, q[0].value),
        (1, QuantityKind::Range, Value::Range(18.0, 24.0))
    );
}

#[test]
fn clock_times_with_a_glued_am_or_pm() {
    let times: Vec<(String, QuantityKind, f64)> =
        en("At 10:30am police arrived; the attack began at 3pm.")
            .into_iter()
            .map(|q| (q.text, q.kind, q.value.low()))
            .collect();
    assert_eq!(
        times,
        [
            ("10:30am".to_string(), QuantityKind::Time, 10.5),
            ("3pm".to_string(), QuantityKind::Time, 15.0)
        ]
    );
}

#[test]
fn product_names_and_street_numbers_are_not_counts() {
    let q = en("Sales of the iPhone 15 rose 10% as 7 people waited near 10 Downing Street.");
    let got: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(got, vec!["10%", "7"]);
    let q = en("The embassy at 1600 Pennsylvania Avenue hired 1600 staff.");
    let got: Vec<(&str, usize)> = q.iter().map(|q| (q.text.as_str(), q.start)).collect();
    assert_eq!(got, vec![("1600", 46)], "the count, not the address");
}

#[test]
fn years_before_what_they_date_and_the_figures_after_them() {
    let q = en("Analysts see 2025 growth of 3.1%.");
    assert_eq!(one(&q, "2025").kind, QuantityKind::Year);
    // "con" after digits joins no decimals.
    let q = es("El pleno aprobó el presupuesto de 2025 con 80 votos a favor.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        got,
        [("2025", QuantityKind::Year), ("80", QuantityKind::Count)]
    );
    assert!(approx(
        num(&one(&es("Cuesta dos con cincuenta."), "dos")),
        2.5
    ));
    // A span of days after a month is one date, its second day no count.
    let q = en("The fire burned on July 29-30.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(got, [("July 29-30", QuantityKind::Date)]);
    let q = en("It burned July 29–30, 2025; on July 29 and 30 people died.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        got,
        [
            ("July 29–30, 2025", QuantityKind::Date),
            ("July 29", QuantityKind::Date),
            ("30", QuantityKind::Count)
        ]
    );
}

#[test]
fn a_decade_is_a_year_kind_named_by_its_first_year() {
    let q = en("The 1990s saw unemployment fall; she is in her 80s.");
    let one_q = one(&q, "1990s");
    assert_eq!(
        (one_q.kind, num(&one_q), one_q.unit.as_deref()),
        (QuantityKind::Year, 1990.0, Some("decade"))
    );
    assert!(q
        .iter()
        .all(|q| q.text != "80s" || q.kind != QuantityKind::Year));
    // A clipped decade, and the Spanish ways of naming one.
    let decade = |q: &Quantity| (q.kind, num(q), q.unit.clone());
    let want = |y: f64| (QuantityKind::Year, y, Some("decade".to_string()));
    assert_eq!(
        decade(&one(&en("Rates were higher in the '80s."), "80s")),
        want(1980.0)
    );
    for (text, figure, year) in [
        (
            "La inflación fue alta en la década de los noventa.",
            "noventa",
            1990.0,
        ),
        ("En los años 90 la inflación superó el 45 %.", "90", 1990.0),
        ("En la década de 1980 hubo crisis.", "1980", 1980.0),
        ("Creció en los años ochenta.", "ochenta", 1980.0),
    ] {
        assert_eq!(decade(&one(&es(text), figure)), want(year), "{text}");
    }
    // Not after "hace": a length of time.
    assert_eq!(
        es("Hace 90 años, los años de guerra.")[0].kind,
        QuantityKind::Count
    );
}

#[test]
fn vote_tallies_are_scores_not_counts() {
    for (text, tally) in [
        ("The bill passed the Senate 52-48 late Thursday.", "52-48"),
        ("The House approved it by a vote of 216-214.", "216-214"),
        ("The measure was approved 7-2 by the council.", "7-2"),
        // Written with "to" (it made two counts).
        ("The measure passed by a vote of 219 to 213.", "219 to 213"),
    ] {
        let q = en(text);
        let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
        assert_eq!(got, vec![(tally, QuantityKind::Other)], "{text}");
    }
    // A chamber's name before a range of a counted noun does not make it a tally.
    assert_eq!(
        en("The house has 3-4 bedrooms.")[0].kind,
        QuantityKind::Range
    );
    assert_eq!(en("The house 3-4 bedrooms.")[0].kind, QuantityKind::Range);
    // "to" without a vote is no tally.
    assert_eq!(
        en("Sales won 10 to 20 clients.")[0].kind,
        QuantityKind::Range
    );
}

#[test]
fn a_change_and_its_new_level_are_not_a_range() {
    let q = en("A barrel of Brent crude rose $1.50 to $84.20.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(
        got,
        vec![
            ("$1.50", QuantityKind::Money),
            ("$84.20", QuantityKind::Money)
        ]
    );
    // Without a change verb, or with a bare low end, it is a range.
    assert_eq!(en("Tickets cost $35 to $120.")[0].kind, QuantityKind::Range);
    assert_eq!(
        en("Prices rose 5 to 7 percent.")[0].kind,
        QuantityKind::Range
    );
    // "by" gives the size of a change, even without a verb of change the lexicon knows.
    for text in [
        "Operating margin widened by 2.3 percentage points to 27.6%.",
        "The share of renters went up by 2% to 5.5% in May.",
    ] {
        let got: Vec<QuantityKind> = en(text).iter().map(|q| q.kind).collect();
        assert_eq!(
            got[..2],
            [QuantityKind::Percent, QuantityKind::Percent],
            "{text}"
        );
    }
}

#[test]
fn seconds_after_a_figure_are_the_unit_of_time() {
    let q = en("The average response time was 32 minutes and 44 seconds.");
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_deref()))
        .collect();
    assert_eq!(got, [("32", Some("minutes")), ("44", Some("seconds"))]);
    // "second" is still an ordinal.
    assert_eq!(en("the second quarter")[0].kind, QuantityKind::Ordinal);
}

#[test]
fn rates_per_one_unit() {
    for (q, text, unit) in [
        (
            en("The fertility rate fell to 1.19 children per woman."),
            "1.19 children per woman",
            "children",
        ),
        (
            en("There were 40 cases per day."),
            "40 cases per day",
            "cases",
        ),
        (
            es("La tasa de natalidad cayó a 1,19 hijos por mujer."),
            "1,19 hijos por mujer",
            "hijos",
        ),
    ] {
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (
                q[0].text.as_str(),
                q[0].kind,
                q[0].per,
                q[0].unit.as_deref()
            ),
            (text, QuantityKind::Ratio, Some(1.0), Some(unit))
        );
    }
    // Spanish "por" before a cause is no rate; "per cent" is a percentage.
    let q = es("Hubo 45 detenidos por robo.");
    assert_eq!((q[0].kind, q[0].per), (QuantityKind::Count, None));
    assert_eq!(en("Growth was 5 per cent.")[0].kind, QuantityKind::Percent);
}

#[test]
fn percent_ranges_and_parts_of_periods() {
    let q = en("Some 40% to 50% of the crop was lost.");
    assert_eq!((q.len(), q[0].kind), (1, QuantityKind::Range), "{q:?}");
    assert_eq!(q[0].value, Value::Range(40.0, 50.0));
    // After a change verb, the change and the new level.
    let q = en("Inflation rose 0.2% to 3.4%.");
    assert_eq!(q.len(), 2, "{q:?}");
    // "the first half of 2024" names a period: no figure 0.5.
    let q = en("Sales in the first half of 2024 rose to $12.3 billion.");
    assert!(q.iter().all(|q| q.value != Value::Number(0.5)), "{q:?}");
    let q = es("En la segunda mitad del año las ventas cayeron.");
    assert!(q.iter().all(|q| q.value != Value::Number(0.5)), "{q:?}");
    // Without "of" after it too, and an ordinal joined to a period or what it ranks.
    for text in [
        "Sales rose 12 percent in the first half.",
        "In the second half, prices fell.",
        "A third-quarter profit beat forecasts; the fourth-quarter loss widened.",
        "A third-party vendor hired a third-year student.",
    ] {
        let q = en(text);
        let fractions: Vec<&str> = q
            .iter()
            .filter(|q| q.kind != QuantityKind::Ordinal && q.kind != QuantityKind::Percent)
            .map(|q| q.text.as_str())
            .collect();
        assert!(fractions.is_empty(), "{text}: {q:?}");
    }
    assert_eq!(
        one(&en("A third-quarter profit beat forecasts."), "third").kind,
        QuantityKind::Ordinal
    );
    let third = num(&one(&en("A third of the staff left."), "A third"));
    assert!(approx(third, 1.0 / 3.0), "{third}");
    assert_eq!(
        en("Half of the voters stayed home.")[0].value,
        Value::Number(0.5)
    );
}

#[test]
fn a_label_s_number_is_no_count() {
    for (q, label) in [
        (
            en("The storm made landfall as a Category 5 hurricane."),
            "category",
        ),
        (
            en("The government invoked Article 155 of the constitution."),
            "article",
        ),
        (
            es("El Gobierno aplicó el artículo 155 de la Constitución."),
            "articulo",
        ),
        (
            en("Section 230 of the Communications Decency Act shields platforms."),
            "section",
        ),
        (
            es("La ley 27.541 de solidaridad social fue aprobada."),
            "ley",
        ),
        (en("Congress passed Law 14,250 last week."), "law"),
        (es("El decreto 1.234 fue publicado."), "decreto"),
        (en("The judge cited Rule 11 sanctions."), "rule"),
    ] {
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].kind, q[0].unit.as_deref()),
            (QuantityKind::Other, Some(label))
        );
    }
    // A short code after "text" is a number to send to, as one after "call" is to dial.
    assert!(en("Call 911 or text 741741.").is_empty());
    assert!(es("Envíe un SMS al 28014 o llame al 112.").is_empty());
    // A level of a figure is still the figure.
    assert_eq!(
        en("The level of 400 deaths was reached.")[0].kind,
        QuantityKind::Count
    );
}

#[test]
fn an_article_before_an_ordinal_ranks_what_follows() {
    // "a third term", "un tercer mandato": the ordinal ranks the noun; no fraction.
    for (qs, v) in [
        (en("She won a third term."), 3.0),
        (en("Rates were held for a third consecutive meeting."), 3.0),
        (en("It was a fifth straight win."), 5.0),
        (es("Busca un tercer mandato."), 3.0),
        (es("Llegó una cuarta ola de contagios."), 4.0),
    ] {
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert_eq!((qs[0].kind, num(&qs[0])), (QuantityKind::Ordinal, v));
    }
    // A fraction is taken of something, or compared: "a third of", "a fifth in a week".
    for (qs, v) in [
        (en("A third of voters stayed home."), 1.0 / 3.0),
        (en("Cases rose by a fifth in the week."), 0.2),
        (en("Output fell by a third."), 1.0 / 3.0),
        (es("La producción cayó una tercera parte."), 1.0 / 3.0),
    ] {
        assert_eq!(qs.len(), 1, "{qs:?}");
        assert!(approx(num(&qs[0]), v), "{qs:?}");
    }
}

#[test]
fn a_name_s_number_before_a_singular_noun_is_part_of_the_name() {
    // "the Fortune 500 company": the number belongs to the name the noun is described by.
    let q = en("The Fortune 500 company employs 7,000 people.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(num(&q[0]), 7000.0);
    // A plural noun is what the number counts.
    let q = en("UNICEF 300 children were vaccinated.");
    assert_eq!(
        (num(&q[0]), q[0].unit.as_deref()),
        (300.0, Some("children"))
    );
}

#[test]
fn a_day_then_a_count_after_its_comma_is_no_list_of_days() {
    // "On March 3, 25 fires": the date, then a count; "May 3, 4 and 5" lists days.
    let q = en("On March 3, 25 fires were recorded.");
    let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["March 3", "25"]);
    assert_eq!(q[1].unit.as_deref(), Some("fires"));
    // "superar los 100 millones", "ha superado los 90 millones": more than the figure.
    let q = es("El Gobierno espera superar los 100 millones de turistas; la cifra ha superado los 90 millones.");
    assert_eq!(one(&q, "superar los 100 millones").bound, Bound::Over);
    assert_eq!(one(&q, "superado los 90 millones").bound, Bound::Over);
}

/// The value and unit of the one quantity with `text` in `qs`, checked to be a vague magnitude.
fn vague(qs: &[Quantity], text: &str) -> (f64, f64, Option<String>) {
    let q = one(qs, text);
    assert!(q.is_vague(), "{q:?}");
    assert_eq!(q.text, text);
    (q.value.low(), q.value.high(), q.unit)
}

#[test]
fn vague_magnitudes_are_the_range_their_words_admit() {
    let people = Some("people".to_string());
    assert_eq!(
        vague(
            &en("Tens of thousands of people marched."),
            "Tens of thousands"
        ),
        (1e4, 99_999.0, Some("people".into()))
    );
    assert_eq!(
        vague(&en("Hundreds of people were evacuated."), "Hundreds"),
        (100.0, 999.0, people.clone())
    );
    assert_eq!(
        vague(&en("Only a few hundred people stayed."), "a few hundred"),
        (200.0, 999.0, people.clone())
    );
    assert_eq!(
        vague(
            &en("Several hundred thousand people lost power."),
            "Several hundred thousand"
        ),
        (2e5, 999_999.0, people)
    );
    assert_eq!(
        vague(
            &en("The fraud cost millions of dollars."),
            "millions of dollars"
        ),
        (1e6, 1e9 - 1.0, Some("USD".into()))
    );
    assert_eq!(
        vague(&es("Miles de personas marcharon."), "Miles"),
        (1e3, 9_999.0, Some("personas".into()))
    );
    assert_eq!(
        vague(
            &es("Perdieron cientos de miles de empleos."),
            "cientos de miles"
        ),
        (1e5, 999_999.0, Some("empleos".into()))
    );
    assert_eq!(
        vague(
            &es("El fraude costó miles de millones de euros."),
            "miles de millones de euros"
        ),
        (1e9, 1e12 - 1.0, Some("EUR".into()))
    );
    // A figure before the scale word is a figure, not a vague magnitude.
    let five = one(&en("The shop sold five hundreds TVs."), "five hundreds");
    assert!(!five.is_vague());
    assert_eq!(num(&five), 500.0);
    assert!(!one(&es("Llegaron 3 millones de personas."), "3 millones").is_vague());
    // "Several" or "many" with no scale word is no quantity.
    assert!(en("Several people and many others were hurt.").is_empty());
}

#[test]
fn a_singular_noun_before_a_plural_one_modifies_it() {
    let unit = |text: &str| {
        one(
            &en(text),
            text.split(' ')
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .unwrap(),
        )
        .unit
    };
    assert_eq!(
        unit("He scored in 34 league appearances."),
        Some("appearances".into())
    );
    assert_eq!(unit("Crews sent 410 fire engines."), Some("engines".into()));
    assert_eq!(
        unit("The city hired 1,200 police officers."),
        Some("officers".into())
    );
    assert_eq!(
        unit("Nissan will cut up to 700 contract workers."),
        Some("workers".into())
    );
    // One counts in the singular; an irregular plural is what is counted.
    assert_eq!(unit("Only 1 person dies each year."), Some("person".into()));
    assert_eq!(unit("About 300 people attended."), Some("people".into()));
    assert_eq!(unit("There were 45 days left."), Some("days".into()));
}

#[test]
fn a_bare_scaled_amount_after_money_is_in_its_currency() {
    // "80 millones de euros …, más 20 millones en variables": the second amount is euros too.
    let q = es("El club pagó 80 millones de euros por el delantero, más 20 millones en variables.");
    let second = one(&q, "20 millones");
    assert_eq!(second.kind, QuantityKind::Money, "{q:#?}");
    assert_eq!(second.unit.as_deref(), Some("EUR"));
    assert_eq!(num(&second), 20e6);
    let q = es("El Gobierno pagó 80 millones de euros y otros 20 millones el año siguiente.");
    assert_eq!(
        one(&q, "20 millones").unit.as_deref(),
        Some("EUR"),
        "{q:#?}"
    );
    let q = en("The government paid $80 million and another 20 million the following year.");
    let second = one(&q, "20 million");
    assert_eq!(second.kind, QuantityKind::Money, "{q:#?}");
    assert_eq!(second.unit.as_deref(), Some("USD"));
    // Not a count of something else, not a figure without a scale word, not across sentences.
    let q = en("The company paid $80 million and 20 million people watched.");
    assert_eq!(one(&q, "20 million").kind, QuantityKind::Count, "{q:#?}");
    let q = en("The company paid $80 million and 20 million left the platform.");
    assert_eq!(one(&q, "20 million").kind, QuantityKind::Count, "{q:#?}");
    let q = en("The company paid $80 million to 20 suppliers.");
    assert_eq!(one(&q, "20").kind, QuantityKind::Count, "{q:#?}");
    let q = en("The company paid $80 million. Another 20 million are expected.");
    assert_eq!(one(&q, "20 million").kind, QuantityKind::Count, "{q:#?}");
    let q = es("Pagó 80 millones de euros y 20 millones de personas lo vieron.");
    assert_ne!(one(&q, "20 millones").kind, QuantityKind::Money, "{q:#?}");
    // The scale word after "and" opens a second figure: not 80,000,020.
    let q = en("It was worth between $10 million and 20 million, officials said.");
    assert_eq!(q[0].value, Value::Range(10e6, 20e6), "{q:#?}");
    assert_eq!(q[0].unit.as_deref(), Some("USD"));
    let q = en("Two million and three million people.");
    assert_eq!(num(&one(&q, "Two million")), 2e6, "{q:#?}");
}

#[test]
fn model_numbers_are_no_counts() {
    let counts = |text: &str| -> Vec<(String, Option<String>)> {
        en(text)
            .into_iter()
            .filter(|q| matches!(q.kind, QuantityKind::Count | QuantityKind::Range))
            .map(|q| (q.text, q.unit))
            .collect()
    };
    let s = |x: &str| x.to_string();
    assert_eq!(
        counts("The 737 MAX jets were grounded for 20 months after two crashes that killed 346 people."),
        [
            (s("20"), Some(s("months"))),
            (s("two"), Some(s("crashes"))),
            (s("346"), Some(s("people")))
        ]
    );
    assert_eq!(
        counts("The 737 MAX 9 and the A320neo were inspected; 171 jets were grounded."),
        [(s("171"), Some(s("jets")))]
    );
    assert_eq!(
        counts("The Airbus A350-1000 carries up to 410 passengers."),
        [(s("up to 410"), Some(s("passengers")))]
    );
    assert_eq!(
        counts("The Boeing 737-800 jets and the 787-9 Dreamliner were inspected."),
        []
    );
    assert_eq!(
        counts("The airline flies 12 A350-1000 aircraft."),
        [(s("12"), None)]
    );
    // A plain space before a model's number groups no thousands in English ("50 737" was 50,737).
    assert_eq!(
        counts("Boeing delivered 50 737 MAX jets in the quarter."),
        [(s("50"), None)]
    );
    // Acronyms before a counted noun still leave a count; so do ranges and scores.
    assert_eq!(
        counts("The 27 EU countries and 30 NBA teams agreed; 300-400 people came."),
        [
            (s("27"), Some(s("countries"))),
            (s("30"), Some(s("teams"))),
            (s("300-400"), Some(s("people")))
        ]
    );
}

#[test]
fn a_month_named_alone_is_a_date_without_a_year() {
    let dates = |q: Vec<Quantity>| -> Vec<String> {
        q.into_iter()
            .filter(|q| q.kind == QuantityKind::Date && num(q).is_nan())
            .map(|q| q.text)
            .collect()
    };
    assert_eq!(
        dates(en(
            "Prices rose between 3% and 4% in March, the statistics office said."
        )),
        ["March"]
    );
    assert_eq!(
        dates(en("Sales fell in December, after rising in November.")),
        ["December", "November"]
    );
    assert_eq!(
        dates(es(
            "La inflación interanual se situó en el 3,2 % en febrero, según el INE."
        )),
        ["febrero"]
    );
    assert_eq!(
        dates(es(
            "La planta, que emplea a 1.200 trabajadores, cerrará en diciembre."
        )),
        ["diciembre"]
    );
    // Not a month: a name, a verb, a march, an abbreviation that is a word.
    assert!(dates(en("Theresa May said they may march in protest a year ago.")).is_empty());
    assert!(dates(es("Llegó hace un año; el mayo francés.")).is_empty());
    // A month with its year or day is still one date.
    assert_eq!(dates(en("It rose in March 2024.")), Vec::<String>::new());
    assert_eq!(
        one(&en("It rose in March 2024."), "March 2024").kind,
        QuantityKind::Date
    );
}

#[test]
fn times_of_day_and_multipliers_named_by_words() {
    let got = |q: Vec<Quantity>| -> Vec<(String, QuantityKind, f64, Bound)> {
        q.into_iter()
            .map(|q| {
                let v = num(&q);
                (q.text, q.kind, v, q.bound)
            })
            .collect()
    };
    let s = |x: &str| x.to_string();
    use Bound::{Approx, Exact, Over};
    use QuantityKind::{Ratio, Time};
    assert_eq!(
        got(en(
            "The vote is at noon, the count at midnight; the deadline is 12 noon."
        )),
        [
            (s("noon"), Time, 12.0, Exact),
            (s("midnight"), Time, 0.0, Exact),
            (s("12 noon"), Time, 12.0, Exact)
        ]
    );
    assert_eq!(
        got(es(
            "La reunión será a mediodía y la votación, a medianoche."
        )),
        [
            (s("mediodía"), Time, 12.0, Exact),
            (s("medianoche"), Time, 0.0, Exact)
        ]
    );
    // A multiplier before a comparison (English) or after an article (Spanish).
    assert_eq!(
        got(en(
            "Twice as many people applied, nearly three times the average."
        )),
        [
            (s("Twice"), Ratio, 2.0, Exact),
            (s("nearly three times"), Ratio, 3.0, Approx)
        ]
    );
    assert_eq!(
        got(es(
            "Hubo casi el doble de casos, más del triple que antes, y cinco veces más muertes."
        )),
        [
            (s("casi el doble"), Ratio, 2.0, Approx),
            (s("más del triple"), Ratio, 3.0, Over),
            (s("cinco veces"), Ratio, 5.0, Exact)
        ]
    );
    assert_eq!(
        got(es("Los precios se han multiplicado por tres.")),
        [(s("tres"), Ratio, 3.0, Exact)]
    );
    // How often, a conjunction, an adjective: no multiplier.
    assert!(en("He scored twice as Inter won, and votes twice a year.").is_empty());
    assert!(es("Un doble asesinato y el doble rasero.").is_empty());
    let q = en("She was arrested three times.");
    assert_eq!(one(&q, "three").kind, QuantityKind::Count);
}

#[test]
fn doses_and_millimetres_are_measures() {
    let q = en("A dose of 2.5 mg and 200 ml of water; sea levels rose 3.4 mm a year.");
    let got: Vec<(&str, QuantityKind, f64, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.kind, num(q), q.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("2.5", QuantityKind::Other, 2.5, Some("mg")),
            ("200", QuantityKind::Other, 200.0, Some("ml")),
            ("3.4", QuantityKind::Other, 3.4, Some("mm")),
        ]
    );
    let q = es("Recibieron una dosis de 2,5 mg y 5 mililitros de jarabe.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Other), "{q:#?}");
    // Reservoirs, pollutants, data, distances, energy and yields are measured too.
    let q = es("Los embalses guardan 25.000 hectómetros cúbicos.");
    assert_eq!(one(&q, "25.000").kind, QuantityKind::Other);
    let q = en("CO2 hit 420 ppm; a 2 TB drive, 100 yards, 500 calories and 15 kilotons.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Other), "{q:#?}");
}

#[test]
fn mobile_generations_are_not_figures() {
    let q = en("The 5G network will cover 95% of homes, up from the 4G rollout.");
    let got: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(got, ["95%"]);
    // A glued "G" after a larger figure is still a scale ("10G").
    assert_eq!(num(&one(&en("10G"), "10G")), 1e10);
}

#[test]
fn rarer_codes_glued_to_a_figure_are_names() {
    // "COP" is the Colombian peso's code, but "COP28" is a summit.
    let q = en("Leaders met at COP28 in Dubai; the deal paid COP 28.000 and USD50.");
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_deref()))
        .collect();
    assert_eq!(got, [("COP 28.000", Some("COP")), ("USD50", Some("USD"))]);
    assert_eq!(
        one(&en("It cost Rs500."), "Rs500").unit.as_deref(),
        Some("INR")
    );
}

#[test]
fn idioms_with_one_are_not_counts() {
    let q = en("A one-off payment, a one-sided match and one-on-one talks ended a one-day strike.");
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_deref()))
        .collect();
    assert_eq!(got, [("one", Some("day"))]);
}

#[test]
fn hyphenated_day_month_year_is_a_date_and_a_line_up_is_nothing() {
    let q = en("The law took effect on 13-05-2024; the coach chose a 4-4-2 and then a 4-2-3-1.");
    let got: Vec<(&str, QuantityKind)> = q.iter().map(|q| (q.text.as_str(), q.kind)).collect();
    assert_eq!(got, [("13-05-2024", QuantityKind::Date)]);
    let q = es("La ley entró en vigor el 13-05-2024.");
    assert_eq!(q[0].kind, QuantityKind::Date);
    // Phone numbers in hyphenated groups stay masked.
    assert!(en("Call 555-123-4567 now.").is_empty());
}

#[test]
fn a_series_of_scores_named_after_the_last() {
    let q = en("He took the title after a 6-3, 7-6 win, then a 6-4, 3-6, 7-5 victory.");
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.unit.as_deref()))
        .collect();
    let score = Some("score");
    assert_eq!(
        got,
        [
            ("6-3", score),
            ("7-6", score),
            ("6-4", score),
            ("3-6", score),
            ("7-5", score)
        ]
    );
    // Ranges in a series stay ranges.
    let q = en("Lows of 3-5, 6-8 degrees.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Range), "{q:#?}");
}

#[test]
fn and_over_and_and_under_hedge_a_figure_at_a_phrase_end() {
    let q =
        en("It enrolled patients aged 65 and over, children aged 5 and under, and 500 and more.");
    let got: Vec<(&str, Bound)> = q.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        got,
        [
            ("65 and over", Bound::AtLeast),
            ("5 and under", Bound::AtMost),
            ("500 and more", Bound::AtLeast),
        ]
    );
    assert_eq!(one(&q, "65").unit.as_deref(), Some("years old"));
    // "over", "older", "under" may come before another word.
    let q = en("It enrolled patients aged 65 and over across 12 countries.");
    assert_eq!(one(&q, "65").bound, Bound::AtLeast);
    // Not before a figure, nor a comparative before a word of its own.
    let q = en("Police counted 10 and over 20 were hurt.");
    assert_eq!(one(&q, "10").bound, Bound::Exact);
    let q = es("Esta cifra es más alta que 1000 y más baja que 1500.");
    assert_eq!(one(&q, "1000").text, "1000");
}

#[test]
fn spans_with_a_glued_scale() {
    let q = en("It will cost $1.2-1.5bn, or €2-3bn; $5-7m; 1.2bn-1.5bn; 5k-20k people.");
    let got: Vec<(&str, Value, Option<&str>)> = q
        .iter()
        .map(|q| (q.text.as_str(), q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("$1.2-1.5bn", Value::Range(1.2e9, 1.5e9), Some("USD")),
            ("€2-3bn", Value::Range(2e9, 3e9), Some("EUR")),
            ("$5-7m", Value::Range(5e6, 7e6), Some("USD")),
            ("1.2bn-1.5bn", Value::Range(1.2e9, 1.5e9), None),
            ("5k-20k", Value::Range(5e3, 2e4), Some("people")),
        ]
    );
    // Letters and a hyphen before a figure still make a name.
    assert!(en("The F-35 and the A-10 flew.").is_empty());
}

#[test]
fn more_hedges_before_a_figure() {
    let q =
        en("North of 40% agreed; a maximum of 50 guests, a minimum of 20 days, just shy of 100.");
    let got: Vec<(&str, Bound)> = q.iter().map(|q| (q.text.as_str(), q.bound)).collect();
    assert_eq!(
        got,
        [
            ("North of 40%", Bound::Over),
            ("a maximum of 50", Bound::AtMost),
            ("a minimum of 20", Bound::AtLeast),
            ("just shy of 100", Bound::Under),
        ]
    );
    let q = es("Un interés superior al 5 % e inferior al 7 %.");
    let got: Vec<Bound> = q.iter().map(|q| q.bound).collect();
    assert_eq!(got, [Bound::Over, Bound::Under]);
}

#[test]
fn spanish_per_thousand_is_a_rate() {
    let q = es("La natalidad cayó al 7,1 por mil y la mortalidad es de 12 por mil nacidos vivos.");
    let got: Vec<(QuantityKind, f64, Option<f64>)> =
        q.iter().map(|q| (q.kind, num(q), q.per)).collect();
    assert_eq!(
        got,
        [
            (QuantityKind::Ratio, 7.1, Some(1000.0)),
            (QuantityKind::Ratio, 12.0, Some(1000.0)),
        ]
    );
    // A price is no rate.
    let q = es("Vendió 300 acciones por mil euros y 5 terrenos por mil millones de euros.");
    assert!(q.iter().all(|q| q.per.is_none()), "{q:#?}");
    assert_eq!(one(&q, "mil euros").kind, QuantityKind::Money);
}
