//! The app's shared context: the dataset, the URL state (the single source of
//! truth for what is on screen), the timeline query every view can read, and
//! the way state changes reach the browser's history. A leaf: it knows the pure
//! core and the browser, nothing of components or views.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

pub use crate::domain::intent::Nav;
use crate::domain::intent::{self, Intent};
use crate::domain::query::{self, SearchHits, TimelineResult};
use crate::domain::search;
use crate::domain::store::Store;
use crate::domain::url_state::{self, TimelineState, UrlState};

/// The timeline's query, shared: the Timeline draws it, links ask it whether an
/// event is shown. Memos are lazy, so no view pays for it until it is read.
#[derive(Clone, Copy)]
pub struct TimelineQuery {
    /// The timeline state without the open card, so expanding one doesn't re-query.
    pub input: Memo<TimelineState>,
    pub terms: Memo<Vec<String>>,
    pub result: Memo<TimelineResult>,
}

impl TimelineQuery {
    fn new(store: &'static Store, state: RwSignal<UrlState>) -> TimelineQuery {
        let input = Memo::new(move |_| state.with(|s| TimelineState { open: None, ..s.timeline.clone() }));
        let terms = Memo::new(move |_| input.with(|f| search::terms(&f.q)));
        // Searched once per change of terms (not per filter click); typing on only
        // re-checks the previous hits.
        let hits = Memo::new(move |prev: Option<&SearchHits>| SearchHits::new(store, terms.get(), prev));
        let result = Memo::new(move |_| hits.with(|h| input.with(|f| query::run_with(store, f, h))));
        TimelineQuery { input, terms, result }
    }
}

/// Shared by every view; `Ctx::expect()` fetches it.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub store: &'static Store,
    pub state: RwSignal<UrlState>,
    /// Messages about parts of the URL that were dropped.
    pub notices: RwSignal<Vec<String>>,
    pub timeline: TimelineQuery,
}

impl Ctx {
    /// Reads the URL and provides the context to everything drawn under the current owner.
    pub fn provide(store: &'static Store) -> Ctx {
        Self::provide_for(store, &location_search())
    }

    /// The same for a given query string (the views module gets its state from the app).
    pub fn provide_for(store: &'static Store, search: &str) -> Ctx {
        let (initial, notices) = read_query(store, search);
        let state = RwSignal::new(initial);
        let ctx = Ctx { store, state, notices: RwSignal::new(notices), timeline: TimelineQuery::new(store, state) };
        provide_context(ctx);
        ctx
    }

    /// The context provided by the shell.
    pub fn expect() -> Ctx {
        expect_context::<Ctx>()
    }

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

    /// Where an intent leads from the current state.
    pub fn target(&self, intent: &Intent) -> UrlState {
        let to = |shown: &[usize]| self.state.with_untracked(|s| intent::target(s, intent, self.store, shown));
        // Only an event link needs to know what the timeline shows.
        match intent {
            Intent::OpenEvent(_) => self.timeline.result.with_untracked(|r| to(&r.events)),
            _ => to(&[]),
        }
    }

    /// Carries out an intent: the next state, in the history as the intent says.
    pub fn apply(&self, intent: &Intent) {
        let nav = self.state.with_untracked(|s| intent.nav(s));
        self.navigate(self.target(intent), nav);
    }

    pub fn navigate(&self, next: UrlState, nav: Nav) {
        if self.state.with_untracked(|s| *s == next) {
            return;
        }
        // In the views module the app owns the history: the move goes to it.
        #[cfg(feature = "views-module")]
        if let Some(host) = HOST.with_borrow(Clone::clone) {
            self.state.set(next.clone());
            let args = js_sys::Array::of2(&url_state::serialize(&next).into(), &(nav == Nav::Push).into());
            let _ = host.call1(&JsValue::NULL, &args);
            return;
        }
        queue_history(self.href(&next), nav);
        self.state.set(next);
    }

    /// Follows a query string (`view=…`, or empty) from the views module: a move
    /// made there, written to the history here.
    pub fn navigate_to_query(&self, search: &str, nav: Nav) {
        let (state, _) = read_query(self.store, search);
        self.navigate(state, nav);
    }

    /// Takes the app's state as it is (in the views module; no history of its own).
    #[cfg(feature = "views-module")]
    pub fn follow_query(&self, search: &str) {
        let (state, _) = read_query(self.store, search);
        if self.state.with_untracked(|s| *s != state) {
            self.state.set(state);
        }
    }

    /// Back and Forward: the state comes from the URL again.
    pub fn reload_from_location(&self) {
        // Changes not yet written were made on the entry being left.
        PENDING_HISTORY.with_borrow_mut(Vec::clear);
        let (state, notices) = read_query(self.store, &location_search());
        self.notices.set(notices);
        self.state.set(state);
    }
}

#[cfg(feature = "views-module")]
thread_local! {
    /// The app's `navigate([query, push])`, when this wasm is the views module.
    static HOST: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Makes this wasm (the views module) hand every move to the app's `navigate`.
#[cfg(feature = "views-module")]
pub fn set_host(navigate: js_sys::Function) {
    HOST.set(Some(navigate));
}

/// The embedded dataset, parsed for the page's life by the app at start-up.
/// build.rs has validated it; here it only needs parsing.
pub fn embedded_store() -> &'static Store {
    store_from(crate::DATASET)
}

/// A store for the page's life from the dataset's postcard bytes: the app's own, or
/// the copy the app hands the views module (which embeds none, see views::lazy).
pub fn store_from(bytes: &[u8]) -> &'static Store {
    match postcard::from_bytes(bytes) {
        Ok(data) => Box::leak(Box::new(Store::new(data))),
        // Debug, not Display: postcard's long error texts would cost wasm bytes.
        Err(e) => panic!("The embedded dataset cannot be read: {e:?}"),
    }
}

/// Runs `f` in a task right after the next frame is painted: for work that must
/// not delay the frame answering an input (history writes, hrefs, the rest of a page).
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
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
        after_paint(flush_history);
    }
}

/// Writes the queued URL changes to the browser's history, in order.
pub fn flush_history() {
    // `try_`: the panic banner calls this too, possibly from inside `queue_history`.
    let queued =
        PENDING_HISTORY.try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)).unwrap_or_default()).unwrap_or_default();
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

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

/// Reads a query string, drops what is unknown and reports it.
fn read_query(store: &Store, search: &str) -> (UrlState, Vec<String>) {
    let (mut state, mut notices) = url_state::parse(search);
    notices.extend(url_state::sanitize(&mut state, store));
    (state, notices)
}
