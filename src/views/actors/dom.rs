//! Small helpers over the shared builder (`components::dom`) for this view: the
//! network, legend and table rows are long runs of SVG and table cells, built
//! with one non-generic call per element. Dataset text only ever goes in as text
//! nodes or attribute values.

use web_sys::Element;

pub use crate::components::dom::{effect, el, event_target, flag, memo, pressed, render_effect, set_text, set_value, svg, text_el, El};
use crate::domain::graph::{self as core, num};
use crate::domain::model::{ActorKind, Alignment, RelationKind};

/// Appends an SVG element with attributes to `parent`.
pub fn svg_el(parent: &Element, tag: &str, attrs: &[(&str, &str)]) -> Element {
    let e = svg(tag).0;
    set_attrs(&e, attrs);
    let _ = parent.append_child(&e);
    e
}

/// Appends an HTML element with a class (none when empty) to `parent`.
pub fn html_el(parent: &Element, tag: &str, class: &str) -> Element {
    let e = el(tag, class).0;
    let _ = parent.append_child(&e);
    e
}

pub fn set_attrs(e: &Element, attrs: &[(&str, &str)]) {
    for (k, v) in attrs {
        let _ = e.set_attribute(k, v);
    }
}

/// Appends text (a text node, never markup).
pub fn text(parent: &Element, text: &str) {
    let _ = parent.append_with_str_1(text);
}

/// The line sample of a tie type: colour, dash pattern and arrow head.
pub fn relation_swatch(kind: RelationKind) -> El {
    let s = svg("svg");
    set_attrs(&s.0, &[
        ("class", "rel-swatch"), ("data-kind", kind.as_str()), ("width", "36"), ("height", "10"),
        ("viewBox", "0 0 36 10"), ("aria-hidden", "true"),
    ]);
    svg_el(&s.0, "line", &[
        ("x1", "1"), ("y1", "5"), ("x2", "28"), ("y2", "5"), ("stroke-dasharray", core::relation_dash(kind)),
        ("stroke-width", &num(core::relation_width(kind))),
    ]);
    svg_el(&s.0, "path", &[("d", "M27 1.5L35 5L27 8.5Z")]);
    s
}

/// A node's shape in the colour of an alignment (legend and panel).
pub fn shape_swatch(kind: ActorKind, alignment: Alignment) -> El {
    let s = svg("svg");
    set_attrs(&s.0, &[("class", "shape-swatch"), ("width", "24"), ("height", "24"), ("viewBox", "0 0 24 24"), ("aria-hidden", "true")]);
    let shape = core::shape_of(kind);
    svg_el(&s.0, "path", &[
        ("class", "shape"), ("data-alignment", alignment.as_str()),
        ("d", &core::shape_path(shape, 12.0, 12.0, core::shape_radius(shape) * 0.8)),
    ]);
    s
}
