//! The SVG network: nodes drawn by kind and alignment, typed and directed ties,
//! zoom and sideways scrolling on narrow screens, and the legend.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::Element;

use super::swatches::{relation_swatch, shape_swatch};
use super::{reveal_panel, Scene};
use crate::components::dom::{el, event_target, flag, pressed, render_effect, svg, text_el, El};
use crate::components::links::{follow, intent_of, set_intent};
use crate::ctx::Ctx;
use crate::domain::graph::{num, relation_dash, relation_width, shape_path, Layout};
use crate::domain::intent::Intent;
use crate::domain::labels::{actor_kind_label, alignment_label, relation_label, relation_verb};
use crate::domain::model::{ActorKind, Alignment, RelationKind};

const LINE_HEIGHT_TEXT: &str = "14";

/// Zoom levels in percent.
const ZOOMS: [u32; 7] = [50, 67, 80, 100, 125, 150, 200];

/// The drawing, built with plain DOM calls: one small non-generic builder keeps
/// the wasm far smaller than a typed view tree of the same SVG. All dataset text
/// goes in as text nodes.
struct Drawing {
    svg: web_sys::Element,
    /// (actor index, node element)
    nodes: Vec<(usize, web_sys::Element)>,
    /// (relation index, from actor, to actor, path element)
    edges: Vec<(usize, usize, usize, web_sys::Element)>,
}

fn build(store: &crate::domain::store::Store, l: &Layout) -> Drawing {
    let root = svg("svg").0;
    for (k, v) in [
        ("class", "network"),
        ("role", "group"),
        ("aria-label", "Network of actors and their ties"),
        ("viewBox", &format!("0 0 {} {}", l.width as u32, l.height as u32)),
    ] {
        let _ = root.set_attribute(k, v);
    }
    let defs = svg("defs").append_to(&root);
    for k in RelationKind::ALL {
        let id = format!("arrow-{}", k.as_str());
        let marker = svg("marker")
            .attr("id", &id)
            .attr("data-kind", k.as_str())
            .attr("viewBox", "0 0 10 10")
            .attr("refX", "9")
            .attr("refY", "5")
            .attr("markerWidth", "9")
            .attr("markerHeight", "9")
            .attr("markerUnits", "userSpaceOnUse")
            .attr("orient", "auto")
            .append_to(&defs);
        svg("path").attr("class", "arrow").attr("d", "M0 0L10 5L0 10Z").append_to(&marker);
    }
    let bands = svg("g").attr("class", "bands").append_to(&root);
    for hd in &l.headings {
        let t = svg("text")
            .attr("class", "band-heading")
            .attr("data-alignment", hd.alignment.as_str())
            .attr("x", &num(hd.x))
            .attr("y", &num(hd.y))
            .attr("text-anchor", "middle")
            .append_to(&bands);
        t.set_text_content(Some(hd.text));
    }
    let edge_group = svg("g").attr("class", "edges").attr("aria-hidden", "true").append_to(&root);
    let edges = l
        .edges
        .iter()
        .map(|e| {
            let r = &store.data.relations[e.relation];
            let path = svg("path")
                .attr("class", "edge")
                .attr("data-kind", r.kind.as_str())
                .attr("data-relation-id", &r.id)
                .attr("d", &e.d)
                .attr("stroke-dasharray", relation_dash(r.kind))
                .attr("stroke-width", &num(relation_width(r.kind)))
                .attr("marker-end", &format!("url(#arrow-{})", r.kind.as_str()))
                .append_to(&edge_group);
            (e.relation, e.from, e.to, path)
        })
        .collect();
    let node_group = svg("g").attr("class", "nodes").append_to(&root);
    // Reading order, so Tab walks down each column in turn.
    let nodes = l
        .order
        .iter()
        .map(|&k| {
            let n = &l.nodes[k];
            let a = &store.data.actors[n.actor];
            let mut label = format!("{}, {}, {}", a.name, actor_kind_label(a.kind), alignment_label(a.alignment));
            if store.opinion_piece(&a.id).is_some() {
                label.push_str(", author of an opinion piece");
            }
            let g = svg("g")
                .attr("class", "node")
                .attr("data-actor-id", &a.id)
                .attr("data-kind", a.kind.as_str())
                .attr("tabindex", "0")
                .attr("role", "button")
                .attr("aria-label", &label)
                .attr("aria-pressed", "false")
                .append_to(&node_group);
            // The whole of the node and its label answers clicks.
            let hit_w = n.label.w.max(2.0 * n.r + 10.0);
            let top = n.y - n.r - 5.0;
            svg("rect")
                .attr("class", "hit")
                .attr("x", &num(n.x - hit_w / 2.0))
                .attr("y", &num(top))
                .attr("width", &num(hit_w))
                .attr("height", &num(n.label.y + n.label.h - top))
                .attr("fill", "transparent")
                .append_to(&g);
            svg("circle").attr("class", "ring").attr("cx", &num(n.x)).attr("cy", &num(n.y)).attr("r", &num(n.r + 5.0)).append_to(&g);
            svg("path")
                .attr("class", "shape")
                .attr("data-alignment", a.alignment.as_str())
                .attr("d", &shape_path(n.shape, n.x, n.y, n.r))
                .append_to(&g);
            let x = num(n.x);
            let text =
                svg("text").attr("class", "label").attr("x", &x).attr("y", &num(n.baseline)).attr("text-anchor", "middle").append_to(&g);
            for (i, line) in n.lines.iter().enumerate() {
                let span = svg("tspan").attr("x", &x).attr("dy", if i == 0 { "0" } else { LINE_HEIGHT_TEXT }).append_to(&text);
                span.set_text_content(Some(line));
            }
            (n.actor, g)
        })
        .collect();
    Drawing { svg: root, nodes, edges }
}

