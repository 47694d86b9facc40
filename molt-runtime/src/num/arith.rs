//! Python arithmetic semantics on plain numbers: floor division and modulo, `**`,
//! `round`, int/float conversions, true division and the numeric hash.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

// ---------------------------------------------------------------------------
// Integer floor division and modulo
// ---------------------------------------------------------------------------

/// `a // b` (floor division); `None` on overflow (`i64::MIN // -1`). The caller checks `b != 0`.
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// `a % b` with the sign of `b` (never overflows). The caller checks `b != 0`.
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `divmod(a, b)`; `None` on overflow (`i64::MIN, -1`). The caller checks `b != 0`.
pub fn divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    Some((floordiv_i64(a, b)?, mod_i64(a, b)))
}

/// `a // b` for big ints. The caller checks `b != 0`.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> BigInt {
    a.div_floor(b)
}

/// `a % b` for big ints (sign of `b`). The caller checks `b != 0`.
pub fn mod_big(a: &BigInt, b: &BigInt) -> BigInt {
    a.mod_floor(b)
}

/// `divmod(a, b)` for big ints. The caller checks `b != 0`.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

// ---------------------------------------------------------------------------
// Float floor division, modulo and power
// ---------------------------------------------------------------------------

/// `divmod(a, b)` for floats, exactly as CPython's `float_divmod` (signed zeros,
/// infinities, NaNs). The caller checks `b != 0.0`.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    // Rust's `%` on f64 is C's fmod: exact, with the sign of `a`.
    let mut rem = a % b;
    let mut div = (a - rem) / b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        // Snap the (nearly integral) quotient to the nearest integer.
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, rem)
}

/// `a // b` for floats (CPython's `float_floor_div`). The caller checks `b != 0.0`.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    float_divmod(a, b).0
}

/// `a % b` for floats (CPython's `float_rem`): the result has the sign of `b`.
/// The caller checks `b != 0.0`.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let rem = a % b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem + b
        } else {
            rem
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Why `float ** float` did not produce a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// ZeroDivisionError: zero raised to a negative power.
    ZeroDivision,
    /// A negative base with a non-integral exponent: CPython computes a complex power instead.
    Complex,
    /// OverflowError: the result is out of range (CPython raises it from errno ERANGE).
    Overflow,
}

impl PowError {
    /// CPython's exception message (`str(exc)`), or `None` for [`PowError::Complex`], which is not an error.
    pub fn message(self) -> Option<&'static str> {
        match self {
            PowError::ZeroDivision => Some("0.0 cannot be raised to a negative power"),
            PowError::Overflow => Some("(34, 'Numerical result out of range')"),
            PowError::Complex => None,
        }
    }
}

/// Whether `x` is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats with CPython's `float_pow` special cases, then the platform `pow`.
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PowError::ZeroDivision);
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if base < 0.0 {
        if b != b.floor() {
            return Err(PowError::Complex);
        }
        base = -base;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Finite inputs: libm's pow only overflows to ±inf (underflow is not an error).
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

/// `round(x)` before conversion to int: nearest integer, ties to even.
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `q` rounded by the remainder `r` of a division by `d`, ties to even.
fn round_quotient(q: BigUint, r: &BigUint, d: &BigUint) -> BigUint {
    let twice = r << 1u32;
    if twice > *d || (twice == *d && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

/// `round(x, ndigits)` for a float, correctly rounded (ties to even on the exact
/// binary value) like CPython; `Err` holds the OverflowError message.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, String> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Rust formats the exact binary value rounded half-even, then parses correctly.
        let text = format!("{:.*}", ndigits as usize, x);
        return Ok(text.parse::<f64>().expect("formatted float parses"));
    }
    let pow10 = BigUint::from(10u32).pow((-ndigits) as u32);
    let (mant, exp) = decompose(x);
    let (num, den) = if exp >= 0 {
        (BigUint::from(mant) << exp as u64, pow10.clone())
    } else {
        (BigUint::from(mant), &pow10 << (-exp) as u64)
    };
    let (q, r) = num.div_rem(&den);
    let q = round_quotient(q, &r, &den) * &pow10;
    match biguint_to_f64(&q) {
        Some(v) => Ok(v.copysign(x)),
        None => Err("rounded value too large to represent".to_string()),
    }
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else the nearest
/// multiple of `10**-ndigits`, ties to even.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // |n| < 10**(bits/3 + 1), so a larger power of ten rounds it to zero.
    if k > n.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let pow10 = BigUint::from(10u32).pow(k as u32);
    let (q, r) = n.magnitude().div_rem(&pow10);
    let q = round_quotient(q, &r, &pow10) * pow10;
    BigInt::from_biguint(n.sign(), q)
}

// ---------------------------------------------------------------------------
// Shifts
// ---------------------------------------------------------------------------

/// Why `x << n` has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftError {
    /// OverflowError "too many digits in integer": beyond CPython's largest int.
    TooManyDigits,
    /// MemoryError: a result CPython could not allocate (taken as over 16 GiB).
    Memory,
}

