//! Links and citations for the document-like views (Narratives, Sources), drawn
//! with the shared builder (`components::dom`). What changes after drawing (which
//! topic, incident or source is highlighted, where links lead) is updated by a few
//! effects, and links are handled by one delegated click listener per view (see
//! `links`).

use super::links::{href_for, Dest, Links};
use crate::domain::model::Citation;

pub use crate::components::dom::{date_el, each, el, mark_selected, text_el, El};

/// An in-app link: a real href (kept current by `refresh_links`), followed in
/// place by the view's delegated click handler.
pub fn link(l: Links, dest: &Dest, label: &str, class: &str) -> El {
    el("a", class).attr("data-dest", &dest.encode()).attr("href", &href_for(l, dest)).text(label)
}

/// A citation with a delegated link to its source in Sources.
pub fn citation_el(l: Links, c: &Citation) -> El {
    let source = link(l, &Dest::Source(c.source.clone()), &l.ctx.store.source_label(&c.source), "");
    crate::components::citation::citation_figure(c, source)
}

pub fn citations_el(l: Links, cs: &[Citation]) -> El {
    el("div", "citations").children(cs.iter().map(|c| citation_el(l, c)))
}
