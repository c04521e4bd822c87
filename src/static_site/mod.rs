//! The whole briefing as one plain HTML page (`briefing.html`), for readers whose
//! browser runs no WebAssembly or JavaScript (iOS Lockdown Mode, search engines,
//! archives, reader mode). Rendered natively from the same pure core as the app
//! (labels, dates, figures, prose, ties), so it says what the app says in the
//! same words. No script and no inline style: the site's CSP forbids both.
//! Written at build time by `dataset static-site` (scripts/static-site.mjs).

mod actors;
mod events;
pub mod html;
mod ledger;
mod narratives;
mod parts;
mod places;
mod sources;

use html::{el, link, text_el, El};
use parts::{as_of, with_prose};

use crate::domain::prose::as_read;
use crate::domain::store::Store;

/// Where the page's links to the rest of the site point.
#[derive(Debug, Clone)]
pub struct Options {
    /// Stylesheets, relative to the page (the build's hashed `style-….css` first).
    pub stylesheets: Vec<String>,
    /// The interactive briefing, relative to the page (`./`).
    pub app_href: String,
}

impl Default for Options {
    fn default() -> Self {
        Options { stylesheets: Vec::new(), app_href: "./".to_string() }
    }
}

/// The sections in page order: id and heading, for the contents and the page.
const SECTIONS: [(&str, &str); 8] = [
    ("events", "Events"),
    ("places", "Places"),
    ("actors", "Actors"),
    ("narratives", "Narratives"),
    ("ledger", "Claims ledger"),
    ("sources", "Sources"),
    ("disagreements", "Where the sources disagree"),
    ("method", "Method"),
];

fn header(store: &Store, opts: &Options) -> El {
    let meta = &store.data.meta;
    let about = el("p")
        .class("static-about")
        .text("This is the plain version of the interactive briefing: the same dataset on one page, without JavaScript or WebAssembly. ")
        .child(link(&opts.app_href, "Open the interactive briefing"))
        .text(" · ")
        .child(link("briefing.json", "Download briefing.json").attr("download", "briefing.json"))
        .text(" · ")
        .child(link("briefing.schema.json", "Its JSON Schema"));
    let toc = el("nav")
        .class("static-toc")
        .attr("aria-label", "On this page")
        .child(el("ol").children(SECTIONS.map(|(id, label)| el("li").child(link(&format!("#{id}"), label)))));
    el("header")
        .class("static-head")
        .child(text_el("h1", "", &meta.title))
        .child(el("p").class("as-of").text("As of ").text(&as_of(store)))
        .child(with_prose(el("p").class("static-overview"), store, &meta.overview))
        .child(about)
        .child(toc)
}

/// The page, as a complete HTML document.
pub fn render(store: &Store, opts: &Options) -> String {
    let meta = &store.data.meta;
    let mut head = el("head")
        .child(el("meta").attr("charset", "utf-8"))
        .child(el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"))
        .child(el("meta").attr("name", "color-scheme").attr("content", "light dark"))
        .child(text_el("title", "", &format!("Plain version · {}", meta.title)))
        .child(el("link").attr("rel", "icon").attr("href", "favicon.svg").attr("type", "image/svg+xml"))
        .child(el("meta").attr("name", "description").attr("content", &as_read(store, &meta.overview)));
    for href in &opts.stylesheets {
        head = head.child(el("link").attr("rel", "stylesheet").attr("href", href));
    }
    let main = el("main")
        .id("main")
        .child(events::section(store))
        .child(places::section(store))
        .child(actors::section(store))
        .child(narratives::section(store))
        .child(ledger::section(store))
        .child(sources::sources_section(store))
        .child(sources::disagreements_section(store))
        .child(sources::method_section(store));
    let body =
        el("body").class("static-page").child(link("#main", "Skip to content").class("skip-link")).child(header(store, opts)).child(main);
    let mut out = String::from("<!DOCTYPE html>\n");
    el("html").attr("lang", "en").child(head).child(body).write(&mut out);
    out.push('\n');
    out
}

/// What the page holds, for the build's log line and the tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub events: usize,
    pub actors: usize,
    pub ties: usize,
    pub narratives: usize,
    pub sources: usize,
    pub disagreements: usize,
}

pub fn counts(store: &Store) -> Counts {
    let d = &store.data;
    Counts {
        events: d.events.len(),
        actors: d.actors.len(),
        ties: d.relations.len(),
        narratives: d.narratives.len(),
        sources: d.sources.len(),
        disagreements: d.disagreements.len(),
    }
}
