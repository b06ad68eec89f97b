//! Custom hooks: the app state and its context, the interface language, and saving to the browser.

mod use_app_state;
mod use_i18n;
mod use_settled;
mod use_storage;

pub use use_app_state::{use_app, use_app_state, AppHandle};
pub use use_i18n::use_i18n;
pub use use_settled::use_settled;
pub use use_storage::{add_article, initial_state, use_storage, LANG_KEY};
