//! The map's one projection, shared by the boundary shapes (projected once by
//! `map-data` when the boundaries are prepared) and the dataset's places (projected
//! when the map is drawn), so the two can never disagree.
//!
//! A plate carrée (equirectangular) with its standard parallel at 32°N, through the
//! border region: x = (λ − 69°)·cos 32°·100, y = (45° − φ)·100. One user unit is a
//! hundredth of a degree of latitude (about 1.1 km); y grows southwards, as in SVG.
//! Zoom and pan change the SVG `viewBox`, never the projection.

/// Longitude of x = 0 (between Kabul and Islamabad).
pub const CENTRAL_MERIDIAN: f64 = 69.0;
/// Latitude of y = 0 (the top of the region the boundaries cover).
pub const TOP_LATITUDE: f64 = 45.0;
/// The standard parallel, 32°N; its cosine is written out (no libm in the wasm).
pub const STANDARD_PARALLEL: f64 = 32.0;
pub const COS_STANDARD_PARALLEL: f64 = 0.848_048_096_156_425_9;
/// User units per degree of latitude.
pub const UNITS_PER_DEGREE: f64 = 100.0;

/// A point in map user units (the SVG coordinate system of both frames).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Xy {
    pub x: f64,
    pub y: f64,
}

/// Longitude and latitude in degrees to map units.
pub fn project(lon: f64, lat: f64) -> Xy {
    Xy { x: (lon - CENTRAL_MERIDIAN) * COS_STANDARD_PARALLEL * UNITS_PER_DEGREE, y: (TOP_LATITUDE - lat) * UNITS_PER_DEGREE }
}

/// The inverse of [`project`]: (longitude, latitude) in degrees.
pub fn unproject(p: Xy) -> (f64, f64) {
    (p.x / (COS_STANDARD_PARALLEL * UNITS_PER_DEGREE) + CENTRAL_MERIDIAN, TOP_LATITUDE - p.y / UNITS_PER_DEGREE)
}

/// An SVG viewBox in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    /// The box spanned by two corners given in degrees (west, south, east, north).
    pub fn from_degrees(west: f64, south: f64, east: f64, north: f64) -> ViewBox {
        let nw = project(west, north);
        let se = project(east, south);
        ViewBox { x: nw.x, y: nw.y, w: se.x - nw.x, h: se.y - nw.y }
    }
    pub fn contains(&self, p: Xy) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }
    /// The `viewBox` attribute value, in whole units.
    pub fn attr(&self) -> String {
        format!("{} {} {} {}", self.x.round() as i64, self.y.round() as i64, self.w.round() as i64, self.h.round() as i64)
    }
    /// Zoomed by `factor` (> 1 zooms in) about `centre`, then clamped so it stays
    /// inside `bounds` (the frame it was taken from); the aspect ratio is kept.
    pub fn zoomed(&self, factor: f64, centre: Xy, bounds: &ViewBox) -> ViewBox {
        let factor = factor.max(1e-3);
        let w = (self.w / factor).min(bounds.w);
        let h = (self.h / factor).min(bounds.h);
        let x = centre.x - (centre.x - self.x) * w / self.w;
        let y = centre.y - (centre.y - self.y) * h / self.h;
        ViewBox { x, y, w, h }.clamped(bounds)
    }
    /// Moved by (dx, dy) map units, clamped to `bounds`.
    pub fn panned(&self, dx: f64, dy: f64, bounds: &ViewBox) -> ViewBox {
        ViewBox { x: self.x + dx, y: self.y + dy, ..*self }.clamped(bounds)
    }
    fn clamped(&self, b: &ViewBox) -> ViewBox {
        let x = self.x.max(b.x).min(b.x + b.w - self.w);
        let y = self.y.max(b.y).min(b.y + b.h - self.h);
        ViewBox { x, y, ..*self }
    }
    pub fn centre(&self) -> Xy {
        Xy { x: self.x + self.w / 2.0, y: self.y + self.h / 2.0 }
    }
}

/// The two frames the map is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Frame {
    /// Afghanistan and Pakistan whole, with Kashmir and New Delhi.
    Main,
    /// A locator from Istanbul to New Delhi, for the places far from the border
    /// (the talks in Doha, Ankara and Istanbul); the main frame is a rectangle in it.
    Inset,
}

/// West, south, east, north of the main frame, in degrees.
pub const MAIN_DEGREES: [f64; 4] = [60.0, 23.2, 78.4, 38.9];
/// West, south, east, north of the inset, in degrees.
pub const INSET_DEGREES: [f64; 4] = [24.0, 22.0, 79.0, 44.5];
/// West, south, east, north of everything the boundary file holds (the clip box).
pub const REGION_DEGREES: [f64; 4] = [24.0, 21.0, 81.0, 44.5];

