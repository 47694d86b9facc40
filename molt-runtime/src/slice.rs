//! `slice` objects and index normalisation.

use crate::object::{alloc, payload, TypeId};
use crate::value::{Owned, Value};

/// The payload of a slice.
pub struct SliceData {
    pub start: Owned,
    pub stop: Owned,
    pub step: Owned,
}

/// A new slice.
pub fn new_slice(start: Owned, stop: Owned, step: Owned) -> Owned {
    alloc(TypeId::Slice, SliceData { start, stop, step })
}

/// The collector's traverse: start, stop and step.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let d = slice_data(v);
    visit(d.start.v());
    visit(d.stop.v());
    visit(d.step.v());
}

/// The payload of a slice value.
pub fn slice_data<'a>(v: Value) -> &'a SliceData {
    unsafe { payload::<SliceData>(v) }
}
