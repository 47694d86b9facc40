//! The `math` module: the numeric kernels of [`kernels`] wired up as builtin
//! functions, with CPython 3.12's argument parsing and error messages.
//!
//! Arguments are converted as CPython converts them:
//!
//! * float parameters take floats and ints (bools included), an int too
//!   large for a float raising `OverflowError`, anything else raising
//!   `TypeError: must be real number, not <type>` ([`float_arg`]);
//! * int parameters (`factorial`, `gcd`, `comb`, ...) go through
//!   `operator.index` ([`index_big`]);
//! * `ceil`, `floor` and `trunc` return an int argument unchanged (as a plain
//!   int), and `log`, `log2` and `log10` take the logarithm of an int without
//!   converting it to float.
//!
//! The arity and keyword messages follow the three calling conventions of
//! CPython's module: one-argument functions (`math.sqrt() takes exactly one
//! argument (2 given)`), positional fastcall functions (`atan2 expected 2
//! arguments, got 1`) and Argument Clinic functions with keywords
//! (`isclose`, `prod`, `nextafter`, through [`bind`]).

use num_bigint::BigInt;

use molt_runtime::args::{bind, float_arg, index_big, index_value, ssize_clamped, Sig};
use molt_runtime::call::{arg_count, no_kwargs};
use molt_runtime::dict::{dict_set, new_dict};
use molt_runtime::exception::{raise, take_raised, type_error, value_error, Raised, R};
use molt_runtime::function::{new_builtin, BuiltinFn};
use molt_runtime::int::{from_bigint, from_i64, is_int, to_bigint};
use molt_runtime::iter::{collect, iter, next};
use molt_runtime::object::{type_name, TypeId};
use molt_runtime::ops::{binary, int_to_f64, BinOp};
use molt_runtime::str::new_str;
use molt_runtime::tuple::new_tuple;
use molt_runtime::value::{Owned, Value};

use self::kernels::{self as k, ExceptionKind, LogArg, MathError, MathResult};

pub mod kernels;

// ---------------------------------------------------------------------------
// Errors and results
// ---------------------------------------------------------------------------

/// Raises a kernel error as its Python exception.
fn raise_math(e: MathError) -> Raised {
    let id = match e.kind() {
        ExceptionKind::ValueError => TypeId::ValueError,
        ExceptionKind::OverflowError => TypeId::OverflowError,
        ExceptionKind::ZeroDivisionError => TypeId::ZeroDivisionError,
        ExceptionKind::TypeError => TypeId::TypeError,
    };
    raise(id, e.message())
}

/// A kernel result, its error raised.
fn check<T>(r: MathResult<T>) -> R<T> {
    r.map_err(raise_math)
}

fn float_value(x: f64) -> R {
    Ok(Owned::from(x))
}

fn float_result(r: MathResult<f64>) -> R {
    check(r).map(Owned::from)
}

fn bool_value(b: bool) -> R {
    Ok(Owned::from(b))
}

fn int_result(r: MathResult<BigInt>) -> R {
    check(r).map(from_bigint)
}

// ---------------------------------------------------------------------------
// Argument parsing
// ---------------------------------------------------------------------------

/// The argument of a one-argument function (CPython's `METH_O`): `qualname`
/// is `"math.sqrt"`, as in `math.sqrt() takes exactly one argument (2 given)`.
fn one_arg(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<Value> {
    no_kwargs(qualname, kwnames)?;
    arg_count(qualname, args, 1, 1)?;
    Ok(args[0])
}

/// The arguments of a positional-only fastcall function: keywords are
/// refused as `math.atan2() takes no keyword arguments`, a wrong count as
/// `atan2 expected 2 arguments, got 1`.
fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: &[Owned],
    min: usize,
    max: usize,
) -> R<&'a [Value]> {
    if !kwnames.is_empty() {
        no_kwargs(&format!("math.{name}"), kwnames)?;
    }
    arg_count(name, args, min, max)?;
    Ok(args)
}

