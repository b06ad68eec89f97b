//! App state: the corpus and what the reader is looking at, changed only through [`Action`]s.

use crosscheck_engine::{seeds, Corpus};
use std::rc::Rc;
use yew::Reducible;

/// Everything the views render.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The analysed corpus (seeds plus the reader's articles).
    pub corpus: Rc<Corpus>,
    /// The document open in the reader, if any.
    pub selected: Option<String>,
}

impl AppState {
    /// The embedded seed corpus, nothing selected.
    pub fn with_seeds() -> Self {
        AppState {
            corpus: Rc::new(seeds::corpus()),
            selected: None,
        }
    }
}

/// What the reader can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open a document in the reader.
    Select(String),
    /// Go back to the overview.
    CloseReader,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Select(id) => next.selected = Some(id),
            Action::CloseReader => next.selected = None,
        }
        Rc::new(next)
    }
}
