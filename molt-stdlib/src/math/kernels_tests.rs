//! Tests of the `math` kernels against CPython 3.12.
//!
//! The tables in `kernels_test_data.rs` hold CPython's results (floats by bit
//! pattern, so comparisons are exact); `gen_kernels_test_data.py` regenerates
//! them.  The hand-written tests at the end cover the remaining API and error
//! paths.

use super::*;
use num_bigint::BigInt;
use std::str::FromStr;

#[path = "kernels_test_data.rs"]
mod data;
use data::*;

/// An expected result.
#[derive(Clone, Copy, Debug)]
enum Want {
    /// A float, by bit pattern.
    F(u64),
    /// A NaN.
    N,
    /// `ValueError("math domain error")`.
    D,
    /// `OverflowError("math range error")`.
    R,
    /// Another exception: type name and message.
    Exc(&'static str, &'static str),
}

type BinaryCases = &'static [(u64, u64, Want)];

/// Parses an int written as a sum of terms, each a decimal or `base^exp`,
/// e.g. `"2^1024-2^970-1"`.
fn big(s: &str) -> BigInt {
    let mut total = BigInt::from(0);
    let mut start = 0;
    let bytes = s.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || (i > start && (bytes[i] == b'+' || bytes[i] == b'-')) {
            let term = &s[start..i];
            let (neg, body) = match term.as_bytes()[0] {
                b'-' => (true, &term[1..]),
                b'+' => (false, &term[1..]),
                _ => (false, term),
            };
            let v = match body.split_once('^') {
                Some((b, e)) => {
                    num_traits::Pow::pow(BigInt::from_str(b).unwrap(), e.parse::<u32>().unwrap())
                }
                None => BigInt::from_str(body).unwrap(),
            };
            total += if neg { -v } else { v };
            start = i;
        }
    }
    total
}

fn f(b: u64) -> f64 {
    f64::from_bits(b)
}

fn check(label: &str, got: MathResult<f64>, want: Want) {
    match (got, want) {
        (Ok(r), Want::F(b)) => assert!(
            r.to_bits() == b,
            "{label}: got {r:?} ({:#018x}), want {:?} ({b:#018x})",
            r.to_bits(),
            f64::from_bits(b)
        ),
        (Ok(r), Want::N) => assert!(r.is_nan(), "{label}: got {r:?}, want nan"),
        (Err(e), Want::D) => assert_eq!(e, MathError::Domain, "{label}"),
        (Err(e), Want::R) => assert_eq!(e, MathError::Range, "{label}"),
        (Err(e), Want::Exc(kind, msg)) => {
            assert_eq!(e.kind().name(), kind, "{label}: exception type");
            assert_eq!(e.message(), msg, "{label}: exception message");
        }
        (got, want) => panic!("{label}: got {got:?}, want {want:?}"),
    }
}

#[track_caller]
fn check_err<T: std::fmt::Debug>(label: &str, got: MathResult<T>, kind: &str, msg: &str) {
    match got {
        Err(e) => {
            assert_eq!(e.kind().name(), kind, "{label}: exception type");
            assert_eq!(e.message(), msg, "{label}: exception message");
        }
        Ok(v) => panic!("{label}: got {v:?}, want {kind}: {msg}"),
    }
}

fn unary(name: &str, x: f64) -> MathResult<f64> {
    match name {
        "acos" => acos(x),
        "acosh" => acosh(x),
        "asin" => asin(x),
        "asinh" => asinh(x),
        "atan" => atan(x),
        "atanh" => atanh(x),
        "cbrt" => cbrt(x),
        "cos" => cos(x),
        "cosh" => cosh(x),
        "erf" => Ok(erf(x)),
        "erfc" => Ok(erfc(x)),
        "exp" => exp(x),
        "exp2" => exp2(x),
        "expm1" => expm1(x),
        "fabs" => Ok(fabs(x)),
        "gamma" => gamma(x),
        "lgamma" => lgamma(x),
        "log" => log(LogArg::Float(x), None),
        "log10" => log10(LogArg::Float(x)),
        "log1p" => log1p(x),
        "log2" => log2(LogArg::Float(x)),
        "sin" => sin(x),
        "sinh" => sinh(x),
        "sqrt" => sqrt(x),
        "tan" => tan(x),
        "tanh" => tanh(x),
        "degrees" => Ok(degrees(x)),
        "radians" => Ok(radians(x)),
        "ulp" => Ok(ulp(x)),
        _ => unreachable!("{name}"),
    }
}

