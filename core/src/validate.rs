//! Every check on the dataset. Each fault names the record and the field, so an
//! author can fix it without guessing.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::citations::is_safe_url;
use super::date::PartialDate;
use super::model::*;

/// One problem in the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// e.g. `events/oct-kabul-strike`
    pub record: String,
    /// e.g. `citations[0].quote`
    pub field: String,
    pub message: String,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: field `{}`: {}", self.record, self.field, self.message)
    }
}

pub const MAX_QUOTE_WORDS: usize = 30;

/// Parses and validates a dataset. `file` is named in every message.
pub fn load(file: &str, json: &str) -> Result<Briefing, Vec<String>> {
    let briefing: Briefing = serde_json::from_str(json).map_err(|e| vec![format!("{file}: cannot parse: {e}")])?;
    let faults = validate(&briefing);
    if faults.is_empty() {
        Ok(briefing)
    } else {
        Err(faults.iter().map(|f| format!("{file}: {f}")).collect())
    }
}

struct Checker<'a> {
    faults: Vec<Fault>,
    sources: HashSet<&'a str>,
    actors: HashSet<&'a str>,
    places: HashSet<&'a str>,
    phases: HashSet<&'a str>,
    /// Start and end keys of each event's date (None when undated or malformed).
    event_dates: HashMap<&'a str, Option<(u32, u32)>>,
    /// Sources that are opinion pieces.
    opinion_sources: HashSet<&'a str>,
    /// Actors that are an opinion piece's own voice, with that source.
    opinion_voices: HashMap<&'a str, &'a str>,
}

impl<'a> Checker<'a> {
    fn fault(&mut self, record: &str, field: impl Into<String>, message: impl Into<String>) {
        self.faults.push(Fault { record: record.to_string(), field: field.into(), message: message.into() });
    }

