//! Nothing a reader sees is hard-coded in one language in the page's code: every text comes
//! from `src/i18n` or the model's `Text::new(en, zh)`, which the translation tests cover. This
//! scans the string literals of the components, hooks and page layout for words a reader
//! would see or hear: literal text, and the attributes read aloud (`aria-label`, `title`…).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Attributes whose values people see or hear.
const READ_ATTRIBUTES: [&str; 6] = [
    "aria-label",
    "title",
    "placeholder",
    "alt",
    "aria-description",
    "aria-valuetext",
];

/// Literals allowed although they read as words, and why.
const ALLOWED: [&str; 2] = [
    // The name of the English language in English, in the language switch (marked lang=en).
    "English",
    // The name of a citation format (as APA and GB/T 7714), the same in every language.
    "BibTeX",
];

/// Short English words that never appear in class lists, ids or codes on their own.
const FUNCTION_WORDS: [&str; 24] = [
    "the", "and", "of", "to", "in", "a", "an", "for", "is", "are", "with", "on", "by", "this",
    "your", "you", "not", "be", "it", "as", "at", "from", "or", "new",
];

/// Whether a literal reads as words for people rather than as code (classes, ids, keys,
/// formats, addresses, placeholders, acronyms such as SVG).
fn reads_as_words(literal: &str) -> bool {
    // Placeholders (`{0}`, `{url}`) and escapes (`\n`) are not words.
    let mut text = String::new();
    let mut depth = 0;
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                text.push(' ');
            }
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || ",.;:!?()“”\"'/&=".contains(c))
        .filter(|word| !word.is_empty())
        .filter(|word| !word.starts_with("http") && !word.starts_with("mailto"))
        .filter(|word| word.chars().filter(char::is_ascii_alphabetic).count() >= 2)
        .collect();
    words.iter().any(|word| {
        let lowercase = word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_#[]".contains(c));
        let acronym = word.len() <= 5
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        // A language tag such as `zh-Hans` or `en-US`.
        let language_tag = word.split_once('-').is_some_and(|(language, region)| {
            language.len() == 2
                && language.chars().all(|c| c.is_ascii_lowercase())
                && region.chars().all(|c| c.is_ascii_alphanumeric())
        });
        // Lowercase words are identifiers unless they are plain English function words.
        (lowercase && FUNCTION_WORDS.contains(word)) || (!lowercase && !acronym && !language_tag)
    })
}

/// The string literals of a Rust source that read as words a reader would meet, with their
/// line numbers.
fn suspicious_literals(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = line;
        let mut before = String::new();
        while let Some(start) = rest.find('"') {
            // A character literal such as '"' is not a string.
            if rest[..start].ends_with('\'') {
                before.push_str(&rest[..=start]);
                rest = &rest[start + 1..];
                continue;
            }
            before.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let mut end = None;
            let mut escaped = false;
            for (i, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(i);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(end) = end else { break };
            let literal = &after[..end];
            let context = before.trim_end();
            let attribute = context
                .strip_suffix('=')
                .filter(|name| !name.ends_with(' ') && !name.ends_with('=') && !name.ends_with('!'))
                .map(|name| {
                    name.rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                        .next()
                        .unwrap_or("")
                });
            let compared = context.ends_with("==") || context.ends_with("!=");
            let shown = match attribute {
                Some(name) => READ_ATTRIBUTES.contains(&name),
                None => !compared,
            };
            if shown && !ALLOWED.contains(&literal) && reads_as_words(literal) {
                found.push((number + 1, literal.to_string()));
            }
            before.push('"');
            before.push_str(literal);
            before.push('"');
            rest = &after[end + 1..];
        }
    }
    found
}

#[test]
fn the_scanner_finds_hard_coded_text() {
    let source = r#"
        html! { <p>{"Hello world"}</p> }
        html! { <button aria-label="Close menu" class="button button-primary">{"×"}</button> }
        let note = "opens in a new tab";
        html! { <span title="Exactly">{"{0} – {1}"}</span> }
        if event.key() == "Escape" { return; }
        html! { <a class="share-out" rel="noopener noreferrer" data-share="x">{"SVG"}</a> }
        let label = format!("{}: {}\n\n{url}", a, b);
        root.set_attribute("lang", "zh-Hans");
        let id = format!("range-{}-error", key);
        // A comment with "Some words" is not code.
    "#;
    let found: Vec<String> = suspicious_literals(source)
        .into_iter()
        .map(|(_, literal)| literal)
        .collect();
    assert_eq!(
        found,
        ["Hello world", "Close menu", "opens in a new tab", "Exactly"]
    );
}

#[test]
fn no_text_is_hard_coded_in_one_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("app.rs"), root.join("panic_screen.rs")];
    for folder in ["components", "hooks"] {
        for entry in fs::read_dir(root.join(folder)).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "the scan found the sources");
    let mut problems = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("readable source");
        for (line, literal) in suspicious_literals(&source) {
            problems.push(format!("{}:{line}: “{literal}”", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "text hard-coded in one language (put it in src/i18n):\n{}",
        problems.join("\n")
    );
}
