//! The map's pure core: projection, boundaries, places, counts, labels, list.
pub mod base;
pub mod geometry;
pub mod projection;
