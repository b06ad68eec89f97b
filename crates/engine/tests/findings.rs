//! Fixture tests for the findings detector: hand-built claims (the claim extractor's contract) fed
//! through the corpus's incremental index.

use crosscheck_engine::claims::{Claim, ClaimKind, Polarity, Qualifier, TimeRef};
use crosscheck_engine::findings::{self, Finding, FindingKind};
use crosscheck_engine::quantity::{Bound, Value};
use crosscheck_engine::time::Date;
use crosscheck_engine::{Corpus, Document, DocumentMeta};

fn d(s: &str) -> Date {
    Date::parse_iso(s).expect("valid date")
}

/// A count claim builder.
#[derive(Clone)]
struct C(Claim);

impl C {
    fn count(doc: &str, n: usize, value: f64, head: &str, text: &str, quote: &str) -> C {
        // The sentence stands at the start of its document.
        let start = text.find(quote).unwrap_or(0);
        C(Claim {
            id: format!("{doc}#{n}"),
            doc: doc.to_string(),
            text: text.to_string(),
            quote: quote.to_string(),
            start,
            end: start + quote.len(),
            kind: ClaimKind::Count,
            value: Some(Value::Number(value)),
            unit: Some(format!("{head}s")),
            per: None,
            bound: Bound::Exact,
            measure: format!("{head}s"),
            time: TimeRef::default(),
            place: None,
            attribution: None,
            polarity: None,
            checkworthiness: 0.8,
            head: Some(head.to_string()),
            qualifier: None,
            ambiguous: false,
            modifiers: Vec::new(),
            scope_of: None,
            topic: None,
        })
    }
    fn bound(mut self, b: Bound) -> C {
        self.0.bound = b;
        self
    }
    fn q(mut self, q: Qualifier) -> C {
        self.0.qualifier = Some(q);
        self
    }
    fn mods(mut self, m: &[&str]) -> C {
        self.0.modifiers = m.iter().map(|s| s.to_string()).collect();
        self
    }
    fn at(mut self, s: &str) -> C {
        self.0.time.as_of = Some(d(s));
        self
    }
    fn from(mut self, s: &str) -> C {
        self.0.time.from = Some(d(s));
        self
    }
    fn to(mut self, s: &str) -> C {
        self.0.time.to = Some(d(s));
        self
    }
    fn place(mut self, p: &str) -> C {
        self.0.place = Some(p.to_string());
        self
    }
    fn by(mut self, a: &str) -> C {
        self.0.attribution = Some(a.to_string());
        self
    }
    fn per(mut self, p: f64) -> C {
        self.0.per = Some(p);
        self.0.kind = ClaimKind::Rate;
        self
    }
    fn scope(mut self, id: &str) -> C {
        self.0.scope_of = Some(id.to_string());
        self
    }
    fn statement(mut self, topic: &str, p: Polarity) -> C {
        self.0.kind = ClaimKind::Statement;
        self.0.value = None;
        self.0.unit = None;
        self.0.topic = Some(topic.to_string());
        self.0.polarity = Some(p);
        self
    }
    fn money(mut self, cur: &str) -> C {
        self.0.kind = ClaimKind::Money;
        self.0.unit = Some(cur.to_string());
        self.0.head = Some("cost".to_string());
        self
    }
}

/// Story words every Cuban-doctors fixture document carries, so documents count as one story.
const STORY: &str = "Cuban doctors in Mexico: Zoé Robledo of the IMSS met Miguel Díaz-Canel in Havana about the IMSS-Bienestar program and the specialists sent to rural hospitals.";

fn doc(
    id: &str,
    outlet: &str,
    published: &str,
    story: &str,
    claims: &[C],
) -> (Document, Vec<Claim>) {
    let mut text = format!("{story}\n\n");
    let mut last = String::new();
    for c in claims {
        if c.0.text != last {
            text.push_str(&c.0.text);
            text.push('\n');
            last = c.0.text.clone();
        }
    }
    let meta = DocumentMeta {
        title: Some(format!("Report {id}")),
        outlet: Some(outlet.to_string()),
        url: None,
        published: Some(d(published)),
        lang: Some("en".to_string()),
    };
    let doc = Document::parse(id, &text, &meta);
    let claims = claims
        .iter()
        .map(|c| {
            let mut c = c.0.clone();
            if c.time.as_of.is_none() {
                c.time.as_of = Some(d(published));
            }
            c
        })
        .collect();
    (doc, claims)
}

/// A corpus of articles given as (id, text), each with the metadata its own text states.
fn articles(texts: &[(&str, &str)]) -> Corpus {
    let mut corpus = Corpus::new();
    for (id, text) in texts {
        corpus.add(id, text, &DocumentMeta::default());
    }
    corpus
}

/// An article's text as a user pastes it: title, outlet and date lines, then the body.
fn story(title: &str, outlet: &str, date: &str, body: &str) -> String {
    format!("{title}\n\n{outlet}\n{date}\n\n{body}\n")
}

fn corpus(docs: Vec<(Document, Vec<Claim>)>) -> Corpus {
    let mut corpus = Corpus::new();
    for (doc, claims) in docs {
        corpus.add_with_claims(doc, claims);
    }
    for f in corpus.findings() {
        println!(
            "{:?} {:?} {:.2} {}",
            f.kind, f.claims, f.confidence, f.explanation
        );
    }
    corpus
}

/// The corpus's findings, printed for a failing test's output.
fn printed_findings(corpus: &Corpus) -> &[Finding] {
    let f = corpus.findings();
    for x in f {
        println!("{:?} {:?} {}", x.kind, x.claims, x.explanation);
    }
    f
}

/// The claim of document `doc` that quotes `quote`.
fn quoted<'c>(corpus: &'c Corpus, doc: &str, quote: &str) -> &'c Claim {
    corpus
        .claims()
        .iter()
        .find(|c| c.doc == doc && c.quote == quote)
        .unwrap_or_else(|| panic!("{doc}: {quote}"))
}

fn has(findings: &[Finding], kind: FindingKind, a: &str, b: &str) -> bool {
    findings.iter().any(|f| {
        f.kind == kind && f.claims.iter().any(|c| c == a) && f.claims.iter().any(|c| c == b)
    })
}

fn any_between(findings: &[Finding], a: &str, b: &str) -> Option<FindingKind> {
    findings
        .iter()
        .find(|f| f.claims.iter().any(|c| c == a) && f.claims.iter().any(|c| c == b))
        .map(|f| f.kind)
}

#[test]
fn bounds_are_respected() {
    let s = "Over 3,650 Cuban healthcare workers are in Mexico.";
    let a = C::count("a", 1, 3650.0, "healthcare worker", s, "over 3,650")
        .bound(Bound::Over)
        .q(Qualifier::Already)
        .mods(&["cuban"]);
    let b = C::count(
        "b",
        1,
        3700.0,
        "healthcare worker",
        "There are 3,700 Cuban healthcare workers in Mexico already.",
        "3,700",
    )
    .q(Qualifier::Already)
    .mods(&["cuban"]);
    let c = C::count(
        "c",
        1,
        3000.0,
        "healthcare worker",
        "Only 3,000 Cuban healthcare workers are already in Mexico.",
        "3,000",
    )
    .q(Qualifier::Already)
    .mods(&["cuban"]);
    let corpus = corpus(vec![
        doc("a", "Outlet A", "2024-07-16", STORY, &[a]),
        doc("b", "Outlet B", "2024-07-17", STORY, &[b]),
        doc("c", "Outlet C", "2024-07-18", STORY, &[c]),
    ]);
    let f = corpus.findings();
    assert!(
        !f.iter().any(|x| x.claims.contains(&"a#1".to_string())
            && x.claims.contains(&"b#1".to_string())
            && !x.claims.contains(&"c#1".to_string())),
        "over 3,650 admits 3,700"
    );
    assert!(
        has(f, FindingKind::Conflict, "a#1", "c#1"),
        "over 3,650 excludes 3,000"
    );
}

#[test]
fn same_number_different_meaning_conflicts() {
    let t = C::count(
        "t",
        1,
        1200.0,
        "doctor",
        "It is intended to expand to 1,200 the number of Cuban doctors.",
        "1,200",
    )
    .q(Qualifier::Target)
    .mods(&["cuban"]);
    let a = C::count(
        "u",
        1,
        1200.0,
        "doctor",
        "The Mexican government will hire 1,200 additional Cuban doctors.",
        "1,200 additional",
    )
    .q(Qualifier::Additional)
    .mods(&["cuban"]);
    let corpus = corpus(vec![
        doc("t", "14ymedio", "2024-05-13", STORY, &[t]),
        doc("u", "TeleSur", "2024-05-20", STORY, &[a]),
    ]);
    assert!(has(corpus.findings(), FindingKind::Conflict, "t#1", "u#1"));
    let f = &corpus.findings()[0];
    assert!(
        f.explanation.contains("14ymedio") && f.explanation.contains("TeleSur"),
        "{}",
        f.explanation
    );
}

#[test]
fn deployed_since_vs_total_after_arrivals() {
    let a = C::count("m", 1, 3650.0, "healthcare worker", "Since 2002 the agreement has facilitated the deployment of over 3,650 Cuban healthcare workers to Mexico.", "over 3,650")
        .bound(Bound::Over).mods(&["cuban"]).q(Qualifier::Cumulative).from("2002-01-01");
    let s = "The 2,700 specialists will join the 950 who are already providing services, increasing the number of Cuban healthcare workers to 3,650.";
    let add = C::count("c", 1, 2700.0, "specialist", s, "2,700").q(Qualifier::Additional);
    let base = C::count("c", 2, 950.0, "specialist", s, "950").q(Qualifier::Already);
    let total = C::count("c", 3, 3650.0, "healthcare worker", s, "3,650")
        .q(Qualifier::Total)
        .mods(&["cuban"]);
    let corpus = corpus(vec![
        doc("m", "MBN", "2024-11-27", STORY, &[a]),
        doc("c", "CiberCuba", "2024-07-16", STORY, &[add, base, total]),
    ]);
    let f = corpus.findings();
    assert!(has(f, FindingKind::Conflict, "c#3", "m#1"));
    assert!(
        !f.iter().any(|f| f.kind == FindingKind::Inconsistency),
        "2,700 + 950 = 3,650 adds up"
    );
}

#[test]
fn sum_that_misses_is_an_inconsistency() {
    let s = "The 2,700 specialists will join the 950 who are already there, increasing the number to 3,700.";
    let corpus = corpus(vec![doc(
        "c",
        "CiberCuba",
        "2024-07-16",
        STORY,
        &[
            C::count("c", 1, 2700.0, "specialist", s, "2,700").q(Qualifier::Additional),
            C::count("c", 2, 950.0, "specialist", s, "950").q(Qualifier::Already),
            C::count("c", 3, 3700.0, "specialist", s, "3,700").q(Qualifier::Total),
        ],
    )]);
    let f = corpus.findings();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, FindingKind::Inconsistency);
    assert!(f[0].explanation.contains("3,650"), "{}", f[0].explanation);
}

#[test]
fn two_values_in_one_sentence_and_change_over_time() {
    let s = "Another 123 Cuban doctors will join the 806 who already work in Mexico (the statement says there are 768).";
    let early = vec![
        C::count("e", 1, 123.0, "doctor", s, "123")
            .q(Qualifier::Additional)
            .mods(&["cuban", "family medicine"]),
        C::count("e", 2, 806.0, "doctor", s, "806").q(Qualifier::Already),
        C::count("e", 3, 768.0, "doctor", s, "768").by("the statement"),
    ];
    let late = vec![C::count(
        "l",
        1,
        950.0,
        "doctor",
        "The 2,700 will join the 950 who are already providing services in 23 states.",
        "950",
    )
    .q(Qualifier::Already)];
    let corpus = corpus(vec![
        doc("e", "14ymedio", "2024-05-13", STORY, &early),
        doc("l", "CiberCuba", "2024-07-16", STORY, &late),
    ]);
    let f = corpus.findings();
    let k = any_between(f, "e#2", "e#3").expect("806 vs 768 is found");
    assert!(matches!(
        k,
        FindingKind::Conflict | FindingKind::Inconsistency
    ));
    assert!(
        has(f, FindingKind::Change, "e#2", "l#1"),
        "806 in May vs 950 in July is a change"
    );
    assert_eq!(
        any_between(f, "e#1", "l#1"),
        None,
        "an increment is not a stock"
    );
}

