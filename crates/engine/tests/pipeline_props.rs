//! Property tests of the whole pipeline: any text, however odd, becomes a document, claims and
//! findings without panicking, and every claim quotes the original text exactly.

use crosscheck_engine::{seeds, Corpus, DocumentMeta};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The seed corpus, analysed once and cloned for each case.
fn seeded() -> Corpus {
    static SEEDED: OnceLock<Corpus> = OnceLock::new();
    SEEDED.get_or_init(seeds::corpus).clone()
}

/// Text made of news-like pieces (figures, hedges, currencies, dates, names) in random order,
/// with random characters mixed in, so the rules meet odd combinations of what they look for.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("more than 3,650".to_string()),
        Just("about US$22.87 million".to_string()),
        Just("2.019 millones de pesos".to_string()),
        Just("(the statement says there are 768)".to_string()),
        Just("since 2002".to_string()),
        Just("last Friday".to_string()),
        Just("según la policía".to_string()),
        Just("while organizers said".to_string()),
        Just("Cuban doctors".to_string()),
        Just("per 1,000 inhabitants".to_string()),
        Just("rose to".to_string()),
        Just("no metrics regarding the productivity".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        "[0-9.,%$€ ]{1,12}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_text_is_analysed_without_panic(text in newsish()) {
        let mut corpus = seeded();
        corpus.add("pasted", &text, &DocumentMeta::default());
        let doc = corpus.document("pasted").expect("added");
        for claim in corpus.claims().iter().filter(|c| c.doc == "pasted") {
            prop_assert!(doc.text.is_char_boundary(claim.start) && doc.text.is_char_boundary(claim.end));
            prop_assert_eq!(&doc.text[claim.start..claim.end], claim.quote.as_str());
        }
        for finding in corpus.findings() {
            prop_assert!(!finding.explanation.is_empty());
            prop_assert!(!finding.explanation_es.is_empty());
            prop_assert!((0.0..=1.0).contains(&finding.confidence));
        }
        prop_assert!(corpus.remove("pasted"));
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let mut corpus = Corpus::new();
        corpus.add("a", &text, &DocumentMeta { lang: Some("es-MX".into()), ..DocumentMeta::default() });
        corpus.add("b", &text, &DocumentMeta::default());
        let _ = corpus.analysis();
    }
}
