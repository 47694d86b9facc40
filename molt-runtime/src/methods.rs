//! Method tables of the builtin types: `(name, function)` pairs where the
//! function receives the object as its first argument.

use crate::function::BuiltinFn;
use crate::object::{type_id, TypeId};
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
        TypeId::Set => crate::set_methods::SET_METHODS,
        TypeId::FrozenSet => crate::set_methods::FROZENSET_METHODS,
        TypeId::Tuple => crate::list_methods::TUPLE_METHODS,
        TypeId::Int | TypeId::Bool => crate::num_glue::INT_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_METHODS,
        TypeId::TextIOWrapper => crate::io::METHODS,
        TypeId::Range => crate::range_methods::METHODS,
        TypeId::Generator => crate::generator::METHODS,
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
        _ => &[],
    }
}

/// The method `name` of `obj`'s type, if it has one.
pub fn find(obj: Value, name: &str) -> Option<BuiltinFn> {
    let mut id = type_id(obj);
    loop {
        if let Some((_, f)) = table(id).iter().find(|(n, _)| *n == name) {
            return Some(*f);
        }
        // bool inherits int's methods.
        if id == TypeId::Bool {
            id = TypeId::Int;
            continue;
        }
        return None;
    }
}
