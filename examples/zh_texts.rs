//! Writes the table of Chinese texts the page loads (`static/zh-texts.txt`): every Chinese
//! text of the interface and the model, by id. Run after changing a text:
//! `cargo run --example zh_texts > static/zh-texts.txt` (a test says when it is out of date).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", frontier_cost::i18n::zh_table_file());
}

// The wasm32 build of the examples (for clippy) has nothing to write.
#[cfg(target_arch = "wasm32")]
fn main() {}
