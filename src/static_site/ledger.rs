//! The claims ledger, as the Narratives view draws it (src/views/narratives/ledger.rs,
//! `incidents` in the core): every incident with figures, who claimed which number,
//! of whom, when it was stated, and on which source. Disagreements link to their
//! entry under "Where the sources disagree" instead of repeating it.

use super::html::{el, link, text_el, El};
use super::parts::*;
use crate::domain::ledger::{incidents, intro, stated, Incident, NO_INCIDENTS};
use crate::domain::prose::as_read;
use crate::domain::store::Store;

fn cell(tag: &'static str, label: &str) -> El {
    el(tag).attr("data-label", label)
}

fn incident_el(store: &Store, inc: &Incident) -> El {
    let e = inc.event;
    let contested = inc.contested();
    let heading_id = format!("incident-{}-title", e.id);
    let rows = inc.rows.iter().map(|r| {
        let alignment = r.alignment_key();
        let figure = if r.figures.is_empty() {
            text_el("p", "no-figure", "No figure given")
        } else {
            el("ul").class("figures").children(r.figures.iter().map(|f| text_el("li", "figure", f)))
        };
        el("tr")
            .attr("data-alignment", alignment)
            .child(
                cell("th", "Who claims")
                    .attr("scope", "row")
                    .child(el("span").class(&format!("swatch align-{alignment}")).attr("aria-hidden", "true"))
                    .text(" ")
                    .child(actor_link(store, &r.claim.claimant, "")),
            )
            .child(cell("td", "Figure").child(figure).child(prose_el(store, "p", "statement", &r.claim.statement)))
            .child(cell("td", "Of whom").text(&r.subjects_text()))
            .child(cell("td", "When stated").children(r.sources.iter().map(|s| text_el("span", "when", &stated(store, s)))))
            .child(cell("td", "Source").child(citations_el(store, &r.claim.citations)))
    });
    let head =
        el("tr").children(["Who claims", "Figure", "Of whom", "When stated", "Source"].map(|h| text_el("th", "", h).attr("scope", "col")));
    let table = el("table")
        .class("ledger-table")
        .child(text_el("caption", "visually-hidden", &format!("Claims about: {}", as_read(store, &e.title))))
        .child(el("thead").child(head))
        .child(el("tbody").children(rows));
    let disagreements = (!inc.disagreements.is_empty()).then(|| {
        el("p").class("incident-disagreements").text("Where the sources disagree about this incident: ").children(
            inc.disagreements.iter().enumerate().flat_map(|(k, d)| {
                let sep = (k > 0).then(|| text_el("span", "", "; "));
                sep.into_iter().chain([link(&disagreement_href(&d.id), &d.title)])
            }),
        )
    });
    let meta = el("p").class("incident-meta").child(date_el(&e.date, e.precision, e.end_date.as_deref())).text(" · ").child(
        text_el("span", "contest-badge", if contested { "Contested" } else { "Single account in the sources" })
            .attr("data-contested", if contested { "true" } else { "false" }),
    );
    el("section")
        .class("incident")
        .id(&format!("incident-{}", e.id))
        .attr("data-contested", if contested { "true" } else { "false" })
        .attr("aria-labelledby", &heading_id)
        .child(
            el("header")
                .class("incident-head")
                .child(text_el("h3", "", &as_read(store, &e.title)).id(&heading_id))
                .child(meta)
                .child(el("p").class("incident-actions").child(link(&event_href(&e.id), "The event under Events"))),
        )
        .child(el("div").class("table-wrap").child(table))
        .maybe(disagreements)
}

/// The whole ledger, oldest incident first.
pub fn section(store: &Store) -> El {
    let list = incidents(store);
    let intro = intro(list.len());
    el("section")
        .class("static-section ledger")
        .id("ledger")
        .attr("aria-labelledby", "ledger-title")
        .child(text_el("h2", "", "Claims ledger").id("ledger-title"))
        .child(text_el("p", "view-intro", &intro))
        .maybe(list.is_empty().then(|| text_el("p", "empty-state", NO_INCIDENTS)))
        .children(list.iter().map(|i| incident_el(store, i)))
}
