//! Tests of the `math` builtins: argument conversion, arity and keyword
//! messages, and results, each checked against CPython 3.12's output.

use std::sync::{Mutex, MutexGuard};

use molt_runtime::exception::{take_raised, R};
use molt_runtime::int::{from_bigint, from_i64};
use molt_runtime::repr::{repr_string, str_string};
use molt_runtime::str::new_str;
use molt_runtime::value::{none, Owned, Value};
use num_bigint::BigInt;

use super::FUNCTIONS;

static LOCK: Mutex<()> = Mutex::new(());

/// Takes the runtime lock and initialises the builtin types.
fn setup() -> MutexGuard<'static, ()> {
    let g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    molt_runtime::object::init_types();
    molt_runtime::builtins::init_builtins();
    g
}

/// `repr()` of a result, or `Type: message` of the raised exception.
fn show(r: R) -> String {
    match r {
        Ok(v) => repr_string(v.v()).unwrap(),
        Err(_) => {
            let e = take_raised().expect("raised");
            let name = molt_runtime::object::type_name(e.v());
            format!("{name}: {}", str_string(e.v()).unwrap())
        }
    }
}

/// Calls `math.<name>` with positional values and `(name, value)` keywords.
fn call(name: &str, pos: &[Owned], kws: &[(&str, Owned)]) -> String {
    let f = FUNCTIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
        .expect("math function exists");
    let mut args: Vec<Value> = pos.iter().map(|x| x.v()).collect();
    args.extend(kws.iter().map(|(_, v)| v.v()));
    let kwnames: Vec<Owned> = kws.iter().map(|(k, _)| new_str(k)).collect();
    show(f(&args, &kwnames))
}

fn i(n: i64) -> Owned {
    from_i64(n)
}

fn f(x: f64) -> Owned {
    Owned::from(x)
}

fn s(text: &str) -> Owned {
    new_str(text)
}

fn b(x: bool) -> Owned {
    Owned::from(x)
}

/// `10 ** e`.
fn ten_pow(e: u32) -> Owned {
    from_bigint(BigInt::from(10).pow(e))
}

fn list(items: Vec<Owned>) -> Owned {
    molt_runtime::list::new_list(items)
}

#[test]
fn float_arguments() {
    let _g = setup();
    assert_eq!(call("sqrt", &[i(16)], &[]), "4.0");
    assert_eq!(call("sqrt", &[b(true)], &[]), "1.0");
    assert_eq!(call("sqrt", &[f(2.25)], &[]), "1.5");
    assert_eq!(
        call("sqrt", &[s("4")], &[]),
        "TypeError: must be real number, not str"
    );
    assert_eq!(
        call("cos", &[none()], &[]),
        "TypeError: must be real number, not NoneType"
    );
    assert_eq!(
        call("exp", &[ten_pow(400)], &[]),
        "OverflowError: int too large to convert to float"
    );
    assert_eq!(call("sqrt", &[i(-1)], &[]), "ValueError: math domain error");
    assert_eq!(
        call("exp", &[i(1000)], &[]),
        "OverflowError: math range error"
    );
    assert_eq!(call("isfinite", &[i(7)], &[]), "True");
    assert_eq!(call("fabs", &[i(-3)], &[]), "3.0");
}

