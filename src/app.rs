//! The shell: start-up, shared context, header and navigation, notices, views.

use leptos::either::EitherOf4;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

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

/// Entry point from `main`: installs the panic banner, loads the dataset, mounts.
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
        Err(e) => panic!("The embedded dataset cannot be read: {e}"),
    };
    mark("briefing:parse-end");
    let store: &'static Store = Box::leak(Box::new(store));
    if let Some(skeleton) = document().get_element_by_id("skeleton") {
        skeleton.remove();
    }
    leptos::mount::mount_to_body(move || view! { <App store/> });
    mark("briefing:mounted");
}

#[component]
fn App(store: &'static Store) -> impl IntoView {
    let (initial, notices) = read_location(store);
    let ctx = Ctx { store, state: RwSignal::new(initial.clone()), notices: RwSignal::new(notices) };
    // Write back the cleaned-up URL so a shared link never carries the bad parts.
    if !ctx.notices.get_untracked().is_empty() {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&ctx.href(&initial)));
        }
    }
    provide_context(ctx);
    crate::components::theme::provide_theme();

    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        // Changes not yet written were made on the entry being left.
        PENDING_HISTORY.with_borrow_mut(Vec::clear);
        let (state, notices) = read_location(store);
        ctx.notices.set(notices);
        ctx.state.set(state);
    });
    on_cleanup(move || popstate.remove());

    let view_kind = Memo::new(move |_| ctx.state.with(|s| s.view));
    // The document title names the view, for history entries and bookmarks.
    Effect::new(move |_| {
        let v = view_kind.get();
        document().set_title(&format!("{} · {}", v.label(), store.data.meta.title));
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Header/>
        <crate::components::notice::UrlNotices/>
        <main id="main" tabindex="-1" data-view=move || view_kind.get().as_str()>
            {move || match view_kind.get() {
                View::Timeline => EitherOf4::A(views::timeline::TimelineView()),
                View::Actors => EitherOf4::B(views::actors::ActorsView()),
                View::Narratives => EitherOf4::C(views::narratives::NarrativesView()),
                View::Sources => EitherOf4::D(views::sources::SourcesView()),
            }}
        </main>
        <footer class="site-footer">
            <p>
                {format!("{} · as of {}. ", store.data.meta.title, crate::components::date_label::as_of(store))}
                "Every fact is quoted from one of five cited sources; see "
                <NavLink view=View::Sources/>
                "."
            </p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let meta = &ctx.store.data.meta;
    view! {
        <header class="site-header">
            <div class="brand">
                <span class="brand-title">{meta.title.clone()}</span>
                <span class="as-of">"As of " {crate::components::date_label::as_of(ctx.store)}</span>
            </div>
            <nav class="site-nav" aria-label="Views">
                {View::ALL.into_iter().map(|v| view! { <NavLink view=v/> }).collect_view()}
            </nav>
            <crate::components::theme::ThemeToggle/>
        </header>
    }
}

/// A link to another view, named after it, that keeps every other part of the state.
#[component]
pub fn NavLink(view: View) -> impl IntoView {
    let ctx = use_ctx();
    let target = move || {
        let mut s = ctx.state.get_untracked();
        s.view = view;
        s
    };
    let current = Memo::new(move |_| ctx.state.with(|s| s.view == view));
    // The href keeps the reader's filters, so it changes with every keystroke; it is
    // brought up to date when a pointer or the focus reaches the link, not on each change.
    let refresh = move |ev: &web_sys::Event| {
        if let Some(a) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
            let _ = a.set_attribute("href", &ctx.href(&target()));
        }
    };
    view! {
        <a
            href=ctx.href(&target())
            class="nav-link"
            aria-current=move || current.get().then_some("page")
            on:pointerover=move |ev: web_sys::PointerEvent| refresh(ev.as_ref())
            on:focus=move |ev: web_sys::FocusEvent| refresh(ev.as_ref())
            on:click=move |ev| {
                if crate::components::plain_click(&ev) {
                    ev.prevent_default();
                    ctx.navigate(target(), Nav::Push);
                    crate::components::scroll_to_top();
                }
            }
        >
            {view.label()}
        </a>
    }
}
