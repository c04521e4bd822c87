//! Sources: every article the briefing rests on, how reliable it is, every quote
//! taken from it (each linked to the record that uses it), where the sources
//! disagree, the method, and export and citation tools. State in the URL: `src`.
//!
//! Everything is drawn once with the shared builder and kept in step with the
//! URL by one effect.

pub mod export;

use std::collections::HashSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::date_label::date_text;
use crate::components::disagreement::disagreement_el;
use crate::components::dom::{el, mark_selected, render_effect, text_el, El};
use crate::components::links::{delegate, link, refresh_within, scroll_to_id};
use crate::components::prose::{prose_el, with_prose};
use crate::ctx::Ctx;
use crate::domain::citations::{all_citations, is_safe_url, Record};
use crate::domain::intent::Intent;
use crate::domain::labels::{method_items, DISAGREEMENTS_INTRO, NO_DISAGREEMENTS};
use crate::domain::labels::{source_kind_label as kind_label, source_kind_noun as kind_noun};
use crate::domain::model::Source;
use crate::domain::prose::as_read;
use crate::domain::store::Store;

/// Quotes shown before "Show all".
const QUOTE_CAP: usize = 40;

/// Where a record that carries a citation is shown.
fn destination(record: &Record) -> Intent {
    match *record {
        Record::Event(e) | Record::Claim(e, _) => Intent::OpenEvent(e.id.clone()),
        Record::Actor(a) => Intent::SelectActor(Some(a.id.clone())),
        Record::Relation(r) => Intent::SelectActor(Some(r.from.clone())),
        Record::Point(n, _, _) => Intent::Topic(n.id.clone()),
        Record::Disagreement(d) => Intent::Anchor(format!("disagreement-{}", d.id)),
        Record::Place(p) => Intent::PlaceOnTimeline(p.id.clone()),
    }
}

/// Fills a source's quote list (on first opening, or with every quote on "Show
/// all"): each quote with a link to the record that uses it.
fn fill_quotes(ctx: Ctx, details: &web_sys::Element, source_id: &str, all: bool) {
    let store = ctx.store;
    let uses: Vec<_> = all_citations(&store.data).into_iter().filter(|(_, c)| c.source == source_id).collect();
    let limit = if all { uses.len() } else { QUOTE_CAP.min(uses.len()) };
    let items = uses.iter().take(limit).map(|(record, c)| {
        let used_in = el("p", "used-in").text("Used in ").child(link(&destination(record), "", &record.label(store)));
        el("li", "quote-use").attr("data-record", &record.path()).child(text_el("blockquote", "", &format!("“{}”", c.quote))).child(used_in)
    });
    let list = el("ol", "quote-list").children(items);
    let more = (limit < uses.len()).then(|| {
        text_el("button", "button", &format!("Show all {} quotes", uses.len())).attr("type", "button").attr("data-show-all", source_id)
    });
    // Replace whatever was there, keeping the summary.
    while let Some(last) = details.last_element_child() {
        if last.tag_name().eq_ignore_ascii_case("summary") {
            break;
        }
        last.remove();
    }
    let _ = details.append_child(&list.0);
    if let Some(more) = more {
        let _ = details.append_child(&more.0);
    }
    let _ = details.set_attribute("data-filled", "true");
    // Its links were drawn without a state change: give them their hrefs now, so Tab
    // reaches them at once.
    refresh_within(ctx, details);
}

/// Clicks the view handles beyond links: opening a quote list fills it first;
/// "Show all" fills it whole.
fn handle_quotes_click(ctx: Ctx, ev: &web_sys::MouseEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if let Ok(Some(summary)) = target.closest("details.quotes > summary") {
        if let Some(details) = summary.parent_element() {
            if details.get_attribute("data-filled").is_none() {
                if let Some(id) = details.get_attribute("data-quotes-for") {
                    fill_quotes(ctx, &details, &id, false);
                }
            }
        }
    } else if let Ok(Some(button)) = target.closest("button[data-show-all]") {
        if let (Some(id), Some(details)) = (button.get_attribute("data-show-all"), button.parent_element()) {
            fill_quotes(ctx, &details, &id, true);
        }
    }
}

