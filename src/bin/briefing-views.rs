// The views module: everything it exports is in `briefing::views_module`;
// the app mounts it (see src/views/lazy.rs). Nothing runs on load.
// Links the library, whose `#[wasm_bindgen]` exports are the module's interface.
use briefing as _;

fn main() {}
