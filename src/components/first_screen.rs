//! The static first screen in index.html: the app's own drawing of the default
//! view, copied out at build time (scripts/first-screen.mjs) so it paints at HTML
//! parse. On start the app draws itself after it, hidden, over a few tasks, then
//! shows itself and removes the copy in one task, so no frame shows both or neither.
//! What the reader did meanwhile carries over: the search typed, the focus (by
//! position among the focusable elements, as both drawings have the same ones), the
//! caret and the scroll.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::ctx::Ctx;
use crate::domain::intent::Intent;

/// What can take the focus in both drawings (the copy's Filters panel also can, as
/// its checkboxes are inert; the app's cannot).
const FOCUSABLE: &str = "a[href], button, input, select, summary, [tabindex]:not(.facet-panel)";

/// The static screen the app is taking over.
pub struct FirstScreen {
    nodes: Vec<Element>,
}

/// The class that keeps the app's parts hidden while they are drawn behind the copy.
pub const PENDING: &str = "app-pending";

thread_local! {
    static TAKING_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` now, or, while the app draws behind the static first screen, in a task of
/// its own: the start-up and a view cut their drawing into tasks that each stay short
/// (see `app`).
pub fn now_or_soon(f: impl FnOnce() + 'static) {
    if TAKING_OVER.get() {
        set_timeout(f, std::time::Duration::ZERO);
    } else {
        f();
    }
}

/// The static screen, if the page has one and it applies (public/boot.js hides it
/// for a deep link: the app then simply draws). Its ids carry a prefix (`fs-`), so
/// nothing the app draws finds the copy instead of its own element.
pub fn take() -> Option<FirstScreen> {
    let doc = document();
    let nodes = doc.query_selector_all("body > [data-first-screen]").ok()?;
    let nodes: Vec<Element> = (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into().ok()).collect();
    if nodes.is_empty() {
        return None;
    }
    if doc.document_element().is_some_and(|r| r.class_list().contains("deep-link")) {
        nodes.iter().for_each(Element::remove);
        return None;
    }
    TAKING_OVER.set(true);
    Some(FirstScreen { nodes })
}

impl FirstScreen {
    /// Replaces the static screen with the app's parts (drawn hidden, as `PENDING`)
    /// in one task. What the reader did on the static screen until now carries over.
    /// Nothing here forces a layout unless the reader scrolled or focused something:
    /// the new page is laid out in the frame's own task (the takeover was Lighthouse's
    /// longest task, 93–154 ms at its 4× CPU slowdown, with the layout in it).
    pub fn hand_over(self, ctx: Ctx, live: &[Element]) {
        let search = search_input(&self.nodes).map(|i| i.value()).unwrap_or_default();
        let focus = document().active_element().and_then(|a| {
            let at = focusables(&self.nodes).iter().position(|f| *f == a)?;
            let caret = a.dyn_ref::<HtmlInputElement>().and_then(|i| i.selection_start().ok().flatten());
            Some((at, caret))
        });
        let scroll = window().scroll_y().unwrap_or(0.0);
        TAKING_OVER.set(false);
        for part in live {
            let _ = part.class_list().remove_1(PENDING);
        }
        self.nodes.iter().for_each(Element::remove);
        if !search.is_empty() && ctx.state.with_untracked(|s| s.timeline.q.is_empty()) {
            ctx.apply(&Intent::Search(search.clone()));
        }
        if let Some((at, caret)) = focus {
            if let Some(target) = focusables(live).into_iter().nth(at) {
                if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                    // The value arrives with the state's next run; the caret after it.
                    input.set_value(&search);
                    let _ = input.set_selection_range(caret.unwrap_or(0), caret.unwrap_or(0));
                }
                let _ = target.unchecked_ref::<HtmlElement>().focus();
            }
        }
        if scroll > 0.0 {
            request_animation_frame(move || {
                if window().scroll_y().unwrap_or(0.0) != scroll {
                    window().scroll_to_with_x_and_y(0.0, scroll);
                }
            });
        }
    }
}

fn search_input(nodes: &[Element]) -> Option<HtmlInputElement> {
    nodes.iter().find_map(|n| n.query_selector("input[type=search]").ok().flatten()).and_then(|e| e.dyn_into().ok())
}

/// The focusable elements drawn on screen, in document order. Only drawn ones: the
/// copy leaves out what is hidden (a facet's options past "Show all").
fn focusables(nodes: &[Element]) -> Vec<Element> {
    let mut out = Vec::new();
    for node in nodes {
        if node.matches(FOCUSABLE).unwrap_or(false) {
            out.push(node.clone());
        }
        if let Ok(list) = node.query_selector_all(FOCUSABLE) {
            out.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()));
        }
    }
    out.retain(|e| {
        let r = e.get_bounding_client_rect();
        r.width() > 0.0 || r.height() > 0.0
    });
    out
}
