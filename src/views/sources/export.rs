//! Export and share: the dataset and its schema as files, what the timeline shows
//! as CSV or JSON (made in the browser), a copyable link and a citation.
//! Its buttons carry a `data-action` (a browser action, not a state change),
//! handled by the view's click listener (`handle_action`); `update` keeps its texts current.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::components::date_label::as_of;
use crate::components::dom::{el, text_el, El};
use crate::components::links::link;
use crate::ctx::Ctx;
use crate::domain::date::PartialDate;
use crate::domain::embed::{self, Height, Options, DEFAULT_HEIGHT};
use crate::domain::export::{events_csv, events_json, file_name, CSV_COLUMNS};
use crate::domain::intent::Intent;
use crate::domain::model::Precision;
use crate::domain::url_state::{self, View};

/// Offers text as a file download: a Blob, an object URL and a temporary link.
fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document().body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Give the browser time to start the download before freeing the data.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), Duration::from_secs(30));
    Ok(())
}

/// Writes text to the clipboard; `done(false)` when the API is missing or refuses.
fn copy_text(text: &str, done: fn(bool, &str), what: &'static str) {
    let navigator = window().navigator();
    // Read by name: outside a secure context `navigator.clipboard` is undefined, which
    // web-sys's getter does not allow for.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok().filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        done(false, what);
        return;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true, what));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| done(false, what));
    let _ = clipboard.write_text(text).then2(&ok, &err);
    // One of the two runs once; both are tiny, so they are simply kept.
    ok.forget();
    err.forget();
}

/// Shows the outcome of a copy next to its button. When copying failed, the
/// text is selected in its field so the reader can copy it by hand.
fn copied(ok: bool, what: &str) {
    let doc = document();
    if let Some(status) = doc.get_element_by_id(&format!("{what}-status")) {
        status.set_text_content(Some(if ok { "Copied" } else { "Could not copy: the text is selected below, press Ctrl+C or ⌘C." }));
        if ok {
            let what = what.to_string();
            set_timeout(
                move || {
                    if let Some(s) = document().get_element_by_id(&format!("{what}-status")) {
                        if s.text_content().as_deref() == Some("Copied") {
                            s.set_text_content(Some(""));
                        }
                    }
                },
                Duration::from_secs(4),
            );
        }
    }
    if !ok {
        if let Some(field) = doc.get_element_by_id(&format!("{what}-field")) {
            if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
                area.select();
            }
        }
    }
}

/// The canonical full URL of a state.
fn permalink(ctx: Ctx) -> String {
    let query = ctx.state.with(url_state::serialize);
    let loc = window().location();
    let base = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default());
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

fn today() -> String {
    let now = js_sys::Date::new_0();
    let d = PartialDate { year: now.get_full_year() as u16, month: Some(now.get_month() as u8 + 1), day: Some(now.get_date() as u8) };
    d.display(Precision::Day)
}

fn cite_text(ctx: Ctx) -> String {
    let store = ctx.store;
    let view = ctx.state.with(|s| s.view.label());
    format!(
        "{}. Interactive briefing, as of {}. {view} view. {} (accessed {}).",
        store.data.meta.title,
        as_of(store),
        permalink(ctx),
        today()
    )
}

