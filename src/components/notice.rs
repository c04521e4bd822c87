//! A dismissible notice listing what was dropped from a malformed or stale link.

use leptos::prelude::*;

use crate::app::use_ctx;

#[component]
pub fn UrlNotices() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let notices = ctx.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="status" data-testid="url-notice">
                    <div>
                        <strong>"Parts of this link could not be used and were dropped."</strong>
                        <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    </div>
                    <button class="button ghost" on:click=move |_| ctx.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            }
        })
    }
}
