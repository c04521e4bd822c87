//! Plane geometry on projected boundaries: SVG path data in and out, point in
//! polygon, and an interior point for a label. Coordinates are whole map units.

use super::projection::{ViewBox, Xy};

/// A closed ring of whole map units (the last point is not repeated).
pub type Ring = Vec<[i32; 2]>;

/// Writes rings as compact SVG path data: an absolute move, then relative line
/// segments, `z` to close: `M12 34l5-6 7 8z`. Repeated points are dropped.
pub fn encode_path(rings: &[Ring]) -> String {
    let mut d = String::new();
    for ring in rings {
        let mut pts = without_repeats(ring);
        while pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        if pts.len() < 2 {
            continue;
        }
        push_run(&mut d, &pts);
        d.push('z');
    }
    d
}

/// The points with consecutive repeats dropped.
fn without_repeats(points: &[[i32; 2]]) -> Vec<[i32; 2]> {
    let mut pts: Vec<[i32; 2]> = Vec::with_capacity(points.len());
    for &p in points {
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    pts
}

/// One run of points as `M x y l dx dy …` (relative after the first point).
fn push_run(d: &mut String, pts: &[[i32; 2]]) {
    push_num(d, 'M', pts[0][0]);
    push_num(d, ' ', pts[0][1]);
    for (i, w) in pts.windows(2).enumerate() {
        push_num(d, if i == 0 { 'l' } else { ' ' }, w[1][0] - w[0][0]);
        push_num(d, ' ', w[1][1] - w[0][1]);
    }
}

/// Like [`encode_path`] for open lines (no `z`).
pub fn encode_lines(lines: &[Ring]) -> String {
    let mut d = String::new();
    for line in lines {
        let pts = without_repeats(line);
        if pts.len() < 2 {
            continue;
        }
        push_run(&mut d, &pts);
    }
    d
}

/// Appends a number after `sep`; a space before a negative number is left out
/// (the minus sign separates it).
fn push_num(d: &mut String, sep: char, v: i32) {
    if sep != ' ' || v >= 0 {
        d.push(sep);
    }
    d.push_str(&v.to_string());
}

/// Reads path data written by [`encode_path`] or [`encode_lines`] (commands M, m,
/// L, l, Z, z with implicit repeats), one point list per subpath.
pub fn decode_path(d: &str) -> Result<Vec<Ring>, &'static str> {
    let mut out: Vec<Ring> = Vec::new();
    let bytes = d.as_bytes();
    let mut i = 0;
    let mut cmd = b' ';
    let mut cur = [0i32; 2];
    let mut start = [0i32; 2];
    let mut pending: Option<i32> = None;
    let mut after_move = false;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'M' | b'm' | b'L' | b'l' => {
                if pending.is_some() {
                    return Err("odd number of coordinates");
                }
                cmd = c;
                after_move = matches!(c, b'M' | b'm');
                i += 1;
            }
            b'Z' | b'z' => {
                if pending.is_some() {
                    return Err("odd number of coordinates");
                }
                cur = start;
                cmd = b' ';
                i += 1;
            }
            b' ' | b',' | b'\n' => i += 1,
            b'-' | b'0'..=b'9' => {
                let from = i;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let v: i32 = d[from..i].parse().map_err(|_| "bad number")?;
                let Some(x) = pending.take() else {
                    pending = Some(v);
                    continue;
                };
                let relative = matches!(cmd, b'm' | b'l');
                let p = if relative { [cur[0] + x, cur[1] + v] } else { [x, v] };
                match cmd {
                    b'M' | b'm' if after_move => {
                        out.push(vec![p]);
                        start = p;
                        after_move = false;
                        // Further pairs after a move are line segments.
                        cmd = if cmd == b'M' { b'L' } else { b'l' };
                    }
                    b'L' | b'l' | b'M' | b'm' => match out.last_mut() {
                        Some(ring) => ring.push(p),
                        None => return Err("a line before any move"),
                    },
                    _ => return Err("coordinates without a command"),
                }
                cur = p;
            }
            _ => return Err("unexpected character in path data"),
        }
    }
    if pending.is_some() {
        return Err("odd number of coordinates");
    }
    Ok(out)
}

/// Whether `p` is inside the rings, by the even-odd rule (holes are holes).
pub fn contains(rings: &[Ring], p: Xy) -> bool {
    let mut inside = false;
    for ring in rings {
        let n = ring.len();
        if n < 3 {
            continue;
        }
        let mut j = n - 1;
        for i in 0..n {
            let (xi, yi) = (ring[i][0] as f64, ring[i][1] as f64);
            let (xj, yj) = (ring[j][0] as f64, ring[j][1] as f64);
            if (yi > p.y) != (yj > p.y) && p.x < (xj - xi) * (p.y - yi) / (yj - yi) + xi {
                inside = !inside;
            }
            j = i;
        }
    }
    inside
}

