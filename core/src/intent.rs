//! Every way the reader can change what is on screen, as one type. Links,
//! buttons and inputs all say what they do as an `Intent`; `apply` turns the
//! current state and an intent into the next state, and `nav` says whether that
//! is a new history entry. Elements carry their intent in `data-intent`
//! (`encode` / `decode`), so a delegated handler never guesses from a label, a
//! class or a position.

use super::date::PartialDate;
use super::model::RelationKind;
pub use super::query::FilterRef;
use super::query::{toggle, without, Facet};
use super::store::Store;
use super::ties::{toggle_kind, Column};
use super::url_state::{Side, Sort, TiesSort, UrlState, View};

/// How a state change enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// A new history entry: Back returns to the previous state.
    Push,
    /// Replace the current entry (typing on in a search box, for instance).
    Replace,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// Another view; everything else is kept.
    View(View),
    /// The timeline with this event's card open. Filters that would hide the
    /// card are cleared (sort kept), or the link would lead nowhere.
    OpenEvent(String),
    /// The timeline filtered to one place and nothing else.
    PlaceOnTimeline(String),
    /// The timeline filtered to one actor (its other settings reset), optionally
    /// with one of its events open.
    ActorOnTimeline {
        actor: String,
        open: Option<String>,
    },
    /// The Actors view with this actor selected, or none.
    SelectActor(Option<String>),
    /// Narratives at a topic.
    Topic(String),
    /// Narratives with a ledger incident (an event id) highlighted.
    Incident(String),
    /// Sources with one source highlighted.
    Source(String),
    /// An element of the current view, by id: no state change.
    Anchor(String),

    /// A facet checkbox: toggles the value and closes the open card.
    ToggleFacet(Facet, String),
    /// A place or actor chip on a card: toggles the filter, the card stays open.
    ToggleChip(Facet, String),
    /// The search box's text. The first keystroke is a history entry.
    Search(String),
    ToggleSort,
    /// Expands a card, or collapses it when it is the open one.
    ToggleCard(String),
    /// A date field.
    From(Option<PartialDate>),
    To(Option<PartialDate>),
    /// A range dragged on the activity chart.
    Range(PartialDate, PartialDate),
    RemoveFilter(FilterRef),
    /// Every timeline filter off (sort kept).
    ClearFilters,

    /// Actors: a tie type on or off.
    ToggleTieKind(RelationKind),
    /// Actors: every tie type.
    AllTieKinds,
    /// Actors: the table (true) or the network.
    TiesTable(bool),
    /// Actors: ties in force at a month, or at any date. Dragging the slider
    /// replaces the entry its first move made.
    TiesAt(Option<PartialDate>),
    /// Actors: tie type and date filters off.
    ShowAllTies,
    /// Actors: the ties table's text filter.
    TiesQuery(String),
    /// Actors: sort the ties table by a column (again: reverse it).
    SortTies(Column),
    /// Narratives: which side's positions show.
    Side(Side),

    /// Map: a place selected (its events and claims in the panel), or none.
    SelectPlace(Option<String>),
    /// Map: the time control at a month (YYYY-MM, or a year for events dated
    /// only to it), or every month. Dragging replaces the entry its first move made.
    MapMonth(Option<PartialDate>),
}

impl Intent {
    /// Whether this change is a new history entry, from the state it applies to.
    pub fn nav(&self, s: &UrlState) -> Nav {
        match self {
            Intent::Search(_) if !s.timeline.q.is_empty() => Nav::Replace,
            Intent::TiesQuery(_) if !s.actors.ties_q.is_empty() => Nav::Replace,
            Intent::TiesAt(Some(_)) if s.actors.at.is_some() => Nav::Replace,
            Intent::Side(_) => Nav::Replace,
            Intent::MapMonth(Some(_)) if s.map.month.is_some() => Nav::Replace,
            _ => Nav::Push,
        }
    }

