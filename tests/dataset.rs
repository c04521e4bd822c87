//! The real dataset is valid, every quote is exact, and the validator catches
//! each kind of fault in a broken copy, naming the record and the field.

use briefing::domain::citations::all_citations;
use briefing::domain::model::{Briefing, Divergence, Precision, RelationKind};
use briefing::domain::validate::{load, validate};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn real() -> Briefing {
    let path = root().join("data/briefing.json");
    let json = std::fs::read_to_string(&path).expect("data/briefing.json");
    load("data/briefing.json", &json).unwrap_or_else(|faults| panic!("dataset faults:\n{}", faults.join("\n")))
}

#[test]
fn real_dataset_is_valid_and_meets_minimums() {
    let b = real();
    assert_eq!(b.sources.len(), 5, "all five sources described");
    assert!(b.events.len() >= 35, "events: {}", b.events.len());
    assert!(b.actors.len() >= 20, "actors: {}", b.actors.len());
    assert!(b.places.len() >= 12, "places: {}", b.places.len());
    assert!(b.relations.len() >= 25, "relations: {}", b.relations.len());
    assert!(b.narratives.len() >= 8, "narratives: {}", b.narratives.len());
}

/// Quotes are checked against the articles themselves (../shared/seeds, or $BRIEFING_SEEDS).
#[test]
fn every_quote_is_exact() {
    let b = real();
    let seeds = std::env::var("BRIEFING_SEEDS").map(PathBuf::from).unwrap_or_else(|_| root().join("../shared/seeds"));
    assert!(seeds.is_dir(), "source articles not found at {} (set BRIEFING_SEEDS)", seeds.display());
    let mut missing = Vec::new();
    for (record, c) in all_citations(&b) {
        let source = b.sources.iter().find(|s| s.id == c.source).expect("validated");
        let text = std::fs::read_to_string(seeds.join(&source.file))
            .unwrap_or_else(|e| panic!("sources/{}: field `file`: {}: {e}", source.id, source.file));
        if !text.contains(&c.quote) {
            missing.push(format!("data/briefing.json: {}: quote not found verbatim in {}: {:?}", record.path(), source.file, c.quote));
        }
    }
    assert!(missing.is_empty(), "{} inexact quote(s):\n{}", missing.len(), missing.join("\n"));
}

#[test]
fn shipped_schema_is_current() {
    let schema = serde_json::to_string_pretty(&schemars::schema_for!(Briefing)).unwrap() + "\n";
    let path = root().join("public/briefing.schema.json");
    if std::env::var("UPDATE_SCHEMA").is_ok() {
        std::fs::write(&path, &schema).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(shipped == schema, "public/briefing.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test dataset`");
}

fn mini() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("tests/fixtures/mini.json")).unwrap()).unwrap()
}

/// Applies `break_it` to a good copy and expects one fault naming `record` and `field`.
fn expect_fault(break_it: impl FnOnce(&mut serde_json::Value), record: &str, field: &str) {
    let mut v = mini();
    break_it(&mut v);
    let json = serde_json::to_string(&v).unwrap();
    let faults = load("broken.json", &json).expect_err("broken copy must fail");
    let wanted = format!("{record}: field `{field}`");
    assert!(
        faults.iter().any(|f| f.starts_with("broken.json: ") && f.contains(&wanted)),
        "expected a fault with {wanted:?}, got {faults:#?}"
    );
}

/// Applies `break_it` and expects the copy to stay valid.
fn expect_valid(break_it: impl FnOnce(&mut serde_json::Value)) {
    let mut v = mini();
    break_it(&mut v);
    let json = serde_json::to_string(&v).unwrap();
    if let Err(faults) = load("changed.json", &json) {
        panic!("expected a valid copy, got {faults:#?}");
    }
}

/// Expects a fault naming `record` and `field` whose message contains `message`.
fn expect_message(break_it: impl FnOnce(&mut serde_json::Value), record: &str, field: &str, message: &str) {
    let mut v = mini();
    break_it(&mut v);
    let faults = load("broken.json", &serde_json::to_string(&v).unwrap()).expect_err("broken copy must fail");
    let wanted = format!("broken.json: {record}: field `{field}`: ");
    assert!(faults.iter().any(|f| f.starts_with(&wanted) && f.contains(message)), "expected {wanted:?} with {message:?}, got {faults:#?}");
}

#[test]
fn fixture_is_valid() {
    let b: Briefing = serde_json::from_value(mini()).unwrap();
    assert_eq!(validate(&b), vec![]);
}

#[test]
fn hostile_fixture_is_valid() {
    let json = std::fs::read_to_string(root().join("tests/fixtures/hostile.json")).unwrap();
    load("hostile.json", &json).unwrap_or_else(|faults| panic!("{}", faults.join("\n")));
}

