//! Browser tests of the Yew app, run by `wasm-bindgen-test` in headless Chromium
//! (`scripts/test` sets the runner and chromedriver).
#![cfg(target_arch = "wasm32")]

use crosscheck_web::components::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, attached to the page's body.
fn mount_point(id: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    root.set_id(id);
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn lists_the_five_seed_articles_with_outlet_and_date() {
    let root = mount_point("list-test");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let items = root.query_selector_all(".cc-article").unwrap();
    assert_eq!(items.length(), 5, "one entry per seed article");
    let text = root.text_content().unwrap_or_default();
    for outlet in ["CiberCuba", "TeleSur", "14ymedio"] {
        assert!(text.contains(outlet), "outlet {outlet} listed in {text}");
    }
    assert!(text.contains("13 May 2024"), "the 14ymedio piece is dated");
}

#[wasm_bindgen_test]
async fn selecting_an_article_shows_its_text() {
    let root = mount_point("select-test");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let button = root
        .query_selector(".cc-article button")
        .unwrap()
        .expect("an article button")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;

    let reader = root
        .query_selector(".cc-reader")
        .unwrap()
        .expect("the reader opens");
    let text = reader.text_content().unwrap_or_default();
    assert!(
        text.contains("Cuban doctors"),
        "the article's text is shown: {text}"
    );
}

#[wasm_bindgen_test]
async fn the_findings_board_puts_conflicts_first() {
    let root = mount_point("board-test");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let first = root
        .query_selector(".cc-board .cc-card")
        .unwrap()
        .expect("a finding card");
    assert_eq!(
        first.get_attribute("data-kind").as_deref(),
        Some("conflict")
    );
    let text = root
        .query_selector(".cc-board")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert!(text.contains("806") && text.contains("768"), "{text}");
}

#[wasm_bindgen_test]
fn saved_data_is_read_forgivingly() {
    use crosscheck_web::state::Store;
    let raw = r#"{"version":1,"articles":[{"id":"a","text":"Some text."},{"id":5},{"id":"b","text":"  "}],"judgements":[{"type":"nonsense"}]}"#;
    let (store, skipped) = Store::parse(raw).expect("a store");
    assert_eq!(store.articles.len(), 1);
    assert_eq!(skipped, 3);
    assert!(Store::parse("{not json").is_err());
}

#[wasm_bindgen_test]
fn numbers_follow_the_interface_language() {
    use crosscheck_web::i18n::UiLang;
    assert_eq!(UiLang::En.number(2700.0), "2,700");
    assert_eq!(UiLang::Es.number(2700.0), "2.700");
    assert_eq!(UiLang::En.number(22_870_000.0), "22,870,000");
    assert_eq!(UiLang::En.number(806.0), "806");
    assert_eq!(UiLang::Es.number(2.4), "2,4");
    assert_eq!(UiLang::from_tag("es-MX"), UiLang::Es);
}

#[wasm_bindgen_test]
fn a_panic_message_is_readable() {
    crosscheck_web::panic::show("test message");
    let document = web_sys::window().unwrap().document().unwrap();
    let alert = document
        .get_element_by_id("crosscheck-fatal")
        .expect("the alert is in the page");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(alert.text_content().as_deref(), Some("test message"));
}

#[wasm_bindgen_test]
fn the_seeds_analysed_at_build_time_are_the_engine_s_analysis() {
    // build.rs extracts the seeds' documents and claims natively; the page indexes them. The result
    // must be exactly what analysing the seeds here, in wasm, gives.
    let stored = crosscheck_web::seed_data::corpus();
    let analysed = crosscheck_engine::seeds::corpus();
    assert_eq!(stored.documents(), analysed.documents());
    assert_eq!(stored.claims(), analysed.claims());
    assert_eq!(stored.findings(), analysed.findings());
    assert!(!stored.findings().is_empty());
}
