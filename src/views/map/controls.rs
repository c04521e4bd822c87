//! The time control: month by month through the conflict, or every month.
//! Its stops come from the whole dataset, so filtering never moves them.

use leptos::prelude::*;

use super::Scene;
use crate::components::dom::{el, flag, render_effect, set_text, set_value, text_el, El};
use crate::components::links::{action, set_intent};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::map::counts::{step_of, time_steps};
use crate::domain::url_state::month_of_key;

pub fn time_control(ctx: Ctx, scene: Scene) -> El {
    let store = ctx.store;
    let steps = time_steps(store);
    let n = steps.len();
    let months: Vec<u32> = steps.iter().map(|s| s.month).collect();
    let intent_at = move |pos: usize| Intent::MapMonth(pos.checked_sub(1).map(|i| month_of_key(months[i])));
    let slider = el("input", "")
        .id("map-month")
        .attr("type", "range")
        .attr("min", "0")
        .attr("max", &n.to_string())
        .attr("step", "1")
        .attr("data-testid", "map-month")
        .on("input", {
            let intent_at = intent_at.clone();
            move |ev| {
                let Some(input) = crate::components::dom::event_target(ev) else { return };
                let v = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(&input).value();
                ctx.apply(&intent_at(v.parse::<usize>().unwrap_or(0).min(n)));
            }
        });
    let value = el("output", "map-month-value").attr("for", "map-month").attr("data-testid", "map-month-value");
    let prev = action(&Intent::MapMonth(None), "button", "‹").attr("aria-label", "Previous month");
    let next = action(&Intent::MapMonth(None), "button", "›").attr("aria-label", "Next month");
    let all = action(&Intent::MapMonth(None), "button", "All months");
    let status = el("p", "map-count").attr("role", "status").attr("data-testid", "map-count");
    let parts = [slider.0.clone(), value.0.clone(), prev.0.clone(), next.0.clone(), all.0.clone(), status.0.clone()];
    let labels: Vec<String> = steps.iter().map(|s| s.label.clone()).collect();
    render_effect(move || {
        // Slider position: 0 for every month, i + 1 for stop i.
        let pos = ctx.state.with(|s| s.map.month.and_then(|m| step_of(store, m.month_key())).map_or(0, |i| i + 1));
        let label = if pos == 0 { "All months" } else { labels[pos - 1].as_str() };
        set_value(&parts[0], &pos.to_string());
        let _ = parts[0].set_attribute("aria-valuetext", label);
        set_text(&parts[1], label);
        flag(&parts[2], "disabled", pos <= 1);
        set_intent(&parts[2], &intent_at(pos.saturating_sub(1).max(1)));
        flag(&parts[3], "disabled", pos == n);
        set_intent(&parts[3], &intent_at((pos + 1).min(n)));
        flag(&parts[4], "disabled", pos == 0);
        let (placed, unplaced) = scene.shown.with(|s| (s.counts.placed, s.counts.unplaced));
        let mut text = format!("{placed} event{} on the map", if placed == 1 { "" } else { "s" });
        if unplaced > 0 {
            text.push_str(&format!("; {unplaced} with no place are not shown"));
        }
        set_text(&parts[5], &text);
    });
    el("div", "map-controls")
        .child(
            el("div", "date-control map-time")
                .child(text_el("label", "", "Month").attr("for", "map-month"))
                .child(prev)
                .child(slider)
                .child(next)
                .child(value)
                .child(all),
        )
        .child(status)
}
