//! The corpus as a list of articles: outlet, date and title; selecting one opens it.

use crosscheck_engine::Corpus;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ArticleList`].
#[derive(Properties)]
pub struct ArticleListProps {
    /// The corpus to list.
    pub corpus: Rc<Corpus>,
    /// The open document's id.
    pub selected: Option<String>,
    /// Called with a document id when the reader picks it.
    pub on_select: Callback<String>,
}

impl PartialEq for ArticleListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && self.selected == other.selected
            && self.on_select == other.on_select
    }
}

/// The list of articles in the corpus.
#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    html! {
        <section class="cc-articles" aria-label="Articles">
            <h2>{ "Articles" }</h2>
            <ul class="cc-article-list">
            { for props.corpus.documents().iter().map(|doc| {
                let id = doc.id.clone();
                let on_select = props.on_select.clone();
                let current = props.selected.as_deref() == Some(doc.id.as_str());
                let date = doc.published.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
                html! {
                    <li class={classes!("cc-article", current.then_some("cc-current"))} data-doc={doc.id.clone()}>
                        <button type="button" aria-pressed={current.to_string()}
                            onclick={Callback::from(move |_| on_select.emit(id.clone()))}>
                            <span class="cc-outlet">{ doc.outlet.clone().unwrap_or_else(|| "Unknown outlet".into()) }</span>
                            <time class="cc-date">{ date }</time>
                            <span class="cc-title">{ doc.title.clone() }</span>
                        </button>
                    </li>
                }
            }) }
            </ul>
        </section>
    }
}
