//! How each dataset place is drawn, and where each event is shown.
//!
//! A place is a point (a city, district or crossing), an area (a province: its
//! boundary shape), a region (drawn apart from provinces: "Eastern Afghanistan", the
//! "Former tribal areas"; Kashmir has no boundary and is drawn as an approximate
//! area around its point) or a country (its outline). Shapes are matched to places
//! by name and alias within the place's country, so another dataset with the same
//! kinds of places needs no code change.
//!
//! An event is shown at its most precise places: a place is left out when another
//! of the event's places lies within it (Peshawar within Khyber Pakhtunkhwa, Kabul
//! within Afghanistan), and places that do not contain one another are all kept
//! (Kabul and Paktika; Khost, Kunar and Paktika).

use super::base::{BaseMap, ShapeKind};
use super::projection::{frame_of, project, Frame, Xy};
use crate::model::PlaceKind;
use crate::query::Facet;
use crate::search::fold;
use crate::store::Store;

/// How a place is drawn, from most to least precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MarkKind {
    /// A city, district or crossing: a point.
    Point,
    /// A province or territory: its boundary.
    Area,
    /// A region: a shape drawn apart from provinces (hatched), or, with no shape,
    /// an approximate area around its point.
    Region,
    /// A whole country: its outline.
    Country,
}

impl MarkKind {
    pub fn of(kind: PlaceKind) -> MarkKind {
        match kind {
            PlaceKind::City | PlaceKind::District | PlaceKind::Crossing => MarkKind::Point,
            PlaceKind::Province => MarkKind::Area,
            PlaceKind::Region => MarkKind::Region,
            PlaceKind::Country => MarkKind::Country,
        }
    }
    /// 0 for the most precise.
    pub fn rank(self) -> u8 {
        self as u8
    }
    /// For CSS classes and data attributes: "point", "area", "region", "country".
    pub fn as_str(self) -> &'static str {
        match self {
            MarkKind::Point => "point",
            MarkKind::Area => "area",
            MarkKind::Region => "region",
            MarkKind::Country => "country",
        }
    }
}

/// Radius in map units (about 1.2°) of the approximate area drawn around a region
/// without a boundary (Kashmir): a dashed halo, not a border.
pub const APPROXIMATE_RADIUS: f64 = 120.0;

/// One dataset place on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    /// Index into `store.data.places`.
    pub place: usize,
    pub kind: MarkKind,
    /// Index into `BaseMap::shapes` of the shape drawn for it (areas, regions with
    /// a boundary, countries).
    pub shape: Option<usize>,
    /// Where its marker (count badge) and label go: the place's coordinates,
    /// or the shape's anchor when the coordinates fall outside the shape.
    pub at: Xy,
    pub frame: Frame,
}

/// The map's view of a store: one [`MapPlace`] per dataset place, and per event
/// the places it is shown at and whether its claims are disputed.
#[derive(Debug, Clone, PartialEq)]
pub struct MapIndex {
    /// In dataset order: `places[i].place == i`.
    pub places: Vec<MapPlace>,
    /// Per event: distinct claimants of its claims, and source disagreements about it.
    pub claimants: Vec<u8>,
    pub disagreements: Vec<u8>,
    shown: Vec<u32>,
    starts: Vec<u32>,
}

/// A name compared with another: folded, a trailing " province" or " region" left out.
fn key(name: &str) -> String {
    let f = fold(name);
    let f = f.trim();
    for suffix in [" province", " region"] {
        if let Some(s) = f.strip_suffix(suffix) {
            return s.trim().to_string();
        }
    }
    f.to_string()
}

