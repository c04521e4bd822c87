//! The SVG network: nodes drawn by kind and alignment, typed and directed ties,
//! zoom and sideways scrolling on narrow screens, and the legend.

use leptos::prelude::*;

use super::dom::{html_el, relation_swatch, shape_swatch, svg_el, text, SVG_NS};
use super::{toggle_select, Scene};
use crate::app::use_ctx;
use crate::domain::graph::{self as core, num, Layout};

const LINE_HEIGHT_TEXT: &str = "14";
use crate::domain::model::{ActorKind, Alignment, RelationKind};
use crate::domain::query::alignment_label;

/// Zoom levels in percent.
const ZOOMS: [u32; 7] = [50, 67, 80, 100, 125, 150, 200];

/// The drawing, built with plain DOM calls: one small non-generic builder keeps
/// the wasm far smaller than a `view!` tree of the same SVG. All dataset text
/// goes in as text nodes.
struct Drawing {
    svg: web_sys::Element,
    /// (actor index, node element)
    nodes: Vec<(usize, web_sys::Element)>,
    /// (relation index, from actor, to actor, path element)
    edges: Vec<(usize, usize, usize, web_sys::Element)>,
}

fn build(store: &crate::domain::store::Store, l: &Layout) -> Drawing {
    let doc = document();
    let svg = doc.create_element_ns(Some(SVG_NS), "svg").expect("an SVG element");
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
    let target: web_sys::Element = wasm_bindgen::JsCast::dyn_into(ev.target()?).ok()?;
    target.closest("svg.network [data-actor-id]").ok().flatten()?.get_attribute("data-actor-id")
}

#[component]
pub fn Network(scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let frame = NodeRef::<leptos::html::Div>::new();
    // The drawing is laid out for the width it is shown at, so text stays at its size.
    let width = RwSignal::new(0.0f64);
    let zoom = RwSignal::new(3usize);
    let measure = move || {
        if let Some(el) = frame.get_untracked() {
            let w = (el.client_width() as f64 / 4.0).floor() * 4.0;
            if w > 0.0 && w != width.get_untracked() {
                width.set(w);
            }
        }
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let layout = Memo::new(move |_| core::layout(&store.data.actors, &store.data.relations, width.get()));
    let overflows = move || layout.with(|l| l.width) * ZOOMS[zoom.get()] as f64 > (width.get() + 1.0) * 100.0;

    // Build (again) when the layout changes; then style for the selection and filters.
    let drawing = StoredValue::new_local(None::<Drawing>);
    let generation = RwSignal::new(0u32);
    Effect::new(move |_| {
        let Some(div) = frame.get() else { return };
        if width.get_untracked() == 0.0 {
            measure();
        }
        let built = layout.with(|l| build(store, l));
        if let Some(old) = drawing.with_value(|d| d.as_ref().map(|d| d.svg.clone())) {
            old.remove();
        }
        let _ = div.append_child(&built.svg);
        drawing.set_value(Some(built));
        generation.update(|g| *g += 1);
        // A shared link with a selection, on a screen narrower than the network:
        // scroll the frame sideways so the selected actor is in view.
        if let Some(i) = scene.selected.get_untracked() {
            let selector = format!("[data-actor-id=\"{}\"]", store.data.actors[i].id);
            request_animation_frame(move || {
                let Some(div) = frame.get_untracked() else { return };
                let Some(node) = div.query_selector(&selector).ok().flatten() else { return };
                let (f, n) = (div.get_bounding_client_rect(), node.get_bounding_client_rect());
                if n.left() < f.left() || n.right() > f.right() {
                    let centre = n.left() + n.width() / 2.0 - (f.left() + f.width() / 2.0);
                    div.set_scroll_left(div.scroll_left() + centre as i32);
                }
            });
        }
    });
    Effect::new(move |_| {
        generation.track();
        let selected = scene.selected.get();
        let (w, h) = layout.with(|l| (l.width as u32, l.height as u32));
        let z = ZOOMS[zoom.get()];
        scene.filter.with(|f| {
            let shown = &f.shown;
            drawing.with_value(|d| {
                let Some(d) = d else { return };
                let _ = d.svg.set_attribute("width", &(w * z / 100).to_string());
                let _ = d.svg.set_attribute("height", &(h * z / 100).to_string());
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
            })
        });
    });

    view! {
        <div class="network-wrap">
            <div class="network-tools">
                <div class="zoom" role="group" aria-label="Zoom the network">
                    <button class="button" aria-label="Zoom out" disabled=move || zoom.get() == 0
                        on:click=move |_| zoom.update(|z| *z = z.saturating_sub(1))>"−"</button>
                    <button class="button zoom-level" aria-label="Reset zoom" on:click=move |_| zoom.set(3)>
                        {move || format!("{}%", ZOOMS[zoom.get()])}
                    </button>
                    <button class="button" aria-label="Zoom in" disabled=move || zoom.get() + 1 == ZOOMS.len()
                        on:click=move |_| zoom.update(|z| *z = (*z + 1).min(ZOOMS.len() - 1))>"+"</button>
                </div>
                <p class="network-hint" hidden=move || !overflows()>
                    "Scroll sideways to see the whole network, zoom out, or switch to the table."
                </p>
            </div>
            <div
                class="network-frame"
                node_ref=frame
                on:click=move |ev| {
                    if let Some(id) = actor_of(&ev) {
                        toggle_select(ctx, &id);
                    }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        if let Some(id) = actor_of(&ev) {
                            ev.prevent_default();
                            toggle_select(ctx, &id);
                        }
                    }
                }
            ></div>
        </div>
    }
}

