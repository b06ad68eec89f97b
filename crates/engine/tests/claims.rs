//! Claim extraction on the seed articles (every figure the gold file names, with its value, bound,
//! currency and what it counts) and on invented articles on other topics, in English and Spanish.

use crosscheck_engine::claims::{self, Claim, ClaimKind, Polarity, Qualifier};
use crosscheck_engine::quantity::{Bound, Value};
use crosscheck_engine::{seeds, Document, DocumentMeta};

fn seed_claims(file: &str) -> Vec<Claim> {
    let corpus = seeds::corpus();
    corpus
        .claims()
        .iter()
        .filter(|c| c.doc == file)
        .cloned()
        .collect()
}

fn value(c: &Claim) -> f64 {
    c.value.map(Value::low).unwrap_or(f64::NAN)
}

/// The claims of `doc` whose value is `v` (within 0.5%).
fn with_value(claims: &[Claim], v: f64) -> Vec<&Claim> {
    claims
        .iter()
        .filter(|c| (value(c) - v).abs() <= v.abs() * 0.005)
        .collect()
}

fn one(claims: &[Claim], v: f64) -> &Claim {
    with_value(claims, v)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no claim with value {v}: {claims:#?}"))
}

#[test]
fn seed_figures_have_value_bound_currency_and_measure() {
    let mbn = seed_claims("000_52265b2dee57cddf.txt");
    let c = one(&mbn, 3650.0);
    assert_eq!(
        (c.kind, c.bound, c.head.as_deref()),
        (ClaimKind::Count, Bound::Over, Some("healthcare worker"))
    );
    assert_eq!(c.modifiers, vec!["cuba".to_string()]);
    let c = one(&mbn, 22_870_000.0);
    assert_eq!(
        (c.kind, c.bound, c.unit.as_deref()),
        (ClaimKind::Money, Bound::Over, Some("USD"))
    );
    assert_eq!(c.time.as_of.map(|d| d.year), Some(2023), "by late 2023");
    let c = one(&mbn, 2700.0);
    assert_eq!(
        (c.head.as_deref(), c.qualifier),
        (Some("specialist"), Some(Qualifier::Additional))
    );
    assert_eq!(c.attribution.as_deref(), Some("Reuters"));
    let c = one(&mbn, 950.0);
    assert_eq!(
        (c.head.as_deref(), c.qualifier),
        (Some("specialist"), Some(Qualifier::Already)),
        "elided noun"
    );
    let c = one(&mbn, 2002.0);
    assert_eq!((c.kind, c.quote.as_str()), (ClaimKind::Date, "Since 2002"));
    let c = one(&mbn, 407_000.0);
    assert_eq!(
        (c.bound, c.qualifier),
        (Bound::Over, Some(Qualifier::Cumulative))
    );
    let states = one(&mbn, 11.0);
    assert_eq!(states.head.as_deref(), Some("state"));
    assert_eq!(
        states.scope_of.as_deref(),
        Some(one(&mbn, 199.0).id.as_str()),
        "11 states scopes the 199"
    );
    assert_eq!(one(&mbn, 4.0).qualifier, Some(Qualifier::Average));

    let cibercuba = seed_claims("001_9424b0e9d4c651e1.txt");
    let c = one(&cibercuba, 3650.0);
    assert_eq!(
        (c.head.as_deref(), c.qualifier),
        (Some("healthcare worker"), Some(Qualifier::Total))
    );
    assert_eq!(one(&cibercuba, 950.0).qualifier, Some(Qualifier::Already));
    assert_eq!(
        one(&cibercuba, 12.0).qualifier,
        Some(Qualifier::Target),
        "a goal, not a current average"
    );
    assert!(one(&cibercuba, 23.0).scope_of.is_some());

    let ymedio = seed_claims("002_b95c04c60c7f5097.txt");
    let c = one(&ymedio, 768.0);
    assert_eq!(
        (c.head.as_deref(), c.qualifier),
        (Some("doctor"), Some(Qualifier::Already))
    );
    assert_eq!(
        c.attribution.as_deref(),
        Some("the statement"),
        "the parenthetical's source"
    );
    assert!(with_value(&ymedio, 806.0)
        .iter()
        .all(|c| c.qualifier == Some(Qualifier::Already)));
    let c = one(&ymedio, 2.4);
    assert_eq!(
        (c.kind, c.per, c.head.as_deref(), c.place.as_deref()),
        (
            ClaimKind::Rate,
            Some(1000.0),
            Some("doctor"),
            Some("mexico")
        )
    );
    let c = one(&ymedio, 3.5);
    assert_eq!(
        (c.kind, c.per, c.qualifier),
        (ClaimKind::Rate, Some(1000.0), Some(Qualifier::Average))
    );
    assert!(with_value(&ymedio, 1200.0)
        .iter()
        .any(|c| matches!(c.qualifier, Some(Qualifier::Target | Qualifier::Total))));
    assert!(ymedio.iter().any(|c| c.kind == ClaimKind::Statement
        && c.polarity == Some(Polarity::Asserted)
        && c.topic.as_deref() == Some("productivity")));

    let meeting = ymedio
        .iter()
        .find(|c| c.head.as_deref() == Some("meeting"))
        .expect("the meeting's date");
    assert_eq!(
        (meeting.kind, meeting.quote.as_str()),
        (ClaimKind::Date, "last Friday")
    );
    assert_eq!(
        meeting.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-05-10"),
        "Friday before Monday 13 May"
    );

    let telesur = seed_claims("003_401cf2ab4e733a54.txt");
    assert_eq!(one(&telesur, 1200.0).qualifier, Some(Qualifier::Additional));
    assert_eq!(one(&telesur, 123.0).qualifier, Some(Qualifier::Additional));

    let later = seed_claims("004_e87a08a41882230e.txt");
    let pesos = one(&later, 2_019_000_000.0);
    assert_eq!(
        (pesos.unit.as_deref(), pesos.bound, pesos.head.as_deref()),
        (Some("MXN"), Bound::Over, Some("cost"))
    );
    let dollars = one(&later, 105_000_000.0);
    assert_eq!(
        (dollars.unit.as_deref(), dollars.bound),
        (Some("USD"), Bound::Approx)
    );
    assert_eq!(one(&later, 2022.0).head.as_deref(), Some("doctor"));
    assert!(later.iter().any(
        |c| c.topic.as_deref() == Some("productivity") && c.polarity == Some(Polarity::Denied)
    ));
    assert!(
        with_value(&later, 1_000_000.0).is_empty(),
        "'multi-million dollar program' is not an amount"
    );
}

#[test]
fn page_furniture_phone_numbers_and_outlet_names_make_no_claims() {
    let corpus = seeds::corpus();
    for claim in corpus.claims() {
        for furniture in [
            "Home >",
            "Share",
            "You May Like",
            "COMMENT",
            "Filed under",
            "786",
            "editores@",
        ] {
            assert!(
                !claim.text.contains(furniture),
                "claim from furniture: {claim:#?}"
            );
        }
        assert!(
            !claim.quote.contains("14ymedio"),
            "digits inside an outlet name: {claim:#?}"
        );
        // The page's own timestamp ("Wed, 11/27/2024 - 09:46") is metadata, not a claim.
        assert!(
            !claim.quote.contains("09:46") && !claim.quote.contains("11/27"),
            "timestamp as a claim: {claim:#?}"
        );
    }
    // No claim lies in a stretch the document set aside as furniture.
    for doc in corpus.documents() {
        for claim in corpus.claims().iter().filter(|c| c.doc == doc.id) {
            assert!(
                doc.furniture
                    .iter()
                    .all(|f| claim.end <= f.start || claim.start >= f.end),
                "claim inside furniture: {claim:#?}"
            );
        }
    }
}

#[test]
fn every_claim_span_quotes_the_original_text() {
    let corpus = seeds::corpus();
    for doc in corpus.documents() {
        for claim in corpus.claims().iter().filter(|c| c.doc == doc.id) {
            assert_eq!(&doc.text[claim.start..claim.end], claim.quote, "{claim:#?}");
            assert!(claim.text.contains(&claim.quote));
            assert!((0.0..=1.0).contains(&claim.checkworthiness));
        }
    }
}

fn parse(text: &str, lang: Option<&str>) -> Vec<Claim> {
    let meta = DocumentMeta {
        lang: lang.map(str::to_string),
        ..DocumentMeta::default()
    };
    claims::extract(&Document::parse("test.txt", text, &meta))
}

#[test]
fn crowd_estimates_keep_their_sources() {
    let text = "Thousands March Against Pension Reform\n\n\
        Police estimated that 48,000 people joined the march in the capital on Saturday. \
        The organizers said more than 120,000 protesters took part, according to a statement from the union federation.";
    let claims = parse(text, None);
    let police = one(&claims, 48_000.0);
    assert_eq!(
        (police.head.as_deref(), police.attribution.as_deref()),
        (Some("person"), Some("Police"))
    );
    let organizers = one(&claims, 120_000.0);
    assert_eq!(organizers.bound, Bound::Over);
    assert!(organizers.attribution.is_some());
}

#[test]
fn spanish_budget_and_casualty_figures() {
    let text = "El Gobierno aprueba el presupuesto\n\n\
        El presupuesto de la ciudad para 2025 asciende a 2.100 millones de euros, un 4,5% más que el año anterior. \
        Según Protección Civil, al menos 37 personas murieron y unas 120 resultaron heridas por las inundaciones.";
    let claims = parse(text, None);
    let budget = one(&claims, 2_100_000_000.0);
    assert_eq!(
        (budget.kind, budget.unit.as_deref(), budget.head.as_deref()),
        (ClaimKind::Money, Some("EUR"), Some("budget"))
    );
    let share = one(&claims, 4.5);
    assert_eq!(share.kind, ClaimKind::Percent);
    let deaths = one(&claims, 37.0);
    assert_eq!(deaths.bound, Bound::AtLeast);
    assert_eq!(deaths.attribution.as_deref(), Some("Protección Civil"));
    assert_eq!(one(&claims, 120.0).bound, Bound::Approx);
}

#[test]
fn mexican_spanish_reads_comma_thousands() {
    let text = "Llegan más médicos\n\nLos 2,700 especialistas se sumarán a los 950 que ya trabajan en 23 estados.";
    let claims = parse(text, Some("es-MX"));
    let c = one(&claims, 2700.0);
    assert_eq!(c.head.as_deref(), Some("specialist"));
    assert_eq!(one(&claims, 950.0).qualifier, Some(Qualifier::Already));
    assert_eq!(one(&claims, 23.0).head.as_deref(), Some("state"));
}

#[test]
fn years_only_claim_when_they_date_a_start() {
    let claims = parse(
        "The agency has operated since 1998. In 2024 it hired 300 inspectors.",
        Some("en"),
    );
    assert_eq!(one(&claims, 1998.0).kind, ClaimKind::Date);
    assert!(
        with_value(&claims, 2024.0).is_empty(),
        "a year that only sets the time is not a claim"
    );
    assert!(
        one(&claims, 300.0).head.is_some(),
        "what the 300 counts is known"
    );
}

#[test]
fn unsupported_languages_still_get_numbers() {
    let claims = parse(
        "Haushalt beschlossen\n\nDer Haushalt der Stadt beträgt 2,1 Milliarden Euro, und 300 neue Stellen werden geschaffen. Die Opposition ist nicht zufrieden.",
        None,
    );
    assert!(claims.iter().all(|c| c.kind != ClaimKind::Statement));
    assert!(!claims.is_empty(), "numbers are still extracted");
}

#[test]
fn names_and_later_starts_do_not_qualify_a_figure() {
    let claims = parse(
        "Markets slide\n\nThe Dow Jones Industrial Average fell 1.2% to 38,500 points on Tuesday, its worst day since March. \
         La inflación anual se ubicó en 4,5% en septiembre, su nivel más bajo desde 2021.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 1.2).qualifier,
        Some(Qualifier::Change),
        "'Average' here is an index's name; 'fell 1.2%' is how much it fell"
    );
    assert_eq!(
        one(&claims, 38_500.0).qualifier,
        Some(Qualifier::Total),
        "the level the fall reached: 'since March' dates the worst day, it is no cumulative figure"
    );
    assert!(
        with_value(&claims, 2021.0).is_empty(),
        "'its lowest level since 2021' starts nothing"
    );
}

#[test]
fn each_estimate_in_a_parenthetical_keeps_its_owner() {
    let claims = parse(
        "Protests\n\nThere were protests in San Francisco (organisers’ estimate: 200,000 people; police \
         estimate: 55,000) and in smaller cities.\n\nOriginal estimates in D.C. were in the 200,000 range.",
        Some("en"),
    );
    let by = |v: f64| {
        with_value(&claims, v)
            .first()
            .and_then(|c| c.attribution.clone())
    };
    assert_eq!(by(55_000.0).as_deref(), Some("police"));
    assert_eq!(claims[0].attribution.as_deref(), Some("organisers"));
    let range = claims
        .iter()
        .find(|c| c.text.starts_with("Original"))
        .unwrap();
    assert_eq!(
        range.attribution, None,
        "'estimates in' is a noun, not a source saying it"
    );
    assert_eq!(
        range.head, None,
        "nothing counted: not the previous sentence's group"
    );
}

#[test]
fn tolls_and_projections() {
    let claims = parse(
        "Quake toll rises\n\nThe death toll from the earthquake tops 18,000. A television channel reported a death \
         toll of more than 25,000 in the region. Officials said the number of dead could pass 30,000.",
        Some("en"),
    );
    let c = one(&claims, 18_000.0);
    assert_eq!((c.head.as_deref(), c.bound), (Some("death"), Bound::Over));
    assert_eq!(one(&claims, 25_000.0).head.as_deref(), Some("death"));
    assert_eq!(
        one(&claims, 30_000.0).qualifier,
        Some(Qualifier::Target),
        "a projection"
    );
}

#[test]
fn a_small_toll_in_words_is_a_claim_and_a_small_number_otherwise_is_not() {
    let claims = parse(
        "Boats capsize\n\nThe death toll rose to two on Friday, officials said. Two people were \
         injured in the second accident. Two nations signed the accord.",
        Some("en"),
    );
    let heads: Vec<Option<&str>> = claims.iter().map(|c| c.head.as_deref()).collect();
    assert_eq!(heads, [Some("death"), Some("injured")], "{claims:#?}");
}

#[test]
fn temperatures_named_in_degrees_measure_the_temperature_in_celsius() {
    for (text, lang) in [
        (
            "Heat\n\nTemperatures reached 42 degrees Celsius in Ourense on Tuesday.",
            "en",
        ),
        (
            "Calor\n\nLa temperatura alcanzó los 43 grados en Ourense el martes.",
            "es",
        ),
        // With the scale's sign, alone or in a range.
        (
            "Heat\n\nThe thermometer hit 44°C in Seville on Monday.",
            "en",
        ),
        ("Heat\n\nHighs of 40-45 °C are forecast in Seville.", "en"),
        (
            "Calor\n\nLas máximas oscilarán entre 40 y 45 ºC en Sevilla.",
            "es",
        ),
    ] {
        let claims = parse(text, Some(lang));
        let c = &claims[0];
        assert_eq!(
            (c.head.as_deref(), c.unit.as_deref()),
            (Some("temperature"), Some("°C")),
            "{text}"
        );
    }
}

#[test]
fn a_price_of_a_currency_is_an_exchange_rate_and_a_margin_is_a_change() {
    let claims = parse(
        "Presupuesto\n\nEl tipo de cambio se mantendrá en S/ 3,60 por dólar. La cifra supera en \
         S/ 538 millones a la presentada la semana pasada, de S/ 257.562 millones.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 3.6).head.as_deref(),
        Some("exchange rate per dollar")
    );
    assert_eq!(one(&claims, 538e6).qualifier, Some(Qualifier::Change));
    assert_eq!(one(&claims, 257_562e6).qualifier, None);
}

#[test]
fn a_figure_followed_by_a_period_has_the_earlier_sentence_s_group() {
    let claims = parse(
        "Crossings\n\nPanama said 2,200 migrants crossed the jungle in February. The IOM put the \
         number at about 3,000 over the same period.",
        Some("en"),
    );
    assert_eq!(one(&claims, 3_000.0).head.as_deref(), Some("migrant"));
}

#[test]
fn a_count_per_day_is_a_flow_not_a_stock() {
    let claims = parse(
        "Boats\n\nAs many as 200 migrants a day are leaving from the ports, officials said. Fewer \
         than 150 migrants remain in the centres.",
        Some("en"),
    );
    assert_eq!(one(&claims, 200.0).head.as_deref(), Some("migrant per day"));
    assert_eq!(one(&claims, 150.0).head.as_deref(), Some("migrant"));
    let es = parse(
        "Botes\n\nDe 100 a 150 personas al día embarcan en la localidad de Miramar.",
        Some("es"),
    );
    assert_eq!(es[0].head.as_deref(), Some("person per day"), "{es:#?}");
}

#[test]
fn the_same_month_of_another_year_dates_its_own_figure_only() {
    let date = |c: &Claim| c.time.as_of.map(|d| d.to_string());
    let en = parse(
        "Crossings\n\nWednesday, 5 March 2025\n\nThe service said 2,398 people crossed in \
         February, a fraction of the 37,166 who crossed in the same month last year.",
        Some("en"),
    );
    assert_eq!(date(one(&en, 2_398.0)).as_deref(), Some("2025-02-28"));
    assert_eq!(date(one(&en, 37_166.0)).as_deref(), Some("2024-02-29"));
    let es = parse(
        "Cruces\n\njueves 6 de marzo de 2025\n\nUnos 2.400 migrantes cruzaron en febrero, un 93,5% \
         menos que en el mismo mes de 2024, cuando se registraron 37.166 cruces.",
        Some("es"),
    );
    assert_eq!(date(one(&es, 37_166.0)).as_deref(), Some("2024-02-29"));
    // The comparison is this February's.
    assert_eq!(date(one(&es, 93.5)).as_deref(), Some("2025-02-28"));
}

#[test]
fn measures_in_units_are_still_claims() {
    let claims = parse(
        "Fire\n\nThe fire burned more than 12,000 hectares, the regional government said.",
        Some("en"),
    );
    let c = one(&claims, 12_000.0);
    assert_eq!((c.kind, c.bound), (ClaimKind::Count, Bound::Over));
}

#[test]
fn wire_copy_clock_times_and_record_baselines_are_not_claims() {
    let text = "The 7.8 magnitude quake hit at 4:17 a.m. (0117 GMT) on Monday, officials said.\n\n\
                Turkey's disaster agency said 2,921 people had been killed in Turkey, while at least \
                1,444 were confirmed dead in Syria.\n\n\
                Inflation reached 211 percent, the highest since 1990, the statistics office said.";
    let claims = parse(text, Some("en"));
    assert!(
        with_value(&claims, 117.0).is_empty(),
        "0117 GMT is a time: {claims:#?}"
    );
    let killed = one(&claims, 2921.0);
    assert_eq!(killed.head.as_deref(), Some("death"));
    assert!(
        killed.measure.starts_with("people killed"),
        "{}",
        killed.measure
    );
    assert_eq!(one(&claims, 1444.0).head.as_deref(), Some("death"));
    // "the highest since 1990" compares with 1990; nothing started then.
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Date),
        "{claims:#?}"
    );
}

