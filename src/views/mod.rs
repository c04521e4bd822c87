//! One folder per view. Each reads the URL state from context and renders it.

pub mod actors;
pub mod narratives;
pub mod sources;
pub mod timeline;
