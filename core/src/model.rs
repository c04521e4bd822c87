//! The dataset's types. `data/briefing.json` deserialises into [`Briefing`].
//! Pure Rust: no Leptos, so the core compiles and is tested natively.
//! Enumerations are closed: an unknown value fails deserialisation with its path.
//! No `skip_serializing_if`: the app embeds the dataset in postcard, which is not
//! self-describing, so every field must always be written.

use serde::{Deserialize, Serialize};

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

macro_rules! closed_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
        pub enum $name { $($(#[$vm])* #[serde(rename = $text)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value as written in the dataset and in URLs.
            pub fn as_str(self) -> &'static str { match self { $($name::$variant => $text),+ } }
            pub fn parse(text: &str) -> Option<Self> { match text { $($text => Some($name::$variant),)+ _ => None } }
        }
    };
}
/// The URL's closed values (`View`, `Sort`, `Side`) are declared with it too.
pub(crate) use closed_enum;

closed_enum!(
    /// How exactly a date is known. `undated`: the articles give no date, so the
    /// event is placed in no month (its `date` is empty).
    Precision { Day = "day", Month = "month", Year = "year", Approximate = "approximate", Undated = "undated" }
);
closed_enum!(
    SourceKind { NewsReport = "news-report", Analysis = "analysis", OpEd = "op-ed", AggregatedBlog = "aggregated-blog" }
);
impl SourceKind {
    /// An opinion piece: its own judgements are opinion, never a neutral third view.
    pub fn is_opinion(self) -> bool {
        self == SourceKind::OpEd
    }
}
closed_enum!(
    ActorKind {
        State = "state", GovernmentOrgan = "government-organ", ArmedGroup = "armed-group",
        Mediator = "mediator", InternationalBody = "international-body", Person = "person",
        Media = "media", Analyst = "analyst",
    }
);
closed_enum!(
    /// Which side an actor belongs to. Armed groups get `militant`, so the
    /// briefing does not itself assign them to either government.
    Alignment { Pakistan = "pakistan", Afghanistan = "afghanistan", ThirdParty = "third-party", Militant = "militant" }
);
closed_enum!(
    PlaceKind { Country = "country", Province = "province", City = "city", District = "district", Crossing = "crossing", Region = "region" }
);
closed_enum!(
    EventKind {
        Attack = "attack", Airstrike = "airstrike", Clash = "clash", Talks = "talks", Ceasefire = "ceasefire",
        Statement = "statement", Diplomacy = "diplomacy", Trade = "trade", Displacement = "displacement",
        Political = "political",
    }
);
closed_enum!(
    RelationKind {
        Hostile = "hostile", Mediates = "mediates", Supports = "supports", AllegedSupport = "alleged-support",
        Accuses = "accuses", Diplomatic = "diplomatic", Trade = "trade", Condemns = "condemns", Part = "part-of",
        /// An offer to mediate that the sources do not report taken up (not mediation).
        OffersMediation = "offers-mediation",
        /// Trade cut off or suspended by `from` (not a trade tie).
        TradeHalt = "trade-halt",
        /// A call for an investigation of `to`'s conduct (not a condemnation).
        CallsForInvestigation = "calls-for-investigation",
    }
);
closed_enum!(
    Measure { Killed = "killed", Injured = "injured", Captured = "captured", Displaced = "displaced", Attacks = "attacks", Other = "other" }
);
closed_enum!(
    Subject {
        Civilians = "civilians", Children = "children", SecurityForces = "security-forces", Militants = "militants",
        People = "people", Posts = "posts", Other = "other",
    }
);
closed_enum!(
    Qualifier { Exact = "exact", AtLeast = "at-least", Approximately = "approximately", Range = "range", UpTo = "up-to" }
);
closed_enum!(
    /// How the Pakistani and Afghan positions on a topic relate.
    Divergence {
        Agree = "agree", Dispute = "dispute", OneSided = "one-sided",
        /// Both sides' positions appear, but they address different points: they
        /// neither match nor contradict each other.
        Differ = "differ",
    }
);

