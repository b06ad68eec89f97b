//! Real-topic articles (tests/articles/): a disputed crowd size and its revision in Spanish, a
//! casualty toll rising over three days, one budget reported in two languages, district figures that
//! do not add up, and an unrelated article that must produce no findings against the rest.

use crosscheck_engine::claims::Claim;
use crosscheck_engine::findings::{Finding, FindingKind};
use crosscheck_engine::time::Date;
use crosscheck_engine::{seeds, Corpus, DocumentMeta};

mod articles;

use articles::ALL as ARTICLES;

fn corpus(names: &[&str]) -> Corpus {
    let corpus = articles::corpus_of(ARTICLES.iter().filter(|a| names.contains(&a.0)));
    for c in corpus.claims() {
        println!(
            "  {} {:?} {:?} {:?} head={:?} q={:?} attr={:?} place={:?}",
            c.id, c.value, c.unit, c.bound, c.head, c.qualifier, c.attribution, c.place
        );
    }
    for f in corpus.findings() {
        println!("{} {:?} {:?} {}", f.id, f.kind, f.claims, f.explanation);
    }
    corpus
}

fn value(c: &Claim) -> Option<f64> {
    c.value.map(|v| (v.low() + v.high()) / 2.0)
}

/// Whether finding `f` cites a claim of `doc` with value `v` (within 0.5%).
fn cites(corpus: &Corpus, f: &Finding, doc: &str, v: f64) -> bool {
    f.claims.iter().any(|id| {
        corpus.claims().iter().any(|c| {
            &c.id == id
                && c.doc == doc
                && value(c).is_some_and(|x| (x - v).abs() <= v.abs() * 0.005)
        })
    })
}

fn find<'a>(
    corpus: &'a Corpus,
    kinds: &[FindingKind],
    a: (&str, f64),
    b: (&str, f64),
) -> Option<&'a Finding> {
    corpus.findings().iter().find(|f| {
        kinds.contains(&f.kind) && cites(corpus, f, a.0, a.1) && cites(corpus, f, b.0, b.1)
    })
}

use FindingKind::*;

#[test]
fn crowd_size_dispute_and_revision() {
    let c = corpus(&["protest_en.txt", "protest_es.txt"]);
    assert!(
        find(
            &c,
            &[Conflict],
            ("protest_en.txt", 40_000.0),
            ("protest_en.txt", 120_000.0)
        )
        .is_some(),
        "police vs organizers in one sentence"
    );
    assert!(
        find(
            &c,
            &[Change],
            ("protest_en.txt", 40_000.0),
            ("protest_es.txt", 55_000.0)
        )
        .is_some(),
        "the police revised their figure a day later"
    );
    assert!(find(
        &c,
        &[Conflict, Change, Discrepancy],
        ("protest_en.txt", 120_000.0),
        ("protest_es.txt", 55_000.0)
    )
    .is_none());
    assert!(find(
        &c,
        &[Conflict, Discrepancy],
        ("protest_en.txt", 40_000.0),
        ("protest_es.txt", 55_000.0)
    )
    .is_none());
}

#[test]
fn casualty_toll_rises_over_three_days() {
    let c = corpus(&["quake_day1.txt", "quake_day2.txt", "quake_day3.txt"]);
    let toll = find(
        &c,
        &[Change],
        ("quake_day1.txt", 48.0),
        ("quake_day2.txt", 112.0),
    )
    .expect("the toll rose");
    // The Spanish explanation names the toll by the concept's Spanish noun.
    assert!(
        toll.explanation_es.contains("(muertos, "),
        "{}",
        toll.explanation_es
    );
    assert!(find(
        &c,
        &[Change],
        ("quake_day2.txt", 112.0),
        ("quake_day3.txt", 187.0)
    )
    .is_some());
    assert!(
        !c.findings()
            .iter()
            .any(|f| matches!(f.kind, Conflict | Discrepancy | Inconsistency)),
        "a rising toll is not a conflict"
    );
}

#[test]
fn one_budget_in_two_languages() {
    let c = corpus(&["budget_en.txt", "budget_es.txt"]);
    assert!(find(
        &c,
        &[Corroboration],
        ("budget_en.txt", 2.1e9),
        ("budget_es.txt", 2.1e9)
    )
    .is_some());
    assert!(!c.findings().iter().any(|f| f.kind != Corroboration));
}

#[test]
fn district_figures_do_not_add_up() {
    let c = corpus(&["outage_districts.txt"]);
    let f = c
        .findings()
        .iter()
        .find(|f| f.kind == Inconsistency && cites(&c, f, "outage_districts.txt", 12_400.0))
        .expect("parts vs total");
    assert!(f.explanation.contains("12,050"), "{}", f.explanation);
    assert_eq!(c.findings().len(), 1);
}

