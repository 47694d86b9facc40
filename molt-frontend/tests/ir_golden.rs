//! Golden tests for lowering. Each `tests/ir/<area>/<case>.py` is compiled
//! exactly as `molt ir` compiles it — lowering, then the pass pipeline
//! (`spill_cross_block`, `insert_decrefs`), verified — and the printed IR is
//! compared with `<case>.ir` beside it. The module header names the case by
//! its path under `tests/ir`, so expectations do not depend on the checkout.
//!
//! `build.rs` generates one test per `.py` file (`basics::assign`, …).
//! To accept new output, run
//! `MOLT_BLESS=1 cargo test -p molt-frontend --test ir_golden`
//! and review the diff of the `.ir` files line by line. A failure prints a
//! unified diff from the expected to the actual IR.
//!
//! Every golden file and every actual output must also read back through
//! `molt_ir::parse` and print to the same text.

use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/ir_golden_cases.rs"));

fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ir")
}

/// Compiles `tests/ir/<case>.py` and compares its IR with `<case>.ir`.
fn check(case: &str) {
    let py = golden_root().join(format!("{case}.py"));
    let expected_path = golden_root().join(format!("{case}.ir"));
    let source = std::fs::read_to_string(&py).unwrap();
    let module = molt_frontend::compile_main(&format!("{case}.py"), &source)
        .unwrap_or_else(|d| panic!("{case}.py does not compile:\n{d}"));
    let actual = molt_ir::print::module_to_string(&module);
    assert_round_trips(&format!("output of {case}.py"), &actual);
    if std::env::var_os("MOLT_BLESS").is_some_and(|v| v != "0") {
        std::fs::write(&expected_path, &actual).unwrap();
        return;
    }
    let Ok(expected) = std::fs::read_to_string(&expected_path) else {
        panic!("{case}.ir is missing; run with MOLT_BLESS=1 to create it");
    };
    if expected != actual {
        panic!(
            "IR of {case}.py differs from {case}.ir (MOLT_BLESS=1 accepts it):\n{}",
            unified_diff(&format!("{case}.ir"), &expected, &actual)
        );
    }
}

fn assert_round_trips(what: &str, text: &str) {
    let module = molt_ir::parse::parse_module(text)
        .unwrap_or_else(|e| panic!("{what} does not read back: {e}"));
    let again = molt_ir::print::module_to_string(&module);
    if again != text {
        panic!(
            "{what} does not print back the same:\n{}",
            unified_diff(what, text, &again)
        );
    }
}

#[test]
fn every_golden_file_round_trips() {
    let mut count = 0;
    for area in std::fs::read_dir(golden_root()).unwrap() {
        let area = area.unwrap().path();
        if !area.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&area).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "ir") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert_round_trips(&path.display().to_string(), &text);
                count += 1;
            }
        }
    }
    assert!(count > 0, "no golden files found");
}

/// A unified diff (three lines of context) from `old` to `new`, by a
/// longest-common-subsequence over lines.
fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // lcs[i][j]: the length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // The edit script: (tag, line index in a, line index in b).
    let mut ops: Vec<(char, usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', i, j));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', i, j));
            i += 1;
        } else {
            ops.push(('+', i, j));
            j += 1;
        }
    }
    const CONTEXT: usize = 3;
    let mut out = format!("--- {name} (expected)\n+++ {name} (actual)\n");
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut k = 0;
    while k < changed.len() {
        // Grow a hunk while the next change is within two contexts.
        let start = changed[k].saturating_sub(CONTEXT);
        let mut last = changed[k];
        while k + 1 < changed.len() && changed[k + 1] <= last + 2 * CONTEXT {
            k += 1;
            last = changed[k];
        }
        let end = (last + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let old_len = hunk.iter().filter(|o| o.0 != '+').count();
        let new_len = hunk.iter().filter(|o| o.0 != '-').count();
        let (_, old_start, new_start) = hunk[0];
        out.push_str(&format!(
            "@@ -{},{old_len} +{},{new_len} @@\n",
            old_start + 1,
            new_start + 1
        ));
        for &(tag, i, j) in hunk {
            let line = if tag == '+' { b[j] } else { a[i] };
            out.push_str(&format!("{tag}{line}\n"));
        }
        k += 1;
    }
    out
}

#[test]
fn diff_shows_changed_lines_with_context() {
    let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
    let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\n";
    assert_eq!(
        unified_diff("x", old, new),
        "--- x (expected)\n+++ x (actual)\n\
         @@ -1,8 +1,9 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n h\n+i\n"
    );
}
