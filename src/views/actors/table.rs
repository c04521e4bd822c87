//! The accessible alternative to the network: the same ties as a table, sortable
//! by any column and filtered by the same tie types and date plus free text.
//! The rows are built with DOM calls (see `dom`), like the network; actor names
//! are buttons whose clicks the table handles in one place.

use leptos::prelude::*;

use super::dom::{html_el, relation_swatch, text};
use super::{toggle_select, Scene};
use crate::app::{use_ctx, Nav};
use crate::domain::graph::{self as core, Column};
use crate::domain::url_state::TiesSort;

#[component]
pub fn TiesTable(scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    // Sort and text filter live in the URL (`tsort`, `tq`), like everything else on screen.
    let filter = Memo::new(move |_| ctx.state.with(|s| s.actors.ties_q.clone()));
    let sort = Memo::new(move |_| ctx.state.with(|s| s.actors.ties_sort));
    let set_filter = move |text: String| {
        // The first keystroke makes a history entry; the rest refine it.
        let nav = if filter.with_untracked(String::is_empty) { Nav::Push } else { Nav::Replace };
        ctx.update(nav, |s| s.actors.ties_q = text);
    };
    let rows = Memo::new(move |_| {
        let TiesSort { column, ascending } = sort.get();
        filter.with(|t| scene.filter.with(|f| core::table_rows(&store.data, &f.kinds, f.at, t, column, ascending)))
    });
    let empty = move || rows.with(Vec::is_empty);

    // The body: rebuilt when the rows change, restyled when the selection does
    // (so a clicked name keeps its focus).
    let body = NodeRef::<leptos::html::Tbody>::new();
    // Built rows: (row, its two name buttons, from id, to id).
    type Row = (web_sys::Element, [web_sys::Element; 2], String, String);
    let built = StoredValue::new_local(Vec::<Row>::new());
    let generation = RwSignal::new(0u32);
    Effect::new(move |_| {
        let Some(tbody) = body.get() else { return };
        tbody.set_text_content(None);
        let mut list = Vec::new();
        for r in rows.get() {
            let rel = &store.data.relations[r];
            let tr = html_el(&tbody, "tr", "");
            let _ = tr.set_attribute("data-relation-id", &rel.id);
            let actor = |cell: &web_sys::Element, id: &str| {
                let b = html_el(cell, "button", "link-button actor-ref");
                let _ = b.set_attribute("data-actor-ref", id);
                text(&b, store.actor_name(id));
                b
            };
            let from = actor(&html_el(&tr, "td", "col-from"), &rel.from);
            let cell = html_el(&tr, "td", "col-relation");
            let name = html_el(&cell, "span", "rel-name");
            let _ = name.set_attribute("data-kind", rel.kind.as_str());
            relation_swatch(&name, rel.kind);
            text(&name, core::relation_label(rel.kind));
            text(&html_el(&cell, "span", "rel-summary"), &rel.summary);
            let to = actor(&html_el(&tr, "td", "col-to"), &rel.to);
            text(&html_el(&tr, "td", "col-period"), &core::period_text(rel.period.as_ref()));
            text(&html_el(&tr, "td", "col-evidence"), &rel.citations.len().to_string());
            list.push((tr, [from, to], rel.from.clone(), rel.to.clone()));
        }
        built.set_value(list);
        generation.update(|g| *g += 1);
    });
    Effect::new(move |_| {
        generation.track();
        let selected = scene.selected.get().map(|i| store.data.actors[i].id.as_str());
        built.with_value(|list| {
            for (tr, buttons, from, to) in list {
                let involved = selected.is_some_and(|s| s == from || s == to);
                let _ = tr.set_attribute("class", if involved { "is-involved" } else { "" });
                for (b, id) in buttons.iter().zip([from, to]) {
                    let on = selected == Some(id.as_str());
                    let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
                }
            }
        });
    });
    // Clicking a name selects that actor (or clears it when already selected).
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else {
            return;
        };
        let Some(id) = target.closest("button[data-actor-ref]").ok().flatten().and_then(|b| b.get_attribute("data-actor-ref"))
        else {
            return;
        };
        toggle_select(ctx, &id);
    };

    let header = Column::ALL
        .into_iter()
        .map(|c| {
            let aria = move || match sort.get() {
                TiesSort { column, ascending: true } if column == c => "ascending",
                TiesSort { column, ascending: false } if column == c => "descending",
                _ => "none",
            };
            view! {
                <th scope="col" aria-sort=aria class=c.class()>
                    <button class="sort-button" on:click=move |_| ctx.update(Nav::Push, |s| {
                        // Evidence reads best most-first; the rest A to Z.
                        let now = s.actors.ties_sort;
                        let ascending = if now.column == c { !now.ascending } else { c != Column::Evidence };
                        s.actors.ties_sort = TiesSort { column: c, ascending };
                    })>
                        {c.label()}
                    </button>
                </th>
            }
        })
        .collect_view();

    view! {
        <div class="ties-table-wrap">
            <div class="table-filter">
                <label for="ties-filter">"Filter ties"</label>
                <input id="ties-filter" type="search" placeholder="Name, tie type or words in the summary"
                    prop:value=move || filter.get()
                    on:input=move |ev| set_filter(event_target_value(&ev))/>
                <span class="muted" role="status">{move || format!("{} rows", rows.with(Vec::len))}</span>
            </div>
            <div class="empty-state" data-testid="no-rows" hidden=move || !empty() || filter.with(String::is_empty)>
                <p>"No ties match this filter."</p>
                <button class="button" on:click=move |_| set_filter(String::new())>"Clear the text filter"</button>
            </div>
            <div class="table-scroll" hidden=empty on:click=on_click>
                <table class="ties-table">
                    <caption class="visually-hidden">
                        "Ties between actors. Column headers sort the table; actor names select an actor."
                    </caption>
                    <thead><tr>{header}</tr></thead>
                    <tbody node_ref=body></tbody>
                </table>
            </div>
        </div>
    }
}