#[test]
fn arity_and_keywords() {
    let _g = setup();
    assert_eq!(
        call("sqrt", &[], &[]),
        "TypeError: math.sqrt() takes exactly one argument (0 given)"
    );
    assert_eq!(
        call("sqrt", &[i(1), i(2)], &[]),
        "TypeError: math.sqrt() takes exactly one argument (2 given)"
    );
    assert_eq!(
        call("sqrt", &[], &[("x", i(1))]),
        "TypeError: math.sqrt() takes no keyword arguments"
    );
    assert_eq!(
        call("atan2", &[i(1)], &[]),
        "TypeError: atan2 expected 2 arguments, got 1"
    );
    assert_eq!(
        call("pow", &[i(1)], &[("y", i(2))]),
        "TypeError: math.pow() takes no keyword arguments"
    );
    assert_eq!(
        call("log", &[], &[]),
        "TypeError: log expected at least 1 argument, got 0"
    );
    assert_eq!(
        call("log", &[i(1), i(2), i(3)], &[]),
        "TypeError: log expected at most 2 arguments, got 3"
    );
    assert_eq!(
        call("perm", &[], &[]),
        "TypeError: perm expected at least 1 argument, got 0"
    );
    assert_eq!(
        call("gcd", &[i(1)], &[("x", i(1))]),
        "TypeError: math.gcd() takes no keyword arguments"
    );
    assert_eq!(
        call("isclose", &[i(1)], &[]),
        "TypeError: isclose() missing required argument 'b' (pos 2)"
    );
    assert_eq!(
        call("isclose", &[i(1), i(2), i(3)], &[]),
        "TypeError: isclose() takes exactly 2 positional arguments (3 given)"
    );
    assert_eq!(
        call("isclose", &[i(1), i(2)], &[("tol", f(0.1))]),
        "TypeError: 'tol' is an invalid keyword argument for isclose()"
    );
    assert_eq!(
        call("prod", &[], &[]),
        "TypeError: prod() takes exactly 1 positional argument (0 given)"
    );
    assert_eq!(
        call("nextafter", &[i(1), i(2), i(3)], &[]),
        "TypeError: nextafter() takes exactly 2 positional arguments (3 given)"
    );
}

