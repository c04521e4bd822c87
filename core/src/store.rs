//! The dataset parsed once into an immutable, indexed store.

use std::collections::HashMap;

use super::date::PartialDate;
use super::model::*;
use super::search::fold_into;
use super::sort::{sort_by, sort_dedup, sort_indices};

pub struct Store {
    pub data: Briefing,
    /// Each event's date; [`PartialDate::UNDATED`] for an event the articles do
    /// not date, which sorts last, is in no date range and has month bucket 0.
    pub event_dates: Vec<PartialDate>,
    /// How many events are undated (precision `undated`).
    pub undated: usize,
    /// Event indices, oldest first (stable for equal dates).
    pub chronological: Vec<usize>,
    /// Folded text of each event for full-text search.
    pub event_text: Vec<String>,
    /// For each event, the events that respond to it.
    pub led_to: Vec<Vec<usize>>,
    /// Alignments of each event's actors, deduplicated.
    pub event_alignments: Vec<Vec<Alignment>>,
    /// All tags in use, sorted.
    pub tag_list: Vec<String>,
    /// Event kinds that occur in the dataset.
    pub kinds_present: Vec<EventKind>,
    /// Each event's facet values as small integers, for the query's hot loop.
    pub facet_index: FacetIndex,
    /// Months with events (YYYYMM keys, sorted), and each event's position in it.
    pub months: Vec<u32>,
    pub event_month: Vec<u32>,
    actor_by_id: HashMap<String, usize>,
    place_by_id: HashMap<String, usize>,
    event_by_id: HashMap<String, usize>,
    source_by_id: HashMap<String, usize>,
    narrative_by_id: HashMap<String, usize>,
}

fn index_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(i, t)| (id(t).to_string(), i)).collect()
}

/// Oldest first. A coarse date ("November 2025") sorts at its start, except that an
/// event never sorts before an event it responds to, while both dates allow it.
fn chronological_order(events: &[Event], dates: &[PartialDate], by_id: &HashMap<String, usize>) -> Vec<usize> {
    // (date key, depth): a response moved up to its cause's date sorts just after it.
    let mut key: Vec<(u32, u32)> = dates.iter().map(|d| (d.key(), 0)).collect();
    let mut order: Vec<usize> = (0..events.len()).collect();
    sort_indices(&mut order, &|a, b| key[a].cmp(&key[b]));
    // Walking in date order, causes are settled before their responses.
    for &i in &order {
        for cause in events[i].responds_to.iter().filter_map(|id| by_id.get(id)) {
            let (cause_key, cause_depth) = key[*cause];
            if cause_key >= key[i].0 && cause_key <= dates[i].end_key() {
                key[i] = key[i].max((cause_key, cause_depth + 1));
            }
        }
    }
    sort_indices(&mut order, &|a, b| key[a].cmp(&key[b]));
    order
}

