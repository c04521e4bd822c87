//! Pieces every section uses: dates, prose with its source labels, citations,
//! the opinion tag and note, the briefing's inference. Each mirrors the app's
//! component of the same name in src/components/ (wasm-only, so not shared),
//! with the same words, and links within the page instead of carrying intents.

use super::html::{el, link, text_el, El};
use crate::domain::citations::Record;
pub use crate::domain::date::date_text;
use crate::domain::date::{as_of_text, date_span_text, precision_title, PartialDate};
use crate::domain::model::{Citation, Precision};
use crate::domain::prose::{source_ref_label, source_ref_name, split_source_refs, Piece};
use crate::domain::store::Store;

pub fn event_href(id: &str) -> String {
    format!("#event-{id}")
}
pub fn actor_href(id: &str) -> String {
    format!("#actor-{id}")
}
pub fn source_href(id: &str) -> String {
    format!("#source-{id}")
}
pub fn topic_href(id: &str) -> String {
    format!("#topic-{id}")
}
pub fn disagreement_href(id: &str) -> String {
    format!("#disagreement-{id}")
}
pub fn place_href(id: &str) -> String {
    format!("#place-{id}")
}

/// Where the page shows a record that carries a citation (the app's
/// `destination` in src/views/sources/mod.rs, as anchors).
pub fn record_href(record: &Record) -> String {
    match *record {
        Record::Event(e) | Record::Claim(e, _) => event_href(&e.id),
        Record::Actor(a) => actor_href(&a.id),
        Record::Relation(r) => actor_href(&r.from),
        Record::Point(n, _, _) => topic_href(&n.id),
        Record::Disagreement(d) => disagreement_href(&d.id),
        Record::Place(p) => place_href(&p.id),
    }
}

/// The dataset's date as the header shows it.
pub fn as_of(store: &Store) -> String {
    as_of_text(&store.data.meta.as_of)
}

/// A date at its precision, its precision named on hover (the app's `date_el`). A
/// `time` only when the date parses: an undated event has no machine-readable date.
pub fn date_el(date: &str, precision: Precision, end: Option<&str>) -> El {
    let text = date_span_text(date, precision, end);
    let title = precision_title(precision);
    let valid = precision != Precision::Undated && PartialDate::parse(date).is_some();
    let e = if valid { el("time").attr("datetime", date) } else { el("span") };
    e.class("date").attr("data-precision", precision.as_str()).attr("title", title).text(&text)
}

/// A link to source `id`, labelled "s2 (analysis)" (components/prose.rs `source_ref`).
pub fn source_ref(store: &Store, id: &str, bracketed: bool) -> El {
    link(&source_href(id), &source_ref_label(store, id, bracketed))
        .class("source-ref")
        .attr("aria-label", &source_ref_name(store, id, bracketed))
}

/// `e` with `text` appended as prose: plain runs as text, source ids as links.
pub fn with_prose(mut e: El, store: &Store, text: &str) -> El {
    for piece in split_source_refs(text, |id| store.source(id).is_some()) {
        e = match piece {
            Piece::Text(t) => e.text(t),
            Piece::Source { id, bracketed } => e.child(source_ref(store, id, bracketed)),
        };
    }
    e
}

pub fn prose_el(store: &Store, tag: &'static str, class: &str, text: &str) -> El {
    with_prose(el(tag).class(class), store, text)
}

/// Where the briefing joins two articles' accounts: said as its own inference.
pub fn inference_el(store: &Store, text: &str) -> El {
    with_prose(el("p").class("inference").child(text_el("strong", "", "The briefing's inference: ")), store, text)
}

/// The exact quote, and under it a link to its source.
pub fn citation_figure(store: &Store, c: &Citation) -> El {
    el("figure")
        .class("citation")
        .child(text_el("blockquote", "", &format!("“{}”", c.quote)))
        .child(el("figcaption").text("— ").child(source_link(store, &c.source)))
}

/// A source's full label ("s4 · The Defense News (analysis)") as a link to it
/// under Sources; unlinked for an id the dataset does not list.
pub fn source_link(store: &Store, id: &str) -> El {
    match store.source(id) {
        Some(_) => link(&source_href(id), &store.source_label(id)),
        None => text_el("span", "", id),
    }
}

pub fn citations_el(store: &Store, citations: &[Citation]) -> El {
    el("div").class("citations").children(citations.iter().map(|c| citation_figure(store, c)))
}

/// The "Opinion" tag: opinion is said in words, never by style alone.
pub fn opinion_tag() -> El {
    text_el("span", "opinion-tag", "Opinion")
}

/// For a record whose every citation is an opinion piece: "Opinion Reported
/// only in s3 (opinion piece)." None for any other record.
pub fn opinion_note(store: &Store, citations: &[Citation]) -> Option<El> {
    if !store.rests_on_opinion(citations) {
        return None;
    }
    let mut ids: Vec<&str> = citations.iter().map(|c| c.source.as_str()).collect();
    ids.dedup();
    let mut note = el("p").class("opinion-note").child(opinion_tag()).text(" Reported only in ");
    for (k, id) in ids.iter().enumerate() {
        if k > 0 {
            note = note.text(" and ");
        }
        note = note.child(source_ref(store, id, false));
    }
    Some(note.text("."))
}

/// An actor's name as a link to its entry under Actors (the id when unknown, unlinked).
pub fn actor_link(store: &Store, id: &str, class: &str) -> El {
    match store.actor(id) {
        Some(a) => link(&actor_href(id), &a.name).class(class),
        None => text_el("span", class, id),
    }
}
