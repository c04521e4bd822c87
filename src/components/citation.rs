//! A citation: the exact quote and the source it comes from, linking to it in Sources.

use leptos::prelude::*;

use crate::app::{use_ctx, Nav};
use crate::domain::model::Citation;
use crate::domain::url_state::View;

#[component]
pub fn CitationQuote(citation: Citation) -> impl IntoView {
    let ctx = use_ctx();
    let source = citation.source.clone();
    let label = ctx.store.source_label(&source);
    let target = move || {
        let mut s = ctx.state.get();
        s.view = View::Sources;
        s.source = Some(source.clone());
        s
    };
    let target2 = target.clone();
    view! {
        <figure class="citation" data-source=citation.source.clone()>
            <blockquote>{format!("“{}”", citation.quote)}</blockquote>
            <figcaption>
                "— "
                <a
                    href=move || ctx.href(&target())
                    on:click=move |ev| {
                        if super::plain_click(&ev) {
                            ev.prevent_default();
                            ctx.navigate(target2(), Nav::Push);
                            super::scroll_to_top();
                        }
                    }
                >
                    {label}
                </a>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn Citations(citations: Vec<Citation>) -> impl IntoView {
    view! {
        <div class="citations">
            {citations.into_iter().map(|c| view! { <CitationQuote citation=c/> }).collect_view()}
        </div>
    }
}
