//! Exports of a list of events: CSV (RFC 4180) and JSON. Pure Rust, so the
//! encoding is tested natively; the browser only wraps the text in a Blob.

use serde::Serialize;

use super::model::Event;
use super::store::Store;

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 12] =
    ["id", "date", "precision", "end_date", "kind", "phase", "title", "summary", "actors", "places", "tags", "sources"];

/// Separator inside a list-valued cell (actors, places, tags, sources).
pub const LIST_SEPARATOR: &str = "; ";

/// One field, quoted when it holds a comma, a quote, CR or LF; quotes doubled.
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
/// `@`, a tab or CR) gets a leading apostrophe, the OWASP advice for CSV injection.
/// Dataset text is not trusted to be harmless in Excel or Sheets.
pub fn spreadsheet_safe(value: String) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value
    }
}

/// One record, terminated by CRLF.
pub fn csv_record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields.iter().map(|f| csv_field(f.as_ref())).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

fn event_fields(store: &Store, e: &Event) -> Vec<String> {
    let join = |items: Vec<&str>| items.join(LIST_SEPARATOR);
    let mut sources: Vec<&str> = Vec::new();
    let cited = e.citations.iter().chain(e.claims.iter().flat_map(|c| &c.citations));
    for c in cited {
        if !sources.contains(&c.source.as_str()) {
            sources.push(&c.source);
        }
    }
    let fields = vec![
        e.id.clone(),
        e.date.clone(),
        e.precision.as_str().to_string(),
        e.end_date.clone().unwrap_or_default(),
        e.kind.as_str().to_string(),
        store.phase(&e.phase).map(|p| p.name.clone()).unwrap_or_else(|| e.phase.clone()),
        e.title.clone(),
        e.summary.clone(),
        join(e.actors.iter().map(|a| store.actor_name(a)).collect()),
        join(e.places.iter().map(|p| store.place_name(p)).collect()),
        join(e.tags.iter().map(String::as_str).collect()),
        join(sources),
    ];
    fields.into_iter().map(spreadsheet_safe).collect()
}

/// A header row and one row per event index, in the order given.
pub fn events_csv(store: &Store, indices: &[usize]) -> String {
    let mut out = csv_record(&CSV_COLUMNS);
    for &i in indices {
        if let Some(e) = store.data.events.get(i) {
            out.push_str(&csv_record(&event_fields(store, e)));
        }
    }
    out
}

#[derive(Serialize)]
struct JsonExport<'a> {
    title: &'a str,
    as_of: &'a str,
    /// The view the events were exported from (a query string).
    view: &'a str,
    count: usize,
    /// Full event records, as in briefing.json.
    events: Vec<&'a Event>,
}

/// The events as JSON, with the briefing's title and date and the view's query.
pub fn events_json(store: &Store, indices: &[usize], view_query: &str) -> String {
    let events: Vec<&Event> = indices.iter().filter_map(|&i| store.data.events.get(i)).collect();
    let doc = JsonExport { title: &store.data.meta.title, as_of: &store.data.meta.as_of, view: view_query, count: events.len(), events };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".to_string())
}

