//! The two SVG frames: the border region (zoom and pan by buttons, wheel,
//! pinch, drag and keys) and the inset from Istanbul to New Delhi. Shapes and
//! lines are drawn once; render effects keep counts, selection, marker scale and
//! labels in step. Every place is a focusable control (`data-place-id`) whose
//! arrow keys move to the nearest place that way (`domain::map::nav`).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{MapData, Scene};
use crate::components::dom::{el, event_target, flag, pressed, render_effect, svg, text_el, El};
use crate::components::links::{follow, intent_of, set_intent};
use crate::ctx::Ctx;
use crate::domain::graph::num;
use crate::domain::intent::Intent;
use crate::domain::map::base::{LineKind, ShapeKind};
use crate::domain::map::geometry::num3;
use crate::domain::map::labels::{map_labels, marker_radius, LabelOptions, Screen};
use crate::domain::map::list::accessible_name;
use crate::domain::map::nav::{arrow_target, Arrow};
use crate::domain::map::places::{MarkKind, APPROXIMATE_RADIUS};
use crate::domain::map::projection::{Frame, ViewBox, Xy};

/// Label font size, CSS px.
const FONT_PX: f64 = 12.0;
/// Deepest zoom: an eighth of the frame's width.
const MAX_ZOOM: f64 = 8.0;

/// Colour step for a count (the number is always drawn too).
fn bucket(n: u32) -> &'static str {
    match n {
        0 => "b0",
        1 => "b1",
        2..=3 => "b2",
        4..=7 => "b3",
        _ => "b4",
    }
}

struct Drawn {
    frame: Frame,
    svg: Element,
    /// (place, its control, the count text)
    places: Vec<(usize, Element, Element)>,
    /// (place, its boundary shape)
    shapes: Vec<(usize, Element)>,
    labels: Element,
}

fn build(ctx: Ctx, data: &MapData, frame: Frame) -> Drawn {
    let store = ctx.store;
    let (base, index) = (&data.base, &data.index);
    let label = match frame {
        Frame::Main => "Map of Afghanistan, Pakistan and their neighbours",
        Frame::Inset => "Inset map from Istanbul to New Delhi",
    };
    let root =
        svg("svg").attr("class", "map-svg").attr("role", "group").attr("aria-label", label).attr("viewBox", &frame.view_box().attr()).0;
    let defs = svg("defs").append_to(&root);
    let hatch = svg("pattern")
        .attr("id", &format!("hatch-{}", frame.as_str()))
        .attr("patternUnits", "userSpaceOnUse")
        .attr("width", "14")
        .attr("height", "14")
        .attr("patternTransform", "rotate(45)")
        .append_to(&defs);
    svg("line").attr("class", "hatch-line").attr("x1", "0").attr("y1", "0").attr("x2", "0").attr("y2", "14").append_to(&hatch);

    let land = svg("g").attr("class", "shapes").append_to(&root);
    let mut shapes = Vec::new();
    let mut ids = base.shapes_in(frame);
    // Countries under provinces under regions.
    crate::domain::sort::sort_by(&mut ids, |&a, &b| {
        let rank = |k: ShapeKind| match k {
            ShapeKind::Country => 0,
            ShapeKind::Province | ShapeKind::Territory => 1,
            ShapeKind::Region => 2,
        };
        rank(base.shapes[a].kind).cmp(&rank(base.shapes[b].kind))
    });
    for i in ids {
        let s = &base.shapes[i];
        let mut path = svg("path")
            .attr("class", &format!("shape {}", s.kind.as_str()))
            .attr("data-region-id", &s.id)
            .attr("d", &s.d)
            .attr("vector-effect", "non-scaling-stroke");
        if s.kind == ShapeKind::Region {
            path = path.attr("fill", &format!("url(#hatch-{})", frame.as_str()));
        }
        if let Some(p) = index.place_of_shape(i).filter(|&p| index.places[p].kind != MarkKind::Country) {
            path = path.attr("data-place-ref", &store.data.places[p].id);
            shapes.push((p, path.0.clone()));
        }
        path.append_to(&land);
    }
    if frame == Frame::Inset {
        let m = Frame::Main.view_box();
        svg("rect")
            .attr("class", "inset-main")
            .attr("x", &num(m.x))
            .attr("y", &num(m.y))
            .attr("width", &num(m.w))
            .attr("height", &num(m.h))
            .attr("vector-effect", "non-scaling-stroke")
            .append_to(&root);
    }
    let lines = svg("g").attr("class", "lines").append_to(&root);
    for l in &base.lines {
        let class = match l.kind {
            LineKind::DeFacto => "line de-facto",
            LineKind::Disputed => "line disputed",
        };
        svg("path")
            .attr("class", class)
            .attr("data-line-id", &l.id)
            .attr("d", &l.d)
            .attr("vector-effect", "non-scaling-stroke")
            .child(svg("title").text(&l.name))
            .append_to(&lines);
    }
    // Regions without a boundary (Kashmir): an approximate area, dashed.
    for m in index.places.iter().filter(|m| m.frame == frame && m.kind == MarkKind::Region && m.shape.is_none()) {
        svg("circle")
            .attr("class", "approximate")
            .attr("data-place-ref", &store.data.places[m.place].id)
            .attr("cx", &num(m.at.x))
            .attr("cy", &num(m.at.y))
            .attr("r", &num(APPROXIMATE_RADIUS))
            .attr("vector-effect", "non-scaling-stroke")
            .append_to(&lines);
    }
    let labels = svg("g").attr("class", "labels").attr("aria-hidden", "true").append_to(&root);
    let marks = svg("g").attr("class", "places").append_to(&root);
    let mut places = Vec::new();
    let mut order: Vec<usize> = index.places.iter().filter(|m| m.frame == frame).map(|m| m.place).collect();
    order = crate::domain::map::nav::reading_order(index, &order, 120.0);
    for p in order {
        let m = &index.places[p];
        let r = marker_radius(data.totals.events[p]);
        let g = svg("g")
            .attr("class", &format!("place {}", m.kind.as_str()))
            .attr("data-place-id", &store.data.places[p].id)
            .attr("tabindex", "0")
            .attr("role", "button")
            .attr("aria-pressed", "false")
            .append_to(&marks);
        svg("circle").attr("class", "disputed-ring").attr("r", &num(r + 3.5)).append_to(&g);
        svg("circle").attr("class", "marker").attr("r", &num(r)).append_to(&g);
        let count = svg("text").attr("class", "count").attr("text-anchor", "middle").attr("dy", "0.35em").append_to(&g);
        places.push((p, g, count));
    }
    Drawn { frame, svg: root, places, shapes, labels }
}

