//! Timeline: filterable, searchable event cards. Dataset → query → cards; every
//! control reads and writes the URL state.

mod activity_chart;
mod card;
mod chips;
mod facets;
mod keyboard;
mod list;

use leptos::prelude::*;

use crate::components::dom::{el, on_change, scroll_into_view, set_text, text_el, El};
use crate::components::first_screen::now_or_soon;
use crate::components::links::{action, delegate};
use crate::components::prose::prose_el;
use crate::ctx::{after_paint, Ctx};
use crate::domain::intent::Intent;
use crate::domain::query::active_filters;
use crate::domain::url_state::Sort;

/// Cards rendered per step (two to three screens); more appear as the reader nears the
/// end. Fewer cards means less DOM work when a filter changes the result.
pub const PAGE: usize = 8;

/// Cards drawn in the frame that answers a keystroke or click: about one screen.
/// The rest of the page follows right after that frame is painted, so the reader
/// sees the new result within one frame even at 10,000 events.
const FIRST: usize = 4;

#[derive(Clone, PartialEq)]
enum Row {
    Phase(String, u32),
    Month(u32, usize),
    Card(usize),
}

impl Row {
    fn key(&self) -> String {
        match self {
            Row::Phase(id, at) => format!("p-{id}-{at}"),
            Row::Month(m, at) => format!("m-{m}-{at}"),
            Row::Card(i) => format!("e-{i}"),
        }
    }
}

/// Sorting: oldest or newest first.
fn sort_toggle(ctx: Ctx) -> El {
    action(&Intent::ToggleSort, "button sort-toggle", "").attr("data-testid", "sort-toggle").bind(move |b| {
        let newest = ctx.state.with(|s| s.timeline.sort == Sort::Newest);
        let _ = b.set_attribute(
            "aria-label",
            if newest { "Sorted newest first; switch to oldest first" } else { "Sorted oldest first; switch to newest first" },
        );
        set_text(b, if newest { "Newest first ↓" } else { "Oldest first ↑" });
    })
}

