//! The timeline query core: filters, facet counts, search, sort, scale.

use briefing::domain::query::{run, toggle, Facet};
use briefing::domain::store::Store;
use briefing::domain::synthetic::generate;
use briefing::domain::url_state::{parse, sanitize, Sort, TimelineState};
use briefing::domain::validate::load;
use proptest::prelude::*;

fn store() -> Store {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini.json")).unwrap();
    Store::new(load("mini.json", &json).unwrap())
}

fn ids(s: &Store, events: &[usize]) -> Vec<String> {
    events.iter().map(|&i| s.data.events[i].id.clone()).collect()
}

fn count(options: &[(Facet, Vec<briefing::domain::query::FacetOption>)], facet: Facet, value: &str) -> usize {
    options.iter().find(|(f, _)| *f == facet).unwrap().1.iter().find(|o| o.value == value).map_or(0, |o| o.count)
}

#[test]
fn no_filter_shows_all_oldest_first() {
    let s = store();
    let r = run(&s, &TimelineState::default());
    // "October 2025" (e2) responds to 9 October (e1), so it follows it; the
    // undated e4 comes after every dated event, in either order.
    assert_eq!(ids(&s, &r.events), ["e1", "e2", "e3", "e4"]);
    let newest = run(&s, &TimelineState { sort: Sort::Newest, ..Default::default() });
    assert_eq!(ids(&s, &newest.events), ["e3", "e2", "e1", "e4"]);
}

#[test]
fn facets_or_within_and_across() {
    let s = store();
    let mut f = TimelineState::default();
    toggle(&mut f, Facet::Kind, "airstrike");
    toggle(&mut f, Facet::Kind, "talks");
    assert_eq!(ids(&s, &run(&s, &f).events), ["e1", "e3"]);
    toggle(&mut f, Facet::Actor, "afg");
    assert_eq!(ids(&s, &run(&s, &f).events), ["e3"]);
    toggle(&mut f, Facet::Actor, "afg");
    toggle(&mut f, Facet::Alignment, "militant");
    assert_eq!(ids(&s, &run(&s, &f).events), ["e1"]);
}

#[test]
fn facet_counts_ignore_their_own_facet() {
    let s = store();
    let mut f = TimelineState::default();
    toggle(&mut f, Facet::Kind, "airstrike");
    let r = run(&s, &f);
    // Choosing another kind would add to the result; counts reflect every other filter.
    assert_eq!(count(&r.facets, Facet::Kind, "talks"), 1);
    assert_eq!(count(&r.facets, Facet::Actor, "pak"), 1);
    assert_eq!(count(&r.facets, Facet::Actor, "afg"), 0);
}

#[test]
fn search_spans_names_claims_and_quotes_without_case_or_diacritics() {
    let s = store();
    let q = |text: &str| ids(&s, &run(&s, &TimelineState { q: text.into(), ..Default::default() }).events);
    assert_eq!(q("STRIKE on"), ["e1"]);
    assert_eq!(q("KABUL"), ["e1", "e2", "e3"]); // place name and actor name
    assert_eq!(q("kâbul authorities"), ["e2", "e3"]); // actor name, with diacritics
    assert_eq!(q("20 militants"), ["e1"]); // claim
    assert_eq!(q("closed the crossing"), ["e2"]); // quote
    assert_eq!(q("torkham"), ["e2"]); // place name
    assert!(q("zzz").is_empty());
}

#[test]
fn date_range_uses_precision() {
    let s = store();
    let (state, notes) = parse("from=2025-10-10&to=2025-10-31");
    assert!(notes.is_empty());
    // e2 is dated "October 2025", which overlaps the range.
    assert_eq!(ids(&s, &run(&s, &state.timeline).events), ["e2"]);
    // The chart still counts every dated event; the undated one is counted apart.
    let r = run(&s, &state.timeline);
    assert_eq!(r.activity.iter().map(|b| b.by_kind.iter().sum::<usize>()).sum::<usize>(), 3);
    assert_eq!(r.undated, 1);
}