/// The bounding box of the rings, or None when they are empty.
pub fn bounds(rings: &[Ring]) -> Option<ViewBox> {
    let mut it = rings.iter().flatten();
    let first = it.next()?;
    let (mut x0, mut y0, mut x1, mut y1) = (first[0], first[1], first[0], first[1]);
    for p in it {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    Some(ViewBox { x: x0 as f64, y: y0 as f64, w: (x1 - x0) as f64, h: (y1 - y0) as f64 })
}

/// The area enclosed by one ring (absolute value, shoelace formula).
pub fn ring_area(ring: &Ring) -> f64 {
    let n = ring.len();
    let mut twice = 0.0;
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        twice += a[0] as f64 * b[1] as f64 - b[0] as f64 * a[1] as f64;
    }
    twice.abs() / 2.0
}

fn segment_distance(p: Xy, a: [i32; 2], b: [i32; 2]) -> f64 {
    let (ax, ay, bx, by) = (a[0] as f64, a[1] as f64, b[0] as f64, b[1] as f64);
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p.x - ax) * dx + (p.y - ay) * dy) / len2).clamp(0.0, 1.0) };
    let (cx, cy) = (ax + t * dx - p.x, ay + t * dy - p.y);
    (cx * cx + cy * cy).sqrt()
}

/// Distance from `p` to the nearest edge of the rings.
pub fn edge_distance(rings: &[Ring], p: Xy) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        for i in 0..ring.len() {
            best = best.min(segment_distance(p, ring[i], ring[(i + 1) % ring.len()]));
        }
    }
    best
}

/// Clips every ring to a rectangle (Sutherland–Hodgman); rings left with fewer
/// than three points are dropped.
pub fn clip_to(rings: &[Ring], b: &ViewBox) -> Vec<Ring> {
    let (x0, y0, x1, y1) = (b.x, b.y, b.x + b.w, b.y + b.h);
    let mut out = Vec::new();
    for ring in rings {
        let mut pts: Vec<(f64, f64)> = ring.iter().map(|p| (p[0] as f64, p[1] as f64)).collect();
        // Each edge: inside test and intersection with the edge's line.
        for edge in 0..4 {
            let inside = |p: (f64, f64)| match edge {
                0 => p.0 >= x0,
                1 => p.0 <= x1,
                2 => p.1 >= y0,
                _ => p.1 <= y1,
            };
            let cut = |a: (f64, f64), c: (f64, f64)| match edge {
                0 | 1 => {
                    let x = if edge == 0 { x0 } else { x1 };
                    (x, a.1 + (c.1 - a.1) * (x - a.0) / (c.0 - a.0))
                }
                _ => {
                    let y = if edge == 2 { y0 } else { y1 };
                    (a.0 + (c.0 - a.0) * (y - a.1) / (c.1 - a.1), y)
                }
            };
            let input = std::mem::take(&mut pts);
            for i in 0..input.len() {
                let (cur, prev) = (input[i], input[(i + input.len() - 1) % input.len()]);
                match (inside(prev), inside(cur)) {
                    (true, true) => pts.push(cur),
                    (true, false) => pts.push(cut(prev, cur)),
                    (false, true) => {
                        pts.push(cut(prev, cur));
                        pts.push(cur);
                    }
                    (false, false) => {}
                }
            }
        }
        if pts.len() >= 3 {
            out.push(pts.iter().map(|p| [p.0.round() as i32, p.1.round() as i32]).collect());
        }
    }
    out
}

/// A point well inside the rings, for a label: of a grid over the bounding box,
/// refined twice, the inside point farthest from every edge. Deterministic.
/// None when no grid point is inside (a sliver).
pub fn interior_point(rings: &[Ring]) -> Option<Xy> {
    let b = bounds(rings)?;
    let mut best: Option<(f64, Xy)> = None;
    let search = |b: ViewBox, best: &mut Option<(f64, Xy)>| {
        const N: usize = 24;
        for i in 0..=N {
            for j in 0..=N {
                let p = Xy { x: b.x + b.w * i as f64 / N as f64, y: b.y + b.h * j as f64 / N as f64 };
                if !contains(rings, p) {
                    continue;
                }
                let d = edge_distance(rings, p);
                if best.is_none_or(|(bd, _)| d > bd) {
                    *best = Some((d, p));
                }
            }
        }
    };
    search(b, &mut best);
    for shrink in [6.0, 36.0] {
        if let Some((_, c)) = best {
            let w = b.w * 2.0 / shrink;
            let h = b.h * 2.0 / shrink;
            search(ViewBox { x: c.x - w / 2.0, y: c.y - h / 2.0, w, h }, &mut best);
        }
    }
    best.map(|(_, p)| Xy { x: p.x.round(), y: p.y.round() })
}