/// The view, drawn under the current owner.
pub fn view() -> El {
    let ctx = Ctx::expect();
    let store = ctx.store;
    let query = ctx.timeline;
    let (input, result) = (query.input, query.result);
    let open = Memo::new(move |_| ctx.state.with(|s| s.timeline.open.clone()));
    // One screen first, the rest of the first page after the paint: on start too, so
    // the start-up task (the first screen's takeover) draws only what is on screen.
    // Behind the static first screen the cards, like the chart, come in a task of
    // their own (the view took 110 ms at Lighthouse's 4× CPU slowdown as one task).
    let limit = RwSignal::new(0);
    let rest_after_paint = move || {
        after_paint(move || {
            if limit.try_get_untracked().is_some_and(|l| l < PAGE) {
                limit.set(PAGE);
            }
        })
    };
    now_or_soon(move || {
        if limit.try_get_untracked() == Some(0) {
            limit.set(FIRST);
        }
        rest_after_paint();
    });
    let chart_drawn = RwSignal::new(false);
    now_or_soon(move || {
        let _ = chart_drawn.try_set(true);
    });
    // A new query starts again from the top of its results.
    on_change(
        move || input.get(),
        move |_| {
            limit.set(FIRST);
            rest_after_paint();
        },
    );
    // A linked card must be rendered even when it sits far down the list.
    let shown = Memo::new(move |_| {
        let pos = open
            .with(|o| o.as_ref().and_then(|id| store.event_index(id)).and_then(|i| result.with(|r| r.events.iter().position(|&e| e == i))));
        let n = result.with(|r| r.events.len());
        limit.get().max(pos.map_or(0, |p| p + 10)).min(n)
    });

    let rows = Memo::new(move |_| {
        let n = shown.get();
        result.with(|r| {
            let mut rows = Vec::with_capacity(n * 2);
            let (mut month, mut phase) = (None, None);
            for (at, &i) in r.events[..n].iter().enumerate() {
                let e = &store.data.events[i];
                if phase.as_ref() != Some(&e.phase) {
                    phase = Some(e.phase.clone());
                    rows.push(Row::Phase(e.phase.clone(), at as u32));
                    month = None;
                }
                let m = store.event_dates[i].month_key();
                if month != Some(m) {
                    month = Some(m);
                    rows.push(Row::Month(m, at));
                }
                rows.push(Row::Card(i));
            }
            rows
        })
    });

    keyboard::install(result, limit, shown);

    // Near the end of the list, render the next page.
    let scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let w = window();
        let bottom = w.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(0.0) + w.scroll_y().unwrap_or(0.0);
        let height = document().body().map(|b| b.scroll_height() as f64).unwrap_or(0.0);
        if bottom > height - 1200.0 && shown.get_untracked() < result.with_untracked(|r| r.events.len()) {
            limit.update(|l| *l += PAGE);
        }
    });
    on_cleanup(move || scroll.remove());

    // Scroll a linked card into view once it is rendered. An `Effect` on purpose: its
    // first run waits until the view is drawn and mounted, as the scroll always has.
    Effect::new(move |_| {
        if let Some(id) = open.get() {
            request_animation_frame(move || {
                if let Ok(Some(el)) = document().query_selector(&format!("article.card[data-event-id=\"{id}\"]")) {
                    scroll_into_view(&el, web_sys::ScrollLogicalPosition::Start);
                    // When the link that led here went away (its card collapsed), focus
                    // moves to the card it opened instead of falling to the page.
                    if crate::components::focus_lost() {
                        if let Ok(card) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                            let _ = card.focus();
                        }
                    }
                }
            });
        }
    });

    let total = store.data.events.len();
    let count = move || result.with(|r| r.events.len());

    let top = el("div", "timeline-top").child(text_el("h1", "", "Timeline").id("timeline-heading")).child(
        el("details", "overview").child(text_el("summary", "", "What this briefing covers")).child(prose_el(
            store,
            "p",
            "view-intro",
            &store.data.meta.overview,
        )),
    );
    let layout = el("div", "timeline-layout").child(facets::facet_panel(ctx, result)).child(
        el("div", "timeline-main")
            .child(facets::search_bar(ctx))
            .dyn_child(move || chart_drawn.get(), move |&on| on.then(|| activity_chart::activity_chart(ctx, result)))
            .child(
                el("div", "result-bar")
                    .child(
                        el("p", "result-count")
                            .attr("role", "status")
                            .attr("aria-live", "polite")
                            .attr("data-testid", "result-count")
                            .bind(move |e| {
                                let n = count();
                                set_text(e, &if n == total { format!("{n} events") } else { format!("{n} of {total} events") });
                            }),
                    )
                    .child(sort_toggle(ctx)),
            )
            // Keyed by the chips' labels only: a keystroke elsewhere or an expanded card
            // leaves them (and the focus on one) in place.
            .dyn_child(move || ctx.state.with(|s| active_filters(store, &s.timeline)), move |chips| chips::active_filters_el(chips))
            .dyn_child(move || count() == 0, move |&empty| empty.then(|| chips::empty_state(ctx)))
            .child(list::card_list(ctx, list::Scene { rows, open, terms: query.terms }))
            .dyn_child(
                move || shown.get() < count(),
                move |&more| {
                    more.then(|| {
                        el("div", "more").child(
                            el("button", "button")
                                .bind(move |b| set_text(b, &format!("Show more ({} not shown yet)", count() - shown.get())))
                                .on("click", move |_| limit.update(|l| *l += PAGE)),
                        )
                    })
                },
            ),
    );
    let root = el("section", "view timeline-view").attr("aria-labelledby", "timeline-heading").child(top).child(layout);
    delegate(root, ctx, |intent, _| {
        // The chips and "Clear all" go away; the search box is where to start again.
        if *intent == Intent::ClearFilters {
            crate::components::focus_by_id("timeline-search");
        }
    })
}
