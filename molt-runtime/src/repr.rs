//! `repr()` and `str()` of the builtin types, with CPython's formats and its
//! `[...]` guard for self-containing containers.

use crate::exception::{exc_data, R};
use crate::int::{is_int, to_i64};
use crate::list::list_items;
use crate::object::{type_data, type_id, type_name, type_of, TypeId};
use crate::state::ts;
use crate::str::{from_code_points, new_str, str_data};
use crate::value::{Owned, Value};

/// `repr(v)` as Rust text.
pub fn repr_string(v: Value) -> R<String> {
    let r = repr(v)?;
    Ok(crate::str::as_string(r.v()))
}

/// `str(v)` as Rust text.
pub fn str_string(v: Value) -> R<String> {
    let s = to_str(v)?;
    Ok(crate::str::as_string(s.v()))
}

/// The decimal text of an int, honouring the 4300-digit limit.
pub fn int_text(v: Value) -> R<String> {
    match to_i64(v) {
        Some(n) => Ok(n.to_string()),
        None => match crate::num::int_text::int_to_decimal_string(crate::int::big(v)) {
            Ok(s) => Ok(s),
            Err(msg) => crate::exception::value_error(msg),
        },
    }
}

/// `repr(v)`.
pub fn repr(v: Value) -> R {
    if v.is_float() {
        return Ok(new_str(&crate::num::float_repr::float_repr(v.as_float())));
    }
    if v.is_bool() {
        return Ok(new_str(if v.as_bool() { "True" } else { "False" }));
    }
    if v.is_none() {
        return Ok(new_str("None"));
    }
    if is_int(v) {
        return Ok(new_str(&int_text(v)?));
    }
    let id = type_id(v);
    match id {
        TypeId::Complex => Ok(new_str(&crate::num::complex::repr(
            crate::complex::complex_of(v),
        ))),
        TypeId::Str => {
            let cps = str_data(v).code_points();
            Ok(from_code_points(&crate::text::repr::str_repr(&cps)))
        }
        TypeId::Bytes => Ok(new_str(&crate::text::repr::bytes_repr(
            crate::bytes::bytes_of(v),
        ))),
        TypeId::ByteArray => Ok(new_str(&format!(
            "bytearray({})",
            crate::text::repr::bytearray_repr(crate::bytes::contents(v))
        ))),
        TypeId::MemoryView => Ok(new_str(&crate::memoryview::repr(v))),
        TypeId::List | TypeId::Tuple | TypeId::Dict => guarded(v, || container_repr(v, id)),
        TypeId::Set | TypeId::FrozenSet => guarded(v, || set_repr(v, id)),
        TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => guarded(v, || {
            let items = crate::iter::collect(v)?;
            let list = crate::list::new_list(items);
            let inner = repr_string(list.v())?;
            Ok(new_str(&format!("{}({inner})", type_name(v))))
        }),
        TypeId::Range => {
            let r = crate::range::range_data(v);
            let (a, b) = (repr_string(r.start.v())?, repr_string(r.stop.v())?);
            if to_i64(r.step.v()) == Some(1) {
                Ok(new_str(&format!("range({a}, {b})")))
            } else {
                Ok(new_str(&format!(
                    "range({a}, {b}, {})",
                    repr_string(r.step.v())?
                )))
            }
        }
        TypeId::Slice => {
            let s = crate::slice::slice_data(v);
            Ok(new_str(&format!(
                "slice({}, {}, {})",
                repr_string(s.start.v())?,
                repr_string(s.stop.v())?,
                repr_string(s.step.v())?
            )))
        }
        TypeId::Type => Ok(new_str(&format!("<class '{}'>", type_data(v.ptr()).name))),
        TypeId::Generator => {
            let qualname = crate::generator::attribute(v, "__qualname__").expect("an attribute");
            Ok(new_str(&format!(
                "<generator object {} at {:#x}>",
                crate::str::as_string(qualname.v()),
                v.ptr() as usize
            )))
        }
        TypeId::Function => {
            let f = crate::function::function_data(v);
            Ok(new_str(&format!(
                "<function {} at {:#x}>",
                crate::str::as_string(f.qualname.v()),
                v.ptr() as usize
            )))
        }
        TypeId::MethodDescriptor | TypeId::WrapperDescriptor => {
            let d = crate::function::method_descriptor_data(v);
            let owner = type_data(crate::object::ty(d.owner)).name;
            let kind = if id == TypeId::WrapperDescriptor {
                "slot wrapper"
            } else {
                "method"
            };
            Ok(new_str(&format!(
                "<{kind} '{}' of '{owner}' objects>",
                d.name
            )))
        }
        TypeId::MethodWrapper => {
            let m = crate::function::bound_method_data(v);
            let name = crate::function::method_descriptor_data(m.func.v()).name;
            Ok(new_str(&format!(
                "<method-wrapper '{name}' of {} object at {:#x}>",
                type_name(m.receiver.v()),
                m.receiver.v().ptr() as usize
            )))
        }
        TypeId::NotImplementedType => Ok(new_str("NotImplemented")),
        TypeId::Ellipsis => Ok(new_str("Ellipsis")),
        TypeId::BuiltinFunction => Ok(new_str(&format!(
            "<built-in function {}>",
            crate::function::builtin_data(v).name
        ))),
        TypeId::Method => {
            let m = crate::function::bound_method_data(v);
            let name = crate::function::builtin_data(m.func.v()).name;
            Ok(new_str(&format!(
                "<built-in method {name} of {} object at {:#x}>",
                type_name(m.receiver.v()),
                m.receiver.v().ptr() as usize
            )))
        }
        TypeId::Traceback => Ok(new_str(&format!(
            "<traceback object at {:#x}>",
            v.ptr() as usize
        ))),
        TypeId::Module => {
            let m = crate::module::module_data(v);
            Ok(new_str(&format!("<module '{}' (built-in)>", m.name)))
        }
        TypeId::TextIOWrapper => {
            let name = if crate::io::stream_fd(v) == 1 {
                "<stdout>"
            } else {
                "<stderr>"
            };
            Ok(new_str(&format!(
                "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
            )))
        }
        _ if crate::object::is_instance(v, TypeId::BaseException) => exception_repr(v),
        _ => Ok(new_str(&format!(
            "<{} object at {:#x}>",
            type_data(type_of(v)).name,
            v.ptr() as usize
        ))),
    }
}

