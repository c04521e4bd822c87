//! Export and share: the dataset and its schema as files, what the timeline shows
//! as CSV or JSON (made in the browser), a copyable link and a citation.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::app::use_ctx;
use crate::components::date_label::as_of;
use crate::domain::date::PartialDate;
use crate::domain::export::{events_csv, events_json, file_name};
use crate::domain::model::Precision;
use crate::domain::url_state::{self, View};
use crate::views::narratives::links::{timeline_shown, AppLink};

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
fn copy_text(text: &str, done: impl Fn(bool) + Clone + 'static) {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    let ok_done = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| ok_done(true));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| done(false));
    let _ = clipboard.write_text(text).then2(&ok, &err);
    // One of the two runs once; both are tiny, so they are simply kept.
    ok.forget();
    err.forget();
}

/// The canonical full URL of the current view.
fn permalink(query: &str) -> String {
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

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Feedback that clears itself after a few seconds.
fn flash(signal: RwSignal<CopyState>, value: CopyState) {
    signal.set(value);
    if value == CopyState::Copied {
        set_timeout(move || signal.update(|s| if *s == CopyState::Copied { *s = CopyState::Idle }), Duration::from_secs(4));
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let ctx = use_ctx();
    let store = ctx.store;
    let shown = timeline_shown(ctx);
    let count = Memo::new(move |_| shown.with(Vec::len));
    let filtered = Memo::new(move |_| ctx.state.with(|s| s.timeline.is_filtered()));
    let query = Memo::new(move |_| ctx.state.with(url_state::serialize));
    let error = RwSignal::new(None::<String>);

    let export = move |csv: bool| {
        let text = shown.with_untracked(|events| {
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
        match download(&file_name(&store.data.meta.as_of, ext), mime, &text) {
            Ok(()) => error.set(None),
            Err(_) => error.set(Some("The browser refused the download.".into())),
        }
    };

    let link_state = RwSignal::new(CopyState::Idle);
    let link_input: NodeRef<leptos::html::Input> = NodeRef::new();
    let copy_link = move |_| {
        let url = permalink(&query.get_untracked());
        copy_text(&url, move |ok| flash(link_state, if ok { CopyState::Copied } else { CopyState::Failed }));
    };
    // Fallback: when the clipboard is unavailable, select the link for the reader.
    Effect::new(move |_| {
        if link_state.get() == CopyState::Failed {
            request_animation_frame(move || {
                if let Some(input) = link_input.get_untracked() {
                    input.select();
                    let _ = input.focus();
                }
            });
        }
    });

    let cite_state = RwSignal::new(CopyState::Idle);
    let cite_area: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let title = store.data.meta.title.clone();
    let as_of_text = as_of(store);
    let cite_text = Memo::new(move |_| {
        let view = ctx.state.with(|s| s.view.label());
        format!(
            "{title}. Interactive briefing, as of {as_of_text}. {view} view. {} (accessed {}).",
            permalink(&query.get()),
            today()
        )
    });
    let copy_cite = move |_| {
        let text = cite_text.get_untracked();
        copy_text(&text, move |ok| {
            flash(cite_state, if ok { CopyState::Copied } else { CopyState::Failed });
            if !ok {
                if let Some(area) = cite_area.get_untracked() {
                    area.select();
                    let _ = area.focus();
                }
            }
        });
    };

    let count_text = move || match count.get() {
        0 => "The timeline shows no events: widen its filters to export.".to_string(),
        1 => "Export the 1 event the timeline shows".to_string(),
        n => format!("Export the {n} events the timeline shows"),
    };
    let status = |state: RwSignal<CopyState>, failed: &'static str| {
        move || match state.get() {
            CopyState::Idle => "",
            CopyState::Copied => "Copied",
            CopyState::Failed => failed,
        }
    };

    view! {
        <section class="export-panel" id="export" aria-labelledby="export-title">
            <h2 id="export-title">"Export and cite"</h2>
            <div class="export-grid">
                <div class="export-group">
                    <h3>"The whole dataset"</h3>
                    <p>"Every record with its quotes, and the JSON Schema that describes the file."</p>
                    <p class="export-actions">
                        <a class="button" href="briefing.json" download="briefing.json" data-testid="download-dataset">
                            "Download briefing.json"
                        </a>
                        <a class="button" href="briefing.schema.json" download="briefing.schema.json" data-testid="download-schema">
                            "Download its JSON Schema"
                        </a>
                    </p>
                </div>
                <div class="export-group">
                    <h3>"What the timeline shows"</h3>
                    <p data-testid="export-count">
                        <strong>{count_text}</strong>
                        {move || if filtered.get() { " (with its current filters)." } else { " (no filters: every event)." }}
                        " "
                        <AppLink
                            to=|s| {
                                s.view = View::Timeline;
                            }
                            top=true
                        >
                            "See them on the timeline"
                        </AppLink>
                    </p>
                    <p class="export-actions">
                        <button
                            type="button"
                            class="button primary"
                            data-testid="export-csv"
                            disabled=move || count.get() == 0
                            on:click=move |_| export(true)
                        >
                            "Download CSV"
                        </button>
                        <button
                            type="button"
                            class="button"
                            data-testid="export-json"
                            disabled=move || count.get() == 0
                            on:click=move |_| export(false)
                        >
                            "Download JSON"
                        </button>
                    </p>
                    <p class="hint">
                        "CSV columns: id, date, precision, end_date, kind, phase, title, summary, actors, places, tags, \
                         sources (lists separated by “; ”)."
                    </p>
                    {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
                </div>
                <div class="export-group">
                    <h3>"Link to this view"</h3>
                    <p class="export-actions">
                        <button type="button" class="button" data-testid="copy-link" on:click=copy_link>
                            "Copy link"
                        </button>
                        <span class="copy-status" role="status" data-testid="copy-link-status">
                            {status(link_state, "Could not copy: the link is selected below, press Ctrl+C or ⌘C.")}
                        </span>
                    </p>
                    <input
                        node_ref=link_input
                        class="link-field"
                        type="text"
                        readonly
                        aria-label="Link to this view"
                        prop:value=move || permalink(&query.get())
                    />
                </div>
                <div class="export-group">
                    <h3>"Cite this view"</h3>
                    <textarea
                        node_ref=cite_area
                        class="cite-field"
                        readonly
                        rows="4"
                        aria-label="Citation for this view"
                        data-testid="cite-text"
                        prop:value=move || cite_text.get()
                    ></textarea>
                    <p class="export-actions">
                        <button type="button" class="button" data-testid="copy-cite" on:click=copy_cite>
                            "Copy citation"
                        </button>
                        <span class="copy-status" role="status">
                            {status(cite_state, "Could not copy: the citation is selected, press Ctrl+C or ⌘C.")}
                        </span>
                    </p>
                </div>
            </div>
        </section>
    }
}
