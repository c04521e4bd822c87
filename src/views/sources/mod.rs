//! Sources: every article the briefing rests on, how reliable it is, every quote
//! taken from it (each linked to the record that uses it), the method, where the
//! sources disagree, and export and citation tools. State in the URL: `src`.

pub mod export;

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::date_label::DateLabel;
use crate::components::plain_click;
use crate::domain::model::{Citation, Source, SourceKind};
use crate::domain::store::Store;
use crate::domain::url_state::View;
use crate::domain::validate::{all_citations, is_safe_url};
use crate::views::narratives::ledger::DisagreementCard;
use crate::views::narratives::links::{
    narrative_topic, open_event, scroll_to_id, select_actor, timeline_shown, AppLink,
};

/// Quotes shown before "Show all".
const QUOTE_CAP: usize = 40;

fn kind_label(k: SourceKind) -> &'static str {
    match k {
        SourceKind::NewsReport => "News report",
        SourceKind::Analysis => "Analysis",
        SourceKind::OpEd => "Opinion piece",
        SourceKind::AggregatedBlog => "Aggregated blog post",
    }
}

/// Where a quote is used, and where a link to it leads.
enum Target {
    Event(String),
    Actor(String),
    Narrative(String),
    Disagreement(String),
    Place(String),
    None,
}

/// A readable label and a link target for a record path from `all_citations`.
fn describe(store: &Store, path: &str) -> (String, Target) {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["events", id] => match store.event(id) {
            Some(e) => (format!("Event: {}", e.title), Target::Event(id.to_string())),
            None => (path.to_string(), Target::None),
        },
        ["events", id, "claims", cid] => match store.event(id) {
            Some(e) => {
                let who = e.claims.iter().find(|c| c.id == *cid).map(|c| store.actor_name(&c.claimant)).unwrap_or("?");
                (format!("Claim by {who} · {}", e.title), Target::Event(id.to_string()))
            }
            None => (path.to_string(), Target::None),
        },
        ["actors", id] => (format!("Actor: {}", store.actor_name(id)), Target::Actor(id.to_string())),
        ["relations", id] => match store.data.relations.iter().find(|r| r.id == *id) {
            Some(r) => (
                format!("Relation: {} → {}", store.actor_name(&r.from), store.actor_name(&r.to)),
                Target::Actor(r.from.clone()),
            ),
            None => (path.to_string(), Target::None),
        },
        ["narratives", id, point] => {
            let side = match point.split('[').next().unwrap_or("") {
                "pakistan" => "Pakistan's position",
                "afghanistan" => "Afghanistan's position",
                _ => "third-party view",
            };
            let topic = store.narrative(id).map(|n| n.topic.as_str()).unwrap_or(id);
            (format!("Narrative: {topic} ({side})"), Target::Narrative(id.to_string()))
        }
        ["disagreements", id] => {
            let title = store.data.disagreements.iter().find(|d| d.id == *id).map(|d| d.title.as_str()).unwrap_or(id);
            (format!("Disagreement: {title}"), Target::Disagreement(id.to_string()))
        }
        ["places", id] => (format!("Place: {}", store.place_name(id)), Target::Place(id.to_string())),
        _ => (path.to_string(), Target::None),
    }
}

/// One quote taken from a source, with a link to the record that uses it.
#[component]
fn QuoteUse(path: String, citation: &'static Citation, shown: Memo<Vec<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let (label, target) = describe(ctx.store, &path);
    let link = match target {
        Target::Event(id) => view! { <AppLink to=open_event(ctx, shown, id) top=true>{label}</AppLink> }.into_any(),
        Target::Actor(id) => view! { <AppLink to=select_actor(id) top=true>{label}</AppLink> }.into_any(),
        Target::Narrative(id) => view! { <AppLink to=narrative_topic(id) top=true>{label}</AppLink> }.into_any(),
        Target::Place(id) => view! {
            <AppLink
                to=move |s| {
                    s.view = View::Timeline;
                    s.timeline = s.timeline.cleared();
                    s.timeline.places = vec![id.clone()];
                }
                top=true
            >
                {label}
            </AppLink>
        }
        .into_any(),
        Target::Disagreement(id) => {
            let anchor = format!("disagreement-{id}");
            let anchor2 = anchor.clone();
            view! {
                <a
                    href=format!("#{anchor}")
                    on:click=move |ev| {
                        if plain_click(&ev) {
                            ev.prevent_default();
                            scroll_to_id(anchor2.clone());
                        }
                    }
                >
                    {label}
                </a>
            }
            .into_any()
        }
        Target::None => view! { <span>{label}</span> }.into_any(),
    };
    view! {
        <li class="quote-use" data-record=path.clone()>
            <blockquote>{format!("“{}”", citation.quote)}</blockquote>
            <p class="used-in">"Used in " {link}</p>
        </li>
    }
}