#[test]
fn undated_events_have_no_date_and_no_order() {
    let b: Briefing = serde_json::from_value(mini()).unwrap();
    let e4 = b.events.iter().find(|e| e.id == "e4").unwrap();
    assert_eq!((e4.date.as_str(), e4.precision), ("", Precision::Undated));
    // A date, or an end date, given to an undated event.
    expect_message(|v| v["events"][3]["date"] = "2025-10".into(), "events/e4", "date", "an undated event has an empty date");
    expect_message(|v| v["events"][3]["end_date"] = "2025-11".into(), "events/e4", "end_date", "an undated event has no end date");
    // An empty date that does not say it is undated.
    expect_message(|v| v["events"][0]["date"] = "".into(), "events/e1", "date", "use precision `undated`");
    // Causal links to and from an undated event carry no order to check.
    expect_valid(|v| v["events"][0]["responds_to"] = serde_json::json!(["e4"]));
}

#[test]
fn catches_bad_authors() {
    expect_message(|v| v["actors"][4]["author_of"] = "s9".into(), "actors/opi", "author_of", "unknown source `s9`");
    expect_message(|v| v["actors"][4]["author_of"] = "s1".into(), "actors/opi", "author_of", "already has an author actor, `ana`");
}

#[test]
fn opinion_is_derived_from_the_source_kind() {
    let b: Briefing = serde_json::from_value(mini()).unwrap();
    assert_eq!(b.opinion_piece("opi").map(|s| s.id.as_str()), Some("s2"));
    assert!(b.opinion_piece("ana").is_none(), "an analysis' author is not opinion");
    assert!(b.opinion_piece("pak").is_none());
    let e4 = b.events.iter().find(|e| e.id == "e4").unwrap();
    assert!(b.rests_on_opinion(&e4.citations));
    assert!(!b.rests_on_opinion(&b.events[0].citations));
    // Re-filing the source as an analysis turns its author's view into a third-party one.
    expect_message(|v| v["sources"][2]["kind"] = "analysis".into(), "narratives/n1", "opinion[0].actor", "not the author of an op-ed");
}

#[test]
fn an_opinion_piece_is_never_a_third_party_view() {
    let opinion_point = || mini()["narratives"][0]["opinion"][0].clone();
    expect_message(
        |v| v["narratives"][0]["third_party"] = serde_json::json!([opinion_point()]),
        "narratives/n1",
        "third_party[0].actor",
        "`opi` is the voice of the opinion piece s2: its views go in `opinion`, not in `third_party`",
    );
    expect_message(
        |v| v["narratives"][0]["pakistan"] = serde_json::json!([opinion_point()]),
        "narratives/n1",
        "pakistan[0].actor",
        "its views go in `opinion`",
    );
    expect_message(
        |v| v["narratives"][0]["opinion"][0]["actor"] = "ana".into(),
        "narratives/n1",
        "opinion[0].actor",
        "only an opinion piece's own voice goes in `opinion`",
    );
    expect_fault(|v| v["narratives"][0]["opinion"][0]["citations"] = serde_json::json!([]), "narratives/n1", "opinion[0].citations");
}

#[test]
fn opinion_quotes_are_checked_like_every_other() {
    let b: Briefing = serde_json::from_value(mini()).unwrap();
    assert!(all_citations(&b).iter().any(|(record, c)| record.path() == "narratives/n1/opinion[0]" && c.quote == "we argue"));
    // In the real dataset, every opinion point is an op-ed's own voice, and there are some.
    let real = real();
    let opinion: Vec<_> = real.narratives.iter().flat_map(|n| &n.opinion).collect();
    assert!(!opinion.is_empty());
    assert!(opinion.iter().all(|p| real.opinion_piece(&p.actor).is_some()));
    assert!(real.events.iter().any(|e| e.precision == Precision::Undated && e.date.is_empty()));
}

#[test]
fn catches_bad_inference_notes() {
    expect_message(|v| v["events"][0]["inference"] = " ".into(), "events/e1", "inference", "must not be empty");
    expect_message(
        |v| v["events"][0]["inference"] = "The briefing places it here (s0).".into(),
        "events/e1",
        "inference",
        "it names 1 source id(s), at least two are needed",
    );
    expect_message(
        |v| v["events"][0]["inference"] = "s0 dates it; s2 names the place.".into(),
        "events/e1",
        "inference",
        "names `s2`, which the record does not cite",
    );
    // Narratives too: the sources are those of its points.
    expect_message(|v| v["narratives"][0]["inference"] = "".into(), "narratives/n1", "inference", "must not be empty");
    expect_valid(|v| v["narratives"][0]["inference"] = "s0 and s2 describe it differently; the join is the briefing's.".into());
    expect_message(
        |v| v["narratives"][0]["inference"] = "Joins s0 with itself: s0s, s01.".into(),
        "narratives/n1",
        "inference",
        "it names 1 source id(s)",
    );
}

