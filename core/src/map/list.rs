//! The list that mirrors the map (as the Actors table mirrors the network), the
//! accessible names of map controls, and what selecting a place shows.

use super::counts::Counts;
use super::labels::strip_suffix_ignore_case;
use super::places::{MapIndex, MarkKind};
use super::projection::Frame;
use crate::labels::kind_label;
use crate::model::{Alignment, Claim, Disagreement, EventKind};
use crate::store::Store;

/// One row of the list alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct ListRow {
    /// Index into `store.data.places` (and `MapIndex::places`).
    pub place: usize,
    pub name: String,
    pub kind: MarkKind,
    /// "City", "Province", "Region", "Country".
    pub kind_label: &'static str,
    /// How precisely the map can show it: "point", "province boundary", …
    pub precision: &'static str,
    pub events: u32,
    pub disputed: u32,
    pub frame: Frame,
}

pub fn kind_label_of(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Point => "City",
        MarkKind::Area => "Province",
        MarkKind::Region => "Region",
        MarkKind::Country => "Country",
    }
}

/// How precise a place's location is, in words.
pub fn precision_label(kind: MarkKind, has_shape: bool) -> &'static str {
    match (kind, has_shape) {
        (MarkKind::Point, _) => "point",
        (MarkKind::Area, true) => "province boundary",
        (MarkKind::Area, false) => "province, approximate",
        (MarkKind::Region, true) => "region, approximate boundary",
        (MarkKind::Region, false) => "region, no boundary",
        (MarkKind::Country, _) => "whole country",
    }
}

/// Every place, most events first; ties by disputed events, then the more precise
/// place, then name. Places with no shown event stay, at the end, with 0.
pub fn list_rows(store: &Store, index: &MapIndex, counts: &Counts) -> Vec<ListRow> {
    let mut rows: Vec<ListRow> = index
        .places
        .iter()
        .map(|m| ListRow {
            place: m.place,
            name: store.data.places[m.place].name.clone(),
            kind: m.kind,
            kind_label: kind_label_of(m.kind),
            precision: precision_label(m.kind, m.shape.is_some()),
            events: counts.events[m.place],
            disputed: counts.disputed[m.place],
            frame: m.frame,
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        b.events.cmp(&a.events).then(b.disputed.cmp(&a.disputed)).then(a.kind.cmp(&b.kind)).then(a.name.cmp(&b.name))
    });
    rows
}

/// "Khost province: 3 events, 1 disputed"; "Kabul (city): 1 event";
/// "Eastern Afghanistan (region): no events".
pub fn accessible_name(store: &Store, index: &MapIndex, counts: &Counts, place: usize) -> String {
    let name = &store.data.places[place].name;
    let kind = index.places[place].kind;
    let ends = |suffix: &str| strip_suffix_ignore_case(name, suffix).is_some();
    let what = match kind {
        MarkKind::Point => " (city)",
        MarkKind::Area if ends(" province") => "",
        MarkKind::Area => " province",
        MarkKind::Region if ends(" region") => "",
        MarkKind::Region => " (region)",
        MarkKind::Country => " (country)",
    };
    let n = counts.events[place];
    let d = counts.disputed[place];
    let events = match n {
        0 => "no events".to_string(),
        1 => "1 event".to_string(),
        n => format!("{n} events"),
    };
    if d > 0 {
        format!("{name}{what}: {events}, {d} disputed")
    } else {
        format!("{name}{what}: {events}")
    }
}

/// One event in a selected place's list.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    /// Event index (open its card with `?open=<id>`).
    pub event: usize,
    /// "24 Nov 2025", "Oct 2025", "2025": at the event's own precision.
    pub date: String,
    pub kind: EventKind,
    pub kind_label: &'static str,
    pub title: String,
    pub disputed: bool,
}

/// One claim made about an event at the selected place.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow<'a> {
    pub event: usize,
    pub claim: &'a Claim,
    /// The claimant's name (the id when the actor is unknown).
    pub claimant: &'a str,
    pub alignment: Option<Alignment>,
    /// Source ids the claim cites, deduplicated, in order.
    pub sources: Vec<&'a str>,
}

/// What selecting a place shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDetail<'a> {
    pub events: Vec<EventRow>,
    /// Every claim of those events, event by event.
    pub claims: Vec<ClaimRow<'a>>,
    /// Source disagreements about those events, each once.
    pub disagreements: Vec<&'a Disagreement>,
}

/// The shown events at `place` (in the order of `shown`), their claims and the
/// source disagreements about them.
pub fn place_detail<'a>(store: &'a Store, index: &MapIndex, shown: &[usize], place: usize) -> PlaceDetail<'a> {
    let events = index.events_at(shown, place);
    let mut claims = Vec::new();
    let mut disagreements: Vec<&Disagreement> = Vec::new();
    for &e in &events {
        let event = &store.data.events[e];
        for claim in &event.claims {
            let actor = store.actor(&claim.claimant);
            let mut sources: Vec<&str> = Vec::new();
            for c in &claim.citations {
                if !sources.contains(&c.source.as_str()) {
                    sources.push(&c.source);
                }
            }
            claims.push(ClaimRow {
                event: e,
                claim,
                claimant: actor.map_or(claim.claimant.as_str(), |a| a.name.as_str()),
                alignment: actor.map(|a| a.alignment),
                sources,
            });
        }
        for d in store.disagreements_for(&event.id) {
            if !disagreements.iter().any(|x| x.id == d.id) {
                disagreements.push(d);
            }
        }
    }
    let events = events
        .into_iter()
        .map(|e| {
            let ev = &store.data.events[e];
            EventRow {
                event: e,
                date: store.event_dates[e].display(ev.precision),
                kind: ev.kind,
                kind_label: kind_label(ev.kind),
                title: ev.title.clone(),
                disputed: index.disputed(e),
            }
        })
        .collect();
    PlaceDetail { events, claims, disagreements }
}
