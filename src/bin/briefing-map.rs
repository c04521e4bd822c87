// The Map view's wasm module: everything it exports is in `briefing::map_module`;
// the app mounts it (see src/views/map_loader.rs). Nothing runs on load.
// Links the library, whose `#[wasm_bindgen]` exports are the module's interface.
use briefing as _;

fn main() {}