    /// The `data-intent` form: a name, then its arguments after colons.
    pub fn encode(&self) -> String {
        let date = |d: &Option<PartialDate>| d.map(|d| d.iso()).unwrap_or_default();
        match self {
            Intent::View(v) => format!("view:{}", v.as_str()),
            Intent::OpenEvent(id) => format!("event:{id}"),
            Intent::PlaceOnTimeline(id) => format!("place:{id}"),
            Intent::ActorOnTimeline { actor, open } => format!("actor-events:{actor}:{}", open.as_deref().unwrap_or("")),
            Intent::SelectActor(id) => format!("actor:{}", id.as_deref().unwrap_or("")),
            Intent::Topic(id) => format!("topic:{id}"),
            Intent::Incident(id) => format!("incident:{id}"),
            Intent::Source(id) => format!("source:{id}"),
            Intent::Anchor(id) => format!("anchor:{id}"),
            Intent::ToggleFacet(f, v) => format!("facet:{}:{v}", f.param()),
            Intent::ToggleChip(f, v) => format!("chip:{}:{v}", f.param()),
            Intent::Search(q) => format!("search:{q}"),
            Intent::ToggleSort => "sort".into(),
            Intent::ToggleCard(id) => format!("card:{id}"),
            Intent::From(d) => format!("from:{}", date(d)),
            Intent::To(d) => format!("to:{}", date(d)),
            Intent::Range(a, b) => format!("range:{}:{}", a.iso(), b.iso()),
            Intent::RemoveFilter(r) => match r {
                FilterRef::Search => "remove:q".into(),
                FilterRef::From => "remove:from".into(),
                FilterRef::To => "remove:to".into(),
                FilterRef::Facet(f, v) => format!("remove:{}:{v}", f.param()),
            },
            Intent::ClearFilters => "clear".into(),
            Intent::ToggleTieKind(k) => format!("tie-kind:{}", k.as_str()),
            Intent::AllTieKinds => "tie-kinds".into(),
            Intent::TiesTable(on) => format!("ties-table:{}", if *on { "table" } else { "graph" }),
            Intent::TiesAt(d) => format!("ties-at:{}", date(d)),
            Intent::ShowAllTies => "all-ties".into(),
            Intent::TiesQuery(q) => format!("ties-q:{q}"),
            Intent::SortTies(c) => format!("ties-sort:{}", c.as_str()),
            Intent::Side(s) => format!("side:{}", s.as_str()),
            Intent::SelectPlace(id) => format!("map-place:{}", id.as_deref().unwrap_or("")),
            Intent::MapMonth(d) => format!("map-month:{}", date(d)),
        }
    }

    pub fn decode(text: &str) -> Option<Intent> {
        let (name, arg) = text.split_once(':').unwrap_or((text, ""));
        let id = || (!arg.is_empty()).then(|| arg.to_string());
        let date = || if arg.is_empty() { Some(None) } else { PartialDate::parse(arg).map(Some) };
        let facet = || {
            let (f, v) = arg.split_once(':')?;
            Some((Facet::parse(f)?, v.to_string()))
        };
        Some(match name {
            "view" => Intent::View(View::parse(arg)?),
            "event" => Intent::OpenEvent(id()?),
            "place" => Intent::PlaceOnTimeline(id()?),
            "actor-events" => {
                let (actor, open) = arg.split_once(':')?;
                (!actor.is_empty()).then_some(())?;
                Intent::ActorOnTimeline { actor: actor.into(), open: (!open.is_empty()).then(|| open.into()) }
            }
            "actor" => Intent::SelectActor(id()),
            "topic" => Intent::Topic(id()?),
            "incident" => Intent::Incident(id()?),
            "source" => Intent::Source(id()?),
            "anchor" => Intent::Anchor(id()?),
            "facet" => facet().map(|(f, v)| Intent::ToggleFacet(f, v))?,
            "chip" => facet().map(|(f, v)| Intent::ToggleChip(f, v))?,
            "search" => Intent::Search(arg.into()),
            "sort" => Intent::ToggleSort,
            "card" => Intent::ToggleCard(id()?),
            "from" => Intent::From(date()?),
            "to" => Intent::To(date()?),
            "range" => {
                let (a, b) = arg.split_once(':')?;
                Intent::Range(PartialDate::parse(a)?, PartialDate::parse(b)?)
            }
            "remove" => Intent::RemoveFilter(match arg {
                "q" => FilterRef::Search,
                "from" => FilterRef::From,
                "to" => FilterRef::To,
                _ => facet().map(|(f, v)| FilterRef::Facet(f, v))?,
            }),
            "clear" => Intent::ClearFilters,
            "tie-kind" => Intent::ToggleTieKind(RelationKind::parse(arg)?),
            "tie-kinds" => Intent::AllTieKinds,
            "ties-table" => Intent::TiesTable(match arg {
                "table" => true,
                "graph" => false,
                _ => return None,
            }),
            "ties-at" => Intent::TiesAt(date()?),
            "all-ties" => Intent::ShowAllTies,
            "ties-q" => Intent::TiesQuery(arg.into()),
            "ties-sort" => Intent::SortTies(Column::parse(arg)?),
            "side" => Intent::Side(Side::parse(arg)?),
            "map-place" => Intent::SelectPlace(id()),
            "map-month" => Intent::MapMonth(date()?.map(|d| PartialDate { day: None, ..d })),
            _ => return None,
        })
    }
}

