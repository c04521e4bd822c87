//! The contested-figures ledger: for every incident whose claims carry numbers,
//! who claimed which figure, of whom, and on what source, next to the
//! disagreements between the articles about the same incident. Pure Rust.

use super::date::date_text;
use super::format::figure_text;
use super::model::{Alignment, Claim, Disagreement, Event, Measure, Precision, Subject};
use super::store::Store;

/// The ledger's introduction, for `n` incidents.
pub fn intro(n: usize) -> String {
    format!(
        "{n} incidents where a source gives a number. Each row is one party's claim as reported: who made it, \
         the figure, who was counted, when the reporting source was dated, and the quote. The briefing does not \
         verify any figure."
    )
}

pub const NO_INCIDENTS: &str = "No incident in this briefing carries a figure.";

/// When a claim was stated: "25 Nov 2025 (s0 · Dawn (news report))", or "Undated source (…)".
pub fn stated(store: &Store, source: &str) -> String {
    let date = match store.source(source).and_then(|s| s.date.as_ref().map(|d| (d, s.date_precision.unwrap_or(Precision::Approximate)))) {
        Some((d, p)) => date_text(d, p),
        None => "Undated source".to_string(),
    };
    format!("{date} ({})", store.source_label(source))
}

/// One claim about an incident: who makes it and the figures it gives (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow<'a> {
    pub claim: &'a Claim,
    /// The claimant's display name (the id when the actor is unknown).
    pub claimant: &'a str,
    pub alignment: Option<Alignment>,
    /// Each figure as a phrase: "at least 20 militants killed".
    pub figures: Vec<String>,
    /// Who was counted, one label per figure ("Militants").
    pub subjects: Vec<&'static str>,
    /// Source ids cited by the claim, deduplicated, in order.
    pub sources: Vec<&'a str>,
}

impl LedgerRow<'_> {
    /// The swatch's alignment key; a claimant the dataset does not list is a third party.
    pub fn alignment_key(&self) -> &'static str {
        self.alignment.map(|a| a.as_str()).unwrap_or("third-party")
    }
    /// Who was counted, each once: "Civilians, Children", or "—" for no figure.
    pub fn subjects_text(&self) -> String {
        let mut subjects = self.subjects.clone();
        subjects.dedup();
        if subjects.is_empty() {
            "—".to_string()
        } else {
            subjects.join(", ")
        }
    }
}

/// An incident (event) with at least one claim that carries a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident<'a> {
    pub event: &'a Event,
    pub event_index: usize,
    /// Every claim about the event, figures first; claims without a number stay
    /// because they are often the other side of the contest ("many were refugees").
    pub rows: Vec<LedgerRow<'a>>,
    /// Where the articles themselves disagree about this incident.
    pub disagreements: Vec<&'a Disagreement>,
}

impl Incident<'_> {
    /// More than one party states something about the incident.
    pub fn contested(&self) -> bool {
        let mut claimants: Vec<&str> = self.rows.iter().map(|r| r.claim.claimant.as_str()).collect();
        crate::sort::sort_dedup(&mut claimants);
        claimants.len() > 1 || !self.disagreements.is_empty()
    }
    /// Any figure counts people killed or injured.
    pub fn has_casualties(&self) -> bool {
        self.event.claims.iter().flat_map(|c| &c.figures).any(|f| is_casualty(f.measure))
    }
}

fn is_casualty(m: Measure) -> bool {
    matches!(m, Measure::Killed | Measure::Injured)
}

pub fn subject_label(s: Subject) -> &'static str {
    match s {
        Subject::Civilians => "Civilians",
        Subject::Children => "Children",
        Subject::SecurityForces => "Security forces",
        Subject::Militants => "Militants",
        Subject::People => "People (unspecified)",
        Subject::Posts => "Posts",
        Subject::Other => "Other",
    }
}

fn row<'a>(store: &'a Store, claim: &'a Claim) -> LedgerRow<'a> {
    let actor = store.actor(&claim.claimant);
    let mut sources: Vec<&str> = Vec::new();
    for c in &claim.citations {
        if !sources.contains(&c.source.as_str()) {
            sources.push(&c.source);
        }
    }
    LedgerRow {
        claim,
        claimant: actor.map(|a| a.name.as_str()).unwrap_or(claim.claimant.as_str()),
        alignment: actor.map(|a| a.alignment),
        figures: claim.figures.iter().map(figure_text).collect(),
        subjects: claim.figures.iter().map(|f| subject_label(f.subject)).collect(),
        sources,
    }
}

