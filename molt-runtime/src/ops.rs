//! Python operators on values: binary and unary arithmetic, comparisons,
//! truth, hashing, equality and containment, with CPython's fast paths and
//! error messages.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::complex::{as_complex, complex_of, is_complex, new_complex};
use crate::exception::{err, type_error, value_error, R};
use crate::int::{self, from_bigint, from_i64, is_int, to_bigint, to_i64};
use crate::list::{is_list, list_items, new_list};
use crate::num::arith;
use crate::num::complex::{self as cx, Complex};
use crate::object::{type_id, type_name, TypeId};
use crate::set::is_anyset;
use crate::str::{is_str, str_cmp, str_concat, str_data, str_eq};
use crate::tuple::{is_tuple, items, new_tuple};
use crate::value::{Owned, Value};

/// Binary operators, numbered as in the IR's `BinOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// Every operator, by number.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];

    /// The operator's symbol, as in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Comparison operators, numbered as in the IR's `CmpOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// Every operator, by number.
    pub const ALL: [CmpOp; 10] = [
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::Is,
        CmpOp::IsNot,
        CmpOp::In,
        CmpOp::NotIn,
    ];

    fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// A number operand after promotion.
enum Num {
    Int(Value),
    Float(f64),
}

fn as_num(v: Value) -> Option<Num> {
    if v.is_float() {
        Some(Num::Float(v.as_float()))
    } else if is_int(v) {
        Some(Num::Int(v))
    } else {
        None
    }
}

/// An int value as a float, raising OverflowError when too large.
pub fn int_to_f64(v: Value) -> R<f64> {
    match to_i64(v) {
        Some(n) => Ok(n as f64),
        None => match arith::bigint_to_f64(int::big(v)) {
            Some(x) => Ok(x),
            None => err(TypeId::OverflowError, "int too large to convert to float"),
        },
    }
}

fn unsupported<T>(op: &str, a: Value, b: Value) -> R<T> {
    type_error(format!(
        "unsupported operand type(s) for {op}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// `a <op> b`.
pub fn binary(op: BinOp, a: Value, b: Value) -> R {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let int_only = matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
        );
        if int_only && (a.is_float() || b.is_float()) {
            return unsupported(op.symbol(), a, b);
        }
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => int_binary(op, x, y),
            (Num::Float(x), Num::Float(y)) => float_binary(op, x, y),
            (Num::Int(x), Num::Float(y)) => float_binary(op, int_to_f64(x)?, y),
            (Num::Float(x), Num::Int(y)) => float_binary(op, x, int_to_f64(y)?),
        };
    }
    if (is_complex(a) && is_number(b)) || (is_number(a) && is_complex(b)) {
        return complex_binary(op, a, b);
    }
    sequence_binary(op, a, b, op.symbol())
}

/// `x = x op b` (or `x op= b`) where a local slot holds `a`: when that
/// slot is the only reference to a str, `+` appends to it in place (the
/// old value is unobservable), as CPython does for `s = s + t`.
pub fn update_local(op: BinOp, inplace_op: bool, a: Value, b: Value) -> R {
    if op == BinOp::Add
        && crate::str::is_str_exact(a)
        && crate::str::is_str_exact(b)
        && unsafe { (*a.ptr()).rc } == 1
    {
        crate::str::append_in_place(a, b);
        return Ok(a.new_ref());
    }
    if inplace_op {
        inplace(op, a, b)
    } else {
        binary(op, a, b)
    }
}

/// Whether `v` is an int, float or complex.
fn is_number(v: Value) -> bool {
    as_num(v).is_some() || is_complex(v)
}

/// `a <op> b` where one operand is a complex and the other a number: both are
/// made complex first (CPython 3.12 has no mixed-mode complex arithmetic).
fn complex_binary(op: BinOp, a: Value, b: Value) -> R {
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return unsupported(op.symbol(), a, b);
    }
    let x = as_complex(a)?.expect("a number");
    let y = as_complex(b)?.expect("a number");
    match op {
        BinOp::Add => Ok(new_complex(cx::add(x, y))),
        BinOp::Sub => Ok(new_complex(cx::sub(x, y))),
        BinOp::Mul => Ok(new_complex(cx::mul(x, y))),
        BinOp::TrueDiv => crate::complex::complex_div(x, y),
        _ => crate::complex::complex_pow(x, y),
    }
}

