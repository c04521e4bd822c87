//! The list that mirrors the map, as the Actors table mirrors the network:
//! every place with its kind, how precisely it is located, and its counts.

use leptos::prelude::*;

use super::Scene;
use crate::components::dom::{el, text_el, El};
use crate::components::links::action;
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::map::list::list_rows;
use crate::domain::map::projection::Frame;

pub fn list(ctx: Ctx, scene: Scene) -> El {
    let store = ctx.store;
    let head =
        el("tr", "").children(["Place", "Kind", "Location", "Events", "Disputed"].map(|h| text_el("th", "", h).attr("scope", "col")));
    let body = el("tbody", "").bind(move |tbody| {
        let selected = scene.selected.get();
        let rows = scene.shown.with(|s| list_rows(store, &scene.data.index, &s.counts));
        // Redrawn whole (17 rows); a focused row's button gets the focus back.
        let focused = document()
            .active_element()
            .and_then(|a| a.closest(".map-table tr[data-place-id]").ok().flatten())
            .and_then(|tr| tr.get_attribute("data-place-id"));
        tbody.set_text_content(None);
        for r in rows {
            let id = &store.data.places[r.place].id;
            let on = selected == Some(r.place);
            let mut name = action(&Intent::SelectPlace((!on).then(|| id.clone())), "link-button", &r.name)
                .attr("aria-pressed", if on { "true" } else { "false" });
            if r.frame == Frame::Inset {
                name = name.attr("title", "Shown in the inset");
            }
            el("tr", if on { "is-selected" } else { "" })
                .attr("data-place-id", id)
                .child(el("th", "").attr("scope", "row").child(name))
                .child(text_el("td", "", r.kind_label))
                .child(text_el("td", "", r.precision))
                .child(text_el("td", "num", &r.events.to_string()))
                .child(text_el("td", "num", &r.disputed.to_string()))
                .append_to(tbody);
        }
        if let Some(id) = focused {
            if let Some(b) = tbody.query_selector(&format!("tr[data-place-id=\"{id}\"] button")).ok().flatten() {
                let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&b).focus();
            }
        }
    });
    el("section", "map-list")
        .id("map-list")
        .attr("aria-labelledby", "map-list-title")
        .attr("tabindex", "-1")
        .child(text_el("h2", "", "Places, as a list").id("map-list-title"))
        .child(text_el("p", "muted", "The same places and counts as the map. Counts follow the filters and the month above."))
        .child(
            el("div", "table-wrap")
                .child(el("table", "map-table").attr("data-testid", "map-table").child(el("thead", "").child(head)).child(body)),
        )
}
