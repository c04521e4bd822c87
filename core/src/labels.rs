//! Names shown to readers for the dataset's closed sets (actor kinds, alignments,
//! relation and event kinds, source kinds). One place, so two views never disagree.

use super::model::{ActorKind, Alignment, Divergence, EventKind, Method, RelationKind, SourceKind};

pub fn actor_kind_label(k: ActorKind) -> &'static str {
    match k {
        ActorKind::State => "State",
        ActorKind::GovernmentOrgan => "Government organ",
        ActorKind::ArmedGroup => "Armed group",
        ActorKind::Mediator => "Mediator",
        ActorKind::InternationalBody => "International body",
        ActorKind::Person => "Person",
        ActorKind::Media => "Media",
        ActorKind::Analyst => "Analyst",
    }
}

/// Column heading for an alignment band.
pub fn alignment_heading(a: Alignment) -> &'static str {
    match a {
        Alignment::Pakistan => "Pakistan",
        Alignment::Militant => "Armed groups",
        Alignment::ThirdParty => "Third parties",
        Alignment::Afghanistan => "Afghanistan",
    }
}

/// Short name of a relation kind, for filters, legend and table.
pub fn relation_label(k: RelationKind) -> &'static str {
    match k {
        RelationKind::Hostile => "Hostile",
        RelationKind::Mediates => "Mediates",
        RelationKind::Supports => "Supports",
        RelationKind::AllegedSupport => "Alleged support",
        RelationKind::Accuses => "Accuses",
        RelationKind::Diplomatic => "Diplomatic",
        RelationKind::Trade => "Trade",
        RelationKind::Condemns => "Condemns",
        RelationKind::Part => "Part of",
        RelationKind::OffersMediation => "Offers mediation",
        RelationKind::TradeHalt => "Trade halted",
        RelationKind::CallsForInvestigation => "Calls for investigation",
    }
}

/// The relation as a verb phrase: "A {verb} B".
pub fn relation_verb(k: RelationKind) -> &'static str {
    match k {
        RelationKind::Hostile => "is hostile to",
        RelationKind::Mediates => "mediates with",
        RelationKind::Supports => "supports",
        RelationKind::AllegedSupport => "allegedly supports",
        RelationKind::Accuses => "accuses",
        RelationKind::Diplomatic => "has diplomatic ties with",
        RelationKind::Trade => "trades with",
        RelationKind::Condemns => "condemns",
        RelationKind::Part => "is part of",
        RelationKind::OffersMediation => "offers to mediate with",
        RelationKind::TradeHalt => "has halted trade with",
        RelationKind::CallsForInvestigation => "calls for an investigation of",
    }
}

/// An event kind, for badges, facets and chips.
pub fn kind_label(k: EventKind) -> &'static str {
    match k {
        EventKind::Attack => "Attack",
        EventKind::Airstrike => "Airstrike",
        EventKind::Clash => "Clash",
        EventKind::Talks => "Talks",
        EventKind::Ceasefire => "Ceasefire",
        EventKind::Statement => "Statement",
        EventKind::Diplomacy => "Diplomacy",
        EventKind::Trade => "Trade",
        EventKind::Displacement => "Displacement",
        EventKind::Political => "Political",
    }
}

/// An alignment, for chips and facets.
pub fn alignment_label(a: Alignment) -> &'static str {
    match a {
        Alignment::Pakistan => "Pakistan",
        Alignment::Afghanistan => "Afghanistan",
        Alignment::ThirdParty => "Third party",
        Alignment::Militant => "Armed group",
    }
}

/// What kind of text a source is, as a heading ("Opinion piece").
pub fn source_kind_label(k: SourceKind) -> &'static str {
    match k {
        SourceKind::NewsReport => "News report",
        SourceKind::Analysis => "Analysis",
        SourceKind::OpEd => "Opinion piece",
        SourceKind::AggregatedBlog => "Aggregated blog post",
    }
}

/// The same in running text ("opinion piece").
pub fn source_kind_noun(k: SourceKind) -> &'static str {
    match k {
        SourceKind::NewsReport => "news report",
        SourceKind::Analysis => "analysis",
        SourceKind::OpEd => "opinion piece",
        SourceKind::AggregatedBlog => "aggregated blog post",
    }
}

/// A narrative topic's verdict, and what it means (its hover text).
pub fn verdict_label(d: Divergence) -> &'static str {
    match d {
        Divergence::Agree => "Agree",
        Divergence::Dispute => "Dispute",
        Divergence::OneSided => "Only one side addresses it",
        Divergence::Differ => "Positions differ",
    }
}

pub fn verdict_hint(d: Divergence) -> &'static str {
    match d {
        Divergence::Agree => "The Pakistani and Afghan positions in the sources match.",
        Divergence::Dispute => "The Pakistani and Afghan positions in the sources contradict each other.",
        Divergence::OneSided => "Only one government's position appears in the sources.",
        Divergence::Differ => {
            "Both governments' positions appear, but they address different points: they neither match nor contradict each other."
        }
    }
}

/// The Narratives view's introduction (the app and briefing.html say the same).
pub const NARRATIVES_INTRO: &str = "The two governments tell different stories about the same events. Each topic sets out the question, \
     then Pakistan's and Afghanistan's stated positions side by side, each point attributed to who said it \
     and quoted from its source, followed by independent and third-party views. The verdict says only \
     whether the two positions agree, dispute each other, or whether only one side addresses the question; \
     it does not say who is right.";
pub const NO_NARRATIVES: &str = "This briefing records no narrative topics.";
pub const DISAGREEMENTS_INTRO: &str =
    "Facts two articles state differently. The briefing records each version, quoted, and does not pick one.";
pub const NO_DISAGREEMENTS: &str = "The sources state no fact differently.";

/// The method's parts, each with its heading, in the order they are shown.
pub fn method_items(m: &Method) -> [(&'static str, &str); 4] {
    [
        ("How facts were chosen", &m.selection),
        ("How claims are attributed", &m.attribution),
        ("What the divergence verdicts mean", &m.divergence),
        ("What this briefing does not cover", &m.scope),
    ]
}
