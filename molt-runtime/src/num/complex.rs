//! Complex arithmetic, hashing, text and parsing on plain `f64` pairs, exactly as
//! CPython 3.12's `Objects/complexobject.c` (no mixed-mode arithmetic: an int or
//! float operand is first made a complex with a zero imaginary part).

use super::arith::hash_f64;
use super::float_repr::float_repr;
use super::int_text::{is_c_space, numeric_ascii};

/// A complex number `re + im*j`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    /// `re + im*j`.
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// A real number as a complex: `x + 0j`.
    pub const fn real(x: f64) -> Complex {
        Complex { re: x, im: 0.0 }
    }
}

const ONE: Complex = Complex::real(1.0);

/// `a + b` (`_Py_c_sum`).
pub fn add(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

/// `a - b` (`_Py_c_diff`).
pub fn sub(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

/// `-a` (`_Py_c_neg`).
pub fn neg(a: Complex) -> Complex {
    Complex::new(-a.re, -a.im)
}

/// `a * b` (`_Py_c_prod`), the textbook formula without infinity recovery.
pub fn mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` by Smith's algorithm (`_Py_c_quot`); `None` when `b` is zero
/// (ZeroDivisionError "complex division by zero").
pub fn div(a: Complex, b: Complex) -> Option<Complex> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one part of `b` is a NaN.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// Why `a ** b` has no complex result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// ZeroDivisionError "0.0 to a negative or complex power" (C's `EDOM`).
    ZeroDivision,
    /// OverflowError "complex exponentiation": a part of the result is infinite.
    Overflow,
}

impl PowError {
    /// CPython's message.
    pub fn message(self) -> &'static str {
        match self {
            PowError::ZeroDivision => "0.0 to a negative or complex power",
            PowError::Overflow => "complex exponentiation",
        }
    }
}

/// `x ** n` for `n >= 0` by repeated squaring (`c_powu`).
fn powu(x: Complex, n: i64) -> Complex {
    let mut r = ONE;
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` (`complex_pow`): exponents that are small integers (`|b| <= 100`) use
/// repeated squaring, others polar form (`_Py_c_pow`). An infinite part in the
/// result is an overflow, whatever the operands.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, PowError> {
    // `edom` models C's errno EDOM: a zero divisor, or `cos`/`sin` of an infinity.
    let mut edom = false;
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            powu(a, n)
        } else {
            match div(ONE, powu(a, -n)) {
                Some(q) => q,
                None => {
                    edom = true;
                    Complex::real(0.0)
                }
            }
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        ONE
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            edom = true;
        }
        Complex::real(0.0)
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        if phase.is_infinite() {
            edom = true;
        }
        Complex::new(len * phase.cos(), len * phase.sin())
    };
    if edom {
        return Err(PowError::ZeroDivision);
    }
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

