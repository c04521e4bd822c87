//! The Actors view: a network of every actor and the ties between them, the same
//! ties as a sortable table, and a panel with the selected actor's profile and
//! the evidence behind each tie. Selection, tie types, date and table mode all
//! live in the URL (`sel`, `rel`, `at`, `table`).
//!
//! Drawn with `components::dom`: each part is built when it appears, and a few render
//! effects keep what changes (pressed states, counts, the drawing's styles) in
//! step with the URL. Clicks are handled by one delegated listener per part.

mod dom;
mod graph;
mod panel;
mod table;

use leptos::prelude::*;
use web_sys::Element;

use crate::app::{use_ctx, Ctx, Nav};
use crate::domain::date::PartialDate;
use crate::domain::graph as core;
use crate::domain::model::{Precision, RelationKind};
use dom::{el, event_target, flag, memo, pressed, relation_swatch, render_effect, set_text, set_value, text_el, El};

/// The tie filters from the URL, and which relations they show.
#[derive(Clone, PartialEq)]
pub(crate) struct Filter {
    /// Relation kinds shown; empty means all.
    pub kinds: Vec<RelationKind>,
    pub at: Option<PartialDate>,
    /// Per relation: whether the kind and date filters show it.
    pub shown: Vec<bool>,
}

/// State derived from the URL, shared by the view's parts. (Few memos on
/// purpose: each one costs wasm.)
#[derive(Clone, Copy)]
pub(crate) struct Scene {
    /// Index of the selected actor in `data.actors`.
    pub selected: Memo<Option<usize>>,
    pub filter: Memo<Filter>,
}

impl Scene {
    pub fn at(&self) -> Option<PartialDate> {
        self.filter.with(|f| f.at)
    }
}

/// Selects an actor (or clears the selection) as a new history entry.
pub(crate) fn select(ctx: Ctx, id: Option<String>) {
    ctx.update(Nav::Push, |s| s.actors.selected = id);
}

/// Selects an actor, or clears the selection when it is already selected.
pub(crate) fn toggle_select(ctx: Ctx, id: &str) {
    let already = ctx.state.with_untracked(|s| s.actors.selected.as_deref() == Some(id));
    select(ctx, (!already).then(|| id.to_string()));
    if !already {
        reveal_panel();
    }
}

/// Puts focus (and so the view) back on an actor's node in the network, if shown.
pub(crate) fn focus_node(id: &str) {
    let selector = format!("svg.network [data-actor-id=\"{id}\"]");
    if let Some(el) = document().query_selector(&selector).ok().flatten() {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::SvgElement>(el) {
            let _ = el.focus();
        }
    }
}

/// Shows a newly selected actor's panel from its top. On narrow screens the panel
/// sits below the graph: bring it into view. When the focus was on something that
/// went away (a name inside the previous actor's panel), put it on the new heading.
pub(crate) fn reveal_panel() {
    request_animation_frame(|| {
        let Some(panel) = document().get_element_by_id("actor-panel") else { return };
        panel.set_scroll_top(0);
        if crate::components::focus_lost() {
            if let Some(title) = document().get_element_by_id("actor-panel-title") {
                if let Ok(title) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(title) {
                    let _ = title.focus();
                }
            }
        }
        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
        if panel.get_bounding_client_rect().top() > height - 120.0 {
            // `true`: align its top with the top of the view (block "start").
            panel.scroll_into_view_with_bool(true);
        }
    });
}

/// A date at the precision it was written with.
pub(crate) fn date_label(d: PartialDate) -> String {
    d.display(if d.day.is_some() {
        Precision::Day
    } else if d.month.is_some() {
        Precision::Month
    } else {
        Precision::Year
    })
}

/// Clears the tie type and date filters (a new history entry).
pub(crate) fn show_all_ties(ctx: Ctx) {
    ctx.update(Nav::Push, |s| {
        s.actors.kinds.clear();
        s.actors.at = None;
    });
}

