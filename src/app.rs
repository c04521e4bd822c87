//! The shell: start-up, shared context, header and navigation, notices, views.
//! Drawn with `components::dom` like everything else.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::dom::{el, memo, render_effect, text_el, El};
use crate::domain::store::Store;
use crate::domain::url_state::{self, UrlState, View};
use crate::views;

/// How a state change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// A new history entry: Back returns to the previous view.
    Push,
    /// Replace the current entry (typing in search, for instance).
    Replace,
}

/// Shared by every view. The URL state signal is the single source of truth for
/// what is on screen; views read it and write it back through `navigate`.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub store: &'static Store,
    pub state: RwSignal<UrlState>,
    /// Messages about parts of the URL that were dropped.
    pub notices: RwSignal<Vec<String>>,
}

impl Ctx {
    /// The link for a state: a query string on the current page, so it works on
    /// any static host and under any sub-path.
    pub fn href(&self, next: &UrlState) -> String {
        let query = url_state::serialize(next);
        if query.is_empty() {
            window().location().pathname().unwrap_or_else(|_| "./".into())
        } else {
            format!("?{query}")
        }
    }

    pub fn navigate(&self, next: UrlState, nav: Nav) {
        if self.state.with_untracked(|s| *s == next) {
            return;
        }
        queue_history(self.href(&next), nav);
        self.state.set(next);
    }

    /// Changes the state with a closure and pushes a history entry.
    pub fn update(&self, nav: Nav, change: impl FnOnce(&mut UrlState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.navigate(next, nav);
    }
}

thread_local! {
    static PENDING_HISTORY: std::cell::RefCell<Vec<(String, Nav)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a URL change. The browser's history is written right after the next
/// paint: `pushState`/`replaceState` cost about 1.5 ms each in Chromium, which
/// is too much inside a keystroke's frame. Consecutive replaces collapse into one.
fn queue_history(url: String, nav: Nav) {
    let first = PENDING_HISTORY.with_borrow_mut(|q| {
        if let (Nav::Replace, Some((last, Nav::Replace))) = (nav, q.last_mut()) {
            *last = url;
        } else {
            q.push((url, nav));
        }
        q.len() == 1
    });
    if first {
        crate::components::after_paint(flush_history);
    }
}

/// Writes the queued URL changes to the browser's history, in order.
pub fn flush_history() {
    // `try_`: the panic banner calls this too, possibly from inside `queue_history`.
    let queued = PENDING_HISTORY
        .try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default())
        .unwrap_or_default();
    if queued.is_empty() {
        return;
    }
    let Ok(history) = window().history() else { return };
    for (url, nav) in queued {
        let _ = match nav {
            Nav::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            Nav::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Reads the URL, drops what is unknown and reports it.
fn read_location(store: &Store) -> (UrlState, Vec<String>) {
    let search = window().location().search().unwrap_or_default();
    let (mut state, mut notices) = url_state::parse(&search);
    notices.extend(url_state::sanitize(&mut state, store));
    (state, notices)
}

/// Entry point from `main`: installs the panic banner, loads the dataset, draws.
pub fn start() {
    crate::components::error_banner::install_panic_hook();
    // Marks for the benchmark (Performance API): dataset parse and first render.
    let perf = window().performance();
    let mark = |name: &str| {
        if let Some(p) = &perf {
            let _ = p.mark(name);
        }
    };
    mark("briefing:parse-start");
    // build.rs has validated the dataset; here it only needs parsing.
    let store = match postcard::from_bytes(crate::DATASET) {
        Ok(data) => Store::new(data),
        // Debug, not Display: postcard's long error texts would cost wasm bytes.
        Err(e) => panic!("The embedded dataset cannot be read: {e:?}"),
    };
    mark("briefing:parse-end");
    let store: &'static Store = Box::leak(Box::new(store));
    if let Some(skeleton) = document().get_element_by_id("skeleton") {
        skeleton.remove();
    }
    // Effects run on the wasm-bindgen executor; the root owner lives for the page.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| shell(store));
    std::mem::forget(owner);
    mark("briefing:mounted");
}

/// The page: skip link, header, notices, the current view, footer.
fn shell(store: &'static Store) {
    let (initial, notices) = read_location(store);
    let ctx = Ctx { store, state: RwSignal::new(initial.clone()), notices: RwSignal::new(notices) };
    // Write back the cleaned-up URL so a shared link never carries the bad parts.
    if !ctx.notices.get_untracked().is_empty() {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&ctx.href(&initial)));
        }
    }
    provide_context(ctx);

    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        // Changes not yet written were made on the entry being left.
        PENDING_HISTORY.with_borrow_mut(Vec::clear);
        let (state, notices) = read_location(store);
        ctx.notices.set(notices);
        ctx.state.set(state);
    });
    on_cleanup(move || popstate.remove());

    let view_kind = memo(move || ctx.state.with(|s| s.view));
    // The document title names the view, for history entries and bookmarks.
    render_effect(move || {
        let v = view_kind.get();
        document().set_title(&format!("{} · {}", v.label(), store.data.meta.title));
    });

    let meta = &store.data.meta;
    let as_of = crate::components::date_label::as_of(store);
    let header = el("header", "site-header")
        .child(
            el("div", "brand")
                .child(text_el("span", "brand-title", &meta.title))
                .child(el("span", "as-of").text("As of ").text(&as_of)),
        )
        .child(el("nav", "site-nav").attr("aria-label", "Views").children(View::ALL.map(|v| nav_link(ctx, v, view_kind))))
        .child(crate::components::theme::theme_toggle());
    let main = el("main", "")
        .id("main")
        .attr("tabindex", "-1")
        .bind_attr("data-view", move || Some(view_kind.get().as_str().to_string()))
        .keyed(
            move || view_kind.get(),
            |v| {
                Some(match v {
                    View::Timeline => views::timeline::view(),
                    View::Actors => views::actors::view(),
                    View::Narratives => views::narratives::view(),
                    View::Sources => views::sources::view(),
                })
            },
        );
    let footer = el("footer", "site-footer").child(
        el("p", "")
            .text(&format!("{} · as of {as_of}. ", meta.title))
            .text("Every fact is quoted from one of five cited sources; see ")
            .child(nav_link(ctx, View::Sources, view_kind))
            .text("."),
    );
    let Some(body) = document().body() else { return };
    El(body.into())
        .child(el("a", "skip-link").attr("href", "#main").text("Skip to content"))
        .child(header)
        .keyed(
            move || ctx.notices.get(),
            move |n| (!n.is_empty()).then(|| crate::components::notice::notice_el(ctx, n)),
        )
        .child(main)
        .child(footer);
}

/// A link to another view, named after it, that keeps every other part of the state.
fn nav_link(ctx: Ctx, view: View, current: Memo<View>) -> El {
    let a = el("a", "nav-link").text(view.label()).bind_attr("aria-current", move || (current.get() == view).then(|| "page".into()));
    crate::components::nav_link_behaviour(ctx, &a.0, move || {
        let mut s = ctx.state.get_untracked();
        s.view = view;
        s
    });
    a
}