/// `abs(z)` (`_Py_c_abs`): an infinite part wins over a NaN; `None` when the
/// finite parts overflow (OverflowError "absolute value too large").
pub fn abs(z: Complex) -> Option<f64> {
    if z.re.is_infinite() {
        return Some(z.re.abs());
    }
    if z.im.is_infinite() {
        return Some(z.im.abs());
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Some(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    r.is_finite().then_some(r)
}

/// CPython's `_PyHASH_IMAG`.
const HASH_IMAG: u64 = 1000003;

/// `hash(z)`, equal to the hash of an equal int or float. A NaN part hashes by
/// the identity of the complex object, whose identity hash the caller passes as
/// `nan_hash`.
pub fn hash(z: Complex, nan_hash: i64) -> i64 {
    let re = hash_f64(z.re).unwrap_or(nan_hash) as u64;
    let im = hash_f64(z.im).unwrap_or(nan_hash) as u64;
    let combined = re.wrapping_add(HASH_IMAG.wrapping_mul(im)) as i64;
    if combined == -1 {
        -2
    } else {
        combined
    }
}

/// A part as `repr` writes it inside a complex: repr digits without a `.0`.
fn part_text(x: f64) -> String {
    let r = float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr(z)`: `2j`, `-0j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`, `1e+300j`; the real
/// part is left out exactly when it is `+0.0`.
pub fn repr(z: Complex) -> String {
    let im = part_text(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{im}j");
    }
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part_text(z.re))
}

/// Why `complex(str)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// ValueError "complex() arg is a malformed string".
    Malformed,
    /// ValueError "could not convert string to complex: <repr>" (misplaced underscores).
    Underscore,
}

/// The longest float at the start of `s` (`PyOS_string_to_double` without
/// leading whitespace): a sign, then `inf`, `infinity`, `nan` or decimal digits
/// with an optional point and exponent. `None` when no float starts there.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut pos = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let negative = s.first() == Some(&b'-');
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = digits(pos);
    pos += int_digits;
    let mut frac_digits = 0;
    if s.get(pos) == Some(&b'.') {
        frac_digits = digits(pos + 1);
        if int_digits + frac_digits > 0 {
            pos += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        let sign = usize::from(matches!(s.first(), Some(b'+' | b'-')));
        let word =
            |w: &[u8]| s.len() >= sign + w.len() && s[sign..sign + w.len()].eq_ignore_ascii_case(w);
        let (v, len) = if word(b"infinity") {
            (f64::INFINITY, 8)
        } else if word(b"inf") {
            (f64::INFINITY, 3)
        } else if word(b"nan") {
            (f64::NAN, 3)
        } else {
            return None;
        };
        return Some((if negative { -v } else { v }, sign + len));
    }
    if matches!(s.get(pos), Some(b'e' | b'E')) {
        let mut e = pos + 1;
        if matches!(s.get(e), Some(b'+' | b'-')) {
            e += 1;
        }
        let exp_digits = digits(e);
        if exp_digits > 0 {
            pos = e + exp_digits;
        }
    }
    let text = std::str::from_utf8(&s[..pos]).ok()?;
    Some((text.parse::<f64>().ok()?, pos))
}

/// `complex(s)` for a str (`complex_subtype_from_string`): Unicode digits and
/// spaces count as ASCII ones; underscores may only separate digits; then
/// `[(] <float> | <float>j | <float><signed float>j | [<float>]<sign>j | j [)]`
/// with optional whitespace around the number and inside the parentheses.
pub fn parse(s: &str) -> Result<Complex, ParseError> {
    let text = numeric_ascii(s);
    let text = if text.contains(&b'_') {
        let mut out = Vec::with_capacity(text.len());
        let mut prev = 0u8;
        for &b in &text {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(ParseError::Underscore);
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return Err(ParseError::Underscore);
                }
                out.push(b);
            }
            prev = b;
        }
        if prev == b'_' || text.contains(&0) {
            return Err(ParseError::Underscore);
        }
        out
    } else {
        text
    };
    parse_ascii(&text).ok_or(ParseError::Malformed)
}

