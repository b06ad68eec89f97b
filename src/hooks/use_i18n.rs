//! The interface language of the app state.

use super::use_app;
use crate::i18n::UiLang;
use yew::prelude::*;

/// The current interface language.
#[hook]
pub fn use_i18n() -> UiLang {
    use_app().lang
}
