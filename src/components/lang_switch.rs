//! The interface language switch (English / Español).

use crate::hooks::use_app;
use crate::i18n::{Msg, UiLang};
use crate::state::Action;
use yew::prelude::*;

/// Two buttons; the current language is pressed.
#[component]
pub fn LangSwitch() -> Html {
    let state = use_app();
    let lang = state.lang;
    let button = |l: UiLang, label: &'static str| {
        let s = state.clone();
        let pressed = lang == l;
        html! {
            <button type="button" class="cc-lang-btn" lang={l.code()} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_: MouseEvent| {
                    let _ = crate::web::save(crate::hooks::LANG_KEY, l.code());
                    s.dispatch(Action::SetLang(l));
                })}>{ label }</button>
        }
    };
    html! {
        <div class="cc-lang" role="group" aria-label={lang.t(Msg::Language)}>
            { button(UiLang::En, "English") }
            { button(UiLang::Es, "Español") }
        </div>
    }
}
