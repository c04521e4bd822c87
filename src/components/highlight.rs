//! Text with search matches marked. Always rendered as text nodes.

use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::search::highlight;

#[component]
pub fn Highlighted(#[prop(into)] text: String, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    move || {
        terms.with(|t| {
            highlight(&text, t)
                .into_iter()
                .map(|(segment, hit)| if hit { Either::Left(view! { <mark>{segment}</mark> }) } else { Either::Right(segment) })
                .collect_view()
        })
    }
}
