//! Timeline: filterable, searchable event cards. Dataset → query → cards; every
//! control reads and writes the URL state.

mod activity_chart;
mod cards;
mod facets;
mod keyboard;

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::domain::query::{self, SearchHits, TimelineResult};
use crate::domain::search;
use crate::domain::url_state::{Sort, TimelineState};

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

/// The query's inputs without the expanded card, so expanding doesn't re-query.
fn query_input(t: &TimelineState) -> TimelineState {
    TimelineState { open: None, ..t.clone() }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let input = Memo::new(move |_| ctx.state.with(|s| query_input(&s.timeline)));
    let terms = Memo::new(move |_| input.with(|f| search::terms(&f.q)));
    // Searched once per change of terms (not per filter click); typing on only
    // re-checks the previous hits.
    let hits = Memo::new(move |prev: Option<&SearchHits>| SearchHits::new(store, terms.get(), prev));
    let result: Memo<TimelineResult> = Memo::new(move |_| hits.with(|h| input.with(|f| query::run_with(store, f, h))));
    let open = Memo::new(move |_| ctx.state.with(|s| s.timeline.open.clone()));
    let limit = RwSignal::new(PAGE);
    // A new query starts again from the top of its results: one screen now, the
    // rest of the first page after the paint.
    Effect::new(move |prev: Option<()>| {
        input.track();
        if prev.is_some() {
            limit.set(FIRST);
            crate::components::after_paint(move || {
                if limit.try_get_untracked().is_some_and(|l| l < PAGE) {
                    limit.set(PAGE);
                }
            });
        }
    });
    // A linked card must be rendered even when it sits far down the list.
    let shown = Memo::new(move |_| {
        let pos = open.with(|o| {
            o.as_ref().and_then(|id| store.event_index(id)).and_then(|i| result.with(|r| r.events.iter().position(|&e| e == i)))
        });
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

    // Scroll a linked card into view once it is rendered.
    Effect::new(move |_| {
        if let Some(id) = open.get() {
            request_animation_frame(move || {
                if let Ok(Some(el)) = document().query_selector(&format!("article.card[data-event-id=\"{id}\"]")) {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Start);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
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

    view! {
        <section class="view timeline-view" aria-labelledby="timeline-heading">
            <div class="timeline-top">
                <h1 id="timeline-heading">"Timeline"</h1>
                <details class="overview">
                    <summary>"What this briefing covers"</summary>
                    <p class="view-intro">{store.data.meta.overview.clone()}</p>
                </details>
            </div>
            <div class="timeline-layout">
                <facets::FacetPanel result/>
                <div class="timeline-main">
                    <facets::SearchBar/>
                    <activity_chart::ActivityChart result/>
                    <div class="result-bar">
                        <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
                            {move || {
                                let n = count();
                                if n == total {
                                    format!("{n} events")
                                } else {
                                    format!("{n} of {total} events")
                                }
                            }}
                        </p>
                        <SortToggle/>
                    </div>
                    <facets::ActiveFilters/>
                    {move || (count() == 0).then(|| view! { <facets::EmptyState/> })}
                    <cards::CardList rows open terms result/>
                    {move || {
                        (shown.get() < count())
                            .then(|| {
                                view! {
                                    <div class="more">
                                        <button class="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                                            {move || format!("Show more ({} not shown yet)", count() - shown.get())}
                                        </button>
                                    </div>
                                }
                            })
                    }}
                </div>
            </div>
        </section>
    }
}

#[component]
fn SortToggle() -> impl IntoView {
    let ctx = use_ctx();
    let newest = move || ctx.state.with(|s| s.timeline.sort == Sort::Newest);
    view! {
        <button
            class="button sort-toggle"
            data-testid="sort-toggle"
            aria-label=move || if newest() { "Sorted newest first; switch to oldest first" } else { "Sorted oldest first; switch to newest first" }
            on:click=move |_| {
                ctx.update(Nav::Push, |s| {
                    s.timeline.sort = if s.timeline.sort == Sort::Newest { Sort::Oldest } else { Sort::Newest };
                })
            }
        >
            {move || if newest() { "Newest first ↓" } else { "Oldest first ↑" }}
        </button>
    }
}

/// The view, drawn under the current owner.
pub fn view() -> crate::components::dom::El {
    crate::app::legacy(TimelineView)
}
