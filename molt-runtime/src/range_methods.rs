//! `range` behaviour: length, indexing, containment, iteration, equality.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::exception::{err, R};
use crate::int::{from_bigint, to_bigint};
use crate::iter::{new_iter, IterData};
use crate::methods::MethodTable;
use crate::object::TypeId;
use crate::range::range_data;
use crate::value::{Owned, Value};

fn bounds(r: Value) -> (BigInt, BigInt, BigInt) {
    let d = range_data(r);
    (
        to_bigint(d.start.v()),
        to_bigint(d.stop.v()),
        to_bigint(d.step.v()),
    )
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u32).div_floor(step) + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32).div_floor(&-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// `len(range)`.
pub fn range_len(r: Value) -> R<usize> {
    let (a, b, c) = bounds(r);
    match big_len(&a, &b, &c).to_usize() {
        Some(n) if n <= isize::MAX as usize => Ok(n),
        _ => err(
            TypeId::OverflowError,
            "Python int too large to convert to C ssize_t",
        ),
    }
}

/// `range == range`: same sequence of values.
pub fn range_eq(a: Value, b: Value) -> R<bool> {
    let (s1, e1, st1) = bounds(a);
    let (s2, e2, st2) = bounds(b);
    let n1 = big_len(&s1, &e1, &st1);
    let n2 = big_len(&s2, &e2, &st2);
    if n1 != n2 {
        return Ok(false);
    }
    if n1.is_zero() {
        return Ok(true);
    }
    if s1 != s2 {
        return Ok(false);
    }
    Ok(n1 == BigInt::from(1) || st1 == st2)
}

/// `x in range`.
pub fn range_contains(r: Value, x: Value) -> R<bool> {
    if !crate::int::is_int(x) {
        let it = range_iter(r)?;
        while let Some(v) = crate::iter::next(it.v())? {
            if crate::ops::eq(v.v(), x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let (start, stop, step) = bounds(r);
    let x = to_bigint(x);
    let inside = if step.is_positive() {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    Ok(inside && (x - start).mod_floor(&step).is_zero())
}

/// `iter(range)`.
pub fn range_iter(r: Value) -> R {
    let (start, stop, step) = bounds(r);
    let n = big_len(&start, &stop, &step);
    let fits = |x: &BigInt| x.to_i64().is_some();
    let long = !(fits(&start) && fits(&stop) && fits(&step) && fits(&n));
    Ok(new_range_iter(start, step, n, long))
}

/// An iterator over the `n` values `first, first + step, ...`, named as CPython
/// names it: `longrange_iterator` when `long` (some bound or the length does
/// not fit a C long), else `range_iterator`.
pub fn new_range_iter(first: BigInt, step: BigInt, n: BigInt, long: bool) -> Owned {
    let ty = if long {
        TypeId::LongRangeIterator
    } else {
        TypeId::RangeIterator
    };
    let last = if n.is_zero() {
        first.clone()
    } else {
        &first + &step * (&n - 1u32)
    };
    match (first.to_i64(), last.to_i64(), step.to_i64(), n.to_u64()) {
        (Some(next), Some(_), Some(step), Some(remaining)) => new_iter(
            ty,
            IterData::Range {
                next,
                step,
                remaining,
            },
        ),
        _ => new_iter(
            ty,
            IterData::BigRange {
                next: first,
                step,
                remaining: n,
            },
        ),
    }
}

/// `range[i]` and `range[i:j:k]`.
pub fn range_getitem(r: Value, index: Value) -> R {
    let (start, stop, step) = bounds(r);
    let n = big_len(&start, &stop, &step);
    if crate::slice::is_slice(index) {
        let (s, e, k) = crate::slice::long_indices(index, &n)?;
        let new_start = &start + &step * s;
        let new_stop = &start + &step * e;
        let new_step = &step * k;
        return Ok(crate::range::new_range(
            from_bigint(new_start),
            from_bigint(new_stop),
            from_bigint(new_step),
        ));
    }
    let i = if crate::int::is_int(index) {
        to_bigint(index)
    } else {
        return crate::exception::type_error(format!(
            "range indices must be integers or slices, not {}",
            crate::object::type_name(index)
        ));
    };
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return err(TypeId::IndexError, "range object index out of range");
    }
    Ok(from_bigint(start + step * i))
}

/// `len(range)` without the `Py_ssize_t` limit.
pub fn range_len_big(r: Value) -> BigInt {
    let (start, stop, step) = bounds(r);
    big_len(&start, &stop, &step)
}

/// `hash(range)`: the hash of `(len, start, step)`, with `None` for the
/// parts that do not affect equality (`start` and `step` of an empty range,
/// `step` of a one-item range).
pub fn range_hash(r: Value) -> R<i64> {
    let (start, stop, step) = bounds(r);
    let n = big_len(&start, &stop, &step);
    let none = crate::value::none;
    let parts = if n.is_zero() {
        vec![from_bigint(n), none(), none()]
    } else if n == BigInt::from(1) {
        vec![from_bigint(n), from_bigint(start), none()]
    } else {
        vec![from_bigint(n), from_bigint(start), from_bigint(step)]
    };
    crate::ops::hash(crate::tuple::new_tuple(parts).v())
}

fn index(args: &[Value], kwnames: &[Owned]) -> R {
    let x = crate::args::one_arg("range.index", &args[1..], kwnames)?;
    let r = args[0];
    if crate::int::is_int(x) {
        if range_contains(r, x)? {
            let (start, _, step) = bounds(r);
            return Ok(from_bigint((to_bigint(x) - start) / step));
        }
        return crate::exception::value_error(format!(
            "{} is not in range",
            crate::repr::repr_string(x)?
        ));
    }
    let it = range_iter(r)?;
    let mut k = 0i64;
    while let Some(v) = crate::iter::next(it.v())? {
        if crate::ops::eq(v.v(), x)? {
            return Ok(crate::int::from_i64(k));
        }
        k += 1;
    }
    crate::exception::value_error("sequence.index(x): x not in sequence")
}

fn count(args: &[Value], kwnames: &[Owned]) -> R {
    let x = crate::args::one_arg("range.count", &args[1..], kwnames)?;
    let r = args[0];
    if crate::int::is_int(x) {
        return Ok(crate::int::from_i64(range_contains(r, x)? as i64));
    }
    let it = range_iter(r)?;
    let mut n = 0i64;
    while let Some(v) = crate::iter::next(it.v())? {
        if crate::ops::eq(v.v(), x)? {
            n += 1;
        }
    }
    Ok(crate::int::from_i64(n))
}

/// Methods of range.
pub const METHODS: MethodTable = &[
    ("index", index),
    ("count", count),
    ("__reversed__", crate::slots::range_reversed),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;

    #[test]
    fn index_and_count() {
        let _g = setup();
        let r = call("range", &[&i(10)], &[]).unwrap();
        let r2 = call("range", &[&i(0), &i(10), &i(2)], &[]).unwrap();
        let m = |r: &crate::value::Owned, name: &str, x: &crate::value::Owned| {
            show(method(r, name, &[x], &[]))
        };
        assert_eq!(m(&r, "index", &i(3)), "3");
        assert_eq!(m(&r, "index", &i(11)), "ValueError: 11 is not in range");
        assert_eq!(m(&r2, "index", &i(4)), "2");
        assert_eq!(m(&r2, "index", &i(3)), "ValueError: 3 is not in range");
        assert_eq!(m(&r, "index", &f(3.0)), "3");
        assert_eq!(
            m(&r, "index", &s("a")),
            "ValueError: sequence.index(x): x not in sequence"
        );
        assert_eq!(m(&r, "count", &i(3)), "1");
        assert_eq!(m(&r, "count", &f(3.0)), "1");
        assert_eq!(m(&r, "count", &s("a")), "0");
        assert_eq!(
            show(method(&r, "index", &[], &[])),
            "TypeError: range.index() takes exactly one argument (0 given)"
        );
        let neg = call("range", &[&i(10), &i(0), &i(-3)], &[]).unwrap();
        assert_eq!(m(&neg, "index", &i(4)), "2");
        let h = |r: &crate::value::Owned| super::range_hash(r.v()).unwrap();
        let t = |a: &crate::value::Owned, b: &crate::value::Owned, c: &crate::value::Owned| {
            crate::ops::hash(tuple(&[a, b, c]).v()).unwrap()
        };
        let none = crate::value::none();
        assert_eq!(h(&r), t(&i(10), &i(0), &i(1)));
        let empty = call("range", &[&i(5), &i(5)], &[]).unwrap();
        assert_eq!(h(&empty), t(&i(0), &none, &none));
        let single = call("range", &[&i(5), &i(6), &i(3)], &[]).unwrap();
        assert_eq!(h(&single), t(&i(1), &i(5), &none));
    }

    #[test]
    fn big_iteration() {
        let _g = setup();
        let big = |e: u32| crate::int::from_bigint(num_bigint::BigInt::from(1) << e);
        let neg = crate::int::from_bigint(-(num_bigint::BigInt::from(1) << 68u32));
        let r = call("range", &[&big(70), &i(0), &neg], &[]).unwrap();
        assert_eq!(
            show(call("list", &[&r], &[])),
            "[1180591620717411303424, 885443715538058477568, 590295810358705651712, 295147905179352825856]"
        );
        let r = call("range", &[&big(70)], &[]).unwrap();
        let it = call("reversed", &[&r], &[]).unwrap();
        assert_eq!(show(call("next", &[&it], &[])), "1180591620717411303423");
        assert_eq!(show(call("next", &[&it], &[])), "1180591620717411303422");
    }

    #[test]
    fn slicing() {
        let _g = setup();
        let none = crate::value::none;
        let opt = |x: Option<i64>| x.map_or_else(none, i);
        let sl = |r: &[i64], a: Option<i64>, b: Option<i64>, c: Option<i64>| {
            let pos: Vec<crate::value::Owned> = r.iter().map(|&x| i(x)).collect();
            let refs: Vec<&crate::value::Owned> = pos.iter().collect();
            let r = call("range", &refs, &[]).unwrap();
            let slice = crate::slice::new_slice(opt(a), opt(b), opt(c));
            show(crate::subscript::getitem(r.v(), slice.v()))
        };
        assert_eq!(sl(&[10], None, None, Some(-3)), "range(9, -1, -3)");
        assert_eq!(sl(&[0, 5], None, None, Some(2)), "range(0, 5, 2)");
        assert_eq!(sl(&[10], Some(2), Some(100), None), "range(2, 10)");
        assert_eq!(sl(&[10], Some(-100), Some(3), None), "range(0, 3)");
        assert_eq!(sl(&[10], Some(5), Some(2), None), "range(5, 2)");
        assert_eq!(sl(&[10], None, None, Some(-1)), "range(9, -1, -1)");
        assert_eq!(sl(&[0, 10, 3], Some(1), None, None), "range(3, 12, 3)");
        assert_eq!(sl(&[10], Some(100), None, None), "range(10, 10)");
        assert_eq!(sl(&[10, 0, -2], Some(1), Some(3), None), "range(8, 4, -2)");
        assert_eq!(sl(&[10, 0, -2], None, None, Some(-2)), "range(2, 12, 4)");
        assert_eq!(sl(&[3], Some(-1), Some(-5), Some(-1)), "range(2, -1, -1)");
    }
}