/// `a <op>= b`: in place for lists and sets, otherwise as `binary`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> R {
    if crate::set::is_set(a) && is_anyset(b) {
        if let Some(r) = crate::set_ops::inplace(op, a, b) {
            r?;
            return Ok(a.new_ref());
        }
    }
    if op == BinOp::Or && crate::dict::is_dict(a) {
        // `d |= x` updates `d` from a mapping or an iterable of pairs.
        crate::dict_methods::update_args(a, &[b], &[])?;
        return Ok(a.new_ref());
    }
    if crate::bytes::is_bytearray(a) {
        match op {
            BinOp::Add => {
                crate::bytes::extend_in_place(a, b)?;
                return Ok(a.new_ref());
            }
            BinOp::Mul => {
                if let Some(n) = repeat_count(b)? {
                    crate::bytes::repeat_in_place(a, n as usize)?;
                    return Ok(a.new_ref());
                }
            }
            _ => {}
        }
    }
    if is_list(a) {
        match op {
            BinOp::Add => {
                crate::list_methods::extend(a, b)?;
                return Ok(a.new_ref());
            }
            BinOp::Mul => {
                if let Some(n) = repeat_count(b)? {
                    let repeated = repeated_items(list_items(a), n as usize)?;
                    *list_items(a) = repeated;
                    return Ok(a.new_ref());
                }
            }
            _ => {}
        }
    }
    let symbol = format!("{}=", op.symbol().split(' ').next().unwrap());
    if is_number(a) && is_number(b) {
        return binary(op, a, b);
    }
    let sym = if op == BinOp::Pow { "**=" } else { &symbol };
    sequence_binary(op, a, b, sym)
}

fn repeat_count(b: Value) -> R<Option<i64>> {
    if !is_int(b) {
        return Ok(None);
    }
    match to_i64(b) {
        Some(n) => Ok(Some(n.max(0))),
        None => err(
            TypeId::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ),
    }
}

fn sequence_binary(op: BinOp, a: Value, b: Value, symbol: &str) -> R {
    if is_anyset(a) && is_anyset(b) {
        if let Some(r) = crate::set_ops::binary(op, a, b) {
            return r;
        }
    }
    match op {
        BinOp::Add => {
            if is_bytes_or_bytearray(a) {
                return crate::bytes::concat(a, b);
            }
            if is_str(a) {
                if is_str(b) {
                    return Ok(str_concat(a, b));
                }
                return type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_name(b)
                ));
            }
            if is_list(a) {
                if is_list(b) {
                    let mut v = list_items(a).clone();
                    v.extend(list_items(b).iter().cloned());
                    return Ok(new_list(v));
                }
                return type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name(b)
                ));
            }
            if is_tuple(a) {
                if is_tuple(b) {
                    let mut v = items(a).to_vec();
                    v.extend(items(b).iter().cloned());
                    return Ok(new_tuple(v));
                }
                return type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name(b)
                ));
            }
        }
        BinOp::Mul => {
            let is_seq =
                |v: Value| is_str(v) || is_list(v) || is_tuple(v) || is_bytes_or_bytearray(v);
            let (seq, count) = if is_seq(a) { (a, b) } else { (b, a) };
            if is_seq(seq) {
                let Some(n) = repeat_count(count)? else {
                    return type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(count)
                    ));
                };
                return repeat(seq, n);
            }
        }
        BinOp::Mod if is_str(a) => return crate::format::percent_format(a, b),
        BinOp::Mod if is_bytes_or_bytearray(a) => return crate::format::percent_format_bytes(a, b),
        BinOp::Or if crate::dict::is_dict(a) && crate::dict::is_dict(b) => {
            let d = crate::dict_methods::copy(a)?;
            crate::dict_methods::update_from(d.v(), b)?;
            return Ok(d);
        }
        _ => {}
    }
    if let Some(r) = crate::dict_view_ops::binary(op, a, b) {
        return r;
    }
    unsupported(symbol, a, b)
}

