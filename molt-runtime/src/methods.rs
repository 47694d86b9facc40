//! Method tables of the builtin types: `(name, function)` pairs where the
//! function receives the object as its first argument.

use crate::function::{new_bound_method, new_builtin, new_method_descriptor, BuiltinFn};
use crate::object::{type_data, type_id, TypeId};
use crate::value::{Owned, Value};

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
        TypeId::Int => crate::num_glue::INT_METHODS,
        TypeId::Float => crate::num_glue::FLOAT_METHODS,
        TypeId::Complex => crate::complex::METHODS,
        TypeId::TextIOWrapper => crate::io::METHODS,
        TypeId::Range => crate::range_methods::METHODS,
        TypeId::Slice => crate::slice::METHODS,
        TypeId::Generator => crate::generator::METHODS,
        _ => &[],
    }
}

/// The class methods of a builtin type: called on the type or an instance,
/// they ignore their first argument (the receiver).
pub fn class_methods(id: TypeId) -> MethodTable {
    match id {
        TypeId::Float => crate::num_glue::FLOAT_CLASS_METHODS,
        _ => &[],
    }
}

/// The type defining method `name` for instances of `id`, with its entry.
fn lookup(mut id: TypeId, name: &str) -> Option<(TypeId, &'static str, BuiltinFn)> {
    loop {
        let tables = [table(id), class_methods(id)];
        if let Some(&(n, f)) = tables
            .iter()
            .flat_map(|t| t.iter())
            .find(|(n, _)| *n == name)
        {
            return Some((id, n, f));
        }
        // bool inherits int's methods.
        if id == TypeId::Bool {
            id = TypeId::Int;
            continue;
        }
        return None;
    }
}

/// The method `name` of `obj`'s type, if it has one.
pub fn find(obj: Value, name: &str) -> Option<BuiltinFn> {
    lookup(type_id(obj), name).map(|(_, _, f)| f)
}

/// `obj.name` for a method of `obj`'s type: bound to `obj`, or for a class
/// method to its type.
pub fn bound(obj: Value, name: &str) -> Option<Owned> {
    let (owner, name, f) = lookup(type_id(obj), name)?;
    let receiver = if class_methods(owner).iter().any(|(n, _)| *n == name) {
        Value::from_ptr(crate::object::type_of(obj)).new_ref()
    } else {
        obj.new_ref()
    };
    Some(new_bound_method(new_builtin(name, f), receiver))
}

/// `T.name` for a builtin type `T`: a class method bound to `T`, or a method
/// descriptor such as `int.bit_length`.
pub fn type_attr(t: Value, name: &str) -> Option<Owned> {
    let (owner, name, f) = lookup(type_data(t.ptr()).id, name)?;
    if class_methods(owner).iter().any(|(n, _)| *n == name) {
        return Some(new_bound_method(new_builtin(name, f), t.new_ref()));
    }
    Some(new_method_descriptor(owner, name, f))
}