#[test]
fn spanish_years_after_a_verb_and_pesos_of_the_country_named() {
    let text = "La inflación de Argentina cerró 2023 en un 211,4 %, informó el Indec.\n\n\
                El gobierno llevó el tipo de cambio oficial a 800 pesos por dólar.";
    let claims = parse(text, Some("es"));
    assert!(with_value(&claims, 2023.0).is_empty(), "{claims:#?}");
    let pesos = one(&claims, 800.0);
    assert_eq!(pesos.unit.as_deref(), Some("ARS"));
    assert!(!pesos.ambiguous);
    // No country named at all: the Mexican peso, flagged as a guess.
    let text = "Árboles en la ciudad\n\nEl ayuntamiento pagó 300 pesos por el terreno, informó la alcaldía.";
    let claims = parse(text, Some("es"));
    let pesos = one(&claims, 300.0);
    assert_eq!(pesos.unit.as_deref(), Some("MXN"));
    assert!(pesos.ambiguous);
}

#[test]
fn attribution_skips_days_and_audiences() {
    let text = "Cuts at a grocer\n\n\
                Acme Corp said on Tuesday it would cut about 12,000 jobs.\n\n\
                A company spokesperson told Tech Times on Monday that 15,000 positions would go.\n\n\
                At least 1,444 were confirmed dead, according to the Syrian health ministry.";
    let claims = parse(text, Some("en"));
    let by = |v: f64| one(&claims, v).attribution.clone();
    assert_eq!(by(12_000.0).as_deref(), Some("Acme Corp"));
    assert_eq!(by(15_000.0).as_deref(), Some("A company spokesperson"));
    assert_eq!(by(1_444.0).as_deref(), Some("Syrian health ministry"));
}

#[test]
fn a_contract_worth_a_sum_and_counted_goals_are_no_targets() {
    let text = "Striker signs\n\n\
                He has signed a contract worth about £210,000 a week.\n\n\
                He scored 29 goals in 34 league appearances last season.\n\n\
                The club's goal is to sell 40,000 season tickets.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 210_000.0).qualifier, None);
    assert_eq!(one(&claims, 34.0).qualifier, None);
    assert_eq!(one(&claims, 34.0).unit.as_deref(), Some("appearances"));
    assert_eq!(one(&claims, 40_000.0).qualifier, Some(Qualifier::Target));
}

#[test]
fn clubs_banks_and_unnamed_sources_are_sources() {
    let text = "Rovers sign striker\n\n\
                Rovers paid an initial fee of £58m, the club confirmed on Wednesday.\n\n\
                His contract is worth about £210,000 a week, according to people familiar with the deal.\n\n\
                Season-ticket sales have reached 41,200, the club said.";
    let claims = parse(text, Some("en"));
    let by = |v: f64| one(&claims, v).attribution.clone();
    assert_eq!(by(58e6).as_deref(), Some("the club"));
    assert_eq!(
        by(210_000.0).as_deref(),
        Some("people familiar with the deal")
    );
    assert_eq!(by(41_200.0).as_deref(), Some("the club"));
    let claims = parse(
        "Fichaje\n\nEl fichaje costará 40 millones de euros, según fuentes cercanas a la negociación.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 40e6).attribution.as_deref(),
        Some("fuentes cercanas a la negociación")
    );
    // A hospital after a preposition is a place, and "se elevó" is no one's report.
    let claims = parse(
        "Médicos\n\nEl número de médicos que trabajan en el hospital de Lerma se elevó a 520, \
         informó la Secretaría de Salud.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 520.0).attribution.as_deref(),
        Some("Secretaría de Salud")
    );
}

#[test]
fn spanish_attribution_after_the_verb_and_officials_by_role() {
    let text = "Lluvias en el norte\n\n\
                Al menos 12 personas murieron tras las lluvias, informó el gobierno estatal este jueves.\n\n\
                La gobernadora dijo que 45 municipios fueron declarados en emergencia.\n\n\
                La cifra subió a 18, informó el sábado Protección Civil.\n\n\
                Más de 10.000 viviendas resultaron dañadas, según el último balance oficial.\n\n\
                El presupuesto es de 300 millones de pesos, según anunció la alcaldesa Lucía Ferrer.";
    let claims = parse(text, Some("es"));
    let by = |v: f64| one(&claims, v).attribution.clone();
    assert_eq!(by(12.0).as_deref(), Some("el gobierno estatal"));
    assert_eq!(by(45.0).as_deref(), Some("La gobernadora"));
    assert_eq!(by(18.0).as_deref(), Some("Protección Civil"));
    assert_eq!(by(10_000.0).as_deref(), Some("el último balance oficial"));
    assert_eq!(by(300e6).as_deref(), Some("la alcaldesa Lucía Ferrer"));
    // English keeps what follows "said" as the content unless the verb comes after a comma.
    let text = "Hospital staff\n\n\
                Robledo said the government would hire 500 nurses.\n\n\
                About 40,000 workers walked out, said the union.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 500.0).attribution.as_deref(), Some("Robledo"));
    assert_eq!(
        one(&claims, 40_000.0).attribution.as_deref(),
        Some("the union")
    );
}

#[test]
fn disease_compounds_names_with_and_and_reported_shares() {
    let text = "Measles in Texas\n\n\
                Texas has confirmed 259 measles cases this year, the department said.\n\n\
                A spokesperson for the Centers for Disease Control and Prevention said 301 cases \
                had been reported nationwide.\n\n\
                Health officials told reporters that vaccination rates in the county were below 82%.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 259.0).measure, "measles cases, in texas");
    assert_eq!(one(&claims, 301.0).place.as_deref(), Some("nationwide"));
    assert_eq!(
        one(&claims, 301.0).attribution.as_deref(),
        Some("Centers for Disease Control and Prevention")
    );
    assert_eq!(one(&claims, 82.0).measure, "vaccination rates");
}

#[test]
fn the_earlier_value_of_a_change_keeps_its_own_year() {
    let text =
        "Valdoria votes\n\nVALDORIA CITY, 4 November 2025 - The ruling party won 52.3% of the \
                vote in Sunday's election. Turnout was 61.4%, down from 66.8% in 2021.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 52.3).measure, "vote");
    let now = one(&claims, 61.4);
    assert_eq!(
        now.time.as_of,
        crosscheck_engine::time::Date::new(2025, 11, 4)
    );
    let before = one(&claims, 66.8);
    assert_eq!(
        before.measure, "turnout",
        "'down from' names an earlier value of the same measure"
    );
    assert_eq!(before.time.text.as_deref(), Some("2021"));
    let text =
        "Paro\n\nMADRID, 10 de mayo de 2024.- La tasa de paro fue del 12,3 %, frente al 13,1 % \
                de marzo. Se registraron 300 casos, un aumento de 5 % en 2023.";
    let claims = parse(text, Some("es"));
    assert_eq!(one(&claims, 12.3).time.text, None, "marzo dates 13,1 %");
    assert_eq!(one(&claims, 13.1).time.text.as_deref(), Some("marzo"));
    // A plain "de" before a figure names no earlier value: 2023 still dates the sentence.
    assert_eq!(one(&claims, 300.0).time.text.as_deref(), Some("2023"));
}

#[test]
fn what_is_already_there_holds_now_and_a_total_to_come_is_a_target() {
    let text = "Lerma contrata médicos\n\n\
                Publicado el 4 de marzo de 2024\n\n\
                Los 300 médicos que llegarán en abril se sumarán a los 450 que ya trabajan en \
                Lerma, con lo que habrá en total 900 médicos.";
    let claims = parse(text, Some("es"));
    let arriving = one(&claims, 300.0);
    assert_eq!(arriving.qualifier, Some(Qualifier::Additional));
    assert_eq!(arriving.time.text.as_deref(), Some("abril"));
    let already = one(&claims, 450.0);
    assert_eq!(already.qualifier, Some(Qualifier::Already));
    assert_eq!(
        already.time.as_of,
        crosscheck_engine::time::Date::new(2024, 3, 4)
    );
    assert!(already.time.text.is_none(), "{:?}", already.time);
    assert_eq!(one(&claims, 900.0).qualifier, Some(Qualifier::Target));
}

#[test]
fn english_compounds_count_their_last_noun() {
    let text = "Relief effort\n\n\
                About 24,400 emergency personnel and 60,000 aid workers arrived, officials said.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 24_400.0).head.as_deref(), Some("worker"));
    let aid = one(&claims, 60_000.0);
    assert_eq!(aid.head.as_deref(), Some("worker"));
    assert_eq!(aid.modifiers, vec!["aid".to_string()]);
}

#[test]
fn scaled_counts_and_shares_name_what_they_count() {
    let text = "Participación en Valdoria\n\n\
                La participación en las elecciones generales del domingo alcanzó el 68,2 %, \
                informó el Instituto Electoral.\n\n\
                Acudieron a las urnas 41,3 millones de ciudadanos.\n\n\
                La candidata obtuvo el 61 % de los votos y su rival el 26,5 %.";
    let claims = parse(text, Some("es"));
    assert_eq!(one(&claims, 68.2).measure, "participación");
    assert_eq!(one(&claims, 41_300_000.0).head.as_deref(), Some("citizen"));
    assert_eq!(one(&claims, 61.0).measure, "votos");
}

#[test]
fn already_before_a_figure_dates_it_now_not_when_the_relative_clause_says() {
    let text = "La cifra de fallecidos asciende a 211\n\n\
                Valencia, 5 de noviembre de 2024\n\n\
                El número de víctimas mortales por la DANA que azotó la provincia de Valencia el \
                pasado martes se eleva ya a 211, según el último balance.";
    let claims = parse(text, Some("es"));
    let toll = one(&claims, 211.0);
    assert_eq!(toll.head.as_deref(), Some("death"));
    assert_eq!(
        toll.time.as_of,
        crosscheck_engine::time::Date::new(2024, 11, 5)
    );
}

#[test]
fn a_change_from_one_value_to_another_gives_both_with_their_times() {
    let text = "Storm toll rises\n\nMay 2, 2025\n\n\
                The death toll from the storm rose from 112 to 150 on Thursday, officials said. \
                Unemployment fell to 4.1% in April from 4.3% in March. The number of displaced \
                people was revised down to 20,000 from an earlier estimate of 35,000.";
    let claims = parse(text, Some("en"));
    let before = one(&claims, 112.0);
    let after = one(&claims, 150.0);
    assert_eq!(before.kind, ClaimKind::Count, "not a range: {before:?}");
    assert_eq!(before.head.as_deref(), Some("death"));
    assert_eq!(after.head.as_deref(), Some("death"));
    assert!(before.time.as_of.is_none(), "an earlier, undated value");
    assert_eq!(after.time.text.as_deref(), Some("Thursday"));
    let march = one(&claims, 4.3);
    assert_eq!(march.measure, "unemployment");
    assert_eq!(march.time.text.as_deref(), Some("March"));
    let earlier = one(&claims, 35_000.0);
    assert_eq!(earlier.head.as_deref(), Some("displaced person"));
    assert!(earlier.time.as_of.is_none());
}

#[test]
fn comparison_baselines_are_neither_times_nor_measures() {
    let text = "Inflación en Argentina\n\n\
                Buenos Aires, 11 de enero de 2024\n\n\
                La inflación cerró en un 211,4 %, la más alta desde 1990, informó el Indec.\n\n\
                Solo en diciembre los precios subieron un 25,5 % respecto de noviembre, por debajo \
                del 30 % que esperaban los analistas.";
    let claims = parse(text, Some("es"));
    let year = one(&claims, 211.4);
    assert_eq!(year.measure, "inflación");
    assert!(
        year.time.from.is_none(),
        "1990 is a baseline: {:?}",
        year.time
    );
    let december = one(&claims, 25.5);
    assert_eq!(december.measure, "precios, change");
    assert_eq!(december.time.text.as_deref(), Some("diciembre"));
    assert_eq!(one(&claims, 30.0).qualifier, Some(Qualifier::Target));
}

#[test]
fn acres_are_not_hectares_and_a_share_can_be_a_state() {
    let text = "Ridge Fire grows\n\nAugust 4, 2025\n\n\
                The Ridge Fire has burned about 12,000 acres and 3,000 hectares of forest, and was \
                10% contained on Monday, Cal Fire said.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 12_000.0).head.as_deref(), Some("acre"));
    assert_eq!(one(&claims, 3_000.0).head.as_deref(), Some("hectare"));
    assert_eq!(one(&claims, 10.0).measure, "contained");
}

#[test]
fn someones_count_restates_the_figure_of_its_size() {
    let text = "Fire count disputed\n\nAugust 4, 2025\n\n\
                The Ridge Fire has destroyed 80 structures and burned 12,000 acres, the sheriff \
                said on Monday, contradicting Cal Fire's count of 45.";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 45.0).head.as_deref(), Some("building"));
}

#[test]
fn numbers_inside_names_are_not_claims() {
    let text = "Grounded\n\nMay 3, 2025\n\n\
                The Boeing 737 Max was grounded; Apollo 11 landed; under Article 5 and Chapter 11, \
                Route 66 reopened, officials said. Doctors 950, nurses 300.";
    let claims = parse(text, Some("en"));
    let values: Vec<f64> = claims.iter().map(value).collect();
    assert_eq!(values, vec![950.0, 300.0], "{claims:#?}");
}

#[test]
fn ranges_of_percentages_keep_their_unit_and_what_they_share() {
    let text = "Sheinbaum gana la elección\n\n\
        Claudia Sheinbaum ganó con entre el 58,3% y el 60,7% de los votos, según el conteo rápido. \
        La participación se ubicó entre el 60% y el 61,5%.";
    let claims = parse(text, Some("es"));
    let votes = one(&claims, 58.3);
    assert_eq!(
        (votes.kind, votes.unit.as_deref(), votes.measure.as_str()),
        (ClaimKind::Range, Some("%"), "votos")
    );
    let turnout = one(&claims, 60.0);
    assert_eq!(
        (turnout.unit.as_deref(), turnout.measure.as_str()),
        (Some("%"), "participación")
    );
}

#[test]
fn spanish_speaker_before_que_and_published_figures_of_a_named_body() {
    let text = "Incendio en la región\n\n\
        La ministra del Interior, Carolina Tohá, aseguró que el Gobierno destinará 15.000 millones de pesos a la reconstrucción. \
        El paro bajó en 60.503 personas en abril, según datos del Ministerio de Trabajo.";
    let claims = parse(text, Some("es"));
    assert_eq!(
        one(&claims, 15_000_000_000.0).attribution.as_deref(),
        Some("La ministra del Interior (Carolina Tohá)")
    );
    assert_eq!(
        one(&claims, 60_503.0).attribution.as_deref(),
        Some("Ministerio de Trabajo")
    );
}

#[test]
fn a_generic_rate_is_named_by_its_complement() {
    let text = "Datos de empleo\n\n\
        La tasa de paro se sitúa en el 12,3%, según el INE. \
        La tasa de inflación se situó en el 3,2%.";
    let claims = parse(text, Some("es"));
    assert_eq!(one(&claims, 12.3).measure, "tasa paro");
    assert_eq!(one(&claims, 3.2).measure, "tasa inflación");
}

#[test]
fn spanish_officials_named_by_office_and_shares_ended_by_a_verb() {
    let text = "Huracán en la costa\n\n\
        El huracán dejó al menos 27 muertos en la costa, informó la secretaria de Seguridad, Rosa Icela Rodríguez. \
        La cifra se elevó a 48, informó la gobernadora de Guerrero. \
        La compañía eléctrica reportó que el 80% de los usuarios seguía sin luz.";
    let claims = parse(text, Some("es"));
    assert_eq!(
        one(&claims, 27.0).attribution.as_deref(),
        Some("la secretaria de Seguridad (Rosa Icela Rodríguez)")
    );
    assert_eq!(
        one(&claims, 48.0).attribution.as_deref(),
        Some("la gobernadora de Guerrero")
    );
    assert_eq!(one(&claims, 80.0).measure, "usuarios");
}

#[test]
fn a_share_of_the_total_is_a_share_of_what_the_sentence_counted() {
    let text = "Cómputo electoral\n\n\
        La candidata obtuvo 35.924.519 votos, el 59,75% del total, informó el instituto electoral.";
    let claims = parse(text, Some("es"));
    assert_eq!(one(&claims, 59.75).measure, "votos");
}

#[test]
fn a_year_to_date_figure_is_dated_the_publication_day() {
    let claims = parse(
        "Fires\n\n14 August 2025\n\nSpain has recorded 240 wildfires so far this year, up from 180 in the same period of 2024.\n",
        Some("en"),
    );
    let now = one(&claims, 240.0);
    assert_eq!(
        (
            now.time.from.map(|d| d.to_string()),
            now.time.as_of.map(|d| d.to_string())
        ),
        (Some("2025-01-01".into()), Some("2025-08-14".into())),
        "so far this year ends on the publication day, not on 31 December"
    );
    let before = one(&claims, 180.0);
    assert_eq!(
        before.time.as_of.map(|d| d.year),
        Some(2024),
        "the earlier value's own year"
    );
    assert_eq!(before.head, now.head);
    let claims = parse(
        "Incendios\n\n15 de agosto de 2025\n\nEn lo que va de año se han registrado 240 incendios, frente a los 180 del mismo periodo de 2024.\n",
        Some("es"),
    );
    let now = one(&claims, 240.0);
    assert_eq!(
        now.time.as_of.map(|d| d.to_string()),
        Some("2025-08-15".into())
    );
    let before = one(&claims, 180.0);
    assert_eq!(before.time.as_of.map(|d| d.year), Some(2024));
    assert_eq!(
        before.measure, now.measure,
        "'frente a los 180' counts the same thing"
    );
}

#[test]
fn the_time_a_figure_refers_to_is_not_what_it_counts() {
    let claims = parse(
        "Prices\n\n14 August 2025\n\nPrices rose 3.2% last year, compared with 6.5% in 2022, the statistics office said.\n\nLos precios subieron un 3,2 % el año pasado.\n",
        None,
    );
    assert_eq!(claims[0].measure, "prices, change");
    assert_eq!(
        claims[1].measure, "prices, change",
        "compared with: the same measure"
    );
    assert_eq!(claims[1].time.as_of.map(|d| d.year), Some(2022));
    assert_eq!(claims[2].measure, "precios, change");
}

