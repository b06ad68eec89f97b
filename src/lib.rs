//! The Crosscheck web app as a library, so `wasm-bindgen-test` tests in `tests/` can render its
//! components in a real browser. `main.rs` mounts the same [`components::App`].

pub mod components;
pub mod hooks;
pub mod i18n;
pub mod panic;
pub mod seed_data;
pub mod state;
pub mod view;
pub mod web;