/// Draws the counts: marker colour step, number, name.
fn show_counts(ctx: Ctx, data: &MapData, d: &Drawn, counts: &crate::domain::map::counts::Counts) {
    for (p, g, count) in &d.places {
        let n = counts.events[*p];
        let kind = data.index.places[*p].kind.as_str();
        let disputed = if counts.disputed[*p] > 0 { " has-disputed" } else { "" };
        let _ = g.set_attribute("class", &format!("place {kind} {}{disputed}", bucket(n)));
        count.set_text_content(Some(&n.to_string()));
        let _ = g.set_attribute("aria-label", &accessible_name(ctx.store, &data.index, counts, *p));
    }
    for (p, path) in &d.shapes {
        let _ = path.set_attribute("data-count", bucket(counts.events[*p]));
    }
}

fn show_selection(ctx: Ctx, d: &Drawn, selected: Option<usize>) {
    for (p, g, _) in &d.places {
        let on = selected == Some(*p);
        pressed(g, on);
        let _ = g.class_list().toggle_with_force("is-selected", on);
        set_intent(g, &Intent::SelectPlace((!on).then(|| ctx.store.data.places[*p].id.clone())));
    }
    for (p, path) in &d.shapes {
        let on = selected == Some(*p);
        let _ = path.class_list().toggle_with_force("is-selected", on);
        set_intent(path, &Intent::SelectPlace((!on).then(|| ctx.store.data.places[*p].id.clone())));
    }
}

/// Sets the view box, keeps markers at their pixel size, and places the labels.
fn show_view(ctx: Ctx, data: &MapData, d: &Drawn, view: ViewBox, size: (f64, f64)) {
    let _ = d.svg.set_attribute("viewBox", &view.attr());
    if size.0 <= 0.0 || size.1 <= 0.0 {
        return;
    }
    // `attr()` rounds: lay out for the box the browser draws.
    let drawn = ViewBox { x: view.x.round(), y: view.y.round(), w: view.w.round(), h: view.h.round() };
    let screen = Screen { view: drawn, width_px: size.0, height_px: size.1, font_px: FONT_PX, obstacles_px: vec![] };
    let k = num3(1.0 / screen.scale());
    for (p, g, _) in &d.places {
        let at = data.index.places[*p].at;
        let _ = g.set_attribute("transform", &format!("translate({} {}) scale({k})", num(at.x), num(at.y)));
    }
    let opts = LabelOptions { frame: d.frame, countries: d.frame == Frame::Main };
    let layout = map_labels(ctx.store, &data.index, &data.base, &data.totals, &opts, &screen);
    d.labels.set_text_content(None);
    let font = num3(layout.font);
    for l in &layout.placed {
        if let Some([x1, y1, x2, y2]) = l.leader {
            svg("line")
                .attr("class", "leader")
                .attr("x1", &num(x1))
                .attr("y1", &num(y1))
                .attr("x2", &num(x2))
                .attr("y2", &num(y2))
                .attr("vector-effect", "non-scaling-stroke")
                .append_to(&d.labels);
        }
        let country = l.key > data.index.places.len();
        svg("text")
            .attr("class", if country { "map-label country-label" } else { "map-label" })
            .attr("x", &num(l.x))
            .attr("y", &num(l.y))
            .attr("text-anchor", l.anchor.as_str())
            .attr("dominant-baseline", "central")
            .attr("font-size", &font)
            .text(&l.text)
            .append_to(&d.labels);
    }
}

