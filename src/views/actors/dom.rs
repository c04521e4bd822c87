//! A few plain DOM builders. The network, legend and table rows are built with
//! these rather than `view!`: one small non-generic function per element kind
//! keeps the wasm much smaller than a typed view tree would. Dataset text only
//! ever goes in as text nodes.

use leptos::prelude::document;
use web_sys::Element;

use crate::domain::graph::{self as core, num};
use crate::domain::model::{ActorKind, Alignment, RelationKind};

pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Appends an SVG element with attributes to `parent`.
pub fn svg_el(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let el = document().create_element_ns(Some(SVG_NS), tag).expect("an SVG element");
    set_attrs(&el, attrs);
    let _ = parent.append_child(&el);
    el
}

/// Appends an HTML element with a class (none when empty) to `parent`.
pub fn html_el(parent: &Element, tag: &str, class: &str) -> Element {
    let el = document().create_element(tag).expect("an element");
    if !class.is_empty() {
        el.set_class_name(class);
    }
    let _ = parent.append_child(&el);
    el
}

pub fn set_attrs(el: &Element, attrs: &[(&str, &str)]) {
    for (k, v) in attrs {
        let _ = el.set_attribute(k, v);
    }
}

/// Appends text (a text node, never markup).
pub fn text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// The line sample of a tie type: colour, dash pattern and arrow head.
pub fn relation_swatch(parent: &Element, kind: RelationKind) {
    let svg = svg_el(parent, "svg", &[
        ("class", "rel-swatch"), ("data-kind", kind.as_str()), ("width", "36"), ("height", "10"),
        ("viewBox", "0 0 36 10"), ("aria-hidden", "true"),
    ]);
    svg_el(&svg, "line", &[
        ("x1", "1"), ("y1", "5"), ("x2", "28"), ("y2", "5"), ("stroke-dasharray", core::relation_dash(kind)),
        ("stroke-width", &num(core::relation_width(kind))),
    ]);
    svg_el(&svg, "path", &[("d", "M27 1.5L35 5L27 8.5Z")]);
}

/// A node's shape in the colour of an alignment.
pub fn shape_swatch(parent: &Element, kind: ActorKind, alignment: Alignment) {
    let svg = svg_el(parent, "svg", &[
        ("class", "shape-swatch"), ("width", "24"), ("height", "24"), ("viewBox", "0 0 24 24"), ("aria-hidden", "true"),
    ]);
    let s = core::shape_of(kind);
    svg_el(&svg, "path", &[
        ("class", "shape"), ("data-alignment", alignment.as_str()),
        ("d", &core::shape_path(s, 12.0, 12.0, core::shape_radius(s) * 0.8)),
    ]);
}