#[test]
fn participles_and_shares_name_what_is_counted() {
    let claims = parse(
        "Cases\n\n9 May 2025\n\nThe city has 1,200 registered voters.\n\nTexas accounts for 709 of the cases.\n\nThe number of confirmed measles cases has risen to 1,046, officials said.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 1200.0).measure, "registered voters");
    assert_eq!(one(&claims, 709.0).head.as_deref(), Some("case"));
    let c = one(&claims, 1046.0);
    assert_eq!(c.head.as_deref(), Some("case"));
    assert!(
        c.modifiers.contains(&"measles".to_string()),
        "{:?}",
        c.modifiers
    );
}

#[test]
fn spanish_verbs_after_a_figure_are_not_what_it_counts() {
    let claims = parse(
        "Paro\n\n28 de octubre de 2025\n\nLa tasa de paro bajó al 2,9 % registrado en 2024.\n\nEl secretario dijo que la economía crecerá entre 0,5 % y 1,5 % este año.\n",
        Some("es"),
    );
    assert!(
        !claims[0].measure.contains("registrado"),
        "{}",
        claims[0].measure
    );
    assert_eq!(
        claims[1].measure, "economía, target",
        "the future 'crecerá' is a verb, and makes the figure a forecast"
    );
}

#[test]
fn a_share_in_a_state_is_not_a_count_of_the_last_group_named() {
    let claims = parse(
        "Fire\n\n14 August 2025\n\nThe fire forced the evacuation of about 4,000 residents.\n\nThe fire, which started on Monday, is now 30% contained, officials said.\n",
        Some("en"),
    );
    let c = one(&claims, 30.0);
    assert_eq!((c.head.as_deref(), c.measure.as_str()), (None, "contained"));
}

#[test]
fn spanish_agencies_in_lowercase_are_sources() {
    let claims = parse(
        "T\n\n5 de octubre de 2025\n\nEl número de muertos ascendió a 35, informó este domingo la agencia nacional de desastres.\n\nSegún el servicio de emergencias, 40 personas fueron evacuadas.\n\nLa agencia nacional de desastres informó que hay 22.000 personas en albergues.\n",
        Some("es"),
    );
    let sources: Vec<Option<&str>> = claims.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(
        sources,
        [
            Some("la agencia nacional de desastres"),
            Some("el servicio de emergencias"),
            Some("La agencia nacional de desastres"),
        ]
    );
}

#[test]
fn what_has_happened_in_a_running_year_is_counted_to_the_publication_day() {
    let claims = parse(
        "Measles\n\n9 May 2025\n\nConfirmed measles cases have risen to 1,046 this year, officials said.\n\nThe state will hire 500 nurses this year.\n",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 1046.0).time.as_of.map(|d| d.to_string()),
        Some("2025-05-09".into())
    );
    assert_eq!(
        one(&claims, 500.0).time.as_of.map(|d| d.to_string()),
        Some("2025-12-31".into()),
        "a plan for the year runs to its end"
    );
}

#[test]
fn the_whole_of_a_share_is_a_total() {
    let claims = parse(
        "Vote\n\n5 July 2024\n\nThe Labour Party won 148 of the 250 seats, the electoral commission said.\n\nEl Partido Laborista obtuvo 148 de los 250 escaños.\n",
        None,
    );
    let q: Vec<(f64, Option<Qualifier>)> = claims.iter().map(|c| (value(c), c.qualifier)).collect();
    assert_eq!(
        q,
        [
            (148.0, None),
            (250.0, Some(Qualifier::Total)),
            (148.0, None),
            (250.0, Some(Qualifier::Total))
        ]
    );
}

#[test]
fn an_english_article_a_is_not_the_spanish_to() {
    let claims = parse(
        "US economy keeps growing\n\n30 October 2024\n\nThe economy grew at a 2.8% annual rate, the Commerce Department said.\n",
        Some("en"),
    );
    // The pace of the economy's growth, not a level reached ("a" is no Spanish "to").
    assert_eq!(
        claims[0].qualifier,
        Some(Qualifier::Change),
        "{}",
        claims[0].measure
    );
}

#[test]
fn published_figures_and_polls_are_their_publishers() {
    let claims = parse(
        "Jobs report shows gains\n\n7 June 2024\n\nEmployers added 272,000 jobs in May, data released by the Labor Department on Friday showed.\n\nA survey by Gallup found that 62% of Americans approve.\n\nEconomists polled by Reuters had expected 180,000 new jobs.\n",
        Some("en"),
    );
    let sources: Vec<Option<&str>> = claims.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(
        sources,
        [Some("Labor Department"), Some("Gallup"), Some("Reuters")]
    );
}

#[test]
fn spanish_published_figures_and_polls_are_their_publishers() {
    let claims = parse(
        "El paro baja en mayo\n\n4 de junio de 2024\n\nEl paro registrado bajó en 58.650 personas en mayo, según datos publicados por el Ministerio de Trabajo.\n\nLos analistas consultados por Reuters esperaban un aumento de 2,1 %.\n",
        Some("es"),
    );
    let sources: Vec<Option<&str>> = claims.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(sources, [Some("Ministerio de Trabajo"), Some("Reuters")]);
}

/// The place of the claim of value `v` in a story of one titled paragraph.
fn place_in_story(title: &str, text: &str, lang: &str, v: f64) -> Option<String> {
    let text = format!("{title}\n\n{text}\n");
    one(&parse(&text, Some(lang)), v).place.clone()
}

#[test]
fn an_area_noun_names_a_place_the_lexicon_does_not_know() {
    let place =
        |text: &str, lang: &str, v: f64| place_in_story("Earthquake toll rises", text, lang, v);
    assert_eq!(
        place(
            "Most of the deaths were in Al Haouz province, where 1,293 people died, the ministry said.",
            "en",
            1293.0
        ),
        Some("al haouz".into()),
        "a clause opened by 'where' is about the place of the clause before it"
    );
    assert_eq!(
        place(
            "La provincia de Al Haouz concentra la mayoría de las víctimas, con 1.604 muertos.",
            "es",
            1604.0
        ),
        Some("al haouz".into())
    );
    assert_eq!(
        place(
            "The quake struck the mountain province of Montalbán on Monday, killing at least 48 people.",
            "en",
            48.0
        ),
        Some("montalban".into()),
        "a participle clause continues the one before"
    );
    assert_eq!(
        place(
            "Islamic State fighters killed 40 people on Friday.",
            "en",
            40.0
        ),
        None,
        "a capitalized 'State' after a name is not an area"
    );
    assert_eq!(
        place("The county reported 12 new cases on Tuesday.", "en", 12.0),
        None
    );
}

#[test]
fn an_acronym_in_parentheses_does_not_hide_the_source() {
    let text = "Jobless rate falls\n\nThe unemployment rate fell to 11.3% in the second quarter, \
                the National Statistics Institute (INE) said on Friday.\n\nMexico has 2.4 doctors \
                per 1,000 inhabitants, according to the National Institute of Statistics and \
                Geography (INEGI).\n";
    let claims = parse(text, Some("en"));
    assert_eq!(
        one(&claims, 11.3).attribution.as_deref(),
        Some("National Statistics Institute")
    );
    let inegi = one(&claims, 2.4).attribution.clone().unwrap_or_default();
    assert!(
        inegi.starts_with("National Institute of Statistics and Geography"),
        "{inegi}"
    );
}

#[test]
fn the_level_after_a_change_counts_what_changed() {
    let text = "Jobs report\n\nThe number of unemployed people dropped by nearly 220,000 to 2.76 \
                million, the institute said.\n";
    let claims = parse(text, Some("en"));
    // The comma of "220,000" does not end the clause: "to 2.76 million" still has its subject.
    assert_eq!(
        one(&claims, 2_760_000.0).head.as_deref(),
        Some("unemployed person")
    );
    let text = "Balance del terremoto\n\nLos heridos son 2.562, según el ministerio.\n";
    let claims = parse(text, Some("es"));
    assert_eq!(one(&claims, 2562.0).head.as_deref(), Some("injured"));
}

#[test]
fn an_elided_figure_takes_the_people_its_participle_names() {
    let text = "Quake\n\nOfficials said 640 people had been injured and about 9,000 had been \
                evacuated from their homes.\n";
    let claims = parse(text, Some("en"));
    assert_eq!(one(&claims, 640.0).head.as_deref(), Some("injured"));
    assert_eq!(
        one(&claims, 9000.0).head.as_deref(),
        Some("displaced person")
    );
}

#[test]
fn another_estimate_of_the_figure_counts_what_the_last_one_counted() {
    let claims = parse(
        "March\n\nPolice said 20,000 people marched. Organisers put the figure at 100,000.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 100_000.0).head, one(&claims, 20_000.0).head);
    assert_eq!(one(&claims, 100_000.0).measure, "people");
    let claims = parse(
        "Marcha\n\nLa policía cifró en 20.000 los manifestantes. Los organizadores elevaron la cifra a 100.000.\n",
        Some("es"),
    );
    assert_eq!(one(&claims, 100_000.0).head.as_deref(), Some("protester"));
}

#[test]
fn a_year_a_change_is_measured_from_is_no_start_date() {
    let claims = parse(
        "Rents\n\nRents in Lisbon have climbed 40% since 2020, the National Statistics Institute said.\n",
        Some("en"),
    );
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Date),
        "{claims:#?}"
    );
    assert_eq!(one(&claims, 40.0).time.from.map(|d| d.year), Some(2020));
    // A start stays one.
    let claims = parse(
        "Doctors\n\nThe program has sent doctors to Mexico since 2002.\n",
        Some("en"),
    );
    assert!(claims.iter().any(|c| c.kind == ClaimKind::Date));
}