/// Said when the filters leave no tie at all.
fn no_ties(ctx: Ctx, scene: Scene) -> El {
    let message = move || match scene.at() {
        Some(d) => format!("No ties of the chosen types were in force in {}.", date_label(d)),
        None => "No ties of the chosen types.".to_string(),
    };
    el("div", "empty-state")
        .attr("data-testid", "no-ties")
        .child(el("p", "").bind_text(message))
        .child(text_el("button", "button", "Show all ties").on("click", move |_| show_all_ties(ctx)))
}

/// The parts of the controls that change, kept in step by the view's effect.
struct Controls {
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
fn controls(ctx: Ctx) -> (El, Controls) {
    let store = ctx.store;
    let graph = text_el("button", "button", "Graph");
    let table = text_el("button", "button", "Table");
    let all_kinds = text_el("button", "button rel-toggle", "All types");
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
        let button =
            el("button", "button rel-toggle").attr("data-kind", k.as_str()).child(relation_swatch(k)).text(core::relation_label(k)).child(count);
        parts.kinds.push((k, button.0.clone(), count_el));
        rel_filters = rel_filters.child(button);
    }
    let date = core::month_range(&store.data).map(|(lo, hi)| date_control(ctx, lo, hi, &mut parts));
    let mut filters = el("details", "actors-filters");
    // Open beside the network on wide screens; folded on phones, so the network
    // is on the first screen.
    if crate::components::is_wide() {
        filters = filters.attr("open", "");
    }
    let root = el("div", "actors-controls")
        .child(
            el("div", "mode-toggle")
                .attr("role", "group")
                .attr("aria-label", "Show the ties as")
                .child(graph)
                .child(table),
        )
        .child(
            filters
                .child(summary)
                .child(el("div", "actors-filters-body").child(rel_filters).maybe(date)),
        )
        .on("click", move |ev| on_controls_click(ctx, &ev));
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
        .on("input", move |ev| on_date_input(ctx, lo, hi, &ev));
    let output = el("output", "date-value").attr("for", "actors-at");
    let clear = text_el("button", "button", "All dates");
    parts.date = Some(DateParts { input: input.0.clone(), output: output.0.clone(), clear: clear.0.clone(), lo, hi });
    el("div", "date-control")
        .child(text_el("label", "", "Ties in force in").attr("for", "actors-at"))
        .child(input)
        .child(output)
        .child(text_el(
            "span",
            "date-span",
            &format!("{} – {}", date_label(core::month_date(lo)), date_label(core::month_date(hi))),
        ))
        .child(clear)
}

/// Moving the slider: a month, or (its last step) all dates.
fn on_date_input(ctx: Ctx, lo: u32, hi: u32, ev: &web_sys::Event) {
    let Ok(v) = event_target_value(ev).parse::<u32>() else { return };
    let next = (v <= hi).then(|| core::month_date(v.max(lo)));
    // The first move from "all dates" is a history entry; dragging on replaces it.
    let nav = if ctx.state.with_untracked(|s| s.actors.at.is_none()) { Nav::Push } else { Nav::Replace };
    ctx.update(nav, |s| s.actors.at = next);
}

/// A click on one of the controls' buttons.
fn on_controls_click(ctx: Ctx, ev: &web_sys::Event) {
    let Some(b) = event_target(ev).and_then(|t| t.closest("button").ok().flatten()) else { return };
    let in_class = |class: &str| b.parent_element().is_some_and(|p| p.class_list().contains(class));
    if let Some(k) = b.get_attribute("data-kind").as_deref().and_then(RelationKind::parse) {
        ctx.update(Nav::Push, |s| core::toggle_kind(&mut s.actors.kinds, k));
    } else if in_class("rel-filters") {
        ctx.update(Nav::Push, |s| s.actors.kinds.clear());
    } else if in_class("mode-toggle") {
        // Graph comes first, Table second.
        let on = b.previous_element_sibling().is_some();
        ctx.update(Nav::Push, |s| s.actors.table = on);
    } else if in_class("date-control") {
        ctx.update(Nav::Push, |s| s.actors.at = None);
    }
}

