//! The briefing's own prose, drawn as text with each source id it names read as
//! a short label that links to the source in Sources (`domain::prose`). Never
//! markup: every piece goes in as a text node.

use web_sys::Element;

use super::dom::{el, text_el, El};
use super::links::link;
use crate::domain::intent::Intent;
use crate::domain::prose::{source_ref_label, source_ref_name, split_source_refs, Piece};
use crate::domain::store::Store;

/// A link to source `id`, labelled "s2 (analysis)"; its text is left to the caller
/// when `with_text` is false (search marks draw it).
pub fn source_ref(store: &Store, id: &str, bracketed: bool, with_text: bool) -> El {
    let label = if with_text { source_ref_label(store, id, bracketed) } else { String::new() };
    link(&Intent::Source(id.to_string()), "source-ref", &label).attr("aria-label", &source_ref_name(store, id, bracketed))
}

/// Appends `text` to `e`: plain runs as text nodes, source ids as links.
pub fn append_prose(store: &Store, e: &Element, text: &str) {
    for piece in split_source_refs(text, |id| store.source(id).is_some()) {
        let _ = match piece {
            Piece::Text(t) => e.append_with_str_1(t),
            Piece::Source { id, bracketed } => e.append_child(&source_ref(store, id, bracketed, true).0).map(drop),
        };
    }
}

/// `e` with `text` appended as prose.
pub fn with_prose(e: El, store: &Store, text: &str) -> El {
    append_prose(store, &e.0, text);
    e
}

/// An element of `tag` holding `text` as prose.
pub fn prose_el(store: &Store, tag: &str, class: &str, text: &str) -> El {
    with_prose(el(tag, class), store, text)
}

/// Where the briefing joins two articles' accounts: said as the briefing's own inference.
pub fn inference_el(store: &Store, text: &str) -> El {
    with_prose(el("p", "inference").child(text_el("strong", "", "The briefing's inference: ")), store, text)
}