#[test]
fn integer_functions() {
    let _g = setup();
    assert_eq!(call("factorial", &[i(20)], &[]), "2432902008176640000");
    assert_eq!(call("factorial", &[b(true)], &[]), "1");
    assert_eq!(
        call("factorial", &[f(2.0)], &[]),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        call("factorial", &[i(-1)], &[]),
        "ValueError: factorial() not defined for negative values"
    );
    assert_eq!(
        call("factorial", &[ten_pow(30)], &[]),
        "OverflowError: factorial() argument should not exceed 9223372036854775807"
    );
    assert_eq!(call("gcd", &[], &[]), "0");
    assert_eq!(call("gcd", &[i(-12)], &[]), "12");
    assert_eq!(call("gcd", &[i(12), i(18), i(27)], &[]), "3");
    assert_eq!(
        call("gcd", &[i(1), s("x")], &[]),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(call("lcm", &[], &[]), "1");
    assert_eq!(call("lcm", &[i(4), i(6), i(10)], &[]), "60");
    assert_eq!(call("isqrt", &[ten_pow(40)], &[]), "100000000000000000000");
    assert_eq!(
        call("isqrt", &[i(-4)], &[]),
        "ValueError: isqrt() argument must be nonnegative"
    );
    assert_eq!(call("comb", &[i(52), i(5)], &[]), "2598960");
    assert_eq!(call("perm", &[i(5)], &[]), "120");
    assert_eq!(call("perm", &[i(5), none()], &[]), "120");
    assert_eq!(call("perm", &[i(5), i(2)], &[]), "20");
    assert_eq!(
        call("perm", &[i(5), i(-1)], &[]),
        "ValueError: k must be a non-negative integer"
    );
}

#[test]
fn rounding_and_logs() {
    let _g = setup();
    assert_eq!(call("ceil", &[f(-2.5)], &[]), "-2");
    assert_eq!(call("floor", &[f(-2.5)], &[]), "-3");
    assert_eq!(call("floor", &[b(true)], &[]), "1");
    assert_eq!(call("ceil", &[ten_pow(20)], &[]), "100000000000000000000");
    assert_eq!(
        call("floor", &[s("x")], &[]),
        "TypeError: must be real number, not str"
    );
    assert_eq!(
        call("trunc", &[s("x")], &[]),
        "TypeError: type str doesn't define __trunc__ method"
    );
    assert_eq!(
        call("ceil", &[f(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer"
    );
    assert_eq!(
        call("trunc", &[f(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer"
    );
    assert_eq!(call("log", &[ten_pow(400)], &[]), "921.0340371976182");
    assert_eq!(call("log10", &[ten_pow(400)], &[]), "400.0");
    assert_eq!(call("log", &[i(8), i(2)], &[]), "3.0");
    assert_eq!(call("log", &[i(0)], &[]), "ValueError: math domain error");
    assert_eq!(
        call("log", &[i(1), i(1)], &[]),
        "ZeroDivisionError: float division by zero"
    );
    assert_eq!(
        call("log", &[i(-1), s("x")], &[]),
        "ValueError: math domain error"
    );
    assert_eq!(call("frexp", &[f(1.5)], &[]), "(0.75, 1)");
    assert_eq!(call("modf", &[f(-1.5)], &[]), "(-0.5, -1.0)");
    assert_eq!(call("ldexp", &[f(0.5), i(4)], &[]), "8.0");
    assert_eq!(
        call("ldexp", &[f(1.0), ten_pow(30)], &[]),
        "OverflowError: math range error"
    );
    assert_eq!(
        call("ldexp", &[f(1.0), f(2.0)], &[]),
        "TypeError: Expected an int as second argument to ldexp."
    );
}

#[test]
fn keywords_and_iterables() {
    let _g = setup();
    assert_eq!(
        call("isclose", &[f(1.0), f(1.0001)], &[("rel_tol", f(1e-3))]),
        "True"
    );
    assert_eq!(call("isclose", &[], &[("b", i(1)), ("a", i(1))]), "True");
    assert_eq!(
        call("isclose", &[i(1), i(2)], &[("abs_tol", i(-1))]),
        "ValueError: tolerances must be non-negative"
    );
    assert_eq!(
        call("nextafter", &[i(0), i(1)], &[("steps", i(2))]),
        "1e-323"
    );
    assert_eq!(
        call("nextafter", &[i(0), i(1)], &[("steps", i(-2))]),
        "ValueError: steps must be a non-negative integer"
    );
    assert_eq!(
        call("prod", &[list(vec![i(2), i(3)])], &[("start", i(10))]),
        "60"
    );
    assert_eq!(call("prod", &[list(vec![])], &[("start", b(true))]), "True");
    assert_eq!(call("prod", &[list(vec![f(2.5), i(4)])], &[]), "10.0");
    assert_eq!(call("fsum", &[list(vec![f(0.1); 10])], &[]), "1.0");
    assert_eq!(
        call("fsum", &[list(vec![i(1), s("x")])], &[]),
        "TypeError: must be real number, not str"
    );
    assert_eq!(
        call("fsum", &[i(3)], &[]),
        "TypeError: 'int' object is not iterable"
    );
    assert_eq!(call("hypot", &[], &[]), "0.0");
    assert_eq!(call("hypot", &[i(3), i(4)], &[]), "5.0");
    assert_eq!(
        call(
            "dist",
            &[list(vec![i(0), i(0)]), list(vec![i(3), i(4)])],
            &[]
        ),
        "5.0"
    );
    assert_eq!(
        call("dist", &[list(vec![i(0)]), list(vec![i(3), i(4)])], &[]),
        "ValueError: both points must have the same number of dimensions"
    );
    assert_eq!(
        call(
            "sumprod",
            &[list(vec![i(1), i(2)]), list(vec![i(3), i(4)])],
            &[]
        ),
        "11"
    );
    assert_eq!(call("sumprod", &[list(vec![]), list(vec![])], &[]), "0");
    assert_eq!(
        call(
            "sumprod",
            &[
                list(vec![f(0.1), f(0.2), f(0.3)]),
                list(vec![i(1), i(1), i(1)])
            ],
            &[]
        ),
        "0.6"
    );
    assert_eq!(
        call("sumprod", &[list(vec![i(1)]), list(vec![i(3), i(4)])], &[]),
        "ValueError: Inputs are not the same length"
    );
}
