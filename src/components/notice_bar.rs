//! The message bar: errors (storage full or unreadable, bad input) and information, dismissable.

use crate::hooks::AppHandle;
use crate::i18n::Msg;
use crate::state::Action;
use crate::view::{class_list, when};
use yew::prelude::*;

/// The current notice, if any. A plain function rendered by the root component, like
/// [`super::lang_switch`].
pub fn notice_bar(state: &AppHandle) -> Html {
    let Some(notice) = state.notice.clone() else {
        return html! {};
    };
    let s = state.clone();
    let close = Callback::from(move |_: MouseEvent| s.dispatch(Action::ClearNotice));
    html! {
        <div class={class_list(&["cc-notice", when(notice.error, "cc-notice-error")])}
            role={if notice.error { "alert" } else { "status" }}>
            <p>{ notice.text }</p>
            <button type="button" class="cc-btn cc-btn-quiet" onclick={close}>{ state.lang.t(Msg::Close) }</button>
        </div>
    }
}
