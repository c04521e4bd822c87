//! What the reader sees, as a URL query string and back. Parsing is total: any
//! input yields a usable state plus notices for whatever was dropped.

use super::date::PartialDate;
use super::model::{closed_enum, Alignment, EventKind, RelationKind};
use super::store::Store;
use super::ties::Column;
#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

closed_enum!(
    #[derive(Default)]
    View {
        #[default]
        Timeline = "timeline",
        Map = "map",
        Actors = "actors",
        Narratives = "narratives",
        Sources = "sources",
    }
);

impl View {
    pub fn label(self) -> &'static str {
        match self {
            View::Timeline => "Timeline",
            View::Map => "Map",
            View::Actors => "Actors",
            View::Narratives => "Narratives",
            View::Sources => "Sources",
        }
    }
}

closed_enum!(
    #[derive(Default)]
    Sort {
        #[default]
        Oldest = "oldest",
        Newest = "newest",
    }
);

closed_enum!(
    #[derive(Default)]
    Side {
        #[default]
        Both = "both",
        Pakistan = "pakistan",
        Afghanistan = "afghanistan",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineState {
    pub q: String,
    pub kinds: Vec<EventKind>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub alignments: Vec<Alignment>,
    pub phases: Vec<String>,
    pub tags: Vec<String>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub sort: Sort,
    pub open: Option<String>,
}

impl TimelineState {
    /// Whether any filter (not sort or expansion) is set.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.kinds.is_empty()
            || !self.actors.is_empty()
            || !self.places.is_empty()
            || !self.alignments.is_empty()
            || !self.phases.is_empty()
            || !self.tags.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }
    /// The same view with every filter removed.
    pub fn cleared(&self) -> Self {
        TimelineState { sort: self.sort, ..Default::default() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorsState {
    pub selected: Option<String>,
    /// Relation kinds shown; empty means all.
    pub kinds: Vec<RelationKind>,
    pub at: Option<PartialDate>,
    pub table: bool,
    /// The ties table's text filter and sort.
    pub ties_q: String,
    pub ties_sort: TiesSort,
}

/// How the ties table is sorted. The default (From, A to Z) stays out of the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TiesSort {
    pub column: Column,
    pub ascending: bool,
}

impl Default for TiesSort {
    fn default() -> Self {
        TiesSort { column: Column::From, ascending: true }
    }
}

impl TiesSort {
    /// "evidence" ascending, "-evidence" descending.
    pub fn as_param(self) -> String {
        format!("{}{}", if self.ascending { "" } else { "-" }, self.column.as_str())
    }
    pub fn parse(text: &str) -> Option<TiesSort> {
        let (ascending, name) = match text.strip_prefix('-') {
            Some(rest) => (false, rest),
            None => (true, text),
        };
        Column::parse(name).map(|column| TiesSort { column, ascending })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NarrativesState {
    pub topic: Option<String>,
    pub side: Side,
    /// Highlighted ledger incident (event id).
    pub incident: Option<String>,
}

/// The Map view's own state; its events are the timeline's (`TimelineState`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapState {
    /// The selected place (`pl=<place id>`).
    pub place: Option<String>,
    /// The time control's month (`month=YYYY-MM`, or `YYYY` for the events dated
    /// only to a year); none for every month.
    pub month: Option<PartialDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub view: View,
    pub timeline: TimelineState,
    pub map: MapState,
    pub actors: ActorsState,
    pub narratives: NarrativesState,
    pub source: Option<String>,
    /// Embed only: show the view switcher (`nav=1`). Kept in every link, so it
    /// survives navigation inside the frame; the full briefing ignores it.
    pub nav: bool,
}

/// Longest query string we read; anything longer is ignored whole.
pub const MAX_QUERY_LEN: usize = 8192;
const MAX_VALUE_LEN: usize = 512;

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if is_unreserved(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decodes, with '+' as space. None for bad escapes or bad UTF-8.
pub fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses a query string (with or without the leading '?').
pub fn parse(query: &str) -> (UrlState, Vec<String>) {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_LEN {
        notices.push(format!("The link was too long ({} characters) and was ignored.", query.len()));
        return (state, notices);
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key_raw, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key_raw).unwrap_or_default();
        let shown_key: String = key.chars().take(40).collect();
        if raw.len() > MAX_VALUE_LEN {
            notices.push(format!("Ignored `{shown_key}`: its value is too long."));
            continue;
        }
        let Some(value) = decode(raw) else {
            notices.push(format!("Ignored `{shown_key}`: it is not validly encoded."));
            continue;
        };
        // Lists: comma-separated ids or enumeration values.
        let items: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
        let mut bad = |what: &str, v: &str| {
            let v: String = v.chars().take(40).collect();
            notices.push(format!("Ignored `{shown_key}={v}`: {what}."));
        };
        macro_rules! list_of {
            ($target:expr, $parse:expr, $what:literal) => {{
                for item in &items {
                    match $parse(item) {
                        Some(v) if !$target.contains(&v) => $target.push(v),
                        Some(_) => {}
                        None => bad($what, item),
                    }
                }
            }};
        }
        macro_rules! one_of {
            ($target:expr, $parse:expr, $what:literal) => {{
                match $parse(value.as_str()) {
                    Some(v) => $target = v,
                    None => bad($what, &value),
                }
            }};
        }
        let id = |s: &str| is_id(s).then(|| s.to_string());
        let date = |s: &str| PartialDate::parse(s);
        let t = &mut state.timeline;
        match key.as_str() {
            "view" => one_of!(state.view, View::parse, "not a view"),
            "q" => t.q = value.chars().take(200).collect(),
            "kind" => list_of!(t.kinds, EventKind::parse, "not an event kind"),
            "actor" => list_of!(t.actors, id, "not an actor id"),
            "place" => list_of!(t.places, id, "not a place id"),
            "align" => list_of!(t.alignments, Alignment::parse, "not an alignment"),
            "phase" => list_of!(t.phases, id, "not a phase id"),
            "tag" => list_of!(t.tags, id, "not a tag"),
            "from" => one_of!(t.from, |s| date(s).map(Some), "not a date"),
            "to" => one_of!(t.to, |s| date(s).map(Some), "not a date"),
            "sort" => one_of!(t.sort, Sort::parse, "sort is oldest or newest"),
            "open" => one_of!(t.open, |s| id(s).map(Some), "not an event id"),
            "pl" => one_of!(state.map.place, |s| id(s).map(Some), "not a place id"),
            "month" => one_of!(state.map.month, |s| date(s).filter(|d| d.day.is_none()).map(Some), "not a month (YYYY-MM)"),
            "sel" => one_of!(state.actors.selected, |s| id(s).map(Some), "not an actor id"),
            "rel" => list_of!(state.actors.kinds, RelationKind::parse, "not a relation kind"),
            "at" => one_of!(state.actors.at, |s| date(s).map(Some), "not a date"),
            "table" => one_of!(
                state.actors.table,
                |s| match s {
                    "1" => Some(true),
                    "0" => Some(false),
                    _ => None,
                },
                "table is 1 or 0"
            ),
            "tq" => state.actors.ties_q = value.chars().take(200).collect(),
            "tsort" => one_of!(state.actors.ties_sort, TiesSort::parse, "not a table column"),
            "topic" => one_of!(state.narratives.topic, |s| id(s).map(Some), "not a topic id"),
            "side" => one_of!(state.narratives.side, Side::parse, "side is both, pakistan or afghanistan"),
            "incident" => one_of!(state.narratives.incident, |s| id(s).map(Some), "not an event id"),
            "src" => one_of!(state.source, |s| id(s).map(Some), "not a source id"),
            "nav" => one_of!(
                state.nav,
                |s| match s {
                    "1" => Some(true),
                    "0" => Some(false),
                    _ => None,
                },
                "nav is 1 or 0"
            ),
            _ => notices.push(format!("Ignored unknown parameter `{shown_key}`.")),
        }
    }
    if let (Some(from), Some(to)) = (state.timeline.from, state.timeline.to) {
        if from.key() > to.end_key() {
            notices.push("Ignored the date range: it ends before it starts.".to_string());
            state.timeline.from = None;
            state.timeline.to = None;
        }
    }
    (state, notices)
}

/// The canonical query string (no leading '?'); defaults are left out.
pub fn serialize(state: &UrlState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut put = |key: &str, value: String| parts.push(format!("{key}={value}"));
    let list = |items: &mut dyn Iterator<Item = &str>| items.map(encode).collect::<Vec<_>>().join(",");
    if state.view != View::Timeline {
        put("view", state.view.as_str().into());
    }
    let t = &state.timeline;
    if !t.q.is_empty() {
        put("q", encode(&t.q));
    }
    if !t.kinds.is_empty() {
        put("kind", list(&mut t.kinds.iter().map(|k| k.as_str())));
    }
    if !t.actors.is_empty() {
        put("actor", list(&mut t.actors.iter().map(String::as_str)));
    }
    if !t.places.is_empty() {
        put("place", list(&mut t.places.iter().map(String::as_str)));
    }
    if !t.alignments.is_empty() {
        put("align", list(&mut t.alignments.iter().map(|a| a.as_str())));
    }
    if !t.phases.is_empty() {
        put("phase", list(&mut t.phases.iter().map(String::as_str)));
    }
    if !t.tags.is_empty() {
        put("tag", list(&mut t.tags.iter().map(String::as_str)));
    }
    if let Some(d) = t.from {
        put("from", d.iso());
    }
    if let Some(d) = t.to {
        put("to", d.iso());
    }
    if t.sort == Sort::Newest {
        put("sort", Sort::Newest.as_str().into());
    }
    if let Some(id) = &t.open {
        put("open", encode(id));
    }
    if let Some(id) = &state.map.place {
        put("pl", encode(id));
    }
    if let Some(d) = state.map.month {
        put("month", d.iso());
    }
    let a = &state.actors;
    if let Some(id) = &a.selected {
        put("sel", encode(id));
    }
    if !a.kinds.is_empty() {
        put("rel", list(&mut a.kinds.iter().map(|k| k.as_str())));
    }
    if let Some(d) = a.at {
        put("at", d.iso());
    }
    if a.table {
        put("table", "1".into());
    }
    if !a.ties_q.is_empty() {
        put("tq", encode(&a.ties_q));
    }
    if a.ties_sort != TiesSort::default() {
        put("tsort", a.ties_sort.as_param());
    }
    let n = &state.narratives;
    if let Some(id) = &n.topic {
        put("topic", encode(id));
    }
    if n.side != Side::Both {
        put("side", n.side.as_str().into());
    }
    if let Some(id) = &n.incident {
        put("incident", encode(id));
    }
    if let Some(id) = &state.source {
        put("src", encode(id));
    }
    if state.nav {
        put("nav", "1".into());
    }
    parts.join("&")
}

/// Drops ids the dataset doesn't know, with a notice for each.
pub fn sanitize(state: &mut UrlState, store: &Store) -> Vec<String> {
    let mut notices = Vec::new();
    let mut keep = |list: &mut Vec<String>, key: &str, known: &dyn Fn(&str) -> bool| {
        list.retain(|id| {
            let ok = known(id);
            if !ok {
                notices.push(format!("Ignored `{key}={id}`: no such record in this briefing."));
            }
            ok
        });
    };
    let t = &mut state.timeline;
    keep(&mut t.actors, "actor", &|id| store.actor(id).is_some());
    keep(&mut t.places, "place", &|id| store.place(id).is_some());
    keep(&mut t.phases, "phase", &|id| store.phase(id).is_some());
    keep(&mut t.tags, "tag", &|id| store.tag_list.binary_search_by(|t| t.as_str().cmp(id)).is_ok());
    let mut keep_one = |slot: &mut Option<String>, key: &str, known: &dyn Fn(&str) -> bool| {
        if let Some(id) = slot.take() {
            if known(&id) {
                *slot = Some(id);
            } else {
                notices.push(format!("Ignored `{key}={id}`: no such record in this briefing."));
            }
        }
    };
    keep_one(&mut state.timeline.open, "open", &|id| store.event(id).is_some());
    keep_one(&mut state.map.place, "pl", &|id| store.place(id).is_some());
    keep_one(&mut state.actors.selected, "sel", &|id| store.actor(id).is_some());
    keep_one(&mut state.narratives.topic, "topic", &|id| store.narrative(id).is_some());
    keep_one(&mut state.narratives.incident, "incident", &|id| store.event(id).is_some());
    keep_one(&mut state.source, "src", &|id| store.source(id).is_some());
    // A month the time control has no stop for lands on the stop before it.
    if let Some(m) = state.map.month {
        use super::map::counts::{step_at_or_before, step_of, time_steps};
        if step_of(store, m.month_key()).is_none() {
            let near = step_at_or_before(store, m.month_key()).map(|i| time_steps(store).swap_remove(i));
            let instead = near.as_ref().map_or("every month", |s| s.label.as_str());
            notices.push(format!("Ignored `month={}`: no events that month in this briefing; showing {instead}.", m.iso()));
            state.map.month = near.map(|s| month_of_key(s.month));
        }
    }
    // A date outside the span the Actors date control covers would leave the slider
    // and the filter disagreeing: drop it and say so.
    if let Some(at) = state.actors.at {
        let inside = super::date::month_range(&store.data).is_some_and(|(lo, hi)| (lo..=hi).contains(&super::date::month_index(at)));
        if !inside {
            state.actors.at = None;
            notices.push(format!("Ignored `at={}`: outside the dates this briefing covers.", at.iso()));
        }
    }
    notices
}

/// The date for a month key (YYYYMM, or YYYY00 for a year).
pub fn month_of_key(key: u32) -> PartialDate {
    let m = (key % 100) as u8;
    PartialDate { year: (key / 100) as u16, month: (m > 0).then_some(m), day: None }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_actors_date_outside_the_briefing_is_dropped_with_a_notice() {
        let store = Store::new(crate::validate::load("briefing.json", crate::DATASET_JSON).unwrap());
        for (query, kept) in [("at=2025-10", true), ("at=1990-05", false), ("at=2099-01", false)] {
            let (mut s, _) = parse(query);
            let notices = sanitize(&mut s, &store);
            assert_eq!(s.actors.at.is_some(), kept, "{query}");
            assert_eq!(notices.len(), usize::from(!kept), "{query}");
        }
    }

    #[test]
    fn map_keys_round_trip_and_fall_back() {
        let store = Store::new(crate::validate::load("briefing.json", crate::DATASET_JSON).unwrap());
        let (s, notices) = parse("view=map&pl=khost&month=2025-10");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!((s.view, s.map.place.as_deref(), s.map.month.map(|m| m.iso())), (View::Map, Some("khost"), Some("2025-10".into())));
        assert_eq!(serialize(&s), "view=map&pl=khost&month=2025-10");
        // Malformed: dropped with a notice, never a panic.
        let (s, notices) = parse("pl=Not%20An%20Id&month=2025-10-12&month=soon");
        assert_eq!((s.map.place.clone(), s.map.month), (None, None));
        assert_eq!(notices.len(), 3, "{notices:?}");
        // Stale: an unknown place is dropped; a month with no events lands on the stop before it.
        let (mut s, _) = parse("pl=atlantis&month=2099-01");
        let notices = sanitize(&mut s, &store);
        assert_eq!(s.map.place, None);
        let last = *store.months.last().unwrap();
        assert_eq!(s.map.month.map(|m| m.month_key()), Some(last));
        assert_eq!(notices.len(), 2, "{notices:?}");
        let (mut s, _) = parse("month=1990-01");
        let notices = sanitize(&mut s, &store);
        assert_eq!((s.map.month, notices.len()), (None, 1), "before the first stop: every month");
        assert_eq!(month_of_key(202510).iso(), "2025-10");
        assert_eq!(month_of_key(202500).iso(), "2025");
    }

    #[test]
    fn empty_query_is_default() {
        assert_eq!(parse(""), (UrlState::default(), vec![]));
        assert_eq!(serialize(&UrlState::default()), "");
    }

    #[test]
    fn reads_a_full_query() {
        let (s, notices) = parse("?view=actors&q=kabul%20strike&kind=airstrike,clash&from=2025-10&sort=newest&sel=ttp&table=1");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(s.view, View::Actors);
        assert_eq!(s.timeline.q, "kabul strike");
        assert_eq!(s.timeline.kinds, vec![EventKind::Airstrike, EventKind::Clash]);
        assert_eq!(s.timeline.from.unwrap().iso(), "2025-10");
        assert_eq!(s.timeline.sort, Sort::Newest);
        assert_eq!(s.actors.selected.as_deref(), Some("ttp"));
        assert!(s.actors.table);
    }

    #[test]
    fn drops_bad_parts_with_notices() {
        let (s, notices) = parse("view=maps&kind=airstrike,bombing&from=2025-13&zzz=1&q=%E0%A4&open=Bad%20Id");
        assert_eq!(s.view, View::Timeline);
        assert_eq!(s.timeline.kinds, vec![EventKind::Airstrike]);
        assert!(s.timeline.from.is_none() && s.timeline.q.is_empty() && s.timeline.open.is_none());
        assert_eq!(notices.len(), 6, "{notices:?}");
    }

    #[test]
    fn ignores_overlong_and_reversed_ranges() {
        let long = format!("q={}", "a".repeat(MAX_QUERY_LEN + 1));
        let (s, notices) = parse(&long);
        assert_eq!(s, UrlState::default());
        assert_eq!(notices.len(), 1);
        let (s, notices) = parse("from=2025-10-12&to=2025-10-01");
        assert!(s.timeline.from.is_none() && notices.len() == 1);
    }

    fn id() -> impl Strategy<Value = String> {
        "[a-z0-9][a-z0-9-]{0,12}"
    }
    fn date() -> impl Strategy<Value = Option<PartialDate>> {
        proptest::option::of(
            (1990u16..2030, proptest::option::of((1u8..=12, proptest::option::of(1u8..=28)))).prop_map(|(year, md)| PartialDate {
                year,
                month: md.map(|m| m.0),
                day: md.and_then(|m| m.1),
            }),
        )
    }
    fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
        proptest::sample::subsequence(all.to_vec(), 0..=all.len().min(4))
    }
    fn ids() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::btree_set(id(), 0..4).prop_map(|s| s.into_iter().collect())
    }

    prop_compose! {
        /// Any state the codec can carry (also used by `embed`'s tests).
        pub(crate) fn valid_state()(
            view in 0usize..5, q in "\\PC{0,30}", kinds in pick(EventKind::ALL), actors in ids(), places in ids(),
            alignments in pick(Alignment::ALL), phases in ids(), tags in ids(), from in date(), newest in any::<bool>(),
            open in proptest::option::of(id()), selected in proptest::option::of(id()), rel in pick(RelationKind::ALL),
            at in date(), table in any::<bool>(), topic in proptest::option::of(id()), side in 0usize..3,
            incident in proptest::option::of(id()), source in proptest::option::of(id()),
            ties_q in "\\PC{0,20}", ties_column in 0usize..5, ties_ascending in any::<bool>(), nav in any::<bool>(),
            (place, month) in (proptest::option::of(id()), date()),
        ) -> UrlState {
            UrlState {
                view: View::ALL[view],
                timeline: TimelineState {
                    q, kinds, actors, places, alignments, phases, tags, from, to: None,
                    sort: if newest { Sort::Newest } else { Sort::Oldest }, open,
                },
                map: MapState { place, month: month.map(|d| PartialDate { day: None, ..d }) },
                actors: ActorsState {
                    selected, kinds: rel, at, table, ties_q,
                    ties_sort: TiesSort { column: Column::ALL[ties_column], ascending: ties_ascending },
                },
                narratives: NarrativesState { topic, side: [Side::Both, Side::Pakistan, Side::Afghanistan][side], incident },
                source,
                nav,
            }
        }
    }

    proptest! {
        #[test]
        fn parse_never_panics(input in "\\PC{0,300}") {
            let _ = parse(&input);
        }

        #[test]
        fn parse_never_panics_on_query_like_input(input in "([a-z]{1,6}=[%a-zA-Z0-9,+.-]{0,12}&?){0,10}") {
            let _ = parse(&input);
        }

        #[test]
        fn valid_states_round_trip(state in valid_state()) {
            let text = serialize(&state);
            let (back, notices) = parse(&text);
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(back, state);
        }

        #[test]
        fn decode_inverts_encode(s in "\\PC{0,40}") {
            prop_assert_eq!(decode(&encode(&s)), Some(s));
        }
    }
}