/// The frame's drawn size in CSS px.
fn size_of(e: &Element) -> (f64, f64) {
    let r = e.get_bounding_client_rect();
    (r.width().round(), r.height().round())
}

/// Pointers down on the main frame, for drag and pinch: (id, x, y).
type Pointers = Rc<RefCell<Vec<(i32, f64, f64)>>>;

/// The main frame's zoom and pan, and the frames' sizes: plain cells, redrawn
/// by `Zoom::show` (no signal: only the drawing reads them).
#[derive(Clone)]
struct Zoom {
    view: Rc<std::cell::Cell<ViewBox>>,
    sizes: Rc<std::cell::Cell<[(f64, f64); 2]>>,
    redraw: Rc<dyn Fn()>,
}

impl Zoom {
    fn get(&self) -> ViewBox {
        self.view.get()
    }
    fn set(&self, v: ViewBox) {
        if v != self.view.get() {
            self.view.set(v);
            (self.redraw)();
        }
    }
    fn zoom_at(&self, factor: f64, centre: Option<Xy>) {
        let bounds = Frame::Main.view_box();
        let v = self.get();
        let next = v.zoomed(factor, centre.unwrap_or_else(|| v.centre()), &bounds);
        if next.w >= bounds.w / MAX_ZOOM - 1e-6 {
            self.set(next);
        }
    }
}

/// A point on the page (client px) in map units of the main frame.
fn to_map(svg: &Element, view: ViewBox, x: f64, y: f64) -> Xy {
    let r = svg.get_bounding_client_rect();
    let screen = Screen { view, width_px: r.width(), height_px: r.height(), font_px: FONT_PX, obstacles_px: vec![] };
    screen.to_map(Xy { x: x - r.left(), y: y - r.top() })
}

/// Keys on the map: on a place, Enter/Space select it and arrows move to the
/// nearest place that way; anywhere on the main frame, + and − zoom, and arrows
/// pan when the frame itself has the focus.
fn on_key(ctx: Ctx, data: &MapData, zoom: &Zoom, root: &Element, ev: &web_sys::Event) {
    let key = ev.unchecked_ref::<web_sys::KeyboardEvent>().key();
    let target = event_target(ev);
    let on_place = target.as_ref().filter(|t| t.has_attribute("data-place-id") && t.tag_name() == "g");
    match key.as_str() {
        "+" | "=" => zoom.zoom_at(1.5, None),
        "-" | "_" => zoom.zoom_at(1.0 / 1.5, None),
        "Enter" | " " if on_place.is_some() => {
            if let Some((_, intent)) = intent_of(ev) {
                follow(ctx, &intent);
                if matches!(intent, Intent::SelectPlace(Some(_))) {
                    super::panel::reveal();
                }
            }
        }
        k => {
            let Some(arrow) = Arrow::from_key(k) else { return };
            if let Some(g) = on_place {
                let id = g.get_attribute("data-place-id").unwrap_or_default();
                let Some(from) = ctx.store.place_index(&id) else { return };
                let all: Vec<usize> = (0..data.index.places.len()).collect();
                let Some(to) = arrow_target(&data.index, &all, from, arrow) else { return ev.prevent_default() };
                let selector = format!("g[data-place-id=\"{}\"]", ctx.store.data.places[to].id);
                if let Some(next) = root.query_selector(&selector).ok().flatten() {
                    let _ = next.unchecked_ref::<web_sys::SvgElement>().focus();
                }
            } else if target.as_ref().is_some_and(|t| t.class_list().contains("map-frame")) {
                let v = zoom.get();
                let (dx, dy) = match arrow {
                    Arrow::Left => (-v.w / 8.0, 0.0),
                    Arrow::Right => (v.w / 8.0, 0.0),
                    Arrow::Up => (0.0, -v.h / 8.0),
                    Arrow::Down => (0.0, v.h / 8.0),
                };
                zoom.set(v.panned(dx, dy, &Frame::Main.view_box()));
            } else {
                return;
            }
        }
    }
    ev.prevent_default();
}

