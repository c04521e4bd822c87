//! The views after the first screen (Map, Actors, Narratives, Sources) as their own
//! wasm module: the bin `briefing-views`, built with the `views-module` feature by
//! scripts/views-module.mjs and fetched when one of them first opens (`views::lazy`).
//! Kept out of the first load: the map's code alone put it at 216.7 KB brotli, over
//! the 200 KB budget, and the other three were 40.5 KB of the app's wasm.
//!
//! The app stays the single owner of the URL and the history. It mounts the
//! view with its query string, sends every later state (`update`), and
//! receives the view's moves through `navigate([query, push])`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::ctx::Ctx;
use crate::domain::url_state::View;

thread_local! {
    /// The dataset, as the app handed it over (`set_dataset`).
    static STORE: std::cell::OnceCell<&'static crate::domain::store::Store> = const { std::cell::OnceCell::new() };
    /// The module's context and root owner: made at the first mount and kept, so a
    /// callback still queued after an unmount never meets a disposed signal.
    static ROOT: std::cell::OnceCell<(Owner, Ctx)> = const { std::cell::OnceCell::new() };
}

/// Whether the app still has to hand over the dataset (once per page).
#[wasm_bindgen]
pub fn wants_dataset() -> bool {
    STORE.with(|s| s.get().is_none())
}

/// The app's dataset, as postcard bytes. The module embeds none: a second copy was
/// 100 KB of its wasm with the real dataset, 4.6 MB at 10,000 events, fetched again.
#[wasm_bindgen]
pub fn set_dataset(bytes: &[u8]) {
    STORE.with(|s| {
        s.get_or_init(|| crate::ctx::store_from(bytes));
    });
}

fn root(query: &str) -> (Owner, Ctx) {
    ROOT.with(|r| {
        r.get_or_init(|| {
            crate::components::error_banner::install_panic_hook();
            let _ = any_spawner::Executor::init_wasm_bindgen();
            let store = STORE.with(|s| *s.get().expect("the app hands over the dataset before the first mount"));
            let owner = Owner::new();
            let ctx = owner.with(|| Ctx::provide_for(store, query));
            (owner, ctx)
        })
        .clone()
    })
}

/// A mounted view; `unmount` disposes it (its effects and listeners).
#[wasm_bindgen]
pub struct ViewMount {
    owner: Owner,
    ctx: Ctx,
}

#[wasm_bindgen]
impl ViewMount {
    /// The app's state changed (a filter, Back, or the view's own move echoed).
    pub fn update(&self, query: &str) {
        self.ctx.follow_query(query);
    }

    pub fn unmount(self) {
        self.owner.cleanup();
    }
}

/// Draws `view` (its name in the URL, `map`) into `container` for the state in
/// `query`; the view's moves go to `navigate([query, push])`.
#[wasm_bindgen]
pub fn mount_view(view: &str, container: &web_sys::Element, query: &str, navigate: js_sys::Function) -> ViewMount {
    let (root, ctx) = root(query);
    ctx.follow_query(query);
    crate::ctx::set_host(navigate);
    let owner = root.with(Owner::new);
    owner.with(|| {
        // The view's links get their hrefs after each paint, as the app's do
        // (`links::refresh_soon`, which the app's own shell runs for the app's state).
        crate::components::dom::render_effect(move || {
            ctx.state.track();
            crate::components::links::refresh_soon(ctx);
        });
        let drawn = match View::parse(view) {
            Some(View::Actors) => crate::views::actors::view(),
            Some(View::Narratives) => crate::views::narratives::view(),
            Some(View::Sources) => crate::views::sources::view(),
            _ => crate::views::map::view(),
        };
        let _ = container.append_child(&drawn.0);
    });
    ViewMount { owner, ctx }
}
