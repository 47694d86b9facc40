//! `complex` values: a heap object holding two `f64`s; construction
//! (`complex(real, imag)`, `complex(str)`), conversion of operands and the
//! methods. The arithmetic itself lives in `num::complex`.

use crate::args::{bind, no_args, Sig};
use crate::exception::{err, type_error, value_error, R};
use crate::int::is_int;
use crate::methods::MethodTable;
use crate::num::complex::{self, Complex, ParseError};
use crate::object::{alloc, payload, type_id, type_name, TypeId};
use crate::value::{Owned, Value};

/// A new complex value.
pub fn new_complex(z: Complex) -> Owned {
    alloc(TypeId::Complex, z)
}

/// Whether `v` is a complex.
#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_ptr() && type_id(v) == TypeId::Complex
}

/// The number held by a complex value.
#[inline]
pub fn complex_of(v: Value) -> Complex {
    debug_assert!(is_complex(v));
    unsafe { *payload::<Complex>(v) }
}

/// An int, float or complex operand as a complex (`TO_COMPLEX`); `None` for
/// other types. A huge int raises OverflowError.
pub fn as_complex(v: Value) -> R<Option<Complex>> {
    if v.is_float() {
        return Ok(Some(Complex::real(v.as_float())));
    }
    if is_int(v) {
        return Ok(Some(Complex::real(crate::ops::int_to_f64(v)?)));
    }
    if is_complex(v) {
        return Ok(Some(complex_of(v)));
    }
    Ok(None)
}

/// `hash(z)`: a NaN part hashes by the object's identity, as in CPython.
pub fn complex_hash(v: Value) -> i64 {
    let identity = crate::num::arith::hash_pointer(v.ptr() as usize);
    complex::hash(complex_of(v), identity)
}

const COMPLEX: Sig = Sig {
    name: "complex",
    params: &["real", "imag"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// An argument of `complex()` as a number: a complex, or a real as `(x, 0)`.
fn ctor_part(v: Value, which: &str) -> R<(Complex, bool)> {
    if is_complex(v) {
        return Ok((complex_of(v), true));
    }
    if v.is_float() || is_int(v) {
        return Ok((Complex::real(crate::args::float_arg(v)?), false));
    }
    type_error(format!(
        "complex() {which} must be {}, not '{}'",
        if which == "first argument" {
            "a string or a number"
        } else {
            "a number"
        },
        type_name(v)
    ))
}

/// `complex(real=0, imag=0)` and `complex(str)` (CPython's `complex_new_impl`).
pub fn construct(args: &[Value], kwnames: &[Owned]) -> R {
    let a = bind(&COMPLEX, args, kwnames)?;
    let (r, i) = (a[0], a[1]);
    if let Some(r) = r {
        if is_complex(r) && i.is_none() {
            return Ok(r.new_ref());
        }
        if crate::str::is_str(r) {
            if i.is_some() {
                return type_error("complex() can't take second arg if first is a string");
            }
            return from_str(r);
        }
    }
    if i.is_some_and(crate::str::is_str) {
        return type_error("complex() second arg can't be a string");
    }
    let (mut cr, cr_is_complex) = match r {
        Some(r) => ctor_part(r, "first argument")?,
        None => (Complex::real(0.0), false),
    };
    let (ci, ci_is_complex) = match i {
        Some(i) => ctor_part(i, "second argument")?,
        None => (Complex::real(cr.im), false),
    };
    let mut imag = ci.re;
    if ci_is_complex {
        cr.re -= ci.im;
    }
    if cr_is_complex && i.is_some() {
        imag += cr.im;
    }
    Ok(new_complex(Complex::new(cr.re, imag)))
}

fn from_str(s: Value) -> R {
    let text = crate::str::as_string(s);
    let has_surrogates = crate::str::str_data(s).has_surrogates();
    match complex::parse(&text) {
        Ok(z) if !has_surrogates => Ok(new_complex(z)),
        Err(ParseError::Underscore) => value_error(format!(
            "could not convert string to complex: {}",
            crate::repr::repr_string(s)?
        )),
        _ => value_error("complex() arg is a malformed string"),
    }
}

/// The data attributes `real` and `imag`.
pub fn complex_attr(v: Value, name: &str) -> Option<Owned> {
    let z = complex_of(v);
    match name {
        "real" => Some(Owned::from(z.re)),
        "imag" => Some(Owned::from(z.im)),
        _ => None,
    }
}

/// `abs(z)`.
pub fn complex_abs(v: Value) -> R {
    match complex::abs(complex_of(v)) {
        Some(r) => Ok(Owned::from(r)),
        None => err(TypeId::OverflowError, "absolute value too large"),
    }
}

/// `a / b` for complex operands.
pub fn complex_div(a: Complex, b: Complex) -> R {
    match complex::div(a, b) {
        Some(q) => Ok(new_complex(q)),
        None => err(TypeId::ZeroDivisionError, "complex division by zero"),
    }
}

/// `a ** b` for complex operands.
pub fn complex_pow(a: Complex, b: Complex) -> R {
    match complex::pow(a, b) {
        Ok(r) => Ok(new_complex(r)),
        Err(e @ complex::PowError::ZeroDivision) => err(TypeId::ZeroDivisionError, e.message()),
        Err(e @ complex::PowError::Overflow) => err(TypeId::OverflowError, e.message()),
    }
}

fn conjugate(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("complex.conjugate", &args[1..], kwnames)?;
    let z = complex_of(args[0]);
    Ok(new_complex(Complex::new(z.re, -z.im)))
}

/// Methods of complex.
pub const METHODS: MethodTable = &[
    ("conjugate", conjugate),
    ("__complex__", crate::slots::complex_complex),
    ("__getnewargs__", crate::slots::complex_getnewargs),
    ("__format__", crate::slots::complex_format),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;

    fn c(pos: &[&crate::value::Owned]) -> String {
        let args: Vec<_> = pos.iter().map(|o| o.v()).collect();
        show(super::construct(&args, &[]))
    }

    #[test]
    fn constructor() {
        let _g = setup();
        assert_eq!(c(&[]), "0j");
        assert_eq!(c(&[&i(1), &f(-2.5)]), "(1-2.5j)");
        assert_eq!(c(&[&s("(1-2j)")]), "(1-2j)");
        assert_eq!(
            c(&[&s("1+")]),
            "ValueError: complex() arg is a malformed string"
        );
        assert_eq!(
            c(&[&s("1__0j")]),
            "ValueError: could not convert string to complex: '1__0j'"
        );
        assert_eq!(
            c(&[&s("1"), &i(2)]),
            "TypeError: complex() can't take second arg if first is a string"
        );
        assert_eq!(
            c(&[&i(1), &s("2")]),
            "TypeError: complex() second arg can't be a string"
        );
        let j = super::new_complex(super::Complex::new(0.0, 1.0));
        assert_eq!(c(&[&j, &j]), "(-1+1j)");
        assert_eq!(
            c(&[&crate::value::none()]),
            "TypeError: complex() first argument must be a string or a number, not 'NoneType'"
        );
    }
}
