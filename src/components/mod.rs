//! Function components, one per file; the root's language switch, message bar, article list and
//! export panel, the finding cards and each timeline chart are plain functions their parent calls
//! (each component type costs the wasm yew's generic lifecycle code; these have no hooks of their
//! own and read the app's context, so they re-rendered with every state change as components too).

mod add_article;
mod app;
mod article_list;
mod article_view;
mod claim_panel;
mod export_panel;
mod finding_card;
mod findings_board;
mod lang_switch;
mod new_article;
mod notice_bar;
mod timeline;

pub use add_article::AddArticle;
pub use app::App;
pub use article_list::article_list;
pub use article_view::ArticleView;
pub use claim_panel::ClaimPanel;
pub use export_panel::export_panel;
pub use finding_card::finding_card;
pub use findings_board::FindingsBoard;
pub use lang_switch::lang_switch;
pub use new_article::NewArticle;
pub use notice_bar::notice_bar;
pub use timeline::Timelines;
