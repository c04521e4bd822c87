//! A tiny builder for the long, static parts of a view (topics, ledger, source
//! lists): plain DOM nodes whose text is always set as text, never parsed as HTML.
//!
//! Why not `view!`: Leptos' typed views generate build and rebuild code for every
//! node shape, which for these document-like parts cost about 80 KB of wasm
//! (brotli: ~25 KB) although they never change once drawn. Here one small
//! non-generic code path builds them. What does change (which topic, incident or
//! source is highlighted, where links lead) is updated by a few effects, and links
//! are handled by one delegated click listener per view (see `links`).

use leptos::prelude::*;

use super::links::{href_for, Dest, Links};
use crate::domain::model::{Citation, Precision};

/// An element under construction.
pub struct El(pub web_sys::Element);

/// A new element with a class (empty for none).
pub fn el(tag: &str, class: &str) -> El {
    let e = document().create_element(tag).expect("create element");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    El(e)
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }
    /// Appends text as a text node.
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }
    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }
    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }
}

/// An element holding only text.
pub fn text_el(tag: &str, class: &str, text: &str) -> El {
    el(tag, class).text(text)
}

/// An in-app link: a real href (kept current by `refresh_links`), followed in
/// place by the view's delegated click handler.
pub fn link(l: Links, dest: &Dest, label: &str, class: &str) -> El {
    el("a", class).attr("data-dest", &dest.encode()).attr("href", &href_for(l, dest)).text(label)
}

/// A date at its precision, as the shared `DateLabel` widget draws it.
pub fn date_el(date: &str, precision: Precision, end: Option<&str>) -> El {
    let mut text = crate::components::date_label::date_text(date, precision);
    if let Some(end) = end {
        text = format!("{text} – {}", crate::components::date_label::date_text(end, Precision::Approximate).trim_start_matches("c. "));
    }
    let title = match precision {
        Precision::Day => "Exact day",
        Precision::Month => "Known to the month",
        Precision::Year => "Known to the year",
        Precision::Approximate => "Approximate date",
    };
    el("time", "date").attr("datetime", date).attr("data-precision", precision.as_str()).attr("title", title).text(&text)
}

/// A citation, as the shared `CitationQuote` widget draws it: the exact quote
/// and a link to its source in Sources.
pub fn citation_el(l: Links, c: &Citation) -> El {
    el("figure", "citation")
        .attr("data-source", &c.source)
        .child(text_el("blockquote", "", &format!("“{}”", c.quote)))
        .child(el("figcaption", "").text("— ").child(link(l, &Dest::Source(c.source.clone()), &l.ctx.store.source_label(&c.source), "")))
}

pub fn citations_el(l: Links, cs: &[Citation]) -> El {
    el("div", "citations").children(cs.iter().map(|c| citation_el(l, c)))
}

/// Every element with tag `tag` under `root`.
pub fn each(root: &web_sys::Element, tag: &str, mut f: impl FnMut(web_sys::Element)) {
    let list = root.get_elements_by_tag_name(tag);
    for i in 0..list.length() {
        if let Some(e) = list.item(i) {
            f(e);
        }
    }
}

/// Marks the elements whose `attr` equals `id` as selected (class and
/// aria-current), and unmarks the rest.
pub fn mark_selected(root: &web_sys::Element, tag: &str, attr: &str, id: Option<&str>, class: &str) {
    each(root, tag, |e| {
        let Some(value) = e.get_attribute(attr) else { return };
        let on = id == Some(value.as_str());
        let _ = e.class_list().toggle_with_force(class, on);
        if on {
            let _ = e.set_attribute("aria-current", "true");
        } else {
            let _ = e.remove_attribute("aria-current");
        }
    });
}

/// Built content waiting for its Leptos-rendered containers (empty `div`s with a
/// `node_ref`). `mount` puts it in place once they exist; call it at the start of
/// an effect, before anything that looks for the content.
pub struct Pending(std::cell::Cell<Option<Vec<(NodeRef<leptos::html::Div>, El)>>>);

impl Pending {
    pub fn new(parts: Vec<(NodeRef<leptos::html::Div>, El)>) -> Pending {
        Pending(std::cell::Cell::new(Some(parts)))
    }
    /// Whether everything is in the page (tracks the containers until it is).
    pub fn mount(&self) -> bool {
        let Some(parts) = self.0.take() else { return true };
        if parts.iter().any(|(slot, _)| slot.get().is_none()) {
            self.0.set(Some(parts));
            return false;
        }
        for (slot, content) in parts {
            if let Some(container) = slot.get_untracked() {
                let _ = container.append_child(&content.0);
            }
        }
        true
    }
}
