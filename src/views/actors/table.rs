//! The accessible alternative to the network: the same ties as a table, sortable
//! by any column and filtered by the same tie types and date plus free text.
//! The rows are built with DOM calls, like the network; actor names and column
//! headers are buttons carrying intents (handled by the view's delegated listener).

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::Element;

use super::swatches::relation_swatch;
use super::Scene;
use crate::components::citation::opinion_tag;
use crate::components::dom::{el, event_target, flag, pressed, render_effect, set_text, set_value, text_el, El};
use crate::components::links::{action, set_intent};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::labels::relation_label;
use crate::domain::ties::{period_text, table_rows, Column};
use crate::domain::url_state::TiesSort;

/// A built row: the row, its two name buttons, from id, to id.
type Row = (Element, [Element; 2], String, String);

/// Draws the rows into the body.
fn build_rows(ctx: Ctx, tbody: &Element, rows: &[usize]) -> Vec<Row> {
    let store = ctx.store;
    tbody.set_text_content(None);
    let mut list = Vec::new();
    for &r in rows {
        let rel = &store.data.relations[r];
        let tr = el("tr", "").append_to(tbody);
        let _ = tr.set_attribute("data-relation-id", &rel.id);
        let actor = |cell: &Element, id: &str| {
            action(&Intent::SelectActor(Some(id.to_string())), "link-button actor-ref", store.actor_name(id))
                .attr("data-actor-ref", id)
                .append_to(cell)
        };
        let from = actor(&el("td", "col-from").append_to(&tr), &rel.from);
        let cell = el("td", "col-relation").append_to(&tr);
        let name = el("span", "rel-name").append_to(&cell);
        let _ = name.set_attribute("data-kind", rel.kind.as_str());
        let _ = name.append_child(&relation_swatch(rel.kind).0);
        let _ = name.append_with_str_1(relation_label(rel.kind));
        el("span", "rel-summary").text(&rel.summary).append_to(&cell);
        let to = actor(&el("td", "col-to").append_to(&tr), &rel.to);
        el("td", "col-period").text(&period_text(rel.period.as_ref())).append_to(&tr);
        el("td", "col-evidence")
            .text(&rel.citations.len().to_string())
            .maybe(store.rests_on_opinion(&rel.citations).then(|| el("span", "").text(" ").child(opinion_tag())))
            .append_to(&tr);
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
            pressed(b, on);
            // A selected actor's name clears the selection.
            set_intent(b, &Intent::SelectActor((!on).then(|| id.clone())));
        }
    }
}

pub fn ties_table(ctx: Ctx, scene: Scene) -> El {
    let store = ctx.store;
    // Sort and text filter live in the URL (`tsort`, `tq`), like everything else on screen.
    let filter = Memo::new(move |_| ctx.state.with(|s| s.actors.ties_q.clone()));
    let sort = Memo::new(move |_| ctx.state.with(|s| s.actors.ties_sort));
    let rows = Memo::new(move |_| {
        let TiesSort { column, ascending } = sort.get();
        filter.with(|t| scene.filter.with(|f| table_rows(&store.data, &f.kinds, f.at, t, column, ascending)))
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
        .map(|c| el("th", c.class()).attr("scope", "col").child(action(&Intent::SortTies(c), "sort-button", c.label())))
        .collect();
    let ths: Vec<Element> = headers.iter().map(|h| h.0.clone()).collect();
    let input = el("input", "").id("ties-filter").attr("type", "search").attr("placeholder", "Name, tie type or words in the summary").on(
        "input",
        move |ev| {
            if let Some(input) = event_target(ev) {
                ctx.apply(&Intent::TiesQuery(wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlInputElement>(&input).value()));
            }
        },
    );
    let status = el("span", "muted").attr("role", "status");
    let empty = el("div", "empty-state")
        .attr("data-testid", "no-rows")
        .child(text_el("p", "", "No ties match this filter."))
        .child(action(&Intent::TiesQuery(String::new()), "button", "Clear the text filter"));
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
        .child(el("div", "table-filter").child(text_el("label", "", "Filter ties").attr("for", "ties-filter")).child(input).child(status))
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
}