#[test]
fn math_unary_float_functions() {
    for &(name, cases) in UNARY {
        for &(x, want) in cases {
            check(&format!("{name}({:?})", f(x)), unary(name, f(x)), want);
        }
    }
}

fn binary(name: &str, x: f64, y: f64) -> MathResult<f64> {
    match name {
        "atan2" => Ok(atan2(x, y)),
        "copysign" => Ok(copysign(x, y)),
        "fmod" => fmod(x, y),
        "remainder" => remainder(x, y),
        "pow" => pow(x, y),
        "nextafter" => nextafter(x, y, None),
        "log" => log(LogArg::Float(x), Some(LogArg::Float(y))),
        _ => unreachable!("{name}"),
    }
}

#[test]
fn math_binary_float_functions() {
    for &(name, cases) in BINARY {
        for &(x, y, want) in cases {
            check(
                &format!("{name}({:?}, {:?})", f(x), f(y)),
                binary(name, f(x), f(y)),
                want,
            );
        }
    }
}

#[test]
fn math_ldexp() {
    for &(x, e, want) in LDEXP {
        check(
            &format!("ldexp({:?}, {e})", f(x)),
            ldexp(f(x), &big(e)),
            want,
        );
    }
}

#[test]
fn math_nextafter_steps() {
    for &(x, y, s, want) in NEXTAFTER_STEPS {
        let label = format!("nextafter({:?}, {:?}, steps={s})", f(x), f(y));
        check(&label, nextafter(f(x), f(y), Some(&big(s))), want);
    }
}

#[test]
fn math_hypot() {
    for &(v, want) in HYPOT {
        let xs: Vec<f64> = v.iter().map(|&b| f(b)).collect();
        check(&format!("hypot{xs:?}"), Ok(hypot(&xs)), want);
    }
}

#[test]
fn math_dist() {
    for &(p, q, want) in DIST {
        let p: Vec<f64> = p.iter().map(|&b| f(b)).collect();
        let q: Vec<f64> = q.iter().map(|&b| f(b)).collect();
        check(&format!("dist({p:?}, {q:?})"), dist(&p, &q), want);
    }
}

#[test]
fn math_fsum() {
    for &(v, want) in FSUM {
        let xs: Vec<f64> = v.iter().map(|&b| f(b)).collect();
        check(&format!("fsum({xs:?})"), fsum(xs.iter().copied()), want);
    }
}

#[test]
fn math_sumprod() {
    for &(p, q, want) in SUMPROD {
        let p: Vec<f64> = p.iter().map(|&b| f(b)).collect();
        let q: Vec<f64> = q.iter().map(|&b| f(b)).collect();
        check(&format!("sumprod({p:?}, {q:?})"), sumprod_f64(&p, &q), want);
    }
}

#[test]
fn math_prod() {
    for &(s, v, want) in PROD {
        let xs: Vec<f64> = v.iter().map(|&b| f(b)).collect();
        check(
            &format!("prod({xs:?}, start={:?})", f(s)),
            Ok(prod_f64(f(s), &xs)),
            want,
        );
    }
}

type BoolWant = Result<bool, (&'static str, &'static str)>;