/// Whether `v` is a bytes or a bytearray (the bytes-like sequences with
/// operators; memoryview has none).
fn is_bytes_or_bytearray(v: Value) -> bool {
    crate::bytes::is_bytes(v) || crate::bytes::is_bytearray(v)
}

fn repeat(seq: Value, n: i64) -> R {
    let n = n as usize;
    if is_bytes_or_bytearray(seq) {
        return crate::bytes::repeat(seq, n);
    }
    if is_str(seq) {
        let s = str_data(seq);
        if s.len
            .checked_mul(n)
            .is_none_or(|t| t > isize::MAX as usize / 4)
        {
            return crate::exception::no_memory();
        }
        let cps = s.code_points();
        let mut out = Vec::with_capacity(cps.len() * n);
        for _ in 0..n {
            out.extend_from_slice(&cps);
        }
        return Ok(crate::str::from_code_points(&out));
    }
    if n == 1 && is_tuple(seq) {
        // A tuple repeated once is the tuple itself, as in CPython.
        return Ok(seq.new_ref());
    }
    let src: Vec<Owned> = if is_list(seq) {
        list_items(seq).clone()
    } else {
        items(seq).to_vec()
    };
    let out = repeated_items(&src, n)?;
    Ok(if is_list(seq) {
        new_list(out)
    } else {
        new_tuple(out)
    })
}

/// `src` repeated `n` times; MemoryError when that cannot be allocated.
fn repeated_items(src: &[Owned], n: usize) -> R<Vec<Owned>> {
    let mut out = Vec::new();
    let fits = src
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize / std::mem::size_of::<Owned>());
    if fits.is_none_or(|total| out.try_reserve_exact(total).is_err()) {
        return crate::exception::no_memory();
    }
    for _ in 0..n {
        out.extend(src.iter().cloned());
    }
    Ok(out)
}

fn int_binary(op: BinOp, a: Value, b: Value) -> R {
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        let small = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => {
                Some(Integer::div_floor(&x, &y))
            }
            BinOp::Mod if y != 0 && y != -1 => Some(x.mod_floor(&y)),
            BinOp::And | BinOp::Or | BinOp::Xor if a.is_bool() && b.is_bool() => {
                let r = match op {
                    BinOp::And => x & y,
                    BinOp::Or => x | y,
                    _ => x ^ y,
                };
                return Ok(Owned::from_raw(Value::bool(r != 0)));
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::TrueDiv if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => {
                return Ok(Owned::from(x as f64 / y as f64));
            }
            _ => None,
        };
        if let Some(r) = small {
            return Ok(from_i64(r));
        }
    }
    let x = to_bigint(a);
    let y = to_bigint(b);
    match op {
        BinOp::Add => Ok(from_bigint(x + y)),
        BinOp::Sub => Ok(from_bigint(x - y)),
        BinOp::Mul => Ok(from_bigint(x * y)),
        BinOp::TrueDiv => {
            if y.is_zero() {
                return err(TypeId::ZeroDivisionError, "division by zero");
            }
            match arith::int_true_div(&x, &y) {
                Some(r) => Ok(Owned::from(r)),
                None => err(
                    TypeId::OverflowError,
                    "integer division result too large for a float",
                ),
            }
        }
        BinOp::FloorDiv => {
            if y.is_zero() {
                return err(
                    TypeId::ZeroDivisionError,
                    "integer division or modulo by zero",
                );
            }
            Ok(from_bigint(x.div_floor(&y)))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return err(TypeId::ZeroDivisionError, "integer modulo by zero");
            }
            Ok(from_bigint(x.mod_floor(&y)))
        }
        BinOp::Pow => int_pow(a, b, &x, &y),
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return value_error("negative shift count");
            }
            if op == BinOp::RShift {
                return Ok(match y.to_u64() {
                    Some(s) if s < u32::MAX as u64 => from_bigint(x >> s),
                    _ => from_i64(if x.is_negative() { -1 } else { 0 }),
                });
            }
            if x.is_zero() {
                return Ok(from_i64(0));
            }
            match arith::lshift_count(x.bits(), &y) {
                Ok(s) => Ok(from_bigint(x << s)),
                Err(arith::ShiftError::TooManyDigits) => {
                    err(TypeId::OverflowError, "too many digits in integer")
                }
                Err(arith::ShiftError::Memory) => crate::exception::no_memory(),
            }
        }
        BinOp::And => Ok(from_bigint(x & y)),
        BinOp::Or => Ok(from_bigint(x | y)),
        BinOp::Xor => Ok(from_bigint(x ^ y)),
        BinOp::MatMul => unsupported("@", a, b),
    }
}

