//! The IR text form: `print(parse(text)) == text` over every opcode, located
//! reader errors, and no panic on damaged text.

use molt_ir::inst::{OpName, Opcode, TermOpcode};
use molt_ir::parse::parse_module;
use molt_ir::print::module_to_string;

/// A verifier-clean module that uses every instruction and terminator, in
/// the printer's exact form.
const EVERY_OPCODE: &str = r#"module demo "dir/demo \"q\" \u{e9}.py"
const c0 = str "__main__"
const c1 = str "q\"uo\\te \u{e9} \u{d800} \u{1f600}"
const c2 = int -123456789012345678901234567890
const c3 = tuple (c0, c1)
const c4 = str "append"
const c5 = tuple ()
const c6 = tuple (c4, c4, c5)
const c7 = none
const c8 = tuple (c7)
const c9 = bytes "a\x00\"\\\xff~"
const c10 = complex 0x4000000000000000
global g0 __name__
global g1 x

function f0 <module>() qualname "<module>" line 1
  slots %0 $iter0, %1 a
b0:
  v0 = const.int -5  @1
  v1 = const.float 0x3ff8000000000000  @1
  v2 = const.none  @1
  v3 = const.bool true  @1
  v4 = const.pool c2  @1
  store.local %1, v0  @2
  v5 = load.local %1  @2
  del.local %1  @2
  store.global g1, v1  @3
  v6 = load.global g1  @3
  del.global g1  @3
  v41 = module.globals  @3
  locals.sync v41, c0, %1  @3
  locals.sync.deref v41, c0, %1  @3
  locals.drop v41, c0  @3
  decref v41  @3
  v7 = dup v6  @4
  decref v7  @4
  v8 = binary add v4, v6  @5
  v9 = inplace floordiv v8, v5  @5
  v10 = unary not v9  @5
  v11 = compare notin v10, v2  @5
  v12 = truthy v11  @5
  v40 = compare.bool is v10, v2  @5
  update.local add %1, v2  @5
  inplace.local mul %1, v2  @5
  v13 = call v6(v5, v8; c3)  @6
  v14 = call.method v13.c4()  @6
  v15 = getattr v14, c4  @6
  v16 = getitem v15, v3  @7
  setitem v16, v3, v2  @7
  delitem v16, v3  @7
  v17 = build.list  @8
  v18 = build.tuple v17  @8
  v19 = build.dict v17, v18  @8
  v20 = build.slice v2, v2, v3  @8
  v21 = build.string v19, v20  @8
  v22 = format v21, v20  @9
  v23 = convert ascii v22  @9
  v24 = iter v23  @10
  v25 = unpack v24, 3  @10
  v26 = tuple.get v25, 2  @10
  v27 = make.function f1, c6, v18, v2, v2, v2  @11
  v28 = import c0  @12
  v29 = import.from v28, c4  @12
  branch v12, b1(v29), b2  @13
b1(v30) handler b3:
  store.local %0, v30  @14
  for.next %0, b4, b5  @14
b2:
  unreachable  @0
b3:
  v31 = exc.catch  @15
  v32 = exc.fetch  @15
  exc.done  @15
  v33 = exc.current  @15
  v34 = exc.match v31, v33  @15
  v50 = exc.split v31, v33  @15
  v51 = exc.prep_reraise v31, v50  @15
  raise v31 from v32  @15
b4(v35):
  reraise v35  @16
b5:
  v36 = const.none  @17
  v37 = const.int 1  @17
  jump b6(v36, v37)  @17
b6(v38, v39):
  decref v39  @18
  raise v38  @18

function f1 f(n, m) qualname "outer.<locals>.f" line 11
  slots %0 n, %1 m, %2 x
  free %2
b0:
  v0 = load.local %0  @12
  v1 = cell.new  @12
  store.local %1, v1  @12
  store.deref %1, v0  @12
  v2 = load.deref %2  @13
  del.deref %1  @13
  v3 = call.unpack v2(v2; c8)  @13
  v4 = build.list  @14
  list.append v4, v3  @14
  list.extend v4, v2  @14
  v5 = list.totuple v4  @14
  v6 = build.dict  @14
  dict.update v6, v2  @14
  v7 = unpack.ex v5, 1, 0  @14
  v8 = build.set v3  @14
  v9 = match.seq v3, 2  @14
  setattr v3, c4, v5  @14
  delattr v3, c4  @14
  v10 = match.seqstar v3, 1, 0  @14
  v11 = match.map v3, v5, 1  @14
  decref v9  @14
  decref v10  @14
  decref v11  @14
  set.add v8, v3  @14
  decref v8  @14
  decref v2  @14
  decref v3  @14
  decref v4  @14
  decref v5  @14
  decref v6  @14
  return v7  @14

function f2 gen(it) qualname "gen" line 20 generator
  slots %0 it
b0:
  v0 = const.none  @21
  yield v0, b1  @21
b1(v1):
  yield.from %0, v1, b2, b3  @22
b2(v2):
  jump b1(v2)  @22
b3(v3):
  return v3  @23
"#;

