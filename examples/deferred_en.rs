//! Writes the table of deferred English texts the page loads after starting
//! (`crates/model/deferred-en.txt`): the English of the model's and the interface's texts shown
//! only on demand, by the id of their Chinese, and the titles of the sources listed only in
//! disclosures. Run after changing one:
//! `cargo run --example deferred_en > crates/model/deferred-en.txt` (a test says when it is
//! out of date).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", frontier_cost::i18n::deferred_en_file());
}

// The wasm32 build of the examples (for clippy) has nothing to write.
#[cfg(target_arch = "wasm32")]
fn main() {}