#[test]
fn people_a_company_employs_are_its_staff() {
    let claims = parse(
        "Jobs\n\nThe company employs about 42,000 people worldwide.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 42_000.0).head.as_deref(), Some("worker"));
    let claims = parse(
        "Empleo\n\nLa empresa emplea a 3.000 personas.\n",
        Some("es"),
    );
    assert_eq!(one(&claims, 3_000.0).head.as_deref(), Some("worker"));
}

#[test]
fn a_change_or_level_restating_the_last_figure_names_its_measure() {
    let claims = parse(
        "Travel\n\n14 May 2024\n\nThe airline carried 12.5 million passengers last year, up 15% on 2022. \
         Measles cases worldwide rose 79% to 306,000 in 2023, the World Health Organization said.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 15.0).measure, "passengers, change");
    assert!(one(&claims, 306_000.0).measure.starts_with("measles cases"));
    let claims = parse(
        "Resultados\n\n14 de mayo de 2024\n\nLa compañía facturó 3.200 millones de euros en el primer \
         semestre, un 7% más. Los casos de sarampión aumentaron un 79% en 2023, hasta 306.000, según la OMS.\n",
        Some("es"),
    );
    let seven = one(&claims, 7.0);
    assert_eq!(
        (seven.measure.as_str(), seven.qualifier),
        ("revenue, change", Some(Qualifier::Change))
    );
    assert_eq!(one(&claims, 306_000.0).measure, "casos");
}

#[test]
fn a_record_is_a_rank_not_a_document() {
    let claims = parse(
        "Tickets\n\nTicket sales reached 2.3 million, beating the previous record of 1.9 million set in 2019.\n",
        Some("en"),
    );
    let record = one(&claims, 1_900_000.0);
    assert_ne!(record.head.as_deref(), Some("document"), "{record:#?}");
    assert_ne!(record.head.as_deref(), Some("game"), "{record:#?}");
}

#[test]
fn a_plan_that_is_a_package_is_no_target() {
    let claims = parse(
        "Reconstrucción\n\nEl presidente anunció un plan de reconstrucción de 61 mil 313 millones de pesos.\n",
        Some("es"),
    );
    assert_eq!(one(&claims, 61_313_000_000.0).qualifier, None);
    let claims = parse(
        "Homes\n\nThe government unveiled a housing plan worth 2.5 billion euros.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 2_500_000_000.0).qualifier, None);
    // "plans to" still states a goal.
    let claims = parse(
        "Grids\n\nThe company plans to invest 41 billion euros between 2024 and 2026.\n",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 41_000_000_000.0).qualifier,
        Some(Qualifier::Target)
    );
}

#[test]
fn a_rate_per_one_unit_is_described_as_written() {
    let claims = parse(
        "Births\n\nThe fertility rate fell to 1.19 children per woman.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 1.19).measure, "children per woman");
    let claims = parse(
        "Huracán\n\nEl huracán tocó tierra con vientos de 270 kilómetros por hora.\n",
        Some("es"),
    );
    assert_eq!(one(&claims, 270.0).measure, "kilómetros por hora");
    let claims = parse(
        "Cases

There were about 40 cases per day.
",
        Some("en"),
    );
    assert_eq!(one(&claims, 40.0).measure, "cases per day");
}

#[test]
fn a_share_of_those_counted_and_a_threshold_name_what_they_measure() {
    let claims = parse(
        "Outbreak\n\nOfficials said about 80% of those infected were unvaccinated.\n",
        Some("en"),
    );
    assert_eq!(one(&claims, 80.0).measure, "infected");
    assert_eq!(one(&claims, 80.0).modifiers, ["unvaccinated"]);
    let claims = parse(
        "Brote\n\nAlrededor del 80% de los contagiados no estaban vacunados.\n",
        Some("es"),
    );
    assert_eq!(one(&claims, 80.0).measure, "contagiados");
    // What the part is, after its verb, with its negation.
    assert_eq!(one(&claims, 80.0).modifiers, ["not vacunados"]);
    let claims = parse(
        "Vaccines\n\nOne child died last week, the first measles death in the country since 2015. \
         The rate was 82%, well below the 95% needed for herd immunity.\n",
        Some("en"),
    );
    // A threshold is a goal, kept apart from projections by its modifier.
    let needed = one(&claims, 95.0);
    assert_eq!(needed.head, None, "no group of an earlier sentence");
    assert_eq!(needed.measure, "needed herd immunity, target");
    assert_eq!(needed.modifiers, ["needed"]);
}

#[test]
fn one_in_five_counts_what_follows_it() {
    let claims = parse(
        "Vaccines\n\nOne in five children in the county is unvaccinated.\n",
        Some("en"),
    );
    assert_eq!(claims[0].measure, "children per 5");
    let claims = parse(
        "Vacunas\n\nUno de cada cinco niños no está vacunado.\n",
        Some("es"),
    );
    assert_eq!(claims[0].measure, "niños per 5");
}

#[test]
fn a_later_clause_s_year_dates_its_own_figure() {
    let claims = parse(
        "Election results\n\nSheinbaum received nearly 36 million votes, the most ever for a \
         candidate, surpassing the 30.1 million won by Lopez Obrador in 2018.",
        None,
    );
    assert_eq!(one(&claims, 36e6).time.text, None);
    let earlier = one(&claims, 30.1e6);
    assert_eq!(earlier.time.text.as_deref(), Some("2018"));
    // "won by" is the verb, not Korea's currency.
    assert_eq!(earlier.kind, ClaimKind::Count);
}

#[test]
fn coordinated_figures_keep_their_own_places_and_units_name_no_measure() {
    let claims = parse(
        "Emissions report\n\nEmissions from China rose 4% and those from India 8.2%, while \
         emissions in the US fell 3% and in the European Union 7.4%. The world has a remaining \
         carbon budget of about 275 billion tonnes.",
        None,
    );
    let place = |v: f64| one(&claims, v).place.clone();
    assert_eq!(place(4.0).as_deref(), Some("china"));
    assert_eq!(place(8.2).as_deref(), Some("india"));
    assert_eq!(place(3.0).as_deref(), Some("united states"));
    assert_eq!(place(7.4).as_deref(), Some("european union"));
    // "a carbon budget of 275 billion tonnes": tonnes are the unit, the budget the measure.
    let budget = one(&claims, 275e9);
    assert_eq!(budget.unit.as_deref(), Some("tonnes"));
    assert!(
        budget.measure.starts_with("remaining carbon budget"),
        "{budget:?}"
    );
}

#[test]
fn elliptical_figures_count_what_the_figure_before_counted() {
    let claims = parse(
        "Tourism\n\nBritain remained the largest source market with 18.4 million visitors, \
         followed by France with nearly 12 million and Germany with 11 million. Around 2,800 \
         people marched in July, police said, while organisers put the figure at 20,000.",
        None,
    );
    for v in [12e6, 11e6] {
        assert_eq!(one(&claims, v).head.as_deref(), Some("tourist"), "{v}");
    }
    assert_eq!(one(&claims, 20_000.0).head.as_deref(), Some("person"));
    // "employment rose to a record 21.7 million": a figure with its own subject is not elliptical
    // (it counts the jobs its subject names, not the unemployed).
    let claims = parse(
        "Jobs\n\nThe number of unemployed people dropped to 2.76 million, while employment rose \
         to a record 21.7 million.",
        None,
    );
    assert_eq!(one(&claims, 21.7e6).head.as_deref(), Some("job"));
    // Spanish: the noun after "de" of a scaled figure in the sentence before, and the same
    // sentence's group before the last sentence's.
    let claims = parse(
        "Turismo\n\nReino Unido fue el principal país emisor, con casi 18,4 millones de turistas. \
         Le siguieron Francia, con 11,9 millones, y Alemania, con 11 millones.\n\nEl ministro \
         afirmó que el Gobierno espera superar los 100 millones de turistas en 2025.\n\nEn \
         julio, unas 20.000 personas se manifestaron, según la Guardia Urbana, mientras que los \
         organizadores elevaron la cifra a 50.000.",
        Some("es"),
    );
    for v in [11.9e6, 11e6] {
        assert_eq!(one(&claims, v).head.as_deref(), Some("tourist"), "{v}");
    }
    assert_eq!(one(&claims, 50_000.0).head.as_deref(), Some("person"));
    // "espera superar los 100 millones": a hope, and more than the figure.
    let hope = one(&claims, 100e6);
    assert_eq!(hope.qualifier, Some(Qualifier::Target));
    assert_eq!(hope.bound, Bound::Over);
}

#[test]
fn a_change_or_a_level_after_a_figure_measures_what_that_figure_measures() {
    let claims = parse(
        "Tourism\n\nTourists spent 126.3 billion euros, 16% more than in 2023. Net income fell 3% \
         to $2.1 billion, beating analysts' expectations of $1.9 billion. Shares rose 4.5% in \
         early trading to $182.30.",
        None,
    );
    assert!(one(&claims, 16.0).measure.starts_with("cost"));
    assert!(one(&claims, 2.1e9).measure.starts_with("net income"));
    assert!(one(&claims, 182.3).measure.starts_with("shares"));
    // What analysts expected is not what happened.
    assert_eq!(one(&claims, 1.9e9).qualifier, Some(Qualifier::Target));
    let claims = parse(
        "Turismo\n\nEl gasto total alcanzó los 126.282 millones de euros, lo que supone un \
         aumento del 16,1% respecto a 2023.\n\nLa lista de espera de 700.000 pacientes creció.",
        Some("es"),
    );
    assert!(one(&claims, 16.1).measure.starts_with("cost"));
    assert_eq!(one(&claims, 700_000.0).qualifier, None);
}

#[test]
fn an_opening_date_dates_the_sentence_and_a_past_day_is_before_publication() {
    let claims = parse(
        "Fires\n\nMADRID, Jun 12, 2024 (Reuters) - On March 3, 25 fires were recorded. On \
         Monday, police recorded 31 fires. In 2023, 40 fires were recorded, up from 30 in 2022.",
        None,
    );
    let as_of = |v: f64| one(&claims, v).time.as_of.map(|d| d.to_string());
    assert_eq!(as_of(25.0).as_deref(), Some("2024-03-03"));
    assert_eq!(as_of(31.0).as_deref(), Some("2024-06-10"));
    assert_eq!(as_of(40.0).as_deref(), Some("2023-12-31"));
    assert_eq!(as_of(30.0).as_deref(), Some("2022-12-31"));
    // "el pasado 1 de febrero", "last March 3": the latest such day before the publication date,
    // not the nearest one.
    let claims = parse(
        "Sequía\n\nBarcelona, 12 de enero de 2024 (EFE).- El Govern declaró la emergencia el \
         pasado 1 de febrero, cuando las reservas bajaron del 16%.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 16.0)
            .time
            .as_of
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-02-01")
    );
    let claims = parse(
        "Plant\n\nDETROIT, Jan 12, 2024 (Reuters) - The plant closed last March 3 with 300 \
         workers.",
        None,
    );
    assert_eq!(
        one(&claims, 300.0)
            .time
            .as_of
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-03-03")
    );
}

#[test]
fn the_speaker_before_the_verb_and_regional_offices_are_sources() {
    let claims = parse(
        "Tourism\n\nTourism Minister Jordi Hereu said Spain expected to exceed 100 million \
         visitors this year.",
        None,
    );
    assert_eq!(
        one(&claims, 100e6).attribution.as_deref(),
        Some("Tourism Minister Jordi Hereu")
    );
    let claims = parse(
        "Agua\n\nLa consejera de Acción Climática, Teresa Jordà, dijo que el Gobierno invertirá \
         2.400 millones de euros hasta 2040.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 2.4e9).attribution.as_deref(),
        Some("La consejera de Acción Climática (Teresa Jordà)")
    );
}

#[test]
fn impersonal_counts_differences_and_earlier_rates() {
    let claims = parse(
        "Homicidios\n\nMéxico registró 11.120 víctimas de homicidio doloso entre enero y junio, \
         un 16,9% menos que en el mismo periodo de 2024, cuando se contabilizaron 13.377. La \
         tasa se ubicó en 16,8 homicidios por cada 100 mil habitantes, frente a los 20,2 del \
         año anterior. La Comisión reportó 5.845 personas desaparecidas en el semestre, casi \
         600 más que un año antes.",
        Some("es"),
    );
    assert_eq!(one(&claims, 13_377.0).head.as_deref(), Some("death"));
    assert_eq!(one(&claims, 20.2).measure, "homicidios per 100000");
    let more = one(&claims, 600.0);
    assert_eq!(more.head.as_deref(), Some("missing person"));
    assert_eq!(more.qualifier, Some(Qualifier::Additional));
}

#[test]
fn a_same_period_baseline_and_a_name_that_begins_what_was_said() {
    let claims = parse(
        "Vivienda\n\nMadrid, 13 de diciembre de 2024 (EFE).- El precio de la vivienda subió un \
         8,1% en el tercer trimestre del año respecto al mismo periodo de 2023, hasta situarse \
         en 1.950 euros por metro cuadrado. La compraventa aumentó un 5,2%, hasta las 162.000 \
         operaciones.",
        Some("es"),
    );
    // "respecto al mismo periodo de 2023" is the baseline: the level is the third quarter's.
    let level = one(&claims, 1950.0);
    assert_eq!(
        level.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-09-30")
    );
    // Sales "operaciones" are no surgery.
    assert_eq!(one(&claims, 162_000.0).head, None);
    let claims = parse(
        "Housing\n\nThe government plans to build 184,000 homes by 2026, but developers say Spain \
         needs about 600,000 new homes.",
        None,
    );
    for v in [184_000.0, 600_000.0] {
        assert_ne!(one(&claims, v).attribution.as_deref(), Some("Spain"), "{v}");
    }
}

#[test]
fn trade_and_tax_sums_name_what_they_are_and_ages_are_no_counts() {
    let claims = parse(
        "Remesas\n\nLas remesas enviadas a México alcanzaron 64.745 millones de dólares en 2024. \
         El SAT recaudó 5,3 billones de pesos en impuestos. Las exportaciones crecieron un 4%, \
         hasta 617.000 millones de dólares.",
        Some("es"),
    );
    assert_eq!(one(&claims, 64.745e9).head.as_deref(), Some("remittance"));
    assert_eq!(one(&claims, 5.3e12).head.as_deref(), Some("tax"));
    // "crecieron un 4%, hasta …": the level reached, not a ceiling.
    let exports = one(&claims, 617e9);
    assert_eq!(exports.head.as_deref(), Some("export"));
    assert_eq!(exports.bound, Bound::Exact);
    let claims = parse(
        "Court\n\nJasiel Correia, 32, was convicted in May of 21 counts, including fraud.",
        None,
    );
    assert!(with_value(&claims, 32.0).is_empty());
    assert_eq!(with_value(&claims, 21.0).len(), 1);
}

#[test]
fn an_office_that_speaks_is_not_what_an_elided_figure_counts() {
    let claims = parse(
        "Empleo\n\nLa ministra de Trabajo, Yolanda Díaz, celebró que el empleo femenino supera \
         por primera vez los 10,3 millones.",
        Some("es"),
    );
    assert_ne!(one(&claims, 10.3e6).head.as_deref(), Some("minister"));
}

#[test]
fn a_price_per_unit_is_its_own_measure() {
    let claims = parse(
        "Vivienda\n\nEl precio subió hasta 1.950 euros por metro cuadrado. El gasto total de los \
         turistas alcanzó 126.282 millones de euros.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 1950.0).head.as_deref(),
        Some("price per square metre")
    );
    assert_eq!(one(&claims, 126_282e6).head.as_deref(), Some("cost"));
    let claims = parse(
        "Housing\n\nPrices rose to an average of 1,950 euros ($2,050) per square metre. Brent \
         traded at $85 a barrel.",
        None,
    );
    for v in [1950.0, 2050.0] {
        assert_eq!(
            one(&claims, v).head.as_deref(),
            Some("price per square metre")
        );
    }
    assert_eq!(one(&claims, 85.0).head.as_deref(), Some("price per barrel"));
}

#[test]
fn a_list_s_bare_figures_count_what_its_first_figure_counts() {
    let claims = parse(
        "Outage\n\nBy district, 4,100 homes lost power in Norte, 3,850 in Sur, 2,900 in Centro \
         and 1,200 in Este. The flood killed 5 people in 2019 and 7 in 2020. More than half of \
         the 1,200 respondents said prices were too high.",
        None,
    );
    for v in [3850.0, 2900.0] {
        assert_eq!(one(&claims, v).head.as_deref(), Some("home"), "{v}");
    }
    assert_eq!(one(&claims, 7.0).head.as_deref(), Some("death"));
    // "said prices": what respondents said is not what was counted.
    let respondents = with_value(&claims, 1200.0);
    assert!(respondents
        .iter()
        .all(|c| c.head.as_deref() != Some("budget")));
    let claims = parse(
        "Senado\n\nEl Senado aprobó la reforma con 86 votos a favor y 41 en contra.",
        Some("es"),
    );
    assert_eq!(one(&claims, 41.0).head.as_deref(), Some("vote"));
}

#[test]
fn people_counted_by_the_number_of_a_group_are_that_group() {
    let claims = parse(
        "Paro\n\nEl número de parados registrados bajó en 26.000 personas en octubre.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 26_000.0).head.as_deref(),
        Some("unemployed person")
    );
}

#[test]
fn a_short_opening_phrase_of_place_holds_for_the_sentence() {
    let place =
        |text: &str, lang: &str, v: f64| place_in_story("Floods force evacuations", text, lang, v);
    assert_eq!(
        place(
            "In Mexico, 300 people were evacuated on Monday.",
            "en",
            300.0
        ),
        Some("mexico".into())
    );
    assert_eq!(
        place(
            "En Colombia, el paro se redujo en 5.300 personas.",
            "es",
            5300.0
        ),
        Some("colombia".into())
    );
    assert_eq!(
        place(
            "In Cuba alone, the storm left 40,000 homes without power.",
            "en",
            40000.0
        ),
        Some("cuba".into())
    );
    // The figure's own clause names its place first; a time is no place.
    assert_eq!(
        place(
            "In Peru, officials said 120 people were rescued in Bolivia.",
            "en",
            120.0
        ),
        Some("bolivia".into())
    );
    assert_eq!(
        place("In March, 300 people were evacuated.", "en", 300.0),
        None
    );
}

#[test]
fn spanish_mayores_are_older_people_not_mayors() {
    let head = |text: &str, lang: &str, v: f64| {
        let text = format!("Vacunación contra la gripe\n\n{text}\n");
        one(&parse(&text, Some(lang)), v).head.clone()
    };
    assert_eq!(
        head(
            "Más de 3,2 millones de mayores de 60 años se han vacunado, según Sanidad.",
            "es",
            3_200_000.0
        )
        .as_deref(),
        Some("older adult")
    );
    assert_eq!(
        head("Los adultos mayores son 1,2 millones.", "es", 1_200_000.0).as_deref(),
        Some("older adult")
    );
    assert_eq!(
        head("Más de 300 alcaldes firmaron la carta.", "es", 300.0).as_deref(),
        Some("mayor")
    );
    assert_eq!(
        head("Some 15 mayors signed the letter.", "en", 15.0).as_deref(),
        Some("mayor")
    );
}

#[test]
fn the_level_reached_after_a_comma_counts_what_the_clause_before_counts() {
    let claim = |text: &str, lang: &str, v: f64| {
        let text = format!("Jobless figures\n\n{text}\n");
        let claims = parse(&text, Some(lang));
        let c = one(&claims, v);
        (c.head.clone(), c.qualifier)
    };
    assert_eq!(
        claim(
            "The number of unemployed fell by 26,000 in October, to a total of 2.4 million.",
            "en",
            2_400_000.0
        ),
        (Some("unemployed person".into()), Some(Qualifier::Total))
    );
    assert_eq!(
        claim(
            "El número de parados bajó en 26.000 personas en octubre, hasta un total de 2,4 millones.",
            "es",
            2_400_000.0
        ),
        (Some("unemployed person".into()), Some(Qualifier::Total))
    );
    assert_eq!(
        claim(
            "El número de parados bajó en 26.000 personas, hasta los 2,4 millones.",
            "es",
            2_400_000.0
        )
        .0
        .as_deref(),
        Some("unemployed person")
    );
}

#[test]
fn a_dotted_initialism_is_one_word_not_clause_breaks() {
    let text =
        "Measles cases climb\n\nThe number of measles cases in the U.S. has risen to 1,046, \
                officials said. Unemployment in the U.K. rose to 4.5%. Las exportaciones de \
                EE.UU. crecieron un 3%.\n";
    let claims = parse(text, Some("en"));
    let cases = one(&claims, 1046.0);
    assert_eq!(cases.head.as_deref(), Some("case"));
    assert_eq!(cases.place.as_deref(), Some("united states"));
    assert_eq!(one(&claims, 4.5).place.as_deref(), Some("united kingdom"));
    assert_eq!(one(&claims, 3.0).place.as_deref(), Some("united states"));
}

#[test]
fn vague_magnitudes_are_claims_of_what_they_count() {
    let claims = parse(
        "Marcha en Madrid\n\nDecenas de miles de personas se manifestaron el sábado en Madrid, \
         según los organizadores. La policía desplegó a cientos de agentes.",
        Some("es"),
    );
    let crowd = claims
        .iter()
        .find(|c| c.quote == "Decenas de miles")
        .expect("the crowd");
    assert_eq!(crowd.value, Some(Value::Range(10_000.0, 99_999.0)));
    assert_eq!(crowd.bound, Bound::Range);
    assert_eq!(crowd.head.as_deref(), Some("person"));
    assert_eq!(crowd.attribution.as_deref(), Some("los organizadores"));
    let officers = claims
        .iter()
        .find(|c| c.quote == "cientos")
        .expect("officers");
    assert_eq!(officers.value, Some(Value::Range(100.0, 999.0)));
    assert!(officers.head.is_some(), "{officers:?}");
}

#[test]
fn the_size_of_a_rise_or_fall_is_a_change_and_the_level_after_it_a_total() {
    let text = "El paro baja en octubre\n\n\
                El número de parados bajó en 26.000 personas en octubre, hasta los 2,4 millones, \
                según el Ministerio de Trabajo. La afiliación aumentó en 150.000 trabajadores.\n\n\
                Según el servicio meteorológico, cayeron 350 milímetros de lluvia.";
    let claims = parse(text, Some("es"));
    let q = |v: f64| one(&claims, v).qualifier;
    assert_eq!(q(26_000.0), Some(Qualifier::Change));
    assert_eq!(q(2_400_000.0), Some(Qualifier::Total));
    assert_eq!(q(150_000.0), Some(Qualifier::Change));
    assert_eq!(q(350.0), None, "rain that fell is no change");
    let text = "Jobs\n\nThe number of unemployed fell by 26,000 in October, to a total of 2.4 \
                million. Payrolls rose 150,000, while the jobless rate fell to 4.1%.";
    let claims = parse(text, Some("en"));
    let q = |v: f64| one(&claims, v).qualifier;
    assert_eq!(q(26_000.0), Some(Qualifier::Change));
    assert_eq!(q(2_400_000.0), Some(Qualifier::Total));
    assert_eq!(q(150_000.0), Some(Qualifier::Change));
    assert_eq!(q(4.1), None, "a rate that fell to 4.1% is no total");
}

#[test]
fn published_figures_belong_to_who_published_them() {
    let claims = parse(
        "Turismo\n\nEspaña recibió 93,8 millones de turistas en 2024, según los datos publicados \
         este lunes por el Instituto Nacional de Estadística (INE).",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 93.8e6).attribution.as_deref(),
        Some("Instituto Nacional de Estadística (INE)")
    );
    let claims = parse(
        "Tourism\n\nSpain received 93.8 million tourists in 2024, according to data released on \
         Monday by the National Statistics Institute.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 93.8e6).attribution.as_deref(),
        Some("National Statistics Institute")
    );
}

#[test]
fn a_spanish_average_may_be_medio() {
    let claims = parse(
        "Turismo\n\nEl gasto medio diario fue de 186 euros. En medio de la crisis, 300 hoteles \
         cerraron.",
        Some("es"),
    );
    assert_eq!(one(&claims, 186.0).qualifier, Some(Qualifier::Average));
    assert_eq!(one(&claims, 300.0).qualifier, None);
}

#[test]
fn a_school_or_fiscal_year_is_the_time_of_a_figure_not_what_it_counts() {
    let claims = parse(
        "Vaccination\n\nAUSTIN, 4 March 2025 — The kindergarten vaccination rate in Texas fell to \
         92.7% last school year, according to the CDC. Exports rose 4% last fiscal year.",
        Some("en"),
    );
    let rate = one(&claims, 92.7);
    assert_eq!(rate.measure, "kindergarten vaccination rate, in texas");
    assert_eq!(rate.time.text.as_deref(), Some("last school year"));
    assert_eq!(one(&claims, 4.0).measure, "exports, change");
}

#[test]
fn a_state_inside_a_name_is_no_place() {
    let claims = parse(
        "News\n\nThe New York Times reported 300 deaths. In New York, 40 people were hurt. \
         Virginia Ruiz said 12 homes burned.",
        Some("en"),
    );
    assert_eq!(one(&claims, 300.0).place, None);
    assert_eq!(one(&claims, 40.0).place.as_deref(), Some("new york"));
    assert_eq!(one(&claims, 12.0).place, None);
}

#[test]
fn nations_of_the_united_kingdom_and_large_cities_are_places() {
    let claims = parse(
        "Waiting lists\n\nIn England, 7.6 million people were waiting for treatment. In Scotland, \
         the figure was 830,000.",
        Some("en"),
    );
    assert_eq!(one(&claims, 7.6e6).place.as_deref(), Some("england"));
    assert_eq!(one(&claims, 830_000.0).place.as_deref(), Some("scotland"));
    let claims = parse(
        "Homicidios\n\nEn Cali, la tasa fue de 49 homicidios por cada 100.000 habitantes.",
        Some("es"),
    );
    assert_eq!(one(&claims, 49.0).place.as_deref(), Some("cali"));
}

#[test]
fn a_forecast_is_no_fact() {
    let claims = parse(
        "Economy\n\nThe minister said the economy will grow about 3% in 2025. It grew 2.1% in \
         2024. The 2,700 doctors who will join the 950 who already work in hospitals arrive \
         next week.",
        Some("en"),
    );
    assert_eq!(one(&claims, 3.0).qualifier, Some(Qualifier::Target));
    // "It grew 2.1%": the size of a change.
    assert_eq!(one(&claims, 2.1).qualifier, Some(Qualifier::Change));
    assert_eq!(one(&claims, 950.0).qualifier, Some(Qualifier::Already));
    let claims = parse(
        "Turismo\n\nEl ministro afirmó que el sector crecerá alrededor de un 3 % en 2025.",
        Some("es"),
    );
    assert_eq!(one(&claims, 3.0).qualifier, Some(Qualifier::Target));
}

#[test]
fn a_rate_per_inhabitants_counts_the_rates_own_noun() {
    let claims = parse(
        "Homicidios\n\nColombia registró 13.024 homicidios en 2024, lo que sitúa la tasa en 24,9 \
         por cada 100.000 habitantes. Cali fue la ciudad con la mayor tasa de homicidios, con 49 \
         por cada 100.000 habitantes. El país tiene 1,6 camas por cada 1.000 habitantes.",
        Some("es"),
    );
    assert_eq!(one(&claims, 24.9).head.as_deref(), Some("homicide"));
    assert_eq!(one(&claims, 49.0).head.as_deref(), Some("homicide"));
    assert_eq!(one(&claims, 1.6).head.as_deref(), Some("bed"));
    let claims = parse(
        "Murders\n\nThe murder rate fell to 5.7 per 100,000 people last year.",
        Some("en"),
    );
    assert_eq!(one(&claims, 5.7).head.as_deref(), Some("homicide"));
}

#[test]
fn cases_of_a_crime_named_before_them_count_the_crime() {
    let claims = parse(
        "Seguridad\n\nLas extorsiones aumentaron un 18 % y los secuestros pasaron de 298 a 355 \
         casos. Los hurtos a personas disminuyeron en casi 20.000 casos.",
        Some("es"),
    );
    assert_eq!(one(&claims, 355.0).head.as_deref(), Some("kidnapping"));
    assert_eq!(one(&claims, 20_000.0).head.as_deref(), Some("robbery"));
    // Cases of a disease stay cases.
    let claims = parse(
        "Measles\n\nThe state reported 198 measles cases.",
        Some("en"),
    );
    assert_eq!(one(&claims, 198.0).head.as_deref(), Some("case"));
}

#[test]
fn a_verb_after_a_source_noun_ends_the_source_and_a_changes_size_has_its_subject() {
    let claims = parse(
        "Results\n\nSAN FRANCISCO, Oct 24, 2024 (Reuters) -\n\nThe company raised its \
         full-year revenue forecast to between $18.9 billion and $19.1 billion. Subscription \
         customers rose by 12,400 to about 186,000 in the quarter. Northwind, founded in 1998, \
         employs around 30,000 people. Season-ticket sales have risen by 4,500 to 41,200 since June.",
        Some("en"),
    );
    let range = claims
        .iter()
        .find(|c| c.kind == ClaimKind::Range)
        .expect("the forecast range");
    assert_eq!(range.attribution, None);
    assert_eq!(one(&claims, 12_400.0).head.as_deref(), Some("customer"));
    assert_eq!(one(&claims, 12_400.0).qualifier, Some(Qualifier::Change));
    // The founding year describes the company, not the count of its people.
    let people = one(&claims, 30_000.0);
    assert_eq!(
        people.time.as_of,
        crosscheck_engine::time::Date::parse_iso("2024-10-24")
    );
    // "since" is no counted noun; the subject of the change is.
    assert_eq!(one(&claims, 41_200.0).unit.as_deref(), Some("sales"));
}

#[test]
fn thresholds_deadlines_and_relative_clauses_do_not_date_a_figure() {
    let claims = parse(
        "NHS\n\nLONDON, 9 May 2024\n\nNearly 48,000 had been waiting more than 65 weeks, \
         against a government target to eliminate such waits by September. Only 58.3% of \
         patients were seen within 18 weeks, far below the 92% standard, which has not been met \
         since 2016.",
        Some("en"),
    );
    let published = crosscheck_engine::time::Date::parse_iso("2024-05-09");
    for v in [48_000.0, 58.3] {
        let c = one(&claims, v);
        assert_eq!(
            (c.time.as_of, c.time.from, c.time.to),
            (published, None, None),
            "{v}"
        );
    }
    // A budget's year before the figures frames the sentence.
    let claims = parse(
        "Sanidad\n\nSEVILLA, 12 de marzo de 2024\n\nEl presupuesto sanitario andaluz para 2024 \
         asciende a 14.540 millones de euros, un 6,2 % más que el año anterior, lo que equivale \
         a 1.695 euros por habitante.",
        Some("es"),
    );
    let year_end = crosscheck_engine::time::Date::parse_iso("2024-12-31");
    assert_eq!(one(&claims, 6.2).time.as_of, year_end);
    assert_eq!(one(&claims, 1695.0).time.as_of, year_end);
    // A cumulative count runs from the start its sentence dates to the publication.
    let claims = parse(
        "Missions\n\nHAVANA, 27 Nov 2024\n\nCuban medical missions, which began in 1963, have \
         sent over 407,000 healthcare professionals to 164 countries.",
        Some("en"),
    );
    let sent = one(&claims, 407_000.0);
    assert_eq!(sent.qualifier, Some(Qualifier::Cumulative));
    let date = crosscheck_engine::time::Date::parse_iso;
    assert_eq!(
        (sent.time.from, sent.time.as_of, sent.time.to),
        (date("1963-01-01"), date("2024-11-27"), None)
    );
}

#[test]
fn a_comparisons_baseline_does_not_date_the_figure_and_hasta_after_a_period_is_to() {
    let claims = parse(
        "Alquiler\n\nMADRID, 25 de octubre de 2024\n\nEl precio del alquiler llegó en septiembre \
         a 21,4 euros por metro cuadrado, un 14,8 % más que hace un año. La compraventa de \
         viviendas cayó un 3 % entre enero y septiembre, hasta 468.000 operaciones.",
        Some("es"),
    );
    let rise = one(&claims, 14.8);
    assert_eq!(rise.time.text.as_deref(), Some("septiembre"));
    assert_eq!(one(&claims, 468_000.0).bound, Bound::Exact);
    let claims = parse(
        "Results\n\nSAN FRANCISCO, Oct 24, 2024 (Reuters) -\n\nThird-quarter revenue was \
         $4.82 billion, up 18% from a year earlier.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 18.0).time.text.as_deref(),
        Some("Third-quarter")
    );
}

#[test]
fn a_toll_so_far_an_earlier_toll_and_a_past_epidemic_keep_their_own_times() {
    let claims = parse(
        "Dengue deaths rise in Honduras\n\nTEGUCIGALPA, April 29, 2024 — The ministry counted 58 \
         dengue deaths this year, up from 23 two weeks ago, the Health Ministry said on Monday. \
         The outbreak is still smaller than the 2019 epidemic, when 112,000 cases were \
         recorded.",
        None,
    );
    let as_of = |v: f64| one(&claims, v).time.as_of.map(|d| d.to_string());
    // A toll of a year still running is counted up to the publication day.
    assert_eq!(as_of(58.0).as_deref(), Some("2024-04-29"));
    // "up from 23 two weeks ago": not the day the ministry spoke.
    assert_eq!(as_of(23.0).as_deref(), Some("2024-04-15"));
    // "the 2019 epidemic, when 112,000 cases were recorded".
    assert_eq!(as_of(112_000.0).as_deref(), Some("2019-12-31"));
}

#[test]
fn spanish_deaths_ships_waiting_and_a_week_number() {
    let claims = parse(
        "Dengue y huelga\n\nTEGUCIGALPA, 14 de marzo de 2024.- La ministra contabilizó 23 \
         fallecimientos por dengue. Otras 61 personas están en análisis. La Empresa Portuaria \
         informó que 40 naves en espera aguardan turno. El boletín de la semana 14 registra un \
         aumento del 38 %.",
        Some("es"),
    );
    assert_eq!(one(&claims, 23.0).head.as_deref(), Some("death"));
    let ships = one(&claims, 40.0);
    assert_eq!(ships.head.as_deref(), Some("ship"));
    // "en espera": waiting, not a hope.
    assert_eq!(ships.qualifier, None);
    // "la semana 14" numbers a week.
    assert!(with_value(&claims, 14.0).is_empty(), "{claims:#?}");
}

#[test]
fn a_bare_sum_after_one_in_a_currency_is_in_that_currency() {
    let claims = parse(
        "Dengue funds\n\nTEGUCIGALPA, April 29, 2024 — Hospitals were treating 205 patients on \
         Sunday, the association said.\n\nOf the 150 million lempiras released, 87 million had \
         been spent by last Friday, officials said.",
        None,
    );
    let spent = one(&claims, 87_000_000.0);
    assert_eq!(spent.kind, ClaimKind::Money);
    assert_eq!(spent.unit.as_deref(), Some("HNL"));
    let claims = parse(
        "Plan contra la sequía\n\nBARCELONA, 7 de febrero de 2024.- El plan, de 2.400 millones de \
         euros (unos 2.590 millones de dólares), incluye ampliar la desalinizadora del Tordera, \
         con un coste de 200 millones.",
        None,
    );
    assert_eq!(one(&claims, 200_000_000.0).unit.as_deref(), Some("EUR"));
}

#[test]
fn year_on_year_is_a_comparison_not_what_a_change_counts() {
    let claims = parse(
        "Results\n\nApril 29, 2025\n\nTelvira reported first-quarter revenue of 10.2 billion euros, \
         up 3.1% year on year, while net profit fell 8% to 512 million euros. Sales rose 2.4% \
         year-over-year in the quarter, the company said.\n",
        Some("en"),
    );
    let revenue = one(&claims, 3.1);
    assert_eq!(revenue.head.as_deref(), Some("revenue"), "{revenue:#?}");
    assert_eq!(revenue.qualifier, Some(Qualifier::Change));
    assert_ne!(one(&claims, 2.4).head.as_deref(), Some("year"));
    // "fell 8% to 512 million": the 8% is how much it fell, the 512 million the level.
    assert_eq!(one(&claims, 8.0).measure, "net profit, change");
}

#[test]
fn an_earlier_value_after_an_article_and_a_place_of_another_act() {
    let claims = parse(
        "Job cuts\n\nMay 7, 2025\n\nTelvira reduced the number of planned job cuts in Spain to 980 \
         after talks with unions, down from the 1,150 it proposed last week.\n\nThe ministry \
         revised its tally down to 121,900 after removing duplicate records from Buenos Aires \
         province.\n",
        Some("en"),
    );
    // "down from the 1,150": the earlier value of the cuts.
    assert_eq!(one(&claims, 1150.0).head.as_deref(), Some("layoff"));
    // Where the removed records came from is no place of the tally.
    assert_eq!(one(&claims, 121_900.0).place, None);
}

#[test]
fn ebitda_is_its_own_measure_not_revenue() {
    let claims = parse(
        "Resultados\n\n30 de abril de 2025\n\nLos ingresos del grupo alcanzaron los 10.210 millones \
         de euros, mientras que el ebitda se situó en 3.150 millones.\n",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 10_210_000_000.0).head.as_deref(),
        Some("revenue")
    );
    assert_eq!(
        one(&claims, 3_150_000_000.0).head.as_deref(),
        Some("ebitda")
    );
}

#[test]
fn a_span_of_days_dates_a_figure_with_both_days() {
    let time = |c: &Claim| {
        (
            c.time.from.map(|d| d.to_string()),
            c.time.to.map(|d| d.to_string()),
        )
    };
    let want = (
        Some("2025-06-10".to_string()),
        Some("2025-06-12".to_string()),
    );
    let claims = parse(
        "Festival\n\n3 de mayo de 2025\n\nDel 10 al 12 de junio de 2025 llegaron 300 artistas a Cartagena.\n",
        Some("es"),
    );
    assert_eq!(time(one(&claims, 300.0)), want, "{claims:#?}");
    let claims = parse(
        "Festival\n\nMay 3, 2025\n\nThe festival drew 300 artists from June 10 to 12, 2025.\n",
        Some("en"),
    );
    assert_eq!(time(one(&claims, 300.0)), want, "{claims:#?}");
    // Without a year, the days nearest the publication date.
    let claims = parse(
        "Festival\n\n20 de mayo de 2025\n\nDel 10 al 12 de junio llegarán 300 artistas a Cartagena.\n",
        Some("es"),
    );
    assert_eq!(time(one(&claims, 300.0)), want, "{claims:#?}");
    // A date's own comma ends no clause.
    let claims = parse(
        "Fires\n\nMay 20, 2024\n\nPolice recorded 25 fires on May 13, 2024, officials said.\n",
        Some("en"),
    );
    let day = Some("2024-05-13".to_string());
    assert_eq!(time(one(&claims, 25.0)), (day.clone(), day), "{claims:#?}");
}

#[test]
fn a_demonym_of_two_words_counts_people_and_names_no_place() {
    let claims = parse(
        "Vote\n\nFebruary 3, 2026\n\nAbout 3.7 million Costa Ricans were eligible to vote, while some 600,000 South Africans live abroad.\n",
        Some("en"),
    );
    for (v, measure) in [(3.7e6, "costa ricans"), (600_000.0, "south africans")] {
        let c = one(&claims, v);
        assert_eq!(
            (c.measure.as_str(), c.place.as_deref()),
            (measure, None),
            "{c:#?}"
        );
    }
}

#[test]
fn a_yearless_month_told_in_the_past_is_not_ahead_of_the_article() {
    let month = |text: &str, lang: &str| {
        let claims = parse(text, Some(lang));
        let c = one(&claims, 44.0);
        (
            c.time.from.map(|d| d.to_string()),
            c.time.to.map(|d| d.to_string()),
        )
    };
    let s = |x: &str| Some(x.to_string());
    let past = (s("2024-06-01"), s("2024-06-30"));
    let coming = (s("2025-06-01"), s("2025-06-30"));
    let en = |body: &str| format!("Deliveries\n\nMay 20, 2025\n\n{body}\n");
    let es = |body: &str| format!("Entregas\n\n20 de mayo de 2025\n\n{body}\n");
    let told = [
        (
            "en",
            "Boeing delivered 44 aircraft in June, down from 60 a year earlier.",
            past.clone(),
        ),
        ("es", "La empresa entregó 44 aviones en junio.", past),
        // The coming June when the clause looks ahead, or tells nothing of when.
        (
            "en",
            "Boeing will deliver 44 aircraft in June.",
            coming.clone(),
        ),
        (
            "es",
            "La empresa entregará 44 aviones en junio.",
            coming.clone(),
        ),
        (
            "en",
            "Boeing expects 44 deliveries in June.",
            coming.clone(),
        ),
        (
            "es",
            "La empresa va a entregar 44 aviones en junio.",
            coming,
        ),
    ];
    for (lang, body, want) in told {
        let text = if lang == "en" { en(body) } else { es(body) };
        assert_eq!(month(&text, lang), want, "{body}");
    }
    // A month before the publication date that the clause looks ahead to is next year's.
    let claims = parse(
        &es("La planta, que emplea a 44 trabajadores, cerrará en febrero."),
        Some("es"),
    );
    let c = one(&claims, 44.0);
    assert_eq!(c.time.from.map(|d| d.to_string()), s("2026-02-01"));
    // A month before the publication date is that of its year, whatever the tense.
    let feb = (s("2025-02-01"), s("2025-02-28"));
    assert_eq!(
        month(
            &en("Exports fell 44% more than expected in February due to strikes."),
            "en"
        ),
        feb
    );
    let march = (s("2025-03-01"), s("2025-03-31"));
    assert_eq!(
        month(&en("Boeing delivered 44 aircraft in March."), "en"),
        march
    );
}

#[test]
fn tolls_by_copula_parts_of_a_whole_and_the_events_a_since_names() {
    let en = |body: &str| format!("Wildfires\n\nFebruary 7, 2024\n\n{body}\n");
    let es = |body: &str| format!("Incendios\n\n7 de febrero de 2024\n\n{body}\n");
    // A toll given by its copula is the toll, whatever follows it before the verb.
    let claims = parse(
        &en("The death toll from the fires was 112, officials said."),
        Some("en"),
    );
    assert_eq!(one(&claims, 112.0).head.as_deref(), Some("death"));
    // A count of part of a stated whole is narrowed by what the part is.
    for (text, lang, part) in [
        (
            en("So far only 32 of the victims have been identified."),
            "en",
            "identified",
        ),
        (
            es("Hasta ahora, solo 32 de las víctimas han sido identificadas."),
            "es",
            "identificadas",
        ),
    ] {
        let c = one(&parse(&text, Some(lang))[..], 32.0).clone();
        assert_eq!(c.modifiers, vec![part.to_string()], "{text}");
    }
    // A figure of the event a "since" names is that event's, in its year, not a count since it;
    // and a superlative's "since" dates no start.
    let claims = parse(
        &en("It is the deadliest disaster since the 2010 earthquake, which killed 525 people."),
        Some("en"),
    );
    let c = one(&claims, 525.0);
    assert_eq!(c.qualifier, None);
    let year = |d: Option<crosscheck_engine::time::Date>| d.map(|d| d.to_string());
    assert_eq!(
        (year(c.time.from), year(c.time.to)),
        (Some("2010-01-01".into()), Some("2010-12-31".into()))
    );
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Date),
        "{claims:#?}"
    );
    let claims = parse(
        &es("Desde 2010, el programa ha formado a 4.000 médicos."),
        Some("es"),
    );
    assert!(claims.iter().any(|c| c.kind == ClaimKind::Date));
    assert_eq!(one(&claims, 4000.0).qualifier, Some(Qualifier::Cumulative));
}

