//! The root component: provides the app state, restores and saves the reader's data, and lays out
//! the header, navigation, messages and the current view.

use super::{
    article_list, export_panel, lang_switch, notice_bar, AddArticle, ArticleView, FindingsBoard,
    NewArticle, Timelines,
};
use crate::hooks::{use_app_state, use_storage, AppHandle};
use crate::i18n::Msg;
use crate::state::{Action, View};
use crate::view::{class_list, when};
use yew::prelude::*;

/// The whole page.
#[component]
pub fn App() -> Html {
    let state = use_app_state();
    use_storage(state.clone());
    let lang = state.lang;
    let nav = |view: View, msg: Msg| {
        let current = matches!(
            (&state.view, &view),
            (View::Add, View::Add) | (View::Overview | View::Reader { .. }, View::Overview)
        );
        let s = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            s.dispatch(match view {
                View::Add => Action::ShowAdd,
                _ => Action::ShowOverview,
            })
        });
        html! {
            <button type="button" class={class_list(&["cc-tab", when(current, "cc-tab-current")])}
                aria-current={current.then_some("page")} {onclick}>{ lang.t(msg) }</button>
        }
    };
    let main = match &state.view {
        View::Overview => html! {
            <>
                if state.last_added.is_some() { <NewArticle /> }
                <div class="cc-overview">
                    { article_list(&state) }
                    <FindingsBoard />
                </div>
                <Timelines />
                { export_panel(&state) }
            </>
        },
        View::Reader { doc, claim } => html! {
            <ArticleView doc={doc.clone()} claim={claim.clone()} />
        },
        View::Add => html! { <AddArticle /> },
    };
    let progress = state.progress.map(|(done, total)| {
        let text = if state.restored {
            lang.f(
                Msg::Analyzing,
                &[&(done + 1).to_string(), &total.to_string()],
            )
        } else {
            lang.f(
                Msg::Restoring,
                &[&(done + 1).to_string(), &total.to_string()],
            )
        };
        html! {
            <div class="cc-progress" role="status" aria-live="polite">
                <progress max={total.to_string()} value={done.to_string()}></progress>
                <span>{ text }</span>
            </div>
        }
    });
    html! {
        <ContextProvider<AppHandle> context={state.clone()}>
            <div class="cc-app" lang={lang.code()}>
                <header class="cc-header">
                    <div class="cc-brand">
                        <h1>{ "Crosscheck" }</h1>
                        <p class="cc-tagline">{ lang.t(Msg::Tagline) }</p>
                    </div>
                    { lang_switch(&state) }
                </header>
                <nav class="cc-nav" aria-label={lang.t(Msg::NavMain)}>
                    { nav(View::Overview, Msg::NavOverview) }
                    { nav(View::Add, Msg::NavAdd) }
                </nav>
                { notice_bar(&state) }
                { for progress }
                <main class="cc-main">{ main }</main>
            </div>
        </ContextProvider<AppHandle>>
    }
}
