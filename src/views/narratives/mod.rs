//! Narratives: the two governments' positions on each topic side by side, every
//! point attributed and quoted, then the ledger of contested figures.
//! State in the URL: `topic` (scrolled to and highlighted), `side` (which columns
//! show) and `incident` (the highlighted ledger entry).

pub mod ledger;
pub mod links;
pub mod topic;

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::components::plain_click;
use crate::domain::url_state::Side;
use links::scroll_to_id;

const SIDES: [(Side, &str); 3] = [(Side::Both, "Both"), (Side::Pakistan, "Pakistan"), (Side::Afghanistan, "Afghanistan")];

#[component]
fn SideToggle() -> impl IntoView {
    let ctx = use_ctx();
    let side = Memo::new(move |_| ctx.state.with(|s| s.narratives.side));
    view! {
        <div class="side-toggle no-print" role="group" aria-label="Positions shown">
            <span class="side-toggle-label" aria-hidden="true">"Show"</span>
            {SIDES
                .into_iter()
                .map(|(v, label)| view! {
                    <button
                        type="button"
                        class="button"
                        data-side-option=v.as_str()
                        aria-pressed=move || (side.get() == v).to_string()
                        on:click=move |_| ctx.update(Nav::Replace, |s| s.narratives.side = v)
                    >
                        {label}
                    </button>
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn TopicList() -> impl IntoView {
    let ctx = use_ctx();
    let items = ctx
        .store
        .data
        .narratives
        .iter()
        .map(|n| {
            let id = n.id.clone();
            let (id_href, id_cur, id_click) = (id.clone(), id.clone(), id.clone());
            let target = move |id: &str| {
                let mut s = ctx.state.get_untracked();
                s.narratives.topic = Some(id.to_string());
                s.narratives.incident = None;
                s
            };
            view! {
                <li>
                    <a
                        data-topic-link=id.clone()
                        href=move || {
                            let mut s = ctx.state.get();
                            s.narratives.topic = Some(id_href.clone());
                            s.narratives.incident = None;
                            ctx.href(&s)
                        }
                        aria-current=move || ctx.state.with(|s| s.narratives.topic.as_deref() == Some(id_cur.as_str())).then_some("true")
                        on:click=move |ev| {
                            if plain_click(&ev) {
                                ev.prevent_default();
                                ctx.navigate(target(&id_click), Nav::Push);
                                scroll_to_id(format!("topic-{id_click}"));
                            }
                        }
                    >
                        {n.topic.clone()}
                    </a>
                    " "
                    <span class="verdict-mini" data-divergence=n.divergence.as_str()>
                        {topic::verdict_label(n.divergence)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="topic-nav no-print" aria-label="Topics">
            <h2 class="topic-nav-title">"Topics"</h2>
            <ol class="topic-list">{items}</ol>
            <p class="ledger-jump">
                <a
                    href="#ledger"
                    on:click=move |ev| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            scroll_to_id("ledger".into());
                        }
                    }
                >
                    "Jump to the claims ledger"
                </a>
            </p>
        </nav>
    }
}

#[component]
pub fn NarrativesView() -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let shown = links::timeline_shown(ctx);
    let side = Memo::new(move |_| ctx.state.with(|s| s.narratives.side));
    let topic = Memo::new(move |_| ctx.state.with(|s| s.narratives.topic.clone()));

    // Deep links: scroll to the topic whenever it changes (on load, Back, Forward).
    Effect::new(move |prev: Option<Option<String>>| {
        let now = topic.get();
        if prev.as_ref() != Some(&now) {
            if let Some(id) = &now {
                scroll_to_id(format!("topic-{id}"));
            }
        }
        now
    });
    // A linked ledger incident is scrolled to on load (selecting one in place does not jump).
    if let Some(id) = ctx.state.with_untracked(|s| s.narratives.incident.clone()) {
        Effect::new(move |_| scroll_to_id(format!("incident-{id}")));
    }

    let topics = if store.data.narratives.is_empty() {
        view! { <p class="empty-state">"This briefing records no narrative topics."</p> }.into_any()
    } else {
        store
            .data
            .narratives
            .iter()
            .map(|n| view! { <topic::TopicSection narrative=n shown=shown/> })
            .collect_view()
            .into_any()
    };

    view! {
        <section class="view narratives-view">
            <h1>"Narratives"</h1>
            <p class="view-intro">
                "The two governments tell different stories about the same events. Each topic sets out the question, \
                 then Pakistan's and Afghanistan's stated positions side by side, each point attributed to who said it \
                 and quoted from its source, followed by independent and third-party views. The verdict says only \
                 whether the two positions agree, dispute each other, or whether only one side addresses the question; \
                 it does not say who is right."
            </p>
            <div class="narratives-layout">
                <TopicList/>
                <div class="narratives-main">
                    <SideToggle/>
                    <div class="topics" data-showing=move || side.get().as_str()>{topics}</div>
                    <ledger::Ledger shown=shown/>
                </div>
            </div>
        </section>
    }
}
