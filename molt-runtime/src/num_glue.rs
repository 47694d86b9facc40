//! Glue between the numeric algorithms in `num/` and Python values:
//! raising their errors, and the methods of int and float.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Zero;

use crate::args::{index_value, no_args};
use crate::exception::{err, type_error, value_error, R};
use crate::int::{from_bigint, from_i64, to_bigint};
use crate::methods::MethodTable;
use crate::num::float_text::HexError;
use crate::object::TypeId;
use crate::tuple::new_tuple;
use crate::value::{Owned, Value};

fn bit_length(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("int.bit_length", &args[1..], kwnames)?;
    Ok(from_i64(to_bigint(args[0]).magnitude().bits() as i64))
}

fn bit_count(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("int.bit_count", &args[1..], kwnames)?;
    let n = to_bigint(args[0]);
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(from_i64(ones as i64))
}

fn int_conjugate(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("int.conjugate", &args[1..], kwnames)?;
    index_value(args[0])
}

fn int_as_integer_ratio(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("int.as_integer_ratio", &args[1..], kwnames)?;
    Ok(new_tuple(vec![index_value(args[0])?, from_i64(1)]))
}

fn int_is_integer(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("int.is_integer", &args[1..], kwnames)?;
    Ok(Owned::from(true))
}

fn float_is_integer(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("float.is_integer", &args[1..], kwnames)?;
    let x = args[0].as_float();
    Ok(Owned::from(x.is_finite() && x == x.floor()))
}

fn float_conjugate(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("float.conjugate", &args[1..], kwnames)?;
    Ok(args[0].new_ref())
}

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

/// `x.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_ratio(x: f64) -> R<(BigInt, BigInt)> {
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return err(
            TypeId::OverflowError,
            "cannot convert Infinity to integer ratio",
        );
    }
    let (mant, exp) = decompose(x);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1u8);
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    if num.is_zero() {
        den = BigInt::from(1u8);
    } else {
        let g = num.gcd(&den);
        num /= &g;
        den /= &g;
    }
    if x.is_sign_negative() {
        num = -num;
    }
    Ok((num, den))
}

fn float_as_integer_ratio(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("float.as_integer_ratio", &args[1..], kwnames)?;
    let (n, d) = float_ratio(args[0].as_float())?;
    Ok(new_tuple(vec![from_bigint(n), from_bigint(d)]))
}

/// `x.hex()`: `[-]0x<lead>.<13 hex digits>p<exp>`, with `0x0.0p+0` for zero.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn float_hex_method(args: &[Value], kwnames: &[Owned]) -> R {
    no_args("float.hex", &args[1..], kwnames)?;
    Ok(crate::str::new_str(&float_hex(args[0].as_float())))
}

/// `float.fromhex(s)`, a class method: `args[0]` is the type or an instance.
fn float_fromhex(args: &[Value], kwnames: &[Owned]) -> R {
    crate::call::no_kwargs("float.fromhex", kwnames)?;
    let s = crate::args::one_arg("float.fromhex", &args[1..], kwnames)?;
    if !crate::str::is_str(s) {
        return type_error("bad argument type for built-in operation");
    }
    match crate::num::float_text::parse_hex_float(&crate::str::as_string(s)) {
        Ok(x) => Ok(Owned::from(x)),
        Err(e @ HexError::Invalid) => value_error(e.message()),
        Err(e @ HexError::Overflow) => err(TypeId::OverflowError, e.message()),
    }
}

/// The data attributes of numbers: `real`, `imag`, `numerator`, `denominator`.
pub fn number_attr(obj: Value, name: &str) -> R<Option<Owned>> {
    if obj.is_float() {
        return Ok(match name {
            "real" => Some(obj.new_ref()),
            "imag" => Some(Owned::from(0.0)),
            _ => None,
        });
    }
    if crate::complex::is_complex(obj) {
        return Ok(crate::complex::complex_attr(obj, name));
    }
    if crate::int::is_int(obj) {
        return Ok(match name {
            "real" | "numerator" => Some(index_value(obj)?),
            "imag" => Some(from_i64(0)),
            "denominator" => Some(from_i64(1)),
            _ => None,
        });
    }
    Ok(None)
}