#[test]
fn scopes_compare_only_when_their_figures_match() {
    let s1 = "Mexico has deployed 199 Cuban doctors to rural clinics across 11 states.";
    let s2 = "They join the 950 who are already providing services in hospitals in 23 states.";
    let corpus = corpus(vec![
        doc(
            "m",
            "MBN",
            "2024-11-27",
            STORY,
            &[
                C::count("m", 1, 199.0, "doctor", s1, "199").mods(&["cuban"]),
                C::count("m", 2, 11.0, "state", s1, "11 states").scope("m#1"),
            ],
        ),
        doc(
            "c",
            "CiberCuba",
            "2024-07-16",
            STORY,
            &[
                C::count("c", 1, 950.0, "doctor", s2, "950").q(Qualifier::Already),
                C::count("c", 2, 23.0, "state", s2, "23 states").scope("c#1"),
            ],
        ),
    ]);
    assert!(corpus.findings().is_empty());
}

#[test]
fn averages_goals_cumulative_and_other_places_are_not_conflicts() {
    let avg = C::count(
        "m",
        1,
        4.0,
        "doctor",
        "Facilities average only 20 beds and four physicians.",
        "four",
    )
    .q(Qualifier::Average);
    let goal = C::count(
        "c",
        1,
        12.0,
        "doctor",
        "These hospitals will have an average of 12 doctors on staff.",
        "12",
    )
    .q(Qualifier::Target);
    let cum = C::count("m", 2, 407_000.0, "healthcare worker", "Missions, which began in 1963, have sent over 407,000 healthcare professionals to 164 countries.", "over 407,000").bound(Bound::Over).q(Qualifier::Cumulative).from("1963-01-01");
    let now = C::count(
        "c",
        2,
        24_000.0,
        "healthcare worker",
        "More than 24,000 healthcare workers are deployed abroad.",
        "more than 24,000",
    )
    .bound(Bound::Over)
    .q(Qualifier::Already);
    let mx = "Mexico has 2.4 doctors per 1,000 inhabitants, higher than the average of 2 per 1,000 in Latin America, but lower than the average of 3.5 of the OECD.";
    let rates = |docid: &str| {
        vec![
            C::count(
                docid,
                3,
                2.4,
                "doctor",
                mx,
                "2.4 doctors per 1,000 inhabitants",
            )
            .per(1000.0)
            .place("mexico"),
            C::count(docid, 4, 2.0, "doctor", mx, "2 per 1,000")
                .per(1000.0)
                .place("latin america")
                .q(Qualifier::Average),
            C::count(docid, 5, 3.5, "doctor", mx, "3.5")
                .per(1000.0)
                .place("oecd")
                .q(Qualifier::Average),
        ]
    };
    let mut m = vec![avg, cum];
    m.extend(rates("m"));
    let mut c = vec![goal, now];
    c.extend(rates("c"));
    let corpus = corpus(vec![
        doc("m", "14ymedio", "2024-05-13", STORY, &m),
        doc("c", "TeleSur", "2024-05-20", STORY, &c),
    ]);
    let f = corpus.findings();
    for (a, b) in [
        ("m#1", "c#1"),
        ("m#2", "c#2"),
        ("m#3", "c#5"),
        ("m#3", "c#4"),
        ("m#3", "m#5"),
    ] {
        assert_eq!(any_between(f, a, b), None, "{a} vs {b}");
    }
    // The same rates in both documents corroborate, as copies.
    let corr = f
        .iter()
        .find(|x| x.kind == FindingKind::Corroboration && x.claims.contains(&"m#3".to_string()))
        .expect("2.4 corroborated");
    assert!(corr.claims.contains(&"c#3".to_string()));
    assert!(
        corr.explanation.contains("not independent"),
        "{}",
        corr.explanation
    );
    assert!(corr.confidence < 0.6);
    assert!(has(f, FindingKind::Corroboration, "m#5", "c#5"));
}

#[test]
fn assertion_and_denial_conflict() {
    let yes = C::count("y", 1, 0.0, "doctor", "The participation of Cuban doctors has strengthened care by increasing productivity in consultations.", "increasing productivity in consultations").statement("productivity", Polarity::Asserted);
    let no = C::count("n", 1, 0.0, "doctor", "None of the three institutions has metrics, indicators, or reports regarding the performance, productivity, or specialization of the doctors.", "none of the three institutions has metrics").statement("productivity", Polarity::Denied);
    let corpus = corpus(vec![
        doc("y", "14ymedio", "2024-05-13", STORY, &[yes]),
        doc("n", "CiberCuba", "2025-08-09", STORY, &[no]),
    ]);
    assert!(has(corpus.findings(), FindingKind::Conflict, "y#1", "n#1"));
}

#[test]
fn money_over_different_periods_is_a_discrepancy() {
    let a = C::count(
        "m",
        1,
        22.87e6,
        "cost",
        "The agreement incurred a cost exceeding US$22.87 million by late 2023.",
        "US$22.87 million",
    )
    .money("USD")
    .bound(Bound::Over)
    .at("2023-12-31");
    let s = "The collaboration has cost Mexico more than 2,019 million pesos (about 105 million dollars) in less than three years.";
    let b = C::count("c", 1, 2019e6, "cost", s, "2,019 million pesos")
        .money("MXN")
        .bound(Bound::Over)
        .from("2022-08-09")
        .to("2025-08-09");
    let c = C::count("c", 2, 105e6, "cost", s, "about 105 million dollars")
        .money("USD")
        .bound(Bound::Approx)
        .from("2022-08-09")
        .to("2025-08-09");
    let corpus = corpus(vec![
        doc("m", "MBN", "2024-11-27", STORY, &[a]),
        doc("c", "CiberCuba", "2025-08-09", STORY, &[b, c]),
    ]);
    let f = corpus.findings();
    assert!(has(f, FindingKind::Discrepancy, "c#1", "m#1"));
    let disc = f
        .iter()
        .find(|x| x.kind == FindingKind::Discrepancy)
        .unwrap();
    assert!(disc.explanation.contains("per USD"), "{}", disc.explanation);
    assert!(
        !f.iter().any(|x| x.kind == FindingKind::Inconsistency),
        "19.2 MXN/USD is plausible"
    );
}

#[test]
fn implausible_conversion_is_an_inconsistency() {
    let s = "The program cost 2,019 million pesos (about 10.5 million dollars).";
    let corpus = corpus(vec![doc(
        "c",
        "CiberCuba",
        "2025-08-09",
        STORY,
        &[
            C::count("c", 1, 2019e6, "cost", s, "2,019 million pesos").money("MXN"),
            C::count("c", 2, 10.5e6, "cost", s, "about 10.5 million dollars")
                .money("USD")
                .bound(Bound::Approx),
        ],
    )]);
    let f = corpus.findings();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, FindingKind::Inconsistency);
}

#[test]
fn parts_that_do_not_sum_to_the_total() {
    let s1 = "In total, 1,240 people were evacuated from the flooded districts.";
    let s2 = "Centro accounted for 410, Norte for 385, Sur for 290 and Oriente for 120.";
    let corpus = corpus(vec![doc(
        "f",
        "Diario",
        "2024-10-02",
        "Flooding in Valle Hondo: evacuations by district.",
        &[
            C::count("f", 1, 1240.0, "person", s1, "1,240").q(Qualifier::Total),
            C::count("f", 2, 410.0, "person", s2, "410").place("centro"),
            C::count("f", 3, 385.0, "person", s2, "385").place("norte"),
            C::count("f", 4, 290.0, "person", s2, "290").place("sur"),
            C::count("f", 5, 120.0, "person", s2, "120").place("oriente"),
        ],
    )]);
    let f = corpus.findings();
    assert!(
        f.iter()
            .any(|x| x.kind == FindingKind::Inconsistency && x.explanation.contains("1,205")),
        "{f:?}"
    );
}

#[test]
fn the_largest_parts_of_a_ranking_need_not_sum_to_a_total() {
    let corpus = articles(&[(
        "w",
        "Listas de espera en Andalucía\n\nSevilla, 12 de marzo de 2024\n\nUnos 146.000 pacientes \
         llevaban más de seis meses esperando, casi el 18 % del total. La especialidad con más \
         pacientes en espera es traumatología, con 42.150, seguida de oftalmología, con alrededor \
         de 38.000, y cirugía general, con 27.900.\n",
    )]);
    let f = corpus.findings();
    assert!(
        f.iter().all(|x| x.kind != FindingKind::Inconsistency),
        "{f:?}"
    );
}

#[test]
fn unrelated_documents_are_not_compared_and_removal_drops_findings() {
    let a = C::count(
        "a",
        1,
        1200.0,
        "doctor",
        "The government will hire 1,200 additional Cuban doctors.",
        "1,200",
    )
    .q(Qualifier::Additional);
    let b = C::count(
        "b",
        1,
        1200.0,
        "doctor",
        "Expand to 1,200 the number of Cuban doctors.",
        "1,200",
    )
    .q(Qualifier::Target);
    let other = C::count(
        "x",
        1,
        1200.0,
        "doctor",
        "The district hired 1,200 additional doctors for its new winter clinics.",
        "1,200",
    )
    .q(Qualifier::Additional);
    let mut corpus = corpus(vec![
        doc("a", "TeleSur", "2024-05-20", STORY, &[a]),
        doc("b", "14ymedio", "2024-05-13", STORY, &[b]),
        doc("x", "Nordic Post", "2024-05-14", "Winter in Tromsø: Helse Nord opens clinics in Finnmark as Norwegian hospitals prepare for the flu season.", &[other]),
    ]);
    assert!(corpus
        .findings()
        .iter()
        .all(|f| !f.claims.iter().any(|c| c.starts_with("x#"))));
    assert_eq!(corpus.findings().len(), 1);
    assert!(corpus.remove("b"));
    assert!(corpus.findings().is_empty());
}

#[test]
fn detect_runs_over_bare_claims() {
    let s = "Police estimated 50,000 protesters while organizers said 100,000 marched to the Zócalo in Mexico City.";
    let claims = vec![
        C::count("p", 1, 50_000.0, "protester", s, "50,000")
            .by("police")
            .0,
        C::count("p", 2, 100_000.0, "protester", s, "100,000")
            .by("organizers")
            .0,
    ];
    let f = findings::detect(&claims);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].kind, FindingKind::Conflict);
    assert!(f[0].explanation.contains("police") && f[0].explanation.contains("organizers"));
}

#[test]
fn an_english_explanation_names_a_spanish_measure_in_english() {
    let corpus = articles(&[
        (
            "en.txt",
            "Hurricane Lena kills at least 20 in Honduras\n\nBy Ana Ruiz, Reuters | 3 October 2025\n\n\
             TEGUCIGALPA — Hurricane Lena has killed at least 20 people in Honduras, the national \
             disaster agency said on Friday.\n",
        ),
        (
            "es.txt",
            "Asciende a 35 el número de muertos por el huracán Lena en Honduras\n\n\
             Por Luis Pérez | 5 de octubre de 2025\n\n\
             TEGUCIGALPA — El número de muertos por el paso del huracán Lena en Honduras ascendió a \
             35, informó este domingo la agencia nacional de desastres.\n",
        ),
    ]);
    let f = corpus
        .findings()
        .iter()
        .find(|f| f.kind == FindingKind::Change)
        .expect("the toll rose");
    assert!(f.measure.starts_with("deaths"), "{}", f.measure);
    assert!(f.explanation.starts_with("Deaths"), "{}", f.explanation);
    assert!(f.measure_es.starts_with("muertos"), "{}", f.measure_es);
}

#[test]
fn a_quarter_figure_revised_later_is_a_change() {
    let corpus = articles(&[
        (
            "first.txt",
            "US economy keeps growing\n\nBy Jane Doe | 30 October 2024\n\nWASHINGTON — The U.S. economy \
             grew at a 2.8% annual rate in the third quarter, the Commerce Department said on \
             Wednesday.\n",
        ),
        (
            "second.txt",
            "US growth estimate lowered\n\nBy John Roe | 27 November 2024\n\nWASHINGTON — The U.S. \
             economy grew at a 2.7% annual rate in the third quarter, the Commerce Department said \
             in its second estimate, revised down from 2.8%.\n",
        ),
    ]);
    let quarter = corpus
        .claims()
        .iter()
        .find(|c| c.quote.contains("2.7"))
        .unwrap();
    assert_eq!(
        (
            quarter.time.from.map(|d| d.to_string()),
            quarter.time.to.map(|d| d.to_string())
        ),
        (Some("2024-07-01".into()), Some("2024-09-30".into())),
        "'the third quarter' is the publication year's"
    );
    let f = corpus
        .findings()
        .iter()
        .find(|f| f.kind == FindingKind::Change)
        .expect("the estimate was revised");
    assert!(
        f.explanation.contains("“2.8%” (first.txt"),
        "{}",
        f.explanation
    );
    assert!(f.explanation.contains("then “2.7%”"), "{}", f.explanation);
}

