//! A citation: the exact quote and the source it comes from, linking to it in Sources.

use leptos::prelude::*;

use super::dom::{el, text_el, El};
use crate::app::Ctx;
use crate::domain::model::Citation;
use crate::domain::url_state::{UrlState, View};

/// The state a source link leads to: Sources, with that source highlighted.
fn source_target(ctx: Ctx, source: &str) -> UrlState {
    let mut s = ctx.state.get_untracked();
    s.view = View::Sources;
    s.source = Some(source.to_string());
    s
}

/// The quote and, under it, `link` to its source (views link in their own way).
pub fn citation_figure(c: &Citation, link: El) -> El {
    el("figure", "citation")
        .attr("data-source", &c.source)
        .child(text_el("blockquote", "", &format!("“{}”", c.quote)))
        .child(el("figcaption", "").text("— ").child(link))
}

pub fn citation_el(ctx: Ctx, c: &Citation) -> El {
    let link = el("a", "").text(&ctx.store.source_label(&c.source));
    super::nav_link_behaviour(ctx, &link.0, {
        let source = c.source.clone();
        move || source_target(ctx, &source)
    });
    citation_figure(c, link)
}

pub fn citations_el(ctx: Ctx, citations: &[Citation]) -> El {
    el("div", "citations").children(citations.iter().map(|c| citation_el(ctx, c)))
}
