//! Method tables of the builtin types: `(name, function)` pairs where the
//! function receives the object as its first argument.

use crate::function::BuiltinFn;
use crate::object::{Kind, TypeId};
use crate::value::Value;

/// A type's method table.
pub type MethodTable = &'static [(&'static str, BuiltinFn)];

/// The method table of a builtin type.
pub fn table(id: TypeId) -> MethodTable {
    match id {
        TypeId::Str => crate::str_methods::METHODS,
        TypeId::Bytes => crate::bytes_methods::BYTES_METHODS,
        TypeId::ByteArray => crate::bytes_methods::BYTEARRAY_METHODS,
        TypeId::MemoryView => crate::memoryview::METHODS,
        TypeId::List => crate::list_methods::METHODS,
        TypeId::Dict => crate::dict_methods::METHODS,
        TypeId::DictKeys | TypeId::DictItems => crate::dict_view_ops::METHODS,
        TypeId::Set => crate::set_methods::SET_METHODS,
        TypeId::FrozenSet => crate::set_methods::FROZENSET_METHODS,
        TypeId::Tuple => crate::list_methods::TUPLE_METHODS,
        TypeId::Int => crate::num_glue::INT_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_METHODS,
        TypeId::Complex => crate::complex::METHODS,
        TypeId::TextIOWrapper => crate::io::METHODS,
        TypeId::Range => crate::range_methods::METHODS,
        TypeId::Slice => crate::slice::METHODS,
        TypeId::Generator => crate::generator::METHODS,
        TypeId::Function | TypeId::BuiltinFunction | TypeId::Method => {
            crate::call::CALLABLE_METHODS
        }
        TypeId::BaseException => crate::exception_types::METHODS,
        TypeId::BaseExceptionGroup => crate::exception_group::METHODS,
        id if crate::object::type_data(crate::object::ty(id)).kind == Kind::Iterator => {
            crate::iter::METHODS
        }
        TypeId::Object => OBJECT_METHODS,
        _ => &[],
    }
}

/// Methods of object, inherited by every type.
const OBJECT_METHODS: MethodTable = &[("__format__", crate::slots::object_format)];

/// The class and static methods of a builtin type, reached through the type
/// object (`int.from_bytes`, `bytes.fromhex`); they receive the type as
/// their first argument.
pub fn class_table(id: TypeId) -> MethodTable {
    match id {
        TypeId::Bytes | TypeId::ByteArray => crate::bytes_methods::CLASS_METHODS,
        TypeId::Str => crate::str_methods::CLASS_METHODS,
        TypeId::Int | TypeId::Bool => crate::num_glue::INT_CLASS_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_CLASS_METHODS,
        TypeId::Dict => crate::dict_methods::CLASS_METHODS,
        _ => &[],
    }
}

/// What a name finds in a builtin type or its bases.
#[derive(Clone, Copy)]
pub enum Found {
    /// A method of `owner` (`str.upper`, `list.__getitem__`).
    Method(TypeId, &'static str, BuiltinFn),
    /// A slot wrapper of `owner` (`int.__add__`); see [`crate::slots`].
    Slot(TypeId, &'static str, BuiltinFn),
    /// A class method, bound to the type it is reached through.
    ClassMethod(&'static str, BuiltinFn),
    /// An attribute set to None (`list.__hash__`).
    NoneValue,
}

/// Looks `name` up along the MRO of the type `t`: each type's class
/// methods, methods and slot wrappers, the first found winning.
pub fn lookup(t: *mut crate::object::Header, name: &str) -> Option<Found> {
    crate::object::type_data(t).mro.iter().find_map(|&base| {
        let id = crate::object::type_data(base).id;
        if let Some(&(n, f)) = class_table(id).iter().find(|(n, _)| *n == name) {
            return Some(Found::ClassMethod(n, f));
        }
        if let Some(&(n, f)) = table(id).iter().find(|(n, _)| *n == name) {
            return Some(Found::Method(id, n, f));
        }
        let (n, f) = *crate::slots::table(id).iter().find(|(n, _)| *n == name)?;
        Some(match f {
            Some(f) => Found::Slot(id, n, f),
            None => Found::NoneValue,
        })
    })
}

/// The method or slot wrapper `name` of `obj`'s type or a base type, with
/// its static name: the function to call with `obj` prepended.
pub fn find(obj: Value, name: &str) -> Option<(&'static str, BuiltinFn)> {
    match lookup(crate::object::type_of(obj), name)? {
        Found::Method(_, n, f) | Found::Slot(_, n, f) => Some((n, f)),
        Found::ClassMethod(..) | Found::NoneValue => None,
    }
}
