//! One topic: the question, the divergence verdict, the two governments' positions
//! side by side, independent and third-party views, and the related events.
//! Built once as static content; which columns show is CSS on the
//! container's `data-showing`, the highlight is set by the view's effect.

use crate::components::citation::citations_el;
use crate::components::date_label::date_el;
use crate::components::dom::{el, text_el, El};
use crate::components::links::link;
use crate::components::prose::{inference_el, prose_el, with_prose};
use crate::ctx::Ctx;
use crate::domain::date::PartialDate;
use crate::domain::intent::Intent;
use crate::domain::labels::{verdict_hint, verdict_label};
use crate::domain::model::{Narrative, Point};
use crate::domain::prose::as_read;

/// One attributed point: what is said, who said it (linked to the actor), when,
/// and the quote.
fn point_el(ctx: Ctx, p: &Point) -> El {
    let actor = ctx.store.actor(&p.actor);
    let name = actor.map(|a| a.name.as_str()).unwrap_or(p.actor.as_str());
    let alignment = actor.map(|a| a.alignment.as_str()).unwrap_or("third-party");
    let who = link(&Intent::SelectActor(Some(p.actor.clone())), "who", "")
        .child(el("span", &format!("swatch align-{alignment}")).attr("aria-hidden", "true"))
        .text(name);
    let date = p.date.as_deref().and_then(|d| PartialDate::parse(d).map(|pd| date_el(d, pd.own_precision(), None)));
    let mut attribution = el("p", "attribution").child(text_el("span", "visually-hidden", "Said by ")).child(who);
    if let Some(d) = date {
        attribution = attribution.text(" · ").child(d);
    }
    el("li", "point").child(prose_el(ctx.store, "p", "point-text", &p.text)).child(attribution).child(citations_el(ctx.store, &p.citations))
}

fn points_el(ctx: Ctx, points: &[Point]) -> Option<El> {
    (!points.is_empty()).then(|| el("ul", "points").children(points.iter().map(|p| point_el(ctx, p))))
}

/// A column: its label, then its points or the explicit statement that the side
/// made no public claim in the sources.
fn side_el(ctx: Ctx, side: &str, label: &str, sub: &str, points: &[Point], silence: Option<&str>) -> El {
    let heading = el("h3", "side-label")
        .child(el("span", &format!("swatch align-{side}")).attr("aria-hidden", "true"))
        .text(label)
        .maybe((!sub.is_empty()).then(|| text_el("span", "side-sub", sub)));
    let silence =
        (points.is_empty()).then(|| {
            let fallback = format!("The sources quote no {label} position on this question.");
            el("div", "silence")
                .child(text_el("p", "silence-label", &format!("No public claim from {label} in the sources")))
                .child(prose_el(ctx.store, "p", "", silence.unwrap_or(&fallback)))
        });
    el("section", "side").attr("data-side", side).child(heading).maybe(silence).maybe(points_el(ctx, points))
}

pub fn topic_el(ctx: Ctx, n: &Narrative) -> El {
    let heading_id = format!("topic-{}-title", n.id);
    let verdict = n.divergence;
    let head = el("header", "topic-head").child(text_el("h2", "", &n.topic).attr("id", &heading_id)).child(link(
        &Intent::Topic(n.id.clone()),
        "permalink no-print",
        "Link to this topic",
    ));
    let question = with_prose(el("p", "question").child(text_el("span", "label", "Question at stake: ")), ctx.store, &n.question);
    let divergence = el("div", "divergence")
        .attr("data-divergence", verdict.as_str())
        .child(text_el("span", "verdict", verdict_label(verdict)).attr("title", verdict_hint(verdict)))
        .child(prose_el(ctx.store, "p", "crux", &n.crux));
    let sides = el("div", "sides")
        .child(side_el(ctx, "pakistan", "Pakistan", " · government and officials", &n.pakistan, n.pakistan_silence.as_deref()))
        .child(side_el(ctx, "afghanistan", "Afghanistan", " · government and officials", &n.afghanistan, n.afghanistan_silence.as_deref()));
    let third = (!n.third_party.is_empty()).then(|| {
        side_el(ctx, "third-party", "Independent and third-party views", "", &n.third_party, None).attr("class", "side third-party")
    });
    // Opinion pieces' judgements: labelled as opinion, never filed as a neutral view.
    let opinion = (!n.opinion.is_empty()).then(|| {
        side_el(ctx, "opinion", "Opinion", " · from an opinion piece, not a neutral view", &n.opinion, None).attr("class", "side opinion")
    });
    let inference = n.inference.as_deref().map(|text| inference_el(ctx.store, text));
    let events: Vec<El> = n
        .events
        .iter()
        .filter_map(|id| ctx.store.event(id))
        .map(|e| {
            el("li", "").child(date_el(&e.date, e.precision, e.end_date.as_deref())).text(" ").child(link(
                &Intent::OpenEvent(e.id.clone()),
                "",
                &as_read(ctx.store, &e.title),
            ))
        })
        .collect();
    let related = (!events.is_empty()).then(|| {
        el("div", "related")
            .child(text_el("h3", "related-label", "Related events on the timeline"))
            .child(el("ul", "related-events").children(events))
    });
    el("section", "topic")
        .attr("id", &format!("topic-{}", n.id))
        .attr("data-topic-id", &n.id)
        .attr("data-divergence", verdict.as_str())
        .attr("aria-labelledby", &heading_id)
        .child(head)
        .child(question)
        .child(divergence)
        .child(sides)
        .maybe(third)
        .maybe(opinion)
        .maybe(inference)
        .maybe(related)
}
