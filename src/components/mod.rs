//! Small widgets shared by the views.

pub mod citation;
pub mod date_label;
pub mod dom;
pub mod error_banner;
pub mod notice;
pub mod theme;

use leptos::prelude::*;

/// A click without modifier keys: the app handles it; others open new tabs as usual.
pub fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Runs `f` in a task right after the next frame is painted: for work that must
/// not delay the frame answering an input (history writes, hrefs, the rest of a page).
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

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

/// Whether the window is wide enough for side panels to start open (else they
/// start folded, so the main content is on a phone's first screen).
pub fn is_wide() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).map_or(true, |w| w > 900.0)
}

/// Makes `a` a link to the state `target` returns: a real href (set now, brought
/// up to date when a pointer or the focus reaches it, since it keeps the reader's
/// filters and would otherwise change on every keystroke), followed in place on
/// a plain click.
pub fn nav_link_behaviour(ctx: crate::app::Ctx, a: &web_sys::Element, target: impl Fn() -> crate::domain::url_state::UrlState + 'static) {
    nav_link_erased(ctx, a, std::rc::Rc::new(target));
}

fn nav_link_erased(ctx: crate::app::Ctx, a: &web_sys::Element, target: std::rc::Rc<dyn Fn() -> crate::domain::url_state::UrlState>) {
    use wasm_bindgen::JsCast;
    let _ = a.set_attribute("href", &ctx.href(&target()));
    for event in ["pointerover", "focus"] {
        let (a2, target) = (a.clone(), target.clone());
        dom::listen(a, event, Box::new(move |_| {
            let _ = a2.set_attribute("href", &ctx.href(&target()));
        }));
    }
    dom::listen(a, "click", Box::new(move |ev| {
        if plain_click(ev.unchecked_ref()) {
            ev.prevent_default();
            ctx.navigate(target(), crate::app::Nav::Push);
            scroll_to_top();
        }
    }));
}
