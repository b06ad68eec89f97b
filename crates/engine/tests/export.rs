//! Exports: the analysis JSON with judgements, claims as CSV, and W3C Web Annotations.

use crosscheck_engine::export::annotations::{code_points, quote, web_annotations};
use crosscheck_engine::export::csv::{claims_csv, field, COLUMNS};
use crosscheck_engine::export::{analysis_json, is_dismissed, Judgement};
use crosscheck_engine::{seeds, Corpus, DocumentMeta};

#[test]
fn analysis_json_keeps_the_contract_and_adds_judgements() {
    let corpus = seeds::corpus();
    let f = corpus.findings()[0].clone();
    let claim = corpus.claims()[0].id.clone();
    let judgements = vec![
        Judgement::DismissFinding {
            kind: f.kind,
            claims: f.claims.clone(),
        },
        Judgement::CorrectClaim {
            claim: claim.clone(),
            value: Some(42.0),
            measure: None,
        },
    ];
    assert!(is_dismissed(&judgements, &f));
    let json: serde_json::Value =
        serde_json::from_str(&analysis_json(&corpus.analysis(), &judgements)).unwrap();
    assert_eq!(json["schema_version"], "1.0");
    assert_eq!(json["documents"].as_array().unwrap().len(), 5);
    assert_eq!(
        json["findings"].as_array().unwrap().len(),
        corpus.findings().len()
    );
    let j = json["judgements"].as_array().unwrap();
    assert_eq!(j[0]["type"], "dismiss_finding");
    assert_eq!(j[0]["finding"], f.id.as_str());
    assert_eq!(j[1]["type"], "correct_claim");
    assert_eq!(j[1]["claim"], claim.as_str());
    assert_eq!(j[1]["value"], 42.0);
    assert!(j[1].get("measure").is_none());
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let corpus = seeds::corpus();
    let csv = claims_csv(&corpus, &[]);
    let mut lines = csv.split("\r\n").filter(|l| !l.is_empty());
    assert_eq!(lines.next().unwrap(), COLUMNS.replace('|', ","));
    // Rows may contain quoted line breaks only inside quotes; seeds have none in sentences.
    assert_eq!(lines.count(), corpus.claims().len());
    assert!(csv.contains("806"));
}

#[test]
fn csv_quotes_fields_and_defuses_formulas() {
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("plain"), "plain");
    let mut corpus = Corpus::new();
    corpus.add(
        "x",
        "=Formula Times\n\nThe ministry said 300 nurses, \"all trained\", arrived in 2024.\n",
        &DocumentMeta {
            outlet: Some("=HYPERLINK(\"http://evil\")".into()),
            ..DocumentMeta::default()
        },
    );
    let csv = claims_csv(&corpus, &[]);
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}

#[test]
fn positions_count_code_points_and_quotes_have_context() {
    let text = "Médicos: ¡806 más!";
    let start = text.find("806").unwrap();
    assert_eq!(start, 12);
    assert_eq!(code_points(text, start), 10);
    let (exact, prefix, suffix) = quote(text, start, start + 3);
    assert_eq!(exact, "806");
    assert_eq!(prefix, "Médicos: ¡");
    assert_eq!(suffix, " más!");
    // A byte inside a character is clamped back to its start.
    assert_eq!(code_points(text, 2), 1);
}

#[test]
fn annotations_are_web_annotation_json_ld() {
    let corpus = seeds::corpus();
    let out: serde_json::Value = serde_json::from_str(&web_annotations(&corpus, &[])).unwrap();
    assert_eq!(out["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(out["type"], "AnnotationCollection");
    let items = out["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), corpus.claims().len());
    for (item, claim) in items.iter().zip(corpus.claims()) {
        let doc = corpus.document(&claim.doc).unwrap();
        let sel = item["target"]["selector"].as_array().unwrap();
        assert_eq!(sel[0]["type"], "TextQuoteSelector");
        assert_eq!(sel[0]["exact"], claim.quote.as_str());
        assert_eq!(sel[1]["type"], "TextPositionSelector");
        let (s, e) = (
            sel[1]["start"].as_u64().unwrap() as usize,
            sel[1]["end"].as_u64().unwrap() as usize,
        );
        let chars: String = doc.text.chars().skip(s).take(e - s).collect();
        assert_eq!(chars, claim.quote, "code point positions select the quote");
        assert!(item["id"]
            .as_str()
            .unwrap()
            .starts_with("urn:crosscheck:claim:"));
    }
}

#[test]
fn annotations_carry_each_finding_in_english_and_spanish() {
    let corpus = seeds::corpus();
    let f = corpus.findings()[0].clone();
    let judgements = vec![Judgement::DismissFinding {
        kind: f.kind,
        claims: f.claims.clone(),
    }];
    let out: serde_json::Value =
        serde_json::from_str(&web_annotations(&corpus, &judgements)).unwrap();
    let items = out["first"]["items"].as_array().unwrap();
    let assessing = |item: &serde_json::Value, lang: &str| -> Vec<String> {
        item["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["purpose"] == "assessing" && b["language"] == lang)
            .map(|b| b["value"].as_str().unwrap().to_string())
            .collect()
    };
    let mut seen = 0;
    for (item, claim) in items.iter().zip(corpus.claims()) {
        let findings: Vec<_> = corpus
            .findings()
            .iter()
            .filter(|x| x.claims.contains(&claim.id))
            .collect();
        let (en, es) = (assessing(item, "en"), assessing(item, "es"));
        assert_eq!(en.len(), findings.len(), "{}", claim.id);
        assert_eq!(es.len(), findings.len(), "{}", claim.id);
        for body in item["body"].as_array().unwrap() {
            assert_eq!(body["type"], "TextualBody");
            if body["purpose"] == "assessing" {
                assert!(body["language"] == "en" || body["language"] == "es");
            }
        }
        for x in findings {
            let dismissed = x.id == f.id;
            let (want_en, want_es) = if dismissed {
                (
                    format!("Dismissed by the reader: {}", x.explanation),
                    format!("Descartado por el lector: {}", x.explanation_es),
                )
            } else {
                (x.explanation.clone(), x.explanation_es.clone())
            };
            assert!(en.contains(&want_en), "{want_en}");
            assert!(es.contains(&want_es), "{want_es}");
            seen += 1;
        }
    }
    assert!(seen > 10);
}