pub fn frames(ctx: Ctx, scene: Scene) -> El {
    let data = scene.data;
    let main = Rc::new(build(ctx, data, Frame::Main));
    let inset = Rc::new(build(ctx, data, Frame::Inset));
    let zoom_out = text_el("button", "button", "−").attr("type", "button").attr("aria-label", "Zoom out").attr("data-zoom", "out");
    let reset = text_el("button", "button", "Reset").attr("type", "button").attr("aria-label", "Reset zoom").attr("data-zoom", "reset");
    let zoom_in = text_el("button", "button", "+").attr("type", "button").attr("aria-label", "Zoom in").attr("data-zoom", "in");
    let tools = [zoom_out.0.clone(), reset.0.clone(), zoom_in.0.clone()];
    let view = Rc::new(std::cell::Cell::new(Frame::Main.view_box()));
    let sizes = Rc::new(std::cell::Cell::new([(0.0, 0.0); 2]));
    let redraw: Rc<dyn Fn()> = {
        let (main, inset, view, sizes) = (main.clone(), inset.clone(), view.clone(), sizes.clone());
        Rc::new(move || {
            let (v, [a, b]) = (view.get(), sizes.get());
            let bounds = Frame::Main.view_box();
            flag(&tools[0], "disabled", v.w >= bounds.w - 1e-6 && v.h >= bounds.h - 1e-6);
            flag(&tools[1], "disabled", v == bounds);
            flag(&tools[2], "disabled", v.w / 1.5 < bounds.w / MAX_ZOOM - 1e-6);
            show_view(ctx, data, &main, v, a);
            show_view(ctx, data, &inset, Frame::Inset.view_box(), b);
        })
    };
    let zoom = Zoom { view, sizes, redraw };
    let main_box = el("div", "map-frame main")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", "Map: Tab to each place, arrow keys between places; on the map itself arrows pan, + and − zoom")
        .attr("data-testid", "map-main")
        .child(El(main.svg.clone()));
    let inset_box = el("div", "map-frame inset")
        .attr("data-testid", "map-inset")
        .child(text_el("p", "inset-title", "Inset: Istanbul to New Delhi").attr("aria-hidden", "true"))
        .child(El(inset.svg.clone()));

    let measure = {
        let (a, b, zoom) = (main.svg.clone(), inset.svg.clone(), zoom.clone());
        move || {
            let next = [size_of(&a), size_of(&b)];
            if zoom.sizes.get() != next {
                zoom.sizes.set(next);
                (zoom.redraw)();
            }
        }
    };
    let resize = window_event_listener(leptos::ev::resize, {
        let measure = measure.clone();
        move |_| measure()
    });
    on_cleanup(move || resize.remove());
    // Measured once the frames are on the page.
    request_animation_frame(measure);

    {
        let (main, inset) = (main.clone(), inset.clone());
        render_effect(move || {
            scene.shown.with(|s| {
                show_counts(ctx, data, &main, &s.counts);
                show_counts(ctx, data, &inset, &s.counts);
            })
        });
    }
    {
        let (main, inset) = (main.clone(), inset.clone());
        render_effect(move || {
            let s = scene.selected.get();
            show_selection(ctx, &main, s);
            show_selection(ctx, &inset, s);
        });
    }

    let pointers: Pointers = Rc::default();
    let dragged = Rc::new(std::cell::Cell::new(false));
    let svg_el = main.svg.clone();
    let wrap = el("div", "map-frames")
        .child(
            el("div", "map-tools")
                .child(
                    el("div", "zoom").attr("role", "group").attr("aria-label", "Zoom the map").child(zoom_out).child(reset).child(zoom_in),
                )
                .child(text_el("p", "map-hint", "Drag to pan; wheel, pinch or + and − to zoom.")),
        )
        .child(
            main_box
                .on("wheel", {
                    let (svg_el, zoom) = (svg_el.clone(), zoom.clone());
                    move |ev| {
                        let w = ev.unchecked_ref::<web_sys::WheelEvent>();
                        ev.prevent_default();
                        let at = to_map(&svg_el, zoom.get(), w.client_x() as f64, w.client_y() as f64);
                        zoom.zoom_at(if w.delta_y() < 0.0 { 1.25 } else { 0.8 }, Some(at));
                    }
                })
                .on("pointerdown", {
                    let (pointers, dragged) = (pointers.clone(), dragged.clone());
                    move |ev| {
                        let p = ev.unchecked_ref::<web_sys::PointerEvent>();
                        if p.button() != 0 && p.pointer_type() == "mouse" {
                            return;
                        }
                        dragged.set(false);
                        pointers.borrow_mut().push((p.pointer_id(), p.client_x() as f64, p.client_y() as f64));
                    }
                })
                .on("pointermove", {
                    let (pointers, dragged, svg_el, zoom) = (pointers.clone(), dragged.clone(), svg_el.clone(), zoom.clone());
                    move |ev| on_pointer_move(&zoom, &svg_el, &pointers, &dragged, ev)
                })
                .on("pointerup", {
                    let pointers = pointers.clone();
                    move |ev| {
                        let id = ev.unchecked_ref::<web_sys::PointerEvent>().pointer_id();
                        pointers.borrow_mut().retain(|q| q.0 != id);
                    }
                })
                .on("pointercancel", {
                    let pointers = pointers.clone();
                    move |_| pointers.borrow_mut().clear()
                })
                // A drag is not a click on the place under it.
                .on("click", move |ev| {
                    if dragged.replace(false) {
                        ev.stop_propagation();
                        ev.prevent_default();
                    }
                }),
        )
        .child(inset_box)
        .child(legend());
    let root_el = wrap.0.clone();
    let keys = zoom.clone();
    wrap.on("keydown", move |ev| on_key(ctx, data, &keys, &root_el, ev)).on("click", move |ev| {
        let Some(b) = event_target(ev).and_then(|t| t.closest("[data-zoom]").ok().flatten()) else { return };
        match b.get_attribute("data-zoom").as_deref() {
            Some("in") => zoom.zoom_at(1.5, None),
            Some("out") => zoom.zoom_at(1.0 / 1.5, None),
            _ => zoom.set(Frame::Main.view_box()),
        }
    })
}

