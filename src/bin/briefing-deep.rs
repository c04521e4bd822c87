// The app with Actors, Narratives and Sources in its own wasm (feature `views-in-app`),
// loaded instead of the app when the page opens on one of them (public/boot.js).
fn main() {
    #[cfg(target_arch = "wasm32")]
    briefing::start();
}
