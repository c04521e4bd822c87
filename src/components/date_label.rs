//! Dates shown at their precision; approximate ones look approximate.

use super::dom::{el, El};
pub use crate::domain::date::date_text;
use crate::domain::date::{as_of_text, date_span_text, precision_title};
use crate::domain::model::Precision;
use crate::domain::store::Store;

pub fn as_of(store: &Store) -> String {
    as_of_text(&store.data.meta.as_of)
}

/// A date at its precision, with its precision named on hover.
pub fn date_el(date: &str, precision: Precision, end: Option<&str>) -> El {
    let text = date_span_text(date, precision, end);
    let title = precision_title(precision);
    el("time", "date").attr("datetime", date).attr("data-precision", precision.as_str()).attr("title", title).text(&text)
}
