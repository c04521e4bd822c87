//! Names shown to readers for the dataset's closed sets (actor kinds, alignments,
//! relation and event kinds, source kinds). One place, so two views never disagree.

use super::model::{ActorKind, Alignment, EventKind, RelationKind, SourceKind};

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