fn int_pow(a: Value, b: Value, x: &BigInt, y: &BigInt) -> R {
    if y.is_negative() {
        let fx = int_to_f64(a)?;
        let fy = int_to_f64(b)?;
        return float_binary(BinOp::Pow, fx, fy);
    }
    if let (Some(base), Some(exp)) = (x.to_i64(), y.to_u32()) {
        if let Some(r) = base.checked_pow(exp) {
            return Ok(from_i64(r));
        }
    }
    if x.is_zero() || x == &BigInt::from(1) {
        return Ok(from_bigint(x.clone()));
    }
    if x == &BigInt::from(-1) {
        return Ok(from_i64(if y.is_even() { 1 } else { -1 }));
    }
    match y.to_u32() {
        Some(e) => Ok(from_bigint(num_traits::Pow::pow(x, e))),
        None => crate::exception::no_memory(),
    }
}

fn float_binary(op: BinOp, x: f64, y: f64) -> R {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return err(TypeId::ZeroDivisionError, "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return err(TypeId::ZeroDivisionError, "float floor division by zero");
            }
            arith::float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return err(TypeId::ZeroDivisionError, "float modulo");
            }
            arith::float_mod(x, y)
        }
        BinOp::Pow => match arith::float_pow(x, y) {
            Ok(r) => r,
            // A negative base with a fractional exponent: a complex power.
            Err(arith::PowError::Complex) => {
                return crate::complex::complex_pow(Complex::real(x), Complex::real(y));
            }
            Err(e @ arith::PowError::ZeroDivision) => {
                return err(TypeId::ZeroDivisionError, e.message().unwrap_or_default());
            }
            Err(e @ arith::PowError::Overflow) => {
                return err(TypeId::OverflowError, e.message().unwrap_or_default());
            }
        },
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul => {
            return unsupported(op.symbol(), Value::float(x), Value::float(y));
        }
    };
    Ok(Owned::from(r))
}

/// The DeprecationWarning of `~` on a bool (CPython 3.12).
pub const BOOL_INVERT_WARNING: &str = "Bitwise inversion '~' on bool is deprecated. This \
    returns the bitwise inversion of the underlying int object and is usually not what you \
    expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you \
    really want the bitwise inversion of the underlying int.";

/// Unary operators, numbered as in the IR's `UnOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// A unary operator.
pub fn unary(op: UnOp, a: Value) -> R {
    match op {
        UnOp::Not => return Ok(Owned::from(!truthy(a)?)),
        UnOp::Neg | UnOp::Pos | UnOp::Invert => {}
    }
    if a.is_float() {
        return match op {
            UnOp::Neg => Ok(Owned::from(-a.as_float())),
            UnOp::Pos => Ok(Owned::from(a.as_float())),
            _ => type_error("bad operand type for unary ~: 'float'"),
        };
    }
    if is_complex(a) {
        let z = complex_of(a);
        return match op {
            UnOp::Neg => Ok(new_complex(cx::neg(z))),
            UnOp::Pos => Ok(a.new_ref()),
            _ => type_error("bad operand type for unary ~: 'complex'"),
        };
    }
    if is_int(a) {
        if let Some(n) = to_i64(a) {
            return Ok(match op {
                UnOp::Neg => from_bigint(-BigInt::from(n)),
                UnOp::Pos => from_i64(n),
                _ => from_i64(!n),
            });
        }
        let n = to_bigint(a);
        return Ok(from_bigint(match op {
            UnOp::Neg => -n,
            UnOp::Pos => n,
            _ => !n,
        }));
    }
    let sym = match op {
        UnOp::Neg => "-",
        UnOp::Pos => "+",
        _ => "~",
    };
    type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        type_name(a)
    ))
}