/// One pointer drags the map; two pinch it.
fn on_pointer_move(zoom: &Zoom, svg_el: &Element, pointers: &Pointers, dragged: &std::cell::Cell<bool>, ev: &web_sys::Event) {
    let p = ev.unchecked_ref::<web_sys::PointerEvent>();
    let mut ps = pointers.borrow_mut();
    let Some(i) = ps.iter().position(|q| q.0 == p.pointer_id()) else { return };
    let (x, y) = (p.client_x() as f64, p.client_y() as f64);
    let old = ps[i];
    let v = zoom.get();
    if ps.len() == 1 {
        let (dx, dy) = (x - old.1, y - old.2);
        if !dragged.get() && dx.abs() + dy.abs() < 4.0 {
            return;
        }
        if !dragged.get() {
            dragged.set(true);
            if let Some(frame) = event_target(ev).and_then(|t| t.closest(".map-frame").ok().flatten()) {
                let _ = frame.set_pointer_capture(p.pointer_id());
            }
        }
        let r = svg_el.get_bounding_client_rect();
        let scale = (r.width() / v.w).min(r.height() / v.h);
        zoom.set(v.panned(-dx / scale, -dy / scale, &Frame::Main.view_box()));
    } else if ps.len() == 2 {
        let other = ps[1 - i];
        let dist = |a: (f64, f64)| ((a.0 - other.1).powi(2) + (a.1 - other.2).powi(2)).sqrt();
        let (before, after) = (dist((old.1, old.2)), dist((x, y)));
        if before > 0.0 {
            dragged.set(true);
            let mid = to_map(svg_el, v, (x + other.1) / 2.0, (y + other.2) / 2.0);
            zoom.zoom_at(after / before, Some(mid));
        }
    }
    ps[i] = (p.pointer_id(), x, y);
}

/// What the marks mean: never colour alone.
fn legend() -> El {
    let item = |class: &str, text: &str| el("li", "").child(el("span", &format!("swatch {class}")).attr("aria-hidden", "true")).text(text);
    el("div", "legend map-legend").attr("role", "group").attr("aria-label", "Legend").child(el("ul", "").children([
        item("sw-marker", "Circle with a number: events there (darker: more)"),
        item("sw-disputed", "Dashed red ring: some claims there are disputed"),
        item("sw-area", "Filled province: events in that province"),
        item("sw-region", "Hatched: a region, boundary approximate"),
        item("sw-approx", "Dashed circle: approximate area (Kashmir)"),
        item("sw-defacto", "Heavy line: the Pakistan–Afghanistan border, de facto"),
        item("sw-dispute", "Dotted line: disputed line in Kashmir"),
    ]))
}
