//! Deferring work past the first paint.

use yew::prelude::*;

/// False on the first render, true once the browser has painted it (next frame).
#[hook]
pub fn use_settled() -> UseStateHandle<bool> {
    let settled = use_state(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                crate::web::yield_to_browser().await;
                settled.set(true);
            });
        });
    }
    settled
}
