// Mounts the app in the browser; natively there is nothing to run (see src/bin).
fn main() {
    #[cfg(target_arch = "wasm32")]
    briefing::start();
}