/// The one float argument of a one-argument function.
fn float1(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<f64> {
    float_arg(one_arg(qualname, args, kwnames)?)
}

/// The two float arguments of a two-argument function.
fn float2(name: &str, args: &[Value], kwnames: &[Owned]) -> R<(f64, f64)> {
    let args = positional(name, args, kwnames, 2, 2)?;
    Ok((float_arg(args[0])?, float_arg(args[1])?))
}

/// A required parameter bound by [`bind`] (which raises when it is missing).
fn required(bound: &[Option<Value>], i: usize) -> Value {
    bound[i].expect("bind checks required parameters")
}

/// An argument of `log`, `log2` or `log10`: ints (bools included) are kept
/// exact, anything else is converted to float.
enum LogValue {
    Float(f64),
    Int(BigInt),
}

impl LogValue {
    fn from_value(v: Value) -> R<LogValue> {
        if is_int(v) {
            Ok(LogValue::Int(to_bigint(v)))
        } else {
            float_arg(v).map(LogValue::Float)
        }
    }

    fn arg(&self) -> LogArg<'_> {
        match self {
            LogValue::Float(x) => LogArg::Float(*x),
            LogValue::Int(n) => LogArg::Int(n),
        }
    }
}

// ---------------------------------------------------------------------------
// Functions of one float
// ---------------------------------------------------------------------------

/// Defines one-argument float functions: `name: kernel => wrap`, where
/// `wrap` turns the kernel's return value into the Python result.
macro_rules! unary {
    ($($name:ident: $kernel:path => $wrap:ident;)*) => {
        $(
            fn $name(args: &[Value], kwnames: &[Owned]) -> R {
                let x = float1(concat!("math.", stringify!($name)), args, kwnames)?;
                $wrap($kernel(x))
            }
        )*
    };
}

unary! {
    acos: k::acos => float_result;
    acosh: k::acosh => float_result;
    asin: k::asin => float_result;
    asinh: k::asinh => float_result;
    atan: k::atan => float_result;
    atanh: k::atanh => float_result;
    cbrt: k::cbrt => float_result;
    cos: k::cos => float_result;
    cosh: k::cosh => float_result;
    erf: k::erf => float_value;
    erfc: k::erfc => float_value;
    exp: k::exp => float_result;
    exp2: k::exp2 => float_result;
    expm1: k::expm1 => float_result;
    fabs: k::fabs => float_value;
    gamma: k::gamma => float_result;
    lgamma: k::lgamma => float_result;
    log1p: k::log1p => float_result;
    sin: k::sin => float_result;
    sinh: k::sinh => float_result;
    sqrt: k::sqrt => float_result;
    tan: k::tan => float_result;
    tanh: k::tanh => float_result;
    degrees: k::degrees => float_value;
    radians: k::radians => float_value;
    isfinite: k::isfinite => bool_value;
    isinf: k::isinf => bool_value;
    isnan: k::isnan => bool_value;
    ulp: k::ulp => float_value;
}

/// `ceil` and `floor`: an int is returned as an int; anything else goes
/// through float conversion (so a str is `must be real number, not str`).
fn rounding(
    qualname: &str,
    args: &[Value],
    kwnames: &[Owned],
    f: fn(f64) -> MathResult<BigInt>,
) -> R {
    let x = one_arg(qualname, args, kwnames)?;
    if is_int(x) {
        return index_value(x);
    }
    int_result(f(float_arg(x)?))
}

fn ceil(args: &[Value], kwnames: &[Owned]) -> R {
    rounding("math.ceil", args, kwnames, k::ceil)
}

fn floor(args: &[Value], kwnames: &[Owned]) -> R {
    rounding("math.floor", args, kwnames, k::floor)
}

/// `trunc` looks up `__trunc__`, which only ints and floats define here.
fn trunc(args: &[Value], kwnames: &[Owned]) -> R {
    let x = one_arg("math.trunc", args, kwnames)?;
    if x.is_float() {
        return int_result(k::trunc(x.as_float()));
    }
    if is_int(x) {
        return index_value(x);
    }
    type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name(x)
    ))
}

