//! The shell: start-up, shared context, header and navigation, notices, views.
//! Drawn with `components::dom` like everything else.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::dom::{el, render_effect, text_el, El};
use crate::components::first_screen::{now_or_soon, FirstScreen};
use crate::components::links::{delegate, link, refresh_soon};
use crate::ctx::Ctx;
use crate::domain::intent::Intent;
use crate::domain::store::Store;
use crate::domain::url_state::View;
use crate::views;

/// Entry point from `main`: installs the panic banner, loads the dataset, draws.
pub fn start() {
    crate::components::error_banner::install_panic_hook();
    // `take` starts the takeover: from here `now_or_soon` runs in tasks of their own.
    let first_screen = crate::components::first_screen::take();
    now_or_soon(move || {
        mark("briefing:parse-start");
        let store = crate::ctx::embedded_store();
        mark("briefing:parse-end");
        if let Some(skeleton) = document().get_element_by_id("skeleton") {
            skeleton.remove();
        }
        // Effects run on the wasm-bindgen executor; the root owner lives for the page.
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let owner = Owner::new();
        let steps = owner.with(|| shell(store, first_screen));
        now_or_soon(move || run_steps(owner, steps));
    });
}

/// Marks for the benchmark (Performance API): dataset parse, drawn, mounted.
fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// What is left to draw, in order.
type Steps = std::collections::VecDeque<Box<dyn FnOnce()>>;

/// Runs the start-up's drawing steps, a task each. While the static first screen is
/// on show, the start-up is cut into tasks (the wasm's instantiation, the dataset, the
/// header, the view, the hrefs, the takeover), the app's parts hidden until the last: as one
/// task it took 42 ms, 131–168 ms at Lighthouse's 4× CPU slowdown (a third of it
/// compiling the wasm's functions on first call), which was all but 8 ms of the
/// page's total blocking time. Without a first screen (a deep link) it is one task.
fn run_steps(owner: Owner, mut steps: Steps) {
    if let Some(step) = steps.pop_front() {
        mark("briefing:step");
        owner.with(step);
    }
    if steps.is_empty() {
        // The root owner lives for the page (dropping it would dispose every signal).
        std::mem::forget(owner);
    } else {
        set_timeout(move || run_steps(owner, steps), std::time::Duration::ZERO);
    }
}

/// The page: skip link, header, notices, the current view, footer. Returns the steps
/// that draw it: several while `first_screen` is on show, else one.
fn shell(store: &'static Store, first_screen: Option<FirstScreen>) -> Steps {
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

    let staged = first_screen.is_some();
    let drawn = std::rc::Rc::new(std::cell::RefCell::new(Vec::<web_sys::Element>::new()));
    // Appends a part to the page; hidden until the takeover when staged.
    let add = {
        let drawn = drawn.clone();
        move |part: El| {
            if staged {
                let _ = part.0.class_list().add_1(crate::components::first_screen::PENDING);
                drawn.borrow_mut().push(part.0.clone());
            }
            if let Some(body) = document().body() {
                let _ = body.append_child(&part.0);
            }
        }
    };
    let embed = crate::components::embed::is_embed();
    let head = {
        let add = add.clone();
        move || {
            add(el("a", "skip-link").attr("href", "#main").text("Skip to content"));
            add(delegate(header(ctx, view_kind, embed), ctx, |_, _| {}));
            if let Some(body) = document().body() {
                El(body.into())
                    .dyn_child(move || ctx.notices.get(), move |n| (!n.is_empty()).then(|| crate::components::notice::notice_el(ctx, n)));
            }
        }
    };
    let body = move || {
        add(main(view_kind));
        if embed {
            crate::components::embed::post_height();
        } else {
            add(delegate(footer(store, view_kind), ctx, |_, _| {}));
        }
        mark("briefing:drawn");
    };
    // Every href set before the takeover (a link without one is styled as plain text).
    let hrefs = move || crate::components::links::refresh_now(ctx);
    let rest = move || {
        if let Some(first_screen) = first_screen {
            first_screen.hand_over(ctx, &drawn.borrow());
        }
        mark("briefing:mounted");
        crate::components::decode_tick_soon();
    };
    if staged {
        [Box::new(head) as Box<dyn FnOnce()>, Box::new(body), Box::new(hrefs), Box::new(rest)].into()
    } else {
        // The hrefs follow after the paint, as after any drawing.
        [Box::new(move || {
            head();
            body();
            rest();
        }) as Box<dyn FnOnce()>]
        .into()
    }
}

/// The title, the date, the views and the theme; one line in an embed.
fn header(ctx: Ctx, view_kind: Memo<View>, embed: bool) -> El {
    let meta = &ctx.store.data.meta;
    let as_of = crate::components::date_label::as_of(ctx.store);
    let nav = move || el("nav", "site-nav").attr("aria-label", "Views").children(View::ALL.iter().copied().map(|v| nav_link(v, view_kind)));
    if embed {
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
    }
}

/// The current view.
fn main(view_kind: Memo<View>) -> El {
    el("main", "").id("main").attr("tabindex", "-1").bind_attr("data-view", move || Some(view_kind.get().as_str().to_string())).dyn_child(
        move || view_kind.get(),
        |v| {
            Some(match v {
                View::Timeline => views::timeline::view(),
                #[cfg(feature = "views-in-app")]
                View::Actors => views::actors::view(),
                #[cfg(feature = "views-in-app")]
                View::Narratives => views::narratives::view(),
                #[cfg(feature = "views-in-app")]
                View::Sources => views::sources::view(),
                other => views::lazy::view(*other),
            })
        },
    )
}

fn footer(store: &'static Store, view_kind: Memo<View>) -> El {
    let meta = &store.data.meta;
    let as_of = crate::components::date_label::as_of(store);
    el("footer", "site-footer").child(
        el("p", "")
            .text(&format!("{} · as of {as_of}. ", meta.title))
            .text("Every fact is quoted from one of five cited sources; see ")
            .child(nav_link(View::Sources, view_kind))
            .text("."),
    )
}

/// A link to another view, named after it, that keeps every other part of the state.
fn nav_link(view: View, current: Memo<View>) -> El {
    link(&Intent::View(view), "nav-link", view.label()).bind_attr("aria-current", move || (current.get() == view).then(|| "page".into()))
}