#[test]
fn an_indicator_is_compared_across_languages() {
    let corpus = articles(&[
        (
            "en.txt",
            "US unemployment falls to 3.7%\n\nBy Jane Doe | 8 December 2023\n\nThe unemployment rate \
             fell to 3.7% in November, Labor Secretary Julie Su said on Friday at the White House. \
             President Joe Biden welcomed the figure in Philadelphia. Inflation was 3.1%.\n",
        ),
        (
            "es.txt",
            "El desempleo en EE.UU. baja al 3,7 %\n\nPor Ana Ruiz | 9 de diciembre de 2023\n\nLa tasa de \
             desempleo bajó al 3,7 % en noviembre, informó la secretaria de Trabajo, Julie Su, en la \
             Casa Blanca. El presidente Joe Biden celebró la cifra en Philadelphia. La inflación fue \
             del 3,1 %.\n",
        ),
    ]);
    let agreed: Vec<&str> = corpus
        .findings()
        .iter()
        .filter(|f| f.kind == FindingKind::Corroboration)
        .map(|f| f.measure.as_str())
        .collect();
    assert_eq!(agreed, ["unemployment rate", "inflation"]);
}

#[test]
fn homes_damaged_two_days_later_rose_and_a_district_is_not_the_country() {
    let corpus = articles(&[
        (
            "a.txt",
            "Earthquake in western Nepal kills at least 128\n\nReuters\n\nSaturday, 4 November \
             2023\n\nA strong earthquake struck western Nepal late on Friday, killing at least 128 \
             people, officials said on Saturday.\n\nMost of the dead were in Jajarkot district, \
             where 92 people were killed, a district official said. The government said about \
             3,000 houses had been damaged.\n",
        ),
        (
            "b.txt",
            "Nepal earthquake death toll rises to 157\n\nAFP\n\nMonday, 6 November 2023\n\nThe \
             death toll from the earthquake in western Nepal rose to 157 on Monday, the home \
             ministry said.\n\nThe ministry said 153 people had been killed in Jajarkot and Rukum \
             West districts. More than 8,000 homes were damaged, it added.\n",
        ),
    ]);
    let findings = corpus.findings();
    let texts: Vec<&str> = findings.iter().map(|f| f.explanation.as_str()).collect();
    assert!(
        findings.iter().all(|f| f.kind != FindingKind::Conflict),
        "{texts:?}"
    );
    let homes = findings
        .iter()
        .find(|f| f.explanation.contains("8,000"))
        .expect("the homes damaged are compared");
    assert_eq!(homes.kind, FindingKind::Change, "{}", homes.explanation);
    // Two districts' 153 is neither Jajarkot's 92 nor the country's 128.
    assert!(!texts.iter().any(|t| t.contains("153")), "{texts:?}");
}

#[test]
fn a_country_s_toll_and_a_district_s_in_one_article_are_not_steps_of_one_figure() {
    let corpus = articles(&[
        (
            "a.txt",
            "Sismo en Nepal deja al menos 128 muertos\n\nEFE\n\nsábado 4 de noviembre de \
             2023\n\nAl menos 128 personas murieron por el terremoto que sacudió el oeste de Nepal, \
             informaron las autoridades. En el distrito de Jajarkot murieron 92 personas, según la \
             policía.\n",
        ),
        (
            "b.txt",
            "Sube la cifra de muertos por el terremoto en Nepal\n\nEuropa Press\n\n\
             lunes 6 de noviembre de 2023\n\nEl Ministerio del Interior precisó que 157 personas \
             murieron. Los equipos de rescate siguen trabajando en Jajarkot.\n",
        ),
    ]);
    let findings = corpus.findings();
    let texts: Vec<&str> = findings.iter().map(|f| f.explanation.as_str()).collect();
    assert!(
        texts.iter().any(|t| t.contains("128") && t.contains("157")),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("128") && t.contains("“92”")),
        "{texts:?}"
    );
}

#[test]
fn a_toll_reported_a_day_later_is_a_change_not_a_conflict() {
    let corpus = articles(&[
        (
            "en.txt",
            "Earthquake death toll in Morocco rises above 2,000\n\nBy Sarah Lin, Reuters\n\nSept 10, \
             2023\n\nMARRAKECH, Morocco — The death toll rose to 2,012 on Saturday, the interior \
             ministry said, with 2,059 people injured, 1,404 of them critically.\n\nThe magnitude 6.8 \
             quake struck late on Friday in the High Atlas mountains, 72 km southwest of \
             Marrakech.\n\nMost of the deaths were in Al Haouz province, where 1,293 people died, \
             according to the ministry.\n",
        ),
        (
            "es.txt",
            "El balance de muertos por el terremoto de Marruecos supera los 2.800\n\nPor Ana Ruiz, \
             EFE\n\n11 de septiembre de 2023\n\nRABAT — El número de muertos ascendió a 2.862 este \
             lunes, según el Ministerio del Interior, mientras que los heridos son 2.562.\n\nEl sismo, \
             de magnitud 6,8, tuvo su epicentro a 72 kilómetros al suroeste de Marrakech.\n\nLa \
             provincia de Al Haouz concentra la mayoría de las víctimas, con 1.604 muertos, según el \
             ministerio.\n",
        ),
    ]);
    let findings = corpus.findings();
    let province = findings
        .iter()
        .find(|f| f.explanation.contains("1,293"))
        .expect("the province's toll is compared");
    assert_eq!(
        province.kind,
        FindingKind::Change,
        "{}",
        province.explanation
    );
    assert!(
        province.explanation.contains("then “1.604”"),
        "{}",
        province.explanation
    );
    assert!(
        findings.iter().all(|f| f.kind != FindingKind::Conflict),
        "{:?}",
        findings.iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );
    // "1,404 of them critically" and "los heridos son 2.562" name no measure: never compared.
    assert!(
        !findings.iter().any(|f| f.explanation.contains("1,404")),
        "{:?}",
        findings.iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );
}

#[test]
fn rounded_figures_and_translated_place_names_tie_two_reports_of_one_story() {
    use crosscheck_engine::findings::topic::{similar, Signature};
    let en = "Jobless rate falls\n\nMADRID — The unemployment rate in Spain fell in the second \
              quarter, the INE said. The number of unemployed people dropped by nearly 220,000 to \
              2.76 million, while employment rose to a record 21.7 million.";
    let es =
        "Baja el paro\n\nLa tasa de paro bajó en España en el segundo trimestre, según el INE. \
              El número de parados se redujo en 218.400 personas hasta 2.755.000, mientras que la \
              ocupación alcanzó los 21.684.900 trabajadores.";
    let (mut a, mut b) = (Signature::of(en), Signature::of(es));
    // "INE", and "Spain" through "España".
    assert_eq!(a.overlap(&b).1, 2);
    a.add_figures([220_000.0, 2_760_000.0, 21_700_000.0].into_iter());
    b.add_figures([218_400.0, 2_755_000.0, 21_684_900.0].into_iter());
    assert_eq!(a.overlap(&b).1, 5, "the three figures, rounded alike");
    assert!(similar(&a, &b));
    // One figure written the same way in both is still one shared name, not two.
    let (mut c, mut d) = (
        Signature::of("Clinics in Finnmark hired 1,200 nurses."),
        Signature::of("The ministry will hire 1,200 nurses in Havana."),
    );
    c.add_figures([1200.0].into_iter());
    d.add_figures([1200.0].into_iter());
    assert_eq!(c.overlap(&d).1, 1);
}

#[test]
fn a_rate_rounded_in_translation_agrees_and_a_different_youth_rate_conflicts() {
    let corpus = articles(&[
        ("en.txt", include_str!("articles/jobless_en.txt")),
        ("es.txt", include_str!("articles/jobless_es.txt")),
    ]);
    let findings = corpus.findings();
    let about = |quote: &str| {
        findings
            .iter()
            .find(|f| f.explanation.contains(quote))
            .map(|f| f.kind)
    };
    // "Spain's unemployment rate" and "la tasa de paro" are one indicator; 11.3% rounds 11,27%.
    assert_eq!(about("“11.3%”"), Some(FindingKind::Corroboration));
    // Youth unemployment is its own indicator: compared with its Spanish name, not with the rate.
    assert_eq!(about("“26.5%”"), Some(FindingKind::Conflict));
    assert!(findings
        .iter()
        .filter(|f| f.explanation.contains("“26.5%”"))
        .all(|f| f.explanation.contains("27,5%")));
}

#[test]
fn exact_counts_one_apart_do_not_corroborate() {
    let corpus = articles(&[
        (
            "en.txt",
            "Labour wins landslide in UK election\n\nBy Tom Reed, Reuters\n\nJuly 5, 2024\n\nLONDON — \
             Labour won 412 seats in the 650-seat parliament, while the Conservatives took 121, official \
             results showed on Friday.\n\nThe Liberal Democrats won 72 seats.\n",
        ),
        (
            "es.txt",
            "Los laboristas arrasan en las elecciones británicas\n\nPor Ana Ruiz, EFE\n\n5 de julio de \
             2024\n\nLONDRES — El Partido Laborista obtuvo 411 escaños de los 650 de la Cámara de los \
             Comunes, mientras que los conservadores se quedaron con 121.\n\nLos liberaldemócratas \
             lograron 72 escaños.\n",
        ),
    ]);
    let findings = corpus.findings();
    let agree = |quote: &str| {
        findings
            .iter()
            .any(|f| f.kind == FindingKind::Corroboration && f.explanation.contains(quote))
    };
    assert!(agree("“72”"), "{findings:#?}");
    // 412 and 411 are both exact: two different counts, not one figure rounded.
    assert!(!agree("“412”"), "{findings:#?}");
}

#[test]
fn a_transfer_fee_in_pounds_and_in_euros_corroborates() {
    let corpus = articles(&[
        (
            "en.txt",
            "Chelsea sign Spanish midfielder in record deal\n\nBy Tom Reed, The Guardian\n\nAugust 14, \
             2024\n\nLONDON — Chelsea have signed midfielder Pedro Alvarez from Valencia for £85 million, \
             a club record, the Premier League side said on Wednesday.\n",
        ),
        (
            "es.txt",
            "El Chelsea ficha a Pedro Álvarez por 100 millones de euros\n\nPor Ana Ruiz, Marca\n\n14 de \
             agosto de 2024\n\nVALENCIA — El Valencia ha vendido a Pedro Álvarez al Chelsea por 100 \
             millones de euros, el mayor traspaso de la historia del club.\n",
        ),
    ]);
    let findings = corpus.findings();
    assert!(
        findings.iter().any(|f| f.kind == FindingKind::Corroboration
            && f.explanation.contains("£85 million")
            && f.explanation.contains("100 millones de euros")),
        "what a signing or a sale paid is one price: {findings:#?}"
    );
}

#[test]
fn one_voice_quoted_with_two_crowd_figures_is_a_conflict_naming_it() {
    let corpus = articles(&[
        (
            "daily.txt",
            "Thousands march in Lisbon against housing costs\n\nBy Ana Ribeiro, Lisbon Daily\n\n\
             Saturday, 14 October 2023\n\nThousands of people marched down Avenida da Liberdade in \
             Lisbon on Saturday. Police said about 20,000 people took part in the march. Rents in the \
             capital have risen 37% since 2020.\n",
        ),
        (
            "wire.txt",
            "Lisbon housing protest draws crowds\n\nBy Rui Costa, Reuters\n\nSunday, 15 October \
             2023\n\nAbout 50,000 people protested in Lisbon on Saturday, filling Avenida da \
             Liberdade, police said. Rents in Lisbon have climbed 37% since 2020.\n",
        ),
    ]);
    let f = corpus
        .findings()
        .iter()
        .find(|f| f.kind == FindingKind::Conflict)
        .expect("police are quoted with 20,000 and 50,000 for one march");
    assert!(f.explanation.contains("citing Police"), "{}", f.explanation);
    assert!(f.explanation.contains("citing police"), "{}", f.explanation);
    assert!(
        f.explanation_es.contains("según la policía"),
        "{}",
        f.explanation_es
    );
}