/// Runs a button's action (`data-action`); false when the click was not one.
pub fn handle_action(ctx: Ctx, ev: &web_sys::MouseEvent) -> bool {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    let Ok(Some(button)) = target.closest("button[data-action]") else { return false };
    let store = ctx.store;
    match button.get_attribute("data-action").as_deref() {
        Some(kind @ ("export-csv" | "export-json")) => {
            let csv = kind == "export-csv";
            let text = ctx.timeline.result.with_untracked(|r| {
                let events = &r.events;
                if csv {
                    events_csv(store, events)
                } else {
                    // The query of the timeline that was exported.
                    let mut s = ctx.state.get_untracked();
                    s.view = View::Timeline;
                    events_json(store, events, &url_state::serialize(&s))
                }
            });
            let (ext, mime) = if csv { ("csv", "text/csv;charset=utf-8") } else { ("json", "application/json") };
            let failed = download(&file_name(&store.data.meta.as_of, ext), mime, &text).is_err();
            if let Some(e) = document().get_element_by_id("export-error") {
                e.set_text_content(Some(if failed { "The browser refused the download." } else { "" }));
            }
        }
        Some("copy-link") => copy_text(&permalink(ctx), copied, "copy-link"),
        Some("copy-cite") => copy_text(&cite_text(ctx), copied, "copy-cite"),
        Some("copy-embed") => {
            let root = button.closest("#export").ok().flatten();
            if let Some(root) = root {
                copy_text(&embed_snippet(ctx, &root).0, copied, "copy-embed");
            }
        }
        _ => return false,
    }
    true
}

/// Brings the panel's changing parts (under `root`, which may not be in the page
/// yet) up to date with the state.
pub fn update(ctx: Ctx, root: &web_sys::Element) {
    let find = |id: &str| root.query_selector(&format!("#{id}")).ok().flatten();
    let count = ctx.timeline.result.with(|r| r.events.len());
    let filtered = ctx.state.with(|s| s.timeline.is_filtered());
    let set = |id: &str, text: &str| {
        if let Some(e) = find(id) {
            e.set_text_content(Some(text));
        }
    };
    set(
        "export-count-text",
        &match count {
            0 => "The timeline shows no events: widen its filters to export.".to_string(),
            1 => "Export the 1 event the timeline shows".to_string(),
            n => format!("Export the {n} events the timeline shows"),
        },
    );
    set("export-filter-text", if filtered { " (with its current filters). " } else { " (no filters: every event). " });
    for id in ["export-csv", "export-json"] {
        if let Some(b) = find(id) {
            let _ = if count == 0 { b.set_attribute("disabled", "") } else { b.remove_attribute("disabled") };
        }
    }
    // Readonly fields never become dirty, so their default value is their value.
    if let Some(f) = find("copy-link-field") {
        let _ = f.set_attribute("value", &permalink(ctx));
    }
    set("copy-cite-field", &cite_text(ctx));
    update_embed(ctx, root);
}

/// What the embed form says: the view to embed, the height, the switcher.
fn embed_choice(root: &web_sys::Element) -> (View, Options) {
    let input =
        |id: &str| root.query_selector(&format!("#{id}")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let view = root
        .query_selector("#embed-view")
        .ok()
        .flatten()
        .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("value")).ok())
        .and_then(|v| v.as_string())
        .and_then(|v| View::parse(&v));
    let fixed = input("embed-fixed").is_some_and(|i| i.checked());
    let px = input("embed-px").and_then(|i| i.value().parse::<u32>().ok()).unwrap_or(DEFAULT_HEIGHT).clamp(200, 4000);
    let nav = input("embed-nav").is_some_and(|i| i.checked());
    let height = if fixed { Height::Fixed(px) } else { Height::Responsive };
    (view.unwrap_or_default(), Options { height, nav })
}

/// The snippet for the state on screen with the form's choices, and the embed's URL.
fn embed_snippet(ctx: Ctx, root: &web_sys::Element) -> (String, String, Options, View) {
    let (view, options) = embed_choice(root);
    let loc = window().location();
    let site = embed::site_root(&loc.origin().unwrap_or_default(), &loc.pathname().unwrap_or_default());
    let state = ctx.state.with(|s| url_state::UrlState { view, ..s.clone() });
    let html = embed::snippet(&site, &state, &ctx.store.data.meta.title, options);
    (html, embed::embed_url(&site, &state, options.nav), options, view)
}

