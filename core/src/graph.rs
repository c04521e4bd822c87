//! The actors network: a deterministic layered layout, which ties show for a set
//! of relation kinds and a date, and the sortable table of ties.
//! Pure Rust (no Leptos), so all of it is tested natively.
//!
//! Layout: one band of columns per alignment, left to right Pakistan | armed
//! groups | third parties | Afghanistan. A band with many actors is split into
//! several columns. Inside a column actors are stacked by kind (states first),
//! each with its label wrapped below it, so labels never overlap. Inner columns
//! start lower, leaving a free lane at the top for ties between the outer
//! columns' leading actors (the two governments in the real dataset).

use super::labels::alignment_heading;
use super::model::{Actor, ActorKind, Alignment, Relation, RelationKind};
use super::sort::sort_indices;

// ---------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------

/// SVG `stroke-dasharray` for a relation kind ("" is a solid line). Every kind
/// has its own pattern, so ties are told apart without colour.
pub fn relation_dash(k: RelationKind) -> &'static str {
    match k {
        RelationKind::Hostile => "",
        RelationKind::Supports => "10 3",
        RelationKind::AllegedSupport => "2 3",
        RelationKind::Accuses => "8 3 2 3",
        RelationKind::Condemns => "8 3 2 3 2 3",
        RelationKind::Mediates => "5 5",
        RelationKind::Diplomatic => "16 4",
        RelationKind::Trade => "12 3 4 3",
        RelationKind::Part => "1 3",
        RelationKind::OffersMediation => "5 5 1 5",
        RelationKind::TradeHalt => "12 3 1 3",
        RelationKind::CallsForInvestigation => "4 2",
    }
}

/// Stroke width for a relation kind.
pub fn relation_width(k: RelationKind) -> f64 {
    match k {
        RelationKind::Hostile => 2.6,
        RelationKind::Part => 1.4,
        _ => 1.8,
    }
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

/// How a node is drawn, by actor kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// States: a large circle.
    Circle,
    /// Government organs: a smaller circle.
    SmallCircle,
    /// Armed groups.
    Triangle,
    /// Mediators.
    Diamond,
    /// International bodies.
    Square,
    /// People.
    Hexagon,
    /// Media and analysts.
    DownTriangle,
}

pub fn shape_of(kind: ActorKind) -> Shape {
    match kind {
        ActorKind::State => Shape::Circle,
        ActorKind::GovernmentOrgan => Shape::SmallCircle,
        ActorKind::ArmedGroup => Shape::Triangle,
        ActorKind::Mediator => Shape::Diamond,
        ActorKind::InternationalBody => Shape::Square,
        ActorKind::Person => Shape::Hexagon,
        ActorKind::Media | ActorKind::Analyst => Shape::DownTriangle,
    }
}

/// Radius of the circle a shape fits in.
pub fn shape_radius(shape: Shape) -> f64 {
    match shape {
        Shape::Circle => 13.0,
        Shape::SmallCircle => 9.5,
        Shape::Triangle | Shape::DownTriangle => 12.0,
        Shape::Diamond => 12.0,
        Shape::Square => 10.5,
        Shape::Hexagon => 10.0,
    }
}

/// A number for SVG, to one decimal, without float formatting (which would
/// add several kilobytes to the wasm): 12 → "12", 12.25 → "12.3", -0.04 → "0".
pub fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    if t.is_multiple_of(10) {
        format!("{sign}{}", t / 10)
    } else {
        format!("{sign}{}.{}", t / 10, t % 10)
    }
}

fn polygon(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push(if i == 0 { 'M' } else { 'L' });
        d.push_str(&num(*x));
        d.push(' ');
        d.push_str(&num(*y));
    }
    d.push('Z');
    d
}

