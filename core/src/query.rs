//! Timeline queries: filters, facet counts, sorting and the activity histogram.
//! Within one facet the options are alternatives (OR); facets combine with AND.

use super::date::month_label;
use super::labels::{alignment_label, kind_label};
use super::model::{Alignment, EventKind};
use super::search::{matches_all, terms};
use super::store::{Store, FACETS};
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
    /// Undated events passing every filter but the date range: the chart has no
    /// month for them, and any date range leaves them out.
    pub undated: usize,
    pub total: usize,
}

/// Which events match a search, remembered so that typing one more letter only
/// re-checks the events that matched before.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchHits {
    pub terms: Vec<String>,
    /// Per event index; empty when there are no terms (everything matches).
    hits: Vec<bool>,
}

impl SearchHits {
    /// Matches for `terms`. When every term of `prev` occurs inside some new term,
    /// the new matches are a subset of the old ones, so only those are searched.
    pub fn new(store: &Store, terms: Vec<String>, prev: Option<&SearchHits>) -> SearchHits {
        if terms.is_empty() {
            return SearchHits { terms, hits: Vec::new() };
        }
        let narrows = prev.filter(|p| {
            !p.terms.is_empty()
                && p.hits.len() == store.event_text.len()
                && p.terms.iter().all(|o| terms.iter().any(|t| t.contains(o.as_str())))
        });
        let hits = match narrows {
            Some(p) => p.hits.iter().zip(&store.event_text).map(|(&was, text)| was && matches_all(text, &terms)).collect(),
            None => store.event_text.iter().map(|text| matches_all(text, &terms)).collect(),
        };
        SearchHits { terms, hits }
    }
    fn matches(&self, i: usize) -> bool {
        self.hits.is_empty() || self.hits[i]
    }
}

/// The active filters as lookup tables over each facet's value indices.
struct Selected {
    on: [Vec<bool>; FACETS],
    any: [bool; FACETS],
}

impl Selected {
    fn new(store: &Store, f: &TimelineState) -> Selected {
        let fx = &store.facet_index;
        let mut on: [Vec<bool>; FACETS] = std::array::from_fn(|k| vec![false; fx.domain[k]]);
        let mut set = |facet: Facet, index: Option<usize>| {
            if let Some(i) = index {
                on[facet as usize][i] = true;
            }
        };
        let data = &store.data;
        f.kinds.iter().for_each(|k| set(Facet::Kind, EventKind::ALL.iter().position(|x| x == k)));
        f.actors.iter().for_each(|a| set(Facet::Actor, data.actors.iter().position(|x| &x.id == a)));
        f.places.iter().for_each(|p| set(Facet::Place, data.places.iter().position(|x| &x.id == p)));
        f.alignments.iter().for_each(|a| set(Facet::Alignment, Alignment::ALL.iter().position(|x| x == a)));
        f.phases.iter().for_each(|p| set(Facet::Phase, data.phases.iter().position(|x| &x.id == p)));
        f.tags.iter().for_each(|t| set(Facet::Tag, store.tag_list.binary_search(t).ok()));
        // A filter on values the dataset lacks still filters (everything out).
        let any = [
            !f.kinds.is_empty(),
            !f.actors.is_empty(),
            !f.places.is_empty(),
            !f.alignments.is_empty(),
            !f.phases.is_empty(),
            !f.tags.is_empty(),
        ];
        Selected { on, any }
    }
}

/// Which filters an event fails, as a bit set (bit per facet, date, search).
fn failures(store: &Store, i: usize, sel: &Selected, search: &SearchHits, from: u32, to: u32) -> u32 {
    let mut fail = 0u32;
    for facet in 0..FACETS {
        if sel.any[facet] && !store.facet_index.of(i, facet).iter().any(|&v| sel.on[facet][v as usize]) {
            fail |= 1 << facet;
        }
    }
    let d = &store.event_dates[i];
    if d.end_key() < from || d.key() > to {
        fail |= 1 << DATE;
    }
    if !search.matches(i) {
        fail |= 1 << SEARCH;
    }
    fail
}

