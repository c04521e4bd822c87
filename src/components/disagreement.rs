//! A disagreement between sources: what differs, and each source's version
//! quoted. Shown in Narratives and Sources.

use super::citation::{citation_figure, quote_el};
use super::dom::{el, text_el, El};
use super::prose::prose_el;
use crate::domain::model::Disagreement;
use crate::domain::store::Store;

/// `level` is the title's heading level in the page outline.
pub fn disagreement_el(store: &Store, d: &Disagreement, level: &str) -> El {
    el("article", "disagreement")
        .attr("id", &format!("disagreement-{}", d.id))
        .attr("data-disagreement-id", &d.id)
        .child(text_el("p", "disagreement-title", &d.title).attr("role", "heading").attr("aria-level", level))
        .child(prose_el(store, "p", "disagreement-summary", &d.summary))
        .child(el("ol", "versions").children(d.versions.iter().map(|v| {
            el("li", "version").child(prose_el(store, "p", "account", &v.account)).child(citation_figure(
                store,
                &v.citation,
                quote_el(&v.citation),
            ))
        })))
}
