//! The NaN-boxed `Value` word and the owned-reference wrapper `Owned`.
//!
//! Layout (top 16 bits select the kind; see `docs/decisions.md`):
//! - a float is its IEEE-754 bits; NaNs are canonicalised to `0x7FF8_0000_0000_0000`,
//!   so no float has a top-16 pattern of `0xFFF9` or above;
//! - `0xFFF9`: an inline int, 48-bit two's complement payload;
//! - `0xFFFA`: a bool (payload 0 or 1); `0xFFFB`: None;
//! - `0xFFFC`: a pointer to a heap object (48-bit address);
//! - `0xFFFD`: markers that are never Python objects (unbound, iterator stop);
//! - `0xFFFE`: the error sentinel returned by raising runtime functions.

use crate::object::{self, Header};

/// One NaN-boxed word. `Value` is `Copy` and never owns: see [`Owned`].
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Value(pub u64);

const TAG_SHIFT: u32 = 48;
const TAG_INT: u64 = 0xFFF9;
const TAG_BOOL: u64 = 0xFFFA;
const TAG_NONE: u64 = 0xFFFB;
const TAG_PTR: u64 = 0xFFFC;
const PAYLOAD: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// The smallest inline int.
pub const INLINE_INT_MIN: i64 = -(1 << 47);
/// The largest inline int.
pub const INLINE_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    /// `None`.
    pub const NONE: Value = Value(TAG_NONE << TAG_SHIFT);
    /// `True`.
    pub const TRUE: Value = Value((TAG_BOOL << TAG_SHIFT) | 1);
    /// `False`.
    pub const FALSE: Value = Value(TAG_BOOL << TAG_SHIFT);
    /// The error sentinel.
    pub const ERROR: Value = Value(0xFFFE_0000_0000_0000);
    /// The unbound-variable marker.
    pub const UNBOUND: Value = Value(0xFFFD_0000_0000_0000);
    /// The iterator-exhausted marker.
    pub const STOP: Value = Value(0xFFFD_0000_0000_0001);

    /// A float (NaN canonicalised).
    #[inline]
    pub fn float(x: f64) -> Value {
        if x.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(x.to_bits())
        }
    }

    /// An inline int; the caller guarantees the range.
    #[inline]
    pub fn inline_int(n: i64) -> Value {
        debug_assert!((INLINE_INT_MIN..=INLINE_INT_MAX).contains(&n));
        Value((TAG_INT << TAG_SHIFT) | (n as u64 & PAYLOAD))
    }

    /// Whether `n` fits the inline int range.
    #[inline]
    pub fn fits_inline(n: i64) -> bool {
        (INLINE_INT_MIN..=INLINE_INT_MAX).contains(&n)
    }

    /// A bool.
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A heap object pointer.
    #[inline]
    pub fn from_ptr(p: *const Header) -> Value {
        Value((TAG_PTR << TAG_SHIFT) | (p as u64 & PAYLOAD))
    }

    #[inline]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    /// Whether this is a float.
    #[inline]
    pub fn is_float(self) -> bool {
        self.tag() < TAG_INT
    }

    /// Whether this is an inline int.
    #[inline]
    pub fn is_inline_int(self) -> bool {
        self.tag() == TAG_INT
    }

    /// Whether this is a bool.
    #[inline]
    pub fn is_bool(self) -> bool {
        self.tag() == TAG_BOOL
    }

    /// Whether this is None.
    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    /// Whether this points to a heap object.
    #[inline]
    pub fn is_ptr(self) -> bool {
        self.tag() == TAG_PTR
    }

    /// The float payload.
    #[inline]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }

    /// The inline int payload.
    #[inline]
    pub fn as_inline_int(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    /// The bool payload.
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 & 1 == 1
    }

    /// The object header of a heap value.
    #[inline]
    pub fn ptr(self) -> *mut Header {
        (self.0 & PAYLOAD) as *mut Header
    }

    /// Takes a new reference and returns it as [`Owned`].
    #[inline]
    pub fn new_ref(self) -> Owned {
        incref(self);
        Owned(self)
    }
}

/// Increments the reference count of a heap value.
#[inline]
pub fn incref(v: Value) {
    if v.is_ptr() {
        unsafe { (*v.ptr()).rc += 1 }
    }
}

/// Decrements the reference count of a heap value, freeing it at zero.
#[inline]
pub fn decref(v: Value) {
    if v.is_ptr() {
        unsafe {
            let h = v.ptr();
            (*h).rc -= 1;
            if (*h).rc == 0 {
                object::dealloc(v);
            }
        }
    }
}

/// An owned reference: dropping it releases the reference.
#[repr(transparent)]
#[derive(Debug, PartialEq, Eq)]
pub struct Owned(Value);

impl Owned {
    /// Takes over a reference the caller owns.
    #[inline]
    pub fn from_raw(v: Value) -> Owned {
        Owned(v)
    }

    /// The value, borrowed.
    #[inline]
    pub fn v(&self) -> Value {
        self.0
    }

    /// Gives up ownership without releasing.
    #[inline]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }
}

impl Clone for Owned {
    #[inline]
    fn clone(&self) -> Owned {
        self.0.new_ref()
    }
}

impl Drop for Owned {
    #[inline]
    fn drop(&mut self) {
        decref(self.0)
    }
}

impl From<bool> for Owned {
    fn from(b: bool) -> Owned {
        Owned(Value::bool(b))
    }
}

impl From<f64> for Owned {
    fn from(x: f64) -> Owned {
        Owned(Value::float(x))
    }
}

/// `None`, owned.
pub fn none() -> Owned {
    Owned(Value::NONE)
}