/// Runs the timeline query: matches, facet counts and activity.
pub fn run(store: &Store, f: &TimelineState) -> TimelineResult {
    run_with(store, f, &SearchHits::new(store, terms(&f.q), None))
}

/// `run` with the search already done (`search` must be for `f.q`'s terms).
pub fn run_with(store: &Store, f: &TimelineState, search: &SearchHits) -> TimelineResult {
    let from = f.from.map(|d| d.key()).unwrap_or(0);
    let to = f.to.map(|d| d.end_key()).unwrap_or(u32::MAX);
    let sel = Selected::new(store, f);
    let fx = &store.facet_index;
    let mut counts: [Vec<usize>; FACETS] = std::array::from_fn(|k| vec![0; fx.domain[k]]);
    let kinds = EventKind::ALL.len();
    let mut activity = vec![0usize; store.months.len() * kinds];
    let mut events = Vec::new();
    let mut undated = 0;

    for &i in &store.chronological {
        let fail = failures(store, i, &sel, search, from, to);
        if fail == 0 {
            events.push(i);
        }
        if fail & !(1 << DATE) == 0 && store.event_dates[i].is_undated() {
            undated += 1;
        } else if fail & !(1 << DATE) == 0 {
            activity[store.event_month[i] as usize * kinds + fx.of(i, Facet::Kind as usize)[0] as usize] += 1;
        }
        // An event counts toward a facet's options when it passes every other filter.
        for (facet, slot) in counts.iter_mut().enumerate() {
            if fail & !(1 << facet) == 0 {
                fx.of(i, facet).iter().for_each(|&v| slot[v as usize] += 1);
            }
        }
    }
    // Undated events sort last in both orders: they keep their own place after the dated ones.
    if f.sort == Sort::Newest {
        let dated = events.partition_point(|&i| !store.event_dates[i].is_undated());
        events[..dated].reverse();
    }

    let facets = facet_options(store, f, &counts);
    let activity = store
        .months
        .iter()
        .zip(activity.chunks(kinds))
        .filter(|(_, by_kind)| by_kind.iter().any(|&c| c > 0))
        .map(|(&month, by_kind)| MonthBucket { month, by_kind: by_kind.to_vec() })
        .collect();
    TimelineResult { events, facets, activity, undated, total: store.data.events.len() }
}

