//! Label placement: labels never overlap each other, any marker, a leader line or
//! an obstacle (zoom buttons, the inset, the credit), and stay inside the map.
//!
//! Greedy and deterministic, in priority order (most events first). Each label
//! tries eight positions around its marker; then a short form ("KP") there; then
//! positions farther out with a leader line back to the marker; else it is left
//! out (the place keeps its marker, its accessible name and its row in the list).
//! Everything is computed in CSS pixels for the map's actual size and returned in
//! map units, so the view draws `<text>` inside the SVG; rerun it on resize and zoom.

use super::base::{BaseMap, ShapeKind};
use super::counts::Counts;
use super::places::{MapIndex, MarkKind};
use super::projection::{Frame, ViewBox, Xy};
use crate::graph::{text_width, Rect, FONT_SIZE};
use crate::search::fold;
use crate::store::Store;

/// A label to place.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelItem {
    /// The caller's key (a place index for places, `usize::MAX - shape` for base labels).
    pub key: usize,
    pub text: String,
    /// A shorter form to try before a leader, if any.
    pub short: Option<String>,
    /// Digits to keep room for after the text (the count): 0 for none.
    pub count_digits: u32,
    /// The marker's centre, in map units.
    pub at: Xy,
    /// Marker radius in px; 0 for a label without a marker (centred on `at`).
    pub marker_px: f64,
}

/// The map as drawn: which part of which frame, at what size.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    /// The SVG's `viewBox` (the frame, zoomed and panned).
    pub view: ViewBox,
    /// The SVG's size in CSS pixels (`preserveAspectRatio` is the default, xMidYMid meet).
    pub width_px: f64,
    pub height_px: f64,
    /// Label font size in CSS pixels.
    pub font_px: f64,
    /// Areas labels must keep clear of, in px from the SVG's top left.
    pub obstacles_px: Vec<Rect>,
}

