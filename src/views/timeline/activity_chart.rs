//! Events per month, stacked by kind. Dragging across it sets the date range.

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::domain::date::{month_label, PartialDate};
use crate::domain::model::EventKind;
use crate::domain::query::{kind_label, TimelineResult};

const WIDTH: f64 = 1000.0;
const HEIGHT: f64 = 110.0;
const AXIS: f64 = 2.0;

fn month_date(m: u32) -> PartialDate {
    let month = (m % 100) as u8;
    PartialDate { year: (m / 100) as u16, month: (month > 0).then_some(month), day: None }
}

#[component]
pub fn ActivityChart(result: Memo<TimelineResult>) -> impl IntoView {
    let ctx = use_ctx();
    // One bar per month that has events in the dataset: quiet years collapse, so
    // the busy months stay readable. The axis stays put while filtering.
    let all_months = {
        let mut keys: Vec<u32> = ctx.store.event_dates.iter().map(|d| d.month_key()).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    let n = all_months.len().max(1);
    let bar_w = WIDTH / n as f64;
    let all_months = StoredValue::new(all_months);
    let drag: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);

    let bucket_at = move |ev: &web_sys::PointerEvent| -> Option<usize> {
        let target = ev.current_target()?;
        let el: &web_sys::Element = wasm_bindgen::JsCast::dyn_ref(&target)?;
        let rect = el.get_bounding_client_rect();
        let x = (ev.client_x() as f64 - rect.left()) / rect.width().max(1.0);
        Some(((x * n as f64).floor().max(0.0) as usize).min(n - 1))
    };

    let bars = move || {
        let max = result.with(|r| r.activity.iter().map(|b| b.by_kind.iter().sum::<usize>()).max().unwrap_or(1)).max(1);
        let scale = (HEIGHT - AXIS - 4.0) / max as f64;
        result.with(|r| {
            all_months.with_value(|months| {
                r.activity
                    .iter()
                    .filter_map(|b| months.iter().position(|m| *m == b.month).map(|i| (i, b)))
                    .flat_map(|(i, b)| {
                        let mut y = HEIGHT - AXIS;
                        b.by_kind
                            .iter()
                            .enumerate()
                            .filter(|(_, c)| **c > 0)
                            .map(|(k, &c)| {
                                let h = c as f64 * scale;
                                y -= h;
                                let kind = EventKind::ALL[k];
                                view! {
                                    <rect class="bar" data-kind=kind.as_str() x=i as f64 * bar_w + 0.5 y=y width=(bar_w - 1.0).max(1.0) height=h>
                                        <title>{format!("{}: {} {}", month_label(b.month), c, kind_label(kind).to_lowercase())}</title>
                                    </rect>
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect_view()
            })
        })
    };

    // The selected range, from the URL or from a drag in progress.
    let selection = move || {
        let range = drag.get().map(|(a, b)| (a.min(b), a.max(b))).or_else(|| {
            ctx.state.with(|s| {
                let (from, to) = (s.timeline.from?, s.timeline.to?);
                all_months.with_value(|m| {
                    let a = m.iter().position(|k| *k >= from.month_key())?;
                    let b = m.iter().rposition(|k| *k <= to.month_key())?;
                    Some((a, b))
                })
            })
        });
        range.map(|(a, b)| view! { <rect class="selection" x=a as f64 * bar_w y="0" width=(b - a + 1) as f64 * bar_w height=HEIGHT - AXIS/> })
    };

    // Labels are HTML under the chart, so they keep their size when the SVG stretches.
    let labels = all_months.with_value(|months| {
        let step = months.len().div_ceil(8).max(1);
        months
            .iter()
            .enumerate()
            .filter(|(i, _)| i % step == 0)
            .map(|(i, m)| {
                // Set through the CSSOM: a style attribute would break the strict CSP.
                let left = format!("{:.2}%", i as f64 * 100.0 / n as f64);
                view! { <span class="axis-label" style:left=left>{month_label(*m)}</span> }
            })
            .collect_view()
    });

    let finish = move |ev: web_sys::PointerEvent| {
        let Some((a, b)) = drag.get_untracked() else { return };
        let b = bucket_at(&ev).unwrap_or(b);
        drag.set(None);
        let (lo, hi) = (a.min(b), a.max(b));
        let (from, to) = all_months.with_value(|m| (month_date(m[lo]), month_date(m[hi])));
        ctx.update(Nav::Push, |s| {
            s.timeline.from = Some(from);
            s.timeline.to = Some(to);
        });
    };

    view! {
        <figure class="activity-chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                preserveAspectRatio="none"
                role="img"
                aria-label="Events per month by kind (months without events are left out). Drag across to set the date range; the date fields under Filters do the same from the keyboard."
                data-testid="activity-chart"
                on:pointerdown=move |ev| {
                    if let Some(i) = bucket_at(&ev) {
                        drag.set(Some((i, i)));
                    }
                }
                on:pointermove=move |ev| {
                    if let (Some((a, _)), Some(i)) = (drag.get_untracked(), bucket_at(&ev)) {
                        drag.set(Some((a, i)));
                    }
                }
                on:pointerup=finish
                on:pointerleave=move |_| drag.set(None)
            >
                {selection}
                <g class="bars">{bars}</g>
                <line class="axis" x1="0" x2=WIDTH y1=HEIGHT - AXIS y2=HEIGHT - AXIS/>
            </svg>
            <div class="axis-labels" aria-hidden="true">{labels}</div>
            <figcaption class="chart-legend">
                {EventKind::ALL
                    .iter()
                    .filter(|k| ctx.store.data.events.iter().any(|e| e.kind == **k))
                    .map(|k| view! { <span class="legend-item"><span class="legend-swatch" data-kind=k.as_str()></span>{kind_label(*k)}</span> })
                    .collect_view()}
            </figcaption>
        </figure>
    }
}
