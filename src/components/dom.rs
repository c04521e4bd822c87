//! The UI's one way to draw: a tiny builder over plain DOM nodes, plus reactive
//! bindings that keep a node in step with signals.
//!
//! Why not `view!`: Leptos' typed views generate build, rebuild and type-erasure
//! code for every node shape. Timeline and Actors alone measured 41 KB brotli
//! more in `view!` (about 47 KB for the four views), a fifth of the first load.
//! Here one small non-generic path builds every node, and what changes after
//! drawing is updated by render effects (synchronous first run, owned by the
//! current reactive owner, so they stop when the view that made them goes away).
//!
//! How it maps onto Leptos: `el(..).attr(..).child(..)` is `view!`'s static
//! tree; `.bind(..)` is a reactive attribute or text; `.dyn_child(key, build)` is
//! a `move ||` child that is redrawn only when `key` changes; `KeyedList` is
//! `<For each key>`; `on_change` is an effect that skips its first run.
//!
//! Dataset text only ever goes in as text nodes or attribute values, never markup.

use leptos::prelude::*;
use leptos::reactive::effect::RenderEffect;
use wasm_bindgen::JsCast;
use web_sys::Element;

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
    /// Appends a text node; none for "" (an empty one was still a node to create and
    /// to lay out: 4 per timeline card, from links and buttons labelled by their children).
    pub fn text(self, text: &str) -> El {
        if !text.is_empty() {
            let _ = self.0.append_with_str_1(text);
        }
        self
    }
    pub fn child(self, child: impl Into<El>) -> El {
        let _ = self.0.append_child(&child.into().0);
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
    /// Appends the element to `parent` and hands back its node, for long runs of
    /// rows or shapes built in a loop.
    pub fn append_to(self, parent: &Element) -> Element {
        let _ = parent.append_child(&self.0);
        self.0
    }
    /// Listens for `event` on this element for as long as the current owner lives (see `listen`).
    pub fn on(self, event: &'static str, handler: impl FnMut(&web_sys::Event) + 'static) -> El {
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
    /// when the key changes. `build` runs untracked: only `key` decides (unlike a
    /// `move ||` child in `view!`, which reruns on any signal it reads).
    pub fn dyn_child<K>(self, key: impl Fn() -> K + Send + Sync + 'static, build: impl Fn(&K) -> Option<El> + 'static) -> El
    where
        K: PartialEq + Clone + Send + Sync + 'static,
    {
        let key = Memo::new(move |_| key());
        let slot = Slot::new(&self.0);
        render_effect(move || {
            let k = key.get();
            slot.set(untrack(|| build(&k)));
        });
        self
    }
}

impl From<Element> for El {
    fn from(e: Element) -> El {
        El(e)
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

/// Runs `f` with the new value whenever `source` changes, but not for the
/// first value: for parts whose first drawing already shows it.
pub fn on_change<T: Clone + PartialEq + 'static>(source: impl Fn() -> T + 'static, mut f: impl FnMut(&T) + 'static) {
    // A `()` source (`signal.track()`) never differs from the last one, so `f` would
    // never run: the timeline's "a new query starts from the top" was lost that way.
    const { assert!(std::mem::size_of::<T>() != 0, "on_change needs a value that can change, not ()") };
    let mut last: Option<T> = None;
    render_effect(move || {
        let now = source();
        if last.as_ref().is_some_and(|l| *l != now) {
            f(&now);
        }
        last = Some(now);
    });
}

/// Adds an event listener that lives as long as the current reactive owner (the
/// view or part that drew the element): gloo's `EventListener`, removed when
/// the owner is cleaned up.
///
/// Why not hand the callback to the browser's garbage collector: a handler that
/// holds any node of its own tree (a link refreshing its href, say) keeps that
/// tree alive through wasm-bindgen's reference table, which the collector can't
/// see into, so a removed panel was never freed (about 700 nodes per selection).
/// Dropping the listeners with their owner breaks every such cycle.
pub fn listen(target: &web_sys::EventTarget, event: &'static str, handler: Box<dyn FnMut(&web_sys::Event)>) {
    // Not passive (gloo's default): handlers call `prevent_default`.
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    let listener = gloo_events::EventListener::new_with_options(target, event, options, handler);
    if Owner::current().is_none() {
        listener.forget();
        return;
    }
    // The owner's cleanup is `Send`; the listener never leaves this thread.
    let listener = send_wrapper::SendWrapper::new(listener);
    on_cleanup(move || drop(listener));
}

/// The element an event happened on.
pub fn event_target(ev: &web_sys::Event) -> Option<Element> {
    ev.target().and_then(|t| t.dyn_into::<Element>().ok())
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
    aria_flag(e, "aria-pressed", on);
}

/// Sets `aria-expanded` to "true" or "false".
pub fn expanded(e: &Element, on: bool) {
    aria_flag(e, "aria-expanded", on);
}

fn aria_flag(e: &Element, name: &str, on: bool) {
    let _ = e.set_attribute(name, if on { "true" } else { "false" });
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
        set_or_remove(&e, "aria-current", on.then_some("true"));
    });
}

/// A list of drawn rows kept in step with data by key: the project's `<For>`.
/// Rows whose key stays are kept as they are and never moved when they are
/// already in order (moving a node loses its focus); new keys are built; the
/// rest are removed. `T` is what the caller keeps per row besides its node.
pub struct KeyedList<T> {
    rows: std::collections::HashMap<String, (Element, T)>,
}

impl<T> Default for KeyedList<T> {
    fn default() -> Self {
        KeyedList { rows: Default::default() }
    }
}

impl<T> KeyedList<T> {
    /// Makes `parent`'s children the rows for `keys`, in order, building each
    /// missing one with `build`. Returns whether any row was built.
    pub fn update(&mut self, parent: &Element, keys: &[String], mut build: impl FnMut(usize) -> (Element, T)) -> bool {
        let mut old = std::mem::take(&mut self.rows);
        // Drop the rows that go first, so the ones that stay are already in order.
        let keep: std::collections::HashSet<&String> = keys.iter().collect();
        old.retain(|key, (node, _)| {
            let stays = keep.contains(key);
            if !stays {
                node.remove();
            }
            stays
        });
        let mut prev: Option<web_sys::Node> = None;
        let mut built = false;
        for (at, key) in keys.iter().enumerate() {
            let row = old.remove(key).unwrap_or_else(|| {
                built = true;
                build(at)
            });
            let expected = match &prev {
                Some(p) => p.next_sibling(),
                None => parent.first_child(),
            };
            let node: &web_sys::Node = &row.0;
            if expected.as_ref() != Some(node) {
                let _ = parent.insert_before(node, expected.as_ref());
            }
            prev = Some(node.clone());
            self.rows.insert(key.clone(), row);
        }
        built
    }
    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.rows.get_mut(key).map(|(_, t)| t)
    }
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.rows.values().map(|(_, t)| t)
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.rows.values_mut().map(|(_, t)| t)
    }
}
