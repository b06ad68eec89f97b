//! Behaviour of document parsing: furniture set aside, paragraphs and sentences, title, byline,
//! outlet, publication date and language, on the seeds and on invented English and Spanish pages.

use crosscheck_engine::document::{split_sentences, Document, DocumentMeta, FurnitureKind};
use crosscheck_engine::seeds::SEEDS;
use crosscheck_engine::time::Date;
use crosscheck_engine::Lang;

fn parse(text: &str) -> Document {
    Document::parse("t", text, &DocumentMeta::default())
}

fn sentences(doc: &Document) -> Vec<&str> {
    doc.sentences
        .iter()
        .map(|s| &doc.text[s.start..s.end])
        .collect()
}

fn furniture_of(doc: &Document, kind: FurnitureKind) -> Vec<&str> {
    doc.furniture
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| &doc.text[f.start..f.end])
        .collect()
}

fn date(s: &str) -> Option<Date> {
    Date::parse_iso(s)
}

/// Spans are in bounds, on char boundaries, ordered, and sentences sit inside their paragraph.
fn check_spans(doc: &Document) {
    let t = &doc.text;
    for s in &doc.sentences {
        assert!(s.start < s.end && s.end <= t.len());
        assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
        let p = doc.paragraphs[s.paragraph];
        assert!(p.start <= s.start && s.end <= p.end);
    }
    for w in doc.sentences.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for f in &doc.furniture {
        assert!(f.start < f.end && f.end <= t.len());
        assert!(t.is_char_boundary(f.start) && t.is_char_boundary(f.end));
    }
    for p in &doc.paragraphs {
        assert!(t.is_char_boundary(p.start) && t.is_char_boundary(p.end) && p.start < p.end);
    }
}

fn seed(n: usize) -> Document {
    parse(SEEDS[n].text)
}

#[test]
fn seed_titles() {
    let want = [
        "Mexico Deploys 199 Cuban Doctors to Rural Clinics",
        "Another 2,700 Cuban doctors will arrive in Mexico.",
        "Mexico Accelerates Its Import of Cuban Doctors To Reach the ‘Goal’ of 1,200",
        "Cuban Solidarity: Mexico To Hire 1,200 Cuban Doctors",
        "Media reports reveal that the multi-million dollar program for Cuban doctors in Mexico is lacking oversight and official evaluation",
    ];
    for (n, title) in want.iter().enumerate() {
        let doc = seed(n);
        assert_eq!(doc.title, *title, "seed {n}");
        assert_eq!(doc.lang, Lang::En, "seed {n}");
        check_spans(&doc);
        // The title is furniture, not a sentence.
        assert!(!sentences(&doc).contains(title), "seed {n}");
    }
}

#[test]
fn seed_stated_dates() {
    let want = [
        Some("2024-11-27"),
        None,
        Some("2024-05-13"),
        Some("2024-05-20"),
        None,
    ];
    for (n, d) in want.iter().enumerate() {
        assert_eq!(seed(n).published, d.and_then(date), "seed {n}");
    }
}

#[test]
fn seed_furniture_stays_out_of_sentences() {
    let banned = [
        "Home > Health",
        "Share it!",
        "You May Like",
        "COMMENT",
        "Filed under",
        "786 3965 689",
        "editores@cibercuba.com",
        "Photo by",
        "Most popular",
        "Newsletter",
        "| top | back | home |",
        "Share on Facebook",
        "Related videos",
        "Click here",
        "By MBN Staff",
        "becoming a member",
        "/ Cubadebate",
        "Photo ©",
    ];
    for (n, s) in SEEDS.iter().enumerate() {
        let doc = parse(s.text);
        for sentence in sentences(&doc) {
            for b in banned {
                assert!(
                    !sentence.contains(b),
                    "seed {n}: {sentence:?} contains {b:?}"
                );
            }
        }
        assert!(!doc.sentences.is_empty());
    }
    let doc = seed(0);
    assert_eq!(
        furniture_of(&doc, FurnitureKind::Navigation),
        ["Home > Health > Press Release"]
    );
    assert_eq!(
        furniture_of(&doc, FurnitureKind::Title).len(),
        2,
        "title and its repetition"
    );
    assert_eq!(doc.byline.as_deref(), Some("MBN Staff"));
    assert_eq!(furniture_of(&seed(1), FurnitureKind::Contact).len(), 2);
    assert_eq!(seed(3).outlet.as_deref(), Some("TeleSur"));
}

