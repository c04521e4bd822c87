//! briefing.html, the plain version: rendered from the real dataset, complete, its
//! in-page links all resolving, dataset markup kept as text, and valid HTML by the
//! Nu HTML checker (npm's vnu-jar, run with the machine's Java).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;

use briefing::domain::store::Store;
use briefing::domain::validate::load;
use briefing::static_site::{render, Options};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn page(file: &str, json: &str) -> String {
    let data = load(file, json).unwrap_or_else(|faults| panic!("{}", faults.join("\n")));
    let opts = Options { stylesheets: vec!["style.css".into(), "static-briefing.css".into()], ..Options::default() };
    render(&Store::new(data), &opts)
}

/// Every value of `attr="…"` in the page.
fn values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn every_record_has_its_anchor_and_every_in_page_link_a_target() {
    let html = page("briefing.json", briefing::DATASET_JSON);
    let data = load("briefing.json", briefing::DATASET_JSON).unwrap();
    let ids: HashSet<&str> = values(&html, "id").into_iter().collect();
    assert_eq!(ids.len(), values(&html, "id").len(), "an id is used twice");
    let want = data
        .events
        .iter()
        .map(|e| format!("event-{}", e.id))
        .chain(data.actors.iter().map(|a| format!("actor-{}", a.id)))
        .chain(data.sources.iter().map(|s| format!("source-{}", s.id)))
        .chain(data.narratives.iter().map(|n| format!("topic-{}", n.id)))
        .chain(data.disagreements.iter().map(|d| format!("disagreement-{}", d.id)))
        .chain(data.places.iter().map(|p| format!("place-{}", p.id)))
        .chain(["events", "places", "actors", "narratives", "ledger", "sources", "disagreements", "method"].map(String::from));
    for id in want {
        assert!(ids.contains(id.as_str()), "no anchor #{id}");
    }
    // Every exact quote is on the page, as escaped text, and each use of it is in its
    // source's quote list with a link to the record (every record kind: events,
    // claims, actors, places, ties, narrative points, disagreements).
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;");
    let uses = briefing::domain::citations::all_citations(&data);
    for (_, c) in &uses {
        assert!(html.contains(&escape(&c.quote)), "quote missing: {}", c.quote);
    }
    assert_eq!(html.matches("<li class=\"quote-use\">").count(), uses.len(), "a quote list misses a use, or has one twice");
    // The claims ledger has every incident with a figure; the places table every place.
    let store = Store::new(data.clone());
    let incidents = briefing::domain::ledger::incidents(&store);
    assert!(!incidents.is_empty());
    for inc in &incidents {
        assert!(ids.contains(format!("incident-{}", inc.event.id).as_str()), "no ledger entry for {}", inc.event.id);
    }
    let rows = html.split("<table class=\"places-table\">").nth(1).and_then(|t| t.split("</table>").next()).expect("no places table");
    assert_eq!(rows.matches("<tr>").count(), data.places.len() + 1, "the places table has one row per place, plus its head");
    let hrefs = values(&html, "href");
    let broken: Vec<&&str> = hrefs.iter().filter(|h| h.starts_with('#') && !ids.contains(&h[1..])).collect();
    assert!(broken.is_empty(), "in-page links without a target: {broken:?}");
    let elsewhere: Vec<&&str> = hrefs
        .iter()
        .filter(|h| {
            !(h.starts_with('#')
                || h.starts_with("https://")
                || h.starts_with("http://")
                || ["./", "briefing.json", "briefing.schema.json", "style.css", "static-briefing.css", "favicon.svg"].contains(h))
        })
        .collect();
    assert!(elsewhere.is_empty(), "links that leave the page for somewhere unexpected: {elsewhere:?}");
    // No script and no inline style: the site's CSP forbids both.
    assert!(!html.contains("<script") && !html.contains(" style=\""), "script or inline style in the page");
}

#[test]
fn dataset_markup_stays_text_and_only_http_links_are_links() {
    let json = std::fs::read_to_string(root().join("tests/fixtures/hostile.json")).unwrap();
    let html = page("hostile.json", &json);
    assert!(html.contains("&lt;script&gt;window.__pwned=3&lt;/script&gt;"), "the hostile title is not escaped text");
    assert!(!html.contains("<script"), "dataset markup became a script element");
    assert!(!html.to_lowercase().contains("href=\"javascript:"), "a javascript: URL became a link");
    for href in values(&html, "href") {
        assert!(!href.contains(':') || href.starts_with("https://") || href.starts_with("http://"), "unsafe href {href}");
    }
}

#[test]
fn a_javascript_url_is_shown_as_text() {
    // The validator refuses such a URL, so it is set after loading: the renderer
    // must hold on its own.
    let mut data = load("briefing.json", briefing::DATASET_JSON).unwrap();
    data.sources[0].url = Some("javascript:alert(1)".into());
    data.sources[1].url = Some(" JavaScript:alert(2)".into());
    data.events[0].title = "<script>alert(3)</script>".into();
    let html = render(&Store::new(data), &Options { stylesheets: vec!["style.css".into()], ..Options::default() });
    let lower = html.to_lowercase();
    assert!(!lower.contains("href=\" javascript") && !lower.contains("href=\"javascript"), "a javascript: URL became a link");
    assert!(html.contains("<span class=\"unsafe-url\">javascript:alert(1)</span>"), "the URL is not shown as text");
    assert!(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;") && !html.contains("<script"), "the title is not escaped");
}

#[test]
fn the_page_is_valid_html() {
    let jar = root().join("e2e/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.exists(), "the Nu HTML checker is missing ({}): run `make setup`", jar.display());
    let dir = root().join("target/static-site-test");
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = Vec::new();
    for (name, json) in [
        ("briefing.html", briefing::DATASET_JSON.to_string()),
        ("hostile.html", std::fs::read_to_string(root().join("tests/fixtures/hostile.json")).unwrap()),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, page(name, &json)).unwrap();
        files.push(path);
    }
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .arg("--errors-only")
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("could not run java for the Nu HTML checker: {e}"));
    let report = String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the Nu HTML checker found errors:\n{report}");
}