fn frexp(args: &[Value], kwnames: &[Owned]) -> R {
    let (m, e) = k::frexp(float1("math.frexp", args, kwnames)?);
    Ok(new_tuple(vec![Owned::from(m), from_i64(i64::from(e))]))
}

fn modf(args: &[Value], kwnames: &[Owned]) -> R {
    let (frac, int_part) = k::modf(float1("math.modf", args, kwnames)?);
    Ok(new_tuple(vec![Owned::from(frac), Owned::from(int_part)]))
}

// ---------------------------------------------------------------------------
// Functions of two floats
// ---------------------------------------------------------------------------

fn atan2(args: &[Value], kwnames: &[Owned]) -> R {
    let (y, x) = float2("atan2", args, kwnames)?;
    float_value(k::atan2(y, x))
}

fn copysign(args: &[Value], kwnames: &[Owned]) -> R {
    let (x, y) = float2("copysign", args, kwnames)?;
    float_value(k::copysign(x, y))
}

fn fmod(args: &[Value], kwnames: &[Owned]) -> R {
    let (x, y) = float2("fmod", args, kwnames)?;
    float_result(k::fmod(x, y))
}

fn remainder(args: &[Value], kwnames: &[Owned]) -> R {
    let (x, y) = float2("remainder", args, kwnames)?;
    float_result(k::remainder(x, y))
}

fn pow(args: &[Value], kwnames: &[Owned]) -> R {
    let (x, y) = float2("pow", args, kwnames)?;
    float_result(k::pow(x, y))
}

/// `ldexp(x, i)`: `i` must be an int (no `__index__` conversion).
fn ldexp(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("ldexp", args, kwnames, 2, 2)?;
    let x = float_arg(args[0])?;
    if !is_int(args[1]) {
        return type_error("Expected an int as second argument to ldexp.");
    }
    float_result(k::ldexp_i64(x, ssize_clamped(args[1])?))
}

const ISCLOSE: Sig = Sig {
    name: "isclose",
    params: &["a", "b", "rel_tol", "abs_tol"],
    posonly: 0,
    required: 2,
    maxpos: 2,
};

fn isclose(args: &[Value], kwnames: &[Owned]) -> R {
    let bound = bind(&ISCLOSE, args, kwnames)?;
    let opt = |v: Option<Value>, default: f64| v.map_or(Ok(default), float_arg);
    let a = float_arg(required(&bound, 0))?;
    let b = float_arg(required(&bound, 1))?;
    let rel_tol = opt(bound[2], 1e-09)?;
    let abs_tol = opt(bound[3], 0.0)?;
    check(k::isclose(a, b, rel_tol, abs_tol)).map(Owned::from)
}

const NEXTAFTER: Sig = Sig {
    name: "nextafter",
    params: &["x", "y", "steps"],
    posonly: 2,
    required: 2,
    maxpos: 2,
};

fn nextafter(args: &[Value], kwnames: &[Owned]) -> R {
    let bound = bind(&NEXTAFTER, args, kwnames)?;
    let x = float_arg(required(&bound, 0))?;
    let y = float_arg(required(&bound, 1))?;
    match bound[2].filter(|s| !s.is_none()) {
        None => float_result(k::nextafter(x, y, None)),
        Some(steps) => {
            let steps = index_big(steps)?;
            float_result(k::nextafter(x, y, Some(&steps)))
        }
    }
}

// ---------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------

fn log(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("log", args, kwnames, 1, 2)?;
    let x = LogValue::from_value(args[0])?;
    // CPython takes the logarithm of x before converting the base.
    let num = check(k::log(x.arg(), None))?;
    let Some(&base) = args.get(1) else {
        return float_value(num);
    };
    let base = LogValue::from_value(base)?;
    float_result(k::log(x.arg(), Some(base.arg())))
}

fn log2(args: &[Value], kwnames: &[Owned]) -> R {
    let x = LogValue::from_value(one_arg("math.log2", args, kwnames)?)?;
    float_result(k::log2(x.arg()))
}

fn log10(args: &[Value], kwnames: &[Owned]) -> R {
    let x = LogValue::from_value(one_arg("math.log10", args, kwnames)?)?;
    float_result(k::log10(x.arg()))
}

