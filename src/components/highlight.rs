//! Text with search matches marked. Always rendered as text nodes.

use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::search::highlight;

/// Re-renders only when this text's marked runs change, not on every keystroke:
/// most texts match neither the old nor the new query.
#[component]
pub fn Highlighted(#[prop(into)] text: String, #[prop(into)] terms: Signal<Vec<String>>) -> impl IntoView {
    let runs = Memo::new(move |_| terms.with(|t| highlight(&text, t)));
    move || {
        runs.get()
            .into_iter()
            .map(|(segment, hit)| if hit { Either::Left(view! { <mark>{segment}</mark> }) } else { Either::Right(segment) })
            .collect_view()
    }
}