/// Evidence for a record: a source id and an exact excerpt (at most 30 words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Citation {
    pub source: String,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Method {
    /// How facts were chosen.
    pub selection: String,
    /// How claims are attributed.
    pub attribution: String,
    /// What the divergence verdicts mean.
    pub divergence: String,
    /// What the briefing does not cover.
    pub scope: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Meta {
    pub title: String,
    /// ISO date, YYYY-MM-DD.
    pub as_of: String,
    pub overview: String,
    pub method: Method,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Source {
    pub id: String,
    /// The article's file name under shared/seeds, so quotes can be checked.
    pub file: String,
    pub kind: SourceKind,
    /// The title as the text shows it, or none.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub date_precision: Option<Precision>,
    pub description: String,
    pub reliability: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub alignment: Alignment,
    pub description: String,
    /// For an actor that stands for an article's own voice (its unsigned author or
    /// team), that source's id. Whether what it says is opinion follows from the
    /// source's kind: see [`Briefing::opinion_piece`].
    #[serde(default)]
    pub author_of: Option<String>,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Place {
    pub id: String,
    pub name: String,
    pub kind: PlaceKind,
    /// "pakistan" or "afghanistan" (or another country name, lower case).
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub citations: Vec<Citation>,
}

/// A named stretch of the conflict, drawn as a band on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Phase {
    pub id: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Figure {
    pub count: u32,
    /// Upper bound, with qualifier `range`.
    #[serde(default)]
    pub upper: Option<u32>,
    pub qualifier: Qualifier,
    pub measure: Measure,
    pub subject: Subject,
}

/// What a named actor asserts, with its figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Claim {
    pub id: String,
    /// Actor id of who makes the claim.
    pub claimant: String,
    /// The claim in the briefing's own words, attributed.
    pub statement: String,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Event {
    pub id: String,
    /// YYYY, YYYY-MM or YYYY-MM-DD, matching `precision`; empty when the
    /// precision is `undated`.
    pub date: String,
    pub precision: Precision,
    #[serde(default)]
    pub end_date: Option<String>,
    pub title: String,
    pub summary: String,
    pub kind: EventKind,
    /// Phase id.
    pub phase: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Ids of earlier events this one responds to; "led to" is derived from these.
    #[serde(default)]
    pub responds_to: Vec<String>,
    pub citations: Vec<Citation>,
    /// Where the record joins two articles' accounts (one dates it, another names
    /// the places), the join in the briefing's words: it is the briefing's
    /// inference, not any article's. Names the sources it joins.
    #[serde(default)]
    pub inference: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Period {
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Relation {
    pub id: String,
    pub from: String,
    pub to: String,
    pub kind: RelationKind,
    #[serde(default)]
    pub period: Option<Period>,
    pub summary: String,
    #[serde(default)]
    pub events: Vec<String>,
    pub citations: Vec<Citation>,
}

/// One attributed point in a narrative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Point {
    /// Actor id of who says it.
    pub actor: String,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Narrative {
    pub id: String,
    pub topic: String,
    pub question: String,
    pub pakistan: Vec<Point>,
    pub afghanistan: Vec<Point>,
    /// Views of UN bodies, mediators, analysts and the articles' own assessments.
    #[serde(default)]
    pub third_party: Vec<Point>,
    /// Judgements of opinion pieces (by the actor that is an op-ed's author), kept
    /// apart from the third-party views: an opinion piece is not a neutral view.
    #[serde(default)]
    pub opinion: Vec<Point>,
    /// Required when a side's list is empty: says that side made no public claim in the sources.
    #[serde(default)]
    pub pakistan_silence: Option<String>,
    #[serde(default)]
    pub afghanistan_silence: Option<String>,
    pub divergence: Divergence,
    /// One sentence naming the crux.
    pub crux: String,
    #[serde(default)]
    pub events: Vec<String>,
    /// As [`Event::inference`]: where the topic itself rests on joining two
    /// articles' accounts, the join, in the briefing's words.
    #[serde(default)]
    pub inference: Option<String>,
}

/// One source's version of a disputed fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Version {
    pub account: String,
    pub citation: Citation,
}

/// Where two sources state a fact differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
pub struct Disagreement {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub versions: Vec<Version>,
    #[serde(default)]
    pub events: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub phases: Vec<Phase>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    pub relations: Vec<Relation>,
    pub narratives: Vec<Narrative>,
    #[serde(default)]
    pub disagreements: Vec<Disagreement>,
}

impl Briefing {
    /// The opinion piece whose own voice `actor` is, if any: derived from the
    /// actor's `author_of` and that source's kind, never set by hand.
    pub fn opinion_piece(&self, actor: &str) -> Option<&Source> {
        let source = self.actors.iter().find(|a| a.id == actor)?.author_of.as_deref()?;
        self.sources.iter().find(|s| s.id == source && s.kind.is_opinion())
    }

    /// Whether every citation comes from an opinion piece: a record known only
    /// from one says so wherever it is shown.
    pub fn rests_on_opinion(&self, citations: &[Citation]) -> bool {
        !citations.is_empty() && citations.iter().all(|c| self.sources.iter().any(|s| s.id == c.source && s.kind.is_opinion()))
    }
}
