//! The runtime ABI exports: one `extern "C"` function per row of the ABI
//! table in `molt-ir/src/abi.rs`, declared through [`exports!`], which also
//! records each signature in [`EXPORTS`] for the table check.

use crate::exception::{take_raised, Raised, R};
use crate::object::TypeId;
use crate::state::ts;
use crate::value::{decref, Owned, Value};

macro_rules! exports {
    ($( fn $name:ident($($p:ident: $t:ty),*) $(-> $r:ty)? $body:block )*) => {
        $(
            #[no_mangle]
            pub unsafe extern "C" fn $name($($p: $t),*) $(-> $r)? $body
        )*

        /// Every export with its signature, as `name: (params) -> ret`.
        pub const EXPORTS: &[(&str, &str)] = &[$((
            stringify!($name),
            concat!("(", $(stringify!($t), ", ",)* ")" $(, " -> ", stringify!($r))?),
        )),*];
    };
}

/// Converts a runtime result to the boxed ABI convention.
#[inline]
fn boxed(r: R) -> Value {
    match r {
        Ok(v) => v.into_raw(),
        Err(Raised) => Value::ERROR,
    }
}

/// Converts a unit result to the `i32` ABI convention.
#[inline]
fn status(r: R<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Raised) => -1,
    }
}

unsafe fn slice<'a>(items: *const u8, n: usize) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(items as *const Value, n)
    }
}

fn kwnames_of(kwnames: Value) -> Vec<Owned> {
    if kwnames.is_none() {
        Vec::new()
    } else {
        crate::tuple::items(kwnames).to_vec()
    }
}

fn owned_all(items: &[Value]) -> Vec<Owned> {
    items.iter().map(|v| v.new_ref()).collect()
}

