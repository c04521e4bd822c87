//! A citation: the exact quote and the source it comes from, linking to it in Sources.

use super::dom::{el, text_el, El};
use super::links::link;
use crate::domain::intent::Intent;
use crate::domain::model::Citation;
use crate::domain::store::Store;

/// The quote element a citation shows (views that mark search hits build their own).
pub fn quote_el(c: &Citation) -> El {
    text_el("blockquote", "", &format!("“{}”", c.quote))
}

/// `quote` and, under it, a link to its source.
pub fn citation_figure(store: &Store, c: &Citation, quote: El) -> El {
    el("figure", "citation").attr("data-source", &c.source).child(quote).child(el("figcaption", "").text("— ").child(link(
        &Intent::Source(c.source.clone()),
        "",
        &store.source_label(&c.source),
    )))
}

pub fn citations_el(store: &Store, citations: &[Citation]) -> El {
    el("div", "citations").children(citations.iter().map(|c| citation_figure(store, c, quote_el(c))))
}