#[test]
fn an_undated_event_is_in_no_month_and_no_date_range() {
    let s = store();
    let e4 = s.event_index("e4").unwrap();
    assert!(s.is_undated(e4) && !s.is_undated(s.event_index("e1").unwrap()));
    assert_eq!(s.undated, 1);
    assert_eq!(s.event_dates[e4].month_key(), 0);
    assert_eq!(briefing::domain::date::month_heading(s.event_dates[e4].month_key()), "Undated");
    // Any date range leaves it out: from only, to only, or both.
    for query in ["from=2025-10-01", "to=2025-10-31", "from=2001-01-01&to=2030-12-31"] {
        let (state, _) = parse(query);
        let r = run(&s, &state.timeline);
        assert!(!r.events.contains(&e4), "{query}");
        // The chart has no month for it; the result counts it apart, for the
        // notes under the chart and the date fields.
        assert!(r.activity.iter().all(|b| b.month != 0), "{query}");
        assert_eq!(r.undated, 1, "{query}");
    }
    // Without a range it is shown, last.
    assert_eq!(run(&s, &TimelineState::default()).events.last(), Some(&e4));
    // It is an opinion piece's account: derived from the source's kind.
    assert!(s.rests_on_opinion(&s.data.events[e4].citations));
    assert_eq!(s.opinion_piece("opi").map(|x| x.id.as_str()), Some("s2"));
    assert!(s.opinion_piece("ana").is_none());
}

#[test]
fn sanitize_drops_unknown_ids() {
    let s = store();
    let (mut state, _) = parse("actor=pak,ghost&open=nope&topic=n1&src=s7");
    let notes = sanitize(&mut state, &s);
    assert_eq!(state.timeline.actors, ["pak"]);
    assert!(state.timeline.open.is_none() && state.source.is_none());
    assert_eq!(state.narratives.topic.as_deref(), Some("n1"));
    assert_eq!(notes.len(), 3);
}

