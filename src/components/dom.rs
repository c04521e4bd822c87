//! The UI's one way to draw: a tiny builder over plain DOM nodes, plus reactive
//! bindings that keep a node in step with signals.
//!
//! Why not `view!`: Leptos' typed views generate build, rebuild and type-erasure
//! code for every node shape. Across the four views that came to about 47 KB
//! brotli, a fifth of the whole first load. Here one small
//! non-generic path builds every node, and what changes after drawing is updated
//! by render effects (synchronous first run, owned by the current reactive owner,
//! so they stop when the view that made them goes away).
//!
//! Dataset text only ever goes in as text nodes or attribute values, never markup.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::domain::model::Precision;

pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element under construction.
pub struct El(pub Element);

/// A new element with a class (empty for none).
pub fn el(tag: &str, class: &str) -> El {
    let e = document().create_element(tag).expect("create element");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    El(e)
}

/// A new SVG element (SVG needs its namespace).
pub fn svg(tag: &str) -> El {
    El(document().create_element_ns(Some(SVG_NS), tag).expect("create SVG element"))
}

/// An element holding only text.
pub fn text_el(tag: &str, class: &str, text: &str) -> El {
    el(tag, class).text(text)
}

/// A button that submits nothing, with a label.
pub fn button(class: &str, label: &str) -> El {
    text_el("button", class, label).attr("type", "button")
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }
    pub fn id(self, id: &str) -> El {
        self.0.set_id(id);
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
    /// Listens for `event` on this element for as long as the current owner lives (see `listen`).
    pub fn on(self, event: &str, handler: impl FnMut(web_sys::Event) + 'static) -> El {
        listen(&self.0, event, Box::new(handler));
        self
    }
    /// Runs `update` with this element now and again whenever a signal it reads changes.
    pub fn bind(self, update: impl FnMut(&Element) + 'static) -> El {
        bind_erased(self.0.clone(), Box::new(update));
        self
    }
    /// Keeps the text in step with `text`.
    pub fn bind_text(self, text: impl Fn() -> String + 'static) -> El {
        self.bind(move |e| set_text(e, &text()))
    }
    /// Keeps an attribute in step with `value` (removed when `None`).
    pub fn bind_attr(self, name: &'static str, value: impl Fn() -> Option<String> + 'static) -> El {
        self.bind(move |e| set_or_remove(e, name, value().as_deref()))
    }
    /// A part drawn by `build` from `key`, redrawn (its effects replaced) only
    /// when the key changes. `build` runs untracked: only `key` decides.
    pub fn keyed<K>(self, key: impl Fn() -> K + Send + Sync + 'static, build: impl Fn(&K) -> Option<El> + 'static) -> El
    where
        K: PartialEq + Clone + Send + Sync + 'static,
    {
        let key = memo(key);
        let slot = Slot::new(&self.0);
        render_effect(move || {
            let k = key.get();
            slot.set(untrack(|| build(&k)));
        });
        self
    }
}

/// Where a changing part goes: before a marker (an empty comment) in its parent,
/// so the parent's other children and CSS selectors are unaffected.
struct Slot {
    marker: web_sys::Comment,
    current: std::cell::RefCell<Option<Element>>,
}

impl Slot {
    fn new(parent: &Element) -> Slot {
        let marker = document().create_comment("");
        let _ = parent.append_child(&marker);
        Slot { marker, current: Default::default() }
    }
    fn set(&self, next: Option<El>) {
        if let Some(old) = self.current.borrow_mut().take() {
            old.remove();
        }
        if let (Some(next), Some(parent)) = (next, self.marker.parent_node()) {
            let _ = parent.insert_before(&next.0, Some(&self.marker));
            *self.current.borrow_mut() = Some(next.0);
        }
    }
}

fn set_or_remove(e: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => e.set_attribute(name, v),
        None => e.remove_attribute(name),
    };
}

fn bind_erased(e: Element, mut update: Box<dyn FnMut(&Element)>) {
    render_effect(move || update(&e));
}

/// Runs `f` now and again whenever a signal it read changes, until the current
/// reactive owner (the view being drawn) is cleaned up. Effects and listeners
/// made inside `f` last until its next run.
pub fn render_effect(f: impl FnMut() + 'static) {
    render_effect_erased(Box::new(f));
}

fn render_effect_erased(mut f: Box<dyn FnMut()>) {
    let effect = RenderEffect::new(move |_| f());
    // A render effect stops when dropped: tie it to the owner's life.
    on_cleanup(move || drop(effect));
}

