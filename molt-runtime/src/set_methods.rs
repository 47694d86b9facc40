//! Methods of `set` and `frozenset`, with CPython's argument checks:
//! `set.add() takes exactly one argument (0 given)`,
//! `set.union() takes no keyword arguments`.

use crate::args::{no_args, one_arg};
use crate::call::no_kwargs;
use crate::exception::R;
use crate::methods::MethodTable;
use crate::set::{self, is_frozenset_exact};
use crate::set_ops;
use crate::value::{none, Owned, Value};

/// The method's name as CPython's messages show it: `set.add`.
fn qualname(args: &[Value], name: &str) -> String {
    let owner = if set::is_set(args[0]) {
        "set"
    } else {
        "frozenset"
    };
    format!("{owner}.{name}")
}

/// The argument of a method taking exactly one.
fn one(args: &[Value], kwnames: &[Owned], name: &str) -> R<Value> {
    one_arg(&qualname(args, name), &args[1..], kwnames)
}

/// Checks a method taking no arguments.
fn none_given(args: &[Value], kwnames: &[Owned], name: &str) -> R<()> {
    no_args(&qualname(args, name), &args[1..], kwnames)
}

/// The positional arguments of a `*others` method.
fn others<'a>(args: &'a [Value], kwnames: &[Owned], name: &str) -> R<&'a [Value]> {
    no_kwargs(&qualname(args, name), kwnames)?;
    Ok(&args[1..])
}

fn add(args: &[Value], kwnames: &[Owned]) -> R {
    let key = one(args, kwnames, "add")?;
    set::add(args[0], key)?;
    Ok(none())
}

fn clear(args: &[Value], kwnames: &[Owned]) -> R {
    none_given(args, kwnames, "clear")?;
    set::clear(args[0]);
    Ok(none())
}

fn copy(args: &[Value], kwnames: &[Owned]) -> R {
    none_given(args, kwnames, "copy")?;
    if is_frozenset_exact(args[0]) {
        return Ok(args[0].new_ref());
    }
    set_ops::copy(args[0])
}

fn discard(args: &[Value], kwnames: &[Owned]) -> R {
    let key = one(args, kwnames, "discard")?;
    set::discard(args[0], key)?;
    Ok(none())
}

fn remove(args: &[Value], kwnames: &[Owned]) -> R {
    let key = one(args, kwnames, "remove")?;
    set::remove(args[0], key)?;
    Ok(none())
}

fn pop(args: &[Value], kwnames: &[Owned]) -> R {
    none_given(args, kwnames, "pop")?;
    set::pop(args[0])
}

fn difference(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "difference")?;
    set_ops::difference_multi(args[0], others)
}

fn difference_update(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "difference_update")?;
    set_ops::difference_update_multi(args[0], others)?;
    Ok(none())
}

fn intersection(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "intersection")?;
    set_ops::intersection_multi(args[0], others)
}

fn intersection_update(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "intersection_update")?;
    set_ops::intersection_update(args[0], others)?;
    Ok(none())
}

fn isdisjoint(args: &[Value], kwnames: &[Owned]) -> R {
    let other = one(args, kwnames, "isdisjoint")?;
    Ok(Owned::from(set_ops::isdisjoint(args[0], other)?))
}

fn issubset(args: &[Value], kwnames: &[Owned]) -> R {
    let other = one(args, kwnames, "issubset")?;
    Ok(Owned::from(set_ops::issubset(args[0], other)?))
}

fn issuperset(args: &[Value], kwnames: &[Owned]) -> R {
    let other = one(args, kwnames, "issuperset")?;
    Ok(Owned::from(set_ops::issuperset(args[0], other)?))
}

fn symmetric_difference(args: &[Value], kwnames: &[Owned]) -> R {
    let other = one(args, kwnames, "symmetric_difference")?;
    set_ops::symmetric_difference(args[0], other)
}

fn symmetric_difference_update(args: &[Value], kwnames: &[Owned]) -> R {
    let other = one(args, kwnames, "symmetric_difference_update")?;
    set_ops::symmetric_difference_update(args[0], other)?;
    Ok(none())
}

fn union(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "union")?;
    set_ops::union(args[0], others)
}

fn update(args: &[Value], kwnames: &[Owned]) -> R {
    let others = others(args, kwnames, "update")?;
    for &other in others {
        set::update(args[0], other)?;
    }
    Ok(none())
}

/// Methods of set.
pub const SET_METHODS: MethodTable = &[
    ("add", add),
    ("clear", clear),
    ("copy", copy),
    ("discard", discard),
    ("difference", difference),
    ("difference_update", difference_update),
    ("intersection", intersection),
    ("intersection_update", intersection_update),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("pop", pop),
    ("remove", remove),
    ("symmetric_difference", symmetric_difference),
    ("symmetric_difference_update", symmetric_difference_update),
    ("union", union),
    ("update", update),
    ("__contains__", crate::slots::set_contains),
];