// ---------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------

/// All arguments of a varargs int function, through `operator.index`.
fn index_all(qualname: &str, args: &[Value], kwnames: &[Owned]) -> R<Vec<BigInt>> {
    no_kwargs(qualname, kwnames)?;
    args.iter().map(|&v| index_big(v)).collect()
}

fn gcd(args: &[Value], kwnames: &[Owned]) -> R {
    Ok(from_bigint(k::gcd(&index_all("math.gcd", args, kwnames)?)))
}

fn lcm(args: &[Value], kwnames: &[Owned]) -> R {
    Ok(from_bigint(k::lcm(&index_all("math.lcm", args, kwnames)?)))
}

fn factorial(args: &[Value], kwnames: &[Owned]) -> R {
    let n = index_big(one_arg("math.factorial", args, kwnames)?)?;
    int_result(k::factorial(&n))
}

fn isqrt(args: &[Value], kwnames: &[Owned]) -> R {
    let n = index_big(one_arg("math.isqrt", args, kwnames)?)?;
    int_result(k::isqrt(&n))
}

fn comb(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("comb", args, kwnames, 2, 2)?;
    let n = index_big(args[0])?;
    let kk = index_big(args[1])?;
    int_result(k::comb(&n, &kk))
}

/// `perm(n)` and `perm(n, None)` are `factorial(n)`.
fn perm(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("perm", args, kwnames, 1, 2)?;
    let n = index_big(args[0])?;
    match args.get(1).filter(|v| !v.is_none()) {
        None => int_result(k::perm(&n, None)),
        Some(&kv) => {
            let kk = index_big(kv)?;
            int_result(k::perm(&n, Some(&kk)))
        }
    }
}

// ---------------------------------------------------------------------------
// Sums, products and norms
// ---------------------------------------------------------------------------

fn fsum(args: &[Value], kwnames: &[Owned]) -> R {
    let it = iter(one_arg("math.fsum", args, kwnames)?)?;
    let mut acc = k::Fsum::new();
    while let Some(item) = next(it.v())? {
        check(acc.add(float_arg(item.v())?))?;
    }
    float_result(acc.result())
}

fn hypot(args: &[Value], kwnames: &[Owned]) -> R {
    no_kwargs("math.hypot", kwnames)?;
    let coordinates = args
        .iter()
        .map(|&v| float_arg(v))
        .collect::<R<Vec<f64>>>()?;
    float_value(k::hypot(&coordinates))
}

fn dist(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("dist", args, kwnames, 2, 2)?;
    let p = collect(args[0])?;
    let q = collect(args[1])?;
    if p.len() != q.len() {
        return value_error("both points must have the same number of dimensions");
    }
    // Coordinates are converted pairwise, p's first, as CPython does.
    let mut ps = Vec::with_capacity(p.len());
    let mut qs = Vec::with_capacity(q.len());
    for (a, b) in p.iter().zip(&q) {
        ps.push(float_arg(a.v())?);
        qs.push(float_arg(b.v())?);
    }
    float_result(k::dist(&ps, &qs))
}

const PROD: Sig = Sig {
    name: "prod",
    params: &["iterable", "start"],
    posonly: 1,
    required: 1,
    maxpos: 1,
};

/// `prod(iterable, *, start=1)`: CPython's int and float fast paths compute
/// exactly what `result * item` computes, so plain multiplication is used.
fn prod(args: &[Value], kwnames: &[Owned]) -> R {
    let bound = bind(&PROD, args, kwnames)?;
    let it = iter(required(&bound, 0))?;
    let mut result = match bound[1] {
        Some(start) => start.new_ref(),
        None => from_i64(1),
    };
    while let Some(item) = next(it.v())? {
        result = binary(BinOp::Mul, result.v(), item.v())?;
    }
    Ok(result)
}

