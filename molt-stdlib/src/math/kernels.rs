//! Numeric kernels of Python 3.12's `math` module, as plain Rust functions.
//!
//! Nothing here knows about Python objects: arguments are `f64` (a Python
//! float, or an int the caller has already converted with [`int_to_f64`]) and
//! [`BigInt`] (a Python int, or anything the caller turned into one through
//! `__index__`).  Results are `f64`, `bool`, `BigInt` or tuples of those.
//!
//! # Errors
//!
//! Fallible functions return [`MathResult`].  Each [`MathError`] maps to exactly
//! one Python exception type ([`MathError::kind`]) and message
//! ([`MathError::message`]), chosen to match CPython 3.12:
//!
//! * [`MathError::Domain`] is `ValueError("math domain error")`,
//! * [`MathError::Range`] is `OverflowError("math range error")`,
//! * the other variants carry their message.
//!
//! Functions for which CPython can never raise (given numeric arguments)
//! return their value directly.
//!
//! # Floating-point behaviour
//!
//! CPython wraps the C library's functions and decides on errors from the
//! result: a NaN produced from non-NaN arguments is a domain error, an
//! infinity produced from finite arguments is a range error (or a domain
//! error for functions with poles, such as `log`).  The functions below apply
//! the same rules, function by function, and call the same C library
//! functions CPython calls (through `extern "C"` declarations of libm), so on
//! the same platform they return the same bits.  Where CPython 3.12 uses its
//! own algorithm instead of libm (`gamma`, `lgamma`, `remainder`, `hypot`,
//! `dist`, `fsum`, `sumprod`, `nextafter` with steps, the int paths of `log`)
//! the same algorithm is implemented here, evaluated in the same order, so
//! that results agree bit for bit.
//!
//! # What the caller does
//!
//! * Argument conversion (`float(x)`, `__index__`, `__ceil__`, `__floor__`,
//!   `__trunc__` dispatch, the `TypeError`s of the argument parser).
//! * `log`, `log2` and `log10` accept ints directly (see [`LogArg`]) because
//!   CPython computes the logarithm of a huge int without converting it.
//! * `fsum` converts each item to float as it goes; use [`Fsum`] for lazy
//!   iteration (CPython stops at the first error).
//! * `sumprod` and `prod` have int and generic-object paths in CPython; only
//!   the float paths are here ([`SumprodAccumulator`], [`sumprod_f64`],
//!   [`prod_f64`]).

use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// The Python exception type a [`MathError`] is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExceptionKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    TypeError,
}

impl ExceptionKind {
    /// The Python name of the exception type, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::ZeroDivisionError => "ZeroDivisionError",
            ExceptionKind::TypeError => "TypeError",
        }
    }
}

/// An error raised by a `math` function: the exception type is given by
/// [`MathError::kind`] and its message by [`MathError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError("math domain error")`.
    Domain,
    /// `OverflowError("math range error")`.
    Range,
    /// `ValueError` with the given message.
    Value(String),
    /// `OverflowError` with the given message.
    Overflow(String),
    /// `ZeroDivisionError` with the given message.
    ZeroDivision(String),
    /// `TypeError` with the given message.  No kernel here produces it; it
    /// exists so that argument-conversion code can share this error type.
    Type(String),
}

impl MathError {
    /// The exception type to raise.
    pub fn kind(&self) -> ExceptionKind {
        match self {
            MathError::Domain | MathError::Value(_) => ExceptionKind::ValueError,
            MathError::Range | MathError::Overflow(_) => ExceptionKind::OverflowError,
            MathError::ZeroDivision(_) => ExceptionKind::ZeroDivisionError,
            MathError::Type(_) => ExceptionKind::TypeError,
        }
    }

    /// The exception message (the text of `str(exc)`).
    pub fn message(&self) -> &str {
        match self {
            MathError::Domain => "math domain error",
            MathError::Range => "math range error",
            MathError::Value(m)
            | MathError::Overflow(m)
            | MathError::ZeroDivision(m)
            | MathError::Type(m) => m,
        }
    }

    fn value(msg: &str) -> Self {
        MathError::Value(msg.to_owned())
    }

    fn overflow(msg: &str) -> Self {
        MathError::Overflow(msg.to_owned())
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind().name(), self.message())
    }
}

impl std::error::Error for MathError {}

/// Result type of the fallible kernels.
pub type MathResult<T> = Result<T, MathError>;

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/// `math.pi`
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`
pub const E: f64 = std::f64::consts::E;
/// `math.tau`
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`
pub const INF: f64 = f64::INFINITY;
/// `math.nan` (a positive quiet NaN, like CPython's).
pub const NAN: f64 = f64::NAN;

// ---------------------------------------------------------------------------
// The C math library
// ---------------------------------------------------------------------------

/// Raw declarations of the libm functions CPython's `math` module calls.
mod ffi {
    use std::os::raw::c_int;

