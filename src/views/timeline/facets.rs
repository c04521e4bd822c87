//! Search box, facet checkboxes with counts, active-filter chips, empty state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{use_ctx, Nav};
use crate::domain::date::PartialDate;
use crate::domain::model::{Alignment, EventKind, Precision};
use crate::domain::query::{self, alignment_label, kind_label, toggle, Facet, TimelineResult};
use crate::domain::url_state::TimelineState;
use crate::views::narratives::dom::{el, text_el, El};

/// Options shown before "Show all" on long facets.
const SHORT_LIST: usize = 8;

#[component]
pub fn SearchBar() -> impl IntoView {
    let ctx = use_ctx();
    let q = move || ctx.state.with(|s| s.timeline.q.clone());
    view! {
        <div class="search-bar" role="search">
            <label for="timeline-search" class="visually-hidden">"Search events"</label>
            <input
                id="timeline-search"
                type="search"
                placeholder="Search titles, claims, quotes, actors, places…  ( / )"
                autocomplete="off"
                spellcheck="false"
                prop:value=q
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    // The first keystroke makes a history entry; the rest refine it.
                    let nav = if ctx.state.with_untracked(|s| s.timeline.q.is_empty()) { Nav::Push } else { Nav::Replace };
                    ctx.update(nav, |s| {
                        s.timeline.q = value;
                        s.timeline.open = None;
                    });
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        ctx.update(Nav::Push, |s| s.timeline.q.clear());
                    }
                }
            />
        </div>
    }
}

/// The facet options are rendered once, in a stable order (by their counts over the
/// whole dataset); only counts, checks and dimming update as filters change. That
/// keeps a keystroke from rebuilding a hundred checkboxes, and options from jumping.
#[component]
pub fn FacetPanel(result: Memo<TimelineResult>) -> impl IntoView {
    let ctx = use_ctx();
    let layout = query::run(ctx.store, &TimelineState::default()).facets;
    view! {
        <aside class="facet-panel" aria-label="Filters" data-digits=ctx.store.data.events.len().to_string().len()>
            // Open beside the cards on wide screens; folded above them on phones.
            <details class="facet-details" open=crate::components::is_wide()>
                <summary>"Filters"</summary>
                <DateRange/>
                {layout
                    .into_iter()
                    .enumerate()
                    .map(|(slot, (facet, options))| view! { <FacetGroup facet index=slot options result/> })
                    .collect_view()}
            </details>
        </aside>
    }
}

/// One drawn option and what it shows now: (count, checked, hidden).
struct OptionEl {
    value: String,
    li: web_sys::Element,
    input: web_sys::HtmlInputElement,
    count: web_sys::Element,
    shown: Option<(usize, bool, bool)>,
}

/// One facet's checkboxes. Drawn once as plain DOM; one effect then updates counts,
/// checks and dimming (about a hundred options would otherwise be four hundred
/// reactive bindings, each re-run on every keystroke).
#[component]
fn FacetGroup(facet: Facet, index: usize, options: Vec<query::FacetOption>, result: Memo<TimelineResult>) -> impl IntoView {
    let ctx = use_ctx();
    let show_all = RwSignal::new(false);
    let long = options.len() > SHORT_LIST;
    let hidden_count = options.len().saturating_sub(SHORT_LIST);
    let list = NodeRef::<leptos::html::Ul>::new();
    let drawn: std::rc::Rc<std::cell::RefCell<Vec<OptionEl>>> = Default::default();
    let options = std::cell::Cell::new(Some(options));
    {
        let drawn = drawn.clone();
        Effect::new(move |_| {
            let Some(ul) = list.get() else { return };
            let mut drawn = drawn.borrow_mut();
            if let Some(options) = options.take() {
                for o in options {
                    let id = format!("facet-{}-{}", facet.param(), o.value);
                    let input = el("input", "").attr("type", "checkbox").attr("id", &id).attr("data-value", &o.value);
                    let count = el("span", "facet-count");
                    let li = el("li", "").child(El(input.0.clone())).child(
                        el("label", "").attr("for", &id).child(text_el("span", "facet-label", &o.label).attr("title", &o.label)).child(El(count.0.clone())),
                    );
                    let _ = ul.append_child(&li.0);
                    drawn.push(OptionEl { value: o.value, li: li.0, input: input.0.unchecked_into(), count: count.0, shown: None });
                }
            }
            let all = show_all.get();
            result.with(|r| {
                let now = &r.facets[index].1;
                for (i, d) in drawn.iter_mut().enumerate() {
                    let (count, active) = now.iter().find(|o| o.value == d.value).map_or((0, false), |o| (o.count, o.active));
                    let hidden = !(i < SHORT_LIST || all || active);
                    let next = (count, active, hidden);
                    if d.shown == Some(next) {
                        continue;
                    }
                    let before = d.shown.replace(next);
                    if before.map(|b| b.0) != Some(count) {
                        d.count.set_text_content(Some(&count.to_string()));
                    }
                    let _ = d.li.class_list().toggle_with_force("zero", count == 0 && !active);
                    d.input.set_checked(active);
                    if hidden {
                        let _ = d.li.set_attribute("hidden", "");
                    } else {
                        let _ = d.li.remove_attribute("hidden");
                    }
                }
            });
        });
    }
    let on_change = move |ev: web_sys::Event| {
        let Some(value) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.get_attribute("data-value")) else {
            return;
        };
        ctx.update(Nav::Push, |s| {
            toggle(&mut s.timeline, facet, &value);
            s.timeline.open = None;
        });
    };
    view! {
        <fieldset class="facet" data-facet=facet.param() on:change=on_change>
            <legend>{facet.label()}</legend>
            <ul node_ref=list></ul>
            {long
                .then(|| {
                    view! {
                        <button class="button ghost facet-more" aria-expanded=move || show_all.get().to_string() on:click=move |_| show_all.update(|v| *v = !*v)>
                            {move || if show_all.get() { "Show fewer".to_string() } else { format!("Show all ({hidden_count} more)") }}
                        </button>
                    }
                })}
        </fieldset>
    }
}

