//! A tiny builder for the long, static parts of a view (topics, ledger, source
//! lists): plain DOM nodes whose text is always set as text, never parsed as HTML.
//!
//! Why not `view!`: Leptos' typed views generate build and rebuild code for every
//! node shape, which for these document-like parts cost about 80 KB of wasm
//! (brotli: ~25 KB) although they never change once drawn. Here one small
//! non-generic code path builds them. What does change (which topic, incident or
//! source is highlighted, where links lead) is updated by a few effects, and links
//! are handled by one delegated click listener per view (see `links`).

use leptos::prelude::*;

use super::links::{href_for, Dest, Links};
use crate::domain::model::Citation;

pub use crate::components::dom::{date_el, each, el, mark_selected, text_el, El};

/// An in-app link: a real href (kept current by `refresh_links`), followed in
/// place by the view's delegated click handler.
pub fn link(l: Links, dest: &Dest, label: &str, class: &str) -> El {
    el("a", class).attr("data-dest", &dest.encode()).attr("href", &href_for(l, dest)).text(label)
}

/// A citation, as the shared `CitationQuote` widget draws it: the exact quote
/// and a link to its source in Sources.
pub fn citation_el(l: Links, c: &Citation) -> El {
    el("figure", "citation")
        .attr("data-source", &c.source)
        .child(text_el("blockquote", "", &format!("“{}”", c.quote)))
        .child(el("figcaption", "").text("— ").child(link(l, &Dest::Source(c.source.clone()), &l.ctx.store.source_label(&c.source), "")))
}

pub fn citations_el(l: Links, cs: &[Citation]) -> El {
    el("div", "citations").children(cs.iter().map(|c| citation_el(l, c)))
}

/// Built content waiting for its Leptos-rendered containers (empty `div`s with a
/// `node_ref`). `mount` puts it in place once they exist; call it at the start of
/// an effect, before anything that looks for the content.
pub struct Pending(std::cell::Cell<Option<Vec<(NodeRef<leptos::html::Div>, El)>>>);

impl Pending {
    pub fn new(parts: Vec<(NodeRef<leptos::html::Div>, El)>) -> Pending {
        Pending(std::cell::Cell::new(Some(parts)))
    }
    /// Whether everything is in the page (tracks the containers until it is).
    pub fn mount(&self) -> bool {
        let Some(parts) = self.0.take() else { return true };
        if parts.iter().any(|(slot, _)| slot.get().is_none()) {
            self.0.set(Some(parts));
            return false;
        }
        for (slot, content) in parts {
            if let Some(container) = slot.get_untracked() {
                let _ = container.append_child(&content.0);
            }
        }
        true
    }
}