#[test]
fn math_isclose() {
    for &(a, b, rt, at, want) in ISCLOSE {
        let label = format!(
            "isclose({:?}, {:?}, rel_tol={:?}, abs_tol={:?})",
            f(a),
            f(b),
            f(rt),
            f(at)
        );
        match (isclose(f(a), f(b), f(rt), f(at)), want) {
            (Ok(g), Ok(w)) => assert_eq!(g, w, "{label}"),
            (Err(e), Err((k, m))) => {
                assert_eq!(e.kind().name(), k, "{label}");
                assert_eq!(e.message(), m, "{label}");
            }
            (g, w) => panic!("{label}: got {g:?}, want {w:?}"),
        }
    }
}

fn same(a: f64, b: u64) -> bool {
    a.to_bits() == b || (a.is_nan() && f(b).is_nan())
}

#[test]
fn math_frexp_modf() {
    for &(x, m, e) in FREXP {
        let (gm, ge) = frexp(f(x));
        assert!(same(gm, m) && ge == e, "frexp({:?}) = ({gm:?}, {ge})", f(x));
    }
    for &(x, a, b) in MODF {
        let (ga, gb) = modf(f(x));
        assert!(
            same(ga, a) && same(gb, b),
            "modf({:?}) = ({ga:?}, {gb:?})",
            f(x)
        );
    }
}

type IntWant = Result<&'static str, (&'static str, &'static str)>;

fn check_int(label: &str, got: MathResult<BigInt>, want: IntWant) {
    match (got, want) {
        (Ok(g), Ok(w)) => assert_eq!(g, big(w), "{label}"),
        (Err(e), Err((k, m))) => {
            assert_eq!(e.kind().name(), k, "{label}: exception type");
            assert_eq!(e.message(), m, "{label}: exception message");
        }
        (g, w) => panic!("{label}: got {g:?}, want {w:?}"),
    }
}

#[test]
fn math_ceil_floor_trunc() {
    for &(name, x, want) in ROUNDING {
        let got = match name {
            "ceil" => ceil(f(x)),
            "floor" => floor(f(x)),
            _ => trunc(f(x)),
        };
        check_int(&format!("{name}({:?})", f(x)), got, want);
    }
}

#[test]
fn math_log_of_ints() {
    for &(name, n, want) in LOG_INT {
        let n = big(n);
        let got = match name {
            "log" => log(LogArg::Int(&n), None),
            "log2" => log2(LogArg::Int(&n)),
            _ => log10(LogArg::Int(&n)),
        };
        check(&format!("{name}({n})"), got, want);
    }
    for &(a, b, want) in LOG_INT_BASE {
        let (a, b) = (big(a), big(b));
        check(
            &format!("log({a}, {b})"),
            log((&a).into(), Some((&b).into())),
            want,
        );
    }
    // (int, float, int_first, want): log(int, float) when int_first, else log(float, int).
    for &(n, x, int_first, want) in LOG_MIXED {
        let n = big(n);
        let got = if int_first {
            log(LogArg::Int(&n), Some(LogArg::Float(f(x))))
        } else {
            log(LogArg::Float(f(x)), Some(LogArg::Int(&n)))
        };
        check(&format!("log mixed {n} {:?} {int_first}", f(x)), got, want);
    }
}

#[test]
fn math_int_to_float() {
    for &(n, want) in INT_TO_FLOAT {
        check(&format!("float({n})"), int_to_f64(&big(n)), want);
    }
}

/// Bit length and residues of a big result.
type Fingerprint = (u64, [u64; 2]);

fn fingerprint(v: &BigInt) -> Fingerprint {
    let r = MODS.map(|m| (v % BigInt::from(m)).try_into().unwrap());
    (v.bits(), r)
}

#[test]
fn math_factorial() {
    for &(n, want) in FACTORIAL_SMALL {
        check_int(&format!("factorial({n})"), factorial(&big(n)), want);
    }
    for &(n, want) in FACTORIAL_BIG {
        let got = factorial(&BigInt::from(n)).unwrap();
        assert_eq!(fingerprint(&got), want, "factorial({n})");
    }
}

