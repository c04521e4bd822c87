//! One folder per view. Each reads the URL state from context and renders it.
//!
//! The app's own wasm holds the Timeline, the first screen. The other views are
//! compiled into the views module only (src/views_module.rs, its own wasm), which
//! `lazy` fetches when one of them first opens: in the app's wasm, Actors,
//! Narratives and Sources were 40.5 KB brotli of its 169.6 (measured 2026-12-03).

#[cfg(feature = "views-module")]
pub mod actors;
pub mod lazy;
#[cfg(feature = "views-module")]
pub mod map;
#[cfg(feature = "views-module")]
pub mod narratives;
#[cfg(feature = "views-module")]
pub mod sources;
pub mod timeline;
