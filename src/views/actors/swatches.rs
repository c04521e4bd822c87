//! Small drawings shared by the legend, the panel and the table: a tie type's
//! line sample and an actor's node shape.

use crate::components::dom::{svg, El};
use crate::domain::graph::{num, relation_dash, relation_width, shape_of, shape_path, shape_radius};
use crate::domain::model::{ActorKind, Alignment, RelationKind};

/// The line sample of a tie type: colour, dash pattern and arrow head.
pub fn relation_swatch(kind: RelationKind) -> El {
    svg("svg")
        .attr("class", "rel-swatch")
        .attr("data-kind", kind.as_str())
        .attr("width", "36")
        .attr("height", "10")
        .attr("viewBox", "0 0 36 10")
        .attr("aria-hidden", "true")
        .child(
            svg("line")
                .attr("x1", "1")
                .attr("y1", "5")
                .attr("x2", "28")
                .attr("y2", "5")
                .attr("stroke-dasharray", relation_dash(kind))
                .attr("stroke-width", &num(relation_width(kind))),
        )
        .child(svg("path").attr("d", "M27 1.5L35 5L27 8.5Z"))
}

/// A node's shape in the colour of an alignment (legend and panel).
pub fn shape_swatch(kind: ActorKind, alignment: Alignment) -> El {
    let shape = shape_of(kind);
    svg("svg")
        .attr("class", "shape-swatch")
        .attr("width", "24")
        .attr("height", "24")
        .attr("viewBox", "0 0 24 24")
        .attr("aria-hidden", "true")
        .child(
            svg("path")
                .attr("class", "shape")
                .attr("data-alignment", alignment.as_str())
                .attr("d", &shape_path(shape, 12.0, 12.0, shape_radius(shape) * 0.8)),
        )
}