/// Brings the controls and the tie count in line with the mode and filters.
fn update(ctx: Ctx, c: &Controls, count_el: &Element, f: &Filter, table: bool, text_matches: Option<usize>) {
    let relations = &ctx.store.data.relations;
    pressed(&c.graph, !table);
    pressed(&c.table, table);
    pressed(&c.all_kinds, f.kinds.is_empty());
    for (k, button, count) in &c.kinds {
        pressed(button, f.kinds.contains(k));
        // How many ties of this type hold at the chosen date.
        let n = relations.iter().filter(|r| r.kind == *k && f.at.is_none_or(|d| core::valid_at(r, d))).count();
        set_text(count, &n.to_string());
    }
    let types = match f.kinds.len() {
        0 => "all types".to_string(),
        1 => core::relation_label(f.kinds[0]).to_lowercase(),
        n => format!("{n} types"),
    };
    let when = f.at.map_or_else(|| "all dates".to_string(), |d| format!("in force {}", date_label(d)));
    set_text(&c.summary, &format!("Filter ties: {types}, {when}"));
    let text = f.at.map_or_else(|| "All dates".to_string(), date_label);
    if let Some(d) = &c.date {
        let value = f.at.map_or(d.hi + 1, |at| core::month_index(at).clamp(d.lo, d.hi));
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
    crate::components::dom::set_text(count_el, &line);
}

/// The view, drawn under the current owner.
pub fn view() -> crate::components::dom::El {
    let ctx = use_ctx();
    let store = ctx.store;
    let table = memo(move || ctx.state.with(|s| s.actors.table));
    let selected = memo(move || {
        ctx.state.with(|s| s.actors.selected.as_ref().and_then(|id| store.data.actors.iter().position(|a| &a.id == id)))
    });
    let filter = memo(move || {
        ctx.state.with(|s| {
            let (kinds, at) = (s.actors.kinds.clone(), s.actors.at);
            let shown = store.data.relations.iter().map(|r| core::shown(r, &kinds, at)).collect();
            Filter { kinds, at, shown }
        })
    });
    let scene = Scene { selected, filter };

    // Escape clears the selection and puts focus back on the actor's node.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || ev.default_prevented() {
            return;
        }
        // Escape in a text field belongs to the field (a search box clears itself).
        let in_field = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).is_some_and(|t| t.tag_name() == "INPUT");
        if in_field {
            return;
        }
        let Some(id) = ctx.state.with_untracked(|s| s.actors.selected.clone()) else { return };
        select(ctx, None);
        let in_panel = document()
            .active_element()
            .is_some_and(|el| el.closest("#actor-panel").ok().flatten().is_some() || el.tag_name() == "BODY");
        if in_panel {
            focus_node(&id);
        }
    });
    on_cleanup(move || escape.remove());

    let (controls, parts) = controls(ctx);
    let tie_count = el("p", "tie-count").attr("role", "status");
    let ties_q = memo(move || ctx.state.with(|s| s.actors.ties_q.clone()));
    // One effect keeps the controls and the tie count in step with the URL.
    let count_el = tie_count.0.clone();
    render_effect(move || {
        let on_table = table.get();
        let ties_q = ties_q.get();
        filter.with(|f| {
            let matches = (on_table && !ties_q.trim().is_empty()).then(|| {
                core::table_rows(&store.data, &f.kinds, f.at, &ties_q, core::Column::From, true).len()
            });
            update(ctx, &parts, &count_el, f, on_table, matches)
        });
    });

    el("section", "view actors-view")
        .child(text_el("h1", "", "Actors and their ties"))
        .child(text_el(
            "p",
            "view-intro",
            "Who is tied to whom in the conflict, as the five sources describe it: governments, armed groups, \
             mediators and outside powers. Select an actor to see each of its ties with the quotes behind it.",
        ))
        .child(controls)
        .child(
            el("div", "actors-body")
                .child(
                    el("div", "actors-main")
                        .child(tie_count)
                        .keyed(move || filter.with(|f| !f.shown.contains(&true)), move |&none| none.then(|| no_ties(ctx, scene)))
                        .keyed(
                            move || table.get(),
                            move |&t| Some(if t { table::ties_table(ctx, scene) } else { graph::network(ctx, scene) }),
                        ),
                )
                .child(panel::actor_panel(ctx, scene)),
        )
        .keyed(move || table.get(), move |&t| (!t).then(|| graph::legend(ctx)))
}
