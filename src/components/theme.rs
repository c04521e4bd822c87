//! Colour scheme: follows the system by default; the toggle overrides and remembers.

use leptos::prelude::*;

#[derive(Clone, Copy)]
struct Theme(RwSignal<Option<bool>>);

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn provide_theme() {
    let saved = storage().and_then(|s| s.get_item("theme").ok().flatten());
    let dark = RwSignal::new(saved.map(|v| v == "dark"));
    Effect::new(move |_| {
        let root = document().document_element();
        if let Some(root) = root {
            match dark.get() {
                Some(true) => root.set_attribute("data-theme", "dark").ok(),
                Some(false) => root.set_attribute("data-theme", "light").ok(),
                None => root.remove_attribute("data-theme").ok(),
            };
        }
    });
    provide_context(Theme(dark));
}

fn system_dark() -> bool {
    window().match_media("(prefers-color-scheme: dark)").ok().flatten().map(|m| m.matches()).unwrap_or(false)
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let Theme(dark) = expect_context::<Theme>();
    let is_dark = move || dark.get().unwrap_or_else(system_dark);
    view! {
        <button
            class="button ghost theme-toggle"
            aria-pressed=move || is_dark().to_string()
            title="Switch between light and dark"
            on:click=move |_| {
                let next = !is_dark();
                dark.set(Some(next));
                if let Some(s) = storage() {
                    let _ = s.set_item("theme", if next { "dark" } else { "light" });
                }
            }
        >
            {move || if is_dark() { "Light mode" } else { "Dark mode" }}
        </button>
    }
}
