//! The card list: phase bands, month headings and event cards, kept in step with
//! the query's rows by key.
//!
//! Why plain DOM cards, kept by key by hand, rather than Leptos' typed views under
//! `<For>`: a filter change or a keystroke can replace every rendered card. As typed
//! views with their own reactive nodes, each card cost about 1 ms to build and again
//! to drop, which alone broke the one-frame budget. Here a card is a few dozen DOM
//! calls, and what changes afterwards (search highlights, active chips, the expanded
//! card) is updated by three effects over the cards on screen. Clicks, keys, hovers
//! and focus are handled by one delegated listener on the list.
//! Dataset text only ever goes in as text nodes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::Row;
use crate::app::{Ctx, Nav};
use crate::components::dom::{date_el, el, event_target, memo, render_effect, text_el, El};
use crate::components::{after_paint, plain_click, scroll_to_top};
use crate::domain::date::month_heading;
use crate::domain::format::figure_text;
use crate::domain::model::{Citation, Event};
use crate::domain::query::{kind_label, toggle, Facet, TimelineResult};
use crate::domain::search::{fold, highlight};
use crate::domain::url_state::{UrlState, View};

/// Text that search highlights, with the runs currently drawn.
struct Marked {
    el: Element,
    text: String,
    /// The text folded for search, to tell cheaply whether anything matches.
    folded: String,
    runs: Vec<(String, bool)>,
}

impl Marked {
    fn new(el: &El, text: String) -> Marked {
        let _ = el.0.append_with_str_1(&text);
        Marked { el: el.0.clone(), runs: vec![(text.clone(), false)], folded: fold(&text), text }
    }
    /// Redraws the marks, only when they changed.
    fn update(&mut self, terms: &[String]) {
        let plain = !terms.iter().any(|t| self.folded.contains(t.as_str()));
        if plain && self.runs.len() == 1 && !self.runs[0].1 {
            return;
        }
        let runs = if plain { vec![(self.text.clone(), false)] } else { highlight(&self.text, terms) };
        if runs == self.runs {
            return;
        }
        self.el.set_text_content(None);
        for (segment, hit) in &runs {
            let _ = if *hit { self.el.append_child(&text_el("mark", "", segment).0).map(drop) } else { self.el.append_with_str_1(segment) };
        }
        self.runs = runs;
    }
}

/// One drawn card and the parts that change after it is drawn.
struct Card {
    event: usize,
    article: Element,
    toggle: Element,
    summary: Element,
    details: Element,
    chips: Vec<(Element, Facet, String, String)>,
    marked: Vec<Marked>,
    /// Marked texts inside the details, while expanded.
    detail_marked: Vec<Marked>,
}

/// A drawn row: its `<li>` and, for an event, the card.
struct Drawn {
    li: Element,
    card: Option<Card>,
}

#[derive(Default)]
struct Live {
    rows: HashMap<String, Drawn>,
}

/// The destination of a link in a card, kept in `data-nav` ("actor:ttp").
fn nav_target(ctx: Ctx, result: Memo<TimelineResult>, nav: &str) -> Option<UrlState> {
    let (kind, id) = nav.split_once(':')?;
    let mut s = ctx.state.get_untracked();
    match kind {
        "actor" => toggle(&mut s.timeline, Facet::Actor, id),
        "place" => toggle(&mut s.timeline, Facet::Place, id),
        "event" => {
            // A linked event the filters hide: clear them (sort kept), or the link
            // would lead nowhere.
            let hidden = ctx.store.event_index(id).is_some_and(|i| !result.with_untracked(|r| r.events.contains(&i)));
            if hidden {
                s.timeline = s.timeline.cleared();
            }
            s.timeline.open = Some(id.to_string());
        }
        "source" => {
            s.view = View::Sources;
            s.source = Some(id.to_string());
        }
        _ => return None,
    }
    Some(s)
}

/// A link in a card. Its href is filled in right after the paint (`fill_hrefs_soon`):
/// serialising a URL per chip cost half a millisecond per update inside the frame.
fn nav_link(nav: &str, class: &str) -> El {
    el("a", class).attr("data-nav", nav)
}

