//! The accessible alternative to the network: the same ties as a table, sortable
//! by any column and filtered by the same tie types and date plus free text.
//! The rows are built with DOM calls (see `dom`), like the network; actor names
//! and column headers are buttons whose clicks the table handles in one place.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::Element;

use super::dom::{el, event_target, flag, html_el, memo, relation_swatch, render_effect, set_text, set_value, text, text_el, El};
use super::{toggle_select, Scene};
use crate::app::{Ctx, Nav};
use crate::domain::graph::{self as core, Column};
use crate::domain::url_state::TiesSort;

/// A built row: the row, its two name buttons, from id, to id.
type Row = (Element, [Element; 2], String, String);

/// Sets the text filter. The first keystroke makes a history entry; the rest refine it.
fn set_filter(ctx: Ctx, text: String) {
    let nav = if ctx.state.with_untracked(|s| s.actors.ties_q.is_empty()) { Nav::Push } else { Nav::Replace };
    ctx.update(nav, |s| s.actors.ties_q = text);
}

/// Draws the rows into the body.
fn build_rows(ctx: Ctx, tbody: &Element, rows: &[usize]) -> Vec<Row> {
    let store = ctx.store;
    tbody.set_text_content(None);
    let mut list = Vec::new();
    for &r in rows {
        let rel = &store.data.relations[r];
        let tr = html_el(tbody, "tr", "");
        let _ = tr.set_attribute("data-relation-id", &rel.id);
        let actor = |cell: &Element, id: &str| {
            let b = html_el(cell, "button", "link-button actor-ref");
            let _ = b.set_attribute("data-actor-ref", id);
            text(&b, store.actor_name(id));
            b
        };
        let from = actor(&html_el(&tr, "td", "col-from"), &rel.from);
        let cell = html_el(&tr, "td", "col-relation");
        let name = html_el(&cell, "span", "rel-name");
        let _ = name.set_attribute("data-kind", rel.kind.as_str());
        let _ = name.append_child(&relation_swatch(rel.kind).0);
        text(&name, core::relation_label(rel.kind));
        text(&html_el(&cell, "span", "rel-summary"), &rel.summary);
        let to = actor(&html_el(&tr, "td", "col-to"), &rel.to);
        text(&html_el(&tr, "td", "col-period"), &core::period_text(rel.period.as_ref()));
        text(&html_el(&tr, "td", "col-evidence"), &rel.citations.len().to_string());
        list.push((tr, [from, to], rel.from.clone(), rel.to.clone()));
    }
    list
}

