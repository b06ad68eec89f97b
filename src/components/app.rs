//! The root component: header, the corpus list and the article reader.

use super::{ArticleList, ArticleView};
use crate::hooks::use_app_state;
use crate::state::Action;
use yew::prelude::*;

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_app_state();
    let on_select = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::Select(id)))
    };
    let on_close = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::CloseReader))
    };
    let selected = state
        .selected
        .as_deref()
        .and_then(|id| state.corpus.document(id));
    html! {
        <div class="cc-app">
            <header class="cc-header">
                <h1>{ "Crosscheck" }</h1>
                <p class="cc-tagline">{ "Where news sources agree, conflict, or change their figures — checked in your browser." }</p>
            </header>
            <main class="cc-main">
                <ArticleList corpus={state.corpus.clone()} selected={state.selected.clone()} {on_select} />
                {
                    match selected {
                        Some(doc) => html! { <ArticleView document={doc.clone()} {on_close} /> },
                        None => html! { <p class="cc-hint">{ "Select an article to read it." }</p> },
                    }
                }
            </main>
        </div>
    }
}
