//! "Embed this view": the iframe snippet a host page pastes, built from the
//! state on screen. Pure, so its escaping and its URL are tested natively.
//!
//! The embed is its own page, `embed/` beside the briefing's `index.html`
//! (`scripts/embed-page.mjs` writes it): only that path may be framed
//! (`public/_headers`). Its state is the same query string as the full
//! briefing's, plus `nav=1` when the snippet asks for the view switcher.

use super::url_state::{self, UrlState};

/// The `type` of the message the frame posts to its host with its height:
/// `{ type: "briefing:height", height: <CSS pixels> }`. `public/embed.js` reads it.
pub const HEIGHT_MESSAGE: &str = "briefing:height";

/// The frame's height in the fixed snippet, and before the resize script runs.
pub const DEFAULT_HEIGHT: u32 = 720;

/// The iframe sandbox flags a host must allow (README, "Embedding").
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Height {
    /// Follows the content: the snippet loads `embed.js`, which resizes the frame.
    Responsive,
    /// A fixed height in CSS pixels; the frame scrolls inside.
    Fixed(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub height: Height,
    /// Show the view switcher inside the frame.
    pub nav: bool,
}

/// The briefing's root (with a trailing '/') from a page's origin and path:
/// `https://x.org/briefing/index.html` and `https://x.org/briefing/` give
/// `https://x.org/briefing/`; the embed's own `.../briefing/embed/` gives the same.
pub fn site_root(origin: &str, pathname: &str) -> String {
    let dir = match pathname.rfind('/') {
        Some(i) => &pathname[..=i],
        None => "/",
    };
    let dir = dir.strip_suffix("embed/").unwrap_or(dir);
    format!("{origin}{dir}")
}

/// The embed's URL for a state: `<root>embed/?<query>`.
pub fn embed_url(root: &str, state: &UrlState, nav: bool) -> String {
    let state = UrlState { nav, ..state.clone() };
    let query = url_state::serialize(&state);
    if query.is_empty() {
        format!("{root}embed/")
    } else {
        format!("{root}embed/?{query}")
    }
}

/// The full briefing in the same state, from inside the embed (relative, so it
/// works under any sub-path): `../?<query>`, without the embed's own `nav`.
pub fn full_href(state: &UrlState) -> String {
    let query = url_state::serialize(&UrlState { nav: false, ..state.clone() });
    if query.is_empty() {
        "../".to_string()
    } else {
        format!("../?{query}")
    }
}

/// Escapes text for a double-quoted HTML attribute value (and for text).
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The frame's accessible name: the briefing's title and the view.
pub fn frame_title(briefing_title: &str, state: &UrlState) -> String {
    format!("{}: {} (interactive briefing)", briefing_title, state.view.label())
}

/// The HTML a host pastes: the iframe, and for a responsive height the resize
/// script from the briefing's own origin. Every value is attribute-escaped.
pub fn snippet(root: &str, state: &UrlState, briefing_title: &str, options: Options) -> String {
    let src = escape_attr(&embed_url(root, state, options.nav));
    let title = escape_attr(&frame_title(briefing_title, state));
    let height = match options.height {
        Height::Responsive => DEFAULT_HEIGHT,
        Height::Fixed(h) => h.clamp(200, 4000),
    };
    let mut html = format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         style=\"width:100%;border:0\" data-briefing-embed></iframe>"
    );
    if options.height == Height::Responsive {
        html.push_str(&format!("\n<script src=\"{}\" async></script>", escape_attr(&format!("{root}embed.js"))));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::{parse, tests::valid_state, View};
    use proptest::prelude::*;

    const ROOT: &str = "https://example.org/briefing/";

    /// The value of `name="..."` in a snippet, unescaped.
    fn attr(html: &str, name: &str) -> String {
        let start = html.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        let end = start + html[start..].find('"').unwrap();
        html[start..end].replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    }

    #[test]
    fn site_root_is_the_folder_of_the_page_or_the_embed() {
        assert_eq!(site_root("https://x.org", "/"), "https://x.org/");
        assert_eq!(site_root("https://x.org", "/briefing/"), "https://x.org/briefing/");
        assert_eq!(site_root("https://x.org", "/briefing/index.html"), "https://x.org/briefing/");
        assert_eq!(site_root("https://x.org", "/briefing/embed/"), "https://x.org/briefing/");
        assert_eq!(site_root("https://x.org", "/briefing/embed/index.html"), "https://x.org/briefing/");
    }

    #[test]
    fn a_snippet_for_each_view_has_a_title_and_its_state() {
        for &view in View::ALL {
            let state = UrlState { view, ..Default::default() };
            let html = snippet(ROOT, &state, "Pakistan–Afghanistan 2025", Options { height: Height::Fixed(600), nav: false });
            assert!(html.starts_with("<iframe ") && html.ends_with("></iframe>"), "{html}");
            assert!(attr(&html, "title").contains(view.label()));
            assert_eq!(attr(&html, "height"), "600");
            let src = attr(&html, "src");
            assert!(src.starts_with("https://example.org/briefing/embed/"), "{src}");
            assert!(!html.contains("<script"), "a fixed height needs no script");
        }
    }

    #[test]
    fn responsive_snippets_load_the_resize_script_from_the_briefing() {
        let html = snippet(ROOT, &UrlState::default(), "T", Options { height: Height::Responsive, nav: true });
        assert!(html.contains("<script src=\"https://example.org/briefing/embed.js\" async></script>"), "{html}");
        assert_eq!(attr(&html, "src"), "https://example.org/briefing/embed/?nav=1");
        assert_eq!(attr(&html, "height"), DEFAULT_HEIGHT.to_string());
    }

    #[test]
    fn hostile_text_is_escaped() {
        let title = "\"><script>alert(1)</script><x a='b' & c";
        let state = UrlState { timeline: crate::url_state::TimelineState { q: title.into(), ..Default::default() }, ..Default::default() };
        let html = snippet("https://e.org/a\"b'<c>&/", &state, title, Options { height: Height::Responsive, nav: false });
        // Exactly the snippet's own tags, and no quote that is not an attribute's.
        assert_eq!(html.matches('<').count(), 4, "{html}");
        assert_eq!(html.matches('>').count(), 4, "{html}");
        assert!(!html.contains("'"), "{html}");
        assert_eq!(attr(&html, "title"), frame_title(title, &state));
        assert_eq!(escape_attr("a&b<c>\"d'e"), "a&amp;b&lt;c&gt;&quot;d&#39;e");
    }

    #[test]
    fn full_href_drops_only_the_switcher() {
        let (state, _) = parse("view=actors&sel=ttp&nav=1");
        assert_eq!(full_href(&state), "../?view=actors&sel=ttp");
        assert_eq!(full_href(&UrlState::default()), "../");
    }

    proptest! {
        #[test]
        fn the_snippet_url_round_trips(state in valid_state(), nav in any::<bool>(), fixed in proptest::option::of(200u32..2000), title in "\\PC{0,40}") {
            let height = fixed.map_or(Height::Responsive, Height::Fixed);
            let html = snippet(ROOT, &state, &title, Options { height, nav });
            let src = attr(&html, "src");
            let query = src.strip_prefix("https://example.org/briefing/embed/").unwrap();
            let (back, notices) = parse(query);
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(attr(&html, "title"), frame_title(&title, &state));
            prop_assert_eq!(back, UrlState { nav, ..state });
        }
    }
}
