//! Where citations are used, and which links may be made clickable: read by
//! the validator and by the Sources view (which needs no validation code).

use super::model::{Actor, Briefing, Citation, Claim, Disagreement, Event, Narrative, Place, Relation};
use super::prose::as_read;
use super::store::Store;

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

    /// What a reader is told the quote is used in: "Claim by ISPR · Strikes on Kabul".
    pub fn label(&self, store: &Store) -> String {
        match *self {
            Record::Event(e) => format!("Event: {}", as_read(store, &e.title)),
            Record::Claim(e, c) => format!("Claim by {} · {}", store.actor_name(&c.claimant), as_read(store, &e.title)),
            Record::Actor(a) => format!("Actor: {}", a.name),
            Record::Relation(r) => format!("Relation: {} → {}", store.actor_name(&r.from), store.actor_name(&r.to)),
            Record::Point(n, group, _) => {
                let side = match group {
                    PointGroup::Pakistan => "Pakistan's position",
                    PointGroup::Afghanistan => "Afghanistan's position",
                    PointGroup::Opinion => "opinion piece",
                    PointGroup::ThirdParty => "third-party view",
                };
                format!("Narrative: {} ({side})", n.topic)
            }
            Record::Disagreement(d) => format!("Disagreement: {}", d.title),
            Record::Place(p) => format!("Place: {}", p.name),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    #[test]
    fn every_record_kind_is_labelled_by_what_it_is() {
        let store = Store::new(load("briefing.json", crate::DATASET_JSON).unwrap());
        let uses = all_citations(&store.data);
        let mut seen = std::collections::HashSet::new();
        for (record, _) in &uses {
            let label = record.label(&store);
            let prefix = match record {
                Record::Actor(_) => "Actor: ",
                Record::Place(_) => "Place: ",
                Record::Event(_) => "Event: ",
                Record::Claim(..) => "Claim by ",
                Record::Relation(_) => "Relation: ",
                Record::Point(..) => "Narrative: ",
                Record::Disagreement(_) => "Disagreement: ",
            };
            assert!(label.starts_with(prefix) && label.len() > prefix.len() + 2, "{} is labelled {label:?}", record.path());
            assert!(!label.contains("[s") && !label.contains("<"), "unread source markup in {label:?}");
            seen.insert(prefix);
        }
        assert_eq!(seen.len(), 7, "the real dataset cites from every kind of record");
    }
}
