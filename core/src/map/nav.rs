//! Keyboard movement between places: an arrow key moves the focus to the nearest
//! place in that direction. Both frames share the projection, so Left from the
//! border region reaches Doha, Ankara and Istanbul in the inset.

use super::places::MapIndex;
use super::projection::Xy;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrow {
    Left,
    Right,
    Up,
    Down,
}

impl Arrow {
    /// From a `KeyboardEvent.key` value ("ArrowLeft", …).
    pub fn from_key(key: &str) -> Option<Arrow> {
        match key {
            "ArrowLeft" => Some(Arrow::Left),
            "ArrowRight" => Some(Arrow::Right),
            "ArrowUp" => Some(Arrow::Up),
            "ArrowDown" => Some(Arrow::Down),
            _ => None,
        }
    }
    fn unit(self) -> (f64, f64) {
        match self {
            Arrow::Left => (-1.0, 0.0),
            Arrow::Right => (1.0, 0.0),
            Arrow::Up => (0.0, -1.0),
            Arrow::Down => (0.0, 1.0),
        }
    }
}

/// The place to move to from `from` (indices into `index.places`), among
/// `candidates` (the focusable places; `from` may or may not be one): the nearest
/// place ahead, sideways distance counting twice, preferring places within 60° of
/// the direction. None at the edge. Places at the very same point are ordered
/// by index, so each is reachable.
pub fn arrow_target(index: &MapIndex, candidates: &[usize], from: usize, arrow: Arrow) -> Option<usize> {
    let (ux, uy) = arrow.unit();
    let p: Xy = index.places[from].at;
    let mut best: Option<(bool, f64, usize)> = None;
    for &q in candidates {
        if q == from {
            continue;
        }
        let a = index.places[q].at;
        let (dx, dy) = (a.x - p.x, a.y - p.y);
        let ahead = dx * ux + dy * uy;
        let side = (dx * uy - dy * ux).abs();
        // Same point: step through them by index in the forward directions.
        let same = dx == 0.0 && dy == 0.0;
        let forward = matches!(arrow, Arrow::Right | Arrow::Down);
        if !(ahead > 0.0 || (same && (q > from) == forward)) {
            continue;
        }
        let outside_cone = side > ahead * 1.732;
        let score = ahead + 2.0 * side;
        let key = (outside_cone, score, q);
        if best.is_none_or(|b| (key.0, key.1) < (b.0, b.1) || ((key.0, key.1) == (b.0, b.1) && key.2 < b.2)) {
            best = Some(key);
        }
    }
    best.map(|(_, _, q)| q)
}

/// Focus order for Tab: places in reading order, north to south in bands of
/// `band` map units, west to east within a band; the inset's places come last.
pub fn reading_order(index: &MapIndex, candidates: &[usize], band: f64) -> Vec<usize> {
    let mut order = candidates.to_vec();
    let key = |q: usize| {
        let m = &index.places[q];
        (m.frame, (m.at.y / band).floor() as i64, m.at.x)
    };
    crate::sort::sort_by(&mut order, |&a, &b| {
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(&kb.0).then(ka.1.cmp(&kb.1)).then(ka.2.total_cmp(&kb.2)).then(a.cmp(&b))
    });
    order
}
