//! Ties between actors: which relations the tie filters (kinds, a date) show,
//! and the sortable table of ties. Pure Rust, tested natively.

use super::date::PartialDate;
use super::labels::relation_label;
use super::model::{Briefing, Period, Relation, RelationKind};
use super::search::{fold, matches_all, terms};
use super::sort::sort_indices;

fn parse_opt(text: &Option<String>) -> Option<PartialDate> {
    text.as_deref().and_then(PartialDate::parse)
}

/// Whether a tie holds at a date (of any precision). A relation without a
/// period always holds; otherwise it holds when it started by the end of the
/// date and had not ended before the date began.
pub fn valid_at(r: &Relation, at: PartialDate) -> bool {
    let Some(period) = &r.period else { return true };
    let starts_in_time = parse_opt(&period.start).is_none_or(|s| s.key() <= at.end_key());
    let not_ended = parse_opt(&period.end).is_none_or(|e| e.end_key() >= at.key());
    starts_in_time && not_ended
}

/// Whether a relation passes the kind filter (empty = all kinds) and the date.
pub fn shown(r: &Relation, kinds: &[RelationKind], at: Option<PartialDate>) -> bool {
    (kinds.is_empty() || kinds.contains(&r.kind)) && at.is_none_or(|d| valid_at(r, d))
}

/// Indices of the relations shown, in dataset order.
pub fn visible(relations: &[Relation], kinds: &[RelationKind], at: Option<PartialDate>) -> Vec<usize> {
    relations.iter().enumerate().filter(|(_, r)| shown(r, kinds, at)).map(|(i, _)| i).collect()
}

/// Flips one kind in a relation filter list.
pub fn toggle_kind(kinds: &mut Vec<RelationKind>, k: RelationKind) {
    if let Some(pos) = kinds.iter().position(|x| *x == k) {
        kinds.remove(pos);
    } else {
        // Canonical order keeps URLs stable however the filters were clicked.
        let rank = |k: &RelationKind| RelationKind::ALL.iter().position(|x| x == k);
        let at = kinds.iter().position(|x| rank(x) > rank(&k)).unwrap_or(kinds.len());
        kinds.insert(at, k);
    }
}

fn date_text(text: &str) -> String {
    PartialDate::parse(text).map_or_else(|| text.to_string(), |d| d.display(d.own_precision()))
}

/// A relation's period for people: "Since Oct 2025", "2001 – 2021", "No dates given".
pub fn period_text(period: Option<&Period>) -> String {
    let start = period.and_then(|p| p.start.as_deref());
    let end = period.and_then(|p| p.end.as_deref());
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", date_text(s), date_text(e)),
        (Some(s), None) => format!("Since {}", date_text(s)),
        (None, Some(e)) => format!("Until {}", date_text(e)),
        (None, None) => "No dates given".to_string(),
    }
}

// ---------------------------------------------------------------------------
// The table of ties
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    From,
    Relation,
    To,
    Period,
    Evidence,
}

impl Column {
    pub const ALL: [Column; 5] = [Column::From, Column::Relation, Column::To, Column::Period, Column::Evidence];
    /// The CSS class of the column's cells.
    pub fn class(self) -> &'static str {
        match self {
            Column::From => "col-from",
            Column::Relation => "col-relation",
            Column::To => "col-to",
            Column::Period => "col-period",
            Column::Evidence => "col-evidence",
        }
    }
    /// The URL form (`tsort=evidence`, `tsort=-to`).
    pub fn as_str(self) -> &'static str {
        match self {
            Column::From => "from",
            Column::Relation => "relation",
            Column::To => "to",
            Column::Period => "period",
            Column::Evidence => "evidence",
        }
    }
    pub fn parse(text: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == text)
    }
    pub fn label(self) -> &'static str {
        match self {
            Column::From => "From",
            Column::Relation => "Relation",
            Column::To => "To",
            Column::Period => "Period",
            Column::Evidence => "Evidence",
        }
    }
}

