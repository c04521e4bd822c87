//! The Actors view: a network of every actor and the ties between them, the same
//! ties as a sortable table, and a panel with the selected actor's profile and
//! the evidence behind each tie. Selection, tie types, date and table mode all
//! live in the URL (`sel`, `rel`, `at`, `table`).

mod dom;
mod graph;
mod panel;
mod table;

use leptos::either::Either;
use leptos::prelude::*;

use crate::app::{use_ctx, Ctx, Nav};
use crate::domain::date::PartialDate;
use crate::domain::graph as core;
use crate::domain::model::{ActorKind, Alignment, Precision, RelationKind};

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
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            panel.scroll_into_view_with_scroll_into_view_options(&options);
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

/// A short line in the style of a tie type: colour, dash pattern and arrow head.
#[component]
pub(crate) fn RelationSwatch(kind: RelationKind) -> impl IntoView {
    view! {
        <svg class="rel-swatch" data-kind=kind.as_str() width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
            <line x1="1" y1="5" x2="28" y2="5" stroke-dasharray=core::relation_dash(kind)
                stroke-width=core::num(core::relation_width(kind))/>
            <path d="M27 1.5L35 5L27 8.5Z"/>
        </svg>
    }
}

/// A node's shape in the colour of an alignment, for the panel.
#[component]
pub(crate) fn ShapeSwatch(kind: ActorKind, alignment: Alignment) -> impl IntoView {
    let shape = core::shape_of(kind);
    let d = core::shape_path(shape, 12.0, 12.0, core::shape_radius(shape) * 0.8);
    view! {
        <svg class="shape-swatch" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
            <path class="shape" data-alignment=alignment.as_str() d=d/>
        </svg>
    }
}

