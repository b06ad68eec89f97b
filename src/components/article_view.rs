//! The article reader: the full text of one document, paragraph by paragraph.

use crosscheck_engine::Document;
use yew::prelude::*;

/// Properties of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The document to show.
    pub document: Document,
    /// Called when the reader closes it.
    pub on_close: Callback<()>,
}

/// One article's text.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let doc = &props.document;
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <article class="cc-reader" aria-label={doc.title.clone()}>
            <button type="button" class="cc-close" onclick={on_close}>{ "Back to overview" }</button>
            <h2>{ doc.title.clone() }</h2>
            <p class="cc-meta">
                { doc.outlet.clone().unwrap_or_default() }
                { doc.published.map(|d| format!(" · {d}")).unwrap_or_default() }
            </p>
            { for doc.text.split("\n\n").filter(|p| !p.trim().is_empty()).map(|p| html! { <p>{ p.trim() }</p> }) }
        </article>
    }
}