impl Screen {
    /// Map units to px.
    pub fn scale(&self) -> f64 {
        (self.width_px / self.view.w).min(self.height_px / self.view.h)
    }
    fn offset(&self) -> (f64, f64) {
        let s = self.scale();
        ((self.width_px - self.view.w * s) / 2.0, (self.height_px - self.view.h * s) / 2.0)
    }
    pub fn to_px(&self, p: Xy) -> Xy {
        let s = self.scale();
        let (ox, oy) = self.offset();
        Xy { x: ox + (p.x - self.view.x) * s, y: oy + (p.y - self.view.y) * s }
    }
    pub fn to_map(&self, p: Xy) -> Xy {
        let s = self.scale();
        let (ox, oy) = self.offset();
        Xy { x: (p.x - ox) / s + self.view.x, y: (p.y - oy) / s + self.view.y }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    /// The SVG `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// A placed label. Draw it as `<text x y text-anchor dominant-baseline="central"
/// font-size={font}>`, the count in a `<tspan>` after the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub key: usize,
    pub text: String,
    pub abbreviated: bool,
    pub anchor: TextAnchor,
    /// Text position in map units: x at the anchor edge, y at the vertical centre.
    pub x: f64,
    pub y: f64,
    /// The box it may take, in px (for tests and hit areas).
    pub box_px: Rect,
    /// A leader from the marker's edge to the label, in map units (x1, y1, x2, y2).
    pub leader: Option<[f64; 4]>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub placed: Vec<Placed>,
    /// Keys of labels left out (their anchor is in view but no position was free).
    pub dropped: Vec<usize>,
    /// Label font size in map units (`font_px / scale`).
    pub font: f64,
}

/// A leader line in px: from the marker's edge to the label.
type Leader = Option<(Xy, Xy)>;
/// A label box, how its text is anchored, and its leader.
type Candidate = (Rect, TextAnchor, Leader);

/// Room between a label and anything else, px.
const GAP: f64 = 2.0;
/// Leader lengths tried, px beyond the marker.
const LEADERS: [f64; 5] = [14.0, 24.0, 36.0, 50.0, 70.0];

/// A generous width for text at `font_px` (the Actors graph's estimate, scaled).
pub fn label_width(text: &str, count_digits: u32, font_px: f64) -> f64 {
    let digits = if count_digits > 0 { text_width(" ") + text_width(&"0".repeat(count_digits as usize)) } else { 0.0 };
    (text_width(text) + digits) * font_px / FONT_SIZE
}

pub fn label_height(font_px: f64) -> f64 {
    font_px * 1.3
}

fn inflate(r: &Rect, by: f64) -> Rect {
    Rect { x: r.x - by, y: r.y - by, w: r.w + 2.0 * by, h: r.h + 2.0 * by }
}

/// Whether segment a–b crosses or touches the rectangle.
pub fn segment_hits(a: Xy, b: Xy, r: &Rect) -> bool {
    // Liang–Barsky clipping of the segment against the rectangle.
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let mut t0: f64 = 0.0;
    let mut t1: f64 = 1.0;
    for (p, q) in [(-dx, a.x - r.x), (dx, r.x + r.w - a.x), (-dy, a.y - r.y), (dy, r.y + r.h - a.y)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// Places the labels; `items` in priority order (first is placed first).
pub fn place_labels(items: &[LabelItem], screen: &Screen) -> Layout {
    let (w, h) = (screen.width_px, screen.height_px);
    let s = screen.scale();
    let lh = label_height(screen.font_px);
    let inside = |r: &Rect| r.x >= 1.0 && r.y >= 1.0 && r.x + r.w <= w - 1.0 && r.y + r.h <= h - 1.0;
    let visible = |p: Xy| p.x >= 0.0 && p.y >= 0.0 && p.x <= w && p.y <= h;
    let px: Vec<Xy> = items.iter().map(|it| screen.to_px(it.at)).collect();
    // Every marker that shows, even in part at an edge, is an obstacle to every
    // label (its own included: positions start outside it).
    let screen_rect = Rect { x: 0.0, y: 0.0, w, h };
    let markers: Vec<(usize, Rect)> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.marker_px > 0.0)
        .map(|(i, it)| (i, Rect { x: px[i].x - it.marker_px, y: px[i].y - it.marker_px, w: 2.0 * it.marker_px, h: 2.0 * it.marker_px }))
        .filter(|(_, m)| m.overlaps(&screen_rect))
        .collect();
    let mut boxes: Vec<Rect> = Vec::new();
    let mut leaders: Vec<(Xy, Xy)> = Vec::new();
    let mut layout = Layout { font: screen.font_px / s, ..Default::default() };

    for (i, it) in items.iter().enumerate() {
        let c = px[i];
        if !visible(c) {
            continue;
        }
        let free = |r: &Rect, leader: Leader, boxes: &[Rect], leaders: &[(Xy, Xy)]| {
            let padded = inflate(r, GAP);
            inside(r)
                && !boxes.iter().any(|b| b.overlaps(&padded))
                && !markers.iter().any(|(_, m)| m.overlaps(&padded))
                && !screen.obstacles_px.iter().any(|o| o.overlaps(&padded))
                && !leaders.iter().any(|(a, b)| segment_hits(*a, *b, &padded))
                && leader.is_none_or(|(a, b)| {
                    !boxes.iter().any(|x| segment_hits(a, b, &inflate(x, GAP)))
                        && !markers.iter().any(|(j, m)| *j != i && segment_hits(a, b, m))
                        && !screen.obstacles_px.iter().any(|o| segment_hits(a, b, o))
                })
        };
        let mut texts: Vec<(&str, bool)> = vec![(it.text.as_str(), false)];
        if let Some(short) = it.short.as_deref().filter(|s| *s != it.text) {
            texts.push((short, true));
        }
        let r = it.marker_px;
        let mut chosen: Option<(Rect, TextAnchor, &str, bool, Leader)> = None;
        'search: for stage in 0..=LEADERS.len() {
            for &(text, short) in &texts {
                let lw = label_width(text, it.count_digits, screen.font_px);
                let cands: Vec<Candidate> = if stage == 0 { around(c, r, lw, lh) } else { with_leader(c, r, LEADERS[stage - 1], lw, lh) };
                for (rect, anchor, leader) in cands {
                    if free(&rect, leader, &boxes, &leaders) {
                        chosen = Some((rect, anchor, text, short, leader));
                        break 'search;
                    }
                }
            }
            if r == 0.0 {
                break; // base labels: centred or nothing
            }
        }
        match chosen {
            Some((rect, anchor, text, abbreviated, leader)) => {
                let x_px = match anchor {
                    TextAnchor::Start => rect.x,
                    TextAnchor::Middle => rect.x + rect.w / 2.0,
                    TextAnchor::End => rect.x + rect.w,
                };
                let pos = screen.to_map(Xy { x: x_px, y: rect.y + rect.h / 2.0 });
                boxes.push(rect);
                if let Some(l) = leader {
                    leaders.push(l);
                }
                layout.placed.push(Placed {
                    key: it.key,
                    text: text.to_string(),
                    abbreviated,
                    anchor,
                    x: pos.x,
                    y: pos.y,
                    box_px: rect,
                    leader: leader.map(|(a, b)| {
                        let (a, b) = (screen.to_map(a), screen.to_map(b));
                        [a.x, a.y, b.x, b.y]
                    }),
                });
            }
            None => layout.dropped.push(it.key),
        }
    }
    layout
}

/// The eight positions around a marker of radius r, in order of preference
/// (right, left, upper right, lower right, upper left, lower left, above, below);
/// a label without a marker is centred on its point.
fn around(c: Xy, r: f64, w: f64, h: f64) -> Vec<Candidate> {
    if r == 0.0 {
        return vec![(Rect { x: c.x - w / 2.0, y: c.y - h / 2.0, w, h }, TextAnchor::Middle, None)];
    }
    let d = r + 3.0;
    let k = d * 0.72;
    let rect = |x: f64, y: f64| Rect { x, y, w, h };
    vec![
        (rect(c.x + d, c.y - h / 2.0), TextAnchor::Start, None),
        (rect(c.x - d - w, c.y - h / 2.0), TextAnchor::End, None),
        (rect(c.x + k, c.y - k - h), TextAnchor::Start, None),
        (rect(c.x + k, c.y + k), TextAnchor::Start, None),
        (rect(c.x - k - w, c.y - k - h), TextAnchor::End, None),
        (rect(c.x - k - w, c.y + k), TextAnchor::End, None),
        (rect(c.x - w / 2.0, c.y - d - h), TextAnchor::Middle, None),
        (rect(c.x - w / 2.0, c.y + d), TextAnchor::Middle, None),
    ]
}

/// Sixteen directions for leaders, in order of preference: right, left, the
/// diagonals, above, below, then the directions between (cos and sin written out).
const D: f64 = std::f64::consts::FRAC_1_SQRT_2;
/// cos 22.5° and sin 22.5°.
const C: f64 = 0.923_879_532_511_286_7;
const S: f64 = 0.382_683_432_365_089_8;
const DIRECTIONS: [(f64, f64); 16] = [
    (1.0, 0.0),
    (-1.0, 0.0),
    (D, -D),
    (D, D),
    (-D, -D),
    (-D, D),
    (0.0, -1.0),
    (0.0, 1.0),
    (C, -S),
    (C, S),
    (-C, -S),
    (-C, S),
    (S, -C),
    (S, C),
    (-S, -C),
    (-S, C),
];

/// Positions `len` px beyond the marker in sixteen directions, each with a leader.
fn with_leader(c: Xy, r: f64, len: f64, w: f64, h: f64) -> Vec<Candidate> {
    DIRECTIONS
        .iter()
        .map(|&(ux, uy)| {
            let start = Xy { x: c.x + ux * r, y: c.y + uy * r };
            let end = Xy { x: c.x + ux * (r + len), y: c.y + uy * (r + len) };
            let (x, anchor) = match ux {
                u if u > 0.3 => (end.x, TextAnchor::Start),
                u if u < -0.3 => (end.x - w, TextAnchor::End),
                _ => (end.x - w / 2.0, TextAnchor::Middle),
            };
            let y = match uy {
                u if u > 0.3 => end.y,
                u if u < -0.3 => end.y - h,
                _ => end.y - h / 2.0,
            };
            (Rect { x, y, w, h }, anchor, Some((start, end)))
        })
        .collect()
}

/// The marker radius in px for a place with `total` events in the whole dataset
/// (the layout keeps room for the largest the marker can be, so filtering never
/// moves labels): from 6 px (one event) to 12 px (16 events or more).
pub fn marker_radius(total: u32) -> f64 {
    (4.0 + 2.0 * (total.max(1) as f64).sqrt()).min(12.0)
}

/// `text` without `suffix`, compared ignoring ASCII case (no Unicode case tables
/// in the wasm).
pub fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(at) && text[at..].eq_ignore_ascii_case(suffix)).then(|| &text[..at])
}