/// `byteorder`: `'big'` (the default) or `'little'`; whether little-endian.
fn byteorder_arg(name: &str, v: Option<Value>) -> R<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    if !crate::str::is_str(v) {
        return crate::exception::type_error(format!(
            "{name}() argument 'byteorder' must be str, not {}",
            crate::args::arg_type_name(v)
        ));
    }
    match crate::str::as_string(v).as_str() {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => value_error("byteorder must be either 'little' or 'big'"),
    }
}

const TO_BYTES: crate::args::Sig = crate::args::Sig {
    name: "to_bytes",
    params: &["length", "byteorder", "signed"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(args: &[Value], kwnames: &[Owned]) -> R {
    let a = crate::args::bind(&TO_BYTES, &args[1..], kwnames)?;
    let length = match a[0] {
        Some(v) => crate::args::ssize(v)?,
        None => 1,
    };
    let little = byteorder_arg("to_bytes", a[1])?;
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    let signed = match a[2] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let n = to_bigint(args[0]);
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return err(
            TypeId::OverflowError,
            "can't convert negative int to unsigned",
        );
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return err(TypeId::OverflowError, "int too big to convert");
    }
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xFF
    } else {
        0
    };
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return crate::exception::no_memory();
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::bytes::bytes_from_vec(bytes))
}

const FROM_BYTES: crate::args::Sig = crate::args::Sig {
    name: "from_bytes",
    params: &["bytes", "byteorder", "signed"],
    posonly: 0,
    required: 1,
    maxpos: 2,
};

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, reached through
/// the type (`args[0]`) or an instance; `bool.from_bytes` gives a bool.
fn from_bytes(args: &[Value], kwnames: &[Owned]) -> R {
    let a = crate::args::bind(&FROM_BYTES, &args[1..], kwnames)?;
    let little = byteorder_arg("from_bytes", a[1])?;
    let signed = match a[2] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let mut b = crate::bytes::bytes_from_object(a[0].unwrap())?;
    if !little {
        b.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &b)
    };
    let is_bool = if crate::object::is_type(args[0]) {
        crate::object::type_data(args[0].ptr()).id == TypeId::Bool
    } else {
        args[0].is_bool()
    };
    if is_bool {
        return Ok(Owned::from(!n.is_zero()));
    }
    Ok(from_bigint(n))
}

/// Methods of int.
pub const INT_METHODS: MethodTable = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("is_integer", int_is_integer),
    ("to_bytes", to_bytes),
    ("from_bytes", from_bytes),
    ("__trunc__", crate::slots::int_trunc),
    ("__floor__", crate::slots::int_floor),
    ("__ceil__", crate::slots::int_ceil),
    ("__round__", crate::slots::int_round),
    ("__getnewargs__", crate::slots::int_getnewargs),
    ("__format__", crate::slots::int_format),
];

/// Class methods of int, reached through the type.
pub const INT_CLASS_METHODS: MethodTable = &[("from_bytes", from_bytes)];

/// Class methods of float.
pub const FLOAT_CLASS_METHODS: MethodTable = &[("fromhex", float_fromhex)];