/// The count of `x << shift` for a nonzero `x` of `bits` bits and `shift >= 0`,
/// checked like CPython's `long_lshift1`: the result needs
/// `ceil(bits / 30) + shift / 30 (+ 1)` 30-bit digits, at most
/// `(PY_SSIZE_T_MAX - 24) / 4` of them; larger shift counts are clipped first.
pub fn lshift_count(bits: u64, shift: &BigInt) -> Result<u64, ShiftError> {
    const SSIZE_MAX: u64 = i64::MAX as u64;
    const MAX_LONG_DIGITS: u64 = (SSIZE_MAX - 24) / 4;
    const MEMORY_LIMIT_DIGITS: u64 = (1 << 34) / 4;
    let (wordshift, remshift) = match shift.to_i64() {
        Some(s) => (s as u64 / 30, s as u64 % 30),
        None => {
            let (w, r) = shift.div_rem(&BigInt::from(30));
            match w.to_u64() {
                Some(w) if w < SSIZE_MAX / 4 => (w, r.to_u64().unwrap_or(0)),
                _ => (SSIZE_MAX / 4, 0),
            }
        }
    };
    let size = bits.div_ceil(30) + wordshift + u64::from(remshift != 0);
    if size > MAX_LONG_DIGITS {
        return Err(ShiftError::TooManyDigits);
    }
    if size > MEMORY_LIMIT_DIGITS {
        return Err(ShiftError::Memory);
    }
    Ok(wordshift * 30 + remshift)
}

// ---------------------------------------------------------------------------
// Modular power
// ---------------------------------------------------------------------------

/// Three-argument `pow(base, exp, m)`: negative exponents use the modular
/// inverse; a nonzero result takes the sign of `m`. `Err` holds the ValueError message.
pub fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, String> {
    if m.is_zero() {
        return Err("pow() 3rd argument cannot be 0".to_string());
    }
    let modulus = BigInt::from(m.magnitude().clone());
    if modulus.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor(&modulus);
    if exp.sign() == Sign::Minus {
        b = b
            .modinv(&modulus)
            .ok_or_else(|| "base is not invertible for the given modulus".to_string())?;
    }
    let e = BigInt::from(exp.magnitude().clone());
    let z = b.modpow(&e, &modulus);
    Ok(if m.sign() == Sign::Minus && !z.is_zero() {
        z - modulus
    } else {
        z
    })
}

// ---------------------------------------------------------------------------
// Conversions and true division
// ---------------------------------------------------------------------------

/// `(mantissa, exponent)` with `|x| == mantissa * 2**exponent` for finite `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// `2**k` for `-1022 <= k <= 1023`.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `(q + f) * 2**shift` rounded to the nearest float (ties to even), where `q < 2**64`
/// and `0 <= f < 1` is nonzero exactly when `sticky`; `None` when the result overflows.
pub(crate) fn round_scaled(q: u64, sticky: bool, shift: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let top = 63 - q.leading_zeros() as i64 + shift; // floor(log2(value))
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let extra = lsb - shift;
    let m = if extra <= 0 {
        // Fewer than 53 significant bits: exact.
        q << (-extra)
    } else if extra > 64 {
        0 // below half of the smallest subnormal
    } else {
        let m = if extra == 64 { 0 } else { q >> extra };
        let rem = if extra == 64 {
            q
        } else {
            q & ((1u64 << extra) - 1)
        };
        let half = 1u64 << (extra - 1);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        m + up as u64
    };
    let v = if lsb < -1022 {
        m as f64 * pow2(lsb + 52) * pow2(-52)
    } else {
        m as f64 * pow2(lsb)
    };
    v.is_finite().then_some(v)
}