/// The grammar of [`parse`] on ASCII text without underscores.
fn parse_ascii(s: &[u8]) -> Option<Complex> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_j = |b: u8| b == b'j' || b == b'J';
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let bracket = at(pos) == b'(';
    if bracket {
        pos += 1;
        while is_c_space(at(pos)) {
            pos += 1;
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&s[pos..]) {
        Some((z, len)) => {
            pos += len;
            if matches!(at(pos), b'+' | b'-') {
                re = z;
                match float_prefix(&s[pos..]) {
                    Some((y, len)) => {
                        im = y;
                        pos += len;
                    }
                    None => {
                        im = if at(pos) == b'+' { 1.0 } else { -1.0 };
                        pos += 1;
                    }
                }
                if !is_j(at(pos)) {
                    return None;
                }
                pos += 1;
            } else if is_j(at(pos)) {
                im = z;
                pos += 1;
            } else {
                re = z;
            }
        }
        None => {
            im = if at(pos) == b'-' { -1.0 } else { 1.0 };
            if matches!(at(pos), b'+' | b'-') {
                pos += 1;
            }
            if !is_j(at(pos)) {
                return None;
            }
            pos += 1;
        }
    }
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if bracket {
        if at(pos) != b')' {
            return None;
        }
        pos += 1;
        while is_c_space(at(pos)) {
            pos += 1;
        }
    }
    (pos == s.len()).then_some(Complex::new(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || (a == b && a.is_sign_negative() == b.is_sign_negative())
    }

    fn c(re: f64, im: f64) -> Complex {
        Complex::new(re, im)
    }

    #[test]
    fn repr_like_cpython() {
        let inf = f64::INFINITY;
        let cases = [
            (c(1.0, 2.0), "(1+2j)"),
            (c(0.0, 2.0), "2j"),
            (c(0.0, -0.0), "-0j"),
            (c(-0.0, -0.0), "(-0-0j)"),
            (c(-0.0, 0.0), "(-0+0j)"),
            (c(f64::NAN, inf), "(nan+infj)"),
            (c(0.0, 1e300), "1e+300j"),
            (c(0.0, 1e15), "1000000000000000j"),
            (c(1e22, 1e-7), "(1e+22+1e-07j)"),
            (c(-1.5, -inf), "(-1.5-infj)"),
        ];
        for (z, want) in cases {
            assert_eq!(repr(z), want);
        }
    }

    #[test]
    fn parse_like_cpython() {
        let ok = [
            ("1+2j", c(1.0, 2.0)),
            ("(1-2j)", c(1.0, -2.0)),
            ("j", c(0.0, 1.0)),
            ("-j", c(0.0, -1.0)),
            ("  ( 3+4j )  ", c(3.0, 4.0)),
            ("1e5j", c(0.0, 1e5)),
            ("1.j", c(0.0, 1.0)),
            (".5j", c(0.0, 0.5)),
            ("1+j", c(1.0, 1.0)),
            ("-infinityj", c(0.0, f64::NEG_INFINITY)),
            ("1_000+2_000j", c(1000.0, 2000.0)),
            ("1e400", c(f64::INFINITY, 0.0)),
            ("١+٢j", c(1.0, 2.0)),
            ("-0-0j", c(-0.0, -0.0)),
        ];
        for (s, want) in ok {
            let got = parse(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"));
            assert!(
                same(got.re, want.re) && same(got.im, want.im),
                "{s:?}: {got:?}"
            );
        }
        for s in [
            "", " ", "()", "j1", "1+", "1+j2", "1+2", "1 + 2j", "1+2jj", "0x10", "1e", "1e+j",
            "(3+4j", "3+4j)", "jj", "1+-2j", "1\0j", "(5", "infinj",
        ] {
            assert_eq!(parse(s), Err(ParseError::Malformed), "{s:?}");
        }
        for s in ["1__0j", "_1j", "1_", "1_j"] {
            assert_eq!(parse(s), Err(ParseError::Underscore), "{s:?}");
        }
    }

    #[test]
    fn arithmetic_like_cpython() {
        assert_eq!(div(c(1.0, 1.0), c(0.0, 0.0)), None);
        let q = div(c(1e308, 1e308), c(1e308, 1e308)).unwrap();
        assert!(q.re.is_nan() && same(q.im, 0.0));
        assert_eq!(pow(c(0.0, 1.0), c(2.0, 0.0)), Ok(c(-1.0, 0.0)));
        assert_eq!(pow(c(0.0, 0.0), c(-1.0, 0.0)), Err(PowError::ZeroDivision));
        assert_eq!(pow(c(0.0, 0.0), c(0.0, 1.0)), Err(PowError::ZeroDivision));
        assert_eq!(pow(c(10.0, 10.0), c(1000.0, 0.0)), Err(PowError::Overflow));
        let r = pow(c(1e200, 1e200), c(2.0, 0.0)).unwrap();
        assert!(r.re.is_nan() && r.im.is_nan());
        let r = pow(c(-8.0, 0.0), c(1.0 / 3.0, 0.0)).unwrap();
        assert_eq!(r, c(1.0000000000000002, 1.7320508075688772));
        assert_eq!(abs(c(3.0, 4.0)), Some(5.0));
        assert_eq!(abs(c(f64::NAN, f64::NEG_INFINITY)), Some(f64::INFINITY));
        assert_eq!(abs(c(1e308, 1e308)), Some(1.4142135623730951e308));
        assert_eq!(abs(c(1.7e308, 1.7e308)), None);
    }

    #[test]
    fn hash_like_cpython() {
        assert_eq!(hash(c(0.0, 1.0), 0), 1000003);
        assert_eq!(hash(c(-0.0, -1.0), 0), -2000006);
        assert_eq!(hash(c(-1.0, 0.0), 0), -2);
        assert_eq!(hash(c(2.5, -3.25), 0), -576460752306423495);
        assert_eq!(hash(c(f64::INFINITY, 1.0), 0), 1314162);
    }
}
