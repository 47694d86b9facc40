//! Passes and the verifier, driven from IR text: each test reads a small
//! hand-written module, runs one pass (or the verifier) and compares the
//! printed result with the expected text, so a pass bug reproduces without
//! Python.

use molt_ir::module::Module;
use molt_ir::parse::parse_module;
use molt_ir::passes::spill_cross_block::spill_cross_block;
use molt_ir::passes::{insert_decrefs::insert_decrefs, run_pipeline};
use molt_ir::print::module_to_string;
use molt_ir::verify::verify_module;

/// Strips the indentation common to all non-blank lines and the first
/// newline, so expectations can be indented with the test.
fn dedent(text: &str) -> String {
    let text = text.strip_prefix('\n').unwrap_or(text);
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(line.get(indent..).unwrap_or("").trim_end());
        out.push('\n');
    }
    out.trim_end().to_string() + "\n"
}

fn read(text: &str) -> Module {
    parse_module(text).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `pass` over every function of `input` and compares the printed
/// module with `expected`.
fn check_pass(input: &str, pass: fn(&mut molt_ir::function::Function), expected: &str) {
    let mut m = read(input);
    for f in &mut m.functions {
        pass(f);
    }
    let actual = module_to_string(&m);
    assert_eq!(actual, dedent(expected), "\nactual:\n{actual}");
}

/// Verifies `input` and compares the error (message and marked listing)
/// with `expected`.
fn check_verify_error(input: &str, expected: &str) {
    let m = read(input);
    match verify_module(&m) {
        Ok(()) => panic!("verified:\n{}", module_to_string(&m)),
        Err(e) => assert_eq!(e.to_string(), dedent(expected), "\nactual:\n{e}"),
    }
}

#[test]
fn decrefs_land_after_the_last_use() {
    check_pass(
        r#"
        module m "m.py"
        global g0 print
        function f0 f(a) qualname "f" line 1
          slots %0 a
        b0:
          v0 = load.local %0  @2
          v1 = load.global g0  @2
          v2 = call v1(v0)  @2
          v3 = call v1(v2, v0)  @3
          store.local %0, v3  @3
          v4 = const.none  @4
          return v4  @4
        "#,
        insert_decrefs,
        r#"
        module m "m.py"
        global g0 print

        function f0 f(a) qualname "f" line 1
          slots %0 a
        b0:
          v0 = load.local %0  @2
          v1 = load.global g0  @2
          v2 = call v1(v0)  @2
          v3 = call v1(v2, v0)  @3
          decref v0  @3
          decref v1  @3
          decref v2  @3
          store.local %0, v3  @3
          v4 = const.none  @4
          return v4  @4
        "#,
    );
}

#[test]
fn unused_values_and_block_params_are_released_at_once() {
    check_pass(
        r#"
        module m "m.py"
        global g0 x
        function f0 f() qualname "f" line 1
        b0:
          v0 = load.global g0  @2
          v1 = const.int 1  @3
          jump b1(v1)  @3
        b1(v2):
          v3 = const.none  @4
          v4 = truthy v3  @4
          branch v4, b2, b2  @4
        b2:
          v5 = const.none  @5
          return v5  @5
        "#,
        insert_decrefs,
        r#"
        module m "m.py"
        global g0 x

        function f0 f() qualname "f" line 1
        b0:
          v0 = load.global g0  @2
          decref v0  @2
          v1 = const.int 1  @3
          jump b1(v1)  @3
        b1(v2):
          decref v2  @4
          v3 = const.none  @4
          v4 = truthy v3  @4
          decref v3  @4
          branch v4, b2, b2  @4
        b2:
          v5 = const.none  @5
          return v5  @5
        "#,
    );
}

#[test]
fn a_value_used_in_another_block_goes_through_a_spill_slot() {
    check_pass(
        r#"
        module m "m.py"
        function f0 f(a) qualname "f" line 1
          slots %0 a
        b0:
          v0 = load.local %0  @2
          v1 = truthy v0  @2
          branch v1, b1, b2  @2
        b1:
          v2 = call v0()  @3
          return v2  @3
        b2:
          return v0  @4
        "#,
        spill_cross_block,
        r#"
        module m "m.py"

        function f0 f(a) qualname "f" line 1
          slots %0 a, %1 $spill1
        b0:
          v0 = load.local %0  @2
          store.local %1, v0  @2
          v3 = load.local %1  @2
          v1 = truthy v3  @2
          branch v1, b1, b2  @2
        b1:
          v4 = load.local %1  @3
          v2 = call v4()  @3
          return v2  @3
        b2:
          v5 = load.local %1  @4
          return v5  @4
        "#,
    );
}

#[test]
fn the_pipeline_spills_then_releases() {
    let mut m = read(
        r#"
        module m "m.py"
        function f0 f(a) qualname "f" line 1
          slots %0 a
        b0:
          v0 = load.local %0  @2
          v1 = truthy v0  @2
          branch v1, b1, b2  @2
        b1:
          v2 = call v0()  @3
          return v2  @3
        b2:
          v3 = const.none  @4
          return v3  @4
        "#,
    );
    run_pipeline(&mut m).unwrap_or_else(|e| panic!("{e}"));
    let expected = r#"
        module m "m.py"

        function f0 f(a) qualname "f" line 1
          slots %0 a, %1 $spill1
        b0:
          v0 = load.local %0  @2
          store.local %1, v0  @2
          v4 = load.local %1  @2
          v1 = truthy v4  @2
          decref v4  @2
          branch v1, b1, b2  @2
        b1:
          v5 = load.local %1  @3
          v2 = call v5()  @3
          decref v5  @3
          return v2  @3
        b2:
          v3 = const.none  @4
          return v3  @4
        "#;
    assert_eq!(module_to_string(&m), dedent(expected));
}

#[test]
fn verifier_reports_use_after_steal() {
    check_verify_error(
        r#"
        module m "m.py"
        function f0 f() qualname "f" line 1
          slots %0 x
        b0:
          v0 = const.none  @2
          store.local %0, v0  @2
          return v0  @3
        "#,
        r#"
        IR verification failed in f: v0 is used after being stolen
        function f0 f() qualname "f" line 1
          slots %0 x
        b0:
          v0 = const.none  @2
          store.local %0, v0  @2
          return v0  @3
        ; error: v0 is used after being stolen
        "#,
    );
}

#[test]
fn verifier_reports_a_value_used_outside_its_block() {
    check_verify_error(
        r#"
        module m "m.py"
        function f0 f() qualname "f" line 1
        b0:
          v0 = const.none  @2
          jump b1  @2
        b1:
          v1 = dup v0  @3
          return v1  @3
        "#,
        r#"
        IR verification failed in f: v0 is not defined in this block
        function f0 f() qualname "f" line 1
        b0:
          v0 = const.none  @2
          jump b1  @2
        b1:
          v1 = dup v0  @3
        ; error: v0 is not defined in this block
          return v1  @3
        "#,
    );
}

#[test]
fn verifier_reports_type_and_arity_errors() {
    let cases = [
        (
            "b0:\n v0 = const.none\n branch v0, b1, b1\nb1:\n unreachable",
            "v0 has type dyn, expected bool",
        ),
        (
            "b0:\n v0 = const.none\n jump b1\nb1(v1):\n return v1",
            "b1 takes 1 arguments, 0 given",
        ),
        (
            "b0:\n v0 = const.none\n jump b1(v0, v0)\nb1(v1, v2):\n unreachable",
            "v0 is stolen twice",
        ),
        (
            "b0:\n v0 = load.global g3\n return v0",
            "reference out of range",
        ),
        ("b0:\n jump b7", "b7 does not exist"),
        (
            "b0:\n for.next %0, b1, b2\nb1(v0):\n return v0\nb2:\n unreachable",
            "reference out of range",
        ),
        ("b0(v0):\n return v0", "entry block has parameters"),
    ];
    for (body, message) in cases {
        let text = format!("module m \"m.py\"\nfunction f0 f() qualname \"f\" line 1\n{body}\n");
        match verify_module(&read(&text)) {
            Ok(()) => panic!("verified:\n{text}"),
            Err(e) => assert_eq!(e.message, message, "for\n{text}"),
        }
    }
}

#[test]
fn a_comparison_tested_once_is_fused() {
    let text = "\
module m \"p\"

function f0 f(a, b) qualname \"f\" line 1
  slots %0 a, %1 b
b0:
  v0 = load.local %0  @1
  v1 = load.local %1  @1
  v2 = compare lt v0, v1  @1
  v3 = truthy v2  @1
  branch v3, b1, b2  @1
b1:
  v4 = const.none  @2
  return v4  @2
b2:
  v5 = const.none  @3
  return v5  @3
";
    let mut m = molt_ir::parse::parse_module(text).unwrap();
    molt_ir::passes::fuse_compare::fuse_compare(&mut m.functions[0]);
    let printed = molt_ir::print::function_to_string(0, &m.functions[0]);
    assert!(
        printed.contains("v3 = compare.bool lt v0, v1  @1"),
        "{printed}"
    );
    assert!(!printed.contains("truthy"), "{printed}");
}

#[test]
fn a_comparison_used_twice_is_not_fused() {
    let text = "\
module m \"p\"

function f0 f(a, b) qualname \"f\" line 1
  slots %0 a, %1 b
b0:
  v0 = load.local %0  @1
  v1 = load.local %1  @1
  v2 = compare lt v0, v1  @1
  v3 = truthy v2  @1
  branch v3, b1(v2), b2  @1
b1(v4):
  return v4  @2
b2:
  v5 = const.none  @3
  return v5  @3
";
    let mut m = molt_ir::parse::parse_module(text).unwrap();
    molt_ir::passes::fuse_compare::fuse_compare(&mut m.functions[0]);
    let printed = molt_ir::print::function_to_string(0, &m.functions[0]);
    assert!(printed.contains("v2 = compare lt v0, v1"), "{printed}");
}
