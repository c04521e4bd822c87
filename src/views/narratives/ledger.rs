//! The claims ledger: every incident with figures, who claimed which number, of
//! whom, when it was stated, and on which source; plus where the sources disagree.
//! Built once as static content; the selected incident is marked by
//! the view's effect.

use crate::components::citation::citations_el;
use crate::components::date_label::date_el;
use crate::components::disagreement::disagreement_el;
use crate::components::dom::{el, text_el, El};
use crate::components::links::link;
use crate::components::prose::prose_el;
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::ledger::{incidents, intro, stated, Incident, NO_INCIDENTS};
use crate::domain::prose::as_read;

fn cell(tag: &str, label: &str) -> El {
    el(tag, "").attr("data-label", label)
}

fn incident_el(ctx: Ctx, inc: &Incident) -> El {
    let store = ctx.store;
    let e = inc.event;
    let contested = inc.contested();
    let heading_id = format!("incident-{}-title", e.id);
    let rows = inc.rows.iter().map(|r| {
        let alignment = r.alignment_key();
        let figure = if r.figures.is_empty() {
            text_el("p", "no-figure", "No figure given")
        } else {
            el("ul", "figures").children(r.figures.iter().map(|f| text_el("li", "figure", f)))
        };
        el("tr", "")
            .attr("data-claim-id", &r.claim.id)
            .attr("data-alignment", alignment)
            .child(
                cell("th", "Who claims")
                    .attr("scope", "row")
                    .child(el("span", &format!("swatch align-{alignment}")).attr("aria-hidden", "true"))
                    .text(" ")
                    .text(r.claimant),
            )
            .child(cell("td", "Figure").child(figure).child(prose_el(ctx.store, "p", "statement", &r.claim.statement)))
            .child(cell("td", "Of whom").text(&r.subjects_text()))
            .child(cell("td", "When stated").children(r.sources.iter().map(|s| text_el("span", "when", &stated(store, s)))))
            .child(cell("td", "Source").child(citations_el(ctx.store, &r.claim.citations)))
    });
    let head = el("tr", "")
        .children(["Who claims", "Figure", "Of whom", "When stated", "Source"].map(|h| text_el("th", "", h).attr("scope", "col")));
    let table = el("table", "ledger-table")
        .child(text_el("caption", "visually-hidden", &format!("Claims about: {}", e.title)))
        .child(el("thead", "").child(head))
        .child(el("tbody", "").children(rows));
    let disagreements = (!inc.disagreements.is_empty()).then(|| {
        el("div", "incident-disagreements")
            .child(text_el("p", "disagreements-label", "Where the sources disagree about this incident"))
            .children(inc.disagreements.iter().map(|d| disagreement_el(ctx.store, d, "4")))
    });
    let meta = el("p", "incident-meta").child(date_el(&e.date, e.precision, e.end_date.as_deref())).text(" · ").child(
        text_el("span", "contest-badge", if contested { "Contested" } else { "Single account in the sources" })
            .attr("data-contested", if contested { "true" } else { "false" }),
    );
    let actions = el("p", "incident-actions no-print")
        .child(link(&Intent::Incident(e.id.clone()), "permalink", "Select and link to this incident"))
        .text(" · ")
        .child(link(&Intent::OpenEvent(e.id.clone()), "", "Open in the timeline"));
    el("section", "incident")
        .attr("id", &format!("incident-{}", e.id))
        .attr("data-incident-id", &e.id)
        .attr("data-contested", if contested { "true" } else { "false" })
        .attr("aria-labelledby", &heading_id)
        .child(
            el("header", "incident-head")
                .child(text_el("h3", "", &as_read(store, &e.title)).attr("id", &heading_id))
                .child(meta)
                .child(actions),
        )
        .child(el("div", "table-wrap").child(table))
        .maybe(disagreements)
}

/// The whole ledger, oldest incident first.
pub fn ledger_el(ctx: Ctx) -> El {
    let list = incidents(ctx.store);
    let intro = intro(list.len());
    el("section", "ledger")
        .attr("id", "ledger")
        .attr("aria-labelledby", "ledger-title")
        .child(text_el("h2", "", "Claims ledger").attr("id", "ledger-title"))
        .child(text_el("p", "view-intro", &intro))
        .maybe(list.is_empty().then(|| text_el("p", "empty-state", NO_INCIDENTS)))
        .children(list.iter().map(|i| incident_el(ctx, i)))
}