#[test]
fn math_comb_perm() {
    for &(n, k, want) in COMB_SMALL {
        check_int(&format!("comb({n}, {k})"), comb(&big(n), &big(k)), want);
    }
    for &(n, k, want) in PERM_SMALL {
        check_int(
            &format!("perm({n}, {k})"),
            perm(&big(n), Some(&big(k))),
            want,
        );
    }
    for &(n, k, want) in COMB_BIG {
        let got = comb(&big(n), &BigInt::from(k)).unwrap();
        assert_eq!(fingerprint(&got), want, "comb({n}, {k})");
    }
    for &(n, k, want) in PERM_BIG {
        let got = perm(&big(n), Some(&BigInt::from(k))).unwrap();
        assert_eq!(fingerprint(&got), want, "perm({n}, {k})");
    }
}

#[test]
fn math_perm_without_k() {
    for &(n, want) in PERM_NONE {
        check_int(&format!("perm({n})"), perm(&big(n), None), want);
    }
}

#[test]
fn math_gcd_lcm() {
    for &(v, g, l) in GCD_LCM {
        let args: Vec<BigInt> = v.iter().map(|s| big(s)).collect();
        assert_eq!(gcd(&args), big(g), "gcd{v:?}");
        assert_eq!(lcm(&args), big(l), "lcm{v:?}");
    }
}

#[test]
fn math_isqrt() {
    for &(n, want) in ISQRT {
        check_int(&format!("isqrt({n})"), isqrt(&big(n)), want);
    }
    for &(n, want) in ISQRT_BIG {
        assert_eq!(fingerprint(&isqrt(&big(n)).unwrap()), want, "isqrt({n})");
    }
    // Large squares, checked by the defining inequality.
    let mut x = BigInt::from(987654321u64);
    for _ in 0..12 {
        x = &x * &x + 12345u32;
        let r = isqrt(&x).unwrap();
        assert!(&r * &r <= x && (&r + 1u32) * (&r + 1u32) > x);
    }
}

// ---------------------------------------------------------------------------
// Hand-written cases (expected values checked against python3.12).
// ---------------------------------------------------------------------------

#[test]
fn math_constants() {
    let got = [PI, E, TAU, INF, NAN].map(f64::to_bits);
    assert_eq!(got, CONSTANTS);
}

#[test]
fn math_error_type_and_message() {
    let cases = [
        (MathError::Domain, "ValueError", "math domain error"),
        (MathError::Range, "OverflowError", "math range error"),
        (MathError::Value("v".into()), "ValueError", "v"),
        (MathError::Overflow("o".into()), "OverflowError", "o"),
        (
            MathError::ZeroDivision("z".into()),
            "ZeroDivisionError",
            "z",
        ),
        (MathError::Type("t".into()), "TypeError", "t"),
    ];
    for (e, kind, msg) in cases {
        assert_eq!(e.kind().name(), kind);
        assert_eq!(e.message(), msg);
        assert_eq!(e.to_string(), format!("{kind}: {msg}"));
    }
}

