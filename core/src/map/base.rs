//! The base map: boundary shapes and contested lines, already projected, read from
//! the committed `data/map/boundaries.txt` (written by `map-data`, see
//! `scripts/prepare-map.sh`). The format is plain text, one record a line, fields
//! separated by tabs, so reading it needs no JSON decoder in the wasm:
//!
//! ```text
//! # comment
//! S  id  kind  country  anchor-x anchor-y  name|alias|alias  path-data
//! L  id  kind  name  path-data
//! ```
//!
//! Shapes come in drawing order: countries, then provinces and territories, then
//! regions (which overlap provinces). Path data is SVG (`M`, `l`, `z`) in whole map
//! units of [`super::projection`], ready for a `d` attribute.

use super::geometry::{bounds, contains, decode_path, Ring};
use super::projection::{Frame, ViewBox, Xy};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShapeKind {
    Country,
    Province,
    /// Islamabad Capital Territory, Gilgit-Baltistan, Azad Jammu and Kashmir, the
    /// Siachen Glacier.
    Territory,
    /// Not a current administrative unit: the former tribal areas (merged into
    /// Khyber Pakhtunkhwa in 2018) and Afghanistan's eastern region.
    Region,
}

impl ShapeKind {
    pub const ALL: [ShapeKind; 4] = [ShapeKind::Country, ShapeKind::Province, ShapeKind::Territory, ShapeKind::Region];
    pub fn as_str(self) -> &'static str {
        match self {
            ShapeKind::Country => "country",
            ShapeKind::Province => "province",
            ShapeKind::Territory => "territory",
            ShapeKind::Region => "region",
        }
    }
    pub fn parse(s: &str) -> Option<ShapeKind> {
        ShapeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// The Pakistan–Afghanistan border: drawn where it is held, not recognised by Kabul.
    DeFacto,
    /// Lines through Kashmir, each disputed.
    Disputed,
}

impl LineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::DeFacto => "de-facto",
            LineKind::Disputed => "disputed",
        }
    }
    pub fn parse(s: &str) -> Option<LineKind> {
        [LineKind::DeFacto, LineKind::Disputed].into_iter().find(|k| k.as_str() == s)
    }
}

/// One boundary shape: a `data-region-id` on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// "pakistan", "af-khost", "pk-tribal-areas", "af-eastern-region".
    pub id: String,
    pub kind: ShapeKind,
    /// The country it belongs to, lower case as in the dataset's places ("pakistan");
    /// "contested" for the Siachen Glacier.
    pub country: String,
    /// Current name ("Khyber Pakhtunkhwa", "Daykundi").
    pub name: String,
    /// Other names it is matched by (old Natural Earth names, abbreviations).
    pub aliases: Vec<String>,
    /// A point well inside the shape (for a shape's own label); for a country
    /// that reaches into the main frame, inside the part that shows there.
    pub anchor: Xy,
    /// SVG path data.
    pub d: String,
    pub rings: Vec<Ring>,
    pub bounds: ViewBox,
}

impl Shape {
    pub fn contains(&self, p: Xy) -> bool {
        self.bounds.contains(p) && contains(&self.rings, p)
    }
}

/// A line drawn over the shapes, to be styled apart from ordinary borders.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// "pak-afg", "kashmir-india-pakistan", …
    pub id: String,
    pub kind: LineKind,
    pub name: String,
    /// SVG path data of open lines (stroke only, no fill).
    pub d: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseMap {
    pub shapes: Vec<Shape>,
    pub lines: Vec<Line>,
}

/// The committed boundary file, for native tests and tools. The app itself
/// fetches it (see the map module's notes on size).
#[cfg(not(target_arch = "wasm32"))]
pub const BOUNDARIES: &str = include_str!("../../../data/map/boundaries.txt");