#[test]
fn a_results_story_in_two_languages_agrees_on_profit_and_staff_and_disputes_the_investment() {
    let corpus = articles(&[
        (
            "en.txt",
            "Utility profit jumps 20% on renewables push\n\nBy Maria Lopez, Reuters\n\nJuly 24, 2024\n\n\
             MADRID (Reuters) - Spanish utility Ventoria said on Wednesday its net profit rose 20% to \
             4.13 billion euros ($4.48 billion) in the first half of the year, helped by higher output \
             from its wind farms.\n\nVentoria plans to invest 41 billion euros between 2024 and 2026, \
             mostly in power grids.\n\nThe company employs about 42,000 people worldwide.\n",
        ),
        (
            "es.txt",
            "Ventoria gana 4.135 millones hasta junio, un 19,6% más\n\nPor Carmen Ruiz, El País\n\n\
             Madrid, 24 de julio de 2024\n\nVentoria obtuvo un beneficio neto de 4.135 millones de \
             euros en el primer semestre del año, un 19,6% más que en el mismo periodo de 2023, según \
             informó este miércoles la compañía.\n\nLa eléctrica prevé invertir 36.000 millones de \
             euros entre 2024 y 2026, sobre todo en redes.\n\nLa compañía cuenta con una plantilla de \
             unos 42.000 empleados.\n",
        ),
    ]);
    let claim = |text: &str| {
        corpus
            .claims()
            .iter()
            .find(|c| c.quote.contains(text))
            .unwrap_or_else(|| panic!("no claim {text}"))
            .clone()
    };
    // The period is the half year, not the day the company spoke.
    let profit = claim("4.13 billion");
    assert_eq!(
        (
            profit.time.from.map(|d| d.to_string()),
            profit.time.to.map(|d| d.to_string())
        ),
        (Some("2024-01-01".into()), Some("2024-06-30".into()))
    );
    assert_eq!(claim("20%").measure, "net profit, change");
    assert_eq!(claim("20%").head.as_deref(), Some("profit"));
    assert_eq!(claim("19,6%").head.as_deref(), Some("profit"));
    // "un 19,6% más que en el mismo periodo de 2023": 2023 is the baseline, not the time.
    assert_eq!(claim("19,6%").time.from.map(|d| d.year), Some(2024));
    assert_eq!(claim("41 billion").head.as_deref(), Some("investment"));
    assert_eq!(claim("about 42,000").head.as_deref(), Some("worker"));
    let found = corpus.findings();
    let between = |kind: FindingKind, a: &str, b: &str| {
        let (a, b) = (claim(a).id, claim(b).id);
        has(found, kind, &a, &b)
    };
    assert!(between(
        FindingKind::Corroboration,
        "4.13 billion",
        "4.135 millones"
    ));
    assert!(between(
        FindingKind::Conflict,
        "41 billion",
        "36.000 millones"
    ));
    assert!(between(
        FindingKind::Corroboration,
        "about 42,000",
        "unos 42.000"
    ));
}

#[test]
fn a_toll_raised_by_another_authority_is_a_change_and_the_missing_are_counted_as_missing() {
    let corpus = articles(&[
        (
            "en.txt",
            "Hurricane death toll rises to 39\n\nBy Diego Ore, Reuters\n\nOctober 28, 2023\n\n\
             ACAPULCO, Mexico (Reuters) - The death toll from Hurricane Otis rose to 39 on Saturday, \
             Mexican authorities said. Ten people remain missing, the security minister said. About \
             220,000 homes were damaged in Acapulco.\n",
        ),
        (
            "es.txt",
            "Suben a 45 los muertos por el huracán Otis\n\nPor Laura Gómez, El Universal\n\n29 de \
             octubre de 2023\n\nACAPULCO, Guerrero.- La cifra de muertos por el huracán Otis ascendió \
             a 45, informó este domingo la gobernadora de Guerrero, mientras que 47 personas siguen \
             desaparecidas. Unas 220 mil viviendas resultaron dañadas en Acapulco.\n",
        ),
    ]);
    let claim = |quote: &str| {
        corpus
            .claims()
            .iter()
            .find(|c| c.quote == quote)
            .unwrap_or_else(|| panic!("no claim {quote}"))
            .clone()
    };
    assert_eq!(claim("Ten").head.as_deref(), Some("missing person"));
    assert_eq!(claim("47").head.as_deref(), Some("missing person"));
    let found = corpus.findings();
    assert!(has(
        found,
        FindingKind::Change,
        &claim("39").id,
        &claim("45").id
    ));
    assert!(has(
        found,
        FindingKind::Change,
        &claim("Ten").id,
        &claim("47").id
    ));
}

#[test]
fn an_outbreak_s_tallies_a_week_apart_are_changes_kept_apart_by_place() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/outbreak_en_a.txt")),
        ("b.txt", include_str!("articles/outbreak_en_b.txt")),
        ("es.txt", include_str!("articles/outbreak_es.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    let id = |doc: &str, quote: &str| claim(doc, quote).id.clone();
    // Statewide cases a week apart, from two agencies: a change, not a conflict.
    assert!(has(
        f,
        FindingKind::Change,
        &id("a.txt", "159"),
        &id("b.txt", "198")
    ));
    assert!(has(
        f,
        FindingKind::Change,
        &id("b.txt", "198"),
        &id("es.txt", "223")
    ));
    // "Gaines County, the center of the outbreak, accounts for 100", "El condado de Gaines,
    // epicentro del brote, concentra 141": one county's cases, apart from the state's.
    for (doc, quote) in [("a.txt", "100"), ("b.txt", "120"), ("es.txt", "141")] {
        assert_eq!(
            claim(doc, quote).place.as_deref(),
            Some("gaines"),
            "{quote}"
        );
    }
    assert!(has(
        f,
        FindingKind::Change,
        &id("a.txt", "100"),
        &id("b.txt", "120")
    ));
    assert!(has(
        f,
        FindingKind::Change,
        &id("b.txt", "120"),
        &id("es.txt", "141")
    ));
    assert_eq!(
        any_between(f, &id("a.txt", "159"), &id("b.txt", "120")),
        None
    );
    // "Nationwide, … the 285 recorded in all of 2024": the country's, not the county's.
    assert_eq!(claim("a.txt", "285").place.as_deref(), Some("nationwide"));
    assert!(!f.iter().any(|x| x.claims.contains(&id("a.txt", "285"))));
    // "22 people have been hospitalized since the outbreak began in late January" counts up to
    // the day of the article, as the figures without a start do.
    let since = claim("a.txt", "22");
    assert_eq!(since.time.as_of, Some(d("2025-03-04")));
    assert!(since.time.from.is_some() && since.time.to.is_none());
    let hospitalized = f
        .iter()
        .find(|x| x.claims.contains(&id("es.txt", "Unas 29")))
        .expect("hospitalizations rose");
    assert_eq!(hospitalized.kind, FindingKind::Change);
    assert!(hospitalized.claims.contains(&id("b.txt", "Twenty-three")));
    // Named in English from the English articles' words.
    assert!(
        hospitalized.explanation.starts_with("People hospitalized"),
        "{}",
        hospitalized.explanation
    );
    assert!(!f
        .iter()
        .any(|x| x.kind == FindingKind::Conflict && x.measure.starts_with("cases")));
}

#[test]
fn a_wildfire_s_toll_rises_across_languages_and_a_past_disaster_is_no_discrepancy() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/wildfire_en_a.txt")),
        ("es.txt", include_str!("articles/wildfire_es.txt")),
        ("b.txt", include_str!("articles/wildfire_en_b.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "Chile's Valparaíso region" and "la región de Valparaíso" are one place.
    assert_eq!(claim("b.txt", "122").place.as_deref(), Some("valparaiso"));
    assert_eq!(claim("es.txt", "112").place.as_deref(), Some("valparaiso"));
    assert!(has(
        f,
        FindingKind::Change,
        &claim("es.txt", "112").id,
        &claim("b.txt", "122").id
    ));
    // The 2010 earthquake's dead are of another time than this week's.
    let past = &claim("b.txt", "more than 500").id;
    assert!(!f.iter().any(|x| x.claims.contains(past)), "{past}");
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("es.txt", "unas 26.000").id,
        &claim("b.txt", "26,000").id
    ));
}

#[test]
fn monthly_inflation_and_poverty_agree_across_languages_without_false_disputes() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/inflation_en_a.txt")),
        ("es.txt", include_str!("articles/inflation_es.txt")),
        ("b.txt", include_str!("articles/inflation_en_b.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "Argentina's monthly inflation rate": the place is Argentina, the measure monthly inflation.
    let monthly = claim("a.txt", "8.8%");
    assert_eq!(monthly.place.as_deref(), Some("argentina"));
    assert_eq!(monthly.head.as_deref(), Some("monthly inflation"));
    assert_eq!(
        claim("es.txt", "8,8%").head.as_deref(),
        Some("monthly inflation")
    );
    assert!(has(
        f,
        FindingKind::Corroboration,
        &monthly.id,
        &claim("es.txt", "8,8%").id
    ));
    // "Poverty affected 41.7% of the population", "la pobreza alcanzó al 41,7% de la población".
    assert_eq!(claim("a.txt", "41.7%").measure, "poverty");
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("a.txt", "41.7%").id,
        &claim("es.txt", "41,7%").id
    ));
    // "Economists … expect monthly inflation of about 6%", "esperan una inflación de alrededor
    // del 5%": forecasts, named without their verb.
    assert_eq!(
        claim("a.txt", "about 6%").measure,
        "monthly inflation, target"
    );
    assert_eq!(
        claim("es.txt", "alrededor del 5%").qualifier,
        Some(Qualifier::Target)
    );
    // "en lo que va del año la inflación llegó al 65%": the time phrase is not the measure.
    assert_eq!(claim("es.txt", "65%").measure, "inflación");
    // April's 8.8% and March's 11% in one sentence are two months, not two voices; inflation so
    // far this year and over twelve months are two rates, not a discrepancy.
    assert!(!f
        .iter()
        .any(|x| matches!(x.kind, FindingKind::Conflict | FindingKind::Discrepancy)));
}

#[test]
fn a_hurricane_s_wind_speed_converted_is_no_inconsistency_and_damage_estimates_agree() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/hurricane_en_a.txt")),
        ("b.txt", include_str!("articles/hurricane_en_b.txt")),
        ("es.txt", include_str!("articles/hurricane_es.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "165 miles per hour (266 km per hour)": one speed in two units.
    let kmh = claim("a.txt", "266 km per hour");
    assert_eq!(kmh.unit.as_deref(), Some("km"));
    assert!(!f.iter().any(|x| x.claims.contains(&kmh.id)), "{f:?}");
    // A range of sums says what it is of: "Estimates of the damage range from …".
    let range = claim("b.txt", "from $10 billion to $16 billion");
    assert_eq!(range.head.as_deref(), Some("damage"));
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("a.txt", "up to $15 billion").id,
        &range.id
    ));
    // The toll rises across outlets and languages; the Spanish wire is credited to EFE.
    assert!(has(
        f,
        FindingKind::Change,
        &claim("b.txt", "45").id,
        &claim("es.txt", "48").id
    ));
    assert_eq!(
        corpus.document("es.txt").and_then(|d| d.outlet.as_deref()),
        Some("EFE")
    );
    assert!(!f
        .iter()
        .any(|x| matches!(x.kind, FindingKind::Conflict | FindingKind::Inconsistency)));
}

#[test]
fn election_shares_and_turnout_agree_across_outlets_and_languages() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/election_en_a.txt")),
        ("b.txt", include_str!("articles/election_en_b.txt")),
        ("es.txt", include_str!("articles/election_es.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "59.4% of the vote", "el 58,3% … de los votos": shares of one whole.
    assert_eq!(claim("b.txt", "59.4%").head.as_deref(), Some("vote"));
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("a.txt", "between 58.3% and 60.7%").id,
        &claim("es.txt", "entre el 58,3% y el 60,7%").id
    ));
    // A quick count's range of turnout holds the later "about 60%".
    let range = claim("a.txt", "between 58.9% and 61.1%");
    assert_eq!(range.head.as_deref(), Some("turnout"));
    assert!(has(
        f,
        FindingKind::Corroboration,
        &range.id,
        &claim("b.txt", "about 60%").id
    ));
    // "surpassing the 30.1 million won by Lopez Obrador in 2018": votes of 2018, not won.
    assert_eq!(claim("b.txt", "nearly 36 million").time.text, None);
    assert!(!corpus
        .claims()
        .iter()
        .any(|c| c.unit.as_deref() == Some("KRW")));
    assert!(!f
        .iter()
        .any(|x| matches!(x.kind, FindingKind::Conflict | FindingKind::Inconsistency)));
}

