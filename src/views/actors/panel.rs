//! The selected actor: profile, each tie with its evidence, its events, and links
//! to the timeline filtered to it.

use leptos::prelude::*;

use super::{select, RelationSwatch, Scene, ShapeSwatch};
use crate::app::{use_ctx, Ctx, Nav};
use crate::app::dom_part;
use crate::components::citation::citations_el;
use crate::components::dom::date_el;
use crate::domain::graph as core;
use crate::domain::model::RelationKind;
use crate::domain::query::alignment_label;
use crate::domain::url_state::{TimelineState, UrlState, View};

#[component]
pub fn ActorPanel(scene: Scene) -> impl IntoView {
    view! {
        <aside class="actor-panel" id="actor-panel" aria-label="Actor details">
            {move || match scene.selected.get() {
                Some(i) => leptos::either::Either::Left(view! { <Profile i scene/> }),
                None => leptos::either::Either::Right(view! {
                    <div class="panel-hint">
                        <h2>"No actor selected"</h2>
                        <p>"Select an actor in the network or the table (click, or Tab to it and press Enter) "
                           "to see its profile, each of its ties with the quotes behind it, and its events. "
                           "Esc clears the selection."</p>
                    </div>
                }),
            }}
        </aside>
    }
}

/// The timeline filtered to one actor, optionally with one event opened.
fn timeline_for(ctx: Ctx, actor: &str, open: Option<String>) -> UrlState {
    let mut s = ctx.state.get_untracked();
    s.view = View::Timeline;
    s.timeline = TimelineState { actors: vec![actor.to_string()], open, ..Default::default() };
    s
}

/// An actor's name: other actors' names are buttons that select them (the
/// profile handles their clicks in one place).
fn actor_name(ctx: Ctx, id: &str, current: &str) -> impl IntoView {
    let name = ctx.store.actor_name(id).to_string();
    if id == current {
        leptos::either::Either::Left(view! { <strong class="tie-self">{name}</strong> })
    } else {
        leptos::either::Either::Right(view! { <button class="link-button" data-actor-ref=id.to_string()>{name}</button> })
    }
}

/// Handles clicks inside the profile: actor names select, timeline links navigate.
fn on_profile_click(ctx: Ctx, actor: &str, ev: &web_sys::MouseEvent) {
    let Some(target) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) else {
        return;
    };
    let closest = |sel: &str| target.closest(sel).ok().flatten();
    if let Some(id) = closest("button[data-actor-ref]").and_then(|b| b.get_attribute("data-actor-ref")) {
        select(ctx, Some(id));
        super::reveal_panel();
    } else if let Some(link) = closest("a[data-timeline]") {
        if crate::components::plain_click(ev) {
            ev.prevent_default();
            let open = link.get_attribute("data-event-id");
            ctx.navigate(timeline_for(ctx, actor, open), Nav::Push);
            crate::components::scroll_to_top();
        }
    }
}

