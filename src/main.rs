//! Entry point of the web app bundle that Trunk builds.
fn main() {
    goalframes_app::start();
}
