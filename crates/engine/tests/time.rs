//! Behaviour of the time module: date expressions in English and Spanish, periods, `since`/`by`
//! forms, durations and relative dates resolved against a publication date.

use crosscheck_engine::time::{
    find_expressions, find_resolved, resolve, Date, Precision, TimeExpr, TimeKind,
};
use crosscheck_engine::Lang;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// The single expression found in `text`, checked to cover `covered`.
fn one(text: &str, lang: Lang, covered: &str) -> TimeExpr {
    let found = find_expressions(text, &lang);
    assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    let e = found[0];
    assert_eq!(&text[e.start..e.end], covered, "{text:?}");
    e
}

fn span(e: &TimeExpr) -> (Option<String>, Option<String>) {
    (e.from.map(|x| x.to_string()), e.to.map(|x| x.to_string()))
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn day_dates_in_english() {
    for (text, covered, want) in [
        (
            "It happened on 13 May 2024 in Havana.",
            "13 May 2024",
            "2024-05-13",
        ),
        (
            "Monday, 20 May 2024 | TeleSur",
            "Monday, 20 May 2024",
            "2024-05-20",
        ),
        (
            "Signed May 13, 2024, by both.",
            "May 13, 2024",
            "2024-05-13",
        ),
        ("Updated 11/27/2024 - 09:46", "11/27/2024", "2024-11-27"),
        ("Wed, 11/27/2024 - 09:46", "Wed, 11/27/2024", "2024-11-27"),
        ("Data: 2024-05-13.", "2024-05-13", "2024-05-13"),
        (
            "on the 3rd of March, 2021",
            "3rd of March, 2021",
            "2021-03-03",
        ),
        ("Sept. 5, 2023 was a Tuesday", "Sept. 5, 2023", "2023-09-05"),
    ] {
        let found = find_expressions(text, &Lang::En);
        let e = found
            .iter()
            .find(|e| e.kind == TimeKind::Point)
            .unwrap_or_else(|| panic!("{text:?}: {found:?}"));
        assert_eq!(&text[e.start..e.end], covered, "{text:?}");
        assert_eq!(e.from, Some(d(want)), "{text:?}");
        assert_eq!(e.to, Some(d(want)));
        assert_eq!(e.precision, Precision::Day);
    }
}

#[test]
fn day_dates_in_spanish() {
    let e = one(
        "Publicado el domingo 31 de agosto de 2025.",
        Lang::Es,
        "domingo 31 de agosto de 2025",
    );
    assert_eq!(e.from, Some(d("2025-08-31")));
    let e = one("el 5 de mayo del 2024", Lang::Es, "5 de mayo del 2024");
    assert_eq!(e.from, Some(d("2024-05-05")));
    // Day before month in numeric Spanish dates.
    let e = one("firmado el 05/11/2024", Lang::Es, "05/11/2024");
    assert_eq!(e.from, Some(d("2024-11-05")));
    // Accents optional.
    let e = one(
        "el miercoles 4 de septiembre de 2024",
        Lang::Es,
        "miercoles 4 de septiembre de 2024",
    );
    assert_eq!(e.from, Some(d("2024-09-04")));
}

#[test]
fn months_years_and_parts() {
    let e = one("The program expanded in 2025.", Lang::En, "2025");
    assert_eq!(e.kind, TimeKind::Period);
    assert_eq!(span(&e), (s("2025-01-01"), s("2025-12-31")));
    assert_eq!(e.precision, Precision::Year);

    let e = one("Prices rose in July 2022.", Lang::En, "July 2022");
    assert_eq!(span(&e), (s("2022-07-01"), s("2022-07-31")));
    assert_eq!(e.precision, Precision::Month);

    let e = one(
        "Los precios subieron en julio de 2022.",
        Lang::Es,
        "julio de 2022",
    );
    assert_eq!(span(&e), (s("2022-07-01"), s("2022-07-31")));

    let e = one(
        "Work should end by mid-2024 at the latest",
        Lang::En,
        "by mid-2024",
    );
    assert_eq!(e.kind, TimeKind::By);
    let e = one("It should be finished in mid-2024.", Lang::En, "mid-2024");
    assert_eq!(e.precision, Precision::Season);
    assert!(e.approximate);
    assert_eq!(span(&e), (s("2024-05-01"), s("2024-08-31")));

    let e = one("Sales fell in early 2023.", Lang::En, "early 2023");
    assert_eq!(span(&e), (s("2023-01-01"), s("2023-04-30")));

    let e = one(
        "A finales de 2023 había 950.",
        Lang::Es,
        "A finales de 2023",
    );
    assert_eq!(span(&e), (s("2023-09-01"), s("2023-12-31")));

    let e = one(
        "in the first quarter of 2024",
        Lang::En,
        "the first quarter of 2024",
    );
    assert_eq!(span(&e), (s("2024-01-01"), s("2024-03-31")));
}

#[test]
fn numbers_are_not_years() {
    for text in [
        "It cost 2,019 million pesos.",
        "About 2024 doctors arrived.",
        "Mexico has 2.4 doctors per 1,000 inhabitants.",
        "They paid $2024 each.",
        "Call +1 786 3965 689 now.",
        "Only 2000% of nothing.",
        "We may 13 times try.",
        "The city built homes for 2000 people.",
    ] {
        let found = find_expressions(text, &Lang::En);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn a_year_after_for_dates_a_target() {
    let e = one("It set a target of 1.8% for 2026.", Lang::En, "2026");
    assert_eq!(span(&e), (s("2026-01-01"), s("2026-12-31")));
}

#[test]
fn since_and_by() {
    let e = one(
        "Since 2002, a collaborative agreement",
        Lang::En,
        "Since 2002",
    );
    assert_eq!(e.kind, TimeKind::Since);
    assert_eq!(e.from, Some(d("2002-01-01")));
    assert_eq!(e.to, None);

    let e = one("desde 2002 han llegado", Lang::Es, "desde 2002");
    assert_eq!(e.kind, TimeKind::Since);
    assert_eq!(e.from, Some(d("2002-01-01")));

    let e = one(
        "a cost exceeding US$22.87 million by late 2023, reports",
        Lang::En,
        "by late 2023",
    );
    assert_eq!(e.kind, TimeKind::By);
    assert_eq!(e.as_of, Some(d("2023-12-31")));
    assert_eq!(e.precision, Precision::Year);

    let e = one("by the end of 2023", Lang::En, "by the end of 2023");
    assert_eq!(e.as_of, Some(d("2023-12-31")));

    let e = one("hasta mayo de 2025", Lang::Es, "hasta mayo de 2025");
    assert_eq!(e.kind, TimeKind::By);
    assert_eq!(e.as_of, Some(d("2025-05-31")));
}

#[test]
fn ranges() {
    let e = one(
        "between July 2022 and May 2025 the program grew",
        Lang::En,
        "between July 2022 and May 2025",
    );
    assert_eq!(e.kind, TimeKind::Period);
    assert_eq!(span(&e), (s("2022-07-01"), s("2025-05-31")));
    assert_eq!(e.precision, Precision::Month);

    let e = one(
        "entre julio de 2022 y mayo de 2025",
        Lang::Es,
        "entre julio de 2022 y mayo de 2025",
    );
    assert_eq!(span(&e), (s("2022-07-01"), s("2025-05-31")));

    let e = one(
        "during her administration (2024-2030).",
        Lang::En,
        "2024-2030",
    );
    assert_eq!(span(&e), (s("2024-01-01"), s("2030-12-31")));

    let e = one("from 2020 to 2023", Lang::En, "from 2020 to 2023");
    assert_eq!(span(&e), (s("2020-01-01"), s("2023-12-31")));

    let e = one(
        "between May and July 2024",
        Lang::En,
        "between May and July 2024",
    );
    assert_eq!(span(&e), (s("2024-05-01"), s("2024-07-31")));
}

#[test]
fn ranges_of_days_keep_both_days() {
    for (text, lang, covered) in [
        (
            "La reunión se celebrará del 10 al 12 de junio de 2025 en Cartagena.",
            Lang::Es,
            "del 10 al 12 de junio de 2025",
        ),
        (
            "Se celebrará entre el 10 y el 12 de junio de 2025.",
            Lang::Es,
            "entre el 10 y el 12 de junio de 2025",
        ),
        (
            "The meeting runs from June 10 to 12, 2025.",
            Lang::En,
            "from June 10 to 12, 2025",
        ),
        ("It ran June 10-12, 2025.", Lang::En, "June 10-12, 2025"),
        ("It ran 10-12 June 2025.", Lang::En, "10-12 June 2025"),
        (
            "It ran from 10 to 12 June 2025.",
            Lang::En,
            "from 10 to 12 June 2025",
        ),
    ] {
        let e = one(text, lang, covered);
        assert_eq!(e.kind, TimeKind::Period, "{text}");
        assert_eq!(e.precision, Precision::Day, "{text}");
        assert_eq!(span(&e), (s("2025-06-10"), s("2025-06-12")), "{text}");
    }
    // Without a year: the days nearest the publication date (leaning to the past, as a day's).
    for (text, lang, covered) in [
        (
            "El festival será del 10 al 12 de junio.",
            Lang::Es,
            "del 10 al 12 de junio",
        ),
        (
            "The festival runs June 10 to 12.",
            Lang::En,
            "June 10 to 12",
        ),
    ] {
        let e = one(text, lang, covered);
        let r = resolve(&e, Some(d("2025-05-20")));
        assert_eq!(span(&r), (s("2025-06-10"), s("2025-06-12")), "{text}");
        assert_eq!(r.precision, Precision::Day, "{text}");
    }
    // Not a range of days: a count, then a date; a list of days.
    let e = one(
        "De 10 a 12 de junio de 2025",
        Lang::Es,
        "De 10 a 12 de junio de 2025",
    );
    assert_eq!(span(&e), (s("2025-06-10"), s("2025-06-12")));
    let found = find_expressions("It rose from 12 to 10 June 2025.", &Lang::En);
    assert!(
        found.iter().all(|e| e.from != Some(d("2025-06-12"))),
        "{found:?}"
    );
}

#[test]
fn durations_need_an_anchor() {
    let text = "has cost Mexico more than 2,019 million pesos in less than three years.";
    let e = one(text, Lang::En, "in less than three years");
    assert_eq!(e.kind, TimeKind::Duration);
    assert!(e.approximate);
    assert_eq!(e.from, None);
    let r = resolve(&e, Some(d("2025-08-09")));
    assert_eq!(span(&r), (s("2022-08-09"), s("2025-08-09")));

    let e = one("en menos de tres años", Lang::Es, "en menos de tres años");
    assert_eq!(
        resolve(&e, Some(d("2025-08-09"))).from,
        Some(d("2022-08-09"))
    );

    let e = one("in the past five years", Lang::En, "in the past five years");
    assert!(!e.approximate);
    assert_eq!(
        resolve(&e, Some(d("2024-05-13"))).from,
        Some(d("2019-05-13"))
    );

    // "in three years" alone may be the future: not a duration back from the anchor.
    assert!(find_expressions("It will be done in three years.", &Lang::En).is_empty());
}

#[test]
fn relative_dates_resolve_against_the_anchor() {
    let monday = Some(d("2024-05-13"));
    for (text, lang, covered, want) in [
        (
            "The meeting took place last Friday in Havana",
            Lang::En,
            "last Friday",
            "2024-05-10",
        ),
        (
            "She said so yesterday.",
            Lang::En,
            "yesterday",
            "2024-05-12",
        ),
        (
            "raised her tone this Sunday",
            Lang::En,
            "this Sunday",
            "2024-05-12",
        ),
        ("announced on Tuesday", Lang::En, "Tuesday", "2024-05-07"),
        ("see you next Friday", Lang::En, "next Friday", "2024-05-17"),
        (
            "la reunión fue el viernes pasado",
            Lang::Es,
            "el viernes pasado",
            "2024-05-10",
        ),
        (
            "la reunión fue el pasado viernes",
            Lang::Es,
            "el pasado viernes",
            "2024-05-10",
        ),
        ("lo dijo ayer", Lang::Es, "ayer", "2024-05-12"),
        (
            "el sábado se reunieron",
            Lang::Es,
            "el sábado",
            "2024-05-11",
        ),
        (
            "el próximo miércoles",
            Lang::Es,
            "el próximo miércoles",
            "2024-05-15",
        ),
        ("three days ago", Lang::En, "three days ago", "2024-05-10"),
        ("hace dos días", Lang::Es, "hace dos días", "2024-05-11"),
        ("elections on June 2 will", Lang::En, "June 2", "2024-06-02"),
        (
            "Ciudad de México, 13 may (EFE).",
            Lang::Es,
            "13 may",
            "2024-05-13",
        ),
    ] {
        let found = find_resolved(text, &lang, monday);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let e = found[0];
        assert_eq!(&text[e.start..e.end], covered, "{text:?}");
        assert_eq!(e.from, Some(d(want)), "{text:?}");
        assert_eq!(e.to, Some(d(want)), "{text:?}");
        assert_eq!(e.precision, Precision::Day);
        // Unresolved without an anchor.
        let bare = find_expressions(text, &lang)[0];
        assert_eq!(bare.kind, TimeKind::Relative, "{text:?}");
        assert_eq!(bare.from, None);
    }
}

#[test]
fn relative_periods() {
    let anchor = Some(d("2024-05-13"));
    for (text, lang, want_from, want_to) in [
        ("last year", Lang::En, "2023-01-01", "2023-12-31"),
        ("el año pasado", Lang::Es, "2023-01-01", "2023-12-31"),
        ("this week", Lang::En, "2024-05-13", "2024-05-19"),
        ("last month", Lang::En, "2024-04-01", "2024-04-30"),
        ("earlier this month", Lang::En, "2024-05-01", "2024-05-31"),
        ("la semana pasada", Lang::Es, "2024-05-06", "2024-05-12"),
        ("el mes que viene", Lang::Es, "2024-06-01", "2024-06-30"),
        ("In mid-May, they met", Lang::En, "2024-05-11", "2024-05-20"),
    ] {
        let found = find_resolved(text, &lang, anchor);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(span(&found[0]), (s(want_from), s(want_to)), "{text:?}");
    }
    // Months of the year nearest the publication, and a hyphenated quarter.
    let anchor = Some(d("2024-10-03"));
    for (text, lang, want_from, want_to) in [
        (
            "Between January and September, 12,400 jobs",
            Lang::En,
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "Entre enero y septiembre se registraron",
            Lang::Es,
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "De marzo a mayo llegaron",
            Lang::Es,
            "2024-03-01",
            "2024-05-31",
        ),
        (
            "In the first nine months of the year, sales",
            Lang::En,
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "en los primeros nueve meses del año",
            Lang::Es,
            "2024-01-01",
            "2024-09-30",
        ),
        (
            "in the first six months of 2023",
            Lang::En,
            "2023-01-01",
            "2023-06-30",
        ),
        (
            "Third-quarter revenue rose",
            Lang::En,
            "2024-07-01",
            "2024-09-30",
        ),
    ] {
        let found = find_resolved(text, &lang, anchor);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(span(&found[0]), (s(want_from), s(want_to)), "{text:?}");
    }
    let anchor = Some(d("2024-05-13"));
    let since = find_resolved("desde el año pasado", &Lang::Es, anchor);
    assert_eq!(since[0].kind, TimeKind::Since);
    assert_eq!(since[0].from, Some(d("2023-01-01")));
}

#[test]
fn yearless_dates_lean_to_the_past() {
    // News mostly reports what happened: in October, "February" is the February before, while a
    // month or day just ahead is still the coming one.
    let october = Some(d("2023-10-14"));
    for (text, lang, want_from, want_to) in [
        (
            "announced in February",
            Lang::En,
            "2023-02-01",
            "2023-02-28",
        ),
        ("anunció en febrero", Lang::Es, "2023-02-01", "2023-02-28"),
        (
            "elections in November",
            Lang::En,
            "2023-11-01",
            "2023-11-30",
        ),
        ("signed on March 3", Lang::En, "2023-03-03", "2023-03-03"),
        ("due on November 2", Lang::En, "2023-11-02", "2023-11-02"),
    ] {
        let found = find_resolved(text, &lang, october);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!(span(&found[0]), (s(want_from), s(want_to)), "{text:?}");
    }
}

#[test]
fn lowercase_english_words_are_not_dates() {
    for text in [
        "They may come later.",
        "The march ended peacefully.",
        "We will sunday",
        "la mañana del lunes", // "la mañana" is "the morning", the Monday is read
    ] {
        let found = find_expressions(text, &Lang::En);
        for e in &found {
            assert!(!text[e.start..e.end].contains("ma"), "{text:?}: {found:?}");
        }
    }
}

#[test]
fn never_panics_on_odd_input() {
    let long = "2024/".repeat(10_000);
    for text in [
        "",
        " ",
        "\0\0 13 May \0 2024",
        "🙂 13 May 2024 🙂",
        "מאי 2024 שלום",
        "99/99/9999 0/0/0000 2024-13-45 31 February 2024",
        "between and since by until",
        long.as_str(),
    ] {
        let _ = find_resolved(text, &Lang::En, Some(d("2024-01-01")));
        let _ = find_resolved(text, &Lang::Es, None);
    }
    assert!(find_expressions("31 February 2024", &Lang::En)
        .iter()
        .all(|e| e.precision != Precision::Day));
}

#[test]
fn months_to_a_month_and_past_months() {
    let anchor = Some(d("2023-08-03"));
    let cases = [
        (
            "Inflation was 3.1% in the 12 months to June.",
            Lang::En,
            "the 12 months to June",
            ("2022-07-01", "2023-06-30"),
        ),
        (
            "Prices rose in the year to March 2022.",
            Lang::En,
            "the year to March 2022",
            ("2021-04-01", "2022-03-31"),
        ),
        (
            "La inflación fue del 3,1 % en los doce meses hasta junio.",
            Lang::Es,
            "los doce meses hasta junio",
            ("2022-07-01", "2023-06-30"),
        ),
        (
            "Inflation peaked last October.",
            Lang::En,
            "last October",
            ("2022-10-01", "2022-10-31"),
        ),
        (
            "La inflación tocó techo en octubre pasado.",
            Lang::Es,
            "octubre pasado",
            ("2022-10-01", "2022-10-31"),
        ),
        (
            "La inflación tocó techo el pasado mes de julio.",
            Lang::Es,
            "el pasado mes de julio",
            ("2023-07-01", "2023-07-31"),
        ),
    ];
    for (text, lang, covered, (from, to)) in cases {
        let e = resolve(&one(text, lang, covered), anchor);
        assert_eq!(span(&e), (s(from), s(to)), "{text}");
    }
}