#[test]
fn layoffs_are_counted_as_such_in_both_languages() {
    let es = parse(
        "Despidos\n\n12 de enero de 2025\n\nEl sindicato cifró en 2.000 los despidos.\n",
        Some("es"),
    );
    assert_eq!(one(&es, 2000.0).head.as_deref(), Some("layoff"));
    let en = parse(
        "Layoffs\n\nJanuary 12, 2025\n\nThe company announced 1,800 job cuts.\n",
        Some("en"),
    );
    assert_eq!(one(&en, 1800.0).head.as_deref(), Some("layoff"));
}

#[test]
fn what_a_verb_of_putting_sets_at_a_figure_is_its_measure() {
    let es = |body: &str| format!("Precios\n\n13 de junio de 2024\n\n{body}\n");
    let en = |body: &str| format!("Prices\n\nJune 13, 2024\n\n{body}\n");
    let claims = parse(
        &es("Los precios subieron un 4,2% en mayo, lo que sitúa la inflación interanual en el 276,4%."),
        Some("es"),
    );
    assert_eq!(one(&claims, 276.4).head.as_deref(), Some("inflation"));
    let claims = parse(&es("La caída eleva la tasa de paro al 12,5%."), Some("es"));
    assert_eq!(one(&claims, 12.5).head.as_deref(), Some("unemployment"));
    let claims = parse(
        &en("The data put annual inflation at 3.4% in May."),
        Some("en"),
    );
    assert_eq!(one(&claims, 3.4).head.as_deref(), Some("inflation"));
    // The object's determiner is no modifier ("its inflation" was a measure with "its").
    let claims = parse(
        &en("The IMF raised its inflation estimate to 2.1%."),
        Some("en"),
    );
    let c = one(&claims, 2.1);
    assert_eq!(
        (c.head.as_deref(), c.modifiers.len()),
        (Some("inflation"), 0)
    );
    // A count: the object of "revised … down to", its modifiers kept ("confirmed" is one, in
    // both languages), and a "real number" is not the confirmed count.
    let claims = parse(
        &en(
            "The ministry revised its tally of confirmed cases down to 121,900. A charity \
             estimates the real number of infections is more than 500,000.",
        ),
        Some("en"),
    );
    let c = one(&claims, 121_900.0);
    assert_eq!(
        (c.head.as_deref(), c.modifiers.clone()),
        (Some("case"), vec!["confirmed".to_string()])
    );
    assert_eq!(one(&claims, 500_000.0).modifiers, vec!["real".to_string()]);
    let claims = parse(
        &es("El Ministerio informó 121.900 casos confirmados."),
        Some("es"),
    );
    assert_eq!(
        one(&claims, 121_900.0).modifiers,
        vec!["confirmed".to_string()]
    );
}

