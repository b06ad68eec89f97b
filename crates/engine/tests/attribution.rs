//! Who a figure is attributed to when the report's subject is a pronoun or left out.

use crosscheck_engine::claims::{self, Claim};
use crosscheck_engine::quantity::Value;
use crosscheck_engine::{Document, DocumentMeta};

fn parse(text: &str) -> Vec<Claim> {
    claims::extract(&Document::parse("test.txt", text, &DocumentMeta::default()))
}

/// The attribution of the claim whose value is `v`.
fn source_of(claims: &[Claim], v: f64) -> Option<&str> {
    let claim = claims
        .iter()
        .find(|c| matches!(c.value, Some(Value::Number(x)) if x == v))
        .unwrap_or_else(|| panic!("no claim of {v} in {claims:#?}"));
    claim.attribution.as_deref()
}

#[test]
fn an_english_pronoun_reports_for_the_last_fitting_source() {
    let claims = parse(
        "Hospital waiting lists grow again\n\n\
        LONDON, March 4, 2025 — Health Secretary Wes Streeting said on Tuesday that the NHS had \
        cut waiting lists since July.\n\n\
        He said 7.4 million people were still waiting for treatment. \"We will hire 2,000 more \
        GPs this year,\" he added.\n\n\
        The Royal College of Nursing disputed the figures. It said 40,000 nursing posts \
        remained vacant.\n\n\
        She also said that 12% of trusts had missed their targets.",
    );
    let minister = Some("Health Secretary Wes Streeting");
    assert_eq!(source_of(&claims, 7_400_000.0), minister);
    assert_eq!(source_of(&claims, 2_000.0), minister);
    // "It": the college, which is no person.
    assert_eq!(
        source_of(&claims, 40_000.0),
        Some("The Royal College of Nursing")
    );
    // "She": a person, so not the college named since.
    assert_eq!(source_of(&claims, 12.0), minister);
}

#[test]
fn a_spanish_verb_without_subject_reports_for_the_source_before() {
    let claims = parse(
        "El Gobierno anuncia nuevas plazas\n\n\
        MADRID, 4 de marzo de 2025 — La ministra de Sanidad, Mónica García, afirmó este martes \
        que la lista de espera bajó.\n\n\
        Añadió que 2.000 médicos se incorporarán antes de junio. «Vamos a contratar a 500 \
        enfermeras más», dijo.\n\n\
        Según el sindicato CSIF, faltan 6.000 profesionales.\n\n\
        Ella explicó que el presupuesto asciende a 120 millones de euros.",
    );
    let minister = Some("La ministra de Sanidad (Mónica García)");
    assert_eq!(source_of(&claims, 2_000.0), minister);
    assert_eq!(source_of(&claims, 500.0), minister);
    assert_eq!(source_of(&claims, 6_000.0), Some("el sindicato CSIF"));
    // "Ella": a person, not the union.
    assert_eq!(source_of(&claims, 120_000_000.0), minister);
}

#[test]
fn a_pronoun_with_no_source_before_it_names_no_one_and_a_subject_after_a_quote_is_read() {
    let claims = parse("Waiting lists\n\nHe said 7.4 million people were waiting.");
    assert_eq!(source_of(&claims, 7_400_000.0), None);
    let claims = parse("Cases\n\n\"The count rose to 1,200 this week,\" noted the institute.");
    assert_eq!(source_of(&claims, 1_200.0), Some("the institute"));
}

#[test]
fn a_name_after_a_role_after_the_verb_belongs_to_the_source() {
    let claims = parse(
        "Fire grows\n\n\"We have never seen this,\" said Cal Fire battalion chief Mark Delgado. \
        He said the fire grew by 48,000 acres overnight.",
    );
    assert_eq!(
        source_of(&claims, 48_000.0),
        Some("Cal Fire battalion chief Mark Delgado")
    );
}