/// A float path operand of `sumprod`: a float, or an int or bool paired with
/// a float (`None` when the pair does not qualify or the int is too large).
fn sumprod_floats(p: Value, q: Value) -> Option<(f64, f64)> {
    let as_f64 = |v: Value| match int_to_f64(v) {
        Ok(x) => Some(x),
        Err(_) => {
            // Too large: CPython clears the OverflowError and leaves the path.
            take_raised();
            None
        }
    };
    match (p.is_float(), q.is_float()) {
        (true, true) => Some((p.as_float(), q.as_float())),
        (true, false) if is_int(q) => Some((p.as_float(), as_f64(q)?)),
        (false, true) if is_int(p) => Some((as_f64(p)?, q.as_float())),
        _ => None,
    }
}

/// `sumprod(p, q)`, following CPython's three paths: exact `i64` arithmetic
/// while both items are (non-bool) ints and nothing overflows; then a
/// triple-length float accumulator while the pairs are float/float or
/// float/int; then generic `total + p * q`.  Each path, once left, is left
/// for good; its partial sum is added to the running total.
fn sumprod(args: &[Value], kwnames: &[Owned]) -> R {
    let args = positional("sumprod", args, kwnames, 2, 2)?;
    let p_it = iter(args[0])?;
    let q_it = iter(args[1])?;
    let mut total = from_i64(0);
    let mut int_path = true;
    let mut int_total: Option<i64> = None;
    let mut flt_path = true;
    let mut flt_total = k::SumprodAccumulator::new();
    loop {
        let p = next(p_it.v())?;
        let q = next(q_it.v())?;
        let pair = match (p, q) {
            (Some(p), Some(q)) => Some((p, q)),
            (None, None) => None,
            _ => return value_error("Inputs are not the same length"),
        };
        if int_path {
            if let Some((p, q)) = &pair {
                let exact = |v: Value| {
                    if v.is_inline_int() || molt_runtime::int::is_big(v) {
                        molt_runtime::int::to_i64(v)
                    } else {
                        None
                    }
                };
                let sum = exact(p.v())
                    .zip(exact(q.v()))
                    .and_then(|(a, b)| a.checked_mul(b))
                    .and_then(|prod| prod.checked_add(int_total.unwrap_or(0)));
                if let Some(sum) = sum {
                    int_total = Some(sum);
                    continue;
                }
            }
            int_path = false;
            if let Some(t) = int_total.take() {
                total = binary(BinOp::Add, total.v(), from_i64(t).v())?;
            }
        }
        if flt_path {
            if let Some((p, q)) = &pair {
                if let Some((x, y)) = sumprod_floats(p.v(), q.v()) {
                    if flt_total.try_add(x, y) {
                        continue;
                    }
                }
            }
            flt_path = false;
            if flt_total.is_used() {
                let term = Owned::from(flt_total.value());
                total = binary(BinOp::Add, total.v(), term.v())?;
            }
        }
        let Some((p, q)) = pair else {
            return Ok(total);
        };
        let term = binary(BinOp::Mul, p.v(), q.v())?;
        total = binary(BinOp::Add, total.v(), term.v())?;
    }
}

// ---------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------

/// Every function of the module, by name.
const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("ceil", ceil),
    ("comb", comb),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("dist", dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", fsum),
    ("gamma", gamma),
    ("gcd", gcd),
    ("hypot", hypot),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isqrt", isqrt),
    ("lcm", lcm),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("modf", modf),
    ("nextafter", nextafter),
    ("perm", perm),
    ("pow", pow),
    ("prod", prod),
    ("radians", radians),
    ("remainder", remainder),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("sumprod", sumprod),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
    ("ulp", ulp),
];

/// Creates the `math` module.
pub fn make_module() -> Owned {
    let d = new_dict();
    let set = |name: &str, v: Owned| dict_set(d.v(), new_str(name), v).expect("math init");
    set("pi", Owned::from(k::PI));
    set("e", Owned::from(k::E));
    set("tau", Owned::from(k::TAU));
    set("inf", Owned::from(k::INF));
    set("nan", Owned::from(k::NAN));
    for &(name, func) in FUNCTIONS {
        set(name, new_builtin(name, func));
    }
    molt_runtime::module::new_intrinsic("math", d)
}

#[cfg(test)]
mod tests;
