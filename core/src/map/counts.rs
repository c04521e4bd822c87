//! How many of the shown events happened at each place, how many of those are
//! disputed, and the month-by-month index the time control scrubs through.
//!
//! "Shown" is the timeline's result, `query::run(store, &state.timeline).events`,
//! so the map and the timeline always agree on filters, search and date range.

use super::places::MapIndex;
use crate::date::month_label;
use crate::store::Store;

/// Per place (indices as in `MapIndex::places`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counts {
    pub events: Vec<u32>,
    pub disputed: Vec<u32>,
    /// The largest of `events` (for colour and size scales), at least 1.
    pub max: u32,
    /// Shown events with at least one place on the map.
    pub placed: usize,
    /// Shown events with no place (statements, diplomacy without a venue): the
    /// view should say how many the map leaves out.
    pub unplaced: usize,
}

impl MapIndex {
    /// Counts over `shown` (event indices). An event at several places counts once
    /// at each, so the per-place counts may add up to more than `placed`.
    pub fn counts(&self, shown: &[usize]) -> Counts {
        let n = self.places.len();
        let mut c = Counts { events: vec![0; n], disputed: vec![0; n], ..Default::default() };
        for &e in shown {
            let at = self.shown_at(e);
            if at.is_empty() {
                c.unplaced += 1;
                continue;
            }
            c.placed += 1;
            let disputed = self.disputed(e);
            for &p in at {
                c.events[p as usize] += 1;
                c.disputed[p as usize] += u32::from(disputed);
            }
        }
        c.max = c.events.iter().copied().max().unwrap_or(0).max(1);
        c
    }

    /// The shown events at place `p`, in the order of `shown`.
    pub fn events_at(&self, shown: &[usize], p: usize) -> Vec<usize> {
        shown.iter().copied().filter(|&e| self.shown_at(e).contains(&(p as u32))).collect()
    }
}

/// One stop of the time control.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeStep {
    /// YYYYMM, or YYYY00 for events dated only to the year (as `Store::months`).
    pub month: u32,
    /// "Oct 2025", or "2025 (month not known)".
    pub label: String,
    pub year_only: bool,
}

/// What the time control selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeWindow {
    /// No time selection: every shown event.
    #[default]
    All,
    /// Only the events of step `i`.
    Step(usize),
    /// The events of steps `0..=i`: the conflict so far.
    Through(usize),
}

/// The time control's stops: every month of the dataset that has an event, oldest
/// first, with a year's month-unknown events as a stop before its January. The
/// stops come from the whole dataset, so filtering never moves them.
pub fn time_steps(store: &Store) -> Vec<TimeStep> {
    store
        .dated_months()
        .iter()
        .map(|&m| {
            let year_only = m % 100 == 0;
            let label = if year_only { format!("{} (month not known)", m / 100) } else { month_label(m) };
            TimeStep { month: m, label, year_only }
        })
        .collect()
}

/// The stop an event falls in; none for an undated event.
fn step_index(store: &Store, e: usize) -> Option<usize> {
    let offset = store.months.len() - store.dated_months().len();
    (store.event_month[e] as usize).checked_sub(offset)
}

/// The stop for a month key (YYYYMM or YYYY00), if the dataset has one.
pub fn step_of(store: &Store, month: u32) -> Option<usize> {
    store.dated_months().binary_search(&month).ok()
}

/// The stop at or before a month key: where the control lands for a month with no events.
pub fn step_at_or_before(store: &Store, month: u32) -> Option<usize> {
    match store.dated_months().binary_search(&month) {
        Ok(i) => Some(i),
        Err(0) => None,
        Err(i) => Some(i - 1),
    }
}

/// The shown events inside the window, in the order of `shown`.
pub fn in_window(store: &Store, shown: &[usize], window: TimeWindow) -> Vec<usize> {
    match window {
        TimeWindow::All => shown.to_vec(),
        TimeWindow::Step(s) => shown.iter().copied().filter(|&e| step_index(store, e) == Some(s)).collect(),
        TimeWindow::Through(s) => shown.iter().copied().filter(|&e| step_index(store, e).is_some_and(|i| i <= s)).collect(),
    }
}

/// Shown events per stop (for the control's histogram), one entry per stop.
pub fn per_step(store: &Store, shown: &[usize]) -> Vec<u32> {
    let mut out = vec![0u32; store.dated_months().len()];
    for i in shown.iter().filter_map(|&e| step_index(store, e)) {
        out[i] += 1;
    }
    out
}
