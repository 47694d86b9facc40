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
        _ => &[],
    }
}

/// The class and static methods of a builtin type, reached through the type
/// object (`int.from_bytes`, `bytes.fromhex`); they receive the type as
/// their first argument.
pub fn class_table(id: TypeId) -> MethodTable {
    match id {
        TypeId::Bytes | TypeId::ByteArray => crate::bytes_methods::CLASS_METHODS,
        TypeId::Int | TypeId::Bool => crate::num_glue::INT_CLASS_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_CLASS_METHODS,
        TypeId::Dict => crate::dict_methods::CLASS_METHODS,
        _ => &[],
    }
}

/// The method `name` of `obj`'s type or a base type, with its static name.
pub fn find(obj: Value, name: &str) -> Option<(&'static str, BuiltinFn)> {
    let t = crate::object::type_of(obj);
    crate::object::type_data(t).mro.iter().find_map(|&base| {
        table(crate::object::type_data(base).id)
            .iter()
            .find(|(n, _)| *n == name)
            .copied()
    })
}
