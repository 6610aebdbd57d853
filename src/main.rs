//! The browser entry point: mounts the calculator.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontier_cost::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The calculator runs in the browser: build it with `trunk build --release` (see README)."
    );
}
