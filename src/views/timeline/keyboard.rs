//! Timeline keys: `/` focuses search, `j`/`k` move between cards (Enter on a
//! card expands it, handled by the card), Esc in search clears it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::query::TimelineResult;

fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable"))
        .unwrap_or(false)
}

fn cards() -> Vec<web_sys::HtmlElement> {
    let Ok(list) = document().query_selector_all("article.card") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect()
}

fn focus_card(el: &web_sys::HtmlElement) {
    let _ = el.focus();
    crate::components::dom::scroll_into_view(el, web_sys::ScrollLogicalPosition::Nearest);
}

pub fn install(result: Memo<TimelineResult>, limit: RwSignal<usize>, shown: Memo<usize>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_field(&ev) {
            return;
        }
        match ev.key().as_str() {
            "/" => {
                if let Some(input) = document().get_element_by_id("timeline-search") {
                    ev.prevent_default();
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
            key @ ("j" | "k") => {
                ev.prevent_default();
                let cards = cards();
                if cards.is_empty() {
                    return;
                }
                let active = document().active_element();
                let current = active.and_then(|a| a.closest("article.card").ok().flatten());
                let pos = current.and_then(|c| cards.iter().position(|x| **x == c));
                let next = match (key, pos) {
                    ("j", None) => 0,
                    ("j", Some(p)) => p + 1,
                    (_, None) => 0,
                    (_, Some(p)) => p.saturating_sub(1),
                };
                if next < cards.len() {
                    focus_card(&cards[next]);
                } else if shown.get_untracked() < result.with_untracked(|r| r.events.len()) {
                    // At the end of what is rendered: render more, then move on.
                    limit.update(|l| *l += super::PAGE);
                    request_animation_frame(move || {
                        if let Some(el) = cards_after(next) {
                            focus_card(&el);
                        }
                    });
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

fn cards_after(index: usize) -> Option<web_sys::HtmlElement> {
    cards().into_iter().nth(index)
}
