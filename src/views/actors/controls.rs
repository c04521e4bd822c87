//! The Actors view's controls: graph or table, the tie type toggles and the
//! "ties in force at" slider, and the tie count line. Their buttons carry
//! intents (handled by the view's delegated listener); `update` keeps their
//! pressed states and texts in step with the URL.

use web_sys::Element;

use super::swatches::relation_swatch;
use super::{date_label, Filter};
use crate::components::dom::{el, flag, pressed, set_text, set_value, text_el, El};
use crate::components::links::action;
use crate::ctx::Ctx;
use crate::domain::date::{month_date, month_index, month_range};
use crate::domain::intent::Intent;
use crate::domain::labels::relation_label;
use crate::domain::model::RelationKind;
use crate::domain::ties::valid_at;

/// The parts of the controls that change, kept in step by the view's effect.
pub(super) struct Controls {
    graph: Element,
    table: Element,
    all_kinds: Element,
    /// Each tie type's toggle and its count.
    kinds: Vec<(RelationKind, Element, Element)>,
    summary: Element,
    date: Option<DateParts>,
}

/// The date slider's changing parts.
struct DateParts {
    input: Element,
    output: Element,
    clear: Element,
    lo: u32,
    hi: u32,
}

/// The mode toggle, the tie type toggles and the date slider. Their clicks are
/// handled by one listener (`on_controls_click`); their state is set by `update`.
pub(super) fn controls(ctx: Ctx) -> (El, Controls) {
    let store = ctx.store;
    let graph = action(&Intent::TiesTable(false), "button", "Graph");
    let table = action(&Intent::TiesTable(true), "button", "Table");
    let all_kinds = action(&Intent::AllTieKinds, "button rel-toggle", "All types");
    let summary = el("summary", "");
    let mut parts = Controls {
        graph: graph.0.clone(),
        table: table.0.clone(),
        all_kinds: all_kinds.0.clone(),
        kinds: Vec::new(),
        summary: summary.0.clone(),
        date: None,
    };
    let mut rel_filters = el("fieldset", "rel-filters").child(text_el("legend", "", "Tie types")).child(all_kinds);
    for k in RelationKind::ALL.iter().copied().filter(|k| store.data.relations.iter().any(|r| r.kind == *k)) {
        let count = el("span", "count");
        let count_el = count.0.clone();
        let button = action(&Intent::ToggleTieKind(k), "button rel-toggle", "")
            .attr("data-kind", k.as_str())
            .child(relation_swatch(k))
            .text(relation_label(k))
            .child(count);
        parts.kinds.push((k, button.0.clone(), count_el));
        rel_filters = rel_filters.child(button);
    }
    let date = month_range(&store.data).map(|(lo, hi)| date_control(ctx, lo, hi, &mut parts));
    let mut filters = el("details", "actors-filters");
    // Open beside the network on wide screens; folded on phones, so the network
    // is on the first screen.
    if crate::components::is_wide() {
        filters = filters.attr("open", "");
    }
    let root = el("div", "actors-controls")
        .child(el("div", "mode-toggle").attr("role", "group").attr("aria-label", "Show the ties as").child(graph).child(table))
        .child(filters.child(summary).child(el("div", "actors-filters-body").child(rel_filters).maybe(date)));
    (root, parts)
}

/// A slider over the months from the earliest to the latest date in the data;
/// its last step (right of the latest month) means "all dates".
fn date_control(ctx: Ctx, lo: u32, hi: u32, parts: &mut Controls) -> El {
    let all = hi + 1;
    let input = el("input", "")
        .id("actors-at")
        .attr("type", "range")
        .attr("min", &lo.to_string())
        .attr("max", &all.to_string())
        .attr("step", "1")
        .on("input", move |ev| on_date_input(ctx, lo, hi, ev));
    let output = el("output", "date-value").attr("for", "actors-at");
    let clear = action(&Intent::TiesAt(None), "button", "All dates");
    parts.date = Some(DateParts { input: input.0.clone(), output: output.0.clone(), clear: clear.0.clone(), lo, hi });
    el("div", "date-control")
        .child(text_el("label", "", "Ties in force in").attr("for", "actors-at"))
        .child(input)
        .child(output)
        .child(text_el("span", "date-span", &format!("{} – {}", date_label(month_date(lo)), date_label(month_date(hi)))))
        .child(clear)
}

/// Moving the slider: a month, or (its last step) all dates.
fn on_date_input(ctx: Ctx, lo: u32, hi: u32, ev: &web_sys::Event) {
    let Some(input) = crate::components::dom::event_target(ev) else { return };
    let Ok(v) = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(&input).value().parse::<u32>() else { return };
    ctx.apply(&Intent::TiesAt((v <= hi).then(|| month_date(v.max(lo)))));
}

/// Brings the controls and the tie count in line with the mode and filters.
pub(super) fn update(ctx: Ctx, c: &Controls, count_el: &Element, f: &Filter, table: bool, text_matches: Option<usize>) {
    let relations = &ctx.store.data.relations;
    pressed(&c.graph, !table);
    pressed(&c.table, table);
    pressed(&c.all_kinds, f.kinds.is_empty());
    for (k, button, count) in &c.kinds {
        pressed(button, f.kinds.contains(k));
        // How many ties of this type hold at the chosen date.
        let n = relations.iter().filter(|r| r.kind == *k && f.at.is_none_or(|d| valid_at(r, d))).count();
        set_text(count, &n.to_string());
    }
    let types = match f.kinds.len() {
        0 => "all types".to_string(),
        1 => relation_label(f.kinds[0]).to_ascii_lowercase(),
        n => format!("{n} types"),
    };
    let when = f.at.map_or_else(|| "all dates".to_string(), |d| format!("in force {}", date_label(d)));
    set_text(&c.summary, &format!("Filter ties: {types}, {when}"));
    let text = f.at.map_or_else(|| "All dates".to_string(), date_label);
    if let Some(d) = &c.date {
        let value = f.at.map_or(d.hi + 1, |at| month_index(at).clamp(d.lo, d.hi));
        set_value(&d.input, &value.to_string());
        let _ = d.input.set_attribute("aria-valuetext", &text);
        set_text(&d.output, &text);
        flag(&d.clear, "disabled", f.at.is_none());
    }

    let total = relations.len();
    let count = f.shown.iter().filter(|x| **x).count();
    let line = match f.at {
        Some(d) => {
            // Ties the sources give no dates for can't be placed in time:
            // they stay in view at every date, and the line says so.
            let undated = relations.iter().zip(&f.shown).filter(|(r, on)| **on && r.period.is_none()).count();
            let note = match undated {
                0 => String::new(),
                1 => " 1 of them has no dates and is shown at every date.".to_string(),
                n => format!(" {n} of them have no dates and are shown at every date."),
            };
            format!("{count} of {total} ties shown, valid in {}.{note}", date_label(d))
        }
        None => format!("{count} of {total} ties shown."),
    };
    // The table's own text filter narrows further; the line says so, so the two
    // counts on screen never disagree.
    let line = match text_matches {
        Some(1) => format!("{line} 1 of them matches the text filter."),
        Some(m) => format!("{line} {m} of them match the text filter."),
        None => line,
    };
    set_text(count_el, &line);
}
