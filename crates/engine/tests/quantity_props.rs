//! Property tests: the recognizer never panics and its spans are always valid.

use crosscheck_engine::lang::Lang;
use crosscheck_engine::quantity::{
    extract, infer_decimal_mark, DecimalMark, NumberContext, Quantity,
};
use proptest::prelude::*;

fn contexts() -> [NumberContext; 3] {
    [
        NumberContext::english(),
        NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Comma,
            peso: None,
        },
        NumberContext {
            lang: Lang::Es,
            decimal: DecimalMark::Point,
            peso: None,
        },
    ]
}

fn check_spans(text: &str, qs: &[Quantity]) {
    for q in qs {
        assert!(q.start < q.end && q.end <= text.len(), "bad span {q:?}");
        assert!(
            text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
            "not on char boundary {q:?}"
        );
        assert_eq!(&text[q.start..q.end], q.text);
    }
}

fn run_all(text: &str) {
    for ctx in contexts() {
        let qs = extract(text, &ctx);
        check_spans(text, &qs);
    }
    let _ = infer_decimal_mark(text, &Lang::Es, Some("es-MX"));
    let _ = infer_decimal_mark(text, &Lang::En, None);
}

/// Fragments that exercise the recognizer's grammar, glued together at random.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1,200".to_string()),
        Just("2.5".to_string()),
        Just(" million ".to_string()),
        Just(" mil millones ".to_string()),
        Just("$".to_string()),
        Just("US$".to_string()),
        Just("%".to_string()),
        Just(" por ciento".to_string()),
        Just(" between ".to_string()),
        Just(" and ".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just(" more than ".to_string()),
        Just(" three fifths ".to_string()),
        Just(" y medio ".to_string()),
        Just(" twenty-one ".to_string()),
        Just("1e".to_string()),
        Just("^".to_string()),
        Just("+1 ".to_string()),
        Just("(55) ".to_string()),
        Just("é".to_string()),
        Just("😀".to_string()),
        Just("\u{202f}".to_string()),
        Just("\u{0}".to_string()),
        Just("שלום".to_string()),
        Just("\n1. ".to_string()),
        Just("13 May 2024".to_string()),
        Just("09:46".to_string()),
        Just("3º".to_string()),
        "[0-9]{1,25}",
        "[0-9.,]{1,12}",
        "\\PC{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC*") {
        run_all(&s);
    }

    #[test]
    fn any_unicode_never_panics(s in any::<String>()) {
        run_all(&s);
    }

    #[test]
    fn grammar_soup_never_panics(parts in prop::collection::vec(fragment(), 0..24)) {
        let s: String = parts.concat();
        run_all(&s);
    }
}

#[test]
fn ten_megabytes_of_digits() {
    let s = "7".repeat(10 * 1024 * 1024);
    run_all(&s);
    let s = "1,234".repeat(2 * 1024 * 1024);
    run_all(&s);
}

#[test]
fn nul_emoji_rtl() {
    let s = "\u{0}12\u{0} 😀 3,5 מיליון \u{200f}٣٤٥ 😀😀 $\u{0}4 \u{202e}1.200\u{202c} ½ %\u{0}";
    run_all(s);
    let q = extract("😀 300 😀", &NumberContext::english());
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "300");
}