impl Store {
    /// Builds the indices. Expects a validated dataset; unknown references are skipped.
    pub fn new(data: Briefing) -> Self {
        let actor_by_id = index_of(&data.actors, |a| &a.id);
        let place_by_id = index_of(&data.places, |p| &p.id);
        let event_by_id = index_of(&data.events, |e| &e.id);
        let source_by_id = index_of(&data.sources, |s| &s.id);
        let narrative_by_id = index_of(&data.narratives, |n| &n.id);
        let event_dates: Vec<PartialDate> = data
            .events
            .iter()
            .map(|e| match e.precision {
                Precision::Undated => PartialDate::UNDATED,
                _ => PartialDate::parse(&e.date).unwrap_or(PartialDate::UNDATED),
            })
            .collect();
        let undated = event_dates.iter().filter(|d| d.is_undated()).count();
        let chronological = chronological_order(&data.events, &event_dates, &event_by_id);

        let mut led_to = vec![Vec::new(); data.events.len()];
        for (i, e) in data.events.iter().enumerate() {
            for earlier in &e.responds_to {
                if let Some(&j) = event_by_id.get(earlier) {
                    led_to[j].push(i);
                }
            }
        }

        let mut event_text = Vec::with_capacity(data.events.len());
        let mut event_alignments = Vec::with_capacity(data.events.len());
        for e in &data.events {
            // Folded as it is joined (folding is char by char, so the same as folding the whole).
            let mut text = String::with_capacity(256);
            let mut push = |s: &str| {
                fold_into(&mut text, s);
                text.push('\n');
            };
            push(&e.title);
            push(&e.summary);
            for t in &e.tags {
                push(t);
            }
            for cl in &e.claims {
                push(&cl.statement);
                cl.citations.iter().for_each(|c| push(&c.quote));
            }
            e.citations.iter().for_each(|c| push(&c.quote));
            let mut aligns = Vec::new();
            for a in e.actors.iter().filter_map(|id| actor_by_id.get(id)) {
                let actor = &data.actors[*a];
                push(&actor.name);
                if !aligns.contains(&actor.alignment) {
                    aligns.push(actor.alignment);
                }
            }
            for p in e.places.iter().filter_map(|id| place_by_id.get(id)) {
                push(&data.places[*p].name);
            }
            // Kept at its length: the doubling's spare room was 0.8 MB of 21.9 at 10k events.
            text.shrink_to_fit();
            event_text.push(text);
            sort_by(&mut aligns, Ord::cmp);
            event_alignments.push(aligns);
        }

        let mut tag_list: Vec<String> = data.events.iter().flat_map(|e| e.tags.iter().cloned()).collect();
        sort_dedup(&mut tag_list);
        let facet_index = FacetIndex::new(&data, &event_alignments, &tag_list, &actor_by_id, &place_by_id);
        let mut months: Vec<u32> = event_dates.iter().map(|d| d.month_key()).collect();
        sort_dedup(&mut months);
        let event_month = event_dates.iter().map(|d| months.binary_search(&d.month_key()).unwrap_or(0) as u32).collect();

        let kinds_present = EventKind::ALL.iter().copied().filter(|k| data.events.iter().any(|e| e.kind == *k)).collect();
        Store {
            data,
            event_dates,
            undated,
            tag_list,
            kinds_present,
            facet_index,
            months,
            event_month,
            chronological,
            event_text,
            led_to,
            event_alignments,
            actor_by_id,
            place_by_id,
            event_by_id,
            source_by_id,
            narrative_by_id,
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_by_id.get(id).map(|&i| &self.data.actors[i])
    }
    /// The index in `data.places` of the place with this id.
    pub fn place_index(&self, id: &str) -> Option<usize> {
        self.place_by_id.get(id).copied()
    }
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_by_id.get(id).map(|&i| &self.data.places[i])
    }
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.event_by_id.get(id).copied()
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).map(|i| &self.data.events[i])
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.source_by_id.get(id).map(|&i| &self.data.sources[i])
    }
    pub fn narrative(&self, id: &str) -> Option<&Narrative> {
        self.narrative_by_id.get(id).map(|&i| &self.data.narratives[i])
    }
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.data.phases.iter().find(|p| p.id == id)
    }
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map(|a| a.name.as_str()).unwrap_or(id)
    }
    pub fn place_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.place(id).map(|p| p.name.as_str()).unwrap_or(id)
    }
    /// "s4 · The Defense News" or "s2 · unsigned analysis": the id stays visible
    /// because the briefing's prose refers to sources by it.
    pub fn source_label(&self, id: &str) -> String {
        match self.source(id) {
            Some(s) => {
                let kind = super::labels::source_kind_noun(s.kind);
                match &s.publisher {
                    Some(p) => format!("{} · {p} ({kind})", s.id),
                    None => format!("{} · unsigned {kind}", s.id),
                }
            }
            None => id.to_string(),
        }
    }
    /// The month buckets of dated events: `months` without the undated bucket (key 0),
    /// which no chart or time control has a place for.
    pub fn dated_months(&self) -> &[u32] {
        match self.months.first() {
            Some(0) => &self.months[1..],
            _ => &self.months,
        }
    }
    /// Whether event `i` is undated (the articles give no date for it).
    pub fn is_undated(&self, i: usize) -> bool {
        self.event_dates.get(i).is_some_and(|d| d.is_undated())
    }
    /// The opinion piece whose own voice `actor` is (derived from the actor's
    /// `author_of` and the source's kind): label its points and profile "opinion".
    pub fn opinion_piece(&self, actor: &str) -> Option<&Source> {
        let source = self.actor(actor)?.author_of.as_deref()?;
        self.source(source).filter(|s| s.kind.is_opinion())
    }
    /// Whether a record's citations all come from opinion pieces ("reported only
    /// in an opinion piece").
    pub fn rests_on_opinion(&self, citations: &[Citation]) -> bool {
        !citations.is_empty() && citations.iter().all(|c| self.source(&c.source).is_some_and(|s| s.kind.is_opinion()))
    }
    /// Disagreements that concern an event.
    pub fn disagreements_for(&self, event_id: &str) -> Vec<&Disagreement> {
        self.data.disagreements.iter().filter(|d| d.events.iter().any(|e| e == event_id)).collect()
    }
}

