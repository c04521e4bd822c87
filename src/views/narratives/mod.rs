//! Narratives: the two governments' positions on each topic side by side, every
//! point attributed and quoted, then the ledger of contested figures.
//! State in the URL: `topic` (scrolled to and highlighted), `side` (which columns
//! show) and `incident` (the highlighted ledger entry).
//!
//! Everything is drawn once with the shared builder and kept in step with the URL
//! by the effects below.

mod ledger;
mod topic;

use leptos::prelude::*;

use crate::components::dom::{each, el, mark_selected, pressed, render_effect, text_el, El};
use crate::components::links::{action, delegate, link, scroll_to_id};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::labels::{NARRATIVES_INTRO, NO_NARRATIVES};
use crate::domain::url_state::Side;

const SIDES: [(Side, &str); 3] = [(Side::Both, "Both"), (Side::Pakistan, "Pakistan"), (Side::Afghanistan, "Afghanistan")];

/// The side toggle: visible at every width; its buttons carry their intent,
/// their pressed state is set by the view's effect.
fn side_toggle_el() -> El {
    el("div", "side-toggle no-print")
        .attr("role", "group")
        .attr("aria-label", "Positions shown")
        .child(text_el("span", "side-toggle-label", "Show").attr("aria-hidden", "true"))
        .children(
            SIDES.map(|(v, label)| {
                action(&Intent::Side(v), "button", label).attr("data-side-option", v.as_str()).attr("aria-pressed", "false")
            }),
        )
}

/// The list of topics, each a link to its section, with its verdict.
fn topic_list_el(ctx: Ctx) -> El {
    let items = ctx.store.data.narratives.iter().map(|n| {
        el("li", "").child(link(&Intent::Topic(n.id.clone()), "", &n.topic).attr("data-topic-link", &n.id)).text(" ").child(
            text_el("span", "verdict-mini", crate::domain::labels::verdict_label(n.divergence))
                .attr("data-divergence", n.divergence.as_str()),
        )
    });
    el("nav", "topic-nav no-print")
        .attr("aria-label", "Topics")
        .child(text_el("h2", "topic-nav-title", "Topics"))
        .child(el("ol", "topic-list").children(items))
        .child(el("p", "ledger-jump").child(link(&Intent::Anchor("ledger".into()), "", "Jump to the claims ledger")))
}

/// The view, drawn under the current owner.
pub fn view() -> El {
    let ctx = Ctx::expect();
    let store = ctx.store;
    let side = Memo::new(move |_| ctx.state.with(|s| s.narratives.side));
    let topic = Memo::new(move |_| ctx.state.with(|s| s.narratives.topic.clone()));
    let incident = Memo::new(move |_| ctx.state.with(|s| s.narratives.incident.clone()));

    let topics = el("div", "topics")
        .id("topics")
        .children(store.data.narratives.iter().map(|n| topic::topic_el(ctx, n)))
        .maybe(store.data.narratives.is_empty().then(|| text_el("p", "empty-state", NO_NARRATIVES)));
    let topics_node = topics.0.clone();
    let root = el("section", "view narratives-view")
        .child(text_el("h1", "", "Narratives"))
        .child(text_el("p", "view-intro", NARRATIVES_INTRO))
        .child(
            el("div", "narratives-layout")
                .child(topic_list_el(ctx))
                .child(el("div", "narratives-main").child(side_toggle_el()).child(topics).child(ledger::ledger_el(ctx))),
        );
    let root = delegate(root, ctx, |_, _| {});

    // Keep the toggle and highlights in step with the URL.
    let node = root.0.clone();
    render_effect(move || {
        let (sd, t, i) = (side.get(), topic.get(), incident.get());
        let _ = topics_node.set_attribute("data-showing", sd.as_str());
        each(&node, "button", |b| {
            if let Some(v) = b.get_attribute("data-side-option") {
                pressed(&b, v == sd.as_str());
            }
        });
        mark_selected(&node, "section", "data-topic-id", t.as_deref(), "selected");
        mark_selected(&node, "a", "data-topic-link", t.as_deref(), "current");
        mark_selected(&node, "section", "data-incident-id", i.as_deref(), "selected");
    });
    // Deep links: scroll to the topic whenever it changes (on load, Back, Forward);
    // a linked ledger incident is scrolled to on load (selecting one in place does
    // not jump).
    let mut scrolled: Option<Option<String>> = None;
    Effect::new(move |_| {
        let now = topic.get();
        if scrolled.as_ref() != Some(&now) {
            if let Some(id) = &now {
                scroll_to_id(format!("topic-{id}"));
            }
        }
        scrolled = Some(now);
    });
    if let Some(id) = incident.get_untracked() {
        scroll_to_id(format!("incident-{id}"));
    }
    root
}