/// A non-negative big int as the nearest float; `None` when too large.
fn biguint_to_f64(n: &BigUint) -> Option<f64> {
    let bits = n.bits();
    if bits <= 64 {
        return Some(n.to_u64().expect("fits in 64 bits") as f64);
    }
    if bits > 1025 {
        return None;
    }
    let shift = bits - 64;
    let q = (n >> shift).to_u64().expect("fits in 64 bits");
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift);
    round_scaled(q, sticky, shift as i64)
}

/// `float(n)`: correctly rounded (ties to even); `None` when CPython raises
/// `OverflowError: int too large to convert to float`.
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    let v = biguint_to_f64(n.magnitude())?;
    Some(if n.sign() == Sign::Minus { -v } else { v })
}

/// `int(x)` for a float: truncation toward zero; `None` for infinities and NaN
/// (the caller raises "cannot convert float infinity/NaN to integer").
pub fn float_to_bigint(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    if x.abs() < (1u64 << 63) as f64 {
        return Some(BigInt::from(x as i64));
    }
    // |x| >= 2**63, so it is an integer with a non-negative binary exponent.
    let (mant, exp) = decompose(x);
    let mag = BigUint::from(mant) << exp as u64;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mag))
}

/// `a / b` for ints, correctly rounded like CPython's `long_true_divide`; `None`
/// for OverflowError "integer division result too large for a float". The caller checks `b != 0`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (am, bm) = (a.magnitude(), b.magnitude());
    let v = if am.bits() <= 53 && bm.bits() <= 53 {
        // Both exact as floats: one correctly rounded IEEE division.
        am.to_u64()? as f64 / bm.to_u64()? as f64
    } else {
        // Scale so the integer quotient has 55 or 56 bits, keeping a sticky bit.
        let shift = am.bits() as i64 - bm.bits() as i64 - 55;
        let (q, r) = if shift >= 0 {
            am.div_rem(&(bm << shift as u64))
        } else {
            (am << (-shift) as u64).div_rem(bm)
        };
        round_scaled(
            q.to_u64().expect("quotient has at most 56 bits"),
            !r.is_zero(),
            shift,
        )?
    };
    Some(if negative { -v } else { v })
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

/// CPython's numeric hash modulus, `2**61 - 1`.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(inf)`; `hash(-inf)` is its negation.
const HASH_INF: i64 = 314159;

