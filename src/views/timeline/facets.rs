//! Search box, facet checkboxes with counts, active-filter chips, empty state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::app::{Ctx, Nav};
use crate::components::dom::{el, event_target, text_el, El};
use crate::domain::date::PartialDate;
use crate::domain::model::{Alignment, EventKind, Precision};
use crate::domain::query::{self, alignment_label, kind_label, toggle, Facet, TimelineResult};
use crate::domain::url_state::TimelineState;

/// Options shown before "Show all" on long facets.
const SHORT_LIST: usize = 8;

/// Sets an input's value when the state's value for it changed since it was last
/// set, not merely because it differs from what is in the field: an edit the
/// reader has not finished stays until the state itself moves.
fn sync_value(input: &Element, last: &mut Option<String>, next: String) {
    if last.as_ref() != Some(&next) {
        input.unchecked_ref::<HtmlInputElement>().set_value(&next);
        *last = Some(next);
    }
}

/// Sets a date field on every change of the state, as the search box does not:
/// a half-typed date ("10/dd/yyyy") has an empty value, so comparing values would
/// leave it in place after "Clear all". Only a field being edited whose own value
/// did not change is left alone.
fn sync_date(input: &Element, last: &mut Option<String>, next: String) {
    let field = input.unchecked_ref::<HtmlInputElement>();
    // Untouched fields that already agree are not written: no work in the frame.
    let stale = field.value() != next || field.validity().bad_input();
    let editing = document().active_element().as_ref() == Some(input);
    if stale && (!editing || last.as_ref() != Some(&next)) {
        field.set_value(&next);
    }
    // For the stylesheet: WebKit draws an empty date field as today's date, greyed.
    if input.has_attribute("data-empty") != next.is_empty() {
        crate::components::dom::flag(input, "data-empty", next.is_empty());
    }
    *last = Some(next);
}

/// The value of the input an event came from.
fn input_value(ev: &web_sys::Event) -> Option<(Element, String)> {
    let input = event_target(ev)?;
    let value = input.dyn_ref::<HtmlInputElement>()?.value();
    Some((input, value))
}

pub fn search_bar(ctx: Ctx) -> El {
    let mut last = None;
    let input = el("input", "")
        .id("timeline-search")
        .attr("type", "search")
        .attr("placeholder", "Search titles, claims, quotes, actors, places…  ( / )")
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .bind(move |e| sync_value(e, &mut last, ctx.state.with(|s| s.timeline.q.clone())))
        .on("input", move |ev| {
            let Some((_, value)) = input_value(&ev) else { return };
            // The first keystroke makes a history entry; the rest refine it.
            let nav = if ctx.state.with_untracked(|s| s.timeline.q.is_empty()) { Nav::Push } else { Nav::Replace };
            ctx.update(nav, |s| {
                s.timeline.q = value;
                s.timeline.open = None;
            });
        })
        .on("keydown", move |ev| {
            if ev.unchecked_ref::<web_sys::KeyboardEvent>().key() == "Escape" {
                ev.prevent_default();
                ctx.update(Nav::Push, |s| s.timeline.q.clear());
            }
        });
    el("div", "search-bar")
        .attr("role", "search")
        .child(text_el("label", "visually-hidden", "Search events").attr("for", "timeline-search"))
        .child(input)
}

/// The facet options are rendered once, in a stable order (by their counts over the
/// whole dataset); only counts, checks and dimming update as filters change. That
/// keeps a keystroke from rebuilding a hundred checkboxes, and options from jumping.
pub fn facet_panel(ctx: Ctx, result: Memo<TimelineResult>) -> El {
    let layout = query::run(ctx.store, &TimelineState::default()).facets;
    // Open beside the cards on wide screens; folded above them on phones.
    let mut details = el("details", "facet-details");
    if crate::components::is_wide() {
        details = details.attr("open", "");
    }
    let details = details
        .child(text_el("summary", "", "Filters"))
        .child(date_range(ctx))
        .children(layout.into_iter().enumerate().map(|(slot, (facet, options))| facet_group(ctx, facet, slot, options, result)));
    el("aside", "facet-panel")
        .attr("aria-label", "Filters")
        .attr("data-digits", &ctx.store.data.events.len().to_string().len().to_string())
        .child(details)
}

