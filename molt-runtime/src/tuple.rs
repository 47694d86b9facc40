//! `tuple`: an immutable array of owned references.

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a tuple.
pub struct TupleData {
    pub items: Box<[Owned]>,
}

/// A new tuple owning `items`. The collector tracks it unless it is empty
/// (CPython's empty tuple is an untracked singleton); a tuple of atomic
/// items is untracked when it survives a collection.
pub fn new_tuple(items: Vec<Owned>) -> Owned {
    let empty = items.is_empty();
    let t = alloc(
        TypeId::Tuple,
        TupleData {
            items: items.into_boxed_slice(),
        },
    );
    if empty {
        crate::gc::untrack(t.v());
    }
    t
}

/// The items of a tuple value.
#[inline]
pub fn items<'a>(v: Value) -> &'a [Owned] {
    unsafe { &payload::<TupleData>(v).items }
}

/// The collector's traverse: the items.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for x in items(v) {
        visit(x.v());
    }
}

/// Whether `v` is a tuple.
#[inline]
pub fn is_tuple(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::Tuple)
}