#[test]
fn the_state_a_counted_group_is_in_narrows_it_in_either_language() {
    let en = |body: &str| format!("Mine collapse\n\nMarch 6, 2025\n\n{body}\n");
    let es = |body: &str| format!("Derrumbe\n\n6 de marzo de 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "At least 32 miners were trapped on Wednesday. Five workers were rescued alive, \
             while 30 remain trapped. Twelve people were rescued.",
        ),
        Some("en"),
    );
    assert_eq!(one(&claims, 32.0).modifiers, vec!["trapped".to_string()]);
    assert_eq!(one(&claims, 32.0).measure, "miners trapped");
    assert_eq!(one(&claims, 5.0).modifiers, vec!["rescued".to_string()]);
    assert_eq!(one(&claims, 30.0).modifiers, vec!["trapped".to_string()]);
    // The rescued themselves are the group, not a state of it.
    let rescued = one(&claims, 12.0);
    assert_eq!(
        (rescued.head.as_deref(), rescued.modifiers.len()),
        (Some("survivor"), 0)
    );
    // Spanish participles after the noun or in the predicate read as the English states.
    let claims = parse(
        &es(
            "Al menos 32 mineros quedaron atrapados. Cinco trabajadores fueron rescatados. \
             Unas 8.500 viviendas resultaron afectadas.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 32.0).modifiers, vec!["trapped".to_string()]);
    assert_eq!(one(&claims, 32.0).measure, "mineros atrapados");
    assert_eq!(one(&claims, 5.0).modifiers, vec!["rescued".to_string()]);
    assert_eq!(one(&claims, 8500.0).modifiers, vec!["affected".to_string()]);
    // People named by their state are that group, as "people evacuated" is in English.
    let claims = parse(
        &es("Unas 300 personas desalojadas llegaron al albergue."),
        Some("es"),
    );
    assert_eq!(
        one(&claims, 300.0).head.as_deref(),
        Some("displaced person")
    );
    // The number a long subject names, past its commas.
    let claims = parse(
        &es(
            "El número de mineros atrapados en la mina de carbón de Sabinas, Coahuila, \
             aumentó a 35.",
        ),
        Some("es"),
    );
    let c = one(&claims, 35.0);
    assert_eq!(
        (c.head.as_deref(), c.modifiers.clone()),
        (Some("miner"), vec!["trapped".to_string()])
    );
}

#[test]
fn baselines_a_day_before_keep_their_group_and_verbs_of_totalling_name_it() {
    let en = |body: &str| format!("Strike\n\nOctober 15, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "The union said 52,000 teachers were on strike, up from 48,000 the previous day. \
             Strikers numbered 29,500, down from 31,000 the day before. Overdose deaths in 2019 \
             totalled 70,630, the study said.",
        ),
        Some("en"),
    );
    // "the previous day" is no count of days.
    assert_eq!(one(&claims, 48_000.0).head.as_deref(), Some("teacher"));
    assert_eq!(one(&claims, 31_000.0).head.as_deref(), Some("protester"));
    assert_eq!(one(&claims, 29_500.0).head.as_deref(), Some("protester"));
    let deaths = one(&claims, 70_630.0);
    assert_eq!(deaths.head.as_deref(), Some("overdose death"));
    assert_eq!(deaths.attribution.as_deref(), Some("the study"));
    // A gerund's clause happens on the day of the clause before it.
    let claims = parse(
        &en("About 48,000 teachers went on strike on Monday, closing more than 1,200 schools."),
        Some("en"),
    );
    let day = |v: f64| one(&claims, v).time.as_of.map(|d| d.day);
    assert_eq!((day(48_000.0), day(1_200.0)), (Some(13), Some(13)));
}

#[test]
fn who_lowers_a_figure_and_leaders_of_a_group_are_sources() {
    let en = |body: &str| format!("Strike\n\nOctober 15, 2025\n\n{body}\n");
    let es = |body: &str| format!("Huelga\n\n15 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "The ministry lowered the figure to 31,000 teachers. Union leaders said they \
             would accept no less than 6%.",
        ),
        Some("en"),
    );
    assert_eq!(
        one(&claims, 31_000.0).attribution.as_deref(),
        Some("The ministry")
    );
    assert_eq!(
        one(&claims, 6.0).attribution.as_deref(),
        Some("Union leaders")
    );
    let claims = parse(
        &es("El Ministerio de Educación rebajó la cifra a unos 31.000 docentes."),
        Some("es"),
    );
    assert_eq!(
        one(&claims, 31_000.0).attribution.as_deref(),
        Some("El Ministerio de Educación")
    );
}

#[test]
fn a_percentage_of_a_named_rise_measures_it_and_a_change_s_since_starts_nothing() {
    let en = |body: &str| format!("Pay talks\n\nOctober 14, 2025\n\n{body}\n");
    let es = |body: &str| format!("Salarios\n\n14 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "The government has offered a pay rise of 3.5% for this year. Teachers' pay has \
             fallen by 11% in real terms since 2015, according to the institute.",
        ),
        Some("en"),
    );
    assert_eq!(one(&claims, 3.5).measure, "pay rise");
    // The year is where the fall is measured from, not when anything started.
    assert!(
        claims.iter().all(|c| c.kind != ClaimKind::Date),
        "{claims:#?}"
    );
    let claims = parse(
        &es(
            "El Gobierno ofrece una subida salarial del 3,5 % para este año. Unos 200 \
             rescatistas participan en las labores.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 3.5).measure, "subida salarial");
    assert_eq!(one(&claims, 200.0).head.as_deref(), Some("rescuer"));
}

#[test]
fn a_relative_clause_s_day_and_a_superlative_s_when_date_only_their_own() {
    let en = |body: &str| format!("Wildfire\n\nSaturday, 9 August 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "A wildfire that broke out on Thursday near the town has burned more than 12,000 \
             hectares. Officials said that on Thursday the fire had burned 5,000 hectares. The \
             fire is the largest since 2017, when 45,000 hectares burned.",
        ),
        Some("en"),
    );
    let day = |v: f64| one(&claims, v).time.as_of.map(|d| (d.month, d.day));
    // The fire broke out on Thursday; the hectares are counted when the article says so.
    assert_eq!(day(12_000.0), Some((8, 9)));
    assert_eq!(day(5_000.0), Some((8, 7)), "a 'that' of what was said");
    let then = &one(&claims, 45_000.0).time;
    assert_eq!(
        (
            then.from.map(|d| d.year),
            then.to.map(|d| (d.year, d.month))
        ),
        (Some(2017), Some((2017, 12))),
        "the year 2017, not since"
    );
    let es = |body: &str| format!("Incendio\n\n10 de agosto de 2025\n\n{body}\n");
    let claims = parse(&es("Unas 3.400 personas fueron desalojadas."), Some("es"));
    assert_eq!(
        one(&claims, 3400.0).head.as_deref(),
        Some("displaced person")
    );
}

#[test]
fn a_possessed_forecast_is_what_a_percentage_measures_not_a_verb_of_saying() {
    let en = |body: &str| format!("Outlook\n\nOctober 14, 2025\n\n{body}\n");
    let claims = parse(
        &en("The IMF cut its growth forecast to 2.1%. Officials said that its exports rose 5%."),
        Some("en"),
    );
    assert!(one(&claims, 2.1).measure.starts_with("growth forecast"));
    assert!(one(&claims, 5.0).measure.starts_with("exports"));
}

#[test]
fn a_possessive_year_names_what_follows_and_a_year_so_far_is_to_date() {
    let en = |body: &str| format!("Storm\n\nOctober 31, 2025\n\n{body}\n");
    let claims = parse(
        &en("The World Bank put the damage at $8.8 billion, or about 41% of Jamaica's 2024 GDP."),
        Some("en"),
    );
    assert!(with_value(&claims, 2024.0).is_empty(), "{claims:#?}");
    let es = |body: &str| format!("Migración\n\n16 de octubre de 2024\n\n{body}\n");
    let claims = parse(
        &es(
            "Las llegadas de migrantes a Canarias en lo que va de 2024 ascienden a 32.878, según \
             el Ministerio del Interior. En lo que va de 2024 han muerto 120 personas en el mar.",
        ),
        Some("es"),
    );
    let c = one(&claims, 32_878.0);
    assert_eq!(
        c.head.as_deref(),
        Some("migrant"),
        "the subject past 'lo que va'"
    );
    let span = |d: Option<crosscheck_engine::time::Date>| d.map(|d| (d.year, d.month, d.day));
    assert_eq!(
        (span(c.time.from), span(c.time.to)),
        (Some((2024, 1, 1)), Some((2024, 10, 16))),
        "the year so far, not all of 2024"
    );
    assert_eq!(one(&claims, 120.0).head.as_deref(), Some("death"));
}

#[test]
fn a_figure_set_against_another_counts_the_same_and_a_restated_figure_is_not_a_bigger_one() {
    let en = |body: &str| format!("Layoffs\n\nThursday, 16 May 2024\n\n{body}\n");
    let claims = parse(
        &en(
            "Nordvik plans to cut 1,500 jobs, not the 1,200 it announced on Monday, the Unite \
             union said on Thursday. The company, which employs 21,000 people, said the figure \
             of 1,200 was correct. The firm employs around 20,000 people worldwide, including \
             4,500 in the UK.",
        ),
        Some("en"),
    );
    let c = one(&claims, 1500.0);
    assert_eq!(
        c.attribution.as_deref(),
        Some("Unite union"),
        "past 'it announced'"
    );
    let set_against = with_value(&claims, 1200.0);
    assert_eq!(set_against[0].head.as_deref(), Some("job"));
    assert_eq!(
        set_against[1].head, None,
        "'the figure of 1,200' is no count of the 21,000"
    );
    let c = one(&claims, 4500.0);
    assert_eq!(
        (c.head.as_deref(), c.place.as_deref()),
        (Some("worker"), Some("united kingdom"))
    );
}

#[test]
fn a_range_of_damage_is_damage_and_the_world_bank_is_no_place() {
    let en = |body: &str| format!("Storm\n\nOctober 31, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "Officials estimated the damage at between $6 billion and $7 billion. The World Bank \
             put the damage at $8.8 billion.",
        ),
        Some("en"),
    );
    assert_eq!(
        one(&claims, 6e9).head.as_deref(),
        Some("damage"),
        "not damages (a fine)"
    );
    let c = one(&claims, 8.8e9);
    assert_eq!(
        (c.head.as_deref(), c.place.as_deref()),
        (Some("damage"), None)
    );
}

#[test]
fn a_relative_clause_between_commas_neither_names_nor_reports_the_subject() {
    let en = |body: &str| format!("Economy\n\nSeptember 25, 2025\n\n{body}\n");
    let claims = parse(
        &en("Consumer spending, which accounts for about 70% of economic activity, rose 2.5%."),
        Some("en"),
    );
    assert!(one(&claims, 2.5).measure.starts_with("consumer spending,"));
    let es = |body: &str| format!("Economía\n\n2 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "Las exportaciones, que representan un tercio del PIB, cayeron un 4 %. La remesa \
             promedio fue de 385 dólares, mientras que el número de operaciones bajó a 13,4 \
             millones. Las remesas sumaron 5 mil 184 millones de dólares en agosto, una caída \
             de 8,3 % frente al mismo mes de 2024.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 4.0).head.as_deref(), Some("export"));
    assert_eq!(
        one(&claims, 100.0 / 3.0).kind,
        ClaimKind::Percent,
        "un tercio del PIB"
    );
    assert_eq!(
        one(&claims, 13.4e6).kind,
        ClaimKind::Count,
        "a number of operations"
    );
    assert_eq!(one(&claims, 8.3).head.as_deref(), Some("remittance"));
}

#[test]
fn a_change_from_the_same_period_last_year_is_dated_by_its_sentence() {
    let en = |body: &str| format!("Remittances\n\nOctober 1, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "In the first eight months of the year, remittances totaled $40.29 billion, down 6.4% \
             from the same period last year.",
        ),
        Some("en"),
    );
    let c = one(&claims, 6.4);
    assert_eq!(c.head.as_deref(), Some("remittance"));
    assert_eq!(c.time.to.map(|d| (d.year, d.month)), Some((2025, 8)));
}

#[test]
fn a_pasted_page_s_prompts_are_no_title_and_its_list_and_change_figures_keep_their_measures() {
    let text = "Inicio > Nacional > Seguridad\nCompartir en Facebook\nSuscríbete a nuestro \
        boletín\nHomicidios dolosos bajan 25 % en el primer semestre\nPor Redacción\n12 de julio \
        de 2025\n\nLos homicidios dolosos registraron una baja de 25 % durante el primer semestre \
        de 2025. Guanajuato encabeza la lista con mil 435 víctimas, seguido de Chihuahua (874) y \
        Baja California (861). La presidenta afirmó que el promedio diario pasó de 86,9 \
        homicidios en septiembre de 2024 a 64,9 en junio de 2025.\n";
    let doc = Document::parse("test.txt", text, &DocumentMeta::default());
    assert_eq!(
        doc.title,
        "Homicidios dolosos bajan 25 % en el primer semestre"
    );
    let claims = claims::extract(&doc);
    let c = one(&claims, 25.0);
    assert_eq!(c.qualifier, Some(Qualifier::Change));
    assert!(
        c.measure.starts_with("homicidios dolosos"),
        "not casualties"
    );
    assert_eq!(one(&claims, 874.0).place.as_deref(), Some("chihuahua"));
    assert_eq!(
        one(&claims, 861.0).place.as_deref(),
        Some("baja california")
    );
    assert_eq!(one(&claims, 64.9).head.as_deref(), Some("homicide"));
}

#[test]
fn a_prison_term_is_a_figure_and_sums_are_named_by_what_they_pay_or_took() {
    let en = |body: &str| format!("Court\n\nMarch 4, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "A former mayor was sentenced to 12 years in prison for embezzling more than $3 \
             million. The judge ordered him to repay $3.2 million and fined him $250,000. The \
             inquiry took two years.",
        ),
        Some("en"),
    );
    let c = one(&claims, 12.0);
    assert_eq!(
        (c.kind, c.head.as_deref()),
        (ClaimKind::Count, Some("sentence"))
    );
    assert!(
        with_value(&claims, 2.0).is_empty(),
        "another length of time"
    );
    assert_eq!(one(&claims, 3e6).head.as_deref(), Some("embezzlement"));
    assert_eq!(one(&claims, 3.2e6).head.as_deref(), Some("restitution"));
    assert_eq!(one(&claims, 250_000.0).head.as_deref(), Some("fine"));
    let es = |body: &str| format!("Tribunales\n\n4 de marzo de 2025\n\n{body}\n");
    let claims = parse(
        &es("El exalcalde fue condenado a 12 años de cárcel por desviar 3 millones de euros."),
        Some("es"),
    );
    assert_eq!(one(&claims, 12.0).head.as_deref(), Some("sentence"));
    assert_eq!(one(&claims, 3e6).head.as_deref(), Some("embezzlement"));
}

#[test]
fn the_economy_s_growth_is_gdp_s_at_whatever_pace_it_is_given() {
    let en = |body: &str| format!("Economy\n\nSeptember 25, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "The US economy grew at a 3.8% annual rate from April through June, well above the \
             3.3% estimate released last month. Gross domestic product contracted by 0.5% in the \
             first quarter. Public debt reached 120% of GDP.",
        ),
        Some("en"),
    );
    assert_eq!(
        one(&claims, 3.3).head.as_deref(),
        Some("gdp"),
        "an earlier estimate"
    );
    for v in [3.8, 0.5] {
        let c = one(&claims, v);
        assert_eq!(
            (c.head.as_deref(), c.qualifier),
            (Some("gdp"), Some(Qualifier::Change)),
            "{v}"
        );
    }
    // A share of GDP is not its growth: it is named by what it measures.
    let debt = one(&claims, 120.0);
    assert_eq!(debt.head.as_deref(), Some("debt"));
    assert!(debt.modifiers.iter().any(|m| m == "of gdp"));
    let claims = parse(
        &format!(
            "Presupuestos\n\n29 de abril de 2025\n\n{}\n",
            "El déficit público fue del 3 % del PIB en 2024. La deuda pública alcanzó el 101,8 % \
             del producto interior bruto."
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 3.0).head.as_deref(), Some("deficit"));
    assert_eq!(one(&claims, 101.8).head.as_deref(), Some("debt"));
    let es = |body: &str| format!("Economía\n\n25 de septiembre de 2025\n\n{body}\n");
    let claims = parse(
        &es("La economía creció un 2,1 % en el tercer trimestre."),
        Some("es"),
    );
    assert_eq!(one(&claims, 2.1).head.as_deref(), Some("gdp"));
}

#[test]
fn a_spanish_present_perfect_states_a_change() {
    let es = |body: &str| format!("Economía\n\n3 de noviembre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "El paro ha caído un 5 % en el último año. La economía ha crecido un 3 % este año. \
             Los homicidios han disminuido un 12 %.",
        ),
        Some("es"),
    );
    for (v, what) in [(5.0, "paro"), (3.0, "economía"), (12.0, "homicidios")] {
        let c = one(&claims, v);
        assert_eq!(c.qualifier, Some(Qualifier::Change), "{v}");
        assert_eq!(c.measure, format!("{what}, change"));
    }
}

#[test]
fn an_earthquake_s_magnitude_is_a_reading_not_a_count_of_earthquakes() {
    let en = |body: &str| format!("Quake\n\nMay 20, 2024\n\n{body}\n");
    let claims = parse(
        &en(
            "A magnitude 6.8 earthquake struck the region, the USGS said. A 6.9-magnitude \
             aftershock followed. The quake measured 7.0 on the Richter scale, local seismologists \
             said.",
        ),
        Some("en"),
    );
    for v in [6.8, 6.9, 7.0] {
        assert_eq!(one(&claims, v).head.as_deref(), Some("magnitude"), "{v}");
    }
    let es = |body: &str| format!("Sismo\n\n20 de mayo de 2024\n\n{body}\n");
    let claims = parse(
        &es("Un sismo de magnitud 7,1 sacudió la región."),
        Some("es"),
    );
    assert_eq!(one(&claims, 7.1).head.as_deref(), Some("magnitude"));
}

#[test]
fn people_made_to_leave_their_homes_are_displaced() {
    let en = |body: &str| format!("Floods\n\nMay 20, 2024\n\n{body}\n");
    let claims = parse(
        &en("The floods forced 3,400 people to leave their homes."),
        Some("en"),
    );
    assert_eq!(
        one(&claims, 3400.0).head.as_deref(),
        Some("displaced person")
    );
    let es = |body: &str| format!("Inundaciones\n\n20 de mayo de 2024\n\n{body}\n");
    let claims = parse(
        &es(
            "Las inundaciones obligaron a 3.400 personas a abandonar sus hogares. La ONU estima \
             que 2,5 millones de personas han huido.",
        ),
        Some("es"),
    );
    assert_eq!(
        one(&claims, 3400.0).head.as_deref(),
        Some("displaced person")
    );
    assert_eq!(
        one(&claims, 2.5e6).head.as_deref(),
        Some("displaced person")
    );
}

#[test]
fn a_company_s_loss_is_a_loss_and_a_share_that_fell_is_a_change() {
    let es = |body: &str| format!("Pemex\n\n28 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "Pemex reportó una pérdida neta de 43 mil 200 millones de pesos. Los ingresos totales \
             cayeron 11,5 % a 389 mil millones de pesos. Las pérdidas por el huracán suman 2.000 \
             millones de dólares.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 43.2e9).head.as_deref(), Some("loss"));
    assert_eq!(one(&claims, 11.5).qualifier, Some(Qualifier::Change));
    assert_eq!(
        one(&claims, 2e9).head.as_deref(),
        Some("damage"),
        "a storm's losses"
    );
}

#[test]
fn an_earlier_value_of_the_same_period_is_that_period_of_its_year() {
    let es = |body: &str| format!("Pemex\n\n28 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "Pemex reportó una pérdida neta de 43 mil 200 millones de pesos entre julio y \
             septiembre, frente a la pérdida de 161 mil millones del mismo periodo de 2024.",
        ),
        Some("es"),
    );
    let t = &one(&claims, 161e9).time;
    let ym = |d: Option<crosscheck_engine::time::Date>| d.map(|d| (d.year, d.month));
    assert_eq!((ym(t.from), ym(t.to)), (Some((2024, 7)), Some((2024, 9))));
}