#[test]
fn seed_dateline_is_cut_from_the_first_sentence() {
    let doc = seed(2);
    assert!(sentences(&doc).contains(&"“Strengthen health cooperation between both countries.”"));
    let datelines = furniture_of(&doc, FurnitureKind::Dateline);
    assert_eq!(datelines.len(), 1);
    assert!(datelines[0].contains("13 May 2024"));
}

#[test]
fn seed_sentences_keep_abbreviations_and_decimals() {
    let doc = seed(1);
    assert!(sentences(&doc)
        .iter()
        .any(|s| s.starts_with("Recently, Dr. Francisco Moreno") && s.ends_with("profession.")));
    let doc = seed(3);
    assert!(sentences(&doc)
        .iter()
        .any(|s| s.starts_with("Mexico has 2.4 doctors per 1,000") && s.ends_with("(INEGI).")));
    // The standfirst's closing quote stays with its sentence.
    let doc = seed(0);
    assert!(sentences(&doc)
        .iter()
        .any(|s| s.contains("“modern slavery,” a stance echoed")));
}

const BUDGET_EN: &str = "City Council Approves $4.2 Billion Budget\n\
Home > Local News > Politics\n\
\n\
City Council Approves $4.2 Billion Budget\n\
\n\
By Jane Doe | The Riverside Herald - Tue, 06/11/2024 - 18:02\n\
Share\n\
Tweet\n\
Photo: John Smith/Herald\n\
\n\
The council voted 7-2 on Tuesday to approve a $4.2 billion budget for the fiscal year that starts July 1. Spending rises 3.5% from last year, Mr. Lee said.\n\
\n\
The plan adds 120 police officers. It also cuts the parks budget by $12 million... Critics were unhappy.\n\
\n\
\"We had no choice,\" said Dr. Ana Ruiz, the U.S. Treasury's former adviser. \"Revenue fell by 2.1 percent.\"\n\
\n\
Contact us: newsroom@herald.example or (555) 123-4567\n\
Related: Mayor vows to veto tax hike\n\
You May Like\n\
Subscribe to our newsletter\n\
COMMENTS\n";

