//! The SVG network: nodes drawn by kind and alignment, typed and directed ties,
//! zoom and sideways scrolling on narrow screens, and the legend.

use leptos::prelude::*;

use super::{toggle_select, RelationSwatch, Scene, ShapeSwatch};
use crate::app::use_ctx;
use crate::domain::graph::{self as core, num, Layout};

const LINE_HEIGHT_TEXT: &str = "14";
use crate::domain::model::{ActorKind, Alignment, RelationKind};
use crate::domain::query::alignment_label;

/// Zoom levels in percent.
const ZOOMS: [u32; 7] = [50, 67, 80, 100, 125, 150, 200];

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
    Effect::new(move |_| {
        if frame.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let layout = Memo::new(move |_| core::layout(&store.data.actors, &store.data.relations, width.get()));
    let overflows = move || layout.with(|l| l.width) * ZOOMS[zoom.get()] as f64 > (width.get() + 1.0) * 100.0;

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
            <div class="network-frame" node_ref=frame>
                {move || drawing(scene, layout.get(), zoom)}
            </div>
        </div>
    }
}

fn drawing(scene: Scene, l: Layout, zoom: RwSignal<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let (w, h) = (l.width as u32, l.height as u32);
    let markers = RelationKind::ALL
        .iter()
        .map(|k| {
            view! {
                <marker id=format!("arrow-{}", k.as_str()) data-kind=k.as_str() viewBox="0 0 10 10" refX="9" refY="5"
                    markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
                    <path class="arrow" d="M0 0L10 5L0 10Z"/>
                </marker>
            }
        })
        .collect_view();
    let headings = l
        .headings
        .iter()
        .map(|hd| {
            view! {
                <text class="band-heading" data-alignment=hd.alignment.as_str() x=num(hd.x) y=num(hd.y) text-anchor="middle">
                    {hd.text}
                </text>
            }
        })
        .collect_view();
    let edges = l.edges.clone();
    let edge_views = move || {
        let shown = scene.shown.get();
        let selected = scene.selected.get();
        edges
            .iter()
            .filter(|e| shown[e.relation])
            .map(|e| {
                let r = &store.data.relations[e.relation];
                let state = match selected {
                    None => "edge",
                    Some(s) if e.from == s || e.to == s => "edge is-active",
                    Some(_) => "edge is-dimmed",
                };
                view! {
                    <path class=state data-kind=r.kind.as_str() data-relation-id=r.id.clone() d=e.d.clone()
                        stroke-dasharray=core::relation_dash(r.kind) stroke-width=num(core::relation_width(r.kind))
                        marker-end=format!("url(#arrow-{})", r.kind.as_str())/>
                }
            })
            .collect_view()
    };
    // Nodes in reading order, so Tab walks down each column in turn.
    let nodes = l
        .order
        .iter()
        .map(|&k| &l.nodes[k])
        .map(|n| {
            let i = n.actor;
            let a = &store.data.actors[i];
            let label = format!("{}, {}, {}", a.name, core::actor_kind_label(a.kind), alignment_label(a.alignment));
            let id = a.id.clone();
            let id2 = a.id.clone();
            let class = move || match scene.selected.get() {
                None => "node",
                Some(s) if s == i => "node is-selected",
                Some(_) if scene.tied.with(|t| t[i]) => "node is-tied",
                Some(_) => "node is-dimmed",
            };
            let x = num(n.x);
            // The whole of the node and its label answers clicks.
            let hit_w = n.label.w.max(2.0 * n.r + 10.0);
            let hit_x = n.x - hit_w / 2.0;
            let lines = n
                .lines
                .iter()
                .enumerate()
                .map(|(k, line)| {
                    view! { <tspan x=x.clone() dy=if k == 0 { "0" } else { LINE_HEIGHT_TEXT }>{line.clone()}</tspan> }
                })
                .collect_view();
            view! {
                <g class=class data-actor-id=a.id.clone() data-kind=a.kind.as_str() tabindex="0" role="button"
                    aria-label=label aria-pressed=move || (scene.selected.get() == Some(i)).to_string()
                    on:click=move |_| toggle_select(ctx, &id)
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            toggle_select(ctx, &id2);
                        }
                    }
                >
                    <rect class="hit" x=num(hit_x) y=num(n.y - n.r - 5.0) width=num(hit_w) height=num(n.label.y + n.label.h - (n.y - n.r - 5.0))
                        fill="transparent"/>
                    <circle class="ring" cx=num(n.x) cy=num(n.y) r=num(n.r + 5.0)/>
                    <path class="shape" data-alignment=a.alignment.as_str() d=core::shape_path(n.shape, n.x, n.y, n.r)/>
                    <text class="label" x=num(n.x) y=num(n.baseline) text-anchor="middle">{lines}</text>
                </g>
            }
        })
        .collect_view();

    view! {
        <svg class="network" role="group" aria-label="Network of actors and their ties"
            viewBox=format!("0 0 {w} {h}")
            width=move || (w * ZOOMS[zoom.get()] / 100).to_string()
            height=move || (h * ZOOMS[zoom.get()] / 100).to_string()
        >
            <defs>{markers}</defs>
            <g class="bands">{headings}</g>
            <g class="edges" aria-hidden="true">{edge_views}</g>
            <g class="nodes">{nodes}</g>
        </svg>
    }
}

/// What the shapes, colours and lines mean.
#[component]
pub fn Legend() -> impl IntoView {
    let ctx = use_ctx();
    let data = &ctx.store.data;
    // One shape per kind in the data (media and analysts share one).
    let shapes: Vec<(ActorKind, &'static str)> = [
        (ActorKind::State, "State"),
        (ActorKind::GovernmentOrgan, "Government organ"),
        (ActorKind::ArmedGroup, "Armed group"),
        (ActorKind::Mediator, "Mediator"),
        (ActorKind::InternationalBody, "International body"),
        (ActorKind::Person, "Person"),
        (ActorKind::Media, "Media or analyst"),
    ]
    .into_iter()
    .filter(|(k, _)| {
        data.actors.iter().any(|a| a.kind == *k || (*k == ActorKind::Media && a.kind == ActorKind::Analyst))
    })
    .collect();
    let kinds: Vec<RelationKind> =
        RelationKind::ALL.iter().copied().filter(|k| data.relations.iter().any(|r| r.kind == *k)).collect();
    view! {
        <div class="legend" aria-label="Legend" role="group">
            <div class="legend-group">
                <p class="legend-title">"Shape: kind of actor"</p>
                <ul>
                    {shapes.into_iter().map(|(k, label)| view! {
                        <li><ShapeSwatch kind=k alignment=Alignment::ThirdParty/>{label}</li>
                    }).collect_view()}
                </ul>
            </div>
            <div class="legend-group">
                <p class="legend-title">"Colour and column: side"</p>
                <ul>
                    {Alignment::ALL.iter().map(|a| view! {
                        <li><ShapeSwatch kind=ActorKind::State alignment=*a/>{alignment_label(*a)}</li>
                    }).collect_view()}
                </ul>
            </div>
            <div class="legend-group legend-ties">
                <p class="legend-title">"Line: type of tie, arrow from who to whom"</p>
                <ul>
                    {kinds.into_iter().map(|k| view! {
                        <li><RelationSwatch kind=k/>{format!("{}: A {} B", core::relation_label(k), core::relation_verb(k))}</li>
                    }).collect_view()}
                </ul>
            </div>
        </div>
    }
}
