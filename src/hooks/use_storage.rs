//! Saving the reader's articles and judgements in `localStorage` and restoring them on load, plus
//! adding an article. Analysis runs in slices: one document per slice, yielding to the browser
//! before each so progress is painted and input stays responsive.

use super::AppHandle;
use crate::i18n::{Msg, UiLang};
use crate::state::{Action, AppState, Notice, Store, StoredArticle, STORAGE_KEY};
use crate::web::{self, SaveError};
use crosscheck_engine::{claims, Document};
use std::rc::Rc;
use yew::prelude::*;

/// Where an unreadable saved value is kept aside.
const UNREADABLE_KEY: &str = "cc-crosscheck-v1-unreadable";
/// Where the interface language is saved (when the reader picks one).
pub const LANG_KEY: &str = "cc-crosscheck-lang";

/// Restores saved data once, then saves whenever the reader's articles or judgements change.
#[hook]
pub fn use_storage(state: AppHandle) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            restore(state);
        });
    }
    let deps = (
        state.articles.clone(),
        state.judgements.clone(),
        state.restored,
    );
    use_effect_with(deps, move |(articles, judgements, restored)| {
        if *restored {
            let store = Store {
                version: 1,
                articles: (**articles).clone(),
                judgements: (**judgements).clone(),
            };
            let result = if store.articles.is_empty() && store.judgements.is_empty() {
                web::forget(STORAGE_KEY);
                Ok(())
            } else {
                web::save(STORAGE_KEY, &store.to_json())
            };
            let lang = state.lang;
            match result {
                Ok(()) => {}
                Err(SaveError::Full) => state.dispatch(Action::Notify(Notice {
                    error: true,
                    text: lang.t(Msg::StorageFull).to_string(),
                })),
                Err(SaveError::Unavailable) => state.dispatch(Action::Notify(Notice {
                    error: true,
                    text: lang.t(Msg::StorageUnavailable).to_string(),
                })),
            }
        }
    });
}

/// Reads what is saved: the store (empty when there is none or it is unreadable) and the messages
/// to show about it. An unreadable value is kept aside under [`UNREADABLE_KEY`].
fn read_saved(lang: UiLang, keep_aside: bool) -> (Store, Vec<String>) {
    let raw = web::load(STORAGE_KEY).unwrap_or_default();
    let mut messages = Vec::new();
    let (store, skipped) = match raw.as_deref().map(Store::parse) {
        None => (Store::default(), 0),
        Some(Ok(parsed)) => parsed,
        Some(Err(why)) => {
            if keep_aside {
                let _ = web::save(UNREADABLE_KEY, raw.as_deref().unwrap_or_default());
            }
            messages.push(lang.f(Msg::StorageCorrupt, &[&why, UNREADABLE_KEY]));
            (Store::default(), 0)
        }
    };
    if skipped > 0 {
        messages.push(lang.f(Msg::StorageSkipped, &[&skipped.to_string()]));
    }
    (store, messages)
}

/// The state to start with, read synchronously so the first paint needs no second render: the
/// seeds, the saved language and judgements, and any message about saved data. Saved articles are
/// analysed after the first paint by [`use_storage`] (`restored` is false until then).
pub fn initial_state() -> AppState {
    let lang = match web::load(LANG_KEY) {
        Ok(Some(code)) => UiLang::from_tag(&code),
        _ => UiLang::from_navigator(),
    };
    let mut state = AppState::with_seeds(lang);
    let (store, messages) = read_saved(lang, true);
    state.judgements = Rc::new(store.judgements);
    state.restored = store.articles.is_empty();
    if !messages.is_empty() {
        state.notice = Some(Notice {
            error: true,
            text: messages.join(" "),
        });
    }
    state
}

fn restore(state: AppHandle) {
    if state.restored {
        return;
    }
    let (store, _) = read_saved(state.lang, false);
    wasm_bindgen_futures::spawn_local(async move {
        let mut corpus = crate::seed_data::corpus();
        let total = store.articles.len();
        for (i, a) in store.articles.iter().enumerate() {
            state.dispatch(Action::Progress(Some((i, total))));
            web::yield_to_browser().await;
            corpus.add(&a.id, &a.text, &a.meta());
        }
        state.dispatch(Action::Restored {
            corpus: Box::new(corpus),
            articles: store.articles,
            judgements: store.judgements,
        });
    });
}

/// Most figures one article may hold. Adding an article still grows faster than its figures in the
/// page: its longest slice took about 0.13 s for 3,000 figures, 0.2-0.3 s for 4,000, 0.6 s for 6,000
/// and 3 s for 12,000 on a loaded 2-core machine (`docs/performance.md`, "Page"); beyond this the
/// page would freeze.
pub const MAX_CLAIMS: usize = 3_000;

/// Texts longer than this are analysed in three slices (parse, claims, findings), yielding to the
/// browser between them; shorter ones in one.
const SLICED_BYTES: usize = 20_000;

/// Analyses `article` against the current corpus and adds it, yielding to the browser first so the
/// progress is painted. Too many figures: a message, and nothing is added.
pub fn add_article(state: AppHandle, article: StoredArticle) {
    web::mark("cc-add-start");
    let sliced = article.text.len() > SLICED_BYTES;
    let steps = if sliced { 3 } else { 1 };
    state.dispatch(Action::Progress(Some((0, steps))));
    wasm_bindgen_futures::spawn_local(async move {
        web::yield_to_browser().await;
        let doc = Document::parse(&article.id, &article.text, &article.meta());
        if sliced {
            state.dispatch(Action::Progress(Some((1, steps))));
            web::yield_to_browser().await;
        }
        let claims = claims::extract(&doc);
        if claims.len() > MAX_CLAIMS {
            let lang = state.lang;
            state.dispatch(Action::Progress(None));
            state.dispatch(Action::Notify(Notice {
                error: true,
                text: lang.f(
                    Msg::TooManyFigures,
                    &[
                        &lang.number(claims.len() as f64),
                        &lang.number(MAX_CLAIMS as f64),
                    ],
                ),
            }));
            return;
        }
        if sliced {
            state.dispatch(Action::Progress(Some((2, steps))));
            web::yield_to_browser().await;
        }
        state.corpus.borrow_mut().add_with_claims(doc, claims);
        state.dispatch(Action::Added { article });
    });
}