/// The state an intent leads to from `s`. `shown` is what the timeline shows
/// now (the query's events), to tell whether an event link must clear filters.
pub fn apply(s: &mut UrlState, intent: &Intent, store: &Store, shown: &[usize]) {
    let t = &mut s.timeline;
    match intent {
        Intent::View(v) => s.view = *v,
        Intent::OpenEvent(id) => {
            s.view = View::Timeline;
            if store.event_index(id).is_some_and(|i| !shown.contains(&i)) {
                *t = t.cleared();
            }
            t.open = Some(id.clone());
        }
        Intent::PlaceOnTimeline(id) => {
            s.view = View::Timeline;
            *t = t.cleared();
            t.places = vec![id.clone()];
        }
        Intent::ActorOnTimeline { actor, open } => {
            s.view = View::Timeline;
            *t = Default::default();
            t.actors = vec![actor.clone()];
            t.open = open.clone();
        }
        Intent::SelectActor(id) => {
            s.view = View::Actors;
            s.actors.selected = id.clone();
        }
        Intent::Topic(id) => {
            s.view = View::Narratives;
            s.narratives.topic = Some(id.clone());
            s.narratives.incident = None;
        }
        Intent::Incident(id) => {
            s.view = View::Narratives;
            s.narratives.incident = Some(id.clone());
            s.narratives.topic = None;
        }
        Intent::Source(id) => {
            s.view = View::Sources;
            s.source = Some(id.clone());
        }
        Intent::Anchor(_) => {}
        Intent::ToggleFacet(f, v) => {
            toggle(t, *f, v);
            t.open = None;
        }
        Intent::ToggleChip(f, v) => toggle(t, *f, v),
        Intent::Search(q) => {
            t.q = q.clone();
            t.open = None;
        }
        Intent::ToggleSort => t.sort = if t.sort == Sort::Newest { Sort::Oldest } else { Sort::Newest },
        Intent::ToggleCard(id) => t.open = if t.open.as_ref() == Some(id) { None } else { Some(id.clone()) },
        Intent::From(d) => t.from = *d,
        Intent::To(d) => t.to = *d,
        Intent::Range(a, b) => {
            t.from = Some(*a);
            t.to = Some(*b);
        }
        Intent::RemoveFilter(r) => *t = without(t, r),
        Intent::ClearFilters => *t = t.cleared(),
        Intent::ToggleTieKind(k) => toggle_kind(&mut s.actors.kinds, *k),
        Intent::AllTieKinds => s.actors.kinds.clear(),
        Intent::TiesTable(on) => s.actors.table = *on,
        Intent::TiesAt(d) => s.actors.at = *d,
        Intent::ShowAllTies => {
            s.actors.kinds.clear();
            s.actors.at = None;
        }
        Intent::TiesQuery(q) => s.actors.ties_q = q.clone(),
        Intent::SortTies(c) => {
            // Evidence reads best most-first; the rest A to Z.
            let now = s.actors.ties_sort;
            let ascending = if now.column == *c { !now.ascending } else { *c != Column::Evidence };
            s.actors.ties_sort = TiesSort { column: *c, ascending };
        }
        Intent::Side(side) => s.narratives.side = *side,
        Intent::SelectPlace(id) => {
            s.view = View::Map;
            s.map.place = id.clone();
        }
        Intent::MapMonth(d) => s.map.month = *d,
    }
}