    #[cfg_attr(unix, link(name = "m"))]
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // The static runtime library also carries Rust's compiler_builtins,
        // which defines a weak `cbrt` of its own (correctly rounded, unlike
        // glibc's); the linker would pick that one over libm's.  glibc's
        // `cbrtf64` is the same function as its `cbrt` under another name.
        #[cfg_attr(all(target_os = "linux", target_env = "gnu"), link_name = "cbrtf64")]
        pub fn cbrt(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn ldexp(x: f64, e: c_int) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

/// Safe wrappers around [`ffi`]: these libm functions are pure and defined
/// for every `f64` argument.
mod c {
    use super::ffi;

    macro_rules! unary {
        ($($name:ident),* $(,)?) => {
            $(
                #[inline]
                pub fn $name(x: f64) -> f64 {
                    // SAFETY: a pure libm function taking and returning a double.
                    unsafe { ffi::$name(x) }
                }
            )*
        };
    }

    unary!(
        acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, log,
        log10, log1p, log2, sin, sinh, tan, tanh,
    );

    #[inline]
    pub fn atan2(y: f64, x: f64) -> f64 {
        // SAFETY: pure libm function.
        unsafe { ffi::atan2(y, x) }
    }

    #[inline]
    pub fn pow(x: f64, y: f64) -> f64 {
        // SAFETY: pure libm function.
        unsafe { ffi::pow(x, y) }
    }

    #[inline]
    pub fn ldexp(x: f64, e: i32) -> f64 {
        // SAFETY: pure libm function; `c_int` is `i32` on every supported target.
        unsafe { ffi::ldexp(x, e as std::os::raw::c_int) }
    }
}

// ---------------------------------------------------------------------------
// Error rules of CPython's libm wrappers
// ---------------------------------------------------------------------------

/// Error rule for one-argument functions: a NaN from a non-NaN argument is a
/// domain error; an infinity from a finite argument is a range error when the
/// function can overflow, otherwise (a pole) a domain error.
#[inline]
fn check1(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() {
        if !x.is_nan() {
            return Err(MathError::Domain);
        }
    } else if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// Error rule for two-argument functions: a NaN from non-NaN arguments is a
/// domain error, an infinity from finite arguments a range error.
#[inline]
fn check2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() {
        if !x.is_nan() && !y.is_nan() {
            return Err(MathError::Domain);
        }
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Functions of one float
// ---------------------------------------------------------------------------

/// `math.acos(x)`
pub fn acos(x: f64) -> MathResult<f64> {
    check1(x, c::acos(x), false)
}

/// `math.acosh(x)`
pub fn acosh(x: f64) -> MathResult<f64> {
    check1(x, c::acosh(x), false)
}

/// `math.asin(x)`
pub fn asin(x: f64) -> MathResult<f64> {
    check1(x, c::asin(x), false)
}

/// `math.asinh(x)`
pub fn asinh(x: f64) -> MathResult<f64> {
    check1(x, c::asinh(x), false)
}

/// `math.atan(x)`
pub fn atan(x: f64) -> MathResult<f64> {
    check1(x, c::atan(x), false)
}

/// `math.atanh(x)`
pub fn atanh(x: f64) -> MathResult<f64> {
    check1(x, c::atanh(x), false)
}

/// `math.cbrt(x)`
pub fn cbrt(x: f64) -> MathResult<f64> {
    check1(x, c::cbrt(x), false)
}

/// `math.cos(x)`
pub fn cos(x: f64) -> MathResult<f64> {
    check1(x, c::cos(x), false)
}

/// `math.cosh(x)`
pub fn cosh(x: f64) -> MathResult<f64> {
    check1(x, c::cosh(x), true)
}

/// `math.exp(x)`
pub fn exp(x: f64) -> MathResult<f64> {
    check1(x, c::exp(x), true)
}

/// `math.exp2(x)`
pub fn exp2(x: f64) -> MathResult<f64> {
    check1(x, c::exp2(x), true)
}

/// `math.expm1(x)`
pub fn expm1(x: f64) -> MathResult<f64> {
    check1(x, c::expm1(x), true)
}

/// `math.fabs(x)`
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.log1p(x)`
pub fn log1p(x: f64) -> MathResult<f64> {
    check1(x, c::log1p(x), false)
}

/// `math.sin(x)`
pub fn sin(x: f64) -> MathResult<f64> {
    check1(x, c::sin(x), false)
}

/// `math.sinh(x)`
pub fn sinh(x: f64) -> MathResult<f64> {
    check1(x, c::sinh(x), true)
}

/// `math.sqrt(x)`
pub fn sqrt(x: f64) -> MathResult<f64> {
    check1(x, x.sqrt(), false)
}

/// `math.tan(x)`
pub fn tan(x: f64) -> MathResult<f64> {
    check1(x, c::tan(x), false)
}

/// `math.tanh(x)`
pub fn tanh(x: f64) -> MathResult<f64> {
    check1(x, c::tanh(x), false)
}

/// `math.erf(x)` (libm's `erf`, as in CPython 3.12; never raises).
pub fn erf(x: f64) -> f64 {
    c::erf(x)
}

/// `math.erfc(x)` (libm's `erfc`, as in CPython 3.12; never raises).
pub fn erfc(x: f64) -> f64 {
    c::erfc(x)
}

const DEG_TO_RAD: f64 = PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / PI;

/// `math.degrees(x)`
pub fn degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}

/// `math.radians(x)`
pub fn radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

/// `math.isfinite(x)`
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.isinf(x)`
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isnan(x)`
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.ceil(x)` for a float `x`.
pub fn ceil(x: f64) -> MathResult<BigInt> {
    float_to_int(x.ceil())
}

/// `math.floor(x)` for a float `x`.
pub fn floor(x: f64) -> MathResult<BigInt> {
    float_to_int(x.floor())
}

/// `math.trunc(x)` for a float `x` (which is `int(x)`).
pub fn trunc(x: f64) -> MathResult<BigInt> {
    float_to_int(x)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`;
/// zeros, infinities and NaNs are returned unchanged with `e == 0`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let mut bits = x.to_bits();
    let mut adjust = 0;
    if (bits >> 52) & 0x7ff == 0 {
        // Subnormal: scale into the normal range first (exactly).
        bits = (x * TWO_POW_64).to_bits();
        adjust = -64;
    }
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, biased - 1022 + adjust)
}

const TWO_POW_64: f64 = 18446744073709551616.0;

/// `math.modf(x)`: the fractional and integer parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = next_toward(x, INF);
    if up.is_infinite() {
        // x is the largest finite float.
        return x - next_toward(x, -INF);
    }
    up - x
}

// ---------------------------------------------------------------------------
// Functions of two floats
// ---------------------------------------------------------------------------

/// `math.atan2(y, x)`; special values are settled before calling libm, as
/// CPython does.
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return NAN;
    }
    let x_positive = x.is_sign_positive();
    if y.is_infinite() {
        let angle = if x.is_infinite() {
            if x_positive {
                0.25 * PI
            } else {
                0.75 * PI
            }
        } else {
            0.5 * PI
        };
        return angle.copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x_positive {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    c::atan2(y, x)
}

/// `math.copysign(x, y)`
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fmod(x, y)`
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    // `%` on f64 is C's fmod (exact).
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder `x - n*y`, `n` the integer
/// nearest `x/y` (ties to even).  Always exact.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    check2(x, y, ieee_remainder(x, y))
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = ax % ay;
        // Compare m with ay/2 without computing ay/2 (which may be inexact
        // for tiny ay): m < ay/2 exactly when m < ay - m.
        let complement = ay - m;
        let r = if m < complement {
            m
        } else if m > complement {
            -complement
        } else {
            // A tie: ax = q*ay + ay/2.  Pick the even quotient: the term
            // below is 0 when q is even and m when q is odd (all exact).
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return NAN;
    }
    // y is infinite, x finite.
    x
}

/// `math.pow(x, y)`
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        // C99 Annex F special values, settled here; never an error.
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            // y is infinite from here on.
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = c::pow(x, y);
    if r.is_nan() {
        // (negative) ** (non-integer)
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        // 0 ** negative is a pole; anything else overflowed.
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

/// `math.ldexp(x, i)`: `x * 2**i` for an int `i` of any size.
pub fn ldexp(x: f64, i: &BigInt) -> MathResult<f64> {
    let exp = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    ldexp_i64(x, exp)
}

/// [`ldexp`] with an exponent that fits in an `i64`.
pub fn ldexp_i64(x: f64, exp: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if exp > i64::from(i32::MAX) {
        return Err(MathError::Range);
    }
    if exp < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let r = c::ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)`; CPython's defaults
/// are `rel_tol = 1e-09`, `abs_tol = 0.0`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(MathError::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// One step of C's `nextafter(x, y)`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increases the magnitude bits.
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

/// `math.nextafter(x, y, steps=steps)`: the float `steps` steps from `x`
/// towards `y` (one step when `steps` is `None`), stopping at `y`.
pub fn nextafter(x: f64, y: f64, steps: Option<&BigInt>) -> MathResult<f64> {
    let Some(steps) = steps else {
        return Ok(next_toward(x, y));
    };
    if steps.is_negative() {
        return Err(MathError::value("steps must be a non-negative integer"));
    }
    // Counts beyond 2**64 - 1 cannot go further than that many ulps anyway.
    Ok(nextafter_steps(x, y, steps.to_u64().unwrap_or(u64::MAX)))
}

/// [`nextafter`] with a step count given as a `u64`.
pub fn nextafter_steps(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    const SIGN: u64 = 1 << 63;
    let (xb, yb) = (x.to_bits(), y.to_bits());
    if xb == yb {
        return x;
    }
    // Magnitudes as integers: consecutive floats have consecutive magnitudes.
    let (ax, ay) = (xb & !SIGN, yb & !SIGN);
    if (xb ^ yb) & SIGN != 0 {
        // Opposite signs: walk down to zero, then up on y's side.
        // (ax + ay cannot overflow: both are below 2**63.)
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((yb & SIGN) | (steps - ax))
        } else {
            // Stays on x's side (landing on zero keeps x's sign).
            f64::from_bits(xb - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(xb - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(xb + steps)
    } else {
        y
    }
}

// ---------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------

/// An argument of `log`, `log2` or `log10`: CPython takes the logarithm of an
/// int without converting it to float (so `math.log(10**1000)` works).
#[derive(Debug, Clone, Copy)]
pub enum LogArg<'a> {
    Float(f64),
    Int(&'a BigInt),
}

impl From<f64> for LogArg<'_> {
    fn from(x: f64) -> Self {
        LogArg::Float(x)
    }
}

impl<'a> From<&'a BigInt> for LogArg<'a> {
    fn from(n: &'a BigInt) -> Self {
        LogArg::Int(n)
    }
}

/// Applies a logarithm after settling the special values itself: positive
/// finite arguments go to libm, 0 gives -inf, negatives and -inf give NaN,
/// NaN and +inf are returned unchanged.
#[inline]
fn log_special(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            f(x)
        } else if x == 0.0 {
            -INF
        } else {
            NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        NAN
    }
}

fn log_helper(arg: LogArg<'_>, f: fn(f64) -> f64) -> MathResult<f64> {
    match arg {
        LogArg::Float(x) => check1(x, log_special(x, f), false),
        LogArg::Int(n) => {
            if n.sign() != Sign::Plus {
                return Err(MathError::Domain);
            }
            match int_to_f64(n) {
                Ok(x) => Ok(log_special(x, f)),
                Err(_) => {
                    // n ~= m * 2**e, so log(n) ~= log(m) + e * log(2).
                    let (m, e) = frexp_biguint(n.magnitude());
                    Ok(log_special(m, f) + log_special(2.0, f) * e as f64)
                }
            }
        }
    }
}

/// `math.log(x)` or `math.log(x, base)`.
pub fn log(x: LogArg<'_>, base: Option<LogArg<'_>>) -> MathResult<f64> {
    let num = log_helper(x, c::log)?;
    let Some(base) = base else {
        return Ok(num);
    };
    let den = log_helper(base, c::log)?;
    if den == 0.0 {
        return Err(MathError::ZeroDivision("float division by zero".to_owned()));
    }
    Ok(num / den)
}

/// `math.log2(x)`
pub fn log2(x: LogArg<'_>) -> MathResult<f64> {
    log_helper(x, c::log2)
}

/// `math.log10(x)`
pub fn log10(x: LogArg<'_>) -> MathResult<f64> {
    log_helper(x, c::log10)
}

// ---------------------------------------------------------------------------
// Gamma and log-gamma (CPython's own Lanczos implementation)
// ---------------------------------------------------------------------------

/// ln(pi)
const LOG_PI: f64 = 1.1447298858494002;
/// Lanczos parameters N = 13 and g = 6.024680040776729583740234375 (exactly
/// representable; written below in its shortest round-trip form), with the
/// Lanczos sum written as a rational function.
const LANCZOS_G: f64 = 6.02468004077673;
/// g - 1/2 = 5.524680040776729583740234375 (exact).
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// Coefficients of x*(x+1)*...*(x+11), lowest degree first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum for `x > 0`.  Below 5 the rational function is evaluated
/// by Horner's rule in `x`; above, numerator and denominator are both scaled
/// by `x**-12` and evaluated in `1/x`, which avoids overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for (&a, &b) in LANCZOS_NUM.iter().zip(LANCZOS_DEN.iter()).rev() {
            num = num * x + a;
            den = den * x + b;
        }
    } else {
        for (&a, &b) in LANCZOS_NUM.iter().zip(LANCZOS_DEN.iter()) {
            num = num / x + a;
            den = den / x + b;
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, exact at integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => c::sin(PI * y),
        1 => c::cos(PI * (y - 0.5)),
        // Not -sin(pi*(y-1)), which would give -0.0 at y == 1.
        2 => c::sin(PI * (1.0 - y)),
        3 => -c::cos(PI * (y - 1.5)),
        _ => c::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)`
pub fn gamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        // gamma(nan) = nan, gamma(inf) = inf, gamma(-inf) is invalid.
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        // A pole.
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            // (x-1)! is exact in a double up to 22!.
            let mut r = 1.0;
            let mut k = 2.0;
            while k < x {
                r *= k;
                k += 1.0;
            }
            return Ok(r);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // gamma(x) ~ 1/x near zero.
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        // Overflows for x > 200; underflows to a signed zero below -200.
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error of y, scaled: the correction factor applied to
    // pow(y, absx - 0.5) / exp(y) is (1 + z).
    let err = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = err * LANCZOS_G / y;
    let r = if x < 0.0 {
        // Reflection formula.
        let mut r = -PI / sin_pi(absx) / absx * c::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c::pow(y, absx - 0.5);
        } else {
            let half_pow = c::pow(y, absx / 2.0 - 0.25);
            r /= half_pow;
            r /= half_pow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / c::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c::pow(y, absx - 0.5);
        } else {
            let half_pow = c::pow(y, absx / 2.0 - 0.25);
            r *= half_pow;
            r *= half_pow;
        }
        r
    };
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

/// `math.lgamma(x)`: log of the absolute value of gamma(x).
pub fn lgamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(+-inf) = +inf.
        return Ok(if x.is_nan() { x } else { INF });
    }
    if x == x.floor() && x <= 2.0 {
        // Poles at 0, -1, -2, ...; lgamma(1) = lgamma(2) = 0.
        return if x <= 0.0 {
            Err(MathError::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-c::log(absx));
    }
    let mut r = c::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (c::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - c::log(sin_pi(absx).abs()) - c::log(absx) - r;
    }
    if r.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

// ---------------------------------------------------------------------------
// Error-free transformations
// ---------------------------------------------------------------------------

/// `a + b` as `(sum, error)`, given `|a| >= |b|`.
#[inline]
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, (a - s) + b)
}

/// `a + b` as `(sum, error)` for any order of magnitudes.
#[inline]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bv = s - a;
    (s, (a - (s - bv)) + (b - bv))
}

/// `a * b` as `(product, error)`, using a fused multiply-add.
#[inline]
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

// ---------------------------------------------------------------------------
// hypot and dist
// ---------------------------------------------------------------------------

/// Euclidean norm of `vec`, whose entries are non-negative (`fabs` already
/// applied); `max` is their maximum (0.0 for an empty vec, inf if any entry
/// is inf) and `found_nan` tells whether any entry is NaN.
///
/// The entries are scaled by a power of two so the largest lies in
/// [0.5, 1); squares are split exactly with FMA and summed with compensation
/// against a running sum that starts at 1.0 (so it always dominates); the
/// square root then gets one Newton-style differential correction.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first.
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = c::ldexp(1.0, -max_e);
    let mut csum = 1.0;
    let mut frac_prod = 0.0;
    let mut frac_sum = 0.0;
    for &v in vec.iter() {
        let x = v * scale;
        let (sq, sq_err) = two_prod(x, x);
        let (s, s_err) = fast_two_sum(csum, sq);
        csum = s;
        frac_prod += sq_err;
        frac_sum += s_err;
    }
    let mut h = (csum - 1.0 + (frac_prod + frac_sum)).sqrt();
    let (sq, sq_err) = two_prod(-h, h);
    let (s, s_err) = fast_two_sum(csum, sq);
    csum = s;
    frac_prod += sq_err;
    frac_sum += s_err;
    let x = csum - 1.0 + (frac_prod + frac_sum);
    h += x / (2.0 * h);
    h / scale
}

