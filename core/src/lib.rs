//! The pure core: dataset model, validation, queries, search and URL state.
//! No Leptos here, so all of it is tested natively (`cargo test --workspace`).
//! Its own crate so that build.rs validates the dataset with this same code as a
//! build-dependency; the app sees it as `briefing::domain`.

pub mod citations;
pub mod date;
pub mod embed;
pub mod export;
pub mod format;
pub mod graph;
pub mod intent;
pub mod labels;
pub mod ledger;
pub mod map;
pub mod model;
pub mod prose;
pub mod query;
pub mod search;
pub mod sort;
pub mod store;
pub mod synthetic;
pub mod ties;
pub mod url_state;
pub mod validate;

/// The real dataset, for the core's own tests (the app's build may embed another).
#[cfg(test)]
pub(crate) const DATASET_JSON: &str = include_str!("../../data/briefing.json");
