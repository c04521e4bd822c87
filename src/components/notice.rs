//! A dismissible notice listing what was dropped from a malformed or stale link.

use leptos::prelude::*;

use super::dom::{button, el, text_el, El};
use crate::ctx::Ctx;

pub fn notice_el(ctx: Ctx, notices: &[String]) -> El {
    el("div", "notice")
        .attr("role", "status")
        .attr("data-testid", "url-notice")
        .child(
            el("div", "")
                .child(text_el("strong", "", "Parts of this link could not be used and were dropped."))
                .child(el("ul", "").children(notices.iter().map(|n| text_el("li", "", n)))),
        )
        .child(button("button ghost", "Dismiss").on("click", move |_| {
            ctx.notices.set(Vec::new());
            // The notice goes away; the focus goes on to the content it was about.
            super::focus_by_id("main");
        }))
}
