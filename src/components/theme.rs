//! Colour scheme: follows the system by default; the toggle overrides and remembers.

use leptos::prelude::*;

use super::dom::{button, El};

/// `localStorage`, if the page may use it. In a third-party frame reading it can
/// throw (blocked storage) or give a partitioned store: both count as "nothing
/// saved", so the scheme falls back to the system setting. (The embed draws no
/// toggle and never reads it.)
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn system_dark() -> bool {
    window().match_media("(prefers-color-scheme: dark)").ok().flatten().map(|m| m.matches()).unwrap_or(false)
}

/// The toggle; the chosen scheme goes on the root element as `data-theme`.
pub fn theme_toggle() -> El {
    let saved = storage().and_then(|s| s.get_item("theme").ok().flatten());
    let dark = RwSignal::new(saved.map(|v| v == "dark"));
    let is_dark = move || dark.get().unwrap_or_else(system_dark);
    super::dom::render_effect(move || {
        if let Some(root) = document().document_element() {
            let _ = match dark.get() {
                Some(true) => root.set_attribute("data-theme", "dark"),
                Some(false) => root.set_attribute("data-theme", "light"),
                None => root.remove_attribute("data-theme"),
            };
        }
    });
    button("button ghost theme-toggle", "")
        .attr("title", "Switch between light and dark")
        .bind_attr("aria-pressed", move || Some(is_dark().to_string()))
        .bind_text(move || (if is_dark() { "Light mode" } else { "Dark mode" }).to_string())
        .on("click", move |_| {
            let next = !is_dark();
            dark.set(Some(next));
            if let Some(s) = storage() {
                let _ = s.set_item("theme", if next { "dark" } else { "light" });
            }
        })
}