fn fact(label: &str, field: &str, value: &str, known: bool) -> El {
    el("div", "").child(text_el("dt", "", label)).child(text_el("dd", if known { "" } else { "unknown" }, value).attr("data-field", field))
}

fn source_el(store: &Store, s: &Source, records: usize, quotes: usize) -> El {
    let heading = s.title.clone().or_else(|| s.publisher.clone()).unwrap_or_else(|| format!("Untitled {} ({})", kind_noun(s.kind), s.id));
    let date = match (&s.date, s.date_precision) {
        (Some(d), p) => {
            let text = p.map(|p| date_text(d, p)).unwrap_or_else(|| d.clone());
            el("div", "")
                .child(text_el("dt", "", "Date"))
                .child(el("dd", "").attr("data-field", "date").child(text_el("time", "", &text).attr("datetime", d)))
        }
        (None, _) => fact("Date", "date", "Undated", false),
    };
    let url = match &s.url {
        Some(u) if is_safe_url(u) => el("div", "")
            .child(text_el("dt", "", "Link"))
            .child(el("dd", "").attr("data-field", "url").child(text_el("a", "", u).attr("href", u).attr("rel", "noopener noreferrer"))),
        Some(u) => fact("Link", "url", u, true),
        None => fact("Link", "url", "Not given", false),
    };
    // "Low." / "Moderate to good for background." as a short grade.
    let (grade, rest) = match s.reliability.split_once('.') {
        Some((g, rest)) if g.len() <= 40 => (Some(g), rest.trim_start()),
        _ => (None, s.reliability.as_str()),
    };
    let quotes_el = if quotes == 0 {
        text_el("p", "empty-state", "No record quotes this source.")
    } else {
        el("details", "quotes").attr("data-quotes-for", &s.id).child(text_el(
            "summary",
            "",
            &format!("The {quotes} quotes used from this source, in {records} records"),
        ))
    };
    el("article", "source-card")
        .attr("id", &format!("source-{}", s.id))
        .attr("data-source-id", &s.id)
        .child(el("header", "source-head").child(text_el("span", "source-id", &s.id)).child(text_el("h3", "", &heading)).child(link(
            &Intent::Source(s.id.clone()),
            "permalink no-print",
            "Link to this source",
        )))
        .child(
            el("dl", "source-facts")
                .child(fact("Kind", "kind", kind_label(s.kind), true))
                .child(fact("Publisher", "publisher", s.publisher.as_deref().unwrap_or("Not named"), s.publisher.is_some()))
                .child(date)
                .child(url)
                .child(fact("Cited by", "cited-by", &format!("{records} records ({quotes} quotes)"), true)),
        )
        .child(prose_el(store, "p", "source-description", &s.description))
        .child(with_prose(
            el("p", "reliability")
                .child(text_el("span", "label", "Reliability: "))
                .maybe(grade.map(|g| text_el("span", "grade", g)))
                .text(" "),
            store,
            rest,
        ))
        .child(quotes_el)
}

fn method_el(store: &Store) -> El {
    let items = method_items(&store.data.meta.method);
    el("section", "method")
        .attr("id", "method")
        .attr("aria-labelledby", "method-title")
        .child(text_el("h2", "", "Method").attr("id", "method-title"))
        .child(
            el("dl", "method-list")
                .children(items.map(|(t, text)| el("div", "").child(text_el("dt", "", t)).child(prose_el(store, "dd", "", text)))),
        )
}

