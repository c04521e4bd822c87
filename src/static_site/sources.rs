//! Sources, where they disagree, and the method, as the Sources view draws them
//! (src/views/sources/mod.rs: `source_el`, `disagreements_el`, `method_el`;
//! src/components/disagreement.rs).

use std::collections::HashSet;

use super::html::{el, external_link, link, text_el, El};
use super::parts::*;
use crate::domain::citations::{all_citations, Record};
use crate::domain::labels::{method_items, DISAGREEMENTS_INTRO, NO_DISAGREEMENTS};
use crate::domain::labels::{source_kind_label, source_kind_noun};
use crate::domain::model::{Citation, Disagreement, Source};
use crate::domain::prose::as_read;
use crate::domain::store::Store;

fn fact(label: &str, value: &str, known: bool) -> El {
    el("div").child(text_el("dt", "", label)).child(text_el("dd", if known { "" } else { "unknown" }, value))
}

/// Every quote the briefing takes from the source, each with a link to the record
/// that uses it (the app's quote list, drawn whole).
fn quotes_el(store: &Store, uses: &[(Record, &Citation)], records: usize) -> El {
    if uses.is_empty() {
        return text_el("p", "empty-state", "No record quotes this source.");
    }
    let items = uses.iter().map(|(record, c)| {
        el("li")
            .class("quote-use")
            .child(text_el("blockquote", "", &format!("“{}”", c.quote)))
            .child(el("p").class("used-in").text("Used in ").child(link(&record_href(record), &record.label(store))))
    });
    el("section")
        .class("quotes")
        .attr("aria-label", "Quotes used")
        .child(text_el("h4", "", &format!("The {} quotes used from this source, in {records} records", uses.len())))
        .child(el("ol").class("quote-list").children(items))
}

fn source_el(store: &Store, s: &Source, uses: &[(Record, &Citation)]) -> El {
    let records = uses.iter().map(|(r, _)| r.path()).collect::<HashSet<_>>().len();
    let quotes = uses.len();
    let heading =
        s.title.clone().or_else(|| s.publisher.clone()).unwrap_or_else(|| format!("Untitled {} ({})", source_kind_noun(s.kind), s.id));
    let date = match (&s.date, s.date_precision) {
        (Some(d), p) => {
            let text = p.map(|p| date_text(d, p)).unwrap_or_else(|| d.clone());
            // Only a date that parses is machine-readable.
            let value = if crate::domain::date::PartialDate::parse(d).is_some() {
                text_el("time", "", &text).attr("datetime", d)
            } else {
                text_el("span", "", &text)
            };
            el("div").child(text_el("dt", "", "Date")).child(el("dd").child(value))
        }
        (None, _) => fact("Date", "Undated", false),
    };
    let url = match &s.url {
        Some(u) => el("div").child(text_el("dt", "", "Link")).child(el("dd").child(external_link(u))),
        None => fact("Link", "Not given", false),
    };
    // "Low." / "Moderate to good for background." as a short grade.
    let (grade, rest) = match s.reliability.split_once('.') {
        Some((g, rest)) if g.len() <= 40 => (Some(g), rest.trim_start()),
        _ => (None, s.reliability.as_str()),
    };
    el("article")
        .class("source-card")
        .id(&format!("source-{}", s.id))
        .child(el("header").class("source-head").child(text_el("span", "source-id", &s.id)).child(text_el("h3", "", &heading)))
        .child(
            el("dl")
                .class("source-facts")
                .child(fact("Kind", source_kind_label(s.kind), true))
                .child(fact("Publisher", s.publisher.as_deref().unwrap_or("Not named"), s.publisher.is_some()))
                .child(date)
                .child(url)
                .child(fact("Cited by", &format!("{records} records ({quotes} quotes)"), true)),
        )
        .child(prose_el(store, "p", "source-description", &s.description))
        .child(with_prose(
            el("p")
                .class("reliability")
                .child(text_el("span", "label", "Reliability: "))
                .maybe(grade.map(|g| text_el("span", "grade", g)))
                .text(" "),
            store,
            rest,
        ))
        .child(quotes_el(store, uses, records))
}

pub fn sources_section(store: &Store) -> El {
    let cites = all_citations(&store.data);
    let cards = store.data.sources.iter().map(|s| {
        let mine: Vec<(Record, &Citation)> = cites.iter().filter(|(_, c)| c.source == s.id).copied().collect();
        source_el(store, s, &mine)
    });
    el("section")
        .class("static-section sources-list")
        .id("sources")
        .attr("aria-labelledby", "sources-title")
        .child(text_el("h2", "", "Sources").id("sources-title"))
        .child(text_el("p", "view-intro", &format!("Everything in this briefing is quoted from {} articles.", store.data.sources.len())))
        .children(cards)
}

/// One disagreement: what differs, and each source's version quoted.
fn disagreement_el(store: &Store, d: &Disagreement) -> El {
    el("article")
        .class("disagreement")
        .id(&format!("disagreement-{}", d.id))
        .child(text_el("h3", "disagreement-title", &d.title))
        .child(prose_el(store, "p", "disagreement-summary", &d.summary))
        .child(el("ol").class("versions").children(d.versions.iter().map(|v| {
            el("li").class("version").child(prose_el(store, "p", "account", &v.account)).child(citation_figure(store, &v.citation))
        })))
}

pub fn disagreements_section(store: &Store) -> El {
    let list = store.data.disagreements.iter().map(|d| {
        let events: Vec<El> = d
            .events
            .iter()
            .filter_map(|e| store.event(e))
            .map(|e| el("li").child(link(&event_href(&e.id), &as_read(store, &e.title))))
            .collect();
        el("div")
            .class("disagreement-wrap")
            .child(disagreement_el(store, d))
            .maybe((!events.is_empty()).then(|| el("ul").class("related-inline").attr("aria-label", "On the timeline").children(events)))
    });
    el("section")
        .class("static-section disagreements")
        .id("disagreements")
        .attr("aria-labelledby", "disagreements-title")
        .child(text_el("h2", "", "Where the sources disagree").id("disagreements-title"))
        .child(text_el("p", "view-intro", DISAGREEMENTS_INTRO))
        .maybe(store.data.disagreements.is_empty().then(|| text_el("p", "empty-state", NO_DISAGREEMENTS)))
        .children(list)
}

pub fn method_section(store: &Store) -> El {
    let items = method_items(&store.data.meta.method);
    el("section")
        .class("static-section method")
        .id("method")
        .attr("aria-labelledby", "method-title")
        .child(text_el("h2", "", "Method").id("method-title"))
        .child(
            el("dl")
                .class("method-list")
                .children(items.map(|(t, text)| el("div").child(text_el("dt", "", t)).child(prose_el(store, "dd", "", text)))),
        )
}
