//! Function components, one per file.

mod app;
mod article_list;
mod article_view;

pub use app::App;
pub use article_list::ArticleList;
pub use article_view::ArticleView;