/// What the shapes, colours and lines mean. Static, so built with DOM calls.
#[component]
pub fn Legend() -> impl IntoView {
    let ctx = use_ctx();
    let holder = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(div) = holder.get() {
            build_legend(&div, &ctx.store.data);
        }
    });
    view! { <div class="legend" aria-label="Legend" role="group" node_ref=holder></div> }
}

fn build_legend(div: &web_sys::Element, data: &crate::domain::model::Briefing) {
    div.set_text_content(None);
    let group = |title: &str, class: &str| {
        let g = html_el(div, "div", class);
        html_el(&g, "p", "legend-title").set_text_content(Some(title));
        html_el(&g, "ul", "")
    };
    let item = |list: &web_sys::Element| html_el(list, "li", "");
    let shapes = group("Shape: kind of actor", "legend-group");
    // One shape per kind in the data (media and analysts share one).
    for (kind, label) in [
        (ActorKind::State, "State"),
        (ActorKind::GovernmentOrgan, "Government organ"),
        (ActorKind::ArmedGroup, "Armed group"),
        (ActorKind::Mediator, "Mediator"),
        (ActorKind::InternationalBody, "International body"),
        (ActorKind::Person, "Person"),
        (ActorKind::Media, "Media or analyst"),
    ] {
        if data.actors.iter().any(|a| a.kind == kind || (kind == ActorKind::Media && a.kind == ActorKind::Analyst)) {
            let li = item(&shapes);
            shape_swatch(&li, kind, Alignment::ThirdParty);
            text(&li, label);
        }
    }
    let sides = group("Colour and column: side", "legend-group");
    for a in Alignment::ALL {
        let li = item(&sides);
        shape_swatch(&li, ActorKind::State, *a);
        text(&li, alignment_label(*a));
    }
    let ties = group("Line: type of tie, arrow from who to whom", "legend-group legend-ties");
    for k in RelationKind::ALL.iter().copied().filter(|k| data.relations.iter().any(|r| r.kind == *k)) {
        let li = item(&ties);
        relation_swatch(&li, k);
        text(&li, &format!("{}: A {} B", core::relation_label(k), core::relation_verb(k)));
    }
}