#[test]
fn a_clause_of_time_and_a_forecast_named_by_its_month_report_nothing() {
    let claims = parse(
        "Farm losses grow\n\n\
        BARCELONA, April 22, 2024 — Reservoirs rose to 18.5% of capacity, up from 16% in early \
        February when Catalonia declared a drought emergency, the Catalan Water Agency said.\n\n\
        The union now estimates losses at 1.4 billion euros, up from its February forecast of \
        1 billion euros.",
    );
    let agency = Some("Catalan Water Agency");
    assert_eq!(source_of(&claims, 18.5), agency);
    assert_eq!(source_of(&claims, 16.0), agency);
    // "now" stands between the subject and its verb; "its February forecast" is a noun.
    assert_eq!(source_of(&claims, 1_400_000_000.0), Some("The union"));
    assert_eq!(source_of(&claims, 1_000_000_000.0), Some("The union"));
    // The month dates the forecast it names, and only that.
    let when = |v: f64| {
        claims
            .iter()
            .find(|c| matches!(c.value, Some(Value::Number(x)) if x == v))
            .and_then(|c| c.time.text.clone())
    };
    assert_eq!(when(1_000_000_000.0).as_deref(), Some("February"));
    assert_eq!(when(1_400_000_000.0), None);
}

#[test]
fn groups_speak_for_themselves_and_an_article_may_open_a_name() {
    let claims = parse(
        "Huelga en los puertos\n\nVALPARAÍSO, 14 de marzo de 2024.- Sin embargo, la Asociación \
         Hondureña de Hospitales aseguró que unos 180 pacientes esperan cama. El gremio de \
         camioneros estima que unos 1.900 camiones esperan turno.",
    );
    assert_eq!(
        source_of(&claims, 180.0),
        Some("la Asociación Hondureña de Hospitales")
    );
    assert_eq!(source_of(&claims, 1900.0), Some("El gremio de camioneros"));
    let claims = parse(
        "Port strike\n\nVALPARAISO, March 14, 2024 — Truck drivers said about 1,200 lorries were \
         stuck. About 3,000 workers said they would strike.",
    );
    assert_eq!(source_of(&claims, 1200.0), Some("Truck drivers"));
    // The counted workers are what the figure counts, not who reports it.
    assert_eq!(source_of(&claims, 3000.0), None);
}

#[test]
fn a_day_between_the_subject_and_its_verb_is_not_the_source() {
    let claims = parse(
        "Results\n\nThe Finance Ministry on Tuesday reported revenue of 10.2 billion euros. \
         El tribunal electoral el martes confirmó 48,9 % de los votos.",
    );
    assert_eq!(source_of(&claims, 10.2e9), Some("The Finance Ministry"));
    assert_eq!(source_of(&claims, 48.9), Some("El tribunal electoral"));
}

#[test]
fn two_sources_in_one_sentence_each_give_their_own_figure() {
    let claims = parse(
        "Dengue deaths\n\nMarch 19, 2024\n\nThe Argentine Society of Infectious Diseases counts \
         118 dengue deaths this season, while Health Minister Mario Russo acknowledges 106.\n",
    );
    assert_eq!(
        source_of(&claims, 118.0),
        Some("The Argentine Society of Infectious Diseases")
    );
    assert_eq!(
        source_of(&claims, 106.0),
        Some("Health Minister Mario Russo")
    );
    // The minister's figure counts what the society's does.
    let ministers = claims.iter().find(|c| c.quote == "106").unwrap();
    assert_eq!(ministers.head.as_deref(), Some("death"));
    // A name's short form in parentheses stays with the name; "frente a" opens the other source.
    let claims = parse(
        "Muertes por dengue\n\n19 de marzo de 2024\n\nLa Sociedad Argentina de Infectología \
         (SADI) contabiliza 118 muertes por dengue en la temporada, frente a las 106 que reconoce \
         el Ministerio de Salud en su boletín de este martes.\n",
    );
    assert_eq!(
        source_of(&claims, 118.0),
        Some("La Sociedad Argentina de Infectología")
    );
    assert_eq!(source_of(&claims, 106.0), Some("Ministerio de Salud"));
}

