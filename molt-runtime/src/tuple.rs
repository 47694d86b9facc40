//! `tuple`: an immutable array of owned references.

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a tuple.
pub struct TupleData {
    pub items: Box<[Owned]>,
}

/// A new tuple owning `items`.
pub fn new_tuple(items: Vec<Owned>) -> Owned {
    alloc(
        TypeId::Tuple,
        TupleData {
            items: items.into_boxed_slice(),
        },
    )
}

/// The items of a tuple value.
#[inline]
pub fn items<'a>(v: Value) -> &'a [Owned] {
    unsafe { &payload::<TupleData>(v).items }
}

/// Whether `v` is a tuple.
#[inline]
pub fn is_tuple(v: Value) -> bool {
    v.is_ptr() && crate::object::is_instance(v, TypeId::Tuple)
}