#[test]
fn a_breakdown_by_nationality_and_a_when_clause_s_year_raise_no_false_disputes() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/migration_en_a.txt")),
        ("es.txt", include_str!("articles/migration_es.txt")),
        ("b.txt", include_str!("articles/migration_en_b.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "followed by Ecuadoreans (57,250)", "seguidos de ecuatorianos (57.250)": a list's parts.
    assert!(
        !f.iter().any(|x| x.kind == FindingKind::Inconsistency),
        "{f:?}"
    );
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("a.txt", "57,250").id,
        &claim("es.txt", "57.250").id
    ));
    // "un 109% más que en 2022, cuando lo hicieron 248.284 personas": 2022's figure.
    assert_eq!(
        claim("es.txt", "248.284").time.text.as_deref(),
        Some("2022")
    );
    // "between Colombia and Panama" is a route, not the figure's place.
    assert_eq!(claim("a.txt", "520,085").place, None);
    // "down from 500,000-plus last year": at least, and last year's.
    let earlier = claim("b.txt", "500,000-plus");
    assert_eq!(earlier.bound, Bound::AtLeast);
    assert_eq!(earlier.time.text.as_deref(), Some("last year"));
    assert!(!f
        .iter()
        .any(|x| matches!(x.kind, FindingKind::Conflict | FindingKind::Discrepancy)));
}

