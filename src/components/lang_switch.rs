//! The interface language switch (English / Español).

use crate::hooks::AppHandle;
use crate::i18n::{Msg, UiLang};
use crate::state::Action;
use yew::prelude::*;

/// Two buttons; the current language is pressed. A plain function rendered by the root component
/// (it re-renders with every state change either way), not a component of its own: each component
/// type adds yew's generic lifecycle code to the wasm.
pub fn lang_switch(state: &AppHandle) -> Html {
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
