use leptos::prelude::*;

#[component]
pub fn NarrativesView() -> impl IntoView {
    view! { <section class="view"><h1>"Narratives"</h1></section> }
}