/// A source's quotes, rendered only once the reader opens the list.
#[component]
fn QuoteList(uses: Vec<(String, &'static Citation)>, open: bool, shown: Memo<Vec<usize>>) -> impl IntoView {
    let total = uses.len();
    let records = uses.iter().map(|(p, _)| p.as_str()).collect::<HashSet<_>>().len();
    let is_open = RwSignal::new(open);
    let show_all = RwSignal::new(total <= QUOTE_CAP);
    let uses = StoredValue::new(uses);
    view! {
        <details
            class="quotes"
            open=open
            on:toggle=move |ev| {
                let el: web_sys::HtmlDetailsElement = wasm_bindgen::JsCast::unchecked_into(event_target::<web_sys::Element>(&ev));
                is_open.set(el.open());
            }
        >
            <summary>{format!("The {total} quotes used from this source, in {records} records")}</summary>
            {move || is_open.get().then(|| {
                let limit = if show_all.get() { total } else { QUOTE_CAP };
                view! {
                    <ol class="quote-list">
                        {uses.with_value(|u| u.iter().take(limit).cloned().collect::<Vec<_>>())
                            .into_iter()
                            .map(|(path, c)| view! { <QuoteUse path=path citation=c shown=shown/> })
                            .collect_view()}
                    </ol>
                    {(limit < total).then(|| view! {
                        <button type="button" class="button" on:click=move |_| show_all.set(true)>
                            {format!("Show all {total} quotes")}
                        </button>
                    })}
                }
            })}
        </details>
    }
}

#[component]
fn SourceCard(source: &'static Source, uses: Vec<(String, &'static Citation)>, shown: Memo<Vec<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let id = source.id.clone();
    let id_hl = id.clone();
    let highlighted = Memo::new(move |_| ctx.state.with(|s| s.source.as_deref() == Some(id_hl.as_str())));
    let records = uses.iter().map(|(p, _)| p.as_str()).collect::<HashSet<_>>().len();
    let quotes = uses.len();
    let heading = source
        .title
        .clone()
        .or_else(|| source.publisher.clone())
        .unwrap_or_else(|| format!("Untitled {} ({})", kind_label(source.kind).to_lowercase(), source.id));
    let date = match (&source.date, source.date_precision) {
        (Some(d), Some(p)) => view! { <DateLabel date=d.clone() precision=p/> }.into_any(),
        (Some(d), None) => view! { <span>{d.clone()}</span> }.into_any(),
        _ => view! { <span class="unknown">"Undated"</span> }.into_any(),
    };
    let url = match &source.url {
        Some(u) if is_safe_url(u) => {
            view! { <a href=u.clone() rel="noopener noreferrer" target="_blank">{u.clone()}</a> }.into_any()
        }
        Some(u) => view! { <span>{u.clone()}</span> }.into_any(),
        None => view! { <span class="unknown">"Not given"</span> }.into_any(),
    };
    // "Low." / "Moderate to good for background." as a short grade.
    let (grade, reliability) = match source.reliability.split_once('.') {
        Some((g, rest)) if g.len() <= 40 => (Some(g.to_string()), rest.trim_start().to_string()),
        _ => (None, source.reliability.clone()),
    };
    let id_link = id.clone();
    let open = ctx.state.with_untracked(|s| s.source.as_deref() == Some(id.as_str()));
    view! {
        <article
            class="source-card"
            class:highlight=move || highlighted.get()
            id=format!("source-{id}")
            data-source-id=id.clone()
            aria-current=move || highlighted.get().then_some("true")
        >
            <header class="source-head">
                <span class="source-id">{id.clone()}</span>
                <h3>{heading}</h3>
                <AppLink to=move |s| s.source = Some(id_link.clone()) class="permalink no-print">"Link to this source"</AppLink>
            </header>
            <dl class="source-facts">
                <div><dt>"Kind"</dt><dd data-field="kind">{kind_label(source.kind)}</dd></div>
                <div>
                    <dt>"Publisher"</dt>
                    <dd data-field="publisher">
                        {match &source.publisher {
                            Some(p) => view! { <span>{p.clone()}</span> }.into_any(),
                            None => view! { <span class="unknown">"Not named"</span> }.into_any(),
                        }}
                    </dd>
                </div>
                <div><dt>"Date"</dt><dd data-field="date">{date}</dd></div>
                <div><dt>"Link"</dt><dd data-field="url">{url}</dd></div>
                <div><dt>"Cited by"</dt><dd data-field="cited-by">{format!("{records} records ({quotes} quotes)")}</dd></div>
            </dl>
            <p class="source-description">{source.description.clone()}</p>
            <p class="reliability">
                <span class="label">"Reliability: "</span>
                {grade.map(|g| view! { <span class="grade">{g}</span> " " })}
                {reliability}
            </p>
            {if uses.is_empty() {
                view! { <p class="empty-state">"No record quotes this source."</p> }.into_any()
            } else {
                view! { <QuoteList uses=uses open=open shown=shown/> }.into_any()
            }}
        </article>
    }
}