/// Keeps the embed code, its preview line and its "open" link current.
fn update_embed(ctx: Ctx, root: &web_sys::Element) {
    let Ok(Some(field)) = root.query_selector("#copy-embed-field") else { return };
    // The view choice starts at the view on screen, then is the reader's.
    if let Ok(Some(select)) = root.query_selector("#embed-view") {
        if select.get_attribute("data-chosen").is_none() {
            let now = ctx.state.with(|s| s.view.as_str());
            let _ = js_sys::Reflect::set(&select, &JsValue::from_str("value"), &JsValue::from_str(now));
        }
    }
    let (html, url, options, view) = embed_snippet(ctx, root);
    field.set_text_content(Some(&html));
    if let Ok(Some(a)) = root.query_selector("#embed-open") {
        let _ = a.set_attribute("href", &url);
    }
    let (filtered, selected) = ctx.state.with(|s| {
        (
            s.timeline.is_filtered(),
            s.timeline.open.is_some() || s.actors.selected.is_some() || s.narratives.topic.is_some() || s.source.is_some(),
        )
    });
    let preview = format!(
        "The {} view{}{}, read-only{}; {}.",
        view.label(),
        if filtered { " with the timeline's current filters" } else { "" },
        if selected { " and the current selection" } else { "" },
        if options.nav { ", with the view switcher" } else { "" },
        match options.height {
            Height::Responsive => format!("its height follows the content (starts at {DEFAULT_HEIGHT} px)"),
            Height::Fixed(px) => format!("{px} px tall, scrolling inside"),
        }
    );
    if let Ok(Some(p)) = root.query_selector("#embed-preview-text") {
        p.set_text_content(Some(&preview));
    }
}

fn button(action: &str, label: &str, class: &str) -> El {
    text_el("button", class, label).attr("type", "button").attr("data-action", action).attr("id", action)
}

fn group(title: &str) -> El {
    el("div", "export-group").child(text_el("h3", "", title))
}

fn radio(id: &str, label: &str, checked: bool) -> El {
    let input = el("input", "").attr("type", "radio").attr("name", "embed-height").attr("id", id);
    el("label", "").child(if checked { input.attr("checked", "") } else { input }).text(label)
}

fn embed_group(ctx: Ctx) -> El {
    let select = el("select", "")
        .attr("id", "embed-view")
        .attr("data-testid", "embed-view")
        .children(View::ALL.iter().copied().map(|v| text_el("option", "", v.label()).attr("value", v.as_str())));
    group("Embed this view")
        .attr("data-testid", "embed")
        .child(text_el(
            "p",
            "",
            "An iframe for an article: exactly this state (filters and selection), read-only, with a link to the full briefing.",
        ))
        .child(el("p", "").child(el("label", "").attr("for", "embed-view").text("View ")).child(select))
        .child(
            el("fieldset", "embed-height")
                .child(text_el("legend", "", "Height"))
                .child(radio("embed-responsive", " Follows the content (adds a small script)", true))
                .child(radio("embed-fixed", " Fixed: ", false))
                .child(
                    el("input", "embed-px")
                        .attr("id", "embed-px")
                        .attr("type", "number")
                        .attr("min", "200")
                        .attr("max", "4000")
                        .attr("step", "10")
                        .attr("value", &DEFAULT_HEIGHT.to_string())
                        .attr("aria-label", "Fixed height in pixels"),
                )
                .text(" px"),
        )
        .child(el("p", "").child(
            el("label", "").child(el("input", "").attr("type", "checkbox").attr("id", "embed-nav")).text(" Include the view switcher"),
        ))
        .child(
            el("p", "hint")
                .attr("data-testid", "embed-preview")
                .child(text_el("strong", "", "Preview: "))
                .child(el("span", "").attr("id", "embed-preview-text"))
                .text(" ")
                .child(text_el("a", "", "Open the embed").attr("id", "embed-open").attr("target", "_blank").attr("rel", "noopener")),
        )
        .child(
            el("textarea", "cite-field")
                .attr("id", "copy-embed-field")
                .attr("readonly", "")
                .attr("rows", "5")
                .attr("aria-label", "Embed code for this view")
                .attr("data-testid", "embed-code"),
        )
        .child(el("p", "export-actions").child(button("copy-embed", "Copy embed code", "button").attr("data-testid", "copy-embed")).child(
            el("span", "copy-status").attr("id", "copy-embed-status").attr("role", "status").attr("data-testid", "copy-embed-status"),
        ))
        .on("change", move |ev| embed_form_changed(ctx, ev))
        .on("input", move |ev| embed_form_changed(ctx, ev))
}