#[test]
fn emissions_and_a_carbon_budget_in_tonnes_are_two_measures() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/emissions_en_a.txt")),
        ("es.txt", include_str!("articles/emissions_es.txt")),
        ("b.txt", include_str!("articles/emissions_en_b.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "El presupuesto de carbono … es de unos 275.000 millones de toneladas": a budget in tonnes.
    assert!(has(
        f,
        FindingKind::Corroboration,
        &claim("a.txt", "about 275 billion").id,
        &claim("es.txt", "unos 275.000 millones").id
    ));
    assert!(
        !f.iter().any(|x| x.kind == FindingKind::Discrepancy),
        "{f:?}"
    );
    // "while emissions in the US fell 3% and in the European Union 7.4%".
    assert_eq!(
        claim("es.txt", "7,4%").place.as_deref(),
        Some("european union")
    );
}

#[test]
fn tourism_figures_agree_across_languages_and_crowd_estimates_conflict_by_source() {
    let corpus = articles(&[
        ("en.txt", include_str!("articles/tourism_en.txt")),
        ("es.txt", include_str!("articles/tourism_es.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // The list's bare figures count visitors too: each country's figure agrees with its own.
    for (en, es) in [
        ("18.4 million", "casi 18,4 millones"),
        ("nearly 12 million", "11,9 millones"),
        ("11 million", "11 millones"),
        ("exceed 100 million", "superar los 100 millones"),
        ("93.8 million", "93,8 millones"),
    ] {
        let (a, b) = (&claim("en.txt", en).id, &claim("es.txt", es).id);
        assert!(has(f, FindingKind::Corroboration, a, b), "{en} / {es}");
    }
    // One country's visitors are no discrepancy with another's, nor with next year's goal.
    let uk = &claim("en.txt", "18.4 million").id;
    assert_eq!(
        any_between(f, uk, &claim("es.txt", "superar los 100 millones").id),
        None
    );
    assert_eq!(any_between(f, uk, &claim("es.txt", "11 millones").id), None);
    // Police and organisers disagree on the march, in each language.
    assert!(has(
        f,
        FindingKind::Conflict,
        &claim("en.txt", "Around 2,800").id,
        &claim("en.txt", "20,000").id
    ));
    assert!(has(
        f,
        FindingKind::Conflict,
        &claim("es.txt", "unas 20.000").id,
        &claim("es.txt", "50.000").id
    ));
    // The Spanish dateline credits its agency.
    let es = corpus
        .documents()
        .iter()
        .find(|d| d.id == "es.txt")
        .unwrap();
    assert_eq!(es.outlet.as_deref(), Some("EUROPA PRESS"));
}

#[test]
fn a_crash_toll_rises_report_by_report_in_both_languages() {
    let corpus = articles(&[
        ("a.txt", include_str!("articles/crash_en_a.txt")),
        ("es.txt", include_str!("articles/crash_es.txt")),
        ("b.txt", include_str!("articles/crash_en_b.txt")),
    ]);
    let f = printed_findings(&corpus);
    let claim = |doc: &str, quote: &str| quoted(&corpus, doc, quote);
    // "killing 12 people and injuring 20": the verb says what 20 counts.
    assert_eq!(claim("a.txt", "20").head.as_deref(), Some("injured"));
    // "killed and 25 were injured when a bus fell … in the Peruvian Andes": both figures are
    // Peru's; the toll holds on the day the authorities gave it, not the day of the crash.
    let last = claim("b.txt", "At least 17");
    assert_eq!(last.place.as_deref(), Some("peru"));
    assert_eq!(
        last.time.as_of.map(|d| d.to_string()).as_deref(),
        Some("2025-03-06")
    );
    let (first, second) = (&claim("a.txt", "12").id, &claim("es.txt", "15").id);
    let rise = f
        .iter()
        .find(|x| x.kind == FindingKind::Change && x.claims.contains(&last.id))
        .expect("the toll's rise");
    assert_eq!(
        rise.claims,
        [first.clone(), second.clone(), last.id.clone()]
    );
    assert!(has(
        f,
        FindingKind::Change,
        &claim("a.txt", "20").id,
        &claim("b.txt", "25").id
    ));
}

#[test]
fn sums_a_million_times_apart_are_no_discrepancy_over_periods() {
    // The tourism story's spending for 2024, and a day's spending in 2023 in a story that
    // shares its names.
    let corpus = articles(&[
        ("es.txt", include_str!("articles/tourism_es.txt")),
        (
            "gasto.txt",
            "Turismo en España\n\nMADRID, 3 Feb. 2024 (EUROPA PRESS) -\n\nEspaña recibió \
             turistas internacionales en 2023, según el Instituto Nacional de Estadística (INE). \
             Reino Unido, Francia y Alemania fueron los principales países emisores. Cataluña, \
             Baleares y Canarias, las comunidades con más llegadas. El gasto medio diario de \
             cada turista fue de 173 euros en 2023, según el INE.\n",
        ),
    ]);
    let f = printed_findings(&corpus);
    let total = &quoted(&corpus, "es.txt", "126.282 millones de euros").id;
    assert!(!f.iter().any(|x| x.claims.contains(total)), "{f:?}");
}

#[test]
fn a_measure_s_english_adjectives_are_named_in_spanish() {
    let corpus = articles(&[
        // The English article last: its claim leads the finding.
        ("es.txt", include_str!("articles/tourism_es.txt")),
        ("en.txt", include_str!("articles/tourism_en.txt")),
    ]);
    let f = printed_findings(&corpus);
    let tourists = &quoted(&corpus, "en.txt", "93.8 million").id;
    let finding = f.iter().find(|x| x.claims.contains(tourists)).unwrap();
    assert_eq!(finding.measure_es, "turistas extranjeros, en España");
}

#[test]
fn a_finding_inside_a_later_one_is_set_aside_until_that_one_goes() {
    let mut corpus = articles(&[
        ("a.txt", include_str!("articles/crash_en_a.txt")),
        ("es.txt", include_str!("articles/crash_es.txt")),
        ("b.txt", include_str!("articles/crash_en_b.txt")),
    ]);
    let first = quoted(&corpus, "a.txt", "12").id.clone();
    let second = quoted(&corpus, "es.txt", "15").id.clone();
    let rises = |corpus: &Corpus| {
        corpus
            .findings()
            .iter()
            .filter(|f| f.kind == FindingKind::Change && f.claims.contains(&first))
            .map(|f| f.claims.len())
            .collect::<Vec<_>>()
    };
    // "12, then 15" is inside "12, then 15, then at least 17": listed once.
    assert_eq!(rises(&corpus), [3]);
    // Without the third report, the rise from 12 to 15 is back.
    assert!(corpus.remove("b.txt"));
    assert_eq!(rises(&corpus), [2]);
    let f = printed_findings(&corpus);
    assert!(has(f, FindingKind::Change, &first, &second));
}

#[test]
fn vague_magnitudes_conflict_and_agree_as_the_ranges_they_admit() {
    let corpus = articles(&[
        (
            "a.txt",
            "Protesters rally in Paris against pension reform\n\n\
             PARIS, 14 March 2025 — Tens of thousands of protesters marched through Paris on \
             Saturday against Prime Minister François Bayrou's pension reform, organisers from \
             the CGT union said.\n\n\
             CGT leader Sophie Binet said more than 50,000 people took part.\n\n\
             Dozens of people were arrested, Interior Minister Bruno Retailleau said.",
        ),
        (
            "b.txt",
            "Pension protest draws thousands in Paris\n\n\
             PARIS, 15 March 2025 — Several thousand people marched in Paris on Saturday against \
             François Bayrou's pension reform, police said, far fewer than the CGT union had \
             hoped.\n\n\
             Interior Minister Bruno Retailleau said 42 people were arrested. Sophie Binet, who \
             leads the CGT, called the turnout a success.",
        ),
    ]);
    let findings = printed_findings(&corpus);
    let binet = &quoted(&corpus, "a.txt", "more than 50,000").id;
    let police = quoted(&corpus, "b.txt", "Several thousand");
    assert_eq!(police.value, Some(Value::Range(2000.0, 9999.0)));
    assert!(has(findings, FindingKind::Conflict, binet, &police.id));
    let dozens = &quoted(&corpus, "a.txt", "Dozens").id;
    let arrested = &quoted(&corpus, "b.txt", "42").id;
    assert!(has(findings, FindingKind::Corroboration, dozens, arrested));
}

#[test]
fn figures_for_different_states_are_not_compared() {
    let corpus = articles(&[
        (
            "a.txt",
            "Measles outbreak grows in Texas and New Mexico\n\n\
             AUSTIN, 4 March 2025 — The measles outbreak in West Texas has grown to 159 cases, the \
             Texas Department of State Health Services said on Tuesday.\n\n\
             In New Mexico, health officials have confirmed 9 cases in Lea County, the New Mexico \
             Department of Health said.",
        ),
        (
            "b.txt",
            "Measles cases climb in Texas outbreak\n\n\
             AUSTIN, 7 March 2025 — Texas health officials said on Friday that the measles \
             outbreak in West Texas has reached 198 cases, while New Mexico has reported 9 cases, \
             according to the New Mexico Department of Health.",
        ),
    ]);
    let findings = printed_findings(&corpus);
    let texas = quoted(&corpus, "b.txt", "198");
    let new_mexico = quoted(&corpus, "b.txt", "9");
    assert_eq!(texas.place.as_deref(), Some("texas"));
    assert_eq!(new_mexico.place.as_deref(), Some("new mexico"));
    assert_eq!(any_between(findings, &texas.id, &new_mexico.id), None);
    let before = &quoted(&corpus, "a.txt", "159").id;
    assert!(has(findings, FindingKind::Change, before, &texas.id));
}

#[test]
fn a_change_is_compared_with_changes_only() {
    let corpus = articles(&[
        (
            "a.txt",
            "Valdoria jobless count falls in October\n\n\
             VALDORIA CITY, 4 November 2025 — The number of registered unemployed in Valdoria fell \
             by 26,000 in October, to a total of 2.4 million, the Valdorian Labour Ministry said.",
        ),
        (
            "b.txt",
            "Valdoria unemployment drops in October\n\n\
             VALDORIA CITY, 4 November 2025 — The number of registered unemployed in Valdoria fell \
             by 31,000 in October to 2.4 million, the Valdorian Employers' Federation said, citing \
             Labour Ministry data.",
        ),
    ]);
    let findings = printed_findings(&corpus);
    let (a, b) = (
        &quoted(&corpus, "a.txt", "26,000").id,
        &quoted(&corpus, "b.txt", "31,000").id,
    );
    assert!(has(findings, FindingKind::Conflict, a, b));
    let level = &quoted(&corpus, "b.txt", "2.4 million").id;
    assert_eq!(any_between(findings, a, level), None);
}

#[test]
fn only_an_amount_next_to_another_converts_it() {
    // The dollars convert the plan's euros, not the plant's, named later in the sentence.
    let s =
        "A 2.4 billion-euro ($2.6 billion) plan expands a plant at a cost of 200 million euros.";
    let corpus = corpus(vec![doc(
        "c",
        "Reuters",
        "2024-02-06",
        STORY,
        &[
            C::count("c", 1, 2.4e9, "cost", s, "2.4 billion-euro").money("EUR"),
            C::count("c", 2, 2.6e9, "cost", s, "$2.6 billion").money("USD"),
            C::count("c", 3, 200e6, "cost", s, "200 million euros").money("EUR"),
        ],
    )]);
    let f = corpus.findings();
    assert!(
        !f.iter().any(|x| x.kind == FindingKind::Inconsistency),
        "{f:#?}"
    );
}

#[test]
fn a_sum_that_agrees_with_one_of_two_is_no_change_of_the_other() {
    let a = "A 2.4 billion-euro plan expands a plant at a cost of 200 million euros.";
    let b = "El plan contra la sequía asciende a 2.400 millones de euros.";
    let corpus = corpus(vec![
        doc(
            "a",
            "Reuters",
            "2024-02-06",
            STORY,
            &[
                C::count("a", 1, 2.4e9, "cost", a, "2.4 billion-euro").money("EUR"),
                C::count("a", 2, 200e6, "cost", a, "200 million euros").money("EUR"),
            ],
        ),
        doc(
            "b",
            "Europa Press",
            "2024-02-07",
            STORY,
            &[C::count("b", 1, 2.4e9, "cost", b, "2.400 millones de euros").money("EUR")],
        ),
    ]);
    let f = corpus.findings();
    assert!(
        f.iter().any(|x| x.kind == FindingKind::Corroboration),
        "{f:#?}"
    );
    assert!(!f.iter().any(|x| x.kind == FindingKind::Change), "{f:#?}");
}

#[test]
fn a_total_so_far_that_grows_is_a_change_not_a_conflict() {
    for (first, later) in [
        (
            "In Sonora, 38 people have been treated for rashes, officials said.",
            "In Sonora, 112 people have been treated for rashes, officials said.",
        ),
        (
            "La Secretaría de Salud de Sonora reportó que 38 personas han sido atendidas.",
            "La Secretaría de Salud de Sonora reportó que 112 personas han sido atendidas.",
        ),
    ] {
        let a = format!(
            "Spill update\nBy A B, Outlet One\nThursday, 8 August 2024\n\n{first}\n\nWork continues."
        );
        let b = format!(
            "Spill update\nBy C D, Outlet Two\nMonday, 12 August 2024\n\n{later}\n\nWork continues."
        );
        let corpus = articles(&[("q1.txt", &a), ("q2.txt", &b)]);
        let f = printed_findings(&corpus);
        assert!(
            !f.iter().any(|x| x.kind == FindingKind::Conflict),
            "{first}"
        );
        assert!(f.iter().any(|x| x.kind == FindingKind::Change), "{first}");
    }
}

#[test]
fn shares_that_name_nothing_are_not_compared_and_a_reporter_is_no_measure() {
    let corpus = articles(&[
        (
            "en.txt",
            "Drought hits farms in the north\n\nBy Ann Lee, Reuters\n\nTuesday, 6 February 2024\n\n\
             Reservoirs stood at 16% of capacity. He added that roughly 30% of irrigated land would \
             go unplanted.\n\nSome 40,000 cubic meters of acid spilled into the Bacanuchi river in \
             Sonora last Monday, the environmental agency said.\n",
        ),
        (
            "es.txt",
            "La sequía golpea al campo del norte\n\nPor Ana Ruiz, EFE\n\nmiércoles 7 de febrero de \
             2024\n\nLos embalses siguen bajos. Hace un año estaban al 27%.\n\nLa empresa aseguró en \
             un comunicado que el volumen vertido el pasado lunes fue de unos 25.000 metros \
             cúbicos en el río Bacanuchi, en Sonora.\n",
        ),
    ]);
    let findings = printed_findings(&corpus);
    let share = quoted(&corpus, "es.txt", "27%");
    assert_eq!(share.measure, "share");
    // "Hace un año estaban al 27%" says nothing of what it is a share of: not irrigated land.
    assert_eq!(
        any_between(
            findings,
            &share.id,
            &quoted(&corpus, "en.txt", "roughly 30%").id
        ),
        None
    );
    assert_eq!(
        quoted(&corpus, "en.txt", "roughly 30%").measure,
        "irrigated land"
    );
    // The company reports the volume; it is not what the volume measures.
    let company = quoted(&corpus, "es.txt", "unos 25.000");
    assert_eq!(company.measure, "metros cúbicos");
    assert_eq!(company.attribution.as_deref(), Some("La empresa"));
    assert!(has(
        findings,
        FindingKind::Conflict,
        &quoted(&corpus, "en.txt", "Some 40,000").id,
        &company.id
    ));
}

#[test]
fn reports_a_week_apart_that_date_nothing_are_a_change_from_one_voice_else_a_discrepancy() {
    // 23 ships on 6 March (the port company), then 61 on `day` according to `who`: the finding
    // between them.
    let compare = |day: &str, who: &str| {
        let report = |id: &str, day: &str, n: &str, who: &str| {
            format!(
                "Port strike enters second week\n\nBy Ann Reed, {id}\n\n{day}\n\n{n} ships were \
                 waiting at anchor outside Valparaíso, {who} said.\n"
            )
        };
        let one = report("One", "Wednesday, 6 March 2024", "23", "the port company");
        let two = report("Two", day, "61", who);
        let corpus = articles(&[("One", &one), ("Two", &two)]);
        let (a, b) = (quoted(&corpus, "One", "23"), quoted(&corpus, "Two", "61"));
        printed_findings(&corpus)
            .iter()
            .find(|f| f.claims.contains(&a.id) && f.claims.contains(&b.id))
            .map(|f| (f.kind, f.explanation.clone()))
    };
    // One voice with another figure eight days later has updated it.
    let (kind, _) = compare("Thursday, 14 March 2024", "the port company").expect("compared");
    assert_eq!(kind, FindingKind::Change);
    // Two voices: the text does not say whether they disagree or the queue grew.
    let (kind, why) = compare("Thursday, 14 March 2024", "the dockers' union").expect("compared");
    assert_eq!(kind, FindingKind::Discrepancy);
    assert!(why.contains("days apart"), "{why}");
    // A day apart they are one moment: a conflict.
    let (kind, _) = compare("Thursday, 7 March 2024", "the dockers' union").expect("compared");
    assert_eq!(kind, FindingKind::Conflict);
    // A figure that names its own day, days after the other's, is no more "the same moment".
    let one = "Fire rages in Ourense\n\nBy Ann Reed, Wire One\n\n13 August 2025\n\nAbout 450 \
               firefighters were fighting the Ourense fire, the union said.\n";
    let two = "Fire rages in Ourense\n\nBy Bo Lin, Wire Two\n\n16 August 2025\n\nAround 650 \
               firefighters were fighting the Ourense fire on Saturday, the regional government \
               said.\n";
    let corpus = articles(&[("One", one), ("Two", two)]);
    let (a, b) = (
        quoted(&corpus, "One", "About 450"),
        quoted(&corpus, "Two", "Around 650"),
    );
    let found = any_between(printed_findings(&corpus), &a.id, &b.id);
    assert_eq!(found, Some(FindingKind::Discrepancy));
}

#[test]
fn two_named_voices_in_neighbouring_sentences_dispute_a_figure() {
    let text = "Fire rages\n\nBy Ann Reed, Wire One\n\n13 August 2025\n\nAround 700 firefighters \
                were battling the blaze, the regional government said. The firefighters' union \
                said only about 450 firefighters were on the front line.\n\nThe fire has burned \
                for a week. Residents said 30 firefighters came to the village.\n";
    let corpus = articles(&[("One", text)]);
    let findings = printed_findings(&corpus);
    let (a, b) = (
        quoted(&corpus, "One", "Around 700"),
        quoted(&corpus, "One", "about 450"),
    );
    let f = findings
        .iter()
        .find(|f| f.claims.contains(&a.id) && f.claims.contains(&b.id))
        .expect("a dispute");
    assert_eq!(f.kind, FindingKind::Conflict);
    assert!(
        f.explanation.contains("on the same day"),
        "{}",
        f.explanation
    );
    // A figure sentences away, from other residents, is no part of it.
    let c = quoted(&corpus, "One", "30");
    assert_eq!(any_between(findings, &a.id, &c.id), None);
}

#[test]
fn a_sum_raised_by_a_fraction_of_a_percent_is_a_change_not_an_agreement() {
    let a = "Presupuesto 2026\n\nAndina\n\n21 de agosto de 2025\n\nEl MEF presentó un proyecto de \
             presupuesto 2026 de S/ 257.562 millones ante el Congreso.\n";
    let b = "Presupuesto 2026\n\nAndina\n\n28 de agosto de 2025\n\nEl MEF elevó a S/ 258.100 \
             millones el proyecto de presupuesto 2026 ante el Congreso.\n";
    let corpus = articles(&[("a", a), ("b", b)]);
    let found = any_between(
        printed_findings(&corpus),
        &quoted(&corpus, "a", "S/ 257.562 millones").id,
        &quoted(&corpus, "b", "S/ 258.100 millones").id,
    );
    assert_eq!(found, Some(FindingKind::Change));
}

#[test]
fn two_sums_stated_in_both_articles_do_not_conflict() {
    let en = "Flights cost more\n\nAP\n\n5 March 2025\n\nPanama has spent $4.5 million on \
              deportation flights since August, and Washington has committed $6 million to fund the \
              program, the minister said.\n";
    let es = "Vuelos más caros\n\nEFE\n\n6 de marzo de 2025\n\nPanamá ha gastado 4,5 millones de \
              dólares en vuelos de deportación desde agosto, y Estados Unidos comprometió 6 millones \
              para financiar el programa, dijo el ministro.\n";
    let corpus = articles(&[("en", en), ("es", es)]);
    let findings = printed_findings(&corpus);
    assert!(findings.iter().all(|f| f.kind != FindingKind::Conflict));
    assert!(has(
        findings,
        FindingKind::Corroboration,
        &quoted(&corpus, "en", "$4.5 million").id,
        &quoted(&corpus, "es", "4,5 millones de dólares").id
    ));
}

#[test]
fn two_parts_of_one_article_are_not_steps_of_a_change() {
    let s = "The city has 15,800 cases, followed by the capital, with 9,200.";
    let early = vec![
        C::count("e", 1, 15_800.0, "case", s, "15,800"),
        C::count("e", 2, 9_200.0, "case", s, "9,200"),
    ];
    let late = vec![C::count(
        "l",
        1,
        21_000.0,
        "case",
        "The country has recorded 21,000 cases, officials said.",
        "21,000",
    )];
    let corpus = corpus(vec![
        doc("e", "Diario Uno", "2024-04-12", STORY, &early),
        doc("l", "Wire One", "2024-04-29", STORY, &late),
    ]);
    let f = corpus.findings();
    assert!(
        f.iter().all(|f| f.kind != FindingKind::Change),
        "{:?}",
        f.iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );
}

#[test]
fn a_qualified_count_is_compared_across_languages() {
    let en = |n: &str| {
        format!(
            "Dengue cases climb in Honduras\n\nBy Ann Reed, Wire One\n\nFriday, 12 April 2024\n\n\
             TEGUCIGALPA - Health Minister Elena Suazo said {n} suspected dengue cases have been \
             recorded so far this year.\n"
        )
    };
    let es = |n: &str| {
        format!(
            "Suben los casos de dengue en Honduras\n\nPor Ana Ruiz, Diario Dos\n\nviernes 12 de \
             abril de 2024\n\nTEGUCIGALPA.- La ministra de Salud, Elena Suazo, dijo que se han \
             registrado {n} casos sospechosos de dengue en lo que va del año.\n"
        )
    };
    let (a, b) = (en("48,000"), es("52.000"));
    let corpus = articles(&[("en.txt", &a), ("es.txt", &b)]);
    let spanish = quoted(&corpus, "es.txt", "52.000");
    assert_eq!(spanish.modifiers, ["suspected", "dengue"]);
    assert!(has(
        printed_findings(&corpus),
        FindingKind::Conflict,
        &quoted(&corpus, "en.txt", "48,000").id,
        &spanish.id
    ));
    let (a, b) = (en("more than 48,000"), es("casi 48.500"));
    let corpus = articles(&[("en.txt", &a), ("es.txt", &b)]);
    assert!(has(
        printed_findings(&corpus),
        FindingKind::Corroboration,
        &quoted(&corpus, "en.txt", "more than 48,000").id,
        &quoted(&corpus, "es.txt", "casi 48.500").id
    ));
}

#[test]
fn a_sum_restated_beside_another_is_no_change_of_it() {
    let corpus = articles(&[
        (
            "es.txt",
            "Fondos contra el dengue en Honduras\n\nPor Ana Ruiz, Diario Uno\n\nviernes 12 de \
             abril de 2024\n\nTEGUCIGALPA.- El Gobierno declaró la emergencia sanitaria el \
             pasado martes y liberó 150 millones de lempiras para la compra de insumos y la \
             contratación de personal.\n",
        ),
        (
            "en.txt",
            "Dengue funds in Honduras\n\nBy Ann Reed, Wire One\n\nMonday, 29 April 2024\n\n\
             TEGUCIGALPA - The dengue emergency in Honduras continues. Of the 150 million \
             lempiras released under the emergency decree, 87 million had been spent by last \
             Friday, Finance Ministry figures show.\n",
        ),
    ]);
    let findings = printed_findings(&corpus);
    let spent = quoted(&corpus, "en.txt", "87 million");
    assert_eq!(spent.unit.as_deref(), Some("HNL"));
    assert!(
        findings.iter().all(|f| !f.claims.contains(&spent.id)),
        "the 87 million spent is no change of the 150 million released"
    );
}

#[test]
fn shares_of_different_parts_of_one_whole_do_not_conflict() {
    let article = |outlet: &str, body: &str| story("Dengue", outlet, "March 12, 2024", body);
    let a = article(
        "EFE",
        "About 45% of dengue cases were in the northeast, Health Minister Mario Russo said.",
    );
    let b = article(
        "Reuters",
        "Some 60% of dengue cases were among women, Health Minister Mario Russo said.",
    );
    let c = article(
        "Reuters",
        "Roughly 45% of dengue cases were recorded in the northeast, Mario Russo said.",
    );
    let es = story(
        "Dengue",
        "EFE",
        "12 de marzo de 2024",
        "Alrededor del 45 % de los casos de dengue se concentra en el noreste, según el ministro \
         de Salud, Mario Russo.",
    );
    let corpus = articles(&[("a", &a), ("b", &b), ("c", &c), ("es", &es)]);
    let found = printed_findings(&corpus);
    // The part a share counts is read after its verb, by concept and in either language.
    assert_eq!(
        quoted(&corpus, "a", "About 45%").modifiers,
        ["dengue", "northeast"]
    );
    assert_eq!(
        quoted(&corpus, "b", "Some 60%").modifiers,
        ["dengue", "woman"]
    );
    assert_eq!(
        quoted(&corpus, "es", "Alrededor del 45 %").modifiers,
        ["dengue", "northeast"]
    );
    assert_eq!(any_between(found, "a#1", "b#1"), None);
    assert_eq!(any_between(found, "b#1", "c#1"), None);
    assert!(has(found, FindingKind::Corroboration, "a#1", "c#1"));
    assert!(has(found, FindingKind::Corroboration, "a#1", "es#1"));
}

#[test]
fn a_threshold_and_new_cases_are_not_the_figures_they_sit_beside() {
    let article =
        |outlet: &str, date: &str, body: &str| story("Costa Rica vote", outlet, date, body);
    let a = article(
        "EFE",
        "February 3, 2026",
        "Laura Fernández's Sovereign People's Party won 31 of the 57 seats in the Legislative \
         Assembly, the tribunal said.",
    );
    let b = article(
        "The Tico Times",
        "February 3, 2026",
        "Laura Fernández's Sovereign People's Party won 31 of the 57 seats in the Legislative \
         Assembly, short of the 38 needed for a two-thirds supermajority, the tribunal said.",
    );
    let c = article(
        "AP",
        "February 2, 2026",
        "Laura Fernández's Sovereign People's Party was projected to win 31 of the 57 seats in \
         the Legislative Assembly.",
    );
    let corpus = articles(&[("a", &a), ("b", &b), ("c", &c)]);
    let found = printed_findings(&corpus);
    let needed = quoted(&corpus, "b", "38");
    assert_eq!(needed.qualifier, Some(Qualifier::Target));
    assert_eq!(
        any_between(found, "a#1", "b#3"),
        None,
        "31 won is no 38 needed"
    );
    assert_eq!(
        any_between(found, "c#1", "b#3"),
        None,
        "a projection is no threshold"
    );
    assert!(has(found, FindingKind::Corroboration, "a#1", "b#1"));

    let es =
        |outlet: &str, date: &str, body: &str| story("Dengue en Argentina", outlet, date, body);
    let a = es(
        "EFE",
        "12 de marzo de 2024",
        "El Ministerio de Salud informó 12.350 casos de dengue en la temporada.",
    );
    let b = es(
        "Página/12",
        "19 de marzo de 2024",
        "El Ministerio de Salud informó que se notificaron 19.800 casos nuevos de dengue.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert_eq!(
        quoted(&corpus, "b", "19.800").qualifier,
        Some(Qualifier::Additional)
    );
    assert_eq!(
        any_between(found, "a#1", "b#1"),
        None,
        "new cases are no new total"
    );
}

#[test]
fn a_dengue_death_toll_counts_dengue_deaths() {
    let article = |outlet: &str, date: &str, body: &str| story("Dengue deaths", outlet, date, body);
    let a = article(
        "EFE",
        "March 12, 2024",
        "Argentina has recorded 79 dengue deaths this season, Health Minister Mario Russo said on \
         Tuesday.",
    );
    let b = article(
        "Reuters",
        "March 19, 2024",
        "Argentina's dengue death toll rose to 106, Health Minister Mario Russo said on Tuesday.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    let toll = quoted(&corpus, "b", "106");
    // The disease narrows the toll; the country's possessive is its place, not a modifier.
    assert_eq!(toll.modifiers, ["dengue"]);
    assert_eq!(toll.place.as_deref(), Some("argentina"));
    assert!(has(found, FindingKind::Change, "a#1", "b#1"));
}

#[test]
fn figures_of_two_named_days_are_two_moments_and_other_voices_do_not_revise() {
    let article =
        |outlet: &str, date: &str, body: &str| story("Teachers strike", outlet, date, body);
    let a = article(
        "Norland Herald",
        "Tuesday, 14 October 2025",
        "About 48,000 teachers went on strike across Norland on Monday, the National Teachers' \
         Union said.",
    );
    let b = article(
        "Norland Daily Post",
        "Wednesday, 15 October 2025",
        "The ministry said 29,500 teachers were on strike across Norland on Tuesday, against \
         the National Teachers' Union's 52,000.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert_eq!(
        any_between(found, "a#1", "b#1"),
        None,
        "Monday's strikers and Tuesday's are not one figure"
    );

    let es = |outlet: &str, date: &str, body: &str| story("Huelga docente", outlet, date, body);
    let c = es(
        "EFE",
        "14 de octubre de 2025",
        "En Norland, el Ministerio de Educación rebajó la cifra del National Teachers' Union a \
         unos 31.000 docentes.",
    );
    let corpus = articles(&[("a", &a), ("c", &c)]);
    let found = printed_findings(&corpus);
    assert_eq!(
        any_between(found, "a#1", "c#1"),
        None,
        "the ministry's lower figure a day later revises nothing of the union's"
    );
}

#[test]
fn the_same_year_s_figure_within_its_hedge_agrees_later() {
    let article = |outlet: &str, date: &str, body: &str| story("Overdoses", outlet, date, body);
    let a = article(
        "Ledger",
        "May 14, 2025",
        "In 2019, there were about 71,000 overdose deaths in the United States, the CDC said.",
    );
    let b = article(
        "Courier",
        "June 20, 2025",
        "Overdose deaths in the United States in 2019 totalled 70,630, a CDC study said.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(has(found, FindingKind::Corroboration, "a#1", "b#1"));
}

#[test]
fn trapped_and_rescued_are_different_groups() {
    let es = |outlet: &str, date: &str, body: &str| story("Mina", outlet, date, body);
    let a = es(
        "Milenio",
        "jueves, 6 de marzo de 2025",
        "Al menos 32 mineros quedaron atrapados este miércoles en Sabinas, Coahuila, informó \
         Protección Civil.",
    );
    let b = es(
        "Redacción",
        "viernes, 7 de marzo de 2025",
        "En Sabinas, Coahuila, cinco mineros fueron rescatados con vida, por lo que 30 mineros \
         siguen atrapados, según Protección Civil.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert_eq!(
        any_between(found, "a#1", "b#1"),
        None,
        "rescued are not trapped"
    );
}

#[test]
fn a_country_opening_sentences_still_ties_two_languages_stories() {
    let a = story(
        "Dengue en Honduras",
        "Diario del Valle",
        "18 de junio de 2024",
        "La Secretaría de Salud de Honduras informó en Tegucigalpa que el país acumula 45.312 casos de dengue \
         en lo que va de 2024. Según el boletín, 38 personas han fallecido. El departamento de \
         Cortés concentra el 42 % de los contagios.",
    );
    let b = story(
        "Honduras dengue outbreak",
        "Tegucigalpa Post",
        "June 25, 2024",
        "Honduras has recorded 47,850 dengue cases so far this year, the health ministry said in \
         Tegucigalpa on Monday. The death toll has risen to 41. Cortés department accounts for roughly 40% of \
         infections.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(has(found, FindingKind::Change, "a#1", "b#1"), "cases rose");
    assert!(has(found, FindingKind::Change, "a#2", "b#2"), "deaths rose");
    // A hedged later share within the earlier one agrees; it did not fall.
    assert!(has(found, FindingKind::Corroboration, "a#3", "b#3"));
}

#[test]
fn two_exact_shares_one_digit_apart_conflict_and_two_voices_dispute_a_plan() {
    let a = story(
        "Elecciones en Galicia",
        "EFE",
        "lunes 15 de septiembre de 2025",
        "La participación en las elecciones gallegas del domingo alcanzó el 62,3 %, según datos \
         de la Xunta. El Partido Popular de Alfonso Rueda obtuvo 38 escaños.",
    );
    let b = story(
        "El PP gana en Galicia",
        "El País",
        "15 de septiembre de 2025",
        "El PP de Alfonso Rueda ganó las elecciones en Galicia con 38 escaños. La participación \
         fue del 61,9 %.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(
        has(found, FindingKind::Conflict, "a#1", "b#2"),
        "62.3% is not 61.9%"
    );
    assert!(has(found, FindingKind::Corroboration, "a#2", "b#1"));

    let a = story(
        "Tech firm to cut 1,200 jobs",
        "BBC News",
        "13 May 2024",
        "Software maker Nordvik will cut about 1,200 jobs, the company said on Monday. The firm \
         run by Lars Berg employs around 20,000 people.",
    );
    let b = story(
        "Nordvik layoffs larger than announced",
        "The Guardian",
        "Thursday, 16 May 2024",
        "Nordvik plans to cut 1,500 jobs, the Unite union said on Thursday. The company, whose \
         chief executive is Lars Berg, employs 21,000 people.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(
        has(found, FindingKind::Conflict, "a#1", "b#1"),
        "company and union"
    );
}

#[test]
fn an_earlier_value_the_day_before_is_dated_and_agrees_with_that_day_s_report() {
    let a = story(
        "Storm toll climbs in Jamaica",
        "Associated Press",
        "Thursday, 30 October 2025",
        "The death toll from Hurricane Melissa in Jamaica rose to 19 on Thursday, Prime Minister \
         Andrew Holness said.",
    );
    let b = story(
        "Jamaica toll reaches 28",
        "Reuters",
        "Saturday, 1 November 2025",
        "The death toll from Hurricane Melissa in Jamaica rose to 28 on Friday, up from 19 the \
         day before, Prime Minister Andrew Holness said.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    let then = quoted(&corpus, "b", "19").time.as_of;
    assert_eq!(then.map(|d| (d.month, d.day)), Some((10, 30)));
    assert!(has(found, FindingKind::Corroboration, "a#1", "b#2"));
    assert!(!found.iter().any(|f| f.kind == FindingKind::Inconsistency));
}

#[test]
fn a_figure_that_names_no_place_holds_where_its_title_says() {
    let a = story(
        "La dana deja 62 muertos en Valencia",
        "Agencia EFE",
        "miércoles 30 de octubre de 2024",
        "El balance provisional de la dana es de 62 fallecidos, informó el Centro de Coordinación \
         Operativa Integrado. La Agencia Estatal de Meteorología registró 491 litros por metro \
         cuadrado en Chiva.",
    );
    let b = story(
        "Valencia floods death toll rises to 95",
        "The Guardian",
        "Thursday, 31 October 2024",
        "The death toll from the flash floods in Valencia has risen to 95, Spanish authorities \
         said on Thursday. Chiva received 491 litres of rain per square metre, according to the \
         Agencia Estatal de Meteorología.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(has(found, FindingKind::Change, "a#1", "b#1"), "62, then 95");
}

#[test]
fn a_later_report_s_value_of_a_week_before_revises_nothing_of_that_week() {
    let a = story(
        "Measles cases top 1,000 in US",
        "Associated Press",
        "May 9, 2025",
        "The number of measles cases in the US has topped 1,000, the Centers for Disease Control \
         and Prevention said, with cases in Texas and New Mexico.",
    );
    let b = story(
        "US measles count climbs to 1,046",
        "Reuters",
        "May 16, 2025",
        "The US has recorded 1,046 measles cases this year, the Centers for Disease Control and \
         Prevention said, up from 1,024 a week earlier, with cases in Texas and New Mexico.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    let earlier = quoted(&corpus, "b", "1,024");
    assert_eq!(earlier.time.as_of.map(|d| d.day), Some(9));
    assert_eq!(
        any_between(found, "a#1", &earlier.id),
        None,
        "over 1,000 and 1,024 on 9 May agree"
    );
}

#[test]
fn a_price_s_change_is_filed_under_the_price_in_either_wording() {
    let a = story(
        "El precio de la vivienda sube un 12,1 %",
        "Idealista",
        "martes 7 de octubre de 2025",
        "El precio de la vivienda libre en España subió un 12,1 % interanual en el tercer \
         trimestre hasta situarse en 2.133 euros por metro cuadrado, según el Ministerio de \
         Vivienda. En Madrid, el metro cuadrado alcanzó los 4.532 euros.",
    );
    let b = story(
        "La vivienda sube un 12 % y Madrid supera los 4.500 euros",
        "El Mundo",
        "8 de octubre de 2025",
        "El precio medio de la vivienda libre en España se situó en 2.133 euros por metro \
         cuadrado en el tercer trimestre, un 12,1 % más que un año antes, según el Ministerio de \
         Vivienda. Madrid registra el precio más alto, 4.532 euros por metro cuadrado.",
    );
    let corpus = articles(&[("a", &a), ("b", &b)]);
    let found = printed_findings(&corpus);
    assert!(
        has(found, FindingKind::Corroboration, "a#1", "b#2"),
        "12.1%"
    );
    assert!(
        has(found, FindingKind::Corroboration, "a#3", "b#3"),
        "Madrid's 4,532"
    );
}

#[test]
fn crowd_counts_compare_by_city_and_nationwide_within_the_story_s_country() {
    let corpus = articles(&[
        (
            "a.txt",
            "France pension protests draw over a million\n\nReuters\n\nTuesday, 11 March 2025\n\n\
             More than 1.28 million people marched across France on Tuesday against Emmanuel \
             Macron's pension reform, the Interior Ministry said, while the CGT union put turnout \
             at 3.5 million.\n\nIn Paris, police counted 81,000 protesters. The CGT said 700,000 \
             people marched in the capital.\n",
        ),
        (
            "b.txt",
            "French unions call new strike after pension protest\n\nAFP\n\nWednesday, 12 March \
             2025\n\nThe CGT union said 3.5 million people took part nationwide on Tuesday, \
             including 700,000 in Paris. The Interior Ministry put the national figure at 1.28 \
             million, with 81,000 in Paris.\n",
        ),
    ]);
    let found = printed_findings(&corpus);
    let union = &quoted(&corpus, "a.txt", "3.5 million").id;
    let ministry = &quoted(&corpus, "b.txt", "1.28 million").id;
    assert!(
        has(found, FindingKind::Conflict, union, ministry),
        "{found:#?}"
    );
    let union_paris = &quoted(&corpus, "a.txt", "700,000").id;
    let ministry_paris = &quoted(&corpus, "b.txt", "81,000").id;
    assert!(
        has(found, FindingKind::Conflict, union_paris, ministry_paris),
        "{found:#?}"
    );
    // Paris's count is no national one.
    assert!(
        !has(found, FindingKind::Conflict, union, union_paris),
        "{found:#?}"
    );
    let union_b = &quoted(&corpus, "b.txt", "3.5 million").id;
    assert!(
        !has(found, FindingKind::Conflict, union_b, union_paris),
        "{found:#?}"
    );
}

#[test]
fn tolls_of_one_period_conflict_unattributed_and_a_month_is_no_discrepancy_with_its_year() {
    let corpus = articles(&[
        (
            "a.txt",
            "Las carreteras registraron 1.145 muertos en 2023\nEuropa Press\nMadrid, 4 de enero \
             de 2024\n\nUn total de 1.145 personas murieron en 2023 en las carreteras españolas, \
             según la DGT. La cifra supone cuatro fallecidos más que en 2022.\n\nLos motoristas \
             fallecidos fueron 299 en 2023. En agosto murieron 130 personas en las carreteras.\n",
        ),
        (
            "b.txt",
            "Tráfico cifra en 1.145 los fallecidos en carretera en 2023\nEl Mundo\nJueves, 4 de \
             enero de 2024\n\nLa DGT contabilizó 1.145 fallecidos en las carreteras durante \
             2023, cuatro más que en 2022.\n\nEl número de motoristas muertos en 2023 alcanzó los \
             302. Agosto fue el mes más trágico, con 131 víctimas mortales.\n",
        ),
    ]);
    let found = printed_findings(&corpus);
    let riders = (
        &quoted(&corpus, "a.txt", "299").id,
        &quoted(&corpus, "b.txt", "302").id,
    );
    assert!(
        has(found, FindingKind::Conflict, riders.0, riders.1),
        "{found:#?}"
    );
    let august = (
        &quoted(&corpus, "a.txt", "130").id,
        &quoted(&corpus, "b.txt", "131").id,
    );
    assert!(
        has(found, FindingKind::Conflict, august.0, august.1),
        "{found:#?}"
    );
    let year = &quoted(&corpus, "b.txt", "1.145").id;
    assert!(
        found
            .iter()
            .all(|f| !(f.claims.contains(year) && f.claims.contains(august.0))),
        "a month's deaths are part of the year's: {found:#?}"
    );
    let four = quoted(&corpus, "a.txt", "cuatro");
    assert_eq!(four.qualifier, Some(Qualifier::Additional));
}

#[test]
fn a_place_only_one_report_names_is_the_other_s_when_its_title_names_it() {
    let corpus = articles(&[
        (
            "en.txt",
            "Teachers walk out across Norland as pay talks collapse\n\nReuters\n\n14 October \
             2025\n\nAbout 48,000 teachers went on strike on Monday, the National Teachers' Union \
             said. \"Around 31,000 teachers did not report for work,\" a ministry spokesperson \
             said.\n",
        ),
        (
            "es.txt",
            "Huelga docente: el sindicato y el ministerio discrepan\n\nEFE\n\n14 de octubre de \
             2025\n\nUnos 48.000 profesores secundaron este lunes la huelga en Norland, según el \
             Sindicato Nacional de Profesores.\n",
        ),
    ]);
    let found = printed_findings(&corpus);
    let ministry = &quoted(&corpus, "en.txt", "Around 31,000").id;
    let union = &quoted(&corpus, "es.txt", "Unos 48.000").id;
    assert_eq!(
        quoted(&corpus, "es.txt", "Unos 48.000").place.as_deref(),
        Some("norland")
    );
    assert!(
        has(found, FindingKind::Conflict, ministry, union),
        "{found:#?}"
    );
}

#[test]
fn an_outbreak_s_figures_meet_across_languages_by_disease_and_indicator() {
    let corpus = articles(&[
        (
            "en.txt",
            "Measles cases in Mexico climb as vaccination lags\nAssociated Press\nMarch 20, 2025\n\n\
             Mexico has confirmed 1,142 measles cases so far this year, the Health Ministry said \
             Thursday. Vaccination coverage for the first dose was 82% in 2023, according to the \
             Pan American Health Organization.\n",
        ),
        (
            "es.txt",
            "México suma 1.160 casos de sarampión en 2025\nEl Universal\nViernes, 21 de marzo de \
             2025\n\nLa Secretaría de Salud informó este viernes que en lo que va de 2025 se han \
             confirmado 1.160 casos de sarampión en el país, de los cuales 1.112 se concentran en \
             Chihuahua. La cobertura de vacunación con la primera dosis fue del 82 % en 2023, por \
             debajo del 95 % recomendado, según la OPS.\n",
        ),
    ]);
    let found = printed_findings(&corpus);
    let (a, b) = (
        &quoted(&corpus, "en.txt", "1,142").id,
        &quoted(&corpus, "es.txt", "1.160").id,
    );
    assert!(has(found, FindingKind::Change, a, b), "{found:#?}");
    let (a, b) = (
        &quoted(&corpus, "en.txt", "82%").id,
        &quoted(&corpus, "es.txt", "82 %").id,
    );
    assert!(has(found, FindingKind::Corroboration, a, b), "{found:#?}");
    let part = quoted(&corpus, "es.txt", "1.112");
    assert_eq!(
        (part.head.as_deref(), part.place.as_deref()),
        (Some("case"), Some("chihuahua"))
    );
    let threshold = quoted(&corpus, "es.txt", "95 %");
    assert_eq!(threshold.head.as_deref(), Some("vaccination coverage"));
    assert_eq!(threshold.qualifier, Some(Qualifier::Target));
}

#[test]
fn a_cut_off_and_a_period_ending_the_same_day_are_one_moment() {
    let corpus = articles(&[
        (
            "en.txt",
            "UNHCR forcibly displaced people worldwide record ACNUR\nReuters\nThursday, 24 October 2024\n\n\
             The number of people forcibly displaced worldwide reached a record 122.6 million by \
             mid-2024, the UN refugee agency UNHCR said on Thursday.\n",
        ),
        (
            "es.txt",
            "UNHCR forcibly displaced people worldwide record ACNUR\nEFE\nviernes 25 de octubre de \
             2024\n\nEl número de personas desplazadas por la fuerza en el mundo alcanzó un récord \
             de 123,2 millones a mediados de 2024, según el ACNUR.\n",
        ),
    ]);
    let found = printed_findings(&corpus);
    let (a, b) = (
        &quoted(&corpus, "en.txt", "122.6 million").id,
        &quoted(&corpus, "es.txt", "123,2 millones").id,
    );
    assert!(
        found
            .iter()
            .any(|f| f.claims.contains(a) && f.claims.contains(b)),
        "{found:#?}"
    );
}

#[test]
fn a_deficit_and_a_debt_as_shares_of_gdp_are_not_one_figure() {
    let corpus = articles(&[
        (
            "a.txt",
            "Presupuestos de España: déficit y deuda\n\nEFE\n\n29 de abril de 2025\n\nEl déficit \
             público de España fue del 3 % del PIB en 2024, según Hacienda.\n",
        ),
        (
            "b.txt",
            "Presupuestos de España: deuda y déficit\n\nEuropa Press\n\n29 de abril de 2025\n\nLa \
             deuda pública de España alcanzó el 101,8 % del PIB en 2024, según el Banco de \
             España.\n",
        ),
    ]);
    let findings = corpus.findings();
    assert!(
        findings.iter().all(|f| f.kind != FindingKind::Conflict),
        "{:?}",
        findings.iter().map(|f| &f.explanation).collect::<Vec<_>>()
    );
}
