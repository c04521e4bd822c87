use leptos::prelude::*;

#[component]
pub fn SourcesView() -> impl IntoView {
    view! { <section class="view"><h1>"Sources"</h1></section> }
}
