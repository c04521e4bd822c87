//! The selected actor: profile, each tie with its evidence, its events, and links
//! to the timeline filtered to it.

use leptos::prelude::*;

use super::swatches::{relation_swatch, shape_swatch};
use super::Scene;
use crate::components::citation::{citations_el, opinion_note, opinion_tag};
use crate::components::date_label::date_el;
use crate::components::dom::{el, text_el, El};
use crate::components::links::{action, link};
use crate::components::prose::{prose_el, source_ref};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::labels::{actor_kind_label, alignment_label, relation_label, relation_verb};
use crate::domain::model::RelationKind;
use crate::domain::prose::as_read;
use crate::domain::sort::sort_indices;
use crate::domain::ties::period_text;

/// The panel: the selected actor's profile, or a hint when none is.
pub fn actor_panel(ctx: Ctx, scene: Scene) -> El {
    el("aside", "actor-panel").id("actor-panel").attr("aria-label", "Actor details").dyn_child(
        move || scene.selected.get(),
        move |selected| {
            Some(match *selected {
                Some(i) => profile(ctx, i, scene),
                None => el("div", "panel-hint").child(text_el("h2", "", "No actor selected")).child(text_el(
                    "p",
                    "",
                    "Select an actor in the network or the table (click, or Tab to it and press Enter) \
                     to see its profile, each of its ties with the quotes behind it, and its events. \
                     Esc clears the selection.",
                )),
            })
        },
    )
}

/// An actor's name: other actors' names are buttons that select them.
fn actor_name(ctx: Ctx, id: &str, current: &str) -> El {
    let name = ctx.store.actor_name(id);
    if id == current {
        text_el("strong", "tie-self", name)
    } else {
        action(&Intent::SelectActor(Some(id.to_string())), "link-button", name).attr("data-actor-ref", id)
    }
}

/// One tie of the actor's: who to whom, its type and period, its summary and quotes.
fn tie_el(ctx: Ctx, r: usize, actor: &str) -> El {
    let rel = &ctx.store.data.relations[r];
    el("li", "tie")
        .attr("data-relation-id", &rel.id)
        .attr("data-kind", rel.kind.as_str())
        .child(
            el("p", "tie-head")
                .child(relation_swatch(rel.kind))
                .child(actor_name(ctx, &rel.from, actor))
                .text(" ")
                .child(text_el("span", "tie-verb", relation_verb(rel.kind)))
                .text(" ")
                .child(actor_name(ctx, &rel.to, actor)),
        )
        .child(el("p", "tie-meta").child(text_el("span", "tie-kind", relation_label(rel.kind))).text(" · ").child(text_el(
            "span",
            "tie-period",
            &period_text(rel.period.as_ref()),
        )))
        .child(prose_el(ctx.store, "p", "tie-summary", &rel.summary))
        .maybe(opinion_note(ctx.store, &rel.citations))
        .child(citations_el(ctx.store, &rel.citations))
}

/// Redraws the ties section for the filters: the ones they show, and how many
/// they hide.
fn draw_ties(ctx: Ctx, section: &web_sys::Element, actor: &str, all_ties: &[usize], shown: &[bool]) {
    let store = ctx.store;
    let total_ties = all_ties.len();
    let mut visible: Vec<usize> = all_ties.iter().copied().filter(|&r| shown[r]).collect();
    let key = |r: usize| {
        let rel = &store.data.relations[r];
        let other = if rel.from == actor { &rel.to } else { &rel.from };
        (kind_order(rel.kind), store.actor_name(other), rel.id.as_str())
    };
    sort_indices(&mut visible, &|a, b| key(a).cmp(&key(b)));
    let hidden = total_ties - visible.len();
    section.set_text_content(None);
    let part = El(section.clone())
        .child(text_el("h3", "", &format!("Ties ({} of {total_ties} shown)", total_ties - hidden)))
        .maybe((hidden > 0).then(|| {
            el("p", "ties-hidden")
                .text(&format!(
                    "{hidden} more {} hidden by the tie type or date filters. ",
                    if hidden == 1 { "tie is" } else { "ties are" }
                ))
                .child(action(&Intent::ShowAllTies, "link-button", "Show all ties"))
        }))
        .maybe((total_ties == 0).then(|| text_el("p", "muted", "The sources describe no ties for this actor.")));
    part.child(el("ul", "ties").children(visible.into_iter().map(|r| tie_el(ctx, r, actor))));
}

