//! Places: the Map view's list (src/views/map/list.rs, `list_rows` in the core)
//! as a table over every event, then each place with its kind, country,
//! coordinates, the quotes that place it and the events there, oldest first.

use super::html::{el, link, text_el, El};
use super::parts::*;
use crate::domain::map::base::{BaseMap, BOUNDARIES};
use crate::domain::map::list::list_rows;
use crate::domain::map::places::MapIndex;
use crate::domain::model::Place;
use crate::domain::prose::as_read;
use crate::domain::store::Store;

/// "34.53° N, 69.17° E".
fn coordinates(p: &Place) -> String {
    let ns = if p.lat < 0.0 { 'S' } else { 'N' };
    let ew = if p.lon < 0.0 { 'W' } else { 'E' };
    format!("{:.2}° {ns}, {:.2}° {ew}", p.lat.abs(), p.lon.abs())
}

fn country(p: &Place) -> String {
    let mut c = p.country.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

pub fn section(store: &Store) -> El {
    // The committed boundaries: parsed by the map's own tests, so this never fails there first.
    let base = BaseMap::parse(BOUNDARIES).unwrap_or_else(|e| panic!("data/map/boundaries.txt: {e}"));
    let index = MapIndex::new(store, &base);
    let shown = &store.chronological;
    let counts = index.counts(shown);
    let rows = list_rows(store, &index, &counts);
    let head = el("tr").children(["Place", "Kind", "Location", "Events", "Disputed"].map(|h| text_el("th", "", h).attr("scope", "col")));
    let body = el("tbody").children(rows.iter().map(|r| {
        el("tr")
            .child(el("th").attr("scope", "row").child(link(&place_href(&store.data.places[r.place].id), &r.name)))
            .child(text_el("td", "", r.kind_label))
            .child(text_el("td", "", r.precision))
            .child(text_el("td", "num", &r.events.to_string()))
            .child(text_el("td", "num", &r.disputed.to_string()))
    }));
    let table = el("div").class("table-wrap").child(
        el("table")
            .class("places-table")
            .child(text_el("caption", "visually-hidden", "Places, with their events and disputed events"))
            .child(el("thead").child(head))
            .child(body),
    );
    let entries = rows.iter().map(|r| {
        let p = &store.data.places[r.place];
        let events = index.events_at(shown, r.place);
        let list = events.iter().map(|&i| {
            let e = &store.data.events[i];
            el("li").child(date_el(&e.date, e.precision, None)).text(" ").child(link(&event_href(&e.id), &as_read(store, &e.title)))
        });
        el("article")
            .class("place-entry")
            .id(&format!("place-{}", p.id))
            .child(text_el("h3", "", &p.name))
            .child(text_el("p", "place-facts", &format!("{} · {} · {}", r.kind_label, country(p), coordinates(p))))
            .maybe((!p.citations.is_empty()).then(|| citations_el(store, &p.citations)))
            .child(if events.is_empty() {
                text_el("p", "empty-state", "No event in the briefing is placed here.")
            } else {
                el("ul").class("place-events").attr("aria-label", &format!("Events at {}", p.name)).children(list)
            })
    });
    let unplaced = match counts.unplaced {
        0 => String::new(),
        1 => " One event has no place (a statement or talks without a venue) and is listed under Events only.".to_string(),
        n => format!(" {n} events have no place (statements, talks without a venue) and are listed under Events only."),
    };
    el("section")
        .class("static-section places")
        .id("places")
        .attr("aria-labelledby", "places-title")
        .child(text_el("h2", "", "Places").id("places-title"))
        .child(text_el(
            "p",
            "view-intro",
            &format!("The {} places of the map, most events first: how precisely each is located, and its events.{unplaced}", rows.len()),
        ))
        .child(table)
        .children(entries)
}
