//! Events per month, stacked by kind. Dragging across it sets the date range;
//! hovering reads out one month.
//!
//! Drawn as one `<path>` per kind rather than a `<rect>` per bar: a filter change
//! then rewrites about ten attributes instead of rebuilding hundreds of elements
//! (60 months × 10 kinds at 10,000 events). Coordinates are whole viewBox units.

use std::fmt::Write;

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::domain::date::{month_label, PartialDate};
use crate::domain::model::EventKind;
use crate::domain::query::{self, kind_label, MonthBucket, TimelineResult};

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

#[component]
pub fn ActivityChart(result: Memo<TimelineResult>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    // One slot per month that has events in the dataset: quiet years collapse, so
    // the busy months stay readable. The axis stays put while filtering.
    let n = store.months.len().max(1);
    let width = n * SLOT;
    let kinds: &'static [EventKind] = &store.kinds_present;
    let drag: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let hover: RwSignal<Option<usize>> = RwSignal::new(None);

    let bucket_at = move |ev: &web_sys::PointerEvent| -> Option<usize> {
        let target = ev.current_target()?;
        let el: &web_sys::Element = wasm_bindgen::JsCast::dyn_ref(&target)?;
        let rect = el.get_bounding_client_rect();
        let x = (ev.client_x() as f64 - rect.left()) / rect.width().max(1.0);
        Some(((x * n as f64).floor().max(0.0) as usize).min(n - 1))
    };

    let paths = Memo::new(move |_| result.with(|r| bar_paths(&r.activity, &store.months, kinds)));
    let bars = kinds
        .iter()
        .enumerate()
        .map(|(j, k)| view! { <path class="bar" data-kind=k.as_str() d=move || paths.with(|p| p[j].clone())/> })
        .collect_view();

    // The selected range, from the URL or from a drag in progress.
    let range = move || {
        drag.get().map(|(a, b)| (a.min(b), a.max(b))).or_else(|| {
            ctx.state.with(|s| {
                let (from, to) = (s.timeline.from?, s.timeline.to?);
                let a = store.months.iter().position(|k| *k >= from.month_key())?;
                let b = store.months.iter().rposition(|k| *k <= to.month_key())?;
                Some((a, b))
            })
        })
    };
    let selection = move || {
        range().map(|(a, b)| view! { <rect class="selection" x=a * SLOT y="0" width=(b - a + 1) * SLOT height=HEIGHT - AXIS/> })
    };

    // Labels are HTML under the chart, so they keep their size when the SVG stretches.
    let step = n.div_ceil(8).max(1);
    let labels = store
        .months
        .iter()
        .enumerate()
        .filter(|(i, _)| i % step == 0)
        .map(|(i, m)| {
            // Set through the CSSOM: a style attribute would break the strict CSP.
            // Labels in the last quarter end at their bar's right edge (class `end`), so they fit.
            let end = i * 4 >= n * 3;
            let per_mille = if end { (i + 1) * 100_000 / n } else { i * 100_000 / n };
            let left = format!("{}.{:03}%", per_mille / 1000, per_mille % 1000);
            view! { <span class="axis-label" class:end=end style:left=left>{month_label(*m)}</span> }
        })
        .collect_view();

    let readout = move || {
        hover.get().and_then(|i| store.months.get(i).copied()).map(|m| result.with(|r| query::month_summary(&r.activity, m)))
    };

    let finish = move |ev: web_sys::PointerEvent| {
        let Some((a, b)) = drag.get_untracked() else { return };
        let b = bucket_at(&ev).unwrap_or(b);
        drag.set(None);
        // A tap on a touch screen reads the month out; only a drag sets the range.
        if a == b && ev.pointer_type() == "touch" {
            hover.set(Some(a));
            return;
        }
        let (lo, hi) = (a.min(b), a.max(b));
        let (from, to) = (month_date(store.months[lo]), month_date(store.months[hi]));
        ctx.update(Nav::Push, |s| {
            s.timeline.from = Some(from);
            s.timeline.to = Some(to);
        });
    };

    view! {
        <figure class="activity-chart">
            <svg
                viewBox=format!("0 0 {width} {HEIGHT}")
                preserveAspectRatio="none"
                role="img"
                aria-label="Events per month by kind (months without events are left out). Drag across to set the date range; the date fields under Filters do the same from the keyboard."
                data-testid="activity-chart"
                on:pointerdown=move |ev| {
                    if let Some(i) = bucket_at(&ev) {
                        drag.set(Some((i, i)));
                        // Keep receiving the drag when the pointer leaves the chart, so a
                        // range can run to its first or last month.
                        if let Some(el) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                            let _ = el.set_pointer_capture(ev.pointer_id());
                        }
                    }
                }
                on:pointermove=move |ev| {
                    let i = bucket_at(&ev);
                    if hover.get_untracked() != i {
                        hover.set(i);
                    }
                    if let (Some((a, _)), Some(i)) = (drag.get_untracked(), i) {
                        drag.set(Some((a, i)));
                    }
                }
                on:pointerup=finish
                on:pointercancel=move |_| drag.set(None)
                on:pointerleave=move |ev: web_sys::PointerEvent| {
                    if ev.pointer_type() != "touch" {
                        hover.set(None);
                    }
                }
            >
                {selection}
                <g class="bars">{bars}</g>
                <line class="axis" x1="0" x2=width y1=HEIGHT - AXIS y2=HEIGHT - AXIS/>
            </svg>
            <div class="axis-labels" aria-hidden="true">{labels}</div>
            <figcaption class="chart-legend">
                <span class="chart-readout" data-testid="chart-readout">
                    {move || readout().unwrap_or_else(|| "Point at a bar to read its month; drag across bars to set the range.".to_string())}
                </span>
                {kinds
                    .iter()
                    .map(|k| view! { <span class="legend-item"><span class="legend-swatch" data-kind=k.as_str()></span>{kind_label(*k)}</span> })
                    .collect_view()}
            </figcaption>
        </figure>
    }
}