fn profile(ctx: Ctx, i: usize, scene: Scene) -> El {
    let store = ctx.store;
    let actor = &store.data.actors[i];
    let id = actor.id.clone();

    // Ties touching the actor, redrawn when the filters change.
    let all_ties: Vec<usize> =
        (0..store.data.relations.len()).filter(|&r| store.data.relations[r].from == id || store.data.relations[r].to == id).collect();
    let ties = el("section", "profile-ties").attr("aria-label", "Ties").bind({
        let id = id.clone();
        move |section| scene.filter.with(|f| draw_ties(ctx, section, &id, &all_ties, &f.shown))
    });

    let events: Vec<usize> = store.chronological.iter().copied().filter(|&e| store.data.events[e].actors.contains(&id)).collect();
    let event_count = events.len();
    let event_items = events.into_iter().map(|e| {
        let ev = &store.data.events[e];
        let intent = Intent::ActorOnTimeline { actor: id.clone(), open: Some(ev.id.clone()) };
        el("li", "actor-event").attr("data-event-id", &ev.id).child(date_el(&ev.date, ev.precision, ev.end_date.as_deref())).child(
            el("span", "").child(link(&intent, "event-link", &as_read(store, &ev.title)).attr("data-event-id", &ev.id)).maybe(
                store
                    .rests_on_opinion(&ev.citations)
                    .then(|| el("span", "").text(" ").child(opinion_tag().attr("title", "Reported only in an opinion piece"))),
            ),
        )
    });
    let event_items: Vec<El> = event_items.collect();

    let alignment = actor.alignment.as_str();

    el("article", "actor-profile")
        .attr("data-actor-id", &id)
        .child(
            el("header", "profile-head").child(text_el("h2", "", &actor.name).id("actor-panel-title").attr("tabindex", "-1")).child(
                action(&Intent::SelectActor(None), "button ghost close", "×")
                    .attr("aria-label", "Close actor details (Esc)")
                    .attr("title", "Close (Esc)"),
            ),
        )
        .child(
            el("p", "profile-meta")
                .child(shape_swatch(actor.kind, actor.alignment))
                .child(text_el("span", "profile-kind", actor_kind_label(actor.kind)))
                .child(
                    el("span", "chip")
                        .attr("data-alignment", alignment)
                        .child(el("span", &format!("swatch align-{alignment}")))
                        .text(alignment_label(actor.alignment)),
                ),
        )
        .maybe(opinion_profile(ctx, &id))
        .child(prose_el(store, "p", "profile-description", &actor.description))
        .maybe(opinion_note(store, &actor.citations).filter(|_| store.opinion_piece(&id).is_none()))
        .child(citations_el(store, &actor.citations))
        .child(
            el("p", "profile-actions")
                .child(link(
                    &Intent::ActorOnTimeline { actor: id.clone(), open: None },
                    "button primary show-on-timeline",
                    "Show on timeline",
                ))
                .child(text_el("span", "muted", &format!("{event_count} {}", if event_count == 1 { "event" } else { "events" }))),
        )
        .child(ties)
        .child(
            el("section", "profile-events")
                .attr("aria-label", "Events")
                .child(text_el("h3", "", &format!("Events ({event_count})")))
                .maybe((event_count == 0).then(|| text_el("p", "muted", "No event in the briefing names this actor.")))
                .child(el("ol", "actor-events").children(event_items)),
        )
}

/// For the author of an opinion piece: says so, and lists its judgements (the
/// Narratives' opinion points), each labelled opinion and linked to its topic.
fn opinion_profile(ctx: Ctx, id: &str) -> Option<El> {
    let store = ctx.store;
    let source = store.opinion_piece(id)?;
    let points: Vec<El> = store
        .data
        .narratives
        .iter()
        .flat_map(|n| n.opinion.iter().filter(|p| p.actor == id).map(move |p| (n, p)))
        .map(|(n, p)| {
            el("li", "opinion-point")
                .child(opinion_tag())
                .text(" ")
                .child(prose_el(store, "span", "point-text", &p.text))
                .text(" · ")
                .child(link(&Intent::Topic(n.id.clone()), "", &n.topic))
        })
        .collect();
    let count = points.len();
    Some(
        el("section", "opinion-profile")
            .attr("data-testid", "opinion-profile")
            .attr("aria-label", "Opinion")
            .child(
                el("p", "opinion-note")
                    .child(opinion_tag())
                    .text(" The author of ")
                    .child(source_ref(store, &source.id, false, true))
                    .text(": its judgements are opinion, not a neutral third-party view."),
            )
            .maybe((count > 0).then(|| {
                el("div", "")
                    .child(text_el("h3", "", &format!("Its judgements in Narratives ({count})")))
                    .child(el("ul", "opinion-points").children(points))
            })),
    )
}

fn kind_order(k: RelationKind) -> usize {
    RelationKind::ALL.iter().position(|x| *x == k).unwrap_or(usize::MAX)
}
