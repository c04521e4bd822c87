//! The accessible alternative to the network: the same ties as a table, sortable
//! by any column and filtered by the same tie types and date plus free text.

use leptos::prelude::*;

use super::{select, RelationSwatch, Scene};
use crate::app::use_ctx;
use crate::domain::graph::{self as core, Column};

#[component]
pub fn TiesTable(scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let text = RwSignal::new(String::new());
    let sort = RwSignal::new((Column::From, true));
    let rows = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        text.with(|t| core::table_rows(&store.data, &scene.kinds.get(), scene.at.get(), t, column, ascending))
    });

    let header = move || Column::ALL
        .into_iter()
        .map(|c| {
            let aria = move || match sort.get() {
                (s, true) if s == c => "ascending",
                (s, false) if s == c => "descending",
                _ => "none",
            };
            let arrow = move || match aria() {
                "ascending" => "▲",
                "descending" => "▼",
                _ => "",
            };
            view! {
                <th scope="col" aria-sort=aria class=c.class()>
                    <button class="sort-button" on:click=move |_| sort.update(|s| {
                        *s = if s.0 == c { (c, !s.1) } else { (c, c != Column::Evidence) };
                    })>
                        {c.label()}
                        <span class="sort-arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view();

    let actor_cell = move |id: String| {
        let name = store.actor_name(&id).to_string();
        let id2 = id.clone();
        let id3 = id.clone();
        let is_selected = move || scene.selected.get().is_some_and(|i| store.data.actors[i].id == id3);
        view! {
            <button class="link-button actor-ref" class:is-selected=is_selected.clone() data-actor-ref=id.clone()
                aria-pressed=move || is_selected().to_string()
                on:click=move |_| {
                    let already = ctx.state.with_untracked(|s| s.actors.selected.as_deref() == Some(id2.as_str()));
                    select(ctx, (!already).then(|| id2.clone()));
                }>
                {name}
            </button>
        }
    };

    let body = move || {
        let selected = scene.selected.get().map(|i| store.data.actors[i].id.clone());
        rows.get()
            .into_iter()
            .map(|r| {
                let rel = &store.data.relations[r];
                let involved = selected.as_ref().is_some_and(|s| *s == rel.from || *s == rel.to);
                view! {
                    <tr data-relation-id=rel.id.clone() class:is-involved=involved>
                        <td class="col-from">{actor_cell(rel.from.clone())}</td>
                        <td class="col-relation">
                            <span class="rel-name" data-kind=rel.kind.as_str()>
                                <RelationSwatch kind=rel.kind/>
                                {core::relation_label(rel.kind)}
                            </span>
                            <span class="rel-summary">{rel.summary.clone()}</span>
                        </td>
                        <td class="col-to">{actor_cell(rel.to.clone())}</td>
                        <td class="col-period">{core::period_text(rel.period.as_ref())}</td>
                        <td class="col-evidence">{rel.citations.len()}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <div class="ties-table-wrap">
            <div class="table-filter">
                <label for="ties-filter">"Filter ties"</label>
                <input id="ties-filter" type="search" placeholder="Name, tie type or words in the summary"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))/>
                <span class="muted" role="status">{move || format!("{} rows", rows.with(Vec::len))}</span>
            </div>
            {move || if rows.with(Vec::is_empty) {
                view! {
                    <div class="empty-state" data-testid="no-rows">
                        <p>"No ties match this filter."</p>
                        {move || (!text.with(String::is_empty)).then(|| view! {
                            <button class="button" on:click=move |_| text.set(String::new())>"Clear the text filter"</button>
                        })}
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="ties-table">
                            <caption class="visually-hidden">
                                "Ties between actors. Column headers sort the table; actor names select an actor."
                            </caption>
                            <thead><tr>{header()}</tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </div>
    }
}