/// Methods of float.
pub const FLOAT_METHODS: MethodTable = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("conjugate", float_conjugate),
    ("hex", float_hex_method),
    ("__trunc__", crate::slots::float_trunc),
    ("__floor__", crate::slots::float_floor),
    ("__ceil__", crate::slots::float_ceil),
    ("__round__", crate::slots::float_round),
    ("__getnewargs__", crate::slots::float_getnewargs),
    ("__format__", crate::slots::float_format),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::value::Owned;

    fn m(obj: &Owned, name: &str, pos: &[&Owned]) -> String {
        show(method(obj, name, pos, &[]))
    }

    fn attr(obj: &Owned, name: &str) -> String {
        show(crate::attr::getattr(obj.v(), s(name).v()))
    }

    #[test]
    fn int_methods() {
        let _g = setup();
        assert_eq!(m(&i(1), "bit_length", &[]), "1");
        assert_eq!(m(&i(-5), "bit_length", &[]), "3");
        assert_eq!(m(&i(0), "bit_length", &[]), "0");
        let big = crate::int::from_bigint(num_bigint::BigInt::from(1) << 100);
        assert_eq!(m(&big, "bit_length", &[]), "101");
        assert_eq!(m(&i(255), "bit_count", &[]), "8");
        assert_eq!(m(&i(-7), "bit_count", &[]), "3");
        assert_eq!(
            m(&i(5), "bit_length", &[&i(1)]),
            "TypeError: int.bit_length() takes no arguments (1 given)"
        );
        assert_eq!(m(&i(5), "conjugate", &[]), "5");
        assert_eq!(m(&i(-6), "as_integer_ratio", &[]), "(-6, 1)");
        assert_eq!(m(&i(6), "is_integer", &[]), "True");
        let t = Owned::from(true);
        assert_eq!(m(&t, "as_integer_ratio", &[]), "(1, 1)");
        assert_eq!(m(&t, "conjugate", &[]), "1");
        assert_eq!(m(&t, "bit_length", &[]), "1");
        assert_eq!(attr(&i(3), "real"), "3");
        assert_eq!(attr(&i(3), "imag"), "0");
        assert_eq!(attr(&t, "numerator"), "1");
        assert_eq!(attr(&i(3), "denominator"), "1");
        assert_eq!(
            attr(&i(3), "foo"),
            "AttributeError: 'int' object has no attribute 'foo'"
        );
    }

    #[test]
    fn float_methods() {
        let _g = setup();
        assert_eq!(m(&f(1.5), "is_integer", &[]), "False");
        assert_eq!(m(&f(2.0), "is_integer", &[]), "True");
        assert_eq!(m(&f(f64::INFINITY), "is_integer", &[]), "False");
        assert_eq!(m(&f(0.75), "as_integer_ratio", &[]), "(3, 4)");
        assert_eq!(m(&f(-2.5), "as_integer_ratio", &[]), "(-5, 2)");
        assert_eq!(m(&f(-0.0), "as_integer_ratio", &[]), "(0, 1)");
        assert_eq!(m(&f(1e300), "as_integer_ratio", &[]), "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)");
        assert_eq!(
            m(&f(f64::INFINITY), "as_integer_ratio", &[]),
            "OverflowError: cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            m(&f(f64::NAN), "as_integer_ratio", &[]),
            "ValueError: cannot convert NaN to integer ratio"
        );
        assert_eq!(m(&f(1.5), "conjugate", &[]), "1.5");
        assert_eq!(
            m(&f(1.5), "is_integer", &[&i(1)]),
            "TypeError: float.is_integer() takes no arguments (1 given)"
        );
        let hex = |x: f64| super::float_hex(x);
        assert_eq!(hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(hex(-0.0), "-0x0.0p+0");
        assert_eq!(hex(1e300), "0x1.7e43c8800759cp+996");
        assert_eq!(hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(hex(2.225073858507201e-308), "0x0.fffffffffffffp-1022");
        assert_eq!(hex(f64::NEG_INFINITY), "-inf");
        assert_eq!(hex(f64::NAN), "nan");
        assert_eq!(m(&f(-1.5), "hex", &[]), "'-0x1.8000000000000p+0'");
        assert_eq!(attr(&f(2.5), "real"), "2.5");
        assert_eq!(attr(&f(2.5), "imag"), "0.0");
    }
}
