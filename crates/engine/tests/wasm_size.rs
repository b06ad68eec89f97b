//! Source checks for what keeps the page's wasm under its size budget (ARCHITECTURE.md,
//! "Invariants"): code the page runs never calls the standard library's Unicode case tables or its
//! float parser and printer, each of which costs kilobytes of the gzipped wasm.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The page's code in a file: everything before its test module, without comments.
fn page_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable source");
    let code = text
        .find("#[cfg(test)]")
        .map_or(text.as_str(), |at| &text[..at]);
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn page_code_uses_the_small_case_and_number_routines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("../../src"), &mut files);
    assert!(files.len() > 50, "found {} sources", files.len());
    let banned = [
        (".to_lowercase()", "case::lower or the Lowercase trait"),
        ("char::to_lowercase", "case::lower_char"),
        (".to_uppercase()", "case::upper_char or to_ascii_uppercase"),
        ("parse::<f64>", "quantity::parse_decimal"),
    ];
    let mut found = Vec::new();
    for file in &files {
        // The case module is where the standard library's mapping is compared with ours.
        if file.ends_with("case.rs") {
            continue;
        }
        let code = page_code(file);
        for (call, instead) in banned {
            if code.contains(call) {
                found.push(format!("{}: {call} (use {instead})", file.display()));
            }
        }
        // `let v: f64 = s.parse()…` names no `parse::<f64>` but brings the parser in as well.
        for statement in code.split(';') {
            if statement.contains(".parse()") && statement.contains(": f64") {
                found.push(format!(
                    "{}: a float read by str::parse (use quantity::parse_decimal)",
                    file.display()
                ));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