/// An effect (first run deferred to after the current drawing, like `Effect::new`).
/// Every effect goes through this one instantiation: `Effect::new` compiles its
/// whole update loop again for each closure type, about 2 KB of wasm each.
pub fn effect(f: impl FnMut() + 'static) {
    effect_erased(Box::new(f));
}

fn effect_erased(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

/// A memo through one instantiation per value type (not one per closure).
pub fn memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    memo_erased(Box::new(f))
}

fn memo_erased<T: PartialEq + Send + Sync + 'static>(f: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T> {
    Memo::new(move |_| f())
}

thread_local! {
    /// Listeners of the views on screen, by id, freed when their owner is cleaned up.
    static LISTENERS: std::cell::RefCell<std::collections::HashMap<u64, Closure<dyn FnMut(web_sys::Event)>>> =
        Default::default();
    static NEXT_LISTENER: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Adds an event listener that lives as long as the current reactive owner (the
/// view or part that drew the element).
///
/// Why not hand the callback to the browser's garbage collector: a handler that
/// holds any node of its own tree (a link refreshing its href, say) keeps that
/// tree alive through wasm-bindgen's reference table, which the collector can't
/// see into, so a removed panel was never freed (about 700 nodes per selection).
/// Dropping the callbacks with their owner breaks every such cycle.
pub fn listen(target: &web_sys::EventTarget, event: &str, handler: Box<dyn FnMut(web_sys::Event)>) {
    let callback = Closure::wrap(handler);
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    if Owner::current().is_none() {
        callback.forget();
        return;
    }
    let id = NEXT_LISTENER.with(|n| n.replace(n.get() + 1));
    LISTENERS.with_borrow_mut(|l| l.insert(id, callback));
    on_cleanup(move || {
        // `try_`: cleanup may run while the page is being torn down.
        let _ = LISTENERS.try_with(|l| l.try_borrow_mut().map(|mut l| l.remove(&id)));
    });
}

/// The element an event happened on.
pub fn event_target(ev: &web_sys::Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// A date at its precision, with its precision named on hover.
pub fn date_el(date: &str, precision: Precision, end: Option<&str>) -> El {
    use super::date_label::date_text;
    let mut text = date_text(date, precision);
    if let Some(end) = end.filter(|e| !e.is_empty()) {
        text = format!("{text} – {}", date_text(end, Precision::Approximate).trim_start_matches("c. "));
    }
    let title = match precision {
        Precision::Day => "Exact day",
        Precision::Month => "Known to the month",
        Precision::Year => "Known to the year",
        Precision::Approximate => "Approximate date",
        Precision::Undated => "Not dated in the sources",
    };
    el("time", "date").attr("datetime", date).attr("data-precision", precision.as_str()).attr("title", title).text(&text)
}

/// Scrolls `e` into view, aligned as `block` says.
pub fn scroll_into_view(e: &Element, block: web_sys::ScrollLogicalPosition) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    e.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// Sets `e`'s text only when it changed: a live region would announce rewritten
/// text again, and an unchanged text node need not be replaced.
pub fn set_text(e: &Element, text: &str) {
    if e.text_content().as_deref() != Some(text) {
        e.set_text_content(Some(text));
    }
}

/// Sets a boolean attribute (`disabled`, `hidden`) on or off.
pub fn flag(e: &Element, name: &str, on: bool) {
    set_or_remove(e, name, on.then_some(""));
}

/// Sets `aria-pressed` to "true" or "false".
pub fn pressed(e: &Element, on: bool) {
    let _ = e.set_attribute("aria-pressed", if on { "true" } else { "false" });
}

/// Sets an input's value, unless it already has it (so the caret stays put).
pub fn set_value(e: &Element, value: &str) {
    let input: &web_sys::HtmlInputElement = e.unchecked_ref();
    if input.value() != value {
        input.set_value(value);
    }
}

/// Every element with tag `tag` under `root`.
pub fn each(root: &Element, tag: &str, mut f: impl FnMut(Element)) {
    let list = root.get_elements_by_tag_name(tag);
    for i in 0..list.length() {
        if let Some(e) = list.item(i) {
            f(e);
        }
    }
}

/// Marks the elements whose `attr` equals `id` as selected (class and
/// aria-current), and unmarks the rest.
pub fn mark_selected(root: &Element, tag: &str, attr: &str, id: Option<&str>, class: &str) {
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