/// The text a place is labelled with: its name without a trailing " province".
pub fn label_text(name: &str) -> String {
    strip_suffix_ignore_case(name, " province").unwrap_or(name).to_string()
}

/// A shorter form for long names, if one reads well: initials of a name of
/// several capitalised words ("Khyber Pakhtunkhwa" → "KP", "Azad Jammu and
/// Kashmir" → "AJK"), or a leading "Eastern"/"Western"/… as "E."; else none.
pub fn short_text(name: &str) -> Option<String> {
    let text = label_text(name);
    if text.chars().count() <= 10 {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (long, short) in [("Eastern ", "E. "), ("Western ", "W. "), ("Northern ", "N. "), ("Southern ", "S. "), ("Former ", "")] {
        if let Some(rest) = text.strip_prefix(long) {
            let mut rest = rest.to_string();
            if let Some(first) = rest.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            return Some(format!("{short}{rest}"));
        }
    }
    let capital = |w: &&str| w.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    let caps: Vec<&str> = words.iter().copied().filter(capital).collect();
    if caps.len() >= 2 && words.iter().all(|w| capital(w) || ["and", "of", "the"].contains(w)) {
        return Some(caps.iter().filter_map(|w| w.chars().next()).collect());
    }
    None
}

/// Which labels to draw in a frame.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelOptions {
    pub frame: Frame,
    /// Also label neighbouring countries that are not dataset places (after
    /// every place, and only where there is room).
    pub countries: bool,
}