#[test]
fn unrelated_article_produces_nothing_against_the_rest() {
    let names: Vec<&str> = ARTICLES.iter().map(|a| a.0).collect();
    let mut c = corpus(&names);
    let manifest = crosscheck_engine::manifest::Manifest::parse(seeds::MANIFEST).expect("manifest");
    for s in &seeds::SEEDS {
        c.add(s.file, s.text, &manifest.meta_for(s.file, s.text));
    }
    let bad: Vec<&Finding> = c
        .findings()
        .iter()
        .filter(|f| {
            f.claims
                .iter()
                .any(|id| id.starts_with("unrelated_tech.txt#"))
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    // Nor do the topics mix with the seeds or each other.
    for f in c.findings() {
        let mut stories: Vec<&str> = f
            .claims
            .iter()
            .map(|id| {
                let doc = id.rsplit_once('#').map_or(id.as_str(), |(d, _)| d);
                doc.split(['_', '.']).next().unwrap_or(doc)
            })
            .map(|s| {
                if s.chars().all(|c| c.is_ascii_digit()) {
                    "seed"
                } else {
                    s
                }
            })
            .collect();
        stories.sort_unstable();
        stories.dedup();
        assert_eq!(stories.len(), 1, "finding mixes stories: {f:?}");
    }
}

#[test]
fn story_signatures() {
    use crosscheck_engine::findings::topic::{similar, Signature};
    let sig = |f: &str| Signature::of(ARTICLES.iter().find(|a| a.0 == f).unwrap().3);
    let (en, es) = (sig("protest_en.txt"), sig("protest_es.txt"));
    println!("{:?}\n{:?}\n{:?}", en, es, en.overlap(&es));
    assert!(similar(&en, &es));
    assert!(similar(&sig("quake_day1.txt"), &sig("quake_day2.txt")));
    assert!(!similar(&sig("unrelated_tech.txt"), &sig("budget_en.txt")));
}

#[test]
fn flood_toll_in_spanish_rises_and_evacuations_agree() {
    let c = corpus(&["floods_es_day1.txt", "floods_es_day2.txt"]);
    assert!(
        find(
            &c,
            &[Change],
            ("floods_es_day1.txt", 12.0),
            ("floods_es_day2.txt", 19.0)
        )
        .is_some(),
        "'al menos 12 personas murieron' then 'se elevó a 19' is a rising toll"
    );
    assert!(find(
        &c,
        &[Corroboration],
        ("floods_es_day1.txt", 35_000.0),
        ("floods_es_day2.txt", 35_000.0)
    )
    .is_some());
    assert!(
        !c.findings()
            .iter()
            .any(|f| matches!(f.kind, Conflict | Discrepancy)),
        "nothing here contradicts: {:#?}",
        c.findings()
    );
}

#[test]
fn undated_figures_that_differ_are_not_called_contradictions() {
    // Without publication dates, 112 and 187 dead may be one toll at two moments: no conflict.
    let mut c = Corpus::new();
    for file in ["quake_day2.txt", "quake_day3.txt"] {
        let (_, _, _, text) = ARTICLES.iter().find(|a| a.0 == file).unwrap();
        c.add(file, text, &DocumentMeta::default());
    }
    assert!(
        !c.findings()
            .iter()
            .any(|f| matches!(f.kind, Conflict | Discrepancy)),
        "{:#?}",
        c.findings()
    );
}

#[test]
fn a_list_of_figures_by_district_is_not_a_contradiction() {
    let mut text = String::from("Storm leaves homes without power\n\n");
    for (district, homes) in [(4, 1200), (5, 900), (6, 2310), (7, 450)] {
        text.push_str(&format!(
            "In district {district}, officials said {homes} homes lost power on Monday. "
        ));
    }
    let mut c = Corpus::new();
    c.add("storm.txt", &text, &DocumentMeta::default());
    assert!(c.claims().len() >= 4);
    assert!(c.findings().is_empty(), "{:#?}", c.findings());
}

#[test]
fn a_crowd_dispute_in_one_spanish_sentence_names_both_sources() {
    let text =
        "Multitudinaria marcha en Madrid\n\nUnas 300.000 personas se manifestaron en Madrid el \
                pasado sábado, según los organizadores; la Delegación del Gobierno las cifró en \
                45.000.\n\nLa protesta terminó sin incidentes.\n";
    let mut c = Corpus::new();
    c.add("marcha.txt", text, &DocumentMeta::default());
    let f = c
        .findings()
        .iter()
        .find(|f| f.kind == Conflict)
        .expect("one dispute");
    assert!(
        f.explanation.contains("organizadores")
            && f.explanation.contains("Delegación del Gobierno"),
        "{f:#?}"
    );
}

#[test]
fn a_sum_and_its_conversion_make_one_finding() {
    // 004 gives "2,019 million pesos (about 105 million dollars)" twice (body and FAQ).
    let c = crosscheck_engine::seeds::corpus();
    let cost: Vec<_> = c
        .findings()
        .iter()
        .filter(|f| f.kind == Discrepancy && f.explanation.contains("pesos"))
        .collect();
    assert_eq!(cost.len(), 1, "{cost:#?}");
}

#[test]
fn equal_percentages_of_different_things_do_not_agree() {
    let meta = DocumentMeta {
        published: Date::parse_iso("2025-06-02"),
        ..DocumentMeta::default()
    };
    let mut c = Corpus::new();
    c.add(
        "a.txt",
        "Valdoria's economy in May\n\nUnemployment in Valdoria stood at 4.5% in May, the Valdorian statistics office said. \
         The central bank of Valdoria kept rates unchanged.",
        &meta,
    );
    c.add(
        "b.txt",
        "Prices climb in Valdoria\n\nInflation in Valdoria reached 4.5% in May, the Valdorian statistics office said. \
         The central bank of Valdoria is expected to act.",
        &meta,
    );
    assert!(c.findings().is_empty(), "{:#?}", c.findings());
}

#[test]
fn a_start_year_five_years_apart_is_a_conflict() {
    // "established in" dates a start for both layers, and years are compared exactly (1990 and
    // 1995 are within the 0.5% that counts as the same figure for counts).
    let mut c = Corpus::new();
    for (file, year, day) in [("a.txt", 1990, "2025-03-01"), ("b.txt", 1995, "2025-03-02")] {
        let text = format!(
            "Valdoria coast guard news\n\nThe Valdorian coast guard, which was established in {year}, \
             patrols the Valdorian coast, Admiral Tomas Brenn said in Portavela."
        );
        let meta = DocumentMeta {
            published: Date::parse_iso(day),
            ..DocumentMeta::default()
        };
        c.add(file, &text, &meta);
    }
    assert!(
        find(&c, &[Conflict], ("a.txt", 1990.0), ("b.txt", 1995.0)).is_some(),
        "{:#?}",
        c.findings()
    );
    assert!(
        !c.findings().iter().any(|f| f.kind == Corroboration),
        "{:#?}",
        c.findings()
    );
}

#[test]
fn money_is_compared_only_with_money_of_the_same_kind() {
    let c = corpus(&["earnings_a.txt", "earnings_b.txt"]);
    // The job cuts disagree; profit and revenue agree across the two outlets.
    assert!(find(
        &c,
        &[Conflict],
        ("earnings_a.txt", 3000.0),
        ("earnings_b.txt", 4500.0)
    )
    .is_some());
    assert!(find(
        &c,
        &[Corroboration],
        ("earnings_a.txt", 410e6),
        ("earnings_b.txt", 410e6)
    )
    .is_some());
    assert!(find(
        &c,
        &[Corroboration],
        ("earnings_a.txt", 7.9e9),
        ("earnings_b.txt", 7.9e9)
    )
    .is_some());
    // Revenue, profit, savings and what analysts expected are different amounts: no finding sets
    // one against another.
    let money = [410e6, 250e6, 7.9e9, 8.2e9, 1.5e9];
    for f in c.findings() {
        let cited: Vec<f64> = money
            .iter()
            .copied()
            .filter(|&v| cites(&c, f, "earnings_a.txt", v) || cites(&c, f, "earnings_b.txt", v))
            .collect();
        assert!(cited.len() <= 1, "{}: {}", f.id, f.explanation);
    }
}

#[test]
fn another_voice_raising_a_floor_is_a_change() {
    // The state government's "at least 12" dead, then Civil Protection's 18 two days later: both
    // can be true, and the later one says the toll rose.
    let mut c = Corpus::new();
    let day1 = "Las lluvias dejan 12 muertos en Veracruz\n\nXALAPA, 10 de octubre de 2025.- Al \
                menos 12 personas murieron tras las intensas lluvias en el norte de Veracruz, \
                informó el gobierno estatal. El río Pánuco se desbordó en Tampico.";
    let day2 = "Suben a 18 los muertos por lluvias en Veracruz\n\nXALAPA, 12 de octubre de \
                2025.- La cifra de muertos por las lluvias en el norte de Veracruz subió a 18, \
                informó Protección Civil. El río Pánuco sigue desbordado en Tampico.";
    c.add("day1", day1, &DocumentMeta::default());
    c.add("day2", day2, &DocumentMeta::default());
    let change = c
        .findings()
        .iter()
        .find(|f| f.kind == Change)
        .unwrap_or_else(|| panic!("{:#?}", c.findings()));
    assert!(cites(&c, change, "day1", 12.0) && cites(&c, change, "day2", 18.0));
}

#[test]
fn spanish_jobless_count_falls_month_to_month() {
    let c = corpus(&["jobs_es_apr.txt", "jobs_es_may.txt"]);
    assert!(
        find(
            &c,
            &[Change],
            ("jobs_es_apr.txt", 2_666_500.0),
            ("jobs_es_may.txt", 2_607_850.0)
        )
        .is_some(),
        "'parados' and 'desempleados' are the same count, and 'bajó' words a later figure as an update"
    );
    assert!(
        !c.findings()
            .iter()
            .any(|f| matches!(f.kind, Conflict | Inconsistency)),
        "a falling count is no conflict"
    );
}

#[test]
fn two_sources_on_different_measures_in_one_sentence_are_no_dispute() {
    let text = "Huelga portuaria\n\nLa tasa de desempleo en la región subió al 9,1%, informó el \
                INE, mientras que el movimiento de carga en los puertos cayó un 62% en la última \
                semana, según la Cámara.\n";
    let mut c = Corpus::new();
    c.add("huelga.txt", text, &DocumentMeta::default());
    assert!(c.findings().is_empty(), "{:#?}", c.findings());
}
