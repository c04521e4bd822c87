use leptos::prelude::*;

#[component]
pub fn TimelineView() -> impl IntoView {
    view! { <section class="view"><h1>"Timeline"</h1></section> }
}
