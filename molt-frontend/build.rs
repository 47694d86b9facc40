//! Generates one `#[test]` per golden lowering case: every
//! `tests/ir/<area>/<case>.py` becomes `<area>::<case>` in
//! `$OUT_DIR/ir_golden_cases.rs`, which `tests/ir_golden.rs` includes.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // Read at run time: a build script binary reused from another checkout
    // must still scan this one.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let root = Path::new(&manifest_dir).join("tests/ir");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for area in sorted_entries(&root) {
        if !area.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", area.display());
        let area_name = file_name(&area);
        writeln!(out, "mod {} {{", identifier(&area_name)).unwrap();
        for case in sorted_entries(&area) {
            if case.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let stem = case.file_stem().unwrap().to_string_lossy().into_owned();
            writeln!(
                out,
                "    #[test]\n    fn {}() {{\n        super::check({:?});\n    }}",
                identifier(&stem),
                format!("{area_name}/{stem}")
            )
            .unwrap();
        }
        writeln!(out, "}}").unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("ir_golden_cases.rs");
    std::fs::write(dest, out).unwrap();
}

fn sorted_entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The name as a Rust identifier; golden file and folder names must be one.
fn identifier(name: &str) -> &str {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
        "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try",
        "type", "unsafe", "use", "where", "while", "yield",
    ];
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !KEYWORDS.contains(&name);
    assert!(
        valid,
        "golden case `{name}`: names under tests/ir must be lowercase identifiers, not Rust keywords"
    );
    name
}