/// The shape drawn for a place, if any.
fn match_shape(base: &BaseMap, name: &str, kind: MarkKind, country: &str, at: Xy) -> Option<usize> {
    let want = key(name);
    let country = fold(country);
    let named = |kinds: &[ShapeKind], same_country: bool| {
        base.shapes.iter().position(|s| {
            kinds.contains(&s.kind)
                && (!same_country || fold(&s.country) == country)
                && (key(&s.name) == want || s.aliases.iter().any(|a| key(a) == want))
        })
    };
    match kind {
        MarkKind::Point => None,
        MarkKind::Country => named(&[ShapeKind::Country], false)
            .or_else(|| base.shapes.iter().position(|s| s.kind == ShapeKind::Country && fold(&s.country) == country)),
        MarkKind::Area => named(&[ShapeKind::Province, ShapeKind::Territory, ShapeKind::Region], true).or_else(|| {
            base.shape_at(at, &[ShapeKind::Province, ShapeKind::Territory]).filter(|&i| fold(&base.shapes[i].country) == country)
        }),
        MarkKind::Region => named(&[ShapeKind::Region, ShapeKind::Province, ShapeKind::Territory], true),
    }
}

impl MapIndex {
    pub fn new(store: &Store, base: &BaseMap) -> MapIndex {
        let data = &store.data;
        let places: Vec<MapPlace> = data
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let kind = MarkKind::of(p.kind);
                let point = project(p.lon, p.lat);
                let shape = match_shape(base, &p.name, kind, &p.country, point);
                let at = match shape.map(|s| &base.shapes[s]) {
                    Some(s) if !s.contains(point) => s.anchor,
                    _ => point,
                };
                MapPlace { place: i, kind, shape, at, frame: frame_of(at) }
            })
            .collect();

        // covers(p, q): q lies within p and is more precise.
        let covers = |p: usize, q: usize| {
            let (a, b) = (&places[p], &places[q]);
            if b.kind.rank() >= a.kind.rank() {
                return false;
            }
            let inside = a.shape.is_some_and(|s| base.shapes[s].contains(b.at));
            inside || (a.kind == MarkKind::Country && fold(&data.places[p].country) == fold(&data.places[q].country))
        };
        // Source disagreements per event.
        let mut disagreements = vec![0u8; data.events.len()];
        for d in &data.disagreements {
            for e in d.events.iter().filter_map(|id| store.event_index(id)) {
                disagreements[e] = disagreements[e].saturating_add(1);
            }
        }

        let mut shown = Vec::with_capacity(data.events.len());
        let mut starts = Vec::with_capacity(data.events.len() + 1);
        let mut claimants = Vec::with_capacity(data.events.len());
        let mut list: Vec<usize> = Vec::new();
        for (i, e) in data.events.iter().enumerate() {
            starts.push(shown.len() as u32);
            list.clear();
            // The event's places as dataset indices (unknown ids already left out).
            for &p in store.facet_index.of(i, Facet::Place as usize) {
                if !list.contains(&(p as usize)) {
                    list.push(p as usize);
                }
            }
            for &p in &list {
                if !list.iter().any(|&q| q != p && covers(p, q)) {
                    shown.push(p as u32);
                }
            }
            let mut who: Vec<&str> = e.claims.iter().map(|c| c.claimant.as_str()).collect();
            crate::sort::sort_dedup(&mut who);
            claimants.push(who.len().min(255) as u8);
        }
        starts.push(shown.len() as u32);
        MapIndex { places, claimants, disagreements, shown, starts }
    }

    /// The places (indices into `places`, dataset order) event `i` is shown at;
    /// empty for an event with no place.
    pub fn shown_at(&self, event: usize) -> &[u32] {
        &self.shown[self.starts[event] as usize..self.starts[event + 1] as usize]
    }

    /// Whether event `i`'s claims are disputed: more than one party makes claims
    /// about it, or the sources disagree about it (as in the Narratives ledger).
    pub fn disputed(&self, event: usize) -> bool {
        self.claimants[event] > 1 || self.disagreements[event] > 0
    }

    /// The place drawn with shape `shape` (an index into `BaseMap::shapes`).
    pub fn place_of_shape(&self, shape: usize) -> Option<usize> {
        self.places.iter().position(|p| p.shape == Some(shape))
    }
}