/// Methods of frozenset.
pub const FROZENSET_METHODS: MethodTable = &[
    ("copy", copy),
    ("difference", difference),
    ("intersection", intersection),
    ("isdisjoint", isdisjoint),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("symmetric_difference", symmetric_difference),
    ("union", union),
    ("__contains__", crate::slots::frozenset_contains),
];

#[cfg(test)]
mod tests {
    use crate::args::testing::*;
    use crate::ops::{BinOp, CmpOp};
    use crate::value::Owned;

    fn m(obj: &Owned, name: &str, pos: &[&Owned]) -> String {
        show(method(obj, name, pos, &[]))
    }

    fn set_of(items: &[&Owned]) -> Owned {
        call("set", &[&list(items)], &[]).unwrap()
    }

    fn frozen(items: &[&Owned]) -> Owned {
        call("frozenset", &[&list(items)], &[]).unwrap()
    }

    fn ints(ns: &[i64]) -> Owned {
        let items: Vec<Owned> = ns.iter().map(|&n| i(n)).collect();
        let refs: Vec<&Owned> = items.iter().collect();
        set_of(&refs)
    }

    #[test]
    fn construct_and_repr() {
        let _g = setup();
        assert_eq!(show(call("set", &[], &[])), "set()");
        assert_eq!(show(call("frozenset", &[], &[])), "frozenset()");
        assert_eq!(show(Ok(ints(&[3, 1, 2, 1]))), "{1, 2, 3}");
        assert_eq!(show(Ok(ints(&[-1, 8, 0, 16]))), "{8, 0, -1, 16}");
        assert_eq!(show(Ok(frozen(&[&i(2), &i(1)]))), "frozenset({1, 2})");
        assert_eq!(
            show(call("set", &[&i(1)], &[])),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            show(call("set", &[&i(1), &i(2)], &[])),
            "TypeError: set expected at most 1 argument, got 2"
        );
        assert_eq!(
            show(call("frozenset", &[], &[("x", &i(1))])),
            "TypeError: frozenset() takes no keyword arguments"
        );
        assert_eq!(
            show(call("set", &[&list(&[&list(&[])])], &[])),
            "TypeError: unhashable type: 'list'"
        );
        let f = frozen(&[&i(1)]);
        let again = call("frozenset", &[&f], &[]).unwrap();
        assert_eq!(f.v(), again.v());
        assert_eq!(m(&f, "copy", &[]), "frozenset({1})");
        assert_eq!(method(&f, "copy", &[], &[]).unwrap().v(), f.v());
    }

    #[test]
    fn order_follows_cpython_probing() {
        let _g = setup();
        // Values colliding modulo 8 are placed by perturbed probing.
        assert_eq!(show(Ok(ints(&[8, 16, 1, 24]))), "{8, 16, 1, 24}");
        // The fifth insertion grows the table to 32 slots.
        assert_eq!(show(Ok(ints(&[40, 3, 9, 33, 70]))), "{33, 3, 70, 40, 9}");
        let s = ints(&[1, 2, 3, 4, 5]);
        assert_eq!(m(&s, "copy", &[]), "{1, 2, 3, 4, 5}");
    }

