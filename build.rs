// Chooses the dataset compiled into the app ($BRIEFING_DATA, else data/briefing.json),
// validates it, and embeds it as postcard bytes (compact, and cheap to decode). A malformed dataset fails the build here,
// with each fault naming the file, the record and the field.
use briefing_core::validate;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=BRIEFING_DATA");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let path = match std::env::var("BRIEFING_DATA") {
        Ok(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if p.is_absolute() {
                p
            } else {
                root.join(p)
            }
        }
        _ => root.join("data/briefing.json"),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rustc-env=BRIEFING_DATA_PATH={}", path.display());
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("dataset file {}: {e} (set BRIEFING_DATA to another file)", path.display()));
    let briefing = match validate::load(&path.display().to_string(), &json) {
        Ok(b) => b,
        Err(faults) => {
            for f in &faults {
                println!("cargo:warning={f}");
            }
            panic!("the dataset has {} fault(s):\n{}", faults.len(), faults.join("\n"));
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("briefing.postcard");
    std::fs::write(&out, postcard::to_stdvec(&briefing).expect("postcard encoding")).unwrap();
}
