//! App state: the corpus, the reader's own articles and judgements, and what they are looking at,
//! changed only through [`Action`]s. The reducer never analyses text: an article is analysed and
//! added to the shared corpus before its action arrives, and a restored corpus arrives whole (see
//! `hooks::use_storage`); a reset indexes the seeds' claims extracted at build time.

mod stored;

pub use stored::{Store, StoredArticle, STORAGE_KEY};

use crate::i18n::UiLang;
use crosscheck_engine::export::Judgement;
use crosscheck_engine::findings::{Finding, FindingKind};
use crosscheck_engine::Corpus;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum View {
    /// The article list, the findings board and the timelines.
    #[default]
    Overview,
    /// One article, optionally scrolled to a claim.
    Reader {
        /// The document id.
        doc: String,
        /// The claim to show, if any.
        claim: Option<String>,
    },
    /// The paste-or-drop form.
    Add,
}

/// The findings board's filters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// Only findings of this kind.
    pub kind: Option<FindingKind>,
    /// Only findings citing this document.
    pub doc: Option<String>,
    /// Only findings whose text mentions this (case-insensitive).
    pub query: String,
    /// Show dismissed findings (struck through) too.
    pub show_dismissed: bool,
}

/// A message for the reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Errors are announced assertively (`role="alert"`).
    pub error: bool,
    /// The text, already in the interface language.
    pub text: String,
}

/// The analysed corpus, changed in place (adding an article, removing one): a copy of the whole
/// index at every change would cost the page its `Clone` code and the time to copy it.
pub type SharedCorpus = Rc<RefCell<Corpus>>;

/// Everything the views render.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The analysed corpus (seeds plus the reader's articles).
    pub corpus: SharedCorpus,
    /// Counts the corpus's changes, so a changed corpus is a changed state.
    pub revision: u32,
    /// The reader's own articles, as saved.
    pub articles: Rc<Vec<StoredArticle>>,
    /// The reader's judgements (dismissed findings, corrected claims).
    pub judgements: Rc<Vec<Judgement>>,
    /// What the main area shows.
    pub view: View,
    /// The findings board's filters.
    pub filter: Filter,
    /// The interface language.
    pub lang: UiLang,
    /// The current message, if any.
    pub notice: Option<Notice>,
    /// Analysis under way: (done, total).
    pub progress: Option<(usize, usize)>,
    /// The article added last, whose findings are shown first.
    pub last_added: Option<String>,
    /// True once saved articles were restored (saving starts then).
    pub restored: bool,
    /// A finding to scroll to on the overview.
    pub focus_finding: Option<String>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && self.revision == other.revision
            && self.articles == other.articles
            && self.judgements == other.judgements
            && self.view == other.view
            && self.filter == other.filter
            && self.lang == other.lang
            && self.notice == other.notice
            && self.progress == other.progress
            && self.last_added == other.last_added
            && self.restored == other.restored
            && self.focus_finding == other.focus_finding
    }
}

impl AppState {
    /// The embedded seed corpus, nothing selected, in `lang`.
    pub fn with_seeds(lang: UiLang) -> Self {
        let corpus = Rc::new(RefCell::new(crate::seed_data::corpus()));
        crate::web::mark("cc-seeds-analysed");
        AppState {
            corpus,
            revision: 0,
            articles: Rc::default(),
            judgements: Rc::default(),
            view: View::Overview,
            filter: Filter::default(),
            lang,
            notice: None,
            progress: None,
            last_added: None,
            restored: false,
            focus_finding: None,
        }
    }

    /// Whether the reader dismissed `finding`.
    pub fn dismissed(&self, finding: &Finding) -> bool {
        crosscheck_engine::export::is_dismissed(&self.judgements, finding)
    }

    /// The reader's correction of a claim: (value, measure).
    pub fn correction(&self, claim: &str) -> Option<(Option<f64>, Option<String>)> {
        crosscheck_engine::export::correction(&self.judgements, claim)
            .map(|(v, m)| (v, m.map(str::to_string)))
    }

    /// Whether a document is one the reader added.
    pub fn is_user_article(&self, id: &str) -> bool {
        self.articles.iter().any(|a| a.id == id)
    }
}