    #[test]
    fn mutators() {
        let _g = setup();
        let s = ints(&[1, 2]);
        assert_eq!(m(&s, "add", &[&i(3)]), "None");
        assert_eq!(
            m(&s, "add", &[]),
            "TypeError: set.add() takes exactly one argument (0 given)"
        );
        assert_eq!(
            m(&s, "add", &[&list(&[])]),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(m(&s, "remove", &[&i(9)]), "KeyError: 9");
        assert_eq!(m(&s, "remove", &[&tuple(&[&i(9)])]), "KeyError: (9,)");
        assert_eq!(m(&s, "remove", &[&ints(&[9])]), "KeyError: {9}");
        assert_eq!(m(&s, "discard", &[&i(9)]), "None");
        assert_eq!(m(&s, "remove", &[&i(1)]), "None");
        assert_eq!(m(&s, "pop", &[]), "2");
        assert_eq!(m(&s, "pop", &[]), "3");
        assert_eq!(m(&s, "pop", &[]), "KeyError: 'pop from an empty set'");
        assert_eq!(
            m(&s, "clear", &[&i(1)]),
            "TypeError: set.clear() takes no arguments (1 given)"
        );
        let f = frozen(&[]);
        assert_eq!(
            show(crate::attr::getattr(f.v(), s_("add").v())),
            "AttributeError: 'frozenset' object has no attribute 'add'"
        );
        assert_eq!(
            show(method(&f, "union", &[], &[("x", &i(1))])),
            "TypeError: frozenset.union() takes no keyword arguments"
        );
    }

    fn s_(text: &str) -> Owned {
        s(text)
    }

    #[test]
    fn algebra() {
        let _g = setup();
        let a = ints(&[1, 2, 3]);
        let b = ints(&[2, 3, 4]);
        assert_eq!(m(&a, "union", &[&b, &list(&[&i(9)])]), "{1, 2, 3, 4, 9}");
        assert_eq!(m(&a, "intersection", &[&b]), "{2, 3}");
        // Iterating stops once the result is as large as the set.
        let one_then_list = list(&[&i(1), &list(&[])]);
        assert_eq!(m(&ints(&[1]), "intersection", &[&one_then_list]), "{1}");
        assert_eq!(
            m(&a, "intersection", &[&one_then_list]),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(m(&a, "difference", &[&b]), "{1}");
        assert_eq!(m(&a, "symmetric_difference", &[&b]), "{1, 4}");
        assert_eq!(m(&a, "issubset", &[&list(&[&i(1), &i(2), &i(3)])]), "True");
        assert_eq!(m(&a, "issuperset", &[&ints(&[1])]), "True");
        assert_eq!(m(&a, "isdisjoint", &[&ints(&[7])]), "True");
        assert_eq!(
            m(&a, "union", &[&i(1)]),
            "TypeError: 'int' object is not iterable"
        );
        let or = crate::ops::binary(BinOp::Or, a.v(), b.v());
        assert_eq!(show(or), "{1, 2, 3, 4}");
        let bad = crate::ops::binary(BinOp::Or, a.v(), list(&[]).v());
        assert_eq!(
            show(bad),
            "TypeError: unsupported operand type(s) for |: 'set' and 'list'"
        );
        let bad = crate::ops::inplace(BinOp::Sub, a.v(), list(&[]).v());
        assert_eq!(
            show(bad),
            "TypeError: unsupported operand type(s) for -=: 'set' and 'list'"
        );
        let f = frozen(&[&i(1)]);
        assert_eq!(
            show(crate::ops::binary(BinOp::Xor, f.v(), a.v())),
            "frozenset({2, 3})"
        );
        let r = crate::ops::inplace(BinOp::And, a.v(), b.v()).unwrap();
        assert_eq!(r.v(), a.v());
        assert_eq!(show(Ok(a.clone())), "{2, 3}");
    }

    #[test]
    fn compare_contains_hash() {
        let _g = setup();
        let a = ints(&[1, 2]);
        let f = frozen(&[&i(1), &i(2)]);
        let cmp = |op, x: &Owned, y: &Owned| show(crate::ops::compare(op, x.v(), y.v()));
        assert_eq!(cmp(CmpOp::Eq, &a, &f), "True");
        assert_eq!(cmp(CmpOp::Lt, &a, &f), "False");
        assert_eq!(cmp(CmpOp::Le, &a, &f), "True");
        assert_eq!(cmp(CmpOp::Gt, &ints(&[1, 2, 3]), &f), "True");
        assert_eq!(cmp(CmpOp::Eq, &a, &list(&[&i(1), &i(2)])), "False");
        assert_eq!(
            cmp(CmpOp::Lt, &a, &list(&[])),
            "TypeError: '<' not supported between instances of 'set' and 'list'"
        );
        assert_eq!(cmp(CmpOp::In, &ints(&[1, 2]), &ints(&[])), "False");
        let nested = call("set", &[&list(&[&f])], &[]).unwrap();
        assert_eq!(cmp(CmpOp::In, &a, &nested), "True");
        assert_eq!(
            cmp(CmpOp::In, &list(&[]), &a),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            show(call("hash", &[&a], &[])),
            "TypeError: unhashable type: 'set'"
        );
        assert_eq!(show(call("hash", &[&frozen(&[])], &[])), "133146708735736");
        assert_eq!(show(call("hash", &[&f], &[])), "-1826646154956904602");
    }

    #[test]
    fn iteration_detects_resizing() {
        let _g = setup();
        let a = ints(&[1, 2]);
        let it = crate::iter::iter(a.v()).unwrap();
        assert_eq!(show(Ok(crate::iter::next(it.v()).unwrap().unwrap())), "1");
        crate::set::add(a.v(), i(5).v()).unwrap();
        assert_eq!(
            show(crate::iter::next(it.v()).map(|x| x.unwrap())),
            "RuntimeError: Set changed size during iteration"
        );
        assert_eq!(
            show(crate::iter::next(it.v()).map(|x| x.unwrap())),
            "RuntimeError: Set changed size during iteration"
        );
        assert_eq!(show(call("sorted", &[&ints(&[3, 1, 2])], &[])), "[1, 2, 3]");
    }
}
