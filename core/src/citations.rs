//! Where citations are used, and which links may be made clickable: read by
//! the validator and by the Sources view (which needs no validation code).

use super::model::{Actor, Briefing, Citation, Claim, Disagreement, Event, Narrative, Place, Relation};

/// Only http(s) links are ever made clickable.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Which group of a narrative a point is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointGroup {
    Pakistan,
    Afghanistan,
    ThirdParty,
    Opinion,
}

impl PointGroup {
    pub fn key(self) -> &'static str {
        match self {
            PointGroup::Pakistan => "pakistan",
            PointGroup::Afghanistan => "afghanistan",
            PointGroup::ThirdParty => "third_party",
            PointGroup::Opinion => "opinion",
        }
    }
}

/// The record that carries a citation: typed, so the Sources view describes and
/// links it without parsing a path.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    Actor(&'a Actor),
    Place(&'a Place),
    Event(&'a Event),
    Claim(&'a Event, &'a Claim),
    Relation(&'a Relation),
    Point(&'a Narrative, PointGroup, usize),
    Disagreement(&'a Disagreement),
}

impl Record<'_> {
    /// The record's path, as fault messages and `data-record` name it: "events/ev-x/claims/cl-y".
    pub fn path(&self) -> String {
        match self {
            Record::Actor(a) => format!("actors/{}", a.id),
            Record::Place(p) => format!("places/{}", p.id),
            Record::Event(e) => format!("events/{}", e.id),
            Record::Claim(e, c) => format!("events/{}/claims/{}", e.id, c.id),
            Record::Relation(r) => format!("relations/{}", r.id),
            Record::Point(n, column, i) => format!("narratives/{}/{}[{i}]", n.id, column.key()),
            Record::Disagreement(d) => format!("disagreements/{}", d.id),
        }
    }
}

/// Every citation in the dataset, with the record that carries it.
pub fn all_citations(b: &Briefing) -> Vec<(Record<'_>, &Citation)> {
    let mut out = Vec::new();
    for a in &b.actors {
        out.extend(a.citations.iter().map(|c| (Record::Actor(a), c)));
    }
    for p in &b.places {
        out.extend(p.citations.iter().map(|c| (Record::Place(p), c)));
    }
    for e in &b.events {
        out.extend(e.citations.iter().map(|c| (Record::Event(e), c)));
        for cl in &e.claims {
            out.extend(cl.citations.iter().map(|c| (Record::Claim(e, cl), c)));
        }
    }
    for r in &b.relations {
        out.extend(r.citations.iter().map(|c| (Record::Relation(r), c)));
    }
    for n in &b.narratives {
        let columns = [
            (PointGroup::Pakistan, &n.pakistan),
            (PointGroup::Afghanistan, &n.afghanistan),
            (PointGroup::ThirdParty, &n.third_party),
            (PointGroup::Opinion, &n.opinion),
        ];
        for (column, points) in columns {
            for (i, p) in points.iter().enumerate() {
                out.extend(p.citations.iter().map(move |c| (Record::Point(n, column, i), c)));
            }
        }
    }
    for d in &b.disagreements {
        out.extend(d.versions.iter().map(|v| (Record::Disagreement(d), &v.citation)));
    }
    out
}