/// The labels for one frame: every dataset place drawn in it (cities first, then
/// provinces, regions and countries; within each, most events in the whole
/// dataset first, then by name), then, if asked,
/// other countries' names at their shape anchors. `totals` are the counts over
/// all events (`index.counts(&all)`), so labels stay put while filters change.
pub fn map_labels(store: &Store, index: &MapIndex, base: &BaseMap, totals: &Counts, opts: &LabelOptions, screen: &Screen) -> Layout {
    let mut order: Vec<usize> = index.places.iter().filter(|m| m.frame == opts.frame).map(|m| m.place).collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        index.places[a]
            .kind
            .cmp(&index.places[b].kind)
            .then(totals.events[b].cmp(&totals.events[a]))
            .then(store.data.places[a].name.cmp(&store.data.places[b].name))
    });
    let mut items: Vec<LabelItem> = order
        .iter()
        .map(|&p| {
            let name = &store.data.places[p].name;
            let total = totals.events[p];
            LabelItem {
                key: p,
                text: label_text(name),
                short: short_text(name),
                count_digits: total.max(1).to_string().len() as u32,
                at: index.places[p].at,
                marker_px: marker_radius(total),
            }
        })
        .collect();
    if opts.countries {
        let named: Vec<String> =
            index.places.iter().filter(|m| m.kind == MarkKind::Country).map(|m| fold(&store.data.places[m.place].country)).collect();
        for (i, s) in base.shapes.iter().enumerate() {
            if s.kind == ShapeKind::Country && !named.contains(&fold(&s.country)) && screen.view.contains(s.anchor) {
                items.push(LabelItem {
                    key: usize::MAX - i,
                    text: s.name.clone(),
                    short: None,
                    count_digits: 0,
                    at: s.anchor,
                    marker_px: 0.0,
                });
            }
        }
    }
    place_labels(&items, screen)
}

