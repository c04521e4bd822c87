//! A citation: the exact quote and the source it comes from, linking to it in Sources.

use super::dom::{el, text_el, El};
use super::links::link;
use super::prose::source_ref;
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

/// The "Opinion" tag: opinion is said in words, never by style alone.
pub fn opinion_tag() -> El {
    text_el("span", "opinion-tag", "Opinion")
}

/// For a record whose every citation is an opinion piece: "Opinion · reported
/// only in s3 (opinion piece)". None for any other record.
pub fn opinion_note(store: &Store, citations: &[Citation]) -> Option<El> {
    if !store.rests_on_opinion(citations) {
        return None;
    }
    let mut ids: Vec<&str> = citations.iter().map(|c| c.source.as_str()).collect();
    ids.dedup();
    let mut note = el("p", "opinion-note").child(opinion_tag()).text(" Reported only in ");
    for (k, id) in ids.iter().enumerate() {
        if k > 0 {
            note = note.text(" and ");
        }
        note = note.child(source_ref(store, id, false, true));
    }
    Some(note.text("."))
}