/// Sort key of a period: undated ties first, then by start, then by end.
fn period_key(r: &Relation) -> (u32, u32) {
    let p = r.period.as_ref();
    let start = p.and_then(|p| parse_opt(&p.start)).map_or(0, |d| d.key());
    let end = p.and_then(|p| parse_opt(&p.end)).map_or(u32::MAX, |d| d.end_key());
    (start, end)
}

/// The table's rows: relation indices passing the kinds, the date and the text
/// filter (every word must occur in the names, relation or summary), sorted by
/// a column, ties broken by relation id so the order is always the same.
pub fn table_rows(
    data: &Briefing,
    kinds: &[RelationKind],
    at: Option<PartialDate>,
    text: &str,
    sort: Column,
    ascending: bool,
) -> Vec<usize> {
    let rels = &data.relations;
    // Folded names of each relation's two actors, looked up once.
    let name = |id: &str| fold(data.actors.iter().find(|a| a.id == id).map_or(id, |a| a.name.as_str()));
    let names: Vec<(String, String)> = rels.iter().map(|r| (name(&r.from), name(&r.to))).collect();
    let words = terms(text);
    let mut rows: Vec<usize> = visible(rels, kinds, at)
        .into_iter()
        .filter(|&i| {
            let r = &rels[i];
            let hay =
                || format!("{}\n{}\n{}\n{}\n{}", names[i].0, names[i].1, fold(relation_label(r.kind)), r.kind.as_str(), fold(&r.summary));
            words.is_empty() || matches_all(&hay(), &words)
        })
        .collect();
    sort_indices(&mut rows, &|a, b| {
        let (ra, rb) = (&rels[a], &rels[b]);
        let primary = match sort {
            Column::From => names[a].0.cmp(&names[b].0),
            Column::Relation => relation_label(ra.kind).cmp(relation_label(rb.kind)),
            Column::To => names[a].1.cmp(&names[b].1),
            Column::Period => period_key(ra).cmp(&period_key(rb)),
            Column::Evidence => ra.citations.len().cmp(&rb.citations.len()),
        };
        let primary = if ascending { primary } else { primary.reverse() };
        primary.then_with(|| ra.id.cmp(&rb.id))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{month_date, month_index, month_range};
    use crate::model::Citation;

    fn real() -> Briefing {
        serde_json::from_str(crate::DATASET_JSON).unwrap()
    }

    fn rel(id: &str, kind: RelationKind, start: Option<&str>, end: Option<&str>) -> Relation {
        Relation {
            id: id.into(),
            from: "a".into(),
            to: "b".into(),
            kind,
            period: (start.is_some() || end.is_some()).then(|| Period { start: start.map(Into::into), end: end.map(Into::into) }),
            summary: String::new(),
            events: vec![],
            citations: vec![Citation { source: "s0".into(), quote: "q".into() }],
        }
    }

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn date_filter_semantics() {
        let undated = rel("u", RelationKind::Hostile, None, None);
        let since = rel("s", RelationKind::Hostile, Some("2025-10"), None);
        let span = rel("p", RelationKind::Supports, Some("2001"), Some("2021"));
        let until = rel("e", RelationKind::Trade, None, Some("2022-06"));
        // No period: always valid.
        for at in ["1990", "2025-10-12", "2030-01"] {
            assert!(valid_at(&undated, d(at)));
        }
        // Start: valid from the start on; a coarse date counts if the start falls inside it.
        assert!(!valid_at(&since, d("2025-09")));
        assert!(!valid_at(&since, d("2025-09-30")));
        assert!(valid_at(&since, d("2025-10")));
        assert!(valid_at(&since, d("2025-10-01")));
        assert!(valid_at(&since, d("2025")));
        assert!(valid_at(&since, d("2026-03")));
        // Start and end (year precision): the whole end year is included.
        assert!(!valid_at(&span, d("2000-12")));
        assert!(valid_at(&span, d("2001-01")));
        assert!(valid_at(&span, d("2021-12-31")));
        assert!(!valid_at(&span, d("2022-01")));
        // End only.
        assert!(valid_at(&until, d("1999")));
        assert!(valid_at(&until, d("2022-06-30")));
        assert!(!valid_at(&until, d("2022-07")));

        let all = [undated, since, span, until];
        assert_eq!(visible(&all, &[], None), vec![0, 1, 2, 3]);
        assert_eq!(visible(&all, &[], Some(d("2010-05"))), vec![0, 2, 3]);
        assert_eq!(visible(&all, &[RelationKind::Hostile], None), vec![0, 1]);
        assert_eq!(visible(&all, &[RelationKind::Hostile], Some(d("2010"))), vec![0]);
        assert_eq!(visible(&all, &[RelationKind::Hostile, RelationKind::Trade], Some(d("2025-11"))), vec![0, 1]);
        assert!(visible(&all, &[RelationKind::Mediates], None).is_empty());
    }

    #[test]
    fn real_data_at_a_date() {
        let data = real();
        let at = |s: &str| visible(&data.relations, &[], Some(d(s))).iter().map(|&i| data.relations[i].id.clone()).collect::<Vec<_>>();
        let oct = at("2025-10");
        assert!(oct.contains(&"rel-pak-hostile-taliban".to_string()));
        assert!(!oct.contains(&"rel-pak-supported-taliban".to_string()));
        assert!(!oct.contains(&"rel-iran-mediates-pak".to_string()));
        let y2010 = at("2010");
        assert!(y2010.contains(&"rel-pak-supported-taliban".to_string()));
        assert!(!y2010.contains(&"rel-pak-hostile-taliban".to_string()));
    }

    #[test]
    fn months_and_periods() {
        let data = real();
        let (lo, hi) = month_range(&data).unwrap();
        assert_eq!(month_date(lo).iso(), "2001-01");
        assert_eq!(month_date(hi).iso(), "2025-11");
        assert_eq!(month_index(month_date(lo + 17)), lo + 17);
        assert_eq!(month_index(d("2025-10-12")), month_index(d("2025-10")));
        assert_eq!(period_text(None), "No dates given");
        let p = Period { start: Some("2001".into()), end: Some("2021".into()) };
        assert_eq!(period_text(Some(&p)), "2001 – 2021");
        let p = Period { start: Some("2025-10".into()), end: None };
        assert_eq!(period_text(Some(&p)), "Since Oct 2025");
        let mut kinds = vec![];
        toggle_kind(&mut kinds, RelationKind::Trade);
        toggle_kind(&mut kinds, RelationKind::Hostile);
        assert_eq!(kinds, vec![RelationKind::Hostile, RelationKind::Trade]);
        toggle_kind(&mut kinds, RelationKind::Hostile);
        assert_eq!(kinds, vec![RelationKind::Trade]);
    }

    #[test]
    fn table_sorts_and_filters() {
        let data = real();
        let n = data.relations.len();
        let all = table_rows(&data, &[], None, "", Column::From, true);
        assert_eq!(all.len(), n);
        let evidence = table_rows(&data, &[], None, "", Column::Evidence, false);
        let counts: Vec<usize> = evidence.iter().map(|&i| data.relations[i].citations.len()).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]));
        let by_to = table_rows(&data, &[], None, "", Column::To, true);
        let names = |id: &str| data.actors.iter().find(|a| a.id == id).unwrap().name.to_lowercase();
        assert!(by_to.windows(2).all(|w| names(&data.relations[w[0]].to) <= names(&data.relations[w[1]].to)));
        let periods = table_rows(&data, &[], None, "", Column::Period, true);
        assert!(data.relations[periods[0]].period.as_ref().is_none_or(|p| p.start.is_none()), "no known start sorts first");
        // Text filter: every word, any of the names, relation or summary.
        let qatar = table_rows(&data, &[], None, "qatar", Column::From, true);
        assert!(!qatar.is_empty() && qatar.len() < n);
        assert!(qatar.iter().all(|&i| data.relations[i].from == "qatar"
            || data.relations[i].to == "qatar"
            || data.relations[i].summary.to_lowercase().contains("qatar")));
        let hostile = table_rows(&data, &[RelationKind::Hostile], None, "", Column::From, true);
        assert!(hostile.iter().all(|&i| data.relations[i].kind == RelationKind::Hostile));
        assert!(table_rows(&data, &[], None, "zzzz-nothing", Column::From, true).is_empty());
    }
}
