//! The briefing: a pure core (`domain`) and, in the browser, the Leptos app.

pub mod domain;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod views;
#[cfg(target_arch = "wasm32")]
pub use app::start;

/// The dataset the app is built with (`BRIEFING_DATA` at build time, else
/// data/briefing.json), validated and minified by build.rs.
pub const DATASET_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/briefing.min.json"));