#[test]
fn relation_kinds_and_verdicts_say_what_the_source_says() {
    for (text, kind) in [
        ("offers-mediation", RelationKind::OffersMediation),
        ("trade-halt", RelationKind::TradeHalt),
        ("calls-for-investigation", RelationKind::CallsForInvestigation),
    ] {
        assert_eq!(RelationKind::parse(text), Some(kind));
        assert_eq!(kind.as_str(), text);
        expect_valid(|v| v["relations"][1]["kind"] = text.into());
    }
    assert_ne!(RelationKind::OffersMediation, RelationKind::Mediates);
    assert_eq!(Divergence::parse("differ"), Some(Divergence::Differ));
    expect_valid(|v| v["narratives"][0]["divergence"] = "differ".into());
}

#[test]
fn catches_duplicate_ids() {
    expect_fault(|v| v["events"][1]["id"] = "e1".into(), "events/e1", "id");
}

#[test]
fn catches_unknown_references() {
    expect_fault(|v| v["events"][0]["actors"][0] = "nobody".into(), "events/e1", "actors[0]");
    expect_fault(|v| v["events"][0]["places"][0] = "nowhere".into(), "events/e1", "places[0]");
    expect_fault(|v| v["events"][0]["phase"] = "p9".into(), "events/e1", "phase");
    expect_fault(|v| v["relations"][0]["to"] = "nobody".into(), "relations/r1", "to");
    expect_fault(|v| v["narratives"][0]["events"][0] = "e9".into(), "narratives/n1", "events[0]");
    expect_fault(|v| v["events"][0]["citations"][0]["source"] = "s9".into(), "events/e1", "citations[0].source");
    expect_fault(|v| v["events"][0]["claims"][0]["claimant"] = "x".into(), "events/e1", "claims[0].claimant");
}

#[test]
fn catches_bad_dates() {
    expect_fault(|v| v["events"][0]["date"] = "2025-10-32".into(), "events/e1", "date");
    expect_fault(|v| v["events"][0]["precision"] = "month".into(), "events/e1", "date");
    expect_fault(|v| v["meta"]["as_of"] = "2025".into(), "meta", "as_of");
    expect_fault(|v| v["sources"][0]["date_precision"] = serde_json::Value::Null, "sources/s0", "date_precision");
}

#[test]
fn catches_open_enumerations() {
    let mut v = mini();
    v["events"][0]["kind"] = "massacre".into();
    let faults = load("broken.json", &serde_json::to_string(&v).unwrap()).unwrap_err();
    assert!(faults[0].contains("unknown variant `massacre`"), "{faults:?}");
}

#[test]
fn catches_missing_citations() {
    expect_fault(|v| v["events"][0]["citations"] = serde_json::json!([]), "events/e1", "citations");
    expect_fault(|v| v["actors"][0]["citations"] = serde_json::json!([]), "actors/pak", "citations");
    expect_fault(|v| v["relations"][0]["citations"] = serde_json::json!([]), "relations/r1", "citations");
    expect_fault(|v| v["narratives"][0]["pakistan"][0]["citations"] = serde_json::json!([]), "narratives/n1", "pakistan[0].citations");
    expect_fault(|v| v["events"][0]["claims"][0]["citations"] = serde_json::json!([]), "events/e1", "claims[0].citations");
}

#[test]
fn catches_bad_quotes() {
    expect_fault(|v| v["events"][0]["citations"][0]["quote"] = "word ".repeat(31).into(), "events/e1", "citations[0].quote");
    expect_fault(|v| v["events"][0]["citations"][0]["quote"] = "struck Kabul [cite: 3]".into(), "events/e1", "citations[0].quote");
}

#[test]
fn catches_backward_causal_links() {
    expect_fault(|v| v["events"][0]["responds_to"] = serde_json::json!(["e3"]), "events/e1", "responds_to[0]");
}

#[test]
fn catches_unsafe_links_and_silent_sides() {
    expect_fault(|v| v["sources"][0]["url"] = "javascript:alert(1)".into(), "sources/s0", "url");
    expect_fault(|v| v["narratives"][0]["afghanistan_silence"] = serde_json::Value::Null, "narratives/n1", "afghanistan_silence");
    expect_fault(|v| v["events"][0]["claims"][0]["figures"][0]["upper"] = 5.into(), "events/e1", "claims[0].figures[0].upper");
}