/// Marks the rows and name buttons of the selected actor.
fn style_rows(list: &[Row], selected: Option<&str>) {
    for (tr, buttons, from, to) in list {
        let involved = selected.is_some_and(|s| s == from || s == to);
        let _ = tr.set_attribute("class", if involved { "is-involved" } else { "" });
        for (b, id) in buttons.iter().zip([from, to]) {
            let on = selected == Some(id.as_str());
            let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
    }
}

/// Clicks in the table: a name selects that actor (or clears it when already
/// selected), a column header sorts, and the empty state's button clears the text.
fn on_table_click(ctx: Ctx, ev: &web_sys::Event) {
    let Some(target) = event_target(ev) else { return };
    let closest = |sel: &str| target.closest(sel).ok().flatten();
    if let Some(id) = closest("button[data-actor-ref]").and_then(|b| b.get_attribute("data-actor-ref")) {
        toggle_select(ctx, &id);
    } else if let Some(th) = closest("button.sort-button").and_then(|b| b.parent_element()) {
        let Some(c) = Column::ALL.into_iter().find(|c| th.class_name() == c.class()) else { return };
        ctx.update(Nav::Push, |s| {
            // Evidence reads best most-first; the rest A to Z.
            let now = s.actors.ties_sort;
            let ascending = if now.column == c { !now.ascending } else { c != Column::Evidence };
            s.actors.ties_sort = TiesSort { column: c, ascending };
        });
    } else if closest("[data-testid=\"no-rows\"] button").is_some() {
        set_filter(ctx, String::new());
        // The button goes away with the empty state; the focus goes back to the box.
        crate::components::focus_by_id("ties-filter");
    }
}

pub fn ties_table(ctx: Ctx, scene: Scene) -> El {
    let store = ctx.store;
    // Sort and text filter live in the URL (`tsort`, `tq`), like everything else on screen.
    let filter = memo(move || ctx.state.with(|s| s.actors.ties_q.clone()));
    let sort = memo(move || ctx.state.with(|s| s.actors.ties_sort));
    let rows = memo(move || {
        let TiesSort { column, ascending } = sort.get();
        filter.with(|t| scene.filter.with(|f| core::table_rows(&store.data, &f.kinds, f.at, t, column, ascending)))
    });

    // The body: rebuilt when the rows change, restyled when the selection does
    // (so a clicked name keeps its focus).
    let tbody = el("tbody", "");
    let built: Rc<RefCell<Vec<Row>>> = Rc::default();
    let selected_id = move || scene.selected.get().map(|i| store.data.actors[i].id.as_str());
    {
        let (tbody, built) = (tbody.0.clone(), built.clone());
        render_effect(move || {
            let list = rows.with(|rows| build_rows(ctx, &tbody, rows));
            style_rows(&list, untrack(selected_id));
            *built.borrow_mut() = list;
        });
    }
    render_effect(move || {
        let selected = selected_id();
        style_rows(&built.borrow(), selected);
    });

    let headers: Vec<El> = Column::ALL
        .into_iter()
        .map(|c| el("th", c.class()).attr("scope", "col").child(text_el("button", "sort-button", c.label())))
        .collect();
    let ths: Vec<Element> = headers.iter().map(|h| h.0.clone()).collect();
    let input = el("input", "")
        .id("ties-filter")
        .attr("type", "search")
        .attr("placeholder", "Name, tie type or words in the summary")
        .on("input", move |ev| set_filter(ctx, event_target_value(&ev)));
    let status = el("span", "muted").attr("role", "status");
    let empty = el("div", "empty-state")
        .attr("data-testid", "no-rows")
        .child(text_el("p", "", "No ties match this filter."))
        .child(text_el("button", "button", "Clear the text filter"));
    let scroll = el("div", "table-scroll");

    // One effect for the filter box, the row count, which of the table and the
    // empty state shows, and the sort order on the headers.
    let parts = [input.0.clone(), status.0.clone(), empty.0.clone(), scroll.0.clone()];
    render_effect(move || {
        let TiesSort { column, ascending } = sort.get();
        let n = rows.with(Vec::len);
        filter.with(|f| {
            set_value(&parts[0], f);
            flag(&parts[2], "hidden", n != 0 || f.is_empty());
        });
        set_text(&parts[1], &if n == 1 { "1 row".to_string() } else { format!("{n} rows") });
        flag(&parts[3], "hidden", n == 0);
        for (th, c) in ths.iter().zip(Column::ALL) {
            let aria = match ascending {
                _ if column != c => "none",
                true => "ascending",
                false => "descending",
            };
            let _ = th.set_attribute("aria-sort", aria);
        }
    });

    el("div", "ties-table-wrap")
        .child(
            el("div", "table-filter")
                .child(text_el("label", "", "Filter ties").attr("for", "ties-filter"))
                .child(input)
                .child(status),
        )
        .child(empty)
        .child(
            scroll.child(
                el("table", "ties-table")
                    .child(text_el(
                        "caption",
                        "visually-hidden",
                        "Ties between actors. Column headers sort the table; actor names select an actor.",
                    ))
                    .child(el("thead", "").child(el("tr", "").children(headers)))
                    .child(tbody),
            ),
        )
        .on("click", move |ev| on_table_click(ctx, &ev))
}