/// What the reader (and the analyzer) can do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Open a document in the reader, optionally at a claim.
    Open {
        /// Document id.
        doc: String,
        /// Claim id.
        claim: Option<String>,
    },
    /// Go back to the overview.
    ShowOverview,
    /// Show one finding on the overview (filters cleared, scrolled to it).
    ShowFinding(String),
    /// Open the paste-or-drop form.
    ShowAdd,
    /// Filter findings by kind.
    FilterKind(Option<FindingKind>),
    /// Filter findings by document.
    FilterDoc(Option<String>),
    /// Search findings by word.
    Search(String),
    /// Show or hide dismissed findings.
    ShowDismissed(bool),
    /// Switch the interface language.
    SetLang(UiLang),
    /// Analysis progress, or `None` when done.
    Progress(Option<(usize, usize)>),
    /// Saved data restored: the corpus with the saved articles analysed.
    Restored {
        /// Seeds plus restored articles (boxed: a corpus is several times larger than the other
        /// actions).
        corpus: Box<Corpus>,
        /// The restored articles.
        articles: Vec<StoredArticle>,
        /// The restored judgements.
        judgements: Vec<Judgement>,
    },
    /// An article was analysed and added to the corpus.
    Added {
        /// The article as it is saved.
        article: StoredArticle,
    },
    /// Remove one of the reader's articles.
    Remove(String),
    /// Back to the seed corpus: the reader's articles and judgements are dropped.
    Reset,
    /// Add a judgement (replacing an earlier correction of the same claim).
    Judge(Judgement),
    /// Withdraw a judgement.
    Unjudge(Judgement),
    /// Show a message.
    Notify(Notice),
    /// Hide the message.
    ClearNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Open { doc, claim } => next.view = View::Reader { doc, claim },
            Action::ShowOverview => {
                next.view = View::Overview;
                next.focus_finding = None;
            }
            Action::ShowFinding(id) => {
                next.view = View::Overview;
                next.filter = Filter {
                    show_dismissed: true,
                    ..Filter::default()
                };
                next.focus_finding = Some(id);
            }
            Action::ShowAdd => next.view = View::Add,
            Action::FilterKind(k) => next.filter.kind = k,
            Action::FilterDoc(d) => next.filter.doc = d,
            Action::Search(q) => next.filter.query = q,
            Action::ShowDismissed(b) => next.filter.show_dismissed = b,
            Action::SetLang(l) => next.lang = l,
            Action::Progress(p) => next.progress = p,
            Action::Restored {
                corpus,
                articles,
                judgements,
            } => {
                next.corpus = Rc::new(RefCell::new(*corpus));
                next.revision += 1;
                next.articles = Rc::new(articles);
                next.judgements = Rc::new(judgements);
                next.restored = true;
                next.progress = None;
            }
            Action::Added { article } => {
                let mut articles = (*next.articles).clone();
                articles.retain(|a| a.id != article.id);
                next.last_added = Some(article.id.clone());
                articles.push(article);
                next.articles = Rc::new(articles);
                next.revision += 1;
                next.progress = None;
                next.view = View::Overview;
                next.filter = Filter::default();
            }
            Action::Remove(id) => {
                next.corpus.borrow_mut().remove(&id);
                next.revision += 1;
                let mut articles = (*next.articles).clone();
                articles.retain(|a| a.id != id);
                next.articles = Rc::new(articles);
                if next.last_added.as_deref() == Some(id.as_str()) {
                    next.last_added = None;
                }
                if next.filter.doc.as_deref() == Some(id.as_str()) {
                    next.filter.doc = None;
                }
                if matches!(&next.view, View::Reader { doc, .. } if *doc == id) {
                    next.view = View::Overview;
                }
            }
            Action::Reset => {
                next.corpus = Rc::new(RefCell::new(crate::seed_data::corpus()));
                next.revision += 1;
                next.articles = Rc::default();
                next.judgements = Rc::default();
                next.last_added = None;
                next.view = View::Overview;
                next.filter = Filter::default();
            }
            Action::Judge(j) => {
                let mut list = (*next.judgements).clone();
                if let Judgement::CorrectClaim { claim, .. } = &j {
                    list.retain(|old| old.correction_of(claim).is_none());
                }
                list.retain(|old| *old != j);
                list.push(j);
                next.judgements = Rc::new(list);
            }
            Action::Unjudge(j) => {
                let mut list = (*next.judgements).clone();
                list.retain(|old| *old != j);
                next.judgements = Rc::new(list);
            }
            Action::Notify(n) => next.notice = Some(n),
            Action::ClearNotice => next.notice = None,
        }
        Rc::new(next)
    }
}
