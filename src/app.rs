//! The shell: start-up, shared context, header and navigation, notices, views.
//! Drawn with `components::dom` like everything else.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::dom::{el, render_effect, text_el, El};
use crate::components::links::{delegate, link, refresh_soon};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::store::Store;
use crate::domain::url_state::View;
use crate::views;

/// Entry point from `main`: installs the panic banner, loads the dataset, draws.
pub fn start() {
    crate::components::error_banner::install_panic_hook();
    // Marks for the benchmark (Performance API): dataset parse and first render.
    let perf = window().performance();
    let mark = |name: &str| {
        if let Some(p) = &perf {
            let _ = p.mark(name);
        }
    };
    mark("briefing:parse-start");
    let store = crate::ctx::embedded_store();
    mark("briefing:parse-end");
    if let Some(skeleton) = document().get_element_by_id("skeleton") {
        skeleton.remove();
    }
    let first_screen = crate::components::first_screen::take();
    // Effects run on the wasm-bindgen executor; the root owner lives for the page.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let ctx = shell(store);
        mark("briefing:drawn");
        if let Some(first_screen) = first_screen {
            first_screen.hand_over(ctx);
        }
    });
    std::mem::forget(owner);
    mark("briefing:mounted");
}

/// The page: skip link, header, notices, the current view, footer.
fn shell(store: &'static Store) -> Ctx {
    let ctx = Ctx::provide(store);
    // Write back the cleaned-up URL so a shared link never carries the bad parts.
    if !ctx.notices.get_untracked().is_empty() {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&ctx.state.with_untracked(|s| ctx.href(s))));
        }
    }

    let popstate = window_event_listener(leptos::ev::popstate, move |_| ctx.reload_from_location());
    on_cleanup(move || popstate.remove());

    let view_kind = Memo::new(move |_| ctx.state.with(|s| s.view));
    // Every href follows the state (after the paint, see `links`).
    render_effect(move || {
        ctx.state.track();
        refresh_soon(ctx);
    });
    // The document title names the view, for history entries and bookmarks.
    render_effect(move || {
        let v = view_kind.get();
        document().set_title(&format!("{} · {}", v.label(), store.data.meta.title));
    });

    let meta = &store.data.meta;
    let as_of = crate::components::date_label::as_of(store);
    let embed = crate::components::embed::is_embed();
    let nav = move || el("nav", "site-nav").attr("aria-label", "Views").children(View::ALL.into_iter().map(|v| nav_link(v, view_kind)));
    let header = if embed {
        // One line: title and date, the optional view switcher, the way out.
        let show_nav = Memo::new(move |_| ctx.state.with(|s| s.nav));
        el("header", "site-header embed-bar")
            .child(
                el("p", "embed-title")
                    .child(text_el("span", "brand-title", &meta.title))
                    .child(el("span", "as-of").text("· as of ").text(&as_of)),
            )
            .dyn_child(move || show_nav.get(), move |on| on.then(nav))
            .child(
                el("a", "button embed-open")
                    .attr("target", "_blank")
                    .attr("rel", "noopener")
                    .attr("data-testid", "open-full")
                    .bind_attr("href", move || Some(ctx.state.with(crate::domain::embed::full_href)))
                    .text("Open the full briefing"),
            )
    } else {
        el("header", "site-header")
            .child(
                el("div", "brand")
                    .child(text_el("span", "brand-title", &meta.title))
                    .child(el("span", "as-of").text("As of ").text(&as_of)),
            )
            .child(nav())
            .child(crate::components::theme::theme_toggle())
    };
    let main = el("main", "")
        .id("main")
        .attr("tabindex", "-1")
        .bind_attr("data-view", move || Some(view_kind.get().as_str().to_string()))
        .dyn_child(
            move || view_kind.get(),
            |v| {
                Some(match v {
                    View::Timeline => views::timeline::view(),
                    View::Map => views::map_loader::view(),
                    View::Actors => views::actors::view(),
                    View::Narratives => views::narratives::view(),
                    View::Sources => views::sources::view(),
                })
            },
        );
    let Some(body) = document().body() else { return ctx };
    let body = El(body.into())
        .child(el("a", "skip-link").attr("href", "#main").text("Skip to content"))
        .child(delegate(header, ctx, |_, _| {}))
        .dyn_child(move || ctx.notices.get(), move |n| (!n.is_empty()).then(|| crate::components::notice::notice_el(ctx, n)))
        .child(main);
    if embed {
        crate::components::embed::post_height();
        return ctx;
    }
    let footer = el("footer", "site-footer").child(
        el("p", "")
            .text(&format!("{} · as of {as_of}. ", meta.title))
            .text("Every fact is quoted from one of five cited sources; see ")
            .child(nav_link(View::Sources, view_kind))
            .text("."),
    );
    body.child(delegate(footer, ctx, |_, _| {}));
    ctx
}

/// A link to another view, named after it, that keeps every other part of the state.
fn nav_link(view: View, current: Memo<View>) -> El {
    link(&Intent::View(view), "nav-link", view.label()).bind_attr("aria-current", move || (current.get() == view).then(|| "page".into()))
}
