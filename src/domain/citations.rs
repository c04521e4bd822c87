//! Where citations are used, and which links may be made clickable: read by
//! the validator and by the Sources view (which needs no validation code).

use super::model::{Briefing, Citation};

/// Only http(s) links are ever made clickable.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Every citation in the dataset, with the record that carries it.
pub fn all_citations(b: &Briefing) -> Vec<(String, &Citation)> {
    let mut out = Vec::new();
    for a in &b.actors {
        out.extend(a.citations.iter().map(|c| (format!("actors/{}", a.id), c)));
    }
    for p in &b.places {
        out.extend(p.citations.iter().map(|c| (format!("places/{}", p.id), c)));
    }
    for e in &b.events {
        out.extend(e.citations.iter().map(|c| (format!("events/{}", e.id), c)));
        for cl in &e.claims {
            out.extend(cl.citations.iter().map(|c| (format!("events/{}/claims/{}", e.id, cl.id), c)));
        }
    }
    for r in &b.relations {
        out.extend(r.citations.iter().map(|c| (format!("relations/{}", r.id), c)));
    }
    for n in &b.narratives {
        for (side, points) in
            [("pakistan", &n.pakistan), ("afghanistan", &n.afghanistan), ("third_party", &n.third_party), ("opinion", &n.opinion)]
        {
            for (i, p) in points.iter().enumerate() {
                out.extend(p.citations.iter().map(|c| (format!("narratives/{}/{side}[{i}]", n.id), c)));
            }
        }
    }
    for d in &b.disagreements {
        out.extend(d.versions.iter().map(|v| (format!("disagreements/{}", d.id), &v.citation)));
    }
    out
}
