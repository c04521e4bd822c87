//! Events per month, stacked by kind. Dragging across it sets the date range;
//! hovering reads out one month.
//!
//! Drawn as one `<path>` per kind rather than a `<rect>` per bar: a filter change
//! then rewrites about ten attributes instead of rebuilding hundreds of elements
//! (60 months × 10 kinds at 10,000 events). Coordinates are whole viewBox units.

use std::fmt::Write;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::dom::{el, svg, El};
use crate::ctx::Ctx;
use crate::domain::date::{month_label, PartialDate};
use crate::domain::intent::Intent;
use crate::domain::labels::kind_label;
use crate::domain::model::EventKind;
use crate::domain::query::{self, MonthBucket, TimelineResult};

/// Width of one month's slot and the chart's height, in viewBox units.
const SLOT: usize = 10;
const HEIGHT: usize = 1000;
const AXIS: usize = 20;

fn month_date(m: u32) -> PartialDate {
    let month = (m % 100) as u8;
    PartialDate { year: (m / 100) as u16, month: (month > 0).then_some(month), day: None }
}

/// One path per kind in `kinds`: a stacked bar for each month with events.
fn bar_paths(activity: &[MonthBucket], months: &[u32], kinds: &[EventKind]) -> Vec<String> {
    let max = activity.iter().map(|b| b.by_kind.iter().sum::<usize>()).max().unwrap_or(1).max(1);
    let room = HEIGHT - AXIS - 40;
    let mut paths = vec![String::new(); kinds.len()];
    for b in activity {
        let Ok(slot) = months.binary_search(&b.month) else { continue };
        let mut below = 0;
        for (path, kind) in paths.iter_mut().zip(kinds) {
            let c = b.by_kind[EventKind::ALL.iter().position(|k| k == kind).unwrap_or(0)];
            if c == 0 {
                continue;
            }
            // Heights from running totals, so stacked parts never drift apart by rounding.
            let (lo, hi) = (below * room / max, (below + c) * room / max);
            below += c;
            let top = HEIGHT - AXIS - hi;
            let _ = write!(path, "M{} {}h{}v{}h-{}z", slot * SLOT + 1, top, SLOT - 2, (hi - lo).max(1), SLOT - 2);
        }
    }
    paths
}

/// The month under the pointer.
fn bucket_at(ev: &web_sys::PointerEvent, n: usize) -> Option<usize> {
    let target = ev.current_target()?;
    let el: &web_sys::Element = target.dyn_ref()?;
    let rect = el.get_bounding_client_rect();
    let x = (ev.client_x() as f64 - rect.left()) / rect.width().max(1.0);
    Some(((x * n as f64).floor().max(0.0) as usize).min(n - 1))
}

