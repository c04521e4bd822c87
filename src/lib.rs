//! The briefing: a pure core (`domain`, the briefing-core crate in core/) and, in
//! the browser, the Leptos app.

pub use briefing_core as domain;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_site;

#[cfg(target_arch = "wasm32")]
mod app;
/// Public for the builder's browser tests (tests/web.rs) only.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod components;
#[cfg(target_arch = "wasm32")]
mod ctx;
#[cfg(target_arch = "wasm32")]
mod views;
#[cfg(all(target_arch = "wasm32", feature = "views-module"))]
mod views_module;
#[cfg(target_arch = "wasm32")]
pub use app::start;

/// The dataset the app is built with (`BRIEFING_DATA` at build time, else
/// data/briefing.json), validated by build.rs and encoded as postcard.
pub const DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/briefing.postcard"));

/// The same dataset as JSON, for native tests of the core.
#[cfg(not(target_arch = "wasm32"))]
pub const DATASET_JSON: &str = include_str!(env!("BRIEFING_DATA_PATH"));

/// Test hook: the failure spec calls this to prove a panic shows the error banner.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn force_panic_for_tests() {
    panic!("Forced panic (test hook)");
}