impl Frame {
    pub fn view_box(self) -> ViewBox {
        let [w, s, e, n] = match self {
            Frame::Main => MAIN_DEGREES,
            Frame::Inset => INSET_DEGREES,
        };
        ViewBox::from_degrees(w, s, e, n)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Main => "main",
            Frame::Inset => "inset",
        }
    }
}

/// The frame a point is drawn in: the main frame when it lies inside it with
/// `MAIN_MARGIN` to spare (so its marker is not cut by the edge), else the inset.
pub fn frame_of(p: Xy) -> Frame {
    let b = Frame::Main.view_box();
    let inner = ViewBox { x: b.x + MAIN_MARGIN, y: b.y + MAIN_MARGIN, w: b.w - 2.0 * MAIN_MARGIN, h: b.h - 2.0 * MAIN_MARGIN };
    if inner.contains(p) {
        Frame::Main
    } else {
        Frame::Inset
    }
}

/// Map units a main-frame point keeps from the frame's edge (about 0.3°).
pub const MAIN_MARGIN: f64 = 30.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_constant_is_cos_32_degrees() {
        assert!((STANDARD_PARALLEL.to_radians().cos() - COS_STANDARD_PARALLEL).abs() < 1e-15);
    }

    #[test]
    fn known_places_land_where_expected() {
        // Kabul, 69.2075°E 34.5553°N: just east of the central meridian.
        let kabul = project(69.2075, 34.5553);
        assert!((kabul.x - 17.597).abs() < 0.01 && (kabul.y - 1044.47).abs() < 0.01, "{kabul:?}");
        // Islamabad lies east and a little south of Kabul; Peshawar between them.
        let islamabad = project(73.0479, 33.6844);
        let peshawar = project(71.5249, 34.0151);
        assert!(kabul.x < peshawar.x && peshawar.x < islamabad.x);
        assert!(kabul.y < peshawar.y && peshawar.y < islamabad.y);
        // One degree of longitude at 32°N is cos 32° of a degree of latitude.
        let a = project(70.0, 32.0);
        let b = project(71.0, 31.0);
        assert!(((b.x - a.x) - 84.8048).abs() < 1e-3 && ((b.y - a.y) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn unproject_inverts_project() {
        for (lon, lat) in [(24.0, 12.0), (69.2075, 34.5553), (82.0, 45.0), (51.531, 25.2854)] {
            let (x, y) = unproject(project(lon, lat));
            assert!((x - lon).abs() < 1e-9 && (y - lat).abs() < 1e-9);
        }
    }

    #[test]
    fn frames_split_near_and_far_places() {
        for (name, lon, lat) in [
            ("Kabul", 69.2075, 34.5553),
            ("Islamabad", 73.0479, 33.6844),
            ("Kashmir", 74.7973, 34.0837),
            ("New Delhi", 77.209, 28.6139),
            ("Balochistan", 65.0958, 28.4907),
        ] {
            assert_eq!(frame_of(project(lon, lat)), Frame::Main, "{name}");
        }
        for (name, lon, lat) in [("Doha", 51.531, 25.2854), ("Ankara", 32.8597, 39.9334), ("Istanbul", 28.9784, 41.0082)] {
            assert_eq!(frame_of(project(lon, lat)), Frame::Inset, "{name}");
            assert!(Frame::Inset.view_box().contains(project(lon, lat)), "{name}");
        }
        // The inset shows where the main frame is.
        let (m, i) = (Frame::Main.view_box(), Frame::Inset.view_box());
        assert!(m.x > i.x && m.y > i.y && m.x + m.w < i.x + i.w && m.y + m.h < i.y + i.h);
        assert_eq!(m.attr(), "-763 610 1560 1570");
    }

    #[test]
    fn zoom_and_pan_stay_inside_the_frame() {
        let f = Frame::Main.view_box();
        let z = f.zoomed(2.0, project(69.2, 34.5), &f);
        assert!((z.w - f.w / 2.0).abs() < 1e-9 && (z.h - f.h / 2.0).abs() < 1e-9);
        assert!(z.x >= f.x && z.y >= f.y);
        let p = z.panned(-10_000.0, 10_000.0, &f);
        assert_eq!((p.x, p.y + p.h), (f.x, f.y + f.h));
        let out = z.zoomed(0.1, z.centre(), &f);
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(near(out.x, f.x) && near(out.y, f.y) && near(out.w, f.w) && near(out.h, f.h), "{out:?}");
    }
}
