//! The Map view's pure core: no Leptos, no web-sys, tested natively.
//!
//! - [`projection`]: the one projection for shapes and points; the two frames
//!   (main: Afghanistan and Pakistan; inset: Istanbul to New Delhi) and zoom/pan.
//! - [`base`]: the committed boundaries (`data/map/boundaries.txt`): shapes with
//!   `data-region-id` ids, and the contested lines drawn apart.
//! - [`geometry`]: path data, point in polygon, interior points.
//! - [`places`]: how each dataset place is drawn (point, area, region, country),
//!   its shape, and where each event is shown (its most precise places).
//! - [`counts`]: per-place counts and disputed counts over the timeline's result,
//!   and the month-by-month steps of the time control.
//! - [`labels`]: label placement that never overlaps, per frame and screen size.
//! - [`list`]: the list alternative, accessible names, a selected place's detail.
//! - [`nav`]: arrow-key movement between places, and a reading (Tab) order.
//!
//! Size (measured with `trunk build --release` and `scripts/size.mjs`, brotli):
//! - the first load today: 179.0 KB of the 200 KB budget;
//! - this core, every function used from the wasm (a probe, not committed):
//!   +11.6 KB, so 190.6 KB before any of the view's own DOM code;
//! - the boundary file: 27.8 KB raw, 9.8 KB brotli on its own; embedded with
//!   `include_str!` it added 10.6 KB to the wasm (202.2 KB: over budget).
//!
//! So the app fetches `boundaries.txt` when the Map view first opens, keeps the
//! parsed `BaseMap`, and never embeds it. Native code and tests read the committed
//! file through [`base::BOUNDARIES`].
//!
//! Typical use in the view:
//! ```ignore
//! let base = BaseMap::parse(&fetched_text)?;
//! let index = MapIndex::new(&store, &base);               // once
//! let all: Vec<usize> = (0..store.data.events.len()).collect();
//! let totals = index.counts(&all);                         // once: label room
//! let shown = query::run(&store, &state.timeline).events;  // per state change
//! let shown = counts::in_window(&store, &shown, window);   // the time control
//! let counts = index.counts(&shown);
//! let rows = list::list_rows(&store, &index, &counts);
//! let layout = labels::map_labels(&store, &index, &base, &totals, &opts, &screen);
//! ```

pub mod base;
pub mod counts;
pub mod geometry;
pub mod labels;
pub mod list;
pub mod nav;
pub mod places;
pub mod projection;