#[test]
fn invented_english_budget_page() {
    let doc = parse(BUDGET_EN);
    check_spans(&doc);
    assert_eq!(doc.lang, Lang::En);
    assert_eq!(doc.title, "City Council Approves $4.2 Billion Budget");
    assert_eq!(doc.published, date("2024-06-11"));
    assert_eq!(doc.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(doc.outlet.as_deref(), Some("The Riverside Herald"));
    let s = sentences(&doc);
    assert_eq!(
        s,
        [
            "The council voted 7-2 on Tuesday to approve a $4.2 billion budget for the fiscal year that starts July 1.",
            "Spending rises 3.5% from last year, Mr. Lee said.",
            "The plan adds 120 police officers.",
            "It also cuts the parks budget by $12 million...",
            "Critics were unhappy.",
            "\"We had no choice,\" said Dr. Ana Ruiz, the U.S. Treasury's former adviser.",
            "\"Revenue fell by 2.1 percent.\"",
        ]
    );
    assert_eq!(doc.paragraphs.len(), 3);
    for kind in [
        FurnitureKind::Navigation,
        FurnitureKind::Byline,
        FurnitureKind::Prompt,
        FurnitureKind::Credit,
        FurnitureKind::Contact,
        FurnitureKind::Related,
    ] {
        assert!(!furniture_of(&doc, kind).is_empty(), "{kind:?}");
    }
}

#[test]
fn a_related_story_after_its_label_is_furniture() {
    let doc = parse(
        "Rovers sign striker\n\nRovers paid £58m for the striker, the club said.\n\nRead more: Rovers fined £1.2m over breach of financial rules\n\nMás información: El SAS convoca 3.000 plazas de empleo público\n\nRead more: the club's accounts show a loss of £41.3m for the year to June, up from £12m.\n",
    );
    assert_eq!(
        furniture_of(&doc, FurnitureKind::Related),
        [
            "Read more: Rovers fined £1.2m over breach of financial rules",
            "Más información: El SAS convoca 3.000 plazas de empleo público"
        ]
    );
    // A sentence after the label is the article's own.
    assert!(sentences(&doc).iter().any(|s| s.contains("loss of £41.3m")));
    // A longer label, and the headlines listed under a label on its own line.
    let doc = parse(
        "Budget rises\n\nThe budget rises 4% next year, the ministry of finance said on Monday.\n\n\
         The public debt will be lower than it was last year, it added.\n\n\
         Related coverage: 5 things to know about the Darien Gap\n\nTe puede interesar:\n\
         Inflación en Lima Metropolitana fue de 0,2% en agosto\n",
    );
    let related = furniture_of(&doc, FurnitureKind::Related);
    assert!(
        related.iter().any(|r| r.starts_with("Related coverage")),
        "{related:?}"
    );
    assert!(
        related.iter().any(|r| r.starts_with("Inflación en Lima")),
        "{related:?}"
    );
}

const PROTEST_ES: &str = "Miles de personas marchan en Madrid contra la reforma de las pensiones\r\n\
Inicio > España > Sociedad\r\n\
\r\n\
Por María García\r\n\
domingo 31 de agosto de 2025, 14:35\r\n\
Compartir\r\n\
Comentar\r\n\
\r\n\
Madrid, 31 ago (EFE).- Unas 45.000 personas, según la Delegación del Gobierno, se manifestaron este domingo en el centro de Madrid. Los organizadores elevaron la cifra a 200.000.\r\n\
\r\n\
La Sra. Pérez, portavoz de los sindicatos, dijo: «No vamos a parar». ¿Habrá más marchas? ¡Sí, el próximo mes!\r\n\
\r\n\
El Gobierno de EE.UU. no comentó la protesta, que comenzó a las 11 a.m. y terminó sin incidentes.\r\n\
\r\n\
Foto: EFE/Juan Pérez\r\n\
Síguenos en Twitter\r\n\
Te puede interesar\r\n\
Archivado en: Pensiones, Madrid\r\n\
Escríbenos: redaccion@diario.example\r\n";

#[test]
fn invented_spanish_protest_page() {
    let doc = parse(PROTEST_ES);
    check_spans(&doc);
    assert_eq!(doc.lang, Lang::Es);
    assert_eq!(
        doc.title,
        "Miles de personas marchan en Madrid contra la reforma de las pensiones"
    );
    assert_eq!(doc.published, date("2025-08-31"));
    assert_eq!(doc.byline.as_deref(), Some("María García"));
    let s = sentences(&doc);
    assert_eq!(
        s,
        [
            "Unas 45.000 personas, según la Delegación del Gobierno, se manifestaron este domingo en el centro de Madrid.",
            "Los organizadores elevaron la cifra a 200.000.",
            "La Sra. Pérez, portavoz de los sindicatos, dijo: «No vamos a parar».",
            "¿Habrá más marchas?",
            "¡Sí, el próximo mes!",
            "El Gobierno de EE.UU. no comentó la protesta, que comenzó a las 11 a.m. y terminó sin incidentes.",
        ]
    );
    for banned in [
        "Compartir",
        "Comentar",
        "Síguenos",
        "Te puede interesar",
        "Archivado en",
        "Foto:",
        "Inicio >",
    ] {
        assert!(s.iter().all(|x| !x.contains(banned)), "{banned}");
    }
    assert!(furniture_of(&doc, FurnitureKind::Dateline)
        .iter()
        .any(|d| d.starts_with("Madrid, 31 ago (EFE)")));
}

#[test]
fn year_less_dateline_needs_a_year_from_elsewhere() {
    let text = "Protesta en Lima\n\nLima, 13 may (EFE).- Cientos de personas protestaron este lunes frente al Congreso por la nueva ley.\n";
    assert_eq!(parse(text).published, None);
    let meta = DocumentMeta {
        url: Some("https://diario.example/2024/05/13/protesta-lima".into()),
        ..DocumentMeta::default()
    };
    assert_eq!(
        Document::parse("t", text, &meta).published,
        date("2024-05-13")
    );
}

#[test]
fn body_dates_do_not_date_the_page() {
    let text = "Budget talks stall\n\nThe deal signed on 13 May 2024 expired. Officials met again on 2 June 2024 to talk.\n";
    assert_eq!(parse(text).published, None);
}

#[test]
fn meta_overrides_detection() {
    let meta = DocumentMeta {
        title: Some("A given title".into()),
        outlet: Some("Given Outlet".into()),
        url: Some("https://example.org/a".into()),
        published: date("2020-01-02"),
        lang: Some("es-MX".into()),
    };
    let doc = Document::parse("x", SEEDS[0].text, &meta);
    assert_eq!(doc.title, "A given title");
    assert_eq!(doc.outlet.as_deref(), Some("Given Outlet"));
    assert_eq!(doc.published, date("2020-01-02"));
    assert_eq!(doc.lang, Lang::Es);
    assert_eq!(doc.url.as_deref(), Some("https://example.org/a"));
}

#[test]
fn other_languages_are_detected_lightly() {
    let pt = "O governo anunciou que os médicos cubanos vão chegar ao país em breve, e a oposição criticou a decisão do ministério.";
    assert_eq!(parse(pt).lang, Lang::Other("pt".into()));
    let fr = "Le gouvernement a annoncé que les médecins cubains vont arriver dans le pays, et l'opposition a critiqué la décision.";
    assert_eq!(parse(fr).lang, Lang::Other("fr".into()));
    let de = "Die Regierung hat angekündigt, dass die kubanischen Ärzte bald in das Land kommen, und die Opposition kritisiert das.";
    assert_eq!(parse(de).lang, Lang::Other("de".into()));
    assert_eq!(
        parse("東京で会議が開かれた。").lang,
        Lang::Other("und".into())
    );
    assert_eq!(parse("").lang, Lang::Other("und".into()));
}

#[test]
fn sentence_splitting_edge_cases() {
    let cases: &[(&str, &[&str])] = &[
        (
            "He met Mr. Smith at 5 p.m. on Friday. Then he left.",
            &["He met Mr. Smith at 5 p.m. on Friday.", "Then he left."],
        ),
        (
            "Prices rose 2.4 percent. Wages did not.",
            &["Prices rose 2.4 percent.", "Wages did not."],
        ),
        (
            "J. K. Rowling wrote it. It sold well.",
            &["J. K. Rowling wrote it.", "It sold well."],
        ),
        (
            "\"Why?\" he asked. Nobody knew.",
            &["\"Why?\" he asked.", "Nobody knew."],
        ),
        (
            "She said \"no.\" Then she left.",
            &["She said \"no.\"", "Then she left."],
        ),
        ("The U.S. The end.", &["The U.S.", "The end."]),
        (
            "Located at No. 5 Main St. in town.",
            &["Located at No. 5 Main St. in town."],
        ),
        ("Wait... what? Yes!", &["Wait... what?", "Yes!"]),
        (
            "El Sr. García llegó a EE.UU. ayer. ¿Por qué? No se sabe.",
            &[
                "El Sr. García llegó a EE.UU. ayer.",
                "¿Por qué?",
                "No se sabe.",
            ],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = split_sentences(text, 0, text.len())
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn a_sentence_after_the_outlet_and_date_lines_is_body_not_title() {
    let doc = parse("AP\n5 March 2025\n\nPanama has spent $4.5 million on flights.\n");
    assert_eq!(
        sentences(&doc),
        ["Panama has spent $4.5 million on flights."]
    );
    // A headline with a full stop on the first line is still the title.
    let doc = parse("Another 2,700 doctors will arrive.\n\nThe doctors will join 950 others.\n");
    assert_eq!(doc.title, "Another 2,700 doctors will arrive.");
    assert_eq!(sentences(&doc), ["The doctors will join 950 others."]);
    // A navigation trail before it is no outlet or date.
    let doc = parse(
        "Home > World > Americas\nAnother 2,700 Cuban doctors will arrive.\n\nThe doctors will \
         join the 950 who are already there, officials said on Tuesday.\n",
    );
    assert_eq!(doc.title, "Another 2,700 Cuban doctors will arrive.");
    assert_eq!(sentences(&doc).len(), 1, "the headline is no body sentence");
}

#[test]
fn title_like_line_ends_a_sentence() {
    let text = "Budget Vote Delayed\nCouncil members said on Monday that the vote would wait. The mayor disagreed.\n";
    let doc = parse(text);
    assert_eq!(doc.title, "Budget Vote Delayed");
    let text = "Intro paragraph that is long enough to be body text. It has two sentences.\n\nKey figures\nThe budget grew by 3%.\n";
    let doc = parse(text);
    assert!(sentences(&doc).contains(&"Key figures"));
    assert!(sentences(&doc).contains(&"The budget grew by 3%."));
}

#[test]
fn hard_wrapped_text_is_rejoined() {
    let text = "Wire story\n\nThe central bank raised its main interest rate on Thursday\nto 11 percent, its highest level since 2008, citing persistent\ninflation. Analysts had expected the move.\n";
    let doc = parse(text);
    let s = sentences(&doc);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[0].starts_with("The central bank") && s[0].ends_with("inflation."));
}

#[test]
fn never_panics() {
    let big = "The council approved the plan. ".repeat(350_000); // ~10 MB
    let nul = "Title\0\n\0\0 body text with NUL \0 bytes. Another one.\n";
    let emoji = "🔥 Breaking 🔥\n\nCrowds 🙂 gathered. 👍 Everyone cheered! 🎉\n";
    let rtl = "עשרות אלפים הפגינו בתל אביב.\n\nمظاهرة كبيرة في القاهرة اليوم.\n";
    let crlf = "Title\r\n\r\nOne sentence here. Two sentences here.\r\n";
    for text in [
        "",
        " ",
        "\n\n\r\n\t",
        "\u{a0}\u{200b}",
        ".",
        "?!…",
        "• ",
        nul,
        emoji,
        rtl,
        crlf,
        big.as_str(),
    ] {
        let doc = parse(text);
        check_spans(&doc);
        assert_eq!(doc.text, text);
    }
    let doc = parse(crlf);
    assert_eq!(
        sentences(&doc),
        ["One sentence here.", "Two sentences here."]
    );
}

#[test]
fn wire_datelines_and_credit_lines() {
    let text = "Mexico raises minimum wage\n\n(EFE)\n\nMexico City, 13 May 2024 (EFE). The government raised the minimum wage by 20% on Monday, officials said.\n\nWrite to us\n";
    let doc = parse(text);
    assert_eq!(doc.published, date("2024-05-13"));
    assert_eq!(
        sentences(&doc),
        ["The government raised the minimum wage by 20% on Monday, officials said."]
    );
    assert_eq!(furniture_of(&doc, FurnitureKind::Credit), ["(EFE)"]);
    assert_eq!(furniture_of(&doc, FurnitureKind::Contact), ["Write to us"]);

    let text = "Sube el salario mínimo\nPor Luis Gómez | Diario del Sur\n\nEl Gobierno subió el salario mínimo un 20 % este lunes, informaron fuentes oficiales.\n";
    let doc = parse(text);
    assert_eq!(doc.lang, Lang::Es);
    assert_eq!(doc.byline.as_deref(), Some("Luis Gómez"));
    assert_eq!(doc.outlet.as_deref(), Some("Diario del Sur"));
    assert_eq!(doc.published, None);
}

#[test]
fn a_dateline_may_abbreviate_its_place_and_a_byline_may_slash_its_outlet() {
    let text = "Wildfire destroys 1,100 homes\nBy Sarah Kim, Associated Press\nPARADISE, Calif., July 28, 2024 (AP) —\n\nThe fire has burned more than 164,000 acres since Monday, officials said.\n";
    let doc = parse(text);
    assert_eq!(doc.published, date("2024-07-28"));
    assert_eq!(
        sentences(&doc),
        ["The fire has burned more than 164,000 acres since Monday, officials said."]
    );
    let doc = parse("Storm hits\n\nWASHINGTON, D.C., May 3, 2025 (AP) — The storm hit the city.\n");
    assert_eq!(doc.published, date("2025-05-03"));
    // The agency and dash before the date, the line to itself.
    let doc =
        parse("Vote count\n\nSAN JOSE, Costa Rica (AP) — February 2, 2026\n\nThe count went on.\n");
    assert_eq!(doc.published, date("2026-02-02"));
    assert_eq!(sentences(&doc), ["The count went on."]);
    // A sentence's full stop still ends what may come before a dateline's date.
    let doc = parse("Storm hits\n\nThe storm came. On May 3, 2025 (AP) — it hit the city.\n");
    assert_eq!(doc.published, None);

    let doc = parse("Morena gana\nPor Alejandro Ramírez / El Heraldo Nacional\n\nLa participación alcanzó el 58,4 % de la lista nominal, informó el instituto.\n");
    assert_eq!(doc.byline.as_deref(), Some("Alejandro Ramírez"));
    assert_eq!(doc.outlet.as_deref(), Some("El Heraldo Nacional"));
    // A role after the slash is no outlet.
    let doc = parse("Morena gana\nPor Ana Pérez / Enviada especial\n\nLa participación alcanzó el 58,4 % de la lista nominal, informó el instituto.\n");
    assert_eq!(doc.byline.as_deref(), Some("Ana Pérez"));
    assert_eq!(doc.outlet, None);
}

#[test]
fn a_place_and_date_line_dates_the_article() {
    let doc =
        parse("Inflación en Argentina\n\nBuenos Aires, 11 de enero de 2024\n\nLa inflación subió.");
    assert_eq!(doc.published, date("2024-01-11"));
    let doc = parse("Storm hits coast\n\nNEW YORK, May 3, 2025\n\nThe storm hit.");
    assert_eq!(doc.published, date("2025-05-03"));
}

#[test]
fn a_byline_names_its_outlet_after_the_authors_but_not_their_role() {
    let line = |l: &str| {
        let doc = parse(&format!(
            "Measles cases climb\n\n{l}\n\nCases rose to 1,046, officials said.\n"
        ));
        (doc.byline, doc.outlet)
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        line("By Tom Reed and Ana Ruiz, Reuters"),
        (s("Tom Reed and Ana Ruiz"), s("Reuters"))
    );
    assert_eq!(
        line("By Tom Reed, Health Reporter | 9 May 2025"),
        (s("Tom Reed"), None)
    );
    assert_eq!(
        line("By Tom Reed, Staff Writer, The Daily Ledger"),
        (s("Tom Reed"), s("The Daily Ledger"))
    );
    assert_eq!(line("Por Ana Ruiz, corresponsal"), (s("Ana Ruiz"), None));
}

#[test]
fn an_outlet_named_on_its_own_line_or_credited_in_the_dateline() {
    for (text, outlet) in [
        (
            "Lisbon housing protest draws 50,000\n\nReuters, Lisbon\n\nSunday, 15 October 2023\n\n\
             About 50,000 people protested in Lisbon on Saturday, police said.\n",
            "Reuters",
        ),
        (
            "Protesta en Lisboa\n\nEFE | Lisboa\n\n15/10/2023 - 10:32\n\nUnas 50.000 personas \
             protestaron en Lisboa el sábado, según la policía.\n",
            "EFE",
        ),
        (
            "Lisbon housing protest draws 50,000\n\nThe Guardian\nSun 15 Oct 2023 12.41 BST\n\n\
             About 50,000 people protested in Lisbon on Saturday, police said.\n",
            "The Guardian",
        ),
        (
            "Protesta en Lisboa\n\nPor Ana Pérez\nEl País\n15 oct 2023 - 12:41 CEST\n\nUnas 50.000 \
             personas protestaron en Lisboa el sábado, según la policía.\n",
            "El País",
        ),
        (
            "Inundaciones en Tabasco\n\nVillahermosa, 3 de octubre de 2024 (EFE).- Al menos 12 \
             personas murieron por las lluvias, según Protección Civil.\n",
            "EFE",
        ),
        // An agency alone on its line; the dateline's last parentheses credit it.
        (
            "Otis deja 48 muertos\n\nEFE\n1 de noviembre de 2023\n\nAcapulco (México), 1 nov \
             (EFE).- El número de muertos ascendió a 48, informó el Gobierno.\n",
            "EFE",
        ),
        (
            "Otis deja 48 muertos\n\n1 de noviembre de 2023\n\nAcapulco (México), 1 nov \
             (EFE).- El número de muertos ascendió a 48, informó el Gobierno.\n",
            "EFE",
        ),
        // A place line between the agency and the date; a newsroom signing for its outlet.
        (
            "Cruces por el Darién caen\nEFE\nCiudad de Panamá\njueves 6 de marzo de 2025\n\nUnos \
             2.400 migrantes cruzaron la selva del Darién hacia Panamá en febrero, según el SNM.\n",
            "EFE",
        ),
        (
            "Presupuesto 2026\nGestión\nRedacción Gestión\njueves, 28 de agosto de 2025 | 18:45 h\n\n\
             El Ministerio de Economía elevó a S/ 258.100 millones el proyecto de presupuesto.\n",
            "Gestión",
        ),
    ] {
        let doc = parse(text);
        assert_eq!(doc.outlet.as_deref(), Some(outlet), "{text}");
    }
    // A picture's credit is no outlet.
    let doc = parse(
        "Storm kills 12\n\n13 May 2024\n\nPhoto: AFP\n\nA storm killed 12 people on Monday in \
         the north of the country, officials said.\n",
    );
    assert_eq!(doc.outlet, None);
    // A short label line that is no outlet stays unnamed.
    let doc = parse(
        "Lisbon housing protest draws 50,000\n\nWorld news\n\nSunday, 15 October 2023\n\n\
         About 50,000 people protested in Lisbon on Saturday, police said.\n",
    );
    assert_eq!(doc.outlet, None);
}

#[test]
fn a_wire_dateline_without_a_date_or_alone_on_its_line_credits_the_agency() {
    for (text, outlet) in [
        (
            "Tech giant to cut jobs\n\nSAN FRANCISCO (AP) — Cloudware said Tuesday it would \
             eliminate about 4,000 jobs.\n",
            "AP",
        ),
        (
            "Prices climb\n\nWASHINGTON, D.C. (AFP) — Prices rose 3% in May, officials said.\n",
            "AFP",
        ),
        (
            "Turismo récord\n\nMADRID, 3 Feb. (EUROPA PRESS) -\n\nEspaña recibió 93,8 millones \
             de turistas internacionales en 2024.\n",
            "EUROPA PRESS",
        ),
    ] {
        let doc = parse(text);
        assert_eq!(doc.outlet.as_deref(), Some(outlet), "{text}");
        // The dateline is page furniture: the body starts after it.
        let first = &doc.sentences[0];
        let sentence = &doc.text[first.start..first.end];
        assert!(!sentence.contains('('), "{sentence}");
    }
    // A name in parentheses at the top of prose is no dateline.
    for text in [
        "Short\n\nThe Mayor (Democrat) - said 3 people died.\n",
        "Short\n\nNASA (the agency) - said 3 people died.\n",
    ] {
        let doc = parse(text);
        assert_eq!(doc.outlet, None, "{text}");
        let dateline = doc
            .furniture
            .iter()
            .any(|f| f.kind == FurnitureKind::Dateline);
        assert!(!dateline, "{text}");
    }
}

#[test]
fn a_sentence_before_a_phone_is_kept_and_a_newsletter_invitation_is_furniture() {
    let doc = parse(include_str!("articles/crash_web_en.txt"));
    let claims = crosscheck_engine::claims::extract(&doc);
    let quotes: Vec<&str> = claims.iter().map(|c| c.quote.as_str()).collect();
    // "The bus was carrying 42 passengers, … Call 1-800-555-0199 for information.": the line is
    // more than a contact line; "Get the top 5 stories delivered daily." follows a sign-up.
    assert_eq!(quotes, ["At least 17", "42"]);
    assert_eq!(doc.outlet.as_deref(), Some("CNN"));
    // Prose that starts like an invitation is prose.
    let doc = parse("Subs\n\nSubscribers rose 5% to 2 million, the newsletter company said.\n");
    assert!(doc
        .furniture
        .iter()
        .all(|f| f.kind != FurnitureKind::Prompt));
}

#[test]
fn a_copyright_line_names_the_publisher_when_nothing_else_does() {
    let doc = parse(include_str!("articles/crash_web_es.txt"));
    assert_eq!(doc.outlet.as_deref(), Some("Diario Ejemplo"));
    let claims = crosscheck_engine::claims::extract(&doc);
    let quotes: Vec<&str> = claims.iter().map(|c| c.quote.as_str()).collect();
    // The newsletter's "10 noticias" and the phone number are furniture.
    assert_eq!(quotes, ["15", "23", "42"]);
    let doc = parse(
        "Title here\n\nSome 5 people came.\n\nCopyright 2025 The Associated Press. All rights \
         reserved.\n",
    );
    assert_eq!(doc.outlet.as_deref(), Some("The Associated Press"));
}

#[test]
fn a_broadcaster_known_by_its_initials_is_the_outlet() {
    for name in ["CNBC", "RTVE", "NPR"] {
        let doc = parse(&format!(
            "GDP growth revised up to 3.8%\n{name}\nThursday, September 25, 2025\n\nGross \
             domestic product increased at a 3.8% pace in the second quarter.\n"
        ));
        assert_eq!(doc.outlet.as_deref(), Some(name));
    }
}

#[test]
fn a_place_date_and_time_zone_line_is_the_dateline_beside_the_outlet() {
    let doc = parse(
        "España bate récord de turistas en 2023\nEl País\nMadrid - 2 feb 2024 - 10:32 CET\n\n\
         España recibió 85,1 millones de turistas internacionales en 2023, según el INE.\n",
    );
    assert_eq!(doc.outlet.as_deref(), Some("El País"));
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2024-02-02")
    );
}

#[test]
fn a_page_pasted_with_its_menus_keeps_its_headline_as_the_title() {
    let doc = parse(
        "Skip to main content\nSkip to navigation\nSign in\nSearch jobs\nUS edition\nThe \
         Guardian - Back to home\nNews\nOpinion\nSport\nWorld\nEurope\n\nWildfires\nGreece \
         wildfires: thousands evacuated as blazes rage near Athens\nFirefighters battle flames \
         on several fronts as winds fan the fires\n\nHelena Smith in Athens\nMon 12 Aug 2024 \
         09.14 BST\n\nShare\n\nThousands of people have been evacuated as wildfires rage north \
         of Athens, with more than 700 firefighters battling the flames, Greek authorities said \
         on Monday.\n\nMost viewed\n",
    );
    assert_eq!(
        doc.title,
        "Greece wildfires: thousands evacuated as blazes rage near Athens"
    );
}

#[test]
fn a_spanish_page_s_masthead_and_menus_are_no_title() {
    let doc = parse(
        "Ir al contenido\nSuscríbete\nIniciar sesión\nEL PAÍS\nEspaña\nInternacional\n\n\
         INCENDIOS FORESTALES\nEl incendio de Las Hurdes obliga a desalojar a 1.200 vecinos\n\
         La Junta de Extremadura mantiene activo el nivel 2 de emergencia\n\nLucía Franco\n\
         Cáceres - 14 ago 2025 - 11:20 CEST\n\nEl incendio declarado el martes ha calcinado ya \
         unas 9.000 hectáreas, según la Junta de Extremadura.\n\nArchivado En\nLo más visto\n",
    );
    assert_eq!(
        doc.title,
        "El incendio de Las Hurdes obliga a desalojar a 1.200 vecinos"
    );
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2025-08-14")
    );
}