fn exception_repr(v: Value) -> R {
    crate::call::nested(crate::call::NESTED_REPR, || exception_args_repr(v))
}

fn exception_args_repr(v: Value) -> R {
    let args = exc_data(v).args.v();
    let items = crate::tuple::items(args);
    let inner = if items.len() == 1 {
        repr_string(items[0].v())?
    } else {
        let t = repr_string(args)?;
        t[1..t.len() - 1].to_string()
    };
    Ok(new_str(&format!("{}({inner})", type_name(v))))
}

/// Runs `f` unless `v` is already being printed, in which case its repr is
/// `[...]`, `(...)` or `{...}`.
fn guarded(v: Value, f: impl FnOnce() -> R) -> R {
    crate::call::nested(crate::call::NESTED_REPR, || self_guarded(v, f))
}

fn self_guarded(v: Value, f: impl FnOnce() -> R) -> R {
    let state = ts();
    if state.repr_stack.contains(&v) {
        return Ok(new_str(match type_id(v) {
            TypeId::List => "[...]",
            TypeId::Tuple => "(...)",
            TypeId::Set => "set(...)",
            TypeId::FrozenSet => "frozenset(...)",
            TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => "...",
            _ => "{...}",
        }));
    }
    state.repr_stack.push(v);
    let r = f();
    ts().repr_stack.pop();
    r
}

fn container_repr(v: Value, id: TypeId) -> R {
    let mut out = String::new();
    match id {
        TypeId::List | TypeId::Tuple => {
            let items: Vec<Owned> = if id == TypeId::List {
                list_items(v).clone()
            } else {
                crate::tuple::items(v).to_vec()
            };
            out.push(if id == TypeId::List { '[' } else { '(' });
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_string(x.v())?);
            }
            if id == TypeId::Tuple && items.len() == 1 {
                out.push(',');
            }
            out.push(if id == TypeId::List { ']' } else { ')' });
        }
        _ => {
            let entries: Vec<(Owned, Owned)> = crate::dict::dict_data(v)
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            out.push('{');
            for (i, (k, x)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr_string(k.v())?);
                out.push_str(": ");
                out.push_str(&repr_string(x.v())?);
            }
            out.push('}');
        }
    }
    Ok(new_str(&out))
}

/// `set()`, `{1, 2}`, `frozenset()`, `frozenset({1, 2})`.
fn set_repr(v: Value, id: TypeId) -> R {
    let keys: Vec<Owned> = crate::set::set_data(v)
        .keys()
        .map(|k| k.new_ref())
        .collect();
    let name = if id == TypeId::Set {
        "set"
    } else {
        "frozenset"
    };
    if keys.is_empty() {
        return Ok(new_str(&format!("{name}()")));
    }
    let mut out = String::from("{");
    for (i, k) in keys.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_string(k.v())?);
    }
    out.push('}');
    if id == TypeId::FrozenSet {
        out = format!("frozenset({out})");
    }
    Ok(new_str(&out))
}

/// `str(v)`.
pub fn to_str(v: Value) -> R {
    if v.is_ptr() {
        match type_id(v) {
            TypeId::Str => return Ok(v.new_ref()),
            _ if crate::object::is_instance(v, TypeId::BaseException) => {
                return exception_str(v);
            }
            _ => {}
        }
    }
    repr(v)
}

fn exception_str(v: Value) -> R {
    crate::exception_types::exception_str(v)
}
