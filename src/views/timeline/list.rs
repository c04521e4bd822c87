//! The card list: phase bands, month headings and event cards, kept in step with
//! the query's rows by key (`KeyedList`).
//!
//! Why plain DOM cards rather than Leptos' typed views under `<For>`: a filter
//! change or a keystroke can replace every rendered card. As typed views with
//! their own reactive nodes, each card cost about 1 ms to build and again to
//! drop, which alone broke the one-frame budget. Here a card is a few dozen DOM
//! calls, and what changes afterwards (search highlights, active chips, the
//! expanded card) is updated by three effects over the cards on screen. Links
//! and the card toggles carry intents, handled by the view's delegated listener.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::card::{build_card, set_chips, set_expanded, Card};
use super::Row;
use crate::components::dom::{el, event_target, on_change, render_effect, text_el, KeyedList};
use crate::components::links::refresh_soon;
use crate::components::prose::prose_el;
use crate::ctx::Ctx;
use crate::domain::date::month_heading;
use crate::domain::intent::Intent;

/// What the list is drawn from.
#[derive(Clone, Copy)]
pub struct Scene {
    pub rows: Memo<Vec<Row>>,
    pub open: Memo<Option<String>>,
    pub terms: Memo<Vec<String>>,
}

fn build_row(ctx: Ctx, row: &Row) -> (Element, Option<Card>) {
    let store = ctx.store;
    match row {
        Row::Phase(id, _) => {
            let phase = store.phase(id);
            let li = el("li", "phase-band")
                .attr("data-phase", id)
                .child(text_el("span", "phase-label", "Phase"))
                .child(text_el("strong", "", phase.map_or(id.as_str(), |p| p.name.as_str())))
                .child(prose_el(store, "span", "phase-desc", phase.map_or("", |p| p.description.as_str())));
            (li.0, None)
        }
        // Undated events keep their own labelled place, last in either order.
        Row::Month(0, _) => (
            el("li", "month-heading undated-heading")
                .attr("data-testid", "undated-heading")
                .child(text_el("h2", "", "Not dated in the sources"))
                .child(text_el("p", "", "The articles report these events without a date: they are placed in no month, listed last, and left out by any date range."))
                .0,
            None,
        ),
        Row::Month(m, _) => (el("li", "month-heading").child(text_el("h2", "", &month_heading(*m))).0, None),
        Row::Card(i) => {
            let card = build_card(ctx, *i);
            let li = el("li", "card-row").child(card.article.clone());
            (li.0, Some(card))
        }
    }
}

/// The list of rows. Four effects keep it in step: the rows themselves, search marks,
/// active chips, the expanded card. The last three skip their first run
/// (`on_change`), which the drawing of the rows covers.
pub fn card_list(ctx: Ctx, scene: Scene) -> crate::components::dom::El {
    let Scene { rows, open, terms } = scene;
    let live: Rc<RefCell<KeyedList<Option<Card>>>> = Rc::default();
    let filters = Memo::new(move |_| ctx.state.with(|s| (s.timeline.actors.clone(), s.timeline.places.clone())));

    let list = el("ol", "cards").attr("aria-label", "Events");
    {
        let live = live.clone();
        let ol = list.0.clone();
        render_effect(move || {
            let open_id = open.get_untracked();
            rows.with(|rows| {
                let keys: Vec<String> = rows.iter().map(Row::key).collect();
                let built = live.borrow_mut().update(&ol, &keys, |at| {
                    let (li, mut card) = build_row(ctx, &rows[at]);
                    if let Some(card) = card.as_mut() {
                        terms.with_untracked(|t| card.marked.iter_mut().for_each(|m| m.update(t)));
                        filters.with_untracked(|(a, p)| set_chips(card, a, p));
                        let e = &ctx.store.data.events[card.event];
                        if open_id.as_deref() == Some(e.id.as_str()) {
                            terms.with_untracked(|t| set_expanded(ctx, card, true, t));
                        }
                    }
                    (li, card)
                });
                if built {
                    refresh_soon(ctx);
                }
            });
        });
    }

    // Search: redraw the marks that changed.
    {
        let live = live.clone();
        on_change(
            move || terms.get(),
            move |t| {
                for card in live.borrow_mut().values_mut().flatten() {
                    card.marked.iter_mut().chain(card.detail_marked.iter_mut()).for_each(|m| m.update(t));
                }
            },
        );
    }

    // Actor and place filters: which chips are on.
    {
        let live = live.clone();
        on_change(move || filters.get(), move |(a, p)| live.borrow().values().flatten().for_each(|c| set_chips(c, a, p)));
    }

    // The expanded card, and the one that was.
    {
        let mut before: Option<String> = open.get_untracked();
        on_change(
            move || open.get(),
            move |now| {
                let mut live = live.borrow_mut();
                for id in [before.take(), now.clone()].into_iter().flatten() {
                    let on = now.as_deref() == Some(id.as_str());
                    let Some(i) = ctx.store.event_index(&id) else { continue };
                    if let Some(card) = live.get_mut(&Row::Card(i).key()).and_then(Option::as_mut) {
                        terms.with_untracked(|t| set_expanded(ctx, card, on, t));
                    }
                }
                before = now.clone();
            },
        );
    }

    // Enter on a card itself (not on a control inside it) expands it.
    list.on("keydown", move |ev| {
        if ev.unchecked_ref::<web_sys::KeyboardEvent>().key() != "Enter" {
            return;
        }
        let Some(article) = event_target(ev).filter(|t| t.tag_name() == "ARTICLE") else { return };
        let Some(id) = article.get_attribute("data-event-id") else { return };
        ev.prevent_default();
        ctx.apply(&Intent::ToggleCard(id));
    })
}
