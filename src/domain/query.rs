//! Timeline queries: filters, facet counts, sorting and the activity histogram.
//! Within one facet the options are alternatives (OR); facets combine with AND.

use std::collections::{BTreeMap, HashMap};

use super::model::{Alignment, EventKind};
use super::search::{matches_all, terms};
use super::store::Store;
use super::url_state::{Sort, TimelineState};

/// Facet dimensions, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Kind,
    Actor,
    Place,
    Alignment,
    Phase,
    Tag,
}

const FACETS: usize = 6;
const DATE: usize = FACETS; // bit index of the date filter
const SEARCH: usize = FACETS + 1;

/// One facet option and how many events choosing it would leave.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: usize,
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MonthBucket {
    /// YYYYMM
    pub month: u32,
    /// Count per event kind, in `EventKind::ALL` order.
    pub by_kind: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineResult {
    /// Matching event indices in display order.
    pub events: Vec<usize>,
    pub facets: Vec<(Facet, Vec<FacetOption>)>,
    /// Events per month passing every filter but the date range, so the chart
    /// shows where a wider range would lead.
    pub activity: Vec<MonthBucket>,
    pub total: usize,
}

/// Which filters an event fails, as a bit set (bit per facet, date, search).
fn failures(store: &Store, i: usize, f: &TimelineState, search_terms: &[String], from: u32, to: u32) -> u32 {
    let e = &store.data.events[i];
    let mut fail = 0u32;
    let any = |selected: &[String], have: &[String]| selected.is_empty() || selected.iter().any(|s| have.contains(s));
    if !f.kinds.is_empty() && !f.kinds.contains(&e.kind) {
        fail |= 1 << Facet::Kind as usize;
    }
    if !any(&f.actors, &e.actors) {
        fail |= 1 << Facet::Actor as usize;
    }
    if !any(&f.places, &e.places) {
        fail |= 1 << Facet::Place as usize;
    }
    if !f.alignments.is_empty() && !f.alignments.iter().any(|a| store.event_alignments[i].contains(a)) {
        fail |= 1 << Facet::Alignment as usize;
    }
    if !f.phases.is_empty() && !f.phases.contains(&e.phase) {
        fail |= 1 << Facet::Phase as usize;
    }
    if !any(&f.tags, &e.tags) {
        fail |= 1 << Facet::Tag as usize;
    }
    let d = &store.event_dates[i];
    if d.end_key() < from || d.key() > to {
        fail |= 1 << DATE;
    }
    if !search_terms.is_empty() && !matches_all(&store.event_text[i], search_terms) {
        fail |= 1 << SEARCH;
    }
    fail
}

/// Runs the timeline query: matches, facet counts and activity.
pub fn run<'s>(store: &'s Store, f: &TimelineState) -> TimelineResult {
    let search_terms = terms(&f.q);
    let from = f.from.map(|d| d.key()).unwrap_or(0);
    let to = f.to.map(|d| d.end_key()).unwrap_or(u32::MAX);
    // Keys borrow from the store: no allocation per event on this hot path.
    let mut counts: [HashMap<&'s str, usize>; FACETS] = Default::default();
    let mut activity: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    let mut events = Vec::new();
    let kind_index = |k: EventKind| EventKind::ALL.iter().position(|x| *x == k).unwrap_or(0);

    for &i in &store.chronological {
        let fail = failures(store, i, f, &search_terms, from, to);
        let e: &'s _ = &store.data.events[i];
        if fail == 0 {
            events.push(i);
        }
        if fail & !(1 << DATE) == 0 {
            let bucket = activity.entry(store.event_dates[i].month_key()).or_insert_with(|| vec![0; EventKind::ALL.len()]);
            bucket[kind_index(e.kind)] += 1;
        }
        // An event counts toward a facet's options when it passes every other filter.
        for (facet, slot) in counts.iter_mut().enumerate() {
            if fail & !(1 << facet) != 0 {
                continue;
            }
            let mut bump = |v: &'s str| *slot.entry(v).or_insert(0) += 1;
            match facet {
                0 => bump(e.kind.as_str()),
                1 => e.actors.iter().for_each(|a| bump(a)),
                2 => e.places.iter().for_each(|p| bump(p)),
                3 => store.event_alignments[i].iter().for_each(|a| bump(a.as_str())),
                4 => bump(&e.phase),
                _ => e.tags.iter().for_each(|t| bump(t)),
            }
        }
    }
    if f.sort == Sort::Newest {
        events.reverse();
    }

    let facets = facet_options(store, f, &counts);
    let activity = activity.into_iter().map(|(month, by_kind)| MonthBucket { month, by_kind }).collect();
    TimelineResult { events, facets, activity, total: store.data.events.len() }
}

fn facet_options(store: &Store, f: &TimelineState, counts: &[HashMap<&str, usize>; FACETS]) -> Vec<(Facet, Vec<FacetOption>)> {
    let option = |value: &str, label: &str, counts: &HashMap<&str, usize>, active: bool| FacetOption {
        value: value.to_string(),
        label: label.to_string(),
        count: counts.get(value).copied().unwrap_or(0),
        active,
    };
    let data = &store.data;
    let kinds = EventKind::ALL
        .iter()
        .filter(|k| counts[0].contains_key(k.as_str()) || f.kinds.contains(k) || data.events.iter().any(|e| e.kind == **k))
        .map(|k| option(k.as_str(), kind_label(*k), &counts[0], f.kinds.contains(k)))
        .collect();
    let mut actors: Vec<FacetOption> =
        data.actors.iter().map(|a| option(&a.id, &a.name, &counts[1], f.actors.contains(&a.id))).collect();
    let mut places: Vec<FacetOption> =
        data.places.iter().map(|p| option(&p.id, &p.name, &counts[2], f.places.contains(&p.id))).collect();
    let alignments = Alignment::ALL
        .iter()
        .map(|a| option(a.as_str(), alignment_label(*a), &counts[3], f.alignments.contains(a)))
        .collect();
    let phases = data.phases.iter().map(|p| option(&p.id, &p.name, &counts[4], f.phases.contains(&p.id))).collect();
    let mut tags: Vec<FacetOption> =
        store.tags().iter().map(|t| option(t, t, &counts[5], f.tags.contains(t))).collect();
    // Long lists read best with the most useful options first.
    for list in [&mut actors, &mut places, &mut tags] {
        list.sort_by(|a, b| b.active.cmp(&a.active).then(b.count.cmp(&a.count)).then(a.label.cmp(&b.label)));
    }
    vec![
        (Facet::Kind, kinds),
        (Facet::Actor, actors),
        (Facet::Place, places),
        (Facet::Alignment, alignments),
        (Facet::Phase, phases),
        (Facet::Tag, tags),
    ]
}

pub fn kind_label(k: EventKind) -> &'static str {
    match k {
        EventKind::Attack => "Attack",
        EventKind::Airstrike => "Airstrike",
        EventKind::Clash => "Clash",
        EventKind::Talks => "Talks",
        EventKind::Ceasefire => "Ceasefire",
        EventKind::Statement => "Statement",
        EventKind::Diplomacy => "Diplomacy",
        EventKind::Trade => "Trade",
        EventKind::Displacement => "Displacement",
        EventKind::Political => "Political",
    }
}