/// Applies the sign to a reduced magnitude; `-1` is reserved, so it becomes `-2`.
fn signed_hash(magnitude: u64, negative: bool) -> i64 {
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in `i64`.
pub fn hash_i64(n: i64) -> i64 {
    signed_hash(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)` for any int: `n mod (2**61 - 1)` with the sign of `n`.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let p = HASH_MODULUS as u128;
    let mag = n
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u128, |acc, d| ((acc << 64) | d as u128) % p);
    signed_hash(mag as u64, n.sign() == Sign::Minus)
}

/// `hash(x)` for a float, equal to the hash of any equal int. `None` for NaN:
/// CPython 3.12 hashes a NaN by object identity, see [`hash_pointer`].
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    // |x| = mant * 2**exp, and 2**61 ≡ 1 (mod 2**61 - 1).
    let (mant, exp) = decompose(x);
    let h = ((mant as u128) << exp.rem_euclid(61)) % HASH_MODULUS as u128;
    Some(signed_hash(h as u64, x < 0.0))
}

/// CPython's identity hash (`_Py_HashPointer`) of an object address, as used for NaN floats.
pub fn hash_pointer(addr: usize) -> i64 {
    let h = addr.rotate_right(4) as isize as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    /// Bitwise float equality (distinguishes -0.0; any NaN equals any NaN).
    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    #[test]
    fn int_floor_division() {
        assert_eq!(floordiv_i64(7, 2), Some(3));
        assert_eq!(floordiv_i64(-7, 2), Some(-4));
        assert_eq!(floordiv_i64(7, -2), Some(-4));
        assert_eq!(floordiv_i64(-7, -2), Some(3));
        assert_eq!(floordiv_i64(6, -3), Some(-2));
        assert_eq!(floordiv_i64(i64::MIN, -1), None);
        assert_eq!(floordiv_i64(i64::MIN, 1), Some(i64::MIN));
        assert_eq!(mod_i64(7, 2), 1);
        assert_eq!(mod_i64(-7, 2), 1);
        assert_eq!(mod_i64(7, -2), -1);
        assert_eq!(mod_i64(-7, -2), -1);
        assert_eq!(mod_i64(i64::MIN, -1), 0);
        assert_eq!(mod_i64(i64::MIN, i64::MAX), i64::MAX - 1);
        assert_eq!(divmod_i64(-7, 2), Some((-4, 1)));
        assert_eq!(divmod_i64(i64::MIN, -1), None);
        assert_eq!(floordiv_big(&big("-7"), &big("2")), big("-4"));
        assert_eq!(mod_big(&big("-7"), &big("2")), big("1"));
        assert_eq!(mod_big(&big("7"), &big("-2")), big("-1"));
        assert_eq!(
            divmod_big(&big("-100000000000000000000"), &big("3")),
            (big("-33333333333333333334"), big("2"))
        );
    }

    #[test]
    fn float_division_like_cpython() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        // (a, b, a // b, a % b) from CPython 3.12.1.
        let cases: &[(f64, f64, f64, f64)] = &[
            (5.0, inf, 0.0, 5.0),
            (-5.0, inf, -1.0, inf),
            (5.0, -inf, -1.0, -inf),
            (-5.0, -inf, 0.0, -5.0),
            (inf, 1.0, nan, nan),
            (-inf, 1.0, nan, nan),
            (0.0, -1.0, -0.0, -0.0),
            (-0.0, 1.0, -0.0, 0.0),
            (-0.0, -1.0, 0.0, -0.0),
            (7.5, 2.0, 3.0, 1.5),
            (-7.5, 2.0, -4.0, 0.5),
            (7.5, -2.0, -4.0, -0.5),
            (-7.5, -2.0, 3.0, -1.5),
            (1.0, 0.1, 9.0, 0.09999999999999995),
            (-1.0, 0.1, -10.0, 5.551115123125783e-17),
            (nan, 1.0, nan, nan),
            (1.0, nan, nan, nan),
            (6.0, 3.0, 2.0, 0.0),
            (-6.0, 3.0, -2.0, 0.0),
            (6.0, -3.0, -2.0, -0.0),
            (1e308, 1e-308, inf, 3.498445546245627e-309),
            (0.5, inf, 0.0, 0.5),
            (inf, inf, nan, nan),
            (-1e-320, 1.0, -1.0, 1.0),
        ];
        for &(a, b, q, r) in cases {
            let (dq, dr) = float_divmod(a, b);
            assert!(
                same(dq, q) && same(dr, r),
                "divmod({a}, {b}) = ({dq}, {dr})"
            );
            assert!(same(float_floordiv(a, b), q), "{a} // {b}");
            assert!(same(float_mod(a, b), r), "{a} % {b}");
        }
    }

    #[test]
    fn float_pow_like_cpython() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        // Results from CPython 3.12.1 `a ** b`.
        let cases: &[(f64, f64, f64)] = &[
            (-0.0, 3.0, -0.0),
            (0.0, -inf, inf),
            (2.0, 0.5, std::f64::consts::SQRT_2),
            (-8.0, 3.0, -512.0),
            (10.0, -400.0, 0.0),
            (inf, -3.0, 0.0),
            (-inf, -3.0, -0.0),
            (-inf, 3.0, -inf),
            (-inf, 2.0, inf),
            (-inf, -2.0, 0.0),
            (nan, 0.0, 1.0),
            (1.0, nan, 1.0),
            (nan, 1.0, nan),
            (-1.0, inf, 1.0),
            (0.5, inf, 0.0),
            (0.5, -inf, inf),
            (2.0, -inf, 0.0),
            (-1.0, 1e300, 1.0),
            (1.5, 1024.0, 2.0770611040332967e+180),
            (-1.5, 1025.0, -3.1155916560499456e+180),
            (2.0, 1023.9999, 1.7975685325879886e+308),
            (2.0, -1080.0, 0.0),
            (inf, 0.0, 1.0),
            (-2.0, inf, inf),
            (-0.5, -inf, inf),
            (0.0, 0.0, 1.0),
            (-0.0, 0.5, 0.0),
            (-0.0, inf, 0.0),
            (-0.0, -inf, inf),
            (-inf, 0.5, inf),
            (-inf, -0.5, 0.0),
            (2.0, -1073.5, 5e-324),
            (10.0, -320.0, 1e-320),
            (10.0, -310.3, 5.0118723362724e-311),
            (0.9, 7000.0, 4.985e-321),
            (1.5, 1750.0, 1.4444527745742028e+308),
        ];
        for &(a, b, want) in cases {
            let got = float_pow(a, b).unwrap();
            assert!(same(got, want), "{a} ** {b} = {got}, want {want}");
        }
        assert_eq!(float_pow(0.0, -1.0), Err(PowError::ZeroDivision));
        assert_eq!(float_pow(-0.0, -1.0), Err(PowError::ZeroDivision));
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(PowError::Complex));
        assert_eq!(float_pow(-2.0, 0.5), Err(PowError::Complex));
        assert_eq!(float_pow(10.0, 400.0), Err(PowError::Overflow));
        assert_eq!(float_pow(-10.0, 401.0), Err(PowError::Overflow));
        assert_eq!(float_pow(1.0000001, 1e10), Err(PowError::Overflow));
        assert_eq!(float_pow(1.5, 1751.0), Err(PowError::Overflow));
        assert_eq!(
            PowError::ZeroDivision.message(),
            Some("0.0 cannot be raised to a negative power")
        );
        assert_eq!(
            PowError::Overflow.message(),
            Some("(34, 'Numerical result out of range')")
        );
        assert_eq!(PowError::Complex.message(), None);
    }

    #[test]
    fn round_float_like_cpython() {
        // `round(x, n)` from CPython 3.12.1.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (2.5, 0, 2.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (-25.0, -1, -20.0),
            (-0.4, 0, -0.0),
            (-4.0, -1, -0.0),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (5e-324, 400, 5e-324),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (f64::INFINITY, 2, f64::INFINITY),
            (f64::NAN, 2, f64::NAN),
            (1e22, -22, 1e22),
            (123456.789, -2, 123500.0),
            (0.5, 1, 0.5),
            (1.0000000000000002, 15, 1.0),
            (1.0000000000000002, 16, 1.0000000000000002),
            (12345.6789, -3, 12000.0),
            (-12345.6789, -3, -12000.0),
            (2.5e-300, 301, 2.5e-300),
            (1e300, -300, 1e300),
            (4.5e300, -300, 4e300),
            (5e-309, 310, 5e-309),
            (1.7976931348623157e308, -300, 1.79769313e308),
            (0.5, -1, 0.0),
            (i64::MAX as f64, 0, 9.223372036854776e18),
        ];
        for &(x, n, want) in cases {
            let got = round_f64(x, n).unwrap();
            assert!(same(got, want), "round({x}, {n}) = {got}, want {want}");
        }
        for (x, n) in [
            (1.7976931348623157e308, -308),
            (1.7976931348623157e308, -307),
            (1.5e308, -308),
        ] {
            assert_eq!(
                round_f64(x, n),
                Err("rounded value too large to represent".to_string())
            );
        }
        for (x, want) in [
            (0.5, 0.0),
            (1.5, 2.0),
            (2.5, 2.0),
            (-0.5, -0.0),
            (-1.5, -2.0),
            (-2.5, -2.0),
            (3.7, 4.0),
            (-3.7, -4.0),
            (4503599627370495.5, 4503599627370496.0),
            (1e300, 1e300),
        ] {
            assert!(same(round_half_even(x), want), "round({x})");
        }
    }

    #[test]
    fn round_int_like_cpython() {
        let cases: &[(&str, i64, &str)] = &[
            ("12345", -2, "12300"),
            ("12350", -2, "12400"),
            ("12450", -2, "12400"),
            ("-12350", -2, "-12400"),
            ("15", -1, "20"),
            ("25", -1, "20"),
            ("-15", -1, "-20"),
            ("-25", -1, "-20"),
            ("5", -1, "0"),
            ("-5", -1, "0"),
            ("12345", 2, "12345"),
            ("0", -3, "0"),
            ("499", -3, "0"),
            ("500", -3, "0"),
            ("501", -3, "1000"),
            ("1500", -3, "2000"),
            ("2500", -3, "2000"),
            ("-2500", -3, "-2000"),
            (
                "1000000000000000000005000000000",
                -10,
                "1000000000000000000000000000000",
            ),
            ("999", i64::MIN, "0"),
            ("7", -1000000000000, "0"),
        ];
        for &(n, d, want) in cases {
            assert_eq!(round_int(&big(n), d), big(want), "round({n}, {d})");
        }
    }

    #[test]
    fn pow_mod_like_cpython() {
        let cases: &[(&str, &str, &str, &str)] = &[
            ("3", "2", "-5", "-1"),
            ("5", "0", "7", "1"),
            ("5", "0", "1", "0"),
            ("5", "0", "-7", "-6"),
            ("2", "-1", "1", "0"),
            ("0", "-1", "1", "0"),
            ("3", "-1", "7", "5"),
            ("3", "-1", "-7", "-2"),
            ("-3", "3", "7", "1"),
            ("-3", "3", "-7", "-6"),
            ("2", "-2", "5", "4"),
            ("0", "0", "5", "1"),
            ("0", "5", "5", "0"),
            (
                "100000000000000000000",
                "100000000000000000000",
                "1000000007",
                "29738302",
            ),
            ("-2", "-3", "11", "4"),
            ("2", "-1", "-1", "0"),
        ];
        for &(b, e, m, want) in cases {
            assert_eq!(
                pow_mod(&big(b), &big(e), &big(m)),
                Ok(big(want)),
                "pow({b}, {e}, {m})"
            );
        }
        let not_inv = Err("base is not invertible for the given modulus".to_string());
        assert_eq!(pow_mod(&big("2"), &big("-1"), &big("4")), not_inv);
        assert_eq!(pow_mod(&big("6"), &big("-1"), &big("9")), not_inv);
        assert_eq!(
            pow_mod(&big("3"), &big("4"), &big("0")),
            Err("pow() 3rd argument cannot be 0".to_string())
        );
    }

    #[test]
    fn conversions_like_cpython() {
        let p = |e: u32| BigInt::from(2).pow(e);
        // float(n) from CPython 3.12.1.
        let cases: &[(BigInt, f64)] = &[
            (p(53) + 1, 9007199254740992.0),
            (p(54) + 2, 1.8014398509481984e16),
            (p(54) + 6, 1.801439850948199e16),
            (p(64) + p(11), 1.8446744073709552e19),
            (p(64) + p(11) + 1, 1.8446744073709556e19),
            (p(1024) - p(970) - 1, f64::MAX),
            (p(1024) - p(971), f64::MAX),
            (-p(63), -9.223372036854776e18),
            (big("10000000000000000000000"), 1e22),
            (big("100000000000000000000000"), 1e23),
            (
                big("-12345678901234567890123456789"),
                -1.2345678901234568e28,
            ),
            (big("0"), 0.0),
        ];
        for (n, want) in cases {
            assert!(same(bigint_to_f64(n).unwrap(), *want), "float({n})");
        }
        assert_eq!(bigint_to_f64(&(p(1024) - p(970))), None);
        assert_eq!(bigint_to_f64(&-p(1024)), None);
        assert_eq!(bigint_to_f64(&p(5000)), None);

        assert_eq!(float_to_bigint(1.9), Some(big("1")));
        assert_eq!(float_to_bigint(-1.9), Some(big("-1")));
        assert_eq!(float_to_bigint(-0.0), Some(big("0")));
        assert_eq!(float_to_bigint(1e20), Some(big("100000000000000000000")));
        assert_eq!(float_to_bigint(-((1u64 << 63) as f64)), Some(-p(63)));
        assert_eq!(float_to_bigint(f64::MAX), Some(p(1024) - p(971)));
        assert_eq!(float_to_bigint(1e300).unwrap().to_string().len(), 301);
        assert_eq!(float_to_bigint(f64::INFINITY), None);
        assert_eq!(float_to_bigint(f64::NAN), None);
    }

    #[test]
    fn true_division_like_cpython() {
        let p = |e: u32| BigInt::from(2).pow(e);
        let ten = |e: u32| BigInt::from(10).pow(e);
        // a / b from CPython 3.12.1.
        let cases: &[(BigInt, BigInt, f64)] = &[
            (ten(400), ten(399), 10.0),
            (big("1"), big("3"), 0.3333333333333333),
            (p(53) + 1, big("1"), 9007199254740992.0),
            (p(1024) - p(970) - 1, big("1"), f64::MAX),
            (big("1"), ten(400), 0.0),
            (big("-1"), ten(400), -0.0),
            (big("0"), big("-5"), -0.0),
            (big("0"), ten(400), 0.0),
            (p(1074), p(2148), 5e-324),
            (p(1074) + 1, p(2148), 5e-324),
            (big("3") * p(1073), p(2148), 1e-323),
            (ten(30), big("7"), 1.4285714285714285e29),
            (-ten(30), big("7"), -1.4285714285714285e29),
            (p(200) + 1, p(150), 1125899906842624.0),
            (big("1"), p(1075), 0.0),
            (big("1"), p(1074), 5e-324),
            (big("3"), p(1076), 5e-324),
            (ten(310), big("100"), 1e308),
            (big("-7"), big("2"), -3.5),
            (big("7"), big("-2"), -3.5),
        ];
        for (a, b, want) in cases {
            let got = int_true_div(a, b).unwrap();
            assert!(same(got, *want), "{a} / {b} = {got}, want {want}");
        }
        assert_eq!(int_true_div(&(p(1024) - 1), &big("1")), None);
        assert_eq!(int_true_div(&ten(400), &big("3")), None);
    }

    #[test]
    fn hashes_like_cpython() {
        // hash(x) from CPython 3.12.1 (64-bit).
        let floats: &[(f64, i64)] = &[
            (1.5, 1152921504606846977),
            (-1.5, -1152921504606846977),
            (0.0, 0),
            (-0.0, 0),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (1e300, 1224995262755759164),
            (-1e-300, -482449582752280463),
            (5e-324, 16777216),
            (2.305843009213694e18, 1),
            (2.305843009213693e18, 2305843009213692928),
            (0.1, 230584300921369408),
            (123456789.123, 283618680910892309),
            (-1.0, -2),
            (1.0, 1),
            (1e-10, 2124533198426632172),
            (3.25159, 580127042688073731),
            (2.5e-5, 810705579001919622),
        ];
        for &(x, want) in floats {
            assert_eq!(hash_f64(x), Some(want), "hash({x})");
        }
        assert_eq!(hash_f64(f64::NAN), None);
        let ints: &[(&str, i64)] = &[
            ("-1", -2),
            ("-2", -2),
            ("0", 0),
            ("1", 1),
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("2305843009213693950", 2305843009213693950),
            ("-2305843009213693952", -2),
            ("-2305843009213693951", 0),
            ("9223372036854775807", 3),
            ("-9223372036854775808", -4),
            ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 910685213754167845),
            ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", -910685213754167845),
            ("18446744073709551616", 8),
            ("12345678901234567890123", 195429904450476469),
        ];
        for &(n, want) in ints {
            let n = big(n);
            assert_eq!(hash_bigint(&n), want, "hash({n})");
            if let Some(small) = n.to_i64() {
                assert_eq!(hash_i64(small), want, "hash({n})");
            }
        }
        assert_eq!(hash_pointer(0x7f00_0000_1230), 0x07f0_0000_0123);
        assert_eq!(hash_pointer(0xf), -1152921504606846976);
    }
}
