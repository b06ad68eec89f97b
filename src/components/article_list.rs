//! The corpus as a list of articles: outlet, date, language, claim count and findings by kind;
//! opening one shows it in the reader, the reader's own articles can be removed, and the corpus can
//! be reset to the seeds in one click.

use crate::hooks::AppHandle;
use crate::i18n::Msg;
use crate::state::Action;
use crate::view::{class_list, kind_class, when, KINDS};
use yew::prelude::*;

/// The list of articles in the corpus (a plain function the root calls, like
/// [`super::lang_switch`]).
pub fn article_list(state: &AppHandle) -> Html {
    let lang = state.lang;
    let corpus = state.corpus.borrow();
    let findings: Vec<_> = corpus
        .findings()
        .iter()
        .filter(|f| !state.dismissed(f))
        .collect();
    let items = corpus.documents().iter().map(|doc| {
        let id = doc.id.clone();
        let claims = corpus.claims().iter().filter(|c| c.doc == doc.id).count();
        let prefix = format!("{}#", doc.id);
        let mine: Vec<_> = findings
            .iter()
            .filter(|f| f.claims.iter().any(|c| c.starts_with(&prefix)))
            .collect();
        let badges = KINDS.iter().filter_map(|k| {
            let n = mine.iter().filter(|f| f.kind == *k).count();
            (n > 0).then(|| html! {
                <li class={class_list(&["cc-badge", kind_class(*k)])}>
                    <span class="cc-badge-n">{ n }</span>{ " " }{ lang.kind(*k) }
                </li>
            })
        });
        let open = {
            let s = state.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| s.dispatch(Action::Open { doc: id.clone(), claim: None }))
        };
        let user = state.is_user_article(&doc.id);
        let remove = user.then(|| {
            let s = state.clone();
            let id = id.clone();
            let label = lang.f(Msg::RemoveArticle, &[&doc.title]);
            html! {
                <button type="button" class="cc-btn cc-btn-quiet cc-remove" aria-label={label}
                    onclick={Callback::from(move |_: MouseEvent| s.dispatch(Action::Remove(id.clone())))}>
                    { lang.t(Msg::Remove) }
                </button>
            }
        });
        let date = doc.published.map(|d| lang.date(d)).unwrap_or_else(|| lang.t(Msg::Undated).into());
        let outlet = doc.outlet.clone().filter(|o| !o.is_empty()).unwrap_or_else(|| lang.t(Msg::UnknownOutlet).into());
        let is_new = state.last_added.as_deref() == Some(doc.id.as_str());
        html! {
            <li class={class_list(&["cc-article", when(user, "cc-article-user"), when(is_new, "cc-article-new")])}
                data-doc={doc.id.clone()} key={doc.id.clone()}>
                <button type="button" class="cc-article-open" onclick={open}>
                    <span class="cc-article-meta">
                        <span class="cc-outlet">{ outlet }</span>
                        <span class="cc-dot" aria-hidden="true">{ "·" }</span>
                        <time class="cc-date">{ date }</time>
                        <span class="cc-dot" aria-hidden="true">{ "·" }</span>
                        <span class="cc-lang-code">{ doc.lang.code().to_ascii_uppercase() }</span>
                        if user { <span class="cc-yours">{ lang.t(Msg::YourArticle) }</span> }
                    </span>
                    <span class="cc-title">{ doc.title.clone() }</span>
                </button>
                <div class="cc-article-foot">
                    <span class="cc-count">{ lang.f(Msg::ClaimsCount, &[&claims.to_string()]) }</span>
                    <ul class="cc-badges" aria-label={lang.t(Msg::Findings)}>{ for badges }</ul>
                    { for remove }
                </div>
            </li>
        }
    });
    let can_reset = !state.articles.is_empty() || !state.judgements.is_empty();
    let reset = {
        let s = state.clone();
        Callback::from(move |_: MouseEvent| {
            let lang = s.lang;
            s.dispatch(Action::Reset);
            s.dispatch(Action::Notify(crate::state::Notice {
                error: false,
                text: lang.t(Msg::ResetDone).into(),
            }));
        })
    };
    html! {
        <section class="cc-articles" aria-labelledby="cc-articles-h">
            <h2 id="cc-articles-h">{ lang.t(Msg::Articles) }<span class="cc-h-count">{ corpus.documents().len() }</span></h2>
            <ul class="cc-article-list">{ for items }</ul>
            if can_reset {
                <button type="button" class="cc-btn cc-reset" onclick={reset}>{ lang.t(Msg::ResetSeeds) }</button>
            }
        </section>
    }
}