pub fn alignment_label(a: Alignment) -> &'static str {
    match a {
        Alignment::Pakistan => "Pakistan",
        Alignment::Afghanistan => "Afghanistan",
        Alignment::ThirdParty => "Third party",
        Alignment::Militant => "Armed group",
    }
}

impl Facet {
    pub fn label(self) -> &'static str {
        match self {
            Facet::Kind => "Kind",
            Facet::Actor => "Actor",
            Facet::Place => "Place",
            Facet::Alignment => "Alignment",
            Facet::Phase => "Phase",
            Facet::Tag => "Tag",
        }
    }
    /// The URL parameter that holds this facet.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Actor => "actor",
            Facet::Place => "place",
            Facet::Alignment => "align",
            Facet::Phase => "phase",
            Facet::Tag => "tag",
        }
    }
}

/// Toggles one facet value in a timeline state (values come from `FacetOption::value`).
pub fn toggle(state: &mut TimelineState, facet: Facet, value: &str) {
    fn flip<T: PartialEq>(list: &mut Vec<T>, v: T) {
        if let Some(pos) = list.iter().position(|x| *x == v) {
            list.remove(pos);
        } else {
            list.push(v);
        }
    }
    match facet {
        Facet::Kind => {
            if let Some(k) = EventKind::parse(value) {
                flip(&mut state.kinds, k)
            }
        }
        Facet::Actor => flip(&mut state.actors, value.to_string()),
        Facet::Place => flip(&mut state.places, value.to_string()),
        Facet::Alignment => {
            if let Some(a) = Alignment::parse(value) {
                flip(&mut state.alignments, a)
            }
        }
        Facet::Phase => flip(&mut state.phases, value.to_string()),
        Facet::Tag => flip(&mut state.tags, value.to_string()),
    }
}