/// The SVG size the view is expected to give each frame at the two reference
/// viewports (CSS px): used by the tests, and a starting point for the view's CSS.
pub fn reference_screens() -> Vec<(&'static str, Frame, f64, f64)> {
    vec![
        ("1280×800 main", Frame::Main, 860.0, 640.0),
        ("1280×800 inset", Frame::Inset, 400.0, 193.0),
        ("390×844 main", Frame::Main, 366.0, 440.0),
        ("390×844 inset", Frame::Inset, 366.0, 177.0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms() {
        assert_eq!(short_text("Khyber Pakhtunkhwa").as_deref(), Some("KP"));
        assert_eq!(short_text("Azad Jammu and Kashmir").as_deref(), Some("AJK"));
        assert_eq!(short_text("Eastern Afghanistan").as_deref(), Some("E. Afghanistan"));
        assert_eq!(short_text("Former tribal areas").as_deref(), Some("Tribal areas"));
        assert_eq!(short_text("Kabul"), None);
        assert_eq!(short_text("Khost province"), None);
        assert_eq!(label_text("Khost province"), "Khost");
        assert_eq!(label_text("Peshawar"), "Peshawar");
    }

    #[test]
    fn segment_rect() {
        let r = Rect { x: 0.0, y: 0.0, w: 10.0, h: 10.0 };
        assert!(segment_hits(Xy { x: -5.0, y: 5.0 }, Xy { x: 15.0, y: 5.0 }, &r));
        assert!(segment_hits(Xy { x: 5.0, y: 5.0 }, Xy { x: 6.0, y: 6.0 }, &r));
        assert!(!segment_hits(Xy { x: -5.0, y: -5.0 }, Xy { x: -1.0, y: 20.0 }, &r));
        assert!(!segment_hits(Xy { x: 11.0, y: 0.0 }, Xy { x: 20.0, y: 20.0 }, &r));
    }

    #[test]
    fn crowded_labels_fall_back_to_short_forms_leaders_then_drop() {
        let screen = Screen {
            view: ViewBox { x: 0.0, y: 0.0, w: 200.0, h: 200.0 },
            width_px: 200.0,
            height_px: 200.0,
            font_px: 12.0,
            obstacles_px: vec![],
        };
        let item = |key: usize, x: f64, text: &str, short: Option<&str>| LabelItem {
            key,
            text: text.into(),
            short: short.map(Into::into),
            count_digits: 1,
            at: Xy { x, y: 100.0 },
            marker_px: 5.0,
        };
        let items: Vec<LabelItem> = (0..12).map(|k| item(k, 60.0 + k as f64 * 8.0, "Khyber Pakhtunkhwa", Some("KP"))).collect();
        let layout = place_labels(&items, &screen);
        assert_eq!(layout.placed.len() + layout.dropped.len(), items.len());
        assert!(layout.placed.iter().any(|p| p.abbreviated));
        assert!(layout.placed.iter().any(|p| p.leader.is_some()));
        assert!(!layout.dropped.is_empty());
        for (i, a) in layout.placed.iter().enumerate() {
            for b in &layout.placed[i + 1..] {
                assert!(!a.box_px.overlaps(&b.box_px));
            }
        }
        assert_eq!(layout, place_labels(&items, &screen), "deterministic");
    }
}