/// One drawn option and what it shows now: (count, checked, hidden).
struct OptionEl {
    value: String,
    li: Element,
    input: HtmlInputElement,
    count: Element,
    shown: Option<(usize, bool, bool)>,
}

/// One facet's checkboxes. Drawn once as plain DOM; one effect then updates counts,
/// checks and dimming (about a hundred options would otherwise be four hundred
/// reactive bindings, each re-run on every keystroke). Changes are handled by one
/// listener on the fieldset.
fn facet_group(ctx: Ctx, facet: Facet, index: usize, options: Vec<query::FacetOption>, result: Memo<TimelineResult>) -> El {
    let show_all = RwSignal::new(false);
    let long = options.len() > SHORT_LIST;
    let hidden_count = options.len().saturating_sub(SHORT_LIST);
    let mut drawn = Vec::with_capacity(options.len());
    let list = el("ul", "").children(options.into_iter().map(|o| {
        let id = format!("facet-{}-{}", facet.param(), o.value);
        let input = el("input", "").attr("type", "checkbox").attr("id", &id).attr("data-value", &o.value);
        let count = el("span", "facet-count");
        let li = el("li", "").child(El(input.0.clone())).child(
            el("label", "").attr("for", &id).child(text_el("span", "facet-label", &o.label).attr("title", &o.label)).child(El(count.0.clone())),
        );
        drawn.push(OptionEl { value: o.value, li: li.0.clone(), input: input.0.unchecked_into(), count: count.0, shown: None });
        li
    }));
    let list = list.bind(move |_| {
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
    let more = long.then(|| {
        el("button", "button ghost facet-more")
            .bind(move |b| {
                let all = show_all.get();
                let _ = b.set_attribute("aria-expanded", if all { "true" } else { "false" });
                crate::components::dom::set_text(b, &if all { "Show fewer".to_string() } else { format!("Show all ({hidden_count} more)") });
            })
            .on("click", move |_| show_all.update(|v| *v = !*v))
    });
    el("fieldset", "facet")
        .attr("data-facet", facet.param())
        .child(text_el("legend", "", facet.label()))
        .child(list)
        .maybe(more)
        .on("change", move |ev| {
            let Some(value) = event_target(&ev).and_then(|e| e.get_attribute("data-value")) else { return };
            ctx.update(Nav::Push, |s| {
                toggle(&mut s.timeline, facet, &value);
                s.timeline.open = None;
            });
        })
}

/// A date input needs a full day: a month starts on its first day, or ends on its last.
fn day_value(d: Option<PartialDate>, from: bool) -> String {
    d.map(|d| {
        if from {
            format!("{:04}-{:02}-{:02}", d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
        } else {
            let end = d.end_key();
            format!("{:04}-{:02}-{:02}", end / 10000, end / 100 % 100, end % 100)
        }
    })
    .unwrap_or_default()
}

/// Date inputs for the range; the activity chart sets the same fields by dragging.
/// One effect keeps both in step and one listener takes both changes.
fn date_range(ctx: Ctx) -> El {
    let from = el("input", "").attr("type", "date").attr("data-testid", "date-from");
    let to = el("input", "").attr("type", "date").attr("data-testid", "date-to");
    let (from_el, to_el) = (from.0.clone(), to.0.clone());
    let mut last = (None, None);
    el("fieldset", "facet date-range")
        .attr("data-facet", "date")
        .child(text_el("legend", "", "Date range"))
        .child(el("label", "").text("From ").child(from))
        .child(el("label", "").text("To ").child(to))
        .bind(move |_| {
            let (a, b) = ctx.state.with(|s| (day_value(s.timeline.from, true), day_value(s.timeline.to, false)));
            sync_date(&from_el, &mut last.0, a);
            sync_date(&to_el, &mut last.1, b);
        })
        .on("change", move |ev| {
            let Some((input, text)) = input_value(&ev) else { return };
            let from = input.get_attribute("data-testid").as_deref() == Some("date-from");
            let date = PartialDate::parse(&text);
            ctx.update(Nav::Push, |s| {
                if from {
                    s.timeline.from = date;
                } else {
                    s.timeline.to = date;
                }
            });
        })
}

/// Every active filter as a removable chip: (label, state without it).
pub fn active_filters(ctx: &Ctx, t: &TimelineState) -> Vec<(String, TimelineState)> {
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

/// A chip that puts the timeline in the state `without` (one filter fewer).
fn remove_chip(ctx: Ctx, class: &str, label: &str, without: TimelineState) -> El {
    text_el("button", class, label).on("click", move |_| ctx.update(Nav::Push, |s| s.timeline = without.clone()))
}

/// Removes the active filter labelled `label`, as the state is now.
fn remove_active(ctx: Ctx, label: &str) {
    let without = ctx.state.with_untracked(|s| active_filters(&ctx, &s.timeline).into_iter().find(|(l, _)| l == label));
    if let Some((_, without)) = without {
        ctx.update(Nav::Push, |s| s.timeline = without);
    }
}

/// The active filters as removable chips, with "Clear all"; nothing without filters.
/// Redrawn when the set of filters changes: the chip that had the focus hands it
/// to the chip now in its place, so Enter can remove filter after filter.
pub fn active_filters_el(ctx: Ctx, labels: &[String]) -> Option<El> {
    let focused = document()
        .active_element()
        .and_then(|a| a.get_attribute("data-chip-index"))
        .and_then(|i| i.parse::<usize>().ok());
    (!labels.is_empty()).then(|| {
        let block = el("div", "active-filters")
            .attr("aria-label", "Active filters")
            .child(el("ul", "chips").children(labels.iter().enumerate().map(|(i, label)| {
                let chip_label = label.clone();
                el("li", "").child(
                    text_el("button", "chip active-chip", label)
                        .attr("data-chip-index", &i.to_string())
                        .attr("aria-label", &format!("Remove filter {label}"))
                        .child(text_el("span", "", " ×").attr("aria-hidden", "true"))
                        .on("click", move |_| remove_active(ctx, &chip_label)),
                )
            })))
            .child(
                text_el("button", "button ghost", "Clear all")
                    .attr("data-testid", "clear-all")
                    .on("click", move |_| {
                        ctx.update(Nav::Push, |s| s.timeline = s.timeline.cleared());
                        // The chips and this button go away; the search box is where to start again.
                        crate::components::focus_by_id("timeline-search");
                    }),
            );
        if let Some(i) = focused {
            let chip = block.0.query_selector(&format!("[data-chip-index=\"{}\"]", i.min(labels.len() - 1))).ok().flatten();
            // After the redraw is in the page (the old chip, and the focus, are gone by then).
            request_animation_frame(move || {
                if let Some(chip) = chip.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
                    if crate::components::focus_lost() {
                        let _ = chip.focus();
                    }
                }
            });
        }
        block
    })
}

/// No matches: say which single filter to relax, and how many events that would bring back.
pub fn empty_state(ctx: Ctx) -> El {
    let suggestions = el("ul", "chips suggestions").bind(move |ul| {
        let mut list: Vec<(String, TimelineState, usize)> = ctx.state.with(|s| {
            active_filters(&ctx, &s.timeline)
                .into_iter()
                .map(|(label, without)| {
                    let n = query::run(ctx.store, &without).events.len();
                    (label, without, n)
                })
                .filter(|(_, _, n)| *n > 0)
                .collect()
        });
        crate::domain::sort::sort_by(&mut list, |a, b| b.2.cmp(&a.2));
        list.truncate(4);
        ul.set_text_content(None);
        for (label, without, n) in list {
            let _ = ul.append_child(&el("li", "").child(remove_chip(ctx, "chip", &format!("Remove {label} ({n} {})", if n == 1 { "event" } else { "events" }), without)).0);
        }
    });
    el("div", "empty-state")
        .attr("data-testid", "empty-state")
        .child(el("p", "").child(text_el("strong", "", "No events match these filters.")))
        .child(text_el("p", "", "Try relaxing one of them:"))
        .child(suggestions)
}