/// Date inputs for the range; the activity chart sets the same fields by dragging.
#[component]
fn DateRange() -> impl IntoView {
    let ctx = use_ctx();
    let value = move |from: bool| {
        ctx.state.with(|s| {
            let d = if from { s.timeline.from } else { s.timeline.to };
            d.map(|d| {
                // A date input needs a full day: a month starts on its first day, or ends on its last.
                if from {
                    format!("{:04}-{:02}-{:02}", d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
                } else {
                    let end = d.end_key();
                    format!("{:04}-{:02}-{:02}", end / 10000, end / 100 % 100, end % 100)
                }
            })
            .unwrap_or_default()
        })
    };
    let set = move |from: bool, text: String| {
        let date = PartialDate::parse(&text);
        ctx.update(Nav::Push, |s| {
            if from {
                s.timeline.from = date;
            } else {
                s.timeline.to = date;
            }
        });
    };
    view! {
        <fieldset class="facet date-range" data-facet="date">
            <legend>"Date range"</legend>
            <label>
                "From "
                <input type="date" data-testid="date-from" prop:value=move || value(true) on:change=move |ev| set(true, event_target_value(&ev))/>
            </label>
            <label>
                "To "
                <input type="date" data-testid="date-to" prop:value=move || value(false) on:change=move |ev| set(false, event_target_value(&ev))/>
            </label>
        </fieldset>
    }
}

/// Every active filter as a removable chip: (label, state without it).
fn active_filters(ctx: &crate::app::Ctx, t: &TimelineState) -> Vec<(String, TimelineState)> {
    let store = ctx.store;
    let mut out = Vec::new();
    if !t.q.trim().is_empty() {
        out.push((format!("Search: “{}”", t.q.trim()), TimelineState { q: String::new(), ..t.clone() }));
    }
    let mut each = |facet: Facet, values: Vec<String>, label: &dyn Fn(&str) -> String| {
        for v in values {
            let mut without = t.clone();
            toggle(&mut without, facet, &v);
            out.push((format!("{}: {}", facet.label(), label(&v)), without));
        }
    };
    each(Facet::Kind, t.kinds.iter().map(|k| k.as_str().to_string()).collect(), &|v| {
        EventKind::parse(v).map(kind_label).unwrap_or(v).to_string()
    });
    each(Facet::Actor, t.actors.clone(), &|v| store.actor_name(v).to_string());
    each(Facet::Place, t.places.clone(), &|v| store.place_name(v).to_string());
    each(Facet::Alignment, t.alignments.iter().map(|a| a.as_str().to_string()).collect(), &|v| {
        Alignment::parse(v).map(alignment_label).unwrap_or(v).to_string()
    });
    each(Facet::Phase, t.phases.clone(), &|v| store.phase(v).map(|p| p.name.clone()).unwrap_or(v.to_string()));
    each(Facet::Tag, t.tags.clone(), &|v| v.to_string());
    if let Some(d) = t.from {
        out.push((format!("From {}", d.display(Precision::Approximate).trim_start_matches("c. ")), TimelineState { from: None, ..t.clone() }));
    }
    if let Some(d) = t.to {
        out.push((format!("To {}", d.display(Precision::Approximate).trim_start_matches("c. ")), TimelineState { to: None, ..t.clone() }));
    }
    out
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let ctx = use_ctx();
    let chips = move || ctx.state.with(|s| active_filters(&ctx, &s.timeline));
    move || {
        let chips = chips();
        (!chips.is_empty()).then(|| {
            view! {
                <div class="active-filters" aria-label="Active filters">
                    <ul class="chips">
                        {chips
                            .into_iter()
                            .map(|(label, without)| {
                                view! {
                                    <li>
                                        <button
                                            class="chip active-chip"
                                            aria-label=format!("Remove filter {label}")
                                            on:click=move |_| ctx.update(Nav::Push, |s| s.timeline = without.clone())
                                        >
                                            {label.clone()}
                                            <span aria-hidden="true">" ×"</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <button class="button ghost" data-testid="clear-all" on:click=move |_| ctx.update(Nav::Push, |s| s.timeline = s.timeline.cleared())>
                        "Clear all"
                    </button>
                </div>
            }
        })
    }
}

/// No matches: say which single filter to relax, and how many events that would bring back.
#[component]
pub fn EmptyState() -> impl IntoView {
    let ctx = use_ctx();
    let suggestions = move || {
        ctx.state.with(|s| {
            let mut list: Vec<(String, TimelineState, usize)> = active_filters(&ctx, &s.timeline)
                .into_iter()
                .map(|(label, without)| {
                    let n = query::run(ctx.store, &without).events.len();
                    (label, without, n)
                })
                .filter(|(_, _, n)| *n > 0)
                .collect();
            list.sort_by(|a, b| b.2.cmp(&a.2));
            list.truncate(4);
            list
        })
    };
    view! {
        <div class="empty-state" data-testid="empty-state">
            <p><strong>"No events match these filters."</strong></p>
            <p>"Try relaxing one of them:"</p>
            <ul class="chips suggestions">
                {move || {
                    suggestions()
                        .into_iter()
                        .map(|(label, without, n)| {
                            view! {
                                <li>
                                    <button class="chip" on:click=move |_| ctx.update(Nav::Push, |s| s.timeline = without.clone())>
                                        {format!("Remove {label} ({n} events)")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
