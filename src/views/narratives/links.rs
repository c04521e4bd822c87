//! Links between views, shared by Narratives and Sources. Every link has a real
//! href (so it can be opened in a new tab or copied); a plain click navigates in place.

use leptos::prelude::*;

use crate::app::{use_ctx, Ctx, Nav};
use crate::components::{plain_click, scroll_to_top};
use crate::domain::query;
use crate::domain::url_state::{UrlState, View};

/// A link to the state produced by `to` from the current one.
#[component]
pub fn AppLink<F>(
    to: F,
    children: Children,
    #[prop(optional)] class: &'static str,
    /// Scroll to the top after navigating (for links to another view).
    #[prop(optional)]
    top: bool,
) -> impl IntoView
where
    F: Fn(&mut UrlState) + Clone + Send + Sync + 'static,
{
    let ctx = use_ctx();
    let to2 = to.clone();
    view! {
        <a
            class=class
            href=move || {
                let mut s = ctx.state.get();
                to(&mut s);
                ctx.href(&s)
            }
            on:click=move |ev| {
                if plain_click(&ev) {
                    ev.prevent_default();
                    ctx.update(Nav::Push, |s| to2(s));
                    if top {
                        scroll_to_top();
                    }
                }
            }
        >
            {children()}
        </a>
    }
}

/// Which events the timeline currently shows, by event index. Recomputed only when
/// the timeline's own part of the state changes.
pub fn timeline_shown(ctx: Ctx) -> Memo<Vec<usize>> {
    let timeline = Memo::new(move |_| ctx.state.with(|s| s.timeline.clone()));
    Memo::new(move |_| timeline.with(|t| query::run(ctx.store, t).events))
}

/// Opens the timeline with one card expanded. When the current filters would hide
/// the event, they are cleared (sort kept) so the card is there to see.
pub fn open_event(ctx: Ctx, shown: Memo<Vec<usize>>, event_id: String) -> impl Fn(&mut UrlState) + Clone + Send + Sync + 'static {
    move |s: &mut UrlState| {
        s.view = View::Timeline;
        let visible = match ctx.store.event_index(&event_id) {
            Some(i) => shown.with(|v| v.contains(&i)),
            None => true,
        };
        if !visible {
            s.timeline = s.timeline.cleared();
        }
        s.timeline.open = Some(event_id.clone());
    }
}

/// The actors view with one actor selected.
pub fn select_actor(actor_id: String) -> impl Fn(&mut UrlState) + Clone + Send + Sync + 'static {
    move |s: &mut UrlState| {
        s.view = View::Actors;
        s.actors.selected = Some(actor_id.clone());
    }
}

/// The narratives view at one topic.
pub fn narrative_topic(topic_id: String) -> impl Fn(&mut UrlState) + Clone + Send + Sync + 'static {
    move |s: &mut UrlState| {
        s.view = View::Narratives;
        s.narratives.topic = Some(topic_id.clone());
        s.narratives.incident = None;
    }
}

/// Scrolls an element into view (top of the viewport) after the next paint.
pub fn scroll_to_id(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Start);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
}
