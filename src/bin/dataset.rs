//! Dataset tool: `dataset validate FILE`, `dataset schema`, `dataset synth FILE COUNT`.
//! A native tool: built for wasm32 (as `cargo test --target wasm32…` does) it is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]
use briefing::domain::{model::Briefing, synthetic, validate};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["validate", file] => {
            let json = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            match validate::load(file, &json) {
                Ok(b) => println!("{file}: valid ({} events, {} actors, {} relations)", b.events.len(), b.actors.len(), b.relations.len()),
                Err(faults) => {
                    faults.iter().for_each(|f| eprintln!("{f}"));
                    fail(&format!("{} fault(s) in {file}", faults.len()));
                }
            }
        }
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
        _ => fail("usage: dataset validate FILE | dataset schema | dataset synth FILE COUNT"),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1)
}