/// Gives every card link under `root` that has no href yet its href, after the
/// next paint.
fn fill_hrefs_soon(ctx: Ctx, result: Memo<TimelineResult>, root: Element) {
    after_paint(move || {
        let Ok(links) = root.query_selector_all("a[data-nav]:not([href])") else { return };
        for i in 0..links.length() {
            if let Some(a) = links.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                set_href(ctx, result, &a);
            }
        }
    });
}

/// Sets a card link's href to where its `data-nav` leads from the current state.
fn set_href(ctx: Ctx, result: Memo<TimelineResult>, a: &Element) {
    if let Some(next) = a.get_attribute("data-nav").and_then(|n| nav_target(ctx, result, &n)) {
        let _ = a.set_attribute("href", &ctx.href(&next));
    }
}

/// A citation: the exact quote (search marks it too) and a link to its source.
fn citation(ctx: Ctx, c: &Citation, marked: &mut Vec<Marked>) -> El {
    let quote = el("blockquote", "");
    marked.push(Marked::new(&quote, format!("“{}”", c.quote)));
    el("figure", "citation").attr("data-source", &c.source).child(quote).child(
        el("figcaption", "").text("— ").child(nav_link(&format!("source:{}", c.source), "").text(&ctx.store.source_label(&c.source))),
    )
}

fn citations(ctx: Ctx, cs: &[Citation], marked: &mut Vec<Marked>) -> El {
    let list: Vec<El> = cs.iter().map(|c| citation(ctx, c, marked)).collect();
    el("div", "citations").children(list)
}

/// The first sentence of a summary, for the collapsed card.
fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

fn build_card(ctx: Ctx, index: usize) -> Card {
    let store = ctx.store;
    let e: &Event = &store.data.events[index];
    let mut marked = Vec::new();

    let title = el("span", "");
    marked.push(Marked::new(&title, e.title.clone()));
    let toggle = el("button", "card-toggle").attr("aria-expanded", "false").attr("aria-controls", &format!("details-{}", e.id)).child(title);
    let summary = el("p", "card-summary");
    marked.push(Marked::new(&summary, first_sentence(&e.summary).to_string()));

    let mut chips = Vec::new();
    let mut chip_row = el("ul", "chips").attr("aria-label", "Places and actors");
    let places = e.places.iter().map(|p| (Facet::Place, p, store.place_name(p), None));
    let actors = e.actors.iter().map(|a| (Facet::Actor, a, store.actor_name(a), store.actor(a).map(|x| x.alignment.as_str())));
    for (facet, id, name, alignment) in places.chain(actors) {
        let label = el("span", "");
        marked.push(Marked::new(&label, name.to_string()));
        let mut a = nav_link(&format!("{}:{id}", facet.param()), "chip").attr("data-chip", facet.param()).attr("data-id", id);
        if let Some(al) = alignment {
            a = a.attr("data-alignment", al);
        }
        let a = a.child(text_el("span", "visually-hidden", if facet == Facet::Actor { "Actor: " } else { "Place: " })).child(label);
        chips.push((a.0.clone(), facet, id.clone(), name.to_string()));
        chip_row = chip_row.child(el("li", "").child(a));
    }

    let headline: Vec<El> = e
        .claims
        .iter()
        .filter(|c| !c.figures.is_empty())
        .map(|c| {
            let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
            let strong = el("strong", "");
            marked.push(Marked::new(&strong, figures));
            el("li", "").child(strong).child(text_el("span", "claimant", &format!(" — according to {}", store.actor_name(&c.claimant))))
        })
        .collect();
    let headline = (!headline.is_empty()).then(|| el("ul", "headline-figures").children(headline));

    let details = el("div", "").attr("id", &format!("details-{}", e.id));
    let article = el("article", "card")
        .attr("data-event-id", &e.id)
        .attr("data-kind", e.kind.as_str())
        .attr("data-phase", &e.phase)
        .attr("tabindex", "0")
        .attr("aria-labelledby", &format!("title-{}", e.id))
        .child(
            el("header", "card-head")
                .child(date_el(&e.date, e.precision, e.end_date.as_deref()))
                .child(text_el("span", "kind-badge", kind_label(e.kind)).attr("data-kind", e.kind.as_str())),
        )
        .child(el("h3", "card-title").attr("id", &format!("title-{}", e.id)).child(El(toggle.0.clone())))
        .child(El(summary.0.clone()))
        .child(chip_row)
        .maybe(headline)
        .child(El(details.0.clone()));
    Card { event: index, article: article.0, toggle: toggle.0, summary: summary.0, details: details.0, chips, marked, detail_marked: Vec::new() }
}

