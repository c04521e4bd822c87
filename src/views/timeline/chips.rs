//! The active filters as removable chips, and the empty state that suggests
//! which single filter to relax. Every chip carries the intent that removes its
//! filter; the view's delegated handler carries it out.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dom::{el, text_el, El};
use crate::components::links::action;
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::query::{self, active_filters, without, FilterRef};

/// The active filters as removable chips, with "Clear all"; nothing without filters.
/// Redrawn when the set of filters changes: the chip that had the focus hands it
/// to the chip now in its place, so Enter can remove filter after filter.
pub fn active_filters_el(chips: &[(String, FilterRef)]) -> Option<El> {
    let focused = document().active_element().and_then(|a| a.get_attribute("data-chip-index")).and_then(|i| i.parse::<usize>().ok());
    (!chips.is_empty()).then(|| {
        let block = el("div", "active-filters")
            .attr("aria-label", "Active filters")
            .child(el("ul", "chips").children(chips.iter().enumerate().map(|(i, (label, filter))| {
                el("li", "").child(
                    action(&Intent::RemoveFilter(filter.clone()), "chip active-chip", label)
                        .attr("data-chip-index", &i.to_string())
                        .attr("aria-label", &format!("Remove filter {label}"))
                        .child(text_el("span", "", " ×").attr("aria-hidden", "true")),
                )
            })))
            .child(action(&Intent::ClearFilters, "button ghost", "Clear all").attr("data-testid", "clear-all"));
        if let Some(i) = focused {
            let chip = block.0.query_selector(&format!("[data-chip-index=\"{}\"]", i.min(chips.len() - 1))).ok().flatten();
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
        let mut list: Vec<(String, FilterRef, usize)> = ctx.state.with(|s| {
            active_filters(ctx.store, &s.timeline)
                .into_iter()
                .map(|(label, filter)| {
                    let n = query::run(ctx.store, &without(&s.timeline, &filter)).events.len();
                    (label, filter, n)
                })
                .filter(|(_, _, n)| *n > 0)
                .collect()
        });
        crate::domain::sort::sort_by(&mut list, |a, b| b.2.cmp(&a.2));
        list.truncate(4);
        ul.set_text_content(None);
        for (label, filter, n) in list {
            let label = format!("Remove {label} ({n} {})", if n == 1 { "event" } else { "events" });
            let _ = ul.append_child(&el("li", "").child(action(&Intent::RemoveFilter(filter), "chip", &label)).0);
        }
    });
    el("div", "empty-state")
        .attr("data-testid", "empty-state")
        .child(el("p", "").child(text_el("strong", "", "No events match these filters.")))
        .child(text_el("p", "", "Try relaxing one of them:"))
        .child(suggestions)
}