exports! {
    fn molt_runtime_init(argc: i32, argv: *const u8) {
        crate::init::init_runtime(argc, argv as *const *const i8);
    }
    fn molt_runtime_exit(result: Value) -> i32 {
        crate::init::exit_code(result)
    }
    fn molt_module_init(blob: *const u8, len: usize, consts: *const u8, globals: *const u8, nglobals: usize) -> *const u8 {
        crate::init::module_init(std::slice::from_raw_parts(blob, len), consts as *mut Value, globals as *mut Value, nglobals)
    }
    fn molt_dealloc(v: Value) {
        crate::object::dealloc(v)
    }
    fn molt_traceback_add(module: *const u8, func_name: Value, line: u32) {
        crate::init::traceback_add(module, func_name, line)
    }
    fn molt_unbound_local(name: Value) -> Value {
        let msg = format!(
            "cannot access local variable '{}' where it is not associated with a value",
            crate::str::as_string(name)
        );
        boxed(crate::exception::err(TypeId::UnboundLocalError, msg))
    }
    fn molt_load_global_slow(module: *const u8, index: u32) -> Value {
        boxed(crate::init::load_global_slow(module, index))
    }
    fn molt_del_global(module: *const u8, index: u32) -> i32 {
        status(crate::init::del_global(module, index))
    }
    fn molt_global_stored(module: *const u8, index: u32) {
        crate::init::global_stored(module, index)
    }
    fn molt_module_globals(module: *const u8) -> Value {
        crate::init::module_globals(module).into_raw()
    }
    fn molt_locals_sync(dict: Value, name: Value, value: Value) -> i32 {
        status(crate::dict::sync_local(dict, name, value))
    }
    fn molt_locals_sync_cell(dict: Value, name: Value, cell: Value) -> i32 {
        let value = if cell == Value::UNBOUND {
            Value::UNBOUND
        } else {
            crate::function::cell_data(cell).value
        };
        status(crate::dict::sync_local(dict, name, value))
    }
    fn molt_binary(op: u32, a: Value, b: Value) -> Value {
        boxed(crate::ops::binary(crate::ops::BinOp::ALL[op as usize], a, b))
    }
    fn molt_inplace(op: u32, a: Value, b: Value) -> Value {
        boxed(crate::ops::inplace(crate::ops::BinOp::ALL[op as usize], a, b))
    }
    fn molt_invert(a: Value, module: *const u8, line: u32) -> Value {
        if a.is_bool() {
            crate::init::warn_at(module, line, TypeId::DeprecationWarning, crate::ops::BOOL_INVERT_WARNING);
        }
        boxed(crate::ops::unary(crate::ops::UnOp::Invert, a))
    }
    fn molt_unary(op: u32, a: Value) -> Value {
        let op = [crate::ops::UnOp::Neg, crate::ops::UnOp::Pos, crate::ops::UnOp::Invert, crate::ops::UnOp::Not][op as usize];
        boxed(crate::ops::unary(op, a))
    }
    fn molt_compare(op: u32, a: Value, b: Value) -> Value {
        boxed(crate::ops::compare(crate::ops::CmpOp::ALL[op as usize], a, b))
    }
    fn molt_truthy(v: Value) -> i32 {
        match crate::ops::truthy(v) {
            Ok(b) => b as i32,
            Err(Raised) => -1,
        }
    }
    fn molt_call(callee: Value, args: *const u8, nargs: usize, kwnames: Value) -> Value {
        boxed(crate::call::call(callee, slice(args, nargs), &kwnames_of(kwnames)))
    }
    fn molt_call_method(obj: Value, name: Value, args: *const u8, nargs: usize, kwnames: Value) -> Value {
        boxed(crate::call::call_method(obj, name, slice(args, nargs), &kwnames_of(kwnames)))
    }
    fn molt_getattr(obj: Value, name: Value) -> Value {
        boxed(crate::attr::getattr(obj, name))
    }
    fn molt_getitem(a: Value, b: Value) -> Value {
        boxed(crate::subscript::getitem(a, b))
    }
    fn molt_setitem(a: Value, b: Value, c: Value) -> i32 {
        status(crate::subscript::setitem(a, b, c))
    }
    fn molt_delitem(a: Value, b: Value) -> i32 {
        status(crate::subscript::delitem(a, b))
    }
    fn molt_build_list(items: *const u8, n: usize) -> Value {
        crate::list::new_list(owned_all(slice(items, n))).into_raw()
    }
    fn molt_build_tuple(items: *const u8, n: usize) -> Value {
        crate::tuple::new_tuple(owned_all(slice(items, n))).into_raw()
    }
    fn molt_build_dict(items: *const u8, n: usize) -> Value {
        let items = slice(items, n);
        let d = crate::dict::new_dict();
        for pair in items.chunks(2) {
            if let Err(e) = crate::dict::dict_set(d.v(), pair[0].new_ref(), pair[1].new_ref()) {
                return boxed(Err(e));
            }
        }
        d.into_raw()
    }
    fn molt_build_set(items: *const u8, n: usize) -> Value {
        let s = crate::set::new_set();
        for &item in slice(items, n) {
            if let Err(e) = crate::set::add(s.v(), item) {
                return boxed(Err(e));
            }
        }
        s.into_raw()
    }
    fn molt_set_add(set: Value, item: Value) -> i32 {
        status(crate::set::add(set, item))
    }
    fn molt_build_slice(start: Value, stop: Value, step: Value) -> Value {
        crate::slice::new_slice(start.new_ref(), stop.new_ref(), step.new_ref()).into_raw()
    }
    fn molt_build_string(items: *const u8, n: usize) -> Value {
        crate::str::str_join_values(slice(items, n)).into_raw()
    }
    fn molt_format(v: Value, spec: Value) -> Value {
        boxed(crate::format::format(v, spec))
    }
    fn molt_convert(kind: u32, v: Value) -> Value {
        boxed(match kind {
            0 => crate::repr::to_str(v),
            1 => crate::repr::repr(v),
            _ => crate::format::ascii(v),
        })
    }
    fn molt_iter(v: Value) -> Value {
        boxed(crate::iter::iter(v))
    }
    fn molt_iter_next(it: Value) -> Value {
        match crate::iter::next(it) {
            Ok(Some(v)) => v.into_raw(),
            Ok(None) => Value::STOP,
            Err(Raised) => Value::ERROR,
        }
    }
    fn molt_gen_settle(g: Value, r: Value) -> Value {
        match crate::generator::settle(g, r) {
            Ok(crate::generator::Step::Yielded(v)) => v.into_raw(),
            Ok(crate::generator::Step::Returned(_)) => Value::STOP,
            Err(Raised) => Value::ERROR,
        }
    }
    fn molt_unpack(v: Value, n: usize) -> Value {
        boxed(crate::subscript::unpack(v, n))
    }
    fn molt_tuple_get(t: Value, i: usize) -> Value {
        crate::tuple::items(t)[i].clone().into_raw()
    }
    fn molt_make_function(module: *const u8, entry: *const u8, info: Value, defaults: Value, kwdefaults: Value, closure: Value, annotations: Value, nslots: usize) -> Value {
        let parts = crate::init::FunctionParts {
            defaults,
            kwdefaults,
            closure,
            annotations,
        };
        crate::init::make_function(module, entry, info, parts, nslots).into_raw()
    }
    fn molt_yield_from(iter: Value, sent: Value) -> Value {
        boxed(crate::generator::yield_from(iter, sent))
    }
    fn molt_yield_from_result() -> Value {
        crate::generator::take_yield_from_result().into_raw()
    }
    fn molt_call_unpack(callee: Value, items: *const u8, n: usize, layout: Value) -> Value {
        boxed(crate::call::call_unpack(callee, slice(items, n), layout))
    }
    fn molt_list_append(list: Value, item: Value) {
        crate::list::list_items(list).push(item.new_ref());
    }
    fn molt_list_extend(list: Value, v: Value) -> i32 {
        status(crate::list::extend_display(list, v))
    }
    fn molt_list_to_tuple(list: Value) -> Value {
        crate::tuple::new_tuple(crate::list::list_items(list).clone()).into_raw()
    }
    fn molt_dict_update(dict: Value, v: Value) -> i32 {
        status(crate::dict_methods::update_display(dict, v))
    }
    fn molt_unpack_ex(v: Value, before: usize, after: usize) -> Value {
        boxed(crate::subscript::unpack_ex(v, before, after))
    }
    fn molt_match_sequence(subject: Value, before: usize, after: i32) -> Value {
        let after = usize::try_from(after).ok();
        boxed(crate::pattern::match_sequence(subject, before, after))
    }
    fn molt_match_mapping(subject: Value, keys: Value, rest: u32) -> Value {
        boxed(crate::pattern::match_mapping(subject, keys, rest != 0))
    }
    fn molt_setattr(obj: Value, name: Value, value: Value) -> i32 {
        status(crate::attr::setattr(obj, name, value))
    }
    fn molt_delattr(obj: Value, name: Value) -> i32 {
        status(crate::attr::delattr(obj, name))
    }
    fn molt_compare_bool(op: u32, a: Value, b: Value) -> i32 {
        let op = crate::ops::CmpOp::ALL[op as usize];
        match crate::ops::compare(op, a, b).and_then(|r| crate::ops::truthy(r.v())) {
            Ok(t) => i32::from(t),
            Err(Raised) => -1,
        }
    }
    fn molt_update_local(op: u32, inplace: u32, old: Value, rhs: Value) -> Value {
        let op = crate::ops::BinOp::ALL[op as usize];
        boxed(crate::ops::update_local(op, inplace != 0, old, rhs))
    }
    fn molt_cell_new() -> Value {
        crate::function::new_cell().into_raw()
    }
    fn molt_closure_cell(func: Value, i: usize) -> Value {
        let closure = crate::function::function_data(func).closure.v();
        crate::tuple::items(closure)[i].clone().into_raw()
    }
    fn molt_unbound_free(name: Value) -> Value {
        let msg = format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            crate::str::as_string(name)
        );
        boxed(crate::exception_types::name_error(msg, name))
    }
    fn molt_import(name: Value) -> Value {
        boxed(crate::init::import(name))
    }
    fn molt_import_from(module: Value, name: Value) -> Value {
        boxed(crate::init::import_from(module, name))
    }
    fn molt_exc_catch() -> Value {
        let exc = take_raised().expect("exc.catch without a raised exception");
        ts().handling.push(exc.clone());
        exc.into_raw()
    }
    fn molt_exc_fetch() -> Value {
        take_raised().expect("exc.fetch without a raised exception").into_raw()
    }
    fn molt_exc_done() {
        ts().handling.pop();
    }
    fn molt_exc_current() -> Value {
        match ts().handling.last() {
            Some(e) => e.clone().into_raw(),
            None => boxed(crate::exception::err(TypeId::RuntimeError, "No active exception to reraise")),
        }
    }
    fn molt_exc_match(exc: Value, types: Value) -> i32 {
        match crate::init::exc_match(exc, types) {
            Ok(b) => b as i32,
            Err(Raised) => -1,
        }
    }
    fn molt_raise(exc: Value, cause: Value) -> Value {
        let r = crate::init::do_raise(exc, cause);
        decref(exc);
        if cause != Value::UNBOUND {
            decref(cause);
        }
        boxed(r)
    }
    fn molt_reraise(exc: Value) {
        ts().raised = Some(Owned::from_raw(exc));
    }
    fn molt_exc_group_split(exc: Value, types: Value) -> Value {
        boxed(crate::exception_group::star_match(exc, types))
    }
    fn molt_exc_group_reraise(orig: Value, excs: Value) -> Value {
        boxed(crate::exception_group::prep_reraise(orig, excs))
    }
}
