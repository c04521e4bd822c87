//! The views after the first screen (Map, Actors, Narratives, Sources) as the app
//! shows them: a frame the views module draws into. The module
//! (src/views_module.rs, its own wasm, see scripts/views-module.mjs) is fetched
//! when one of them first opens and kept for the page's life. The app keeps
//! the URL and the history: it hands the module the state at mount and after
//! every change, and writes the module's moves (`navigate`) to the history.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::dom::{button, el, render_effect, text_el, El};
use crate::ctx::{Ctx, Nav};
use crate::domain::url_state::{self, View};

#[wasm_bindgen(module = "/src/views/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadViewsModule)]
    fn load_views_module(url: &str) -> js_sys::Promise;
}

const LOADING: usize = 0;
const FAILED: usize = 1;
const READY: usize = 2;

/// The module's URL, which the build writes into the page (absent: not in this build).
fn module_url() -> Option<String> {
    // Relative to the page: scripts/embed-page.mjs moves the embed's one folder up.
    document().query_selector("meta[name=views-module]").ok()??.get_attribute("content")
}

/// The mounted module view and the callbacks it answers through; dropped with the view.
#[derive(Default)]
struct Mounted {
    handle: Option<JsValue>,
    /// `navigate`, then the fetch's two outcomes: the one closure type the app
    /// already has (each new closure signature costs wasm glue).
    navigate: Option<Closure<dyn FnMut(JsValue)>>,
    fetch: Vec<Closure<dyn FnMut(JsValue)>>,
    /// The fetch has answered: its closures may go (never while it may still call them).
    settled: bool,
    gone: bool,
}

fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    match args {
        [] => f.call0(target),
        [a] => f.call1(target, a),
        [a, b, c] => f.call3(target, a, b, c),
        [a, b, c, d, ..] => f.apply(target, &js_sys::Array::of4(a, b, c, d)),
        [a, b] => f.call2(target, a, b),
    }
}

/// The module's moves, written to the history here: `navigate([query, push])`.
fn navigate_closure(ctx: Ctx) -> Closure<dyn FnMut(JsValue)> {
    Closure::<dyn FnMut(JsValue)>::new(move |args: JsValue| {
        let args: js_sys::Array = args.unchecked_into();
        let query = args.get(0).as_string().unwrap_or_default();
        ctx.navigate_to_query(&query, if args.get(1).is_truthy() { Nav::Push } else { Nav::Replace });
    })
}

/// Mounts the fetched module into `target` and keeps it in step with the state.
fn mount(kind: View, ctx: Ctx, module: &JsValue, target: &web_sys::Element, mounted: &Rc<RefCell<Mounted>>) -> Result<(), JsValue> {
    // The module has no dataset of its own: it gets a copy of the app's, once.
    if call(module, "wants_dataset", &[])?.is_truthy() {
        call(module, "set_dataset", &[&js_sys::Uint8Array::from(crate::DATASET).into()])?;
    }
    let navigate = navigate_closure(ctx);
    let query = ctx.state.with_untracked(url_state::serialize);
    let view = JsValue::from(kind.as_str());
    let handle = call(module, "mount_view", &[&view, target, &query.into(), navigate.as_ref()])?;
    // Every later state goes to the module (its first run repeats the mount's).
    let send = handle.clone();
    render_effect(move || {
        let query = ctx.state.with(url_state::serialize);
        let _ = call(&send, "update", &[&query.into()]);
    });
    let mut m = mounted.borrow_mut();
    m.handle = Some(handle);
    m.navigate = Some(navigate);
    Ok(())
}

/// What the reader is told while `kind` loads, and if it cannot.
fn wording(kind: View) -> (String, String) {
    match kind {
        View::Map => (
            "Loading the map…".into(),
            "The map could not be loaded (it is fetched when the Map view first opens). Every place and its events are on the Timeline.".into(),
        ),
        _ => (
            format!("Loading {}…", kind.label()),
            format!(
                "{} could not be loaded (it is fetched when the view first opens). Every event, its actors and its sources are on the Timeline.",
                kind.label()
            ),
        ),
    }
}

pub fn view(kind: View) -> El {
    let ctx = Ctx::expect();
    let heading = move || text_el("h1", "", kind.label()).id(&format!("{}-heading", kind.as_str()));
    let Some(url) = module_url() else {
        return el("section", "view").child(heading()).child(text_el(
            "p",
            "view-intro",
            &format!("The {} view is not part of this build of the briefing. Every event is on the Timeline.", kind.label()),
        ));
    };
    let (loading_text, failed_text) = wording(kind);
    let status = RwSignal::new(LOADING);
    let slot = el("div", "view-host");
    let target = slot.0.clone();
    let mounted = Rc::new(RefCell::new(Mounted::default()));
    let owner = Owner::current();
    let load = {
        let mounted = mounted.clone();
        move || {
            status.set(LOADING);
            let (target, done, owner) = (target.clone(), mounted.clone(), owner.clone());
            let loaded = Closure::<dyn FnMut(JsValue)>::new(move |module: JsValue| {
                done.borrow_mut().settled = true;
                if done.borrow().gone {
                    return;
                }
                let ok = match &owner {
                    Some(o) => o.with(|| mount(kind, ctx, &module, &target, &done)),
                    None => mount(kind, ctx, &module, &target, &done),
                };
                let _ = status.try_set(if ok.is_ok() { READY } else { FAILED });
            });
            let answered = mounted.clone();
            let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                answered.borrow_mut().settled = true;
                let _ = status.try_set(FAILED);
            });
            let _ = load_views_module(&url).then2(&loaded, &failed);
            let mut m = mounted.borrow_mut();
            m.settled = false;
            m.fetch.extend([loaded, failed]);
        }
    };
    load();
    let cleanup = send_wrapper::SendWrapper::new(mounted);
    on_cleanup(move || {
        let mut m = cleanup.borrow_mut();
        m.gone = true;
        if let Some(h) = m.handle.take() {
            let _ = call(&h, "unmount", &[]);
        }
        m.navigate = None;
        if m.settled {
            m.fetch.clear();
        }
    });
    let load = send_wrapper::SendWrapper::new(load);
    let section = move |status: El| el("section", &format!("view {}-view", kind.as_str())).child(heading()).child(status);
    el("div", "view-loader")
        .dyn_child(
            move || status.get(),
            move |s| match *s {
                LOADING => {
                    Some(section(el("p", "view-status").attr("role", "status").attr("data-testid", "view-loading").text(&loading_text)))
                }
                FAILED => Some(section(
                    el("div", "view-status view-error")
                        .attr("role", "alert")
                        .attr("data-testid", "view-module-error")
                        .child(text_el("p", "", &failed_text))
                        .child(button("button", "Try again").on("click", {
                            let load = load.clone();
                            move |_| load()
                        })),
                )),
                _ => None,
            },
        )
        .child(slot)
}
