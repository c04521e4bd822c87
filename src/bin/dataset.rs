//! Dataset tool: `dataset validate FILE`, `dataset schema`, `dataset synth FILE COUNT`,
//! `dataset static-site FILE --css HREF [--css HREF…] [--app HREF] --out PATH`.
//! A native tool: built for wasm32 (as `cargo test --target wasm32…` does) it is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]
use briefing::domain::{model::Briefing, store::Store, synthetic, validate};
use briefing::static_site;

const USAGE: &str =
    "usage: dataset validate FILE | dataset schema | dataset synth FILE COUNT | dataset static-site FILE --css HREF [--app HREF] --out PATH";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate", file] => {
            let b = load_valid(file);
            println!("{file}: valid ({} events, {} actors, {} relations)", b.events.len(), b.actors.len(), b.relations.len());
        }
        ["static-site", file, flags @ ..] => static_site_cmd(file, flags),
        ["schema"] => {
            let schema = schemars::schema_for!(Briefing);
            println!("{}", serde_json::to_string_pretty(&schema).unwrap());
        }
        ["synth", file, count] => {
            let json = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            let base = validate::load(file, &json).unwrap_or_else(|f| fail(&f.join("\n")));
            let count: usize = count.parse().unwrap_or_else(|_| fail("COUNT must be a number"));
            println!("{}", serde_json::to_string(&synthetic::generate(&base, count, 42)).unwrap());
        }
        _ => fail(USAGE),
    }
}

/// Reads and validates a dataset as `validate` does, failing with its messages.
fn load_valid(file: &str) -> Briefing {
    let json = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
    validate::load(file, &json).unwrap_or_else(|faults| {
        faults.iter().for_each(|f| eprintln!("{f}"));
        fail(&format!("{} fault(s) in {file}", faults.len()))
    })
}

/// Writes the plain HTML page of the whole briefing (src/static_site).
fn static_site_cmd(file: &str, flags: &[&str]) {
    let mut opts = static_site::Options::default();
    let mut out = None;
    let mut rest = flags.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().unwrap_or_else(|| fail(&format!("{flag} needs a value; {USAGE}")));
        match *flag {
            "--css" => opts.stylesheets.push(value.to_string()),
            "--app" => opts.app_href = value.to_string(),
            "--out" => out = Some(*value),
            _ => fail(&format!("unknown option {flag}; {USAGE}")),
        }
    }
    let Some(out) = out else { fail(&format!("--out is required; {USAGE}")) };
    if opts.stylesheets.is_empty() {
        fail(&format!("--css is required; {USAGE}"));
    }
    let store = Store::new(load_valid(file));
    let html = static_site::render(&store, &opts);
    std::fs::write(out, &html).unwrap_or_else(|e| fail(&format!("{out}: {e}")));
    let c = static_site::counts(&store);
    println!(
        "{out}: {} bytes ({} events, {} actors, {} ties, {} narratives, {} sources, {} disagreements)",
        html.len(),
        c.events,
        c.actors,
        c.ties,
        c.narratives,
        c.sources,
        c.disagreements
    );
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}