#[test]
fn a_figure_announced_by_someone_is_theirs() {
    let claims = parse(
        "Layoffs\n\nJanuary 12, 2025\n\nThe union said more than 2,000 employees had received \
         notices, higher than the 1,800 announced by the company.\n",
    );
    assert_eq!(source_of(&claims, 2000.0), Some("The union"));
    assert_eq!(source_of(&claims, 1800.0), Some("the company"));
    let claims = parse(
        "Despidos\n\n12 de enero de 2025\n\nEl sindicato cifró en 2.000 los despidos, frente a \
         los 1.800 anunciados por la empresa.\n",
    );
    assert_eq!(source_of(&claims, 2000.0), Some("El sindicato"));
    assert_eq!(source_of(&claims, 1800.0), Some("la empresa"));
    // Not the agent of any participle: "killed by the floods" names no source.
    let claims =
        parse("Floods\n\nJanuary 12, 2025\n\n300 homes destroyed by the floods were rebuilt.\n");
    assert_eq!(source_of(&claims, 300.0), None);
}

#[test]
fn a_clause_after_comma_and_with_its_own_reporter_is_that_reporter_s() {
    let claims = parse(
        "Results\n\nTuesday, 4 November 2025\n\nThe industrial group Nordwerk reported revenue of \
         €2.1 billion for the third quarter on Tuesday, and chief executive Henrik Dahl said the \
         company would hire 1,200 additional engineers.",
    );
    assert_eq!(source_of(&claims, 1200.0), Some("Henrik Dahl"));
    assert_eq!(
        source_of(&claims, 2.1e9),
        Some("The industrial group Nordwerk")
    );
}

#[test]
fn patients_witnesses_and_analysts_report_what_they_say() {
    let claims = parse(
        "Medicines\n\nTuesday, 11 March 2025\n\nDoctors at public hospitals reported a shortage \
         of medicines, and patients said only 60% of prescriptions were filled.",
    );
    assert_eq!(source_of(&claims, 60.0), Some("patients"));
}

#[test]
fn two_relative_clauses_give_a_figure_each_to_their_own_reporter() {
    let claims = parse(
        "Paro\n\n11 de abril de 2025\n\nLa CGT realizó este jueves una huelga general, con un \
         acatamiento que el sindicato cifró en el 90 % y que el Ejecutivo rebajó al 35 %.",
    );
    assert_eq!(source_of(&claims, 90.0), Some("el sindicato"));
    assert_eq!(source_of(&claims, 35.0), Some("el Ejecutivo"));
    let turnout = claims.iter().find(|c| c.quote == "35 %").expect("35 %");
    assert_eq!(turnout.head.as_deref(), Some("turnout"));
}

#[test]
fn a_perfect_tense_reports_for_its_subject_and_a_country_for_whoever_speaks_for_it() {
    let claims = parse(
        "Sismo\n\n6 de noviembre de 2023\n\nEl ministerio ha precisado que 153 personas murieron. \
         Se ha informado que 40 casas cayeron.\n\nThe ministry has said 256 were injured. Mexico \
         has confirmed 1,142 measles cases so far this year, the Health Ministry said Thursday. \
         Peru has confirmed 12 cases.",
    );
    assert_eq!(source_of(&claims, 153.0), Some("El ministerio"));
    assert_eq!(source_of(&claims, 40.0), None, "an impersonal perfect");
    assert_eq!(source_of(&claims, 256.0), Some("The ministry"));
    assert_eq!(source_of(&claims, 1142.0), Some("Health Ministry"));
    assert_eq!(source_of(&claims, 12.0), Some("Peru"), "no one else speaks");
}

#[test]
fn estimates_and_data_of_a_body_are_its_own() {
    let claims = parse(
        "Refugiados\n\n10 de noviembre de 2025\n\nSegún estimaciones de la ONU, 3 millones de \
         personas huyeron. Según datos del ministerio, murieron 500 personas.",
    );
    assert_eq!(source_of(&claims, 3e6), Some("ONU"));
    assert_eq!(source_of(&claims, 500.0), Some("ministerio"));
    let claims = parse(
        "Refugees\n\n10 November 2025\n\nAccording to estimates by the UN, 2 million people \
         fled.",
    );
    assert_eq!(source_of(&claims, 2e6), Some("UN"));
}
