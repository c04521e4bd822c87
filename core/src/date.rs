//! Dates at the precision a source gives them: a year, a month or a day, or
//! none at all ([`PartialDate::UNDATED`]).

use super::model::{Briefing, Precision};

/// A date with optional month and day. Orders chronologically, a coarser date
/// sorting before the finer dates inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// Stands for an event the articles do not date (year 0, which no dataset date
    /// can have). It sorts after every date, no date range contains it (its
    /// [`key`](Self::key) is the largest and its [`end_key`](Self::end_key) the
    /// smallest), and its month bucket is 0, headed "Undated".
    pub const UNDATED: PartialDate = PartialDate { year: 0, month: None, day: None };

    pub fn is_undated(&self) -> bool {
        self.year == 0
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar (year 1 or later).
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year_text.parse().ok()?;
        if year == 0 {
            return None;
        }
        let number = |part: Option<&str>| -> Option<Option<u8>> {
            match part {
                None => Some(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => Some(Some(p.parse().ok()?)),
                Some(_) => None,
            }
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// Whether the written form fits the stated precision.
    pub fn fits(&self, precision: Precision) -> bool {
        match precision {
            Precision::Day => self.day.is_some(),
            Precision::Month => self.month.is_some() && self.day.is_none(),
            Precision::Year => self.month.is_none(),
            Precision::Approximate => true,
            Precision::Undated => false,
        }
    }

    /// A sortable number: YYYYMMDD with missing parts as zero.
    pub fn key(&self) -> u32 {
        if self.is_undated() {
            return u32::MAX;
        }
        self.year as u32 * 10_000 + self.month.unwrap_or(0) as u32 * 100 + self.day.unwrap_or(0) as u32
    }

    /// The last day this date could mean, as a key: for range filters.
    pub fn end_key(&self) -> u32 {
        if self.is_undated() {
            return 0;
        }
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        self.year as u32 * 10_000 + month as u32 * 100 + day as u32
    }

    /// The month bucket YYYYMM; a date known only to the year gets YYYY00.
    pub fn month_key(&self) -> u32 {
        self.year as u32 * 100 + self.month.unwrap_or(0) as u32
    }

    /// Human form at the date's own precision: "12 Oct 2025", "Oct 2025", "2025",
    /// with "c." in front when approximate; "Undated" for the undated marker.
    pub fn display(&self, precision: Precision) -> String {
        if self.is_undated() || precision == Precision::Undated {
            return UNDATED_LABEL.to_string();
        }
        let base = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{} {} {}", d, MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        };
        if precision == Precision::Approximate {
            format!("c. {base}")
        } else {
            base
        }
    }

    /// The precision its own parts give: a day, a month or a year.
    pub fn own_precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Canonical text form, the inverse of [`PartialDate::parse`] (empty for the
    /// undated marker, as an undated event's `date` is).
    pub fn iso(&self) -> String {
        if self.is_undated() {
            return String::new();
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

/// How an undated event's date and month bucket read.
pub const UNDATED_LABEL: &str = "Undated";

/// The dataset's "as of" date as the briefing shows it (falls back to the raw text).
pub fn as_of_text(as_of: &str) -> String {
    PartialDate::parse(as_of).map(|d| d.display(Precision::Day)).unwrap_or_else(|| as_of.to_string())
}

/// Text for a dataset date string at a precision (falls back to the raw text).
pub fn date_text(text: &str, precision: Precision) -> String {
    if precision == Precision::Undated {
        return UNDATED_LABEL.to_string();
    }
    PartialDate::parse(text).map(|d| d.display(precision)).unwrap_or_else(|| text.to_string())
}

/// A date, or a span to an end date, as a date label reads ("Oct 2025 – Nov 2025").
pub fn date_span_text(date: &str, precision: Precision, end: Option<&str>) -> String {
    let text = date_text(date, precision);
    match end.filter(|e| !e.is_empty()) {
        Some(end) => format!("{text} – {}", date_text(end, Precision::Approximate).trim_start_matches("c. ")),
        None => text,
    }
}

/// A date label's hover text: how precisely the date is known.
pub fn precision_title(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "Exact day",
        Precision::Month => "Known to the month",
        Precision::Year => "Known to the year",
        Precision::Approximate => "Approximate date",
        Precision::Undated => "Not dated in the sources",
    }
}

/// Heading for a month bucket key (YYYYMM): "October 2025", "2001" for a year
/// bucket, "Undated" for bucket 0 (events the articles do not date).
pub fn month_heading(month_key: u32) -> String {
    if month_key == 0 {
        return UNDATED_LABEL.to_string();
    }
    match (month_key % 100) as usize {
        m @ 1..=12 => format!("{} {}", MONTHS_LONG[m - 1], month_key / 100),
        _ => (month_key / 100).to_string(),
    }
}

/// Short label for a month bucket key: "Oct 2025", "2001", or "Undated".
pub fn month_label(month_key: u32) -> String {
    if month_key == 0 {
        return UNDATED_LABEL.to_string();
    }
    match (month_key % 100) as usize {
        m @ 1..=12 => format!("{} {}", MONTHS[m - 1], month_key / 100),
        _ => (month_key / 100).to_string(),
    }
}

/// A date as a month number (year × 12 + month − 1); a bare year counts as January.
pub fn month_index(d: PartialDate) -> u32 {
    d.year as u32 * 12 + d.month.map_or(0, |m| m as u32 - 1)
}

/// The month a month number stands for.
pub fn month_date(index: u32) -> PartialDate {
    PartialDate { year: (index / 12) as u16, month: Some((index % 12) as u8 + 1), day: None }
}

fn undated_events(n: usize) -> String {
    if n == 1 {
        "1 undated event".to_string()
    } else {
        format!("{n} undated events")
    }
}

/// Under the activity chart: the matching events it has no month for.
pub fn undated_not_charted(n: usize) -> String {
    let verb = if n == 1 { "is" } else { "are" };
    format!("Not charted: {} {verb} in no month, as the articles give no date.", undated_events(n))
}

/// Under the date fields: how many matching undated events a date range leaves
/// out (`range_set`), or would. None when no undated event matches.
pub fn undated_left_out(n: usize, range_set: bool) -> Option<String> {
    match (n, range_set) {
        (0, _) => None,
        (_, true) => Some(format!("This range leaves out {}: the articles give no date.", undated_events(n))),
        (1, false) => Some("1 undated event matches; any date range leaves it out.".to_string()),
        (_, false) => Some(format!("{} match; any date range leaves them out.", undated_events(n))),
    }
}

/// The months the date control spans: from the earliest to the latest date of
/// any relation period or event. None when there are no dates at all.
pub fn month_range(data: &Briefing) -> Option<(u32, u32)> {
    let periods = data.relations.iter().filter_map(|r| r.period.as_ref());
    let dates = periods
        .flat_map(|p| [p.start.as_deref().and_then(PartialDate::parse), p.end.as_deref().and_then(PartialDate::parse)])
        .chain(data.events.iter().map(|e| PartialDate::parse(&e.date)))
        .flatten()
        .map(month_index);
    dates.fold(None, |acc, m| match acc {
        None => Some((m, m)),
        Some((lo, hi)) => Some((lo.min(m), hi.max(m))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2025").unwrap().key(), 20250000);
        assert_eq!(PartialDate::parse("2025-10").unwrap().key(), 20251000);
        assert_eq!(PartialDate::parse("2025-10-12").unwrap().key(), 20251012);
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in ["", "0000", "0000-01", "25", "2025-13", "2025-02-30", "2025-1-01", "2025-10-12-1", "abcd", "2025--01"] {
            assert!(PartialDate::parse(bad).is_none(), "{bad}");
        }
        assert!(PartialDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn precision_fits() {
        let day = PartialDate::parse("2025-10-12").unwrap();
        assert!(day.fits(Precision::Day) && !day.fits(Precision::Month) && day.fits(Precision::Approximate));
        let month = PartialDate::parse("2025-10").unwrap();
        assert!(month.fits(Precision::Month) && !month.fits(Precision::Day) && !month.fits(Precision::Year));
    }

    #[test]
    fn displays_at_precision() {
        let d = PartialDate::parse("2025-10-12").unwrap();
        assert_eq!(d.display(Precision::Day), "12 Oct 2025");
        assert_eq!(PartialDate::parse("2025-10").unwrap().display(Precision::Approximate), "c. Oct 2025");
        assert_eq!(d.iso(), "2025-10-12");
        assert_eq!(PartialDate::parse("2025-02").unwrap().end_key(), 20250228);
        assert_eq!(month_heading(PartialDate::parse("2001").unwrap().month_key()), "2001");
        assert_eq!(month_heading(202510), "October 2025");
    }

    #[test]
    fn undated_sorts_last_and_falls_outside_every_range() {
        let u = PartialDate::UNDATED;
        let d = PartialDate::parse("2025-11-24").unwrap();
        assert!(u.is_undated() && !d.is_undated());
        assert!(u.key() > d.key() && u.key() > PartialDate::parse("9999").unwrap().key());
        // A range [from, to] holds a date when end_key >= from and key <= to: never the marker,
        // whichever end is set.
        let (from, to) = (PartialDate::parse("0001").unwrap().key(), PartialDate::parse("9999").unwrap().end_key());
        assert!(u.end_key() < from && u.key() > to);
        assert_eq!(u.month_key(), 0);
        assert_eq!((month_heading(0).as_str(), month_label(0).as_str()), ("Undated", "Undated"));
        assert_eq!(u.display(Precision::Day), "Undated");
        assert_eq!(d.display(Precision::Undated), "Undated");
        assert!(!d.fits(Precision::Undated));
        assert_eq!(undated_not_charted(2), "Not charted: 2 undated events are in no month, as the articles give no date.");
        assert_eq!(undated_not_charted(1), "Not charted: 1 undated event is in no month, as the articles give no date.");
        assert_eq!(undated_left_out(0, true), None);
        assert_eq!(undated_left_out(3, true).unwrap(), "This range leaves out 3 undated events: the articles give no date.");
        assert_eq!(undated_left_out(1, false).unwrap(), "1 undated event matches; any date range leaves it out.");
    }
}
