//! Writes the table of deferred English texts the page loads after starting
//! (`crates/model/deferred-en.txt`): the English of the texts shown only on demand, by the id
//! of their Chinese, and the titles of the sources listed only in disclosures. Run after changing one:
//! `cargo run -p frontier-cost-model --example deferred_en > crates/model/deferred-en.txt`
//! (a test says when it is out of date).

fn main() {
    let texts = frontier_cost_model::deferred_en_texts();
    let sources = frontier_cost_model::deferred_source_titles();
    print!(
        "{}",
        frontier_cost_model::text::en_table::write(&texts, &sources)
    );
}