/// A choice in the embed form: from now on the view is the reader's, not the one on screen.
fn embed_form_changed(ctx: Ctx, ev: &web_sys::Event) {
    let Some(t) = crate::components::dom::event_target(ev) else { return };
    if t.id() == "embed-view" {
        let _ = t.set_attribute("data-chosen", "");
    }
    if let Ok(Some(root)) = t.closest("#export") {
        update_embed(ctx, &root);
    }
}

pub fn export_el(ctx: Ctx) -> El {
    let dataset = group("The whole dataset")
        .child(text_el("p", "", "Every record with its quotes, and the JSON Schema that describes the file."))
        .child(
            el("p", "export-actions")
                .child(
                    text_el("a", "button", "Download briefing.json")
                        .attr("href", "briefing.json")
                        .attr("download", "briefing.json")
                        .attr("data-testid", "download-dataset"),
                )
                .child(
                    text_el("a", "button", "Download its JSON Schema")
                        .attr("href", "briefing.schema.json")
                        .attr("download", "briefing.schema.json")
                        .attr("data-testid", "download-schema"),
                ),
        );
    let timeline = group("What the timeline shows")
        .child(
            el("p", "")
                .attr("data-testid", "export-count")
                .child(el("strong", "").attr("id", "export-count-text"))
                .child(el("span", "").attr("id", "export-filter-text"))
                .child(link(&Intent::View(View::Timeline), "", "See them on the timeline")),
        )
        .child(
            el("p", "export-actions")
                .child(button("export-csv", "Download CSV", "button primary").attr("data-testid", "export-csv"))
                .child(button("export-json", "Download JSON", "button").attr("data-testid", "export-json")),
        )
        .child(text_el("p", "hint", &format!("CSV columns: {} (lists separated by “; ”).", CSV_COLUMNS.join(", "))))
        .child(el("p", "error").attr("id", "export-error").attr("role", "alert"));
    let share =
        group("Link to this view")
            .child(el("p", "export-actions").child(button("copy-link", "Copy link", "button").attr("data-testid", "copy-link")).child(
                el("span", "copy-status").attr("id", "copy-link-status").attr("role", "status").attr("data-testid", "copy-link-status"),
            ))
            .child(
                el("input", "link-field")
                    .attr("id", "copy-link-field")
                    .attr("type", "text")
                    .attr("readonly", "")
                    .attr("aria-label", "Link to this view"),
            );
    let cite = group("Cite this view")
        .child(
            el("textarea", "cite-field")
                .attr("id", "copy-cite-field")
                .attr("readonly", "")
                .attr("rows", "4")
                .attr("aria-label", "Citation for this view")
                .attr("data-testid", "cite-text"),
        )
        .child(
            el("p", "export-actions")
                .child(button("copy-cite", "Copy citation", "button").attr("data-testid", "copy-cite"))
                .child(el("span", "copy-status").attr("id", "copy-cite-status").attr("role", "status")),
        );
    el("section", "export-panel")
        .attr("id", "export")
        .attr("aria-labelledby", "export-title")
        .child(text_el("h2", "", "Export and cite").attr("id", "export-title"))
        .child(el("div", "export-grid").child(dataset).child(timeline).child(share).child(embed_group(ctx)).child(cite))
}
