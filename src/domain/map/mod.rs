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
//! Size: the boundary file is 26 KB raw, 9.4 KB brotli. The first load is 179 KB
//! of a 200 KB budget and the view's own code must fit in the rest, so the app
//! fetches the file when the Map view first opens (`BaseMap::parse` on the text),
//! rather than embedding it; native code and tests read the committed file through
//! [`base::BOUNDARIES`].
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