/// Facet dimensions, in display order (matches `query::Facet`).
pub const FACETS: usize = 6;

/// Every event's facet values, each an index into that facet's domain (kinds and
/// alignments in their `ALL` order; actors, places and phases in dataset order;
/// tags in `tag_list` order). Flat, so 100,000 events cost two allocations.
#[derive(Debug, Default)]
pub struct FacetIndex {
    values: Vec<u32>,
    /// Where event `i`'s values for facet `f` start: `starts[i * (FACETS + 1) + f]`.
    starts: Vec<u32>,
    /// How many values each facet has.
    pub domain: [usize; FACETS],
}

impl FacetIndex {
    fn new(
        data: &Briefing,
        alignments: &[Vec<Alignment>],
        tags: &[String],
        actors: &HashMap<String, usize>,
        places: &HashMap<String, usize>,
    ) -> FacetIndex {
        let phases = index_of(&data.phases, |p| &p.id);
        let tag_ix: HashMap<&str, usize> = tags.iter().enumerate().map(|(i, t)| (t.as_str(), i)).collect();
        let mut values = Vec::with_capacity(data.events.len() * 8);
        let mut starts = Vec::with_capacity(data.events.len() * (FACETS + 1));
        for (i, e) in data.events.iter().enumerate() {
            let base = starts.len();
            starts.push(values.len() as u32);
            values.push(EventKind::ALL.iter().position(|k| *k == e.kind).unwrap_or(0) as u32);
            starts.push(values.len() as u32);
            values.extend(e.actors.iter().filter_map(|a| actors.get(a)).map(|&a| a as u32));
            starts.push(values.len() as u32);
            values.extend(e.places.iter().filter_map(|p| places.get(p)).map(|&p| p as u32));
            starts.push(values.len() as u32);
            values.extend(alignments[i].iter().filter_map(|a| Alignment::ALL.iter().position(|x| x == a)).map(|a| a as u32));
            starts.push(values.len() as u32);
            values.extend(phases.get(&e.phase).map(|&p| p as u32));
            starts.push(values.len() as u32);
            values.extend(e.tags.iter().filter_map(|t| tag_ix.get(t.as_str())).map(|&t| t as u32));
            starts.push(values.len() as u32);
            debug_assert_eq!(starts.len() - base, FACETS + 1);
        }
        let domain = [EventKind::ALL.len(), data.actors.len(), data.places.len(), Alignment::ALL.len(), data.phases.len(), tags.len()];
        FacetIndex { values, starts, domain }
    }

    /// Event `i`'s values for facet `f`.
    pub fn of(&self, i: usize, f: usize) -> &[u32] {
        let at = i * (FACETS + 1) + f;
        &self.values[self.starts[at] as usize..self.starts[at + 1] as usize]
    }
}