/// Takes the frame's width (to a multiple of 4), when it has one and it changed.
fn measure(frame: &Element, width: RwSignal<f64>) {
    let w = (frame.client_width() as f64 / 4.0).floor() * 4.0;
    if w > 0.0 && w != width.get_untracked() {
        width.set(w);
    }
}

/// A shared link with a selection, on a screen narrower than the network:
/// scroll the frame sideways so the selected actor is in view.
fn reveal_node(frame: Element, id: &str) {
    let selector = format!("[data-actor-id=\"{id}\"]");
    request_animation_frame(move || {
        let Some(node) = frame.query_selector(&selector).ok().flatten() else { return };
        let (f, n) = (frame.get_bounding_client_rect(), node.get_bounding_client_rect());
        if n.left() < f.left() || n.right() > f.right() {
            let centre = n.left() + n.width() / 2.0 - (f.left() + f.width() / 2.0);
            frame.set_scroll_left(frame.scroll_left() + centre as i32);
        }
    });
}

/// Keys in the network: Enter or Space on a node selects its actor, or clears
/// the selection (its click is the view's, like any intent); the zoom buttons zoom.
fn on_network_event(ctx: Ctx, zoom: RwSignal<usize>, ev: &web_sys::Event) {
    if ev.type_() == "keydown" {
        let key = wasm_bindgen::JsCast::unchecked_ref::<web_sys::KeyboardEvent>(ev).key();
        // Buttons answer Enter and Space with a click themselves.
        let Some((node, intent)) = intent_of(ev).filter(|(e, _)| e.tag_name() == "g") else { return };
        if key == "Enter" || key == " " {
            ev.prevent_default();
            follow(ctx, &intent);
            if matches!(intent, Intent::SelectActor(Some(_))) {
                reveal_panel();
            }
            let _ = node;
        }
        return;
    }
    let Some(button) = event_target(ev).and_then(|t| t.closest("[data-zoom]").ok().flatten()) else { return };
    match button.get_attribute("data-zoom").as_deref() {
        Some("out") => zoom.update(|z| *z = z.saturating_sub(1)),
        Some("in") => zoom.update(|z| *z = (*z + 1).min(ZOOMS.len() - 1)),
        _ => zoom.set(3),
    }
}

/// Shows the selection and the filters on the drawing, at the zoom.
fn style(store: &crate::domain::store::Store, d: &Drawing, selected: Option<usize>, shown: &[bool], size: (u32, u32)) {
    let _ = d.svg.set_attribute("width", &size.0.to_string());
    let _ = d.svg.set_attribute("height", &size.1.to_string());
    // The selected actor and those tied to it by a tie on show.
    let mut tied = vec![false; store.data.actors.len()];
    if let Some(s) = selected {
        tied[s] = true;
        for (r, from, to, _) in &d.edges {
            if shown[*r] && (*from == s || *to == s) {
                tied[*from] = true;
                tied[*to] = true;
            }
        }
    }
    for (i, g) in &d.nodes {
        let class = match selected {
            None => "node",
            Some(s) if s == *i => "node is-selected",
            Some(_) if tied[*i] => "node is-tied",
            Some(_) => "node is-dimmed",
        };
        let _ = g.set_attribute("class", class);
        let on = selected == Some(*i);
        pressed(g, on);
        // A click on the selected actor clears the selection.
        set_intent(g, &Intent::SelectActor((!on).then(|| store.data.actors[*i].id.clone())));
    }
    for (r, from, to, path) in &d.edges {
        let class = match selected {
            _ if !shown[*r] => "edge is-hidden",
            None => "edge",
            Some(s) if s == *from || s == *to => "edge is-active",
            Some(_) => "edge is-dimmed",
        };
        let _ = path.set_attribute("class", class);
    }
}

