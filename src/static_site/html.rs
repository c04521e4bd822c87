//! A small HTML string builder for the static page. Tags and attribute names are
//! fixed strings in the code; every value that can come from the dataset goes in
//! through `text` or `attr` and is escaped there, so no dataset string is ever
//! markup. There is no way to add raw HTML.

use crate::domain::citations::is_safe_url;

/// Elements that have no end tag.
const VOID: [&str; 4] = ["meta", "link", "br", "hr"];

enum Node {
    Element(El),
    Text(String),
}

/// An element under construction.
pub struct El {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    children: Vec<Node>,
}

/// An element with no attributes or children.
pub fn el(tag: &'static str) -> El {
    El { tag, attrs: Vec::new(), children: Vec::new() }
}

/// An element with a class (none when `class` is empty) holding `text`.
pub fn text_el(tag: &'static str, class: &str, text: &str) -> El {
    el(tag).class(class).text(text)
}

/// A link within the page or the site (`#event-x`, `./`, `briefing.json`).
pub fn link(href: &str, text: &str) -> El {
    el("a").attr("href", href).text(text)
}

/// A dataset URL: a link only when it is http(s) (the app's `is_safe_url`),
/// otherwise the URL shown as text.
pub fn external_link(url: &str) -> El {
    if is_safe_url(url) {
        // Characters a URL may not hold raw (`<`, `"`, …) are percent-encoded in the
        // href, as a browser would before requesting it; the text shows the URL as written.
        el("a").attr("href", &encode_url(url)).attr("rel", "noopener noreferrer").text(url)
    } else {
        text_el("span", "unsafe-url", url)
    }
}

fn encode_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^') {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

impl El {
    /// Sets an attribute (replacing an earlier value of the same name).
    pub fn attr(mut self, name: &'static str, value: &str) -> El {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value.to_string(),
            None => self.attrs.push((name, value.to_string())),
        }
        self
    }
    pub fn id(self, id: &str) -> El {
        self.attr("id", id)
    }
    /// Sets the class; an empty class adds no attribute.
    pub fn class(self, class: &str) -> El {
        if class.is_empty() {
            self
        } else {
            self.attr("class", class)
        }
    }
    pub fn text(mut self, text: &str) -> El {
        if !text.is_empty() {
            self.children.push(Node::Text(text.to_string()));
        }
        self
    }
    pub fn child(mut self, child: El) -> El {
        self.children.push(Node::Element(child));
        self
    }
    pub fn children(mut self, children: impl IntoIterator<Item = El>) -> El {
        self.children.extend(children.into_iter().map(Node::Element));
        self
    }
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }
    /// Whether the element has any content.
    pub fn is_empty(&self) -> bool {
        self.children.is_empty()
    }

    /// Appends the element's HTML to `out`.
    pub fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape_into(out, value);
            out.push('"');
        }
        out.push('>');
        if VOID.contains(&self.tag) {
            return;
        }
        for child in &self.children {
            match child {
                Node::Element(e) => e.write(out),
                Node::Text(t) => escape_into(out, t),
            }
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Code points HTML forbids in a document (controls other than whitespace, and
/// noncharacters); shown as U+FFFD so the page stays well-formed.
fn forbidden(c: char) -> bool {
    let u = c as u32;
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || (0xFDD0..=0xFDEF).contains(&u) || (u & 0xFFFE) == 0xFFFE
}

/// Escapes text and attribute values alike: `& < > " '`.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let e = el("p").attr("title", "a\"b<c>'&").text("<script>alert(1)</script> & more");
        assert_eq!(e.render(), "<p title=\"a&quot;b&lt;c&gt;&#39;&amp;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>");
        assert_eq!(el("meta").attr("charset", "utf-8").render(), "<meta charset=\"utf-8\">");
        assert_eq!(text_el("span", "", "x\u{0}y\u{FFFF}").render(), "<span>x\u{FFFD}y\u{FFFD}</span>");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(
            external_link("https://example.org/a?b=1&c=2").render(),
            "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=2</a>"
        );
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.example", "https://a b"] {
            let html = external_link(bad).render();
            assert!(!html.contains("href"), "{bad}: {html}");
        }
    }

    #[test]
    fn attr_replaces_and_class_skips_empty() {
        assert_eq!(el("a").attr("href", "#a").attr("href", "#b").class("").render(), "<a href=\"#b\"></a>");
    }
}
