use leptos::prelude::*;

#[component]
pub fn ActorsView() -> impl IntoView {
    view! { <section class="view"><h1>"Actors"</h1></section> }
}
