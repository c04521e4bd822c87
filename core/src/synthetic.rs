//! Synthetic datasets of any size, for scale tests and benchmarks. They reuse the
//! real dataset's actors, places, phases and sources so every reference resolves.

use super::model::*;

/// A small deterministic PRNG (xorshift), so runs are repeatable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "border",
    "strike",
    "talks",
    "ceasefire",
    "militants",
    "crossing",
    "convoy",
    "statement",
    "province",
    "officials",
    "security",
    "district",
    "trade",
    "refugees",
    "mediators",
    "outpost",
    "retaliation",
    "delegation",
    "checkpoint",
];

/// Replaces the events of `base` with `count` generated ones spread over 2021–2025.
pub fn generate(base: &Briefing, count: usize, seed: u64) -> Briefing {
    let mut rng = Rng(seed | 1);
    let mut out = base.clone();
    out.relations.iter_mut().for_each(|r| r.events.clear());
    out.narratives.iter_mut().for_each(|n| n.events.clear());
    out.disagreements.iter_mut().for_each(|d| d.events.clear());
    let citation = base.events.first().map(|e| e.citations[0].clone());
    let mut events = Vec::with_capacity(count);
    for i in 0..count {
        let day = i * 1800 / count.max(1);
        let (year, rest) = (2021 + day / 360, day % 360);
        let date = format!("{:04}-{:02}-{:02}", year, rest / 30 + 1, rest % 30 / 2 + 1);
        let mut words = |n: usize| (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect::<Vec<_>>().join(" ");
        let title = format!("Synthetic event {i}: {}", words(3));
        let summary = format!("Generated for scale testing: {}.", words(14));
        let kind = EventKind::ALL[rng.below(EventKind::ALL.len())];
        let phase = base.phases[rng.below(base.phases.len())].id.clone();
        let actors = (0..2).map(|_| base.actors[rng.below(base.actors.len())].id.clone()).collect::<Vec<_>>();
        let places = vec![base.places[rng.below(base.places.len())].id.clone()];
        let mut actors_unique = actors;
        actors_unique.dedup();
        events.push(Event {
            id: format!("syn-{i}"),
            date,
            precision: Precision::Day,
            end_date: None,
            title,
            summary,
            kind,
            phase,
            tags: vec![WORDS[rng.below(WORDS.len())].to_string()],
            places,
            actors: actors_unique,
            claims: Vec::new(),
            responds_to: if i > 0 && rng.below(10) == 0 { vec![format!("syn-{}", i - 1)] } else { Vec::new() },
            citations: citation.clone().into_iter().collect(),
            inference: None,
        });
    }
    out.events = events;
    out
}