fn facet_options(store: &Store, f: &TimelineState, counts: &[Vec<usize>; FACETS]) -> Vec<(Facet, Vec<FacetOption>)> {
    let option = |value: &str, label: &str, count: usize, active: bool| FacetOption {
        value: value.to_string(),
        label: label.to_string(),
        count,
        active,
    };
    let data = &store.data;
    let kinds = EventKind::ALL
        .iter()
        .enumerate()
        .filter(|(i, k)| counts[0][*i] > 0 || f.kinds.contains(k) || store.kinds_present.contains(k))
        .map(|(i, k)| option(k.as_str(), kind_label(*k), counts[0][i], f.kinds.contains(k)))
        .collect();
    let mut actors: Vec<FacetOption> =
        data.actors.iter().enumerate().map(|(i, a)| option(&a.id, &a.name, counts[1][i], f.actors.contains(&a.id))).collect();
    let mut places: Vec<FacetOption> =
        data.places.iter().enumerate().map(|(i, p)| option(&p.id, &p.name, counts[2][i], f.places.contains(&p.id))).collect();
    let alignments = Alignment::ALL
        .iter()
        .enumerate()
        .map(|(i, a)| option(a.as_str(), alignment_label(*a), counts[3][i], f.alignments.contains(a)))
        .collect();
    let phases = data.phases.iter().enumerate().map(|(i, p)| option(&p.id, &p.name, counts[4][i], f.phases.contains(&p.id))).collect();
    let mut tags: Vec<FacetOption> =
        store.tag_list.iter().enumerate().map(|(i, t)| option(t, t, counts[5][i], f.tags.contains(t))).collect();
    // Long lists read best with the most useful options first.
    for list in [&mut actors, &mut places, &mut tags] {
        crate::sort::sort_by(list, |a, b| b.active.cmp(&a.active).then(b.count.cmp(&a.count)).then(a.label.cmp(&b.label)));
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

/// "Nov 2025: 12 events (attack 3, talks 2)".
pub fn month_summary(activity: &[MonthBucket], month: u32) -> String {
    let Some(b) = activity.iter().find(|b| b.month == month) else {
        return format!("{}: no events match", month_label(month));
    };
    let total: usize = b.by_kind.iter().sum();
    let parts: Vec<String> = EventKind::ALL
        .iter()
        .zip(&b.by_kind)
        .filter(|(_, c)| **c > 0)
        .map(|(k, c)| format!("{} {c}", kind_label(*k).to_ascii_lowercase()))
        .collect();
    let mut text = format!("{}: {total} event{} ({})", month_label(month), if total == 1 { "" } else { "s" }, parts.join(", "));
    // Events dated only to the year have their own bar, but a date range over this
    // month keeps them too: say so, or the two counts would seem to disagree.
    let year = month / 100 * 100;
    if month != year {
        let coarse: usize = activity.iter().find(|b| b.month == year).map_or(0, |b| b.by_kind.iter().sum());
        if coarse > 0 {
            text.push_str(&format!("; {coarse} more dated only to {}", month / 100));
        }
    }
    text
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
    pub const ALL: [Facet; 6] = [Facet::Kind, Facet::Actor, Facet::Place, Facet::Alignment, Facet::Phase, Facet::Tag];
    pub fn parse(param: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == param)
    }
}

/// One active timeline filter, as the chip that removes it names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterRef {
    Search,
    Facet(Facet, String),
    From,
    To,
}

/// Every active filter of `t`, labelled for a chip that removes it, in display order.
pub fn active_filters(store: &Store, t: &TimelineState) -> Vec<(String, FilterRef)> {
    use super::model::Precision;
    let mut out = Vec::new();
    if !t.q.trim().is_empty() {
        out.push((format!("Search: “{}”", t.q.trim()), FilterRef::Search));
    }
    let mut each = |facet: Facet, values: Vec<String>, label: &dyn Fn(&str) -> String| {
        for v in values {
            out.push((format!("{}: {}", facet.label(), label(&v)), FilterRef::Facet(facet, v)));
        }
    };
    each(Facet::Kind, t.kinds.iter().map(|k| k.as_str().to_string()).collect(), &|v| {
        EventKind::parse(v).map(kind_label).unwrap_or(v).to_string()
    });
    each(Facet::Actor, t.actors.clone(), &|v| store.actor_name(v).to_string());
    each(Facet::Place, t.places.clone(), &|v| store.place_name(v).to_string());
    each(Facet::Alignment, t.alignments.iter().map(|a| a.as_str().to_string()).collect(), &|v| {
        Alignment::parse(v).map(alignment_label).unwrap_or(v).to_string()
    });
    each(Facet::Phase, t.phases.clone(), &|v| store.phase(v).map(|p| p.name.clone()).unwrap_or(v.to_string()));
    each(Facet::Tag, t.tags.clone(), &|v| v.to_string());
    let day = |d: super::date::PartialDate| d.display(Precision::Approximate).trim_start_matches("c. ").to_string();
    if let Some(d) = t.from {
        out.push((format!("From {}", day(d)), FilterRef::From));
    }
    if let Some(d) = t.to {
        out.push((format!("To {}", day(d)), FilterRef::To));
    }
    out
}

/// `t` without one of its filters.
pub fn without(t: &TimelineState, filter: &FilterRef) -> TimelineState {
    let mut next = t.clone();
    match filter {
        FilterRef::Search => next.q.clear(),
        FilterRef::From => next.from = None,
        FilterRef::To => next.to = None,
        FilterRef::Facet(f, v) => toggle(&mut next, *f, v),
    }
    next
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
