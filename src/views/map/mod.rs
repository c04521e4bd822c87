//! The Map view: where the timeline's events happened. The base map (Natural
//! Earth boundaries) is fetched as `boundaries.txt` when the view first opens
//! and kept for the page's life; the events are exactly the timeline's result
//! (filters, search, date range), narrowed by the month-by-month time control.
//! Selection and month live in the URL (`pl`, `month`).
//!
//! Parts: `frame` draws the two SVG frames (the border region, and an inset
//! from Istanbul to New Delhi) with zoom and pan; `panel` shows the selected
//! place; `list` is the table that mirrors the map; `controls` is the time control.

mod controls;
mod frame;
mod list;
mod panel;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dom::{button, el, text_el, El};
use crate::components::links::{delegate, link, refresh_soon};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::map::base::{BaseMap, CREDIT, DURAND_NOTE, KASHMIR_NOTE};
use crate::domain::map::counts::{in_window, step_of, Counts, TimeWindow};
use crate::domain::map::places::MapIndex;
use crate::domain::store::Store;

/// The fetched base map, indexed against the dataset: made once, kept.
pub(crate) struct MapData {
    pub base: BaseMap,
    pub index: MapIndex,
    /// Counts over every event: marker sizes and label room, steady under filters.
    pub totals: Counts,
}

thread_local! {
    static DATA: std::cell::Cell<Option<&'static MapData>> = const { std::cell::Cell::new(None) };
}

/// Loading states, as `usize` (a signal type the app already has: each new
/// signal or memo type costs wasm).
const LOADING: usize = 0;
const FAILED: usize = 1;
const READY: usize = 2;

/// The events the map shows and their counts, derived once per state change.
#[derive(Clone, PartialEq, Default)]
pub(crate) struct Shown {
    /// The timeline's result within the time control's month.
    pub events: Vec<usize>,
    pub counts: Counts,
}

/// State derived from the URL, shared by the view's parts.
#[derive(Clone, Copy)]
pub(crate) struct Scene {
    pub data: &'static MapData,
    pub shown: Memo<Shown>,
    /// The selected place (index into the dataset's places).
    pub selected: Memo<Option<usize>>,
}

async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url)).await.ok()?.unchecked_into();
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Fetches and parses the boundaries (relative to the page; the embed page sits one folder down).
fn load(store: &'static Store, status: RwSignal<usize>) {
    status.set(LOADING);
    leptos::task::spawn_local(async move {
        let url = if crate::components::embed::is_embed() { "../boundaries.txt" } else { "boundaries.txt" };
        let parsed = fetch_text(url).await.and_then(|t| BaseMap::parse(&t).ok());
        let Some(base) = parsed else {
            let _ = status.try_set(FAILED);
            return;
        };
        let index = MapIndex::new(store, &base);
        let all: Vec<usize> = (0..store.data.events.len()).collect();
        let totals = index.counts(&all);
        DATA.set(Some(Box::leak(Box::new(MapData { base, index, totals }))));
        let _ = status.try_set(READY);
    });
}

/// The view, drawn under the current owner.
pub fn view() -> El {
    let ctx = Ctx::expect();
    let store = ctx.store;
    let status = RwSignal::new(if DATA.get().is_some() { READY } else { LOADING });
    if DATA.get().is_none() {
        load(store, status);
        load_css();
    }
    let body = el("div", "map-body").attr("aria-busy", "false").dyn_child(
        move || status.get(),
        move |s| {
            Some(match *s {
                LOADING => el("p", "map-status").attr("role", "status").attr("data-testid", "map-loading").text("Loading the map…"),
                FAILED => el("div", "map-status map-error")
                    .attr("role", "alert")
                    .attr("data-testid", "map-error")
                    .child(text_el("p", "", "The map’s boundaries could not be loaded. The list below still shows every place."))
                    .child(button("button", "Try again").on("click", move |_| load(store, status))),
                _ => ready(ctx, DATA.get()?),
            })
        },
    );
    let root = el("section", "view map-view")
        .attr("aria-labelledby", "map-heading")
        .child(text_el("h1", "", "Map").id("map-heading"))
        .child(text_el(
            "p",
            "view-intro",
            "Where the timeline’s events happened, with the timeline’s filters, search and dates. Provinces are drawn as \
             areas, regions hatched, cities as points. Select a place for its events and who claims what there.",
        ))
        .child(el("p", "map-skip").child(link(&Intent::Anchor("map-list".into()), "", "Skip to the list of places")))
        .child(body);
    delegate(root, ctx, |intent, _| {
        if let Intent::SelectPlace(Some(_)) = intent {
            panel::reveal();
        }
    })
}

/// The map's stylesheet, fetched with the view (not part of the first load);
/// the map stays hidden until it applies (`.map-ready` in style.css).
fn load_css() {
    let doc = document();
    if doc.get_element_by_id("map-css").is_some() {
        return;
    }
    let href = if crate::components::embed::is_embed() { "../map.css" } else { "map.css" };
    let link = el("link", "").id("map-css").attr("rel", "stylesheet").attr("href", href);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&link.0);
    }
}

/// The map, panel and list, once the boundaries are in.
fn ready(ctx: Ctx, data: &'static MapData) -> El {
    let store = ctx.store;
    let shown = Memo::new(move |_| {
        let window = ctx.state.with(|s| s.map.month).and_then(|m| step_of(store, m.month_key())).map_or(TimeWindow::All, TimeWindow::Step);
        let events = ctx.timeline.result.with(|r| in_window(store, &r.events, window));
        let counts = data.index.counts(&events);
        Shown { events, counts }
    });
    let selected = Memo::new(move |_| ctx.state.with(|s| s.map.place.as_ref().and_then(|id| store.place_index(id))));
    let scene = Scene { data, shown, selected };
    refresh_soon(ctx);
    el("div", "map-ready")
        .child(controls::time_control(ctx, scene))
        .child(el("div", "map-layout").child(frame::frames(ctx, scene)).child(panel::panel(ctx, scene)))
        .child(
            el("div", "map-notes")
                .child(text_el("p", "map-note durand-note", DURAND_NOTE).attr("data-testid", "durand-note"))
                .child(text_el("p", "map-note", KASHMIR_NOTE))
                .child(text_el("p", "map-credit", CREDIT).attr("data-testid", "map-credit")),
        )
        .child(list::list(ctx, scene))
}