/// Fills the details of an expanded card: full summary, claims, disagreements,
/// citations and causal links.
fn build_details(ctx: Ctx, card: &mut Card) {
    let store = ctx.store;
    let e = &store.data.events[card.event];
    let mut marked = Vec::new();
    let full = el("p", "card-full-summary");
    marked.push(Marked::new(&full, e.summary.clone()));
    let mut root = el("div", "card-details").child(full);

    if !e.claims.is_empty() {
        let items = e.claims.iter().map(|c| {
            let statement = el("span", "");
            marked.push(Marked::new(&statement, c.statement.clone()));
            let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
            el("li", "claim")
                .attr("data-claim-id", &c.id)
                .child(el("p", "").child(text_el("strong", "claimant", store.actor_name(&c.claimant))).text(": ").child(statement))
                .maybe((!figures.is_empty()).then(|| text_el("p", "figures", &figures)))
                .child(citations(ctx, &c.citations, &mut marked))
        });
        let items: Vec<El> = items.collect();
        root = root.child(el("section", "claims").attr("aria-label", "Claims").child(text_el("h4", "", "Claims")).child(el("ul", "").children(items)));
    }

    let disagreements = store.disagreements_for(&e.id);
    if !disagreements.is_empty() {
        let blocks = disagreements.iter().map(|d| {
            let versions = d.versions.iter().map(|v| {
                el("li", "")
                    .child(el("p", "").child(text_el("strong", "", &store.source_label(&v.citation.source))).text(": ").text(&v.account))
                    .child(citations(ctx, std::slice::from_ref(&v.citation), &mut marked))
            });
            el("div", "disagreement")
                .attr("data-disagreement-id", &d.id)
                .child(el("p", "").child(text_el("strong", "", &d.title)).text(": ").text(&d.summary))
                .child(el("ul", "versions").children(versions))
        });
        root = root.child(
            el("section", "disagreements")
                .attr("aria-label", "Sources disagree")
                .child(text_el("h4", "", "Where sources disagree"))
                .children(blocks),
        );
    }

    root = root.child(
        el("section", "sources-cited").attr("aria-label", "Citations").child(text_el("h4", "", "Sources")).child(citations(ctx, &e.citations, &mut marked)),
    );

    let responds = e.responds_to.iter().filter_map(|id| store.event_index(id)).map(|i| (i, "In response to:"));
    let led_to = store.led_to[card.event].iter().map(|&i| (i, "Led to:"));
    let links: Vec<El> = responds
        .chain(led_to)
        .map(|(i, rel)| {
            let t = &store.data.events[i];
            el("li", "")
                .child(text_el("span", "link-rel", rel))
                .text(" ")
                .child(nav_link(&format!("event:{}", t.id), "").attr("data-link-event", &t.id).text(&t.title))
                .text(" ")
                .child(date_el(&t.date, t.precision, None))
        })
        .collect();
    if !links.is_empty() {
        root = root.child(
            el("section", "causal").attr("aria-label", "Linked events").child(text_el("h4", "", "Linked events")).child(el("ul", "").children(links)),
        );
    }
    let _ = card.details.append_child(&root.0);
    card.detail_marked = marked;
}

fn set_expanded(ctx: Ctx, result: Memo<TimelineResult>, card: &mut Card, on: bool, terms: &[String]) {
    let _ = card.article.class_list().toggle_with_force("expanded", on);
    let _ = card.toggle.set_attribute("aria-expanded", if on { "true" } else { "false" });
    // The collapsed summary gives way to the full one.
    if on {
        let _ = card.summary.set_attribute("hidden", "");
        if card.detail_marked.is_empty() {
            build_details(ctx, card);
            card.detail_marked.iter_mut().for_each(|m| m.update(terms));
            fill_hrefs_soon(ctx, result, card.details.clone());
        }
    } else {
        let _ = card.summary.remove_attribute("hidden");
        card.details.set_text_content(None);
        card.detail_marked.clear();
    }
}

