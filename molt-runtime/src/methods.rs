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
        TypeId::List => crate::list_methods::METHODS,
        TypeId::Dict => crate::dict_methods::METHODS,
        TypeId::Set => crate::set_methods::SET_METHODS,
        TypeId::FrozenSet => crate::set_methods::FROZENSET_METHODS,
        TypeId::Tuple => crate::list_methods::TUPLE_METHODS,
        TypeId::Int | TypeId::Bool => crate::num_glue::INT_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_METHODS,
        TypeId::Complex => crate::complex::METHODS,
        TypeId::TextIOWrapper => crate::io::METHODS,
        TypeId::Range => crate::range_methods::METHODS,
        TypeId::Generator => crate::generator::METHODS,
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