impl BaseMap {
    /// Reads the boundary file; each fault names the line.
    pub fn parse(text: &str) -> Result<BaseMap, String> {
        let mut map = BaseMap::default();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // One message format (each `format!` costs wasm bytes); the line number says where.
            Self::record(&mut map, line).map_err(|what| format!("boundaries line {}: {what}", n + 1))?;
        }
        let ids = || map.shapes.iter().map(|s| s.id.as_str()).chain(map.lines.iter().map(|l| l.id.as_str()));
        if let Some((_, id)) = ids().enumerate().find(|(i, id)| ids().take(*i).any(|x| x == *id)) {
            return Err(format!("boundaries: id `{id}` is used twice"));
        }
        Ok(map)
    }

    fn record(map: &mut BaseMap, line: &str) -> Result<(), &'static str> {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["S", id, kind, country, anchor, names, d] => {
                let kind = ShapeKind::parse(kind).ok_or("unknown shape kind")?;
                let (ax, ay) = anchor.split_once(' ').ok_or("the anchor is `x y`")?;
                let num = |s: &str| s.parse::<i32>().map(f64::from).map_err(|_| "bad anchor number");
                let anchor = Xy { x: num(ax)?, y: num(ay)? };
                let mut names = names.split('|').filter(|s| !s.is_empty()).map(str::to_string);
                let name = names.next().ok_or("empty name")?;
                let rings = decode_path(d)?;
                let bounds = bounds(&rings).ok_or("a shape with no points")?;
                map.shapes.push(Shape {
                    id: id.to_string(),
                    kind,
                    country: country.to_string(),
                    name,
                    aliases: names.collect(),
                    anchor,
                    d: d.to_string(),
                    rings,
                    bounds,
                });
            }
            ["L", id, kind, name, d] => {
                let kind = LineKind::parse(kind).ok_or("unknown line kind")?;
                decode_path(d)?;
                map.lines.push(Line { id: id.to_string(), kind, name: name.to_string(), d: d.to_string() });
            }
            _ => return Err("expected 7 tab-separated fields for S or 5 for L"),
        }
        Ok(())
    }

    /// The file text for these shapes and lines (what `map-data` writes).
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for h in header.lines() {
            out.push_str("# ");
            out.push_str(h);
            out.push('\n');
        }
        for s in &self.shapes {
            let mut names = s.name.clone();
            for a in &s.aliases {
                names.push('|');
                names.push_str(a);
            }
            out.push_str(&format!(
                "S\t{}\t{}\t{}\t{} {}\t{}\t{}\n",
                s.id,
                s.kind.as_str(),
                s.country,
                s.anchor.x as i64,
                s.anchor.y as i64,
                names,
                s.d
            ));
        }
        for l in &self.lines {
            out.push_str(&format!("L\t{}\t{}\t{}\t{}\n", l.id, l.kind.as_str(), l.name, l.d));
        }
        out
    }

    pub fn shape(&self, id: &str) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.id == id)
    }

    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// The shapes to draw in a frame, in drawing order: in the main frame every
    /// shape that reaches into it; in the inset only countries and the Siachen
    /// Glacier (provinces and territories are too small there).
    pub fn shapes_in(&self, frame: Frame) -> Vec<usize> {
        let view = frame.view_box();
        let meets = |b: &ViewBox| b.x < view.x + view.w && view.x < b.x + b.w && b.y < view.y + view.h && view.y < b.y + b.h;
        (0..self.shapes.len())
            .filter(|&i| {
                let s = &self.shapes[i];
                meets(&s.bounds) && (frame == Frame::Main || s.kind == ShapeKind::Country || s.country == "contested")
            })
            .collect()
    }

    /// Index of the smallest shape of one of `kinds` that contains `p`.
    pub fn shape_at(&self, p: Xy, kinds: &[ShapeKind]) -> Option<usize> {
        let area = |s: &Shape| s.bounds.w * s.bounds.h;
        self.shapes
            .iter()
            .enumerate()
            .filter(|(_, s)| kinds.contains(&s.kind) && s.contains(p))
            .min_by(|a, b| area(a.1).total_cmp(&area(b.1)))
            .map(|(i, _)| i)
    }
}

/// The visible note for the Pakistan–Afghanistan border, with its citation.
pub const DURAND_NOTE: &str =
    "The Pakistan–Afghanistan border is drawn as the de facto line. Kabul does not recognise it; s4 calls the Durand Line “the disputed border separating the two countries”.";
/// (source id, exact quote) behind [`DURAND_NOTE`].
pub const DURAND_CITATION: (&str, &str) = ("s4", "the Durand Line, the disputed border separating the two countries");
/// The visible note for the lines through Kashmir.
pub const KASHMIR_NOTE: &str = "Lines through Kashmir are de facto and disputed; s2 calls it “contested Kashmir”.";
pub const KASHMIR_CITATION: (&str, &str) = ("s2", "Militants in contested Kashmir now operate mostly autonomously");
/// The credit the map must show.
pub const CREDIT: &str = "Boundaries: Natural Earth";

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# test\nS\tpakistan\tcountry\tpakistan\t5 5\tPakistan\tM0 0l10 0 0 10-10 0z\nS\tpk-x\tprovince\tpakistan\t2 2\tX|Old X\tM0 0l4 0 0 4-4 0z\nL\tpak-afg\tde-facto\tBorder\tM0 0l0 10\n";

    #[test]
    fn reads_and_writes_the_format() {
        let map = BaseMap::parse(SAMPLE).unwrap();
        assert_eq!(map.shapes.len(), 2);
        assert_eq!(map.shapes[1].aliases, vec!["Old X"]);
        assert_eq!(map.lines[0].kind, LineKind::DeFacto);
        assert_eq!(map.to_text("test"), SAMPLE);
        assert_eq!(map.shape_at(Xy { x: 1.0, y: 1.0 }, &ShapeKind::ALL), Some(1));
        assert_eq!(map.shape_at(Xy { x: 8.0, y: 8.0 }, &ShapeKind::ALL), Some(0));
        assert_eq!(map.shape_at(Xy { x: 1.0, y: 1.0 }, &[ShapeKind::Country]), Some(0));
        assert_eq!(map.shape_at(Xy { x: 20.0, y: 1.0 }, &ShapeKind::ALL), None);
    }

    #[test]
    fn faults_name_the_line() {
        for (bad, needle) in [
            ("S\tx\tplanet\tp\t0 0\tX\tM0 0l1 1z", "unknown shape kind"),
            ("S\tx\tcountry\tp\t0\tX\tM0 0l1 1z", "anchor"),
            ("S\tx\tcountry\tp\t0 0\tX\tM0 0l1", "odd number"),
            ("L\tx\tfuzzy\tX\tM0 0l1 1", "unknown line kind"),
            ("Q\tx", "expected 7 tab-separated fields"),
            ("S\tx\tcountry\tp\t0 0\tX\tM0 0l1 1z\nL\tx\tdisputed\tX\tM0 0l1 1", "used twice"),
        ] {
            let err = BaseMap::parse(bad).unwrap_err();
            assert!(err.contains(needle), "{bad}: {err}");
        }
    }
}
