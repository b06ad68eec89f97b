//! Every finding is explained in English and in Spanish with the same facts: the Spanish sentence
//! cites the same figures and quotes as written, the same sources, the same dates (with Spanish
//! month names) and the same computed numbers (in the Spanish convention: "12.050", "105,2
//! millones"), and none of the English template's words are left in it.
//!
//! Checked over the seed corpus, the real-topic articles of `tests/articles/`, and invented English
//! and Spanish articles that reach the explanations the others do not (a sum that misses, an
//! implausible conversion, two values for one measure, a change in Spanish).

use crosscheck_engine::findings::explain::{self, Lang};
use crosscheck_engine::findings::{Finding, FindingKind};
use crosscheck_engine::time::Date;
use crosscheck_engine::{lexicon, seeds, Corpus};

mod articles;

use articles::{corpus_of, Article, ALL as TOPICS};

/// Invented articles, one story in each language.
const INVENTED: &[Article] = &[
    (
        "hospital_es_1.txt",
        "El Heraldo de Lerma",
        "2024-03-04",
        "Lerma contrata médicos para su nuevo hospital\n\n\
         Los 300 médicos que llegarán en abril se sumarán a los 450 que ya trabajan en Lerma, \
         con lo que habrá en total 900 médicos, informó la Secretaría de Salud.\n\n\
         La obra costó 2.019 millones de pesos (unos 10,5 millones de dólares) en 2024, según \
         el gobierno estatal.\n\n\
         El hospital tendrá 120 camas.\n",
    ),
    (
        "hospital_es_2.txt",
        "Noticias del Valle",
        "2024-06-10",
        "Sube a 520 el número de médicos en el hospital de Lerma\n\n\
         El número de médicos que ya trabajan en el hospital de Lerma se elevó a 520, informó \
         la Secretaría de Salud.\n\n\
         El hospital tiene 120 camas, según la dirección.\n",
    ),
    (
        "harbor_en_1.txt",
        "Coastal Times",
        "2025-02-03",
        "Port strike enters second week\n\n\
         More than 4,000 dockworkers are already on strike at the port of Velmar, the union said \
         on Monday.\n\n\
         In total, 2,500 dockworkers are already on strike at the port of Velmar, the company \
         said in a separate statement.\n\n\
         The strike has cost exporters 80 million euros (about 12 million dollars) so far.\n",
    ),
    (
        "harbor_en_2.txt",
        "Velmar Daily",
        "2025-02-04",
        "Port strike: union and company disagree on numbers\n\n\
         More than 4,000 dockworkers are already on strike at the port of Velmar, the union said \
         on Monday.\n\n\
         The strike has cost exporters 80 million euros so far.\n",
    ),
];

/// The segments of `s` between “ and ”.
fn quoted(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('“') {
        let after = &rest[i + '“'.len_utf8()..];
        let Some(j) = after.find('”') else { break };
        out.push(&after[..j]);
        rest = &after[j + '”'.len_utf8()..];
    }
    out
}

/// `s` with every quoted segment, and every string of `names`, replaced by a space.
fn outside(s: &str, names: &[String]) -> String {
    let mut out = s.to_string();
    for q in quoted(s) {
        out = out.replacen(&format!("“{q}”"), " ", 1);
    }
    let mut names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in names {
        out = out.replace(n.as_str(), " ");
    }
    out
}

