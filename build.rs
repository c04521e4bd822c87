// Chooses the dataset compiled into the app: $BRIEFING_DATA, else data/briefing.json.
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BRIEFING_DATA");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let path = match std::env::var("BRIEFING_DATA") {
        Ok(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if p.is_absolute() { p } else { root.join(p) }
        }
        _ => root.join("data/briefing.json"),
    };
    if !path.exists() {
        panic!("dataset file {} does not exist (set BRIEFING_DATA to another file)", path.display());
    }
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rustc-env=BRIEFING_DATA_PATH={}", path.display());
}
