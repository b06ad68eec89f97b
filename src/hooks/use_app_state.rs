//! The app's one reducer, seeded with the embedded corpus.

use crate::state::AppState;
use yew::prelude::*;

/// The app state and its dispatcher; the seed corpus is analysed once, on first render.
#[hook]
pub fn use_app_state() -> UseReducerHandle<AppState> {
    use_reducer(AppState::with_seeds)
}
