//! Events: every event in the timeline's default order (oldest first, undated
//! last), under its phase band and month heading, each as an expanded card
//! (src/views/timeline/card.rs and list.rs): date, kind, title, the full summary,
//! places and actors, figures, claims, disagreements, citations, linked events.

use super::html::{el, link, text_el, El};
use super::parts::*;
use crate::domain::date::month_heading;
use crate::domain::format::figure_text;
use crate::domain::labels::kind_label;
use crate::domain::model::Event;
use crate::domain::prose::as_read;
use crate::domain::store::Store;

fn places_and_actors(store: &Store, e: &Event) -> Option<El> {
    let places = e.places.iter().map(|p| {
        let chip = match store.place(p) {
            Some(_) => link(&place_href(p), ""),
            None => el("span"),
        };
        el("li").child(
            chip.class("chip").attr("data-chip", "place").child(text_el("span", "visually-hidden", "Place: ")).text(store.place_name(p)),
        )
    });
    let actors = e.actors.iter().map(|a| {
        let chip = match store.actor(a) {
            Some(actor) => link(&actor_href(a), "").attr("data-alignment", actor.alignment.as_str()),
            None => el("span"),
        };
        el("li").child(
            chip.class("chip").attr("data-chip", "actor").child(text_el("span", "visually-hidden", "Actor: ")).text(store.actor_name(a)),
        )
    });
    let list = el("ul").class("chips").attr("aria-label", "Places and actors").children(places.chain(actors));
    (!list.is_empty()).then_some(list)
}

fn headline_figures(store: &Store, e: &Event) -> Option<El> {
    let items: Vec<El> = e
        .claims
        .iter()
        .filter(|c| !c.figures.is_empty())
        .map(|c| {
            let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
            el("li").child(text_el("strong", "", &figures)).child(text_el(
                "span",
                "claimant",
                &format!(" — according to {}", store.actor_name(&c.claimant)),
            ))
        })
        .collect();
    (!items.is_empty()).then(|| el("ul").class("headline-figures").children(items))
}

fn claims(store: &Store, e: &Event) -> Option<El> {
    if e.claims.is_empty() {
        return None;
    }
    let items = e.claims.iter().map(|c| {
        let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
        el("li")
            .class("claim")
            .child(with_prose(
                el("p").child(el("strong").class("claimant").child(actor_link(store, &c.claimant, ""))).text(": "),
                store,
                &c.statement,
            ))
            .maybe((!figures.is_empty()).then(|| text_el("p", "figures", &figures)))
            .maybe(opinion_note(store, &c.citations))
            .child(citations_el(store, &c.citations))
    });
    Some(el("section").class("claims").attr("aria-label", "Claims").child(text_el("h5", "", "Claims")).child(el("ul").children(items)))
}

fn disagreements(store: &Store, e: &Event) -> Option<El> {
    let list = store.disagreements_for(&e.id);
    if list.is_empty() {
        return None;
    }
    let blocks = list.iter().map(|d| {
        let versions = d.versions.iter().map(|v| {
            el("li")
                .child(with_prose(
                    el("p").child(text_el("strong", "", &store.source_label(&v.citation.source))).text(": "),
                    store,
                    &v.account,
                ))
                .child(citations_el(store, std::slice::from_ref(&v.citation)))
        });
        el("div")
            .class("disagreement")
            .child(with_prose(el("p").child(el("strong").child(link(&disagreement_href(&d.id), &d.title))).text(": "), store, &d.summary))
            .child(el("ul").class("versions").children(versions))
    });
    Some(
        el("section")
            .class("disagreements")
            .attr("aria-label", "Sources disagree")
            .child(text_el("h5", "", "Where sources disagree"))
            .children(blocks),
    )
}

fn linked_events(store: &Store, index: usize) -> Option<El> {
    let e = &store.data.events[index];
    let responds = e.responds_to.iter().filter_map(|id| store.event_index(id)).map(|i| (i, "In response to:"));
    let led_to = store.led_to[index].iter().map(|&i| (i, "Led to:"));
    let links: Vec<El> = responds
        .chain(led_to)
        .map(|(i, rel)| {
            let t = &store.data.events[i];
            el("li")
                .child(text_el("span", "link-rel", rel))
                .text(" ")
                .child(link(&event_href(&t.id), &as_read(store, &t.title)))
                .text(" ")
                .child(date_el(&t.date, t.precision, None))
        })
        .collect();
    (!links.is_empty()).then(|| {
        el("section")
            .class("causal")
            .attr("aria-label", "Linked events")
            .child(text_el("h5", "", "Linked events"))
            .child(el("ul").children(links))
    })
}

fn card(store: &Store, index: usize) -> El {
    let e = &store.data.events[index];
    let details = el("div")
        .class("card-details")
        .child(prose_el(store, "p", "card-full-summary", &e.summary))
        .maybe(opinion_note(store, &e.citations))
        .maybe(e.inference.as_deref().map(|text| inference_el(store, text)))
        .maybe(claims(store, e))
        .maybe(disagreements(store, e))
        .child(
            el("section")
                .class("sources-cited")
                .attr("aria-label", "Citations")
                .child(text_el("h5", "", "Sources"))
                .child(citations_el(store, &e.citations)),
        )
        .maybe(linked_events(store, index));
    el("article")
        .class("card expanded")
        .id(&format!("event-{}", e.id))
        .attr("data-kind", e.kind.as_str())
        .child(
            el("header")
                .class("card-head")
                .child(date_el(&e.date, e.precision, e.end_date.as_deref()))
                .child(text_el("span", "kind-badge", kind_label(e.kind)).attr("data-kind", e.kind.as_str()))
                .maybe(store.rests_on_opinion(&e.citations).then(|| opinion_tag().attr("title", "Reported only in an opinion piece"))),
        )
        .child(text_el("h4", "card-title", &as_read(store, &e.title)))
        .maybe(places_and_actors(store, e))
        .maybe(headline_figures(store, e))
        .child(details)
}

/// The section: phase bands, month headings and cards, as the timeline lists them.
pub fn section(store: &Store) -> El {
    let total = store.data.events.len();
    let mut body = el("div").class("cards");
    let (mut month, mut phase) = (None, None);
    for &i in &store.chronological {
        let e = &store.data.events[i];
        if phase.as_ref() != Some(&e.phase) {
            phase = Some(e.phase.clone());
            let p = store.phase(&e.phase);
            body = body.child(
                el("div")
                    .class("phase-band")
                    .child(text_el("span", "phase-label", "Phase"))
                    .child(text_el("strong", "", p.map_or(e.phase.as_str(), |p| p.name.as_str())))
                    .child(prose_el(store, "span", "phase-desc", p.map_or("", |p| p.description.as_str()))),
            );
            month = None;
        }
        let m = store.event_dates[i].month_key();
        if month != Some(m) {
            month = Some(m);
            body = body.child(if m == 0 {
                // Undated events keep their own labelled place, last.
                el("div")
                    .class("month-heading undated-heading")
                    .child(text_el("h3", "", "Not dated in the sources"))
                    .child(text_el("p", "", "The articles report these events without a date: they are placed in no month, listed last, and left out by any date range."))
            } else {
                el("div").class("month-heading").child(text_el("h3", "", &month_heading(m)))
            });
        }
        body = body.child(card(store, i));
    }
    el("section")
        .class("static-section")
        .id("events")
        .attr("aria-labelledby", "events-title")
        .child(text_el("h2", "", "Events").id("events-title"))
        .child(text_el("p", "view-intro", &format!("{total} events")))
        .child(body)
}