/// `math.hypot(*coordinates)`
pub fn hypot(coordinates: &[f64]) -> f64 {
    let mut abs: Vec<f64> = Vec::with_capacity(coordinates.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for &coord in coordinates {
        let x = coord.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        abs.push(x);
    }
    vector_norm(&mut abs, max, found_nan)
}

/// `math.dist(p, q)`
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs: Vec<f64> = Vec::with_capacity(p.len());
    let mut max = 0.0;
    let mut found_nan = false;
    for (&a, &b) in p.iter().zip(q) {
        let x = (a - b).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(vector_norm(&mut diffs, max, found_nan))
}

// ---------------------------------------------------------------------------
// fsum
// ---------------------------------------------------------------------------

/// The running state of `math.fsum`: an exact sum kept as a list of
/// non-overlapping partial sums of increasing magnitude (Shewchuk's
/// algorithm), plus the sums of the infinities and NaNs seen.
///
/// Feed each item (already converted to float) with [`Fsum::add`]; stop at the
/// first error, as CPython does; then call [`Fsum::result`].
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one item.  Fails with `OverflowError("intermediate overflow in
    /// fsum")` when finite items overflow.
    pub fn add(&mut self, item: f64) -> MathResult<()> {
        let mut x = item;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an inf/nan item or an overflow of finite items.
                if item.is_finite() {
                    return Err(MathError::overflow("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum of the items added so far.  Fails with
    /// `ValueError("-inf + inf in fsum")` when infinities of both signs were
    /// added.
    pub fn result(&self) -> MathResult<f64> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(MathError::value("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across partials: if the rest of the partials
        // push in the same direction as lo, hi + 2*lo may be the nearer value.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

/// `math.fsum(items)` for items already converted to float.
pub fn fsum<I: IntoIterator<Item = f64>>(items: I) -> MathResult<f64> {
    let mut acc = Fsum::new();
    for x in items {
        acc.add(x)?;
    }
    acc.result()
}

// ---------------------------------------------------------------------------
// sumprod and prod (float paths)
// ---------------------------------------------------------------------------

/// The float path of `math.sumprod`: a dot product accumulated in triple
/// length (hi, lo, tiny) with error-free products and sums, rounded once at
/// the end.
///
/// CPython's `sumprod` runs an int path, then this float path, then generic
/// `total = total + p * q` arithmetic: each path is used while the pairs
/// allow it and is then left for good.  A pair goes to this path when both
/// are floats, or one is a float and the other an int or bool (converted
/// with [`int_to_f64`]; if that overflows the float path ends).  When
/// [`SumprodAccumulator::try_add`] returns `false` the float path ends
/// (without consuming the pair).  Ending the path adds
/// [`SumprodAccumulator::value`] to the running Python total if
/// [`SumprodAccumulator::is_used`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SumprodAccumulator {
    hi: f64,
    lo: f64,
    tiny: f64,
    used: bool,
}

impl SumprodAccumulator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `p * q` unless the running total would stop being finite, in
    /// which case nothing changes and `false` is returned.
    pub fn try_add(&mut self, p: f64, q: f64) -> bool {
        let (prod, prod_err) = two_prod(p, q);
        let (hi, hi_err) = two_sum(self.hi, prod);
        let (lo1, lo1_err) = two_sum(self.lo, prod_err);
        let (lo, lo_err) = two_sum(lo1, hi_err);
        if !hi.is_finite() {
            return false;
        }
        self.tiny = self.tiny + lo1_err + lo_err;
        self.hi = hi;
        self.lo = lo;
        self.used = true;
        true
    }

    /// Whether any product was added.
    pub fn is_used(&self) -> bool {
        self.used
    }

    /// The accumulated sum, rounded to a float.
    pub fn value(&self) -> f64 {
        let (hi, lo) = two_sum(self.lo, self.hi);
        self.tiny + lo + hi
    }
}

/// `math.sumprod(p, q)` when every element of `p` and `q` is a float.
///
/// For empty inputs CPython returns the int `0`; this returns `0.0`, so the
/// caller should special-case empty inputs.
pub fn sumprod_f64(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(MathError::value("Inputs are not the same length"));
    }
    let mut acc = SumprodAccumulator::new();
    let mut done = 0;
    while done < p.len() && acc.try_add(p[done], q[done]) {
        done += 1;
    }
    // The Python-level total starts as int 0; `0 + float` is `0.0 + float`.
    let mut total = 0.0;
    if acc.is_used() {
        total += acc.value();
    }
    for (&a, &b) in p[done..].iter().zip(&q[done..]) {
        total += a * b;
    }
    Ok(total)
}

/// The float path of `math.prod(items, start=start)`: CPython multiplies
/// floats (and ints converted to float) left to right once the running
/// product is a float.
pub fn prod_f64(start: f64, items: &[f64]) -> f64 {
    items.iter().fold(start, |acc, &x| acc * x)
}

// ---------------------------------------------------------------------------
// Conversions between ints and floats
// ---------------------------------------------------------------------------

/// `int(x)` for a float: truncates toward zero.  Infinities raise
/// `OverflowError`, NaN raises `ValueError`, with CPython's messages.
pub fn float_to_int(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(MathError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**62: an integer mantissa times a non-negative power of two.
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let magnitude = BigInt::from(mantissa) << exponent;
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// `float(n)` for an int: correctly rounded (ties to even); fails with
/// `OverflowError("int too large to convert to float")`.
pub fn int_to_f64(n: &BigInt) -> MathResult<f64> {
    if let Some(v) = n.to_i64() {
        if v.unsigned_abs() <= 1 << 53 {
            return Ok(v as f64);
        }
    }
    let (m, e) = frexp_biguint(n.magnitude());
    if e > 1024 {
        return Err(MathError::overflow("int too large to convert to float"));
    }
    // m has 53 significant bits and the result is normal: exact scaling.
    let r = c::ldexp(m, e as i32);
    Ok(if n.is_negative() { -r } else { r })
}

/// `(m, e)` with `n ~= m * 2**e`, `0.5 <= m < 1`, `m` the correctly rounded
/// (ties to even) 53-bit mantissa of `n`.  `n` must be positive.
fn frexp_biguint(n: &BigUint) -> (f64, u64) {
    let bits = n.bits();
    const TWO_POW_MINUS_53: f64 = 1.0 / 9007199254740992.0;
    if bits <= 53 {
        let v = n.to_u64().unwrap_or(0) as f64;
        // v < 2**53 exactly; scale by 2**-bits exactly.
        return (v * TWO_POW_MINUS_53 * (1u64 << (53 - bits)) as f64, bits);
    }
    let shift = bits - 54;
    let top = (n >> shift).to_u64().unwrap_or(0); // 54 bits
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
    let mut mantissa = top >> 1;
    if top & 1 == 1 && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    let mut e = bits;
    if mantissa == 1 << 53 {
        mantissa = 1 << 52;
        e += 1;
    }
    (mantissa as f64 * TWO_POW_MINUS_53, e)
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

/// `math.gcd(*integers)`; `gcd()` is 0.
pub fn gcd(args: &[BigInt]) -> BigInt {
    let mut it = args.iter();
    let Some(first) = it.next() else {
        return BigInt::zero();
    };
    let mut g = first.abs();
    for x in it {
        if g.is_one() {
            break;
        }
        g = g.gcd(x);
    }
    g
}

/// `math.lcm(*integers)`; `lcm()` is 1.
pub fn lcm(args: &[BigInt]) -> BigInt {
    let mut it = args.iter();
    let Some(first) = it.next() else {
        return BigInt::one();
    };
    let mut l = first.abs();
    for x in it {
        if l.is_zero() {
            break;
        }
        if x.is_zero() {
            l = BigInt::zero();
            break;
        }
        let g = l.gcd(x);
        l = (l / g * x).abs();
    }
    l
}

/// `math.isqrt(n)`: the floor of the square root of a non-negative int.
pub fn isqrt(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("isqrt() argument must be nonnegative"));
    }
    Ok(BigInt::from(isqrt_biguint(n.magnitude())))
}

fn isqrt_u64(n: u64) -> u64 {
    // The float estimate is within a unit or two of the answer.
    let mut a = (n as f64).sqrt() as u64;
    while u128::from(a) * u128::from(a) > u128::from(n) {
        a -= 1;
    }
    while u128::from(a + 1) * u128::from(a + 1) <= u128::from(n) {
        a += 1;
    }
    a
}

/// Floor square root by recursion on the top half of the bits: if
/// `h = isqrt(n >> 2k)` with `k` about a quarter of the bit length, then
/// `h << k` carries about half of the answer's bits, and one Newton step
/// brings it within a couple of units of the answer (from above).
fn isqrt_biguint(n: &BigUint) -> BigUint {
    let bits = n.bits();
    if bits <= 64 {
        return BigUint::from(isqrt_u64(n.to_u64().unwrap_or(0)));
    }
    let k = bits / 4;
    let h = isqrt_biguint(&(n >> (2 * k)));
    let a0 = h << k;
    let mut a: BigUint = (n / &a0 + &a0) >> 1u32;
    while &a * &a > *n {
        a -= 1u32;
    }
    a
}

/// `n!` for small `n`, as a `u64` (n <= 20).
fn small_factorial(n: u64) -> u64 {
    (2..=n).product()
}

/// `math.factorial(n)`
pub fn factorial(n: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(MathError::Overflow(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(factorial_u64(n as u64))
}

/// `n!` as `odd_part(n!) << (n - popcount(n))`.  Writing `O(m)` for the
/// product of the odd numbers up to `m`, `odd_part(n!)` is the product of
/// `O(n >> i)` over `i >= 0`; each `O(n >> i)` extends `O(n >> (i+1))` by the
/// odd numbers in `(n >> (i+1), n >> i]`, whose product is taken by binary
/// splitting.
fn factorial_u64(n: u64) -> BigInt {
    if n <= 20 {
        return BigInt::from(small_factorial(n));
    }
    let mut odd_running = BigUint::one(); // O(n >> i)
    let mut odd_part = BigUint::one();
    let mut covered = 1u64; // odd numbers <= covered are in odd_running
    for i in (0..u64::BITS - n.leading_zeros()).rev() {
        let top = n >> i;
        if top < 3 {
            continue;
        }
        // Odd numbers in (covered, top].
        let lo = covered + 2;
        let hi = if top % 2 == 1 { top } else { top - 1 };
        if hi >= lo {
            odd_running *= odd_range_product(lo, hi);
            covered = hi;
        }
        odd_part *= &odd_running;
    }
    let shift = n - u64::from(n.count_ones());
    BigInt::from(odd_part << shift)
}

/// Product of the odd numbers `lo, lo+2, ..., hi` (`lo`, `hi` odd, `lo <= hi`).
fn odd_range_product(lo: u64, hi: u64) -> BigUint {
    let count = (hi - lo) / 2 + 1;
    let width = u64::from(u64::BITS - hi.leading_zeros());
    if count * width <= 64 {
        let mut p = 1u64;
        let mut k = lo;
        while k <= hi {
            p *= k;
            k += 2;
        }
        return BigUint::from(p);
    }
    let mid = lo + 2 * (count / 2);
    odd_range_product(lo, mid - 2) * odd_range_product(mid, hi)
}

/// Product of `lo, lo+1, ..., hi - 1` for `u64` bounds, by binary splitting.
fn range_product_u64(lo: u64, hi: u64) -> BigUint {
    if hi <= lo {
        return BigUint::one();
    }
    let count = hi - lo;
    let width = u64::from(u64::BITS - (hi - 1).leading_zeros());
    if count.saturating_mul(width) <= 64 {
        return BigUint::from((lo..hi).product::<u64>());
    }
    if count <= 8 {
        return (lo..hi).fold(BigUint::one(), |acc, k| acc * k);
    }
    let mid = lo + count / 2;
    range_product_u64(lo, mid) * range_product_u64(mid, hi)
}

/// Product of `lo, lo+1, ..., lo + count - 1` for a big `lo`.
fn range_product_big(lo: &BigUint, count: u64) -> BigUint {
    if count <= 8 {
        let mut p = BigUint::one();
        for i in 0..count {
            p *= lo + i;
        }
        return p;
    }
    let half = count / 2;
    range_product_big(lo, half) * range_product_big(&(lo + half), count - half)
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`.
fn falling_product(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    match n.to_u64() {
        Some(hi) if hi < u64::MAX => range_product_u64(hi - (k - 1), hi + 1),
        _ => range_product_big(&(n - (k - 1)), k),
    }
}

/// `math.perm(n, k)`; `perm(n)` (k is `None`) is `factorial(n)`.
pub fn perm(n: &BigInt, k: Option<&BigInt>) -> MathResult<BigInt> {
    let Some(k) = k else {
        return factorial(n);
    };
    if n.is_negative() {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(BigInt::zero());
    }
    let Some(k) = k.to_i64() else {
        return Err(MathError::Overflow(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    Ok(BigInt::from(falling_product(n.magnitude(), k as u64)))
}

/// `math.comb(n, k)`
pub fn comb(n: &BigInt, k: &BigInt) -> MathResult<BigInt> {
    if n.is_negative() {
        return Err(MathError::value("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(MathError::value("k must be a non-negative integer"));
    }
    if let Some(ni) = n.to_i64() {
        let ki = match k.to_i64() {
            Some(ki) if ki <= ni => ki,
            _ => return Ok(BigInt::zero()),
        };
        let ki = ki.min(ni - ki);
        return Ok(BigInt::from(comb_u64(ni as u64, ki as u64)));
    }
    let rest = n - k;
    if rest.is_negative() {
        return Ok(BigInt::zero());
    }
    let kk = if rest < *k { &rest } else { k };
    let Some(ki) = kk.to_i64() else {
        return Err(MathError::Overflow(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    Ok(BigInt::from(comb_big(n.magnitude(), ki as u64)))
}

/// `comb` uses prime factorization (which sieves the primes up to `n`) only
/// up to this `n`, and only when `k` is a sizeable fraction of `n`.
const COMB_SIEVE_LIMIT: u64 = 1 << 22;

/// `C(n, k)` for `k <= n / 2`.
fn comb_u64(n: u64, k: u64) -> BigUint {
    match k {
        0 => BigUint::one(),
        1 => BigUint::from(n),
        _ if k <= 32 => comb_by_steps(&BigUint::from(n), k),
        _ if n <= COMB_SIEVE_LIMIT && n / k <= 64 => comb_by_primes(n, k),
        _ => comb_big(&BigUint::from(n), k),
    }
}

/// `C(n, k)` as `C(n, k-1) * (n-k+1) / k`, step by step (each step exact).
fn comb_by_steps(n: &BigUint, k: u64) -> BigUint {
    let mut r = BigUint::one();
    let mut factor = n.clone();
    for i in 1..=k {
        r *= &factor;
        r /= i;
        factor -= 1u32;
    }
    r
}

/// `C(n, k)` for a big `n`, using `C(n, k) = C(n, j) * C(n-j, k-j) / C(k, j)`
/// with `j = k/2`, which keeps the operands balanced.
fn comb_big(n: &BigUint, k: u64) -> BigUint {
    if k <= 32 {
        return comb_by_steps(n, k);
    }
    let j = k / 2;
    let a = comb_big(n, j);
    let b = comb_big(&(n - j), k - j);
    a * b / comb_u64(k, j.min(k - j))
}

/// Odd primes up to `limit` are the `i` with `!composite[i / 2]`, `i` odd.
fn odd_composites(limit: u64) -> Vec<bool> {
    let size = (limit / 2 + 1) as usize;
    let mut composite = vec![false; size];
    let mut p = 3u64;
    while p * p <= limit {
        if !composite[(p / 2) as usize] {
            let mut m = p * p;
            while m <= limit {
                composite[(m / 2) as usize] = true;
                m += 2 * p;
            }
        }
        p += 2;
    }
    composite
}

/// `C(n, k)` from its prime factorization: the exponent of a prime `p` is
/// the number of carries when adding `k` and `n - k` in base `p` (Kummer).
fn comb_by_primes(n: u64, k: u64) -> BigUint {
    let exponent = |p: u64| -> u32 {
        let mut e = 0;
        let mut q = p;
        loop {
            e += n / q - k / q - (n - k) / q;
            match q.checked_mul(p) {
                Some(next) if next <= n => q = next,
                _ => break,
            }
        }
        e as u32
    };
    let mut factors: Vec<u64> = Vec::new();
    let e2 = exponent(2);
    let composite = odd_composites(n);
    for (i, &is_composite) in composite.iter().enumerate().skip(1) {
        if is_composite {
            continue;
        }
        let p = 2 * i as u64 + 1;
        if p > n {
            break;
        }
        let e = exponent(p);
        if e > 0 {
            // p**e <= n by Kummer's theorem, so it fits.
            factors.push(p.pow(e));
        }
    }
    product_of_u64s(&factors) << e2
}

/// Product of a list of `u64`s: packed into words, then multiplied as a
/// balanced tree.
fn product_of_u64s(factors: &[u64]) -> BigUint {
    let mut words: Vec<BigUint> = Vec::new();
    let mut acc: u64 = 1;
    for &f in factors {
        match acc.checked_mul(f) {
            Some(v) => acc = v,
            None => {
                words.push(BigUint::from(acc));
                acc = f;
            }
        }
    }
    words.push(BigUint::from(acc));
    fn tree(w: &[BigUint]) -> BigUint {
        match w.len() {
            0 => BigUint::one(),
            1 => w[0].clone(),
            len => tree(&w[..len / 2]) * tree(&w[len / 2..]),
        }
    }
    tree(&words)
}

#[cfg(test)]
#[path = "kernels_tests.rs"]
mod tests;
