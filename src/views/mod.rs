//! One folder per view. Each reads the URL state from context and renders it.
//!
//! The app's own wasm holds the Timeline, the first screen. The other views are
//! compiled into the views module only (src/views_module.rs, its own wasm), which
//! `lazy` fetches when one of them first opens: in the app's wasm, Actors,
//! Narratives and Sources were 40.5 KB brotli of its 169.6 (measured 2026-12-03).
//! A page that opens on one of those three loads the app built with them instead
//! (feature `views-in-app`, the bin `briefing-deep`).

#[cfg(any(feature = "views-module", feature = "views-in-app"))]
pub mod actors;
pub mod lazy;
#[cfg(feature = "views-module")]
pub mod map;
#[cfg(any(feature = "views-module", feature = "views-in-app"))]
pub mod narratives;
#[cfg(any(feature = "views-module", feature = "views-in-app"))]
pub mod sources;
pub mod timeline;
