//! `range` objects (start, stop, step as ints; inline ints only for now are
//! not assumed: big bounds are kept as values).

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a range. Bounds are Python ints.
pub struct RangeData {
    pub start: Owned,
    pub stop: Owned,
    pub step: Owned,
}

/// A new range.
pub fn new_range(start: Owned, stop: Owned, step: Owned) -> Owned {
    alloc(TypeId::Range, RangeData { start, stop, step })
}

/// The payload of a range value.
pub fn range_data<'a>(v: Value) -> &'a RangeData {
    unsafe { payload::<RangeData>(v) }
}
