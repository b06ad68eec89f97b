//! The findings board: every finding, most important first (conflicts and inconsistencies, then by
//! confidence), filtered by kind and article and searched by word.

use super::finding_card;
use crate::hooks::{use_app, use_settled};
use crate::i18n::Msg;
use crate::state::Action;
use crate::view::{self, kind_code, ordered, KINDS};
use crosscheck_engine::case::Lowercase;
use crosscheck_engine::findings::Finding;
use crosscheck_engine::Corpus;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Cards rendered in the first paint, before the page has settled.
const FIRST_PAINT: usize = 4;

/// Whether `f` mentions every word of `query` (explanation in either language, measure, quotes,
/// sentences, outlets).
fn matches(corpus: &Corpus, f: &Finding, query: &str) -> bool {
    let q = query.trim().lowercase();
    if q.is_empty() {
        return true;
    }
    let mut hay = format!(
        "{} {} {} {}",
        f.explanation, f.explanation_es, f.measure, f.measure_es
    );
    for id in &f.claims {
        if let Some(c) = view::claim(corpus, id) {
            hay.push(' ');
            hay.push_str(&c.text);
            if let Some(o) = corpus.document(&c.doc).and_then(|d| d.outlet.as_deref()) {
                hay.push(' ');
                hay.push_str(o);
            }
        }
    }
    let hay = hay.lowercase();
    q.split_whitespace().all(|w| hay.contains(w))
}

/// The board with its filters.
#[component]
pub fn FindingsBoard() -> Html {
    let state = use_app();
    let lang = state.lang;
    let corpus = state.corpus.borrow();
    let filter = state.filter.clone();
    let all = ordered(corpus.findings());
    let total = all.iter().filter(|f| !state.dismissed(f)).count();
    let shown: Vec<&Finding> = all
        .into_iter()
        .filter(|f| filter.show_dismissed || !state.dismissed(f))
        .filter(|f| filter.kind.is_none_or(|k| f.kind == k))
        .filter(|f| {
            filter.doc.as_deref().is_none_or(|d| {
                let prefix = format!("{d}#");
                f.claims.iter().any(|c| c.starts_with(&prefix))
            })
        })
        .filter(|f| matches(&corpus, f, &filter.query))
        .collect();

    // The first paint shows the most important cards; the rest follow a frame later.
    let settled = use_settled();
    let limit = if *settled { usize::MAX } else { FIRST_PAINT };
    {
        let focus = state.focus_finding.clone();
        use_effect_with(focus, |focus| {
            if let Some(id) = focus {
                crate::web::reveal(&view::dom_id("cc-f-", id));
            }
        });
    }
    {
        let painted = !corpus.findings().is_empty();
        use_effect_with(painted, |painted| {
            if *painted {
                crate::web::mark("cc-findings-painted");
            }
        });
    }

    let on_kind = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            s.dispatch(Action::FilterKind(
                KINDS.iter().copied().find(|k| kind_code(*k) == v),
            ));
        })
    };
    let on_doc = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            s.dispatch(Action::FilterDoc((!v.is_empty()).then_some(v)));
        })
    };
    let on_query = {
        let s = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                s.dispatch(Action::Search(input.value()));
            }
        })
    };
    let on_dismissed = {
        let s = state.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            s.dispatch(Action::ShowDismissed(on));
        })
    };
    let kind_options = KINDS.iter().map(|k| {
        let n = corpus.findings().iter().filter(|f| f.kind == *k && !state.dismissed(f)).count();
        html! {
            <option value={kind_code(*k)} selected={filter.kind == Some(*k)}>{ format!("{} ({n})", lang.kind(*k)) }</option>
        }
    });
    let doc_options = corpus.documents().iter().map(|d| {
        let label = format!("{} — {}", view::outlet(Some(d), lang), d.title);
        html! { <option value={d.id.clone()} selected={filter.doc.as_deref() == Some(d.id.as_str())}>{ label }</option> }
    });
    let dismissed_count = corpus
        .findings()
        .iter()
        .filter(|f| state.dismissed(f))
        .count();
    html! {
        <section class="cc-board" aria-labelledby="cc-board-h">
            <h2 id="cc-board-h">{ lang.t(Msg::Findings) }<span class="cc-h-count">{ total }</span></h2>
            <div class="cc-filters" role="search">
                <label class="cc-field">
                    <span>{ lang.t(Msg::FilterKind) }</span>
                    <select class="cc-filter-kind" onchange={on_kind}>
                        <option value="" selected={filter.kind.is_none()}>{ lang.t(Msg::All) }</option>
                        { for kind_options }
                    </select>
                </label>
                <label class="cc-field">
                    <span>{ lang.t(Msg::FilterArticle) }</span>
                    <select class="cc-filter-doc" onchange={on_doc}>
                        <option value="" selected={filter.doc.is_none()}>{ lang.t(Msg::AllArticles) }</option>
                        { for doc_options }
                    </select>
                </label>
                <label class="cc-field cc-field-grow">
                    <span>{ lang.t(Msg::FilterSearch) }</span>
                    <input type="search" class="cc-search" value={filter.query.clone()}
                        placeholder={lang.t(Msg::SearchPlaceholder)} oninput={on_query} />
                </label>
                if dismissed_count > 0 {
                    <label class="cc-check">
                        <input type="checkbox" checked={filter.show_dismissed} onchange={on_dismissed} />
                        { format!("{} ({dismissed_count})", lang.t(Msg::ShowDismissed)) }
                    </label>
                }
            </div>
            <p class="cc-shown" aria-live="polite">{ lang.f(Msg::ShownOf, &[&shown.len().to_string(), &total.to_string()]) }</p>
            if shown.is_empty() {
                <p class="cc-empty">{ lang.t(Msg::NoFindings) }</p>
            }
            <ol class="cc-findings">
                { for shown.iter().take(limit).map(|f| html! {
                    <li key={f.id.clone()}>{ finding_card(&state, f, true) }</li>
                }) }
            </ol>
        </section>
    }
}
