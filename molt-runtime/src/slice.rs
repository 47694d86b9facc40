//! `slice` objects: construction, `indices()` with CPython's arbitrary-size
//! clamping (`_PySlice_GetLongIndices`), hashing and ordering as the tuple
//! `(start, stop, step)`.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::exception::{type_error, value_error, R};
use crate::int::{from_bigint, is_int, to_bigint};
use crate::methods::MethodTable;
use crate::object::{alloc, payload, type_id, TypeId};
use crate::tuple::new_tuple;
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

/// Whether `v` is a slice.
pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Slice
}

/// `(start, stop, step)` as a tuple, which slices hash and order as.
pub fn slice_tuple(v: Value) -> Owned {
    let d = slice_data(v);
    new_tuple(vec![d.start.clone(), d.stop.clone(), d.step.clone()])
}

/// A slice bound as an int (`evaluate_slice_index`).
fn slice_index(v: Value) -> R<BigInt> {
    if is_int(v) {
        return Ok(to_bigint(v));
    }
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// `(start, stop, step)` of the slice `s` over `length` items, clamped like
/// CPython's `_PySlice_GetLongIndices` without any size limit: the step is
/// checked first, then start, then stop.
pub fn long_indices(s: Value, length: &BigInt) -> R<(BigInt, BigInt, BigInt)> {
    let d = slice_data(s);
    let step = if d.step.v().is_none() {
        BigInt::from(1)
    } else {
        let step = slice_index(d.step.v())?;
        if step.is_zero() {
            return value_error("slice step cannot be zero");
        }
        step
    };
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |v: Value, default: &BigInt| -> R<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let i = slice_index(v)?;
        Ok(if i.is_negative() {
            (i + length).max(lower.clone())
        } else {
            i.min(upper.clone())
        })
    };
    let start = clamp(d.start.v(), if negative { &upper } else { &lower })?;
    let stop = clamp(d.stop.v(), if negative { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// `hash(slice)` (CPython 3.12's `slice_hash`): the tuple hash's xxHash lanes
/// over start, stop and step, without the length term.
pub fn slice_hash(v: Value) -> R<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let d = slice_data(v);
    let mut acc: u64 = P5;
    for part in [&d.start, &d.stop, &d.step] {
        let lane = crate::ops::hash(part.v())? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

fn indices(args: &[Value], kwnames: &[Owned]) -> R {
    let len = crate::args::one_arg("slice.indices", &args[1..], kwnames)?;
    let length = crate::args::index_big(len)?;
    if length.is_negative() {
        return value_error("length should not be negative");
    }
    let (start, stop, step) = long_indices(args[0], &length)?;
    Ok(new_tuple(vec![
        from_bigint(start),
        from_bigint(stop),
        from_bigint(step),
    ]))
}

/// Methods of slice.
pub const METHODS: MethodTable = &[("indices", indices)];