/// Numbers written outside quotes ("12,050", "105.2"), in order.
fn numbers(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == ',' || c == '.')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit());
        if c.is_ascii_digit() || inner {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// An English-convention number in the Spanish convention: "12,050" → "12.050", "105.2" → "105,2".
fn to_spanish(n: &str) -> String {
    n.chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect()
}

const ENGLISH_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const SPANISH_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

/// Words of the English templates that must not be left in a Spanish sentence (outside quotes,
/// source names and the articles' own words).
const ENGLISH_WORDS: &[&str] = &[
    " says ",
    " said ",
    " reported ",
    " but ",
    " while ",
    " and ",
    " gives ",
    " give ",
    " agree ",
    "Sources ",
    " sources",
    " on ",
    " of ",
    " per ",
    " at the ",
    " as ",
    " rose ",
    " fell ",
    "over time",
    " then ",
    " average",
    " denies ",
    " asserts ",
    " dates it ",
    " puts it ",
    " same ",
    " different ",
    " states ",
    " adds ",
    " whereas ",
    " total of ",
    " implying ",
    " far from ",
    " cannot ",
    " be true",
    " undated",
    " since ",
    " from ",
    " to ",
    " in ",
    " the ",
    "The ",
    " wording",
    " independent",
    " near-identical",
    " million",
    " billion",
    " stated",
    " already",
    " additional",
    " target",
    " cumulative",
    " start year",
    " date of",
    " whether ",
    " article itself",
    " for ",
];

/// Checks one finding's Spanish explanation against its English one; returns the problems.
fn problems(corpus: &Corpus, f: &Finding) -> Vec<String> {
    let (en, es) = (&f.explanation, &f.explanation_es);
    let mut out = Vec::new();
    if es.trim().is_empty() {
        return vec!["no Spanish explanation".into()];
    }
    if !es.ends_with('.') {
        out.push("the Spanish sentence has no full stop".into());
    }
    if es == en {
        out.push("the Spanish sentence is the English one".into());
    }
    // Figures and quotes as written.
    let es_quotes = quoted(es);
    for q in quoted(en) {
        if !es_quotes.contains(&q) {
            out.push(format!("quote “{q}” missing"));
        }
    }
    // Source names, and what the articles' own words say (measures, attributions), which are
    // not the template's.
    let claims: Vec<_> = corpus
        .claims()
        .iter()
        .filter(|c| f.claims.contains(&c.id))
        .collect();
    let mut names: Vec<String> = Vec::new();
    for d in corpus.documents() {
        let name = d
            .outlet
            .clone()
            .filter(|o| !o.trim().is_empty())
            .unwrap_or_else(|| d.id.clone());
        if en.contains(&name) {
            if !es.contains(&name) {
                out.push(format!("source {name} missing"));
            }
            names.push(name);
        }
    }
    for c in &claims {
        names.push(explain::measure_in(c, Lang::Es));
        names.push(explain::measure_in(c, Lang::En));
        names.push(explain::measure(c));
        names.extend(c.attribution.clone());
        names.extend(c.place.clone());
        names.extend(c.time.text.clone());
    }
    let (en_out, es_out) = (outside(en, &names), outside(es, &names));
    // Dates: "13 May 2024" becomes "13 may 2024"; no English month is left.
    let en_words: Vec<&str> = en_out.split_whitespace().collect();
    for w in en_words.windows(3) {
        let Some(m) = ENGLISH_MONTHS.iter().position(|m| *m == w[1]) else {
            continue;
        };
        let day = w[0].trim_start_matches('(');
        if day.parse::<u8>().is_err() {
            continue;
        }
        let year: String = w[2].chars().take_while(char::is_ascii_digit).collect();
        let spanish = format!("{day} {} {year}", SPANISH_MONTHS[m]);
        if !es.contains(&spanish) {
            out.push(format!("date {spanish} missing"));
        }
    }
    let es_words: Vec<&str> = es_out.split_whitespace().collect();
    for w in &es_words {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if ENGLISH_MONTHS.contains(&w) {
            out.push(format!("English month {w}"));
        }
    }
    // Computed numbers (sums, conversions, rates, years) in the Spanish convention.
    let es_numbers = numbers(&es_out);
    for n in numbers(&en_out) {
        let s = to_spanish(&n);
        if !es_numbers.contains(&s) {
            out.push(format!("number {n} (as {s}) missing"));
        }
    }
    let padded = format!(" {es_out} ");
    for w in ENGLISH_WORDS {
        if padded.contains(w) {
            out.push(format!("English word {w:?} left"));
        }
    }
    out
}

fn check(corpus: &Corpus) -> Vec<FindingKind> {
    let mut failures = Vec::new();
    for f in corpus.findings() {
        println!("EN: {}\nES: {}\n", f.explanation, f.explanation_es);
        let p = problems(corpus, f);
        if !p.is_empty() {
            failures.push(format!(
                "{}\n  EN: {}\n  ES: {}\n  {}",
                f.id,
                f.explanation,
                f.explanation_es,
                p.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    corpus.findings().iter().map(|f| f.kind).collect()
}

#[test]
fn seed_findings_are_explained_in_spanish_with_the_same_facts() {
    let kinds = check(&seeds::corpus());
    assert!(
        kinds.len() >= 10,
        "the seeds have their findings: {kinds:?}"
    );
    for k in [
        FindingKind::Conflict,
        FindingKind::Corroboration,
        FindingKind::Discrepancy,
    ] {
        assert!(kinds.contains(&k), "a seed {k:?}");
    }
}

#[test]
fn real_topic_findings_are_explained_in_spanish_with_the_same_facts() {
    let kinds = check(&corpus_of(TOPICS));
    for k in [
        FindingKind::Change,
        FindingKind::Inconsistency,
        FindingKind::Conflict,
    ] {
        assert!(kinds.contains(&k), "a {k:?} among the topics: {kinds:?}");
    }
}

#[test]
fn invented_article_findings_are_explained_in_spanish_with_the_same_facts() {
    let corpus = corpus_of(INVENTED);
    let kinds = check(&corpus);
    for k in [
        FindingKind::Inconsistency,
        FindingKind::Change,
        FindingKind::Conflict,
        FindingKind::Corroboration,
    ] {
        assert!(kinds.contains(&k), "an invented {k:?}: {kinds:?}");
    }
    // The Spanish article's sum and conversion, with the computed figures in Spanish writing.
    let es: Vec<&str> = corpus
        .findings()
        .iter()
        .map(|f| f.explanation_es.as_str())
        .collect();
    assert!(
        es.iter()
            .any(|e| e.contains("suma “300” a “450”") && e.contains("la suma es 750")),
        "{es:#?}"
    );
    assert!(
        es.iter()
            .any(|e| e.contains("192,3 MXN por USD") && e.contains("18,3 del promedio de 2024")),
        "{es:#?}"
    );
}

#[test]
fn spanish_numbers_and_dates_follow_one_convention() {
    let d = Date::parse_iso("2024-05-13").unwrap();
    assert_eq!(explain::date_in(d, Lang::En), "13 May 2024");
    assert_eq!(explain::date_in(d, Lang::Es), "13 may 2024");
    let sept = Date::parse_iso("2025-09-01").unwrap();
    assert_eq!(explain::date_in(sept, Lang::Es), "1 sept 2025");
    assert_eq!(explain::number_in(110_300_000.0, Lang::En), "110.3 million");
    assert_eq!(
        explain::number_in(110_300_000.0, Lang::Es),
        "110,3 millones"
    );
    assert_eq!(explain::number_in(1_000_000.0, Lang::Es), "1 millón");
    assert_eq!(explain::number_in(2.4e9, Lang::Es), "2,4 mil millones");
    assert_eq!(explain::number_in(12_050.0, Lang::Es), "12.050");
    assert_eq!(explain::number_in(19.2, Lang::Es), "19,2");
    assert_eq!(
        explain::list_in(&["a".into(), "b".into(), "Iberia".into()], Lang::Es),
        "a, b e Iberia"
    );
}

#[test]
fn analysis_json_carries_both_and_old_findings_still_load() {
    let analysis = seeds::corpus().analysis();
    let json = serde_json::to_value(&analysis).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| {
        f["explanation"].as_str().is_some_and(|s| !s.is_empty())
            && f["explanation_es"].as_str().is_some_and(|s| !s.is_empty())
            && f["measure_es"].as_str().is_some_and(|s| !s.is_empty())
    }));
    // The Spanish measure is the one the Spanish explanation names (when it names one).
    assert!(analysis.findings.iter().any(|f| f.measure_es
        == "especialistas cubanos, ya presentes, en México"
        && f.explanation_es.contains(&f.measure_es)));
    // A finding saved before `explanation_es` existed still reads, with an empty Spanish text.
    let old = r#"{"id":"f1","kind":"conflict","measure":"doctors","claims":["a#1","b#2"],
        "explanation":"A gives “1” and B gives “2”.","confidence":0.8}"#;
    let f: Finding = serde_json::from_str(old).unwrap();
    assert_eq!(f.explanation_es, "");
    assert_eq!(f.measure_es, "");
    assert_eq!(f.kind, FindingKind::Conflict);
}

#[test]
fn seed_measures_are_named_in_spanish_with_places_written_properly() {
    let corpus = seeds::corpus();
    let findings = corpus.findings();
    let es: Vec<&str> = findings.iter().map(|f| f.explanation_es.as_str()).collect();
    let en: Vec<&str> = findings.iter().map(|f| f.explanation.as_str()).collect();
    // The counted noun and its demonym from the lexicon, agreeing; the place's Spanish name.
    assert!(
        es.iter()
            .any(|e| e.contains("Para especialistas cubanos, ya presentes, en México, 14ymedio")),
        "{es:#?}"
    );
    assert!(
        es.iter().any(|e| e.contains("médicos cubanos, objetivo")),
        "{es:#?}"
    );
    assert!(
        es.iter()
            .any(|e| e.contains("trabajadores de la salud cubanos")),
        "{es:#?}"
    );
    assert!(
        es.iter()
            .any(|e| e.contains("médicos por cada 1000, promedio, en América Latina")),
        "{es:#?}"
    );
    assert!(
        es.iter().any(|e| e.contains("(fecha de la reunión)")),
        "{es:#?}"
    );
    assert!(
        es.iter().any(|e| e.contains("(año de inicio: médicos)")),
        "{es:#?}"
    );
    // No lexicon English or lowercased place is left in a Spanish measure.
    for e in &es {
        for w in [
            "specialists",
            "doctors,",
            "cuban ",
            "en mexico",
            "latin america",
            "healthcare",
            "meeting",
        ] {
            assert!(!e.contains(w), "{w:?} in {e}");
        }
    }
    // English: places and demonyms capitalized, nothing else changed.
    assert!(
        en.iter()
            .any(|e| e.contains("For Cuban specialists, already, in Mexico, 14ymedio")),
        "{en:#?}"
    );
    assert!(
        en.iter()
            .any(|e| e.contains("doctors per 1000, average, in Latin America")),
        "{en:#?}"
    );
    for e in &en {
        assert!(!e.contains("in mexico") && !e.contains("cuban "), "{e}");
    }
}

#[test]
fn a_measure_without_a_reliable_spanish_form_keeps_the_articles_words() {
    let corpus = seeds::corpus();
    let seed = corpus
        .claims()
        .iter()
        .find(|c| c.head.as_deref() == Some("doctor") && c.modifiers == ["cuba"])
        .expect("a seed count of Cuban doctors")
        .clone();
    // (head, measure as the claim names it, modifiers, Spanish, English)
    let cases: &[(&str, &str, &[&str], &str, &str)] = &[
        // A modifier the lexicon cannot translate: the noun group stays as written.
        (
            "doctor",
            "family doctors, already, in mexico",
            &["family"],
            "family doctors, ya presentes, en México",
            "family doctors, already, in Mexico",
        ),
        // Already Spanish (a Spanish article): the article's words, which agree in gender.
        (
            "doctor",
            "médicas cubanas, in cuba",
            &["cuba"],
            "médicas cubanas, en Cuba",
            "médicas cubanas, in Cuba",
        ),
        (
            "nurse",
            "enfermeras, in mexico",
            &[],
            "enfermeras, en México",
            "enfermeras, in Mexico",
        ),
        // A count names its noun in the plural, whatever English number the noun has.
        (
            "worker",
            "staff, in mexico",
            &[],
            "trabajadores, en México",
            "staff, in Mexico",
        ),
        // A concept without a Spanish form in the lexicon.
        (
            "widget-maker",
            "widget makers, in united states",
            &[],
            "widget makers, en Estados Unidos",
            "widget makers, in United States",
        ),
        // Demonyms agree with the noun's gender and number.
        (
            "company",
            "french companies",
            &["france"],
            "empresas francesas",
            "French companies",
        ),
    ];
    for (head, measure, modifiers, es, en) in cases {
        let mut c = seed.clone();
        c.head = Some(head.to_string());
        c.measure = measure.to_string();
        c.modifiers = modifiers.iter().map(|m| m.to_string()).collect();
        assert_eq!(explain::measure_in(&c, Lang::Es), *es, "{measure}");
        assert_eq!(explain::measure_in(&c, Lang::En), *en, "{measure}");
    }
}

#[test]
fn spanish_articles_keep_their_own_words_in_spanish_explanations() {
    let corpus = corpus_of(TOPICS);
    let es: Vec<&str> = corpus
        .findings()
        .iter()
        .map(|f| f.explanation_es.as_str())
        .collect();
    // "fallecidos" and "evacuados" are the Spanish articles' words, not replaced by the lexicon's;
    // the state the figures are for is named in Spanish.
    assert!(
        es.iter()
            .any(|e| e.contains("(fallecidos, total, en Tabasco)")),
        "{es:#?}"
    );
    assert!(
        es.iter().any(|e| e.contains("coinciden en evacuados:")),
        "{es:#?}"
    );
    // A concept id the engine names (a budget in a Spanish sentence) is still written in Spanish.
    assert!(
        es.iter().any(|e| e.contains("coinciden en presupuesto:")),
        "{es:#?}"
    );
}

#[test]
fn every_spanish_noun_reads_back_as_its_concept() {
    let mut n = 0;
    let mut wrong = Vec::new();
    for (id, noun) in lexicon::spanish_nouns() {
        for form in [noun.singular, noun.plural] {
            let got = lexicon::concept(form).map(|c| c.id);
            if got != Some(id) {
                wrong.push(format!("{form:?} reads as {got:?}, not {id:?}"));
            }
        }
        n += 1;
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(n >= 100, "{n} Spanish nouns");
}
