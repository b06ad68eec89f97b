//! The app's one reducer, seeded with the embedded corpus, and the context that hands it down.

use crate::state::AppState;
use yew::prelude::*;

/// The state handle components dispatch through.
pub type AppHandle = UseReducerHandle<AppState>;

/// The app state and its dispatcher; the seed corpus is analysed once, on first render, and what
/// the reader saved is read then too.
#[hook]
pub fn use_app_state() -> AppHandle {
    use_reducer(super::initial_state)
}

/// The app state provided by [`crate::components::App`].
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("components are rendered inside App")
}