#[test]
fn what_rose_to_a_figure_may_be_any_counted_thing_in_the_reported_clause_s_place() {
    let en = |body: &str| format!("Measles\n\nMarch 18, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "Mexico's health ministry said on Monday that confirmed measles cases in the northern \
             state of Chihuahua rose to 450. The number of homes without power fell to 60,000.",
        ),
        Some("en"),
    );
    let c = one(&claims, 450.0);
    assert_eq!(
        (c.head.as_deref(), c.place.as_deref()),
        (Some("case"), Some("chihuahua"))
    );
    assert_eq!(one(&claims, 60_000.0).head.as_deref(), Some("home"));
}

#[test]
fn what_a_strike_costs_the_economy_is_a_cost_not_gdp() {
    let en = |body: &str| format!("Strike\n\nOctober 15, 2025\n\n{body}\n");
    let claims = parse(
        &en(
            "Education Minister Carla Voss said the strike had cost the economy an estimated 45 \
             million euros a day.",
        ),
        Some("en"),
    );
    assert_eq!(one(&claims, 45e6).head.as_deref(), Some("cost per day"));
}

#[test]
fn what_a_company_earned_is_profit_and_a_level_after_a_change_is_its_measure() {
    let es = |body: &str| format!("Resultados\n\n17 de septiembre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "Telefónica ganó 1.200 millones de euros en el primer semestre. La facturación creció \
             un 1,5 % hasta los 18.350 millones.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 1.2e9).head.as_deref(), Some("profit"));
    assert_eq!(one(&claims, 18.35e9).measure, "facturación");
}

#[test]
fn a_count_since_a_fire_broke_out_runs_to_the_report_in_the_province_named_after_its_region() {
    let en = |body: &str| format!("Wildfire\n\nAugust 13, 2025\n\n{body}\n");
    let claims = parse(
        &en("A wildfire in the Galician province of Ourense has burned about 25,000 hectares since \
             it broke out on Sunday, regional authorities said on Wednesday."),
        Some("en"),
    );
    let c = one(&claims, 25_000.0);
    assert_eq!(c.place.as_deref(), Some("ourense"));
    assert_eq!(c.time.from.map(|d| d.day), Some(10), "since Sunday");
    assert_eq!(c.time.as_of.map(|d| d.day), Some(13), "up to the report");
    let es = |body: &str| format!("Incendio\n\n12 de agosto de 2025\n\n{body}\n");
    let claims = parse(
        &es("Más de 700 efectivos y 25 medios aéreos trabajan en la extinción."),
        Some("es"),
    );
    assert_eq!(one(&claims, 25.0).head.as_deref(), Some("aircraft"));
}

#[test]
fn a_poll_is_a_source_and_the_pp_is_no_percentage_point() {
    let en = |body: &str| format!("Poll\n\nOctober 21, 2025\n\n{body}\n");
    let claims = parse(
        &en("According to a Gallup poll, 42% of Americans approve."),
        Some("en"),
    );
    assert_eq!(
        one(&claims, 42.0).attribution.as_deref(),
        Some("a Gallup poll")
    );
    let es = |body: &str| format!("Encuesta\n\n21 de octubre de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "Según el barómetro del CIS, el PSOE obtendría el 34,8 % de los votos, frente al \
             32,1 % del PP. El paro bajó 0,5 pp en el trimestre.",
        ),
        Some("es"),
    );
    assert_eq!(one(&claims, 34.8).attribution.as_deref(), Some("CIS"));
    assert_eq!(
        one(&claims, 32.1).head.as_deref(),
        Some("vote"),
        "not percentage points"
    );
    assert_eq!(one(&claims, 0.5).head.as_deref(), Some("unemployment"));
}

#[test]
fn a_participle_after_its_noun_ends_a_change_s_subject() {
    let en = |body: &str| format!("Remittances\n\nOctober 1, 2025\n\n{body}\n");
    let claims = parse(
        &en("Remittances sent to Mexico fell 8.3% in August from a year earlier."),
        Some("en"),
    );
    assert!(one(&claims, 8.3).measure.starts_with("remittances, change"));
}

#[test]
fn a_toll_that_rises_is_a_death_toll() {
    let en = |body: &str| format!("Storm\n\nSaturday, 1 November 2025\n\n{body}\n");
    let claims = parse(
        &en("The toll rose to 28 on Friday, up from 19 the day before."),
        Some("en"),
    );
    assert_eq!(one(&claims, 28.0).head.as_deref(), Some("death"));
    assert_eq!(one(&claims, 19.0).head.as_deref(), Some("death"));
}

#[test]
fn a_list_after_a_colon_counts_the_total_s_group_each_in_its_own_place() {
    let es = |body: &str| format!("Dana\n\n1 de noviembre de 2024\n\n{body}\n");
    let claims = parse(
        &es(
            "En total murieron 45 personas: 30 en Valencia, 10 en Albacete y 5 en Villarrobledo, \
             según el Gobierno.",
        ),
        Some("es"),
    );
    let c = one(&claims, 30.0);
    assert_eq!(
        (c.head.as_deref(), c.place.as_deref()),
        (Some("death"), Some("valencia"))
    );
    assert_eq!(one(&claims, 10.0).place.as_deref(), Some("albacete"));
    let c = one(&claims, 5.0);
    assert_eq!(c.head.as_deref(), Some("death"));
    assert_eq!(
        c.place.as_deref(),
        Some("villarrobledo"),
        "a place of its own, unknown to the lexicon, is not Valencia"
    );
}

#[test]
fn two_places_joined_by_and_are_one_place_together() {
    let claims = parse(
        "Earthquake\n\n6 November 2023\n\nThe ministry said 153 people had been killed in \
         Jajarkot and Rukum West districts and 256 were injured. Another 92 died in Jajarkot.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 153.0).place.as_deref(),
        Some("jajarkot and rukum west")
    );
    assert_eq!(one(&claims, 92.0).place.as_deref(), Some("jajarkot"));
    let claims = parse(
        "Sismo\n\n6 de noviembre de 2023\n\nEl ministerio ha precisado que 153 personas \
         murieron en los distritos de Jajarkot y Rukum Oeste y que hay 256 heridos.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 153.0).place.as_deref(),
        Some("jajarkot y rukum oeste")
    );
}

#[test]
fn a_company_named_by_its_trade_reports_and_a_spanish_year_is_a_rate_s_period() {
    let claims = parse(
        "Jobs\n\n20 December 2024\n\nVolkswagen will cut more than 35,000 jobs in Germany by \
         2030, the carmaker said on Friday.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 35_000.0).attribution.as_deref(),
        Some("the carmaker")
    );
    let claims = parse(
        "Empleo\n\n20 de diciembre de 2024\n\nLa empresa reducirá su capacidad en más de \
         734.000 vehículos al año y ahorrará unos 15.000 millones de euros anuales, informó la \
         compañía. La marca emplea a unas 130.000 personas, añadió la compañía.",
        Some("es"),
    );
    let vehicles = one(&claims, 734_000.0);
    assert_eq!(vehicles.head.as_deref(), Some("vehicle per year"));
    let savings = one(&claims, 15e9);
    assert_eq!(savings.head.as_deref(), Some("savings per year"));
    assert_eq!(savings.attribution.as_deref(), Some("la compañía"));
    assert_eq!(
        one(&claims, 130_000.0).attribution.as_deref(),
        Some("la compañía")
    );
}

#[test]
fn an_earlier_value_a_year_before_is_dated_a_year_before_the_figure_it_is_compared_with() {
    let es = |body: &str| format!("Paro\n\n19 de mayo de 2025\n\n{body}\n");
    let claims = parse(
        &es(
            "El paro bajó al 11,4 % en abril, frente al 12,1 % del año anterior. La \
             participación fue del 58,2 %, frente al 59,9 % de las elecciones de 2024.",
        ),
        Some("es"),
    );
    let earlier = one(&claims, 12.1);
    assert_eq!(earlier.head.as_deref(), Some("unemployment"));
    assert_eq!(
        (
            earlier.time.from.map(|d| d.to_string()),
            earlier.time.to.map(|d| d.to_string())
        ),
        (Some("2024-04-01".into()), Some("2024-04-30".into()))
    );
    let turnout = one(&claims, 59.9);
    assert_eq!(
        turnout.head.as_deref(),
        Some("turnout"),
        "not a share of elections"
    );
    let claims = parse(
        "Jobs\n\n19 May 2025\n\nUnemployment fell to 11.4%, compared with 12.1% a year \
         earlier. Sales rose to $5 billion from $4 billion the previous quarter.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 12.1)
            .time
            .as_of
            .map(|d| d.to_string())
            .as_deref(),
        Some("2024-05-19")
    );
    assert_eq!(
        one(&claims, 4e9)
            .time
            .as_of
            .map(|d| d.to_string())
            .as_deref(),
        Some("2025-02-19")
    );
}

#[test]
fn a_country_after_a_given_name_or_opening_a_name_is_no_place() {
    let claims = parse(
        "Elecciones\n\n19 de mayo de 2025\n\nLa Alianza Democrática del primer ministro Luís \
         Montenegro ganó las elecciones con 89 diputados.",
        Some("es"),
    );
    assert_eq!(one(&claims, 89.0).place, None);
    let claims = parse(
        "Crash\n\n16 January 2023\n\nIn 1992, 167 people died in a Pakistan International \
         Airlines crash near Kathmandu. The magnitude was 5.6, according to the U.S. Geological \
         Survey. Mexico's Health Ministry said 40 people died.",
        Some("en"),
    );
    assert_eq!(one(&claims, 167.0).place, None, "an airline's name");
    assert_eq!(one(&claims, 5.6).place, None, "an agency's name");
    assert_eq!(one(&claims, 40.0).place.as_deref(), Some("mexico"));
}

#[test]
fn migration_figures_keep_their_place_subject_and_time() {
    let claims = parse(
        "Migration\n\n2 January 2025\n\nA record 46,843 migrants reached Spain's Canary Islands \
         by boat in 2024, the ministry said. Irregular arrivals to Spain fell 1.4% to 63,970 last \
         year. The charity estimated last month that 10,457 people died trying to reach Spain by \
         sea in 2024. The regional government of the Canary Islands says its centres house more \
         than 5,500 children.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 46_843.0).place.as_deref(),
        Some("canary islands")
    );
    assert_eq!(one(&claims, 1.4).head.as_deref(), Some("border crossing"));
    assert_eq!(
        one(&claims, 63_970.0).head.as_deref(),
        Some("border crossing")
    );
    // "last month" dates the estimate; 2024 dates the deaths.
    let died = one(&claims, 10_457.0);
    assert_eq!(
        died.time.from.map(|d| d.to_string()).as_deref(),
        Some("2024-01-01")
    );
    assert_eq!(
        one(&claims, 5_500.0).attribution.as_deref(),
        Some("government of the Canary Islands")
    );
}

#[test]
fn prices_that_soar_or_get_dearer_change_by_a_percentage() {
    let claims = parse(
        "Vivienda\n\n7 de marzo de 2025\n\nEl precio de la vivienda libre se disparó un 11,3 % en \
         el cuarto trimestre de 2024, según el INE. La vivienda nueva se encareció un 12,7 %.",
        Some("es"),
    );
    let price = one(&claims, 11.3);
    assert_eq!(price.head.as_deref(), Some("price"));
    assert_eq!(price.qualifier, Some(Qualifier::Change));
    assert_eq!(one(&claims, 12.7).qualifier, Some(Qualifier::Change));
}

#[test]
fn crime_statistics_name_the_figure_a_comparative_a_rate_and_a_ranking_are_of() {
    let claims = parse(
        "Homicidios\n\n29 de julio de 2025\n\nEn 2024 se registraron 33,241 homicidios en \
         México, informó el INEGI. La cifra es 5.4% menor a la de 2023. Guanajuato fue la entidad \
         con más homicidios, con 3,355, seguida de Baja California, con 2,621.",
        Some("es-MX"),
    );
    let change = one(&claims, 5.4);
    assert_eq!(change.head.as_deref(), Some("homicide"), "not minors");
    assert_eq!(change.qualifier, Some(Qualifier::Change));
    assert_eq!(
        change.time.to.map(|d| d.to_string()).as_deref(),
        Some("2024-12-31")
    );
    assert_eq!(one(&claims, 3355.0).head.as_deref(), Some("homicide"));
    assert_eq!(one(&claims, 2621.0).head.as_deref(), Some("homicide"));
    let claims = parse(
        "Homicides\n\n29 July 2025\n\nMexico registered 33,241 homicides in 2024, national \
         statistics agency INEGI said on Tuesday, a rate of 25 per 100,000 inhabitants.",
        Some("en"),
    );
    assert_eq!(one(&claims, 25.0).head.as_deref(), Some("homicide"));
}

#[test]
fn a_health_agency_s_report_keeps_its_acronym_its_earlier_values_and_its_lists() {
    let claims = parse(
        "Tuberculosis\n\n29 October 2024\n\nSome 8.2 million people were diagnosed with \
         tuberculosis in 2023, the WHO said. That was up from 7.5 million in 2022. Five countries - \
         India, Indonesia, China, the Philippines and Pakistan - accounted for 56% of cases. India \
         alone represented 26% of cases. Funding reached $5.7 billion in 2023.",
        Some("en"),
    );
    assert_eq!(one(&claims, 8.2e6).attribution.as_deref(), Some("WHO"));
    assert_eq!(one(&claims, 7.5e6).head.as_deref(), Some("person"));
    assert_eq!(
        one(&claims, 56.0).place.as_deref(),
        Some("india+indonesia+china+philippines+pakistan")
    );
    assert_eq!(one(&claims, 26.0).place.as_deref(), Some("india"));
    assert_eq!(one(&claims, 5.7e9).head.as_deref(), Some("funding"));
    let claims = parse(
        "Tuberculosis\n\n29 de octubre de 2024\n\nLas muertes por tuberculosis bajaron hasta \
         1,25 millones en 2023, frente a 1,32 millones un año antes.",
        Some("es"),
    );
    let deaths = one(&claims, 1.25e6);
    assert_eq!(deaths.bound, Bound::Exact, "the level reached, no ceiling");
    assert_eq!(deaths.head.as_deref(), Some("death"));
    // "un año antes": the article of what follows, not one more death.
    let before = one(&claims, 1.32e6);
    assert_eq!(value(before), 1.32e6);
    assert_eq!(
        before.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-12-31")
    );
}

#[test]
fn a_company_s_loss_and_debt_change_by_percentages_filed_under_them() {
    let claims = parse(
        "Pemex\n\n27 de febrero de 2025\n\nPemex reportó una pérdida neta de 620 mil 605 millones \
         de pesos en 2024, un aumento de 171% respecto a 2023. La deuda financiera cerró el año en \
         97 mil 600 millones de dólares, 8.6% menos que al cierre de 2023. En el cuarto trimestre, \
         Pemex perdió 284 mil 319 millones de pesos.",
        Some("es-MX"),
    );
    assert_eq!(
        one(&claims, 171.0).head.as_deref(),
        Some("loss"),
        "not a lost game"
    );
    let debt = one(&claims, 8.6);
    assert_eq!(
        (debt.head.as_deref(), debt.qualifier),
        (Some("debt"), Some(Qualifier::Change))
    );
    assert_eq!(one(&claims, 284_319e6).head.as_deref(), Some("loss"));
}

#[test]
fn budget_estimates_name_their_sums_and_the_people_they_count() {
    let claims = parse(
        "Budget\n\n5 June 2025\n\nThe bill would increase the federal deficit by $2.4 trillion \
         over the next 10 years, or about $3 trillion including interest costs. It would cut \
         federal Medicaid spending by about $800 billion. Medicaid covers more than 70 million \
         low-income Americans. Fifteen passengers were foreigners, including five Indians and four \
         Russians.",
        Some("en"),
    );
    let told_again = one(&claims, 3e12);
    assert_eq!(
        told_again.head.as_deref(),
        Some("deficit"),
        "not interest costs"
    );
    assert_eq!(told_again.qualifier, Some(Qualifier::Change));
    assert_eq!(one(&claims, 8e11).qualifier, Some(Qualifier::Change));
    let americans = one(&claims, 7e7);
    assert_eq!(americans.head.as_deref(), Some("person"));
    assert!(americans.modifiers.iter().any(|m| m == "low-income"));
    assert!(americans.modifiers.iter().any(|m| m == "united states"));
    let indians = one(&claims, 5.0);
    assert!(indians.modifiers.iter().any(|m| m == "india"));
}

#[test]
fn waiting_lists_shortfalls_and_acronyms_are_read_as_written() {
    let claims = parse(
        "NHS\n\n12 December 2024\n\nNHS waiting lists fell to 7.39 million in October. \
         Councils face a £450m shortfall.",
        Some("en"),
    );
    let list = one(&claims, 7.39e6);
    assert_eq!(list.head.as_deref(), Some("waiting list"));
    assert!(
        list.modifiers.iter().any(|m| m == "nhs"),
        "{:?}",
        list.modifiers
    );
    assert_eq!(one(&claims, 4.5e8).head.as_deref(), Some("deficit"));
    let claims = parse(
        "Sanidad\n\n12 de diciembre de 2024\n\nLa lista de espera quirúrgica subió a 848.340 \
         pacientes en junio.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 848_340.0).qualifier,
        None,
        "a queue, not a hope"
    );
    let claims = parse(
        "Educación\n\n28 de enero de 2025\n\nLa tasa de abandono escolar temprano se situó en el \
         13% en 2024.",
        Some("es"),
    );
    assert_eq!(one(&claims, 13.0).head.as_deref(), Some("school dropout"));
}

#[test]
fn emissions_are_what_a_tonnage_of_them_measures_in_either_language() {
    let claims = parse(
        "Carbon\n\n13 November 2024\n\nGlobal carbon dioxide emissions from fossil fuels will \
         reach a record 37.4 billion metric tons in 2024, up 0.8% from 2023.",
        Some("en"),
    );
    assert_eq!(one(&claims, 37.4e9).head.as_deref(), Some("emissions"));
    assert_eq!(one(&claims, 0.8).head.as_deref(), Some("emissions"));
    let claims = parse(
        "Carbono\n\n13 de noviembre de 2024\n\nLas emisiones de dióxido de carbono alcanzarán un \
         récord de 37.400 millones de toneladas en 2024.",
        Some("es"),
    );
    assert_eq!(one(&claims, 37.4e9).head.as_deref(), Some("emissions"));
}

#[test]
fn a_projected_change_is_of_its_subject_past_modals_passives_and_an_apposition() {
    let claims = parse(
        "Carbon\n\n13 November 2024\n\nEmissions will rise 0.3%. Prices are projected to rise 2%. \
         Emissions from China, the world's biggest emitter, are projected to rise 0.2%.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 0.3).head.as_deref(),
        Some("emissions"),
        "not 'emissions will'"
    );
    assert_eq!(one(&claims, 2.0).measure.split(',').next(), Some("prices"));
    let china = one(&claims, 0.2);
    assert_eq!(
        (china.head.as_deref(), china.place.as_deref()),
        (Some("emissions"), Some("china"))
    );
}

