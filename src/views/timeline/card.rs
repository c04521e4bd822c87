//! One event card: a compact summary that expands to claims, disagreements,
//! citations and causal links.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx, Nav};
use crate::components::citation::Citations;
use crate::components::date_label::DateLabel;
use crate::components::highlight::Highlighted;
use crate::components::plain_click;
use crate::domain::format::figure_text;
use crate::domain::model::Event;
use crate::domain::query::{kind_label, toggle, Facet};

/// The first sentence of a summary, for the collapsed card.
fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

fn set_open(ctx: Ctx, id: Option<String>) {
    ctx.update(Nav::Push, |s| s.timeline.open = id);
}

#[component]
pub fn EventCard(index: usize, expanded: Signal<bool>, terms: Memo<Vec<String>>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let e: &'static Event = &store.data.events[index];
    let id = e.id.clone();
    let toggle_open = {
        let id = id.clone();
        move || set_open(ctx, if expanded.get_untracked() { None } else { Some(id.clone()) })
    };
    let toggle_click = toggle_open.clone();
    let terms_sig: Signal<Vec<String>> = terms.into();
    let details_id = format!("details-{}", e.id);

    let headline = e
        .claims
        .iter()
        .filter(|c| !c.figures.is_empty())
        .map(|c| {
            let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
            (figures, store.actor_name(&c.claimant).to_string())
        })
        .collect::<Vec<_>>();

    view! {
        <article
            class="card"
            class:expanded=move || expanded.get()
            data-event-id=e.id.clone()
            data-kind=e.kind.as_str()
            data-phase=e.phase.clone()
            tabindex="0"
            aria-labelledby=format!("title-{}", e.id)
            on:keydown=move |ev| {
                // Enter on the card itself (not on a control inside it) expands it.
                let on_card = ev.target().zip(ev.current_target()).map(|(t, c)| t == c).unwrap_or(false);
                if on_card && ev.key() == "Enter" {
                    ev.prevent_default();
                    toggle_open();
                }
            }
        >
            <header class="card-head">
                <DateLabel date=e.date.clone() precision=e.precision end=e.end_date.clone().unwrap_or_default()/>
                <span class="kind-badge" data-kind=e.kind.as_str()>{kind_label(e.kind)}</span>
            </header>
            <h3 class="card-title" id=format!("title-{}", e.id)>
                <button
                    class="card-toggle"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=details_id.clone()
                    on:click=move |_| toggle_click()
                >
                    <Highlighted text=e.title.clone() terms=terms_sig/>
                </button>
            </h3>
            {move || {
                (!expanded.get())
                    .then(|| {
                        view! {
                            <p class="card-summary">
                                <Highlighted text=first_sentence(&e.summary).to_string() terms=terms_sig/>
                            </p>
                        }
                    })
            }}
            <ChipRow event=e terms=terms_sig/>
            {(!headline.is_empty())
                .then(|| {
                    view! {
                        <ul class="headline-figures">
                            {headline
                                .into_iter()
                                .map(|(figures, who)| {
                                    view! {
                                        <li>
                                            <strong>{figures}</strong>
                                            <span class="claimant">{format!(" — according to {who}")}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <div id=details_id.clone()>
                {move || expanded.get().then(|| view! { <Details event=e terms=terms_sig/> })}
            </div>
        </article>
    }
}

/// Actor and place chips; clicking one filters the timeline by it.
#[component]
fn ChipRow(event: &'static Event, terms: Signal<Vec<String>>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let chip = move |facet: Facet, id: String, label: String, alignment: Option<&'static str>| {
        let active = {
            let id = id.clone();
            move || {
                ctx.state.with(|s| match facet {
                    Facet::Actor => s.timeline.actors.contains(&id),
                    _ => s.timeline.places.contains(&id),
                })
            }
        };
        let target = {
            let id = id.clone();
            move || {
                let mut s = ctx.state.get();
                toggle(&mut s.timeline, facet, &id);
                s
            }
        };
        let target2 = target.clone();
        let active2 = active.clone();
        view! {
            <li>
                <a
                    class="chip"
                    data-alignment=alignment
                    data-chip=facet.param()
                    data-id=id.clone()
                    aria-current=move || active().then_some("true")
                    title=move || {
                        if active2() {
                            format!("Remove the {} filter", label.clone())
                        } else {
                            format!("Show only events with {}", label.clone())
                        }
                    }
                    href=move || ctx.href(&target())
                    on:click=move |ev| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            ctx.navigate(target2(), Nav::Push);
                        }
                    }
                >
                    <span class="visually-hidden">{if facet == Facet::Actor { "Actor: " } else { "Place: " }}</span>
                    <Highlighted
                        text=if facet == Facet::Actor { store.actor_name(&id).to_string() } else { store.place_name(&id).to_string() }
                        terms=terms
                    />
                </a>
            </li>
        }
    };
    view! {
        <ul class="chips" aria-label="Places and actors">
            {event
                .places
                .iter()
                .map(|p| chip(Facet::Place, p.clone(), store.place_name(p).to_string(), None))
                .collect_view()}
            {event
                .actors
                .iter()
                .map(|a| {
                    let alignment = store.actor(a).map(|x| x.alignment.as_str());
                    chip(Facet::Actor, a.clone(), store.actor_name(a).to_string(), alignment)
                })
                .collect_view()}
        </ul>
    }
}

#[component]
fn Details(event: &'static Event, terms: Signal<Vec<String>>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let disagreements = store.disagreements_for(&event.id);
    let index = store.event_index(&event.id).unwrap_or(0);
    let led_to = store.led_to[index].clone();
    let link = move |target: usize, rel: &'static str| {
        let target_event = &store.data.events[target];
        let tid = target_event.id.clone();
        let next = move || {
            let mut s = ctx.state.get();
            s.timeline.open = Some(tid.clone());
            s
        };
        let next2 = next.clone();
        view! {
            <li>
                <span class="link-rel">{rel}</span>
                " "
                <a
                    href=move || ctx.href(&next())
                    data-link-event=target_event.id.clone()
                    on:click=move |ev| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            ctx.navigate(next2(), Nav::Push);
                        }
                    }
                >
                    {target_event.title.clone()}
                </a>
                " "
                <DateLabel date=target_event.date.clone() precision=target_event.precision/>
            </li>
        }
    };
    let responds: Vec<usize> = event.responds_to.iter().filter_map(|id| store.event_index(id)).collect();
    view! {
        <div class="card-details">
            <p class="card-full-summary">
                <Highlighted text=event.summary.clone() terms/>
            </p>
            {(!event.claims.is_empty())
                .then(|| {
                    view! {
                        <section class="claims" aria-label="Claims">
                            <h4>"Claims"</h4>
                            <ul>
                                {event
                                    .claims
                                    .iter()
                                    .map(|c| {
                                        let figures = c.figures.iter().map(figure_text).collect::<Vec<_>>().join("; ");
                                        view! {
                                            <li class="claim" data-claim-id=c.id.clone()>
                                                <p>
                                                    <strong class="claimant">{store.actor_name(&c.claimant).to_string()}</strong>
                                                    ": "
                                                    <Highlighted text=c.statement.clone() terms/>
                                                </p>
                                                {(!figures.is_empty()).then(|| view! { <p class="figures">{figures}</p> })}
                                                <Citations citations=c.citations.clone()/>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            {(!disagreements.is_empty())
                .then(|| {
                    view! {
                        <section class="disagreements" aria-label="Sources disagree">
                            <h4>"Where sources disagree"</h4>
                            {disagreements
                                .into_iter()
                                .map(|d| {
                                    view! {
                                        <div class="disagreement" data-disagreement-id=d.id.clone()>
                                            <p>
                                                <strong>{d.title.clone()}</strong>
                                                ": "
                                                {d.summary.clone()}
                                            </p>
                                            <ul class="versions">
                                                {d
                                                    .versions
                                                    .iter()
                                                    .map(|v| {
                                                        view! {
                                                            <li>
                                                                <p>
                                                                    <strong>{store.source_label(&v.citation.source)}</strong>
                                                                    ": "
                                                                    {v.account.clone()}
                                                                </p>
                                                                <Citations citations=vec![v.citation.clone()]/>
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </section>
                    }
                })}
            <section class="sources-cited" aria-label="Citations">
                <h4>"Sources"</h4>
                <Citations citations=event.citations.clone()/>
            </section>
            {(!responds.is_empty() || !led_to.is_empty())
                .then(|| {
                    view! {
                        <section class="causal" aria-label="Linked events">
                            <h4>"Linked events"</h4>
                            <ul>
                                {responds.into_iter().map(|i| link(i, "In response to:")).collect_view()}
                                {led_to.into_iter().map(|i| link(i, "Led to:")).collect_view()}
                            </ul>
                        </section>
                    }
                })}
        </div>
    }
}