fn disagreements_el(ctx: Ctx) -> El {
    let store = ctx.store;
    let list = store.data.disagreements.iter().map(|d| {
        let events = d
            .events
            .iter()
            .filter_map(|e| store.event(e))
            .map(|e| el("li", "").child(link(&Intent::OpenEvent(e.id.clone()), "", &as_read(store, &e.title))));
        el("div", "disagreement-wrap")
            .child(disagreement_el(ctx.store, d, "3"))
            .child(el("ul", "related-inline").attr("aria-label", "On the timeline").children(events))
    });
    el("section", "disagreements")
        .attr("id", "disagreements")
        .attr("aria-labelledby", "disagreements-title")
        .child(text_el("h2", "", "Where the sources disagree").attr("id", "disagreements-title"))
        .child(text_el("p", "view-intro", DISAGREEMENTS_INTRO))
        .maybe(store.data.disagreements.is_empty().then(|| text_el("p", "empty-state", NO_DISAGREEMENTS)))
        .children(list)
}

fn sources_el(ctx: Ctx) -> El {
    let store = ctx.store;
    let cites = all_citations(&store.data);
    let cards = store.data.sources.iter().map(|s| {
        let mine: Vec<String> = cites.iter().filter(|(_, c)| c.source == s.id).map(|(r, _)| r.path()).collect();
        let records = mine.iter().collect::<HashSet<_>>().len();
        source_el(store, s, records, mine.len())
    });
    let mut parts = vec![("sources-list", "Sources"), ("disagreements", "Where the sources disagree"), ("method", "Method")];
    if !crate::components::embed::is_embed() {
        parts.push(("export", "Export and cite"));
    }
    let toc = el("nav", "sources-toc no-print")
        .attr("aria-label", "On this page")
        .children(parts.into_iter().map(|(id, label)| link(&Intent::Anchor(id.into()), "", label)));
    el("div", "")
        .child(toc)
        .child(
            el("section", "sources-list")
                .attr("id", "sources-list")
                .attr("aria-labelledby", "sources-list-title")
                .child(text_el("h2", "sources-list-title", "The articles").attr("id", "sources-list-title"))
                .children(cards),
        )
        .child(disagreements_el(ctx))
        .child(method_el(store))
}

/// The view, drawn under the current owner.
pub fn view() -> El {
    let ctx = Ctx::expect();
    let store = ctx.store;
    let root = el("section", "view sources-view")
        .child(text_el("h1", "", "Sources"))
        .child(text_el(
            "p",
            "view-intro",
            &format!(
                "Everything in this briefing is quoted from {} articles. Each is listed with what is known about it, \
                 a note on its reliability, and every quote the briefing takes from it, linked to the record that uses it.",
                store.data.sources.len()
            ),
        ))
        // The embed is read-only: no export panel (its downloads are the full briefing's).
        .child(sources_el(ctx).maybe((!crate::components::embed::is_embed()).then(|| export::export_el(ctx))))
        .on("click", move |ev| {
            let ev: &web_sys::MouseEvent = ev.unchecked_ref();
            if !export::handle_action(ctx, ev) {
                handle_quotes_click(ctx, ev);
            }
        });
    let root = delegate(root, ctx, |_, _| {});

    // Keep the content in step with the URL: highlight the linked source, open its
    // quotes and scroll to it when it changes (on load, Back, Forward, links), and
    // update the export panel.
    let source = Memo::new(move |_| ctx.state.with(|s| s.source.clone()));
    let node = root.0.clone();
    let mut scrolled_to: Option<String> = None;
    render_effect(move || {
        let now = source.get();
        export::update(ctx, &node);
        mark_selected(&node, "article", "data-source-id", now.as_deref(), "highlight");
        if let Some(id) = &now {
            let card = node.query_selector(&format!("#source-{id}")).ok().flatten();
            if let Some(details) = card.and_then(|c| c.query_selector("details.quotes").ok().flatten()) {
                if details.get_attribute("data-filled").is_none() {
                    fill_quotes(ctx, &details, id, false);
                }
                let _ = details.set_attribute("open", "");
            }
            if scrolled_to.as_ref() != Some(id) {
                scroll_to_id(format!("source-{id}"));
            }
        }
        scrolled_to = now;
    });
    root
}
