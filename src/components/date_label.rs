//! Dates shown at their precision; approximate ones look approximate.

use super::dom::{el, El};
use crate::domain::date::PartialDate;
use crate::domain::model::Precision;
use crate::domain::store::Store;

pub fn as_of(store: &Store) -> String {
    PartialDate::parse(&store.data.meta.as_of).map(|d| d.display(Precision::Day)).unwrap_or_else(|| store.data.meta.as_of.clone())
}

/// Text for a dataset date string at a precision (falls back to the raw text).
pub fn date_text(text: &str, precision: Precision) -> String {
    if precision == Precision::Undated {
        return crate::domain::date::UNDATED_LABEL.to_string();
    }
    PartialDate::parse(text).map(|d| d.display(precision)).unwrap_or_else(|| text.to_string())
}

/// A date at its precision, with its precision named on hover.
pub fn date_el(date: &str, precision: Precision, end: Option<&str>) -> El {
    let mut text = date_text(date, precision);
    if let Some(end) = end.filter(|e| !e.is_empty()) {
        text = format!("{text} – {}", date_text(end, Precision::Approximate).trim_start_matches("c. "));
    }
    let title = match precision {
        Precision::Day => "Exact day",
        Precision::Month => "Known to the month",
        Precision::Year => "Known to the year",
        Precision::Approximate => "Approximate date",
        Precision::Undated => "Not dated in the sources",
    };
    el("time", "date").attr("datetime", date).attr("data-precision", precision.as_str()).attr("title", title).text(&text)
}
