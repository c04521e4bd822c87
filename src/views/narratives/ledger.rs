//! The claims ledger: every incident with figures, who claimed which number, of
//! whom, when it was stated, and on which source; plus where the sources disagree.

use leptos::prelude::*;

use super::links::{open_event, AppLink};
use crate::app::use_ctx;
use crate::components::citation::{CitationQuote, Citations};
use crate::components::date_label::{date_text, DateLabel};
use crate::domain::ledger::{incidents, Incident};
use crate::domain::model::{Disagreement, Precision};

/// "25 Nov 2025" for a dated source, "Undated source" otherwise.
fn source_date(store: &crate::domain::store::Store, id: &str) -> String {
    match store.source(id).and_then(|s| s.date.as_ref().map(|d| (d, s.date_precision.unwrap_or(Precision::Approximate)))) {
        Some((d, p)) => date_text(d, p),
        None => "Undated source".to_string(),
    }
}

/// A disagreement between sources: what differs, and each source's version quoted.
#[component]
pub fn DisagreementCard(disagreement: &'static Disagreement, #[prop(optional)] heading_level: u8) -> impl IntoView {
    let title = disagreement.title.clone();
    let heading = if heading_level == 3 {
        view! { <h3 class="disagreement-title">{title}</h3> }.into_any()
    } else {
        view! { <h4 class="disagreement-title">{title}</h4> }.into_any()
    };
    view! {
        <article class="disagreement" id=format!("disagreement-{}", disagreement.id) data-disagreement-id=disagreement.id.clone()>
            {heading}
            <p class="disagreement-summary">{disagreement.summary.clone()}</p>
            <ol class="versions">
                {disagreement
                    .versions
                    .iter()
                    .map(|v| view! {
                        <li class="version">
                            <p class="account">{v.account.clone()}</p>
                            <CitationQuote citation=v.citation.clone()/>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </article>
    }
}

#[component]
fn IncidentCard(incident: Incident<'static>, shown: Memo<Vec<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let event = incident.event;
    let id = event.id.clone();
    let id_sel = id.clone();
    let selected = Memo::new(move |_| ctx.state.with(|s| s.narratives.incident.as_deref() == Some(id_sel.as_str())));
    let contested = incident.contested();
    let heading_id = format!("incident-{id}-title");
    let heading_id2 = heading_id.clone();
    let id_link = id.clone();
    let rows = incident
        .rows
        .iter()
        .map(|r| {
            let claim = r.claim;
            let figures = if r.figures.is_empty() {
                view! { <p class="no-figure">"No figure given"</p> }.into_any()
            } else {
                view! {
                    <ul class="figures">{r.figures.iter().map(|f| view! { <li class="figure">{f.clone()}</li> }).collect_view()}</ul>
                }
                .into_any()
            };
            let mut subjects = r.subjects.clone();
            subjects.dedup();
            let subjects = if subjects.is_empty() { "—".to_string() } else { subjects.join(", ") };
            let when = r.sources.iter().map(|s| format!("{} ({})", source_date(store, s), store.source_label(s))).collect::<Vec<_>>();
            let alignment = r.alignment.map(|a| a.as_str()).unwrap_or("third-party");
            view! {
                <tr data-claim-id=claim.id.clone() data-alignment=alignment>
                    <th scope="row" data-label="Who claims">
                        <span class=format!("swatch align-{alignment}") aria-hidden="true"></span>
                        " "
                        {r.claimant.to_string()}
                    </th>
                    <td data-label="Figure">{figures}<p class="statement">{claim.statement.clone()}</p></td>
                    <td data-label="Of whom">{subjects}</td>
                    <td data-label="When stated">
                        {when.into_iter().map(|w| view! { <span class="when">{w}</span> }).collect_view()}
                    </td>
                    <td data-label="Source">
                        <Citations citations=claim.citations.clone()/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let disagreements = incident.disagreements.clone();
    view! {
        <section
            class="incident"
            class:selected=move || selected.get()
            id=format!("incident-{id}")
            data-incident-id=id.clone()
            data-contested=contested.to_string()
            aria-labelledby=heading_id2
            aria-current=move || selected.get().then_some("true")
        >
            <header class="incident-head">
                <h3 id=heading_id>{event.title.clone()}</h3>
                <p class="incident-meta">
                    {match event.end_date.clone() {
                        Some(end) => view! { <DateLabel date=event.date.clone() precision=event.precision end=end/> }.into_any(),
                        None => view! { <DateLabel date=event.date.clone() precision=event.precision/> }.into_any(),
                    }}
                    " · "
                    <span class="contest-badge" data-contested=contested.to_string()>
                        {if contested { "Contested" } else { "Single account in the sources" }}
                    </span>
                </p>
                <p class="incident-actions no-print">
                    <AppLink
                        to=move |s| {
                            s.narratives.incident = Some(id_link.clone());
                            s.narratives.topic = None;
                        }
                        class="permalink"
                    >
                        {move || if selected.get() { "Selected · link to this incident" } else { "Select · link to this incident" }}
                    </AppLink>
                    " · "
                    <AppLink to=open_event(ctx, shown, id.clone()) top=true>"Open in the timeline"</AppLink>
                </p>
            </header>
            <div class="table-wrap">
                <table class="ledger-table">
                    <caption class="visually-hidden">{format!("Claims about: {}", event.title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Who claims"</th>
                            <th scope="col">"Figure"</th>
                            <th scope="col">"Of whom"</th>
                            <th scope="col">"When stated"</th>
                            <th scope="col">"Source"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(!disagreements.is_empty()).then(|| view! {
                <div class="incident-disagreements">
                    <p class="disagreements-label">"Where the sources disagree about this incident"</p>
                    {disagreements.into_iter().map(|d| view! { <DisagreementCard disagreement=d/> }).collect_view()}
                </div>
            })}
        </section>
    }
}

/// The whole ledger, oldest incident first.
#[component]
pub fn Ledger(shown: Memo<Vec<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let list = incidents(ctx.store);
    let count = list.len();
    let body = if list.is_empty() {
        view! { <p class="empty-state">"No incident in this briefing carries a figure."</p> }.into_any()
    } else {
        list.into_iter().map(|i| view! { <IncidentCard incident=i shown=shown/> }).collect_view().into_any()
    };
    view! {
        <section class="ledger" id="ledger" aria-labelledby="ledger-title">
            <h2 id="ledger-title">"Claims ledger"</h2>
            <p class="view-intro">
                {format!(
                    "{count} incidents where a source gives a number. Each row is one party's claim as reported: \
                     who made it, the figure, who was counted, when the reporting source was dated, and the quote. \
                     The briefing does not verify any figure."
                )}
            </p>
            {body}
        </section>
    }
}
