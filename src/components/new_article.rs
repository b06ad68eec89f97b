//! After an article is added: its findings against the corpus, shown first ("this article disagrees
//! with 2 sources on …").

use super::finding_card;
use crate::hooks::use_app;
use crate::i18n::Msg;
use crate::state::Action;
use crate::view::{self, ordered};
use crosscheck_engine::findings::FindingKind;
use yew::prelude::*;

/// The summary of the article added last.
#[component]
pub fn NewArticle() -> Html {
    let state = use_app();
    let lang = state.lang;
    let corpus = state.corpus.borrow();
    let id = state.last_added.clone().unwrap_or_default();
    use_effect_with(id.clone(), |_| {
        crate::web::mark("cc-added-painted");
        crate::web::reveal("cc-new-h");
    });
    let Some(doc) = corpus.document(&id) else {
        return html! {};
    };
    let prefix = format!("{id}#");
    let mine: Vec<_> = ordered(corpus.findings())
        .into_iter()
        .filter(|f| f.claims.iter().any(|c| c.starts_with(&prefix)))
        .collect();
    let others = |kinds: &[FindingKind]| {
        let fs: Vec<_> = mine.iter().filter(|f| kinds.contains(&f.kind)).collect();
        let mut docs: Vec<String> = fs
            .iter()
            .flat_map(|f| f.claims.iter())
            .filter(|c| !c.starts_with(&prefix))
            .filter_map(|c| view::claim(&corpus, c).map(|c| c.doc.clone()))
            .collect();
        view::sort(&mut docs);
        docs.dedup();
        let mut measures: Vec<String> = fs
            .iter()
            .map(|f| view::measure(f, lang).to_string())
            .collect();
        measures.dedup();
        (docs.len(), measures.join("; "))
    };
    let (n_disagree, on_disagree) = others(&[FindingKind::Conflict, FindingKind::Discrepancy]);
    let (n_agree, on_agree) = others(&[FindingKind::Corroboration]);
    let close = {
        let s = state.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            s.dispatch(Action::Open {
                doc: id.clone(),
                claim: None,
            })
        })
    };
    html! {
        <section class="cc-new" aria-labelledby="cc-new-h">
            <h2 id="cc-new-h" tabindex="-1">{ lang.f(Msg::NewArticle, &[&doc.title]) }</h2>
            if n_disagree > 0 {
                <p class="cc-new-summary cc-new-disagree">{ lang.f(Msg::DisagreesWith, &[&view::sources(lang, n_disagree), &on_disagree]) }</p>
            }
            if n_agree > 0 {
                <p class="cc-new-summary">{ lang.f(Msg::AgreesWith, &[&view::sources(lang, n_agree), &on_agree]) }</p>
            }
            if mine.is_empty() {
                <p class="cc-new-summary">{ lang.t(Msg::NothingFound) }</p>
            }
            <ol class="cc-findings cc-new-findings">
                { for mine.iter().map(|f| html! { <li key={f.id.clone()}>{ finding_card(&state, f, false) }</li> }) }
            </ol>
            <button type="button" class="cc-btn" onclick={close}>{ lang.t(Msg::ReadInArticle) }</button>
        </section>
    }
}
