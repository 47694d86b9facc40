//! `int`: inline 48-bit ints that promote to heap big ints on overflow, and
//! big ints that demote when their value fits again.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::{alloc, payload, type_id, TypeId};
use crate::value::{Owned, Value};

/// An int value from an `i64`, inline when it fits.
#[inline]
pub fn from_i64(n: i64) -> Owned {
    if Value::fits_inline(n) {
        Owned::from_raw(Value::inline_int(n))
    } else {
        alloc(TypeId::Int, BigInt::from(n))
    }
}

/// An int value from a big int, inline when it fits.
pub fn from_bigint(n: BigInt) -> Owned {
    match n.to_i64() {
        Some(small) if Value::fits_inline(small) => Owned::from_raw(Value::inline_int(small)),
        _ => alloc(TypeId::Int, n),
    }
}

/// Whether `v` is an int (bools included).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_inline_int() || v.is_bool() || (v.is_ptr() && type_id(v) == TypeId::Int)
}

/// Whether `v` is a heap big int.
#[inline]
pub fn is_big(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Int
}

/// The big int payload of a heap int.
#[inline]
pub fn big<'a>(v: Value) -> &'a BigInt {
    unsafe { payload::<BigInt>(v) }
}

/// The value of an int as `i64`, if it fits.
#[inline]
pub fn to_i64(v: Value) -> Option<i64> {
    if v.is_inline_int() {
        Some(v.as_inline_int())
    } else if v.is_bool() {
        Some(v.as_bool() as i64)
    } else {
        big(v).to_i64()
    }
}

/// The value of an int as a big int.
pub fn to_bigint(v: Value) -> BigInt {
    if v.is_inline_int() {
        BigInt::from(v.as_inline_int())
    } else if v.is_bool() {
        BigInt::from(v.as_bool() as i64)
    } else {
        big(v).clone()
    }
}

/// The sign of an int: -1, 0 or 1.
pub fn sign(v: Value) -> i32 {
    match to_i64(v) {
        Some(n) => n.signum() as i32,
        None => {
            let b = big(v);
            if b.is_negative() {
                -1
            } else if b.is_zero() {
                0
            } else {
                1
            }
        }
    }
}
