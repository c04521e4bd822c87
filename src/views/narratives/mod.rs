//! Narratives: the two governments' positions on each topic side by side, every
//! point attributed and quoted, then the ledger of contested figures.
//! State in the URL: `topic` (scrolled to and highlighted), `side` (which columns
//! show) and `incident` (the highlighted ledger entry).
//!
//! Everything is drawn once with the shared builder and kept in step with the URL
//! by the effects below.

pub mod dom;
pub mod ledger;
pub mod links;
pub mod topic;

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::domain::url_state::Side;
use crate::components::dom::{effect, memo, render_effect};
use dom::{el, link, mark_selected, text_el, El};
use links::{handle_click, refresh_links, scroll_to_id, Dest, Links};

const SIDES: [(Side, &str); 3] = [(Side::Both, "Both"), (Side::Pakistan, "Pakistan"), (Side::Afghanistan, "Afghanistan")];

/// The side toggle: visible at every width; its buttons are handled by the
/// view's click listener, their pressed state set by the view's effect.
fn side_toggle_el() -> El {
    el("div", "side-toggle no-print")
        .attr("role", "group")
        .attr("aria-label", "Positions shown")
        .child(text_el("span", "side-toggle-label", "Show").attr("aria-hidden", "true"))
        .children(SIDES.map(|(v, label)| {
            text_el("button", "button", label).attr("type", "button").attr("data-side-option", v.as_str()).attr("aria-pressed", "false")
        }))
}

/// A click on a side button switches sides (replacing the history entry).
fn handle_side_click(ctx: crate::app::Ctx, ev: &web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(button)) = target.closest("button[data-side-option]") else { return };
    let value = button.get_attribute("data-side-option");
    if let Some(&(side, _)) = SIDES.iter().find(|(v, _)| Some(v.as_str()) == value.as_deref()) {
        ctx.update(Nav::Replace, |s| s.narratives.side = side);
    }
}

/// The list of topics, each a link to its section, with its verdict.
fn topic_list_el(ctx: Ctx) -> El {
    let items = ctx.store.data.narratives.iter().map(|n| {
        el("li", "")
            .child(link(&Intent::Topic(n.id.clone()), "", &n.topic).attr("data-topic-link", &n.id))
            .text(" ")
            .child(text_el("span", "verdict-mini", topic::verdict_label(n.divergence)).attr("data-divergence", n.divergence.as_str()))
    });
    el("nav", "topic-nav no-print")
        .attr("aria-label", "Topics")
        .child(text_el("h2", "topic-nav-title", "Topics"))
        .child(el("ol", "topic-list").children(items))
        .child(el("p", "ledger-jump").child(link(&Intent::Anchor("ledger".into()), "", "Jump to the claims ledger")))
}

/// The view, drawn under the current owner.
pub fn view() -> El {
    let ctx = use_ctx();
    let store = ctx.store;
    let l = Links::new(ctx);
    let side = memo(move || ctx.state.with(|s| s.narratives.side));
    let topic = memo(move || ctx.state.with(|s| s.narratives.topic.clone()));
    let incident = memo(move || ctx.state.with(|s| s.narratives.incident.clone()));

    let topics = el("div", "topics")
        .id("topics")
        .children(store.data.narratives.iter().map(|n| topic::topic_el(l, n)))
        .maybe(store.data.narratives.is_empty().then(|| text_el("p", "empty-state", "This briefing records no narrative topics.")));
    let topics_node = topics.0.clone();
    let root = el("section", "view narratives-view")
        .child(text_el("h1", "", "Narratives"))
        .child(text_el(
            "p",
            "view-intro",
            "The two governments tell different stories about the same events. Each topic sets out the question, \
             then Pakistan's and Afghanistan's stated positions side by side, each point attributed to who said it \
             and quoted from its source, followed by independent and third-party views. The verdict says only \
             whether the two positions agree, dispute each other, or whether only one side addresses the question; \
             it does not say who is right.",
        ))
        .child(
            el("div", "narratives-layout")
                .child(topic_list_el(l))
                .child(el("div", "narratives-main").child(side_toggle_el()).child(topics).child(ledger::ledger_el(l))),
        )
        .on("click", move |ev| {
            use wasm_bindgen::JsCast;
            let ev: &web_sys::MouseEvent = ev.unchecked_ref();
            handle_side_click(ctx, ev);
            handle_click(l, ev);
        });
    refresh_links(l, &root.0);

    // Keep the toggle and highlights in step with the URL.
    let node = root.0.clone();
    render_effect(move || {
        let (sd, t, i) = (side.get(), topic.get(), incident.get());
        let _ = topics_node.set_attribute("data-showing", sd.as_str());
        dom::each(&node, "button", |b| {
            if let Some(v) = b.get_attribute("data-side-option") {
                let _ = b.set_attribute("aria-pressed", if v == sd.as_str() { "true" } else { "false" });
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
    effect(move || {
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