#[test]
fn scales_to_ten_thousand_events() {
    let base = store();
    let big = Store::new(generate(&base.data, 10_000, 7));
    let all = run(&big, &TimelineState::default());
    assert_eq!(all.events.len(), 10_000);
    let r = run(&big, &TimelineState { q: "convoy".into(), ..Default::default() });
    assert!(!r.events.is_empty() && r.events.len() < 10_000);
    // Chronological order holds.
    let keys: Vec<u32> = all.events.iter().map(|&i| big.event_dates[i].key()).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

proptest! {
    /// Every matching event passes each active filter, and adding a filter never grows the result.
    #[test]
    fn filters_narrow(kind in 0usize..10, actor in 0usize..3, q in "[a-z]{0,3}") {
        let s = store();
        let kinds = briefing::domain::model::EventKind::ALL;
        let mut f = TimelineState { q: q.clone(), ..Default::default() };
        let before = run(&s, &f).events.len();
        toggle(&mut f, Facet::Kind, kinds[kind].as_str());
        let after_kind = run(&s, &f);
        prop_assert!(after_kind.events.len() <= before);
        for &i in &after_kind.events { prop_assert_eq!(s.data.events[i].kind, kinds[kind]); }
        let actor_id = s.data.actors[actor].id.clone();
        toggle(&mut f, Facet::Actor, &actor_id);
        let after_actor = run(&s, &f);
        prop_assert!(after_actor.events.len() <= after_kind.events.len());
        for &i in &after_actor.events { prop_assert!(s.data.events[i].actors.contains(&actor_id)); }
    }
}

#[test]
fn coarse_dates_never_sort_before_their_causes() {
    let s = store();
    // e2 ("October 2025") responds to e1 (9 October 2025): it must come after it.
    let r = run(&s, &TimelineState::default());
    let pos = |id: &str| r.events.iter().position(|&i| s.data.events[i].id == id).unwrap();
    assert!(pos("e1") < pos("e2"));
}

/// A real-dataset store, for checks that need many events and facet values.
fn real_store() -> Store {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/briefing.json")).unwrap();
    Store::new(load("briefing.json", &json).unwrap())
}

proptest! {
    /// Typing on (narrowing from the previous hits) finds exactly what a fresh search finds.
    #[test]
    fn incremental_search_equals_fresh_search(first in "[a-z ]{0,4}", more in "[a-z ]{0,3}") {
        use briefing::domain::query::{run_with, SearchHits};
        use briefing::domain::search::terms;
        let s = real_store();
        let a = SearchHits::new(&s, terms(&first), None);
        let typed = format!("{first}{more}");
        let b = SearchHits::new(&s, terms(&typed), Some(&a));
        let f = TimelineState { q: typed.clone(), ..Default::default() };
        prop_assert_eq!(run_with(&s, &f, &b), run(&s, &f));
    }

    /// Facet counts equal a brute-force count: events passing every other filter.
    #[test]
    fn facet_counts_match_brute_force(kind in 0usize..10, actor in 0usize..37, place in 0usize..17, q in "[a-z]{0,2}") {
        let s = real_store();
        let mut f = TimelineState { q, ..Default::default() };
        toggle(&mut f, Facet::Kind, briefing::domain::model::EventKind::ALL[kind].as_str());
        toggle(&mut f, Facet::Actor, &s.data.actors[actor % s.data.actors.len()].id.clone());
        if place % 2 == 0 { toggle(&mut f, Facet::Place, &s.data.places[place % s.data.places.len()].id.clone()); }
        let r = run(&s, &f);
        for (facet, options) in &r.facets {
            for o in options.iter().filter(|o| o.count > 0).take(4) {
                let mut g = f.clone();
                // Replace the facet's own selection by this one option.
                match facet {
                    Facet::Kind => g.kinds.clear(),
                    Facet::Actor => g.actors.clear(),
                    Facet::Place => g.places.clear(),
                    Facet::Alignment => g.alignments.clear(),
                    Facet::Phase => g.phases.clear(),
                    Facet::Tag => g.tags.clear(),
                }
                toggle(&mut g, *facet, &o.value);
                prop_assert_eq!(run(&s, &g).events.len(), o.count, "{:?} {}", facet, o.value);
            }
        }
    }
}

#[test]
fn month_summary_counts_by_kind_and_mentions_year_only_events() {
    use briefing::domain::query::{month_summary, MonthBucket};
    let kinds = briefing::domain::model::EventKind::ALL.len();
    let mut oct = vec![0; kinds];
    oct[0] = 2; // attack
    oct[3] = 1; // talks
    let mut year = vec![0; kinds];
    year[5] = 3;
    let activity = vec![MonthBucket { month: 202500, by_kind: year }, MonthBucket { month: 202510, by_kind: oct }];
    assert_eq!(month_summary(&activity, 202510), "Oct 2025: 3 events (attack 2, talks 1); 3 more dated only to 2025");
    assert_eq!(month_summary(&activity, 202500), "2025: 3 events (statement 3)");
    assert_eq!(month_summary(&activity, 202511), "Nov 2025: no events match");
}

#[test]
fn active_filters_name_each_filter_and_removing_one_keeps_the_rest() {
    use briefing::domain::date::PartialDate;
    use briefing::domain::query::{active_filters, without, FilterRef};
    let store = store();
    let t =
        TimelineState { q: " kabul ".into(), places: vec!["torkham".into()], from: PartialDate::parse("2025-10"), ..Default::default() };
    let chips = active_filters(&store, &t);
    let labels: Vec<&str> = chips.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["Search: “kabul”", "Place: Torkham", "From Oct 2025"]);
    for (_, f) in &chips {
        let rest = active_filters(&store, &without(&t, f));
        assert_eq!(rest.len(), 2);
        assert!(rest.iter().all(|(_, g)| g != f));
    }
    assert_eq!(without(&t, &FilterRef::Search).q, "");
    assert!(active_filters(&store, &TimelineState::default()).is_empty());
}
