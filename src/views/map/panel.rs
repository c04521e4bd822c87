//! The selected place: its shown events (each opening its card on the
//! timeline), the claims made about them and any source disagreement.

use leptos::prelude::*;

use super::Scene;
use crate::components::citation::{opinion_note, opinion_tag};
use crate::components::disagreement::disagreement_el;
use crate::components::dom::{el, text_el, El};
use crate::components::links::{action, link};
use crate::components::prose::with_prose;
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::map::list::{accessible_name, place_detail, precision_label};
use crate::domain::prose::as_read;

/// Brings a newly selected place's panel into view on narrow screens.
pub fn reveal() {
    request_animation_frame(|| {
        let Some(panel) = document().get_element_by_id("map-panel") else { return };
        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
        if panel.get_bounding_client_rect().top() > height - 120.0 {
            panel.scroll_into_view_with_bool(true);
        }
    });
}

pub fn panel(ctx: Ctx, scene: Scene) -> El {
    // Redrawn whole when the selection or the shown events change (its links
    // and buttons are the view's delegated intents: nothing to dispose).
    el("aside", "map-panel").id("map-panel").attr("aria-labelledby", "map-panel-title").bind(move |aside| {
        let part = match scene.selected.get() {
            None => el("div", "panel-empty").child(text_el("h2", "", "No place selected").id("map-panel-title")).child(text_el(
                "p",
                "muted",
                "Select a place on the map or in the list to see its events and the claims made about them.",
            )),
            Some(p) => scene.shown.with(|s| detail(ctx, scene, p, s)),
        };
        aside.set_text_content(None);
        let _ = aside.append_child(&part.0);
    })
}

fn detail(ctx: Ctx, scene: Scene, p: usize, shown: &super::Shown) -> El {
    let store = ctx.store;
    let data = scene.data;
    let place = &store.data.places[p];
    let m = &data.index.places[p];
    let d = place_detail(store, &data.index, &shown.events, p);
    let name = accessible_name(store, &data.index, &shown.counts, p);
    let events = el("ul", "map-events").children(d.events.iter().map(|e| {
        let ev = &store.data.events[e.event];
        el("li", "")
            .attr("data-event-id", &ev.id)
            .child(text_el("span", "map-event-date", &e.date))
            .child(text_el("span", "map-event-kind", e.kind_label))
            .child(link(&Intent::OpenEvent(ev.id.clone()), "map-event-title", &as_read(store, &e.title)))
            .maybe(store.rests_on_opinion(&ev.citations).then(|| opinion_tag().attr("title", "Reported only in an opinion piece")))
            .maybe(e.disputed.then(|| text_el("span", "disputed-tag", "Disputed")))
    }));
    let claims = el("ul", "map-claims").children(d.claims.iter().map(|c| {
        let sources = c.sources.iter().map(|s| store.source_label(s)).collect::<Vec<_>>().join(", ");
        el("li", "map-claim")
            .attr("data-claim-id", &c.claim.id)
            .child(with_prose(el("span", "").child(text_el("strong", "", c.claimant)).text(": "), store, &c.claim.statement))
            .child(text_el("span", "muted", &format!(" (source: {sources})")))
            .maybe(opinion_note(store, &c.claim.citations))
    }));
    let mut root = el("div", "panel-detail")
        .attr("data-place-id", &place.id)
        .child(text_el("h2", "", &place.name).id("map-panel-title").attr("tabindex", "-1"))
        .child(text_el("p", "muted", &format!("{name}. Location: {}.", precision_label(m.kind, m.shape.is_some()))))
        .child(
            el("p", "panel-actions")
                .child(link(&Intent::PlaceOnTimeline(place.id.clone()), "", "Show on the timeline"))
                .child(action(&Intent::SelectPlace(None), "button", "Close").attr("aria-label", "Close the place panel")),
        )
        .child(text_el("h3", "", "Events"));
    root = if d.events.is_empty() {
        root.child(text_el("p", "muted", "No event shown here with the current filters and month."))
    } else {
        root.child(events)
    };
    if !d.claims.is_empty() {
        root = root.child(text_el("h3", "", "Claims")).child(claims);
    }
    if !d.disagreements.is_empty() {
        root = root
            .child(text_el("h3", "", "Where the sources disagree"))
            .children(d.disagreements.iter().map(|x| disagreement_el(store, x, "4")));
    }
    root
}