/// The truth value of `v`.
pub fn truthy(v: Value) -> R<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    if v.is_inline_int() {
        return Ok(v.as_inline_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    if v.is_none() {
        return Ok(false);
    }
    Ok(match type_id(v) {
        TypeId::Int => !int::big(v).is_zero(),
        TypeId::Complex => {
            let z = complex_of(v);
            z.re != 0.0 || z.im != 0.0
        }
        TypeId::Str => str_data(v).len != 0,
        TypeId::Bytes | TypeId::ByteArray => !crate::bytes::contents(v).is_empty(),
        TypeId::MemoryView => crate::memoryview::length(v)? != 0,
        TypeId::List => !list_items(v).is_empty(),
        TypeId::Tuple => !items(v).is_empty(),
        TypeId::Dict => !crate::dict::dict_data(v).is_empty(),
        TypeId::Set | TypeId::FrozenSet => !crate::set::set_data(v).is_empty(),
        TypeId::DictKeys | TypeId::DictValues | TypeId::DictItems => {
            !crate::dict::dict_data(crate::dict::view_data(v).dict.v()).is_empty()
        }
        TypeId::Range => crate::range_methods::range_len(v)? != 0,
        _ => true,
    })
}

/// CPython's hash of `v`.
pub fn hash(v: Value) -> R<i64> {
    if v.is_inline_int() {
        return Ok(arith::hash_i64(v.as_inline_int()));
    }
    if v.is_bool() {
        return Ok(v.as_bool() as i64);
    }
    if v.is_float() {
        let x = v.as_float();
        return Ok(arith::hash_f64(x).unwrap_or(0x7FF8_0000));
    }
    if v.is_none() {
        return Ok(0xFCA8_6420);
    }
    match type_id(v) {
        TypeId::Int => Ok(arith::hash_bigint(int::big(v))),
        TypeId::Complex => Ok(crate::complex::complex_hash(v)),
        TypeId::Str => Ok(crate::str::str_hash(v)),
        TypeId::Bytes => Ok(crate::bytes::bytes_hash(v)),
        TypeId::MemoryView => crate::memoryview::hash(v),
        TypeId::Tuple => tuple_hash(v),
        TypeId::Range => crate::range_methods::range_hash(v),
        TypeId::FrozenSet => Ok(crate::set::frozenset_hash(v)),
        TypeId::Slice => crate::slice::slice_hash(v),
        TypeId::List
        | TypeId::Dict
        | TypeId::Set
        | TypeId::ByteArray
        | TypeId::DictKeys
        | TypeId::DictItems => type_error(format!("unhashable type: '{}'", type_name(v))),
        _ => Ok(((v.0 & 0xFFFF_FFFF_FFFF) >> 4) as i64),
    }
}

/// CPython's xxHash-based tuple hash.
fn tuple_hash(v: Value) -> R<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let its = items(v);
    let mut acc: u64 = P5;
    for item in its {
        let lane = hash(item.v())? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((its.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `a == b`.
pub fn eq(a: Value, b: Value) -> R<bool> {
    if a == b {
        // Identity implies equality, except for NaN floats.
        return Ok(!(a.is_float() && a.as_float().is_nan()));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(x, y) == Some(Ordering::Equal));
    }
    if is_complex(a) || is_complex(b) {
        return Ok(complex_eq(a, b));
    }
    if !a.is_ptr() || !b.is_ptr() {
        return Ok(false);
    }
    let (ta, tb) = (type_id(a), type_id(b));
    if ta == TypeId::Str && tb == TypeId::Str {
        return Ok(str_eq(a, b));
    }
    crate::call::nested(crate::call::NESTED_COMPARE, || container_eq(a, b))
}

/// `a == b` for two heap objects other than two strs.
fn container_eq(a: Value, b: Value) -> R<bool> {
    let (ta, tb) = (type_id(a), type_id(b));
    match (ta, tb) {
        (TypeId::List, TypeId::List) => seq_eq(list_items(a).clone(), list_items(b).clone()),
        (TypeId::Tuple, TypeId::Tuple) => seq_eq(items(a).to_vec(), items(b).to_vec()),
        (TypeId::Method, TypeId::Method) | (TypeId::MethodWrapper, TypeId::MethodWrapper) => {
            Ok(crate::function::same_binding(a, b))
        }
        (TypeId::Dict, TypeId::Dict) => crate::dict_methods::dict_eq(a, b),
        (TypeId::Range, TypeId::Range) => crate::range_methods::range_eq(a, b),
        (TypeId::Set | TypeId::FrozenSet, TypeId::Set | TypeId::FrozenSet) => {
            crate::set_ops::compare(CmpOp::Eq, a, b)
        }
        (TypeId::DictKeys, TypeId::DictKeys)
        | (TypeId::DictItems, TypeId::DictItems)
        | (TypeId::DictKeys | TypeId::DictItems, TypeId::Set | TypeId::FrozenSet) => {
            crate::dict_methods::view_eq(a, b)
        }
        (TypeId::Set | TypeId::FrozenSet, TypeId::DictKeys | TypeId::DictItems) => {
            crate::dict_methods::view_eq(b, a)
        }
        _ if crate::bytes::is_bytes_like(a) || crate::bytes::is_bytes_like(b) => {
            Ok(crate::bytes::eq(a, b)?.unwrap_or(false))
        }
        (TypeId::Slice, TypeId::Slice) => {
            let (x, y) = (crate::slice::slice_tuple(a), crate::slice::slice_tuple(b));
            eq(x.v(), y.v())
        }
        _ => Ok(false),
    }
}

/// `complex == x` (CPython's `complex_richcompare`): an int compares exactly
/// with the real part when the imaginary part is zero.
fn complex_eq(a: Value, b: Value) -> bool {
    let (z, other) = if is_complex(a) { (a, b) } else { (b, a) };
    let z = complex_of(z);
    if is_complex(other) {
        let w = complex_of(other);
        return z.re == w.re && z.im == w.im;
    }
    match as_num(other) {
        Some(Num::Float(x)) => z.re == x && z.im == 0.0,
        Some(n @ Num::Int(_)) => {
            z.im == 0.0 && num_cmp(Num::Float(z.re), n) == Some(Ordering::Equal)
        }
        None => false,
    }
}

/// `a == b` as containers compare their items (`PyObject_RichCompareBool`):
/// an object is equal to itself, even a NaN.
pub fn same_or_eq(a: Value, b: Value) -> R<bool> {
    Ok(a == b || eq(a, b)?)
}

fn seq_eq(a: Vec<Owned>, b: Vec<Owned>) -> R<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !same_or_eq(x.v(), y.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(match (to_i64(x), to_i64(y)) {
            (Some(p), Some(q)) => p.cmp(&q),
            _ => to_bigint(x).cmp(&to_bigint(y)),
        }),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, x).map(Ordering::reverse),
    }
}

/// Exact comparison of an int with a float.
fn int_float_cmp(i: Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(n) = to_i64(i) {
        if n.abs() < (1 << 53) {
            return (n as f64).partial_cmp(&f);
        }
    }
    let trunc = arith::float_to_bigint(f.trunc()).unwrap();
    match to_bigint(i).cmp(&trunc) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - f.trunc())),
        other => Some(other),
    }
}