#[test]
fn every_opcode_round_trips() {
    let module = parse_module(EVERY_OPCODE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(module_to_string(&module), EVERY_OPCODE);
    molt_ir::verify::verify_module(&module).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn every_opcode_is_in_the_sample() {
    let mnemonics: Vec<&str> = EVERY_OPCODE
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            let l = l.split_once(" = ").map_or(l, |(_, rest)| rest);
            l.split(' ').next()
        })
        .collect();
    for op in Opcode::ALL {
        assert!(
            mnemonics.contains(&op.name()),
            "add `{}` to EVERY_OPCODE",
            op.name()
        );
    }
    for op in TermOpcode::ALL {
        assert!(
            mnemonics.contains(&op.name()),
            "add `{}` to EVERY_OPCODE",
            op.name()
        );
    }
}

#[test]
fn instruction_and_terminator_mnemonics_are_distinct() {
    for op in TermOpcode::ALL {
        assert_eq!(Opcode::from_name(op.name()), None, "{}", op.name());
    }
}

#[test]
fn operator_names_round_trip() {
    use molt_ir::inst::{BinOp, CmpOp, Conversion, UnOp};
    fn check<T: OpName + PartialEq + std::fmt::Debug>() {
        for &op in T::ALL {
            assert_eq!(T::from_name(op.name()), Some(op));
        }
    }
    check::<BinOp>();
    check::<UnOp>();
    check::<CmpOp>();
    check::<Conversion>();
    check::<Opcode>();
    check::<TermOpcode>();
}

#[test]
fn spacing_indentation_comments_and_missing_lines_are_free() {
    let loose = r#"
        ; a comment
        module m "m.py"
        const c0=str "s"
          global   g0   x

        function f0 <module> ( ) qualname "<module>" line 1
        b0 :
            v0 = const.pool   c0
            v1 = call v0 ( v0 ,v0 ; c0 )  @ 3
            ; another comment
            store.global g0,v1
            return v0
    "#;
    let expected = r#"module m "m.py"
const c0 = str "s"
global g0 x

function f0 <module>() qualname "<module>" line 1
b0:
  v0 = const.pool c0  @0
  v1 = call v0(v0, v0; c0)  @3
  store.global g0, v1  @0
  return v0  @0
"#;
    let module = parse_module(loose).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(module_to_string(&module), expected);
}

#[test]
fn value_types_come_from_definitions() {
    let text = "module m \"m.py\"\n\nfunction f0 g() qualname \"g\" line 1\n\
                b0:\n  v3 = const.none  @1\n  v1 = truthy v3  @1\n  branch v1, b1(v3), b1(v3)  @1\n\
                b1(v0):\n  return v0  @1\n";
    let module = parse_module(text).unwrap();
    use molt_ir::types::Type;
    // v2 is never defined; it reads as dyn for the verifier to judge.
    assert_eq!(
        module.functions[0].value_types,
        vec![Type::Dyn, Type::Bool, Type::Dyn, Type::Dyn]
    );
    molt_ir::verify::verify_module(&module).unwrap();
}

/// The error for `text`, as `line:col: message`.
fn error(text: &str) -> String {
    match parse_module(text) {
        Ok(m) => panic!("parsed:\n{}", module_to_string(&m)),
        Err(e) => e.to_string(),
    }
}

