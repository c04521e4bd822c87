//! Dates shown at their precision; approximate ones look approximate
//! (`dom::date_el` draws them).

use crate::domain::date::PartialDate;
use crate::domain::model::Precision;
use crate::domain::store::Store;

pub fn as_of(store: &Store) -> String {
    PartialDate::parse(&store.data.meta.as_of).map(|d| d.display(Precision::Day)).unwrap_or_else(|| store.data.meta.as_of.clone())
}

/// Text for a dataset date string at a precision (falls back to the raw text).
pub fn date_text(text: &str, precision: Precision) -> String {
    PartialDate::parse(text).map(|d| d.display(precision)).unwrap_or_else(|| text.to_string())
}