/// A rich comparison; returns the boxed result.
pub fn compare(op: CmpOp, a: Value, b: Value) -> R {
    let r = match op {
        CmpOp::Is => a == b,
        CmpOp::IsNot => a != b,
        CmpOp::Eq => eq(a, b)?,
        CmpOp::Ne => !eq(a, b)?,
        CmpOp::In => contains(b, a)?,
        CmpOp::NotIn => !contains(b, a)?,
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
            if let Some(r) = crate::dict_view_ops::order(op, a, b) {
                return Ok(Owned::from(r?));
            }
            if is_anyset(a) && is_anyset(b) {
                crate::set_ops::compare(op, a, b)?
            } else if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                match num_cmp(x, y) {
                    None => false,
                    Some(o) => ordering_holds(op, o),
                }
            } else {
                ordering_holds(op, order(op, a, b)?)
            }
        }
    };
    Ok(Owned::from(r))
}

fn ordering_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// `a < b` as used by sorting.
pub fn less_than(a: Value, b: Value) -> R<bool> {
    if is_anyset(a) && is_anyset(b) {
        return crate::set_ops::compare(CmpOp::Lt, a, b);
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(num_cmp(x, y) == Some(Ordering::Less));
    }
    Ok(order(CmpOp::Lt, a, b)? == Ordering::Less)
}

