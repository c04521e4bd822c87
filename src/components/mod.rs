//! Small widgets shared by the views.

pub mod citation;
pub mod date_label;
pub mod disagreement;
pub mod dom;
pub mod embed;
pub mod error_banner;
pub mod first_screen;
pub mod links;
pub mod notice;
pub mod prose;
pub mod theme;

use leptos::prelude::*;

/// Whether keyboard focus fell back to the page (the focused element went away).
pub fn focus_lost() -> bool {
    document().active_element().is_none_or(|a| a.tag_name() == "BODY")
}

/// Moves the keyboard focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(e) = document().get_element_by_id(id) {
        let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&e).focus();
    }
}

/// Has the browser decode the checkbox tick (`--tick`, an SVG in the stylesheet)
/// once the page is drawn: Chromium otherwise decodes it inside the first click that
/// checks a box: 4.2 ms of that click's frame in a trace (`bench/first-click.mjs
/// --search=border`: first click 14.2 -> 11.9 ms). A 1 px element that is never seen
/// carries the image; the theme switch decodes the other theme's tick the same way.
pub fn decode_tick_soon() {
    crate::ctx::after_paint(|| {
        if let Some(body) = document().body() {
            let _ = body.append_child(&dom::el("span", "tick-decoder").attr("aria-hidden", "true").0);
        }
    });
}

/// Whether the window is wide enough for side panels to start open (else they
/// start folded, so the main content is on a phone's first screen).
pub fn is_wide() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_none_or(|w| w > 900.0)
}
