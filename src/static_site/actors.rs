//! Actors: every actor as the Actors panel shows it (src/views/actors/panel.rs),
//! grouped under the network's band headings in its reading order, each with a
//! table of its ties (the columns of src/views/actors/table.rs, with the quotes
//! in the Evidence column) and the events that name it.

use super::html::{el, link, text_el, El};
use super::parts::*;
use crate::domain::graph::layout;
use crate::domain::labels::{actor_kind_label, alignment_label, relation_label};
use crate::domain::model::{Actor, RelationKind};
use crate::domain::prose::as_read;
use crate::domain::sort::sort_indices;
use crate::domain::store::Store;
use crate::domain::ties::{period_text, Column};

/// An actor's name in its own ties: plain for itself, a link for the other.
fn tie_name(store: &Store, id: &str, current: &str) -> El {
    if id == current {
        text_el("strong", "tie-self", store.actor_name(id))
    } else {
        actor_link(store, id, "")
    }
}

fn kind_order(k: RelationKind) -> usize {
    RelationKind::ALL.iter().position(|x| *x == k).unwrap_or(usize::MAX)
}

fn ties_el(store: &Store, actor: &Actor) -> El {
    let id = actor.id.as_str();
    let mut ties: Vec<usize> =
        (0..store.data.relations.len()).filter(|&r| store.data.relations[r].from == id || store.data.relations[r].to == id).collect();
    // The panel's order: by tie type, then the other actor's name.
    let key = |r: usize| {
        let rel = &store.data.relations[r];
        let other = if rel.from == id { &rel.to } else { &rel.from };
        (kind_order(rel.kind), store.actor_name(other), rel.id.as_str())
    };
    sort_indices(&mut ties, &|a, b| key(a).cmp(&key(b)));
    let section =
        el("section").class("profile-ties").attr("aria-label", "Ties").child(text_el("h5", "", &format!("Ties ({})", ties.len())));
    if ties.is_empty() {
        return section.child(text_el("p", "muted", "The sources describe no ties for this actor."));
    }
    // Each cell names its column (`data-label`): on a phone the rows read as labelled blocks.
    let cell = |c: Column| el("td").class(c.class()).attr("data-label", c.label());
    let rows = ties.iter().map(|&r| {
        let rel = &store.data.relations[r];
        el("tr")
            .child(cell(Column::From).child(tie_name(store, &rel.from, id)))
            .child(
                cell(Column::Relation)
                    .child(text_el("span", "rel-name", relation_label(rel.kind)).attr("data-kind", rel.kind.as_str()))
                    .child(prose_el(store, "span", "rel-summary", &rel.summary)),
            )
            .child(cell(Column::To).child(tie_name(store, &rel.to, id)))
            .child(cell(Column::Period).text(&period_text(rel.period.as_ref())))
            .child(cell(Column::Evidence).maybe(opinion_note(store, &rel.citations)).child(citations_el(store, &rel.citations)))
    });
    let head = el("tr").children(Column::ALL.into_iter().map(|c| text_el("th", c.class(), c.label()).attr("scope", "col")));
    section.child(
        el("div").class("table-scroll").child(
            el("table")
                .class("ties-table")
                .child(text_el("caption", "visually-hidden", &format!("Ties: {}", actor.name)))
                .child(el("thead").child(head))
                .child(el("tbody").children(rows)),
        ),
    )
}

fn events_el(store: &Store, actor: &Actor) -> El {
    let events: Vec<usize> = store.chronological.iter().copied().filter(|&e| store.data.events[e].actors.contains(&actor.id)).collect();
    let items: Vec<El> = events
        .iter()
        .map(|&e| {
            let ev = &store.data.events[e];
            el("li").class("actor-event").child(date_el(&ev.date, ev.precision, ev.end_date.as_deref())).child(
                el("span").child(link(&event_href(&ev.id), &as_read(store, &ev.title)).class("event-link")).maybe(
                    store
                        .rests_on_opinion(&ev.citations)
                        .then(|| el("span").text(" ").child(opinion_tag().attr("title", "Reported only in an opinion piece"))),
                ),
            )
        })
        .collect();
    let count = items.len();
    let section = el("section").class("profile-events").attr("aria-label", "Events").child(text_el("h5", "", &format!("Events ({count})")));
    if count == 0 {
        section.child(text_el("p", "muted", "No event in the briefing names this actor."))
    } else {
        section.child(el("ol").class("actor-events").children(items))
    }
}

/// For the author of an opinion piece: says so, and lists its judgements in Narratives.
fn opinion_profile(store: &Store, id: &str) -> Option<El> {
    let source = store.opinion_piece(id)?;
    let points: Vec<El> = store
        .data
        .narratives
        .iter()
        .flat_map(|n| n.opinion.iter().filter(|p| p.actor == id).map(move |p| (n, p)))
        .map(|(n, p)| {
            el("li")
                .class("opinion-point")
                .child(opinion_tag())
                .text(" ")
                .child(prose_el(store, "span", "point-text", &p.text))
                .text(" · ")
                .child(link(&topic_href(&n.id), &n.topic))
        })
        .collect();
    let count = points.len();
    Some(
        el("section")
            .class("opinion-profile")
            .attr("aria-label", "Opinion")
            .child(
                el("p")
                    .class("opinion-note")
                    .child(opinion_tag())
                    .text(" The author of ")
                    .child(source_ref(store, &source.id, false))
                    .text(": its judgements are opinion, not a neutral third-party view."),
            )
            .maybe((count > 0).then(|| {
                el("div")
                    .child(text_el("h5", "", &format!("Its judgements in Narratives ({count})")))
                    .child(el("ul").class("opinion-points").children(points))
            })),
    )
}

fn profile(store: &Store, actor: &Actor) -> El {
    let alignment = actor.alignment.as_str();
    el("article")
        .class("actor-profile")
        .id(&format!("actor-{}", actor.id))
        .child(text_el("h4", "", &actor.name))
        .child(
            el("p").class("profile-meta").child(text_el("span", "profile-kind", actor_kind_label(actor.kind))).text(" ").child(
                el("span")
                    .class("chip")
                    .attr("data-alignment", alignment)
                    .child(el("span").class(&format!("swatch align-{alignment}")))
                    .text(alignment_label(actor.alignment)),
            ),
        )
        .maybe(opinion_profile(store, &actor.id))
        .child(prose_el(store, "p", "profile-description", &actor.description))
        .maybe(opinion_note(store, &actor.citations).filter(|_| store.opinion_piece(&actor.id).is_none()))
        .child(citations_el(store, &actor.citations))
        .child(ties_el(store, actor))
        .child(events_el(store, actor))
}

/// The section: one group per band of the network (Pakistan, armed groups,
/// third parties, Afghanistan), actors in the network's reading order.
pub fn section(store: &Store) -> El {
    let actors = &store.data.actors;
    let net = layout(actors, &store.data.relations, 1280.0);
    let groups = net.headings.iter().map(|h| {
        let members = net.order.iter().map(|&n| net.nodes[n].actor).filter(|&a| actors[a].alignment == h.alignment);
        el("div")
            .class("actor-group")
            .attr("data-alignment", h.alignment.as_str())
            .child(text_el("h3", "", h.text))
            .children(members.map(|a| profile(store, &actors[a])))
    });
    el("section")
        .class("static-section actors-view")
        .id("actors")
        .attr("aria-labelledby", "actors-title")
        .child(text_el("h2", "", "Actors").id("actors-title"))
        .children(groups)
}