/// `apply` on a copy: the state a link leads to, for its href.
pub fn target(s: &UrlState, intent: &Intent, store: &Store, shown: &[usize]) -> UrlState {
    let mut next = s.clone();
    apply(&mut next, intent, store, shown);
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::TimelineState;
    use proptest::prelude::*;

    fn store() -> Store {
        Store::new(serde_json::from_str(crate::DATASET_JSON).unwrap())
    }

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    /// A filtered, sorted timeline with a search, and an open card.
    fn busy() -> UrlState {
        let mut s = UrlState {
            timeline: TimelineState {
                q: "kabul".into(),
                places: vec!["khost".into()],
                sort: Sort::Newest,
                open: Some("x".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        s.actors.at = Some(d("2025-10"));
        s
    }

    fn all_intents() -> Vec<Intent> {
        vec![
            Intent::View(View::Actors),
            Intent::OpenEvent("ev-a".into()),
            Intent::PlaceOnTimeline("kabul".into()),
            Intent::ActorOnTimeline { actor: "ttp".into(), open: None },
            Intent::ActorOnTimeline { actor: "ttp".into(), open: Some("ev-b".into()) },
            Intent::SelectActor(Some("ttp".into())),
            Intent::SelectActor(None),
            Intent::Topic("nar-a".into()),
            Intent::Incident("ev-c".into()),
            Intent::Source("s2".into()),
            Intent::Anchor("ledger".into()),
            Intent::ToggleFacet(Facet::Kind, "airstrike".into()),
            Intent::ToggleChip(Facet::Actor, "ttp".into()),
            Intent::Search("khost: strikes".into()),
            Intent::Search(String::new()),
            Intent::ToggleSort,
            Intent::ToggleCard("ev-a".into()),
            Intent::From(Some(d("2025-10-01"))),
            Intent::From(None),
            Intent::To(Some(d("2025-11"))),
            Intent::Range(d("2025-09"), d("2025-11")),
            Intent::RemoveFilter(FilterRef::Search),
            Intent::RemoveFilter(FilterRef::From),
            Intent::RemoveFilter(FilterRef::To),
            Intent::RemoveFilter(FilterRef::Facet(Facet::Tag, "trade".into())),
            Intent::ClearFilters,
            Intent::ToggleTieKind(RelationKind::Hostile),
            Intent::AllTieKinds,
            Intent::TiesTable(true),
            Intent::TiesTable(false),
            Intent::TiesAt(Some(d("2025-10"))),
            Intent::TiesAt(None),
            Intent::ShowAllTies,
            Intent::TiesQuery("qatar".into()),
            Intent::SortTies(Column::Evidence),
            Intent::Side(Side::Afghanistan),
            Intent::SelectPlace(Some("khost".into())),
            Intent::SelectPlace(None),
            Intent::MapMonth(Some(d("2025-10"))),
            Intent::MapMonth(Some(d("2025"))),
            Intent::MapMonth(None),
        ]
    }

    #[test]
    fn every_intent_round_trips_through_its_attribute() {
        for i in all_intents() {
            assert_eq!(Intent::decode(&i.encode()), Some(i.clone()), "{}", i.encode());
        }
    }

    #[test]
    fn malformed_attributes_decode_to_nothing() {
        for bad in [
            "",
            "nope",
            "view:maps",
            "event:",
            "facet:kind",
            "facet:colour:red",
            "range:2025",
            "ties-table:x",
            "tie-kind:friends",
            "from:soon",
        ] {
            assert_eq!(Intent::decode(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn ids_and_texts_round_trip(id in "[a-z0-9-]{1,16}", text in "\\PC{0,24}") {
            for i in [Intent::OpenEvent(id.clone()), Intent::Source(id.clone()), Intent::Search(text.clone()),
                      Intent::TiesQuery(text.clone()), Intent::ToggleChip(Facet::Place, id.clone()),
                      Intent::ActorOnTimeline { actor: id.clone(), open: Some(id.clone()) }] {
                prop_assert_eq!(Intent::decode(&i.encode()), Some(i));
            }
        }
    }

    #[test]
    fn links_between_views() {
        let store = store();
        let s = busy();
        assert_eq!(target(&s, &Intent::View(View::Narratives), &store, &[]).timeline, s.timeline, "a view link keeps the filters");

        let first = store.data.events[0].id.clone();
        let i = store.event_index(&first).unwrap();
        // Shown: the filters stay; hidden: they go, the sort stays.
        let kept = target(&s, &Intent::OpenEvent(first.clone()), &store, &[i]);
        assert_eq!((kept.view, kept.timeline.q.as_str(), kept.timeline.open.as_deref()), (View::Timeline, "kabul", Some(first.as_str())));
        let cleared = target(&s, &Intent::OpenEvent(first.clone()), &store, &[]);
        assert_eq!(cleared.timeline, TimelineState { sort: Sort::Newest, open: Some(first), ..Default::default() });

        let place = target(&s, &Intent::PlaceOnTimeline("kabul".into()), &store, &[]);
        assert_eq!(place.timeline, TimelineState { sort: Sort::Newest, places: vec!["kabul".into()], ..Default::default() });

        let actor = target(&s, &Intent::ActorOnTimeline { actor: "ttp".into(), open: Some("e".into()) }, &store, &[]);
        assert_eq!(actor.timeline, TimelineState { actors: vec!["ttp".into()], open: Some("e".into()), ..Default::default() });

        let sel = target(&s, &Intent::SelectActor(Some("ttp".into())), &store, &[]);
        assert_eq!((sel.view, sel.actors.selected.as_deref(), sel.actors.at), (View::Actors, Some("ttp"), s.actors.at));
        assert_eq!(target(&sel, &Intent::SelectActor(None), &store, &[]).actors.selected, None);

        let mut n = target(&s, &Intent::Incident("ev".into()), &store, &[]);
        assert_eq!((n.view, n.narratives.incident.as_deref()), (View::Narratives, Some("ev")));
        n = target(&n, &Intent::Topic("t".into()), &store, &[]);
        assert_eq!((n.narratives.topic.as_deref(), n.narratives.incident.as_deref()), (Some("t"), None));

        let src = target(&s, &Intent::Source("s2".into()), &store, &[]);
        assert_eq!((src.view, src.source.as_deref()), (View::Sources, Some("s2")));
        assert_eq!(target(&s, &Intent::Anchor("ledger".into()), &store, &[]), s);
    }

    #[test]
    fn timeline_controls() {
        let store = store();
        let s = busy();
        let go = |s: &UrlState, i: Intent| target(s, &i, &store, &[]);

        let f = go(&s, Intent::ToggleFacet(Facet::Kind, "airstrike".into()));
        assert_eq!((f.timeline.kinds.len(), f.timeline.open.as_deref()), (1, None), "a checkbox closes the open card");
        let off = go(&f, Intent::ToggleFacet(Facet::Kind, "airstrike".into()));
        assert!(off.timeline.kinds.is_empty());
        let chip = go(&s, Intent::ToggleChip(Facet::Place, "khost".into()));
        assert_eq!((chip.timeline.places.len(), chip.timeline.open.as_deref()), (0, Some("x")), "a chip keeps the card open");

        let typed = go(&s, Intent::Search("kab".into()));
        assert_eq!((typed.timeline.q.as_str(), typed.timeline.open.as_deref()), ("kab", None));
        assert_eq!(go(&s, Intent::ToggleSort).timeline.sort, Sort::Oldest);
        assert_eq!(go(&s, Intent::ToggleCard("x".into())).timeline.open, None);
        assert_eq!(go(&s, Intent::ToggleCard("y".into())).timeline.open.as_deref(), Some("y"));

        let r = go(&s, Intent::Range(d("2025-09"), d("2025-11")));
        assert_eq!((r.timeline.from, r.timeline.to), (Some(d("2025-09")), Some(d("2025-11"))));
        assert_eq!(go(&r, Intent::From(None)).timeline.from, None);
        assert_eq!(go(&r, Intent::To(Some(d("2025-12")))).timeline.to, Some(d("2025-12")));
        assert_eq!(go(&r, Intent::RemoveFilter(FilterRef::From)).timeline.from, None);
        assert_eq!(go(&r, Intent::RemoveFilter(FilterRef::To)).timeline.to, None);
        assert_eq!(go(&s, Intent::RemoveFilter(FilterRef::Search)).timeline.q, "");
        assert!(go(&s, Intent::RemoveFilter(FilterRef::Facet(Facet::Place, "khost".into()))).timeline.places.is_empty());
        assert_eq!(go(&r, Intent::ClearFilters).timeline, TimelineState { sort: Sort::Newest, ..Default::default() });
    }

    #[test]
    fn actors_and_narratives_controls() {
        let store = store();
        let s = busy();
        let go = |s: &UrlState, i: Intent| target(s, &i, &store, &[]);
        let k = go(&s, Intent::ToggleTieKind(RelationKind::Trade));
        let k = go(&k, Intent::ToggleTieKind(RelationKind::Hostile));
        assert_eq!(k.actors.kinds, vec![RelationKind::Hostile, RelationKind::Trade], "canonical order");
        assert!(go(&k, Intent::AllTieKinds).actors.kinds.is_empty());
        assert!(go(&s, Intent::TiesTable(true)).actors.table);
        assert_eq!(go(&s, Intent::TiesAt(None)).actors.at, None);
        let all = go(&k, Intent::ShowAllTies);
        assert_eq!((all.actors.kinds.len(), all.actors.at), (0, None));
        assert_eq!(go(&s, Intent::TiesQuery("q".into())).actors.ties_q, "q");
        let ev = go(&s, Intent::SortTies(Column::Evidence));
        assert_eq!(ev.actors.ties_sort, TiesSort { column: Column::Evidence, ascending: false }, "evidence sorts most first");
        assert!(go(&ev, Intent::SortTies(Column::Evidence)).actors.ties_sort.ascending, "again reverses");
        assert!(go(&s, Intent::SortTies(Column::To)).actors.ties_sort.ascending);
        assert_eq!(go(&s, Intent::Side(Side::Pakistan)).narratives.side, Side::Pakistan);
    }

    #[test]
    fn map_controls() {
        let store = store();
        let s = busy();
        let go = |s: &UrlState, i: Intent| target(s, &i, &store, &[]);
        let sel = go(&s, Intent::SelectPlace(Some("khost".into())));
        assert_eq!((sel.view, sel.map.place.as_deref()), (View::Map, Some("khost")));
        assert_eq!(sel.timeline, s.timeline, "the map keeps the timeline's filters");
        assert_eq!(go(&sel, Intent::SelectPlace(None)).map.place, None);
        let m = go(&sel, Intent::MapMonth(Some(d("2025-10"))));
        assert_eq!((m.map.month, m.map.place.as_deref()), (Some(d("2025-10")), Some("khost")));
        assert_eq!(go(&m, Intent::MapMonth(None)).map.month, None);
        let back = go(&m, Intent::View(View::Timeline));
        assert_eq!((back.timeline.clone(), back.map.clone()), (s.timeline.clone(), m.map.clone()), "switching views keeps both");
        assert_eq!(Intent::MapMonth(Some(d("2025-11"))).nav(&sel), Nav::Push, "the control's first move");
        assert_eq!(Intent::MapMonth(Some(d("2025-11"))).nav(&m), Nav::Replace, "dragging on");
        assert_eq!(Intent::MapMonth(None).nav(&m), Nav::Push);
        assert_eq!(Intent::decode("map-month:2025-10-03"), Some(Intent::MapMonth(Some(d("2025-10")))), "a day is dropped");
        assert_eq!(Intent::decode("map-month:soon"), None);
    }

    #[test]
    fn history_entries() {
        let mut s = UrlState::default();
        assert_eq!(Intent::Search("k".into()).nav(&s), Nav::Push, "the first keystroke");
        s.timeline.q = "k".into();
        assert_eq!(Intent::Search("kh".into()).nav(&s), Nav::Replace, "typing on");
        assert_eq!(Intent::TiesQuery("a".into()).nav(&s), Nav::Push);
        s.actors.ties_q = "a".into();
        assert_eq!(Intent::TiesQuery("ab".into()).nav(&s), Nav::Replace);
        assert_eq!(Intent::TiesAt(Some(d("2025-01"))).nav(&s), Nav::Push, "the slider's first move");
        s.actors.at = Some(d("2025-01"));
        assert_eq!(Intent::TiesAt(Some(d("2025-02"))).nav(&s), Nav::Replace, "dragging on");
        assert_eq!(Intent::TiesAt(None).nav(&s), Nav::Push, "All dates");
        assert_eq!(Intent::Side(Side::Pakistan).nav(&s), Nav::Replace);
        assert_eq!(Intent::ToggleSort.nav(&s), Nav::Push);
    }
}