fn set_chips(card: &Card, actors: &[String], places: &[String]) {
    for (a, facet, id, name) in &card.chips {
        let on = if *facet == Facet::Actor { actors.contains(id) } else { places.contains(id) };
        if on {
            let _ = a.set_attribute("aria-current", "true");
            let _ = a.set_attribute("title", &format!("Remove the {name} filter"));
        } else {
            let _ = a.remove_attribute("aria-current");
            let _ = a.set_attribute("title", &format!("Show only events with {name}"));
        }
    }
}

fn build_row(ctx: Ctx, row: &Row) -> Drawn {
    let store = ctx.store;
    match row {
        Row::Phase(id, _) => {
            let phase = store.phase(id);
            let li = el("li", "phase-band")
                .attr("data-phase", id)
                .child(text_el("span", "phase-label", "Phase"))
                .child(text_el("strong", "", phase.map_or(id.as_str(), |p| p.name.as_str())))
                .child(text_el("span", "phase-desc", phase.map_or("", |p| p.description.as_str())));
            Drawn { li: li.0, card: None }
        }
        Row::Month(m, _) => Drawn { li: el("li", "month-heading").child(text_el("h2", "", &month_heading(*m))).0, card: None },
        Row::Card(i) => {
            let card = build_card(ctx, *i);
            let li = el("li", "card-row").child(El(card.article.clone()));
            Drawn { li: li.0, card: Some(card) }
        }
    }
}

/// The element an event came from, if it is (inside) one matching `selector`.
fn closest(ev: &web_sys::Event, selector: &str) -> Option<Element> {
    event_target(ev)?.closest(selector).ok().flatten()
}

/// A click on a card's title toggles it; a plain click on a card link follows it in place.
fn on_click(ctx: Ctx, open: Memo<Option<String>>, result: Memo<TimelineResult>, ev: &web_sys::Event) {
    if let Some(button) = closest(ev, "button.card-toggle") {
        let Some(id) = button.closest("article.card").ok().flatten().and_then(|a| a.get_attribute("data-event-id")) else { return };
        toggle_open(ctx, open, id);
    } else if let Some(a) = closest(ev, "a[data-nav]") {
        let nav = a.get_attribute("data-nav").unwrap_or_default();
        if !plain_click(ev.unchecked_ref()) {
            return;
        }
        if let Some(next) = nav_target(ctx, result, &nav) {
            ev.prevent_default();
            let leaves_view = next.view != View::Timeline;
            ctx.navigate(next, Nav::Push);
            if leaves_view {
                scroll_to_top();
            }
        }
    }
}

/// Expands the card `id`, or collapses it when it is the expanded one.
fn toggle_open(ctx: Ctx, open: Memo<Option<String>>, id: String) {
    let next = if open.get_untracked().as_deref() == Some(id.as_str()) { None } else { Some(id) };
    ctx.update(Nav::Push, |s| s.timeline.open = next);
}