#[test]
fn a_central_bank_s_cut_in_basis_points_changes_the_rate_it_reaches() {
    let claims = parse(
        "BCE\n\n12 de diciembre de 2024\n\nEl Banco Central Europeo bajó los tipos de interés en \
         25 puntos básicos, hasta el 3,25 %. El paro bajó al 11,4 %.",
        Some("es"),
    );
    let cut = one(&claims, 25.0);
    assert_eq!(
        (cut.head.as_deref(), cut.qualifier),
        (Some("interest rate"), Some(Qualifier::Change)),
        "not a score"
    );
    assert_eq!(one(&claims, 3.25).head.as_deref(), Some("interest rate"));
    assert_eq!(one(&claims, 11.4).head.as_deref(), Some("unemployment"));
}

#[test]
fn a_town_the_lexicon_does_not_know_is_the_place_a_figure_is_in() {
    let claims = parse(
        "Pension protests\n\n11 March 2025\n\nIn Paris, police counted 81,000 protesters. The \
         CGT said 700,000 people marched in the capital. The union said 3.5 million took part \
         nationwide, including 90,000 in Marseille. The Interior Ministry put the national figure \
         at 1.28 million, with 20,000 in Lyon on Tuesday.",
        Some("en"),
    );
    assert_eq!(one(&claims, 81000.0).place.as_deref(), Some("paris"));
    let capital = one(&claims, 700000.0);
    assert_eq!(
        capital.place.as_deref(),
        Some("paris"),
        "the capital is the city named before"
    );
    assert_eq!(one(&claims, 90000.0).place.as_deref(), Some("marseille"));
    let national = one(&claims, 1_280_000.0);
    assert_eq!(national.place.as_deref(), Some("nationwide"));
    let lyon = one(&claims, 20000.0);
    assert_eq!(
        (lyon.place.as_deref(), lyon.head.as_deref()),
        (Some("lyon"), national.head.as_deref()),
        "a figure 'with' the one before counts what it counts: {:?}",
        lyon.measure
    );
    // Not a month, an acronym or a name that goes on into a noun.
    let claims = parse(
        "Markets\n\n11 March 2025\n\nShares rose 4% in March. Spending on GDP grew 2% in \
         Tesla shares.",
        Some("en"),
    );
    assert!(claims.iter().all(|c| c.place.is_none()), "{claims:#?}");
    // With no city named before, "the capital" is still no country.
    let claims = parse(
        "Protest\n\n11 March 2025\n\nThe union said 700,000 people marched in the capital.",
        Some("en"),
    );
    assert_eq!(one(&claims, 700000.0).place.as_deref(), Some("the capital"));
}

#[test]
fn a_reporter_followed_by_later_or_then_still_reports() {
    let claims = parse(
        "Protest\n\n12 March 2025\n\nThe Interior Ministry later said 46 people had been \
         arrested.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 46.0).attribution.as_deref(),
        Some("The Interior Ministry")
    );
}

#[test]
fn an_age_a_reform_raises_is_a_figure_of_that_age() {
    let claims = parse(
        "Pensions\n\n11 March 2025\n\nThe reform would raise the minimum retirement age to 64 \
         from 62.",
        Some("en"),
    );
    let new = one(&claims, 64.0);
    assert_eq!(new.head.as_deref(), Some("retirement age"));
    let old = one(&claims, 62.0);
    assert_eq!(old.head.as_deref(), Some("retirement age"));
    assert_eq!(
        old.time.as_of, None,
        "the earlier age is no figure of today"
    );
    let claims = parse(
        "Pensiones\n\n11 de marzo de 2025\n\nLa reforma eleva la edad de jubilación a 64 años, \
         según el Gobierno.",
        Some("es"),
    );
    assert_eq!(one(&claims, 64.0).head.as_deref(), Some("retirement age"));
    // Other lengths of time are still no figures.
    let claims = parse(
        "Obras\n\n11 de marzo de 2025\n\nLa obra durará 4 años, según el Gobierno.",
        Some("es"),
    );
    assert!(claims.iter().all(|c| value(c) != 4.0), "{claims:#?}");
}

#[test]
fn a_strike_s_turnout_and_its_bounds_are_read_in_spanish() {
    let claims = parse(
        "Huelga general\n\n10 de abril de 2025\n\nLa huelga tuvo un seguimiento del 90 %, según \
         la CGT. La adhesión fue menor al 40 %, según el Gobierno. El 40 % de los maestros \
         estaba en huelga, según el ministerio.",
        Some("es"),
    );
    let union = one(&claims, 90.0);
    assert_eq!(union.head.as_deref(), Some("turnout"));
    let government = claims
        .iter()
        .find(|c| c.bound == Bound::Under)
        .expect("'menor al 40 %' is a bound");
    assert_eq!(government.head.as_deref(), Some("turnout"));
    let teachers = claims
        .iter()
        .find(|c| c.head.as_deref() == Some("teacher"))
        .expect("a share of teachers");
    assert_eq!(
        teachers.modifiers,
        ["on strike"],
        "a walkout, not an attack"
    );
}

#[test]
fn a_forecast_by_economists_polled_is_the_poll_s_target_not_a_count_of_economists() {
    let claims = parse(
        "Jobs\n\n3 November 2023\n\nU.S. employers added 150,000 jobs in October, the Labor \
         Department said on Friday, below the 180,000 economists polled by Reuters had \
         expected. Some 300 economists expected growth to slow.",
        Some("en"),
    );
    let actual = one(&claims, 150000.0);
    assert_eq!(actual.attribution.as_deref(), Some("Labor Department"));
    let forecast = one(&claims, 180000.0);
    assert_eq!(
        (forecast.head.as_deref(), forecast.qualifier),
        (Some("job"), Some(Qualifier::Target))
    );
    assert_eq!(forecast.attribution.as_deref(), Some("Reuters"));
    let counted = one(&claims, 300.0);
    assert_eq!(
        counted.qualifier, None,
        "economists who expect something are counted"
    );
}

#[test]
fn payrolls_are_jobs_and_hourly_earnings_are_pay() {
    let claims = parse(
        "Jobs\n\n8 December 2023\n\nThe Labor Department said that nonfarm payrolls rose by \
         199,000 in November. Average hourly earnings increased 0.4%, while employment rose to \
         a record 161 million.",
        Some("en"),
    );
    assert_eq!(one(&claims, 199000.0).head.as_deref(), Some("job"));
    assert_eq!(one(&claims, 0.4).head.as_deref(), Some("salary"));
    let level = one(&claims, 161_000_000.0);
    assert!(level.modifiers.is_empty(), "{:?}", level.modifiers);
}

#[test]
fn a_count_s_change_is_filed_under_what_it_counts_and_spending_is_a_cost() {
    let claims = parse(
        "Turismo\n\n2 de febrero de 2024\n\nEspaña recibió 85,1 millones de turistas en 2023, \
         un 18,7 % más que el año anterior, según el INE. Los turistas gastaron 108.662 millones \
         de euros.",
        Some("es"),
    );
    let change = one(&claims, 18.7);
    assert_eq!(
        (change.head.as_deref(), change.qualifier),
        (Some("tourist"), Some(Qualifier::Change))
    );
    assert_eq!(one(&claims, 108_662e6).head.as_deref(), Some("cost"));
    let claims = parse(
        "Tourism\n\n2 February 2024\n\nSpain received a record 85.1 million foreign tourists \
         last year, up 18.7% from 2022, the INE said.",
        Some("en"),
    );
    assert_eq!(one(&claims, 18.7).head.as_deref(), Some("tourist"));
}

#[test]
fn central_bank_rates_and_inflation_peaks_are_read_past_their_ranks() {
    let claims = parse(
        "Rates\n\nThursday, 3 August 2023\n\nThe Bank of England raised interest rates by a \
         quarter of a percentage point to 5.25% on Thursday. Consumer price inflation fell to \
         7.9% in June, down from 8.7% in May and a peak of 11.1% last October. The bank has \
         raised interest rates to a 15-year high of 5.25%.",
        Some("en"),
    );
    for c in claims.iter().filter(|c| value(c) == 5.25) {
        assert_eq!(c.head.as_deref(), Some("interest rate"), "{}", c.text);
    }
    assert_eq!(one(&claims, 7.9).head.as_deref(), Some("inflation"));
    let peak = one(&claims, 11.1);
    assert_eq!(peak.head.as_deref(), Some("inflation"));
    assert_eq!(
        peak.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2022-10-31"),
        "last October, said in August, is the year before's"
    );
    let claims = parse(
        "Tasas\n\njueves 3 de agosto de 2023\n\nEl Banco de México elevó la tasa de interés a un \
         máximo histórico de 11,25 %. La inflación fue del 8,7 % el pasado mes de octubre. El paro fue del 5,2 % en septiembre \
         pasado.",
        Some("es"),
    );
    assert_eq!(one(&claims, 11.25).head.as_deref(), Some("interest rate"));
    assert_eq!(
        one(&claims, 8.7)
            .time
            .as_of
            .map(|d| d.to_string())
            .as_deref(),
        Some("2022-10-31")
    );
    let september = one(&claims, 5.2).time.as_of;
    assert_eq!(
        september.map(|d| d.to_string()).as_deref(),
        Some("2022-09-30")
    );
}

#[test]
fn a_minimum_wage_its_rise_and_its_monthly_sum_are_read_in_both_languages() {
    let claims = parse(
        "Wages\n\nFebruary 6, 2024\n\nSpain's government on Tuesday approved a 5% increase in \
         the minimum wage to 1,134 euros a month, Labour Minister Yolanda Diaz said. The minimum \
         wage has risen 54% since 2018.",
        Some("en"),
    );
    let rise = one(&claims, 5.0);
    assert_eq!(
        (rise.head.as_deref(), rise.qualifier),
        (Some("salary"), Some(Qualifier::Change)),
        "{}",
        rise.measure
    );
    let claims = parse(
        "Salario\n\n6 de febrero de 2024\n\nEl Gobierno subió el salario mínimo hasta los 1.134 \
         euros mensuales. Desde 2018, el SMI ha subido un 54 %.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 1134.0).head.as_deref(),
        Some("salary per month")
    );
    let since = one(&claims, 54.0);
    assert_eq!(
        (since.head.as_deref(), since.qualifier),
        (Some("salary"), Some(Qualifier::Change))
    );
}

#[test]
fn a_cumulative_count_after_its_start_runs_to_the_report() {
    let claims = parse(
        "Programa\n\n3 de marzo de 2025\n\nEl programa comenzó en 2019 y ha beneficiado a 2,8 \
         millones de jóvenes, según la Secretaría del Trabajo.",
        Some("es"),
    );
    let c = one(&claims, 2.8e6);
    assert_eq!(c.qualifier, Some(Qualifier::Cumulative));
    assert_eq!(
        c.time.from.map(|d| d.to_string()).as_deref(),
        Some("2019-01-01")
    );
    assert_eq!(c.time.to, None);
    assert_eq!(
        c.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2025-03-03")
    );
}

#[test]
fn people_treated_in_hospital_and_the_part_a_list_names_share_the_state() {
    let claims = parse(
        "Fire\n\n12 August 2024\n\nHealth authorities said 13 people were being treated in \
         hospital, including five firefighters.",
        Some("en"),
    );
    assert_eq!(one(&claims, 13.0).modifiers, ["hospitalized"]);
    let part = one(&claims, 5.0);
    assert_eq!(part.head.as_deref(), Some("firefighter"));
    assert_eq!(
        part.modifiers,
        ["hospitalized"],
        "not the firefighters fighting the fire"
    );
}

#[test]
fn already_after_a_conjunction_is_the_next_clause_s() {
    let claims = parse(
        "Incendio\n\n14 de agosto de 2025\n\nEl incendio obliga a desalojar a 1.200 vecinos y ya \
         ha quemado 9.000 hectáreas, según la Junta.",
        Some("es"),
    );
    assert_eq!(one(&claims, 1200.0).qualifier, None);
}

#[test]
fn people_a_verb_evacuates_are_displaced_whatever_they_are_called() {
    let claims = parse(
        "Incendio\n\n14 de agosto de 2025\n\nEl fuego obliga a desalojar a 1.200 vecinos, según \
         la Junta.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 1200.0).head.as_deref(),
        Some("displaced person")
    );
    let claims = parse(
        "Fire\n\n14 August 2025\n\nAuthorities evacuated 3,000 people, the fire service said.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 3000.0).head.as_deref(),
        Some("displaced person")
    );
}

#[test]
fn analysts_estimates_are_forecasts_and_buybacks_are_their_own_sum() {
    let claims = parse(
        "Apple\n\nMay 1, 2025\n\nApple reported revenue of $95.4 billion, beating analysts' \
         estimates of $94.5 billion. The company also authorized $100 billion in share \
         buybacks.",
        Some("en"),
    );
    assert_eq!(one(&claims, 94.5e9).qualifier, Some(Qualifier::Target));
    assert_eq!(one(&claims, 95.4e9).qualifier, None);
    assert_eq!(one(&claims, 100e9).head.as_deref(), Some("buyback"));
}

#[test]
fn temperatures_with_a_glued_scale_letter_or_bare_degrees_are_temperatures() {
    let claims = parse(
        "Heat\n\n11 August 2025\n\nTemperatures reached 46.8C in Cordoba on Sunday, the AEMET \
         weather agency said. The thermometer hit 46.9 degrees in Seville.",
        Some("en"),
    );
    let glued = one(&claims, 46.8);
    assert_eq!(
        (glued.head.as_deref(), glued.unit.as_deref()),
        (Some("temperature"), Some("°C"))
    );
    assert_eq!(one(&claims, 46.9).head.as_deref(), Some("temperature"));
}

#[test]
fn a_change_of_prices_is_filed_under_price_in_both_languages() {
    let claims = parse(
        "Prices\n\n3 August 2023\n\nPrices rose 3.1% in the three months to May.",
        Some("en"),
    );
    assert_eq!(one(&claims, 3.1).head.as_deref(), Some("price"));
    let claims = parse(
        "Precios\n\n3 de agosto de 2023\n\nLos precios subieron un 2,4 % en mayo.",
        Some("es"),
    );
    assert_eq!(one(&claims, 2.4).head.as_deref(), Some("price"));
}

#[test]
fn people_forcibly_or_internally_displaced_are_displaced() {
    let claims = parse(
        "Displacement\n\n24 October 2024\n\nThe number of people forcibly displaced worldwide \
         reached a record 122.6 million by mid-2024, the UN refugee agency said.",
        Some("en"),
    );
    assert_eq!(
        one(&claims, 122.6e6).head.as_deref(),
        Some("displaced person")
    );
}

#[test]
fn deportations_and_fiscal_years_are_read_as_such() {
    let claims = parse(
        "ICE\n\n19 December 2024\n\nImmigration and Customs Enforcement deported 271,484 people \
         in fiscal year 2024, the agency said. Removals in fiscal 2023 totaled 142,580.",
        Some("en"),
    );
    let deported = one(&claims, 271_484.0);
    assert_eq!(deported.head.as_deref(), Some("deportation"));
    assert_eq!(
        deported.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-12-31")
    );
    let earlier = one(&claims, 142_580.0);
    assert_eq!(
        earlier.head.as_deref(),
        Some("deportation"),
        "not a prosecutor ('fiscal')"
    );
    assert_eq!(
        earlier.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-12-31")
    );
}

#[test]
fn a_month_s_revised_gain_is_of_the_change_reported_before_and_of_that_month() {
    let claims = parse(
        "Jobs\n\nFriday, 8 December 2023\n\nThe Labor Department said that nonfarm payrolls rose \
         by 199,000 in November. October's gain was revised to 150,000, while September's was \
         lowered to 262,000.",
        Some("en"),
    );
    let october = one(&claims, 150_000.0);
    assert_eq!(
        (october.head.as_deref(), october.qualifier),
        (Some("job"), Some(Qualifier::Change))
    );
    assert_eq!(
        october.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-10-31")
    );
    let september = one(&claims, 262_000.0);
    assert_eq!(september.head.as_deref(), Some("job"));
    assert_eq!(
        september.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-09-30")
    );
}

#[test]
fn jobs_added_or_created_are_a_net_change() {
    let claims = parse(
        "Jobs\n\n3 November 2023\n\nU.S. employers added 150,000 jobs in October. Data for \
         September was revised down to show 297,000 jobs created.",
        Some("en"),
    );
    assert_eq!(one(&claims, 150_000.0).qualifier, Some(Qualifier::Change));
    let september = one(&claims, 297_000.0);
    assert_eq!(september.qualifier, Some(Qualifier::Change));
    assert_eq!(
        september.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2023-09-30")
    );
}

#[test]
fn more_than_is_a_bound_before_since_and_la_cifra_is_a_noun() {
    let claims = parse(
        "Hospital\n\nlunes 20 de mayo de 2024\n\n«Hemos atendido a más de 5.000 personas desde el \
         domingo», dijo el alcalde. Es la mayor cifra desde 2010, con 7.000 pacientes.",
        Some("es"),
    );
    let since = one(&claims, 5000.0);
    assert_eq!(
        since.time.from.map(|d| d.to_string()).as_deref(),
        Some("2024-05-19")
    );
    assert_eq!(
        one(&claims, 7000.0).attribution,
        None,
        "'la mayor cifra' reports nothing"
    );
    let claims = parse(
        "Marcha\n\nlunes 20 de mayo de 2024\n\nLa policía cifra en 5.000 los manifestantes.",
        Some("es"),
    );
    assert_eq!(
        one(&claims, 5000.0).attribution.as_deref(),
        Some("La policía")
    );
}

#[test]
fn a_spanish_earlier_value_de_x_a_y_is_of_what_the_verb_takes_and_dated_back() {
    let claims = parse(
        "Pensiones\n\nlunes 20 de mayo de 2024\n\nLa reforma eleva la edad de jubilación de 62 a 64 \
         años, según el Gobierno.",
        Some("es"),
    );
    let before = one(&claims, 62.0);
    assert_eq!(
        before.head.as_deref(),
        Some("retirement age"),
        "not a salary"
    );
    assert_eq!(
        before.time.as_of, None,
        "an earlier value is no figure of today"
    );
    assert_eq!(one(&claims, 64.0).head.as_deref(), Some("retirement age"));
}

#[test]
fn a_quotation_opening_at_the_figure_keeps_the_clause_s_subject() {
    let claims = parse(
        "Huelga\n\n10 de abril de 2025\n\nEl vocero afirmó que la adhesión fue \"menor al 40 %\", \
         según el Gobierno.",
        Some("es"),
    );
    let c = one(&claims, 40.0);
    assert_eq!(
        (c.head.as_deref(), c.bound),
        (Some("turnout"), Bound::Under)
    );
}