pub fn activity_chart(ctx: Ctx, result: Memo<TimelineResult>) -> El {
    let store = ctx.store;
    // One slot per month that has events in the dataset: quiet years collapse, so
    // the busy months stay readable. The axis stays put while filtering.
    // Undated events have no month, so no slot: a note under the chart counts them.
    let months: &'static [u32] = store.dated_months();
    let n = months.len().max(1);
    let width = n * SLOT;
    let kinds: &'static [EventKind] = &store.kinds_present;
    let drag: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let hover: RwSignal<Option<usize>> = RwSignal::new(None);

    // One effect rewrites the paths whose shape changed.
    let bars: Vec<Element> = kinds.iter().map(|k| svg("path").attr("class", "bar").attr("data-kind", k.as_str()).0).collect();
    let mut drawn: Vec<String> = Vec::new();
    let bars_g = svg("g").attr("class", "bars").children(bars.iter().map(|p| El(p.clone()))).bind(move |_| {
        let next = result.with(|r| bar_paths(&r.activity, months, kinds));
        for (j, (path, d)) in bars.iter().zip(&next).enumerate() {
            if drawn.get(j) != Some(d) {
                let _ = path.set_attribute("d", d);
            }
        }
        drawn = next;
    });

    // The selected range, from the URL or from a drag in progress.
    let range = move || {
        drag.get().map(|(a, b)| (a.min(b), a.max(b))).or_else(|| {
            ctx.state.with(|s| {
                let (from, to) = (s.timeline.from?, s.timeline.to?);
                let a = months.iter().position(|k| *k >= from.month_key())?;
                let b = months.iter().rposition(|k| *k <= to.month_key())?;
                Some((a, b))
            })
        })
    };

    // Labels are an SVG of their own under the chart, without a viewBox, so they keep
    // their size when the chart stretches; placed by attributes (x="15.384%"), as a
    // style would break the strict CSP in the build-time first screen.
    let step = n.div_ceil(8).max(1);
    let labels = months.iter().enumerate().filter(|(i, _)| i % step == 0).map(|(i, m)| {
        // Labels in the last quarter end at their bar's right edge, so they fit.
        let end = i * 4 >= n * 3;
        let per_mille = if end { (i + 1) * 100_000 / n } else { i * 100_000 / n };
        let label = svg("text")
            .attr("class", "axis-label")
            .attr("x", &format!("{}.{:03}%", per_mille / 1000, per_mille % 1000))
            .attr("y", "1.1em")
            .text(&month_label(*m));
        if end {
            label.attr("text-anchor", "end")
        } else {
            label
        }
    });

    // Every pointer event on the chart goes to one handler.
    let on_pointer = move |ev: &web_sys::Event| {
        let ev: &web_sys::PointerEvent = ev.unchecked_ref();
        match ev.type_().as_str() {
            "pointerdown" => {
                if let Some(i) = bucket_at(ev, n) {
                    drag.set(Some((i, i)));
                    // Keep receiving the drag when the pointer leaves the chart, so a
                    // range can run to its first or last month.
                    if let Some(el) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                }
            }
            "pointermove" => {
                let i = bucket_at(ev, n);
                if hover.get_untracked() != i {
                    hover.set(i);
                }
                if let (Some((a, _)), Some(i)) = (drag.get_untracked(), i) {
                    drag.set(Some((a, i)));
                }
            }
            "pointerup" => {
                let Some((a, b)) = drag.get_untracked().filter(|_| !months.is_empty()) else { return };
                let b = bucket_at(ev, n).unwrap_or(b);
                drag.set(None);
                // A tap on a touch screen reads the month out; only a drag sets the range.
                if a == b && ev.pointer_type() == "touch" {
                    hover.set(Some(a));
                    return;
                }
                let (lo, hi) = (a.min(b), a.max(b));
                let (from, to) = (month_date(months[lo]), month_date(months[hi]));
                ctx.apply(&Intent::Range(from, to));
            }
            "pointercancel" => drag.set(None),
            _ => {
                // pointerleave
                if ev.pointer_type() != "touch" {
                    hover.set(None);
                }
            }
        }
    };

    let axis_y = (HEIGHT - AXIS).to_string();
    let mut chart = svg("svg")
        .attr("viewBox", &format!("0 0 {width} {HEIGHT}"))
        .attr("preserveAspectRatio", "none")
        .attr("role", "img")
        .attr(
            "aria-label",
            "Events per month by kind (months without events are left out). Drag across to set the date range; the date fields under Filters do the same from the keyboard.",
        )
        .attr("data-testid", "activity-chart");
    for event in ["pointerdown", "pointermove", "pointerup", "pointercancel", "pointerleave"] {
        chart = chart.on(event, on_pointer);
    }
    let chart = chart
        .dyn_child(range, |r| {
            // A range whose end month comes before its start month (a day range
            // inside a year-only end, say) has no extent to draw.
            r.filter(|(a, b)| b >= a).map(|(a, b)| {
                svg("rect")
                    .attr("class", "selection")
                    .attr("x", &(a * SLOT).to_string())
                    .attr("y", "0")
                    .attr("width", &((b - a + 1) * SLOT).to_string())
                    .attr("height", &(HEIGHT - AXIS).to_string())
            })
        })
        .child(bars_g)
        .child(svg("line").attr("class", "axis").attr("x1", "0").attr("x2", &width.to_string()).attr("y1", &axis_y).attr("y2", &axis_y));

    let readout = el("span", "chart-readout").attr("data-testid", "chart-readout").bind(move |e| {
        let text = hover.get().and_then(|i| months.get(i).copied()).map(|m| result.with(|r| query::month_summary(&r.activity, m)));
        crate::components::dom::set_text(
            e,
            text.as_deref().unwrap_or("Point at a bar to read its month; drag across bars to set the range."),
        );
    });
    let undated = el("p", "chart-undated").attr("data-testid", "chart-undated").bind(move |e| {
        let n = result.with(|r| r.undated);
        crate::components::dom::flag(e, "hidden", n == 0);
        crate::components::dom::set_text(e, &crate::domain::date::undated_not_charted(n));
    });
    el("figure", "activity-chart")
        .child(chart)
        .child(svg("svg").attr("class", "axis-labels").attr("aria-hidden", "true").children(labels))
        // The note on undated events is the caption's last line: a figure's caption must
        // be its first or last child (the Nu HTML checker).
        .child(
            el("figcaption", "chart-legend")
                .child(readout)
                .children(kinds.iter().map(|k| {
                    el("span", "legend-item").child(el("span", "legend-swatch").attr("data-kind", k.as_str())).text(kind_label(*k))
                }))
                .child(undated),
        )
}