fn check_errors<'a>(cases: impl Iterator<Item = (String, &'a str)>) {
    let wrong: Vec<String> = cases
        .filter_map(|(text, expected)| {
            let actual = error(&text);
            (actual != expected)
                .then(|| format!("{text:?}\n  expected {expected}\n  actual   {actual}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

const HEAD: &str = "module m \"m.py\"\nfunction f0 g(a) qualname \"g\" line 1\nb0:\n";

#[test]
fn errors_are_located() {
    let cases: &[(&str, &str)] = &[
        ("", "1:1: expected `module <name> \"<path>\"`"),
        ("modul m \"p\"", "1:1: expected `module`, found `modul`"),
        ("module m p", "1:10: expected a string, found `p`"),
        ("module m \"p", "1:10: unterminated string"),
        (
            "module m \"a\\n\"",
            "1:12: unknown escape (use `\\\\`, `\\\"` or `\\u{...}`)",
        ),
        ("module m \"\\u{110000}\"", "1:11: bad `\\u{...}` escape"),
        (
            "module m \"\\u{d800}\"",
            "1:10: this string cannot hold a lone surrogate",
        ),
        (
            "module m \"p\" x",
            "1:14: expected the end of the line, found `x`",
        ),
        (
            "module m \"p\"\nconst c1 = int 1",
            "2:7: expected c0: constants are numbered in order",
        ),
        (
            "module m \"p\"\nconst c0 = float 1",
            "2:12: expected `str`, `bytes`, `int`, `tuple`, `none` or `complex`",
        ),
        (
            "module m \"p\"\nconst c0 = bytes \"a\\xg0\"",
            "2:20: bad `\\xNN` escape",
        ),
        (
            "module m \"p\"\nconst c0 = bytes \"\u{e9}\"",
            "2:19: a bytes literal holds only ASCII",
        ),
        (
            "module m \"p\"\nconst c0 = complex 1.5",
            "2:20: expected the bits of a complex constant, found `1.5`",
        ),
        (
            "module m \"p\"\nconst c0 = int",
            "2:15: expected the digits of an int constant, found end of line",
        ),
        (
            "module m \"p\"\nconst c0 = tuple (c0 c1)",
            "2:22: expected `,`, found `c1)`",
        ),
        (
            "module m \"p\"\nglobal g0",
            "2:10: expected a global name, found end of line",
        ),
        (
            "module m \"p\"\nbogus",
            "2:1: expected `const`, `global` or `function`, found `bogus`",
        ),
        (
            "module m \"p\"\nfunction f1 g() qualname \"g\" line 1",
            "2:10: expected f0: functions are numbered in order",
        ),
        (
            "module m \"p\"\nfunction f0 g( qualname \"g\" line 1",
            "2:25: expected `,`, found `\"g\"`",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\"",
            "2:29: expected `line`, found end of line",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 99999999999",
            "2:35: a line number is too large",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\n  slots %1 a",
            "3:9: expected %0: slots are numbered in order",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\n  v0 = const.none",
            "3:3: expected a block header such as `b0:`, found `v0`",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\nb1:",
            "3:1: expected b0: blocks are numbered in order",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\nb0 handler 1:",
            "3:12: expected a block (`b0`), found `1:`",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\nb0(v0",
            "3:6: expected `)`, found end of line",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\nb0:\nb1:",
            "3:1: b0 has no terminator",
        ),
        (
            "module m \"p\"\nfunction f0 g() qualname \"g\" line 1\nb0:",
            "3:1: b0 has no terminator",
        ),
    ];
    check_errors(cases.iter().map(|&(text, e)| (text.to_string(), e)));
}

#[test]
fn instruction_errors_are_located() {
    let cases: &[(&str, &str)] = &[
        (
            "  v0 = frobnicate v1  @1",
            "4:8: unknown instruction `frobnicate`",
        ),
        ("  v0 = = v1", "4:8: expected an instruction"),
        (
            "  binary add v0, v0  @1",
            "4:3: `binary` needs a result: `vN = binary ...`",
        ),
        ("  v1 = decref v0  @1", "4:3: `decref` has no result"),
        ("  v1 = return v0  @1", "4:3: a terminator has no result"),
        (
            "  v1 = binary plus v0, v0",
            "4:15: expected one of `add`, `sub`, `mul`, `truediv`, `floordiv`, `mod`, `pow`, \
             `lshift`, `rshift`, `and`, `or`, `xor`, `matmul`",
        ),
        ("  v1 = binary add v0 v0", "4:22: expected `,`, found `v0`"),
        (
            "  v1 = const.int 99999999999999999999",
            "4:18: expected an int in the i64 range",
        ),
        (
            "  v1 = const.float 1.5",
            "4:20: expected float bits such as `0x3ff0000000000000`",
        ),
        ("  v1 = const.bool yes", "4:19: expected `true` or `false`"),
        (
            "  v1 = load.local v0",
            "4:19: expected a slot (`%0`), found `v0`",
        ),
        (
            "  v1 = call v0(v0; 5)",
            "4:20: expected a constant (`c0`), found `5)`",
        ),
        ("  v99999999 = const.none", "4:3: value id too large"),
        (
            "  v1 = const.none  @x",
            "4:21: expected a line number, found `x`",
        ),
        (
            "  return v0 v0",
            "4:13: expected the end of the line, found `v0`",
        ),
        (
            "  return v0\n  return v0",
            "5:3: b0 already has its terminator, found `return`",
        ),
        ("  jump b1(v0", "4:13: expected `)`, found end of line"),
        (
            "  raise v0 form v0",
            "4:12: expected the end of the line, found `form`",
        ),
    ];
    check_errors(
        cases
            .iter()
            .map(|&(line, e)| (format!("{HEAD}{line}\n"), e)),
    );
}

/// Deleting or replacing any single character of the sample never makes the
/// reader, the printer or the verifier panic; what still reads prints to a
/// fixed point.
#[test]
fn damaged_text_never_panics() {
    let chars: Vec<(usize, char)> = EVERY_OPCODE.char_indices().collect();
    let replacements = [
        ' ', '0', '9', 'v', 'b', '(', ')', ',', ':', '"', '\\', '@', '\n', 'é',
    ];
    let mut variants = Vec::new();
    for &(at, c) in &chars {
        let after = &EVERY_OPCODE[at + c.len_utf8()..];
        let before = &EVERY_OPCODE[..at];
        variants.push(format!("{before}{after}"));
        for r in replacements {
            if r != c {
                variants.push(format!("{before}{r}{after}"));
            }
        }
    }
    let mut read = 0;
    for text in &variants {
        let Ok(module) = parse_module(text) else {
            continue;
        };
        read += 1;
        let printed = module_to_string(&module);
        let again = parse_module(&printed).unwrap_or_else(|e| panic!("{e} in\n{printed}"));
        assert_eq!(module_to_string(&again), printed);
        let _ = molt_ir::verify::verify_module(&module);
    }
    assert!(read > 0);
}