/// A file name for an export: "briefing-events-2025-11-25.csv".
pub fn file_name(as_of: &str, extension: &str) -> String {
    format!("briefing-events-{as_of}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{query, url_state::TimelineState, validate};
    use proptest::prelude::*;

    /// A strict RFC 4180 parser: records end in CRLF; fields are quoted or plain.
    fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut at_field_start = true;
        while let Some(c) = chars.next() {
            match c {
                '"' if at_field_start => {
                    at_field_start = false;
                    loop {
                        match chars.next() {
                            Some('"') if chars.peek() == Some(&'"') => {
                                chars.next();
                                field.push('"');
                            }
                            Some('"') => break,
                            Some(ch) => field.push(ch),
                            None => return Err("unterminated quoted field".into()),
                        }
                    }
                    match chars.peek() {
                        Some(',') | Some('\r') | None => {}
                        other => return Err(format!("text after closing quote: {other:?}")),
                    }
                }
                '"' => return Err("quote inside an unquoted field".into()),
                ',' => {
                    record.push(std::mem::take(&mut field));
                    at_field_start = true;
                }
                '\r' => {
                    if chars.next() != Some('\n') {
                        return Err("CR without LF".into());
                    }
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                    at_field_start = true;
                }
                '\n' => return Err("bare LF outside quotes".into()),
                ch => {
                    at_field_start = false;
                    field.push(ch);
                }
            }
        }
        if !field.is_empty() || !record.is_empty() {
            return Err("last record lacks CRLF".into());
        }
        Ok(records)
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(csv_field("plain text"), "plain text");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_record(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }

    #[test]
    fn a_field_with_comma_quote_and_newline_round_trips() {
        let nasty = "Kabul, \"officially\"\r\nsaid:\nnothing";
        let text = csv_record(&["id-1", nasty, ""]);
        assert_eq!(parse_csv(&text).unwrap(), vec![vec!["id-1".to_string(), nasty.to_string(), String::new()]]);
    }

    fn real() -> Store {
        Store::new(validate::load("briefing.json", crate::DATASET_JSON).expect("dataset is valid"))
    }

    #[test]
    fn exports_the_real_timeline() {
        let store = real();
        let shown = query::run(&store, &TimelineState::default()).events;
        let csv = events_csv(&store, &shown);
        let rows = parse_csv(&csv).unwrap();
        assert_eq!(rows.len(), shown.len() + 1);
        assert_eq!(rows[0], CSV_COLUMNS.map(String::from).to_vec());
        for (row, &i) in rows[1..].iter().zip(&shown) {
            let e = &store.data.events[i];
            assert_eq!(row.len(), CSV_COLUMNS.len());
            assert_eq!((&row[0], &row[1], &row[6], &row[7]), (&e.id, &e.date, &e.title, &e.summary));
            assert!(!row[11].is_empty(), "{} has sources", e.id);
        }
        // A filtered timeline exports exactly what it shows.
        let filter = TimelineState { kinds: vec![crate::model::EventKind::Airstrike], ..Default::default() };
        let shown = query::run(&store, &filter).events;
        assert!(!shown.is_empty() && shown.len() < store.data.events.len());
        assert_eq!(parse_csv(&events_csv(&store, &shown)).unwrap().len(), shown.len() + 1);
    }

    #[test]
    fn json_export_parses_back_to_the_events() {
        let store = real();
        let shown: Vec<usize> = store.chronological.iter().copied().take(5).collect();
        let text = events_json(&store, &shown, "view=sources&kind=airstrike");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["count"], 5);
        assert_eq!(v["view"], "view=sources&kind=airstrike");
        assert_eq!(v["title"], store.data.meta.title.as_str());
        let events: Vec<Event> = serde_json::from_value(v["events"].clone()).unwrap();
        let expected: Vec<Event> = shown.iter().map(|&i| store.data.events[i].clone()).collect();
        assert_eq!(events, expected);
        assert_eq!(file_name("2025-11-25", "csv"), "briefing-events-2025-11-25.csv");
    }

    #[test]
    fn synthetic_event_with_hostile_text_round_trips() {
        let mut data = validate::load("briefing.json", crate::DATASET_JSON).unwrap();
        data.events[0].title = "Strike, \"reported\"\nby Kabul".into();
        data.events[0].summary = "=HYPERLINK(\"x\"),\r\n\"\"".into();
        let store = Store::new(data);
        let rows = parse_csv(&events_csv(&store, &[0])).unwrap();
        assert_eq!(rows[1][6], store.data.events[0].title);
        // A formula-like cell is neutralised, the rest of it kept verbatim.
        assert_eq!(rows[1][7], format!("'{}", store.data.events[0].summary));
    }

    #[test]
    fn formula_like_cells_are_neutralised_and_others_untouched() {
        for bad in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(bad.to_string()), format!("'{bad}"));
        }
        for good in ["2025-10-12", "Kabul", "a=b", " =x", ""] {
            assert_eq!(spreadsheet_safe(good.to_string()), good);
        }
    }

    proptest! {
        #[test]
        fn any_fields_round_trip(fields in proptest::collection::vec("(\\PC|[,\"\r\n ]){0,20}", 1..6)) {
            let text = csv_record(&fields);
            prop_assert!(text.ends_with("\r\n"));
            let parsed = parse_csv(&text).map_err(TestCaseError::fail)?;
            prop_assert_eq!(parsed, vec![fields]);
        }

        #[test]
        fn fields_with_comma_quote_and_newline_round_trip(a in "\\PC{0,8}", b in "\\PC{0,8}", c in "\\PC{0,8}") {
            let field = format!("{a},{b}\"{c}\n{a}\"\"");
            let text = format!("{}{}", csv_record(&["x", &field]), csv_record(&[&field, "y"]));
            let parsed = parse_csv(&text).map_err(TestCaseError::fail)?;
            prop_assert_eq!(parsed, vec![vec!["x".to_string(), field.clone()], vec![field, "y".to_string()]]);
        }
    }
}
