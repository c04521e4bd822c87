//! A panic replaces the page's silence with a visible banner and a reload link.
//! Built with plain DOM calls: after a panic the reactive runtime can't be trusted.

use leptos::prelude::{document, window};

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        show(&message);
    }));
}

fn show(message: &str) {
    let doc = document();
    if doc.get_element_by_id("error-banner").is_some() {
        return;
    }
    let Some(body) = doc.body() else { return };
    let Ok(banner) = doc.create_element("div") else { return };
    banner.set_id("error-banner");
    banner.set_class_name("error-banner");
    let _ = banner.set_attribute("role", "alert");
    let make = |tag: &str, class: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        Some(el)
    };
    if let Some(h) = make("strong", "error-title", "Something went wrong and the briefing stopped.") {
        let _ = banner.append_child(&h);
    }
    if let Some(p) = make("pre", "error-detail", message) {
        let _ = banner.append_child(&p);
    }
    if let Some(a) = make("a", "error-reload button", "Reload the page") {
        // The URL of what was on screen, including changes not yet in the history.
        crate::ctx::flush_history();
        let href = window().location().href().unwrap_or_else(|_| "./".into());
        let _ = a.set_attribute("href", &href);
        let _ = banner.append_child(&a);
    }
    let _ = body.prepend_with_node_1(&banner);
    if let Some(s) = doc.get_element_by_id("skeleton") {
        s.remove();
    }
}