#[component]
fn Profile(i: usize, scene: Scene) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let actor = &store.data.actors[i];
    let id = actor.id.clone();

    // Ties touching the actor: the ones the filters show, and how many they hide.
    let all_ties: Vec<usize> = (0..store.data.relations.len())
        .filter(|&r| store.data.relations[r].from == id || store.data.relations[r].to == id)
        .collect();
    let total_ties = all_ties.len();
    let id_for_ties = id.clone();
    let ties = move || {
        let mut visible: Vec<usize> = scene.filter.with(|f| all_ties.iter().copied().filter(|&r| f.shown[r]).collect());
        let key = |r: usize| {
            let rel = &store.data.relations[r];
            let other = if rel.from == id_for_ties { &rel.to } else { &rel.from };
            (kind_order(rel.kind), store.actor_name(other), rel.id.as_str())
        };
        core::sort_indices(&mut visible, &|a, b| key(a).cmp(&key(b)));
        let hidden = total_ties - visible.len();
        let items = visible
            .into_iter()
            .map(|r| {
                let rel = &store.data.relations[r];
                view! {
                    <li class="tie" data-relation-id=rel.id.clone() data-kind=rel.kind.as_str()>
                        <p class="tie-head">
                            <RelationSwatch kind=rel.kind/>
                            {actor_name(ctx, &rel.from, &id_for_ties)}
                            " "<span class="tie-verb">{core::relation_verb(rel.kind)}</span>" "
                            {actor_name(ctx, &rel.to, &id_for_ties)}
                        </p>
                        <p class="tie-meta">
                            <span class="tie-kind">{core::relation_label(rel.kind)}</span>
                            " · "
                            <span class="tie-period">{core::period_text(rel.period.as_ref())}</span>
                        </p>
                        <p class="tie-summary">{rel.summary.clone()}</p>
                        {dom_part(citations_el(ctx, &rel.citations))}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{format!("Ties ({} of {total_ties} shown)", total_ties - hidden)}</h3>
            {(hidden > 0).then(|| view! {
                <p class="ties-hidden">
                    {format!("{hidden} more {} hidden by the tie type or date filters. ", if hidden == 1 { "tie is" } else { "ties are" })}
                    <button class="link-button" on:click=move |_| ctx.update(Nav::Push, |s| {
                        s.actors.kinds.clear();
                        s.actors.at = None;
                    })>"Show all ties"</button>
                </p>
            })}
            {(total_ties == 0).then(|| view! { <p class="muted">"The sources describe no ties for this actor."</p> })}
            <ul class="ties">{items}</ul>
        }
    };

    let events: Vec<usize> =
        store.chronological.iter().copied().filter(|&e| store.data.events[e].actors.contains(&id)).collect();
    let event_count = events.len();
    let event_items = events
        .into_iter()
        .map(|e| {
            let ev = &store.data.events[e];
            let date = dom_part(date_el(&ev.date, ev.precision, ev.end_date.as_deref()));
            let href = ctx.href(&timeline_for(ctx, &id, Some(ev.id.clone())));
            view! {
                <li class="actor-event" data-event-id=ev.id.clone()>
                    {date}
                    <a class="event-link" href=href data-timeline="" data-event-id=ev.id.clone()>{ev.title.clone()}</a>
                </li>
            }
        })
        .collect_view();

    let show_on_timeline = ctx.href(&timeline_for(ctx, &id, None));
    let id_for_clicks = id.clone();
    let id_for_close = id.clone();

    view! {
        <article class="actor-profile" data-actor-id=id.clone()
            on:click=move |ev| on_profile_click(ctx, &id_for_clicks, &ev)>
            <header class="profile-head">
                <h2 id="actor-panel-title" tabindex="-1">{actor.name.clone()}</h2>
                <button class="button ghost close" aria-label="Close actor details (Esc)" title="Close (Esc)"
                    on:click=move |_| {
                        select(ctx, None);
                        super::focus_node(&id_for_close);
                    }>"×"</button>
            </header>
            <p class="profile-meta">
                <ShapeSwatch kind=actor.kind alignment=actor.alignment/>
                <span class="profile-kind">{core::actor_kind_label(actor.kind)}</span>
                <span class="chip" data-alignment=actor.alignment.as_str()>
                    <span class=format!("swatch align-{}", actor.alignment.as_str())></span>
                    {alignment_label(actor.alignment)}
                </span>
            </p>
            <p class="profile-description">{actor.description.clone()}</p>
            {dom_part(citations_el(ctx, &actor.citations))}
            <p class="profile-actions">
                <a class="button primary show-on-timeline" href=show_on_timeline data-timeline="">"Show on timeline"</a>
                <span class="muted">{format!("{event_count} {}", if event_count == 1 { "event" } else { "events" })}</span>
            </p>
            <section class="profile-ties" aria-label="Ties">{ties}</section>
            <section class="profile-events" aria-label="Events">
                <h3>{format!("Events ({event_count})")}</h3>
                {(event_count == 0).then(|| view! { <p class="muted">"No event in the briefing names this actor."</p> })}
                <ol class="actor-events">{event_items}</ol>
            </section>
        </article>
    }
}

fn kind_order(k: RelationKind) -> usize {
    RelationKind::ALL.iter().position(|x| *x == k).unwrap_or(usize::MAX)
}
