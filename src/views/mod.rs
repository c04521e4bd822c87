//! One folder per view. Each reads the URL state from context and renders it.

pub mod actors;
#[cfg(feature = "map")]
pub mod map;
/// Without the `map` feature (the default, for the size budget): no Map view;
/// the nav leaves it out and `?view=map` says so.
#[cfg(not(feature = "map"))]
pub mod map {
    use crate::components::dom::{el, text_el, El};
    pub fn view() -> El {
        el("section", "view").child(text_el("h1", "", "Map")).child(text_el(
            "p",
            "view-intro",
            "The map is not part of this build of the briefing. Every place and its events are on the Timeline.",
        ))
    }
}
pub mod narratives;
pub mod sources;
pub mod timeline;