/// The SVG path of a shape centred on (cx, cy) with radius r.
pub fn shape_path(shape: Shape, cx: f64, cy: f64, r: f64) -> String {
    match shape {
        Shape::Circle | Shape::SmallCircle => {
            let (rr, y) = (num(r), num(cy));
            format!("M{} {y}a{rr} {rr} 0 1 0 {} 0a{rr} {rr} 0 1 0 {} 0Z", num(cx - r), num(2.0 * r), num(-2.0 * r))
        }
        Shape::Triangle => polygon(&[(cx, cy - r), (cx + r * 0.95, cy + r * 0.7), (cx - r * 0.95, cy + r * 0.7)]),
        Shape::DownTriangle => polygon(&[(cx - r * 0.95, cy - r * 0.7), (cx + r * 0.95, cy - r * 0.7), (cx, cy + r)]),
        Shape::Diamond => polygon(&[(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]),
        Shape::Square => polygon(&[(cx - r, cy - r), (cx + r, cy - r), (cx + r, cy + r), (cx - r, cy + r)]),
        Shape::Hexagon => {
            // Corners at 0°, 60°, … 300° (cos and sin written out: no libm in the wasm).
            const H: f64 = 0.866_025_403_784_438_6;
            let unit = [(1.0, 0.0), (0.5, H), (-0.5, H), (-1.0, 0.0), (-0.5, -H), (0.5, -H)];
            let pts: Vec<(f64, f64)> = unit.iter().map(|(c, s)| (cx + r * c, cy + r * s)).collect();
            polygon(&pts)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Index into `Briefing::actors`.
    pub actor: usize,
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub shape: Shape,
    /// The label, wrapped; drawn centred below the node.
    pub lines: Vec<String>,
    /// Baseline of the first label line.
    pub baseline: f64,
    /// A generous estimate of the label's box (for the overlap guarantee).
    pub label: Rect,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Index into `Briefing::relations`.
    pub relation: usize,
    /// Node (= actor) indices.
    pub from: usize,
    pub to: usize,
    /// SVG path data, trimmed to the node outlines so the arrow head shows.
    pub d: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub alignment: Alignment,
    pub text: &'static str,
    /// Centre of the band of columns.
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// One per actor, in dataset order.
    pub nodes: Vec<Node>,
    /// Node indices in reading order: column by column, top to bottom (the tab order).
    pub order: Vec<usize>,
    /// One per relation whose two actors exist, in dataset order.
    pub edges: Vec<Edge>,
    pub headings: Vec<Heading>,
}

pub const FONT_SIZE: f64 = 12.0;
pub const LINE_HEIGHT: f64 = 14.0;
/// Narrowest column: below it the layout keeps this width and the view scrolls.
pub const MIN_COLUMN: f64 = 136.0;
const MARGIN_X: f64 = 28.0;
const HEADING_Y: f64 = 18.0;
/// Centre line of the first node in the outer columns.
const FIRST_ROW: f64 = 62.0;
/// How much lower the inner columns start, leaving a lane for long ties.
const INNER_DROP: f64 = 70.0;
const SLOT_RADIUS: f64 = 13.0;
const LABEL_GAP: f64 = 4.0;
const ROW_GAP: f64 = 14.0;
const MAX_ROWS: usize = 10;
const MAX_LINES: usize = 3;
const ALIGNMENT_ORDER: [Alignment; 4] = [Alignment::Pakistan, Alignment::Militant, Alignment::ThirdParty, Alignment::Afghanistan];

fn kind_rank(k: ActorKind) -> usize {
    [
        ActorKind::State,
        ActorKind::GovernmentOrgan,
        ActorKind::ArmedGroup,
        ActorKind::Mediator,
        ActorKind::InternationalBody,
        ActorKind::Person,
        ActorKind::Media,
        ActorKind::Analyst,
    ]
    .iter()
    .position(|x| *x == k)
    .unwrap_or(usize::MAX)
}

/// A deliberately generous width estimate for `FONT_SIZE` text in a sans-serif
/// font (wide fonts such as DejaVu Sans included), so real labels fit their box.
pub fn text_width(text: &str) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | '\'' | '’' | '|' | '!' | ':' | ';' => 0.32,
            ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '-' | '/' => 0.42,
            'm' | 'w' => 0.92,
            'M' | 'W' => 1.0,
            c if c.is_ascii_digit() => 0.64,
            c if c.is_ascii_uppercase() => 0.76,
            c if c.is_ascii() => 0.62,
            _ => 0.8,
        })
        .sum();
    em * FONT_SIZE
}

/// The label drawn on the graph: the name without a trailing explanatory
/// parenthesis ("Pakistan (Islamabad)" → "Pakistan"), keeping acronyms such as
/// "(TTP)". The full name is in the node's accessible name and the panel.
pub fn short_label(name: &str) -> String {
    if let (true, Some(open)) = (name.ends_with(')'), name.rfind(" (")) {
        let inner = &name[open + 2..name.len() - 1];
        let acronym = !inner.is_empty() && inner.len() <= 6 && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !acronym && open >= 3 {
            return name[..open].to_string();
        }
    }
    name.to_string()
}

