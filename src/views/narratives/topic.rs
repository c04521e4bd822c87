//! One topic: the question, the divergence verdict, the two governments' positions
//! side by side, independent and third-party views, and the related events.

use leptos::prelude::*;

use super::links::{open_event, select_actor, AppLink};
use crate::app::use_ctx;
use crate::components::citation::Citations;
use crate::components::date_label::DateLabel;
use crate::domain::date::PartialDate;
use crate::domain::model::{Divergence, Narrative, Point, Precision};
use crate::domain::url_state::Side;

pub fn verdict_label(d: Divergence) -> &'static str {
    match d {
        Divergence::Agree => "Agree",
        Divergence::Dispute => "Dispute",
        Divergence::OneSided => "Only one side addresses it",
    }
}

fn verdict_hint(d: Divergence) -> &'static str {
    match d {
        Divergence::Agree => "The Pakistani and Afghan positions in the sources match.",
        Divergence::Dispute => "The Pakistani and Afghan positions in the sources contradict each other.",
        Divergence::OneSided => "Only one government's position appears in the sources.",
    }
}

fn precision_of(d: &PartialDate) -> Precision {
    match (d.month, d.day) {
        (Some(_), Some(_)) => Precision::Day,
        (Some(_), None) => Precision::Month,
        _ => Precision::Year,
    }
}

/// One attributed point: what is said, who said it, when, and the quote.
#[component]
fn PointItem(point: Point) -> impl IntoView {
    let ctx = use_ctx();
    let actor = ctx.store.actor(&point.actor);
    let name = actor.map(|a| a.name.clone()).unwrap_or_else(|| point.actor.clone());
    let alignment = actor.map(|a| a.alignment.as_str()).unwrap_or("third-party");
    let date = point.date.as_ref().and_then(|d| PartialDate::parse(d).map(|p| (d.clone(), precision_of(&p))));
    view! {
        <li class="point">
            <p class="point-text">{point.text}</p>
            <p class="attribution">
                <span class="visually-hidden">"Said by "</span>
                <AppLink to=select_actor(point.actor.clone()) class="who" top=true>
                    <span class=format!("swatch align-{alignment}") aria-hidden="true"></span>
                    {name}
                </AppLink>
                {date.map(|(d, p)| view! { " · " <DateLabel date=d precision=p/> })}
            </p>
            <Citations citations=point.citations/>
        </li>
    }
}

/// A government's column: its points, or the explicit statement that it made none.
#[component]
fn SideColumn(
    side: &'static str,
    label: &'static str,
    points: Vec<Point>,
    silence: Option<String>,
    #[prop(into)] hidden: Signal<bool>,
) -> impl IntoView {
    let body = if points.is_empty() {
        let text = silence.unwrap_or_else(|| format!("The sources quote no {label} position on this question."));
        view! {
            <div class="silence" data-testid="silence">
                <p class="silence-label">{format!("No public claim from {label} in the sources")}</p>
                <p>{text}</p>
            </div>
        }
        .into_any()
    } else {
        view! { <ul class="points">{points.into_iter().map(|p| view! { <PointItem point=p/> }).collect_view()}</ul> }
            .into_any()
    };
    view! {
        <section class="side" data-side=side hidden=move || hidden.get()>
            <h3 class="side-label">
                <span class=format!("swatch align-{side}") aria-hidden="true"></span>
                {label}
                <span class="side-sub">" · government and officials"</span>
            </h3>
            {body}
        </section>
    }
}

#[component]
pub fn TopicSection(narrative: &'static Narrative, shown: Memo<Vec<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let id = narrative.id.clone();
    let side = Memo::new(move |_| ctx.state.with(|s| s.narratives.side));
    let id_sel = id.clone();
    let selected = Memo::new(move |_| ctx.state.with(|s| s.narratives.topic.as_deref() == Some(id_sel.as_str())));
    let heading_id = format!("topic-{}-title", narrative.id);
    let heading_id2 = heading_id.clone();
    let verdict = narrative.divergence;
    let third = narrative.third_party.clone();
    let events: Vec<_> = narrative
        .events
        .iter()
        .filter_map(|eid| ctx.store.event(eid))
        .map(|e| (e.id.clone(), e.title.clone(), e.date.clone(), e.precision))
        .collect();
    let id_link = id.clone();
    view! {
        <section
            class="topic"
            class:selected=move || selected.get()
            id=format!("topic-{id}")
            data-topic-id=id.clone()
            data-divergence=verdict.as_str()
            aria-labelledby=heading_id2
        >
            <header class="topic-head">
                <h2 id=heading_id>{narrative.topic.clone()}</h2>
                <AppLink
                    to=move |s| {
                        s.narratives.topic = Some(id_link.clone());
                        s.narratives.incident = None;
                    }
                    class="permalink no-print"
                >
                    "Link to this topic"
                </AppLink>
            </header>
            <p class="question"><span class="label">"Question at stake: "</span>{narrative.question.clone()}</p>
            <div class="divergence" data-divergence=verdict.as_str()>
                <span class="verdict" title=verdict_hint(verdict)>{verdict_label(verdict)}</span>
                <p class="crux">{narrative.crux.clone()}</p>
            </div>
            <div class="sides">
                <SideColumn
                    side="pakistan"
                    label="Pakistan"
                    points=narrative.pakistan.clone()
                    silence=narrative.pakistan_silence.clone()
                    hidden=Signal::derive(move || side.get() == Side::Afghanistan)
                />
                <SideColumn
                    side="afghanistan"
                    label="Afghanistan"
                    points=narrative.afghanistan.clone()
                    silence=narrative.afghanistan_silence.clone()
                    hidden=Signal::derive(move || side.get() == Side::Pakistan)
                />
            </div>
            {(!third.is_empty()).then(|| view! {
                <section class="side third-party" data-side="third-party">
                    <h3 class="side-label">
                        <span class="swatch align-third-party" aria-hidden="true"></span>
                        "Independent and third-party views"
                    </h3>
                    <ul class="points">{third.into_iter().map(|p| view! { <PointItem point=p/> }).collect_view()}</ul>
                </section>
            })}
            {(!events.is_empty()).then(|| view! {
                <div class="related">
                    <h3 class="related-label">"Related events on the timeline"</h3>
                    <ul class="related-events">
                        {events.into_iter().map(|(eid, title, date, precision)| view! {
                            <li>
                                <DateLabel date=date precision=precision/>
                                " "
                                <AppLink to=open_event(ctx, shown, eid) top=true>{title}</AppLink>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </section>
    }
}
