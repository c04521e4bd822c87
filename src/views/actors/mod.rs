//! The Actors view: a network of every actor and the ties between them, the same
//! ties as a sortable table, and a panel with the selected actor's profile and
//! the evidence behind each tie. Selection, tie types, date and table mode all
//! live in the URL (`sel`, `rel`, `at`, `table`).
//!
//! Drawn with `components::dom`: each part is built when it appears, and a few render
//! effects keep what changes (pressed states, counts, the drawing's styles) in
//! step with the URL. Every button and link carries its intent, carried out by
//! one delegated listener on the view.

mod controls;
mod graph;
mod panel;
mod swatches;
mod table;

use leptos::prelude::*;

use crate::components::dom::{el, render_effect, text_el, El};
use crate::components::links::{action, delegate};
use crate::ctx::Ctx;
use crate::domain::date::PartialDate;
use crate::domain::intent::Intent;
use crate::domain::model::RelationKind;
use crate::domain::ties::{shown, table_rows, Column};

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
    d.display(d.own_precision())
}

/// Said when the filters leave no tie at all.
fn no_ties(scene: Scene) -> El {
    let message = move || match scene.at() {
        Some(d) => format!("No ties of the chosen types were in force in {}.", date_label(d)),
        None => "No ties of the chosen types.".to_string(),
    };
    el("div", "empty-state").attr("data-testid", "no-ties").child(el("p", "").bind_text(message)).child(action(
        &Intent::ShowAllTies,
        "button",
        "Show all ties",
    ))
}

/// The view, drawn under the current owner.
pub fn view() -> crate::components::dom::El {
    let ctx = Ctx::expect();
    let store = ctx.store;
    let table = Memo::new(move |_| ctx.state.with(|s| s.actors.table));
    let selected = Memo::new(move |_| {
        ctx.state.with(|s| s.actors.selected.as_ref().and_then(|id| store.data.actors.iter().position(|a| &a.id == id)))
    });
    let filter = Memo::new(move |_| {
        ctx.state.with(|s| {
            let (kinds, at) = (s.actors.kinds.clone(), s.actors.at);
            let shown = store.data.relations.iter().map(|r| shown(r, &kinds, at)).collect();
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
        let in_field =
            ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).is_some_and(|t| t.tag_name() == "INPUT");
        if in_field {
            return;
        }
        let Some(id) = ctx.state.with_untracked(|s| s.actors.selected.clone()) else { return };
        ctx.apply(&Intent::SelectActor(None));
        let in_panel =
            document().active_element().is_some_and(|el| el.closest("#actor-panel").ok().flatten().is_some() || el.tag_name() == "BODY");
        if in_panel {
            focus_node(&id);
        }
    });
    on_cleanup(move || escape.remove());

    let (controls, parts) = controls::controls(ctx);
    let tie_count = el("p", "tie-count").attr("role", "status");
    let ties_q = Memo::new(move |_| ctx.state.with(|s| s.actors.ties_q.clone()));
    // One effect keeps the controls and the tie count in step with the URL.
    let count_el = tie_count.0.clone();
    render_effect(move || {
        let on_table = table.get();
        let ties_q = ties_q.get();
        filter.with(|f| {
            let matches =
                (on_table && !ties_q.trim().is_empty()).then(|| table_rows(&store.data, &f.kinds, f.at, &ties_q, Column::From, true).len());
            controls::update(ctx, &parts, &count_el, f, on_table, matches)
        });
    });

    let root = el("section", "view actors-view")
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
                        .dyn_child(move || filter.with(|f| !f.shown.contains(&true)), move |&none| none.then(|| no_ties(scene)))
                        .dyn_child(
                            move || table.get(),
                            move |&t| Some(if t { table::ties_table(ctx, scene) } else { graph::network(ctx, scene) }),
                        ),
                )
                .child(panel::actor_panel(ctx, scene)),
        )
        .dyn_child(move || table.get(), move |&t| (!t).then(|| graph::legend(ctx)));
    delegate(root, ctx, |intent, e| match intent {
        Intent::SelectActor(Some(_)) => reveal_panel(),
        // Closed from the panel or the node itself: the focus goes back to the node.
        Intent::SelectActor(None) => {
            if let Some(id) = e.closest("[data-actor-id]").ok().flatten().and_then(|a| a.get_attribute("data-actor-id")) {
                focus_node(&id);
            }
        }
        // The empty state's button goes away; the focus goes back to the box.
        Intent::TiesQuery(q) if q.is_empty() => crate::components::focus_by_id("ties-filter"),
        _ => {}
    })
}