/// Every incident with figures, oldest first; within each, claims with figures
/// come first (casualty figures before others), then the rest in dataset order.
pub fn incidents(store: &Store) -> Vec<Incident<'_>> {
    let mut out = Vec::new();
    for &i in &store.chronological {
        let event = &store.data.events[i];
        if !event.claims.iter().any(|c| !c.figures.is_empty()) {
            continue;
        }
        let rank = |c: &Claim| match () {
            _ if c.figures.iter().any(|f| is_casualty(f.measure)) => 0,
            _ if !c.figures.is_empty() => 1,
            _ => 2,
        };
        let mut claims: Vec<&Claim> = event.claims.iter().collect();
        crate::sort::sort_by(&mut claims, |a, b| rank(a).cmp(&rank(b))); // stable: dataset order within a rank
        out.push(Incident {
            event,
            event_index: i,
            rows: claims.into_iter().map(|c| row(store, c)).collect(),
            disagreements: store.disagreements_for(&event.id),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Figure, Qualifier};
    use crate::validate;

    fn fig(count: u32, upper: Option<u32>, qualifier: Qualifier, measure: Measure, subject: Subject) -> Figure {
        Figure { count, upper, qualifier, measure, subject }
    }

    fn real() -> Store {
        Store::new(validate::load("briefing.json", crate::DATASET_JSON).expect("dataset is valid"))
    }

    #[test]
    fn lists_every_event_with_figures_once() {
        let store = real();
        let list = incidents(&store);
        let with_figures: Vec<&str> =
            store.data.events.iter().filter(|e| e.claims.iter().any(|c| !c.figures.is_empty())).map(|e| e.id.as_str()).collect();
        assert_eq!(list.len(), with_figures.len());
        for id in with_figures {
            assert_eq!(list.iter().filter(|i| i.event.id == id).count(), 1, "{id}");
        }
        // Oldest first.
        let keys: Vec<u32> = list.iter().map(|i| store.event_dates[i.event_index].key()).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    }

    #[test]
    fn keeps_every_claim_figures_first_and_links_disagreements() {
        let store = real();
        for inc in incidents(&store) {
            assert_eq!(inc.rows.len(), inc.event.claims.len());
            let has: Vec<bool> = inc.rows.iter().map(|r| !r.figures.is_empty()).collect();
            assert!(has.windows(2).all(|w| w[0] >= w[1]), "{}: figures first", inc.event.id);
            assert!(!inc.rows[0].figures.is_empty());
            for d in &inc.disagreements {
                assert!(d.events.contains(&inc.event.id));
            }
            for r in &inc.rows {
                assert!(!r.sources.is_empty() && r.alignment.is_some(), "{}", r.claim.id);
                assert_eq!(r.figures.len(), r.subjects.len());
            }
        }
    }

    #[test]
    fn synthetic_incident_with_competing_claims_is_contested() {
        let mut data = validate::load("briefing.json", crate::DATASET_JSON).unwrap();
        let cite = data.events[0].citations.clone();
        let mut ev = data.events[0].clone();
        ev.id = "ev-test".into();
        ev.claims = vec![
            Claim {
                id: "c-b".into(),
                claimant: "afghan-taliban".into(),
                statement: "Kabul says civilians died.".into(),
                figures: vec![],
                citations: cite.clone(),
            },
            Claim {
                id: "c-a".into(),
                claimant: "pakistan".into(),
                statement: "Islamabad says militants died.".into(),
                figures: vec![fig(10, Some(12), Qualifier::Range, Measure::Killed, Subject::Militants)],
                citations: vec![cite[0].clone(), cite[0].clone()],
            },
        ];
        data.events.push(ev);
        let store = Store::new(data);
        let list = incidents(&store);
        let inc = list.iter().find(|i| i.event.id == "ev-test").unwrap();
        assert!(inc.contested() && inc.has_casualties());
        assert_eq!(inc.rows[0].claim.id, "c-a");
        assert_eq!(inc.rows[0].figures, vec!["10–12 militants killed"]);
        assert_eq!(inc.rows[0].sources.len(), 1);
        assert_eq!(inc.rows[0].claimant, "Pakistan (Islamabad)");
        assert_eq!(inc.rows[0].alignment, Some(Alignment::Pakistan));
    }
}