/// The ordering of two non-numeric values for `<`-style operators;
/// sequences compare lexicographically, unordered pairs raise TypeError.
/// For sequences an element pair that is not equal decides through `op`.
fn order(op: CmpOp, a: Value, b: Value) -> R<Ordering> {
    if a.is_ptr() && b.is_ptr() {
        let (ta, tb) = (type_id(a), type_id(b));
        if ta == TypeId::Str && tb == TypeId::Str {
            return Ok(str_cmp(a, b));
        }
        if let Some(o) = crate::bytes::order(a, b) {
            return Ok(o);
        }
        if ta == TypeId::Slice && tb == TypeId::Slice {
            // Slices order as `(start, stop, step)`; a slice equals itself.
            if a == b {
                return Ok(Ordering::Equal);
            }
            let (x, y) = (crate::slice::slice_tuple(a), crate::slice::slice_tuple(b));
            return order(op, x.v(), y.v());
        }
        let seqs = match (ta, tb) {
            (TypeId::List, TypeId::List) => Some((list_items(a).clone(), list_items(b).clone())),
            (TypeId::Tuple, TypeId::Tuple) => Some((items(a).to_vec(), items(b).to_vec())),
            _ => None,
        };
        if let Some((x, y)) = seqs {
            return crate::call::nested(crate::call::NESTED_COMPARE, || seq_order(op, &x, &y));
        }
    }
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// Lexicographic order of two sequences' items.
fn seq_order(op: CmpOp, x: &[Owned], y: &[Owned]) -> R<Ordering> {
    for (p, q) in x.iter().zip(y.iter()) {
        if !same_or_eq(p.v(), q.v())? {
            // The first differing pair decides, through the same operator.
            let r = compare(op, p.v(), q.v())?;
            let holds = truthy(r.v())?;
            return Ok(match (op, holds) {
                (CmpOp::Lt | CmpOp::Le, true) | (CmpOp::Gt | CmpOp::Ge, false) => Ordering::Less,
                _ => Ordering::Greater,
            });
        }
    }
    Ok(x.len().cmp(&y.len()))
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> R<bool> {
    if container.is_ptr() {
        match type_id(container) {
            TypeId::Str => {
                if !is_str(item) {
                    return type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        type_name(item)
                    ));
                }
                return Ok(crate::str_methods::find_in(container, item) >= 0);
            }
            TypeId::Bytes | TypeId::ByteArray => return crate::bytes::contains(container, item),
            TypeId::List => return seq_contains(list_items(container).clone(), item),
            TypeId::Tuple => return seq_contains(items(container).to_vec(), item),
            TypeId::Dict => return Ok(crate::dict::dict_get(container, item)?.is_some()),
            TypeId::Set | TypeId::FrozenSet => return crate::set::contains(container, item),
            TypeId::DictKeys | TypeId::DictItems => {
                return crate::dict_view_ops::contains(container, item)
            }
            TypeId::Range => return crate::range_methods::range_contains(container, item),
            _ => {}
        }
    }
    let it = match crate::iter::iter(container) {
        Ok(it) => it,
        Err(_) if crate::exception::raised_matches(TypeId::TypeError) => {
            crate::exception::take_raised();
            return type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = crate::iter::next(it.v())? {
        if same_or_eq(x.v(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn seq_contains(items: Vec<Owned>, item: Value) -> R<bool> {
    for x in &items {
        if same_or_eq(x.v(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}