/// The list of rows. Four effects keep it in step: the rows themselves, search marks,
/// active chips, the expanded card. Each of the last three skips its first run, which
/// the drawing of the rows covers.
pub fn card_list(
    ctx: Ctx,
    rows: Memo<Vec<Row>>,
    open: Memo<Option<String>>,
    terms: Memo<Vec<String>>,
    result: Memo<TimelineResult>,
) -> El {
    let live: Rc<RefCell<Live>> = Rc::default();
    let filters = memo(move || ctx.state.with(|s| (s.timeline.actors.clone(), s.timeline.places.clone())));

    // Rows: keep drawn rows that stay, draw new ones, put all in order, drop the rest.
    let list = el("ol", "cards").attr("aria-label", "Events");
    {
        let live = live.clone();
        let ol = list.0.clone();
        render_effect(move || {
            let mut live = live.borrow_mut();
            let mut old = std::mem::take(&mut live.rows);
            // Drop the rows that go first, so the ones that stay are already in order
            // and are not moved (moving a node loses its focus).
            rows.with(|rows| {
                let keep: std::collections::HashSet<String> = rows.iter().map(Row::key).collect();
                old.retain(|key, drawn| {
                    let stays = keep.contains(key);
                    if !stays {
                        drawn.li.remove();
                    }
                    stays
                });
            });
            let open_id = open.get_untracked();
            let mut prev: Option<web_sys::Node> = None;
            let mut built = false;
            rows.with(|rows| {
                for row in rows {
                    let key = row.key();
                    let drawn = old.remove(&key).unwrap_or_else(|| {
                        built = true;
                        let mut d = build_row(ctx, row);
                        if let Some(card) = d.card.as_mut() {
                            terms.with_untracked(|t| card.marked.iter_mut().for_each(|m| m.update(t)));
                            filters.with_untracked(|(a, p)| set_chips(card, a, p));
                            let e = &ctx.store.data.events[card.event];
                            if open_id.as_deref() == Some(e.id.as_str()) {
                                terms.with_untracked(|t| set_expanded(ctx, result, card, true, t));
                            }
                        }
                        d
                    });
                    let expected = match &prev {
                        Some(p) => p.next_sibling(),
                        None => ol.first_child(),
                    };
                    let node: &web_sys::Node = &drawn.li;
                    if expected.as_ref() != Some(node) {
                        let _ = ol.insert_before(node, expected.as_ref());
                    }
                    prev = Some(node.clone());
                    live.rows.insert(key, drawn);
                }
            });
            if built {
                fill_hrefs_soon(ctx, result, ol.clone());
            }
        });
    }

    // Search: redraw the marks that changed.
    {
        let live = live.clone();
        let mut first = true;
        render_effect(move || {
            terms.track();
            if std::mem::take(&mut first) {
                return;
            }
            let mut live = live.borrow_mut();
            terms.with_untracked(|t| {
                for card in live.rows.values_mut().filter_map(|d| d.card.as_mut()) {
                    card.marked.iter_mut().chain(card.detail_marked.iter_mut()).for_each(|m| m.update(t));
                }
            });
        });
    }

    // Actor and place filters: which chips are on.
    {
        let live = live.clone();
        let mut first = true;
        render_effect(move || {
            filters.track();
            if std::mem::take(&mut first) {
                return;
            }
            let live = live.borrow();
            filters.with_untracked(|(a, p)| live.rows.values().filter_map(|d| d.card.as_ref()).for_each(|c| set_chips(c, a, p)));
        });
    }

    // The expanded card.
    {
        let mut before: Option<Option<String>> = None;
        render_effect(move || {
            let now = open.get();
            if let Some(before) = before.take() {
                let mut live = live.borrow_mut();
                for id in [before, now.clone()].into_iter().flatten() {
                    let on = now.as_deref() == Some(id.as_str());
                    let Some(i) = ctx.store.event_index(&id) else { continue };
                    if let Some(card) = live.rows.get_mut(&Row::Card(i).key()).and_then(|d| d.card.as_mut()) {
                        terms.with_untracked(|t| set_expanded(ctx, result, card, on, t));
                    }
                }
            }
            before = Some(now);
        });
    }

    // One listener for the whole list (cheaper than one per card, in code and at run time).
    let handler = move |ev: web_sys::Event| match ev.type_().as_str() {
        "click" => on_click(ctx, open, result, &ev),
        "keydown" => {
            // Enter on a card itself (not on a control inside it) expands it.
            if ev.unchecked_ref::<web_sys::KeyboardEvent>().key() != "Enter" {
                return;
            }
            let Some(article) = event_target(&ev).filter(|t| t.tag_name() == "ARTICLE") else { return };
            let Some(id) = article.get_attribute("data-event-id") else { return };
            ev.prevent_default();
            toggle_open(ctx, open, id);
        }
        _ => {
            // pointerover, focusin. An href depends on the whole state, search included.
            // Rewriting every link on each keystroke cost more than the rest of the
            // update, so a link is brought up to date just before it can be used: when
            // a pointer or the focus reaches it (hover, middle-click, context menu, keyboard).
            if let Some(a) = closest(&ev, "a[data-nav]") {
                set_href(ctx, result, &a);
            }
        }
    };
    list.on("click", handler).on("keydown", handler).on("pointerover", handler).on("focusin", handler)
}