#[component]
pub fn ActorsView() -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let table = Memo::new(move |_| ctx.state.with(|s| s.actors.table));
    let selected = Memo::new(move |_| {
        ctx.state.with(|s| s.actors.selected.as_ref().and_then(|id| store.data.actors.iter().position(|a| &a.id == id)))
    });
    let filter = Memo::new(move |_| {
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

    let total = store.data.relations.len();
    let count = move || filter.with(|f| f.shown.iter().filter(|x| **x).count());

    view! {
        <section class="view actors-view">
            <h1>"Actors and their ties"</h1>
            <p class="view-intro">
                "Who is tied to whom in the conflict, as the five sources describe it: governments, armed groups, "
                "mediators and outside powers. Select an actor to see each of its ties with the quotes behind it."
            </p>
            <Controls scene table/>
            <div class="actors-body">
                <div class="actors-main">
                    <p class="tie-count" role="status">
                        {move || match scene.at() {
                            Some(d) => {
                                // Ties the sources give no dates for can't be placed in time:
                                // they stay in view at every date, and the line says so.
                                let undated = filter.with(|f| {
                                    store.data.relations.iter().zip(&f.shown).filter(|(r, on)| **on && r.period.is_none()).count()
                                });
                                let note = match undated {
                                    0 => String::new(),
                                    1 => " 1 of them has no dates and is shown at every date.".to_string(),
                                    n => format!(" {n} of them have no dates and are shown at every date."),
                                };
                                format!("{} of {total} ties shown, valid in {}.{note}", count(), date_label(d))
                            }
                            None => format!("{} of {total} ties shown.", count()),
                        }}
                    </p>
                    {move || (count() == 0).then(|| view! { <NoTies scene/> })}
                    {move || if table.get() {
                        Either::Left(view! { <table::TiesTable scene/> })
                    } else {
                        Either::Right(view! { <graph::Network scene/> })
                    }}
                </div>
                <panel::ActorPanel scene/>
            </div>
            {move || (!table.get()).then(|| view! { <graph::Legend/> })}
        </section>
    }
}

/// Said when the filters leave no tie at all.
#[component]
fn NoTies(scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    let message = move || match scene.at() {
        Some(d) => format!("No ties of the chosen types were in force in {}.", date_label(d)),
        None => "No ties of the chosen types.".to_string(),
    };
    view! {
        <div class="empty-state" data-testid="no-ties">
            <p>{message}</p>
            <button class="button" on:click=move |_| ctx.update(Nav::Push, |s| {
                s.actors.kinds.clear();
                s.actors.at = None;
            })>"Show all ties"</button>
        </div>
    }
}

#[component]
fn Controls(scene: Scene, table: Memo<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let set_table = move |on: bool| ctx.update(Nav::Push, |s| s.actors.table = on);
    let kinds_present: Vec<RelationKind> =
        RelationKind::ALL.iter().copied().filter(|k| store.data.relations.iter().any(|r| r.kind == *k)).collect();
    let all_kinds = move || scene.filter.with(|f| f.kinds.is_empty());
    let summary = move || {
        let types = scene.filter.with(|f| match f.kinds.len() {
            0 => "all types".to_string(),
            1 => core::relation_label(f.kinds[0]).to_lowercase(),
            n => format!("{n} types"),
        });
        let when = scene.at().map_or_else(|| "all dates".to_string(), |d| format!("in force {}", date_label(d)));
        format!("Filter ties: {types}, {when}")
    };

    let toggles = kinds_present
        .into_iter()
        .map(|k| {
            let pressed = move || scene.filter.with(|f| f.kinds.contains(&k));
            // How many ties of this type hold at the chosen date.
            let count = move || {
                let at = scene.at();
                store.data.relations.iter().filter(|r| r.kind == k && at.is_none_or(|d| core::valid_at(r, d))).count()
            };
            view! {
                <button
                    class="button rel-toggle"
                    data-kind=k.as_str()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| ctx.update(Nav::Push, |s| core::toggle_kind(&mut s.actors.kinds, k))
                >
                    <RelationSwatch kind=k/>
                    {core::relation_label(k)}
                    <span class="count">{count}</span>
                </button>
            }
        })
        .collect_view();

    view! {
        <div class="actors-controls">
            <div class="mode-toggle" role="group" aria-label="Show the ties as">
                <button class="button" aria-pressed=move || (!table.get()).to_string() on:click=move |_| set_table(false)>
                    "Graph"
                </button>
                <button class="button" aria-pressed=move || table.get().to_string() on:click=move |_| set_table(true)>
                    "Table"
                </button>
            </div>
            // Open beside the network on wide screens; folded on phones, so the network
            // is on the first screen.
            <details class="actors-filters" open=crate::components::is_wide()>
                <summary>{summary}</summary>
                <div class="actors-filters-body">
            <fieldset class="rel-filters">
                <legend>"Tie types"</legend>
                <button
                    class="button rel-toggle"
                    aria-pressed=move || all_kinds().to_string()
                    on:click=move |_| ctx.update(Nav::Push, |s| s.actors.kinds.clear())
                >
                    "All types"
                </button>
                {toggles}
            </fieldset>
            <DateControl scene/>
                </div>
            </details>
        </div>
    }
}

/// A slider over the months from the earliest to the latest date in the data;
/// its last step (right of the latest month) means "all dates".
#[component]
fn DateControl(scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    core::month_range(&ctx.store.data).map(|(lo, hi)| date_control(ctx, scene, lo, hi))
}

fn date_control(ctx: crate::app::Ctx, scene: Scene, lo: u32, hi: u32) -> impl IntoView {
    let all = hi + 1;
    let value = move || scene.at().map_or(all, |d| core::month_index(d).clamp(lo, hi));
    let text = move || scene.at().map_or_else(|| "All dates".to_string(), date_label);
    let on_input = move |ev: leptos::ev::Event| {
        let Ok(v) = event_target_value(&ev).parse::<u32>() else { return };
        let next = (v <= hi).then(|| core::month_date(v.max(lo)));
        // The first move from "all dates" is a history entry; dragging on replaces it.
        let nav = if ctx.state.with_untracked(|s| s.actors.at.is_none()) { Nav::Push } else { Nav::Replace };
        ctx.update(nav, |s| s.actors.at = next);
    };
    view! {
        <div class="date-control">
            <label for="actors-at">"Ties in force in"</label>
            <input
                id="actors-at"
                type="range"
                min=lo.to_string()
                max=all.to_string()
                step="1"
                prop:value=move || value().to_string()
                aria-valuetext=text
                on:input=on_input
            />
            <output for="actors-at" class="date-value">{text}</output>
            <span class="date-span">{format!("{} – {}", date_label(core::month_date(lo)), date_label(core::month_date(hi)))}</span>
            <button
                class="button"
                disabled=move || scene.at().is_none()
                on:click=move |_| ctx.update(Nav::Push, |s| s.actors.at = None)
            >
                "All dates"
            </button>
        </div>
    }
}

/// The view, drawn under the current owner.
pub fn view() -> crate::components::dom::El {
    crate::app::legacy(ActorsView)
}
