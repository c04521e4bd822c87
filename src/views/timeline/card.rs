//! One event card: date, kind, title, first sentence, place and actor chips,
//! headline figures; expanded, the full summary, claims, disagreements,
//! citations and linked events. Plain DOM (see `list` for why); dataset text
//! only ever goes in as text nodes. Every link carries its intent.

use web_sys::Element;

use crate::components::citation::{citation_figure, opinion_note, opinion_tag};
use crate::components::date_label::date_el;
use crate::components::dom::{el, expanded, flag, text_el, El};
use crate::components::links::{action, link, refresh_within};
use crate::components::prose::{inference_el, source_ref, with_prose};
use crate::ctx::Ctx;
use crate::domain::format::figure_text;
use crate::domain::intent::Intent;
use crate::domain::labels::kind_label;
use crate::domain::model::{Citation, Event};
use crate::domain::prose::{as_read, source_ref_label, split_source_refs, Piece};
use crate::domain::query::Facet;
use crate::domain::search::{fold, highlight};
use crate::domain::store::Store;

/// Text that search highlights, with the runs currently drawn. Prose reads each
/// source id it names as a label ("s2 (analysis)"), drawn as a link to the source.
pub struct Marked {
    el: Element,
    /// The text as read, in parts: plain runs, or a source label with its link.
    parts: Vec<(String, Option<Element>)>,
    /// The text folded for search, to tell cheaply whether anything matches.
    folded: String,
    runs: Vec<Vec<(String, bool)>>,
    any_hit: bool,
}

impl Marked {
    fn new(el: &El, text: String) -> Marked {
        Self::from_parts(el, vec![(text, None)])
    }
    /// Prose; its source labels are links unless `linked` is false (inside a button).
    fn prose(store: &Store, el: &El, text: &str, linked: bool) -> Marked {
        let parts = split_source_refs(text, |id| store.source(id).is_some())
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(t) => (t.to_string(), None),
                Piece::Source { id, bracketed } => {
                    (source_ref_label(store, id, bracketed), linked.then(|| source_ref(store, id, bracketed, false).0))
                }
            })
            .collect();
        Self::from_parts(el, parts)
    }
    fn from_parts(el: &El, parts: Vec<(String, Option<Element>)>) -> Marked {
        let folded = fold(&parts.iter().map(|p| p.0.as_str()).collect::<String>());
        let runs = parts.iter().map(|(t, _)| vec![(t.clone(), false)]).collect();
        let marked = Marked { el: el.0.clone(), parts, folded, runs, any_hit: false };
        marked.draw();
        marked
    }
    fn draw(&self) {
        self.el.set_text_content(None);
        for ((_, link), runs) in self.parts.iter().zip(&self.runs) {
            let target = match link {
                Some(a) => {
                    a.set_text_content(None);
                    let _ = self.el.append_child(a);
                    a
                }
                None => &self.el,
            };
            for (segment, hit) in runs {
                let _ =
                    if *hit { target.append_child(&text_el("mark", "", segment).0).map(drop) } else { target.append_with_str_1(segment) };
            }
        }
    }
    /// Redraws the marks, only when they changed.
    pub fn update(&mut self, terms: &[String]) {
        let plain = !terms.iter().any(|t| self.folded.contains(t.as_str()));
        if plain && !self.any_hit {
            return;
        }
        let runs: Vec<Vec<(String, bool)>> =
            self.parts.iter().map(|(t, _)| if plain { vec![(t.clone(), false)] } else { highlight(t, terms) }).collect();
        if runs == self.runs {
            return;
        }
        self.any_hit = runs.iter().flatten().any(|r| r.1);
        self.runs = runs;
        self.draw();
    }
}

/// One drawn card and the parts that change after it is drawn.
pub struct Card {
    pub event: usize,
    pub article: Element,
    toggle: Element,
    summary: Element,
    details: Element,
    chips: Vec<(Element, Facet, String, String)>,
    pub marked: Vec<Marked>,
    /// Marked texts inside the details, while expanded.
    pub detail_marked: Vec<Marked>,
}