#[test]
fn math_error_paths() {
    let domain = ("ValueError", "math domain error");
    let range = ("OverflowError", "math range error");
    for (label, got, (kind, msg)) in [
        ("exp(1000)", exp(1000.0), range),
        ("log(0)", log(LogArg::Float(0.0), None), domain),
        ("sqrt(-1)", sqrt(-1.0), domain),
        ("fmod(inf, 1)", fmod(INF, 1.0), domain),
        ("pow(0.0, -1.0)", pow(0.0, -1.0), domain),
        ("pow(-8, 1/3)", pow(-8.0, 1.0 / 3.0), domain),
        ("gamma(0)", gamma(0.0), domain),
        ("gamma(-1)", gamma(-1.0), domain),
        ("gamma(171.7)", gamma(171.7), range),
        ("lgamma(-2)", lgamma(-2.0), domain),
    ] {
        check_err(label, got, kind, msg);
    }
    check_err(
        "ceil(inf)",
        ceil(INF),
        "OverflowError",
        "cannot convert float infinity to integer",
    );
    check_err(
        "floor(nan)",
        floor(NAN),
        "ValueError",
        "cannot convert float NaN to integer",
    );
    check_err(
        "isclose(1, 1, rel_tol=-1)",
        isclose(1.0, 1.0, -1.0, 0.0),
        "ValueError",
        "tolerances must be non-negative",
    );
    check_err(
        "dist",
        dist(&[1.0, 2.0], &[1.0]),
        "ValueError",
        "both points must have the same number of dimensions",
    );
    check_err(
        "sumprod",
        sumprod_f64(&[1.0], &[]),
        "ValueError",
        "Inputs are not the same length",
    );
    check_err(
        "fsum",
        fsum([1e308, 1e308]),
        "OverflowError",
        "intermediate overflow in fsum",
    );
    check_err(
        "fsum",
        fsum([INF, -INF]),
        "ValueError",
        "-inf + inf in fsum",
    );
    check_err(
        "factorial(-1)",
        factorial(&big("-1")),
        "ValueError",
        "factorial() not defined for negative values",
    );
    check_err(
        "factorial(2**63)",
        factorial(&big("2^63")),
        "OverflowError",
        "factorial() argument should not exceed 9223372036854775807",
    );
    check_err(
        "comb(-1, 2)",
        comb(&big("-1"), &big("2")),
        "ValueError",
        "n must be a non-negative integer",
    );
    check_err(
        "comb(1, -2)",
        comb(&big("1"), &big("-2")),
        "ValueError",
        "k must be a non-negative integer",
    );
    check_err(
        "perm(-1, -2)",
        perm(&big("-1"), Some(&big("-2"))),
        "ValueError",
        "n must be a non-negative integer",
    );
    check_err(
        "perm(3, -2)",
        perm(&big("3"), Some(&big("-2"))),
        "ValueError",
        "k must be a non-negative integer",
    );
    check_err(
        "comb(2**65, 2**64)",
        comb(&big("2^65"), &big("2^64")),
        "OverflowError",
        "min(n - k, k) must not exceed 9223372036854775807",
    );
    check_err(
        "perm(2**64, 2**63)",
        perm(&big("2^64"), Some(&big("2^63"))),
        "OverflowError",
        "k must not exceed 9223372036854775807",
    );
    check_err(
        "isqrt(-1)",
        isqrt(&big("-1")),
        "ValueError",
        "isqrt() argument must be nonnegative",
    );
    check_err(
        "nextafter steps=-1",
        nextafter(1.0, 2.0, Some(&big("-1"))),
        "ValueError",
        "steps must be a non-negative integer",
    );
    check_err(
        "log(10, 1)",
        log(LogArg::Float(10.0), Some(LogArg::Float(1.0))),
        "ZeroDivisionError",
        "float division by zero",
    );
    check_err(
        "log(0 int)",
        log((&big("0")).into(), None),
        "ValueError",
        "math domain error",
    );
    check_err(
        "float(2**1024)",
        int_to_f64(&big("2^1024")),
        "OverflowError",
        "int too large to convert to float",
    );
}

