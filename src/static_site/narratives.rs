//! Narratives: every topic as src/views/narratives/topic.rs draws it: the
//! question, the verdict and crux, Pakistan's and Afghanistan's positions side by
//! side, third-party views, opinion, the briefing's inference, related events.

use super::html::{el, link, text_el, El};
use super::parts::*;
use crate::domain::date::PartialDate;
use crate::domain::labels::{verdict_hint, verdict_label};
use crate::domain::labels::{NARRATIVES_INTRO, NO_NARRATIVES};
use crate::domain::model::{Narrative, Point};
use crate::domain::prose::as_read;
use crate::domain::store::Store;

fn point_el(store: &Store, p: &Point) -> El {
    let alignment = store.actor(&p.actor).map(|a| a.alignment.as_str()).unwrap_or("third-party");
    let who = match store.actor(&p.actor) {
        Some(a) => link(&actor_href(&p.actor), "").class("who").child(swatch(alignment)).text(&a.name),
        None => el("span").class("who").child(swatch(alignment)).text(&p.actor),
    };
    let date = p.date.as_deref().and_then(|d| PartialDate::parse(d).map(|pd| date_el(d, pd.own_precision(), None)));
    let mut attribution = el("p").class("attribution").child(text_el("span", "visually-hidden", "Said by ")).child(who);
    if let Some(d) = date {
        attribution = attribution.text(" · ").child(d);
    }
    el("li").class("point").child(prose_el(store, "p", "point-text", &p.text)).child(attribution).child(citations_el(store, &p.citations))
}

fn swatch(alignment: &str) -> El {
    el("span").class(&format!("swatch align-{alignment}")).attr("aria-hidden", "true")
}

/// A column: its label, then its points or the statement that the side made no
/// public claim in the sources.
fn side_el(store: &Store, side: &str, label: &str, sub: &str, points: &[Point], silence: Option<&str>) -> El {
    let heading =
        el("h4").class("side-label").child(swatch(side)).text(label).maybe((!sub.is_empty()).then(|| text_el("span", "side-sub", sub)));
    let silence = points.is_empty().then(|| {
        let fallback = format!("The sources quote no {label} position on this question.");
        el("div")
            .class("silence")
            .child(text_el("p", "silence-label", &format!("No public claim from {label} in the sources")))
            .child(prose_el(store, "p", "", silence.unwrap_or(&fallback)))
    });
    let points = (!points.is_empty()).then(|| el("ul").class("points").children(points.iter().map(|p| point_el(store, p))));
    let class = match side {
        "third-party" => "side third-party",
        "opinion" => "side opinion",
        _ => "side",
    };
    el("section").class(class).attr("data-side", side).child(heading).maybe(silence).maybe(points)
}

fn topic_el(store: &Store, n: &Narrative) -> El {
    let verdict = n.divergence;
    let sides = el("div")
        .class("sides")
        .child(side_el(store, "pakistan", "Pakistan", " · government and officials", &n.pakistan, n.pakistan_silence.as_deref()))
        .child(side_el(
            store,
            "afghanistan",
            "Afghanistan",
            " · government and officials",
            &n.afghanistan,
            n.afghanistan_silence.as_deref(),
        ));
    let third =
        (!n.third_party.is_empty()).then(|| side_el(store, "third-party", "Independent and third-party views", "", &n.third_party, None));
    // Opinion pieces' judgements: labelled as opinion, never filed as a neutral view.
    let opinion = (!n.opinion.is_empty())
        .then(|| side_el(store, "opinion", "Opinion", " · from an opinion piece, not a neutral view", &n.opinion, None));
    let events: Vec<El> = n
        .events
        .iter()
        .filter_map(|id| store.event(id))
        .map(|e| {
            el("li")
                .child(date_el(&e.date, e.precision, e.end_date.as_deref()))
                .text(" ")
                .child(link(&event_href(&e.id), &as_read(store, &e.title)))
        })
        .collect();
    let related = (!events.is_empty()).then(|| {
        el("div")
            .class("related")
            .child(text_el("h4", "related-label", "Related events on the timeline"))
            .child(el("ul").class("related-events").children(events))
    });
    el("section")
        .class("topic")
        .id(&format!("topic-{}", n.id))
        .attr("data-divergence", verdict.as_str())
        .child(el("header").class("topic-head").child(text_el("h3", "", &n.topic)))
        .child(with_prose(el("p").class("question").child(text_el("span", "label", "Question at stake: ")), store, &n.question))
        .child(
            el("div")
                .class("divergence")
                .attr("data-divergence", verdict.as_str())
                .child(text_el("span", "verdict", verdict_label(verdict)).attr("title", verdict_hint(verdict)))
                .child(prose_el(store, "p", "crux", &n.crux)),
        )
        .child(sides)
        .maybe(third)
        .maybe(opinion)
        .maybe(n.inference.as_deref().map(|text| inference_el(store, text)))
        .maybe(related)
}

pub fn section(store: &Store) -> El {
    let narratives = &store.data.narratives;
    let topics = narratives.iter().map(|n| {
        el("li")
            .child(link(&topic_href(&n.id), &n.topic))
            .text(" ")
            .child(text_el("span", "verdict-mini", verdict_label(n.divergence)).attr("data-divergence", n.divergence.as_str()))
    });
    el("section")
        .class("static-section narratives-view")
        .id("narratives")
        .attr("aria-labelledby", "narratives-title")
        .child(text_el("h2", "", "Narratives").id("narratives-title"))
        .child(text_el("p", "view-intro", NARRATIVES_INTRO))
        .maybe(
            (!narratives.is_empty())
                .then(|| el("nav").class("topic-nav").attr("aria-label", "Topics").child(el("ol").class("topic-list").children(topics))),
        )
        .maybe(narratives.is_empty().then(|| text_el("p", "empty-state", NO_NARRATIVES)))
        .child(el("div").class("topics").children(narratives.iter().map(|n| topic_el(store, n))))
}