#[component]
fn Method() -> impl IntoView {
    let ctx = use_ctx();
    let m = &ctx.store.data.meta.method;
    let items = [
        ("How facts were chosen", m.selection.clone()),
        ("How claims are attributed", m.attribution.clone()),
        ("What the divergence verdicts mean", m.divergence.clone()),
        ("What this briefing does not cover", m.scope.clone()),
    ];
    view! {
        <section class="method" id="method" aria-labelledby="method-title">
            <h2 id="method-title">"Method"</h2>
            <dl class="method-list">
                {items.into_iter().map(|(t, text)| view! { <div><dt>{t}</dt><dd>{text}</dd></div> }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
pub fn SourcesView() -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let shown = timeline_shown(ctx);

    // Every quote, grouped by the source it comes from (dataset order within).
    let mut by_source: HashMap<&str, Vec<(String, &'static Citation)>> = HashMap::new();
    for (path, c) in all_citations(&store.data) {
        by_source.entry(c.source.as_str()).or_default().push((path, c));
    }

    // Deep links: scroll to the chosen source on load and whenever it changes.
    let source = Memo::new(move |_| ctx.state.with(|s| s.source.clone()));
    Effect::new(move |prev: Option<Option<String>>| {
        let now = source.get();
        if prev.as_ref() != Some(&now) {
            if let Some(id) = &now {
                scroll_to_id(format!("source-{id}"));
            }
        }
        now
    });

    let cards = store
        .data
        .sources
        .iter()
        .map(|s| {
            let uses = by_source.remove(s.id.as_str()).unwrap_or_default();
            view! { <SourceCard source=s uses=uses shown=shown/> }
        })
        .collect_view();
    let disagreements = if store.data.disagreements.is_empty() {
        view! { <p class="empty-state">"The sources state no fact differently."</p> }.into_any()
    } else {
        store
            .data
            .disagreements
            .iter()
            .map(|d| {
                let events: Vec<_> = d.events.iter().filter_map(|e| store.event(e)).map(|e| (e.id.clone(), e.title.clone())).collect();
                view! {
                    <div class="disagreement-wrap">
                        <DisagreementCard disagreement=d heading_level=3/>
                        {(!events.is_empty()).then(|| view! {
                            <p class="related-inline">
                                "On the timeline: "
                                {events.into_iter().enumerate().map(|(i, (id, title))| view! {
                                    {(i > 0).then_some(" · ")}
                                    <AppLink to=open_event(ctx, shown, id) top=true>{title}</AppLink>
                                }).collect_view()}
                            </p>
                        })}
                    </div>
                }
            })
            .collect_view()
            .into_any()
    };

    view! {
        <section class="view sources-view">
            <h1>"Sources"</h1>
            <p class="view-intro">
                {format!(
                    "Everything in this briefing is quoted from {} articles. Each is listed with what is known about it, \
                     a note on its reliability, and every quote the briefing takes from it, linked to the record that uses it.",
                    store.data.sources.len()
                )}
            </p>
            <nav class="sources-toc no-print" aria-label="On this page">
                <a href="#sources-list" on:click=move |ev| jump(ev, "sources-list")>"Sources"</a>
                <a href="#disagreements" on:click=move |ev| jump(ev, "disagreements")>"Where the sources disagree"</a>
                <a href="#method" on:click=move |ev| jump(ev, "method")>"Method"</a>
                <a href="#export" on:click=move |ev| jump(ev, "export")>"Export and cite"</a>
            </nav>
            <section class="sources-list" id="sources-list" aria-label="Sources">
                {cards}
            </section>
            <section class="disagreements" id="disagreements" aria-labelledby="disagreements-title">
                <h2 id="disagreements-title">"Where the sources disagree"</h2>
                <p class="view-intro">"Facts two articles state differently. The briefing records each version, quoted, and does not pick one."</p>
                {disagreements}
            </section>
            <Method/>
            <export::ExportPanel/>
        </section>
    }
}

fn jump(ev: web_sys::MouseEvent, id: &str) {
    if plain_click(&ev) {
        ev.prevent_default();
        scroll_to_id(id.to_string());
    }
}