    fn text(&mut self, record: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fault(record, field, "must not be empty");
        }
    }

    fn citations(&mut self, record: &str, field: &str, citations: &[Citation]) {
        if citations.is_empty() {
            self.fault(record, field, "needs at least one citation");
        }
        for (i, c) in citations.iter().enumerate() {
            self.citation(record, &format!("{field}[{i}]"), c);
        }
    }

    fn citation(&mut self, record: &str, field: &str, c: &Citation) {
        if !self.sources.contains(c.source.as_str()) {
            self.fault(record, format!("{field}.source"), format!("unknown source `{}`", c.source));
        }
        let words = c.quote.split_whitespace().count();
        if words == 0 {
            self.fault(record, format!("{field}.quote"), "quote is empty");
        } else if words > MAX_QUOTE_WORDS {
            self.fault(record, format!("{field}.quote"), format!("quote has {words} words, at most {MAX_QUOTE_WORDS}"));
        }
        if c.quote.to_lowercase().contains("[cite") {
            self.fault(record, format!("{field}.quote"), "quote contains \"[cite\" residue");
        }
    }

    fn refs(&mut self, record: &str, field: &str, ids: &[String], known: &dyn Fn(&Self, &str) -> bool, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !known(self, id) {
                self.fault(record, format!("{field}[{i}]"), format!("unknown {what} `{id}`"));
            }
        }
    }

    fn actor_ref(&mut self, record: &str, field: &str, id: &str) {
        if !self.actors.contains(id) {
            self.fault(record, field, format!("unknown actor `{id}`"));
        }
    }

    fn date(&mut self, record: &str, field: &str, text: &str, precision: Option<Precision>) -> Option<PartialDate> {
        match PartialDate::parse(text) {
            None => {
                self.fault(record, field, format!("`{text}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
                None
            }
            Some(d) => {
                if let Some(p) = precision {
                    if !d.fits(p) {
                        self.fault(record, field, format!("`{text}` does not fit precision `{}`", p.as_str()));
                    }
                }
                Some(d)
            }
        }
    }

    /// An inference note: not empty, and naming at least two sources, each of
    /// which the record cites.
    fn inference(&mut self, record: &str, note: Option<&str>, cited: &HashSet<&str>) {
        let Some(note) = note else { return };
        if note.trim().is_empty() {
            self.fault(record, "inference", "must not be empty (leave the field out when nothing is inferred)");
            return;
        }
        let mut named: Vec<&str> = self.sources.iter().copied().filter(|id| mentions(note, id)).collect();
        named.sort_unstable();
        if named.len() < 2 {
            self.fault(
                record,
                "inference",
                format!(
                    "an inference names the articles whose accounts it joins: it names {} source id(s), at least two are needed",
                    named.len()
                ),
            );
        }
        for id in named {
            if !cited.contains(id) {
                self.fault(record, "inference", format!("names `{id}`, which the record does not cite"));
            }
        }
    }

    /// `field` is the list: "pakistan", "afghanistan", "third_party" or "opinion".
    /// An opinion piece's own voice goes in `opinion` and nowhere else.
    fn points(&mut self, record: &str, field: &str, points: &[Point]) {
        for (i, p) in points.iter().enumerate() {
            let f = format!("{field}[{i}]");
            self.actor_ref(record, &format!("{f}.actor"), &p.actor);
            match (self.opinion_voices.get(p.actor.as_str()).copied(), field == "opinion") {
                (Some(src), false) => self.fault(
                    record,
                    format!("{f}.actor"),
                    format!("`{}` is the voice of the opinion piece {src}: its views go in `opinion`, not in `{field}`", p.actor),
                ),
                (None, true) if self.actors.contains(p.actor.as_str()) => self.fault(
                    record,
                    format!("{f}.actor"),
                    format!(
                        "only an opinion piece's own voice goes in `opinion`: `{}` is not the author of an op-ed (see `author_of`)",
                        p.actor
                    ),
                ),
                _ => {}
            }
            self.text(record, &format!("{f}.text"), &p.text);
            if let Some(d) = &p.date {
                self.date(record, &format!("{f}.date"), d, None);
            }
            self.citations(record, &format!("{f}.citations"), &p.citations);
        }
    }
}

/// Whether `text` names the source id `id` as a word ("s0", "(s0)", "s0's"; not "s01").
fn mentions(text: &str, id: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_');
    text.match_indices(id).any(|(at, _)| !word(text[..at].chars().next_back()) && !word(text[at + id.len()..].chars().next()))
}

fn is_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Runs every check and returns all faults (empty when the dataset is sound).
pub fn validate(b: &Briefing) -> Vec<Fault> {
    let mut c = Checker {
        faults: Vec::new(),
        sources: b.sources.iter().map(|s| s.id.as_str()).collect(),
        actors: b.actors.iter().map(|a| a.id.as_str()).collect(),
        places: b.places.iter().map(|p| p.id.as_str()).collect(),
        phases: b.phases.iter().map(|p| p.id.as_str()).collect(),
        event_dates: HashMap::new(),
        opinion_sources: b.sources.iter().filter(|s| s.kind.is_opinion()).map(|s| s.id.as_str()).collect(),
        opinion_voices: HashMap::new(),
    };
    c.opinion_voices = b
        .actors
        .iter()
        .filter_map(|a| a.author_of.as_deref().filter(|s| c.opinion_sources.contains(s)).map(|s| (a.id.as_str(), s)))
        .collect();

    // Ids: well-formed and unique across the whole file, claims included.
    let mut seen: HashMap<&str, String> = HashMap::new();
    let mut all_ids: Vec<(String, &str)> = Vec::new();
    all_ids.extend(b.sources.iter().map(|r| (format!("sources/{}", r.id), r.id.as_str())));
    all_ids.extend(b.phases.iter().map(|r| (format!("phases/{}", r.id), r.id.as_str())));
    all_ids.extend(b.actors.iter().map(|r| (format!("actors/{}", r.id), r.id.as_str())));
    all_ids.extend(b.places.iter().map(|r| (format!("places/{}", r.id), r.id.as_str())));
    all_ids.extend(b.events.iter().map(|r| (format!("events/{}", r.id), r.id.as_str())));
    for e in &b.events {
        all_ids.extend(e.claims.iter().map(|cl| (format!("events/{}/claims/{}", e.id, cl.id), cl.id.as_str())));
    }
    all_ids.extend(b.relations.iter().map(|r| (format!("relations/{}", r.id), r.id.as_str())));
    all_ids.extend(b.narratives.iter().map(|r| (format!("narratives/{}", r.id), r.id.as_str())));
    all_ids.extend(b.disagreements.iter().map(|r| (format!("disagreements/{}", r.id), r.id.as_str())));
    for (record, id) in &all_ids {
        if !is_id(id) {
            c.fault(record, "id", "ids use only a-z, 0-9 and '-'");
        }
        if let Some(first) = seen.insert(id, record.clone()) {
            c.fault(record, "id", format!("duplicate id, already used by {first}"));
        }
    }

    let meta = "meta";
    c.text(meta, "title", &b.meta.title);
    c.text(meta, "overview", &b.meta.overview);
    c.date(meta, "as_of", &b.meta.as_of, Some(Precision::Day));
    for (field, value) in [
        ("method.selection", &b.meta.method.selection),
        ("method.attribution", &b.meta.method.attribution),
        ("method.divergence", &b.meta.method.divergence),
        ("method.scope", &b.meta.method.scope),
    ] {
        c.text(meta, field, value);
    }

    for s in &b.sources {
        let r = format!("sources/{}", s.id);
        c.text(&r, "file", &s.file);
        c.text(&r, "description", &s.description);
        c.text(&r, "reliability", &s.reliability);
        if let Some(url) = &s.url {
            if !is_safe_url(url) {
                c.fault(&r, "url", "only http(s) links are allowed");
            }
        }
        match (&s.date, s.date_precision) {
            (Some(d), p) => {
                if p.is_none() {
                    c.fault(&r, "date_precision", "required when a date is given");
                }
                c.date(&r, "date", d, p);
            }
            (None, Some(_)) => c.fault(&r, "date", "date_precision given without a date"),
            (None, None) => {}
        }
    }

    for p in &b.phases {
        let r = format!("phases/{}", p.id);
        c.text(&r, "name", &p.name);
        c.text(&r, "description", &p.description);
    }

    let mut voices: HashMap<&str, &str> = HashMap::new();
    for a in &b.actors {
        let r = format!("actors/{}", a.id);
        c.text(&r, "name", &a.name);
        c.text(&r, "description", &a.description);
        if let Some(src) = a.author_of.as_deref() {
            if !c.sources.contains(src) {
                c.fault(&r, "author_of", format!("unknown source `{src}`"));
            } else if let Some(first) = voices.insert(src, a.id.as_str()) {
                c.fault(&r, "author_of", format!("source `{src}` already has an author actor, `{first}`"));
            }
        }
        c.citations(&r, "citations", &a.citations);
    }

    for p in &b.places {
        let r = format!("places/{}", p.id);
        c.text(&r, "name", &p.name);
        c.text(&r, "country", &p.country);
        if !(-90.0..=90.0).contains(&p.lat) {
            c.fault(&r, "lat", format!("{} is outside -90..90", p.lat));
        }
        if !(-180.0..=180.0).contains(&p.lon) {
            c.fault(&r, "lon", format!("{} is outside -180..180", p.lon));
        }
        c.citations(&r, "citations", &p.citations);
    }

    // Events: dates first, so causal links can be checked against them.
    for e in &b.events {
        let r = format!("events/{}", e.id);
        c.event_dates.insert(e.id.as_str(), None);
        if e.precision == Precision::Undated {
            // The articles give no date: no date, no span, no month to be placed in.
            if !e.date.is_empty() {
                c.fault(&r, "date", format!("`{}` given with precision `undated`: an undated event has an empty date", e.date));
            }
            if e.end_date.is_some() {
                c.fault(&r, "end_date", "an undated event has no end date");
            }
        } else if e.date.is_empty() {
            c.fault(&r, "date", format!("empty, but precision is `{}`: give a date, or use precision `undated`", e.precision.as_str()));
        } else if let Some(d) = c.date(&r, "date", &e.date, Some(e.precision)) {
            c.event_dates.insert(e.id.as_str(), Some((d.key(), d.end_key())));
            if let Some(end) = &e.end_date {
                if let Some(end_d) = c.date(&r, "end_date", end, None) {
                    if end_d.key() < d.key() {
                        c.fault(&r, "end_date", "ends before it starts");
                    }
                }
            }
        }
    }
    for e in &b.events {
        let r = format!("events/{}", e.id);
        c.text(&r, "title", &e.title);
        c.text(&r, "summary", &e.summary);
        if !c.phases.contains(e.phase.as_str()) {
            c.fault(&r, "phase", format!("unknown phase `{}`", e.phase));
        }
        for (i, t) in e.tags.iter().enumerate() {
            if !is_id(t) {
                c.fault(&r, format!("tags[{i}]"), "tags use only a-z, 0-9 and '-'");
            }
        }
        c.refs(&r, "places", &e.places, &|c, id| c.places.contains(id), "place");
        c.refs(&r, "actors", &e.actors, &|c, id| c.actors.contains(id), "actor");
        c.refs(&r, "responds_to", &e.responds_to, &|c, id| c.event_dates.contains_key(id), "event");
        let own = c.event_dates.get(e.id.as_str()).copied().flatten();
        for (i, earlier) in e.responds_to.iter().enumerate() {
            // A coarse date spans its month or year: only a start after our end is wrong.
            // An undated event has no order to check.
            if let (Some((_, own_end)), Some(&Some((then, _)))) = (own, c.event_dates.get(earlier.as_str())) {
                if then > own_end {
                    c.fault(
                        &r,
                        format!("responds_to[{i}]"),
                        format!("`{earlier}` is later than this event: causal links point forward in time"),
                    );
                }
            }
            if earlier == &e.id {
                c.fault(&r, format!("responds_to[{i}]"), "an event cannot respond to itself");
            }
        }
        for (i, cl) in e.claims.iter().enumerate() {
            let f = format!("claims[{i}]");
            c.actor_ref(&r, &format!("{f}.claimant"), &cl.claimant);
            c.text(&r, &format!("{f}.statement"), &cl.statement);
            for (j, fig) in cl.figures.iter().enumerate() {
                let ff = format!("{f}.figures[{j}]");
                match (fig.qualifier, fig.upper) {
                    (Qualifier::Range, None) => c.fault(&r, format!("{ff}.upper"), "a range needs an upper bound"),
                    (Qualifier::Range, Some(u)) if u <= fig.count => c.fault(&r, format!("{ff}.upper"), "upper bound must exceed count"),
                    (q, Some(_)) if q != Qualifier::Range => {
                        c.fault(&r, format!("{ff}.upper"), "upper bound only goes with qualifier `range`")
                    }
                    _ => {}
                }
            }
            c.citations(&r, &format!("{f}.citations"), &cl.citations);
        }
        c.citations(&r, "citations", &e.citations);
        let cited: HashSet<&str> =
            e.citations.iter().chain(e.claims.iter().flat_map(|cl| &cl.citations)).map(|x| x.source.as_str()).collect();
        c.inference(&r, e.inference.as_deref(), &cited);
    }

    for rel in &b.relations {
        let r = format!("relations/{}", rel.id);
        c.actor_ref(&r, "from", &rel.from);
        c.actor_ref(&r, "to", &rel.to);
        if rel.from == rel.to {
            c.fault(&r, "to", "a relation needs two different actors");
        }
        c.text(&r, "summary", &rel.summary);
        if let Some(period) = &rel.period {
            let start = period.start.as_ref().and_then(|s| c.date(&r, "period.start", s, None));
            let end = period.end.as_ref().and_then(|s| c.date(&r, "period.end", s, None));
            if let (Some(s), Some(e)) = (start, end) {
                if e.end_key() < s.key() {
                    c.fault(&r, "period.end", "ends before it starts");
                }
            }
        }
        c.refs(&r, "events", &rel.events, &|c, id| c.event_dates.contains_key(id), "event");
        c.citations(&r, "citations", &rel.citations);
    }

    for n in &b.narratives {
        let r = format!("narratives/{}", n.id);
        c.text(&r, "topic", &n.topic);
        c.text(&r, "question", &n.question);
        c.text(&r, "crux", &n.crux);
        c.points(&r, "pakistan", &n.pakistan);
        c.points(&r, "afghanistan", &n.afghanistan);
        c.points(&r, "third_party", &n.third_party);
        c.points(&r, "opinion", &n.opinion);
        let cited: HashSet<&str> = [&n.pakistan, &n.afghanistan, &n.third_party, &n.opinion]
            .into_iter()
            .flat_map(|points| points.iter().flat_map(|p| &p.citations))
            .map(|x| x.source.as_str())
            .collect();
        c.inference(&r, n.inference.as_deref(), &cited);
        if n.pakistan.is_empty() && n.pakistan_silence.as_deref().is_none_or(|s| s.trim().is_empty()) {
            c.fault(&r, "pakistan_silence", "the Pakistan side is empty: say that it made no public claim");
        }
        if n.afghanistan.is_empty() && n.afghanistan_silence.as_deref().is_none_or(|s| s.trim().is_empty()) {
            c.fault(&r, "afghanistan_silence", "the Afghanistan side is empty: say that it made no public claim");
        }
        c.refs(&r, "events", &n.events, &|c, id| c.event_dates.contains_key(id), "event");
    }

    for d in &b.disagreements {
        let r = format!("disagreements/{}", d.id);
        c.text(&r, "title", &d.title);
        c.text(&r, "summary", &d.summary);
        if d.versions.len() < 2 {
            c.fault(&r, "versions", "a disagreement needs at least two versions");
        }
        for (i, v) in d.versions.iter().enumerate() {
            c.text(&r, &format!("versions[{i}].account"), &v.account);
            c.citation(&r, &format!("versions[{i}].citation"), &v.citation);
        }
        c.refs(&r, "events", &d.events, &|c, id| c.event_dates.contains_key(id), "event");
    }

    c.faults
}
