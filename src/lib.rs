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

/// The allocator of the page (and of its browser tests): Talc, which is smaller in the wasm than
/// the standard library's dlmalloc and faster (docs/performance.md, "Page").
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
