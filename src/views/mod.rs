//! One folder per view. Each reads the URL state from context and renders it.

pub mod actors;
/// The Map view's code: in the Map module only (see `map_loader`).
#[cfg(feature = "map")]
pub mod map;
pub mod map_loader;
pub mod narratives;
pub mod sources;
pub mod timeline;
