//! The one way to say "go there". Every link and action button carries its
//! `Intent` in `data-intent`. A link is a real `<a href>`, so it opens in a new
//! tab or can be copied; a plain click is followed in place by the delegated
//! handler of the part it is in (`delegate`). Hrefs are brought up to date after
//! the paint that follows any state change or any drawing (`refresh_soon`), so
//! no href is stale and none costs time in the frame that answers an input
//! (serialising a URL per link cost half a millisecond per update there). A part
//! drawn on opening (a card's details, a source's quotes) sets its own at once
//! (`refresh_within`): an `<a>` without an href cannot take focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{el, event_target, scroll_into_view, text_el, El};
use crate::ctx::{after_paint, Ctx};
use crate::domain::intent::Intent;

/// A click without modifier keys: the app handles it; others open new tabs as usual.
pub fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// An in-app link to where `intent` leads; its href is filled after the paint.
pub fn link(intent: &Intent, class: &str, label: &str) -> El {
    el("a", class).attr("data-intent", &intent.encode()).text(label)
}

/// A button that carries out `intent` (handled by the part's `delegate`).
pub fn action(intent: &Intent, class: &str, label: &str) -> El {
    text_el("button", class, label).attr("type", "button").attr("data-intent", &intent.encode())
}

/// Points an element at another intent (a toggle whose next step changed).
pub fn set_intent(e: &Element, intent: &Intent) {
    let code = intent.encode();
    if e.get_attribute("data-intent").as_deref() != Some(code.as_str()) {
        let _ = e.set_attribute("data-intent", &code);
    }
}

/// The intent of the element an event happened on (or inside), with that element.
pub fn intent_of(ev: &web_sys::Event) -> Option<(Element, Intent)> {
    let e = event_target(ev)?.closest("[data-intent]").ok().flatten()?;
    let intent = Intent::decode(&e.get_attribute("data-intent")?)?;
    Some((e, intent))
}

/// One click listener on `root` for every intent inside it: a plain click on a
/// link, or any click on a button, is carried out in place (`follow`); then
/// `after` runs with the intent, for what only the view knows (where focus goes).
/// Inputs carry intents too, but answer their own `change` or `input` events.
pub fn delegate(root: El, ctx: Ctx, after: impl Fn(&Intent, &Element) + 'static) -> El {
    root.on("click", move |ev| {
        let Some((e, intent)) = intent_of(ev) else { return };
        if e.tag_name() == "INPUT" {
            return;
        }
        if e.tag_name() == "A" {
            if !plain_click(ev.unchecked_ref()) {
                return;
            }
            ev.prevent_default();
        }
        follow(ctx, &intent);
        after(&intent, &e);
    })
}

/// Carries out an intent and scrolls as a reader expects: to the anchor or
/// topic it names, or to the top of a view it opens.
pub fn follow(ctx: Ctx, intent: &Intent) {
    let from = ctx.state.with_untracked(|s| s.view);
    ctx.apply(intent);
    let to = ctx.state.with_untracked(|s| s.view);
    match intent {
        Intent::Anchor(id) => scroll_to_id(id.clone()),
        Intent::Topic(id) => scroll_to_id(format!("topic-{id}")),
        Intent::Source(id) if from == to => scroll_to_id(format!("source-{id}")),
        Intent::View(_) => scroll_to_top(),
        _ if from != to => scroll_to_top(),
        _ => {}
    }
}

thread_local! {
    static REFRESH_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Brings every link's href up to date after the next paint (once, however
/// often it is asked for in between).
pub fn refresh_soon(ctx: Ctx) {
    if REFRESH_PENDING.with(|p| p.replace(true)) {
        return;
    }
    after_paint(move || {
        REFRESH_PENDING.with(|p| p.set(false));
        refresh_all(ctx);
    });
}

/// Sets every link's href now, not after the paint: for the first screen's takeover.
pub fn refresh_now(ctx: Ctx) {
    refresh_all(ctx);
}

/// Sets the hrefs of the links inside `root` now: for a part drawn on opening (a
/// card's details, a source's quotes), whose links a reader may Tab to next. An
/// `<a>` without an href is not focusable, and a spec's Tab right after Enter
/// skipped them while they waited for the paint.
pub fn refresh_within(ctx: Ctx, root: &Element) {
    if let Ok(links) = root.query_selector_all("a[data-intent]") {
        refresh_links(ctx, links);
    }
}

/// Sets each `a[data-intent]`'s href to where it leads from the current state.
fn refresh_all(ctx: Ctx) {
    if let Ok(links) = document().query_selector_all("a[data-intent]") {
        refresh_links(ctx, links);
    }
}

fn refresh_links(ctx: Ctx, links: web_sys::NodeList) {
    for i in 0..links.length() {
        let Some(a) = links.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let Some(intent) = a.get_attribute("data-intent").and_then(|d| Intent::decode(&d)) else { continue };
        let mut href = ctx.href(&ctx.target(&intent));
        if let Intent::Anchor(id) = &intent {
            href = format!("{href}#{id}");
        }
        if a.get_attribute("href").as_deref() != Some(href.as_str()) {
            let _ = a.set_attribute("href", &href);
        }
    }
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Scrolls an element into view (top of the viewport) after the next paint.
pub fn scroll_to_id(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            scroll_into_view(&el, web_sys::ScrollLogicalPosition::Start);
        }
    });
}