/// Greedy word wrap to `max` pixels, at most `MAX_LINES` lines (the last one
/// ends with "…" when text was left out). Overlong words are cut.
pub fn wrap(text: &str, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
        if text_width(&candidate) <= max {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line on its own: cut it.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if text_width(&piece) > max {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        current = piece;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        let last = &mut lines[MAX_LINES - 1];
        while !last.is_empty() && text_width(&format!("{last}…")) > max {
            last.pop();
        }
        *last = format!("{}…", last.trim_end());
    }
    lines
}

/// Computes the layout for a drawing area `width` pixels wide (it grows when
/// the columns would be narrower than `MIN_COLUMN`). The result depends only on
/// the actors and relations, never on their order in the dataset.
pub fn layout(actors: &[Actor], relations: &[Relation], width: f64) -> Layout {
    // Each relation's two actors (a linear scan: the actors are few, and a map
    // would cost more wasm than it saves time).
    let find = |id: &str| actors.iter().position(|a| a.id == id);
    let ends: Vec<Option<(usize, usize)>> = relations
        .iter()
        .map(|r| match (find(&r.from), find(&r.to)) {
            (Some(a), Some(b)) if a != b => Some((a, b)),
            _ => None,
        })
        .collect();
    let mut degree = vec![0usize; actors.len()];
    for &(a, b) in ends.iter().flatten() {
        degree[a] += 1;
        degree[b] += 1;
    }

    // Bands of columns, one band per alignment present.
    struct Band {
        alignment: Alignment,
        columns: Vec<Vec<usize>>,
    }
    let mut bands: Vec<Band> = Vec::new();
    for alignment in ALIGNMENT_ORDER {
        let mut members: Vec<usize> = (0..actors.len()).filter(|&i| actors[i].alignment == alignment).collect();
        if members.is_empty() {
            continue;
        }
        sort_indices(&mut members, &|a, b| {
            let (x, y) = (&actors[a], &actors[b]);
            kind_rank(x.kind)
                .cmp(&kind_rank(y.kind))
                .then(degree[b].cmp(&degree[a]))
                .then_with(|| x.name.cmp(&y.name))
                .then_with(|| x.id.cmp(&y.id))
        });
        let ncols = members.len().div_ceil(MAX_ROWS);
        let per = members.len().div_ceil(ncols);
        let columns = members.chunks(per).map(<[usize]>::to_vec).collect();
        bands.push(Band { alignment, columns });
    }
    let total_columns: usize = bands.iter().map(|b| b.columns.len()).sum::<usize>().max(1);
    let column_width = ((width - 2.0 * MARGIN_X) / total_columns as f64).max(MIN_COLUMN).floor();
    let width = 2.0 * MARGIN_X + column_width * total_columns as f64;
    let label_max = column_width - 14.0;

    let mut nodes: Vec<Option<Node>> = vec![None; actors.len()];
    let mut column_of = vec![0usize; actors.len()];
    let mut order = Vec::with_capacity(actors.len());
    let mut headings = Vec::new();
    let mut height: f64 = FIRST_ROW + 40.0;
    let mut c = 0usize;
    for band in &bands {
        let band_start = c;
        for column in &band.columns {
            let x = MARGIN_X + column_width * (c as f64 + 0.5);
            let inner = c != 0 && c + 1 != total_columns;
            let mut y = FIRST_ROW + if inner { INNER_DROP } else { 0.0 };
            for &i in column {
                let shape = shape_of(actors[i].kind);
                let r = shape_radius(shape);
                let lines = wrap(&short_label(&actors[i].name), label_max);
                let widest = lines.iter().map(|l| text_width(l)).fold(0.0, f64::max);
                let label_top = y + SLOT_RADIUS + LABEL_GAP;
                let label_h = lines.len() as f64 * LINE_HEIGHT;
                let label = Rect { x: x - widest / 2.0, y: label_top, w: widest, h: label_h };
                // The first baseline sits about 0.8 em below the line box top.
                let baseline = label_top + FONT_SIZE * 0.9;
                nodes[i] = Some(Node { actor: i, x, y, r, shape, lines, baseline, label });
                column_of[i] = c;
                order.push(i);
                height = height.max(label_top + label_h + 24.0);
                y = label_top + label_h + ROW_GAP + SLOT_RADIUS;
            }
            c += 1;
        }
        let centre = MARGIN_X + column_width * ((band_start + c) as f64 / 2.0);
        headings.push(Heading { alignment: band.alignment, text: alignment_heading(band.alignment), x: centre, y: HEADING_Y });
    }
    let nodes: Vec<Node> = nodes.into_iter().map(|n| n.expect("every actor has an alignment band")).collect();

    // Edges: ties between the same two actors fan out side by side.
    // Sort the ties by pair, then id: each pair's ties are a run, and a tie's
    // place in its run is its slot in the fan.
    let mut by_pair: Vec<usize> = (0..relations.len()).filter(|&ri| ends[ri].is_some()).collect();
    let pair_of = |ri: usize| ends[ri].map(|(a, b)| canonical(actors, a, b));
    sort_indices(&mut by_pair, &|x, y| pair_of(x).cmp(&pair_of(y)).then_with(|| relations[x].id.cmp(&relations[y].id)));
    let mut slot_of = vec![(0usize, 0usize); relations.len()]; // (place, run length)
    let mut start = 0;
    while start < by_pair.len() {
        let mut end = start + 1;
        while end < by_pair.len() && pair_of(by_pair[end]) == pair_of(by_pair[start]) {
            end += 1;
        }
        for (place, &ri) in by_pair[start..end].iter().enumerate() {
            slot_of[ri] = (place, end - start);
        }
        start = end;
    }
    let mut edges = Vec::new();
    for (ri, end) in ends.iter().enumerate() {
        let Some((from, to)) = *end else { continue };
        let key = canonical(actors, from, to);
        let (place, run) = slot_of[ri];
        let slot = place as f64 - (run as f64 - 1.0) / 2.0;
        let (a, b) = (&nodes[key.0], &nodes[key.1]);
        let (mx, my) = ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
        let (cx, cy) = if column_of[key.0] == column_of[key.1] {
            // Same column: an arc bowing outwards (left, or right in the last column).
            let out = if column_of[key.0] + 1 == total_columns && total_columns > 1 { 1.0 } else { -1.0 };
            let bow = (24.0 + 0.3 * (b.y - a.y).abs()).min(column_width * 0.9) + slot * 14.0;
            (mx + out * bow, my)
        } else {
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let (nx, ny) = (-dy / len, dx / len);
            let off = slot * 18.0;
            (mx + nx * off, my + ny * off)
        };
        let (p, q) = (&nodes[from], &nodes[to]);
        let (sx, sy) = toward(p.x, p.y, cx, cy, q.x, q.y, p.r + 2.0);
        let (ex, ey) = toward(q.x, q.y, cx, cy, p.x, p.y, q.r + 3.0);
        let d = format!("M{} {}Q{} {} {} {}", num(sx), num(sy), num(cx), num(cy), num(ex), num(ey));
        edges.push(Edge { relation: ri, from, to, d });
    }

    Layout { width, height: height.ceil(), nodes, order, edges, headings }
}

/// The pair of node indices in an order that depends on ids, not dataset order.
fn canonical(actors: &[Actor], a: usize, b: usize) -> (usize, usize) {
    if actors[a].id <= actors[b].id {
        (a, b)
    } else {
        (b, a)
    }
}

/// The point `dist` from (x, y) toward (tx, ty), or toward (fx, fy) when the two coincide.
fn toward(x: f64, y: f64, tx: f64, ty: f64, fx: f64, fy: f64, dist: f64) -> (f64, f64) {
    let (mut dx, mut dy) = (tx - x, ty - y);
    if dx.abs() + dy.abs() < 1e-6 {
        dx = fx - x;
        dy = fy - y;
    }
    let len = (dx * dx + dy * dy).sqrt().max(1e-6);
    (x + dx / len * dist, y + dy / len * dist)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Briefing;

    fn real() -> Briefing {
        serde_json::from_str(crate::DATASET_JSON).unwrap()
    }

    #[test]
    fn layout_is_deterministic_and_independent_of_dataset_order() {
        let data = real();
        let one = layout(&data.actors, &data.relations, 1280.0);
        assert_eq!(one, layout(&data.actors, &data.relations, 1280.0));

        let mut actors = data.actors.clone();
        let mut relations = data.relations.clone();
        actors.reverse();
        actors.rotate_left(7);
        relations.reverse();
        let two = layout(&actors, &relations, 1280.0);
        assert_eq!((one.width, one.height), (two.width, two.height));
        for n in &one.nodes {
            let id = &data.actors[n.actor].id;
            let m = two.nodes.iter().find(|m| &actors[m.actor].id == id).unwrap();
            assert_eq!((n.x, n.y, &n.lines), (m.x, m.y, &m.lines), "{id}");
        }
        for e in &one.edges {
            let id = &data.relations[e.relation].id;
            let f = two.edges.iter().find(|f| &relations[f.relation].id == id).unwrap();
            assert_eq!(e.d, f.d, "{id}");
        }
    }

    #[test]
    fn every_actor_and_tie_is_drawn() {
        let data = real();
        let l = layout(&data.actors, &data.relations, 1280.0);
        assert_eq!(l.nodes.len(), data.actors.len());
        assert_eq!(l.edges.len(), data.relations.len());
        assert!(l.nodes.iter().enumerate().all(|(i, n)| n.actor == i && !n.lines.is_empty()));
        // Reading order: every node once, column by column, top to bottom.
        let mut seen = l.order.clone();
        seen.sort();
        assert_eq!(seen, (0..data.actors.len()).collect::<Vec<_>>());
        for w in l.order.windows(2) {
            let (a, b) = (&l.nodes[w[0]], &l.nodes[w[1]]);
            assert!(a.x < b.x || (a.x == b.x && a.y < b.y));
        }
        let headings: Vec<&str> = l.headings.iter().map(|h| h.text).collect();
        assert_eq!(headings, ["Pakistan", "Armed groups", "Third parties", "Afghanistan"]);
    }

    fn assert_no_overlaps(l: &Layout, width: f64) {
        for (i, a) in l.nodes.iter().enumerate() {
            let inside = |r: &Rect| r.x >= 0.0 && r.y >= 0.0 && r.x + r.w <= l.width && r.y + r.h <= l.height;
            assert!(inside(&a.label), "label {i} outside the drawing at {width}");
            for b in &l.nodes[i + 1..] {
                assert!(!a.label.overlaps(&b.label), "labels {:?} and {:?} overlap at {width}", a.lines, b.lines);
            }
            for b in &l.nodes {
                let shape = Rect { x: b.x - b.r, y: b.y - b.r, w: 2.0 * b.r, h: 2.0 * b.r };
                assert!(!a.label.overlaps(&shape), "label {:?} covers a node at {width}", a.lines);
                if !std::ptr::eq(a, b) {
                    assert!(!(a.x == b.x && (a.y - b.y).abs() < a.r + b.r), "nodes overlap");
                }
            }
        }
    }

    #[test]
    fn no_two_labels_overlap_at_1280_or_any_width() {
        let data = real();
        // The graph column at 1280 wide, the full width, and a phone (which keeps the minimum width).
        for width in [1280.0, 860.0, 1240.0, 390.0, 2000.0] {
            let l = layout(&data.actors, &data.relations, width);
            assert!(l.width >= width.min(l.width));
            assert_no_overlaps(&l, width);
        }
        let l = layout(&data.actors, &data.relations, 1280.0);
        assert!(l.width <= 1280.0 && l.width > 1270.0, "fills 1280 without growing: {}", l.width);
        // A phone keeps readable columns and scrolls instead.
        let phone = layout(&data.actors, &data.relations, 390.0);
        assert!(phone.width > 390.0);
    }

    #[test]
    fn labels_stay_apart_with_many_actors() {
        let data = real();
        let mut actors = Vec::new();
        for copy in 0..4 {
            for a in &data.actors {
                let mut a = a.clone();
                a.id = format!("{}-{copy}", a.id);
                actors.push(a);
            }
        }
        let l = layout(&actors, &data.relations, 1280.0);
        assert_no_overlaps(&l, 1280.0);
        assert!(l.nodes.len() == actors.len());
    }

    #[test]
    fn numbers_for_svg() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-2.96), "-3");
        assert_eq!(num(-2.94), "-2.9");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(shape_path(Shape::Diamond, 10.0, 10.0, 2.0), "M10 8L12 10L10 12L8 10Z");
    }

    #[test]
    fn labels_are_short_and_wrapped() {
        assert_eq!(short_label("Pakistan (Islamabad)"), "Pakistan");
        assert_eq!(short_label("Tehreek-e-Taliban Pakistan (TTP)"), "Tehreek-e-Taliban Pakistan (TTP)");
        assert_eq!(short_label("Zabiullah (Zabihullah) Mujahid"), "Zabiullah (Zabihullah) Mujahid");
        let lines = wrap("Diplomatic observers and regional analysts", 120.0);
        assert!(lines.len() >= 2 && lines.iter().all(|l| text_width(l) <= 120.0), "{lines:?}");
        let long = wrap(&"word ".repeat(40), 100.0);
        assert_eq!(long.len(), MAX_LINES);
        assert!(long[MAX_LINES - 1].ends_with('…'));
        assert!(wrap("Supercalifragilisticexpialidocious", 60.0).iter().all(|l| text_width(l) <= 60.0));
    }

    #[test]
    fn every_kind_has_its_own_dash_pattern_and_shape_paths_are_closed() {
        let mut seen = std::collections::HashSet::new();
        for k in RelationKind::ALL {
            assert!(seen.insert(relation_dash(*k)), "{k:?}");
        }
        for k in ActorKind::ALL {
            let s = shape_of(*k);
            assert!(shape_path(s, 10.0, 10.0, shape_radius(s)).ends_with('Z'));
        }
    }
}