/// A citation: the exact quote (search marks it too) and a link to its source.
fn citation(ctx: Ctx, c: &Citation, marked: &mut Vec<Marked>) -> El {
    let quote = el("blockquote", "");
    marked.push(Marked::new(&quote, format!("“{}”", c.quote)));
    citation_figure(ctx.store, c, quote)
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

pub fn build_card(ctx: Ctx, index: usize) -> Card {
    let store = ctx.store;
    let e: &Event = &store.data.events[index];
    let mut marked = Vec::new();

    let title = el("span", "");
    marked.push(Marked::prose(store, &title, &e.title, false));
    let toggle = action(&Intent::ToggleCard(e.id.clone()), "card-toggle", "")
        .attr("aria-expanded", "false")
        .attr("aria-controls", &format!("details-{}", e.id))
        .child(title);
    let summary = el("p", "card-summary");
    marked.push(Marked::prose(store, &summary, first_sentence(&e.summary), true));

    let mut chips = Vec::new();
    let mut chip_row = el("ul", "chips").attr("aria-label", "Places and actors");
    let places = e.places.iter().map(|p| (Facet::Place, p, store.place_name(p), None));
    let actors = e.actors.iter().map(|a| (Facet::Actor, a, store.actor_name(a), store.actor(a).map(|x| x.alignment.as_str())));
    for (facet, id, name, alignment) in places.chain(actors) {
        let label = el("span", "");
        marked.push(Marked::new(&label, name.to_string()));
        let mut a = link(&Intent::ToggleChip(facet, id.clone()), "chip", "").attr("data-chip", facet.param()).attr("data-id", id);
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
                .child(text_el("span", "kind-badge", kind_label(e.kind)).attr("data-kind", e.kind.as_str()))
                .maybe(store.rests_on_opinion(&e.citations).then(|| opinion_tag().attr("title", "Reported only in an opinion piece"))),
        )
        .child(el("h3", "card-title").attr("id", &format!("title-{}", e.id)).child(El(toggle.0.clone())))
        .child(El(summary.0.clone()))
        .child(chip_row)
        .maybe(headline)
        .child(El(details.0.clone()));
    Card {
        event: index,
        article: article.0,
        toggle: toggle.0,
        summary: summary.0,
        details: details.0,
        chips,
        marked,
        detail_marked: Vec::new(),
    }
}

/// Fills the details of an expanded card: full summary, claims, disagreements,
/// citations and causal links.
pub fn build_details(ctx: Ctx, card: &mut Card) {
    let store = ctx.store;
    let e = &store.data.events[card.event];
    let mut marked = Vec::new();
    let full = el("p", "card-full-summary");
    marked.push(Marked::prose(store, &full, &e.summary, true));
    let mut root = el("div", "card-details").child(full).maybe(opinion_note(store, &e.citations));
    // Where the briefing joins two articles' accounts, it says so.
    if let Some(text) = e.inference.as_deref() {
        root = root.child(inference_el(ctx.store, text));
    }

    if !e.claims.is_empty() {
        let items = e.claims.iter().map(|c| {
            let statement = el("span", "");
            marked.push(Marked::prose(store, &statement, &c.statement, true));
            let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
            el("li", "claim")
                .attr("data-claim-id", &c.id)
                .child(el("p", "").child(text_el("strong", "claimant", store.actor_name(&c.claimant))).text(": ").child(statement))
                .maybe((!figures.is_empty()).then(|| text_el("p", "figures", &figures)))
                .maybe(opinion_note(store, &c.citations))
                .child(citations(ctx, &c.citations, &mut marked))
        });
        let items: Vec<El> = items.collect();
        root = root.child(
            el("section", "claims").attr("aria-label", "Claims").child(text_el("h4", "", "Claims")).child(el("ul", "").children(items)),
        );
    }

    let disagreements = store.disagreements_for(&e.id);
    if !disagreements.is_empty() {
        let blocks = disagreements.iter().map(|d| {
            let versions = d.versions.iter().map(|v| {
                el("li", "")
                    .child(with_prose(
                        el("p", "").child(text_el("strong", "", &store.source_label(&v.citation.source))).text(": "),
                        store,
                        &v.account,
                    ))
                    .child(citations(ctx, std::slice::from_ref(&v.citation), &mut marked))
            });
            el("div", "disagreement")
                .attr("data-disagreement-id", &d.id)
                .child(with_prose(el("p", "").child(text_el("strong", "", &d.title)).text(": "), store, &d.summary))
                .child(el("ul", "versions").children(versions))
        });
        root = root.child(
            el("section", "disagreements")
                .attr("aria-label", "Sources disagree")
                .child(text_el("h4", "", "Where sources disagree"))
                .children(blocks),
        );
    }

    root = root.child(el("section", "sources-cited").attr("aria-label", "Citations").child(text_el("h4", "", "Sources")).child(citations(
        ctx,
        &e.citations,
        &mut marked,
    )));

    let responds = e.responds_to.iter().filter_map(|id| store.event_index(id)).map(|i| (i, "In response to:"));
    let led_to = store.led_to[card.event].iter().map(|&i| (i, "Led to:"));
    let links: Vec<El> = responds
        .chain(led_to)
        .map(|(i, rel)| {
            let t = &store.data.events[i];
            el("li", "")
                .child(text_el("span", "link-rel", rel))
                .text(" ")
                .child(link(&Intent::OpenEvent(t.id.clone()), "", &as_read(store, &t.title)).attr("data-link-event", &t.id))
                .text(" ")
                .child(date_el(&t.date, t.precision, None))
        })
        .collect();
    if !links.is_empty() {
        root = root.child(
            el("section", "causal")
                .attr("aria-label", "Linked events")
                .child(text_el("h4", "", "Linked events"))
                .child(el("ul", "").children(links)),
        );
    }
    let _ = card.details.append_child(&root.0);
    card.detail_marked = marked;
}

pub fn set_expanded(ctx: Ctx, card: &mut Card, on: bool, terms: &[String]) {
    let _ = card.article.class_list().toggle_with_force("expanded", on);
    expanded(&card.toggle, on);
    // The collapsed summary gives way to the full one.
    flag(&card.summary, "hidden", on);
    if on {
        if card.detail_marked.is_empty() {
            build_details(ctx, card);
            card.detail_marked.iter_mut().for_each(|m| m.update(terms));
            // Now, not after the paint: Tab goes into the details next.
            refresh_within(ctx, &card.details);
        }
    } else {
        card.details.set_text_content(None);
        card.detail_marked.clear();
    }
}

pub fn set_chips(card: &Card, actors: &[String], places: &[String]) {
    for (a, facet, id, name) in &card.chips {
        let on = if *facet == Facet::Actor { actors.contains(id) } else { places.contains(id) };
        let _ = a.set_attribute("title", &if on { format!("Remove the {name} filter") } else { format!("Show only events with {name}") });
        let _ = if on { a.set_attribute("aria-current", "true") } else { a.remove_attribute("aria-current") };
    }
}