/// A number for SVG to three decimals, without float formatting (as
/// `graph::num`, for scales and font sizes below 1): 0.5 → "0.5", 1.23456 → "1.235".
pub fn num3(v: f64) -> String {
    let t = (v * 1000.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let t = t.unsigned_abs();
    let (whole, mut frac) = (t / 1000, t % 1000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = 3;
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let pad = "00".get(..digits - 1 - (frac.ilog10() as usize)).unwrap_or("");
    format!("{sign}{whole}.{pad}{frac}")
}

#[cfg(test)]
mod tests {
    use super::num3;

    #[test]
    fn three_decimals_without_float_formatting() {
        for (v, want) in [(0.5, "0.5"), (1.23456, "1.235"), (2.0, "2"), (0.005, "0.005"), (0.05, "0.05"), (-1.25, "-1.25"), (12.0004, "12")]
        {
            assert_eq!(num3(v), want, "{v}");
        }
    }

    use super::*;
    use proptest::prelude::*;

    fn square(x: i32, y: i32, s: i32) -> Ring {
        vec![[x, y], [x + s, y], [x + s, y + s], [x, y + s]]
    }

    #[test]
    fn encodes_compactly() {
        assert_eq!(encode_path(&[square(10, -20, 5)]), "M10-20l5 0 0 5-5 0z");
        assert_eq!(encode_lines(&[vec![[0, 0], [3, -4], [3, -4], [1, 1]]]), "M0 0l3-4-2 5");
        assert_eq!(decode_path("M10-20l5 0 0 5-5 0z").unwrap(), vec![square(10, -20, 5)]);
        assert_eq!(decode_path("M0 0 3 4L5 5m1 1 2 2").unwrap(), vec![vec![[0, 0], [3, 4], [5, 5]], vec![[6, 6], [8, 8]]]);
        assert!(decode_path("M1").is_err() && decode_path("l1 2").is_err() && decode_path("M1 2q").is_err());
    }

    #[test]
    fn even_odd_inside_with_holes() {
        let rings = vec![square(0, 0, 100), square(40, 40, 20)];
        assert!(contains(&rings, Xy { x: 10.0, y: 10.0 }));
        assert!(!contains(&rings, Xy { x: 50.0, y: 50.0 }));
        assert!(!contains(&rings, Xy { x: 150.0, y: 50.0 }));
        let p = interior_point(&rings).unwrap();
        assert!(contains(&rings, p) && edge_distance(&rings, p) >= 15.0, "{p:?}");
    }

    #[test]
    fn clips_to_a_box() {
        let clipped = clip_to(&[square(0, 0, 100)], &ViewBox { x: 50.0, y: -10.0, w: 100.0, h: 60.0 });
        assert_eq!(bounds(&clipped), Some(ViewBox { x: 50.0, y: 0.0, w: 50.0, h: 50.0 }));
        assert!(clip_to(&[square(0, 0, 10)], &ViewBox { x: 50.0, y: 50.0, w: 1.0, h: 1.0 }).is_empty());
        assert_eq!(ring_area(&square(0, 0, 10)), 100.0);
    }

    fn ring() -> impl Strategy<Value = Ring> {
        proptest::collection::vec((-5000i32..5000, -5000i32..5000).prop_map(|(x, y)| [x, y]), 3..40)
    }

    proptest! {
        #[test]
        fn decode_inverts_encode(rings in proptest::collection::vec(ring(), 0..5)) {
            let clean: Vec<Ring> = rings
                .iter()
                .map(|r| { let mut v: Ring = r.clone(); v.dedup(); while v.len() > 1 && v.first() == v.last() { v.pop(); } v })
                .filter(|r| r.len() >= 2)
                .collect();
            prop_assert_eq!(decode_path(&encode_path(&rings)).unwrap(), clean.clone());
            prop_assert_eq!(decode_path(&encode_lines(&clean)).unwrap(), clean);
        }

        #[test]
        fn decode_never_panics(d in "[MmLlZz0-9 ,-]{0,60}") {
            let _ = decode_path(&d);
        }
    }
}