/// The network with its zoom tools. The drawing goes in once the frame is on
/// the page (it is laid out for the frame's width).
pub fn network(ctx: Ctx, scene: Scene) -> El {
    let store = ctx.store;
    let frame = el("div", "network-frame");
    // The drawing is laid out for the width it is shown at, so text stays at its size.
    let width = RwSignal::new(0.0f64);
    let zoom = RwSignal::new(3usize);
    let resize = {
        let frame = frame.0.clone();
        window_event_listener(leptos::ev::resize, move |_| measure(&frame, width))
    };
    on_cleanup(move || resize.remove());

    let layout = Memo::new(move |_| crate::domain::graph::layout(&store.data.actors, &store.data.relations, width.get()));

    // Build (again) when the layout changes; then style for the selection and filters.
    // An effect, not a render effect: it first runs once the frame is on the page.
    let drawing: Rc<RefCell<Option<Drawing>>> = Rc::default();
    let generation = RwSignal::new(0u32);
    Effect::new({
        let (frame, drawing) = (frame.0.clone(), drawing.clone());
        move |_| {
            if width.get_untracked() == 0.0 {
                measure(&frame, width);
            }
            let built = layout.with(|l| build(store, l));
            if let Some(old) = drawing.borrow_mut().take() {
                old.svg.remove();
            }
            let _ = frame.append_child(&built.svg);
            *drawing.borrow_mut() = Some(built);
            generation.update(|g| *g += 1);
            if let Some(i) = scene.selected.get_untracked() {
                reveal_node(frame.clone(), &store.data.actors[i].id);
            }
        }
    });

    let zoom_out = text_el("button", "button", "−").attr("aria-label", "Zoom out").attr("data-zoom", "out");
    let level = el("button", "button zoom-level").attr("aria-label", "Reset zoom").attr("data-zoom", "reset");
    let zoom_in = text_el("button", "button", "+").attr("aria-label", "Zoom in").attr("data-zoom", "in");
    let hint = text_el("p", "network-hint", "Scroll sideways to see the whole network, zoom out, or switch to the table.");
    // One effect for the zoom tools and the drawing's styles.
    let parts = [zoom_out.0.clone(), level.0.clone(), zoom_in.0.clone(), hint.0.clone()];
    render_effect(move || {
        generation.track();
        let z = zoom.get();
        let selected = scene.selected.get();
        let (w, h) = layout.with(|l| (l.width, l.height));
        let percent = ZOOMS[z];
        flag(&parts[0], "disabled", z == 0);
        parts[1].set_text_content(Some(&format!("{percent}%")));
        flag(&parts[2], "disabled", z + 1 == ZOOMS.len());
        let overflows = w * percent as f64 > (width.get() + 1.0) * 100.0;
        flag(&parts[3], "hidden", !overflows);
        let size = (w as u32 * percent / 100, h as u32 * percent / 100);
        scene.filter.with(|f| {
            if let Some(d) = drawing.borrow().as_ref() {
                style(store, d, selected, &f.shown, size);
            }
        });
    });

    let on_event = move |ev: &web_sys::Event| on_network_event(ctx, zoom, ev);
    el("div", "network-wrap")
        .child(
            el("div", "network-tools")
                .child(
                    el("div", "zoom")
                        .attr("role", "group")
                        .attr("aria-label", "Zoom the network")
                        .child(zoom_out)
                        .child(level)
                        .child(zoom_in),
                )
                .child(hint),
        )
        .child(frame)
        .on("click", on_event)
        .on("keydown", on_event)
}

/// What the shapes, colours and lines mean. Static.
pub fn legend(ctx: Ctx) -> El {
    let data = &ctx.store.data;
    let group = |title: &str, class: &str, items: Vec<El>| {
        el("div", class).child(text_el("p", "legend-title", title)).child(el("ul", "").children(items))
    };
    let item = |swatch: El, label: &str| el("li", "").child(swatch).text(label);
    // One shape per kind in the data (media and analysts share one).
    let shapes = [
        (ActorKind::State, "State"),
        (ActorKind::GovernmentOrgan, "Government organ"),
        (ActorKind::ArmedGroup, "Armed group"),
        (ActorKind::Mediator, "Mediator"),
        (ActorKind::InternationalBody, "International body"),
        (ActorKind::Person, "Person"),
        (ActorKind::Media, "Media or analyst"),
    ]
    .into_iter()
    .filter(|(kind, _)| data.actors.iter().any(|a| a.kind == *kind || (*kind == ActorKind::Media && a.kind == ActorKind::Analyst)))
    .map(|(kind, label)| item(shape_swatch(kind, Alignment::ThirdParty), label))
    .collect();
    let sides = Alignment::ALL.iter().map(|a| item(shape_swatch(ActorKind::State, *a), alignment_label(*a))).collect();
    let ties = RelationKind::ALL
        .iter()
        .copied()
        .filter(|k| data.relations.iter().any(|r| r.kind == *k))
        .map(|k| item(relation_swatch(k), &format!("{}: A {} B", relation_label(k), relation_verb(k))))
        .collect();
    el("div", "legend")
        .attr("aria-label", "Legend")
        .attr("role", "group")
        .child(group("Shape: kind of actor", "legend-group", shapes))
        .child(group("Colour and column: side", "legend-group", sides))
        .child(group("Line: type of tie, arrow from who to whom", "legend-group legend-ties", ties))
}
