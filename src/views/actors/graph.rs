//! The SVG network: nodes drawn by kind and alignment, typed and directed ties,
//! zoom and sideways scrolling on narrow screens, and the legend.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{el, event_target, flag, relation_swatch, effect, memo, render_effect, shape_swatch, svg, svg_el, text_el, El};
use super::{toggle_select, Scene};
use crate::app::Ctx;
use crate::domain::graph::{self as core, num, Layout};

const LINE_HEIGHT_TEXT: &str = "14";
use crate::domain::model::{ActorKind, Alignment, RelationKind};
use crate::domain::query::alignment_label;

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
    let svg = svg("svg").0;
    for (k, v) in [
        ("class", "network"),
        ("role", "group"),
        ("aria-label", "Network of actors and their ties"),
        ("viewBox", &format!("0 0 {} {}", l.width as u32, l.height as u32)),
    ] {
        let _ = svg.set_attribute(k, v);
    }
    let defs = svg_el(&svg, "defs", &[]);
    for k in RelationKind::ALL {
        let id = format!("arrow-{}", k.as_str());
        let marker = svg_el(&defs, "marker", &[
            ("id", &id), ("data-kind", k.as_str()), ("viewBox", "0 0 10 10"), ("refX", "9"), ("refY", "5"),
            ("markerWidth", "9"), ("markerHeight", "9"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto"),
        ]);
        svg_el(&marker, "path", &[("class", "arrow"), ("d", "M0 0L10 5L0 10Z")]);
    }
    let bands = svg_el(&svg, "g", &[("class", "bands")]);
    for hd in &l.headings {
        let t = svg_el(&bands, "text", &[
            ("class", "band-heading"), ("data-alignment", hd.alignment.as_str()), ("x", &num(hd.x)), ("y", &num(hd.y)),
            ("text-anchor", "middle"),
        ]);
        t.set_text_content(Some(hd.text));
    }
    let edge_group = svg_el(&svg, "g", &[("class", "edges"), ("aria-hidden", "true")]);
    let edges = l
        .edges
        .iter()
        .map(|e| {
            let r = &store.data.relations[e.relation];
            let path = svg_el(&edge_group, "path", &[
                ("class", "edge"), ("data-kind", r.kind.as_str()), ("data-relation-id", &r.id), ("d", &e.d),
                ("stroke-dasharray", core::relation_dash(r.kind)), ("stroke-width", &num(core::relation_width(r.kind))),
                ("marker-end", &format!("url(#arrow-{})", r.kind.as_str())),
            ]);
            (e.relation, e.from, e.to, path)
        })
        .collect();
    let node_group = svg_el(&svg, "g", &[("class", "nodes")]);
    // Reading order, so Tab walks down each column in turn.
    let nodes = l
        .order
        .iter()
        .map(|&k| {
            let n = &l.nodes[k];
            let a = &store.data.actors[n.actor];
            let label = format!("{}, {}, {}", a.name, core::actor_kind_label(a.kind), alignment_label(a.alignment));
            let g = svg_el(&node_group, "g", &[
                ("class", "node"), ("data-actor-id", &a.id), ("data-kind", a.kind.as_str()), ("tabindex", "0"),
                ("role", "button"), ("aria-label", &label), ("aria-pressed", "false"),
            ]);
            // The whole of the node and its label answers clicks.
            let hit_w = n.label.w.max(2.0 * n.r + 10.0);
            let top = n.y - n.r - 5.0;
            svg_el(&g, "rect", &[
                ("class", "hit"), ("x", &num(n.x - hit_w / 2.0)), ("y", &num(top)), ("width", &num(hit_w)),
                ("height", &num(n.label.y + n.label.h - top)), ("fill", "transparent"),
            ]);
            svg_el(&g, "circle", &[("class", "ring"), ("cx", &num(n.x)), ("cy", &num(n.y)), ("r", &num(n.r + 5.0))]);
            svg_el(&g, "path", &[
                ("class", "shape"), ("data-alignment", a.alignment.as_str()),
                ("d", &core::shape_path(n.shape, n.x, n.y, n.r)),
            ]);
            let x = num(n.x);
            let text = svg_el(&g, "text", &[("class", "label"), ("x", &x), ("y", &num(n.baseline)), ("text-anchor", "middle")]);
            for (i, line) in n.lines.iter().enumerate() {
                let span = svg_el(&text, "tspan", &[("x", &x), ("dy", if i == 0 { "0" } else { LINE_HEIGHT_TEXT })]);
                span.set_text_content(Some(line));
            }
            (n.actor, g)
        })
        .collect();
    Drawing { svg, nodes, edges }
}

/// The actor id of the node an event happened in, if any.
fn actor_of(ev: &web_sys::Event) -> Option<String> {
    event_target(ev)?.closest("svg.network [data-actor-id]").ok().flatten()?.get_attribute("data-actor-id")
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

/// Clicks and keys in the network: a node (click, Enter or Space) selects its
/// actor, or clears the selection; the zoom buttons zoom.
fn on_network_event(ctx: Ctx, zoom: RwSignal<usize>, ev: web_sys::Event) {
    let key = (ev.type_() == "keydown").then(|| wasm_bindgen::JsCast::unchecked_ref::<web_sys::KeyboardEvent>(&ev).key());
    if key.as_ref().is_some_and(|k| k != "Enter" && k != " ") {
        return;
    }
    if let Some(id) = actor_of(&ev) {
        if key.is_some() {
            ev.prevent_default();
        }
        toggle_select(ctx, &id);
        return;
    }
    let Some(button) = event_target(&ev).and_then(|t| t.closest(".zoom button").ok().flatten()) else { return };
    if key.is_some() {
        // The button answers Enter and Space with a click.
        return;
    }
    match button.get_attribute("aria-label").as_deref() {
        Some("Zoom out") => zoom.update(|z| *z = z.saturating_sub(1)),
        Some("Zoom in") => zoom.update(|z| *z = (*z + 1).min(ZOOMS.len() - 1)),
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
        let _ = g.set_attribute("aria-pressed", if selected == Some(*i) { "true" } else { "false" });
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

    let layout = memo(move || core::layout(&store.data.actors, &store.data.relations, width.get()));

    // Build (again) when the layout changes; then style for the selection and filters.
    // An effect, not a render effect: it first runs once the frame is on the page.
    let drawing: Rc<RefCell<Option<Drawing>>> = Rc::default();
    let generation = RwSignal::new(0u32);
    effect({
        let (frame, drawing) = (frame.0.clone(), drawing.clone());
        move || {
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

    let zoom_out = text_el("button", "button", "−").attr("aria-label", "Zoom out");
    let level = el("button", "button zoom-level").attr("aria-label", "Reset zoom");
    let zoom_in = text_el("button", "button", "+").attr("aria-label", "Zoom in");
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

    let on_event = move |ev| on_network_event(ctx, zoom, ev);
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
        .map(|k| item(relation_swatch(k), &format!("{}: A {} B", core::relation_label(k), core::relation_verb(k))))
        .collect();
    el("div", "legend")
        .attr("aria-label", "Legend")
        .attr("role", "group")
        .child(group("Shape: kind of actor", "legend-group", shapes))
        .child(group("Colour and column: side", "legend-group", sides))
        .child(group("Line: type of tie, arrow from who to whom", "legend-group legend-ties", ties))
}
