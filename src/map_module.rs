//! The Map view as its own wasm module: the bin `briefing-map`, built with the
//! `map` feature by scripts/map-module.mjs and fetched when the Map view first
//! opens (`views::map_loader`). Kept out of the first load: in the app's wasm the
//! map's code put the first load at 216.7 KB brotli, over the 200 KB budget.
//!
//! The app stays the single owner of the URL and the history. It mounts the
//! view with its query string, sends every later state (`update`), and
//! receives the view's moves through `navigate([query, push])`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::ctx::Ctx;

thread_local! {
    /// The module's dataset, context and root owner: made at the first mount and
    /// kept, so a callback still queued after an unmount never meets a disposed signal.
    static ROOT: std::cell::OnceCell<(Owner, Ctx)> = const { std::cell::OnceCell::new() };
}

fn root(query: &str) -> (Owner, Ctx) {
    ROOT.with(|r| {
        r.get_or_init(|| {
            crate::components::error_banner::install_panic_hook();
            let _ = any_spawner::Executor::init_wasm_bindgen();
            let store = crate::ctx::embedded_store();
            let owner = Owner::new();
            let ctx = owner.with(|| Ctx::provide_for(store, query));
            (owner, ctx)
        })
        .clone()
    })
}

/// A mounted Map view; `unmount` disposes it (its effects and listeners).
#[wasm_bindgen]
pub struct MapMount {
    owner: Owner,
    ctx: Ctx,
}

#[wasm_bindgen]
impl MapMount {
    /// The app's state changed (a filter, Back, or the view's own move echoed).
    pub fn update(&self, query: &str) {
        self.ctx.follow_query(query);
    }

    pub fn unmount(self) {
        self.owner.cleanup();
    }
}

/// Draws the Map view into `container` for the state in `query`; the view's
/// moves go to `navigate([query, push])`.
#[wasm_bindgen]
pub fn mount_map(container: &web_sys::Element, query: &str, navigate: js_sys::Function) -> MapMount {
    let (root, ctx) = root(query);
    ctx.follow_query(query);
    crate::ctx::set_host(navigate);
    let owner = root.with(Owner::new);
    owner.with(|| {
        let _ = container.append_child(&crate::views::map::view().0);
    });
    MapMount { owner, ctx }
}
