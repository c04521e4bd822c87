//! Links between views, shared by Narratives and Sources. Every link is a real
//! `<a href>` (so it can be opened in a new tab or copied) carrying its
//! destination in `data-dest`; a plain click is handled in place by one delegated
//! listener on the view (`handle_click`), and `refresh_links` keeps every href
//! current as the state changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::each;
use crate::app::{Ctx, Nav};
use crate::components::dom::memo;
use crate::components::{plain_click, scroll_to_top};
use crate::domain::query;
use crate::domain::url_state::{UrlState, View};

/// Where a link leads.
#[derive(Clone, Debug, PartialEq)]
pub enum Dest {
    /// The timeline with this event's card expanded.
    Event(String),
    /// The timeline as it is (filters kept).
    Timeline,
    /// The timeline filtered to one place.
    Place(String),
    /// The actors view with this actor selected.
    Actor(String),
    /// Narratives at this topic.
    Topic(String),
    /// Narratives with this ledger incident selected.
    Incident(String),
    /// Sources with this source highlighted.
    Source(String),
    /// An element of the current view, by id (no state change).
    Anchor(String),
}

impl Dest {
    /// The `data-dest` form: "event:ev-id".
    pub fn encode(&self) -> String {
        let (kind, id) = match self {
            Dest::Event(id) => ("event", id.as_str()),
            Dest::Timeline => ("timeline", ""),
            Dest::Place(id) => ("place", id.as_str()),
            Dest::Actor(id) => ("actor", id.as_str()),
            Dest::Topic(id) => ("topic", id.as_str()),
            Dest::Incident(id) => ("incident", id.as_str()),
            Dest::Source(id) => ("source", id.as_str()),
            Dest::Anchor(id) => ("anchor", id.as_str()),
        };
        format!("{kind}:{id}")
    }
    pub fn decode(text: &str) -> Option<Dest> {
        let (kind, id) = text.split_once(':')?;
        let id = id.to_string();
        Some(match kind {
            "event" => Dest::Event(id),
            "timeline" => Dest::Timeline,
            "place" => Dest::Place(id),
            "actor" => Dest::Actor(id),
            "topic" => Dest::Topic(id),
            "incident" => Dest::Incident(id),
            "source" => Dest::Source(id),
            "anchor" => Dest::Anchor(id),
            _ => return None,
        })
    }
}

/// What links need: the shared context and which events the timeline shows (to
/// know whether opening an event must clear the timeline's filters).
#[derive(Clone, Copy)]
pub struct Links {
    pub ctx: Ctx,
    pub shown: Memo<Vec<usize>>,
}

impl Links {
    /// Sets up the shown-events memo (recomputed only when the timeline's own
    /// state changes).
    pub fn new(ctx: Ctx) -> Links {
        let timeline = memo(move || ctx.state.with(|s| s.timeline.clone()));
        let shown = memo(move || timeline.with(|t| query::run(ctx.store, t).events));
        Links { ctx, shown }
    }
}

/// The state a destination leads to, from the current one.
pub fn apply(l: Links, dest: &Dest, s: &mut UrlState) {
    match dest {
        Dest::Event(id) => {
            s.view = View::Timeline;
            // When the current filters would hide the card, clear them (sort kept).
            let hidden = match l.ctx.store.event_index(id) {
                Some(i) => !l.shown.with_untracked(|v| v.contains(&i)),
                None => false,
            };
            if hidden {
                s.timeline = s.timeline.cleared();
            }
            s.timeline.open = Some(id.clone());
        }
        Dest::Timeline => s.view = View::Timeline,
        Dest::Place(id) => {
            s.view = View::Timeline;
            s.timeline = s.timeline.cleared();
            s.timeline.places = vec![id.clone()];
        }
        Dest::Actor(id) => {
            s.view = View::Actors;
            s.actors.selected = Some(id.clone());
        }
        Dest::Topic(id) => {
            s.view = View::Narratives;
            s.narratives.topic = Some(id.clone());
            s.narratives.incident = None;
        }
        Dest::Incident(id) => {
            s.view = View::Narratives;
            s.narratives.incident = Some(id.clone());
            s.narratives.topic = None;
        }
        Dest::Source(id) => {
            s.view = View::Sources;
            s.source = Some(id.clone());
        }
        Dest::Anchor(_) => {}
    }
}

/// The href of a destination from the current state.
pub fn href_for(l: Links, dest: &Dest) -> String {
    let mut s = l.ctx.state.get_untracked();
    apply(l, dest, &mut s);
    match dest {
        Dest::Anchor(id) => format!("{}#{id}", l.ctx.href(&s)),
        _ => l.ctx.href(&s),
    }
}

/// Follows a link in place: a new history entry, then the right scroll.
pub fn go(l: Links, dest: Dest) {
    let from = l.ctx.state.with_untracked(|s| s.view);
    l.ctx.update(Nav::Push, |s| apply(l, &dest, s));
    let to = l.ctx.state.with_untracked(|s| s.view);
    match dest {
        Dest::Anchor(id) => scroll_to_id(id),
        Dest::Topic(id) => scroll_to_id(format!("topic-{id}")),
        Dest::Source(id) if from == to => scroll_to_id(format!("source-{id}")),
        _ if from != to => scroll_to_top(),
        _ => {}
    }
}

/// The delegated click handler: a plain click on any `a[data-dest]` inside the
/// view is followed in place; other clicks (new tab, etc.) behave as usual.
pub fn handle_click(l: Links, ev: &web_sys::MouseEvent) {
    if !plain_click(ev) {
        return;
    }
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Ok(Some(a)) = target.closest("a[data-dest]") else { return };
    let Some(dest) = a.get_attribute("data-dest").and_then(|d| Dest::decode(&d)) else { return };
    ev.prevent_default();
    go(l, dest);
}

/// Keeps every `a[data-dest]` under `root` pointing at the right URL as the state
/// changes (a link keeps the rest of the state, like the chosen side).
pub fn refresh_links(l: Links, root: &web_sys::Element) {
    let root = root.clone();
    let mut drawn = false;
    crate::components::dom::render_effect(move || {
        l.ctx.state.track();
        // The first run is the drawing itself: `link` has just set every href.
        if !std::mem::replace(&mut drawn, true) {
            return;
        }
        each(&root, "a", |a| {
            if let Some(dest) = a.get_attribute("data-dest").and_then(|d| Dest::decode(&d)) {
                let _ = a.set_attribute("href", &href_for(l, &dest));
            }
        });
    });
}

/// Scrolls an element into view (top of the viewport) after the next paint.
pub fn scroll_to_id(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            crate::components::dom::scroll_into_view(&el, web_sys::ScrollLogicalPosition::Start);
        }
    });
}
