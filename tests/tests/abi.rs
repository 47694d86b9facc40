//! The runtime exports exactly the ABI table's functions with its
//! signatures, and `wit/molt-runtime.wit` is the table in WIT form.

use std::collections::BTreeMap;

fn table_signature(f: &molt_ir::abi::AbiFunction) -> String {
    let mut s = String::from("(");
    for (_, t) in f.params {
        s.push_str(t.rust_name());
        s.push_str(", ");
    }
    s.push(')');
    if let Some(r) = f.ret {
        s.push_str(" -> ");
        s.push_str(r.rust_name());
    }
    s
}

#[test]
fn runtime_exports_match_the_abi_table() {
    let exported: BTreeMap<&str, String> = molt_runtime::exports::EXPORTS
        .iter()
        .chain(molt_stdlib::EXPORTS)
        .map(|(n, s)| (*n, s.replace("* const", "*const")))
        .collect();
    let table: BTreeMap<&str, String> = molt_ir::abi::FUNCTIONS
        .iter()
        .map(|f| (f.name, table_signature(f)))
        .collect();
    assert_eq!(exported, table);
}

#[test]
fn wit_file_matches_the_abi_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../wit/molt-runtime.wit");
    let expected = molt_ir::abi::to_wit();
    if std::env::var_os("MOLT_BLESS").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        actual, expected,
        "wit/molt-runtime.wit is stale; run with MOLT_BLESS=1"
    );
}

#[test]
fn operator_numbering_matches_the_ir() {
    use molt_ir::inst::{BinOp, CmpOp};
    assert_eq!(BinOp::ALL.len(), molt_runtime::ops::BinOp::ALL.len());
    for (i, op) in BinOp::ALL.iter().enumerate() {
        assert_eq!(*op as usize, i);
        assert_eq!(molt_runtime::ops::BinOp::ALL[i] as usize, i);
    }
    assert_eq!(CmpOp::ALL.len(), molt_runtime::ops::CmpOp::ALL.len());
}

#[test]
fn object_layout_matches_the_abi_constants() {
    use molt_ir::abi;
    use molt_runtime::function::FunctionData;
    use molt_runtime::object::{Header, Obj};
    use molt_runtime::state::Frames;
    use std::mem::offset_of;
    assert_eq!(offset_of!(Header, rc) as i32, abi::REFCOUNT_OFFSET);
    assert_eq!(offset_of!(Header, ty) as i32, abi::TYPE_OFFSET);
    let data = offset_of!(Obj<FunctionData>, data);
    assert_eq!(
        (data + offset_of!(FunctionData, entry)) as i32,
        abi::FUNCTION_ENTRY_OFFSET
    );
    assert_eq!(
        (data + offset_of!(FunctionData, arity)) as i32,
        abi::FUNCTION_ARITY_OFFSET
    );
    assert_eq!(offset_of!(Frames, depth) as i32, abi::FRAMES_DEPTH_OFFSET);
    assert_eq!(offset_of!(Frames, limit) as i32, abi::FRAMES_LIMIT_OFFSET);
}

#[test]
fn generator_frame_layout_matches_the_abi_constants() {
    use molt_ir::abi;
    use molt_runtime::function::CellData;
    use molt_runtime::generator::{GenFrame, FINISHED};
    use molt_runtime::object::Obj;
    use std::mem::offset_of;
    assert_eq!(offset_of!(GenFrame, state) as i32, abi::GEN_STATE_OFFSET);
    assert_eq!(offset_of!(GenFrame, slots) as i32, abi::GEN_SLOTS_OFFSET);
    assert_eq!(offset_of!(GenFrame, func) as i32, abi::GEN_FUNC_OFFSET);
    assert_eq!(FINISHED, abi::GEN_FINISHED);
    let cell = offset_of!(Obj<CellData>, data) + offset_of!(CellData, value);
    assert_eq!(cell as i32, abi::CELL_VALUE_OFFSET);
}

#[test]
fn generator_object_layout_matches_the_abi_constants() {
    use molt_ir::abi;
    use molt_runtime::generator::GeneratorData;
    use molt_runtime::object::Obj;
    use std::mem::offset_of;
    let data = offset_of!(Obj<GeneratorData>, data);
    let at = |field: usize| (data + field) as i32;
    assert_eq!(at(offset_of!(GeneratorData, frame)), abi::GEN_FRAME_OFFSET);
    assert_eq!(
        at(offset_of!(GeneratorData, resume)),
        abi::GEN_RESUME_OFFSET
    );
    assert_eq!(
        at(offset_of!(GeneratorData, running)),
        abi::GEN_RUNNING_OFFSET
    );
    assert_eq!(
        at(offset_of!(GeneratorData, handles_exceptions)),
        abi::GEN_HANDLES_EXCEPTIONS_OFFSET
    );
}

#[test]
fn range_iterator_layout_matches_the_abi_constants() {
    use molt_ir::abi;
    use molt_runtime::iter::IterData;
    use molt_runtime::object::Obj;
    let obj = Obj {
        header: molt_runtime::object::Header {
            rc: 1,
            ty: std::ptr::null_mut(),
        },
        data: IterData::Range {
            next: 0,
            step: 0,
            remaining: 0,
        },
    };
    let base = std::ptr::addr_of!(obj) as usize;
    let offset = |p: *const u8| (p as usize - base) as i32;
    let kind = unsafe { *(std::ptr::addr_of!(obj.data) as *const i64) };
    assert_eq!(kind, abi::ITER_KIND_RANGE);
    assert_eq!(
        offset(std::ptr::addr_of!(obj.data).cast()),
        abi::ITER_KIND_OFFSET
    );
    let IterData::Range {
        next,
        step,
        remaining,
    } = &obj.data
    else {
        unreachable!()
    };
    assert_eq!(
        offset((next as *const i64).cast()),
        abi::RANGE_ITER_NEXT_OFFSET
    );
    assert_eq!(
        offset((step as *const i64).cast()),
        abi::RANGE_ITER_STEP_OFFSET
    );
    assert_eq!(
        offset((remaining as *const u64).cast()),
        abi::RANGE_ITER_REMAINING_OFFSET
    );
}
