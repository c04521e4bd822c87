//! Embed mode: the page `embed/` (written by `scripts/embed-page.mjs`), a compact
//! read-only frame for a host's article. This knows whether the page is that
//! embed, and tells the host page how tall the content is.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::domain::embed::HEIGHT_MESSAGE;

/// The embed page marks its root element `data-embed`; the full briefing doesn't.
pub fn is_embed() -> bool {
    document().document_element().is_some_and(|e| e.has_attribute("data-embed"))
}

/// The height of the content, in whole CSS pixels.
fn content_height() -> f64 {
    document().document_element().map(|e| e.get_bounding_client_rect().height().ceil()).unwrap_or(0.0)
}

/// Posts `{ type: "briefing:height", height }` to the host page now and after
/// every change of the content's size (a `ResizeObserver` on the body). The
/// height is no secret, so any host may read it (`targetOrigin` "*"); the host's
/// script (`public/embed.js`) checks that the message comes from its own frame.
pub fn post_height() {
    let win = window();
    let Ok(Some(parent)) = win.parent() else { return };
    if js_sys::Object::is(&parent, &win) {
        return;
    }
    let last = std::rc::Rc::new(Cell::new(-1.0));
    let post = move || {
        let height = content_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from_f64(height));
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let observer = Closure::<dyn FnMut(JsValue)>::new(move |_| post());
    if let (Ok(ro), Some(body)) = (web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()), document().body()) {
        ro.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(ro);
    }
    observer.forget();
}