#[test]
fn math_simple_values() {
    assert_eq!(
        log((&big("10^1000")).into(), None).unwrap(),
        2302.585092994045
    );
    assert_eq!(log2((&big("2^2000")).into()).unwrap(), 2000.0);
    assert_eq!(log10((&big("10^400")).into()).unwrap(), 400.0);
    assert_eq!(hypot(&[]), 0.0);
    assert_eq!(hypot(&[-3.0]), 3.0);
    assert_eq!(hypot(&[NAN, INF]), INF);
    assert_eq!(hypot(&[3.0, 4.0]), 5.0);
    assert_eq!(degrees(PI), 180.0);
    assert_eq!(radians(180.0), PI);
    assert_eq!(fabs(-0.0).to_bits(), 0);
    assert_eq!(copysign(1.0, -0.0), -1.0);
    assert_eq!(erfc(-1000.0), 2.0);
    assert!(isnan(NAN) && isinf(-INF) && isfinite(0.0) && !isfinite(NAN));
    assert_eq!(ulp(1.0), f64::EPSILON);
    assert_eq!(ulp(f64::MAX), 1.99584030953472e+292);
    assert_eq!(fsum([0.1; 10]), Ok(1.0));
    assert_eq!(fsum([]), Ok(0.0));
    assert_eq!(fsum([-0.0]).unwrap().to_bits(), 0);
    assert_eq!(ceil(-0.5).unwrap(), big("0"));
    assert_eq!(floor(-0.5).unwrap(), big("-1"));
    assert_eq!(trunc(1e300).unwrap(), big("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
    assert_eq!(gcd(&[]), big("0"));
    assert_eq!(lcm(&[]), big("1"));
    assert_eq!(factorial(&big("0")).unwrap(), big("1"));
    assert_eq!(ldexp_i64(1.0, -1074), Ok(5e-324));
    assert_eq!(nextafter_steps(0.0, -1.0, 5), -2.5e-323);
    assert_eq!(nextafter_steps(1.0, 2.0, u64::MAX), 2.0);
}

#[test]
fn math_fsum_streaming() {
    // CPython stops at the first error; the accumulator reports it at once.
    let mut acc = Fsum::new();
    acc.add(1e308).unwrap();
    assert_eq!(
        acc.add(1e308),
        Err(MathError::Overflow("intermediate overflow in fsum".into()))
    );
    let mut acc = Fsum::new();
    for x in [1e100, 1.0, -1e100, INF] {
        acc.add(x).unwrap();
    }
    assert_eq!(acc.result(), Ok(INF));
    acc.add(-INF).unwrap();
    assert_eq!(
        acc.result(),
        Err(MathError::Value("-inf + inf in fsum".into()))
    );
}

#[test]
fn math_sumprod_accumulator() {
    // math.sumprod([1e308, 1e308, 5.0], [10.0, -10.0, 1.0]): the first product
    // overflows, so CPython leaves the float path before using it.
    let mut acc = SumprodAccumulator::new();
    assert!(!acc.try_add(1e308, 10.0));
    assert!(!acc.is_used());
    // math.sumprod([0.1, 0.2], [0.3, 0.4]) == 0.11000000000000001
    let mut acc = SumprodAccumulator::new();
    assert!(acc.try_add(0.1, 0.3) && acc.try_add(0.2, 0.4));
    assert!(acc.is_used());
    assert_eq!(acc.value(), 0.11000000000000001);
    assert_eq!(sumprod_f64(&[], &[]), Ok(0.0));
}

#[test]
fn math_big_results_are_consistent() {
    // comb and perm agree with their definitions on mid-sized arguments,
    // across the different internal methods.
    for (n, k) in [
        (64u64, 40u64),
        (300, 120),
        (5000, 70),
        (5000, 2500),
        (70000, 900),
    ] {
        let c = comb(&BigInt::from(n), &BigInt::from(k)).unwrap();
        let p = perm(&BigInt::from(n), Some(&BigInt::from(k))).unwrap();
        let kf = factorial(&BigInt::from(k)).unwrap();
        assert_eq!(&c * &kf, p, "comb({n}, {k}) * {k}! == perm({n}, {k})");
        let nf = factorial(&BigInt::from(n)).unwrap();
        let rest = factorial(&BigInt::from(n - k)).unwrap();
        assert_eq!(p * rest, nf, "perm({n}, {k}) * ({n}-{k})! == {n}!");
    }
}
